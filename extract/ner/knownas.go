package ner

import "github.com/newsner/newsner"

// geoKnownAsPlaces types LOCATION the names, tagged a person or an
// organization, that follow "known as" (or "known in Zorbic as", "known
// locally as") after a geographic common noun that they name: "the
// islands are known in Chinese as Quelsha, Zorbsha and Tensha", "a
// district known as Quelb". Each item of a list after the first
// (listGap) goes with it. Names the lists know as organizations stay.
func geoKnownAsPlaces(ms []*mention, toks []token) {
	heads := listHeads(ms, toks)
	for i, m := range ms {
		if m.typ != newsner.Person && m.typ != newsner.Organization || !nameStart(m.m.Text) || listedOrg(m.m.Text) {
			continue
		}
		if geoKnownAs(toks, ms[heads[i]].t0) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// geoKnownAs reports whether the tokens before t0 are "known", at most
// two words and "as", and a geographic noun (geoNouns, geoOf) stands in
// the four words before "known".
func geoKnownAs(toks []token, t0 int) bool {
	if t0 < 2 || toks[t0-1].Text != "as" {
		return false
	}
	k := -1
	for d := 2; d <= 4 && t0-d >= 0; d++ {
		if toks[t0-d].Text == "known" {
			k = t0 - d
			break
		}
	}
	if k < 0 {
		return false
	}
	for d := 1; d <= 4 && k-d >= 0; d++ {
		if w := toks[k-d].Text; geoNouns[w] || geoOf[w] || geoListOf[w] {
			return true
		}
	}
	return false
}

// knownAsPeople types PERSON a one-word name tagged an organization or
// MISC that a person's mention is said to be known or called by
// ("Midfielder Jan Zorbic, known as Zorbo, scored"): the person's
// nickname (seventh December 2020 audit: such a nickname typed an
// organization on a made-up Reuters-style article). Other mentions of the
// same name typed an organization or MISC follow. A name tagged a place
// stays (TestKnownAsOrganizations: a town's name the person is known by).
func knownAsPeople(ms []*mention, toks []token) {
	var ends map[int]bool
	retypeByKey(ms, func(m *mention) bool {
		return (m.typ == newsner.Organization || m.typ == misc) && m.t1-m.t0 == 1 && knownAsAfter(ms, toks, m, newsner.Person, &ends)
	}, func(m *mention) bool {
		return m.typ == newsner.Organization || m.typ == misc
	}, newsner.Person)
}

package ner

import "github.com/newsner/newsner"

// Names given after "known as" or "or" another mention: places after a
// geographic noun ("a district known as Quelb"), people, and an
// organization's other name or acronym ("the Zorbian Renewal Movement,
// or Zorena").

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
		if w := toks[k-d].Text; geoNouns[w] || geoOf[w] || placeKinds[w] {
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

// knownAsOrganizations types ORGANIZATION, at every mention but those
// that stand where a place does, a name tagged a person, a place or MISC
// that an organization's name is said to be known or called by ("The
// Zorbia Health Foundation, known as Zorbcruz,", "... , also called
// Quelbco"): another name of the same thing (fourth audit: "The Oswaldo
// Cruz Foundation, known as Fiocruz," gave LOC "Fiocruz" on a made-up
// Reuters-style article).
func knownAsOrganizations(ms []*mention, toks []token) {
	var ends map[int]bool
	retypeByKey(ms, func(m *mention) bool {
		return (personOrPlace(m) || m.typ == misc) && knownAsOrg(ms, toks, m, &ends)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || unplacedLocation(toks, m)
	}, newsner.Organization)
}

// knownAsOrg reports whether m stands after an organization's mention, a
// comma and "known as" or "called" ("also" or "commonly" may come between
// the comma and the verb). ends holds the organizations' ends
// (mentionEnds).
func knownAsOrg(ms []*mention, toks []token, m *mention, ends *map[int]bool) bool {
	return knownAsAfter(ms, toks, m, newsner.Organization, ends)
}

// knownAsAfter reports whether m stands after a mention of type typ, a
// comma and "known as" or "called" ("also" or "commonly" may come between
// the comma and the verb): another name of what that mention names.
func knownAsAfter(ms []*mention, toks []token, m *mention, typ newsner.EntityType, ends *map[int]bool) bool {
	k := m.t0 - 1
	if k < 2 || toks[k].Text != "as" && toks[k].Text != "called" {
		return false
	}
	if toks[k].Text == "as" {
		if toks[k-1].Text != "known" {
			return false
		}
		k--
	}
	k--
	if k > 0 && (toks[k].Text == "also" || toks[k].Text == "commonly") {
		k--
	}
	if k < 1 || toks[k].Text != "," {
		return false
	}
	return mentionEnds(ends, ms, func(n *mention) bool { return n.typ == typ })[k]
}

// mentionEnds returns the tokens at which a mention that keep accepts
// ends, made into *p at the first call: a rule that asks, at each of its
// cues, whether a mention ends there reads the set instead of walking
// every mention (20,000 "X, known as Y," took four times the time of
// 10,000 twice over). The set holds for as long as no mention is retyped:
// it serves one pass of retypeByKey's cue.
func mentionEnds(p *map[int]bool, ms []*mention, keep func(*mention) bool) map[int]bool {
	if *p == nil {
		*p = map[int]bool{}
		for _, n := range ms {
			if keep(n) {
				(*p)[n.t1] = true
			}
		}
	}
	return *p
}

// orAliasesAsOrganizations types ORGANIZATION, at every mention but
// those that stand where a place does, a one-word name tagged a person, a
// place or MISC right after an organization's name of two words or more,
// a comma and "or", and before a comma, a bracket or a full stop ("the
// Zorbian Renewal Movement, or Zorena, said"): the body's short name or
// acronym (seventh December 2020 audit: a party's short name typed a
// place (a town's name too) on a made-up Reuters-style article; "Petroleos Mexicanos, or
// Pemex," came out right as the name is listed).
func orAliasesAsOrganizations(ms []*mention, toks []token) {
	var ends map[int]bool
	retypeByKey(ms, func(m *mention) bool {
		return (personOrPlace(m) || m.typ == misc) && orAliasOf(ms, toks, m, &ends)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// orAliasOf reports whether m, one word, stands after an organization's
// mention of two words or more, a comma and "or", and before a comma, a
// closing bracket or a full stop. ends holds where those organizations'
// mentions end (mentionEnds).
func orAliasOf(ms []*mention, toks []token, m *mention, ends *map[int]bool) bool {
	k := m.t0 - 2
	if m.t1-m.t0 != 1 || k < 1 || toks[k+1].Text != "or" || toks[k].Text != "," || m.t1 >= len(toks) {
		return false
	}
	if w := toks[m.t1].Text; w != "," && w != ")" && w != "." {
		return false
	}
	return mentionEnds(ends, ms, func(n *mention) bool { return n.typ == newsner.Organization && n.t1-n.t0 >= 2 })[k]
}

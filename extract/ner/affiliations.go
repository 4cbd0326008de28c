package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// addAffiliationSpans adds an organization's span over an untagged word in
// capitals or with a capital inside ("NWSC", "amFAR") right after a
// person's name and "of" or "of the", before a mark, a word in lower case
// or a line's end ("Leung Yiu-chung of NWSC;", "said Chris Collins of
// amFAR, the Foundation for AIDS Research"): what a person is "of" is a
// place or an organization (affiliationsAsOrganizations types the tagged
// ones), and an acronym the tagger leaves untagged is no place but where
// the lists know it as one ("of NYC", "of UK"). Issue 11, the
// organizations pass: gum-news (Hong Kong's parties "NWSC", "NPP", "LSD")
// and dragnet-news-a 524, msnbc.msn.com ("amFAR").
func addAffiliationSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for i, s := range spans {
		if s.typ != newsner.Person || s.t1+1 >= len(toks) || toks[s.t1].Text != "of" {
			continue
		}
		k := s.t1 + 1
		if toks[k].Text == "the" && k+1 < len(toks) {
			k++
		}
		if covered[k] || i+1 < len(spans) && spans[i+1].t0 <= k || !acronymLike(toks[k].Text) {
			continue
		}
		if k+1 < len(toks) && (startsUpper(toks[k+1].Text) || covered[k+1]) && !lineBreakBefore(text, toks, k+1) {
			continue // a longer name goes on
		}
		if w := toks[k].Text; knownPlace(w) || listKey(w, newsner.Location) != "" || keyListKey(w, newsner.Location) != "" {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add)
}

// acronymLike reports whether w is a word of letters in capitals, two or
// more ("NWSC"), or a word with a capital after its first letter and a
// small letter too ("amFAR", "eBay"): a body's name, no common word.
func acronymLike(w string) bool {
	if utf8.RuneCountInString(w) < 2 || !isLetters(w) {
		return false
	}
	if isAllCaps(w) {
		return true
	}
	_, n := utf8.DecodeRuneInString(w)
	for _, r := range w[n:] {
		if unicode.IsUpper(r) {
			return hasLower(w)
		}
	}
	return false
}

// affiliationsAsOrganizations types ORGANIZATION a name tagged a person
// that stands right after a person's name and "of" or "of the" ("Nick
// Rhodes of Duran Duran", "Michael Tien of NPP"): what a person is "of" is
// a country or a town (known places, left alone) or an organization. In
// eng.train, of the 90 names after a person and "of", 80 are places, 9
// organizations, 1 a demonym, and none a person. Not a name that starts
// with a first name ("Daughter of Henry VIII").
func affiliationsAsOrganizations(ms []*mention, toks []token) {
	for i, m := range ms {
		if i == 0 || m.typ != newsner.Person || m.t0 < 2 || firstName(m.m.Text) {
			continue
		}
		k := m.t0 - 1
		if toks[k].Text == "the" {
			k--
		}
		if k < 1 || toks[k].Text != "of" || ms[i-1].typ != newsner.Person || ms[i-1].t1 != k || knownPlace(m.m.Text) {
			continue
		}
		m.typ = newsner.Organization
	}
}

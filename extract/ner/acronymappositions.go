package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// joinAcronymAppositions joins an organization named by one word in
// capitals or with a capital inside (acronymLike) to the organization
// named right after it by a comma and "the" whose capitalized words'
// initials are the word's capitals in order (acronymSpells): "said Chris
// Collins of amFAR, the Foundation for AIDS Research" names one body
// twice, which the entity lists give as one (issue 11, the organizations
// pass: dragnet-news-a 524, msnbc.msn.com). The acronyms the initials of a
// name spell in full ("the Zorb Quelb Council (ZQC)") joinVariants joins.
func joinAcronymAppositions(groups [][]*mention, toks []token) [][]*mention {
	var at map[int]groupedMention // the first token of an organization's mention -> it and its group, lazily
	var sets groupSets
	for i, g := range groups {
		if g[0].typ != newsner.Organization {
			continue
		}
		for _, m := range g {
			k := m.t1
			if m.t1-m.t0 != 1 || k+2 >= len(toks) || toks[k].Text != "," || !strings.EqualFold(toks[k+1].Text, "the") || !acronymLike(toks[m.t0].Text) {
				continue
			}
			if at == nil {
				at = mentionStarts(groups, newsner.Organization)
			}
			n, ok := at[k+2]
			if ok && n.g != i && acronymSpells(toks[m.t0].Text, textWords(toks, n.m.t0, n.m.t1)) {
				sets.join(len(groups), i, n.g)
			}
		}
	}
	return sets.merge(groups)
}

// acronymSpells reports whether the capitals of acronym, in order, are the
// initials of the capitalized words of name, two at least ("FAR" of
// "amFAR" and "Foundation for AIDS Research").
func acronymSpells(acronym string, name []string) bool {
	caps := capitals(acronym)
	var initials []rune
	for _, w := range name {
		if startsUpper(w) {
			initials = append(initials, []rune(w)[0])
		}
	}
	return utf8.RuneCountInString(caps) >= 2 && caps == string(initials)
}

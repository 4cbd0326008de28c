package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Names of bodies that hold a lower-case connective or a comma (issue 11,
// the connectives pass): a body's head word, "to", "of", "for" or "on",
// and what the body is for, which may list several things with commas
// and "and" ("the Global Fund to Fight AIDS, Tuberculosis and Malaria"),
// and a group named by common words and a connective ("the group
// Spotlight on Corruption"). The tagger cuts such names at the comma or
// the connective, or tags the part after it a place.

// headConnectives link a body's head word to what the body is for or
// about: "Fund to Fight", "Bank for International", "Office of".
var headConnectives = setOf(`to of for on`)

// joinHeadedLists extends an organization's span that holds a body's head
// word (orgHeads or purposeHeads) and a connective right after it
// (headConnectives) and that ends in a capitalized word over the list of
// capitalized common words its name goes on with (wordListEnd: commas
// between them, "and" before the last one or two words, then a word in
// lower case or a mark): "the Global Fund to Fight AIDS, Tuberculosis and
// Malaria", which the tagger cut at the comma into two organizations and
// a place (blind audit n, article 6). The kind is joinPortfolioLists' of a
// ministry named by its portfolios (audits m, l and i), for bodies other
// than ministries. A list of names of their own is no such list ("the
// Bank of Zorbia, Quelbco and Marzo"), nor is a run that goes on in
// capitals.
func joinHeadedLists(toks []token, spans []tspan) []tspan {
	return joinListTails(spans, func(s tspan) (int, bool) { return headedListEnd(toks, s) })
}

// headedListEnd returns the end of the list after s (joinHeadedLists) and
// whether there is one.
func headedListEnd(toks []token, s tspan) (int, bool) {
	if s.typ != newsner.Organization || s.t1-s.t0 < 3 || !startsUpper(toks[s.t1-1].Text) {
		return 0, false
	}
	for p := s.t0 + 1; p < s.t1-1; p++ {
		if !headConnectives[toks[p].Text] || !lowered(orgHeads, toks[p-1].Text) && !lowered(purposeHeads, toks[p-1].Text) {
			continue
		}
		e, ok := wordListEnd(toks, s.t1, func(w string) bool { return portfolioWord(w) || rareWord(w) })
		if !ok {
			return 0, false
		}
		for k := s.t1; k < e; k++ {
			if portfolioWord(toks[k].Text) {
				return e, true // one word at least the corpora write in lower case
			}
		}
		return 0, false
	}
	return 0, false
}

// rareWord reports whether w is a capitalized word of four letters or
// more, not in capitals, that the training corpora never write in lower
// case nor capitalized inside a sentence and that is no known place,
// listed organization, demonym, first name or surname: a common word too
// rare for them ("Tuberculosis"), or an unknown name, which is why
// joinHeadedLists asks for a word they know as common beside it.
func rareWord(w string) bool {
	if len(w) < 4 || !startsUpper(w) || !isLetters(w) || isAllCaps(w) {
		return false
	}
	if _, ok := corpusCase()[strings.ToLower(w)]; ok {
		return false
	}
	return !knownPlace(w) && !listedOrg(w) && !isDemonym(w) && !firstName(w) && !surname(w)
}

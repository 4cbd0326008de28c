package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Joins of an organization's name that lists words: a ministry named by
// its portfolios ("the Ministry of Economy, Trade and Industry"), which the
// tagger cuts at their commas and "and". connectives.go has the lists
// after a body's head connective ("to", "of", "for").

// joinPortfolioLists extends an organization's span that ends in a
// body's head word (orgHeads), "of" and one portfolio's word
// (portfolioWord: "Ministry of Trade") over the rest of the portfolios its
// name lists, commas between them and "and" before the last one or two
// words, up to a word in lower case or a mark: "the Ministry of Trade,
// Industry and Energy", "the Ministry of Land, Infrastructure, Transport
// and Tourism" and "the Ministry of Housing and Urban-Rural Development",
// which the tagger cut at the commas or the "and" into two or three
// organizations or a place (blind audit m articles 1 and 12, a central
// bank in Korea and a carmaker's results in Japan; audit2020l article 1,
// audit2020i article 30's "Ministry of Economy, Trade and Industry"). The
// spans inside the list go. A list of names of their own is no
// portfolio's ("the Ministry of Finance, Zorbco and Quelbco"), nor is a
// run that goes on in capitals ("and Interior Minister Quelb Zorb").
func joinPortfolioLists(toks []token, spans []tspan) []tspan {
	return joinListTails(spans, func(s tspan) (int, bool) { return portfolioListEnd(toks, s) })
}

// joinListTails extends each span s for which listEnd gives an end over
// the list after it, up to that end, where no span reaches past it: the
// spans inside the list go (joinPortfolioLists, joinHeadedLists,
// joinGroupConnectiveNames).
func joinListTails(spans []tspan, listEnd func(s tspan) (int, bool)) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if e, ok := listEnd(s); ok {
			j := i + 1
			for j < len(spans) && spans[j].t1 <= e {
				j++
			}
			if j == len(spans) || spans[j].t0 >= e {
				s.t1 = e
				i = j - 1
			}
		}
		out = append(out, s)
	}
	return out
}

// portfolioListEnd returns the end of the list of portfolios that goes on
// after s, an organization's span "... HEAD of WORD" (joinPortfolioLists),
// and whether there is one.
func portfolioListEnd(toks []token, s tspan) (int, bool) {
	if s.typ != newsner.Organization || s.t1-s.t0 < 3 || toks[s.t1-2].Text != "of" || !lowered(orgHeads, toks[s.t1-3].Text) || !portfolioWord(toks[s.t1-1].Text) {
		return 0, false
	}
	return wordListEnd(toks, s.t1, portfolioWord)
}

// wordListEnd returns the end of a list of capitalized common words
// (word: portfolioWord or a wider test) that goes on from token k,
// ", WORD" once or more or not at all and then "and" (after a serial
// comma too) and one or two words, before a word in lower case or a
// mark, and whether there is one: the rest of a name that lists what the
// body is for (portfolioListEnd, headedListEnd).
func wordListEnd(toks []token, k int, word func(w string) bool) (int, bool) {
	commas := 0
	for k+1 < len(toks) && toks[k].Text == "," && word(toks[k+1].Text) {
		k += 2
		commas++
	}
	if commas > 0 && k+1 < len(toks) && toks[k].Text == "," && toks[k+1].Text == "and" {
		k++ // a serial comma
	}
	if k+1 >= len(toks) || toks[k].Text != "and" {
		return 0, false
	}
	e := k + 1
	for e < len(toks) && e-k <= 2 && word(toks[e].Text) {
		e++
	}
	if e == k+1 || e < len(toks) && startsUpper(toks[e].Text) {
		return 0, false
	}
	return e, true
}

// portfolioWord reports whether w, capitalized, is a word of a ministry's
// portfolio ("Trade", "Infrastructure", "Urban-Rural"): each part of it
// between hyphens a common noun or adjective that the training corpora
// write in lower case at least twice and at least a third as often as
// capitalized inside a sentence ("Labour" 8 to 20), not a body's head word
// ("and Foreign Ministry" names a body of its own) nor an acronym. A name
// of its own ("Zorbco", "Exxon") is no such word. Not portfolioWords,
// cutPortfolioWords' hand list of the few portfolios a minister's title
// takes ("Justice Minister"): a ministry's name lists any ("Land",
// "Tourism", "Urban-Rural").
func portfolioWord(w string) bool {
	if !startsUpper(w) || isAcronym(w) || lowered(orgHeads, w) {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		c, ok := corpusCase()[strings.ToLower(part)]
		if !ok || !isLetters(part) || c.lower < 2 || 3*c.lower < c.upper {
			return false
		}
	}
	return true
}

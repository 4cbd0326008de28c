package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Lines written in headline case ("Zorbco Buys Quelb For $2 Billion"):
// which they are, and which of the tagger's spans on them stand (a run of
// words the article names elsewhere).

// headlineSmallWords may stay in lower case in a headline-case line.
var headlineSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"from": true, "with": true, "as": true, "into": true, "over": true, "vs": true, "vs.": true,
	"via": true, "per": true, "up": true, "off": true, "out": true, "is": true, "are": true,
	"be": true, "than": true, "after": true, "amid": true, "about": true,
}

// headlineLines marks the tokens of lines written in headline case: three
// words or more, every word but small ones capitalized, not all in
// capitals (CoNLL-2003's headlines are, and its prose is not in headline
// case), and at least two capitalized words after the first that the
// article also writes in lower case ("Bid" and "Nuclear" of "Hitachi Set
// to Win Bid for U.K. Nuclear Venture"): a line of names alone
// ("Manchester United 3 Arsenal 1") is not a headline, nor a line with a
// colon or a bracket (score cards, tables: "Did Not Bat: A. Mullally"),
// nor one the next line goes on from in lower case (part of a sentence),
// nor a byline ("By Oliveira Andreotti, the Decolonial Futures
// Collective").
// Returns nil when no line is.
func headlineLines(toks []token, line []int, title bool) []bool {
	var lowerSeen map[string]bool
	var weak []bool
	for i := 0; i < len(toks); {
		j := lineEnd(line, i)
		ok := !strings.EqualFold(toks[i].Text, "by") // a byline
		if j < len(toks) {
			r, _ := utf8.DecodeRuneInString(toks[j].Text)
			ok = ok && !unicode.IsLower(r)
		}
		a := i
		if ok && !headlineCase(toks, i, j, 4, 2, &lowerSeen) && !(i == 0 && title && headlineCase(toks, i, j, 4, 1, &lowerSeen)) {
			ok = false
			a = quotedHeadline(toks, i, j)
			ok = a < j && headlineCase(toks, a, j, 3, 1, &lowerSeen) || bylineAfter(toks, j) && headlineCase(toks, i, j, 3, 1, &lowerSeen)
			if a == j && ok {
				a = i
			}
		}
		if ok {
			if weak == nil {
				weak = make([]bool, len(toks))
			}
			for k := a; k < j; k++ {
				weak[k] = true
			}
		}
		i = j
	}
	return weak
}

// bylineAfter reports whether the line that starts at token j is a
// byline ("By BRIAN X. CHEN"): the line before it is the story's headline,
// which headlineLines then takes with less evidence ("Dead Phone Battery?
// Just Burn Something.": three words, one of them written in lower case
// elsewhere).
func bylineAfter(toks []token, j int) bool {
	return j+1 < len(toks) && (toks[j].Text == "By" || toks[j].Text == "BY") && startsUpper(toks[j+1].Text)
}

// headlineCase reports whether tokens [i,j) are in headline case: minWords
// words or more, all capitalized but small ones, no colon or bracket, and
// minCommon capitalized words after the first that the article writes in
// lower case (or, on a line after the first when minCommon is 2 or more,
// that the training corpora usually do: headlineLexMin). A word in
// capitals counts as a name, not a common word, so a line all in capitals
// (CoNLL-2003's headlines) is never in headline case.
// *lowerSeen is lowerForms(toks), made on first use.
func headlineCase(toks []token, i, j, minWords, minCommon int, lowerSeen *map[string]bool) bool {
	words, common := 0, 0
	lex := i > 0 && minCommon >= 2 // headlineLexMin: not the page's first line, not the laxer tests
	for k := i; k < j && lex; k++ {
		lex = toks[k].Text != "|" // cells of a list ("Newsday | Slate | Time")
	}
	for k := i; k < j; k++ {
		w := toks[k].Text
		if w == ":" || w == "(" {
			return false
		}
		if !hasLetter(w) || w[0] == '\'' {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsLower(r):
			if !lowered(headlineSmallWords, w) {
				return false
			}
		case unicode.IsUpper(r):
			if strings.ToUpper(w) == w {
				continue
			}
			if words > 1 && !lowered(headlineSmallWords, w) {
				if *lowerSeen == nil {
					*lowerSeen = lowerForms(toks)
				}
				if lowered(*lowerSeen, w) || lex && usuallyLower(w, headlineLexMin, headlineLexRatio) {
					common++
				}
			}
		}
	}
	return words >= minWords && common >= minCommon
}

// headlineLexMin and headlineLexRatio make a capitalized word of a line a
// common word for headlineCase when the article never writes it in lower
// case but the training corpora do, often and far more than capitalized
// inside a sentence (usuallyLower): a short story's related-story teasers
// ("Man Shot at Dallas Gas Station Dies at Hospital") use words the story
// itself does not. The page's first line, its title, is left to the
// article's own words ("Oil Slides as Traders Weigh Supply Glut" above a
// story that goes on without a blank line), and a line of cells split by
// "|" is a list, not a headline ("Newsday | Slate | Time | The Washington
// Examiner").
const (
	headlineLexMin   = 20
	headlineLexRatio = 10
)

// quotedHeadline returns where the headline a line of tokens [i,j) quotes
// starts ("A version of this article appeared ... with the headline:
// Hitachi Set to Win Bidding for British Nuclear Venture."), or j.
func quotedHeadline(toks []token, i, j int) int {
	for k := i; k+2 < j; k++ {
		if toks[k+1].Text == ":" && strings.EqualFold(toks[k].Text, "headline") {
			return k + 2
		}
	}
	return j
}

// headlineSpans keeps of the spans on headline-case lines (headlineLines)
// only what the rest of the article confirms: a span named the same way
// outside such lines, or part of a person's longer name there ("Obama" in
// the title, "Barack Obama" in the text), or the start of another's
// ("Zorbco" of "Zorbco Inc.", but not "Nations" of "United Nations"); else the longest runs of its words
// that are names outside such lines ("Hitachi" of "Hitachi Set", "South
// China Sea" of "Impasse Over South China Sea"), typed as there; else
// nothing ("Polls Show Benefit of Auto Rescue"). A headline capitalizes
// every word, so the tagger's spans there are weak evidence; a person's
// name that starts with a known first name is kept ("The First 90 Days,
// Michael Watkins", a book list).
func headlineSpans(toks []token, spans []tspan, line []int, title bool) []tspan {
	weak := headlineLines(toks, line, title)
	if weak == nil {
		return spans
	}
	names := map[string]tspan{} // full names outside headline lines
	parts := map[string]bool{}  // runs of their words
	for _, s := range spans {
		if weak[s.t0] {
			continue
		}
		k := spanWords(toks, s.t0, s.t1)
		if _, ok := names[k]; !ok {
			names[k] = s
		}
		for a := s.t0; a < s.t1; a++ {
			if a > s.t0 && s.typ != newsner.Person {
				break // "Zorbco" of "Zorbco Inc.", not "Nations" of "United Nations"
			}
			for b := a + 1; b <= s.t1 && b-a <= maxRunWords; b++ {
				parts[spanWords(toks, a, b)] = true
			}
		}
	}
	out := spans[:0:0]
	for _, s := range spans {
		if !weak[s.t0] || !weak[s.t1-1] {
			out = append(out, s)
			continue
		}
		k := spanWords(toks, s.t0, s.t1)
		if _, ok := names[k]; ok || parts[k] {
			out = append(out, s)
			continue
		}
		if s.typ == newsner.Person && s.t1-s.t0 >= 2 && firstName(toks[s.t0].Text) {
			out = append(out, s)
			continue
		}
		out = confirmedRuns(toks, s.t0, s.t1, names, out)
	}
	return out
}

// maxRunWords bounds the runs of a name's words headlineSpans looks up
// (parts of names outside headline lines, runs of a headline's span):
// longer than any name, it keeps the cost of a long span (hostile text, a
// line of thousands of capitalized words) linear in its length, not cubic.
const maxRunWords = 12

// confirmedRuns appends to out the longest run of tokens [t0,t1) (of
// maxRunWords at most) that names holds, typed as there, and then those of
// the tokens left of it and right of it.
func confirmedRuns(toks []token, t0, t1 int, names map[string]tspan, out []tspan) []tspan {
	for n := min(t1-t0, maxRunWords); n > 0; n-- {
		for a := t0; a+n <= t1; a++ {
			if s, ok := names[spanWords(toks, a, a+n)]; ok {
				out = confirmedRuns(toks, t0, a, names, out)
				out = append(out, tspan{typ: s.typ, t0: a, t1: a + n})
				return confirmedRuns(toks, a+n, t1, names, out)
			}
		}
	}
	return out
}

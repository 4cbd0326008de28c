package ner

import (
	"strings"
	"unicode"

	"github.com/newsner/newsner"
)

// Organizations told by the form of their name alone, where the tagger
// reads no cue around it (issue 11, the name-forms pass): initials joined
// by an ampersand ("AT&T", "PSE&G"), which no person's or place's name
// takes.

// ampersandPhrases are initials joined by "&" that stand for a phrase of
// common words, not a firm: "R&D" (research and development), "Q&A",
// "M&A", "B&B", "P&L", "R&B", "A&E" (accident and emergency, as often
// as the channel).
var ampersandPhrases = setOf(`R&D Q&A M&A B&B P&L R&B R&R F&B D&D T&C B&W A&R G&T E&O L&D O&M P&C S&L C&I A&E
H&S B&E I&D S&T R&I M&E C&F F&O RD&E EH&S HS&E`)

// ampersandInitials reports whether w is initials in capitals on both
// sides of one "&", three letters or more in all ("AT&T", "PSE&G"; not
// "H&M", as two letters stand as often for a phrase: "T&E"), and no
// ampersandPhrases.
func ampersandInitials(w string) bool {
	i := strings.IndexByte(w, '&')
	if i <= 0 || i == len(w)-1 || strings.Count(w, "&") != 1 || len(w) < 4 || ampersandPhrases[w] {
		return false
	}
	for _, r := range w {
		if r != '&' && (r > unicode.MaxASCII || !unicode.IsUpper(r)) {
			return false
		}
	}
	return true
}

// addAmpersandInitialsSpans adds an organization's span over each
// untagged word of initials joined by an ampersand (ampersandInitials):
// a utility's "PSE&G" (dragnet-news-a R567) and a carrier's "AT&T" (the
// fourth and sixth December 2020 audits) left untagged, where no
// person's, place's or product's name is so written. Not before a
// number (an index: "S&P 500", indexNames) nor beside another word in
// capitals (a headline's "Q&A WITH"), nor where a span covers the word.
func addAmpersandInitialsSpans(toks []token, spans []tspan) []tspan {
	var covered []bool // spanCover, made at the first such word
	var add []tspan
	for k, tok := range toks {
		if !ampersandInitials(tok.Text) {
			continue
		}
		if covered == nil {
			covered = spanCover(len(toks), spans)
		}
		if covered[k] || k > 0 && isAllCaps(toks[k-1].Text) || k+1 < len(toks) && (isAllCaps(toks[k+1].Text) || isNumber(toks[k+1].Text)) {
			continue
		}
		e := k + 1
		if e < len(toks) && capWord(toks[e].Text) {
			if !legalSuffixes[strings.ToLower(strings.TrimSuffix(toks[e].Text, "."))] {
				continue // "AT&T Fiber", a product, or "AT&T Stadium", a place
			}
			e++ // "AT&T Inc."
		}
		add = append(add, tspan{newsner.Organization, k, e})
	}
	return replaceSpans(spans, add)
}

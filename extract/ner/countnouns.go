package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules on names used as count nouns: a product's, an instrument's or a
// people's name that the article counts and writes in the plural ("100
// Polaroids", "March Eurodollars", "right-wing Afrikaners") and puts before
// a common noun in the singular ("the Polaroid camera", "Eurodollar
// futures"). It names a kind of thing or of people, no one person, place
// or organization; CoNLL-2003 leaves it unmarked or MISC, and the tagger,
// which reads a capitalized word as a name, tags it a person or an
// organization.

// cutCountNouns drops the one-word spans, tagged a person or an
// organization, of a word the article uses as a count noun (countNoun),
// in the plural and in the singular, and cuts such a word off the end of
// a longer person's span ("Warhol Polaroids" is "Warhol"). Not in a
// sports article, whose teams are plurals with a singular that stands
// before a noun ("the Rangers", "a Ranger fan").
func cutCountNouns(text string, toks []token, spans []tspan, about *topics) []tspan {
	var nouns map[string]bool
	for _, s := range spans {
		if sing, ok := countNoun(text, toks, spans, toks[s.t0].Text); ok {
			if nouns == nil {
				if about.sportsDoc() {
					return spans
				}
				nouns = map[string]bool{}
			}
			nouns[sing+"s"] = true
			if !listedOrg(sing) {
				nouns[sing] = true
			}
		}
	}
	if nouns == nil {
		return spans
	}
	out := spans[:0]
	for _, s := range spans {
		w := toks[s.t1-1].Text
		if s.typ == newsner.Location || !nouns[w] && !(len(w) > 1 && nouns[w+"s"] && (s.typ == newsner.Person || countNounEnd(toks, s.t1))) {
			out = append(out, s)
			continue
		}
		if s.typ == newsner.Person && s.t1-s.t0 >= 2 {
			out = append(out, tspan{s.typ, s.t0, s.t1 - 1})
		}
	}
	return out
}

// countNoun reports whether w, a plural ("Polaroids"), is a name the
// article uses as a count noun, and returns its singular: the
// singular stands capitalized inside a sentence right before a common
// noun in lower case ("the Polaroid camera"), as a thing's kind does. Not
// an acronym, a listed organization, a place, a word the gazetteer has as
// a person's name ("Williams", the "Sam" of "the Sams"), nor the last word
// of a person's longer span that opens with a first name (a family's "the
// Romneys" beside "Mitt Romney").
func countNoun(text string, toks []token, spans []tspan, w string) (string, bool) {
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || !isLetters(w) || !startsUpper(w) || isAcronym(w) {
		return "", false
	}
	sing := w[:len(w)-1]
	if listedOrg(w) || knownPlace(w) || knownPlace(sing) || personNameWord(w) || personNameWord(sing) {
		return "", false
	}
	for _, s := range spans {
		if s.typ == newsner.Person && s.t1-s.t0 >= 2 && toks[s.t1-1].Text == sing && firstName(toks[s.t0].Text) {
			return "", false
		}
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text == sing && !startsSentence(text, toks, k) && countNounEnd(toks, k+1) {
			return sing, true
		}
	}
	return "", false
}

// countNounEnd reports whether token k is a common noun in lower case
// (tagged NN or NNS), the head a thing's kind stands before.
func countNounEnd(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return (t.Tag == "NN" || t.Tag == "NNS") && isLetters(t.Text) && !startsUpper(t.Text)
}

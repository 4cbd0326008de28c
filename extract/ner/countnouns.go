package ner

import (
	"github.com/newsner/newsner"
)

// Rules on names used as count nouns: a product's, an instrument's or a
// people's name that the article counts and writes in the plural ("100
// Polaroids", "March Eurodollars", "right-wing Afrikaners") and puts before
// a common noun in the singular ("the Polaroid camera", "Eurodollar
// futures"). The plural names a kind of thing or of people, no one person,
// place or organization; CoNLL-2003 leaves it unmarked or MISC, and the
// tagger, which reads a capitalized word as a name, tags it a person or an
// organization. pluralsAsMisc (types_misc.go) does the same for the plural
// of a make the article or the lists name an organization, but leaves a
// stem the tagger also read as a person's ("Warhol Polaroid"), which is
// where a singular before a noun tells a thing from a family.

// cutCountNouns drops the one-word spans, tagged a person or an
// organization, of a plural the article uses as a count noun
// (countNounStem), and those of its singular tagged a person (a make or a
// thing is no one: "the Polaroid camera"; tagged an organization, the
// singular is the make, as pluralsAsMisc keeps it), and cuts such a word
// off the end of a longer person's span ("Warhol Polaroids" is "Warhol").
// Not in a sports article, whose teams are plurals with a singular that
// stands before a noun ("the Rangers", "a Ranger fan").
func cutCountNouns(text string, toks []token, spans []tspan, about *topics) []tspan {
	var plurals, stems map[string]bool
	var cues countNounCues
	for _, s := range spans {
		if s.t1-s.t0 != 1 || s.typ != newsner.Person && s.typ != newsner.Organization {
			continue
		}
		w := toks[s.t0].Text
		if plurals[w] || !countNounShape(w) {
			continue
		}
		if cues.beforeNoun == nil {
			cues = newCountNounCues(text, toks, spans)
		}
		if stem, ok := cues.stem(w); ok {
			if plurals == nil {
				if about.sportsDoc() {
					return spans
				}
				plurals, stems = map[string]bool{}, map[string]bool{}
			}
			plurals[w], stems[stem] = true, true
		}
	}
	if plurals == nil {
		return spans
	}
	out := spans[:0]
	for _, s := range spans {
		w := toks[s.t1-1].Text
		switch {
		case s.typ == newsner.Location || !plurals[w] && !(stems[w] && s.typ == newsner.Person):
			out = append(out, s)
		case s.typ == newsner.Person && s.t1-s.t0 >= 2:
			out = append(out, tspan{s.typ, s.t0, s.t1 - 1})
		}
	}
	return out
}

// countNounShape reports whether w may be a plural name of a thing: one
// capitalized word of letters of five or more ending in a plural's "s"
// (pluralS), not an acronym, a listed organization, a place, or a word
// the gazetteer has as a person's name ("Williams").
func countNounShape(w string) bool {
	if len(w) < 5 || pluralS(w) == "" || !isLetters(w) || !startsUpper(w) || isAcronym(w) {
		return false
	}
	return !listedOrg(w) && !knownPlace(w) && !personNameWord(w)
}

// countNounCues holds, for one article, the words that stand capitalized
// inside a sentence right before a common noun in lower case (beforeNoun:
// "Polaroid" of "the Polaroid camera") and the last words of the person's
// spans of two words or more that open with a first name (family: "Romney"
// of "Mitt Romney"), each made in one pass.
type countNounCues struct {
	beforeNoun, family map[string]bool
}

func newCountNounCues(text string, toks []token, spans []tspan) countNounCues {
	c := countNounCues{beforeNoun: map[string]bool{}, family: map[string]bool{}}
	for k := 1; k+1 < len(toks); k++ {
		if w := toks[k].Text; startsUpper(w) && countNounEnd(toks, k+1) && !startsSentence(text, toks, k) {
			c.beforeNoun[w] = true
		}
	}
	for _, s := range spans {
		if s.typ == newsner.Person && s.t1-s.t0 >= 2 && firstName(toks[s.t0].Text) {
			c.family[toks[s.t1-1].Text] = true
		}
	}
	return c
}

// stem reports whether plural w (countNounShape) is a name the article
// uses as a count noun, and returns its singular: the singular stands
// before a common noun (beforeNoun). Not a place's or a person-name word's
// plural (the "Sam" of "the Sams"), nor a family's, whose singular ends a
// first-named person's span ("the Romneys" beside "Mitt Romney").
func (c countNounCues) stem(w string) (string, bool) {
	stem := pluralS(w)
	if stem == "" || !c.beforeNoun[stem] || c.family[stem] || knownPlace(stem) || personNameWord(stem) {
		return "", false
	}
	return stem, true
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

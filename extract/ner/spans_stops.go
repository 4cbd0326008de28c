package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Span rules of full stops: a legal suffix's ("Corp.", "Plc.") taken in
// or split after where it also ends a sentence, a sentence's full stop
// after a name's last word, spans the tagger ran past a sentence's end
// cut there, and legal suffixes alone, which name nothing.

// suffixStop reports whether w is a legal suffix with the full stop of an
// abbreviation or a sentence glued on ("Plc.", "Inc.", "Corp.").
func suffixStop(w string) bool {
	return len(w) > 2 && w[len(w)-1] == '.' && lowered(legalSuffixes, w[:len(w)-1])
}

// addSuffixStop extends an organization's span over the legal suffix with
// its full stop right after it that the tagger left out: "Plc." ending a
// sentence ("an order from Zorbco Holdings Plc."), a token CoNLL-2003
// never writes (its "Plc" has no full stop) and the tagger so does not
// know; mentionEnd then leaves the sentence's full stop out of the
// mention.
func addSuffixStop(toks []token, s tspan) tspan {
	if s.typ == newsner.Organization && s.t1 < len(toks) && suffixStop(toks[s.t1].Text) && toks[s.t1-1].End < toks[s.t1].Start {
		s.t1++
	}
	return s
}

// suffixStopEnds reports whether token k is a legal suffix with a glued
// full stop that ends its sentence ("... Royal Dutch Shell Plc. HSBC
// said"): the capitalized word after it starts the next sentence, not
// more of the name.
func suffixStopEnds(text string, toks []token, k int) bool {
	return suffixStop(toks[k].Text) && sentenceStop(text, toks, k)
}

// legalSuffixStop reports whether s, of two tokens or more, ends in a
// company's legal suffix (legalSuffixes: "Corp", "Inc", "Co") whose full
// stop also ends a sentence inside a paragraph ("a unit of Zorbco Corp.
// The bid is due"): one stop for both, which the web pages' entity lists
// give with the name ("Zorbco Corp."), as a name inside a sentence keeps
// it. Not at a line's end: CoNLL-2003, a sentence a line, splits the stop
// off there ("Lear Corp" in eng.testa, 11 such names in eng.train).
func legalSuffixStop(text string, toks []token, s tspan) bool {
	k := s.t1 // the full stop
	return s.t1-s.t0 >= 2 && lowered(legalSuffixes, toks[s.t1-1].Text) && !lineBreakBefore(text, toks, k+1)
}

// splitAtSuffixStop splits an organization's span after a legal suffix
// with a glued full stop inside it that ends a sentence (sentenceStop):
// "from Zorbco Holdings Plc. Quelb Airlines Co said", which the tagger
// runs into one name on a made-up Reuters-style article (fourth audit).
// A suffix before another ("Zorbco Co. Ltd.") or a word in lower case
// stays inside.
func splitAtSuffixStop(text string, toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ == newsner.Organization {
			for k := s.t0 + 1; k+1 < s.t1; k++ {
				if suffixStop(toks[k].Text) && !lowered(legalSuffixes, strings.TrimSuffix(toks[k+1].Text, ".")) && sentenceStop(text, toks, k) {
					return tspan{s.typ, s.t0, k + 1}, tspan{s.typ, k + 1, s.t1}, true
				}
			}
		}
		return s, s, false
	})
}

// splitAtLoneSuffixStop splits a span of any type (the tagger may type
// the run a place or a person) at a full stop of
// its own inside it that comes right after a legal suffix (legalSuffixes)
// and ends a sentence (sentenceStop): "merger with carmaker Zorbco SA.
// Quelbis, the combined group, will", where the tokenizer splits the stop
// off the suffix and the tagger runs the two names into one (eighth
// December 2020 audit). splitAtSuffixStop reads the stop glued to the
// suffix; a name never runs over a sentence's end. The stop itself goes
// to neither side; a suffix after the stop ("Zorbco Co. Ltd") keeps the
// span whole.
func splitAtLoneSuffixStop(text string, toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		for k := s.t0 + 2; k+1 < s.t1; k++ {
			if toks[k].Text == "." && toks[k-1].End == toks[k].Start && lowered(legalSuffixes, toks[k-1].Text) &&
				!lowered(legalSuffixes, strings.TrimSuffix(toks[k+1].Text, ".")) && sentenceStop(text, toks, k) {
				return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
			}
		}
		return s, s, false
	})
}

// onlySuffixes reports whether toks are only legal suffixes and their
// full stops ("Inc.", "Co. Ltd", "COMPANIES INC."): a company's name's
// tail, no name on its own.
func onlySuffixes(toks []token) bool {
	for _, t := range toks {
		if !lowered(bareSuffixes, strings.TrimSuffix(t.Text, ".")) {
			return false
		}
	}
	return true
}

// bareSuffixes are the legal suffixes that name no company alone (not
// "Holdings" of "Companion Marble (Holdings) Ltd", "CO" Colorado, "SA",
// "AG", "FC").
var bareSuffixes = setOf(`inc incorporated corp corporation llc plc companies`)

// sentenceDot reports whether the full stop that ends a name's last word w
// ("To." of "James To.", "Sox." of "the Chicago White Sox.", which prose
// keeps in the token) is the sentence's: w is a word of two letters or
// more without another full stop, not an abbreviation ("Jr.", "Corp.")
// nor an initial ("J.").
func sentenceDot(w string) bool {
	b := w[:len(w)-1]
	return utf8.RuneCountInString(b) >= 2 && !strings.Contains(b, ".") && !isAbbrev(b) && hasLetter(b)
}

// afterSentenceDot reports whether token i follows a word whose full
// stop, kept in the token, ends the sentence (sentenceDot): "an economist
// at Zorbco Ber. Newspaper Quelbin reported", where startsSentence sees
// no full stop of its own.
func afterSentenceDot(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	return endsWithSentenceDot(toks[i-1].Text)
}

// withoutSentenceDot returns w without its last full stop where that is
// the sentence's (sentenceDot): "Act" of "the Zorb Deterrence Act.".
func withoutSentenceDot(w string) string {
	if endsWithSentenceDot(w) {
		return w[:len(w)-1]
	}
	return w
}

// endsWithSentenceDot reports whether w ends in a full stop that is the
// sentence's (sentenceDot), which it asks only of a word that ends in one.
func endsWithSentenceDot(w string) bool {
	return strings.HasSuffix(w, ".") && sentenceDot(w)
}

// splitAtSentenceStop cuts a span at a word inside it that ends in a full
// stop and is a common word, not a name's abbreviation or initial: the
// stop ends a sentence and the span runs past it ("We are here to Get. It.
// OUT", which the tagger read as a person "Get. It"). The word's test is
// the training corpora's (commonWordStop), so "St.", "Dr.", "Co." and
// initials stay inside; no name of eng.train holds such a word. A common
// word alone before the stop is dropped, as is one alone after it ("It");
// longer parts keep the span's type for the type rules.
func splitAtSentenceStop(toks []token, spans []tspan) []tspan {
	var out []tspan // nil until the first cut
	for i, s := range spans {
		parts := []tspan{s}
		for k := s.t0; k+1 < s.t1; k++ {
			if commonWordStop(toks[k].Text) && startsUpper(toks[k+1].Text) {
				parts = nil
				for _, p := range []tspan{{s.typ, s.t0, k + 1}, {s.typ, k + 1, s.t1}} {
					if p.t1-p.t0 > 1 || !usuallyLower(strings.TrimSuffix(toks[p.t0].Text, "."), 20, 10) {
						parts = append(parts, p)
					}
				}
				break
			}
		}
		if len(parts) == 1 && parts[0] == s {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]tspan, 0, len(spans)+1), spans[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return spans
	}
	return out
}

// commonWordStop reports whether w is a word of two letters or more with
// a full stop glued on that the training corpora usually write in lower
// case ("Get.", "It."): no abbreviation ("Corp.", "U.S.").
func commonWordStop(w string) bool {
	stem, ok := strings.CutSuffix(w, ".")
	if !ok || len(stem) < 2 || strings.Contains(stem, ".") {
		return false
	}
	return isLetters(stem) && usuallyLower(stem, 20, 10)
}

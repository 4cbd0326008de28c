package ner

import (
	"strings"
	"unicode"
)

// loneCommonStart reports whether span s is one word at a sentence's start
// that names nothing: a word the training corpora usually write in lower
// case ("Black and white images filled the screen", "Magic can happen on a
// Monday night", "North on the parkway, then left") that the article never
// capitalizes inside a sentence and that no other span holds. The tagger
// reads the capital a sentence gives it as a name's; a name the article
// means ("Conrad Black", "the Orlando Magic") is spelt out elsewhere, which
// keeps the word. commonNounStart catches the words the article also
// writes in lower case; these it writes once.
//
// The spans holding the word are looked up in words (wordSpans), made at
// the first need: a walk over every span for each span at a sentence's
// start took 41 s on 20,000 sentences opening "Little did".
func loneCommonStart(text string, toks []token, s tspan, words *wordSpans, lower map[string]string) bool {
	if s.t1-s.t0 != 1 || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := toks[s.t0].Text
	if isAcronym(w) || !startsUpper(w) || !isLetters(w) || lowered(lower, w) == "upper" || !usuallyLower(w, 20, 10) {
		return false
	}
	for _, o := range words.holding(w) {
		if o.t0 != s.t0 || o.t1 != s.t1 {
			return false
		}
	}
	return true
}

// wordSpans finds the spans that hold a word, its case aside
// (strings.EqualFold), for loneCommonStart; the index is made at the
// first look-up.
type wordSpans struct {
	toks  []token
	spans []tspan
	index map[string][]tspan
}

// holding returns the spans with a word equal to w under case folding,
// each once, in the order of spans.
func (sw *wordSpans) holding(w string) []tspan {
	if sw.index == nil {
		sw.index = map[string][]tspan{}
		for _, o := range sw.spans {
			seen := map[string]bool{}
			for k := o.t0; k < o.t1; k++ {
				f := foldKey(sw.toks[k].Text)
				if !seen[f] {
					seen[f] = true
					sw.index[f] = append(sw.index[f], o)
				}
			}
		}
	}
	return sw.index[foldKey(w)]
}

// foldKey maps each letter of s to the least of its case-folding orbit
// (unicode.SimpleFold), so two words have one key exactly when
// strings.EqualFold holds between them.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

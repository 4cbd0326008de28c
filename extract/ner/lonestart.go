package ner

import "strings"

// loneCommonStart reports whether span s is one word at a sentence's start
// that names nothing: a word the training corpora usually write in lower
// case ("Black and white images filled the screen", "Magic can happen on a
// Monday night", "North on the parkway, then left") that the article never
// capitalizes inside a sentence and that no other span holds. The tagger
// reads the capital a sentence gives it as a name's; a name the article
// means ("Conrad Black", "the Orlando Magic") is spelt out elsewhere, which
// keeps the word. commonNounStart catches the words the article also
// writes in lower case; these it writes once.
func loneCommonStart(text string, toks []token, s tspan, spans []tspan, lower map[string]string) bool {
	if s.t1-s.t0 != 1 || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := toks[s.t0].Text
	if isAcronym(w) || !startsUpper(w) || !isLetters(w) || lower[strings.ToLower(w)] == "upper" || !usuallyLower(w, 20, 10) {
		return false
	}
	for _, o := range spans {
		if o.t0 == s.t0 && o.t1 == s.t1 {
			continue
		}
		for k := o.t0; k < o.t1; k++ {
			if strings.EqualFold(toks[k].Text, w) {
				return false
			}
		}
	}
	return true
}

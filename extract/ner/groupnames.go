package ner

import "strings"

// addGroupNameSpans adds an organization's span over an untagged run of
// one to four proper nouns (or words in capitals) right after "group" in
// lower case, or after "firm" with a lower-case word before it that names
// its trade ("the advocacy group Zorb Knowledge", "according to research
// firm QBI Research,"), and before a word in lower case or a mark: a body
// named by common words, which the tagger leaves untagged as it does the
// words. groupBeforeName types such a name that the tagger found; this
// rule finds the ones it missed (issue 11, the organizations pass:
// dragnet-news-a 205, bbc.com, and dragnet-web-a R379, infoworld.com).
// "the firm Zorb" is left alone (the firm's own name is as often the
// subject of the next words). Not a run that starts with a first name, a
// title, a demonym, a weekday or a month, nor a known place, nor a letter
// alone (a tournament's pool, "in group C", eng.train).
func addGroupNameSpans(text string, toks []token, spans []tspan) []tspan {
	return addCuedRunSpans(text, toks, spans, 4, func(k int) bool { return k >= 2 && groupNameCue(toks, k) }, func(t0, t1 int) bool {
		w := toks[t0].Text
		return isDemonym(w) || t1-t0 == 1 && len(w) == 1 // a letter alone: a tournament's pool, "in group C"
	})
}

// groupNameCue reports whether token k stands right after "group", or
// after "firm" and a trade's word in lower case that is no closed-class
// word ("research firm", not "the firm").
func groupNameCue(toks []token, k int) bool {
	switch toks[k-1].Text {
	case "group":
		return true
	case "firm":
		b := toks[k-2]
		return isLetters(b.Text) && b.Text == strings.ToLower(b.Text) && !closedClassTags[b.Tag]
	}
	return false
}

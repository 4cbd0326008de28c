package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

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
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 2; k < len(toks); k++ {
		if covered[k] || !groupNameCue(toks, k) || !startsUpper(toks[k].Text) || !properRunWord(toks[k]) && !capsWord(toks[k].Text) {
			continue
		}
		t1 := untaggedRunEnd(toks, covered, k, 4, func(t token) bool { return properRunWord(t) || capsWord(t.Text) })
		if t1 < len(toks) && (startsUpper(toks[t1].Text) || covered[t1]) {
			continue // a longer name or a tagged one goes on
		}
		w := toks[k].Text
		if t1-k == 1 && len(w) == 1 {
			continue // a tournament's pool: "in group C"
		}
		if firstName(w) || isTitle(w) || isDemonym(w) || weekdays[w] || lowered(months, w) || knownPlace(joinTokens(toks[k:t1])) || startsSentence(text, toks, k) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, t1})
		k = t1 - 1
	}
	return replaceSpans(spans, add)
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

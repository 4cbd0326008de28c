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

// groupConnectives link a group's name of common words to the rest of it
// ("Spotlight on Corruption", "Human Rights in China").
var groupConnectives = setOf(`in on for against without of`)

// joinGroupConnectiveNames extends an organization's span of one to three
// capitalized common words (portfolioWord) right after "group" or a
// trade's "firm" (groupNameCue) over a connective (groupConnectives), an
// optional "the" and one or two capitalized words after it, before a
// word in lower case or a mark, the spans inside going: a group named by a
// phrase ("the anti-corruption group Spotlight on Corruption", cut at "on",
// blind audit n article 9; "the pressure group Human Rights in China",
// cut before its country, three times in eng.testa). Not a group's own
// name, which no common words make ("the group Hamas in Gaza"), nor a
// weekday, a month, a title or a person's name after the connective ("the
// group Zorb Rights on Monday").
func joinGroupConnectiveNames(toks []token, spans []tspan) []tspan {
	var people []bool // tokens a person's span covers, made at the first cue
	return joinListTails(spans, func(s tspan) (int, bool) {
		if s.t0 < 1 || toks[s.t0-1].Text != "group" && toks[s.t0-1].Text != "firm" {
			return 0, false
		}
		if people == nil {
			people = make([]bool, len(toks))
			for _, p := range spans {
				for k := p.t0; k < p.t1 && p.typ == newsner.Person; k++ {
					people[k] = true
				}
			}
		}
		return groupConnectiveEnd(toks, s, people)
	})
}

// groupConnectiveEnd returns the end of the name that goes on after s over
// a connective (joinGroupConnectiveNames) and whether there is one; people
// marks the tokens of people's names.
func groupConnectiveEnd(toks []token, s tspan, people []bool) (int, bool) {
	if s.typ != newsner.Organization || s.t0 < 2 || s.t1-s.t0 > 3 || s.t1+1 >= len(toks) || !groupNameCue(toks, s.t0) || !groupConnectives[toks[s.t1].Text] {
		return 0, false
	}
	for k := s.t0; k < s.t1; k++ {
		if !portfolioWord(toks[k].Text) {
			return 0, false
		}
	}
	k := s.t1 + 1
	if toks[k].Text == "the" {
		k++
	}
	e := k
	for e < len(toks) && e-k < 2 {
		w := toks[e].Text
		if !startsUpper(w) || !isLetters(w) || weekdays[w] || lowered(months, w) || isTitle(w) || people[e] {
			break
		}
		e++
	}
	if e == k || e < len(toks) && startsUpper(toks[e].Text) {
		return 0, false
	}
	return e, true
}

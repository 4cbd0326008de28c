package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// The document step's joins and splits: tagged runs that are one name or
// two. This file has the joins of a span of any type (a sentence's first
// word given back) and the helpers they share (joinNextAsOrg, joinTokens,
// ...). By topic: joins_possessives.go (through a possessive),
// joins_people.go (people's names), joins_orgs.go and connectives.go
// (organizations' names cut in pieces, through "and", "of", "for"),
// joins_lists.go (a ministry's list of portfolios), joins_splits.go (a run
// that is two names), joins_places.go, joins_spelling.go and
// joins_aliases.go (one thing's names joined in one entity).

// joinNextAsOrg returns spans with each span s and the span n right after
// it made one organization's span where join(s, n) says they are one
// name; n, so taken, is not looked at again (joinDemonymAcronyms,
// joinDemonymBodies, joinMiscAndBody, joinPlaceAcronymBodies).
func joinNextAsOrg(spans []tspan, join func(s, n tspan) bool) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && join(s, spans[i+1]) {
			out = append(out, tspan{newsner.Organization, s.t0, spans[i+1].t1})
			i++
			continue
		}
		out = append(out, s)
	}
	return out
}

// maxPurposeWords bounds the capitalized words after a purpose's "to"
// (joinPurposeNames).
const maxPurposeWords = 3

// joinPurposeRuns makes one organization of a purpose's head word
// (purposeHeads), capitalized, "to" and the one to maxPurposeWords
// capitalized words after it, the first a word the training corpora
// usually write in lower case (a verb: "Stop", "Protect", "Abolish"), up
// to a word in lower case or a mark, with the capitalized words before
// the head that the head's span holds or, untagged, that go with it
// ("International Campaign"): the tagger tags the purpose alone ("Stop
// Killer Robots" of "the Campaign to Stop Killer Robots"), the head and
// the purpose apart ("The Foundation" and "Promote Open Society"), a
// person ("Gun Violence") or nothing, where joinPurposeNames finds no
// head's span with untagged words after it. A place after "to" is no
// purpose ("the Zorb Council to Quelbia"); spans across the run's edges
// keep it.
func joinPurposeRuns(text string, toks []token, spans []tspan) []tspan {
	var add []tspan
	var spanAt []int // the span each token lies in (-1: none), made at the first run
	sorted := spansInOrder(spans)
	for k := 0; k+2 < len(toks); k++ {
		w := toks[k+2].Text
		if !startsUpper(toks[k].Text) || !lowered(purposeHeads, toks[k].Text) || toks[k+1].Text != "to" || !startsUpper(w) || !isLetters(w) || !usuallyLower(w, 3, 3) {
			continue
		}
		e := k + 2
		for e < len(toks) && e-(k+2) < maxPurposeWords && startsUpper(toks[e].Text) && isLetters(toks[e].Text) {
			e++
		}
		if e < len(toks) && startsUpper(toks[e].Text) {
			continue // more than maxPurposeWords
		}
		if spanAt == nil {
			spanAt = spanIndexes(len(toks), spans)
		}
		a := k
		if i := spanAt[k]; i >= 0 {
			a = spans[i].t0
		} else {
			for a > 0 && k-a < 2 && startsUpper(toks[a-1].Text) && isLetters(toks[a-1].Text) && !sentenceThe(text, toks, a-1) && toks[a-1].Text != "The" && !startsSentence(text, toks, a-1) {
				a--
			}
		}
		if !allInside(spans, overlapping(spans, sorted, a, e), a, e) {
			continue
		}
		add = append(add, tspan{newsner.Organization, a, e})
		k = e - 1
	}
	return replaceSpans(spans, add)
}

// spanIndexes returns, for each of n tokens, the index of the first span
// that holds it, -1 where none does.
func spanIndexes(n int, spans []tspan) []int {
	at := make([]int, n)
	for k := range at {
		at[k] = -1
	}
	for i, s := range spans {
		for k := s.t0; k < s.t1 && k < n; k++ {
			if at[k] < 0 {
				at[k] = i
			}
		}
	}
	return at
}

// lowerTokens returns the tokens' texts in lower case.
func lowerTokens(toks []token) []string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = strings.ToLower(t.Text)
	}
	return ws
}

// joinTokens returns the tokens' texts joined by spaces.
func joinTokens(ts []token) string {
	switch len(ts) {
	case 0:
		return ""
	case 1:
		return ts[0].Text
	}
	n := len(ts) - 1
	for _, t := range ts {
		n += len(t.Text)
	}
	var sb strings.Builder
	sb.Grow(n)
	for i, t := range ts {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Text)
	}
	return sb.String()
}

// joinSentenceLead extends a span over the capitalized word right before
// it that starts a sentence where the article names the two words and the
// span's as one name elsewhere ("Team Zorbia's two games ..." beside
// "players from Team Zorbia"): at a sentence's start the tagger reads the
// capital of the name's first word as the sentence's and leaves the word
// out, naming "Zorbia" a place. The span takes the longer name's type. A
// name the lists know only as an organization's (listedOrgForm) is taken
// as an organization named elsewhere, the word left out a common word, a
// trade's or a first name ("Real Sociedad lost 2-1", "Quest Diagnostics
// said", "Old Dominion Freight Line said": "Sociedad", "Diagnostics" and
// "Dominion Freight Line" alone).
func joinSentenceLead(text string, toks []token, spans []tspan) []tspan {
	var names map[string]newsner.EntityType // the article's spans of two words or more, made at the first candidate
	for i, s := range spans {
		k := s.t0 - 1
		if k < 0 || i > 0 && spans[i-1].t1 > k || !startsUpper(toks[k].Text) || !isLetters(toks[k].Text) ||
			!startsSentence(text, toks, k) || text[toks[k].BEnd:toks[s.t0].BStart] != " " {
			continue
		}
		if names == nil {
			names = map[string]newsner.EntityType{}
			for _, o := range spans {
				if o.t1-o.t0 >= 2 {
					names[joinTokens(toks[o.t0:o.t1])] = o.typ
				}
			}
		}
		if typ, ok := names[joinTokens(toks[k:s.t1])]; ok {
			spans[i].t0, spans[i].typ = k, typ
		} else if listedOrgForm(toks, k, s.t1) {
			spans[i].t0, spans[i].typ = k, newsner.Organization
		}
	}
	return spans
}

// mixedCaseWord reports whether w is capitalized and not all in capitals.
func mixedCaseWord(w string) bool {
	return startsUpper(w) && strings.ToUpper(w) != w
}

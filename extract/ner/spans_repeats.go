package ner

import (
	"slices"
	"strings"

	"github.com/newsner/newsner"
)

// A name the tagger found elsewhere in the article, added at its untagged
// exact repeats (addRepeatSpans).

// addRepeatSpans adds a span over each untagged exact repeat of a name the
// tagger found elsewhere in the article, typed as most of its tagged
// mentions are (the first on a tie): the tagger reads each mention from
// its neighbours alone and leaves a name it found in one sentence untagged
// in another (at a sentence's start, after a quotation mark, before a
// common word: "Zorbix reported ..." tagged, "While Zorbix grew ..." not).
// Only names repeatableName allows; a repeat inside a longer capitalized
// run (standsAlone) is another name's part and stays out, as do MISC
// names. The repeats are looked up by their text, a run of each length
// the names have at each token, so a page of many names costs no more
// than a dozen look-ups a token.
func addRepeatSpans(text string, toks []token, spans []tspan) []tspan {
	type name struct {
		n     map[newsner.EntityType]int
		first newsner.EntityType
		one   string // the word of a one-word name
	}
	names := map[string]*name{}
	lengths := map[int]bool{}
	for _, s := range spans {
		if !s.typ.Valid() || s.t1-s.t0 > maxRunWords {
			continue
		}
		k := joinTokens(toks[s.t0:s.t1])
		nm := names[k]
		if nm == nil {
			nm = &name{n: map[newsner.EntityType]int{}, first: s.typ}
			if s.t1-s.t0 == 1 {
				nm.one = toks[s.t0].Text
			}
			names[k] = nm
			lengths[s.t1-s.t0] = true
		}
		nm.n[s.typ]++
	}
	if len(names) == 0 {
		return spans
	}
	heads := map[string]bool{} // the names' texts up to the first space: a run's starts with its first token's
	for k := range names {
		heads[textHead(k)] = true
	}
	covered := spanCover(len(toks), spans)
	var lower map[string]bool // lowerForms(toks), made when a one-word name first needs it
	var add []tspan
	for i := range toks {
		if !heads[textHead(toks[i].Text)] {
			continue
		}
		for n := min(maxRunWords, len(toks)-i); n > 0; n-- {
			if !lengths[n] || slices.Contains(covered[i:i+n], true) {
				continue
			}
			nm := byJoinedTokens(names, toks[i:i+n])
			if nm != nil && nm.one != "" && lower == nil {
				lower = lowerForms(toks)
			}
			if nm == nil || !repeatableName(nm.one, nm.n, lower) || !standsAlone(text, toks, i, i+n) {
				continue
			}
			typ := nm.first
			for _, t := range typeOrder {
				if nm.n[t] > nm.n[typ] {
					typ = t
				}
			}
			add = append(add, tspan{typ, i, i + n})
			for j := i; j < i+n; j++ {
				covered[j] = true
			}
			break
		}
	}
	return replaceSpans(spans, add)
}

// textHead returns s up to its first space, all of s if it has none: the
// text of a run of tokens joined by spaces (joinTokens) starts with its
// first token's head, so a run whose first token's head starts no name is
// none of them (addRepeatSpans).
func textHead(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// repeatableName reports whether a tagged name (one, its word if it has
// one; n, how often each type was tagged) may be looked for again: a name
// of two words or more, or of one word of letters with a capital, tagged
// twice or more and never written in lower case in the article (lower,
// lowerForms): "Apple" tagged twice and "apple" in the text stays.
func repeatableName(one string, n map[newsner.EntityType]int, lower map[string]bool) bool {
	if one == "" {
		return true
	}
	total := 0
	for _, c := range n {
		total += c
	}
	w := one
	return total >= 2 && startsUpper(w) && isLetters(w) && !lowered(lower, w)
}

// standsAlone reports whether tokens [i,e) stand alone as a name: no
// capitalized word right after them, and none right before them but a
// sentence's first word ("The", "While") before them. For an untagged
// repeat (addRepeatSpans) and a listed variant (addListedVariants).
func standsAlone(text string, toks []token, i, e int) bool {
	if e < len(toks) && startsUpper(toks[e].Text) {
		return false
	}
	if i > 0 && startsUpper(toks[i-1].Text) && !startsSentence(text, toks, i-1) {
		return false
	}
	return true
}

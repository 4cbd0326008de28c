package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// tagFirst tags as typ the first n occurrences of the words name (a run of
// tokens) in toks.
func tagFirst(toks []token, name string, typ newsner.EntityType, n int) []tspan {
	words := strings.Fields(name)
	var out []tspan
	for k := 0; k+len(words) <= len(toks) && len(out) < n; k++ {
		if matchWords(toks, k, words, nil) {
			out = append(out, tspan{typ, k, k + len(words)})
		}
	}
	return out
}

// mentionCount returns how many mentions the entity of type typ named
// text has in es (0: none).
func mentionCount(es []newsner.Entity, typ newsner.EntityType, text string) int {
	for _, e := range es {
		if e.Type == typ && e.Text == text {
			return len(e.Mentions)
		}
	}
	return 0
}

// TestRepeatSpans: a name the tagger found in two sentences and missed in
// a third (after a sentence's "While", in a quotation) is found there too
// (addRepeatSpans).
func TestRepeatSpans(t *testing.T) {
	text := "Zorbix Quelb opened a plant in Ohio. Zorbix Quelb hired 200 people.\n" +
		"While Zorbix Quelb grew, rivals shrank. “Zorbix Quelb is here to stay,” a union leader said."
	toks := splitText(text)
	spans := tagFirst(toks, "Zorbix Quelb", newsner.Organization, 2)
	es := buildEntities(text, toks, spans)
	if n := mentionCount(es, newsner.Organization, "Zorbix Quelb"); n != 4 {
		t.Errorf("Zorbix Quelb: %d mentions, want 4: %+v", n, es)
	}
}

// TestRepeatSpansOneWord: a one-word name is repeated where the tagger
// found it twice, typed as most of its mentions are; not where it found
// it once, nor where the article writes the word in lower case, nor
// inside a longer capitalized run (repeatableName, standsAlone).
func TestRepeatSpansOneWord(t *testing.T) {
	text := "Quelbo said on Monday it would cut jobs. Analysts said Quelbo was late. " +
		"Shares of Quelbo fell. The Quelbo Arena stays open.\n" +
		"Marzip sued Quelbo. Marzip was founded in 1990. " +
		"Analysts said Ferny posted a loss; they said Ferny was weak. A ferny hill is near.\n" +
		"He met Ferny on Monday."
	toks := splitText(text)
	var spans []tspan
	spans = append(spans, tagFirst(toks, "Quelbo", newsner.Organization, 2)...)
	spans = append(spans, tagFirst(toks, "Marzip", newsner.Organization, 1)...)
	spans = append(spans, tagFirst(toks, "Ferny", newsner.Organization, 2)...)
	slices.SortFunc(spans, func(a, b tspan) int { return a.t0 - b.t0 })
	es := buildEntities(text, toks, spans)
	if n := mentionCount(es, newsner.Organization, "Quelbo"); n != 4 {
		t.Errorf("Quelbo: %d mentions, want 4 (not the arena's): %+v", n, es)
	}
	if n := mentionCount(es, newsner.Organization, "Marzip"); n != 1 {
		t.Errorf("Marzip, tagged once: %d mentions, want 1: %+v", n, es)
	}
	if n := mentionCount(es, newsner.Organization, "Ferny"); n != 2 {
		t.Errorf("Ferny, also a lower-case word: %d mentions, want 2: %+v", n, es)
	}
}

// TestRepeatSpansHostileSize runs the document step on a page of 40,000
// lines, each naming a different company twice, tagged once: addRepeatSpans
// looks each run up by its text, not each name over the whole page.
func TestRepeatSpansHostileSize(t *testing.T) {
	if testing.Short() {
		t.Skip("a large text")
	}
	const n = 40000
	var sb strings.Builder
	for i := range n {
		sb.WriteString("Zorb Q" + hostileWord(i) + " Corp said that Zorb Q" + hostileWord(i) + " Corp won.\n")
	}
	text := sb.String()
	toks := splitText(text)
	var spans []tspan
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].Text == "Zorb" && toks[k+3].Text == "said" {
			spans = append(spans, tspan{newsner.Organization, k, k + 3})
		}
	}
	es := timedBuildEntities(t, text, toks, spans)
	if len(es) != n || len(es[0].Mentions) != 2 {
		t.Errorf("%d companies named twice gave %d entities", n, len(es))
	}
}

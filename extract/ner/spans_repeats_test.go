package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// Tests of spans_repeats.go's rules.

// TestTextHead checks that a run of made-up tokens joined by spaces has
// the head its first token has (addRepeatSpans skips runs by it).
func TestTextHead(t *testing.T) {
	for _, ws := range [][]string{{"a"}, {"a", "b"}, {"", "x"}, {"New York", "City"}, {"New", "York City"}, {" x", "y"}, {"x ", "y"}, {""}} {
		ts := make([]token, len(ws))
		for i, w := range ws {
			ts[i].Text = w
		}
		for n := 1; n <= len(ts); n++ {
			if got, want := textHead(joinTokens(ts[:n])), textHead(ts[0].Text); got != want {
				t.Errorf("textHead(joinTokens(%q)) = %q, want %q", ws[:n], got, want)
			}
		}
	}
}

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

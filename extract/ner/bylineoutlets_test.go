package ner

import (
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// TestBylineOutletSpans: the outlet after a byline's bar or a photo
// credit's slash (bylineOutletSpans) is an organization, whatever the
// tagger made of it; a section after the bar is none. Each case fails
// without the rule.
func TestBylineOutletSpans(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a paper after a byline's bar typed a person, a credit's outlet typed a place",
		text:  "By Jane Quimble | Zorbton Courier\n\nThe council met on Monday.\n\nResidents wait outside. (Photo: Rob Zorbin / Quenton Valley Watch)",
		spans: []span{{P, "Jane Quimble"}, {P, "Zorbton Courier"}, {P, "Rob Zorbin"}, {L, "Quenton Valley"}},
		want:  []want{{P, "Jane Quimble", 1}, {O, "Zorbton Courier", 1}, {P, "Rob Zorbin", 1}, {O, "Quenton Valley Watch", 1}},
	}, {
		name:  "a blog after a writer's role and the bar, left untagged",
		text:  "By Jane Quimble, Staff Writer | Marlow Soccer Blog\n\nThe club won on Monday.",
		spans: []span{{P, "Jane Quimble"}},
		want:  []want{{P, "Jane Quimble", 1}, {O, "Marlow Soccer Blog", 1}},
	}, {
		name:  "sections after the bar are no outlets",
		text:  "By Jane Quimble | Markets\n\nBy Rob Zorbin | Celebrity Gossip | 5 min read\n\nBy Al Quimby | Local News\n\nThe council met on Monday.",
		spans: []span{{P, "Jane Quimble"}, {P, "Rob Zorbin"}, {P, "Al Quimby"}},
		want:  []want{{P, "Jane Quimble", 1}, {P, "Rob Zorbin", 1}, {P, "Al Quimby", 1}},
	}, {
		name:  "a bar or a slash with no person's name before it, or on no byline or credit, names no outlet",
		text:  "Zorbco | Quenton Courier\n\nThe ratio was Red Wine / White Wine.\n\nBy the river | Quenton Courier",
		spans: []span{{O, "Zorbco"}, {P, "Quenton Courier"}, {P, "Quenton Courier"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Quenton Courier", 2}},
	}})
}

// TestBylineOutletSpansHostileSize: one line of 100,000 bars after a
// byline's name, and a credit line of as many slashes, take linear time.
func TestBylineOutletSpansHostileSize(t *testing.T) {
	const bound = 20 * time.Second
	text := "By Jane Quimble " + strings.Repeat("| x ", 100000) + "\nPhoto: " + strings.Repeat("/ x ", 100000)
	toks := splitText(text)
	spans := []tspan{{typ: newsner.Person, t0: 1, t1: 3}}
	start := time.Now()
	got := bylineOutletSpans(toks, spans, lineOf(text, toks))
	if d := time.Since(start); d > bound {
		t.Errorf("%d tokens: %v", len(toks), d)
	}
	if len(got) != 1 {
		t.Errorf("got %d spans, want the byline's name alone", len(got))
	}
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinFirmPairNames: a joint venture named for its two owners, cut
// in two, is one organization (joinFirmPairNames); two firms joined by
// "and", a firm named in full before another, a place before a firm and
// a firm on the next line stay apart.
func TestJoinFirmPairNames(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	M := misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two owners' names and a head word",
		text:  "Analysts at Zorbco Quelb Morgan Stanley Securities expect a further hike by October.",
		spans: []span{{M, "Zorbco Quelb"}, {O, "Morgan Stanley Securities"}},
		want:  []want{{O, "Zorbco Quelb Morgan Stanley Securities", 1}},
	}, {
		name:  "the first typed an organization",
		text:  "Analysts at Zorbco Goldman Sachs Securities expect a further hike by October.",
		spans: []span{{O, "Zorbco"}, {O, "Goldman Sachs Securities"}},
		want:  []want{{O, "Zorbco Goldman Sachs Securities", 1}},
	}, {
		name:  "two firms joined by and",
		text:  "Analysts at Zorbco Quelb and Morgan Stanley Securities expect a further hike by October.",
		spans: []span{{O, "Zorbco Quelb"}, {O, "Morgan Stanley Securities"}},
		want:  []want{{O, "Zorbco Quelb", 1}, {O, "Morgan Stanley Securities", 1}},
	}, {
		name:  "a firm named in full",
		text:  "Shares of Zorbco Inc Morgan Stanley Securities rose on Monday.",
		spans: []span{{O, "Zorbco Inc"}, {O, "Morgan Stanley Securities"}},
		want:  []want{{O, "Zorbco Inc", 1}, {O, "Morgan Stanley Securities", 1}},
	}, {
		name:  "a place",
		text:  "Analysts at Japan Morgan Stanley Securities expect a further hike by October.",
		spans: []span{{L, "Japan"}, {O, "Morgan Stanley Securities"}},
		want:  []want{{L, "Japan", 1}, {O, "Morgan Stanley Securities", 1}},
	}, {
		name:  "the next line",
		text:  "Sponsors: Zorbco Quelb\nMorgan Stanley Securities is the lead bank.",
		spans: []span{{O, "Zorbco Quelb"}, {O, "Morgan Stanley Securities"}},
		want:  []want{{O, "Zorbco Quelb", 1}, {O, "Morgan Stanley Securities", 1}},
	}})
}

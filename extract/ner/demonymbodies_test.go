package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSplitDemonymBodies: a nationality's word the tagger joined to a
// court's name of two words is left out of it (splitDemonymBodies); a
// ministry's and a longer body's name keep it.
func TestSplitDemonymBodies(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a ministry keeps it",
		text:  "The Maltese Energy Ministry said on Sunday output would rise.",
		spans: []span{{O, "Maltese Energy Ministry"}},
		want:  []want{{O, "Maltese Energy Ministry", 1}},
	}, {
		name:  "a court",
		text:  "QUELBTOWN (Reuters) - The Maltese High Court ruled on Monday that the Zorbco bank must pay.",
		spans: []span{{L, "QUELBTOWN"}, {O, "Reuters"}, {O, "Maltese High Court"}, {O, "Zorbco"}},
		want:  []want{{L, "QUELBTOWN", 1}, {O, "Reuters", 1}, {O, "High Court", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "a supreme court",
		text:  "The Maltese Supreme Court upheld the ban.",
		spans: []span{{O, "Maltese Supreme Court"}},
		want:  []want{{O, "Supreme Court", 1}},
	}, {
		name:  "a longer body keeps it",
		text:  "The Maltese Football Federation fined the club.",
		spans: []span{{O, "Maltese Football Federation"}},
		want:  []want{{O, "Maltese Football Federation", 1}},
	}})
}

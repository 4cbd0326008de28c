package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinPurposeRuns: a purpose's head, "to" and a capitalized verb
// with the words after it are one organization, whatever the tagger made
// of the parts (joinPurposeRuns); a place after "to" stays a place.
func TestJoinPurposeRuns(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the purpose alone tagged",
		text:  "The Campaign to Stop Quelb Zorbers said 40 states had signed, Jane Quimble said.",
		spans: []span{{O, "Stop Quelb Zorbers"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Campaign to Stop Quelb Zorbers", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "the head and the purpose apart, or a person",
		text:  "A Zorbia Foundation to Promote Quelb Arts grant went to the Coalition to Stop Marz Violence.",
		spans: []span{{O, "Zorbia Foundation"}, {O, "Promote Quelb Arts"}, {P, "Marz Violence"}},
		want:  []want{{O, "Zorbia Foundation to Promote Quelb Arts", 1}, {O, "Coalition to Stop Marz Violence", 1}},
	}, {
		name:  "a place after to",
		text:  "The Zorb Council to Quelbia sent a letter on Monday.",
		spans: []span{{O, "Zorb Council"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorb Council", 1}, {L, "Quelbia", 1}},
	}})
}

// TestJoinTokens checks joinTokens against strings.Join of the texts.
func TestJoinTokens(t *testing.T) {
	for _, ws := range [][]string{nil, {"a"}, {"a", "b"}, {"New", "York", "City"}, {"", "x", ""}} {
		ts := make([]token, len(ws))
		for i, w := range ws {
			ts[i].Text = w
		}
		if got, want := joinTokens(ts), strings.Join(ws, " "); got != want {
			t.Errorf("joinTokens(%q) = %q, want %q", ws, got, want)
		}
	}
}

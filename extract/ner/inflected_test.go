package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinInflectedNames checks joinInflectedNames on made-up articles:
// an organization's name written again with a word's ending changed, or a
// possessive dropped, is one entity; two bodies whose names differ by a
// word are two.
func TestJoinInflectedNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a word's ending changed",
			text: "Zorbco will fund a Quelb Master Teacher Corps. Teachers who join the Quelb Master Teachers Corps get a grant. " +
				"A Quelb Master Teaching Corps will inspire pupils, Jane Quimble said.",
			spans: []span{{O, "Zorbco"}, {O, "Quelb Master Teacher Corps"}, {O, "Quelb Master Teachers Corps"}, {O, "Quelb Master Teaching Corps"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {O, "Quelb Master Teachers Corps", 3}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a possessive dropped",
			text:  "Jane Quimble of the Zorbian People's Party won. The Zorbian People Party said it would govern.",
			spans: []span{{P, "Jane Quimble"}, {O, "Zorbian People's Party"}, {O, "Zorbian People Party"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Zorbian People's Party", 2}},
		},
		{
			name:  "two bodies a word apart stay two",
			text:  "The Zorbian Teachers Union met the Zorbian Nurses Union, Jane Quimble said.",
			spans: []span{{O, "Zorbian Teachers Union"}, {O, "Zorbian Nurses Union"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbian Teachers Union", 1}, {O, "Zorbian Nurses Union", 1}, {P, "Jane Quimble", 1}},
		},
	})
}

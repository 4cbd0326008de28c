package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCountNouns checks the rule on trade names used as count nouns on
// made-up articles: each case fails without it.
func TestCountNouns(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a trade name counted in the plural and put before a noun in the singular is no name (cutCountNouns)",
			text: "The gallery shows 40 Zorblets of the painter Quent Varkowicz.\n" +
				"Varkowicz Zorblet prints and a Zorblet camera are on show.\n" +
				"Visitors can have their own Zorblet taken, and the Zorblets are ready in a minute.",
			spans: []span{{O, "Zorblets"}, {P, "Quent Varkowicz"}, {P, "Varkowicz Zorblet"}, {P, "Zorblet"}, {P, "Zorblets"}},
			want:  []want{{P, "Quent Varkowicz", 2}},
		},
		{
			name:  "a family's plural beside a person's full name stays (countNoun)",
			text:  "John Quimble spoke in Boston.\nThe Quimbles have lived there since 1990, in a Quimble house on the hill.",
			spans: []span{{P, "John Quimble"}, {P, "Quimbles"}},
			want:  []want{{P, "John Quimble", 1}, {P, "Quimbles", 1}},
		},
	})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestColourListsAsNone checks colourListsAsNone on made-up articles: a
// capitalized colour in a list of colours is no name; a name beside a
// colour, or a colour's word alone, is left.
func TestColourListsAsNone(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a colour in a list of finishes",
			text:  "Zorbco sells the Quelbphone in three finishes (Mauve, Teal, Yellow, or Gray) for $99, Jane Quimble said.",
			spans: []span{{O, "Zorbco"}, {P, "Yellow"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a colour before and a lower-case colour at a sentence's start",
			text:  "Zorbco filmed the debate in 1960. Black and white pictures filled the screen, Jane Quimble said.",
			spans: []span{{O, "Zorbco"}, {P, "Black"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a surname that is a colour with no colour beside it stays",
			text:  "Zorbco hired Ada Green. Green and Quimble said the deal was done.",
			spans: []span{{O, "Zorbco"}, {P, "Ada Green"}, {P, "Green"}, {P, "Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Ada Green", 2}, {P, "Quimble", 1}},
		},
	})
}

// TestColourAdjectivesAsNone checks colourAdjectivesAsNone on made-up
// articles: a colour at a sentence's start before a noun is no name; one
// before a verb is left.
func TestColourAdjectivesAsNone(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a colour before a plural noun at a sentence's start",
			text:  "Zorbco marked its birthday. Green flags and banners lined the streets, Jane Quimble said.",
			spans: []span{{O, "Zorbco"}, {P, "Green"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a colour before a verb stays",
			text:  "Zorbco hired a boy. Red was our water boy, Jane Quimble said.",
			spans: []span{{O, "Zorbco"}, {P, "Red"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Red", 1}, {P, "Jane Quimble", 1}},
		},
	})
}

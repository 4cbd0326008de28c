package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestGluedNamesAsNone: a name glued to a role or a code by an underscore
// is no name; a user's handle after "@" stays.
func TestGluedNamesAsNone(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "credits and codes glued by underscores are no names",
			text:  "STAFF\nComposer_Kim Cheol Hwan, Director_Oh Kyeong Taek\nPhoto: Camilla_SDO in Quenton.",
			spans: []span{{P, "Composer_Kim Cheol Hwan"}, {P, "Director_Oh Kyeong Taek"}, {L, "Camilla_SDO"}, {L, "Quenton"}},
			want:  []want{{L, "Quenton", 1}},
		},
		{
			name:  "the rest of a glued name is no name",
			text:  "STAFF\nChoreographer_Jeong Hye Jin, Director_Oh Kyeong Taek",
			spans: []span{{P, "Hye Jin"}, {P, "Kyeong Taek"}},
			want:  nil,
		},
		{
			name:  "a handle stays, its @ glued or apart (as tweets' corpora write it)",
			text:  "Thanks to @Jane_Quimble and @ Ann_Zorb for this.",
			spans: []span{{P, "@Jane_Quimble"}, {P, "Ann_Zorb"}},
			want:  []want{{P, "@Jane_Quimble", 1}, {P, "Ann_Zorb", 1}},
		},
	})
}

// TestLettersAsNone: a letter alone is no name.
func TestLettersAsNone(t *testing.T) {
	P := newsner.Person
	runDocCases(t, []docCase{{
		name:  "an author's initials in references",
		text:  "Source: Quimble, C., Zorb, C. A. (2012), Reporting.",
		spans: []textSpan{{P, "Quimble"}, {P, "C."}, {P, "Zorb"}, {P, "A."}},
		want:  []entityWant{{P, "Quimble", 1}, {P, "Zorb", 1}},
	}})
}

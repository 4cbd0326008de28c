package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestFamilyApartFromItsMember: a made-up article's "the Zorb household"
// is the family, not "Ada Zorb" (familyApart); a bare "Zorb" that also
// stands as a person's ("Zorb said") still joins her.
func TestFamilyApartFromItsMember(t *testing.T) {
	P := newsner.Person
	runDocCases(t, []docCase{
		{
			name:  "the family apart",
			text:  "Rescuers found Ada Zorb in the rubble. Four others of the Zorb household were taken to hospital.",
			spans: []textSpan{{P, "Ada Zorb"}, {P, "Zorb"}},
			want:  []entityWant{{P, "Ada Zorb", 1}, {P, "Zorb", 1}},
		},
		{
			name:  "the person joined",
			text:  "Ada Zorb won the race. Zorb said the Zorb family was proud.",
			spans: []textSpan{{P, "Ada Zorb"}, {P, "Zorb"}, {P, "Zorb"}},
			want:  []entityWant{{P, "Ada Zorb", 3}},
		},
	})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAmpersandNamesAsOrganizations: a name tagged a person with "&" in
// it is a firm (ampersandNamesAsOrganizations).
func TestAmpersandNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "glued ampersand",
		text:  "Zorbia's Quelba &Co reported a rise in sales, said Jane Marzo.",
		spans: []span{{P, "Quelba &Co"}, {P, "Jane Marzo"}},
		want:  []want{{O, "Quelba &Co", 1}, {P, "Jane Marzo", 1}},
	}, {
		name:  "founders' names",
		text:  "Lawyers at Quimby & Marzo said the deal would close. Quimby & Marzo declined to comment.",
		spans: []span{{P, "Quimby & Marzo"}, {P, "Quimby & Marzo"}},
		want:  []want{{O, "Quimby & Marzo", 2}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPartyShortForms checks the parties' short forms orgs.tsv lists, on
// a made-up article: the case fails without the list's row.
func TestPartyShortForms(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the Liberal Democrats' short form is the party, an organization (orgs.tsv)",
			text:  "Lib Dem and Tory manifestos will carry a pledge on Zorbia, Jane Quimble said.",
			spans: []span{{P, "Lib Dem"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Lib Dem", 1}, {P, "Jane Quimble", 1}},
		},
	})
}

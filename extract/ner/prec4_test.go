package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPrecisionRulesPrec4 checks the precision rules of the document step
// added by the prec4 pass (session 13) on made-up articles: each case
// fails without its rule.
func TestPrecisionRulesPrec4(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a name before platform is a product's base, MISC (productNouns)",
			text: "Zorbco will build six models on its new Quelbix platform in Quenton. " +
				"The Quelbix platform also carries a van.",
			spans: []span{{O, "Zorbco"}, {O, "Quelbix"}, {L, "Quenton"}, {O, "Quelbix"}},
			want:  []want{{O, "Zorbco", 1}, {L, "Quenton", 1}},
		},
		{
			name: "a person's span after a capitalized The inside a sentence is an outlet's or a band's (midThePersonAsOrg)",
			text: "Zorbco did not respond to The Quelbist's request for comment, Jane Quimble said in Quenton. " +
				"The Quelbist first reported the deal.",
			spans: []span{{O, "Zorbco"}, {P, "Quelbist"}, {P, "Jane Quimble"}, {L, "Quenton"}},
			want:  []want{{O, "Zorbco", 1}, {O, "The Quelbist", 1}, {P, "Jane Quimble", 1}, {L, "Quenton", 1}},
		},
		{
			name: "a sentence's first word that a name elsewhere starts is the name's (joinSentenceLead)",
			text: "The series brings players from Team Zorbia to Quenton.\n\n" +
				"Team Zorbia's two games will be shown live. Quenton Mayor Jane Quimble will attend.",
			spans: []span{{O, "Team Zorbia"}, {L, "Quenton"}, {L, "Zorbia"}, {L, "Quenton"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Team Zorbia", 2}, {L, "Quenton", 2}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a place's span after The ending in an outlet's word is the outlet (theOutletPlaces)",
			text:  "Jane Quimble wrote for The Zorbic Wire in Quenton, near the Zorbic Sea and Quenton.",
			spans: []span{{P, "Jane Quimble"}, {L, "Zorbic Wire"}, {L, "Quenton"}, {L, "Zorbic Sea"}, {L, "Quenton"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "The Zorbic Wire", 1}, {L, "Quenton", 2}, {L, "Zorbic Sea", 1}},
		},
	})
}

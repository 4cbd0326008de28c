package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestLineActsAsCompany: a listed group's word and a business word no list
// knows ("Samsung Biologics", "Hyundai Mobis") is read as a product line
// (makersLine), but where the article has it say things or trade, or
// calls it a company in apposition (lineActsAsCompany), it is the company
// and stays; a product line that neither speaks nor trades is still MISC.
func TestLineActsAsCompany(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a group's company that speaks and trades",
			text:  "Samsung Biologics said on Monday it would build a fourth plant in Incheon. Samsung Biologics shares rose 3 percent.",
			spans: []span{{O, "Samsung Biologics"}, {L, "Incheon"}, {O, "Samsung Biologics"}},
			want:  []want{{O, "Samsung Biologics", 2}, {L, "Incheon", 1}},
		},
		{
			name:  "a group's company whose shares move",
			text:  "Analysts expect Hyundai Mobis to post a higher profit. Hyundai Mobis shares fell 2 percent in Seoul.",
			spans: []span{{O, "Hyundai Mobis"}, {O, "Hyundai Mobis"}, {L, "Seoul"}},
			want:  []want{{O, "Hyundai Mobis", 2}, {L, "Seoul", 1}},
		},
		{
			name:  "a group's company in apposition",
			text:  "Samsung Biologics, the contract drugmaker, will open a plant in Incheon. Samsung Biologics expects sales to double.",
			spans: []span{{O, "Samsung Biologics"}, {L, "Incheon"}, {O, "Samsung Biologics"}},
			want:  []want{{O, "Samsung Biologics", 2}, {L, "Incheon", 1}},
		},
		{
			name:  "a product line",
			text:  "Buyers of the Intel Core chips complained. The Intel Core line sold well in Osaka.",
			spans: []span{{O, "Intel Core"}, {O, "Intel Core"}, {L, "Osaka"}},
			want:  []want{{L, "Osaka", 1}},
		},
	})
}

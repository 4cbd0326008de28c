package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAliasAcronymsAsOrganizations: a party's listed acronym the tagger
// typed MISC before a noun is the party; in a sports report, or after a
// number, capitals listed for a body are a game's term and stay MISC.
func TestAliasAcronymsAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a party before nouns",
			text:  "Marla Quonk lost the GOP primary in 2020. The GOP base never warmed to her, and GOP donors stayed home.",
			spans: []span{{P, "Marla Quonk"}, {misc, "GOP"}, {misc, "GOP"}, {misc, "GOP"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "GOP", 3}},
		},
		{
			name: "a baseball report",
			text: "Tomaz Quell hit two homers and drove in six RBI as the Zorbtown Quakes beat the Marzville Hawks 9-4 on Sunday. " +
				"Dara Quimby added an RBI single in the ninth inning, a day after the Quakes lost 5-3.",
			spans: []span{{P, "Tomaz Quell"}, {misc, "RBI"}, {O, "Zorbtown Quakes"}, {O, "Marzville Hawks"}, {P, "Dara Quimby"}, {misc, "RBI"}, {O, "Quakes"}},
			want:  []want{{P, "Tomaz Quell", 1}, {O, "Zorbtown Quakes", 2}, {O, "Marzville Hawks", 1}, {P, "Dara Quimby", 1}},
		},
	})
}

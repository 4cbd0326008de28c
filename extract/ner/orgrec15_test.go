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

// TestBodyHeadedMiscAsOrganizations: a name tagged MISC that ends in a
// body's head word is the body; "League" ends a competition's name in a
// sports report, which stays MISC.
func TestBodyHeadedMiscAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "bodies",
			text:  "Marla Quonk, director of the Anti-Zorb League, welcomed the deal between the International Quelb Federation and the Zorbian Chess Association in 2020.",
			spans: []span{{P, "Marla Quonk"}, {misc, "Anti-Zorb League"}, {misc, "International Quelb Federation"}, {misc, "Zorbian Chess Association"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Anti-Zorb League", 1}, {O, "International Quelb Federation", 1}, {O, "Zorbian Chess Association", 1}},
		},
		{
			name: "a competition in a sports report",
			text: "Tomaz Quell scored twice as Zorbtown beat Marzville 3-1 in the Quelb Premier League on Sunday. " +
				"The striker's goals left Zorbtown top of the league after a 2-0 win last week.",
			spans: []span{{P, "Tomaz Quell"}, {O, "Zorbtown"}, {O, "Marzville"}, {misc, "Quelb Premier League"}, {O, "Zorbtown"}},
			want:  []want{{P, "Tomaz Quell", 1}, {O, "Zorbtown", 2}, {O, "Marzville", 1}},
		},
	})
}

// TestStaffEmployerSpans: an untagged word right before a newsroom's or a
// firm's staff role (after at most one rank) is the employer, at its
// other lone mentions too; a determiner there ("The analyst") is none.
func TestStaffEmployerSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an outlet and a firm",
			text:  "Marla Quonk told Zorbly senior editor Tomaz Quell in 2020 that Quelbix analyst Dara Quimby was wrong. Zorbly ran the story.",
			spans: []span{{P, "Marla Quonk"}, {P, "Tomaz Quell"}, {P, "Dara Quimby"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbly", 2}, {P, "Tomaz Quell", 1}, {O, "Quelbix", 1}, {P, "Dara Quimby", 1}},
		},
		{
			name:  "a determiner",
			text:  "Quelbix shares rose 3% in 2020, its office said.\n-- The analyst also set a price target.",
			spans: []span{{O, "Quelbix"}},
			want:  []want{{O, "Quelbix", 1}},
		},
	})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestIssue11Precision checks the eleventh issue's precision rules of the
// document step (facility lists, cosmic words, names of rules) on made-up
// articles: each case fails without its rule.
func TestIssue11Precision(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "names listed after a facility plural and a dash are places (facilityListPlaces)",
			text: "Storms shut the region's major airports -- Zorbton International, Quelb Field and Quimbley -- on Monday. " +
				"Zorbco said flights resume.",
			spans: []span{{O, "Zorbton International"}, {O, "Quelb Field"}, {P, "Quimbley"}, {O, "Zorbco"}},
			want:  []want{{L, "Zorbton International", 1}, {L, "Quelb Field", 1}, {L, "Quimbley", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a capitalised word for the universe in a text about space is no name (cosmicWordsAsNone)",
			text:  "Astronomers at Zorbco said the telescope saw stars when the Universe was young, Jane Quimble said.",
			spans: []span{{O, "Zorbco"}, {O, "Universe"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a name of three words or more ending in Policy is a rule, no name (termHeadsAsMisc)",
			text:  "Zorbco's browser enforces the Same Quelb Policy, Jane Quimble of the Center for Zorbian Policy said.",
			spans: []span{{O, "Zorbco"}, {O, "Same Quelb Policy"}, {P, "Jane Quimble"}, {O, "Center for Zorbian Policy"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}, {O, "Center for Zorbian Policy", 1}},
		},
		{
			name:  "a telescope's short name in a text about space is the telescope's (craftShortNamesAsMisc)",
			text:  "The astronomers used the Quelbi Gamma-ray Space Telescope of Zorbco. Blazars are the sources most often detected by Quelbi, Jane Quimble said.",
			spans: []span{{O, "Zorbco"}, {O, "Quelbi"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a bank named in a text about shoals is a sandbank, a place (shoalBanksAsPlaces)",
			text:  "Zorbia claims the Quelb Shoal and the Quimby Bank, Jane Quimble said.",
			spans: []span{{L, "Zorbia"}, {L, "Quelb Shoal"}, {O, "Quimby Bank"}, {P, "Jane Quimble"}},
			want:  []want{{L, "Zorbia", 1}, {L, "Quelb Shoal", 1}, {L, "Quimby Bank", 1}, {P, "Jane Quimble", 1}},
		},
	})
}

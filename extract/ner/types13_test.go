package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListedAgenciesOfLateNews: a regulator whose full name has a word in
// lower case ("products") and the oil producers' alliance written with a
// plus, added to orgs.tsv in the thirteenth pass, are organizations, the
// tagger's pieces of the one and its miss of the other mended.
func TestListedAgenciesOfLateNews(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a regulator's name cut at its lower-case word",
		text:  "Marla Quonk said Britain's Medicines and Healthcare products Regulatory Agency cleared the Zorbax shot.",
		spans: []span{{P, "Marla Quonk"}, {L, "Britain"}, {misc, "Medicines"}, {misc, "Healthcare"}, {O, "Regulatory Agency"}},
		want:  []want{{P, "Marla Quonk", 1}, {L, "Britain", 1}, {O, "Medicines and Healthcare products Regulatory Agency", 1}},
	}, {
		name:  "the alliance with a plus, untagged",
		text:  "Oil rose in Zorbville after OPEC+ agreed to cut output.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}, {O, "OPEC+", 1}},
	}})
}

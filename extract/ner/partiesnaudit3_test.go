package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPartiesOfEcuadorAndCentralAmerica: the naudit3 rows of parties.tsv
// (issue 11): parties of Ecuador, Central America, Venezuela and the
// Philippines that the tagger typed a place or a person (audit o's
// "Citizen Revolution" and "Pachakutik") are organizations.
func TestPartiesOfEcuadorAndCentralAmerica(t *testing.T) {
	L, P, O := newsner.Location, newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "parties typed places or people",
		text:  "Lawmakers from Citizen Revolution and Pachakutik voted against Jane Quimble's bill, while Nuevas Ideas, Semilla and Vente Venezuela backed it.",
		spans: []span{{L, "Citizen Revolution"}, {L, "Pachakutik"}, {P, "Jane Quimble"}, {P, "Nuevas Ideas"}, {L, "Semilla"}, {L, "Vente Venezuela"}},
		want: []want{{O, "Citizen Revolution", 1}, {O, "Pachakutik", 1}, {P, "Jane Quimble", 1}, {O, "Nuevas Ideas", 1}, {O, "Semilla", 1},
			{O, "Vente Venezuela", 1}},
	}})
}

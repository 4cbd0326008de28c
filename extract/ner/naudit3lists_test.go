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

// TestBasketballAndLeagueSides: the naudit3 rows of sides.tsv (issue 11):
// basketball and rugby league clubs by their full names, which the tagger
// cut to their place (audit o's "Tasmania JackJumpers") or typed people
// or places, are organizations.
func TestBasketballAndLeagueSides(t *testing.T) {
	L, P, O := newsner.Location, newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "clubs cut to a place or typed people",
		text:  "Tasmania JackJumpers beat Cairns Taipans, and Virtus Bologna lost to Barangay Ginebra, Jane Quimble said.",
		spans: []span{{L, "Tasmania"}, {O, "JackJumpers"}, {P, "Cairns Taipans"}, {P, "Virtus Bologna"}, {P, "Barangay Ginebra"}, {P, "Jane Quimble"}},
		want: []want{{O, "Tasmania JackJumpers", 1}, {O, "Cairns Taipans", 1}, {O, "Virtus Bologna", 1}, {O, "Barangay Ginebra", 1},
			{P, "Jane Quimble", 1}},
	}})
}

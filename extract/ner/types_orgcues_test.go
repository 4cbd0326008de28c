package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestDealNounOf: a name tagged a place after a deal's noun and "of" or
// "in" ("the purchase of", "the takeover of", "stakes in") is a company
// (dealNounOf, read by orgCue), its list's partner too; a known place
// after one stays a place.
func TestDealNounOf(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "purchase",
		text:  "The drugmaker is still paying down debt from the purchase of Quelbshire.",
		spans: []span{{L, "Quelbshire"}},
		want:  []want{{O, "Quelbshire", 1}},
	}, {
		name:  "takeover",
		text:  "Shareholders backed the takeover of Zorbavia on Tuesday.",
		spans: []span{{L, "Zorbavia"}},
		want:  []want{{O, "Zorbavia", 1}},
	}, {
		name:  "stakes",
		text:  "The fund will sell its stakes in Zorbic American and Quelbcore over coal.",
		spans: []span{{L, "Zorbic American"}, {O, "Quelbcore"}},
		want:  []want{{O, "Zorbic American", 1}, {O, "Quelbcore", 1}},
	}, {
		name:  "known place",
		text:  "The ministry approved the purchase of Brazil beans.",
		spans: []span{{L, "Brazil"}},
		want:  []want{{L, "Brazil", 1}},
	}})
}

// TestMemberAppositionsAsOrganizations: a name tagged a place or, in one
// word, a person between a member body's noun and a comma and a comma
// ("its party, Zorbakutik,", "union group, Quelbgo,") is the body's, at
// every mention (memberAppositionsAsOrganizations); a country there, a
// person's name of two words and a name before "said" alone keep the
// tagger's reading.
func TestMemberAppositionsAsOrganizations(t *testing.T) {
	O, L, P := newsner.Organization, newsner.Location, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party and a union typed places",
		text:  "The indigenous group and its party, Zorbakutik, backed her. Zorbia's biggest union group, Quelbgo, said Zorbakutik had lost.",
		spans: []span{{L, "Zorbakutik"}, {L, "Zorbia"}, {L, "Quelbgo"}, {L, "Zorbakutik"}},
		want:  []want{{O, "Zorbakutik", 2}, {L, "Zorbia", 1}, {O, "Quelbgo", 1}},
	}, {
		name:  "a rebel group typed a person",
		text:  "The rebel group, Zorbana, said it had seized the town.",
		spans: []span{{P, "Zorbana"}},
		want:  []want{{O, "Zorbana", 1}},
	}, {
		name:  "a country, a person and a bare said",
		text:  "The alliance, Kenya, grew, a spokesman for the group, Jane Quimble, said, and the movement, Quelbo said.",
		spans: []span{{L, "Kenya"}, {P, "Jane Quimble"}, {P, "Quelbo"}},
		want:  []want{{L, "Kenya", 1}, {P, "Jane Quimble", 1}, {P, "Quelbo", 1}},
	}})
}

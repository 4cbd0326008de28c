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

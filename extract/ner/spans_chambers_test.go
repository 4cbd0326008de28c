package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of spans_chambers.go's rules.

// TestChamberBeforeMembers: "House" or "Senate" the tagger left untagged
// before a party's members or its adjective is the chamber, an
// organization, as CoNLL-2003 marks "House Democrats"; not after another
// capitalized word.
func TestChamberBeforeMembers(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the chamber untagged",
		text:  "House Democrats passed the Zorbia bill, and Senate Republican leaders balked.",
		spans: []span{{misc, "Democrats"}, {L, "Zorbia"}, {misc, "Republican"}},
		want:  []want{{O, "House", 1}, {L, "Zorbia", 1}, {O, "Senate", 1}},
	}, {
		name:  "the chamber and its members one body",
		text:  "Senate Democrats blocked the Zorbia bill.",
		spans: []span{{O, "Senate Democrats"}, {L, "Zorbia"}},
		want:  []want{{O, "Senate", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "after a capitalized word",
		text:  "Quelb White House Democrats met in Zorbia.",
		spans: []span{{misc, "Democrats"}, {L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}},
	}})
}

// TestParliamentHouses: "Commons" and "Lords" after "the", left untagged,
// are the houses, organizations; not before another capitalized word.
func TestParliamentHouses(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the houses by their short names",
		text:  "The Commons will vote on the Zorbia bill, and the Lords later.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{O, "Commons", 1}, {L, "Zorbia", 1}, {O, "Lords", 1}},
	}, {
		name:  "before a capitalized word",
		text:  "He played at the Lords Quelb Ground in Zorbia.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}},
	}})
}

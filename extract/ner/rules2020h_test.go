package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSplitAtLoneSuffixStop: a span run over a legal suffix, its full
// stop split off by the tokenizer and a sentence's next name is cut at the
// stop (splitAtLoneSuffixStop); a suffix after the stop keeps it whole.
func TestSplitAtLoneSuffixStop(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "sentence",
		text:  "It approved the merger with carmaker Zorbco SA. Quelbis, the combined group, will be run by Jan Tovar.",
		spans: []span{{O, "Zorbco SA. Quelbis"}, {P, "Jan Tovar"}},
		want:  []want{{O, "Zorbco SA.", 1}, {O, "Quelbis", 1}, {P, "Jan Tovar", 1}},
	}, {
		name:  "place",
		text:  "It bought a stake in Zorbco Corp. Quelbis, its rival, said nothing.",
		spans: []span{{L, "Zorbco Corp. Quelbis"}},
		want:  []want{{O, "Zorbco Corp.", 1}, {L, "Quelbis", 1}},
	}})
}

// TestCoordinatedMoversAsOrganizations: a known place's name tagged a
// place beside a company's name and "and", the two before how shares
// moved, is a company (coordinatedMoversAsOrganizations); without the
// move it stays a place.
func TestCoordinatedMoversAsOrganizations(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "movers",
		text:  "Energy firms Santos and Quelb Group fell more than 2% on the report.",
		spans: []span{{L, "Santos"}, {O, "Quelb Group"}},
		want:  []want{{O, "Santos", 1}, {O, "Quelb Group", 1}},
	}, {
		name:  "no move",
		text:  "The ship sailed between Santos and Quelb Group's terminal on Monday.",
		spans: []span{{L, "Santos"}, {O, "Quelb Group"}},
		want:  []want{{L, "Santos", 1}, {O, "Quelb Group", 1}},
	}})
}

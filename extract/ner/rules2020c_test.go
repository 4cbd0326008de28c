package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinAndHeadTails: an untagged capitalized run after an
// organization and "and" that ends in a head word is the name's tail
// (joinAndHeadTails); a run that does not, or a tagged name, stays apart.
func TestJoinAndHeadTails(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "general trust",
		text:  "Zorb Post and General Trust said profit fell, chairman Jon Marzo said.",
		spans: []span{{O, "Zorb Post"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorb Post and General Trust", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "exploration and production",
		text:  "It sold the field to Quelb Exploration and Production for $2 billion.",
		spans: []span{{O, "Quelb Exploration"}},
		want:  []want{{O, "Quelb Exploration and Production", 1}},
	}, {
		name:  "no head word",
		text:  "Zorb Post and Chief Executive Jon Marzo spoke.",
		spans: []span{{O, "Zorb Post"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorb Post", 1}, {P, "Jon Marzo", 1}},
	}})
}

// TestJoinCommaListNames: "the A, B and" before a body's name tagged from
// its third word is the name's start (joinCommaListNames).
func TestJoinCommaListNames(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "union",
		text:  "Workers voted to join the Timber, Paper and Quarry Workers Union on Friday.",
		spans: []span{{O, "Quarry Workers Union"}},
		want:  []want{{O, "Timber, Paper and Quarry Workers Union", 1}},
	}})
}

// TestNamesBeforeUnionAsOrganizations: "the Zorbi union" names the union
// (namesBeforeUnionAsOrganizations), every mention of it.
func TestNamesBeforeUnionAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "union",
		text:  "In Zorbia, the Quelbi union called strikes at seven sites. Quelbi said pay was too low.",
		spans: []span{{L, "Zorbia"}, {P, "Quelbi"}, {P, "Quelbi"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Quelbi", 2}},
	}})
}

// TestLabelNamesAsOrganizations: a "person" whose name ends in "Music" is
// a label (labelNamesAsOrganizations).
func TestLabelNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "label",
		text:  "Zorbco Music and rival labels are buying songs, Jon Marzo said.",
		spans: []span{{P, "Zorbco Music"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorbco Music", 1}, {P, "Jon Marzo", 1}},
	}})
}

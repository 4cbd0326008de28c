package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddAffiliationSpans: an untagged acronym right after a person's name
// and "of" is an organization (addAffiliationSpans), and one an
// apposition names in full right after is that organization
// (joinAcronymAppositions); a place's code and a longer name are not.
func TestAddAffiliationSpans(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party's acronym",
		text:  "Jon Marzo of ZQP was re-elected, and Quelb Tam of the NWZC lost.",
		spans: []span{{P, "Jon Marzo"}, {P, "Quelb Tam"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "ZQP", 1}, {P, "Quelb Tam", 1}, {O, "NWZC", 1}},
	}, {
		name:  "an acronym with a capital inside, named in full after it",
		text:  "It is crucial, said Jon Marzo of zqFZR, the Foundation for Zorb Research.",
		spans: []span{{P, "Jon Marzo"}, {O, "Foundation for Zorb Research"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Foundation for Zorb Research", 2}},
	}, {
		name:  "a place's code",
		text:  "Jon Marzo of NYC said the plan would work.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 1}, {L, "NYC", 1}}, // a listed place (newsplaces.tsv), no organization
	}, {
		name:  "a longer name",
		text:  "Jon Marzo of ZQ Quelbtech said so.",
		spans: []span{{P, "Jon Marzo"}, {L, "Quelbtech"}},
		want:  []want{{P, "Jon Marzo", 1}, {L, "Quelbtech", 1}},
	}})
}

// TestJoinAcronymAppositions: an acronym and the name an apposition right
// after it gives, whose initials it spells, are one organization
// (joinAcronymAppositions); a name it does not spell is another.
func TestJoinAcronymAppositions(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "spelled",
		text:  "Donors gave to qzFZR, the Foundation for Zorb Research, last year.",
		spans: []span{{O, "qzFZR"}, {O, "Foundation for Zorb Research"}},
		want:  []want{{O, "Foundation for Zorb Research", 2}},
	}, {
		name:  "not spelled",
		text:  "Donors gave to ZQB, the Quelb Trust, last year.",
		spans: []span{{O, "ZQB"}, {O, "Quelb Trust"}},
		want:  []want{{O, "ZQB", 1}, {O, "Quelb Trust", 1}},
	}})
}

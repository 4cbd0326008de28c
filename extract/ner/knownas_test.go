package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestKnownAsPeople: a one-word name tagged an organization after a
// person's name and ", known as" is the person's nickname (knownAsPeople);
// after an organization's name it stays an organization.
func TestKnownAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "nickname",
		text:  "Midfielder Jan Zorbic, known as Zorbo, scored the winner.",
		spans: []span{{P, "Jan Zorbic"}, {O, "Zorbo"}},
		want:  []want{{P, "Jan Zorbic", 1}, {P, "Zorbo", 1}},
	}, {
		name:  "body",
		text:  "The Zorbian Health Fund, known as Zorbo, said it agreed.",
		spans: []span{{O, "Zorbian Health Fund"}, {O, "Zorbo"}},
		want:  []want{{O, "Zorbian Health Fund", 1}, {O, "Zorbo", 1}},
	}})
}

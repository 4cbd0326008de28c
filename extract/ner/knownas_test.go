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

// TestKnownAsOrganizations: a name an organization is said to be known by
// (", known as Zorbcruz,") that the tagger read as a place is the
// organization's; a name known as after a person stays as typed.
func TestKnownAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an institute's short name",
		text:  "The Zorbia Health Foundation, known as Zorbcruz, will make the shot. Zorbcruz said so.",
		spans: []span{{O, "Zorbia Health Foundation"}, {L, "Zorbcruz"}, {L, "Zorbcruz"}},
		want:  []want{{O, "Zorbia Health Foundation", 1}, {O, "Zorbcruz", 2}},
	}, {
		name:  "after a person",
		text:  "Quelb Marzo, known as Zorbville, spoke.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}})
}

// TestOrAliasesAsOrganizations: a one-word name tagged a place after an
// organization's name, a comma and "or" is its short name
// (orAliasesAsOrganizations); after a place's name it stays a place.
func TestOrAliasesAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "party",
		text:  "Officials fined the Zorbian Renewal Movement, or Verona, for breaking the rules.",
		spans: []span{{O, "Zorbian Renewal Movement"}, {L, "Verona"}},
		want:  []want{{O, "Zorbian Renewal Movement", 1}, {O, "Verona", 1}},
	}, {
		name:  "places",
		text:  "Trucks went to Upper Zorbia, or Verona, last week.",
		spans: []span{{L, "Upper Zorbia"}, {L, "Verona"}},
		want:  []want{{L, "Upper Zorbia", 1}, {L, "Verona", 1}},
	}})
}

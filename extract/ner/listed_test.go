package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListedCompaniesAreOrganizations: a company of names/listed.tsv (the
// companies listed on the US exchanges) is an organization wherever named,
// the tagger's person mended and its miss found; a form another list gives
// a thing of the same key ("Match" of companies.tsv's Match Group) is not
// looked for, so a headline's or a scoreboard's "Match" stays a word.
func TestListedCompaniesAreOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a carmaker read as a person, a drugmaker untagged",
		text:  "Quelb Marzo said Stellantis would buy a stake in Kodiak Sciences, a drugmaker based in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {P, "Stellantis"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Stellantis", 1}, {O, "Kodiak Sciences", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "another list's short form of a listed company is not looked for",
		text:  "At Zorbville: Match drawn.\nNews of the draw came late.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListedAgenciesOfLateNews: a regulator whose full name has a word in
// lower case ("products") and the oil producers' alliance written with a
// plus, added to orgs.tsv in the thirteenth pass, are organizations, the
// tagger's pieces of the one and its miss of the other mended.
func TestListedAgenciesOfLateNews(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a regulator's name cut at its lower-case word",
		text:  "Marla Quonk said Britain's Medicines and Healthcare products Regulatory Agency cleared the Zorbax shot.",
		spans: []span{{P, "Marla Quonk"}, {L, "Britain"}, {misc, "Medicines"}, {misc, "Healthcare"}, {O, "Regulatory Agency"}},
		want:  []want{{P, "Marla Quonk", 1}, {L, "Britain", 1}, {O, "Medicines and Healthcare products Regulatory Agency", 1}},
	}, {
		name:  "the alliance with a plus, untagged",
		text:  "Oil rose in Zorbville after OPEC+ agreed to cut output.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}, {O, "OPEC+", 1}},
	}})
}

// TestOfficesBeforePeople: a name the tagger typed an organization right
// after an office of business or politics in lower case ("founder",
// "chief", "leader") is a person's, at its other mentions too.
func TestOfficesBeforePeople(t *testing.T) {
	L, O, P := newsner.Location, newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a founder named as a company",
		text:  "Zorbco founder Quelb Marzo said on Monday the firm would expand to Zorbville. Quelb Marzo said so again.",
		spans: []span{{O, "Zorbco"}, {O, "Quelb Marzo"}, {L, "Zorbville"}, {O, "Quelb Marzo"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Quelb Marzo", 2}, {L, "Zorbville", 1}},
	}, {
		name:  "an opposition leader named as a place",
		text:  "Police detained opposition leader Quelb Marzo in Zorbville.",
		spans: []span{{L, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestDemonymFirmsAsOrganizations: a nationality's word alone before a
// verb or a possessive, in an article that names a company by a name
// starting with it, is the company (demonymFirmsAsOrganizations); before
// a noun, after an article, or with no such company named, it stays the
// nationality.
func TestDemonymFirmsAsOrganizations(t *testing.T) {
	L, O, M := newsner.Location, newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "short form",
		text:  "Maltese Zorb Lines said on Tuesday it would cut 30 routes. Maltese has struggled with debt, and Maltese's creditors meet in May. The Maltese government refused aid.",
		spans: []span{{O, "Maltese Zorb Lines"}, {M, "Maltese"}, {M, "Maltese"}, {M, "Maltese"}},
		want:  []want{{O, "Maltese Zorb Lines", 3}},
	}, {
		name:  "before a noun",
		text:  "Maltese Zorb Lines and Maltese rival Quelb Air both said fares would rise.",
		spans: []span{{O, "Maltese Zorb Lines"}, {M, "Maltese"}, {O, "Quelb Air"}},
		want:  []want{{O, "Maltese Zorb Lines", 1}, {O, "Quelb Air", 1}},
	}, {
		name:  "no company",
		text:  "Quelbtown beat the visitors. Maltese said the result was fair.",
		spans: []span{{L, "Quelbtown"}, {M, "Maltese"}},
		want:  []want{{L, "Quelbtown", 1}},
	}, {
		name:  "a body",
		text:  "The Maltese Zorb Federation met. Maltese said the vote was fair.",
		spans: []span{{O, "Maltese Zorb Federation"}, {M, "Maltese"}},
		want:  []want{{O, "Maltese Zorb Federation", 1}},
	}})
}

// TestCountryWordFirms: a country's plural one-word name that starts a
// company's name the article gives ("Emirates" after "Emirates Airline")
// is the company's short form where it stands without "the" or before a
// noun it modifies, whether tagged or left untagged (then found by
// addCountryWordFirmShortForms, nlists9), and stays out of the country's
// entity; "the Emirates" alone is the country.
func TestCountryWordFirms(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "tagged short forms",
		text:  "Emirates Airline bought 30 jets for Dubai. Emirates is the largest buyer, and the Emirates fleet will grow as the United Arab Emirates opens up.",
		spans: []span{{O, "Emirates Airline"}, {L, "Dubai"}, {L, "Emirates"}, {L, "Emirates"}, {L, "United Arab Emirates"}},
		want:  []want{{O, "Emirates Airline", 3}, {L, "Dubai", 1}, {L, "United Arab Emirates", 1}},
	}, {
		name:  "an untagged short form",
		text:  "Emirates Airline said on Sunday it would fly to the United Arab Emirates capital. Emirates said demand was strong.",
		spans: []span{{O, "Emirates Airline"}, {L, "United Arab Emirates"}},
		want:  []want{{O, "Emirates Airline", 2}, {L, "United Arab Emirates", 1}},
	}, {
		name:  "the country with its article",
		text:  "Flights to the Emirates resumed as the United Arab Emirates reopened.",
		spans: []span{{L, "Emirates"}, {L, "United Arab Emirates"}},
		want:  []want{{L, "United Arab Emirates", 2}},
	}})
}

// TestCountryWordFirmShortForms: the company's one-word short form that
// is a country's plural name ("Emirates" after "Emirates Airline"), left
// untagged at a sentence's start, is a mention of the company (nlists8's
// note); "the Emirates" stays out of it.
func TestCountryWordFirmShortForms(t *testing.T) {
	O := newsner.Organization
	runDocCases(t, []docCase{{
		name:  "untagged short form",
		text:  "Emirates Airline said on Tuesday it would buy 50 jets. Emirates also said it would hire 200 pilots.",
		spans: []textSpan{{O, "Emirates Airline"}},
		want:  []entityWant{{O, "Emirates Airline", 2}},
	}, {
		name:  "the country after \"the\"",
		text:  "Emirates Airline said on Tuesday it would fly more people to the Emirates.",
		spans: []textSpan{{O, "Emirates Airline"}},
		want:  []entityWant{{O, "Emirates Airline", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListPeersAsOrganizations: a MISC name in a list whose other members
// are all organizations is one too (listPeersAsOrganizations); a list
// with a place, a demonym, or a MISC that starts a longer name stays as
// it was.
func TestListPeersAsOrganizations(t *testing.T) {
	L, O, M := newsner.Location, newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two names joined by and",
		text:  "The start-up hopes to compete with Zorbwell and Quelbix, the analysts said.",
		spans: []span{{O, "Zorbwell"}, {M, "Quelbix"}},
		want:  []want{{O, "Zorbwell", 1}, {O, "Quelbix", 1}},
	}, {
		name:  "a list of three",
		text:  "Carmakers Marzo, Zelbo and Quintex Auto posted record deliveries on Tuesday.",
		spans: []span{{O, "Marzo"}, {M, "Zelbo"}, {O, "Quintex Auto"}},
		want:  []want{{O, "Marzo", 1}, {O, "Zelbo", 1}, {O, "Quintex Auto", 1}},
	}, {
		name:  "or",
		text:  "Runs are shared on either Zorbbook or Quelbr, the company said.",
		spans: []span{{O, "Zorbbook"}, {M, "Quelbr"}},
		want:  []want{{O, "Zorbbook", 1}, {O, "Quelbr", 1}},
	}, {
		name:  "a place in the list",
		text:  "Sales rose in Zorbland, Quelbix and Marzo Group's home market.",
		spans: []span{{L, "Zorbland"}, {M, "Quelbix"}, {O, "Marzo Group"}},
		want:  []want{{L, "Zorbland", 1}, {O, "Marzo Group", 1}},
	}, {
		name:  "a demonym",
		text:  "The deal was backed by Zorbwell and Swiss investors.",
		spans: []span{{O, "Zorbwell"}, {M, "Swiss"}},
		want:  []want{{O, "Zorbwell", 1}},
	}, {
		name:  "a modifier of a longer name",
		text:  "We had a Zorbic Assembly, and Quelbish Senate going into the vote.",
		spans: []span{{O, "Zorbic Assembly"}, {M, "Quelbish"}},
		want:  []want{{O, "Zorbic Assembly", 1}},
	}, {
		name:  "a list before a noun",
		text:  "The chief executive met the Zorbwell and Quelbix families on Sunday.",
		spans: []span{{O, "Zorbwell"}, {M, "Quelbix"}},
		want:  []want{{O, "Zorbwell", 1}},
	}, {
		name:  "common words",
		text:  "The fund dropped Marzo Ports and Special Economic Zone over its ties.",
		spans: []span{{O, "Marzo Ports"}, {M, "Special Economic Zone"}},
		want:  []want{{O, "Marzo Ports", 1}},
	}})
}

// TestCoordinatedLongNamesAsOrganizations: a three-word name tagged a
// person, no first name, listed beside an organization is one
// (coordinatedLongNamesAsOrganizations); another person's surname among
// its words keeps it a person, and so does a comma alone before it.
func TestCoordinatedLongNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "law firm",
		text:  "Rivals Zorblaters and Quelbfields Bruckhaus Zorbinger are expected to follow.",
		spans: []span{{O, "Zorblaters"}, {P, "Quelbfields Bruckhaus Zorbinger"}},
		want:  []want{{O, "Zorblaters", 1}, {O, "Quelbfields Bruckhaus Zorbinger", 1}},
	}, {
		name:  "another person's surname",
		text:  "Jane Zorbinger met Zorbco and Quelbfields Bruckhaus Zorbinger on Monday.",
		spans: []span{{P, "Jane Zorbinger"}, {O, "Zorbco"}, {P, "Quelbfields Bruckhaus Zorbinger"}},
		want:  []want{{P, "Jane Zorbinger", 1}, {O, "Zorbco", 1}, {P, "Quelbfields Bruckhaus Zorbinger", 1}},
	}, {
		name:  "apposition after a comma",
		text:  "Zorbia's envoy to the Quelb Nations, Majed Quelbt Zorbanchi, made the allegations.",
		spans: []span{{O, "Quelb Nations"}, {P, "Majed Quelbt Zorbanchi"}},
		want:  []want{{O, "Quelb Nations", 1}, {P, "Majed Quelbt Zorbanchi", 1}},
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

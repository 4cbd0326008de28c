package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddTradeRunSpans: an untagged name right after a trade's noun in
// lower case is an organization (addTradeRunSpans); a title there is not.
func TestAddTradeRunSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "watchdog",
		text:  "In Zorbia, the financial watchdog Quelbtilsynet told the bank to act.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Quelbtilsynet", 1}},
	}, {
		name:  "studio of two words",
		text:  "The Zorbish studio QX Projekt apologised for the bugs on Monday.",
		spans: []span{},
		want:  []want{{O, "QX Projekt", 1}},
	}, {
		name:  "title after union",
		text:  "He met Jon Marzo, the trade union Secretary General, on Monday.",
		spans: []span{{newsner.Person, "Jon Marzo"}},
		want:  []want{{newsner.Person, "Jon Marzo", 1}},
	}})
}

// TestTradeNamesAsOrganizations: a name tagged a person right after a
// trade's noun is an organization (tradeNamesAsOrganizations); a person
// with a first name there stays a person.
func TestTradeNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "union",
		text:  "The services union Quelbdi called strikes at seven warehouses.",
		spans: []span{{P, "Quelbdi"}},
		want:  []want{{O, "Quelbdi", 1}},
	}, {
		name:  "bakery of two words",
		text:  "It will buy the bakery Panificadora Zorbas for $10 million.",
		spans: []span{{P, "Panificadora Zorbas"}},
		want:  []want{{O, "Panificadora Zorbas", 1}},
	}, {
		name:  "person with a first name",
		text:  "The union John Quelbman founded in 1990 called a strike.",
		spans: []span{{P, "John Quelbman"}},
		want:  []want{{P, "John Quelbman", 1}},
	}})
}

// TestCutLeadTradeWords: a trade's word glued to a sentence's first name
// is cut off, and the name left is an organization (cutLeadTradeWords).
func TestCutLeadTradeWords(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "bottler",
		text:  "Shares fell. Bottler Zorbsa rose 2% on Monday.",
		spans: []span{{P, "Bottler Zorbsa"}},
		want:  []want{{O, "Zorbsa", 1}},
	}, {
		name:  "advisers",
		text:  "Advisers Quelbschild & Co and Zorbard are running the sale.",
		spans: []span{{O, "Advisers Quelbschild & Co"}, {O, "Zorbard"}},
		want:  []want{{O, "Quelbschild & Co", 1}, {O, "Zorbard", 1}},
	}})
}

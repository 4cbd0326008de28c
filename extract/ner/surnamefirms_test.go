package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSurnameFirms: a one-word name the article calls a company
// ("cosmetics maker Quelbaro") is an organization at every mention and
// stays apart from the family member who bears it in full (surnameFirms);
// a surname with no company's word stays the person's.
func TestSurnameFirms(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a family's firm",
		text:  "Shares of perfume and cosmetics maker Quelbaro fell 9% on Thursday. Chief Executive Marta Quelbaro, whose family controls the company, said sales had slowed. Quelbaro has lost a third of its value since its listing.",
		spans: []span{{P, "Quelbaro"}, {P, "Marta Quelbaro"}, {P, "Quelbaro"}},
		want:  []want{{O, "Quelbaro", 2}, {P, "Marta Quelbaro", 1}},
	}, {
		name:  "a surname alone",
		text:  "Chief Executive Marta Quelbaro said sales had slowed. Quelbaro has led the firm since 2010.",
		spans: []span{{P, "Marta Quelbaro"}, {P, "Quelbaro"}},
		want:  []want{{P, "Marta Quelbaro", 2}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestMiscRepeatsOfFirms: a company's one-word short form the tagger
// tagged MISC once, where the article names the company by its full name
// and by the word alone twice, is the company (nkinds53, issue 11:
// eng.testa's "the most coveted bank out there is Mercantile"); after an
// article or before a noun in lower case it stays MISC (not emitted).
func TestMiscRepeatsOfFirms(t *testing.T) {
	P, O, M := newsner.Person, newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a short form tagged MISC once",
		text:  "Zorbex Bancorp Inc. said profit rose. Zorbex gained 2%. Analysts like Zorbex. \"The most coveted bank out there is Zorbex,\" Jane Quimble said.",
		spans: []span{{O, "Zorbex Bancorp Inc."}, {O, "Zorbex"}, {O, "Zorbex"}, {M, "Zorbex"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Zorbex Bancorp Inc.", 4}, {P, "Jane Quimble", 1}},
	}, {
		name:  "a product after an article stays MISC",
		text:  "Zorbex Corp said sales rose. Zorbex gained 2%. Analysts like Zorbex. Jane Quimble bought a Zorbex.",
		spans: []span{{O, "Zorbex Corp"}, {O, "Zorbex"}, {O, "Zorbex"}, {P, "Jane Quimble"}, {M, "Zorbex"}},
		want:  []want{{O, "Zorbex Corp", 3}, {P, "Jane Quimble", 1}},
	}})
}

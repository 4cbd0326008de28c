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

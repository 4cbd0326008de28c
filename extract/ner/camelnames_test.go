package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddCamelNameSpans: an untagged name in camel case with a lower-case
// start is an organization where a cue says so (addCamelNameSpans), at
// its other lone mentions too; such words without a cue (a product, a
// molecule) stay untagged.
func TestAddCamelNameSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a start-up after its noun, and its later mention",
		text:  "Quelb Lab launched a satellite for Zorbian start-up iZorb on Sunday. The crew thanked iZorb later.",
		spans: []span{{O, "Quelb Lab"}},
		want:  []want{{O, "Quelb Lab", 1}, {O, "iZorb", 2}},
	}, {
		name:  "a bank before a unit's apposition, a monitor, a source",
		text:  "Quelbank and zBank, a unit of Zorbian lender Marzobank, appealed. The legal monitor qLaw criticised the ruling, according to eQuelb.",
		spans: []span{{O, "Quelbank"}, {O, "Marzobank"}},
		want:  []want{{O, "Quelbank", 1}, {O, "zBank", 1}, {O, "Marzobank", 1}, {O, "qLaw", 1}, {O, "eQuelb", 1}},
	}, {
		name:  "no cue, no name",
		text:  "The mRNA vaccine reached Zorbia, and the iZorbo sold well.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}},
	}})
}

// TestCamelName: the word shapes camelName takes.
func TestCamelName(t *testing.T) {
	for w, want := range map[string]bool{"iQPS": true, "mBank": true, "eMarketer": true, "iLaw": true, "Bank": false, "ebay": false, "abcDef": false, "iO": false, "e-Bay": false} {
		if got := camelName(w); got != want {
			t.Errorf("camelName(%q) = %v, want %v", w, got, want)
		}
	}
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPrecisionRulesWeb checks the web-precision pass's rules of the
// document step on made-up articles: each case fails without its rule.
func TestPrecisionRulesWeb(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a common word a sentence's capital makes a name, written once, is none (loneCommonStart)",
			text:  "Zorbco hired Jane Quimble in May.\nLittle did Quimble know what Zorbco planned.",
			spans: []span{{O, "Zorbco"}, {P, "Jane Quimble"}, {P, "Little"}, {P, "Quimble"}, {O, "Zorbco"}},
			want:  []want{{O, "Zorbco", 2}, {P, "Jane Quimble", 2}},
		},
	})
}

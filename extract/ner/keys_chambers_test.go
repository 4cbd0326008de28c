package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestHouseAloneKeysTheLowerHouse: a made-up article about Congress that
// names "the House" alone keys it as the articles naming the "House of
// Representatives" (lowerHouseKey); one about Westminster, or with no
// word of Congress, keeps the bare key, and the "White House" is not the
// House.
func TestHouseAloneKeysTheLowerHouse(t *testing.T) {
	O, P := newsner.Organization, newsner.Person
	full := nameKey(O, "House of Representatives")
	for _, c := range []struct {
		text  string
		spans []textSpan
		name  string
		want  string
	}{
		{"The bill passed the Senate on Monday, and the House will vote on it next week, Zorb said.",
			[]textSpan{{O, "Senate"}, {O, "House"}, {P, "Zorb"}}, "House", full},
		{"The House voted 210 to 190 for the bill, which Congress sent to the president.",
			[]textSpan{{O, "House"}, {O, "Congress"}}, "House", full},
		{"Republicans in the House want a vote on the bill before Friday, Zorb said.",
			[]textSpan{{O, "House"}, {P, "Zorb"}}, "House", full},
		{"MPs will vote on the deal in the House on Tuesday, the Senate's rules aside, and the Lords after.",
			[]textSpan{{O, "House"}, {O, "Senate"}, {O, "Lords"}}, "House", nameKey(O, "House")},
		{"The House of Zorb sold the castle on Monday.",
			[]textSpan{{O, "House"}}, "House", nameKey(O, "House")},
		{"The White House said the Senate would take up the bill.",
			[]textSpan{{O, "White House"}, {O, "Senate"}}, "White House", nameKey(O, "White House")},
	} {
		checkCaseKey(t, c.text, c.spans, O, c.name, c.want)
	}
}

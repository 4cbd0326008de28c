package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPrecisionRules checks the fourteenth pass's precision rules of the
// document step on made-up articles: each case fails without its rule.
func TestPrecisionRules(t *testing.T) {
	_, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a time zone spelled out is no name (spelledTimeZone)",
			text: "The Zorbsat probe took the picture at 3:13 a.m. Eastern Daylight Time (7:13 Universal Time) over Quenton. " +
				"Launch is set for noon Pacific Time. The Zorbland Time Office said so.",
			spans: []span{{O, "Zorbsat"}, {O, "Eastern Daylight Time"}, {O, "Universal Time"}, {L, "Quenton"}, {O, "Pacific Time"}, {O, "Zorbland Time Office"}},
			want:  []want{{O, "Zorbsat", 1}, {L, "Quenton", 1}, {O, "Zorbland Time Office", 1}},
		},
	})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestGeoNounsAsPlaces: a name before a geographic noun, or after one and
// "of", is a place, whatever the tagger typed it; a listed organization
// stays one.
func TestGeoNounsAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "before a geographic noun, after one and of",
			text:  "Boats took to the Quidecca canal near the island of Zoglio, and the Quazio region voted.",
			spans: []span{{O, "Quidecca"}, {P, "Zoglio"}, {O, "Quazio"}},
			want:  []want{{L, "Quidecca", 1}, {L, "Zoglio", 1}, {L, "Quazio", 1}},
		},
		{
			name:  "the name's other mentions go with it, a club's name too",
			text:  "A program was launched in the Lazio region. In Lazio, 5,700,000 people live.",
			spans: []span{{P, "Lazio"}, {P, "Lazio"}},
			want:  []want{{L, "Lazio", 2}},
		},
		{
			name:  "a listed organization and a capitalized noun stay",
			text:  "The Reuters island desk and the Quimble River Authority met.",
			spans: []span{{O, "Reuters"}, {O, "Quimble River Authority"}},
			want:  []want{{O, "Reuters", 1}, {O, "Quimble River Authority", 1}},
		},
		{
			name:  "a company after the state of, the capital of, or a company's word before a geographic noun stays (review10, made-up)",
			text:  "Investors worried about the state of Zorbix Holdings and the share capital of Quelbix, and Blorp Corp river cruises rose.",
			spans: []span{{O, "Zorbix Holdings"}, {O, "Quelbix"}, {O, "Blorp Corp"}},
			want:  []want{{O, "Zorbix Holdings", 1}, {O, "Quelbix", 1}, {O, "Blorp Corp", 1}},
		},
	})
}

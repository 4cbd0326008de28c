package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPrecisionRulesWeb checks the web-precision pass's rules of the
// document step on made-up articles: each case fails without its rule.
func TestPrecisionRulesWeb(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a common word a sentence's capital makes a name, written once, is none (loneCommonStart)",
			text:  "Zorbco hired Jane Quimble in May.\nLittle did Quimble know what Zorbco planned.",
			spans: []span{{O, "Zorbco"}, {P, "Jane Quimble"}, {P, "Little"}, {P, "Quimble"}, {O, "Zorbco"}},
			want:  []want{{O, "Zorbco", 2}, {P, "Jane Quimble", 2}},
		},
		{
			name: "an instrument's suite and a reactor's design are products (productHeads: Suite, Radiometer, Reactor)",
			text: "The Zorbic Imaging Radiometer Suite (ZIRS), built by Zorbco, maps fires. ZIRS works. " +
				"Quelbco would build its Advanced Quelb Water Reactor, or AQWR, in Quenton.",
			spans: []span{{O, "Zorbic Imaging Radiometer Suite"}, {O, "ZIRS"}, {O, "Zorbco"}, {O, "ZIRS"},
				{O, "Quelbco"}, {O, "Advanced Quelb Water Reactor"}, {O, "AQWR"}, {L, "Quenton"}},
			want: []want{{O, "Zorbco", 1}, {O, "Quelbco", 1}, {L, "Quenton", 1}},
		},
		{
			name: "names a geographic noun is known as are places (geoKnownAsPlaces)",
			text: "Quenton claims the islands, which are known in Zorbic as Quelsha, Zorbsha and Tensha. " +
				"A district known locally as Quelbtown voted. Zorbco, known as Quelbix, voted.",
			spans: []span{{L, "Quenton"}, {O, "Quelsha"}, {O, "Zorbsha"}, {P, "Tensha"}, {O, "Quelbtown"}, {O, "Zorbco"}, {O, "Quelbix"}},
			want: []want{{L, "Quenton", 1}, {L, "Quelsha", 1}, {L, "Zorbsha", 1}, {L, "Tensha", 1}, {L, "Quelbtown", 1},
				{O, "Zorbco", 1}, {O, "Quelbix", 1}},
		},
		{
			name: "a line of a title by its maker opens with a work, not a name (workByLineSpans)",
			text: "The festival shows twenty works.\n\nPortam Lucis by Jan Vorber\n\n" +
				"Jan Vorber said the work took a year. Zorbco was bought by Quelbco.\nHe trained in\nQuenton by Tom Kell",
			spans: []span{{P, "Portam Lucis"}, {P, "Jan Vorber"}, {P, "Jan Vorber"}, {O, "Zorbco"}, {O, "Quelbco"}, {L, "Quenton"}, {P, "Tom Kell"}},
			want:  []want{{P, "Jan Vorber", 2}, {O, "Zorbco", 1}, {O, "Quelbco", 1}, {L, "Quenton", 1}, {P, "Tom Kell", 1}},
		},
		{
			name:  "a hall of fame's induction is an event (eventHeads: Induction)",
			text:  "Jane Quimble hopes to ride a Zorbic Hall of Fame Induction into a tour of Quenton.",
			spans: []span{{P, "Jane Quimble"}, {O, "Zorbic Hall of Fame Induction"}, {L, "Quenton"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}},
		},
	})
}

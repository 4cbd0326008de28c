package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSpansPastSentence checks the rules that cut a span the tagger ran
// past a sentence's edge, on made-up articles: each case fails without its
// rule.
func TestSpansPastSentence(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a common word's full stop ends the sentence, no name runs past it (splitAtSentenceStop)",
			text:  "We are here to Get. It. DONE, Jane Quimble of Zorbco tweeted on Monday.",
			spans: []span{{P, "Get. It."}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "an abbreviation's full stop stays inside the name (splitAtSentenceStop)",
			text:  "Jane Quimble of Zorbco climbed St. Quelbin Peak on Monday.",
			spans: []span{{P, "Jane Quimble"}, {O, "Zorbco"}, {L, "St. Quelbin Peak"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Zorbco", 1}, {L, "St. Quelbin Peak", 1}},
		},
		{
			name:  "a sentence's opening adverb is no part of the name after it (cutLeadAdverbs)",
			text:  "Even Quelb had his water in a cup. Jane Quimble of Zorbco carried it.",
			spans: []span{{P, "Even Quelb"}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{P, "Quelb", 1}, {P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a citation's author ends at the initial's full stop, the journal after it is no part (cutPastInitial)",
			text:  "[1] Alarm noise and safety. Quimble-Zorb D. Curr Opin Quelbol. 2015; 28: 685-690. Jane Quimble of Zorbco wrote it.",
			spans: []span{{P, "Quimble-Zorb D. Curr Opin Quelbol"}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{P, "Quimble-Zorb D", 1}, {P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a first name's initial keeps the name after it whole (cutPastInitial)",
			text:  "Jane Q. Quimble Zorbsmith of Zorbco spoke.",
			spans: []span{{P, "Jane Q. Quimble Zorbsmith"}, {O, "Zorbco"}},
			want:  []want{{P, "Jane Q. Quimble Zorbsmith", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a sentence's opening imperative is no part of the name after it (cutLeadAdverbs)",
			text:  "Kudos Quelbin Zorbaky for the save. Jane Quimble of Zorbco agreed.",
			spans: []span{{P, "Kudos Quelbin Zorbaky"}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{P, "Quelbin Zorbaky", 1}, {P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a country's abbreviation ends a sentence, the firm opening the next is apart (splitCountryStopFirms)",
			text:  "Groups still plan new reactors in the U.K. Zorbité de Quelb SA, along with Jane Quimble, leads.",
			spans: []span{{O, "U.K. Zorbité de Quelb SA"}, {P, "Jane Quimble"}},
			want:  []want{{L, "U.K.", 1}, {O, "Zorbité de Quelb SA", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a country's name before Olympic and a word in lower case is the place (cutCountryOlympic)",
			text:  "As Jane Quimble showed at the United States Olympic trials, Zorbco will keep her.",
			spans: []span{{P, "Jane Quimble"}, {O, "United States Olympic"}, {O, "Zorbco"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "United States", 1}, {O, "Zorbco", 1}},
		},
	})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCommonPhraseHeadings: on a title-case line, words the training
// corpora usually write in lower case ("Price and Value", "Final Word")
// are a heading, no name, though the article never writes them in lower
// case; a listed name of common words on such a line, a name after "of"
// on it, and the same words inside a lower-case sentence stay.
func TestCommonPhraseHeadings(t *testing.T) {
	O, P, L := newsner.Organization, newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "section headings",
			text:  "Zorbco makes kettles in Quelbton.\n\nPrice and Value\n\nIts kettles sell well.\n\nThe Final Word\n\nBuy one.",
			spans: []span{{O, "Zorbco"}, {L, "Quelbton"}, {P, "Value"}, {L, "Final Word"}},
			want:  []want{{O, "Zorbco", 1}, {L, "Quelbton", 1}},
		},
		{
			name:  "listed names and a named summary",
			text:  "General Motors and the Zorbco Deal\n\nSummary of Consolidated Financial Data\n\nThe carmaker said profits rose.",
			spans: []span{{O, "General Motors"}, {O, "Zorbco"}, {O, "Consolidated Financial Data"}},
			want:  []want{{O, "General Motors", 1}, {O, "Zorbco", 1}, {O, "Consolidated Financial Data", 1}},
		},
		{
			name:  "in a sentence",
			text:  "Readers of Final Word, a quarterly, said the issue was late.",
			spans: []span{{O, "Final Word"}},
			want:  []want{{O, "Final Word", 1}},
		},
	})
}

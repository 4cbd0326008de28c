package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCreditLines checks the document step's rules on credit, byline and
// social lines of web pages (the names of a photo's or a story's credit,
// a network the page is followed on) on made-up pages: each case fails
// without its rule.
func TestCreditLines(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a listed network that ends a follow line is a name though the next line opens with a capital (lineTail)",
			text: "The storm weakened over the sea on Monday.\n\nFollow @zorbnews on Twitter\n\nThe storm hit the coast on Tuesday.",
			want: []want{{O, "Twitter", 1}},
		},
		{
			name:  "a line that is an agency's name alone stays out (lineTail)",
			text:  "Storm Hits Coast\nAssociated Press\n\nThe storm hit the coast on Tuesday.",
			spans: []span{},
			want:  nil,
		},
		{
			name: "a capitalized The that opens a credit after its label is the holder's name's (addCreditThe)",
			text: "The hotel was never built. (Copyright: The Zorbic Industry Archives, Quenton Hilton College)\n\n" +
				"Warning: The Zorb Group said the plan was off.",
			spans: []span{{O, "Zorbic Industry Archives"}, {O, "Quenton Hilton College"}, {O, "Zorb Group"}},
			want:  []want{{O, "The Zorbic Industry Archives", 1}, {O, "Quenton Hilton College", 1}, {O, "Zorb Group", 1}},
		},
		{
			name: "the untagged holder of a credit after its label is a name (creditHolderSpans)",
			text: "Prices rose in every town last year. | Image Credit: Zorbic Coverage\n\nPhoto: Jane Quimble\n\n" +
				"Source: A Survey of Zorb Habits\n\nThe market fell.",
			spans: []span{},
			want:  []want{{O, "Zorbic Coverage", 1}, {newsner.Person, "Jane Quimble", 1}},
		},
	})
}

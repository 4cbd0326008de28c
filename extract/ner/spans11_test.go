package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSpanJoinRules checks the eleventh pass of the document step (spans
// and joins) on made-up articles: each case fails without its rule.
func TestSpanJoinRules(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the agencies of a photo credit after a slash are organizations",
			text:  "The march drew a crowd. Photograph: Dana Quillet/AFP/Getty Images\n\nThe crowd marched on.",
			spans: []span{{P, "Dana Quillet/AFP/Getty"}},
			want:  []want{{P, "Dana Quillet", 1}, {O, "AFP", 1}, {O, "Getty Images", 1}},
		},
		{
			name:  "two organizations a slash pairs are two",
			text:  "A new Zorbnet/QXT poll came out on Monday.",
			spans: []span{{O, "Zorbnet/QXT"}},
			want:  []want{{O, "Zorbnet", 1}, {O, "QXT", 1}},
		},
		{
			name:  "a lone The after a slash is no name",
			text:  "Illustration by Dana Quillet/The Zorbland Times",
			spans: []span{{P, "Dana Quillet/The"}, {O, "Zorbland Times"}},
			want:  []want{{P, "Dana Quillet", 1}, {O, "Zorbland Times", 1}},
		},
		{
			name:  "a stock index's number is part of its name",
			text:  "Zorbco shares are up while the S&P 500 is down and other FTSE 100s are flat.",
			spans: []span{{O, "Zorbco"}, {O, "S&P"}, {O, "FTSE"}},
			want:  []want{{O, "Zorbco", 1}, {O, "S&P 500", 1}, {O, "FTSE 100s", 1}},
		},
		{
			name:  "no name runs across a glued ellipsis",
			text:  "They took the fight to Senator Quimble… Zorbin also is seen as a fixer.",
			spans: []span{{P, "Quimble… Zorbin"}},
			want:  []want{{P, "Quimble", 1}, {P, "Zorbin", 1}},
		},
		{
			name:  "a medium's word before an ad's is no part of the sponsor's name",
			text:  "Carmakers pushed back on a Quimble TV ad this week. Quimble said the ad was fair, and Jane Quimble ran it again.",
			spans: []span{{O, "Quimble TV"}, {P, "Quimble"}, {P, "Jane Quimble"}},
			want:  []want{{P, "Jane Quimble", 3}},
		},
		{
			name: "a stock quote line's company name in capitals is one organization, its ticker none",
			text: "Zorbco shares fell.\n\nTicker Security Last Change Change %\nZB THE ZORBCO INC. 225.86 -12.99 -5.44%\n" +
				"QMB QUIMBLE'S STORES CORP. 113.40 -1.62 -1.41%\nKLT KOLT HOLDING 12.50 13.00\n",
			spans: []span{{O, "Zorbco"}, {O, "ZORBCO INC."}, {P, "QUIMBLE"}, {O, "STORES CORP."}, {O, "KLT KOLT HOLDING"}},
			want:  []want{{O, "THE ZORBCO INC.", 2}, {O, "QUIMBLE'S STORES CORP.", 1}, {O, "KLT KOLT HOLDING", 1}},
		},
		{
			name:  "a person's name before a building's or an institution's head word is that place's or institution's",
			text:  "The dinner was at the Dana Quillet Hotel in Zorbton, and the archive is at Dana Quillet College now.",
			spans: []span{{P, "Dana Quillet"}, {L, "Zorbton"}, {P, "Dana Quillet"}},
			want:  []want{{L, "Dana Quillet Hotel", 1}, {L, "Zorbton", 1}, {O, "Dana Quillet College", 1}},
		},
	})
}

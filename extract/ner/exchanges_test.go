package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddFuturesExchangeSpans: a name, "Futures" and a region's word is a
// futures exchange, one organization (addFuturesExchangeSpans), where the
// tagger gave the region alone as a place, or the name apart.
func TestAddFuturesExchangeSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the region a place",
		text:  "Raw sugar futures on ZQX Futures U.S. rose 2 percent on Monday.",
		spans: []span{{L, "U.S."}},
		want:  []want{{O, "ZQX Futures U.S.", 1}},
	}, {
		name:  "the name and the region apart",
		text:  "Brent crude on ZQX Futures Europe fell, and Zorbco said demand was weak.",
		spans: []span{{O, "ZQX"}, {L, "Europe"}, {O, "Zorbco"}},
		want:  []want{{O, "ZQX Futures Europe", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "a futures market in a place",
		text:  "Coffee futures in the U.S. rose.",
		spans: []span{{L, "U.S."}},
		want:  []want{{L, "U.S.", 1}},
	}})
}

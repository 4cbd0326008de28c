package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAmpersandInitials: initials joined by "&" that the tagger left
// untagged are an organization (addAmpersandInitialsSpans), alone or
// with a legal suffix; not a phrase's initials ("R&D", "Q&A"), an
// index before its number, a product's or a place's name after them,
// nor a headline's word in capitals.
func TestAmpersandInitials(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a utility and a carrier untagged",
		text:  "Zorbia's biggest power supplier, QZE&G, said on Monday that Marla Quonk would lead it. Rival KB&T Inc. and QZE&G will bid for the licences in Quelbtown.",
		spans: []span{{L, "Zorbia"}, {P, "Marla Quonk"}, {L, "Quelbtown"}},
		want:  []want{{L, "Zorbia", 1}, {O, "QZE&G", 2}, {P, "Marla Quonk", 1}, {O, "KB&T Inc.", 1}, {L, "Quelbtown", 1}},
	}, {
		name:  "phrases, an index, a product, a place and a headline",
		text:  "Marla Quonk spent more on R&D and took part in a Q&A. The ZQ&X 300 rose 2%. She bought a KB&T Fiberline plan near KB&T Stadium.\nQZ&G CHIEF QUITS",
		spans: []span{{P, "Marla Quonk"}},
		want:  []want{{P, "Marla Quonk", 1}},
	}})
}

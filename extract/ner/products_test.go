package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestProductsBeforeNounsAsMisc: a name right before a product's noun
// ("the Zorbly app", "the Quelbsat satellite") is a product, MISC at every
// mention; a name the article has act as a company ("Quenco said"), and a
// listed company, stay.
func TestProductsBeforeNounsAsMisc(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an app and a satellite",
			text:  "Users of the Chatterly app complained, and Dara Voss said Chatterly lost data. The Quelbsat satellite mapped the ice.",
			spans: []span{{O, "Chatterly"}, {P, "Dara Voss"}, {L, "Chatterly"}, {O, "Quelbsat"}},
			want:  []want{{P, "Dara Voss", 1}},
		},
		{
			name:  "a maker acting as a company, a listed company",
			text:  "Quenco said the Quenco smartphone will ship in June. The Google app got an update.",
			spans: []span{{O, "Quenco"}, {O, "Quenco"}, {O, "Google"}},
			want:  []want{{O, "Quenco", 2}, {O, "Google", 1}},
		},
	})
}

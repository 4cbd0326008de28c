package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSpaceSites checks the rule on the sites of spaceflight on made-up
// articles: the first case fails without it.
func TestSpaceSites(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a space centre is a place (spaceSite)",
			text:  "The rocket lifted off from the Quelbridge Space Center on Monday.\nThe Zorbian Space and Rocket Center will show its engines.",
			spans: []span{{O, "Quelbridge Space Center"}, {O, "Zorbian Space and Rocket Center"}},
			want:  []want{{L, "Quelbridge Space Center", 1}, {L, "Zorbian Space and Rocket Center", 1}},
		},
		{
			name:  "a space flight centre, a research centre, stays an organization (spaceSite)",
			text:  "Scientists at the Quelbridge Space Flight Center said on Monday the probe was lost.",
			spans: []span{{O, "Quelbridge Space Flight Center"}},
			want:  []want{{O, "Quelbridge Space Flight Center", 1}},
		},
	})
}

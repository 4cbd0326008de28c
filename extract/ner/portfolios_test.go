package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCountryPortfolios: a country's name or adjective joined to a
// portfolio before "Minister" or "Secretary" keeps the country alone
// (splitCountryPortfolios); a ministry's name and a name that is no
// country's are left as tagged.
func TestCountryPortfolios(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a country and an adjective joined",
		text:  "United Arab Emirates Energy Minister Zorb Quelby said output would rise. Japanese Trade Minister Marla Quonk agreed.",
		spans: []span{{O, "United Arab Emirates Energy"}, {P, "Zorb Quelby"}, {O, "Japanese Trade"}, {P, "Marla Quonk"}},
		want:  []want{{L, "United Arab Emirates", 1}, {P, "Zorb Quelby", 1}, {P, "Marla Quonk", 1}},
	}, {
		name:  "a ministry and a body",
		text:  "The Saudi Energy Ministry said Zorb Quelby would lead it. Quelbco Energy Secretary Marla Quonk agreed.",
		spans: []span{{O, "Saudi Energy Ministry"}, {P, "Zorb Quelby"}, {O, "Quelbco Energy"}, {P, "Marla Quonk"}},
		want:  []want{{O, "Saudi Energy Ministry", 1}, {P, "Zorb Quelby", 1}, {O, "Quelbco Energy", 1}, {P, "Marla Quonk", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestGroundVenuesAsPlaces: a name tagged a person that ends in a
// ground's word is a venue, a place, after "the", in three words or
// before a noun it modifies (groundVenuesAsPlaces); a person whose
// surname is such a word stays one.
func TestGroundVenuesAsPlaces(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after the",
		text:  "The players will stay in their bubble at the Quelby Arena until March.",
		spans: []span{{P, "Quelby Arena"}},
		want:  []want{{L, "Quelby Arena", 1}},
	}, {
		name:  "three words",
		text:  "Rain turned Shelby Zorbtom Park into a swamp on Saturday.",
		spans: []span{{P, "Shelby Zorbtom Park"}},
		want:  []want{{L, "Shelby Zorbtom Park", 1}},
	}, {
		name:  "before the noun it modifies",
		text:  "They won in front of an ecstatic Zorbis Park crowd on Saturday.",
		spans: []span{{P, "Zorbis Park"}},
		want:  []want{{L, "Zorbis Park", 1}},
	}, {
		name:  "people named Park and Arena",
		text:  "Grace Park won the title, and Bruce Arena coached the team. Park said so. Mr Jon Zorb Park agreed.",
		spans: []span{{P, "Grace Park"}, {P, "Bruce Arena"}, {P, "Park"}, {P, "Jon Zorb Park"}},
		want:  []want{{P, "Grace Park", 2}, {P, "Bruce Arena", 1}, {P, "Jon Zorb Park", 1}},
	}})
}

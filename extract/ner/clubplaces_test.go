package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPlaceClubsAsClubs: in a match report, a listed club of two words
// named after its city, typed a person or a place, is an organization
// (placeClubsAsClubs); the city where the report puts a place stays, and
// so does the club's name outside sports.
func TestPlaceClubsAsClubs(t *testing.T) {
	O, P, L := newsner.Organization, newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name: "a city's club typed a person, a place and the city",
		text: "Sao Paulo moved clear at the top of the league with a 2-1 win on Sunday. " +
			"Quelb Zorbsen scored twice as Sao Paulo extended their unbeaten run to 15 games. " +
			"Rosario Central and Zorbton drew 1-1 in the other match, played in Sao Paulo.",
		spans: []span{{P, "Sao Paulo"}, {P, "Quelb Zorbsen"}, {L, "Sao Paulo"}, {P, "Rosario Central"}, {O, "Zorbton"}, {L, "Sao Paulo"}},
		want:  []want{{O, "Sao Paulo", 2}, {P, "Quelb Zorbsen", 1}, {O, "Rosario Central", 1}, {O, "Zorbton", 1}, {L, "Sao Paulo", 1}},
	}, {
		name:  "a results table, no score written 2-1",
		text:  "Results of the Quelbian league matches on Saturday:\nRosario Central 2 Zorbton 1\nQuelbury 0 Zorbia Juniors 0",
		spans: []span{{P, "Rosario Central"}, {O, "Zorbton"}, {O, "Quelbury"}, {O, "Zorbia Juniors"}},
		want:  []want{{O, "Rosario Central", 1}, {O, "Zorbton", 1}, {O, "Quelbury", 1}, {O, "Zorbia Juniors", 1}},
	}, {
		name:  "no sports",
		text:  "Sao Paulo's governor said on Monday the city would reopen its schools.",
		spans: []span{{L, "Sao Paulo"}},
		want:  []want{{L, "Sao Paulo", 1}},
	}})
}

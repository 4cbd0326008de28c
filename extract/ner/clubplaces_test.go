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

// TestClubWordShortForms: in a sports report, a listed club named by a
// word and its city ("Real Madrid") is named again by the word alone,
// which the tagger leaves untagged where it is also an English word
// ("earn Real a point", "Real looked"): a mention of the club, as
// eng.testa marks it (nkinds45); "Real estate" at a sentence's start, and
// the word outside a sports report, stay out.
func TestClubWordShortForms(t *testing.T) {
	O, P := newsner.Organization, newsner.Person
	runDocCases(t, []docCase{{
		name: "the club's word alone",
		text: "A late goal by Quelbo Zorbin saved Real Madrid coach Marzo Quimby in the opening game of the league on Saturday. " +
			"The goal in the 79th minute earned Real a point from a 1-1 draw. Real looked to be in trouble after the break. " +
			"Zorbin equalised for Real with a shot in the second half of the 2-1 season opener.",
		spans: []textSpan{{P, "Quelbo Zorbin"}, {O, "Real Madrid"}, {P, "Marzo Quimby"}, {P, "Zorbin"}},
		want:  []entityWant{{P, "Quelbo Zorbin", 2}, {O, "Real Madrid", 4}, {P, "Marzo Quimby", 1}},
	}, {
		name: "a noun after the word at a sentence's start",
		text: "Real Madrid won the game 2-1 on Saturday with a goal in the last minute of the league match. " +
			"Real estate prices near the stadium rose after the 3-0 win.",
		spans: []textSpan{{O, "Real Madrid"}},
		want:  []entityWant{{O, "Real Madrid", 1}},
	}, {
		name:  "no sports report",
		text:  "Real Madrid said on Monday it had sold its old training ground. Real buyers were few, the agent said.",
		spans: []textSpan{{O, "Real Madrid"}},
		want:  []entityWant{{O, "Real Madrid", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSportSlugsAsMisc: a sport's name heading a headline in capitals is
// no name (sportSlugsAsMisc), a winter sport's too ("BIATHLON", issue 11);
// a body named for a sport elsewhere stays, and so does "RUGBY UNION",
// an organization in eng.train.
func TestSportSlugsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a slug",
		text:  "AMERICAN FOOTBALL - BILLS CLINCH PLAYOFF BERTH .\nThe Bills won.",
		spans: []span{{O, "AMERICAN FOOTBALL"}, {O, "BILLS"}, {O, "Bills"}},
		want:  []want{{O, "Bills", 2}},
	}, {
		name:  "a winter sport's slug",
		text:  "BIATHLON - ZORBSEN WINS OPENING SPRINT .\nQuelb Zorbsen won the sprint.",
		spans: []span{{O, "BIATHLON"}, {newsner.Person, "ZORBSEN"}, {newsner.Person, "Quelb Zorbsen"}},
		want:  []want{{newsner.Person, "Quelb Zorbsen", 2}},
	}, {
		name:  "rugby union's slug stays",
		text:  "RUGBY UNION - ZORBTON BEAT QUELBURY .\nZorbton won.",
		spans: []span{{O, "RUGBY UNION"}, {O, "ZORBTON"}, {O, "QUELBURY"}, {O, "Zorbton"}},
		want:  []want{{O, "RUGBY UNION", 1}, {O, "Zorbton", 2}, {O, "QUELBURY", 1}},
	}, {
		name:  "a body",
		text:  "The Zorbian Hockey said on Monday it would appeal.",
		spans: []span{{O, "Zorbian Hockey"}},
		want:  []want{{O, "Zorbian Hockey", 1}},
	}})
}

// TestGluedSportSlugsAsMisc: the first words of a sport's name glued to a
// 2020 headline by a hyphen ("ALPINE SKIING-...") are no name
// (gluedSportSlugsAsMisc); a place in capitals before a glued headline
// word that is no sport stays.
func TestGluedSportSlugsAsMisc(t *testing.T) {
	L := newsner.Location
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a glued slug",
		text:  "ALPINE SKIING-Zorbsen wins in Quelbach\nQuelb Zorbsen won.",
		spans: []span{{L, "ALPINE"}, {L, "Quelbach"}, {P, "Quelb Zorbsen"}},
		want:  []want{{L, "Quelbach", 1}, {P, "Quelb Zorbsen", 1}},
	}, {
		name:  "a spaced slug, its first word tagged",
		text:  "ALPINE SKIING - ZORBSEN WINS IN QUELBACH .\nQuelb Zorbsen won.",
		spans: []span{{L, "ALPINE"}, {P, "ZORBSEN"}, {L, "QUELBACH"}, {P, "Quelb Zorbsen"}},
		want:  []want{{P, "Quelb Zorbsen", 2}, {L, "QUELBACH", 1}},
	}, {
		name:  "a title-case slug glued to its headline",
		text:  "Biathlon-Zorbsen wins in Quelbach\nQuelb Zorbsen won.",
		spans: []span{{newsner.Organization, "Biathlon"}, {P, "Zorbsen"}, {L, "Quelbach"}, {P, "Quelb Zorbsen"}},
		want:  []want{{P, "Quelb Zorbsen", 2}, {L, "Quelbach", 1}},
	}, {
		name:  "no sport",
		text:  "ZORBIA TALKS-Ministers meet in Quelbach\nThe ministers met.",
		spans: []span{{L, "ZORBIA"}, {L, "Quelbach"}},
		want:  []want{{L, "ZORBIA", 1}, {L, "Quelbach", 1}},
	}})
}

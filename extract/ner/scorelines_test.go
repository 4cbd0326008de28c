package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestGolfersAsPeople: a name tagged an organization before its rounds on
// a golf leaderboard's line is a golfer, a person (golfersAsPeople); a
// team before a standings table's numbers and a name before one number
// stay.
func TestGolfersAsPeople(t *testing.T) {
	O, P, L := newsner.Organization, newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a total, the golfer and his rounds",
		text:  "Leading scores:\n205 Quelb Zorbsen 67 69 69 , Zorb Quelbart ( Zorbia ) 70 68 67\n206 Marto Quelbsen 71 67 68",
		spans: []span{{O, "Quelb Zorbsen"}, {P, "Zorb Quelbart"}, {L, "Zorbia"}, {O, "Marto Quelbsen"}},
		want:  []want{{P, "Quelb Zorbsen", 1}, {P, "Zorb Quelbart", 1}, {L, "Zorbia", 1}, {P, "Marto Quelbsen", 1}},
	}, {
		name:  "a gap to par first",
		text:  "Scores:\n-11 Quelb Zorbsen (Zorbia) 68 66 68\n-10 Marto Quelbsen 70 64 69",
		spans: []span{{O, "Quelb Zorbsen"}, {L, "Zorbia"}, {L, "Marto Quelbsen"}},
		want:  []want{{P, "Quelb Zorbsen", 1}, {L, "Zorbia", 1}, {P, "Marto Quelbsen", 1}},
	}, {
		name:  "a standings row",
		text:  "Standings:\nZorbton Academicals 17 14 3 0 41 5 45",
		spans: []span{{O, "Zorbton Academicals"}},
		want:  []want{{O, "Zorbton Academicals", 1}},
	}, {
		name:  "one score",
		text:  "Results:\nQuelb Rovers 78 Zorb Wanderers 65",
		spans: []span{{O, "Quelb Rovers"}, {O, "Zorb Wanderers"}},
		want:  []want{{O, "Quelb Rovers", 1}, {O, "Zorb Wanderers", 1}},
	}})
}

// TestAddRiderTeamSpans: the team after a rider and his country on a
// results line is an organization (addRiderTeamSpans), where the tagger
// missed it or typed it a person; a rally car, a brand and its model,
// and a line with no rank are left.
func TestAddRiderTeamSpans(t *testing.T) {
	O, P, L := newsner.Organization, newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "teams missed and typed people",
		text:  "Leading results:\n1. Quelb Zorbsen ( Zorbia ) Zorbix-Quelbank 4 hours 48 mins\n2. Marto Quelbsen (Zorbia) Quelbix Vandersport +0:38",
		spans: []span{{P, "Quelb Zorbsen"}, {L, "Zorbia"}, {P, "Marto Quelbsen"}, {L, "Zorbia"}, {P, "Quelbix Vandersport"}},
		want:  []want{{P, "Quelb Zorbsen", 1}, {L, "Zorbia", 2}, {O, "Zorbix-Quelbank", 1}, {P, "Marto Quelbsen", 1}, {O, "Quelbix Vandersport", 1}},
	}, {
		name:  "a rally car",
		text:  "Leading results:\n1. Quelb Zorbsen ( Zorbia ) Subaru Impreza 3:45:02",
		spans: []span{{P, "Quelb Zorbsen"}, {L, "Zorbia"}},
		want:  []want{{P, "Quelb Zorbsen", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "a numbered list of people, no result",
		text:  "The most powerful:\n1. Quelb Zorbsen ( Zorbia ) Chancellor of Zorbia since 2005",
		spans: []span{{P, "Quelb Zorbsen"}, {L, "Zorbia"}, {L, "Zorbia"}},
		want:  []want{{P, "Quelb Zorbsen", 1}, {L, "Zorbia", 2}},
	}, {
		name:  "no rank",
		text:  "The winners:\nQuelb Zorbsen ( Zorbia ) Marto Quelbsen ( Zorbia )",
		spans: []span{{P, "Quelb Zorbsen"}, {L, "Zorbia"}, {P, "Marto Quelbsen"}, {L, "Zorbia"}},
		want:  []want{{P, "Quelb Zorbsen", 1}, {L, "Zorbia", 2}, {P, "Marto Quelbsen", 1}},
	}})
}

// TestCommaTeamRun: a results line written with commas, the team between
// the country's comma and the time's, is an organization as the bare
// form's is; a golf leaderboard's list of players with commas is left.
func TestCommaTeamRun(t *testing.T) {
	O, P, L := newsner.Organization, newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a chassis and its engine typed a person",
		text:  "Leading qualifiers:\n1. Quelb Zorbsen (Zorbia), Marzo Honda, 53.980 (113.576 mph)\n2. Marto Quelbsen (Zorbia), Quelbix Ford Cosworth, 54.483",
		spans: []span{{P, "Quelb Zorbsen"}, {L, "Zorbia"}, {P, "Marzo Honda"}, {P, "Marto Quelbsen"}, {L, "Zorbia"}, {P, "Quelbix Ford Cosworth"}},
		want:  []want{{P, "Quelb Zorbsen", 1}, {L, "Zorbia", 2}, {O, "Marzo Honda", 1}, {P, "Marto Quelbsen", 1}, {O, "Quelbix Ford Cosworth", 1}},
	}, {
		name:  "players after a country, no time",
		text:  "Leaders:\n1. Quelb Zorbsen (Zorbia), Marto Quelbsen, Zorb Marzo",
		spans: []span{{P, "Quelb Zorbsen"}, {L, "Zorbia"}, {P, "Marto Quelbsen"}, {P, "Zorb Marzo"}},
		want:  []want{{P, "Quelb Zorbsen", 1}, {L, "Zorbia", 1}, {P, "Marto Quelbsen", 1}, {P, "Zorb Marzo", 1}},
	}})
}

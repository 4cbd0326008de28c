package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestScorersAsPeople: in a football report, a name right before a verb
// of scoring, after "goals from" or between "a" and "penalty", is a
// player's: typed an organization or a place (scorersAsPeople) or left
// untagged before the verb (addScorerSpans); a club the report puts
// where a team stands, or after "the", stays a team.
func TestScorersAsPeople(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "typed a club or a town",
		text:  "Quelbton beat Zorbville 2-0 in the league on Sunday, and Quimbton drew 1-1. Quimbek scored a penalty and Marlovic netted a second goal.",
		spans: []span{{O, "Quelbton"}, {O, "Zorbville"}, {O, "Quimbton"}, {O, "Quimbek"}, {L, "Marlovic"}},
		want:  []want{{O, "Quelbton", 1}, {O, "Zorbville", 1}, {O, "Quimbton", 1}, {P, "Quimbek", 1}, {P, "Marlovic", 1}},
	}, {
		name:  "after goals from, before a penalty",
		text:  "Quelbton beat Zorbville 2-0 in the league on Sunday, and Quimbton drew 1-1. Quelbton won with goals from Quimbek after a Marlovic penalty.",
		spans: []span{{O, "Quelbton"}, {O, "Zorbville"}, {O, "Quimbton"}, {O, "Quelbton"}, {L, "Quimbek"}, {O, "Marlovic"}},
		want:  []want{{O, "Quelbton", 2}, {O, "Zorbville", 1}, {O, "Quimbton", 1}, {P, "Quimbek", 1}, {P, "Marlovic", 1}},
	}, {
		name:  "untagged",
		text:  "Quelbton beat Zorbville 2-0 in the league on Sunday, and Quimbton drew 1-1. Zorbinho headed the opener.",
		spans: []span{{O, "Quelbton"}, {O, "Zorbville"}, {O, "Quimbton"}},
		want:  []want{{O, "Quelbton", 1}, {O, "Zorbville", 1}, {O, "Quimbton", 1}, {P, "Zorbinho", 1}},
	}, {
		name:  "a team scores",
		text:  "Quelbton beat Zorbville 2-0 in the league on Sunday, and Quimbton drew 1-1. Quelbton scored twice after half-time, and the Zorbers scored late.",
		spans: []span{{O, "Quelbton"}, {O, "Zorbville"}, {O, "Quimbton"}, {O, "Quelbton"}, {O, "Zorbers"}},
		want:  []want{{O, "Quelbton", 2}, {O, "Zorbville", 1}, {O, "Quimbton", 1}, {O, "Zorbers", 1}},
	}})
}

// TestResultScorersAsPeople: in a results line, a name before a goal's
// minute in brackets after a club's score ("Quelbton 2 (Zorbic 10,
// Marlovic 67pen)") or after a "Scorers:" label is a scorer's, a person:
// typed an organization or a place (resultScorersAsPeople) or left
// untagged (addResultScorerSpans); the clubs before their scores stay.
func TestResultScorersAsPeople(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name: "in brackets after a score",
		text: "Results of league matches on Saturday:\nQuelbton 2 (Zorbic 10, Marlovic 67pen) Zorbville 1 (Quimbek 45)\nQuimbton 0 Marzbury 2 (Tazic 23, 80)",
		spans: []span{{O, "Quelbton"}, {O, "Zorbic"}, {L, "Marlovic"}, {O, "Zorbville"}, {O, "Quimbek"},
			{O, "Quimbton"}, {O, "Marzbury"}},
		want: []want{{O, "Quelbton", 1}, {P, "Zorbic", 1}, {P, "Marlovic", 1}, {O, "Zorbville", 1}, {P, "Quimbek", 1},
			{O, "Quimbton", 1}, {O, "Marzbury", 1}, {P, "Tazic", 1}},
	}, {
		name:  "after a scorers label",
		text:  "Result of a league match on Sunday :\nQuelbton 3 Zorbville 1\nScorers : Quelbinho 45 , Zorb Marlo 60 ; Tazic 12",
		spans: []span{{O, "Quelbton"}, {O, "Zorbville"}, {O, "Quelbinho"}, {O, "Zorb Marlo"}},
		want:  []want{{O, "Quelbton", 1}, {O, "Zorbville", 1}, {P, "Quelbinho", 1}, {P, "Zorb Marlo", 1}, {P, "Tazic", 1}},
	}, {
		name:  "a table's clubs stay",
		text:  "Results of league matches on Saturday:\nQuelbton 2 Zorbville 1\nStandings (played, won, points):\nQuelbton 10 7 22",
		spans: []span{{O, "Quelbton"}, {O, "Zorbville"}, {O, "Quelbton"}},
		want:  []want{{O, "Quelbton", 2}, {O, "Zorbville", 1}},
	}})
}

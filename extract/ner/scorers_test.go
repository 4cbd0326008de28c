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

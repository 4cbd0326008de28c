package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestUnknownPlacesAsTeams: in a sports report, a one-word name tagged a
// place that no list knows as a place and that stands where a team does
// is a club (unknownPlacesAsTeams); a known country there stays a place,
// and so does the name where a ground stands ("at").
func TestUnknownPlacesAsTeams(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "win over",
		text:  "Zorbach went top of the league with a 1-0 win over Quelbheim on Sunday, and Tovarfeld drew 2-2 with Zorbach's rivals. The coach said the goal came late.",
		spans: []span{{O, "Zorbach"}, {L, "Quelbheim"}, {O, "Tovarfeld"}, {O, "Zorbach"}},
		want:  []want{{O, "Zorbach", 2}, {O, "Quelbheim", 1}, {O, "Tovarfeld", 1}},
	}, {
		name:  "country",
		text:  "Zorbach won the match 3-1, and the coach said Italy beat France 2-0 in the other game of the group. The goal was late.",
		spans: []span{{O, "Zorbach"}, {L, "Italy"}, {L, "France"}},
		want:  []want{{O, "Zorbach", 1}, {L, "Italy", 1}, {L, "France", 1}},
	}, {
		name:  "ground",
		text:  "The match ended 3-1, and the fans at Quelbmeadows were loud. The coach praised the goal and the 2-0 lead.",
		spans: []span{{L, "Quelbmeadows"}},
		want:  []want{{L, "Quelbmeadows", 1}},
	}})
}

// TestUnknownNamesAsOpponents: in a sports report, a one-word name tagged
// a person that no list knows, right before or after a match's verb with
// a club on the other side, is a club at every mention
// (unknownNamesAsOpponents); a player who beats a player stays a person.
func TestUnknownNamesAsOpponents(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "club",
		text:  "Quelster beat Zorbpellier 24-14 in the league on Saturday, and Tovarby drew 10-10 with Zorbach. Quelster's coach said the match was hard.",
		spans: []span{{P, "Quelster"}, {O, "Zorbpellier"}, {O, "Tovarby"}, {O, "Zorbach"}, {P, "Quelster"}},
		want:  []want{{O, "Quelster", 2}, {O, "Zorbpellier", 1}, {O, "Tovarby", 1}, {O, "Zorbach", 1}},
	}, {
		name:  "player",
		text:  "Quelster beat Zorbov 6-4 6-3 in the tournament final, and the coach said the match was his best of the season.",
		spans: []span{{P, "Quelster"}, {P, "Zorbov"}},
		want:  []want{{P, "Quelster", 1}, {P, "Zorbov", 1}},
	}})
}

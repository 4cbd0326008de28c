package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestStandingsRivalsAsTeams: in a sports report, a town a league's table
// compares with another team is a team (standingsRivalsAsTeams), a known
// town's name too, at every mention but where it stands as a town; a
// country and a text on no sport stay places.
func TestStandingsRivalsAsTeams(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	sport := " The Whalers scored two goals in the third period and won 4-2. The goalie made 30 saves as the Whalers beat the Spirit 5-1 in the game."
	runDocCases(t, []docCase{{
		name:  "a tie with a town",
		text:  "The Whalers pulled into a first-place tie with Kingston in the West Division." + sport,
		spans: []span{{O, "Whalers"}, {L, "Kingston"}, {O, "Whalers"}, {O, "Whalers"}, {O, "Spirit"}},
		want:  []want{{O, "Whalers", 3}, {O, "Kingston", 1}, {O, "Spirit", 1}},
	}, {
		name:  "points behind, and the town elsewhere",
		text:  "Lying three points behind Quelbia, Jon Marzo's side play in Quelbia next." + sport,
		spans: []span{{L, "Quelbia"}, {P, "Jon Marzo"}, {L, "Quelbia"}, {O, "Whalers"}, {O, "Whalers"}, {O, "Spirit"}},
		want:  []want{{O, "Quelbia", 1}, {P, "Jon Marzo", 1}, {L, "Quelbia", 1}, {O, "Whalers", 2}, {O, "Spirit", 1}},
	}, {
		name:  "a country",
		text:  "The Whalers moved into a tie with Canada at the top." + sport,
		spans: []span{{O, "Whalers"}, {L, "Canada"}, {O, "Whalers"}, {O, "Whalers"}, {O, "Spirit"}},
		want:  []want{{O, "Whalers", 3}, {L, "Canada", 1}, {O, "Spirit", 1}},
	}, {
		name:  "no sport",
		text:  "The bank pulled into a tie with Zorbton on the deal.",
		spans: []span{{L, "Zorbton"}},
		want:  []want{{L, "Zorbton", 1}},
	}})
}

// TestStandingLeaguesAsMisc: a league tagged an organization after "top
// of the" is the competition, MISC (standingLeaguesAsMisc); the league
// asked to explain stays the body.
func TestStandingLeaguesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "top of the",
		text:  "Zorbton went top of the Quelb Premier League on Saturday.",
		spans: []span{{O, "Zorbton"}, {O, "Quelb Premier League"}},
		want:  []want{{O, "Zorbton", 1}},
	}, {
		name:  "body",
		text:  "The owner asked the Quelbian League to explain its ruling.",
		spans: []span{{O, "Quelbian League"}},
		want:  []want{{O, "Quelbian League", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestThingsAfterArticleAsMisc: a one-word name counted as a thing ("a
// Zorbgun, which") is a product, MISC at every mention; a maker's name
// that modifies a noun after "a", a listed organization, and a team the
// article writes beside a number stay.
func TestThingsAfterArticleAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a thing counted",
			text:  "Marla Quonk said that unlike a Zorbgun, which has a short range, the new Zorbgun reaches far. Buy a Quibbook after June.",
			spans: []span{{P, "Marla Quonk"}, {O, "Zorbgun"}, {O, "Zorbgun"}, {O, "Quibbook"}},
			want:  []want{{P, "Marla Quonk", 1}},
		},
		{
			name:  "a name before a noun, a listed organization",
			text:  "A Quelbix official said a Reuters report was wrong.",
			spans: []span{{O, "Quelbix"}, {O, "Reuters"}},
			want:  []want{{O, "Quelbix", 1}, {O, "Reuters", 1}},
		},
		{
			name:  "a team beside a number",
			text:  "Tomaz Quell, driving a Zorbari, won the race.\nStandings: 1. Zorbari 48 points.",
			spans: []span{{P, "Tomaz Quell"}, {O, "Zorbari"}, {O, "Zorbari"}},
			want:  []want{{P, "Tomaz Quell", 1}, {O, "Zorbari", 2}},
		},
	})
}

// TestLandformsAsPlaces: a name ending in a landform's or a building's
// word is a place, tagged an organization or a person; in a sports report
// a bay's town is a team and stays one.
func TestLandformsAsPlaces(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a bay, a pass and a building",
			text:  "Ice covered Quelb Bay on Monday. Traffic stopped at Zorbo Pass, and the Quimby State Building went dark.",
			spans: []span{{O, "Quelb Bay"}, {P, "Zorbo Pass"}, {O, "Quimby State Building"}},
			want:  []want{{L, "Quelb Bay", 1}, {L, "Zorbo Pass", 1}, {L, "Quimby State Building", 1}},
		},
		{
			name:  "a team in a sports report",
			text:  "Quelb Bay beat Zorbo 3-1 in the league match. Zorbo won 2-0 last season, and the striker scored a goal.",
			spans: []span{{O, "Quelb Bay"}, {O, "Zorbo"}, {O, "Zorbo"}},
			want:  []want{{O, "Quelb Bay", 1}, {O, "Zorbo", 2}},
		},
	})
}

// TestPlacesStartingEventsAsMisc: a place's name the tagger cut from the
// festival it starts is the event's, MISC; the place named alone stays.
func TestPlacesStartingEventsAsMisc(t *testing.T) {
	L := newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a festival's place",
			text:  "Artists showed their work at the 7th Quelbton Light Festival last week. Quelbton Light Festival ends in January. Hotels in Zorbville were full.",
			spans: []span{{L, "Quelbton"}, {L, "Quelbton"}, {L, "Zorbville"}},
			want:  []want{{L, "Zorbville", 1}},
		},
		{
			name:  "the festival's words read as MISC apart",
			text:  "The Quelbton Light Festival opens today in Zorbville.",
			spans: []span{{L, "Quelbton"}, {misc, "Light Festival"}, {L, "Zorbville"}},
			want:  []want{{L, "Zorbville", 1}},
		},
	})
}

// TestPartyAdjectivesAsMisc: a party's adjective before "party" in lower
// case is an adjective, MISC; the party's name with "Party" stays.
func TestPartyAdjectivesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an adjective before party",
			text:  "Marla Quonk gave money to the Conservative party in 1990. The Zorbian Labour Party said nothing.",
			spans: []span{{P, "Marla Quonk"}, {O, "Conservative"}, {O, "Zorbian Labour Party"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbian Labour Party", 1}},
		},
	})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCommonPluralPhrases: a title-cased term inside a sentence whose head
// is a plural and whose words the article writes in lower case elsewhere
// ("Intensive Care Units", "Demand Side Platforms") is no name; a team's
// plural the article never writes in lower case, and a name at a
// sentence's start, stay.
func TestCommonPluralPhrases(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a ward's and an ad market's terms",
			text: "Zorbco sells monitors for Intensive Care Units. Nurses in intensive care say the units need more care. " +
				"Buyers use Demand Side Platforms, and the demand side runs on such platforms.",
			spans: []span{{O, "Zorbco"}, {O, "Intensive Care Units"}, {L, "Demand Side Platforms"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "a team's plural",
			text:  "The Quelbton Hawks beat the Zorbia Rangers, and the rangers of the park watched as the quelbton fans sang.",
			spans: []span{{O, "Quelbton Hawks"}, {O, "Zorbia Rangers"}},
			want:  []want{{O, "Quelbton Hawks", 1}, {O, "Zorbia Rangers", 1}},
		},
	})
}

// TestWorkWordsBefore: a name after a work's word with a title's "The"
// between ("the novel The Salt Road"), after an owner's work's word and a
// comma as an apposition ("his book, Ember Street,"), or after a record's
// "single" ("the single Paper Moon") is a work, MISC at every mention; a
// person after "In his book," who acts, and a baseball single, stay.
func TestWorkWordsBefore(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a novel, a book, a single",
			text: "Dara Voss wrote the novel The Salt Road in Zorbia. Fans of Salt Road queued. His book, Ember Street, sold well. " +
				"The band released the single Paper Moon.",
			spans: []span{{P, "Dara Voss"}, {L, "Salt Road"}, {L, "Zorbia"}, {O, "Salt Road"}, {L, "Ember Street"}, {P, "Paper Moon"}},
			want:  []want{{P, "Dara Voss", 1}, {L, "Zorbia", 1}},
		},
		{
			name:  "an author acting, a hit",
			text:  "In his book, Quimby writes of war. An RBI single Quelbton fans cheered.",
			spans: []span{{P, "Quimby"}, {O, "Quelbton"}},
			want:  []want{{P, "Quimby", 1}, {O, "Quelbton", 1}},
		},
	})
}

// TestSwitchedToAsMisc: a name users switched to ("teams switched to
// Meetly") is an app or a service, MISC at every mention; a person, a
// known place and a name acting as a company stay.
func TestSwitchedToAsMisc(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an app",
			text:  "Many teams switched to Meetly last spring, and Meetly now hosts their calls.",
			spans: []span{{O, "Meetly"}, {L, "Meetly"}},
			want:  nil,
		},
		{
			name:  "a player, a city, a company acting",
			text:  "The coach switched to Quimby in goal. The firm switched to Paris for its office and later switched to Quelbco. Quelbco said it had won the deal.",
			spans: []span{{P, "Quimby"}, {L, "Paris"}, {O, "Quelbco"}, {O, "Quelbco"}},
			want:  []want{{P, "Quimby", 1}, {L, "Paris", 1}, {O, "Quelbco", 2}},
		},
	})
}

// TestCuedProductsNeighboursAsMisc: a name listed beside a name a product
// rule found ("the Zorbly app", then "Quelbchat, Zorbly and Quelbmail") is a
// product too, MISC at every mention; a name acting as a company stays.
func TestCuedProductsNeighboursAsMisc(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "apps beside a cued app",
			text:  "Users of the Zorbly app complained. The bundle holds Quelbchat, Zorbly and Quelbmail, and Quelbchat is free.",
			spans: []span{{O, "Zorbly"}, {O, "Quelbchat"}, {O, "Zorbly"}, {L, "Quelbmail"}, {O, "Quelbchat"}},
			want:  nil,
		},
		{
			name:  "a company acting",
			text:  "Users of the Zorbly app complained. It runs on Zorbly and Quenco. Quenco said it would fix it.",
			spans: []span{{O, "Zorbly"}, {O, "Zorbly"}, {O, "Quenco"}, {O, "Quenco"}},
			want:  []want{{O, "Quenco", 2}},
		},
	})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddLeagueAcronymSpans: a league's acronym the tagger missed in a
// headline in capitals, or typed a place alone, is an organization
// (addLeagueAcronymSpans); one inside a longer name is left, and "MLS"
// outside a sports report is no league.
func TestAddLeagueAcronymSpans(t *testing.T) {
	L, O, M := newsner.Location, newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "missed in a headline",
		text:  "BASKETBALL - NBA RESULTS .\nNEW YORK 1996-12-06\nResults of games on Thursday .",
		spans: []span{{L, "NEW YORK"}},
		want:  []want{{O, "NBA", 1}, {L, "NEW YORK", 1}},
	}, {
		name:  "typed a place",
		text:  "AMERICAN FOOTBALL - NFL STANDINGS .",
		spans: []span{{L, "NFL"}},
		want:  []want{{O, "NFL", 1}},
	}, {
		name:  "inside a longer name",
		text:  "He watched the NHL Winter Classic on Friday.",
		spans: []span{{M, "NHL Winter Classic"}},
		want:  nil,
	}, {
		name: "a show's name in quotes",
		text: "He told \u201cNFL AM\u201d on Wednesday that he was fine.",
		want: nil,
	}, {
		name: "a realtor's listing service",
		text: "The house was listed on the MLS for $400,000 last week.",
		want: nil,
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of types_software.go's rules.

// TestInstalledCLIToolsName: a command-line tool installed ("To install
// the Zorb CLI") is software, and so is its name without its "CLI" at
// every mention ("Zorb used a checkbox"), which the joins no longer join
// to it; a listed company's CLI leaves the company, and a tool's name
// acting as a company stays.
func TestInstalledCLIToolsName(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a tool and its name",
			text:  "To install the Zorb CLI, run the command below. Zorb used a checkbox, and Zorb stands out for speed.",
			spans: []span{{O, "Zorb CLI"}, {O, "Zorb"}, {O, "Zorb"}},
			want:  nil,
		},
		{
			name:  "a company's CLI, a tool's maker acting",
			text:  "Users install the Microsoft CLI, and Microsoft said it was free. Teams install the Quelb CLI. Quelb said sales tripled.",
			spans: []span{{O, "Microsoft CLI"}, {O, "Microsoft"}, {O, "Quelb CLI"}, {O, "Quelb"}},
			want:  []want{{O, "Microsoft", 1}, {O, "Quelb", 1}},
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

// TestSoftwareAsMisc: a name downloaded, installed or upgraded to
// ("download Zorbcraft", "a free upgrade to Zorb Lion") is software, MISC
// at every mention; a maker before a possessive and a name acting as a
// company stay.
func TestSoftwareAsMisc(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a game and a system",
			text:  "Fans can download Zorbcraft today. Owners get a free upgrade to Zorb Lion, and Zorb Lion runs faster.",
			spans: []span{{O, "Zorbcraft"}, {L, "Zorb Lion"}, {L, "Zorb Lion"}},
			want:  nil,
		},
		{
			name:  "a maker, a company acting",
			text:  "Users download Quelbco's app. Teachers install Quenco, and Quenco said sales tripled.",
			spans: []span{{O, "Quelbco"}, {O, "Quenco"}, {O, "Quenco"}},
			want:  []want{{O, "Quelbco", 1}, {O, "Quenco", 2}},
		},
		{
			name:  "a framework, a framework maker",
			text:  "We introduce Zorbmerge, a geometry-aware merging framework that keeps alignment. Zorbmerge beats Quelbix, a framework maker in Oslo.",
			spans: []span{{O, "Zorbmerge"}, {O, "Zorbmerge"}, {O, "Quelbix"}, {L, "Oslo"}},
			want:  []want{{O, "Quelbix", 1}, {L, "Oslo", 1}},
		},
	})
}

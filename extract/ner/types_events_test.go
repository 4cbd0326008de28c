package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// Tests of types_events.go's rules.

// TestDraftIsAnEvent: "NHL" of "the 2031 NHL Draft", the event's name
// the tagger cut short before its word, is MISC ("Draft", an eventHeads
// word), not the league, which the text never names alone.
func TestDraftIsAnEvent(t *testing.T) {
	O := newsner.Organization
	text := "Oren Vask, a top prospect for the 2031 NHL Draft, skates for the Quarry Otters."
	es := caseEntities(t, text, []textSpan{{newsner.Person, "Oren Vask"}, {O, "NHL"}, {O, "Quarry Otters"}})
	want := []string{"PERSON:Oren Vask", "ORGANIZATION:Quarry Otters"}
	if got := names(es); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestListedLeagueBeforeDraftIsTheEvent: where the text also names the
// league alone first, its mention before "Draft" ("the 2031 NHL Draft
// class") is still the event's, MISC (listedBeforeEventsAsMisc), not a
// second mention of the league (eventsAsMisc looks at the group's first
// fullest mention only).
func TestListedLeagueBeforeDraftIsTheEvent(t *testing.T) {
	O := newsner.Organization
	text := "The NHL fined the club. Oren Vask, the best of the 2031 NHL Draft class, skates for the Quarry Otters."
	es := caseEntities(t, text, []textSpan{{O, "NHL"}, {newsner.Person, "Oren Vask"}, {O, "NHL"}, {O, "Quarry Otters"}})
	want := []string{"ORGANIZATION:NHL", "PERSON:Oren Vask", "ORGANIZATION:Quarry Otters"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if es[0].Count != 1 {
		t.Errorf("the league has %d mentions, want 1 (the draft's is no mention of it)", es[0].Count)
	}
}

// TestListedBeforeBillPersonStays: a listed organization's name before
// "Bill" that starts a person's name ("IBM Bill Quarles") is no event's
// name cut short.
func TestListedBeforeBillPersonStays(t *testing.T) {
	O := newsner.Organization
	text := "Shares fell after IBM Bill Quarles spoke on Monday."
	es := caseEntities(t, text, []textSpan{{O, "IBM"}, {newsner.Person, "Bill Quarles"}})
	want := []string{"ORGANIZATION:IBM", "PERSON:Bill Quarles"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestPlacesStartingRacesAsMisc: a place's name before "Grand Prix" is
// the race's, MISC (placesStartingEventsAsMisc, raceHeads).
func TestPlacesStartingRacesAsMisc(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "grand prix",
		text:  "Zorb Quelby won the Quelbton Grand Prix on Sunday, and flew home to Zorbia.",
		spans: []span{{P, "Zorb Quelby"}, {L, "Quelbton"}, {misc, "Grand Prix"}, {L, "Zorbia"}},
		want:  []want{{P, "Zorb Quelby", 1}, {L, "Zorbia", 1}},
	}})
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

// TestNewYearIsAnEvent: a holiday's name ending in "Year" ("Lunar New
// Year", "Chinese New Year") typed an organization is an event, MISC
// (eventHeads).
func TestNewYearIsAnEvent(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	text := "Shops in Quelbtown closed for the Chinese New Year, and Zorbco shut its plant until the Lunar New Year holiday ended."
	es := caseEntities(t, text, []textSpan{{L, "Quelbtown"}, {O, "Chinese New Year"}, {O, "Zorbco"}, {O, "Lunar New Year"}})
	want := []string{"LOCATION:Quelbtown", "ORGANIZATION:Zorbco"}
	if got := names(es); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddMarkedListSpans: a listed name holding brackets or a slash is one
// organization, written as the list gives it, whatever the tagger cut of
// it (addMarkedListSpans, markedListSpan); a form glued to more letters is
// not one.
func TestAddMarkedListSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "brackets the tagger cut into a person and an organization",
		text:  "Officials said Janata Dal (United) would quit the Quelb alliance, Jane Quimble said.",
		spans: []span{{P, "Janata Dal"}, {O, "United"}, {O, "Quelb"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Janata Dal (United)", 1}, {O, "Quelb", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "an acronym with brackets, untagged, joins its full name",
		text:  "Janata Dal (United) met on Monday. Later JD(U) said it would stay, Jane Quimble said.",
		spans: []span{{O, "Janata Dal (United)"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Janata Dal (United)", 2}, {P, "Jane Quimble", 1}},
	}, {
		name:  "a party's faction in brackets and its acronyms, one entity",
		text:  "The Pakistan Muslim League (N) met on Monday. PML(N) and PML-N leaders agreed, Jane Quimble said.",
		spans: []span{{O, "Pakistan Muslim League"}, {O, "N"}, {O, "PML-N"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Pakistan Muslim League (N)", 3}, {P, "Jane Quimble", 1}},
	}, {
		name:  "a slash inside the listed name",
		text:  "The tapes were aired by Radio Free Europe/Radio Liberty on Monday, Jane Quimble said.",
		spans: []span{{O, "Radio Free Europe/Radio Liberty"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Radio Free Europe/Radio Liberty", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "a form glued to more letters",
		text:  "The XJD(U) code was read out, Jane Quimble said.",
		spans: []span{{P, "Jane Quimble"}},
		want:  []want{{P, "Jane Quimble", 1}},
	}})
}

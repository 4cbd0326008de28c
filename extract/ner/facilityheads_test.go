package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestFacilityHeadsIssue11 checks the head words issue 11 added to
// groundHeads on made-up articles: a planetarium's and a room's names
// tagged an organization are places (facilitiesAsPlaces); a newsroom's
// name stays an organization (newsDesk).
func TestFacilityHeadsIssue11(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a planetarium's name tagged an organization is a place",
			text:  "The orbiter goes to the Quelb Planetarium in Zorbton, Jane Quimble of Zorbco said.",
			spans: []span{{O, "Quelb Planetarium"}, {L, "Zorbton"}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{L, "Quelb Planetarium", 1}, {L, "Zorbton", 1}, {P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a room's name tagged an organization is a place",
			text:  "In 1958 the Quimbly Room at the Zorbton Hotel offered steaks, Jane Quimble said.",
			spans: []span{{O, "Quimbly Room"}, {L, "Zorbton Hotel"}, {P, "Jane Quimble"}},
			want:  []want{{L, "Quimbly Room", 1}, {L, "Zorbton Hotel", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a newsroom's name stays an organization",
			text:  "The Zorbton News Room said the ferry sank, Jane Quimble said.",
			spans: []span{{O, "Zorbton News Room"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbton News Room", 1}, {P, "Jane Quimble", 1}},
		},
	})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinPlaceAcronymBodies: a body's name cut at the place it is named
// for is one organization where the acronym after it takes a letter or
// more of the place (joinPlaceAcronymBodies), not where it spells the
// body alone.
func TestJoinPlaceAcronymBodies(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the place's initial",
		text:  "Troops of the Zorbian Union Peace Mission in Quelbia (ZPMIQ) retook the town.",
		spans: []span{{O, "Zorbian Union Peace Mission"}, {L, "Quelbia"}, {O, "ZPMIQ"}},
		want:  []want{{O, "Zorbian Union Peace Mission in Quelbia", 2}},
	}, {
		name:  "the place's first letters",
		text:  "A new force, the Zorbian Union Support Mission in Quelbia (ZUSQUE), takes over in May.",
		spans: []span{{O, "Zorbian Union Support Mission"}, {L, "Quelbia"}, {O, "ZUSQUE"}},
		want:  []want{{O, "Zorbian Union Support Mission in Quelbia", 2}},
	}, {
		name:  "dotted initials",
		text:  "The U.N. Relief Force in Quelbia (UNRFIQ) said two soldiers were hurt.",
		spans: []span{{O, "U.N. Relief Force"}, {L, "Quelbia"}, {O, "UNRFIQ"}},
		want:  []want{{O, "U.N. Relief Force in Quelbia", 2}},
	}, {
		name:  "an acronym of the body alone",
		text:  "Staff of the Zorbian Trade Office in Quelbia (ZTO) were sent home.",
		spans: []span{{O, "Zorbian Trade Office"}, {L, "Quelbia"}, {O, "ZTO"}},
		want:  []want{{O, "Zorbian Trade Office", 2}, {L, "Quelbia", 1}},
	}, {
		name:  "no acronym",
		text:  "Staff of the Zorbian Trade Office in Quelbia were sent home.",
		spans: []span{{O, "Zorbian Trade Office"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorbian Trade Office", 1}, {L, "Quelbia", 1}},
	}})
}

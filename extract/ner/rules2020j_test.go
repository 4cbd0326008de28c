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

// TestDemonymLeaguesAsMisc: a nation's league in a sports report is MISC
// (demonymLeaguesAsMisc); a listed league-named body and a political
// league outside sport stay organizations.
func TestDemonymLeaguesAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a demonym's league",
		text:  "Zorbic United, champions of the Bolivian Pro League, beat Marzo City 2-1 in the cup. The coach said the league's clubs would spend more on players.",
		spans: []span{{O, "Zorbic United"}, {O, "Bolivian Pro League"}, {O, "Marzo City"}},
		want:  []want{{O, "Zorbic United", 1}, {O, "Marzo City", 1}},
	}, {
		name:  "a country's league",
		text:  "Zorbic won the Germany Super League title after a 3-0 win, the coach said, and the club will play in the cup final.",
		spans: []span{{O, "Zorbic"}, {L, "Germany Super League"}},
		want:  []want{{O, "Zorbic", 1}},
	}, {
		name:  "a listed body in sport",
		text:  "The Arab League said the cup final would go ahead after the club's coach and players arrived.",
		spans: []span{{O, "Arab League"}},
		want:  []want{{O, "Arab League", 1}},
	}, {
		name:  "a sport's body",
		text:  "The Bolivian Hockey League fined the club after the coach's remarks on the final.",
		spans: []span{{O, "Bolivian Hockey League"}},
		want:  []want{{O, "Bolivian Hockey League", 1}},
	}, {
		name:  "a party outside sport",
		text:  "The Quelbian People's League won 40 seats in the election, the commission said.",
		spans: []span{{O, "Quelbian People's League"}},
		want:  []want{{O, "Quelbian People's League", 1}},
	}})
}

// TestOwnedThingsAsMisc: a name right after "its" before a verb or a
// clause's punctuation is the owner's product (ownedThingsAsMisc); a body
// of the owner's, a unit with its noun and a name acting as a company stay
// organizations.
func TestOwnedThingsAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "before a verb",
		text:  "Rival Zorbco Pharma said its Quelbrix had outsold the older drug in the third quarter.",
		spans: []span{{O, "Zorbco Pharma"}, {O, "Quelbrix"}},
		want:  []want{{O, "Zorbco Pharma", 1}},
	}, {
		name:  "before a full stop",
		text:  "Zorbspace said it had delayed the first flight of its Quelb R. The company gave no date.",
		spans: []span{{O, "Zorbspace"}, {O, "Quelb R"}},
		want:  []want{{O, "Zorbspace", 1}},
	}, {
		name:  "a body of the owner's",
		text:  "Zorbco Holdings said its Quelb Fund had made a profit.",
		spans: []span{{O, "Zorbco Holdings"}, {O, "Quelb Fund"}},
		want:  []want{{O, "Zorbco Holdings", 1}, {O, "Quelb Fund", 1}},
	}, {
		name:  "a unit with its noun",
		text:  "Zorbco Holdings said its Quelbex unit had been sold.",
		spans: []span{{O, "Zorbco Holdings"}, {O, "Quelbex"}},
		want:  []want{{O, "Zorbco Holdings", 1}, {O, "Quelbex", 1}},
	}, {
		name:  "acting as a company",
		text:  "Zorbco Holdings said its Quelbex had been sold. Quelbex said it would hire 200 people.",
		spans: []span{{O, "Zorbco Holdings"}, {O, "Quelbex"}, {O, "Quelbex"}},
		want:  []want{{O, "Zorbco Holdings", 1}, {O, "Quelbex", 2}},
	}, {
		name:  "a person's",
		text:  "Zorbco said Jane Marzo would join its board, and its Marzo said nothing.",
		spans: []span{{O, "Zorbco"}, {P, "Jane Marzo"}, {P, "Marzo"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Jane Marzo", 2}},
	}})
}

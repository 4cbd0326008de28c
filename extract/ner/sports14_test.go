package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCricketAndRacingLeaguesAsMisc: cricket's Twenty20 leagues and motor
// racing's championship, which the tagger typed organizations, are
// competitions (MISC), as CoNLL-2003's leagues are; the teams and the
// drivers stay.
func TestCricketAndRacingLeaguesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a Twenty20 league and its short name",
		text:  "The Zorbville Quelbers won in the Big Bash League, and the IPL will add two teams.",
		spans: []span{{O, "Zorbville Quelbers"}, {O, "Big Bash League"}, {O, "IPL"}},
		want:  []want{{O, "Zorbville Quelbers", 1}},
	}, {
		name:  "motor racing's championship",
		text:  "Marla Quonk took her first Formula One win for Zorbco Racing.",
		spans: []span{{P, "Marla Quonk"}, {O, "Formula One"}, {O, "Zorbco Racing"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbco Racing", 1}},
	}})
}

// TestListedCricketAndRugbyClubs: cricket's Twenty20 franchises and rugby
// union clubs, which sides.tsv lists in the sports audit, are
// organizations where the tagger typed them a person, a place or MISC.
func TestListedCricketAndRugbyClubs(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a franchise as a person, one as a place, a club as MISC",
		text:  "Chennai Super Kings signed Marla Quonk, the Brisbane Heat lost in Zorbville and Exeter Chiefs won 20-3.",
		spans: []span{{P, "Chennai Super Kings"}, {P, "Marla Quonk"}, {L, "Brisbane Heat"}, {L, "Zorbville"}, {misc, "Exeter Chiefs"}},
		want:  []want{{O, "Chennai Super Kings", 1}, {P, "Marla Quonk", 1}, {O, "Brisbane Heat", 1}, {L, "Zorbville", 1}, {O, "Exeter Chiefs", 1}},
	}})
}

// TestLeadMembersPossessiveJoined: a body named for its members whose
// members' plural and possessive the tagger left out ("Tennis Association"
// of "the Women's Tennis Association") is one organization; a plural's
// possessive before a name that ends in no body's head word stays out.
func TestLeadMembersPossessiveJoined(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an irregular plural and a regular one",
		text:  "The Women's Zorbian Tennis Association and the Quelbers' Union met in Zorbville.",
		spans: []span{{O, "Zorbian Tennis Association"}, {O, "Union"}, {L, "Zorbville"}},
		want:  []want{{O, "Women's Zorbian Tennis Association", 1}, {O, "Quelbers' Union", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "no head word",
		text:  "The Drivers' Zorbco Racing won in Zorbville.",
		spans: []span{{O, "Zorbco Racing"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco Racing", 1}, {L, "Zorbville", 1}},
	}})
}

// TestDemonymAcronymsJoined: a demonym tagged MISC and a body's name right
// after it, whose acronym in brackets starts with the demonym's letters,
// are one organization; without the acronym, or with one of the body's
// words alone, the demonym stays apart.
func TestDemonymAcronymsJoined(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a national anti-doping agency",
		text:  "The Russian Quelb-Doping Agency (RUSQDA) welcomed the ruling against Zorbco.",
		spans: []span{{misc, "Russian"}, {O, "Quelb-Doping Agency"}, {O, "RUSQDA"}, {O, "Zorbco"}},
		want:  []want{{O, "Russian Quelb-Doping Agency", 2}, {O, "Zorbco", 1}},
	}, {
		name:  "the acronym of the body alone",
		text:  "The French Zorbco Quelb Agency (ZQA) fined Quelbix.",
		spans: []span{{misc, "French"}, {O, "Zorbco Quelb Agency"}, {O, "ZQA"}, {O, "Quelbix"}},
		want:  []want{{O, "Zorbco Quelb Agency", 2}, {O, "Quelbix", 1}},
	}, {
		name:  "no acronym",
		text:  "The French Interior Ministry fined Quelbix.",
		spans: []span{{misc, "French"}, {O, "Interior Ministry"}, {O, "Quelbix"}},
		want:  []want{{O, "Interior Ministry", 1}, {O, "Quelbix", 1}},
	}})
}

// TestRugbyCompetitionsAsMisc: rugby union's championships, which the
// tagger typed organizations, are competitions (MISC); the national sides
// named by their countries stay places, the clubs organizations.
func TestRugbyCompetitionsAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the Six Nations and a club league",
		text:  "Zorbia will face Quelbia in the Six Nations, and Zorbco Quelbers lead the Pro14.",
		spans: []span{{L, "Zorbia"}, {L, "Quelbia"}, {O, "Six Nations"}, {O, "Zorbco Quelbers"}, {O, "Pro14"}},
		want:  []want{{L, "Zorbia", 1}, {L, "Quelbia", 1}, {O, "Zorbco Quelbers", 1}},
	}})
}

// TestListedSportsBodies: sports bodies of December 2020 news that
// orgs.tsv lists in the sports audit, which the tagger typed MISC, cut at
// their "and" or left untagged, are organizations.
func TestListedSportsBodies(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "typed MISC, cut at its and, untagged",
		text:  "World Athletics named Marla Quonk, USA Track and Field picked her, and Cricket Australia agreed.",
		spans: []span{{misc, "World Athletics"}, {P, "Marla Quonk"}, {O, "USA Track"}},
		want:  []want{{O, "World Athletics", 1}, {P, "Marla Quonk", 1}, {O, "USA Track and Field", 1}, {O, "Cricket Australia", 1}},
	}})
}

// TestListedVenuesAsPlaces: cricket grounds named by letters or with no
// ground's word, which the tagger typed organizations, are places.
func TestListedVenuesAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two grounds",
		text:  "Zorbia beat Quelbia at the MCG, and the next test is at the Basin Reserve.",
		spans: []span{{L, "Zorbia"}, {L, "Quelbia"}, {O, "MCG"}, {O, "Basin Reserve"}},
		want:  []want{{L, "Zorbia", 1}, {L, "Quelbia", 1}, {L, "MCG", 1}, {L, "Basin Reserve", 1}},
	}})
}

// TestSideRegionsAsPlaces: a region that fields a national side, typed an
// organization, is a place as a country is.
func TestSideRegionsAsPlaces(t *testing.T) {
	L := newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "cricket's West Indies",
		text:  "Zorbia beat the West Indies by an innings at Zorbville.",
		spans: []span{{L, "Zorbia"}, {newsner.Organization, "West Indies"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbia", 1}, {L, "West Indies", 1}, {L, "Zorbville", 1}},
	}})
}

// TestTownsAsPersonTeams: in a match report a town's or a region's name
// that the tagger read as a person's before a match's verb ("Munster
// beat") is the team; a person's name there stays.
func TestTownsAsPersonTeams(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a province before beat",
		text:  "Zorbco Rovers beat Quelb United 22-10 and 3-0 in the league. Munster beat the Quelbers on Sunday, and Marla Quonk won the match.",
		spans: []span{{O, "Zorbco Rovers"}, {O, "Quelb United"}, {P, "Munster"}, {P, "Marla Quonk"}},
		want:  []want{{O, "Zorbco Rovers", 1}, {O, "Quelb United", 1}, {O, "Munster", 1}, {P, "Marla Quonk", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListedRegionalBodies: regional blocs of December 2020 world news that
// orgs.tsv lists in the world news audit, which the tagger typed a place
// ("ECOWAS" after a sentence's adverb) or left untagged ("Arab League",
// "Mercosur"), are organizations.
func TestListedRegionalBodies(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "typed a place, untagged",
		text:  "Separately, ECOWAS leaders met in Zorbville, and the Arab League and Mercosur sent envoys.",
		spans: []span{{L, "ECOWAS"}, {L, "Zorbville"}},
		want:  []want{{O, "ECOWAS", 1}, {L, "Zorbville", 1}, {O, "Arab League", 1}, {O, "Mercosur", 1}},
	}})
}

// TestPlacedRegionsAsPlaces: a region's name that a geographic noun made a
// place ("the Zorbray region") and that the tagger typed an organization
// after a strong locative elsewhere ("in Zorbray"), having read it in a
// group's name, is the place there too; the group stays.
func TestPlacedRegionsAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a region and its front",
		text:  "Troops entered the Zorbray region to fight the Zorbray Quelb Front. Hospitals in Zorbray ran out of fuel.",
		spans: []span{{O, "Zorbray"}, {O, "Zorbray Quelb Front"}, {O, "Zorbray"}},
		want:  []want{{L, "Zorbray", 2}, {O, "Zorbray Quelb Front", 1}},
	}})
}

// TestDatelineRegionsAsPlaces: the region between a dateline's town and
// the agency's bracket, which the tagger read as MISC, is a place.
func TestDatelineRegionsAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a town and its region",
		text:  "ZORBVILLE, Quelb-Marzia (Reuters) - Troops left the town.",
		spans: []span{{O, "ZORBVILLE"}, {misc, "Quelb-Marzia"}, {O, "Reuters"}},
		want:  []want{{L, "ZORBVILLE", 1}, {L, "Quelb-Marzia", 1}, {O, "Reuters", 1}},
	}})
}

// TestPartiesOfTheirCountry: a party's name that the tagger cut before
// "of" and its country is one name; a bank and its country stay two, as
// CoNLL-2003 marks "State Bank of Pakistan".
func TestPartiesOfTheirCountry(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party and a bank",
		text:  "The United Quelb Party of Zorbia of President Marla Quonk met the State Bank of Zorbia.",
		spans: []span{{O, "United Quelb Party"}, {L, "Zorbia"}, {P, "Marla Quonk"}, {O, "State Bank"}, {L, "Zorbia"}},
		want:  []want{{O, "United Quelb Party of Zorbia", 1}, {P, "Marla Quonk", 1}, {O, "State Bank", 1}, {L, "Zorbia", 1}},
	}})
}

// TestLeadFacilityNamesAsPlaces: a square named by a leading "Plaza" and a
// street by "Avenida", which the tagger typed an organization and a
// person, are places.
func TestLeadFacilityNamesAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a square and an avenue",
		text:  "Protesters gathered in Zorbville's Plaza Quelbia and marched down Avenida Zorbo.",
		spans: []span{{L, "Zorbville"}, {O, "Plaza Quelbia"}, {P, "Avenida Zorbo"}},
		want:  []want{{L, "Zorbville", 1}, {L, "Plaza Quelbia", 1}, {L, "Avenida Zorbo", 1}},
	}})
}

// TestGroupKindCue: a name before a group's kind and "group" ("human
// rights group"), which the tagger typed a place, is the group; a known
// place before one stays a place.
func TestGroupKindCue(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a rights group and a place's media group",
		text:  "Police detained 300 people, the Quelbna human rights group said. A Hong Kong media group agreed.",
		spans: []span{{L, "Quelbna"}, {L, "Hong Kong"}},
		want:  []want{{O, "Quelbna", 1}, {L, "Hong Kong", 1}},
	}})
}

// TestListedWorldBodies: bodies of December 2020 world news that orgs.tsv
// lists after the world news audit's second set, which the tagger cut
// before "in Europe", left untagged or typed a person, are organizations.
func TestListedWorldBodies(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "cut, untagged, typed a person",
		text:  "The Organization for Security and Co-operation in Europe and Save the Children met Marla Quonk, and Zorbia blamed Mossad.",
		spans: []span{{O, "Organization for Security and Co-operation"}, {L, "Europe"}, {P, "Marla Quonk"}, {L, "Zorbia"}, {P, "Mossad"}},
		want:  []want{{O, "Organization for Security and Co-operation in Europe", 1}, {O, "Save the Children", 1}, {P, "Marla Quonk", 1}, {L, "Zorbia", 1}, {O, "Mossad", 1}},
	}})
}

// TestRegionGroupNamesAsPlaces: a region's name that the tagger typed an
// organization after a strong locative, having read it as the first word
// of a front's name, is the place; a party's short name stays.
func TestRegionGroupNamesAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a front's region and a party's short name",
		text:  "The Zorbray People's Liberation Front denied fighting in Zorbray. The Quelb National Party said in Quelb it would win.",
		spans: []span{{O, "Zorbray People's Liberation Front"}, {O, "Zorbray"}, {O, "Quelb National Party"}, {O, "Quelb"}},
		want:  []want{{O, "Zorbray People's Liberation Front", 1}, {L, "Zorbray", 1}, {O, "Quelb National Party", 2}},
	}})
}

// TestHouthisAsMisc: the Houthi movement's followers, which the tagger
// typed an organization or a place, are MISC, as eng.train marks
// "Taleban"; the city they hold stays.
func TestHouthisAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the plural and the adjective",
		text:  "The Houthis hold Zorbville, and a Houthi camp was hit.",
		spans: []span{{O, "Houthis"}, {L, "Zorbville"}, {L, "Houthi"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

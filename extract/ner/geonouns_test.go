package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestGeoNounsAsPlaces: a name before a geographic noun, or after one and
// "of", is a place, whatever the tagger typed it; a listed organization
// stays one.
func TestGeoNounsAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "before a geographic noun, after one and of",
			text:  "Boats took to the Quidecca canal near the island of Zoglio, and the Quazio region voted.",
			spans: []span{{O, "Quidecca"}, {P, "Zoglio"}, {O, "Quazio"}},
			want:  []want{{L, "Quidecca", 1}, {L, "Zoglio", 1}, {L, "Quazio", 1}},
		},
		{
			name:  "the name's other mentions go with it, a club's name too",
			text:  "A program was launched in the Lazio region. In Lazio, 5,700,000 people live.",
			spans: []span{{P, "Lazio"}, {P, "Lazio"}},
			want:  []want{{L, "Lazio", 2}},
		},
		{
			name:  "a listed organization and a capitalized noun stay",
			text:  "The Reuters island desk and the Quimble River Authority met.",
			spans: []span{{O, "Reuters"}, {O, "Quimble River Authority"}},
			want:  []want{{O, "Reuters", 1}, {O, "Quimble River Authority", 1}},
		},
		{
			name:  "a company after the state of, the capital of, or a company's word before a geographic noun stays (review10, made-up)",
			text:  "Investors worried about the state of Zorbix Holdings and the share capital of Quelbix, and Blorp Corp river cruises rose.",
			spans: []span{{O, "Zorbix Holdings"}, {O, "Quelbix"}, {O, "Blorp Corp"}},
			want:  []want{{O, "Zorbix Holdings", 1}, {O, "Quelbix", 1}, {O, "Blorp Corp", 1}},
		},
	})
}

// TestHyphenedRegions: a hyphened region's name the tagger typed MISC is
// a place where it stands as one somewhere in the article, at every
// mention; a pair of demonyms stays MISC.
func TestHyphenedRegions(t *testing.T) {
	L := newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a region after in, then alone",
		text:  "Fighting raged in Zorbo-Quelbakh on Monday. Talks over Zorbo-Quelbakh failed in Zorbville.",
		spans: []span{{misc, "Zorbo-Quelbakh"}, {misc, "Zorbo-Quelbakh"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbo-Quelbakh", 2}, {L, "Zorbville", 1}},
	}, {
		name:  "a pair of demonyms after in",
		text:  "Progress in Russian-Chechen talks was slow in Zorbville.",
		spans: []span{{misc, "Russian-Chechen"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestHyphenedPairsAsMisc: two countries, a bloc and a country or two
// listed companies joined by a hyphen are a relation's or a joint
// product's adjective, MISC, whatever the tagger typed them; a listed
// name with a hyphen stays.
func TestHyphenedPairsAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bloc and a country, two countries",
		text:  "Quelb Marzo said EU-UK talks and U.S.-China ties weighed on Zorbville.",
		spans: []span{{newsner.Person, "Quelb Marzo"}, {O, "EU-UK"}, {L, "U.S.-China"}, {L, "Zorbville"}},
		want:  []want{{newsner.Person, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "two drugmakers' shot",
		text:  "Zorbia cleared the Pfizer-BioNTech shot.",
		spans: []span{{L, "Zorbia"}, {O, "Pfizer-BioNTech"}},
		want:  []want{{L, "Zorbia", 1}},
	}, {
		name:  "a listed hyphened name, a pair of unknowns",
		text:  "Mercedes-Benz and Zorb-Quelb rose in Zorbville.",
		spans: []span{{O, "Mercedes-Benz"}, {O, "Zorb-Quelb"}, {L, "Zorbville"}},
		want:  []want{{O, "Mercedes-Benz", 1}, {O, "Zorb-Quelb", 1}, {L, "Zorbville", 1}},
	}})
}

// TestCapitalAppositions: a name before ", the capital of" is a place,
// whatever the tagger typed it.
func TestCapitalAppositions(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a regional capital typed a body",
		text:  "Troops took Quelbaba, the capital of the Zorb region, and Quelbco fled.",
		spans: []span{{O, "Quelbaba"}, {L, "Zorb"}, {O, "Quelbco"}},
		want:  []want{{L, "Quelbaba", 1}, {L, "Zorb", 1}, {O, "Quelbco", 1}},
	}})
}

// TestGeoListItemsAsPlaces: every item of a list after a plural
// geographic noun and "of" is a place, one whose name starts with an
// Arabic article ("al-Quelb") too, after any of placeKinds ("the
// communities of"); a list after another noun stays.
func TestGeoListItemsAsPlaces(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "neighbourhoods of a town",
			text:  "Fighting in 2020 reached the neighborhoods of al-Quelb, Zorbo Hanano and Marz Tariq, residents said.",
			spans: []span{{O, "al-Quelb"}, {P, "Zorbo Hanano"}, {P, "Marz Tariq"}},
			want:  []want{{L, "al-Quelb", 1}, {L, "Zorbo Hanano", 1}, {L, "Marz Tariq", 1}},
		},
		{
			name:  "a later item typed an organization",
			text:  "Shells fell on the neighbourhoods of al-Quelb, Zorbo Hanano and al-Marz al-Tariq, residents said.",
			spans: []span{{L, "al-Quelb"}, {P, "Zorbo Hanano"}, {O, "al-Marz al-Tariq"}},
			want:  []want{{L, "al-Quelb", 1}, {L, "Zorbo Hanano", 1}, {L, "al-Marz al-Tariq", 1}},
		},
		{
			name:  "communities of: a kind the like-cue had alone",
			text:  "Floods cut off the communities of al-Quelb, Zorbo Hanano and Marz Tariq, officials said.",
			spans: []span{{O, "al-Quelb"}, {P, "Zorbo Hanano"}, {P, "Marz Tariq"}},
			want:  []want{{L, "al-Quelb", 1}, {L, "Zorbo Hanano", 1}, {L, "Marz Tariq", 1}},
		},
		{
			name:  "owners of companies",
			text:  "The owners of Quelbix, Zorbo Hanano and Marz Tariq met in 2020.",
			spans: []span{{O, "Quelbix"}, {P, "Zorbo Hanano"}, {P, "Marz Tariq"}},
			want:  []want{{O, "Quelbix", 1}, {P, "Zorbo Hanano", 1}, {P, "Marz Tariq", 1}},
		},
	})
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

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSchoolSidesAsTeams: a town's name and a compass word before one of
// its athletes (after "'s", a school year or a sport's role) is a high
// school's team; a town's side where a place stands stays a place.
func TestSchoolSidesAsTeams(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "athletes of two schools",
			text:  "Topeka North's Marla Quonk won the 100 yard freestyle in 2020. Topeka East senior Tomaz Quell was second, and Topeka West diver Dara Quimby took the board title.",
			spans: []span{{L, "Topeka North"}, {P, "Marla Quonk"}, {L, "Topeka East"}, {P, "Tomaz Quell"}, {L, "Topeka West"}, {P, "Dara Quimby"}},
			want:  []want{{O, "Topeka North", 1}, {P, "Marla Quonk", 1}, {O, "Topeka East", 1}, {P, "Tomaz Quell", 1}, {O, "Topeka West", 1}, {P, "Dara Quimby", 1}},
		},
		{
			name:  "a side of town",
			text:  "Floods closed roads in Topeka North on Monday. Topeka North residents were told to stay home.",
			spans: []span{{L, "Topeka North"}, {L, "Topeka North"}},
			want:  []want{{L, "Topeka North", 2}},
		},
	})
}

// TestGeoListItemsAsPlaces: every item of a list after a plural
// geographic noun and "of" is a place, one whose name starts with an
// Arabic article ("al-Quelb") too; a list after another noun stays.
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
			name:  "owners of companies",
			text:  "The owners of Quelbix, Zorbo Hanano and Marz Tariq met in 2020.",
			spans: []span{{O, "Quelbix"}, {P, "Zorbo Hanano"}, {P, "Marz Tariq"}},
			want:  []want{{O, "Quelbix", 1}, {P, "Zorbo Hanano", 1}, {P, "Marz Tariq", 1}},
		},
	})
}

// TestPluralAcronymAfterNoName: title-cased words before a plural acronym
// in brackets name a kind of thing, no organization; a name before its
// own letters stays.
func TestPluralAcronymAfterNoName(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a kind of thing and its letters",
			text:  "In 2020 more Special Purpose Acquisition Companies (SPACs) listed than ever, and Quelbix Holdings (QH) bought two Zorbo Care Units (ZCUs).",
			spans: []span{{O, "Special Purpose Acquisition Companies"}, {O, "Quelbix Holdings"}, {O, "QH"}, {O, "Zorbo Care Units"}},
			want:  []want{{O, "Quelbix Holdings", 2}},
		},
	})
}

// TestBareRoadWordNoName: a road's word with no number after it names no
// road; with its number it is a place.
func TestBareRoadWordNoName(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the Interstate and Interstate 95",
			text:  "In 2020 the GPS sent Marla off the Interstate twice before she found Interstate 95 again.",
			spans: []span{{O, "Interstate"}, {O, "Interstate"}},
			want:  []want{{L, "Interstate 95", 1}},
		},
	})
}

// TestStemNoName: "STEM", science, technology, engineering and maths, is a
// term's letters (termAcronyms), no organization.
func TestStemNoName(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "STEM classes",
			text:  "In 2020 schools in Quelbton funded STEM classes, and STEM teachers got a raise.",
			spans: []span{{L, "Quelbton"}, {O, "STEM"}, {O, "STEM"}},
			want:  []want{{L, "Quelbton", 1}},
		},
	})
}

// TestCountryOwnedAsOrganizations: a one-word name no list knows as a
// place, after a country's name and "'s", is a company of the country; a
// known town and a plural region stay places.
func TestCountryOwnedAsOrganizations(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a company, a town and a region",
			text:  "In 2020 Chile's Quelbcom launched a cheap data plan. Chile's Valparaiso got it first, and Chile's Zorblands will get it next year.",
			spans: []span{{L, "Chile"}, {L, "Quelbcom"}, {L, "Chile"}, {L, "Valparaiso"}, {L, "Chile"}, {L, "Zorblands"}},
			want:  []want{{L, "Chile", 3}, {O, "Quelbcom", 1}, {L, "Valparaiso", 1}, {L, "Zorblands", 1}},
		},
	})
}

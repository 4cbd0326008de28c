package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestProductsBeforeNounsAsMisc: a name right before a product's noun
// ("the Zorbly app", "the Quelbsat satellite") is a product, MISC at every
// mention; a name the article has act as a company ("Quenco said"), and a
// listed company, stay.
func TestProductsBeforeNounsAsMisc(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an app and a satellite",
			text:  "Users of the Chatterly app complained, and Dara Voss said Chatterly lost data. The Quelbsat satellite mapped the ice.",
			spans: []span{{O, "Chatterly"}, {P, "Dara Voss"}, {L, "Chatterly"}, {O, "Quelbsat"}},
			want:  []want{{P, "Dara Voss", 1}},
		},
		{
			name:  "a maker acting as a company, a listed company",
			text:  "Quenco said the Quenco smartphone will ship in June. The Google app got an update.",
			spans: []span{{O, "Quenco"}, {O, "Quenco"}, {O, "Google"}},
			want:  []want{{O, "Quenco", 2}, {O, "Google", 1}},
		},
	})
}

// TestVersionedNamesAsMisc: a name with a version's or a model's number
// ("Skyforge 3", "the Tessera 2 chip") is a product, MISC at every
// mention, with the name alone; a numbered road or broadcaster, a number
// of years, and a table's number on the next line stay.
func TestVersionedNamesAsMisc(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a sequel and a chip",
			text:  "Lumora released Skyforge 3 on Tuesday, and fans of Skyforge queued. The console uses the Tessera 2 chip.",
			spans: []span{{O, "Lumora"}, {L, "Skyforge 3"}, {O, "Skyforge"}, {O, "Tessera"}},
			want:  []want{{O, "Lumora", 1}},
		},
		{
			name:  "a road, a broadcaster, years",
			text:  "Traffic stopped on Route 66, Channel 4 reported. Zorbia 40 years ago was poorer.",
			spans: []span{{L, "Route 66"}, {O, "Channel 4"}, {L, "Zorbia"}},
			want:  []want{{L, "Route 66", 1}, {O, "Channel 4", 1}, {L, "Zorbia", 1}},
		},
		{
			name:  "a results table",
			text:  "Final placings:\n1. Marla Quonk (Zorbia) Quelbco 31\nLeading riders went on.",
			spans: []span{{P, "Marla Quonk"}, {L, "Zorbia"}, {O, "Quelbco"}},
			want:  []want{{P, "Marla Quonk", 1}, {L, "Zorbia", 1}, {O, "Quelbco", 1}},
		},
	})
}

// TestShowsAsMisc: a name right after a show's word in lower case ("the TV
// series Cold Ridge", "the podcast Zorbcast", "the video game
// Quelbcraft") is a work, MISC at every mention; a team after the
// capitalized "World Series", and a person after the verb "show", stay.
func TestShowsAsMisc(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a series, a podcast, a video game",
			text:  "Zorbflix bought the TV series Cold Ridge, and Cold Ridge airs in May. The podcast Zorbcast and the video game Quelbcraft sold well.",
			spans: []span{{O, "Zorbflix"}, {L, "Cold Ridge"}, {L, "Cold Ridge"}, {O, "Zorbcast"}, {O, "Quelbcraft"}},
			want:  []want{{O, "Zorbflix", 1}},
		},
		{
			name:  "a team after the World Series, a person after a verb",
			text:  "The World Series Zorbos lost, and polls show Quimby ahead.",
			spans: []span{{O, "Zorbos"}, {P, "Quimby"}},
			want:  []want{{O, "Zorbos", 1}, {P, "Quimby", 1}},
		},
	})
}

// TestCompanysThingsAsMisc: a name tagged an organization or a place
// right after a company's possessive ("Zorbco's Quelbix") is what the
// company makes or holds, MISC at every mention; after a place's
// possessive, a unit's name, an acronym, and a name acting as a company
// stay.
func TestCompanysThingsAsMisc(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a company's product",
			text:  "Zorbco's Quelbix goes on sale in May, and buyers of Quelbix get a case.",
			spans: []span{{O, "Zorbco"}, {O, "Quelbix"}, {L, "Quelbix"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name: "a place's company, a unit, an acronym, a subsidiary",
			text: "Zorbia's Quelbcom grew. Zorbco's Quimby Research Center and Zorbco's QRX opened. Zorbco's Marlex said profits rose.",
			spans: []span{{L, "Zorbia"}, {O, "Quelbcom"}, {O, "Zorbco"}, {O, "Quimby Research Center"}, {O, "Zorbco"}, {O, "QRX"},
				{O, "Zorbco"}, {O, "Marlex"}},
			want: []want{{L, "Zorbia", 1}, {O, "Quelbcom", 1}, {O, "Zorbco", 3}, {O, "Quimby Research Center", 1}, {O, "QRX", 1}, {O, "Marlex", 1}},
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
	})
}

// TestProductsMaker: a name before "maker" and a company's name
// ("Zorbphone maker Quelbco") is the product, MISC; a name the article
// has act as a company stays one.
func TestProductsMaker(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a product before its maker",
			text:  "Zorbphone maker Quelbco lost ground as sales of the Zorbphone slowed.",
			spans: []span{{O, "Zorbphone"}, {O, "Quelbco"}, {O, "Zorbphone"}},
			want:  []want{{O, "Quelbco", 1}},
		},
		{
			name:  "a company named as its product",
			text:  "Quenco maker Marlex Holdings merged, and Quenco said it would keep its name.",
			spans: []span{{O, "Quenco"}, {O, "Marlex Holdings"}, {O, "Quenco"}},
			want:  []want{{O, "Quenco", 2}, {O, "Marlex Holdings", 1}},
		},
	})
}

// TestListedProductsNeighboursAsMisc: a name listed beside a listed
// product ("Zorbchat, Android and iOS") is a product too, MISC at every
// mention; a listed company and a name acting as a company stay.
func TestListedProductsNeighboursAsMisc(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an app beside systems",
			text:  "The plan covers Zorbchat, Android and iOS. Zorbchat has ten million users.",
			spans: []span{{O, "Zorbchat"}, {O, "Android"}, {L, "iOS"}, {L, "Zorbchat"}},
			want:  nil,
		},
		{
			name:  "a listed company, a company acting",
			text:  "It runs on Facebook, Quenco and Android. Quenco said it would add more.",
			spans: []span{{O, "Facebook"}, {O, "Quenco"}, {O, "Android"}, {O, "Quenco"}},
			want:  []want{{O, "Facebook", 1}, {O, "Quenco", 2}},
		},
	})
}

// TestModelCodesAsMisc: a name tagged a person right before a model's
// code ("Dell Quorvex ZT4418DW") is a product, MISC at every mention, with
// its words after the listed maker's ("Quorvex"); a person whose line
// ends before a code, and an organization before a half-year's code, stay.
func TestModelCodesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a monitor by maker, line and code",
			text:  "Deal: 30% off the Dell Quorvex ZT4418DW monitor. The Quorvex R6700 is fast, Marla Quonk wrote.",
			spans: []span{{P, "Dell Quorvex"}, {P, "Quorvex"}, {P, "Marla Quonk"}},
			want:  []want{{P, "Marla Quonk", 1}},
		},
		{
			name:  "a code on the next line, a half-year",
			text:  "Photo: Marla Quonk\nZT4418 units ship soon. Quelbco H1 profit rose.",
			spans: []span{{P, "Marla Quonk"}, {O, "Quelbco"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Quelbco", 1}},
		},
	})
}

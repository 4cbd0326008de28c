package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of products_listed.go's rules and lists.

// TestCuedProductsNeighboursAsMisc: a name listed beside a name a product
// rule found ("the Zorbly app", then "Quelbchat, Zorbly and Quelbmail") is a
// product too, MISC at every mention; a name acting as a company stays.
func TestCuedProductsNeighboursAsMisc(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "apps beside a cued app",
			text:  "Users of the Zorbly app complained. The bundle holds Quelbchat, Zorbly and Quelbmail, and Quelbchat is free.",
			spans: []span{{O, "Zorbly"}, {O, "Quelbchat"}, {O, "Zorbly"}, {L, "Quelbmail"}, {O, "Quelbchat"}},
			want:  nil,
		},
		{
			name:  "a company acting",
			text:  "Users of the Zorbly app complained. It runs on Zorbly and Quenco. Quenco said it would fix it.",
			spans: []span{{O, "Zorbly"}, {O, "Zorbly"}, {O, "Quenco"}, {O, "Quenco"}},
			want:  []want{{O, "Quenco", 2}},
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

// TestCryptocurrencyProducts: "XRP" is a cryptocurrency, MISC as
// "bitcoin" is (productNames), not the company the tagger reads.
func TestCryptocurrencyProducts(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "xrp",
		text:  "Regulators sued Zorb Labs over sales of XRP. XRP fell 23%.",
		spans: []span{{O, "Zorb Labs"}, {O, "XRP"}, {O, "XRP"}},
		want:  []want{{O, "Zorb Labs", 1}},
	}})
}

// TestMoreListedProducts: software, services and devices added to
// productNames in the twelfth pass are MISC whatever the tagger typed
// them; their maker named alone stays.
func TestMoreListedProducts(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "products typed an organization, a place and a person",
		text:  "Zorbco moved its files from Google Sheets to Azure, and Marla Quonk bought a HomePod. Microsoft said so.",
		spans: []span{{O, "Zorbco"}, {O, "Google Sheets"}, {L, "Azure"}, {P, "Marla Quonk"}, {P, "HomePod"}, {O, "Microsoft"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Marla Quonk", 1}, {O, "Microsoft", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of spans_tails.go's rules.

// TestDistrictOfficeCut: "District" of a district attorney's or judge's
// office that the tagger read into the name before it is cut off: the
// county is a place; the office's own name ("District Attorney's Office")
// keeps it.
func TestDistrictOfficeCut(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a county's district attorney",
		text:  "Quelb County District Attorney Zorb Quimby said the case would be reviewed.",
		spans: []span{{O, "Quelb County District"}, {P, "Zorb Quimby"}},
		want:  []want{{L, "Quelb County", 1}, {P, "Zorb Quimby", 1}},
	}, {
		name:  "the office's possessive",
		text:  "The Quelb District Attorney's Office said it would appeal.",
		spans: []span{{O, "Quelb District"}},
		want:  []want{{O, "Quelb District", 1}},
	}})
}

// TestCircuitOrdinals: a US appeals court's circuit number in figures
// that the tagger left out of the court's name ("the 3rd U.S. Circuit
// Court of Appeals", "the 11th Circuit") is part of it; a number before
// another organization stays out.
func TestCircuitOrdinals(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the court's full name and its short one",
		text:  "The 3rd U.S. Circuit Court of Appeals in Zorbville threw out the case, and the 11th Circuit did too.",
		spans: []span{{O, "U.S. Circuit Court of Appeals"}, {L, "Zorbville"}, {O, "Circuit"}},
		want:  []want{{O, "3rd U.S. Circuit Court of Appeals", 1}, {L, "Zorbville", 1}, {O, "11th Circuit", 1}},
	}, {
		name:  "a number before another organization",
		text:  "Zorbco held its 5th Quelbix Forum in Zorbville.",
		spans: []span{{O, "Zorbco"}, {O, "Quelbix Forum"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelbix Forum", 1}, {L, "Zorbville", 1}},
	}})
}

// TestProductsWithTheirTail: a listed product's name whose number or
// letter the tagger left out of the company's span it made ("Falcon" of
// "Falcon 9", "Sputnik" of "Sputnik V") is the product's whole, MISC; so
// is a spacecraft's listed name alone.
func TestProductsWithTheirTail(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a vaccine and a rocket cut before their tails",
		text:  "Zorbia approved the Sputnik V shot, and Quelbco flew a Falcon 9 rocket.",
		spans: []span{{L, "Zorbia"}, {O, "Sputnik"}, {O, "Quelbco"}, {O, "Falcon"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Quelbco", 1}},
	}, {
		name:  "a spacecraft alone",
		text:  "Quelbco said the Starship prototype flew over Zorbville.",
		spans: []span{{O, "Quelbco"}, {O, "Starship"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a company's name before a number that makes no product",
		text:  "Quelbco Falcon 12 rose in Zorbville.",
		spans: []span{{O, "Quelbco Falcon"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbco Falcon", 1}, {L, "Zorbville", 1}},
	}})
}

// TestCutTrailingNouns: a noun in lower case the tagger runs into a name
// ("the Zorbnet desk") goes where the name stands alone elsewhere; a name
// found only with its noun, and a head CoNLL-2003 keeps ("Quelbia
// ministry"), stay.
func TestCutTrailingNouns(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a network's desk",
			text:  "After Zorbnet called the race, the moment of dissent at the Zorbnet desk was news.",
			spans: []span{{O, "Zorbnet"}, {O, "Zorbnet desk"}},
			want:  []want{{O, "Zorbnet", 2}},
		},
		{
			name:  "no name alone, a kept head",
			text:  "Staff at the Quelbnet desk met. The Quelbia ministry said Quelbia would act.",
			spans: []span{{O, "Quelbnet desk"}, {O, "Quelbia ministry"}, {O, "Quelbia"}},
			want:  []want{{O, "Quelbnet desk", 1}, {O, "Quelbia ministry", 2}},
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

// TestCutHeritageStatus: UNESCO's status of a site is no part of the
// body's name before it and names nothing alone (cutHeritageStatus); a
// body of UNESCO's named "World Heritage ..." stays.
func TestCutHeritageStatus(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the body and the status run together",
		text:  "The walled quarter, a United Nations World Heritage site, was shelled.",
		spans: []span{{O, "United Nations World Heritage"}},
		want:  []want{{O, "United Nations", 1}},
	}, {
		name:  "the tagger cut at Heritage",
		text:  "The old town is a UNESCO World Heritage site, and UNESCO sent a team.",
		spans: []span{{O, "UNESCO World"}, {O, "UNESCO"}},
		want:  []want{{O, "UNESCO", 2}},
	}, {
		name:  "the status alone",
		text:  "The temple became a World Heritage Site in 1992.",
		spans: []span{{O, "World Heritage Site"}},
		want:  nil,
	}, {
		name:  "UNESCO's committee",
		text:  "The World Heritage Committee met in Riyadh.",
		spans: []span{{O, "World Heritage Committee"}},
		want:  []want{{O, "World Heritage Committee", 1}},
	}})
}

// TestUnitTailSpans: a listed one-word company and a unit's word after it
// that the tagger cut off ("TikTok Global would be ...") are the unit's
// name (addUnitTailSpans), kept an organization where no verb says what
// it does (divisionWords) and apart from the parent (listedUnitParent); a
// unit's word before another capitalized word is left.
func TestUnitTailSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the unit's word cut off",
		text:  "Under the deal, TikTok Global will be based in Quenton. TikTok said it would hire 2,000 people.",
		spans: []span{{O, "TikTok"}, {L, "Quenton"}, {O, "TikTok"}},
		want:  []want{{O, "TikTok Global", 1}, {L, "Quenton", 1}, {O, "TikTok", 1}},
	}, {
		name:  "the unit tagged whole, no verb",
		text:  "Walmart International will be run from Quenton.",
		spans: []span{{O, "Walmart International"}, {L, "Quenton"}},
		want:  []want{{O, "Walmart International", 1}, {L, "Quenton", 1}},
	}, {
		name:  "another capitalized word after the unit's",
		text:  "The TikTok Global Fund opened in Quenton.",
		spans: []span{{O, "TikTok"}, {L, "Quenton"}},
		want:  []want{{O, "TikTok", 1}, {L, "Quenton", 1}},
	}})
}

// TestCutSharedGeoPlurals: a capitalized plural geographic noun after two
// names joined by "and" is no word of the second: both are places; a
// country named with "Islands" stays whole.
func TestCutSharedGeoPlurals(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two counties",
		text:  "Plants in Zorbaga and Quelb Counties closed, Jane Quimble said.",
		spans: []span{{L, "Zorbaga"}, {P, "Quelb Counties"}, {P, "Jane Quimble"}},
		want:  []want{{L, "Zorbaga", 1}, {L, "Quelb", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "two rivers",
		text:  "Levels in the Zorb and Quelb Rivers fell, Quelbco said.",
		spans: []span{{L, "Zorb"}, {O, "Quelb Rivers"}, {O, "Quelbco"}},
		want:  []want{{L, "Zorb", 1}, {L, "Quelb", 1}, {O, "Quelbco", 1}},
	}, {
		name:  "islands stay whole",
		text:  "Zorbia and Quelb Islands signed, Jane Quimble said.",
		spans: []span{{L, "Zorbia"}, {L, "Quelb Islands"}, {P, "Jane Quimble"}},
		want:  []want{{L, "Zorbia", 1}, {L, "Quelb Islands", 1}, {P, "Jane Quimble", 1}},
	}})
}

// TestLegislatorLettersCut: a legislator's letters that the tagger read
// into an organization's name before them ("an Ottawa New Democrat MP")
// are cut off; a known place that opens the rest is the seat's place, a
// party's member is no organization, a party's adjective no place even
// where a town has its name ("Liberal").
func TestLegislatorLettersCut(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a place, a party's member and MP",
		text:  "Zora Quimby, an Ottawa New Democrat MP, said the lapses were troubling.",
		spans: []span{{P, "Zora Quimby"}, {O, "Ottawa New Democrat MP"}},
		want:  []want{{P, "Zora Quimby", 1}, {L, "Ottawa", 1}},
	}, {
		name:  "a party and MSP",
		text:  "Zora Quimby, a Scottish Labour MSP, said the plan was troubling.",
		spans: []span{{P, "Zora Quimby"}, {O, "Scottish Labour MSP"}},
		want:  []want{{P, "Zora Quimby", 1}, {O, "Scottish Labour", 1}},
	}, {
		name:  "a party's adjective is no place",
		text:  "Zora Quimby, the Liberal Democrat MP for Quelbton, said it.",
		spans: []span{{P, "Zora Quimby"}, {O, "Liberal Democrat MP"}, {L, "Quelbton"}},
		want:  []want{{P, "Zora Quimby", 1}, {O, "Liberal Democrat", 1}, {L, "Quelbton", 1}},
	}})
}

// TestFacilityHeadTaken: a facility's capitalized head word that the
// tagger left out of the name before it ("the Al-Ghaza Hotel", "Al-Ghaza"
// tagged an organization) is taken in, and the name is a place; a head
// before another capitalized word is left alone.
func TestFacilityHeadTaken(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a hotel's head left out",
		text:  "Six people died when the Al-Quelb Hotel near the Zorbton market collapsed.",
		spans: []span{{O, "Al-Quelb"}, {L, "Zorbton"}},
		want:  []want{{L, "Al-Quelb Hotel", 1}, {L, "Zorbton", 1}},
	}, {
		name:  "another capitalized word follows",
		text:  "Zorbco Hotel Group said profits rose.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}},
	}})
}

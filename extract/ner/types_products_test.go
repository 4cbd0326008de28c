package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestDivisionWordUnits: a listed company's word and "Cargo", "Healthcare"
// or "Freight" name its unit, an organization, not a product line
// (divisionWords).
func TestDivisionWordUnits(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "cargo",
		text:  "Demand for cool boxes tripled, Qantas Freight said on Monday.",
		spans: []span{{O, "Qantas Freight"}},
		want:  []want{{O, "Qantas Freight", 1}},
	}, {
		name:  "healthcare",
		text:  "Shipments rose, said Jane Quelbert, president of Siemens Healthcare.",
		spans: []span{{P, "Jane Quelbert"}, {O, "Siemens Healthcare"}},
		want:  []want{{P, "Jane Quelbert", 1}, {O, "Siemens Healthcare", 1}},
	}})
}

// TestModelWordAfterNumber: a product's word the tagger typed an
// organization right after a model's number ("the 717 MAX") is MISC, at
// its other mentions too; its maker stays.
func TestModelWordAfterNumber(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a jet's model word",
		text:  "Zorbair grounded the 717 MAX in March. Regulators cleared the MAX on Monday.",
		spans: []span{{O, "Zorbair"}, {O, "MAX"}, {O, "MAX"}},
		want:  []want{{O, "Zorbair", 1}},
	}})
}

// TestLateVaccineNames: vaccines and the nerve agent by their names, which
// the tagger types a place or a company, are MISC.
func TestLateVaccineNames(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a vaccine typed a place, a nerve agent a company",
		text:  "Zorbco makes Covaxin in Zorbville, and the critic was poisoned with Novichok.",
		spans: []span{{O, "Zorbco"}, {L, "Covaxin"}, {L, "Zorbville"}, {O, "Novichok"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Zorbville", 1}},
	}})
}

// TestLateProductsOf2019: a spacecraft's listed name, a phone's listed
// name and number, and a streaming stick the tagger typed a company are
// MISC; the makers stay.
func TestLateProductsOf2019(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a craft and a phone cut before its number",
		text:  "Quelbco's Starliner reached orbit, and Zorbco cut the Pixel 4 to $499 in Zorbville.",
		spans: []span{{O, "Quelbco"}, {O, "Starliner"}, {O, "Zorbco"}, {O, "Pixel"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbco", 1}, {O, "Zorbco", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a streaming stick",
		text:  "The Fire TV Stick dropped to $25 at Quelbco in Zorbville.",
		spans: []span{{O, "TV Stick"}, {O, "Quelbco"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbville", 1}},
	}})
}

// TestSkincareAndMethodsAsMisc: a brand's skincare product up to its kind
// ("Moisturizer", "Serum", "Gel") and a method's "Framework" are products,
// MISC, where the tagger typed the whole an organization; a company beside
// them stays (productHeads).
func TestSkincareAndMethodsAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a buyer's guide's picks",
		text:  "Another pick is the Zorbena Hydro Boost Face Moisturizer, and the Quelbtree Watery Sun Gel suits oily skin, Quelbco said in Zorbville.",
		spans: []span{{O, "Zorbena Hydro Boost Face Moisturizer"}, {O, "Quelbtree Watery Sun Gel"}, {O, "Quelbco"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a method's framework",
		text:  "Teams at Quelbco moved to the Scaled Zorbile Framework last year.",
		spans: []span{{O, "Quelbco"}, {O, "Scaled Zorbile Framework"}},
		want:  []want{{O, "Quelbco", 1}},
	}, {
		name:  "a course's papers",
		text:  "Quelbco sends the Quick Start Worksheet, and the Zorbus Academy Essentials Certification follows.",
		spans: []span{{O, "Quelbco"}, {O, "Quick Start Worksheet"}, {O, "Zorbus Academy Essentials Certification"}},
		want:  []want{{O, "Quelbco", 1}},
	}})
}

// TestSoftwareVendorsProductsAsMisc: a 2020s vendor's product up to its
// "Marketplace", "Connect", "Loader" or "Essentials" (productHeads) is a
// product, MISC, where the tagger typed the whole an organization or a
// person; the vendor beside it stays, and a party's "Platform" is left.
func TestSoftwareVendorsProductsAsMisc(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name: "a data vendor's marketplace, connector and loader",
		text: "Zorbco said the Zorbic Data Marketplace now lists 400 sets, Quelbco said its Quelb Store Connect and " +
			"the Quelbquery Loader ship in Zorbville.",
		spans: []span{{O, "Zorbco"}, {O, "Zorbic Data Marketplace"}, {O, "Quelbco"}, {O, "Quelb Store Connect"},
			{P, "Quelbquery Loader"}, {L, "Zorbville"}},
		want: []want{{O, "Zorbco", 1}, {O, "Quelbco", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a course's essentials, and a party's platform",
		text:  "Take the Zorbo Academy SEO Essentials course, Jane Quimble of the Civic Platform said in Zorbville.",
		spans: []span{{O, "Zorbo Academy SEO Essentials"}, {P, "Jane Quimble"}, {O, "Civic Platform"}, {L, "Zorbville"}},
		want:  []want{{P, "Jane Quimble", 1}, {O, "Civic Platform", 1}, {L, "Zorbville", 1}},
	}})
}

// TestPollsAndChartsAsMisc: a poll's or a chart's name cut before its
// number and typed a company ("AP Top" of "AP Top 25") is the whole name,
// MISC; the team beside it stays.
func TestPollsAndChartsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a poll and a chart",
		text:  "Quelb State rose in the AP Top 25 poll, and Zorbco's album topped the Billboard 200 chart.",
		spans: []span{{O, "Quelb State"}, {O, "AP Top"}, {O, "Zorbco"}, {O, "Billboard"}},
		want:  []want{{O, "Quelb State", 1}, {O, "Zorbco", 1}},
	}})
}

// TestLineActsAsCompany: a listed group's word and a business word no list
// knows ("Samsung Biologics", "Hyundai Mobis") is read as a product line
// (makersLine), but where the article has it say things or trade, or
// calls it a company in apposition (lineActsAsCompany), it is the company
// and stays; a product line that neither speaks nor trades is still MISC.
func TestLineActsAsCompany(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a group's company that speaks and trades",
			text:  "Samsung Biologics said on Monday it would build a fourth plant in Incheon. Samsung Biologics shares rose 3 percent.",
			spans: []span{{O, "Samsung Biologics"}, {L, "Incheon"}, {O, "Samsung Biologics"}},
			want:  []want{{O, "Samsung Biologics", 2}, {L, "Incheon", 1}},
		},
		{
			name:  "a group's company whose shares move",
			text:  "Analysts expect Hyundai Mobis to post a higher profit. Hyundai Mobis shares fell 2 percent in Seoul.",
			spans: []span{{O, "Hyundai Mobis"}, {O, "Hyundai Mobis"}, {L, "Seoul"}},
			want:  []want{{O, "Hyundai Mobis", 2}, {L, "Seoul", 1}},
		},
		{
			name:  "a group's company in apposition",
			text:  "Samsung Biologics, the contract drugmaker, will open a plant in Incheon. Samsung Biologics expects sales to double.",
			spans: []span{{O, "Samsung Biologics"}, {L, "Incheon"}, {O, "Samsung Biologics"}},
			want:  []want{{O, "Samsung Biologics", 2}, {L, "Incheon", 1}},
		},
		{
			name:  "a product line",
			text:  "Buyers of the Intel Core chips complained. The Intel Core line sold well in Osaka.",
			spans: []span{{O, "Intel Core"}, {O, "Intel Core"}, {L, "Osaka"}},
			want:  []want{{L, "Osaka", 1}},
		},
	})
}

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
		{
			name:  "an editor's tool",
			text:  "Trace the outline with the Shape Zorber tool. Then Shape Zorber merges the paths, as Dara Voss shows.",
			spans: []span{{O, "Shape Zorber"}, {P, "Shape Zorber"}, {P, "Dara Voss"}},
			want:  []want{{P, "Dara Voss", 1}},
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
			name:  "a company's product the tagger read MISC after the possessive, a place elsewhere",
			text:  "One of the first systems is Zorbco's Quelbsync, which links a phone to the car. Apps tap into Quelbsync so they work.",
			spans: []span{{O, "Zorbco"}, {misc, "Quelbsync"}, {L, "Quelbsync"}},
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

// TestOwnedProductsAsMisc: a name between "its" and a product's noun in
// the plural is the product, MISC (ownedProductsAsMisc).
func TestOwnedProductsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "satellites",
		text:  "Zorbspace launched 60 more of its Quelblink satellites on Friday.",
		spans: []span{{O, "Zorbspace"}, {O, "Quelblink"}},
		want:  []want{{O, "Zorbspace", 1}},
	}})
}

// TestMadeProductsAsMisc: a name tagged an organization before "shot made
// by" is the product, MISC (madeProductsAsMisc); the maker's name after
// "by" and a maker before "vaccine" with no "made by" stay organizations.
func TestMadeProductsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "shot made by",
		text:  "The state will use the Zorbavac shot made by Quelbio Biotech.",
		spans: []span{{O, "Zorbavac"}, {O, "Quelbio Biotech"}},
		want:  []want{{O, "Quelbio Biotech", 1}},
	}, {
		name:  "maker's vaccine",
		text:  "The Quelbio vaccine was approved on Monday.",
		spans: []span{{O, "Quelbio"}},
		want:  []want{{O, "Quelbio", 1}},
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

// TestProductNamedAsMisc: a name tagged an organization right after a
// medicine's kind in lower case is the medicine, MISC, at every mention
// (productNamedAsMisc); a body's name and a name the article has act as
// a company stay organizations.
func TestProductNamedAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a drug typed its maker's way",
		text:  "Zorbco said its arthritis drug Quelbemra had failed a trial. Sales of Quelbemra fell.",
		spans: []span{{O, "Zorbco"}, {O, "Quelbemra"}, {O, "Quelbemra"}},
		want:  []want{{O, "Zorbco", 1}},
	}, {
		name:  "a body's name and a company that acts",
		text:  "It licensed the drug Zorbco Pharmaceuticals had made. The vaccine Quelbvax said it would hire 100 people.",
		spans: []span{{O, "Zorbco Pharmaceuticals"}, {O, "Quelbvax"}},
		want:  []want{{O, "Zorbco Pharmaceuticals", 1}, {O, "Quelbvax", 1}},
	}})
}

// TestIngredientsAsMisc: a name before a percentage and "+", or between a
// percentage and "+", is a formula's ingredient at every mention
// (ingredientsAsMisc), and one before a number's "50+" a strength ("SPF
// 50+"); a company before a percentage alone stays.
func TestIngredientsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a serum's formula",
		text:  "Quelbo sells a Zorbamide 10% + Zinc 1% serum. Zorbamide calms the skin. Try the 5% Zorbamide + 2% TXA Serum.",
		spans: []span{{O, "Quelbo"}, {O, "Zorbamide"}, {O, "Zorbamide"}, {O, "Zorbamide"}},
		want:  []want{{O, "Quelbo", 1}},
	}, {
		name:  "a share's move",
		text:  "Quelbo rose 10% on Monday, and Zorbex 4%.",
		spans: []span{{O, "Quelbo"}, {O, "Zorbex"}},
		want:  []want{{O, "Quelbo", 1}, {O, "Zorbex", 1}},
	}, {
		name:  "a sunscreen's strength",
		text:  "Quelbo makes a light ZPF 50+ sunscreen. Creams with ZPF 15 and upwards help.",
		spans: []span{{O, "Quelbo"}, {O, "ZPF"}, {O, "ZPF"}},
		want:  []want{{O, "Quelbo", 1}},
	}})
}

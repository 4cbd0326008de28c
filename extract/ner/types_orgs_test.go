package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestFirmHeadNames: a fund manager's or an adviser's name ending in a
// firm's word ("Capital", "Management") is an organization where the
// tagger typed it a place or a person; a known place stays.
func TestFirmHeadNames(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a capital read as a place, a management as a person",
		text:  "Ulla Quimby, a principal at Quelbton Capital, and Marzo Management spoke in Zorbville.",
		spans: []span{{P, "Ulla Quimby"}, {L, "Quelbton Capital"}, {P, "Marzo Management"}, {L, "Zorbville"}},
		want:  []want{{P, "Ulla Quimby", 1}, {O, "Quelbton Capital", 1}, {O, "Marzo Management", 1}, {L, "Zorbville", 1}},
	}})
}

// TestLeadBankWords: a name that a bank's or group's leading word starts
// ("Banco", "Grupo") is an organization where the tagger typed it a place
// or where a facility's word ends it ("Banco Zorb Base").
func TestLeadBankWords(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bank read as a place, a bank ending in a facility word",
		text:  "Quelb Marzo, an economist at Banco Quelbano, and Ulla Quimby of Banco Zorb Base spoke in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Banco Quelbano"}, {P, "Ulla Quimby"}, {O, "Banco Zorb Base"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Banco Quelbano", 1}, {P, "Ulla Quimby", 1}, {O, "Banco Zorb Base", 1}, {L, "Zorbville", 1}},
	}})
}

// TestMiscWithLegalSuffix: a name ending in a legal suffix that the
// tagger typed MISC ("Zorbus SE") is an organization; after "the" (a
// title's end) it stays MISC.
func TestMiscWithLegalSuffix(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a European company's suffix",
		text:  "Zorbus SE (ZRB.PA) delivered 72 jets from Zorbville.",
		spans: []span{{misc, "Zorbus SE"}, {misc, "ZRB.PA"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbus SE", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a title's end after the",
		text:  "He filmed History in the Making Ltd in Zorbville.",
		spans: []span{{misc, "Making Ltd"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestLabelsTypedPlaces: a record label's or a film studio's name the
// tagger typed a place is an organization; a place's name with no such
// word stays a place.
func TestLabelsTypedPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a label and a studio typed places",
		text:  "Quelb Marzo signed with Zorbic Records and Quonk Studios in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbic Records"}, {L, "Quonk Studios"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbic Records", 1}, {O, "Quonk Studios", 1}, {L, "Zorbville", 1}},
	}})
}

// TestAcronymPlacesAsOrganizations: a name tagged a place made of an
// organization's listed acronym and a known place is the body's branch
// (acronymPlacesAsOrganizations); a place alone stays.
func TestAcronymPlacesAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "body and place",
		text:  "NHS Scotland medical director Jane Quorley said 40,000 shots had been given in Scotland.",
		spans: []span{{L, "NHS Scotland"}, {P, "Jane Quorley"}, {L, "Scotland"}},
		want:  []want{{O, "NHS Scotland", 1}, {P, "Jane Quorley", 1}, {L, "Scotland", 1}},
	}})
}

// TestAliasAcronymsAsOrganizations: a party's listed acronym the tagger
// typed MISC before a noun is the party; in a sports report, or after a
// number, capitals listed for a body are a game's term and stay MISC.
func TestAliasAcronymsAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a party before nouns",
			text:  "Marla Quonk lost the GOP primary in 2020. The GOP base never warmed to her, and GOP donors stayed home.",
			spans: []span{{P, "Marla Quonk"}, {misc, "GOP"}, {misc, "GOP"}, {misc, "GOP"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "GOP", 3}},
		},
		{
			name: "a baseball report",
			text: "Tomaz Quell hit two homers and drove in six RBI as the Zorbtown Quakes beat the Marzville Hawks 9-4 on Sunday. " +
				"Dara Quimby added an RBI single in the ninth inning, a day after the Quakes lost 5-3.",
			spans: []span{{P, "Tomaz Quell"}, {misc, "RBI"}, {O, "Zorbtown Quakes"}, {O, "Marzville Hawks"}, {P, "Dara Quimby"}, {misc, "RBI"}, {O, "Quakes"}},
			want:  []want{{P, "Tomaz Quell", 1}, {O, "Zorbtown Quakes", 2}, {O, "Marzville Hawks", 1}, {P, "Dara Quimby", 1}},
		},
	})
}

// TestBodyHeadedMiscAsOrganizations: a name tagged MISC that ends in a
// body's head word is the body; "League" ends a competition's name in a
// sports report, which stays MISC.
func TestBodyHeadedMiscAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "bodies",
			text:  "Marla Quonk, director of the Anti-Zorb League, welcomed the deal between the International Quelb Federation and the Zorbian Chess Association in 2020.",
			spans: []span{{P, "Marla Quonk"}, {misc, "Anti-Zorb League"}, {misc, "International Quelb Federation"}, {misc, "Zorbian Chess Association"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Anti-Zorb League", 1}, {O, "International Quelb Federation", 1}, {O, "Zorbian Chess Association", 1}},
		},
		{
			name: "a competition in a sports report",
			text: "Tomaz Quell scored twice as Zorbtown beat Marzville 3-1 in the Quelb Premier League on Sunday. " +
				"The striker's goals left Zorbtown top of the league after a 2-0 win last week.",
			spans: []span{{P, "Tomaz Quell"}, {O, "Zorbtown"}, {O, "Marzville"}, {misc, "Quelb Premier League"}, {O, "Zorbtown"}},
			want:  []want{{P, "Tomaz Quell", 1}, {O, "Zorbtown", 2}, {O, "Marzville", 1}},
		},
	})
}

// TestCompanyHeadsTechnologyChemAir: a brand's name before "Technology",
// "Chem" or "Air" is a company's, no product line (companyHeads,
// makersLine).
func TestCompanyHeadsTechnologyChemAir(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "brands",
		text:  "Kuaishou Technology filed for a listing in Zorbia, and LG Chem spun off a unit. Norwegian Air cut flights.",
		spans: []span{{O, "Kuaishou Technology"}, {L, "Zorbia"}, {O, "LG Chem"}, {O, "Norwegian Air"}},
		want:  []want{{O, "Kuaishou Technology", 1}, {L, "Zorbia", 1}, {O, "LG Chem", 1}, {O, "Norwegian Air", 1}},
	}})
}

// TestLabelNamesAsOrganizations: a "person" whose name ends in "Music" is
// a label (labelNamesAsOrganizations).
func TestLabelNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "label",
		text:  "Zorbco Music and rival labels are buying songs, Jon Marzo said.",
		spans: []span{{P, "Zorbco Music"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorbco Music", 1}, {P, "Jon Marzo", 1}},
	}})
}

// TestAcronymsOfBodiesAsOrganizations: a capitals' word tagged a place
// whose letters start the words of an organization in the article is the
// organization (acronymsOfBodiesAsOrganizations); a known place stays.
func TestAcronymsOfBodiesAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "union acronym",
		text:  "The Zorbian Confederation of Quelb Unions held rallies. ZCQU leaders said the law was unfair.",
		spans: []span{{O, "Zorbian Confederation of Quelb Unions"}, {L, "ZCQU"}},
		want:  []want{{O, "Zorbian Confederation of Quelb Unions", 2}},
	}, {
		name:  "known place",
		text:  "The United States Army said its troops left. USA officials agreed.",
		spans: []span{{O, "United States Army"}, {L, "USA"}},
		want:  []want{{O, "United States Army", 1}, {L, "USA", 1}},
	}})
}

// TestAddSiteSpans: a site's name written as its address with a capital is
// an organization, untagged or tagged otherwise; a link in lower case, a
// file's name and an address inside a longer span are left.
func TestAddSiteSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "untagged and mistyped site names",
			text:  "Marla Quonk wrote on Quimbly.com last week. Zorbnews.com's editor agreed. Tomaz Quell of Zibbo.org said so.",
			spans: []span{{P, "Marla Quonk"}, {P, "Zorbnews.com"}, {P, "Tomaz Quell"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Quimbly.com", 1}, {O, "Zorbnews.com", 1}, {P, "Tomaz Quell", 1}, {O, "Zibbo.org", 1}},
		},
		{
			name:  "a link in lower case and a file's name are no names",
			text:  "See quimbly.com for more. Open Setup.exe now.",
			spans: nil,
			want:  nil,
		},
		{
			name:  "a site named by a country's domain, a citation's source",
			text:  "\"Document found on rainy Quelb street\" — ZBC.ca, August 15, 2008. Zorbly.io said so.",
			spans: nil,
			want:  []want{{O, "ZBC.ca", 1}, {O, "Zorbly.io", 1}},
		},
	})
}

// TestSiteStem: a site's address alone names the site, apart from the
// league or network of its name; a company's formal name with a legal
// suffix after its ".com" still joins the company's short name.
func TestSiteStem(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the site and the league",
			text:  "The ZBL fined him. As ZBL.com reported, the ZBL will appeal.",
			spans: []span{{O, "ZBL"}, {O, "ZBL.com"}, {O, "ZBL"}},
			want:  []want{{O, "ZBL", 2}, {O, "ZBL.com", 1}},
		},
		{
			name:  "a company's formal name still joins",
			text:  "Quimbly.com Inc. fell. Quimbly said so.",
			spans: []span{{O, "Quimbly.com Inc."}, {O, "Quimbly"}},
			want:  []want{{O, "Quimbly.com Inc.", 2}},
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

// TestCountryRegionsStayPlaces: a name no list knows after a country's
// "'s" is the country's company, but not before a geographic noun
// ("Ethiopia's Quelbara region"), where it stays a place.
func TestCountryRegionsStayPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a region and a company of a country",
		text:  "Farmers fled Ethiopia's Quelbara region, and Ethiopia's Zorbcom cut jobs.",
		spans: []span{{L, "Ethiopia"}, {L, "Quelbara"}, {L, "Ethiopia"}, {L, "Zorbcom"}},
		want:  []want{{L, "Ethiopia", 2}, {L, "Quelbara", 1}, {O, "Zorbcom", 1}},
	}})
}

// TestBrothersAsOrganizations: a name ending in "Bros." or "Brothers"
// tagged a person is a firm's or a band's, an organization.
func TestBrothersAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bank's dotted Bros. before its possessive",
		text:  "Stocks rose, said Jan Quelby, Zorbon Bros.' chief equity strategist.",
		spans: []span{{P, "Jan Quelby"}, {P, "Zorbon Bros."}},
		want:  []want{{P, "Jan Quelby", 1}, {O, "Zorbon Bros.", 1}},
	}})
}

// TestSiteName pins the endings of a site's name written as its address
// (siteName): siteNameSuffixes, lower case (a few countries' and new
// domains among them: "CBC.ca", "Zorbly.io"), ".co.uk" and ".com.au"; not
// the rest of siteSuffixes ("app", "dev"), nor a country's code after
// another of them.
func TestSiteName(t *testing.T) {
	for w, want := range map[string]bool{
		"NBCNews.com": true, "Zorbly.org": true, "Zorb-1.net": true, "KZRB11.tv": true, "BBC.co.uk": true,
		"CBC.ca": true, "Zorbly.io": true, "Zorbly.co": true, "Zorbly.com.au": true,
		"Zorbly.app": false, "Zorbly.dev": false, "Zorbly.org.uk": false, "Zorbly.de": false,
		"Zorbly.COM": false, "zorbly.com": false, "A.com": false, "Zor.bly.com": false, "Zorb_ly.com": false,
	} {
		if got := siteName(w); got != want {
			t.Errorf("siteName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSiteNames: the web sites a text's addresses name (siteNames), and
// a one-word name tagged a place or a person that is one of them is an
// organization at every mention (webCompaniesAsOrganizations); a known
// place's site, a first name and a person's surname stay.
func TestSiteNames(t *testing.T) {
	toks := testTokens(t, "See https://www.zorbfin.com/news/data-center/, quelbly.io, www.marzo.co.uk and U.S. data at 5 p.m.")
	got := siteNames(toks)
	for _, w := range []string{"zorbfin", "quelbly", "marzo"} {
		if !got[w] {
			t.Errorf("siteNames: no %q in %v", w, got)
		}
	}
	if len(got) != 3 {
		t.Errorf("siteNames: got %v, want 3 names", got)
	}
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a data provider's reference",
		text:  "The data is from Zorbfin's Data Center. References: Zorbfin (2025). Data Center. https://www.zorbfin.com/news/data-center/.",
		spans: []span{{L, "Zorbfin"}, {L, "Zorbfin"}},
		want:  []want{{O, "Zorbfin", 2}},
	}, {
		name:  "a city's site",
		text:  "Chicago said permits are online at www.chicago.gov for residents.",
		spans: []span{{L, "Chicago"}},
		want:  []want{{L, "Chicago", 1}},
	}, {
		name:  "a writer's site",
		text:  "Ulla Quimby writes about gardens. Quimby posts at www.quimby.com each week.",
		spans: []span{{P, "Ulla Quimby"}, {P, "Quimby"}},
		want:  []want{{P, "Ulla Quimby", 2}},
	}})
}

// TestLawCourtsAsOrganizations: a court of law's name tagged a place ("told
// the High Court") is an organization at every mention
// (lawCourtsAsOrganizations, nkinds45); a tennis court's stays a place.
func TestLawCourtsAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	runDocCases(t, []docCase{{
		name:  "a court of law",
		text:  "\"I am sorry,\" Quelb Zorin told the High Court after sentencing on Friday.",
		spans: []textSpan{{P, "Quelb Zorin"}, {L, "High Court"}},
		want:  []entityWant{{P, "Quelb Zorin", 1}, {O, "High Court", 1}},
	}, {
		name:  "a tennis court",
		text:  "Quelb Zorin won 6-2 6-3 on Centre Court on Monday.",
		spans: []textSpan{{P, "Quelb Zorin"}, {L, "Centre Court"}},
		want:  []entityWant{{P, "Quelb Zorin", 1}, {L, "Centre Court", 1}},
	}})
}

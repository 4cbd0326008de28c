package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinAirlineNames: a name ending in "Air" is an airline's, one
// organization with a nationality's word before it (joinAirlineNames);
// "Air" that a name goes on after stays as it was.
func TestJoinAirlineNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "nationality and a person",
		text:  "Zorbian Air said on Monday it would cut flights. Rival Quelb Air added routes.",
		spans: []span{{misc, "Zorbian"}, {P, "Air"}, {P, "Quelb Air"}},
		want:  []want{{O, "Zorbian Air", 1}, {O, "Quelb Air", 1}},
	}, {
		name:  "a museum goes on",
		text:  "Jane Marzo visited the Zorbian National Air and Space Museum.",
		spans: []span{{P, "Jane Marzo"}, {misc, "Zorbian National Air"}},
		want:  []want{{P, "Jane Marzo", 1}},
	}})
}

// TestJoinUnionBodies: a body's name and the union's after "of the" are
// one organization (joinUnionBodies), tagged in two or the union alone.
func TestJoinUnionBodies(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "court and union",
		text:  "Judges at the Court of Justice of the Quelbian Union ruled against Zorbia on Monday.",
		spans: []span{{O, "Court of Justice"}, {O, "Quelbian Union"}, {L, "Zorbia"}},
		want:  []want{{O, "Court of Justice of the Quelbian Union", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "untagged council",
		text:  "Zorbia holds the presidency of the Council of the Quelbian Union until June.",
		spans: []span{{L, "Zorbia"}, {O, "Quelbian Union"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Council of the Quelbian Union", 1}},
	}})
}

// TestCutPortfolioWords: "Justice" of "Justice Minister" is no name
// (cutPortfolioWords).
func TestCutPortfolioWords(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "justice minister",
		text:  "Zorbia rejected the ruling, and Justice Minister Zorb Marzo called it an attack.",
		spans: []span{{L, "Zorbia"}, {O, "Justice"}, {P, "Zorb Marzo"}},
		want:  []want{{L, "Zorbia", 1}, {P, "Zorb Marzo", 1}},
	}})
}

// TestSplitSpeakerOfOrg: "said First Last of Firm" is a person and the
// firm (splitSpeakerOfOrg).
func TestSplitSpeakerOfOrg(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "speaker of a firm",
		text:  `"Prices will keep rising," said Jane Quelby of Zorb Analytics.`,
		spans: []span{{O, "Jane Quelby of Zorb Analytics"}},
		want:  []want{{P, "Jane Quelby", 1}, {O, "Zorb Analytics", 1}},
	}, {
		name:  "a bank stays",
		text:  `"Rates will stay low," said Royal Bank of Zorbia.`,
		spans: []span{{O, "Royal Bank of Zorbia"}},
		want:  []want{{O, "Royal Bank of Zorbia", 1}},
	}})
}

// TestAddNamedAcronymSpans: an untagged acronym that is also a word,
// of an organization the article named in full, is the organization
// (addNamedAcronymSpans); not in a run of capitals.
func TestAddNamedAcronymSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "acronym before a title",
		text:  "The Organization for Urban Renewal wants more parks. OUR chairman Zorb Marzo said talks had failed.",
		spans: []span{{O, "Organization for Urban Renewal"}, {P, "Zorb Marzo"}},
		want:  []want{{O, "Organization for Urban Renewal", 2}, {P, "Zorb Marzo", 1}},
	}, {
		name:  "capitals run",
		text:  "The Organization for Urban Renewal met. ALL OUR HOMES, said Zorb Marzo.",
		spans: []span{{O, "Organization for Urban Renewal"}, {P, "Zorb Marzo"}},
		want:  []want{{O, "Organization for Urban Renewal", 1}, {P, "Zorb Marzo", 1}},
	}})
}

// TestF1TeamsAsTeams: a Formula One team's name tagged a person is the
// team in a motor racing report (f1TeamsAsTeams), not where the article
// names a person by it.
func TestF1TeamsAsTeams(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "racing report",
		text:  "Zorb Quelby won the Zorbian Grand Prix from pole on Sunday. Haas said the cars lacked pace after a slow pit stop.",
		spans: []span{{P, "Zorb Quelby"}, {misc, "Zorbian Grand Prix"}, {P, "Haas"}},
		want:  []want{{P, "Zorb Quelby", 1}, {O, "Haas", 1}},
	}, {
		name:  "a person of the name",
		text:  "Zorb Quelby won the Zorbian Grand Prix from pole. Jane Haas, who founded the team, said Haas had waited for years.",
		spans: []span{{P, "Zorb Quelby"}, {misc, "Zorbian Grand Prix"}, {P, "Jane Haas"}, {P, "Haas"}},
		want:  []want{{P, "Zorb Quelby", 1}, {P, "Jane Haas", 2}},
	}})
}

// TestClubsAsOpponents: a listed club tagged a person after "beating", or
// a place after a score and "at", is the club in a sports report
// (clubsAsOpponents).
func TestClubsAsOpponents(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "opponents",
		text:  "Zorbia FC stayed top after beating Lazio 3-2 on Sunday, while Quelb United won 2-1 at Bologna. The coach said the league was open.",
		spans: []span{{O, "Zorbia FC"}, {P, "Lazio"}, {O, "Quelb United"}, {L, "Bologna"}},
		want:  []want{{O, "Zorbia FC", 1}, {O, "Lazio", 1}, {O, "Quelb United", 1}, {O, "Bologna", 1}},
	}})
}

// TestLeadMakerAndLessor: a sentence's first word that is a maker's noun,
// "Lessor" or "Owner" is no part of the name after it (cutLeadDescriptor,
// makerWord); after "Lessor" a person is a company.
func TestLeadMakerAndLessor(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "descriptors",
		text:  "Sales fell. Glassmaker Zorbex said it would cut jobs. Lessor Quelbcap took back jets. Owner Zorb Foods said the chain would stay.",
		spans: []span{{O, "Glassmaker Zorbex"}, {P, "Lessor Quelbcap"}, {O, "Owner Zorb Foods"}},
		want:  []want{{O, "Zorbex", 1}, {O, "Quelbcap", 1}, {O, "Zorb Foods", 1}},
	}})
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

// TestPlacesStartingRacesAsMisc: a place's name before "Grand Prix" is
// the race's, MISC (placesStartingEventsAsMisc, raceHeads).
func TestPlacesStartingRacesAsMisc(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "grand prix",
		text:  "Zorb Quelby won the Quelbton Grand Prix on Sunday, and flew home to Zorbia.",
		spans: []span{{P, "Zorb Quelby"}, {L, "Quelbton"}, {misc, "Grand Prix"}, {L, "Zorbia"}},
		want:  []want{{P, "Zorb Quelby", 1}, {L, "Zorbia", 1}},
	}})
}

// TestAppositionsAsOrganizations: a name an apposition calls an alliance,
// a maker or a start-up is an organization (appositionsAsOrganizations;
// addAppositionSpans over an untagged one before a participle,
// participleClause); "a company spokesman" is a person's.
func TestAppositionsAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "typed misc and a person",
		text:  "Quelbavi, the vaccine alliance which runs the scheme, said it had signed deals. Zorbex, a maker of cold boxes, said output doubled.",
		spans: []span{{misc, "Quelbavi"}, {P, "Zorbex"}},
		want:  []want{{O, "Quelbavi", 1}, {O, "Zorbex", 1}},
	}, {
		name:  "untagged before a participle",
		text:  "Zorbleware, a payments start-up founded in Quelbton, said it had raised $35 million.",
		spans: []span{{newsner.Location, "Quelbton"}},
		want:  []want{{O, "Zorbleware", 1}, {newsner.Location, "Quelbton", 1}},
	}, {
		name:  "a spokesman",
		text:  "Quelby, a company spokesman, said the plant would close.",
		spans: []span{{P, "Quelby"}},
		want:  []want{{P, "Quelby", 1}},
	}})
}

// TestLedByInvestors: a name tagged a person after "investors led by" is
// a venture firm (ledByInvestors); a first name stays a person's.
func TestLedByInvestors(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "firm",
		text:  "Zorbly raised $15 million from investors led by Quelbcroft Horowitz.",
		spans: []span{{O, "Zorbly"}, {P, "Quelbcroft Horowitz"}},
		want:  []want{{O, "Zorbly", 1}, {O, "Quelbcroft Horowitz", 1}},
	}, {
		name:  "person",
		text:  "Zorbly raised $2 million from investors led by Jane Marzo.",
		spans: []span{{O, "Zorbly"}, {P, "Jane Marzo"}},
		want:  []want{{O, "Zorbly", 1}, {P, "Jane Marzo", 1}},
	}})
}

// TestJoinMiscAndBody: a nationality's MISC words, "and" and a body's
// name are one organization (joinMiscAndBody).
func TestJoinMiscAndBody(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "commission",
		text:  "Canadian Competition and Consumer Commission chairman Quelb Marzo said the platforms had too much power.",
		spans: []span{{misc, "Canadian Competition"}, {O, "Consumer Commission"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Canadian Competition and Consumer Commission", 1}, {P, "Quelb Marzo", 1}},
	}})
}

// TestAddHeadNameSpans: an untagged capitalized word and a company's head
// word before a verb or a founder is a company (addHeadNameSpans); a
// body's head is not ("Cultural Ministry planning").
func TestAddHeadNameSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "media and group",
		text:  "Sales fell again. Vice Media said it would cut 155 jobs. Future Group founder Quelb Marzo said the deal would save jobs.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{O, "Vice Media", 1}, {O, "Future Group", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "a body",
		text:  "Cultural Ministry planning to spend more on temples.",
		spans: nil,
		want:  nil,
	}})
}

// TestGroupsSpellings: the other spellings of a listed armed group are
// the group (names/groups.tsv).
func TestGroupsSpellings(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "jnim",
		text:  "Gunmen from Jama'at Nusrat al-Islam wal-Muslimin attacked an army post in Zorbia.",
		spans: []span{{misc, "wal-Muslimin"}, {L, "Zorbia"}},
		want:  []want{{O, "Jama'at Nusrat al-Islam wal-Muslimin", 1}, {L, "Zorbia", 1}},
	}})
}

// TestCupLeaguesAsMisc: the Champions League is a competition, MISC
// (leaguesAsMisc, leagueNames).
func TestCupLeaguesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "champions league",
		text:  "Zorbia FC will face Quelb United in the last 16 of the Champions League.",
		spans: []span{{O, "Zorbia FC"}, {O, "Quelb United"}, {O, "Champions League"}},
		want:  []want{{O, "Zorbia FC", 1}, {O, "Quelb United", 1}},
	}})
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

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinAirlineNames: a name ending in "Air" is an airline's, one
// organization with a nationality's word before it (joinAirlineNames),
// "Air" tagged or not (untaggedAirlineEnd, with an airline's tail);
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
		name:  "nationality and Air untagged",
		text:  "Maltese Air said on Monday it would cut flights, and Maltese Air Shuttle said it would add some.",
		spans: []span{{misc, "Maltese"}, {misc, "Maltese"}},
		want:  []want{{O, "Maltese Air", 1}, {O, "Maltese Air Shuttle", 1}},
	}, {
		name:  "an air force is the force's (joinDemonymForces)",
		text:  "The Maltese Air Force flew 20 missions.",
		spans: []span{{misc, "Maltese"}},
		want:  []want{{O, "Maltese Air Force", 1}},
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

// TestJoinAndHeadTails: an untagged capitalized run after an
// organization and "and" that ends in a head word is the name's tail
// (joinAndHeadTails); a run that does not, or a tagged name, stays apart.
func TestJoinAndHeadTails(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "general trust",
		text:  "Zorb Post and General Trust said profit fell, chairman Jon Marzo said.",
		spans: []span{{O, "Zorb Post"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorb Post and General Trust", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "exploration and production",
		text:  "It sold the field to Quelb Exploration and Production for $2 billion.",
		spans: []span{{O, "Quelb Exploration"}},
		want:  []want{{O, "Quelb Exploration and Production", 1}},
	}, {
		name:  "no head word",
		text:  "Zorb Post and Chief Executive Jon Marzo spoke.",
		spans: []span{{O, "Zorb Post"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorb Post", 1}, {P, "Jon Marzo", 1}},
	}})
}

// TestJoinCommaListNames: "the A, B and" before a body's name tagged from
// its third word is the name's start (joinCommaListNames).
func TestJoinCommaListNames(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "union",
		text:  "Workers voted to join the Timber, Paper and Quarry Workers Union on Friday.",
		spans: []span{{O, "Quarry Workers Union"}},
		want:  []want{{O, "Timber, Paper and Quarry Workers Union", 1}},
	}})
}

// TestJoinPersonFirmNames: a "person" and an untagged run ending in a
// company's word after it are one firm (joinPersonFirmNames); a body's
// head after a leader's name is not.
func TestJoinPersonFirmNames(t *testing.T) {
	P := newsner.Person
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "firm",
		text:  "Funds run by Jon Zorbford, whose Zorbford Investment Management collapsed, lost money.",
		spans: []span{{P, "Jon Zorbford"}, {P, "Zorbford"}},
		want:  []want{{P, "Jon Zorbford", 1}, {O, "Zorbford Investment Management", 1}},
	}, {
		name:  "administration",
		text:  "Critics of the Marzo Administration said the plan would fail.",
		spans: []span{{P, "Marzo"}},
		want:  []want{{P, "Marzo", 1}},
	}})
}

// TestJoinSportBodyPlaces: a sport's word before a place tagged alone is
// the sport's body there (joinSportBodyPlaces); a place after a lower-case
// sport's word stays a place.
func TestJoinSportBodyPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "netball body",
		text:  "Officials said Netball Zorbia chief executive Jon Marzo would step down.",
		spans: []span{{L, "Zorbia"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Netball Zorbia", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "lower-case sport",
		text:  "He said netball Zorbia was growing fast.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}},
	}})
}

// TestJoinPlaceFirmNames: an untagged "Research" or "Data" after a place's
// span is a firm's name (joinPlaceFirmNames), in a heading too; a
// lower-case word there is not, nor a word on the next line.
func TestJoinPlaceFirmNames(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "research firm",
		text:  "\"It is a big sum,\" said Jon Marzo, an analyst at Zorb Harbour Research.",
		spans: []span{{P, "Jon Marzo"}, {L, "Zorb Harbour"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Zorb Harbour Research", 1}},
	}, {
		name:  "lower-case research",
		text:  "Scientists in Zorbia research the virus.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}},
	}, {
		// nkinds57: "Data" ends a firm's name after a place's, and a
		// heading's name ends at its line's end, before the next line's
		// capitalized first word (modern-web-a's deals roundup: "Riveron
		// acquires Eden Data", then "Business advisory firm Riveron ...").
		name:  "data firm in a heading",
		text:  "Quelbco acquires Zorb Harbour Data\n\nBusiness advisory firm Quelbco announced its acquisition of Zorb Harbour Data, an advisory firm.",
		spans: []span{{O, "Quelbco"}, {L, "Zorb Harbour"}, {O, "Quelbco"}, {L, "Zorb Harbour"}},
		want:  []want{{O, "Quelbco", 2}, {O, "Zorb Harbour Data", 2}},
	}, {
		name:  "no run over a line's end",
		text:  "Visitors came from Zorbia\nResearch into the virus goes on.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}},
	}})
}

// TestJoinDemonymBodies: a nationality's word before a body of three words
// ending in "Authority" is the body's (joinDemonymBodies); before a
// ministry of two words it stays apart; before "Red Cross" or "Red
// Crescent" it is the national society's (nkinds45).
func TestJoinDemonymBodies(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "authority",
		text:  "The Kenyan Civil Aviation Authority said flights had resumed.",
		spans: []span{{misc, "Kenyan"}, {O, "Civil Aviation Authority"}},
		want:  []want{{O, "Kenyan Civil Aviation Authority", 1}},
	}, {
		name:  "ministry",
		text:  "The Kenyan Foreign Ministry said talks had resumed.",
		spans: []span{{misc, "Kenyan"}, {O, "Foreign Ministry"}},
		want:  []want{{O, "Foreign Ministry", 1}},
	}, {
		name:  "a Red Cross society, a nation's word of two tokens",
		text:  "\"We are ready,\" North Korean Red Cross president Quelb Zorin said.",
		spans: []span{{misc, "North Korean"}, {O, "Red Cross"}, {newsner.Person, "Quelb Zorin"}},
		want:  []want{{O, "North Korean Red Cross", 1}, {newsner.Person, "Quelb Zorin", 1}},
	}, {
		name:  "a Red Crescent society",
		text:  "The Turkish Red Crescent sent 40 lorries of aid to Zorbville.",
		spans: []span{{misc, "Turkish"}, {O, "Red Crescent"}, {newsner.Location, "Zorbville"}},
		want:  []want{{O, "Turkish Red Crescent", 1}, {newsner.Location, "Zorbville", 1}},
	}})
}

// TestJoinPossessiveFirmNames: a name, "'s" and a firm's head word are
// one organization (joinPossessiveFirmNames).
func TestJoinPossessiveFirmNames(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "split at the possessive",
		text:  "Drugmaker Dr. Zorby's Laboratories said it would test the shot.",
		spans: []span{{O, "Dr. Zorby"}, {O, "Laboratories"}},
		want:  []want{{O, "Dr. Zorby's Laboratories", 1}},
	}, {
		name:  "head untagged",
		text:  "Shares of Quelbury's Supermarkets fell 2% on Monday.",
		spans: []span{{O, "Quelbury"}},
		want:  []want{{O, "Quelbury's Supermarkets", 1}},
	}})
}

// TestJoinUSBodies: "U.S." and a federal body's word tagged apart are one
// organization (joinUSBodies); "U.S." before another organization stays a
// place.
func TestJoinUSBodies(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "senate",
		text:  "Jon Marzo wants to keep control of the U.S. Senate next year.",
		spans: []span{{P, "Jon Marzo"}, {L, "U.S."}, {O, "Senate"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "U.S. Senate", 1}},
	}, {
		name:  "other body",
		text:  "The U.S. Zorbco plant will close, Jon Marzo said.",
		spans: []span{{L, "U.S."}, {O, "Zorbco"}, {P, "Jon Marzo"}},
		want:  []want{{L, "U.S.", 1}, {O, "Zorbco", 1}, {P, "Jon Marzo", 1}},
	}})
}

// TestJoinPlaceOffices: a place tagged alone after "the" and an untagged
// office's name after it ("State Attorney General", "Embassy") are one
// organization (joinPlaceOffices), whose acronym may skip "State"
// (stateBodyAcronyms: "QAG"); before a person's name the office is
// a title and the place stays.
func TestJoinPlaceOffices(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "attorney general",
		text:  "Zorbco is being investigated by the Quelb State Attorney General, Jon Marzo said.",
		spans: []span{{O, "Zorbco"}, {L, "Quelb"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelb State Attorney General", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "embassy",
		text:  "The Zorbia Embassy in Quelbton keeps its own monitor.",
		spans: []span{{L, "Zorbia"}, {L, "Quelbton"}},
		want:  []want{{O, "Zorbia Embassy", 1}, {L, "Quelbton", 1}},
	}, {
		name:  "acronym without State",
		text:  "Zorbco is being investigated by the Quelb State Attorney General. The QAG asked about its leases.",
		spans: []span{{O, "Zorbco"}, {L, "Quelb"}, {O, "QAG"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelb State Attorney General", 2}},
	}, {
		name:  "title",
		text:  "The Quelb Attorney General Jon Marzo said the firm broke the law.",
		spans: []span{{L, "Quelb"}, {P, "Jon Marzo"}},
		want:  []want{{L, "Quelb", 1}, {P, "Jon Marzo", 1}},
	}})
}

// TestJoinPortOfNames: "Port of" and a town tagged alone before "chief
// executive" or "said" is the port's authority (joinPortOfNames); a
// headline's "Port of Zorbton profit rises" keeps the town.
func TestJoinPortOfNames(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "chief executive",
		text:  "Port of Zorbton chief executive Jon Marzo said the port was shut.",
		spans: []span{{L, "Zorbton"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Port of Zorbton", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "headline",
		text:  "Port of Zorbton profit rises 5 pct.",
		spans: []span{{L, "Zorbton"}},
		want:  []want{{L, "Zorbton", 1}},
	}})
}

// TestJoinPlaceSportBodies: a country's name and "Cricket" before "said"
// is the sport's body there (joinPlaceSportBodies); before "team" it is a
// description, and the country stays a place.
func TestJoinPlaceSportBodies(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "body",
		text:  "Upper Zorbia Cricket said the second test would go ahead.",
		spans: []span{{L, "Upper Zorbia"}},
		want:  []want{{O, "Upper Zorbia Cricket", 1}},
	}, {
		name:  "team",
		text:  "The Upper Zorbia Cricket team arrived on Monday.",
		spans: []span{{L, "Upper Zorbia"}},
		want:  []want{{L, "Upper Zorbia", 1}},
	}})
}

// TestJoinPlaceAcronymBodies: a body's name cut at the place it is named
// for is one organization where the acronym after it takes a letter or
// more of the place (joinPlaceAcronymBodies), not where it spells the
// body alone.
func TestJoinPlaceAcronymBodies(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the place's initial",
		text:  "Troops of the Zorbian Union Peace Mission in Quelbia (ZPMIQ) retook the town.",
		spans: []span{{O, "Zorbian Union Peace Mission"}, {L, "Quelbia"}, {O, "ZPMIQ"}},
		want:  []want{{O, "Zorbian Union Peace Mission in Quelbia", 2}},
	}, {
		name:  "the place's first letters",
		text:  "A new force, the Zorbian Union Support Mission in Quelbia (ZUSQUE), takes over in May.",
		spans: []span{{O, "Zorbian Union Support Mission"}, {L, "Quelbia"}, {O, "ZUSQUE"}},
		want:  []want{{O, "Zorbian Union Support Mission in Quelbia", 2}},
	}, {
		name:  "dotted initials",
		text:  "The U.N. Relief Force in Quelbia (UNRFIQ) said two soldiers were hurt.",
		spans: []span{{O, "U.N. Relief Force"}, {L, "Quelbia"}, {O, "UNRFIQ"}},
		want:  []want{{O, "U.N. Relief Force in Quelbia", 2}},
	}, {
		name:  "an acronym of the body alone",
		text:  "Staff of the Zorbian Trade Office in Quelbia (ZTO) were sent home.",
		spans: []span{{O, "Zorbian Trade Office"}, {L, "Quelbia"}, {O, "ZTO"}},
		want:  []want{{O, "Zorbian Trade Office", 2}, {L, "Quelbia", 1}},
	}, {
		name:  "no acronym",
		text:  "Staff of the Zorbian Trade Office in Quelbia were sent home.",
		spans: []span{{O, "Zorbian Trade Office"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorbian Trade Office", 1}, {L, "Quelbia", 1}},
	}})
}

// TestSplitRunTogetherNames: an organization's span that runs two names of
// two words or more together across a comma, or across an "and" between
// names opening with the same word, is two organizations
// (splitRunTogetherNames); a firm of partners, a body's list, a legal
// suffix after a comma and a place after one stay whole.
func TestSplitRunTogetherNames(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two firms across a comma, two gangs across an and",
		text:  "Backers include Zorbco Motor, Quelb Group and NTX. The gangs Los Zorbos and Los Quelbos fought.",
		spans: []span{{O, "Zorbco Motor, Quelb Group"}, {O, "NTX"}, {O, "Los Zorbos and Los Quelbos"}},
		want:  []want{{O, "Zorbco Motor", 1}, {O, "Quelb Group", 1}, {O, "NTX", 1}, {O, "Los Zorbos", 1}, {O, "Los Quelbos", 1}},
	}, {
		name:  "names that hold a comma or an and",
		text:  "Quelb, Zorby Marzo & Co advised Zorbin Holdings, Inc. and the Quelb Mining and Zorb Metals Union.",
		spans: []span{{O, "Quelb, Zorby Marzo & Co"}, {O, "Zorbin Holdings, Inc."}, {O, "Quelb Mining and Zorb Metals Union"}},
		want:  []want{{O, "Quelb, Zorby Marzo & Co", 1}, {O, "Zorbin Holdings, Inc.", 1}, {O, "Quelb Mining and Zorb Metals Union", 1}},
	}})
}

// TestDemonymForces: a nationality's word and an armed force's name in
// capitals after it are one organization (joinDemonymForces), the
// adjective cut off or tagged apart; not an army in lower case, nor a
// longer name around them.
func TestDemonymForces(t *testing.T) {
	P, M, O := newsner.Person, misc, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an army cut and armed forces apart",
		text:  "Marla Quonk said the Polish Army would train in Quelbia. The Sudanese Armed Forces said two soldiers died.",
		spans: []span{{P, "Marla Quonk"}, {O, "Army"}, {newsner.Location, "Quelbia"}, {M, "Sudanese"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Polish Army", 1}, {newsner.Location, "Quelbia", 1}, {O, "Sudanese Armed Forces", 1}},
	}, {
		name:  "an army in lower case and a longer name",
		text:  "Marla Quonk said the Polish army would train. The Irish Republican Army said it would talk.",
		spans: []span{{P, "Marla Quonk"}, {M, "Polish"}, {O, "Irish Republican Army"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Irish Republican Army", 1}},
	}})
}

// TestJoinCommaFirmNames: a firm named for its partners, cut into people
// and the last pair, is one organization (joinCommaFirmNames); a list of
// tagged organizations before the pair stays a list.
func TestJoinCommaFirmNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "partners tagged people",
		text:  "Quelbert, Zorbing, Marzell & Co expects more deals next year.",
		spans: []span{{P, "Quelbert"}, {P, "Zorbing"}, {O, "Marzell & Co"}},
		want:  []want{{O, "Quelbert, Zorbing, Marzell & Co", 1}},
	}, {
		name:  "a partner untagged",
		text:  "Lawyers at Quelbert, Zorbing & Marzell said the deal was sound.",
		spans: []span{{O, "Zorbing & Marzell"}},
		want:  []want{{O, "Quelbert, Zorbing & Marzell", 1}},
	}, {
		name:  "a list of companies",
		text:  "Zorbco, Quelbix, Marzell & Sons and others bid.",
		spans: []span{{O, "Zorbco"}, {O, "Quelbix"}, {O, "Marzell & Sons"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelbix", 1}, {O, "Marzell & Sons", 1}},
	}})
}

// TestJoinCampusNames: a state university's name, a comma and its campus
// tagged a place are one organization (joinCampusNames); a university of
// no US state, a country after the comma, a list going on and a campus
// after "at" stay apart.
func TestJoinCampusNames(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a campus after a comma",
		text:  "Marla Quonk, a curator at the University of Nevada, Quelbton, said the prints were rare.",
		spans: []span{{P, "Marla Quonk"}, {O, "University of Nevada"}, {L, "Quelbton"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "University of Nevada, Quelbton", 1}},
	}, {
		name:  "a campus of two words ending the sentence",
		text:  "The study was led by Marla Quonk of the University of North Carolina, Quelb Hill.",
		spans: []span{{P, "Marla Quonk"}, {O, "University of North Carolina"}, {L, "Quelb Hill"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "University of North Carolina, Quelb Hill", 1}},
	}, {
		name:  "a university of no US state",
		text:  "Marla Quonk, a curator at the University of Zorbia, Lyon, said the prints were rare.",
		spans: []span{{P, "Marla Quonk"}, {O, "University of Zorbia"}, {L, "Lyon"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "University of Zorbia", 1}, {L, "Lyon", 1}},
	}, {
		name: "a country, a list, a campus after at",
		text: "Marla Quonk studied at the University of Nevada, Canada, at the University of Nevada, Marzton and Marzo College, and at the University of Nevada at Zorbton.",
		spans: []span{{P, "Marla Quonk"}, {O, "University of Nevada"}, {L, "Canada"},
			{O, "University of Nevada"}, {L, "Marzton"}, {O, "Marzo College"}, {O, "University of Nevada"}, {L, "Zorbton"}},
		want: []want{{P, "Marla Quonk", 1}, {O, "University of Nevada", 3}, {L, "Canada", 1}, {L, "Marzton", 1},
			{O, "Marzo College", 1}, {L, "Zorbton", 1}},
	}})
}

// TestAndSuffixNamesJoined: a company's name of two words joined by "and"
// and ending in a legal suffix, which the tagger cut at its "and", is one
// organization; two companies each named with its suffix, or a first one
// whose name ends in a body's head word, stay two.
func TestAndSuffixNamesJoined(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "one company cut at its and",
		text:  "Shares of Zorbia Telegraph and Quelb Corp rose in Zorbville.",
		spans: []span{{O, "Zorbia Telegraph"}, {O, "Quelb Corp"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbia Telegraph and Quelb Corp", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "two companies with their suffixes",
		text:  "Zorbco Inc and Quelb Corp rose in Zorbville.",
		spans: []span{{O, "Zorbco Inc"}, {O, "Quelb Corp"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco Inc", 1}, {O, "Quelb Corp", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a first name ending in a company's head word",
		text:  "Zorb Robotics and Quelb Systems Inc won the contract in Zorbville.",
		spans: []span{{O, "Zorb Robotics"}, {O, "Quelb Systems Inc"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorb Robotics", 1}, {O, "Quelb Systems Inc", 1}, {L, "Zorbville", 1}},
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

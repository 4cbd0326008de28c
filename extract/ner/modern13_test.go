package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListedAgenciesOfLateNews: a regulator whose full name has a word in
// lower case ("products") and the oil producers' alliance written with a
// plus, added to orgs.tsv in the thirteenth pass, are organizations, the
// tagger's pieces of the one and its miss of the other mended.
func TestListedAgenciesOfLateNews(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a regulator's name cut at its lower-case word",
		text:  "Marla Quonk said Britain's Medicines and Healthcare products Regulatory Agency cleared the Zorbax shot.",
		spans: []span{{P, "Marla Quonk"}, {L, "Britain"}, {misc, "Medicines"}, {misc, "Healthcare"}, {O, "Regulatory Agency"}},
		want:  []want{{P, "Marla Quonk", 1}, {L, "Britain", 1}, {O, "Medicines and Healthcare products Regulatory Agency", 1}},
	}, {
		name:  "the alliance with a plus, untagged",
		text:  "Oil rose in Zorbville after OPEC+ agreed to cut output.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}, {O, "OPEC+", 1}},
	}})
}

// TestOfficesBeforePeople: a name the tagger typed an organization right
// after an office of business or politics in lower case ("founder",
// "chief", "leader") is a person's, at its other mentions too.
func TestOfficesBeforePeople(t *testing.T) {
	L, O, P := newsner.Location, newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a founder named as a company",
		text:  "Zorbco founder Quelb Marzo said on Monday the firm would expand to Zorbville. Quelb Marzo said so again.",
		spans: []span{{O, "Zorbco"}, {O, "Quelb Marzo"}, {L, "Zorbville"}, {O, "Quelb Marzo"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Quelb Marzo", 2}, {L, "Zorbville", 1}},
	}, {
		name:  "an opposition leader named as a place",
		text:  "Police detained opposition leader Quelb Marzo in Zorbville.",
		spans: []span{{L, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}})
}

// TestTickersInBrackets: a wire story's instrument code in brackets after
// a company's name ("(ZRB.N)") is no name, whatever the tagger typed it;
// a name in brackets that is no such code (a site's ".com") stays.
func TestTickersInBrackets(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "codes of two exchanges tagged organizations",
		text:  "Zorbco Inc (ZRB.N) and Quelbix Plc (QLBa.L) rose in Zorbville.",
		spans: []span{{O, "Zorbco Inc"}, {O, "ZRB.N"}, {O, "Quelbix Plc"}, {O, "QLBa.L"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco Inc", 1}, {O, "Quelbix Plc", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a bracketed name that is no code",
		text:  "Quelbix Plc rose, and so did Zorbly (Zorbly.com) in Zorbville.",
		spans: []span{{O, "Quelbix Plc"}, {O, "Zorbly"}, {O, "Zorbly.com"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbix Plc", 1}, {O, "Zorbly", 1}, {O, "Zorbly.com", 1}, {L, "Zorbville", 1}},
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

// TestCountriesThatSpeak: a country's name of two words or more that the
// tagger typed an organization, as a body that says something, is a
// place.
func TestCountriesThatSpeak(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a country of three words said",
		text:  "Marla Quonk left, and the United Arab Emirates said the Zorbax shot worked.",
		spans: []span{{P, "Marla Quonk"}, {O, "United Arab Emirates"}},
		want:  []want{{P, "Marla Quonk", 1}, {L, "United Arab Emirates", 1}},
	}, {
		name:  "a hyphened country said",
		text:  "Marla Quonk left, and Bosnia-Herzegovina said the Zorbax shot worked.",
		spans: []span{{P, "Marla Quonk"}, {O, "Bosnia-Herzegovina"}},
		want:  []want{{P, "Marla Quonk", 1}, {L, "Bosnia-Herzegovina", 1}},
	}})
}

// TestProgrammesAsMisc: a programme's name the tagger typed an
// organization is MISC; a United Nations agency named so, listed, stays an
// organization.
func TestProgrammesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a central bank's programme and a UN agency",
		text:  "The Zorbish Central Bank expanded its Zorbish Bond Purchase Programme, and the World Food Programme warned of hunger.",
		spans: []span{{O, "Zorbish Central Bank"}, {O, "Zorbish Bond Purchase Programme"}, {O, "World Food Programme"}},
		want:  []want{{O, "Zorbish Central Bank", 1}, {O, "World Food Programme", 1}},
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

// TestPluralTitlesCut: a plural title the tagger read into the first of
// two names ("Senators Jane Quonk and ...") is no part of it.
func TestPluralTitlesCut(t *testing.T) {
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "senators before two names",
		text:  "A plan led by Senators Jane Quonk and Marla Zorb passed.",
		spans: []span{{P, "Senators Jane Quonk"}, {P, "Marla Zorb"}},
		want:  []want{{P, "Jane Quonk", 1}, {P, "Marla Zorb", 1}},
	}})
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

// TestListedShell: the oil company's full name, listed, is one
// organization where the tagger read its first word as a title; the
// drugmaker's short name, listed, is an organization where the tagger
// read it as the place.
func TestListedShell(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the name cut after Royal",
		text:  "Royal Dutch Shell cut its dividend in Zorbville.",
		spans: []span{{O, "Dutch Shell"}, {L, "Zorbville"}},
		want:  []want{{O, "Royal Dutch Shell", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a drugmaker's short name typed a place",
		text:  "Gilead's antiviral was cleared in Zorbville.",
		spans: []span{{L, "Gilead"}, {L, "Zorbville"}},
		want:  []want{{O, "Gilead", 1}, {L, "Zorbville", 1}},
	}})
}

// TestListedPairSplit: two listed organizations the tagger ran together
// over "and" are two; a name with "and" inside that is listed whole stays.
func TestListedPairSplit(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two banks in one span",
		text:  "Analysts at Morgan Stanley and Bank of America expect more cuts.",
		spans: []span{{O, "Morgan Stanley and Bank of America"}},
		want:  []want{{O, "Morgan Stanley", 1}, {O, "Bank of America", 1}},
	}, {
		name:  "a listed name with and",
		text:  "The Securities and Exchange Commission sued Zorbco.",
		spans: []span{{O, "Securities and Exchange Commission"}, {O, "Zorbco"}},
		want:  []want{{O, "Securities and Exchange Commission", 1}, {O, "Zorbco", 1}},
	}})
}

// TestListedAfterSentenceThe: a listed organization's name right after
// the "The" that starts a sentence is found as one after "the" is, the
// tagger's part of it replaced.
func TestListedAfterSentenceThe(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an agency's name cut short after a sentence's The",
		text:  "The Centers for Disease Control and Prevention advised Zorbville.",
		spans: []span{{O, "Centers for Disease Control"}, {L, "Zorbville"}},
		want:  []want{{O, "Centers for Disease Control and Prevention", 1}, {L, "Zorbville", 1}},
	}})
}

// TestListedLongAgencies: agencies of late-2020 news with long names that
// the tagger cut at their "and" or second "of" ("National Institute of
// Allergy" + "Infectious Diseases"), listed in orgs.tsv, are one
// organization each.
func TestListedLongAgencies(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an institute cut in two",
		text:  "Marla Quonk, who heads the National Institute of Allergy and Infectious Diseases, spoke.",
		spans: []span{{P, "Marla Quonk"}, {O, "National Institute of Allergy"}, {O, "Infectious Diseases"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "National Institute of Allergy and Infectious Diseases", 1}},
	}, {
		name:  "the rich countries' club cut at its and",
		text:  "Marla Quonk said the Organisation for Economic Co-operation and Development cut its forecast.",
		spans: []span{{P, "Marla Quonk"}, {O, "Organisation for Economic Co-operation"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Organisation for Economic Co-operation and Development", 1}},
	}})
}

// TestSlashPairOfListedOrgs: two listed organizations joined by a slash in
// one token the tagger left untagged are two organizations; a slash pair
// of unlisted words stays untagged.
func TestSlashPairOfListedOrgs(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a vaccine named by its two makers",
		text:  "Zorbville approved the Pfizer/BioNTech shot on Monday.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}, {O, "Pfizer", 1}, {O, "BioNTech", 1}},
	}, {
		name:  "unlisted words",
		text:  "Zorbville approved the Zorbco/Quelbix shot on Monday.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestRoleAppositions: a name the tagger typed an organization that an
// apposition calls an executive or an adviser ("Quelb Marzo, the chief
// executive of Zorbco") is a person's; an organization's name after "the"
// with an apposition that is its person's stays.
func TestRoleAppositions(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a chief executive",
		text:  "Quelb Marzo, the chief executive of Zorbco, said demand was strong.",
		spans: []span{{O, "Quelb Marzo"}, {O, "Zorbco"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "the apposition of the person before the organization",
		text:  "Jane Doe of the Zorb Academy, a specialist adviser, spoke.",
		spans: []span{{P, "Jane Doe"}, {O, "Zorb Academy"}},
		want:  []want{{P, "Jane Doe", 1}, {O, "Zorb Academy", 1}},
	}})
}

// TestParticleSplitNames: a person's name the tagger split at a particle
// in lower case ("Prince Zorbaziz" + "bin" + "Quelman") is one person.
func TestParticleSplitNames(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a prince's name split at bin",
		text:  "Energy Minister Prince Zorbaziz bin Quelman spoke in Zorbville.",
		spans: []span{{P, "Prince Zorbaziz"}, {P, "Quelman"}, {L, "Zorbville"}},
		want:  []want{{P, "Zorbaziz bin Quelman", 1}, {L, "Zorbville", 1}},
	}})
}

// TestPortfolioBeforeTitle: a demonym and a minister's portfolio the
// tagger typed an organization right before "Minister" or "Secretary" is
// no name; the minister is.
func TestPortfolioBeforeTitle(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an energy minister's title",
		text:  "Saudi Energy Minister Quelb Marzo said output would rise.",
		spans: []span{{O, "Saudi Energy"}, {P, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestIndexesAsMisc: a stock index's name the tagger typed an
// organization, alone or with its number, is MISC; the rating agency's
// "S&P" stays.
func TestIndexesAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two indexes and an agency",
		text:  "Germany's DAX rose and the CAC 40 fell, while S&P cut Zorbland's rating.",
		spans: []span{{L, "Germany"}, {O, "DAX"}, {O, "CAC 40"}, {O, "S&P"}, {L, "Zorbland"}},
		want:  []want{{L, "Germany", 1}, {O, "S&P", 1}, {L, "Zorbland", 1}},
	}})
}

// TestLeaguesAsMisc: a national football league's name the tagger typed a
// place or an organization is MISC ("in La Liga", "Ligue" of "Ligue 1");
// the clubs stay.
func TestLeaguesAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two leagues and a club",
		text:  "Zorbville FC stay top in La Liga, and Quelb United lead Ligue 1.",
		spans: []span{{O, "Zorbville FC"}, {L, "La Liga"}, {O, "Quelb United"}, {O, "Ligue"}},
		want:  []want{{O, "Zorbville FC", 1}, {O, "Quelb United", 1}},
	}})
}

// TestCrudeGradeAfterCountry: a country's name and a crude's grade the
// tagger read as one name are the place and the grade (MISC); the grade's
// acronym is MISC too.
func TestCrudeGradeAfterCountry(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a grade typed with its country an organization",
		text:  "In Zorbville, U.S. West Texas Intermediate (WTI) crude rose.",
		spans: []span{{L, "Zorbville"}, {O, "U.S. West Texas Intermediate"}, {O, "WTI"}},
		want:  []want{{L, "Zorbville", 1}, {L, "U.S.", 1}},
	}})
}

// TestOwnersAsPeople: a name of two words the tagger typed an
// organization before "'s" and a listed company is its owner, a person, at
// its other mentions too; a company's name ending in a company's word
// stays.
func TestOwnersAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an owner before his rocket company",
		text:  "Quelb Marzo's SpaceX won the contract. Quelb Marzo was pleased.",
		spans: []span{{O, "Quelb Marzo"}, {O, "SpaceX"}, {O, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 2}, {O, "SpaceX", 1}},
	}, {
		name:  "a group before its unit",
		text:  "Zorbco Group's Google unit grew.",
		spans: []span{{O, "Zorbco Group"}, {O, "Google"}},
		want:  []want{{O, "Zorbco Group", 1}, {O, "Google", 1}},
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

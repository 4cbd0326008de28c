package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAmpersandNamesAsOrganizations: a name tagged a person with "&" in
// it is a firm (ampersandNamesAsOrganizations).
func TestAmpersandNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "glued ampersand",
		text:  "Zorbia's Quelba &Co reported a rise in sales, said Jane Marzo.",
		spans: []span{{P, "Quelba &Co"}, {P, "Jane Marzo"}},
		want:  []want{{O, "Quelba &Co", 1}, {P, "Jane Marzo", 1}},
	}, {
		name:  "founders' names",
		text:  "Lawyers at Quimby & Marzo said the deal would close. Quimby & Marzo declined to comment.",
		spans: []span{{P, "Quimby & Marzo"}, {P, "Quimby & Marzo"}},
		want:  []want{{O, "Quimby & Marzo", 2}},
	}})
}

// TestKindBeforeName: names right after a kind of companies in the plural
// are companies (kindBeforeName, kindWordCue), a first name's not.
func TestKindBeforeName(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged and a person",
		text:  "Pharmacy chains Zorbo and Quelbix said they were ready to help.",
		spans: []span{{P, "Quelbix"}},
		want:  []want{{O, "Zorbo", 1}, {O, "Quelbix", 1}},
	}, {
		name:  "a place",
		text:  "Shares of carmakers Quelbia Motors and Zorbix fell on Monday.",
		spans: []span{{newsner.Location, "Quelbia Motors"}, {O, "Zorbix"}},
		want:  []want{{O, "Quelbia Motors", 1}, {O, "Zorbix", 1}},
	}, {
		name:  "a first name stays",
		text:  "The retailers Jane Marzo spoke to said sales fell.",
		spans: []span{{P, "Jane Marzo"}},
		want:  []want{{P, "Jane Marzo", 1}},
	}})
}

// TestMakerApposition: a name called "a maker of" something in an
// apposition is a company (companyNouns' "maker").
func TestMakerApposition(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged",
		text:  "Freezers are scarce. Quelbatainer, a Zorbian maker of cold boxes, said output had doubled.",
		spans: []span{},
		want:  []want{{O, "Quelbatainer", 1}},
	}, {
		name:  "tagged a person",
		text:  "Demand rose, said Zorbo Quelt, the maker of dry ice.",
		spans: []span{{P, "Zorbo Quelt"}},
		want:  []want{{O, "Zorbo Quelt", 1}},
	}})
}

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

// TestJoinPurposeNames: a body named for its purpose keeps the "to" and
// the capitalized words after it (joinPurposeNames); a place after "to"
// stays a place.
func TestJoinPurposeNames(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "committee to protect",
		text:  "The Committee to Shield Quelbers said on Tuesday 40 were jailed.",
		spans: []span{{O, "Committee"}},
		want:  []want{{O, "Committee to Shield Quelbers", 1}},
	}, {
		name:  "a place after to",
		text:  "The Zorb Council to Quelbia sent a letter on Monday.",
		spans: []span{{O, "Zorb Council"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorb Council", 1}, {L, "Quelbia", 1}},
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

// TestJoinOfAndPlurals: a body's name "X of Ys and Zs" cut before "and"
// keeps its second plural (joinOfAndPlurals); a second tagged name stays
// apart.
func TestJoinOfAndPlurals(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "and a plural",
		text:  "The Guild of Quelb Makers and Traders said on Tuesday tariffs would hurt.",
		spans: []span{{O, "Guild of Quelb Makers"}},
		want:  []want{{O, "Guild of Quelb Makers and Traders", 1}},
	}, {
		name:  "a tagged second name",
		text:  "The Guild of Quelb Makers and Zorbcos said on Tuesday tariffs would hurt.",
		spans: []span{{O, "Guild of Quelb Makers"}, {O, "Zorbcos"}},
		want:  []want{{O, "Guild of Quelb Makers", 1}, {O, "Zorbcos", 1}},
	}})
}

// TestActivistsAsOrganizations: a one-word name tagged a person before
// "activists" is their group (activistsAsOrganizations); a word of a
// person's longer name stays a person.
func TestActivistsAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a group",
		text:  "Quelbpeace activists climbed the roof of the ministry on Monday.",
		spans: []span{{P, "Quelbpeace"}},
		want:  []want{{O, "Quelbpeace", 1}},
	}, {
		name:  "a person's supporters",
		text:  "Jane Zorbova was jailed. Zorbova activists marched on Monday.",
		spans: []span{{P, "Jane Zorbova"}, {P, "Zorbova"}},
		want:  []want{{P, "Jane Zorbova", 2}},
	}})
}

// TestFamilyNamesAsPeople: an unknown one-word name tagged a place before
// "family" is the family's surname (familyNamesAsPeople); a known place
// stays.
func TestFamilyNamesAsPeople(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a surname",
		text:  "Creditors said members of the Quelbster family should pay more.",
		spans: []span{{L, "Quelbster"}},
		want:  []want{{P, "Quelbster", 1}},
	}, {
		name:  "a known place",
		text:  "A London family was evicted on Monday.",
		spans: []span{{L, "London"}},
		want:  []want{{L, "London", 1}},
	}})
}

// TestCompanysHolder: a name called "the airline's parent" is a company
// (companysHolder); "a company's founder" is a person's apposition.
func TestCompanysHolder(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "parent",
		text:  "The state lender will inject cash into Quelbo Zorn, the airline's parent, next week.",
		spans: []span{{P, "Quelbo Zorn"}},
		want:  []want{{O, "Quelbo Zorn", 1}},
	}, {
		name:  "founder",
		text:  "The deal was led by Quelbo Zorn, the company's founder, last week.",
		spans: []span{{P, "Quelbo Zorn"}},
		want:  []want{{P, "Quelbo Zorn", 1}},
	}})
}

// TestBodyAppositionsAsOrganizations: a name in apposition to "the
// competition authority" is the body (bodyAppositionsAsOrganizations); a
// demonym stays MISC.
func TestBodyAppositionsAsOrganizations(t *testing.T) {
	M, O := misc, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "tagged MISC",
		text:  "Zorbia's competition authority, the Quelbamt, said on Thursday it had opened a case.",
		spans: []span{{newsner.Location, "Zorbia"}, {M, "Quelbamt"}},
		want:  []want{{newsner.Location, "Zorbia", 1}, {O, "Quelbamt", 1}},
	}, {
		name:  "a demonym",
		text:  "It asked the agency, the French, said one official.",
		spans: []span{{M, "French"}},
		want:  nil,
	}})
}

// TestAllianceNamesAsOrganizations: a name before "vaccine alliance" is
// the alliance (allianceNamesAsOrganizations); a demonym stays MISC.
func TestAllianceNamesAsOrganizations(t *testing.T) {
	M, O := misc, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "tagged MISC",
		text:  "The Quelbi vaccine alliance said it had secured 2 billion doses.",
		spans: []span{{M, "Quelbi"}},
		want:  []want{{O, "Quelbi", 1}},
	}, {
		name:  "a demonym",
		text:  "The French military alliance was formed in 1920.",
		spans: []span{{M, "French"}},
		want:  nil,
	}})
}

// TestCompanyAfterOwner: a first name's name tagged an organization
// before "'s" and a tagged company, one adjective between, is the owner,
// a person (ownersAsPeople's companyAfterOwner); with no company after it
// it stays.
func TestCompanyAfterOwner(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an owner",
		text:  "Zorbco bid for brands from Philip Quelbson's collapsed Marzell Group.",
		spans: []span{{O, "Zorbco"}, {O, "Philip Quelbson"}, {O, "Marzell Group"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Philip Quelbson", 1}, {O, "Marzell Group", 1}},
	}, {
		name:  "no company after it",
		text:  "Zorbco bid for Philip Quelbson's stores.",
		spans: []span{{O, "Zorbco"}, {O, "Philip Quelbson"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Philip Quelbson", 1}},
	}, {
		name:  "a plural's bare apostrophe",
		text:  "The prize went to the Philip Quelbers' Zorb Organisation on Monday.",
		spans: []span{{O, "Philip Quelbers"}, {O, "Zorb Organisation"}},
		want:  []want{{O, "Philip Quelbers", 1}, {O, "Zorb Organisation", 1}},
	}})
}

// TestTownAsPersonOpponent: in a sports report, a town tagged a person
// after "beating" is a team, a first name's town too
// (townAsPersonOpponent); outside one it stays.
func TestTownAsPersonOpponent(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "results",
		text:  "The Zorbton Quelbs beat the Marzell Rovers 33-27 on Sunday to improve to 12-1 in the league. Tulsa clinched a playoff spot by beating Denver 24-10, and the quarterback threw for 300 yards.",
		spans: []span{{O, "Zorbton Quelbs"}, {O, "Marzell Rovers"}, {O, "Tulsa"}, {P, "Denver"}},
		want:  []want{{O, "Zorbton Quelbs", 1}, {O, "Marzell Rovers", 1}, {O, "Tulsa", 1}, {O, "Denver", 1}},
	}, {
		name:  "no sports",
		text:  "The council voted on Monday against Denver, the mayor said.",
		spans: []span{{P, "Denver"}},
		want:  []want{{P, "Denver", 1}},
	}})
}

// TestOwnedNamesAsOrganizations: a name tagged a place after "owner of"
// is a company or brand (ownedNamesAsOrganizations); a country and a
// building stay places.
func TestOwnedNamesAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a brand",
		text:  "Quelbco, the owner of Zorbshire, reported a rise in sales.",
		spans: []span{{O, "Quelbco"}, {L, "Zorbshire"}},
		want:  []want{{O, "Quelbco", 1}, {O, "Zorbshire", 1}},
	}, {
		name:  "a building",
		text:  "Quelbco, the owner of Zorb Tower, reported a rise in rents.",
		spans: []span{{O, "Quelbco"}, {L, "Zorb Tower"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorb Tower", 1}},
	}})
}

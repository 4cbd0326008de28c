package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of types_orgnouns.go's rules.

// TestMemberAppositionsAsOrganizations: a name tagged a place or, in one
// word, a person between a member body's noun and a comma and a comma
// ("its party, Zorbakutik,", "union group, Quelbgo,") is the body's, at
// every mention (memberAppositionsAsOrganizations); a country there, a
// person's name of two words and a name before "said" alone keep the
// tagger's reading.
func TestMemberAppositionsAsOrganizations(t *testing.T) {
	O, L, P := newsner.Organization, newsner.Location, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party and a union typed places",
		text:  "The indigenous group and its party, Zorbakutik, backed her. Zorbia's biggest union group, Quelbgo, said Zorbakutik had lost.",
		spans: []span{{L, "Zorbakutik"}, {L, "Zorbia"}, {L, "Quelbgo"}, {L, "Zorbakutik"}},
		want:  []want{{O, "Zorbakutik", 2}, {L, "Zorbia", 1}, {O, "Quelbgo", 1}},
	}, {
		name:  "a rebel group typed a person",
		text:  "The rebel group, Zorbana, said it had seized the town.",
		spans: []span{{P, "Zorbana"}},
		want:  []want{{O, "Zorbana", 1}},
	}, {
		name:  "a country, a person and a bare said",
		text:  "The alliance, Kenya, grew, a spokesman for the group, Jane Quimble, said, and the movement, Quelbo said.",
		spans: []span{{L, "Kenya"}, {P, "Jane Quimble"}, {P, "Quelbo"}},
		want:  []want{{L, "Kenya", 1}, {P, "Jane Quimble", 1}, {P, "Quelbo", 1}},
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

// TestNamesBeforeUnionAsOrganizations: "the Zorbi union" names the union
// (namesBeforeUnionAsOrganizations), every mention of it.
func TestNamesBeforeUnionAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "union",
		text:  "In Zorbia, the Quelbi union called strikes at seven sites. Quelbi said pay was too low.",
		spans: []span{{L, "Zorbia"}, {P, "Quelbi"}, {P, "Quelbi"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Quelbi", 2}},
	}})
}

// TestTradeNamesAsOrganizations: a name tagged a person right after a
// trade's noun is an organization (tradeNamesAsOrganizations); a person
// with a first name there stays a person.
func TestTradeNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "union",
		text:  "The services union Quelbdi called strikes at seven warehouses.",
		spans: []span{{P, "Quelbdi"}},
		want:  []want{{O, "Quelbdi", 1}},
	}, {
		name:  "bakery of two words",
		text:  "It will buy the bakery Panificadora Zorbas for $10 million.",
		spans: []span{{P, "Panificadora Zorbas"}},
		want:  []want{{O, "Panificadora Zorbas", 1}},
	}, {
		name:  "person with a first name",
		text:  "The union John Quelbman founded in 1990 called a strike.",
		spans: []span{{P, "John Quelbman"}},
		want:  []want{{P, "John Quelbman", 1}},
	}})
}

// TestPlaceBodyAppositionsAsOrganizations: a name a country's body's
// apposition follows is an organization
// (placeBodyAppositionsAsOrganizations); a place there stays a place.
func TestPlaceBodyAppositionsAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "agency",
		text:  "QUADA, Zorbia's anti-doping agency, said it would appeal.",
		spans: []span{{L, "QUADA"}, {L, "Zorbia"}},
		want:  []want{{O, "QUADA", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "where a place stands",
		text:  "Output rose in Quelbton, Zorbia's oil hub, last year.",
		spans: []span{{L, "Quelbton"}, {L, "Zorbia"}},
		want:  []want{{L, "Quelbton", 1}, {L, "Zorbia", 1}},
	}})
}

// TestBareBodyAppositionsAsOrganizations: a name typed a place between a
// body's noun and a comma and a comma is the body
// (bareBodyAppositionsAsOrganizations); a known place stays.
func TestBareBodyAppositionsAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "acronym",
		text:  "The Zorbian refugee agency, ZRQA, said 5,000 people had fled.",
		spans: []span{{L, "ZRQA"}},
		want:  []want{{O, "ZRQA", 1}},
	}, {
		name:  "known place",
		text:  "Staff of the agency, Paris, said it was over.",
		spans: []span{{L, "Paris"}},
		want:  []want{{L, "Paris", 1}},
	}})
}

// TestRegulatorNamesAsOrganizations: a name typed a person right after
// "regulator" or "broadcaster" is the body (regulatorNamesAsOrganizations);
// a name with a first name stays a person.
func TestRegulatorNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "regulator",
		text:  "The data will go to health regulator Quelbisa this week. Quelbisa declined to comment.",
		spans: []span{{P, "Quelbisa"}, {P, "Quelbisa"}},
		want:  []want{{O, "Quelbisa", 2}},
	}, {
		name:  "first name",
		text:  "Former regulator David Quelbin said the rules were too weak.",
		spans: []span{{P, "David Quelbin"}},
		want:  []want{{P, "David Quelbin", 1}},
	}})
}

// TestPartyNamesBeforeParty: a name right before "party" in lower case,
// which the tagger typed a place (a gazetteer's town) or a person, is a
// party's, at its other mentions too; a country's name there stays a
// place.
func TestPartyNamesBeforeParty(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a town's name and a person's",
		text:  "Marla Quonk said her New Hope party would beat the Quelbo party. New Hope won 12 seats.",
		spans: []span{{P, "Marla Quonk"}, {L, "New Hope"}, {P, "Quelbo"}, {L, "New Hope"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "New Hope", 2}, {O, "Quelbo", 1}},
	}, {
		name:  "a country's party",
		text:  "Fans held a Brazil party in Zorbville.",
		spans: []span{{L, "Brazil"}, {L, "Zorbville"}},
		want:  []want{{L, "Brazil", 1}, {L, "Zorbville", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddTradeRunSpans: an untagged name right after a trade's noun in
// lower case is an organization (addTradeRunSpans); a title there is not.
func TestAddTradeRunSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "watchdog",
		text:  "In Zorbia, the financial watchdog Quelbtilsynet told the bank to act.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Quelbtilsynet", 1}},
	}, {
		name:  "studio of two words",
		text:  "The Zorbish studio QX Projekt apologised for the bugs on Monday.",
		spans: []span{},
		want:  []want{{O, "QX Projekt", 1}},
	}, {
		name:  "a common word in capitals",
		text:  "The Zorbish studio CD Zorbekt apologised for the bugs on Monday.",
		spans: []span{},
		want:  []want{{O, "CD Zorbekt", 1}},
	}, {
		name:  "title after union",
		text:  "He met Jon Marzo, the trade union Secretary General, on Monday.",
		spans: []span{{newsner.Person, "Jon Marzo"}},
		want:  []want{{newsner.Person, "Jon Marzo", 1}},
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

// TestCutLeadTradeWords: a trade's word glued to a sentence's first name
// is cut off, and the name left is an organization (cutLeadTradeWords).
func TestCutLeadTradeWords(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "bottler",
		text:  "Shares fell. Bottler Zorbsa rose 2% on Monday.",
		spans: []span{{P, "Bottler Zorbsa"}},
		want:  []want{{O, "Zorbsa", 1}},
	}, {
		name:  "advisers",
		text:  "Advisers Quelbschild & Co and Zorbard are running the sale.",
		spans: []span{{O, "Advisers Quelbschild & Co"}, {O, "Zorbard"}},
		want:  []want{{O, "Quelbschild & Co", 1}, {O, "Zorbard", 1}},
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

// TestMergerPartnersAsOrganizations: a name after "merger with" is an
// organization (mergerPartnersAsOrganizations).
func TestMergerPartnersAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "merger with",
		text:  "Zorb Star completed its merger with Quelbracen on Monday.",
		spans: []span{{O, "Zorb Star"}, {L, "Quelbracen"}},
		want:  []want{{O, "Zorb Star", 1}, {O, "Quelbracen", 1}},
	}})
}

// TestRunByAsOrganizations: a name before ", run by" is an organization
// (runByAsOrganizations); a known place stays a place.
func TestRunByAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "fund",
		text:  "Quelbvest, run by Jane Quimby, told clients it had gained 18%.",
		spans: []span{{L, "Quelbvest"}, {P, "Jane Quimby"}},
		want:  []want{{O, "Quelbvest", 1}, {P, "Jane Quimby", 1}},
	}, {
		name:  "known place",
		text:  "Gaza, run by Zorbas, was shelled on Monday.",
		spans: []span{{L, "Gaza"}, {O, "Zorbas"}},
		want:  []want{{L, "Gaza", 1}, {O, "Zorbas", 1}},
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

// TestMatchPairsAsClubs: a listed club's one-word name tagged a person
// or a place beside a match's verb and a club is a club
// (matchPairsAsClubs).
func TestMatchPairsAsClubs(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after meet",
		text:  "Holders Zorb Rovers meet Lazio in February.",
		spans: []span{{O, "Zorb Rovers"}, {P, "Lazio"}},
		want:  []want{{O, "Zorb Rovers", 1}, {O, "Lazio", 1}},
	}, {
		name:  "before will play",
		text:  "Sevilla will play Quelb Athletic in March.",
		spans: []span{{L, "Sevilla"}, {O, "Quelb Athletic"}},
		want:  []want{{O, "Sevilla", 1}, {O, "Quelb Athletic", 1}},
	}})
}

// TestCustomersAsOrganizations: a name after "contract from" is an
// organization (customersAsOrganizations); a country stays a place.
func TestCustomersAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "contract from",
		text:  "Zorbsson said it had won a 5G contract from Quelbia on Monday.",
		spans: []span{{O, "Zorbsson"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorbsson", 1}, {O, "Quelbia", 1}},
	}, {
		name:  "country",
		text:  "Zorbsson said it had won an order from India on Monday.",
		spans: []span{{O, "Zorbsson"}, {L, "India"}},
		want:  []want{{O, "Zorbsson", 1}, {L, "India", 1}},
	}})
}

// TestAddAcronymExpansionSpans: an untagged run whose initials spell an
// acronym tagged an organization, and which acts, is that organization
// (addAcronymExpansionSpans); a modified run before a verb is not.
func TestAddAcronymExpansionSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "company at the start",
		text:  "Zorbic Arts agreed on Monday to buy the studio. ZA chief executive Jon Marzo said it was a good deal.",
		spans: []span{{O, "ZA"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorbic Arts", 2}, {P, "Jon Marzo", 1}}, // the acronym joins its full name
	}, {
		name:  "modified product",
		text:  "ZQ said its updated Zorbic Quelbing provides more tests.",
		spans: []span{{O, "ZQ"}},
		want:  []want{{O, "ZQ", 1}},
	}})
}

// TestSharesSubjectsAsOrganizations: a name tagged MISC before "shares"
// and a verb is a company (sharesSubjectsAsOrganizations).
func TestSharesSubjectsAsOrganizations(t *testing.T) {
	M, O := misc, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "company",
		text:  "Bavarian Quelbic shares jumped 10% on Monday.",
		spans: []span{{M, "Bavarian Quelbic"}},
		want:  []want{{O, "Bavarian Quelbic", 1}},
	}})
}

// TestExtendWatchedEmployers: an analyst's employer the tagger cut short
// takes the capitalized words after it (extendWatchedEmployers); a place
// after it stays out.
func TestExtendWatchedEmployers(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "research arm",
		text:  "\"It is the swing factor,\" said Jon Marzo, an analyst at Zorb Global Research.",
		spans: []span{{P, "Jon Marzo"}, {O, "Zorb"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Zorb Global Research", 1}},
	}, {
		name:  "place after",
		text:  "\"It is the swing factor,\" said Jon Marzo, an analyst at Zorb London.",
		spans: []span{{P, "Jon Marzo"}, {O, "Zorb"}, {L, "London"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Zorb", 1}, {L, "London", 1}},
	}})
}

// TestAddAccordingToSpans: a source's name after "according to", untagged
// or tagged MISC, is an organization (addAccordingToSpans); a first name
// there is not.
func TestAddAccordingToSpans(t *testing.T) {
	M, O := misc, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged",
		text:  "Listings raised $167 billion this year, according to Zorblogic.",
		spans: []span{},
		want:  []want{{O, "Zorblogic", 1}},
	}, {
		name:  "tagged MISC",
		text:  "Listings raised $167 billion this year, according to Quelbset.",
		spans: []span{{M, "Quelbset"}},
		want:  []want{{O, "Quelbset", 1}},
	}, {
		name:  "first name",
		text:  "It was a good year, according to John.",
		spans: []span{},
		want:  nil,
	}})
}

// TestCoordinatedLongNamesAsOrganizations: a three-word name tagged a
// person, no first name, listed beside an organization is one
// (coordinatedLongNamesAsOrganizations); another person's surname among
// its words keeps it a person, and so does a comma alone before it.
func TestCoordinatedLongNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "law firm",
		text:  "Rivals Zorblaters and Quelbfields Bruckhaus Zorbinger are expected to follow.",
		spans: []span{{O, "Zorblaters"}, {P, "Quelbfields Bruckhaus Zorbinger"}},
		want:  []want{{O, "Zorblaters", 1}, {O, "Quelbfields Bruckhaus Zorbinger", 1}},
	}, {
		name:  "another person's surname",
		text:  "Jane Zorbinger met Zorbco and Quelbfields Bruckhaus Zorbinger on Monday.",
		spans: []span{{P, "Jane Zorbinger"}, {O, "Zorbco"}, {P, "Quelbfields Bruckhaus Zorbinger"}},
		want:  []want{{P, "Jane Zorbinger", 1}, {O, "Zorbco", 1}, {P, "Quelbfields Bruckhaus Zorbinger", 1}},
	}, {
		name:  "apposition after a comma",
		text:  "Zorbia's envoy to the Quelb Nations, Majed Quelbt Zorbanchi, made the allegations.",
		spans: []span{{O, "Quelb Nations"}, {P, "Majed Quelbt Zorbanchi"}},
		want:  []want{{O, "Quelb Nations", 1}, {P, "Majed Quelbt Zorbanchi", 1}},
	}})
}

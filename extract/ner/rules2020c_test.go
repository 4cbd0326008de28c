package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

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

// TestCutLeadFameWords: "Billionaire" before a person's name at a
// sentence's start is no part of it (cutLeadFameWords).
func TestCutLeadFameWords(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "billionaire",
		text:  "Billionaire Jane Zorbett said she had given $4 billion to Quelb Relief.",
		spans: []span{{P, "Billionaire Jane Zorbett"}, {O, "Quelb Relief"}},
		want:  []want{{P, "Jane Zorbett", 1}, {O, "Quelb Relief", 1}},
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

// TestSitesAsPlaces: a name before a mine's noun, a commodity's word
// between, after "its" is the mine's, a place (sitesAsPlaces).
func TestSitesAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "potash mine",
		text:  "Quelbco said it would spend $3 billion on its Zorbsen potash mine in Zorbia.",
		spans: []span{{O, "Quelbco"}, {O, "Zorbsen"}, {L, "Zorbia"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbsen", 1}, {L, "Zorbia", 1}},
	}})
}

// TestAddTradeNounSpans: a lone untagged word after "publisher" and before
// a comma is a company (addTradeNounSpans); a weekday there is not.
func TestAddTradeNounSpans(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "publisher",
		text:  "Rival publisher Zorbly, owner of the Daily Quelb, said it would close 75 titles.",
		spans: []span{{O, "Daily Quelb"}},
		want:  []want{{O, "Zorbly", 1}, {O, "Daily Quelb", 1}},
	}, {
		name:  "weekday",
		text:  "The deal was agreed with the publisher Monday, a source said.",
		spans: nil,
		want:  nil,
	}})
}

// TestDiamondLeague: athletics' "Diamond League" is a competition, MISC
// and not emitted (leagueNames).
func TestDiamondLeague(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "series",
		text:  "Jane Zorbel won the 800 metres, and Diamond League organisers said 14 meetings were planned.",
		spans: []span{{P, "Jane Zorbel"}, {O, "Diamond League"}},
		want:  []want{{P, "Jane Zorbel", 1}},
	}})
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

// TestNamedBodiesAsPlaces: a name after "asteroid" is the body's, a place
// (namedBodiesAsPlaces), every mention of it.
func TestNamedBodiesAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "asteroid",
		text:  "The Zorb Space Agency said its capsule carried samples from the asteroid Quelbu. Quelbu is 900 metres wide.",
		spans: []span{{O, "Zorb Space Agency"}, {P, "Quelbu"}, {P, "Quelbu"}},
		want:  []want{{O, "Zorb Space Agency", 1}, {L, "Quelbu", 2}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestKnownAsPeople: a one-word name tagged an organization after a
// person's name and ", known as" is the person's nickname (knownAsPeople);
// after an organization's name it stays an organization.
func TestKnownAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "nickname",
		text:  "Midfielder Jan Zorbic, known as Zorbo, scored the winner.",
		spans: []span{{P, "Jan Zorbic"}, {O, "Zorbo"}},
		want:  []want{{P, "Jan Zorbic", 1}, {P, "Zorbo", 1}},
	}, {
		name:  "body",
		text:  "The Zorbian Health Fund, known as Zorbo, said it agreed.",
		spans: []span{{O, "Zorbian Health Fund"}, {O, "Zorbo"}},
		want:  []want{{O, "Zorbian Health Fund", 1}, {O, "Zorbo", 1}},
	}})
}

// TestOrAliasesAsOrganizations: a one-word name tagged a place after an
// organization's name, a comma and "or" is its short name
// (orAliasesAsOrganizations); after a place's name it stays a place.
func TestOrAliasesAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "party",
		text:  "Officials fined the Zorbian Renewal Movement, or Verona, for breaking the rules.",
		spans: []span{{O, "Zorbian Renewal Movement"}, {L, "Verona"}},
		want:  []want{{O, "Zorbian Renewal Movement", 1}, {O, "Verona", 1}},
	}, {
		name:  "places",
		text:  "Trucks went to Upper Zorbia, or Verona, last week.",
		spans: []span{{L, "Upper Zorbia"}, {L, "Verona"}},
		want:  []want{{L, "Upper Zorbia", 1}, {L, "Verona", 1}},
	}})
}

// TestPartyHeadAfterAdjective: "Democratic Alliance" is a party's name,
// not "Alliance" the town (partyHeadAfterAdjective in cutPartyAdjective).
func TestPartyHeadAfterAdjective(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "alliance",
		text:  "The opposition Democratic Alliance, led by Jon Marzo, said the mayor should resign.",
		spans: []span{{O, "Democratic Alliance"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Democratic Alliance", 1}, {P, "Jon Marzo", 1}},
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

// TestSkipIndexTail: a name before "stock index" or a numbered tier and
// "index" is the index's, MISC (skipIndexTail in indexWordsAsMisc); a
// company before "stock" and another noun stays.
func TestSkipIndexTail(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "stock index",
		text:  "The Zorbespa stock index rose 1.3% on Monday.",
		spans: []span{{O, "Zorbespa"}},
		want:  nil,
	}, {
		name:  "tier",
		text:  "The Zorbex Top-40 index fell 0.8% on Monday.",
		spans: []span{{O, "Zorbex"}},
		want:  nil,
	}, {
		name:  "company",
		text:  "Zorbco stock rose 1.3% on Monday.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}},
	}})
}

// TestAddForNameSpans: an untagged "the ... Initiative for ..." or
// "the ... Jurisdiction for ..." is a body's name (addForNameSpans); a
// minister "for" a portfolio is not.
func TestAddForNameSpans(t *testing.T) {
	O, M := newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "initiative",
		text:  "Staff of the Zorbian Initiative for Personal Rights were arrested.",
		spans: []span{{M, "Zorbian"}},
		want:  []want{{O, "Zorbian Initiative for Personal Rights", 1}},
	}, {
		name:  "jurisdiction",
		text:  "The Special Jurisdiction for Peace charged the commanders.",
		spans: nil,
		want:  []want{{O, "Special Jurisdiction for Peace", 1}},
	}, {
		name:  "minister",
		text:  "The Minister for Foreign Affairs said nothing.",
		spans: nil,
		want:  nil,
	}})
}

// TestAddHolderOfficeSpans: an untagged "Attorney General's Office" is a
// body (addHolderOfficeSpans); "the minister's office" is not.
func TestAddHolderOfficeSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "attorney general",
		text:  "He was cleared by Zorbia's Attorney General's Office on Friday.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Attorney General's Office", 1}},
	}, {
		name:  "district",
		text:  "The case went to the Zorbton County District Attorney's Office.",
		spans: []span{{L, "Zorbton County"}},
		want:  []want{{O, "Zorbton County District Attorney's Office", 1}},
	}, {
		name:  "minister",
		text:  "He was cleared by the minister's office on Friday.",
		spans: nil,
		want:  nil,
	}})
}

// TestTradeTailOnly: the one word of "Trust Industries" alone is the
// company's short name (tradeTailOnly in addSuffixHeadSpans).
func TestTradeTailOnly(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "industries",
		text:  "Zorbco sold its stores to Trust Industries on Monday. Trust's telecoms arm said the deal was legal.",
		spans: []span{{O, "Zorbco"}, {O, "Trust Industries"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Trust Industries", 1}, {O, "Trust", 1}},
	}})
}

// TestFacilityHeadWord: a sea's name tagged an organization at a
// sentence's end, its full stop in the last token, is a place
// (facilityHeadWord in facilitiesAsPlaces), as it is inside the sentence.
func TestFacilityHeadWord(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "end",
		text:  "Ministers met on Thursday to discuss the Zorbian Sea.",
		spans: []span{{O, "Zorbian Sea."}},
		want:  []want{{L, "Zorbian Sea", 1}},
	}})
}

// TestAddDamSpans: an untagged "the ... Dam" is a place (addDamSpans).
func TestAddDamSpans(t *testing.T) {
	L, M := newsner.Location, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "dam",
		text:  "Talks over the Grand Zorbian Renewal Dam had stalled.",
		spans: []span{{M, "Zorbian"}},
		want:  []want{{L, "Grand Zorbian Renewal Dam", 1}},
	}})
}

// TestSplitPartyLeaderNames: a party's name, "of" and a person's name
// tagged one organization is the party and its leader
// (splitPartyLeaderNames); a party "of" a country stays one name.
func TestSplitPartyLeaderNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "leader",
		text:  "They joined the Nationalist Zorb Party of Jan Quelbic in parliament.",
		spans: []span{{O, "Nationalist Zorb Party of Jan Quelbic"}},
		want:  []want{{O, "Nationalist Zorb Party", 1}, {P, "Jan Quelbic", 1}},
	}, {
		name:  "country",
		text:  "They joined the Democratic Party of South Korea in parliament.",
		spans: []span{{O, "Democratic Party of South Korea"}},
		want:  []want{{O, "Democratic Party of South Korea", 1}},
	}})
}

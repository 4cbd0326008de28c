package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestResultsReportersAsOrganizations: names before "reported" and a
// profit are companies, a list's names too (resultsReportersAsOrganizations);
// a country reporting sales stays a place, and a verb without a results
// noun leaves the names alone.
func TestResultsReportersAsOrganizations(t *testing.T) {
	L := newsner.Location
	O := newsner.Organization
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "list",
		text:  "Zorbton and Quelbville reported higher first-half profit on Tuesday.",
		spans: []span{{L, "Zorbton"}, {L, "Quelbville"}},
		want:  []want{{O, "Zorbton", 1}, {O, "Quelbville", 1}},
	}, {
		name:  "person",
		text:  "Marzoli posted a 12 percent rise in quarterly net income.",
		spans: []span{{P, "Marzoli"}},
		want:  []want{{O, "Marzoli", 1}},
	}, {
		name:  "country",
		text:  "Japan reported higher retail sales in May.",
		spans: []span{{L, "Japan"}},
		want:  []want{{L, "Japan", 1}},
	}, {
		name:  "no results",
		text:  "Zorbton reported a fire at the mill, Quelbville said.",
		spans: []span{{L, "Zorbton"}, {L, "Quelbville"}},
		want:  []want{{L, "Zorbton", 1}, {L, "Quelbville", 1}},
	}})
}

// TestAppositionCompanyNouns: a fund or a supplier ending an apposition
// calls the name before it a company (appositionCompanyNouns); a trade's
// word before a person's name does not.
func TestAppositionCompanyNouns(t *testing.T) {
	L := newsner.Location
	O := newsner.Organization
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "fund",
		text:  "Quelbara, the Zorbish state fund, bought a stake in it.",
		spans: []span{{L, "Quelbara"}},
		want:  []want{{O, "Quelbara", 1}},
	}, {
		name:  "insurer before a person",
		text:  "The other was insurer Jana Quelbara.",
		spans: []span{{P, "Jana Quelbara"}},
		want:  []want{{P, "Jana Quelbara", 1}},
	}})
}

// TestListedCompaniesAsOrganizations: a listed company's name of two
// words tagged a person is the company (listedCompaniesAsOrganizations);
// an unlisted one stays a person.
func TestListedCompaniesAsOrganizations(t *testing.T) {
	O := newsner.Organization
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "listed",
		text:  "Anglo American said it would sell its coal unit.",
		spans: []span{{P, "Anglo American"}},
		want:  []want{{O, "Anglo American", 1}},
	}, {
		name:  "unlisted",
		text:  "Zorbo Quelbing said it was a good day.",
		spans: []span{{P, "Zorbo Quelbing"}},
		want:  []want{{P, "Zorbo Quelbing", 1}},
	}})
}

// TestWinningMarginReports: a sports report that gives winning margins
// ("by 23 points") and no "2-1" is a match report (winningMargin), whose
// towns beside a match's verbs are teams; without margins they stay
// places.
func TestWinningMarginReports(t *testing.T) {
	L := newsner.Location
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "margins",
		text:  "Ballarat won by 23 points on Saturday, and the coach said the season was far from over. Bendigo beat Mildura by five goals in the other game.",
		spans: []span{{L, "Ballarat"}, {L, "Bendigo"}, {L, "Mildura"}},
		want:  []want{{O, "Ballarat", 1}, {O, "Bendigo", 1}, {O, "Mildura", 1}},
	}, {
		name:  "no margins",
		text:  "Ballarat won a grant on Saturday, and the coach said the season was far from over. Bendigo beat Mildura to the prize in the other game.",
		spans: []span{{L, "Ballarat"}, {L, "Bendigo"}, {L, "Mildura"}},
		want:  []want{{L, "Ballarat", 1}, {L, "Bendigo", 1}, {L, "Mildura", 1}},
	}})
}

// TestChainsAsOrganizations: a one-word name tagged a person before
// "hotels" or "chain" is the chain's company (chainsAsOrganizations), at
// every mention; the surname of a person the article names in full stays
// the person's.
func TestChainsAsOrganizations(t *testing.T) {
	O := newsner.Organization
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "chain",
		text:  "Quelbord hotels opened in three towns. The Quelbord chain said Quelbord's plans were on track.",
		spans: []span{{P, "Quelbord"}, {P, "Quelbord"}, {P, "Quelbord"}},
		want:  []want{{O, "Quelbord", 3}},
	}, {
		name:  "person",
		text:  "Jana Quelbord opened a shop. Quelbord hotels came later.",
		spans: []span{{P, "Jana Quelbord"}, {P, "Quelbord"}},
		want:  []want{{P, "Jana Quelbord", 2}},
	}})
}

// TestTieWithTeam: a town after "a tie with" in a match report is a team
// (drawnOrLostTo); after "ties with" outside sport it stays a place.
func TestTieWithTeam(t *testing.T) {
	L := newsner.Location
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "tie",
		text:  "The 3-2 win moved them into a first-place tie with Mildura, the coach said. It was 1-1 at half-time in the game.",
		spans: []span{{L, "Mildura"}},
		want:  []want{{O, "Mildura", 1}},
	}, {
		name:  "no match",
		text:  "The council moved into a tie with Mildura on the budget.",
		spans: []span{{L, "Mildura"}},
		want:  []want{{L, "Mildura", 1}},
	}})
}

// TestChiefOfficerHolder: a name before "'s chief executive" or "'s
// chief financial officer" is a company (chiefOfficerHolder); before
// "'s chief negotiator" it stays as tagged.
func TestChiefOfficerHolder(t *testing.T) {
	L := newsner.Location
	O := newsner.Organization
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "executive",
		text:  "Quelbara's chief executive said the deal was done.",
		spans: []span{{L, "Quelbara"}},
		want:  []want{{O, "Quelbara", 1}},
	}, {
		name:  "officer",
		text:  "Marzoli's chief financial officer left in May.",
		spans: []span{{P, "Marzoli"}},
		want:  []want{{O, "Marzoli", 1}},
	}, {
		name:  "negotiator",
		text:  "Quelbara's chief negotiator left in May.",
		spans: []span{{L, "Quelbara"}},
		want:  []want{{L, "Quelbara", 1}},
	}})
}

// TestTownCompaniesAsOrganizations: a known town's name before "'s
// shares" is a company at its mentions (townCompaniesAsOrganizations);
// before "'s mayor" it stays the town.
func TestTownCompaniesAsOrganizations(t *testing.T) {
	L := newsner.Location
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "shares",
		text:  "Ballarat's shares fell 3% on Monday. Ballarat said it would cut costs.",
		spans: []span{{L, "Ballarat"}, {L, "Ballarat"}},
		want:  []want{{O, "Ballarat", 2}},
	}, {
		name:  "mayor",
		text:  "Ballarat's mayor spoke on Monday. Ballarat said it would cut costs.",
		spans: []span{{L, "Ballarat"}, {L, "Ballarat"}},
		want:  []want{{L, "Ballarat", 2}},
	}})
}

// TestOrListedCompaniesAsOrganizations: a known place's name after a
// listed company's and "or" is a company (orListedCompaniesAsOrganizations);
// after a place's and "or" it stays a place.
func TestOrListedCompaniesAsOrganizations(t *testing.T) {
	L := newsner.Location
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "listed",
		text:  "Stream the album on Spotify or Ballarat for free.",
		spans: []span{{O, "Spotify"}, {L, "Ballarat"}},
		want:  []want{{O, "Spotify", 1}, {O, "Ballarat", 1}},
	}, {
		name:  "place",
		text:  "Drive to Bendigo or Ballarat for free.",
		spans: []span{{L, "Bendigo"}, {L, "Ballarat"}},
		want:  []want{{L, "Bendigo", 1}, {L, "Ballarat", 1}},
	}})
}

// TestBeatenByTeam: a town after a passive result's "by" in a match
// report ("held 1-1 by", "beaten by") is a team (beatenBy); a record
// "held by" a town outside sport stays a place.
func TestBeatenByTeam(t *testing.T) {
	L := newsner.Location
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "held and beaten",
		text:  "Zorbton were held 1-1 by Mildura on Sunday and the league leaders were beaten by Quelbury. It was 2-0 at half-time in the other game.",
		spans: []span{{O, "Zorbton"}, {L, "Mildura"}, {L, "Quelbury"}},
		want:  []want{{O, "Zorbton", 1}, {O, "Mildura", 1}, {O, "Quelbury", 1}},
	}, {
		name:  "no match",
		text:  "The council said the land was held by Mildura until the sale.",
		spans: []span{{L, "Mildura"}},
		want:  []want{{L, "Mildura", 1}},
	}})
}

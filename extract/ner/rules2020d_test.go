package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

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

// TestJoinBinNames: the given name before "bin" and the names after it
// are one person, the title outside (joinBinNames).
func TestJoinBinNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "sheikh outside",
		text:  "The club is owned by Sheikh Quelbur bin Zorbed al-Marzan, the club said.",
		spans: []span{{P, "bin Zorbed al-Marzan"}},
		want:  []want{{P, "Quelbur bin Zorbed al-Marzan", 1}},
	}, {
		name:  "part typed organization",
		text:  "Chairman Jassem Quelbur bin Zorbmayem said the deal was done.",
		spans: []span{{P, "Jassem Quelbur"}, {O, "Zorbmayem"}},
		want:  []want{{P, "Jassem Quelbur bin Zorbmayem", 1}},
	}})
}

// TestJoinPlaceFirmNames: an untagged "Research" after a place's span is
// a firm's name (joinPlaceFirmNames); a lower-case word there is not.
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
	}})
}

// TestSitesOfCommodityListsAsPlaces: a name before two commodities' words
// and "mine" after "its" is the mine's, a place
// (sitesOfCommodityListsAsPlaces).
func TestSitesOfCommodityListsAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "copper and cobalt",
		text:  "Quelbco will keep its Zorbanda copper and cobalt mine shut next year.",
		spans: []span{{O, "Quelbco"}, {O, "Zorbanda"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbanda", 1}},
	}})
}

// TestWhichAsOrganizations: a one-word name tagged a person before ",
// which" is a company (whichAsOrganizations); the surname of a person
// named in full stays a person.
func TestWhichAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "which",
		text:  "Quelbox, which lost the case, said it would pay claims quickly. Quelbox shares fell.",
		spans: []span{{P, "Quelbox"}, {P, "Quelbox"}},
		want:  []want{{O, "Quelbox", 2}},
	}, {
		name:  "surname",
		text:  "Jon Zorbson spoke first. Zorbson, which surprised many, resigned.",
		spans: []span{{P, "Jon Zorbson"}, {P, "Zorbson"}},
		want:  []want{{P, "Jon Zorbson", 2}},
	}, {
		name:  "after a title",
		text:  "A firm controlled by a son of President Zorbanto, which plans to list, said so.",
		spans: []span{{P, "Zorbanto"}},
		want:  []want{{P, "Zorbanto", 1}},
	}})
}

// TestTeamNamesAsOrganizations: a name tagged a person after "team" or
// before "team boss" is a team (teamNamesAsOrganizations).
func TestTeamNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after team",
		text:  "Esports team Quelb Clan said it had raised $20 million.",
		spans: []span{{P, "Quelb Clan"}},
		want:  []want{{O, "Quelb Clan", 1}},
	}, {
		name:  "team boss",
		text:  "Zorb-Sport Quelb team boss Jon Marzo said they would be back.",
		spans: []span{{P, "Zorb-Sport Quelb"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorb-Sport Quelb", 1}, {P, "Jon Marzo", 1}},
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

// TestJoinDemonymBodies: a nationality's word before a body of three words
// ending in "Authority" is the body's (joinDemonymBodies); before a
// ministry of two words it stays apart.
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
	}})
}

// TestPortsAsPlaces: "the Port of" a name after "at" is a place
// (portsAsPlaces); the port's authority stays an organization.
func TestPortsAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "at the port",
		text:  "Volumes at the Port of Zorbdam fell 3%, the Port of Zorbdam Authority said.",
		spans: []span{{O, "Port of Zorbdam"}, {O, "Port of Zorbdam Authority"}},
		want:  []want{{L, "Port of Zorbdam", 1}, {O, "Port of Zorbdam Authority", 1}},
	}})
}

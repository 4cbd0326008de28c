package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

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

// TestAddBodyTitleSpans: "House" or "Treasury" left untagged before a
// title and a person's name is the body (addBodyTitleSpans); a
// portfolio's word is not, nor the body's word with no name after.
func TestAddBodyTitleSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "speaker and secretary",
		text:  "House Speaker Jane Quelbin and Treasury Secretary Jon Marzo agreed.",
		spans: []span{{P, "Jane Quelbin"}, {P, "Jon Marzo"}},
		want:  []want{{O, "House", 1}, {P, "Jane Quelbin", 1}, {O, "Treasury", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "portfolio",
		text:  "Health Secretary Jon Marzo agreed.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 1}},
	}, {
		name:  "no name",
		text:  "The House Speaker said nothing.",
		spans: nil,
		want:  nil,
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

// TestListedLeadersAsPeople: a name typed an organization after "leaders"
// and before "and" and a person is a person (listedLeadersAsPeople); a
// club before "and" and another club stays.
func TestListedLeadersAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "protest leaders",
		text:  "Protest leaders Quelb Zorbarak and Jon Marzo said they would march.",
		spans: []span{{O, "Quelb Zorbarak"}, {P, "Jon Marzo"}},
		want:  []want{{P, "Quelb Zorbarak", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "clubs",
		text:  "Unbeaten leaders Zorbton United and Quelb City both won.",
		spans: []span{{O, "Zorbton United"}, {O, "Quelb City"}},
		want:  []want{{O, "Zorbton United", 1}, {O, "Quelb City", 1}},
	}})
}

// TestClubsAfterScores: a listed club's town typed a place after a score
// and "by" in a sports report is the club (clubsAfterScores).
func TestClubsAfterScores(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "held by",
		text:  "Real Madrid won 3-1 in the league, while Atletico Madrid were held 1-1 by Getafe at home. Both goals came after the break.",
		spans: []span{{O, "Real Madrid"}, {O, "Atletico Madrid"}, {L, "Getafe"}},
		want:  []want{{O, "Real Madrid", 1}, {O, "Atletico Madrid", 1}, {O, "Getafe", 1}},
	}})
}

// TestKinNamesAsPeople: a name typed a place before "and his son" is a
// person (kinNamesAsPeople); a known place stays.
func TestKinNamesAsPeople(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "son",
		text:  "In Zorbville, Quelb Marzon and his 11-year-old son finished seventh.",
		spans: []span{{L, "Zorbville"}, {L, "Quelb Marzon"}},
		want:  []want{{L, "Zorbville", 1}, {P, "Quelb Marzon", 1}},
	}, {
		name:  "known place",
		text:  "He left New York and his wife stayed behind.",
		spans: []span{{L, "New York"}},
		want:  []want{{L, "New York", 1}},
	}})
}

// TestAddFounderOfSpans: an untagged name after "founder of" is an
// organization (addFounderOfSpans); a known place is not.
func TestAddFounderOfSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "founder of",
		text:  "Jon Marzo, founder of Quelb Digital and its tabloid, was refused bail.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Quelb Digital", 1}},
	}, {
		name:  "known place",
		text:  "Jon Marzo, founder of Singapore, died.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 1}},
	}})
}

// TestGolfClubsAsPlaces: a golf club tagged an organization after "at" is
// the course (golfClubsAsPlaces); the club speaking stays an
// organization.
func TestGolfClubsAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "at",
		text:  "She made three birdies at Zorb Hills Golf Club to win by one shot.",
		spans: []span{{O, "Zorb Hills Golf Club"}},
		want:  []want{{L, "Zorb Hills Golf Club", 1}},
	}, {
		name:  "speaking",
		text:  "Zorb Hills Golf Club said it would host the event.",
		spans: []span{{O, "Zorb Hills Golf Club"}},
		want:  []want{{O, "Zorb Hills Golf Club", 1}},
	}})
}

// TestAddRegulatorNameSpans: an untagged name right after "broadcaster"
// is an organization (addRegulatorNameSpans); a weekday is not.
func TestAddRegulatorNameSpans(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "broadcaster",
		text:  "He spoke at the studio of broadcaster ZQTV-TV on Sunday.",
		spans: nil,
		want:  []want{{O, "ZQTV-TV", 1}},
	}, {
		name:  "weekday",
		text:  "The watchdog Monday said it would look again.",
		spans: nil,
		want:  nil,
	}})
}

// TestStandingLeaguesAsMisc: a league tagged an organization after "top
// of the" is the competition, MISC (standingLeaguesAsMisc); the league
// asked to explain stays the body.
func TestStandingLeaguesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "top of the",
		text:  "Zorbton went top of the Quelb Premier League on Saturday.",
		spans: []span{{O, "Zorbton"}, {O, "Quelb Premier League"}},
		want:  []want{{O, "Zorbton", 1}},
	}, {
		name:  "body",
		text:  "The owner asked the Quelbian League to explain its ruling.",
		spans: []span{{O, "Quelbian League"}},
		want:  []want{{O, "Quelbian League", 1}},
	}})
}

// TestMadeProductsAsMisc: a name tagged an organization before "shot made
// by" is the product, MISC (madeProductsAsMisc); the maker's name after
// "by" and a maker before "vaccine" with no "made by" stay organizations.
func TestMadeProductsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "shot made by",
		text:  "The state will use the Zorbavac shot made by Quelbio Biotech.",
		spans: []span{{O, "Zorbavac"}, {O, "Quelbio Biotech"}},
		want:  []want{{O, "Quelbio Biotech", 1}},
	}, {
		name:  "maker's vaccine",
		text:  "The Quelbio vaccine was approved on Monday.",
		spans: []span{{O, "Quelbio"}},
		want:  []want{{O, "Quelbio", 1}},
	}})
}

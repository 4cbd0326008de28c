package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of types_facilities.go's rules.

// TestFacilityHeadsIssue11 checks the head words issue 11 added to
// groundHeads and facilityHeads on made-up articles: a planetarium's, a
// room's, a motel's, a guesthouse's and a golf course's names tagged an
// organization are places (facilitiesAsPlaces, golfCourse); a newsroom's
// name stays an organization (newsDesk).
func TestFacilityHeadsIssue11(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a planetarium's name tagged an organization is a place",
			text:  "The orbiter goes to the Quelb Planetarium in Zorbton, Jane Quimble of Zorbco said.",
			spans: []span{{O, "Quelb Planetarium"}, {L, "Zorbton"}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{L, "Quelb Planetarium", 1}, {L, "Zorbton", 1}, {P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a room's name tagged an organization is a place",
			text:  "In 1958 the Quimbly Room at the Zorbton Hotel offered steaks, Jane Quimble said.",
			spans: []span{{O, "Quimbly Room"}, {L, "Zorbton Hotel"}, {P, "Jane Quimble"}},
			want:  []want{{L, "Quimbly Room", 1}, {L, "Zorbton Hotel", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a motel, a guesthouse and a golf course tagged organizations are places",
			text:  "Police found the truck behind the Quelb Falls Motel, near the Zorbina Guesthouse, after a round at the Marzo Park Golf Course, Jane Quimble said.",
			spans: []span{{O, "Quelb Falls Motel"}, {O, "Zorbina Guesthouse"}, {O, "Marzo Park Golf Course"}, {P, "Jane Quimble"}},
			want:  []want{{L, "Quelb Falls Motel", 1}, {L, "Zorbina Guesthouse", 1}, {L, "Marzo Park Golf Course", 1}, {P, "Jane Quimble", 1}},
		},
		{
			// Only a golf course: a school's or a trainer's course is
			// taught, not a place ("Course" was any name's head).
			name:  "a course that is no golf course stays an organization",
			text:  "The Zorbton Leadership Course trains managers, Jane Quimble said.",
			spans: []span{{O, "Zorbton Leadership Course"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbton Leadership Course", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a newsroom's name stays an organization",
			text:  "The Zorbton News Room said the ferry sank, Jane Quimble said.",
			spans: []span{{O, "Zorbton News Room"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbton News Room", 1}, {P, "Jane Quimble", 1}},
		},
	})
}

// TestGamesSitesAsPlaces: a site of the Games that the tagger typed MISC
// with the Games' adjective ("Olympic Stadium", "Olympic Village") is a
// place, its site's word taken in where the tagger marked "Olympic"
// alone; the Games and their committee stay MISC and an organization.
func TestGamesSitesAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a stadium and a village",
		text:  "Athletes of Zorbia entered the Olympic Stadium on Friday after an Olympic Village ceremony.",
		spans: []span{{L, "Zorbia"}, {misc, "Olympic Stadium"}, {misc, "Olympic Village"}},
		want:  []want{{L, "Zorbia", 1}, {L, "Olympic Stadium", 1}, {L, "Olympic Village", 1}},
	}, {
		name:  "the site's word the tagger left out",
		text:  "Zorbia held an Olympic Village ceremony near the former Olympic Stadium on Monday.",
		spans: []span{{L, "Zorbia"}, {misc, "Olympic"}, {misc, "Olympic"}},
		want:  []want{{L, "Zorbia", 1}, {L, "Olympic Village", 1}, {L, "Olympic Stadium", 1}},
	}, {
		name:  "the Games and their committee",
		text:  "The Olympic Games open in Zorbton, the Zorbian Olympic Committee said.",
		spans: []span{{misc, "Olympic Games"}, {L, "Zorbton"}, {O, "Zorbian Olympic Committee"}},
		want:  []want{{L, "Zorbton", 1}, {O, "Zorbian Olympic Committee", 1}},
	}})
}

// TestGroundsAsPlaces: a sports ground's name ending in "Ground" that the
// tagger typed an organization is a place.
func TestGroundsAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a cricket ground",
		text:  "Zorbia beat Quelbia at the Zorbville Cricket Ground on Tuesday.",
		spans: []span{{L, "Zorbia"}, {L, "Quelbia"}, {O, "Zorbville Cricket Ground"}},
		want:  []want{{L, "Zorbia", 1}, {L, "Quelbia", 1}, {L, "Zorbville Cricket Ground", 1}},
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

// TestListedVenuesAsPlaces: cricket grounds named by letters or with no
// ground's word, which the tagger typed organizations, are places.
func TestListedVenuesAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two grounds",
		text:  "Zorbia beat Quelbia at the MCG, and the next test is at the Basin Reserve.",
		spans: []span{{L, "Zorbia"}, {L, "Quelbia"}, {O, "MCG"}, {O, "Basin Reserve"}},
		want:  []want{{L, "Zorbia", 1}, {L, "Quelbia", 1}, {L, "MCG", 1}, {L, "Basin Reserve", 1}},
	}})
}

// TestLandformsAsPlaces: a name ending in a landform's or a building's
// word is a place, tagged an organization or a person; in a sports report
// a bay's town is a team and stays one.
func TestLandformsAsPlaces(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a bay, a pass and a building",
			text:  "Ice covered Quelb Bay on Monday. Traffic stopped at Zorbo Pass, and the Quimby State Building went dark.",
			spans: []span{{O, "Quelb Bay"}, {P, "Zorbo Pass"}, {O, "Quimby State Building"}},
			want:  []want{{L, "Quelb Bay", 1}, {L, "Zorbo Pass", 1}, {L, "Quimby State Building", 1}},
		},
		{
			name:  "a team in a sports report",
			text:  "Quelb Bay beat Zorbo 3-1 in the league match. Zorbo won 2-0 last season, and the striker scored a goal.",
			spans: []span{{O, "Quelb Bay"}, {O, "Zorbo"}, {O, "Zorbo"}},
			want:  []want{{O, "Quelb Bay", 1}, {O, "Zorbo", 2}},
		},
		{
			name:  "a fund or a firm named as a shore, where only an organization stands (cuedLandform)",
			text:  "Quelb Point, run by Jane Quimby, told clients its fund had gained 18%. Analysts at Zorbo Pass agreed, and Quelb Point said so too.",
			spans: []span{{O, "Quelb Point"}, {P, "Jane Quimby"}, {O, "Zorbo Pass"}, {O, "Quelb Point"}},
			want:  []want{{O, "Quelb Point", 2}, {P, "Jane Quimby", 1}, {O, "Zorbo Pass", 1}},
		},
	})
}

// TestGroundVenuesAsPlaces: a name tagged a person that ends in a
// ground's word is a venue, a place, after "the", in three words or
// before a noun it modifies (groundVenuesAsPlaces); a person whose
// surname is such a word stays one.
func TestGroundVenuesAsPlaces(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after the",
		text:  "The players will stay in their bubble at the Quelby Arena until March.",
		spans: []span{{P, "Quelby Arena"}},
		want:  []want{{L, "Quelby Arena", 1}},
	}, {
		name:  "three words",
		text:  "Rain turned Shelby Zorbtom Park into a swamp on Saturday.",
		spans: []span{{P, "Shelby Zorbtom Park"}},
		want:  []want{{L, "Shelby Zorbtom Park", 1}},
	}, {
		name:  "before the noun it modifies",
		text:  "They won in front of an ecstatic Zorbis Park crowd on Saturday.",
		spans: []span{{P, "Zorbis Park"}},
		want:  []want{{L, "Zorbis Park", 1}},
	}, {
		name:  "people named Park and Arena",
		text:  "Grace Park won the title, and Bruce Arena coached the team. Park said so. Mr Jon Zorb Park agreed.",
		spans: []span{{P, "Grace Park"}, {P, "Bruce Arena"}, {P, "Park"}, {P, "Jon Zorb Park"}},
		want:  []want{{P, "Grace Park", 2}, {P, "Bruce Arena", 1}, {P, "Jon Zorb Park", 1}},
	}})
}

// TestLeadFacilityNamesAsPlaces: a square named by a leading "Plaza" and a
// street by "Avenida", which the tagger typed an organization and a
// person, are places.
func TestLeadFacilityNamesAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a square and an avenue",
		text:  "Protesters gathered in Zorbville's Plaza Quelbia and marched down Avenida Zorbo.",
		spans: []span{{L, "Zorbville"}, {O, "Plaza Quelbia"}, {P, "Avenida Zorbo"}},
		want:  []want{{L, "Zorbville", 1}, {L, "Plaza Quelbia", 1}, {L, "Avenida Zorbo", 1}},
	}})
}

// TestRacetracksAsPlaces: a motor-racing track's name tagged an
// organization is a place (racetrackName in facilitiesAsPlaces); a US
// appeals court's circuit stays a body.
func TestRacetracksAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an international circuit",
		text:  "Jane Quimble won at the Zorbia International Circuit on Sunday for Quelb Racing.",
		spans: []span{{P, "Jane Quimble"}, {O, "Zorbia International Circuit"}, {O, "Quelb Racing"}},
		want:  []want{{P, "Jane Quimble", 1}, {L, "Zorbia International Circuit", 1}, {O, "Quelb Racing", 1}},
	}, {
		name:  "circuit of",
		text:  "The race at the Circuit of the Zorbs is next.",
		spans: []span{{O, "Circuit of the Zorbs"}},
		want:  []want{{L, "Circuit of the Zorbs", 1}},
	}, {
		name:  "a speedway",
		text:  "Fans filled the Quelb Motor Speedway on Saturday.",
		spans: []span{{O, "Quelb Motor Speedway"}},
		want:  []want{{L, "Quelb Motor Speedway", 1}},
	}, {
		name:  "a court's circuit",
		text:  "The Ninth Circuit and the Federal Circuit ruled against Zorbco.",
		spans: []span{{O, "Ninth Circuit"}, {O, "Federal Circuit"}, {O, "Zorbco"}},
		want:  []want{{O, "Ninth Circuit", 1}, {O, "Federal Circuit", 1}, {O, "Zorbco", 1}},
	}})
}

// TestVenueCentersAsPlaces: a centre's name after a venue's word
// ("Science Center", "Convention Center") tagged an organization is a
// place (venueCenter in facilitiesAsPlaces); a research centre's stays a
// body.
func TestVenueCentersAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a science center",
		text:  "The orbiter will go to the Quelb Science Center in Zorbton.",
		spans: []span{{O, "Quelb Science Center"}, {L, "Zorbton"}},
		want:  []want{{L, "Quelb Science Center", 1}, {L, "Zorbton", 1}},
	}, {
		name:  "a convention center",
		text:  "Delegates met at the Zorbton Convention Center on Monday.",
		spans: []span{{O, "Zorbton Convention Center"}},
		want:  []want{{L, "Zorbton Convention Center", 1}},
	}, {
		name:  "a research center",
		text:  "The Quelb Storm Center said the storm would weaken.",
		spans: []span{{O, "Quelb Storm Center"}},
		want:  []want{{O, "Quelb Storm Center", 1}},
	}})
}

// TestSponsoredArenasAsPlaces: an arena or a stadium named after a sponsor
// (groundHeads' third line: "Dome", "Boxen", "Box", "Stadion") that the
// tagger typed an organization is a place; the sponsor alone stays.
func TestSponsoredArenasAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bank's arena",
		text:  "The final was played at the Quelb Bank Boxen, and Quelb Bank paid for it.",
		spans: []span{{O, "Quelb Bank Boxen"}, {O, "Quelb Bank"}},
		want:  []want{{L, "Quelb Bank Boxen", 1}, {O, "Quelb Bank", 1}},
	}, {
		name:  "a carmaker's dome and a stadion",
		text:  "Zorbton won at the Zorbauto Dome, then lost at the Quelbix Stadion.",
		spans: []span{{O, "Zorbton"}, {O, "Zorbauto Dome"}, {O, "Quelbix Stadion"}},
		want:  []want{{O, "Zorbton", 1}, {L, "Zorbauto Dome", 1}, {L, "Quelbix Stadion", 1}},
	}})
}

// TestBodyCentresAsOrganizations: a centre's name after a body's word
// ("Arbitration Centre", "Biomedical Centre"), tagged a place, or tagged
// an organization with the British "Centre" that groundHeads makes a
// place, is an organization with its acronym; a venue's centre and a
// centre after no body's word stay places.
func TestBodyCentresAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an arbitration centre tagged a place",
		text:  "The Zorbian International Arbitration Centre said on Monday it had more cases.",
		spans: []span{{L, "Zorbian International Arbitration Centre"}},
		want:  []want{{O, "Zorbian International Arbitration Centre", 1}},
	}, {
		name:  "a biomedical centre and its acronym",
		text:  "The Quelb Biomedical Centre (QBC) said it had given 2 million doses.",
		spans: []span{{L, "Quelb Biomedical Centre"}, {L, "QBC"}},
		want:  []want{{O, "Quelb Biomedical Centre", 2}},
	}, {
		name:  "a research centre tagged an organization",
		text:  "The Zorb Research Centre said the storm would weaken.",
		spans: []span{{O, "Zorb Research Centre"}},
		want:  []want{{O, "Zorb Research Centre", 1}},
	}, {
		name:  "a tennis centre",
		text:  "The final was played at the Zorb Tennis Centre on Monday.",
		spans: []span{{O, "Zorb Tennis Centre"}},
		want:  []want{{L, "Zorb Tennis Centre", 1}},
	}})
}

// TestSportsArenaCenter: an arena named "Center" after its sponsor, where a
// game is played after a score or in a sports report, is a place; a body
// named "Center" where no game is played stays an organization.
func TestSportsArenaCenter(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after a score and at the",
		text:  "Quelb Madrid beat Zorb Athens 84-70 at the QuelBank Center on Thursday.",
		spans: []span{{O, "Quelb Madrid"}, {O, "Zorb Athens"}, {O, "QuelBank Center"}},
		want:  []want{{O, "Quelb Madrid", 1}, {O, "Zorb Athens", 1}, {L, "QuelBank Center", 1}},
	}, {
		name:  "a body, no game",
		text:  "Researchers at the Zorbin Center said on Monday the vote was fair.",
		spans: []span{{O, "Zorbin Center"}},
		want:  []want{{O, "Zorbin Center", 1}},
	}})
}

// TestPersonAirport: a person's name right before "airport" is the
// airport, a place; not after "a", nor before another noun.
func TestPersonAirport(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an airport named for a person",
		text:  "Protesters gathered at Quelb de Zorbin airport north of the capital.",
		spans: []span{{P, "Quelb de Zorbin"}},
		want:  []want{{L, "Quelb de Zorbin", 1}},
	}, {
		name:  "the person elsewhere",
		text:  "Quelb de Zorbin said the airport would close.",
		spans: []span{{P, "Quelb de Zorbin"}},
		want:  []want{{P, "Quelb de Zorbin", 1}},
	}})
}

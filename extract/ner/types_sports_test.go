package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestUnknownPlacesAsTeams: in a sports report, a one-word name tagged a
// place that no list knows as a place and that stands where a team does
// is a club (unknownPlacesAsTeams); a known country there stays a place,
// and so does the name where a ground stands ("at").
func TestUnknownPlacesAsTeams(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "win over",
		text:  "Zorbach went top of the league with a 1-0 win over Quelbheim on Sunday, and Tovarfeld drew 2-2 with Zorbach's rivals. The coach said the goal came late.",
		spans: []span{{O, "Zorbach"}, {L, "Quelbheim"}, {O, "Tovarfeld"}, {O, "Zorbach"}},
		want:  []want{{O, "Zorbach", 2}, {O, "Quelbheim", 1}, {O, "Tovarfeld", 1}},
	}, {
		name:  "country",
		text:  "Zorbach won the match 3-1, and the coach said Italy beat France 2-0 in the other game of the group. The goal was late.",
		spans: []span{{O, "Zorbach"}, {L, "Italy"}, {L, "France"}},
		want:  []want{{O, "Zorbach", 1}, {L, "Italy", 1}, {L, "France", 1}},
	}, {
		name:  "ground",
		text:  "The match ended 3-1, and the fans at Quelbmeadows were loud. The coach praised the goal and the 2-0 lead.",
		spans: []span{{L, "Quelbmeadows"}},
		want:  []want{{L, "Quelbmeadows", 1}},
	}})
}

// TestUnknownNamesAsOpponents: in a sports report, a one-word name tagged
// a person that no list knows, right before or after a match's verb with
// a club on the other side, is a club at every mention
// (unknownNamesAsOpponents); a player who beats a player stays a person.
func TestUnknownNamesAsOpponents(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "club",
		text:  "Quelster beat Zorbpellier 24-14 in the league on Saturday, and Tovarby drew 10-10 with Zorbach. Quelster's coach said the match was hard.",
		spans: []span{{P, "Quelster"}, {O, "Zorbpellier"}, {O, "Tovarby"}, {O, "Zorbach"}, {P, "Quelster"}},
		want:  []want{{O, "Quelster", 2}, {O, "Zorbpellier", 1}, {O, "Tovarby", 1}, {O, "Zorbach", 1}},
	}, {
		name:  "player",
		text:  "Quelster beat Zorbov 6-4 6-3 in the tournament final, and the coach said the match was his best of the season.",
		spans: []span{{P, "Quelster"}, {P, "Zorbov"}},
		want:  []want{{P, "Quelster", 1}, {P, "Zorbov", 1}},
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

// TestTopicsSportsText checks that topics' sportsText, which asks the
// memo's sportsTalk first, answers as sportsText on made-up reports.
func TestTopicsSportsText(t *testing.T) {
	sports := false
	for _, text := range []string{
		"Zorbton beat Quelbury 3-1 in the league match and the coach praised the striker after the 2-0 win last week .",
		"Zorbton won the league match and the coach praised the striker .",
		"Zorbco said profits rose 3-1 and 2-0 .",
		"",
	} {
		var toks []token
		for _, w := range strings.Fields(text) {
			toks = append(toks, token{Text: w})
		}
		a := &topics{toks: toks}
		got, want := a.sportsText(), sportsText(toks)
		if got != want {
			t.Errorf("topics.sportsText(%q) = %v, want %v", text, got, want)
		}
		sports = sports || want
	}
	if !sports {
		t.Error("no text of the test is a sports report")
	}
}

// TestDrawnOrLostToTeams: in a match report a town's name after "drew
// with" or "lost to" that the tagger read as a place is a team; a town
// after "lost to" in other news stays a place.
func TestDrawnOrLostToTeams(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two clubs named for their towns",
		text:  "Zorbco Rovers beat Quelb United 2-1 and 3-0 in the league. Zorbco City drew with Paris on Sunday. Quelb Athletic lost to Madrid in the match.",
		spans: []span{{O, "Zorbco Rovers"}, {O, "Quelb United"}, {O, "Zorbco City"}, {L, "Paris"}, {O, "Quelb Athletic"}, {L, "Madrid"}},
		want:  []want{{O, "Zorbco Rovers", 1}, {O, "Quelb United", 1}, {O, "Zorbco City", 1}, {O, "Paris", 1}, {O, "Quelb Athletic", 1}, {O, "Madrid", 1}},
	}, {
		name:  "a score between the verb and with",
		text:  "Zorbco Rovers beat Quelb United 2-1 in the league. Zorbco City drew 2-2 with Lyon at home.",
		spans: []span{{O, "Zorbco Rovers"}, {O, "Quelb United"}, {O, "Zorbco City"}, {L, "Lyon"}},
		want:  []want{{O, "Zorbco Rovers", 1}, {O, "Quelb United", 1}, {O, "Zorbco City", 1}, {O, "Lyon", 1}},
	}, {
		name:  "no match report",
		text:  "Zorbco lost to Paris a contract worth $5 million.",
		spans: []span{{O, "Zorbco"}, {L, "Paris"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Paris", 1}},
	}})
}

// TestListedClubsAsPeople: in a match report a listed club's one-word name
// that the tagger read as a person's before a match's verb ("Lazio drew")
// is the club; a person's name there stays.
func TestListedClubsAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a listed club before drew",
		text:  "Zorbco Rovers beat Quelb United 2-1 and 3-0 in the league. Lazio drew on Sunday, and Marla Quonk won the match.",
		spans: []span{{O, "Zorbco Rovers"}, {O, "Quelb United"}, {P, "Lazio"}, {P, "Marla Quonk"}},
		want:  []want{{O, "Zorbco Rovers", 1}, {O, "Quelb United", 1}, {O, "Lazio", 1}, {P, "Marla Quonk", 1}},
	}})
}

// TestClubsAsOpponents: a listed club tagged a person after "beating", or
// a place after a score and "at", is the club in a sports report
// (clubsAsOpponents).
func TestClubsAsOpponents(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "opponents",
		text:  "Zorbia FC stayed top after beating Lazio 3-2 on Sunday, while Quelb United won 2-1 at Bologna. The coach said the league was open.",
		spans: []span{{O, "Zorbia FC"}, {P, "Lazio"}, {O, "Quelb United"}, {L, "Bologna"}},
		want:  []want{{O, "Zorbia FC", 1}, {O, "Lazio", 1}, {O, "Quelb United", 1}, {O, "Bologna", 1}},
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

// TestTransferClubsAsClubs: on either side of a transfer ("joined X from
// Y") a listed club's name the tagger typed a place or a person is the
// club, at its other mentions too (transferClubsAsClubs); a family's move
// from town to town outside sport stays places.
func TestTransferClubsAsClubs(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the selling club typed its town",
		text:  "Midfielder Quelb Marzo, 23, joined Fiorentina from Empoli in January and has scored four goals this season. His former coach at Empoli said he was ready.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Fiorentina"}, {L, "Empoli"}, {L, "Empoli"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Fiorentina", 1}, {O, "Empoli", 2}},
	}, {
		name:  "the buying club typed a person",
		text:  "Striker Ulla Quimby signed for Udinese from Bologna for 12 million euros after a season of 15 goals.",
		spans: []span{{P, "Ulla Quimby"}, {P, "Udinese"}, {L, "Bologna"}},
		want:  []want{{P, "Ulla Quimby", 1}, {O, "Udinese", 1}, {O, "Bologna", 1}},
	}, {
		name:  "a family's move, no sport",
		text:  "The family moved to Empoli from Bologna in 2019, and the children go to school in Empoli.",
		spans: []span{{L, "Empoli"}, {L, "Bologna"}, {L, "Empoli"}},
		want:  []want{{L, "Empoli", 2}, {L, "Bologna", 1}},
	}})
}

// TestDemonymLeaguesAsMisc: a nation's league in a sports report is MISC
// (demonymLeaguesAsMisc); a listed league-named body and a political
// league outside sport stay organizations.
func TestDemonymLeaguesAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a demonym's league",
		text:  "Zorbic United, champions of the Bolivian Pro League, beat Marzo City 2-1 in the cup. The coach said the league's clubs would spend more on players.",
		spans: []span{{O, "Zorbic United"}, {O, "Bolivian Pro League"}, {O, "Marzo City"}},
		want:  []want{{O, "Zorbic United", 1}, {O, "Marzo City", 1}},
	}, {
		name:  "a country's league",
		text:  "Zorbic won the Germany Super League title after a 3-0 win, the coach said, and the club will play in the cup final.",
		spans: []span{{O, "Zorbic"}, {L, "Germany Super League"}},
		want:  []want{{O, "Zorbic", 1}},
	}, {
		name:  "a listed body in sport",
		text:  "The Arab League said the cup final would go ahead after the club's coach and players arrived.",
		spans: []span{{O, "Arab League"}},
		want:  []want{{O, "Arab League", 1}},
	}, {
		name:  "a sport's body",
		text:  "The Bolivian Hockey League fined the club after the coach's remarks on the final.",
		spans: []span{{O, "Bolivian Hockey League"}},
		want:  []want{{O, "Bolivian Hockey League", 1}},
	}, {
		name:  "a party outside sport",
		text:  "The Quelbian People's League won 40 seats in the election, the commission said.",
		spans: []span{{O, "Quelbian People's League"}},
		want:  []want{{O, "Quelbian People's League", 1}},
	}})
}

// TestTownsAsPersonTeams: in a match report a town's or a region's name
// that the tagger read as a person's before a match's verb ("Munster
// beat") is the team; a person's name there stays.
func TestTownsAsPersonTeams(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a province before beat",
		text:  "Zorbco Rovers beat Quelb United 22-10 and 3-0 in the league. Munster beat the Quelbers on Sunday, and Marla Quonk won the match.",
		spans: []span{{O, "Zorbco Rovers"}, {O, "Quelb United"}, {P, "Munster"}, {P, "Marla Quonk"}},
		want:  []want{{O, "Zorbco Rovers", 1}, {O, "Quelb United", 1}, {O, "Munster", 1}, {P, "Marla Quonk", 1}},
	}})
}

// TestSchoolSidesAsTeams: a town's name and a compass word before one of
// its athletes (after "'s", a school year or a sport's role) is a high
// school's team; a town's side where a place stands stays a place.
func TestSchoolSidesAsTeams(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "athletes of two schools",
			text:  "Topeka North's Marla Quonk won the 100 yard freestyle in 2020. Topeka East senior Tomaz Quell was second, and Topeka West diver Dara Quimby took the board title.",
			spans: []span{{L, "Topeka North"}, {P, "Marla Quonk"}, {L, "Topeka East"}, {P, "Tomaz Quell"}, {L, "Topeka West"}, {P, "Dara Quimby"}},
			want:  []want{{O, "Topeka North", 1}, {P, "Marla Quonk", 1}, {O, "Topeka East", 1}, {P, "Tomaz Quell", 1}, {O, "Topeka West", 1}, {P, "Dara Quimby", 1}},
		},
		{
			name:  "a side of town",
			text:  "Floods closed roads in Topeka North on Monday. Topeka North residents were told to stay home.",
			spans: []span{{L, "Topeka North"}, {L, "Topeka North"}},
			want:  []want{{L, "Topeka North", 2}},
		},
	})
}

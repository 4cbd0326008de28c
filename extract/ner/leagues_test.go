package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestAddLeagueAcronymSpans: a league's acronym the tagger missed in a
// headline in capitals, or typed a place alone, is an organization
// (addLeagueAcronymSpans); one inside a longer name is left, and "MLS"
// outside a sports report is no league.
func TestAddLeagueAcronymSpans(t *testing.T) {
	L, O, M := newsner.Location, newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "missed in a headline",
		text:  "BASKETBALL - NBA RESULTS .\nNEW YORK 1996-12-06\nResults of games on Thursday .",
		spans: []span{{L, "NEW YORK"}},
		want:  []want{{O, "NBA", 1}, {L, "NEW YORK", 1}},
	}, {
		name:  "typed a place",
		text:  "AMERICAN FOOTBALL - NFL STANDINGS .",
		spans: []span{{L, "NFL"}},
		want:  []want{{O, "NFL", 1}},
	}, {
		name:  "inside a longer name",
		text:  "He watched the NHL Winter Classic on Friday.",
		spans: []span{{M, "NHL Winter Classic"}},
		want:  nil,
	}, {
		name: "a show's name in quotes",
		text: "He told \u201cNFL AM\u201d on Wednesday that he was fine.",
		want: nil,
	}, {
		name: "a realtor's listing service",
		text: "The house was listed on the MLS for $400,000 last week.",
		want: nil,
	}})
}

// TestAddLeagueTableSpans: in an NBA or NFL results table and standings
// table, a listed team's town is an organization, tagged a place or
// missed (addLeagueTableSpans), "GREEN BAY" too (landformName); a single
// results-like line, a table with no column heads and a country stay as
// tagged.
func TestAddLeagueTableSpans(t *testing.T) {
	P, L, O, M := newsner.Person, newsner.Location, newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "results",
		text:  "BASKETBALL - NBA RESULTS .\nResults of games on Thursday ( home team in CAPS ) :\nIndiana 103 BOSTON 97\nBROOKLYN 118 Charlotte 102\nGREEN BAY 99 Denver 91 ( OT )",
		spans: []span{{L, "Indiana"}, {O, "BOSTON"}, {O, "Charlotte"}, {L, "GREEN BAY"}, {O, "Denver"}},
		want: []want{{O, "NBA", 1}, {O, "Indiana", 1}, {O, "BOSTON", 1}, {O, "BROOKLYN", 1}, {O, "Charlotte", 1},
			{O, "GREEN BAY", 1}, {O, "Denver", 1}},
	}, {
		name:  "standings",
		text:  "National Basketball Association standings after Thursday 's games :\nEASTERN CONFERENCE\nW L PCT GB\nBROOKLYN 12 7 .632 -\nDENVER 10 9 .526 2\nMIAMI 9 10 .474 3 1/2",
		spans: []span{{O, "National Basketball Association"}, {M, "EASTERN CONFERENCE"}, {L, "DENVER"}},
		want:  []want{{O, "National Basketball Association", 1}, {O, "BROOKLYN", 1}, {O, "DENVER", 1}, {O, "MIAMI", 1}},
	}, {
		name:  "2020 style",
		text:  "Results of games on Wednesday (home team in CAPS):\nVegas 5 ST. LOUIS 4 (SO)\nMINNESOTA 3 Colorado 2\nStandings:\nW L Pct GB\nMilwaukee 3 0 1.000 -\nDenver 2 1 .667 1",
		spans: []span{{O, "MINNESOTA"}, {O, "Colorado"}, {O, "Milwaukee"}, {P, "Denver"}},
		want:  []want{{O, "Vegas", 1}, {O, "ST. LOUIS", 1}, {O, "MINNESOTA", 1}, {O, "Colorado", 1}, {O, "Milwaukee", 1}, {O, "Denver", 1}},
	}, {
		name:  "heads after GP",
		text:  "National Hockey League standings :\nGP W L OTL PTS\nWASHINGTON 26 17 6 3 37\nBOSTON 26 13 10 3 29",
		spans: []span{{O, "National Hockey League"}, {L, "WASHINGTON"}},
		want:  []want{{O, "National Hockey League", 1}, {O, "WASHINGTON", 1}, {O, "BOSTON", 1}},
	}, {
		name:  "clinch marks",
		text:  "National Basketball Association standings after Tuesday 's games :\nW L Pct GB\nx-Milwaukee 3 0 1.000 -\ny-BOSTON 2 1 .667 1\nz-New York 1 2 .333 2",
		spans: []span{{O, "National Basketball Association"}, {L, "York"}},
		want:  []want{{O, "National Basketball Association", 1}, {O, "x-Milwaukee", 1}, {O, "y-BOSTON", 1}, {O, "z-New York", 1}},
	}, {
		name:  "one line",
		text:  "Weather on Thursday :\nDenver 12 Boston 14",
		spans: []span{{L, "Denver"}, {L, "Boston"}},
		want:  []want{{L, "Denver", 1}, {L, "Boston", 1}},
	}, {
		name:  "no column heads",
		text:  "Temperatures on Thursday :\nDENVER 12 7 3\nMIAMI 30 24 0",
		spans: []span{{L, "DENVER"}, {L, "MIAMI"}},
		want:  []want{{L, "DENVER", 1}, {L, "MIAMI", 1}},
	}})
}

// TestLeagueTownsAsTeams: in an NBA or NFL report, a listed team's town
// tagged a place or a person where a team stands is an organization
// (leagueTownsAsTeams), its dateline tagged a person a place; the town
// where a town stands ("in", "from", "the ... area", a line of its own), a
// person's surname, and a text on no North American league stay as tagged.
func TestLeagueTownsAsTeams(t *testing.T) {
	P, L, O, M := newsner.Person, newsner.Location, newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name: "a basketball report",
		text: "BASKETBALL - NUGGETS BEAT JAZZ .\nDENVER 1996-12-06\nJon Marzo had 31 points as Denver beat Utah 110-104 on Thursday. Denver coach Bo Quelb said the game was won in the third quarter. Utah's Jan Zorb scored 29 points. In Denver, fans cheered.",
		spans: []span{{P, "DENVER"}, {P, "Jon Marzo"}, {P, "Denver"}, {L, "Utah"}, {P, "Denver"}, {P, "Bo Quelb"},
			{L, "Utah"}, {P, "Jan Zorb"}, {L, "Denver"}},
		want: []want{{O, "NUGGETS", 1}, {O, "JAZZ", 1}, {L, "Denver", 2}, {P, "Jon Marzo", 1}, {O, "Denver", 2}, {O, "Utah", 2},
			{P, "Bo Quelb", 1}, {P, "Jan Zorb", 1}},
	}, {
		name: "a football report",
		text: "AMERICAN FOOTBALL - BILLS CLINCH TITLE .\nJon Marzo threw three touchdown passes as the Bills beat the Broncos on Saturday, and Miami's loss to Kansas City on Sunday would give them the division. Marzo moved from Miami in 2018. The Kansas City area saw snow.",
		spans: []span{{P, "Jon Marzo"}, {O, "Bills"}, {O, "Broncos"}, {L, "Miami"}, {L, "Kansas City"}, {P, "Marzo"},
			{L, "Miami"}, {L, "Kansas City"}},
		want: []want{{O, "Bills", 2}, {P, "Jon Marzo", 2}, {O, "Broncos", 1}, {O, "Miami", 1}, {O, "Kansas City", 1},
			{L, "Miami", 1}, {L, "Kansas City", 1}},
	}, {
		name:  "a surname",
		text:  "BASKETBALL - WASHINGTON SIGNS .\nThe game was a win for Jon Washington, who scored 20 points in the league game. Washington said he was happy.",
		spans: []span{{P, "Jon Washington"}, {P, "Washington"}},
		want:  []want{{P, "Jon Washington", 3}},
	}, {
		name:  "a list of towns",
		text:  "ICE HOCKEY - NHL SETS SEASON .\nThe NHL said on Sunday that all seven Canadian teams, including Toronto, Montreal and Vancouver, will play in one division this season.",
		spans: []span{{O, "NHL"}, {M, "Canadian"}, {O, "Toronto"}, {L, "Montreal"}, {L, "Vancouver"}},
		want:  []want{{O, "NHL", 2}, {O, "Toronto", 1}, {O, "Montreal", 1}, {O, "Vancouver", 1}},
	}, {
		name:  "a town and its state",
		text:  "BASKETBALL - GAME POSTPONED .\nThe NBA postponed the game in Seattle, Washington on Sunday, the league said, and the season goes on.",
		spans: []span{{O, "NBA"}, {L, "Seattle"}, {L, "Washington"}},
		want:  []want{{O, "NBA", 1}, {L, "Seattle", 1}, {L, "Washington", 1}},
	}, {
		name:  "no league",
		text:  "The game was a win for Quelb in the league, and Denver officials said the season went well.",
		spans: []span{{O, "Quelb"}, {L, "Denver"}},
		want:  []want{{O, "Quelb", 1}, {L, "Denver", 1}},
	}})
}

// TestAddLeagueHeadlineSpans: in a basketball report's headline in
// capitals, a listed team's town or nickname the tagger missed is an
// organization (addLeagueHeadlineSpans); a town after "IN" and a headline
// of a text on no North American league stay as tagged.
func TestAddLeagueHeadlineSpans(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	report := "\nJon Marzo had 31 points in the game as the Nuggets won their fourth game of the season."
	runDocCases(t, []docCase{{
		name:  "a town and nicknames",
		text:  "BASKETBALL - MARZO LEADS NUGGETS PAST JAZZ AND BROOKLYN ." + report,
		spans: []span{{P, "MARZO"}, {P, "JAZZ"}, {P, "Jon Marzo"}, {O, "Nuggets"}},
		want:  []want{{P, "Jon Marzo", 2}, {O, "Nuggets", 2}, {O, "JAZZ", 1}, {O, "BROOKLYN", 1}},
	}, {
		name:  "a town after IN",
		text:  "BASKETBALL - GAME IN DENVER POSTPONED ." + report,
		spans: []span{{L, "DENVER"}, {P, "Jon Marzo"}, {O, "Nuggets"}},
		want:  []want{{L, "DENVER", 1}, {P, "Jon Marzo", 1}, {O, "Nuggets", 1}},
	}, {
		name:  "no league",
		text:  "CYCLING - MARZO WINS STAGE TO DENVER AND MIAMI .\nJon Marzo won the stage.",
		spans: []span{{P, "MARZO"}, {L, "DENVER"}, {L, "MIAMI"}, {P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 2}, {L, "DENVER", 1}, {L, "MIAMI", 1}},
	}})
}

// TestAddLeagueTownPairSpans: in an NHL item, a listed team's town in
// mixed case the tagger left untagged beside another town it tagged is
// taken with that town's type, and both become teams
// (addLeagueTownPairSpans, leagueTownsAsTeams); in a text on no league
// it stays untagged.
func TestAddLeagueTownPairSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "before a tagged town",
		text:  "ICE HOCKEY - NHL RELEASES SCHEDULE .\nVegas and St. Louis will meet in the West Division, and teams will play 56 games this season.",
		spans: []span{{O, "NHL"}, {L, "St. Louis"}},
		want:  []want{{O, "NHL", 1}, {O, "Vegas", 1}, {O, "St. Louis", 1}},
	}, {
		name:  "after a tagged town",
		text:  "ICE HOCKEY - NHL RELEASES SCHEDULE .\nSt. Louis and Vegas will meet in the West Division, and teams will play 56 games this season.",
		spans: []span{{O, "NHL"}, {L, "St. Louis"}},
		want:  []want{{O, "NHL", 1}, {O, "St. Louis", 1}, {O, "Vegas", 1}},
	}, {
		name:  "no league",
		text:  "Vegas and St. Louis were hot on Sunday, forecasters said.",
		spans: []span{{L, "St. Louis"}},
		want:  []want{{L, "St. Louis", 1}},
	}})
}

// TestNFLDivisionsAsMisc: the NFL's divisions and conferences are
// competitions, MISC (leaguesAsMisc's leagueNames), as eng.train marks "NL
// Central division"; a club named "AFC" stays an organization.
func TestNFLDivisionsAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a division",
		text:  "The win gave Buffalo the AFC East title, and Seattle lead the NFC West.",
		spans: []span{{O, "Buffalo"}, {O, "AFC East"}, {O, "Seattle"}, {L, "NFC West"}},
		want:  []want{{O, "Buffalo", 1}, {O, "Seattle", 1}},
	}, {
		name:  "a club",
		text:  "AFC Quelbury beat Zorbton 2-1.",
		spans: []span{{O, "AFC Quelbury"}, {O, "Zorbton"}},
		want:  []want{{O, "AFC Quelbury", 1}, {O, "Zorbton", 1}},
	}})
}

// TestLeagueRulesHostileSize: leagues.go's rules stay well short of
// square on a league's item of 10,000 blocks, each a headline in
// capitals, two results lines, standings heads and a row, and a report's
// sentence with towns tagged places and a person.
func TestLeagueRulesHostileSize(t *testing.T) {
	const n = 10000
	text := strings.Repeat("BASKETBALL - DENVER LEADS NUGGETS PAST JAZZ AND NBA RIVALS .\n"+
		"Indiana 103 BOSTON 97\nBROOKLYN 118 Charlotte 102\nW L PCT GB\nMIAMI 14 5 .737 -\n"+
		"Jon Marzo scored 31 points as Denver beat Utah 110-104 in the game of the season.\n", n)
	toks := splitText(text)
	var spans []tspan
	for i := 0; i < len(toks); i++ {
		switch toks[i].Text {
		case "DENVER", "Indiana", "Utah":
			spans = append(spans, tspan{newsner.Location, i, i + 1})
		case "Denver":
			spans = append(spans, tspan{newsner.Person, i, i + 1})
		case "Jon":
			spans = append(spans, tspan{newsner.Person, i, i + 2})
			i++
		}
	}
	es := timedBuildEntities(t, text, toks, spans)
	byText := map[string]newsner.Entity{}
	for _, e := range es {
		byText[e.Text] = e
	}
	if e := byText["BROOKLYN"]; e.Type != newsner.Organization || e.Count != n {
		t.Errorf("BROOKLYN: %s, %d mentions; want an organization of %d", e.Type, e.Count, n)
	}
	// "NUGGETS" and the town "Denver" beside it join (joinTownNicknames).
	if e := byText["NUGGETS"]; e.Type != newsner.Organization || e.Count != 3*n {
		t.Errorf("NUGGETS: %s, %d mentions; want an organization of %d", e.Type, e.Count, 3*n)
	}
}

package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestTeamsAsTeams checks teamsAsTeams and joinTeamTowns (teams.go) on
// made-up reports, and what they leave alone.
func TestTeamsAsTeams(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a town and a nickname that stands alone elsewhere is a team in a sports report, and its town later is the team",
			text: "Plymouth Whalers won 4-1 over the Saginaw Spirit in hockey. The Spirit lost the game. " +
				"Ross scored a goal for Saginaw (6-10-2) in the season. Fans in Saginaw sighed.",
			spans: []span{{O, "Plymouth Whalers"}, {L, "Saginaw Spirit"}, {P, "Ross"}, {L, "Saginaw"}, {L, "Saginaw"}},
			want:  []want{{O, "Plymouth Whalers", 1}, {O, "Saginaw Spirit", 2}, {P, "Ross", 1}, {L, "Saginaw", 1}},
		},
		{
			name: "the town joins the team whose first mention is its nickname",
			text: "Whalers Defeat Spirit\n\nThe Plymouth Whalers won 4-1 over the Saginaw Spirit in hockey. The Spirit lost the game 1-4. " +
				"Ross scored a goal for Saginaw in the season.",
			spans: []span{{O, "Whalers"}, {O, "Spirit"}, {O, "Plymouth Whalers"}, {L, "Saginaw Spirit"}, {O, "Spirit"}, {P, "Ross"}, {O, "Saginaw"}},
			want:  []want{{O, "Plymouth Whalers", 2}, {O, "Saginaw Spirit", 4}, {P, "Ross", 1}},
		},
		{
			name:  "the same outside a sports report stays a place",
			text:  "The Saginaw Spirit festival opened. The Spirit parade was long.",
			spans: []span{{L, "Saginaw Spirit"}},
			want:  []want{{L, "Saginaw Spirit", 1}},
		},
		{
			name:  "a dateline's town stays a place, a position in capitals is no name",
			text:  "SAGINAW, Mich. - Doug Martin, RB, Saginaw Spirit, won 4-1 in hockey. The Spirit won 3-2, a goal in each period of the game.",
			spans: []span{{L, "SAGINAW"}, {L, "Mich."}, {P, "Doug Martin"}, {L, "RB"}, {O, "Saginaw Spirit"}},
			want:  []want{{L, "SAGINAW", 1}, {L, "Mich.", 1}, {P, "Doug Martin", 1}, {O, "Saginaw Spirit", 1}},
		},
		{
			name:  "a town before a role and a name is a team in a sports report",
			text:  "Saginaw running back Matt Quimble scored a goal in the game, 4-1, and the season's league title went 2-0 to Flint.",
			spans: []span{{L, "Saginaw"}, {P, "Matt Quimble"}, {L, "Flint"}},
			want:  []want{{O, "Saginaw", 1}, {P, "Matt Quimble", 1}, {L, "Flint", 1}},
		},
		{
			name:  "a town before such a role stays a place elsewhere",
			text:  "Houston center Ann Zorb spoke of the city's plans.",
			spans: []span{{L, "Houston"}, {P, "Ann Zorb"}},
			want:  []want{{L, "Houston", 1}, {P, "Ann Zorb", 1}},
		},
		{
			name:  "a listed team's nickname alone tagged a person is the team in a sports report",
			text:  "The Steelers beat the Browns 21-7 in the game. Facing the Browns again, the coach said the season is long, 3-1 now.",
			spans: []span{{O, "Steelers"}, {P, "Browns"}, {P, "Browns"}},
			want:  []want{{O, "Steelers", 1}, {O, "Browns", 2}},
		},
		{
			name:  "a listed team's nickname tagged MISC or untagged is the team in a sports report",
			text:  "Saints coach Joe Vitt said the Texans defense won the game 21-7. The Redskins rookie scored a touchdown in the season, 3-1 now.",
			spans: []span{{P, "Joe Vitt"}, {misc, "Texans"}},
			want:  []want{{O, "Saints", 1}, {P, "Joe Vitt", 1}, {O, "Texans", 1}, {O, "Redskins", 1}},
		},
		{
			name:  "and a person elsewhere",
			text:  "The Browns hosted a dinner for the neighbours.",
			spans: []span{{P, "Browns"}},
			want:  []want{{P, "Browns", 1}},
		},
		{
			name:  "Team and a place is a team in any text",
			text:  "Fans of Team Russia cheered.",
			spans: []span{{L, "Team Russia"}},
			want:  []want{{O, "Team Russia", 1}},
		},
		// review10: made-up sentences with the rules' cues that must not
		// change types.
		{
			name: "a town before 's and a hospital or a university is the town, in a sports report too (eng.train)",
			text: "The New York Yankees beat the Boston Red Sox 5-3 in the game. New York's Columbia Presbyterian Hospital " +
				"treated the pitcher, and Boston's Northeastern University sent its coach. The season is long, 3-1 now.",
			spans: []span{{O, "New York Yankees"}, {O, "Boston Red Sox"}, {L, "New York"}, {L, "Columbia Presbyterian Hospital"}, {L, "Boston"}, {O, "Northeastern University"}},
			want:  []want{{O, "New York Yankees", 1}, {O, "Boston Red Sox", 1}, {L, "New York", 1}, {L, "Columbia Presbyterian Hospital", 1}, {L, "Boston", 1}, {O, "Northeastern University", 1}},
		},
		{
			name: "a dateline's state after its town stays a place (eng.testa)",
			text: "RANGERS BEAT INDIANS.\nARLINGTON, Texas 1996-08-31\nJuan Gonzalez homered as the Texas Rangers beat the Cleveland Indians 5-3 " +
				"in the game, and the season's pitcher threw a homer, 3-1.",
			spans: []span{{L, "ARLINGTON"}, {L, "Texas"}, {P, "Juan Gonzalez"}, {O, "Texas Rangers"}, {O, "Cleveland Indians"}},
			want:  []want{{L, "ARLINGTON", 1}, {L, "Texas", 1}, {P, "Juan Gonzalez", 1}, {O, "Texas Rangers", 1}, {O, "Cleveland Indians", 1}},
		},
		{
			name:  "MLB is the league, not a middle linebacker",
			text:  "The fantasy football league's season opened: more than the NBA's David Stern, MLB's Bud Selig, and NFL games, the quarterback and the receiver said.",
			spans: []span{{O, "NBA"}, {P, "David Stern"}, {O, "MLB"}, {P, "Bud Selig"}, {O, "NFL"}},
			want:  []want{{O, "NBA", 1}, {P, "David Stern", 1}, {O, "MLB", 1}, {P, "Bud Selig", 1}, {O, "NFL", 1}},
		},
		{
			name: "a long article with one paragraph on sport is no sports report",
			text: strings.Repeat("The committee met in the capital and spoke of the budget, the defence plans and the harbour works for the coming years. ", 80) +
				"Several Senators said the rugby, cricket and football season, the league and the cup games were a national passion. " +
				"The Auckland Coastguard rescued sailors. Auckland sent boats.",
			spans: []span{{O, "Auckland Coastguard"}, {L, "Auckland"}},
			want:  []want{{O, "Auckland Coastguard", 1}, {L, "Auckland", 1}},
		},
		{
			name:  "a business article with two scores and QB in capitals is no sports report",
			text:  "Shares of Quelbix were up 3-2 on the year and down 1-0 on the week, its league of investors said; QB, the fund, held them.",
			spans: []span{{O, "Quelbix"}, {O, "QB"}},
			want:  []want{{O, "Quelbix", 1}, {O, "QB", 1}},
		},
		{
			name:  "Team and a name not a place stays as tagged",
			text:  "Team Sky won the stage in the Tour.",
			spans: []span{{O, "Team Sky"}, {misc, "Tour"}},
			want:  []want{{O, "Team Sky", 1}},
		},
		{
			name:  "the Chicago Bulls' home in Chicago: the town after in stays a place",
			text:  "The Chicago Bulls beat the Boston Celtics 101-99 in the game, their home in Chicago, a playoff and a season of goals, 3-1.",
			spans: []span{{O, "Chicago Bulls"}, {O, "Boston Celtics"}, {L, "Chicago"}},
			want:  []want{{O, "Chicago Bulls", 1}, {O, "Boston Celtics", 1}, {L, "Chicago", 1}},
		},
	})
}

func TestIsRecord(t *testing.T) {
	for w, want := range map[string]bool{"9-5-3": true, "6-10": true, "1996-08-25": false, "1-2-3-4": false, "a-1": false} {
		if got := isRecord(w); got != want {
			t.Errorf("isRecord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTeamRulesHostileSize checks that the tenth pass's rules (teams.go,
// handles.go, geonouns.go) cost what the text's length does, not its
// square (under a second here): a sports report of 10,000 lines, each with a team by its town and
// nickname, the town alone, a record, a position, a listed team's nickname
// untagged, a glued credit and a place before a geographic noun.
func TestTeamRulesHostileSize(t *testing.T) {
	const n = 10000
	text := strings.Repeat("The Saginaw Spirit beat Flint 4-1 for Saginaw (6-10-2). Doug Martin, RB, faced the Redskins. "+
		"The Spirit scored a goal in the game in the Quazio region, said Composer_Kim Cheol Hwan.\n", n)
	toks := splitText(text)
	var spans []tspan
	for i := 0; i < len(toks); i++ {
		switch toks[i].Text {
		case "Saginaw":
			if toks[i+1].Text == "Spirit" {
				spans = append(spans, tspan{newsner.Location, i, i + 2})
				i++
				continue
			}
			spans = append(spans, tspan{newsner.Location, i, i + 1})
		case "Flint", "RB":
			spans = append(spans, tspan{newsner.Location, i, i + 1})
		case "Doug", "Composer_Kim":
			spans = append(spans, tspan{newsner.Person, i, i + 2})
			i++
		case "Quazio":
			spans = append(spans, tspan{newsner.Organization, i, i + 1})
		}
	}
	es := timedBuildEntities(t, text, toks, spans)
	byText := map[string]newsner.Entity{}
	for _, e := range es {
		byText[e.Text] = e
	}
	if e := byText["Saginaw Spirit"]; e.Type != newsner.Organization || e.Count != 2*n {
		t.Errorf("Saginaw Spirit: %s, %d mentions; want an organization of %d", e.Type, e.Count, 2*n)
	}
	if e := byText["Redskins"]; e.Type != newsner.Organization || e.Count != n {
		t.Errorf("Redskins: %s, %d mentions; want an organization of %d", e.Type, e.Count, n)
	}
	if _, ok := byText["RB"]; ok {
		t.Error("RB, a position, is a name")
	}
}

// TestLeaguesAsMisc: a national football league's name the tagger typed a
// place or an organization is MISC ("in La Liga", "Ligue" of "Ligue 1");
// the clubs stay.
func TestLeaguesAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two leagues and a club",
		text:  "Zorbville FC stay top in La Liga, and Quelb United lead Ligue 1.",
		spans: []span{{O, "Zorbville FC"}, {L, "La Liga"}, {O, "Quelb United"}, {O, "Ligue"}},
		want:  []want{{O, "Zorbville FC", 1}, {O, "Quelb United", 1}},
	}})
}

// TestF1TeamsAsTeams: a Formula One team's name tagged a person is the
// team in a motor racing report (f1TeamsAsTeams), not where the article
// names a person by it.
func TestF1TeamsAsTeams(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "racing report",
		text:  "Zorb Quelby won the Zorbian Grand Prix from pole on Sunday. Haas said the cars lacked pace after a slow pit stop.",
		spans: []span{{P, "Zorb Quelby"}, {misc, "Zorbian Grand Prix"}, {P, "Haas"}},
		want:  []want{{P, "Zorb Quelby", 1}, {O, "Haas", 1}},
	}, {
		name:  "a person of the name",
		text:  "Zorb Quelby won the Zorbian Grand Prix from pole. Jane Haas, who founded the team, said Haas had waited for years.",
		spans: []span{{P, "Zorb Quelby"}, {misc, "Zorbian Grand Prix"}, {P, "Jane Haas"}, {P, "Haas"}},
		want:  []want{{P, "Zorb Quelby", 1}, {P, "Jane Haas", 2}},
	}})
}

// TestCupLeaguesAsMisc: the Champions League is a competition, MISC
// (leaguesAsMisc, leagueNames).
func TestCupLeaguesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "champions league",
		text:  "Zorbia FC will face Quelb United in the last 16 of the Champions League.",
		spans: []span{{O, "Zorbia FC"}, {O, "Quelb United"}, {O, "Champions League"}},
		want:  []want{{O, "Zorbia FC", 1}, {O, "Quelb United", 1}},
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

// TestCricketAndRacingLeaguesAsMisc: cricket's Twenty20 leagues and motor
// racing's championship, which the tagger typed organizations, are
// competitions (MISC), as CoNLL-2003's leagues are; the teams and the
// drivers stay.
func TestCricketAndRacingLeaguesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a Twenty20 league and its short name",
		text:  "The Zorbville Quelbers won in the Big Bash League, and the IPL will add two teams.",
		spans: []span{{O, "Zorbville Quelbers"}, {O, "Big Bash League"}, {O, "IPL"}},
		want:  []want{{O, "Zorbville Quelbers", 1}},
	}, {
		name:  "motor racing's championship",
		text:  "Marla Quonk took her first Formula One win for Zorbco Racing.",
		spans: []span{{P, "Marla Quonk"}, {O, "Formula One"}, {O, "Zorbco Racing"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbco Racing", 1}},
	}})
}

// TestRugbyCompetitionsAsMisc: rugby union's championships, which the
// tagger typed organizations, are competitions (MISC); the national sides
// named by their countries stay places, the clubs organizations.
func TestRugbyCompetitionsAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the Six Nations and a club league",
		text:  "Zorbia will face Quelbia in the Six Nations, and Zorbco Quelbers lead the Pro14.",
		spans: []span{{L, "Zorbia"}, {L, "Quelbia"}, {O, "Six Nations"}, {O, "Zorbco Quelbers"}, {O, "Pro14"}},
		want:  []want{{L, "Zorbia", 1}, {L, "Quelbia", 1}, {O, "Zorbco Quelbers", 1}},
	}})
}

// TestTownListedApart: in a sports report, a league's channel named after
// it ("NHL Network", listed apart from "NHL") is no team of a town "NHL",
// so the league named alone is not joined into it (joinTeamTowns,
// listedApart).
func TestTownListedApart(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	text := "The Zorbton Quelbers beat the Marbeck Falcons 4-2 on Monday after a 3-1 loss on Friday, scoring three goals in the third period of the hockey game. The next generation of NHL stars played, and the game was shown live on NHL Network in the United States."
	es := caseEntities(t, text, []textSpan{{O, "Zorbton Quelbers"}, {O, "Marbeck Falcons"}, {O, "NHL"}, {O, "NHL Network"}, {L, "United States"}})
	want := []string{"ORGANIZATION:Zorbton Quelbers", "ORGANIZATION:Marbeck Falcons", "ORGANIZATION:NHL", "ORGANIZATION:NHL Network", "LOCATION:United States"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Typing rules of sports reports: a town or a club's name that stands as a
// team is an ORGANIZATION (clubsAsClubs, schoolSidesAsTeams), told by scores,
// sports words and the words around a team's name. teams.go has the rules for
// teams beyond these.

// Sports cues (clubsAsClubs): the words that make a text a sports report,
// and the words either side of a name that make it a team in one.
var (
	sportsWords = setOf(`match matches game games season league cup goal goals scored striker
midfielder coach innings inning homer homers pitcher touchdown quarterback playoff playoffs
championship tournament fixture fixtures kickoff draw drew penalty half-time halftime rugby
football soccer baseball basketball hockey cricket wicket wickets`)
	teamBefore = setOf(`beat beats beating defeated defeat defeating over against vs vs. v v. versus
edged routed crushed thrashed hammered whipped downed blanked swept outscored host hosts hosted
visit visiting champions leaders rivals side winners`)
	teamAfter = setOf(`beat beats defeated won win lost lose drew draw edged routed rallied
clinched trail trailed lead host hosts hosted are were have`)
)

// sportsText reports whether toks read as a sports report: two sports
// words or more (sportsTalk) and two scores ("2-1", "56-13") or winning
// margins ("by 23 points", winningMargin) or more.
// Rules that make a name a team ask it, as the scores make the report
// sure; boughtAsOrganizations, which keeps out of sports, asks
// sportsTalk, as a trade's report has no score.
func sportsText(toks []token) bool {
	if !sportsTalk(toks) {
		return false
	}
	scores := 0
	for i, t := range toks {
		if isScore(t.Text) || winningMargin(toks, i) {
			if scores++; scores >= 2 {
				return true
			}
		}
	}
	return false
}

// marginNouns, after "by" and a number, give a match's winning margin
// ("won by 23 points", "beat Zorbton by five goals", "by six wickets").
var marginNouns = setOf(`points goals runs wickets tries strokes`)

// smallNumbers are the numbers a report writes in words before a margin.
var smallNumbers = setOf(`one two three four five six seven eight nine ten eleven twelve`)

// winningMargin reports whether token i starts a match's winning margin,
// "by", a number and a margin's noun (marginNouns): a score for
// sportsText where the report gives no "2-1" (issue 11: a made-up
// Australian football report, "Zorbton won by 23 points", "beat Quelbury
// by five goals", left both towns places).
func winningMargin(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].Text != "by" || !marginNouns[toks[i+2].Text] {
		return false
	}
	n := toks[i+1].Text
	return isNumber(n) && len(n) <= 3 || lowered(smallNumbers, n)
}

// isScore reports whether w is a score, "2-1" or "56-13".
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && isNumber(a) && isNumber(b) && len(a) <= 3 && len(b) <= 3
}

// clubsAsClubs types ORGANIZATION a mention tagged a place that stands as a
// team in a sports report: a town that is not a country ("Liverpool beat
// Chelsea 2-1", "a 4-2 lead over Seattle"; national sides stay places, as
// CoNLL-2003 marks them), right after a word such as "beat", "over",
// "against" or "champions" ("champions Bath"), right before "beat", "won",
// a score or a plural verb ("Rotor are well placed"), or before an "'s"
// and a player's name or a team's word ("Atlanta's Tom Glavine", "Texas's
// lead over Seattle"), or next to a club in a list ("successes for Wasps
// and Bristol"). A place read as one ("in Liverpool") stays.
func clubsAsClubs(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		// "Pittsburgh quarterback Mason Rudolph", "Liverpool striker Mark
		// Kennedy": a team in any text (31 of 35 such names in eng.train
		// and eng.testa are clubs, the rest countries).
		if m.typ == newsner.Location && !m.place && m.t1+1 < len(toks) && playerRoles[toks[m.t1].Text] && startsUpper(toks[m.t1+1].Text) && townName(toks, m.t0, m.t1) {
			m.typ = newsner.Organization
		}
	}
	for _, m := range ms {
		// A listed club's or company's name of two words or more, no known
		// place, not in capitals nor where a ground or a town stands ("at
		// Nottingham Forest"): "signing of Athletic Bilbao keeper".
		if m.typ == newsner.Location && !m.place && len(m.words) > 1 && hasLower(m.m.Text) && listKey(m.m.Text, newsner.Organization) != "" && !knownPlace(m.m.Text) &&
			!placeContext(toks, m.t0, m.t1, strongLocatives) && !(m.t0 > 0 && (lowered(strongLocatives, toks[m.t0-1].Text) || groundBefore[toks[m.t0-1].Text])) {
			m.typ = newsner.Organization
		}
	}
	for _, m := range ms {
		// "Chelsea have this morning paid": a listed club or company
		// tagged a person before a plural verb (4 of 90 names so placed in
		// eng.train and eng.testa are people).
		if m.typ == newsner.Person && len(m.words) == 1 && m.t1 < len(toks) && pluralVerbs[toks[m.t1].Text] && listKey(m.m.Text, newsner.Organization) != "" {
			m.typ = newsner.Organization
		}
	}
	for _, m := range ms {
		if (listedClubAsPerson(toks, m) || townAsPersonTeam(toks, m) || townAsPersonOpponent(toks, m)) && about.sportsText() {
			m.typ = newsner.Organization
		}
	}
	for _, m := range ms {
		if m.typ != newsner.Location || m.place || !teamContext(toks, m.t0, m.t1) || !townName(toks, m.t0, m.t1) {
			continue
		}
		if about.sportsText() {
			m.typ = newsner.Organization
		}
	}
	if !about.sportsText() {
		return
	}
	// A town coordinated with a club: "successes for Wasps and Bristol".
	for i, m := range ms {
		if m.typ != newsner.Location || m.place || !townName(toks, m.t0, m.t1) || placeContext(toks, m.t0, m.t1, strongLocatives) {
			continue
		}
		prev := i > 0 && ms[i-1].typ == newsner.Organization && listGap(toks, ms[i-1].t1, m.t0)
		next := i+1 < len(ms) && ms[i+1].typ == newsner.Organization && listGap(toks, m.t1, ms[i+1].t0)
		if prev || next {
			m.typ = newsner.Organization
		}
	}
}

// unknownPlacesAsTeams types ORGANIZATION, in a sports report
// (sportsText), a one-word mention tagged a place that stands where a
// team does (teamContext: "a 1-0 win over Zorbheim", "Racing 92 beat
// Quelster 20-13"), not after "at", "between" or "the" (groundBefore),
// and that no list or gazetteer knows as a place (knownPlace), as
// clubsAsClubs does a town's name (townName): a national side, which
// CoNLL-2003 keeps a place, is a known country, and a one-word place the
// lists lack that plays a match is a club's name (ninth December 2020
// audit: the clubs "Hoffenheim" and "Ulster" after "win over" and "beat"
// typed places on made-up Reuters-style results). Longer names are left:
// a region's side ("Canada East 9-1", a place on dragnet-web) and a
// ground ("at Flushing Meadows were", eng.train) stood so.
func unknownPlacesAsTeams(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		if m.typ != newsner.Location || m.place || len(m.words) != 1 || knownPlace(m.m.Text) || m.t0 > 0 && groundBefore[toks[m.t0-1].Text] || !teamContext(toks, m.t0, m.t1) {
			continue
		}
		if about.sportsText() {
			m.typ = newsner.Organization
		}
	}
}

// unknownNamesAsOpponents types ORGANIZATION, in a sports report
// (sportsText), at every mention tagged a person, a one-word name tagged
// a person that no list or gazetteer knows as a person's name or a place
// (personNameWord, knownPlace) and that stands on one side of a match's
// verb (matchVerbs: "Quelster beat Zorbpellier 24-14") with a name tagged
// an organization right on the other: a club's opponent is a club, as
// unknownPlacesAsTeams reads one tagged a place (ninth December 2020
// audit: the rugby club "Leinster" before "beat Montpellier" typed a
// person on made-up Reuters-style results). A player who beats another
// has a person on the other side.
func unknownNamesAsOpponents(ms []*mention, toks []token, about *topics) {
	orgStart, orgEnd := orgMentionEdges(ms)
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person || len(m.words) != 1 || personNameWord(m.m.Text) || knownPlace(m.m.Text) {
			return false
		}
		before := m.t0 > 1 && matchVerbs[toks[m.t0-1].Text] && orgEnd[m.t0-1]
		after := m.t1+1 < len(toks) && matchVerbs[toks[m.t1].Text] && orgStart[m.t1+1]
		return (before || after) && about.sportsText()
	}, func(m *mention) bool {
		return m.typ == newsner.Person && len(m.words) == 1
	}, newsner.Organization)
}

// listedClubAsPerson reports whether m, one word tagged a person, is a
// listed club's or company's name (no first name) before a match's verb
// (teamAfter: "Lazio drew with ...", which gave PERSON "Lazio" on made-up
// Reuters-style football results, fourth audit); clubsAsClubs asks it in
// a sports report only.
func listedClubAsPerson(toks []token, m *mention) bool {
	return m.typ == newsner.Person && len(m.words) == 1 && m.t1 < len(toks) && teamAfter[toks[m.t1].Text] &&
		!firstName(m.m.Text) && listKey(m.m.Text, newsner.Organization) != ""
}

// townAsPersonTeam reports whether m, one word tagged a person, is a
// town's or a region's name (townName; no country, no first name) before
// a match's verb (teamAfter: "Munster won away",
// which gave PERSON on made-up Reuters-style rugby results, sports audit);
// clubsAsClubs asks it in a sports report only.
func townAsPersonTeam(toks []token, m *mention) bool {
	return m.typ == newsner.Person && len(m.words) == 1 && m.t1 < len(toks) && teamAfter[toks[m.t1].Text] &&
		!firstName(m.m.Text) && townName(toks, m.t0, m.t1)
}

// townAsPersonOpponent reports whether m, one word tagged a person, is a
// town's or a region's name (townName; no country) after a match's word
// (teamBefore: "by beating Denver", which gave PERSON on made-up
// Reuters-style American football results, December 2020 audit), a first
// name too ("Denver", "Orlando", "Charlotte": a report names a player
// after "beat" by the surname); clubsAsClubs asks it in a sports report
// only, as it does townAsPersonTeam.
func townAsPersonOpponent(toks []token, m *mention) bool {
	return m.typ == newsner.Person && len(m.words) == 1 && m.t0 > 0 && lowered(teamBefore, toks[m.t0-1].Text) && townName(toks, m.t0, m.t1)
}

// schoolSidesAsTeams types ORGANIZATION a mention tagged a place that is a
// town's name and a compass word after it ("Wichita North", "Salina
// South"): a high school named for its side of town, the way local sports
// pages name its teams, where one of its athletes follows: after "'s"
// ("Wichita North's Ann Lee") or after a sport's role or a school year
// ("Salina South diver Ann Lee", "Wichita West senior Ann Lee"). A town's
// side in other text ("Dublin North voted", "in Wichita North") stays a
// place, as does a compass word before the town ("North Dakota").
func schoolSidesAsTeams(ms []*mention, toks []token) {
	for _, m := range ms {
		n := len(m.words)
		if m.typ != newsner.Location || m.place || n < 2 || !compassWords[m.words[n-1]] || !townName(toks, m.t0, m.t1-1) {
			continue
		}
		k := m.t1
		if k < len(toks) && possessiveS(toks[k].Text) {
			k++
		} else if k < len(toks) && (playerRoles[toks[k].Text] || schoolAthletes[toks[k].Text]) {
			k++
		} else {
			continue
		}
		if k+1 < len(toks) && startsUpper(toks[k].Text) && startsUpper(toks[k+1].Text) {
			m.typ = newsner.Organization
		}
	}
}

// schoolAthletes, between a school's name and a person's, make the person
// one of its athletes (schoolSidesAsTeams): a school year or an athlete of
// a sport played alone.
var schoolAthletes = setOf(`senior junior sophomore freshman diver swimmer runner sprinter wrestler golfer
hurdler jumper thrower`)

// listGap reports whether tokens [a,b) are what stands between two names
// of a list: a comma, "and", "or" (listLink), or a comma and one of them.
// listJoin also says whether the gap ends the list.
func listGap(toks []token, a, b int) bool {
	switch b - a {
	case 1:
		return listLink(toks[a].Text)
	case 2:
		return toks[a].Text == "," && (toks[a+1].Text == "and" || toks[a+1].Text == "or")
	}
	return false
}

// teamContext reports whether the name over tokens [t0,t1) stands where a
// team does (clubsAsClubs).
func teamContext(toks []token, t0, t1 int) bool {
	if placeContext(toks, t0, t1, strongLocatives) || townsFacility(toks, t1) {
		return false
	}
	if t0 > 0 && lowered(teamBefore, toks[t0-1].Text) || drawnOrLostTo(toks, t0) || beatenBy(toks, t0) {
		return true
	}
	if t1 < len(toks) {
		next := strings.ToLower(toks[t1].Text)
		if possessiveS(next) && t1+1 < len(toks) {
			// "Texas's lead over Seattle", "Atlanta's Tom Glavine"; not a
			// closing quote ("'Duchess of Edinburgh' Blooms")
			after := toks[t1+1].Text
			l := strings.ToLower(after)
			return teamAfter[l] || sportsWords[l] || teamPossessed[l] || startsUpper(after)
		}
		return teamAfter[next] || isScore(next)
	}
	return false
}

// beatenWords, before "by", a score between or not, put the winner or the
// side that held a team after them ("were held 1-1 by Valencia", "beaten
// 3-0 by Lecce").
var beatenWords = setOf(`held beaten defeated edged routed crushed thrashed hammered stunned downed`)

// beatenBy reports whether the name at token t0 stands after a passive
// result's "by" (beatenWords), a score between or not: the other team in
// a match report, as eng.train marks "beaten 3-0 by Lecce" (the blind
// audit's "Barcelona were held 1-1 by Valencia" left the town a place;
// clubsAsClubs asks for a sports report besides).
func beatenBy(toks []token, t0 int) bool {
	if t0 < 2 || toks[t0-1].Text != "by" {
		return false
	}
	before := toks[t0-2].Text
	if isScore(before) && t0 >= 3 {
		before = toks[t0-3].Text
	}
	return beatenWords[before]
}

// drawnWords and lostWords, before "with" and "to", put a team after
// them (drawnOrLostTo); "tie" added for issue 11 ("a first-place tie
// with Zorbton" left the town a place).
var (
	drawnWords = setOf(`drew draw draws drawing tied tie`)
	lostWords  = setOf(`lost lose loses losing fell`)
)

// drawnOrLostTo reports whether the name at token t0 stands after "drew
// with" or "lost to", a score between or not ("Chelsea drew with
// Krasnodar", "lost to Sassuolo", "drew 2-2 with Valencia"),
// where a match report puts a team (fourth audit: the tagger read two
// clubs named for their towns as places there on made-up Reuters-style
// football results).
func drawnOrLostTo(toks []token, t0 int) bool {
	if t0 < 2 {
		return false
	}
	before := strings.ToLower(toks[t0-2].Text)
	if isScore(before) && t0 >= 3 {
		before = strings.ToLower(toks[t0-3].Text) // "drew 2-2 with Valencia"
	}
	switch toks[t0-1].Text {
	case "with":
		return drawnWords[before]
	case "to":
		return lostWords[before]
	}
	return false
}

// pluralVerbs, after a name, make it a team or a band in British usage.
var pluralVerbs = setOf(`are were have`)

// groundBefore, before a club's name, make it its ground or its town ("at
// Nottingham Forest", "between St. Albans").
var groundBefore = setOf(`at between the`)

// playerRoles, between a town and a person's name, make the town a team.
var playerRoles = setOf(`quarterback linebacker cornerback receiver pitcher catcher shortstop outfielder infielder
striker midfielder defender goalkeeper keeper winger coach`)

// teamPossessed are what a team has after its name and "'s" ("Texas's
// lead", "Atlanta's coach"), beyond teamAfter and sportsWords.
var teamPossessed = setOf(`victory win defeat coach manager captain pitcher starter lineup squad`)

// townName reports whether tokens [t0,t1) name a place of the gazetteer or
// the lists that is not a country (a national side is a place in
// CoNLL-2003).
func townName(toks []token, t0, t1 int) bool {
	words := make([]string, 0, t1-t0)
	for k := t0; k < t1; k++ {
		words = append(words, toks[k].Text)
	}
	name := strings.Join(words, " ")
	if k := listKey(name, newsner.Location); countryKey(k) {
		return false
	}
	gz, _ := sharedGazetteer()
	if gz == nil {
		return false
	}
	kinds := gz.phrases[name]
	return kinds&(1<<gzCountry) == 0 && (kinds&(1<<gzPlace) != 0 || listKey(name, newsner.Location) != "")
}

// sportsTalk reports whether toks hold two sports words or more
// (sportsWords), with or without scores: a report of a trade or a
// transfer has none. sportsText is sportsTalk and two scores.
func sportsTalk(toks []token) bool {
	words := 0
	for _, t := range toks {
		if lowered(sportsWords, t.Text) {
			if words++; words >= 2 {
				return true
			}
		}
	}
	return false
}

// listedClubAsOpponent reports whether m, one word tagged a person, is a
// listed club's name (no first name) right after a match's word
// (teamBefore: "after beating Zorbia 3-2"), as listedClubAsPerson reads
// one before a match's verb.
func listedClubAsOpponent(toks []token, m *mention) bool {
	return m.typ == newsner.Person && len(m.words) == 1 && m.t0 > 0 && lowered(teamBefore, toks[m.t0-1].Text) &&
		!firstName(m.m.Text) && listKey(m.m.Text, newsner.Organization) != ""
}

// clubAtScore reports whether m, tagged a place, is a listed club's name
// right after a score and "at" ("won 2-1 at Zorbia", "losing 2-0 at
// Quelb"): the side played away at, whose town is its name. A stadium's
// name is no club's ("4-1 at Wembley", a place in eng.train).
func clubAtScore(toks []token, m *mention) bool {
	return m.typ == newsner.Location && !m.place && m.t0 > 1 && toks[m.t0-1].Text == "at" && isScore(toks[m.t0-2].Text) &&
		listKey(m.m.Text, newsner.Organization) != ""
}

// clubsAsOpponents types ORGANIZATION, in a sports report, the listed
// clubs listedClubAsOpponent or clubAtScore finds.
func clubsAsOpponents(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		if (listedClubAsOpponent(toks, m) || clubAtScore(toks, m)) && about.sportsText() {
			m.typ = newsner.Organization
		}
	}
}

// matchVerbs join two sides of a fixture or a result ("Zorbia will play
// Quelb United", "holders Quelb meet Zorbia", "Zorbia drew Quelb"): what
// stands on either side is a team.
var matchVerbs = setOf(`play plays face faces meet meets drew draw beat beats host hosts`)

// matchPairsAsClubs types ORGANIZATION, at every mention, a one-word name
// tagged a person (no first name) or a place that the lists know as an
// organization (a club: listKey) and that stands on one side of a match's
// verb (matchVerbs; "will" may stand before it) with a name tagged an
// organization on the other: "holders Quelb Munich meet Lazio", "Sevilla
// will play Quelb Dortmund" (a draw's report, with no score for
// clubsAsOpponents' sports test; fifth December 2020 audit).
func matchPairsAsClubs(ms []*mention, toks []token) {
	orgStart, orgEnd := orgMentionEdges(ms)
	retypeByKey(ms, func(m *mention) bool {
		if len(m.words) != 1 || m.typ != newsner.Person && m.typ != newsner.Location || m.typ == newsner.Person && firstName(m.m.Text) || listKey(m.m.Text, newsner.Organization) == "" {
			return false
		}
		if k := m.t0 - 1; k > 0 && matchVerbs[toks[k].Text] && (orgEnd[k] || k > 1 && toks[k-1].Text == "will" && orgEnd[k-1]) {
			return true
		}
		k := m.t1
		if k < len(toks) && toks[k].Text == "will" {
			k++
		}
		return k+1 < len(toks) && matchVerbs[toks[k].Text] && orgStart[k+1]
	}, func(m *mention) bool {
		return len(m.words) == 1 && (m.typ == newsner.Person && !firstName(m.m.Text) || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives))
	}, newsner.Organization)
}

// scoreOpponentWords come between a score and the side a team played
// ("held 1-1 by Zorbia", "lost 2-1 to Zorbia", "drew 0-0 with Zorbia").
var scoreOpponentWords = setOf(`by to with against`)

// clubsAfterScores types ORGANIZATION, in a sports report, a listed
// club's name tagged a place right after a score and "by", "to", "with"
// or "against": the side that held, beat or drew with another, whose
// town is its name (sixth December 2020 audit: "held 1-1 by Getafe"
// typed a place), as clubAtScore reads one after "at".
func clubsAfterScores(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		if m.typ != newsner.Location || m.place || m.t0 < 2 || !scoreOpponentWords[toks[m.t0-1].Text] || !isScore(toks[m.t0-2].Text) || listKey(m.m.Text, newsner.Organization) == "" {
			continue
		}
		if about.sportsText() {
			m.typ = newsner.Organization
		}
	}
}

// transferInto returns the end of the words that take a player into a club
// before its name, starting at token k ("joined", "rejoined", "signed
// for", "moved to", "transferred to", "loaned to"), or -1.
func transferInto(toks []token, k int) int {
	if k >= len(toks) {
		return -1
	}
	switch toks[k].Text {
	case "joined", "joins", "join", "rejoined", "rejoins":
		return k + 1
	case "signed", "signs", "sign":
		if k+1 < len(toks) && toks[k+1].Text == "for" {
			return k + 2
		}
	case "moved", "moves", "move", "transferred", "switched", "loaned":
		if k+1 < len(toks) && toks[k+1].Text == "to" {
			return k + 2
		}
	}
	return -1
}

// transferClubsAsClubs types ORGANIZATION, at every mention, a listed
// club's name (listKey) tagged a place or a person (no first name) on
// either side of a transfer, "joined Zorbia from Quelb", "signed for
// Zorbia from Quelb", "moved to Zorbia from Quelb", in an article that
// talks sport (sportsTalk: a transfer's report has no score): the club a
// player leaves and the one he joins, whose town is the name (eng.testa's
// "joined Milan from Torino" typed the selling club a place, and its
// "former coach at Torino" too; issue 11's blind audits, a club named
// after its town typed the town). The one joined must itself be a name,
// so "moved to Genoa from Milan" with "Genoa" untagged says nothing,
// and "joined ... from" with no club's name before "from" says nothing
// either. A dateline's town (place) stays.
func transferClubsAsClubs(ms []*mention, toks []token, about *topics) {
	club := func(m *mention) bool {
		return !m.place && (m.typ == newsner.Location || m.typ == newsner.Person && !firstName(m.m.Text)) && listKey(m.m.Text, newsner.Organization) != ""
	}
	at := make(map[int]*mention, len(ms))
	for _, m := range ms {
		at[m.t0] = m
	}
	cued := map[*mention]bool{}
	for _, m := range ms {
		if m.t0 < 1 || transferInto(toks, m.t0-1) != m.t0 && (m.t0 < 2 || transferInto(toks, m.t0-2) != m.t0) {
			continue
		}
		if m.t1+1 >= len(toks) || toks[m.t1].Text != "from" || at[m.t1+1] == nil {
			continue
		}
		from := at[m.t1+1]
		if m.typ != newsner.Organization && !club(m) || from.typ != newsner.Organization && !club(from) {
			continue
		}
		cued[m], cued[from] = club(m), club(from)
	}
	if len(cued) == 0 || !about.sportsTalk() {
		return
	}
	retypeByKey(ms, func(m *mention) bool { return cued[m] }, func(m *mention) bool {
		return !m.place && (m.typ == newsner.Person && len(m.words) == 1 && !firstName(m.m.Text) || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives))
	}, newsner.Organization)
}

// demonymLeaguesAsMisc makes MISC, so not emitted, a mention of two words
// or more tagged an organization or a place that ends in "League" and
// starts with a demonym or a country's name ("the Saudi Pro League",
// "English National League one"), in an article that talks sport
// (sportsTalk): a nation's competition, MISC as eng.train marks "American
// League" and "European Super League" (tenth December 2020 audit; an
// eng.testa rugby table). leaguesAsMisc takes the leagues it lists; a
// political league ("Pakistan Muslim League", "Arab League") is an
// organization, left alone where it is a listed one or sport is not the
// talk, and so is a league named with its sport's word, which names the
// body that runs it (namesSport).
func demonymLeaguesAsMisc(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		n := len(m.words)
		if m.typ != newsner.Organization && m.typ != newsner.Location || n < 2 || m.words[n-1] != "league" {
			continue
		}
		first := toks[m.t0].Text
		if !isDemonym(first) && listKey(first, newsner.Location) == "" || listKey(m.m.Text, newsner.Organization) != "" || namesSport(toks, m) || !about.sportsTalk() {
			continue
		}
		m.typ = misc
	}
}

// namesSport reports whether a word of m is a sport's (sportBodyWords,
// "Soccer"): "English Football League" and "Western Hockey League" are the
// bodies that run their competitions, organizations in the web pages'
// lists and the ninth audit's gold.
func namesSport(toks []token, m *mention) bool {
	for k := m.t0; k < m.t1; k++ {
		if sportBodyWords[toks[k].Text] || toks[k].Text == "Soccer" {
			return true
		}
	}
	return false
}

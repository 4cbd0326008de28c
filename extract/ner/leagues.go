package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules for the North American major leagues' items of a news wire (NBA,
// NFL, NHL, MLB): the leagues' acronyms, and the teams named by their
// towns in results lines, standings tables and match reports, which
// CoNLL-2003 marks organizations as eng.train and eng.testa mark the
// baseball tables of August 1996 ("Atlanta 5 PITTSBURGH 1", "ATLANTA 83 49
// .629 -"). teams.go and types_sports.go have the rules for teams beyond
// these.

// leagueAcronyms are the North American major leagues' acronyms:
// organizations as eng.train marks "NBA" (2 of 2) and eng.testa "NFL" (3
// of 3). "MLS" only in a sports report: also a realtor's multiple listing
// service.
var leagueAcronyms = setOf(`NBA NFL NHL MLB WNBA MLS`)

// addLeagueAcronymSpans adds an organization's span over a league's
// acronym (leagueAcronyms) that the tagger left untagged or tagged alone
// as something else: a wire's headline in capitals ("BASKETBALL - NBA
// RESULTS", "AMERICAN FOOTBALL - NFL STANDINGS"), where the tagger misses
// it among the capitals (issue 11: the blind December 2020 audits; made-up
// NBA, NFL and NHL items). An acronym inside a longer name ("NFL Network",
// "NBA Finals") is left to it, and so is one after an opening quote or
// before a capitalized word in lower case, a show's or an event's name the
// tagger left untagged ("“NFL AM”" on dragnet-web-a, "NBA Finals").
func addLeagueAcronymSpans(toks []token, spans []tspan, about *topics) []tspan {
	return addOneWordOrgSpans(toks, spans, func(k int, cover *tspan) bool {
		w := toks[k].Text
		if !leagueAcronyms[w] {
			return false
		}
		if cover != nil && (cover.t0 != k || cover.t1 != k+1 || cover.typ == newsner.Organization) {
			return false
		}
		if k > 0 && gluedOpenQuote(toks, k) || k+1 < len(toks) && startsUpper(toks[k+1].Text) && hasLower(toks[k+1].Text) {
			return false // a show's or an event's name: "“NFL AM”", "NBA Finals"
		}
		return w != "MLS" || about.sportsDoc()
	})
}

// teamTownName reports whether name is the town of a listed team
// (teams.tsv; townTeamKeys): "Denver", "GREEN BAY", "Golden State".
func teamTownName(name string) bool {
	buildTeamKeys()
	return byNormName(townTeamKeys, name) != nil
}

// tableCell reports whether w is a cell of a results line's or a
// standings table's figures: a number, a percentage written ".737", a
// half game ("1/2"), a record ("10-3") or the leader's dash.
func tableCell(w string) bool {
	if w == "-" {
		return true
	}
	digits := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == '/' || c == '-':
		default:
			return false
		}
	}
	return digits > 0 && len(w) <= 5
}

// capsRun returns the end of the run of at most three capitalized tokens
// from token k on line ln, with the full stops glued to them ("ST. LOUIS";
// k itself if none); the first may carry a standings table's clinch mark
// (clinchMarked: "x-Milwaukee", "z-NEW YORK").
func capsRun(toks []token, line []int, k, ln int) int {
	e, words := k, 0
	for e < len(toks) && line[e] == ln {
		if w := toks[e].Text; w == "." && e > k && toks[e-1].BEnd == toks[e].BStart {
			e++
			continue
		} else if !startsUpper(w) && !(e == k && clinchMarked(w)) || words == 3 {
			break
		}
		e++
		words++
	}
	return e
}

// clinchMarked reports whether w is a word glued to a standings table's
// clinch mark, one letter in lower case and a hyphen before a capital
// ("x-Milwaukee", "y-BOSTON", "z-New" of "z-New York"): eng.train marks
// such a row's team with its mark ("x-AEK", "x-Anderlecht", ORG).
func clinchMarked(w string) bool {
	return len(w) >= 3 && w[0] >= 'a' && w[0] <= 'z' && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// rowTownName returns the words of tokens [k,e) (spanWords) without a
// clinch mark on the first (clinchMarked): the town a row names.
func rowTownName(toks []token, k, e int) string {
	name := spanWords(toks, k, e)
	if clinchMarked(toks[k].Text) {
		name = name[2:]
	}
	return name
}

// standingsHeader reports whether the line from token k is a standings
// table's column heads: three short heads or more with letters, none
// longer than four characters, "W" and "L" side by side among them ("W L
// PCT GB", "W L T PF PA", "GP W L OTL PTS", "W L Pct GB").
func standingsHeader(toks []token, line []int, k int) bool {
	wl, n := false, 0
	for j := k; j < len(toks) && line[j] == line[k]; j++ {
		w := toks[j].Text
		if len(w) > 4 || !hasLetter(w) || !startsUpper(w) {
			return false
		}
		wl = wl || w == "L" && j > k && toks[j-1].Text == "W"
		n++
	}
	return wl && n >= 3
}

// leagueTableRows returns the spans of the teams named by a listed team's
// town (teamTownName) that stand as a team in a results line or a
// standings table's row: a line of a town, a score, a town and a score,
// and at most a bracketed note ("Indiana 103 BOSTON 97", "NEW YORK 99
// Atlanta 91 (OT)"), in a text with two such lines or more; or, in a
// text with a standings table's column heads (standingsHeader), a line of
// a town and three cells or more (tableCell: "DENVER 12 8 .600 4 1/2"),
// the town with a clinch mark or not ("x-Milwaukee 3 0 1.000 -", the
// span over the whole word as eng.train marks "x-AEK").
func leagueTableRows(toks []token, line []int) []tspan {
	starts := lineStarts(line)
	var results, rows []tspan
	header := false
	for ln, k := range starts {
		if standingsHeader(toks, line, k) {
			header = true
			continue
		}
		e := capsRun(toks, line, k, ln)
		if e == k || !teamTownName(rowTownName(toks, k, e)) {
			continue
		}
		cells := 0
		for c := e; c < len(toks) && line[c] == ln && tableCell(toks[c].Text); c++ {
			cells++
		}
		end := len(toks)
		if ln+1 < len(starts) {
			end = starts[ln+1]
		}
		if cells >= 3 && e+cells == end {
			rows = append(rows, tspan{newsner.Organization, k, e})
			continue
		}
		if cells != 1 {
			continue
		}
		a := e + 1
		b := capsRun(toks, line, a, ln)
		if b == a || b >= end || !isNumber(toks[b].Text) || !teamTownName(spanWords(toks, a, b)) {
			continue
		}
		if n := b + 1; n == end || end-n <= 4 && strings.HasPrefix(toks[n].Text, "(") && strings.HasSuffix(toks[end-1].Text, ")") {
			results = append(results, tspan{newsner.Organization, k, e}, tspan{newsner.Organization, a, b})
		}
	}
	var out []tspan
	if len(results) >= 4 {
		out = append(out, results...)
	}
	if header {
		out = append(out, rows...)
	}
	return out
}

// addLeagueTableSpans adds an organization's span over each team named by
// its town in a results line or a standings table's row
// (leagueTableRows), replacing the tagger's spans there: the tagger types
// a mixed-case town a place ("Indiana 103 BOSTON 97") and misses one in
// capitals ("BROOKLYN 118 Charlotte 102", "BUFFALO 10 3 0 354 289") in
// the NBA, NFL and NHL tables a December wire carries, where eng.train's
// August tables, its training, are baseball's (issue 11: the blind
// December 2020 audits; made-up NBA, NFL and NHL tables).
func addLeagueTableSpans(text string, toks []token, spans []tspan) []tspan {
	return replaceSpans(spans, leagueTableRows(toks, lineOf(text, toks)))
}

// leagueFullNames are the North American major leagues' full names, by
// their words.
var leagueFullNames = [][]string{
	{"National", "Basketball", "Association"},
	{"National", "Football", "League"},
	{"National", "Hockey", "League"},
	{"Major", "League", "Baseball"},
}

// leagueText reports whether toks name a North American major league: by
// its acronym (leagueAcronyms but "MLS") or its full name
// (leagueFullNames): an NBA, NFL, NHL or MLB item, whose tables sportsDoc
// may not count as a sports report (a results table has no "2-1" score
// and few sports words).
func leagueText(toks []token) bool {
	for k, t := range toks {
		if leagueAcronyms[t.Text] && t.Text != "MLS" {
			return true
		}
		for _, ws := range leagueFullNames {
			if t.Text == ws[0] && k+len(ws) <= len(toks) && matchWords(toks, k, ws, nil) {
				return true
			}
		}
	}
	return false
}

// gluedOpenQuote reports whether token k follows an opening quote glued
// to it ("“NFL AM”"; openQuotes).
func gluedOpenQuote(toks []token, k int) bool {
	return openQuotes[toks[k-1].Text] && toks[k-1].BEnd == toks[k].BStart
}

// leagueSportWords, in any case, name a sport of the North American major
// leagues other than baseball ("BASKETBALL - ...", "ICE HOCKEY - ...";
// "AMERICAN FOOTBALL" by leagueReport): eng.train's baseball reports,
// which mark a team's town a place as often as not ("for Atlanta, which
// has won"), are left to the tagger.
var leagueSportWords = setOf(`basketball hockey`)

// leagueReport reports whether toks are an item on a North American major
// league: leagueText, or a word of leagueSportWords, or "American
// football", in any case.
func leagueReport(toks []token) bool {
	if leagueText(toks) {
		return true
	}
	for k, t := range toks {
		if lowered(leagueSportWords, t.Text) || k+1 < len(toks) && strings.EqualFold(t.Text, "american") && strings.EqualFold(toks[k+1].Text, "football") {
			return true
		}
	}
	return false
}

// leagueTownBefore, before a town's name, make it the town: a move or a
// trip ("from Oakland", "into Denver"), "the" ("the Edmonton bubble", "the
// Denver area"), "of" ("the city of Denver").
var leagueTownBefore = setOf(`from into to via the of`)

// leagueTownAfter, after a town's name, make it the town ("a Denver
// native", "Miami area", a press digest's "New York newsroom" in
// eng.train).
var leagueTownAfter = setOf(`native natives area resident residents suburb suburbs metro-area newsroom bureau desk`)

// leagueTownTeam reports whether m, tagged a place or a person, names a
// listed team's town (teamTownName) where a team stands in an item on a
// North American league: not where a town does (townContext: "In
// Denver,", a dateline; a wire's dateline before "(Reuters)"; a line of
// its own, lineAlone), nor after
// a word of leagueTownBefore but "lost to" (drawnOrLostTo) and "loss to"
// (lossTo), nor before one of leagueTownAfter.
func leagueTownTeam(text string, toks []token, m *mention) bool {
	if m.typ != newsner.Location && m.typ != newsner.Person || m.place || !teamTownName(m.m.Text) {
		return false
	}
	return teamTownStands(text, toks, m.t0, m.t1)
}

// teamTownStands reports whether the town over tokens [t0,t1) stands where
// a team does in a league's item (leagueTownTeam's checks): not where a
// town does (townContext, unless it is a later town of a list of teams'
// towns, leagueTownListed), nor after a word of leagueTownBefore but "lost
// to" and "loss to", nor before one of leagueTownAfter, nor on a line of
// its own.
func teamTownStands(text string, toks []token, t0, t1 int) bool {
	if townContext(text, toks, t0, t1) && !leagueTownListed(text, toks, t0) {
		return false
	}
	if t0 > 0 && lowered(leagueTownBefore, toks[t0-1].Text) && !drawnOrLostTo(toks, t0) && !lossTo(toks, t0) {
		return false
	}
	if t1 < len(toks) && (lowered(leagueTownAfter, toks[t1].Text) || toks[t1].Text == "(" && startsSentence(text, toks, t0)) {
		return false
	}
	return !lineAlone(text, toks, t0, t1)
}

// townListJoins join the towns of a list ("Toronto, Montreal and
// Vancouver").
var townListJoins = setOf(`, and or`)

// prevTeamTown returns the start of a listed team's town (teamTownName) of
// one to three capitalized tokens ending right before token e, -1 if none.
func prevTeamTown(toks []token, e int) int {
	for n := 3; n >= 1; n-- {
		if a := e - n; a >= 0 && startsUpper(toks[a].Text) && teamTownName(spanWords(toks, a, e)) {
			return a
		}
	}
	return -1
}

// leagueTownListed reports whether the town at token t0 is a later town of
// a list of listed teams' towns joined by commas, "and" or "or" whose
// first town stands where a team does (teamTownStands): "All seven
// Canadian teams, including Toronto, Montreal and Vancouver", where
// placeContext reads a town after another town and a comma as its state
// ("Seattle, Washington") and the tagger typed the later towns places in
// a made-up NHL item. A dateline's "SEATTLE, Washington" or "in Miami,
// Florida" stays: the first town stands where a town does.
func leagueTownListed(text string, toks []token, t0 int) bool {
	k, e := t0, t0
	for k >= 2 && townListJoins[toks[k-1].Text] {
		a := prevTeamTown(toks, k-1)
		if a < 0 {
			break
		}
		k, e = a, k-1
	}
	return k < t0 && teamTownStands(text, toks, k, e)
}

// lineAlone reports whether tokens [t0,t1) are a line of their own: a
// dateline with no date, as eng.train's results join their text ("MAJOR
// LEAGUE RESULTS MONDAY.\nNEW YORK\nResults of ...").
func lineAlone(text string, toks []token, t0, t1 int) bool {
	return lineBreakBefore(text, toks, t0) && lineBreakBefore(text, toks, t1)
}

// leagueTownsAsTeams types ORGANIZATION, in an item on a North American
// major league (leagueReport) that reads as sports (sportsItem), a
// listed team's town tagged a place or a person where a
// team stands (leagueTownTeam): "Miami held off Indiana 112-108",
// "Denver coach Michael Malone", "INDIANA HAND BROOKLYN FIRST LOSS", as
// CoNLL-2003 marks a town that stands for its team ("Cleveland lost for
// just the second time"). The tagger typed such towns places, and
// "Denver" a person, in NBA and NFL reports (the kind the blind December
// 2020 audits show; made-up NBA, NFL and NHL reports). Not a word of a
// person's longer name in the article (personWords: "MaliVai
// Washington"). Such a town tagged a person where a town stands (a
// dateline, "DENVER 1996-12-06") is the town, a place.
func leagueTownsAsTeams(text string, ms []*mention, toks []token, about *topics) {
	var people map[string]bool
	for _, m := range ms {
		if m.typ == newsner.Person && !m.place && teamTownName(m.m.Text) && (townContext(text, toks, m.t0, m.t1) || lineAlone(text, toks, m.t0, m.t1)) && about.leagueReport() && sportsItem(about) {
			m.typ, m.place = newsner.Location, true // "DENVER 1996-12-06", read as a person
			continue
		}
		if !leagueTownTeam(text, toks, m) || !about.leagueReport() || !sportsItem(about) || anyIn(m.words, lazyPersonWords(&people, ms, toks)) {
			continue
		}
		m.typ = newsner.Organization
	}
}

// leagueTeamTown reports whether name is a listed team's town
// (teamTownName) in an item on a North American major league that reads as
// sports (leagueReport, sportsItem): a team, which placesBesidePlaces
// leaves ("Utah's Donovan Mitchell" went a place as a state's possessive).
func leagueTeamTown(about *topics, name string) bool {
	return teamTownName(name) && about.leagueReport() && sportsItem(about)
}

// sportsItem reports whether the article reads as a sports report
// (sportsDoc) or talks sport (sportsTalk: two sports words or more; a short
// match report may have one score).
func sportsItem(about *topics) bool {
	return about.sportsDoc() || about.sportsTalk()
}

// lossTo reports whether the name at token t0 stands after "loss to" or
// "defeat to" ("Miami's loss to Kansas City"): the winner, a team.
func lossTo(toks []token, t0 int) bool {
	if t0 < 2 || toks[t0-1].Text != "to" {
		return false
	}
	switch toks[t0-2].Text {
	case "loss", "losses", "defeat", "defeats":
		return true
	}
	return false
}

// leagueHeadlineBefore, before a town's name in a headline, make it the
// town ("GAME IN DENVER POSTPONED", "RAIDERS MOVE TO LAS VEGAS").
var leagueHeadlineBefore = setOf(`IN AT NEAR FROM TO INTO OF THE`)

// capsTokens reports whether tokens [a,b) are written in capitals: three
// words or more with letters, none with a letter in lower case.
func capsTokens(toks []token, a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		w := toks[k].Text
		if hasLower(w) {
			return false
		}
		if hasLetter(w) {
			words++
		}
	}
	return words >= 3
}

// addLeagueHeadlineSpans adds, in an item on a North American major
// league that reads as sports (leagueReport, sportsItem), an
// organization's span over a listed team's town (teamTownName) or
// nickname (listedNicknames) in a headline in capitals that the tagger
// left untagged or tagged alone as something else ("BASKETBALL - INDIANA
// HAND BROOKLYN FIRST LOSS", "JOKIC LEADS NUGGETS PAST JAZZ"), as eng.train
// marks "BRAVES RALLY TO BEAT CUBS": the tagger misses them among the
// capitals, and addNicknameSpans and teamsAsTeams take nicknames in lower
// case only. The longest such run of three words at most; not after a
// word of leagueHeadlineBefore ("GAME IN DENVER POSTPONED").
func addLeagueHeadlineSpans(text string, toks []token, spans []tspan, about *topics) []tspan {
	line := lineOf(text, toks)
	starts := lineStarts(line)
	var add []tspan
	var cover []int // the span over each token, -1 if none: made at the first line in capitals
	for ln, a := range starts {
		b := len(toks)
		if ln+1 < len(starts) {
			b = starts[ln+1]
		}
		if !capsTokens(toks, a, b) {
			continue
		}
		if cover == nil {
			cover = spanOwners(spans, len(toks))
		}
		for k := a; k < b; k++ {
			if k > a && leagueHeadlineBefore[toks[k-1].Text] {
				continue
			}
			for e := min(k+3, b); e > k; e-- {
				name := spanWords(toks, k, e)
				if !teamTownName(name) && !listedNicknames()[name] || !headlineSpanFree(spans, cover, k, e) {
					continue
				}
				if !about.leagueReport() || !sportsItem(about) {
					return spans
				}
				add = append(add, tspan{newsner.Organization, k, e})
				k = e - 1
				break
			}
		}
	}
	return replaceSpans(spans, add)
}

// spanOwners returns, for each of n tokens, the index in spans of a span
// over it, -1 if none.
func spanOwners(spans []tspan, n int) []int {
	cover := make([]int, n)
	for k := range cover {
		cover[k] = -1
	}
	for i, s := range spans {
		for k := max(s.t0, 0); k < s.t1 && k < n; k++ {
			cover[k] = i
		}
	}
	return cover
}

// headlineSpanFree reports whether tokens [a,e) hold no tagged span
// (cover, spanOwners) but one over them alone and not an organization's.
func headlineSpanFree(spans []tspan, cover []int, a, e int) bool {
	i := cover[a]
	for k := a; k < e; k++ {
		if cover[k] != i {
			return false
		}
	}
	if i < 0 {
		return true
	}
	s := spans[i]
	return s.t0 == a && s.t1 == e && s.typ != newsner.Organization
}

// addLeagueTownPairSpans adds, in an item on a North American major league
// that reads as sports (leagueReport, sportsItem), a span over a listed
// team's town (teamTownName) in mixed case that the tagger left untagged
// right before or after a comma, "and" or "or" joining it to a tagged span
// of another such town, of that span's type: "Vegas and St. Louis will
// meet in the West Division", where the tagger, having seen few "Vegas",
// tagged "St. Louis" alone in a made-up NHL item. leagueTownsAsTeams then
// types both as the item reads them.
func addLeagueTownPairSpans(toks []token, spans []tspan, about *topics) []tspan {
	var add []tspan
	var cover []int
	for k := 0; k < len(toks); k++ {
		if !startsUpper(toks[k].Text) || !hasLower(toks[k].Text) {
			continue
		}
		if cover == nil {
			cover = spanOwners(spans, len(toks))
		}
		if cover[k] >= 0 {
			continue
		}
		for e := min(k+3, len(toks)); e > k; e-- {
			if !untaggedRun(cover, k, e) || !teamTownName(spanWords(toks, k, e)) {
				continue
			}
			typ, ok := pairedTownType(toks, spans, cover, k, e)
			if !ok {
				continue
			}
			if !about.leagueReport() || !sportsItem(about) {
				return spans
			}
			add = append(add, tspan{typ, k, e})
			k = e - 1
			break
		}
	}
	return replaceSpans(spans, add)
}

// untaggedRun reports whether no span covers tokens [a,e) (cover,
// spanOwners).
func untaggedRun(cover []int, a, e int) bool {
	for k := a; k < e; k++ {
		if cover[k] >= 0 {
			return false
		}
	}
	return true
}

// pairedTownType returns the type of the tagged span of a listed team's
// town (teamTownName) that a comma, "and" or "or" joins to tokens [a,e):
// the span starting right after the join after e, or ending right before
// the join before a.
func pairedTownType(toks []token, spans []tspan, cover []int, a, e int) (newsner.EntityType, bool) {
	if e+1 < len(toks) && townListJoins[toks[e].Text] {
		if i := cover[e+1]; i >= 0 && spans[i].t0 == e+1 && spans[i].typ.Valid() && teamTownName(spanWords(toks, spans[i].t0, spans[i].t1)) {
			return spans[i].typ, true
		}
	}
	if a >= 2 && townListJoins[toks[a-1].Text] {
		if i := cover[a-2]; i >= 0 && spans[i].t1 == a-1 && spans[i].typ.Valid() && teamTownName(spanWords(toks, spans[i].t0, spans[i].t1)) {
			return spans[i].typ, true
		}
	}
	return "", false
}

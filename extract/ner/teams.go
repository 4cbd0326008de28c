package ner

import (
	"slices"
	"strings"
	"sync"

	"github.com/newsner/newsner"
)

// The document step's rules for sports teams beyond clubsAsClubs
// (types_sports.go): teams named by a town and a nickname the lists do not hold
// ("the Saginaw Spirit"), a team's town standing for it later in the
// report ("Garret Ross answered for Saginaw"), a player's position in a
// roster line ("Doug Martin, RB, Tampa Bay Buccaneers") and "Team Russia".
// CoNLL-2003 marks a team named by its town an organization ("Chicago beat
// Boston").

// teamSportsWords are the words of a North American sports report (NFL,
// NHL, NBA, college) that sportsWords, made on CoNLL-2003's football,
// cricket and baseball, leaves out.
var teamSportsWords = setOf(`touchdown touchdowns yards rushing receptions receiver receivers quarterbacks
linebacker cornerback running goalie goaltender saves assists rebounds playoff nfl nhl nba mlb ncaa
roster rookie fantasy offense defense offensive defensive period periods`)

// sportsDoc reports whether toks read as a sports report: sportsText (two
// scores and two of sportsWords), or six words or more of a sports report
// (sportsWords, teamSportsWords) of three kinds or more, or a season's
// record ("(9-5-3)") and three such words. One pass over the tokens; its
// sportsText clause looks words up in sportsVocab's three casings, where
// sportsText lower-cases each token, so a word in mixed case ("FootBall")
// counts for sportsText only.
func sportsDoc(toks []token) bool {
	vocab := sportsVocab()
	scores, words, n, records := 0, 0, 0, 0
	var kinds [3]string
	nk := 0
	for i, t := range toks {
		if isScore(t.Text) {
			scores++
		}
		if v, ok := vocab[t.Text]; ok {
			if v.sports {
				words++
			}
			n++
			if nk < len(kinds) && !slices.Contains(kinds[:nk], v.lower) {
				kinds[nk] = v.lower
				nk++
			}
		}
		if i > 0 && toks[i-1].Text == "(" && isRecord(t.Text) {
			records++
		}
	}
	// The words of three kinds must be dense, one in 200 tokens or more: a
	// long article with a paragraph on sport is no sports report (on the
	// Dragnet and readability pages, Wikipedia's New Zealand made Auckland
	// a team by the "Auckland Coastguard"; a political digest made
	// "several Senators" the Ottawa team).
	return scores >= 2 && words >= 2 || nk >= 3 && (n >= 6 || records > 0) && n*200 >= len(toks)
}

// sportsWord is an entry of sportsVocab: the word in lower case, and
// whether sportsWords (not only teamSportsWords) holds it.
type sportsWord struct {
	lower  string
	sports bool
}

var (
	sportsVocabOnce sync.Once
	sportsVocabMap  map[string]sportsWord
)

// sportsVocab maps sportsWords' and teamSportsWords' words in lower case,
// capitalized and in capitals to their entries, so that sportsDoc looks
// each token up as it is, with no lower-casing.
func sportsVocab() map[string]sportsWord {
	sportsVocabOnce.Do(func() {
		sportsVocabMap = map[string]sportsWord{}
		for _, set := range []map[string]bool{teamSportsWords, sportsWords} {
			for w := range set {
				e := sportsWord{lower: w, sports: sportsWords[w]}
				for _, f := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
					sportsVocabMap[f] = e
				}
			}
		}
	})
	return sportsVocabMap
}

// isRecord reports whether w is a team's record, wins, losses and ties or
// overtime losses: "9-5-3", "6-10", as a score is written.
func isRecord(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if !isNumber(p) || len(p) > 3 {
			return false
		}
	}
	return true
}

// teamAfterWords, after a place's name in a sports report, make it a team
// or a college: "the Florida product", "Saginaw (6-10-2)".
var teamAfterWords = setOf(`product products`)

// nicknameWord reports whether w, the last word of a town's name and a
// capitalized word, may be a team's nickname ("Spirit" of "Saginaw
// Spirit"): no word that heads a place, a facility, an outlet or a
// company, and no place.
func nicknameWord(w string) bool {
	l := strings.ToLower(w)
	if !startsUpper(w) || !hasLower(w) || !isLetters(l) || placeHeads[l] || facilityHeads[l] || groundHeads[l] || orgHeads[l] || companyHeads[l] ||
		legalSuffixes[l] || outletHeads[w] || compassWords[l] || isDemonym(w) || isPlaceName(w) {
		return false
	}
	return !placeWords[l]
}

// placeWords end a place's name after a town's ("Tampa Bay", "Palm
// Beach", "Niagara Falls"): never a nickname.
var placeWords = setOf(`bay beach falls springs heights hills valley lake lakes river island islands
harbor harbour port point township village city county district metro area region`)

// teamsAsTeams types ORGANIZATION, in a sports report (sportsDoc), a
// mention tagged a place that is a town's name and a nickname the article
// also writes alone ("the Saginaw Spirit" ... "the Spirit would get"); a
// town's mention, tagged a place or a person, that is the town of a team
// of the article (teamTown: "Saginaw" of "Saginaw Spirit", "Tampa Bay" of
// the listed "Tampa Bay Buccaneers") or stands before a team's record or a
// word such as "product" ("Garret Ross answered for Saginaw (6-10-2)",
// "the Florida product"), unless it stands where a town does (townContext:
// "In Houston,", a dateline); and in any text "Team" and a place ("Team
// Russia", "Team USA"). A player's position in capitals ("QB", "RB") in
// a sports report is no name.
func teamsAsTeams(text string, ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		if m.typ != newsner.Organization && len(m.words) > 1 && m.words[0] == "team" && startsUpper(m.m.Text) && knownPlace(strings.Join(textWords(toks, m.t0+1, m.t1), " ")) {
			m.typ, m.place = newsner.Organization, false
		}
	}
	var alone map[string]int // a capitalized word -> its count in the text, lazily
	for _, m := range ms {
		if m.typ != newsner.Location || m.place || len(m.words) < 2 || !nicknameWord(toks[m.t1-1].Text) || !about.sportsDoc() {
			continue
		}
		if !townName(toks, m.t0, m.t1-1) || knownPlace(m.m.Text) {
			continue
		}
		if alone == nil {
			alone = map[string]int{}
			for _, t := range toks {
				if startsUpper(t.Text) {
					alone[t.Text]++
				}
			}
			for _, n := range ms {
				if len(n.words) > 1 {
					alone[toks[n.t1-1].Text]--
				}
			}
		}
		// The nickname stands alone elsewhere ("the Spirit would get").
		if alone[toks[m.t1-1].Text] > 0 {
			m.typ, m.place = newsner.Organization, false
		}
	}
	for _, m := range ms {
		// "Halifax forward Jonathan Drouin", "Pittsburgh running back Le'Veon
		// Bell": the roles clubsAsClubs (playerRoles) leaves out, which in
		// other texts head other things ("Houston center").
		if m.typ != newsner.Location || m.place || m.t1+2 >= len(toks) {
			continue
		}
		k := m.t1
		if rolePrefixes[toks[k].Text] && sportsRoles[toks[k+1].Text] {
			k++
		}
		if (sportsRoles[toks[k].Text] || playerRoles[toks[k].Text]) && k+1 < len(toks) && startsUpper(toks[k+1].Text) && townName(toks, m.t0, m.t1) && about.sportsDoc() {
			m.typ = newsner.Organization
		}
	}
	var teams map[string]bool // a team's town, lower case, lazily
	for _, m := range ms {
		if m.typ != newsner.Location && m.typ != newsner.Person || m.place || !about.sportsDoc() || townContext(text, toks, m.t0, m.t1) {
			continue
		}
		if m.typ == newsner.Person && !townName(toks, m.t0, m.t1) {
			continue
		}
		if teams == nil {
			teams = teamTowns(ms, toks)
		}
		cued := teams[m.key]
		if !cued && m.t1+1 < len(toks) {
			next := toks[m.t1].Text
			cued = teamAfterWords[next] || next == "(" && isRecord(toks[m.t1+1].Text)
			cued = cued && townName(toks, m.t0, m.t1)
		}
		if cued {
			m.typ = newsner.Organization
		}
	}
	// A team's nickname alone, tagged a person, a place or MISC: "facing the
	// Browns", "The Steelers and Browns". The nicknames are the listed
	// teams' (teams.tsv) and those of the article's teams (teamTown).
	var nicks map[string]bool
	for _, m := range ms {
		if m.typ != newsner.Location && m.typ != newsner.Person && m.typ != misc || m.place || len(m.words) > 2 || !about.sportsDoc() {
			continue
		}
		if nicks == nil {
			nicks = map[string]bool{}
			for _, n := range ms {
				if _, ok := teamTown(toks, n); ok {
					nicks[n.words[len(n.words)-1]] = true
				}
			}
		}
		if (nicks[m.key] || listedNicknames()[m.key]) && nicknameWord(toks[m.t1-1].Text) {
			m.typ = newsner.Organization
		}
	}
	for _, m := range ms {
		if len(m.words) == 1 && positions[m.m.Text] && m.typ.Valid() && about.sportsDoc() {
			m.typ = misc
		}
	}
}

// sportsRoles are players' and staff's roles that, between a town and a
// person's name in a sports report, make the town a team (beyond
// playerRoles); rolePrefixes the words before a role of two ("running
// back", "tight end").
var (
	sportsRoles = setOf(`forward forwards center centre goalie goaltender netminder defenseman defenceman
guard tackle safety fullback halfback back end prospect rookie captain manager batsman bowler
wing winger`)
	rolePrefixes = setOf(`running tight wide left right defensive offensive starting backup center`)
)

// positions are the players' positions sports pages write in capitals
// beside a name ("Doug Martin, RB, Tampa Bay Buccaneers").
// Not MLB (a middle linebacker, but Major League Baseball far more often:
// "MLB's Bud Selig") nor OL (Olympique Lyonnais).
var positions = setOf(`QB RB WR TE FB OT OG DL DT LB ILB OLB CB DB FS LW RW`)

// teamTown returns the town, lower case, of a mention that names a team by
// its town and nickname: an organization's name of two words or more whose
// last is a nickname (nicknameWord) and whose others are a town
// (townName), or a listed organization's ("Tampa Bay" of the listed
// "Tampa Bay Buccaneers").
func teamTown(toks []token, m *mention) (string, bool) {
	if m.typ != newsner.Organization || len(m.words) < 2 || !nicknameWord(toks[m.t1-1].Text) {
		return "", false
	}
	if !townName(toks, m.t0, m.t1-1) && listKey(m.m.Text, newsner.Organization) == "" {
		return "", false
	}
	return strings.Join(m.words[:len(m.words)-1], " "), true
}

// teamTowns returns the towns, lower case, of the article's teams named by
// town and nickname (teamTown).
func teamTowns(ms []*mention, toks []token) map[string]bool {
	towns := map[string]bool{}
	for _, m := range ms {
		if t, ok := teamTown(toks, m); ok {
			towns[t] = true
		}
	}
	return towns
}

// textWords returns the texts of tokens [t0,t1).
func textWords(toks []token, t0, t1 int) []string {
	ws := make([]string, 0, t1-t0)
	for k := t0; k < t1; k++ {
		ws = append(ws, toks[k].Text)
	}
	return ws
}

// joinTeamTowns joins, in a sports report, an organization named by a
// town alone to the one team of the article whose name is that town and a
// nickname: "Saginaw" and "Plymouth" to the Saginaw Spirit and the
// Plymouth Whalers, "Green Bay" to the Green Bay Packers.
func joinTeamTowns(groups [][]*mention, toks []token, about *topics) [][]*mention {
	if !about.sportsDoc() {
		return groups
	}
	full := map[string]int{} // a team's town -> its group, -1 where two teams share it
	for i, g := range groups {
		// Any of the group's mentions: its first may be the nickname alone
		// ("Whalers defeat Spirit").
		town, ok := "", false
		for _, m := range g {
			if town, ok = teamTown(toks, m); ok {
				break
			}
		}
		if !ok {
			continue
		}
		if j, ok := full[town]; ok && j != i {
			full[town] = -1
			continue
		}
		full[town] = i
	}
	if len(full) == 0 {
		return groups
	}
	var sets groupSets
	for i, g := range groups {
		m := g[0]
		j, ok := full[m.key]
		if m.typ != newsner.Organization || !ok || j < 0 || j == i || listedApart(m, groups[j]) {
			continue // listedApart: "NHL" is no town of the listed "NHL Network"
		}
		sets.join(len(groups), i, j)
	}
	return sets.merge(groups)
}

// townLocatives, before a town's name, whatever their case, make it the
// town in a sports report ("In Houston, Orlando Miller's two-run homer",
// "At Colorado, ...", as CoNLL-2003 marks them).
var townLocatives = setOf(`in at near across throughout outside inside`)

// townContext reports whether the name over tokens [t0,t1) stands where a
// town does in a sports report: after a word of townLocatives, or where a
// placeContext puts it, or at a line's start before a date or a comma (a
// dateline: "ATLANTA 1996-08-25", "PLYMOUTH, Mich.").
func townContext(text string, toks []token, t0, t1 int) bool {
	if t0 > 0 && lowered(townLocatives, toks[t0-1].Text) || placeContext(toks, t0, t1, strongLocatives) || townsFacility(toks, t1) {
		return true
	}
	if !lineBreakBefore(text, toks, t0) {
		return datelineState(text, toks, t0, t1)
	}
	if t1 >= len(toks) {
		return true
	}
	next := toks[t1].Text
	return next == "," || next != "" && next[0] >= '0' && next[0] <= '9'
}

var (
	nicknamesOnce sync.Once
	nicknames     map[string]bool
)

// listedNicknames returns the nicknames of the listed teams (teams.tsv),
// lower case: the last word of each name, and the last two where the name
// has three words or more ("red sox" of "Boston Red Sox").
func listedNicknames() map[string]bool {
	nicknamesOnce.Do(func() {
		nicknames = map[string]bool{}
		nameIndex()
		for _, form := range teamForms {
			ws := strings.Fields(strings.ToLower(form))
			if len(ws) >= 2 {
				nicknames[ws[len(ws)-1]] = true
			}
			if len(ws) >= 3 {
				nicknames[strings.Join(ws[len(ws)-2:], " ")] = true
			}
		}
	})
	return nicknames
}

var (
	nicknameKeysOnce sync.Once
	nicknameKeys     map[string]string
	// townTeamKeys maps a listed team's town (its name less a one- or
	// two-word nickname, normalised) to the keys of the town's teams.
	townTeamKeys map[string]map[string]bool
)

// buildTeamKeys builds nicknameKeys and townTeamKeys from teams.tsv's
// forms, once: what teamNicknameKey and teamTownName read.
func buildTeamKeys() {
	nicknameKeysOnce.Do(func() {
		nicknameKeys = map[string]string{}
		townTeamKeys = map[string]map[string]bool{}
		nameIndex()
		for _, form := range teamForms {
			k := listKey(form, newsner.Organization)
			ws := strings.Fields(normName(form))
			for n := 1; n <= 2 && n < len(ws); n++ {
				nick := strings.Join(ws[len(ws)-n:], " ")
				if town := strings.Join(ws[:len(ws)-n], " "); k != "" {
					if townTeamKeys[town] == nil {
						townTeamKeys[town] = map[string]bool{}
					}
					townTeamKeys[town][k] = true
				}
				if old, ok := nicknameKeys[nick]; ok && old != k {
					k = "" // two teams' nickname
				}
				nicknameKeys[nick] = k
			}
		}
	})
}

// teamNicknameKey returns the key of the one listed team (teams.tsv)
// whose name ends in the nickname that is all an organization's names in
// a sports report are ("the Eagles", "Steelers"; listedNicknames), so the
// team an article names only so keys as in the articles that give its
// town. "" if no listed team or several end so ("Giants": New York's and
// San Francisco's), or if a form is more than the nickname.
func teamNicknameKey(typ newsner.EntityType, forms []string) string {
	if typ != newsner.Organization {
		return ""
	}
	buildTeamKeys()
	if len(forms) == 0 {
		return ""
	}
	key := ""
	var towns []string
	for _, f := range forms {
		if clippedFormOf(f, forms) {
			continue // "Jags" beside "Jaguars" (joinClippedTeamNames)
		}
		k := byNormName(nicknameKeys, f)
		if k == "" && byNormName(townTeamKeys, f) != nil {
			towns = append(towns, normName(f)) // joinTownNicknames's town
			continue
		}
		if k == "" || key != "" && k != key {
			return ""
		}
		key = k
	}
	for _, t := range towns {
		if !townTeamKeys[t][key] {
			return ""
		}
	}
	return key
}

// uncommonNicknames reports whether each word of forms, a listed team's
// nickname (teamNicknameKey), is one the training corpora never write in
// lower case ("Redskins", "Yankees"; corpusCase): such a nickname names
// the team outside a sports report too, and an article on the team's name
// or owner keys it as the reports that give its town do. A nickname that
// is also a word ("Eagles", "Heat", "Packers") names the team only in a
// sports report.
func uncommonNicknames(forms []string) bool {
	for _, f := range forms {
		for _, w := range strings.Fields(normName(f)) {
			if _, ok := corpusCase()[w]; ok {
				return false
			}
		}
	}
	return len(forms) > 0
}

// joinTownNicknames joins, in a sports report, an organization named only
// by a town ("Pittsburgh") to the one team of the article named only by a
// nickname whose listed team is of that town ("Steelers", teams.tsv's
// Pittsburgh Steelers): a report that never writes the team's full name
// calls it by both ("Pittsburgh led 14-3 ... the Steelers' defense").
// joinTeamTowns joins the town where the full name is written.
func joinTownNicknames(groups [][]*mention, about *topics) [][]*mention {
	if !about.sportsDoc() {
		return groups
	}
	buildTeamKeys()
	var sets groupSets
	for i, g := range groups {
		if g[0].typ != newsner.Organization || !allForms(g, func(f string) bool { return byNormName(townTeamKeys, f) != nil && byNormName(nicknameKeys, f) == "" }) {
			continue
		}
		keys := byNormName(townTeamKeys, g[0].m.Text)
		team := -1
		for j, h := range groups {
			if h[0].typ != newsner.Organization || j == i {
				continue
			}
			if k := teamNicknameKey(newsner.Organization, groupForms(h)); k != "" && keys[k] {
				if team >= 0 {
					team = -2 // two of the town's teams
					break
				}
				team = j
			}
		}
		if team >= 0 {
			sets.join(len(groups), i, team)
		}
	}
	return sets.merge(groups)
}

// allForms reports whether every mention of g passes ok.
func allForms(g []*mention, ok func(string) bool) bool {
	for _, m := range g {
		if !ok(m.m.Text) {
			return false
		}
	}
	return true
}

// addNicknameSpans adds an organization's span over each listed team's
// nickname of one word (listedNicknames) the tagger left untagged in a
// sports report (sportsDoc): "the Redskins rookie", "a tough Texans
// defense", "Saints coach Joe Vitt"; where it stands alone (no capitalized
// word right after it, none before it but "The").
func addNicknameSpans(toks []token, spans []tspan, about *topics) []tspan {
	return addOneWordOrgSpans(toks, spans, func(k int, cover *tspan) bool {
		w := toks[k].Text
		if !startsUpper(w) || !hasLower(w) || !lowered(listedNicknames(), w) || cover != nil {
			return false
		}
		if k > 0 && startsUpper(toks[k-1].Text) && toks[k-1].Text != "The" || k+1 < len(toks) && startsUpper(toks[k+1].Text) {
			return false
		}
		return about.sportsDoc()
	}) // over untagged tokens: nothing goes
}

// addOneWordOrgSpans adds an organization's span over each token k that
// want accepts, given cover, the span over k (nil where the tagger left k
// untagged); replaceSpans drops the spans the new ones overlap. The walk
// of addNicknameSpans and addLeagueAcronymSpans (leagues.go).
func addOneWordOrgSpans(toks []token, spans []tspan, want func(k int, cover *tspan) bool) []tspan {
	var add []tspan
	j := 0 // spans[j:] end after token k
	for k := range toks {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		var cover *tspan
		if j < len(spans) && spans[j].t0 <= k {
			cover = &spans[j]
		}
		if want(k, cover) {
			add = append(add, tspan{newsner.Organization, k, k + 1})
		}
	}
	return replaceSpans(spans, add)
}

// townFacilityHeads head the name of a building or an institution a town
// has, beyond facilityHeads: "New York's Columbia Presbyterian Hospital",
// "Boston's Northeastern University".
var townFacilityHeads = setOf(`university college school institute zoo library park arena center centre`)

// townsFacility reports whether tokens from t1 are "'s" and a capitalized
// name headed by a facility's or an institution's word: the name before
// them is the town that has it, a place as CoNLL-2003 marks it, not a team.
func townsFacility(toks []token, t1 int) bool {
	if t1+1 >= len(toks) || toks[t1].Text != "'s" && toks[t1].Text != "’s" {
		return false
	}
	for k := t1 + 1; k < len(toks) && k <= t1+5 && startsUpper(toks[k].Text); k++ {
		if l := strings.ToLower(toks[k].Text); facilityHeads[l] || townFacilityHeads[l] {
			return true
		}
	}
	return false
}

// datelineState reports whether the name over tokens [t0,t1) is a
// dateline's second place, after a town and a comma at a line's start and
// before a date: "ARLINGTON, Texas 1996-08-31".
func datelineState(text string, toks []token, t0, t1 int) bool {
	if t0 < 2 || t1 >= len(toks) || toks[t0-1].Text != "," || toks[t1].Text == "" || toks[t1].Text[0] < '0' || toks[t1].Text[0] > '9' {
		return false
	}
	for k := t0 - 2; k >= 0 && k >= t0-5; k-- {
		if lineBreakBefore(text, toks, k) {
			return true
		}
	}
	return false
}

// leagueNames are national football leagues' names, in lower case, MISC
// in CoNLL-2003 as competitions are ("Bundesliga" 9 of 9 in eng.train and
// eng.testa, "Super League" 4 of 4, "Formula One" of "the Belgian Formula
// One Grand Prix"); "Ligue" and "Serie" only with the number or letter
// after them. Cricket's Twenty20 leagues and motor racing's championship,
// which the tagger reads as bodies ("the Big Bash League", "IPL",
// "Formula One"), and rugby union's ("Six Nations", as eng.train's "Five
// Nations" 5 of 5, "Pro14") are competitions too; and so are the club
// and national sides' cup competitions named "League" (the second December
// 2020 audit: "the last 16 of the Champions League", typed an
// organization; eng.train's "European Champions Cup" is MISC); and
// athletics' meeting series (third December 2020 audit: "Diamond League
// organisers" typed an organization); and the NFL's conferences and
// divisions ("AFC East", typed an organization or a place in made-up NFL
// reports), MISC as eng.train marks "NL Central division" and eng.testa
// "AMERICAN LEAGUE" and "EASTERN DIVISION".
var leagueNames = linesOf(`champions league
uefa champions league
europa league
uefa europa league
europa conference league
nations league
uefa nations league
afc champions league
caf champions league
concacaf champions league
la liga
laliga
liga
big bash league
indian premier league
ipl
formula one
formula 1
six nations
pro14
super rugby
bundesliga
eredivisie
primeira liga
serie a
serie b
ligue 1
ligue 2
ligue
eastern conference
western conference
diamond league
american football conference
national football conference
afc east
afc north
afc south
afc west
nfc east
nfc north
nfc south
nfc west`)

// leaguesAsMisc makes MISC, so not emitted, a mention of a listed league
// (leagueNames) the tagger typed a place or an organization ("in La
// Liga", "Ligue" of "lead Ligue 1", "the Big Bash League", "his first
// Formula One win"); "Ligue" alone only before its number.
func leaguesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if !m.typ.Valid() || m.typ == newsner.Person || !leagueNames[strings.Join(m.words, " ")] {
			continue
		}
		if m.words[len(m.words)-1] == "ligue" && !(m.t1 < len(toks) && isNumber(toks[m.t1].Text)) {
			continue
		}
		m.typ = misc
	}
}

// f1Teams are the Formula One constructors of the 2010s and 2020s by the
// names news gives them: organizations in a report on motor racing, where
// the tagger reads "Haas" or "Williams" as a person's surname and
// "Mercedes" as a first name.
var f1Teams = setOf(`Mercedes Ferrari McLaren Williams Haas Renault Alpine AlphaTauri Sauber Lotus Caterham
Marussia Manor Brawn`)

// motorRacingText reports whether toks read as a motor racing report:
// "Grand Prix", "Formula One" or "F1" and a word of the sport ("pole",
// "lap", "constructors'", "podium").
func motorRacingText(toks []token) bool {
	race, word := false, false
	for k, t := range toks {
		switch t.Text {
		case "Prix":
			race = race || k > 0 && toks[k-1].Text == "Grand"
		case "Formula", "F1":
			race = true
		case "pole", "lap", "laps", "podium", "constructors", "constructors'", "pit":
			word = true
		}
	}
	return race && word
}

// f1TeamsAsTeams types ORGANIZATION a one-word mention tagged a person or
// a place that is a Formula One team's name (f1Teams) in a motor racing
// report (motorRacingText), unless a longer name of a person in the
// article holds the word ("Frank Williams", the team's founder) or a
// title stands before it.
func f1TeamsAsTeams(ms []*mention, toks []token, about *topics) {
	ok := func(m *mention) bool {
		return (m.typ == newsner.Person || m.typ == newsner.Location) && !afterHonorific(toks, m.t0)
	}
	for _, m := range topicNameMentions(ms, toks, f1Teams, about.motorRacingText, ok) {
		m.typ = newsner.Organization
	}
}

// teamRoleWords follow "team" after a team's name ("Zorb Racing team
// boss Jon Marzo").
var teamRoleWords = setOf(`boss principal chief manager owner director`)

// teamNamesAsOrganizations types ORGANIZATION a name tagged a person
// right after "team" in lower case ("Esports team Quelb Clan said") or
// before "team" and a role's word (teamRoleWords: "Zorb-Sport Quelb team
// boss"): a team, which a person's name is not called. Every mention of
// the name follows (retypeByKey).
func teamNamesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person {
			return false
		}
		if m.t0 > 0 && toks[m.t0-1].Text == "team" {
			return true
		}
		return m.t1+1 < len(toks) && toks[m.t1].Text == "team" && teamRoleWords[toks[m.t1+1].Text]
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

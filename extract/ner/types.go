package ner

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
	"golang.org/x/text/unicode/norm"
)

// The document step's typing rules over an article's mentions: places by
// their context, clubs in sports reports, countries, facilities and formal
// place names, media and institutions.

// locatives are the words before a name that read it as a place;
// strongLocatives those that do whoever else bears the name ("in
// Washington"; "to Jordan" may be a pass).
var (
	locatives       = setOf(`in at from to near across into outside throughout around of`)
	strongLocatives = setOf(`in near across throughout outside inside`)
)

// placeContext reports whether the name over tokens [t0,t1) stands where a
// place does: after a word of before ("in Washington"), after a city and
// a comma ("Seattle, Washington"), or before "state".
func placeContext(toks []token, t0, t1 int, before map[string]bool) bool {
	if t0 > 0 && before[toks[t0-1].Text] {
		return true
	}
	if t0 > 1 && toks[t0-1].Text == "," && isPlaceName(toks[t0-2].Text) {
		return true
	}
	return t1 < len(toks) && strings.EqualFold(toks[t1].Text, "state")
}

// surnamesAsPeople types PERSON the one-word mentions tagged a place that
// are the surname of a person the article names in full, unless the
// mention stands where a place does (placeContext) or comes before the
// person is named in full: "Washington" after "MaliVai Washington" is the
// player, "in Washington" the place. The surname then joins the person's
// entity (groupMentions).
func surnamesAsPeople(ms []*mention, toks []token) {
	surnames := personSurnames(ms)
	for _, m := range ms {
		if first, ok := surnames[m.words[0]]; ok && m.typ == newsner.Location && len(m.words) == 1 && m.m.Start > first && !placeContext(toks, m.t0, m.t1, locatives) {
			m.typ = newsner.Person
			m.key = m.words[0]
		}
	}
}

// personSurnames maps the last word of each person's name of two words or
// more among ms to the start of its first such mention.
func personSurnames(ms []*mention) map[string]int {
	surnames := map[string]int{}
	for _, m := range ms {
		if m.typ == newsner.Person && len(m.words) > 1 {
			if _, ok := surnames[m.words[len(m.words)-1]]; !ok {
				surnames[m.words[len(m.words)-1]] = m.m.Start
			}
		}
	}
	return surnames
}

// placesAsPlaces types LOCATION a one-word mention tagged a person that is
// a known place and stands as one: after "in" and the like, after a city
// and a comma ("Olympia, Washington"), before "state". The tagger, having
// read "George Washington" in the article, may call every "Washington" a
// person; the state stays apart from him.
func placesAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Person || len(m.words) != 1 || !isPlaceName(toks[m.t0].Text) {
			continue
		}
		if placeContext(toks, m.t0, m.t1, strongLocatives) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// datelinesAsPlaces types LOCATION a name that starts a line or a sentence
// and stands in a news agency's dateline: before the agency's name in
// brackets and a dash, with a comma and the country or state between if
// the line gives one ("KYIV (Reuters) -", "MEXICO CITY, Mexico (AP) —").
// The agency is a listed news outlet (listedOrg). The tagger, which learnt
// its datelines from 1996's "LONDON 1996-08-30", reads a city it does not
// know in capitals as an organization ("KYIV").
func datelinesAsPlaces(text string, ms []*mention, toks []token) {
	for _, m := range ms {
		if !startsSentence(text, toks, m.t0) || !agencyDateline(toks, m.t1) && !(!hasLower(m.m.Text) && stateDateline(toks, m.t1)) {
			continue
		}
		m.typ, m.place = newsner.Location, true
	}
	for i, m := range ms {
		if i > 0 && datelineRegion(toks, ms[i-1], m) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// datelineRegion reports whether m is a dateline's second place: right
// after the dateline's town (prev, typed a place above) and a comma, and
// right before the agency's bracket ("STEPANAKERT, Nagorno-Karabakh
// (Reuters) -"), where the tagger read a region it knows no town of as
// MISC. World news audit.
func datelineRegion(toks []token, prev, m *mention) bool {
	return prev.typ == newsner.Location && prev.place && prev.t1+1 == m.t0 && toks[prev.t1].Text == "," &&
		m.t1 < len(toks) && toks[m.t1].Text == "(" && agencyDateline(toks, m.t1)
}

// usStateCodes are the US states' and DC's two-letter postal codes.
var usStateCodes = setOf(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC`)

// stateCodesAsPlaces types LOCATION a one-word mention that is a US
// state's postal code right after a town and a comma ("in Reno, NV at
// 2:00 pm", "Austin, TX"): the town is a known place or a mention typed a
// place that ends at the comma. The tagger reads the capitals as an
// organization's letters; the lists know only some codes ("PA", "MD").
func stateCodesAsPlaces(ms []*mention, toks []token) {
	for i, m := range ms {
		if m.typ == newsner.Location || m.t1-m.t0 != 1 || !usStateCodes[toks[m.t0].Text] || m.t0 < 2 || toks[m.t0-1].Text != "," {
			continue
		}
		town := isPlaceName(toks[m.t0-2].Text)
		if i > 0 && ms[i-1].t1 == m.t0-1 && ms[i-1].typ == newsner.Location {
			town = true
		}
		if town {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// stateDateline reports whether the tokens from i on read as the rest of a
// dateline without an agency: a comma, a listed place of one or two words
// (a US state, a country), then a dash ("CLEVELAND, Ohio –").
func stateDateline(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].Text != "," {
		return false
	}
	for n := 1; n <= 2 && i+1+n < len(toks); n++ {
		words := make([]string, 0, n)
		for _, t := range toks[i+1 : i+1+n] {
			words = append(words, t.Text)
		}
		if afterDash(toks, i+2+n) && listKey(strings.Join(words, " "), newsner.Location) != "" {
			return true
		}
	}
	return false
}

// agencyDateline reports whether the tokens from i on read as the rest of
// a dateline: an optional comma and up to three capitalized words or
// numbers (a state, a date: "WASHINGTON, Dec 3 (Reuters) -"), then a
// listed outlet's name in brackets, then a dash.
func agencyDateline(toks []token, i int) bool { return agencyDatelineDash(toks, i) >= 0 }

// agencyDatelineDash is agencyDateline giving the dash's token, or -1.
func agencyDatelineDash(toks []token, i int) int {
	if i < len(toks) && toks[i].Text == "," {
		i++
		for n := 0; n < 3 && i < len(toks) && (startsUpper(toks[i].Text) || isNumber(toks[i].Text)); n++ {
			i++
		}
	}
	if i >= len(toks) || toks[i].Text != "(" {
		return -1
	}
	j := i + 1
	for j < len(toks) && j-i <= 4 && toks[j].Text != ")" {
		j++
	}
	if j+1 >= len(toks) || toks[j].Text != ")" || j == i+1 || !afterDash(toks, j+2) {
		return -1
	}
	words := make([]string, 0, j-i-1)
	for _, t := range toks[i+1 : j] {
		words = append(words, t.Text)
	}
	if !listedOrg(strings.Join(words, " ")) {
		return -1
	}
	return j + 1
}

// webCompaniesAsOrganizations types ORGANIZATION a one-word mention of
// any type that is an organization's ".com" name without it ("Amazon" where
// the article names "Amazon.com Inc"; bareName), but after "the" ("the
// Amazon", the river and its forest, which stays a place if tagged one).
// The tagger reads "Amazon" alone as the place.
func webCompaniesAsOrganizations(ms []*mention, toks []token) {
	var web map[string]bool
	for _, m := range ms {
		if m.typ == newsner.Organization {
			if b := bareName(m.words[0]); b != m.words[0] {
				if web == nil {
					web = map[string]bool{}
				}
				web[b] = true
			}
		}
	}
	if web == nil {
		return
	}
	for _, m := range ms {
		if len(m.words) != 1 || !web[m.words[0]] || m.typ == newsner.Organization {
			continue
		}
		if m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the") {
			m.place = m.place || m.typ == newsner.Location // unifyTypes leaves it a place
			continue
		}
		m.typ, m.place = newsner.Organization, false
	}
}

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

// sportsText reports whether toks read as a sports report: two scores
// ("2-1", "56-13") or more and two sports words or more.
func sportsText(toks []token) bool {
	scores, words := 0, 0
	for _, t := range toks {
		if isScore(t.Text) {
			scores++
		}
		if sportsWords[strings.ToLower(t.Text)] {
			words++
		}
	}
	return scores >= 2 && words >= 2
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
func clubsAsClubs(ms []*mention, toks []token) {
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
			!placeContext(toks, m.t0, m.t1, strongLocatives) && !(m.t0 > 0 && (strongLocatives[strings.ToLower(toks[m.t0-1].Text)] || groundBefore[toks[m.t0-1].Text])) {
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
	sports := sync.OnceValue(func() bool { return sportsText(toks) })
	for _, m := range ms {
		if (listedClubAsPerson(toks, m) || townAsPersonTeam(toks, m) || townAsPersonOpponent(toks, m)) && sports() {
			m.typ = newsner.Organization
		}
	}
	for _, m := range ms {
		if m.typ != newsner.Location || m.place || !teamContext(toks, m.t0, m.t1) || !townName(toks, m.t0, m.t1) {
			continue
		}
		if sports() {
			m.typ = newsner.Organization
		}
	}
	if !sports() {
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
	return m.typ == newsner.Person && len(m.words) == 1 && m.t0 > 0 && teamBefore[strings.ToLower(toks[m.t0-1].Text)] && townName(toks, m.t0, m.t1)
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
		if k < len(toks) && isPossessive(toks[k].Text) && toks[k].Text != "'" && toks[k].Text != "\u2019" {
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
// of a list: a comma, "and", "or", or a comma and one of them.
func listGap(toks []token, a, b int) bool {
	switch b - a {
	case 1:
		w := toks[a].Text
		return w == "," || w == "and" || w == "or"
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
	if t0 > 0 && teamBefore[strings.ToLower(toks[t0-1].Text)] || drawnOrLostTo(toks, t0) {
		return true
	}
	if t1 < len(toks) {
		next := strings.ToLower(toks[t1].Text)
		if isPossessive(next) && next != "'" && next != "\u2019" && t1+1 < len(toks) {
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

// drawnWords and lostWords, before "with" and "to", put a team after
// them (drawnOrLostTo).
var (
	drawnWords = setOf(`drew draw draws drawing tied`)
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
	if k := listKey(name, newsner.Location); strings.HasPrefix(k, "iso3166:") && !strings.Contains(k, "-") {
		return false
	}
	gz, _ := sharedGazetteer()
	if gz == nil {
		return false
	}
	kinds := gz.phrases[name]
	return kinds&(1<<gzCountry) == 0 && (kinds&(1<<gzPlace) != 0 || listKey(name, newsner.Location) != "")
}

// countriesAsPlaces types LOCATION a mention tagged a person that is
// exactly a listed country's name ("PANAMA'S ROBERTO DURAN"), unless it is
// the surname of a person the article names ("Neil Jordan" ... "Jordan's
// film") or a word the article also writes in lower case. Countries typed
// organizations are left alone where named in one word: "Monaco" and
// "Jordan" are also a club and a racing team, and joinCountryGovernments
// joins a government to its country. A country's name of two words or more
// typed an organization is a place (thirteenth pass: "the United Arab
// Emirates said", which the tagger reads as a body that speaks; every
// such name of eng.train and eng.testa is a place, 26 names, 435 times),
// and so is a region that fields a national side (sideRegions).
func countriesAsPlaces(ms []*mention, lower map[string]string) {
	surnames := personSurnames(ms)
	for _, m := range ms {
		if _, ok := surnames[m.words[0]]; !(m.typ == newsner.Person || m.typ == newsner.Organization && (len(m.words) > 1 || strings.Contains(m.words[0], "-"))) || len(m.words) == 1 && ok {
			continue
		}
		if k := listKey(m.m.Text, newsner.Location); (strings.HasPrefix(k, "iso3166:") && !strings.Contains(k, "-") || sideRegions[m.key]) && !anyLower(m.words, lower) {
			m.typ = newsner.Location
		}
	}
}

// sideRegions are regions that field a national side as a country does
// ("the West Indies", cricket's), marked places as countries are in
// CoNLL-2003 ("West Indies" 3 of 3 LOC in eng.train; "Australia" 130 of
// 136): the tagger typed "West Indies" an organization on a made-up
// Reuters-style scoreboard (sports audit). countriesAsPlaces treats them as
// countries' names of two words.
var sideRegions = linesOf(`west indies`)

// leaderNouns are what a leader's surname names before them in lower case
// ("the Trump administration", "the Biden campaign", "the Obama era"):
// CoNLL-2003 marks the surname a person there ("Clinton administration",
// "Dole campaign", "Dole team": 7 of 7 in eng.train and eng.testa).
var leaderNouns = setOf(`administration campaign transition camp presidency era`)

// leadersAsPeople types PERSON a one-word mention tagged an organization
// right before a leader's noun in lower case (leaderNouns) that is the
// surname of a listed person or of a person the article names ("a lawsuit
// by the Trump campaign", which the tagger reads as a body). Thirteenth
// pass (b).
func leadersAsPeople(ms []*mention, toks []token) {
	var surnames map[string]int
	for _, m := range ms {
		if m.typ != newsner.Organization || len(m.words) != 1 || m.t1 >= len(toks) || !leaderNouns[toks[m.t1].Text] {
			continue
		}
		if surnames == nil {
			surnames = personSurnames(ms)
		}
		_, listed := listedSurnames()[m.words[0]]
		if _, ok := surnames[m.words[0]]; ok || listed {
			m.typ = newsner.Person
		}
	}
}

// placeTitles are the offices of a town's or a state's head that news
// writes after the place's name and before the holder's ("Texas Governor
// Greg Abbott", "Sao Paulo Governor Joao Doria", "New York Mayor").
var placeTitles = setOf(`Governor Gov. Mayor Premier Lieutenant Lt.`)

// placesBeforeTitles types LOCATION a known place's name tagged a person
// or an organization right before such an office in capitals and a
// capitalized name after it ("Sao Paulo Governor Joao Doria", which the
// tagger reads as one more person; "Texas Governor Greg Abbott", a body):
// the place whose head the office is. Thirteenth pass (b).
func placesBeforeTitles(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Person && m.typ != newsner.Organization || m.t1+1 >= len(toks) {
			continue
		}
		if !placeTitles[toks[m.t1].Text] || !startsUpper(toks[m.t1+1].Text) || !knownPlace(m.m.Text) {
			continue
		}
		m.typ = newsner.Location
	}
}

// sportsVenues are grounds that news names by letters or with no ground's
// word (facilityHeads, groundHeads): cricket's test grounds of the 2020-21
// season ("the MCG", "the Gabba", "the Basin Reserve"), which the tagger
// typed organizations on made-up Reuters-style reports (sports audit).
// CoNLL-2003 marks grounds as places ("Oval" 19 of 19, "Wembley").
var sportsVenues = linesOf(`mcg
scg
waca
gabba
basin reserve`)

// facilityNouns, after a name in lower case, say the name is a building's
// or a site's: "the Zorbly Suites hotel", "Quelton airport". CoNLL-2003
// marks the name before them a place (eng.train: "Stansted airport",
// "Vatican library", "London hotel"; an organization before one of these
// words never). A company's own sites (plant, store, restaurant) are left
// out: "the WSRL plant" is the company's.
var facilityNouns = setOf(`hotel airport stadium arena museum library resort casino`)

// facilityNounPlaces types LOCATION a name of two words or more tagged an
// organization that a facility noun in lower case follows (facilityNouns),
// unless "a" or "an" stands before it (a brand's: "a Zorbton hotel") or
// the lists name it an organization or a brand (makerOrPlace).
func facilityNounPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Organization || m.t1-m.t0 < 2 || m.t1 >= len(toks) || !facilityNouns[toks[m.t1].Text] {
			continue
		}
		if m.t0 > 0 && (strings.EqualFold(toks[m.t0-1].Text, "a") || strings.EqualFold(toks[m.t0-1].Text, "an")) || makerOrPlace(m.m.Text) {
			continue
		}
		m.typ, m.place = newsner.Location, true
	}
}

// venuesAsPlaces types LOCATION a mention of a listed ground
// (sportsVenues) the tagger typed an organization or a person.
func venuesAsPlaces(ms []*mention) {
	for _, m := range ms {
		if (m.typ == newsner.Organization || m.typ == newsner.Person) && sportsVenues[m.key] {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// facilityHeads are the words that head the name of a building, a road or
// a ground, which CoNLL-2003 marks as places ("Allenby Bridge", "Elland
// Road", "Columbia Presbyterian Hospital", "Metropolitan Museum").
var facilityHeads = setOf(`airport airfield stadium station bridge square street road avenue
boulevard highway motorway base airbase hospital museum cathedral mosque temple synagogue
prison oval tower castle hotel theater theatre`)

// groundHeads head a place's name as facilityHeads do, but only of a name
// tagged an organization: "Park" is also a surname ("Sung-Hee Park").
// In the training corpora names ending in "Centre" are places 12 times of
// 13, "Park" 18 of 25 (5 organizations, 2 people), "Complex" and "Arena"
// every time ("Center" 6 of 15: left out). The second line, waters and
// land ("South China Sea", "Scarborough Shoal"), added in the eighth pass
// (b); "Island" left out ("THE ISLAND", a paper in eng.train). "Ground"
// added in the fourth audit ("the Melbourne Cricket Ground" gave an
// organization on made-up Reuters-style cricket results; no name of
// eng.train or eng.testa ends in it).
var groundHeads = setOf(`centre complex arena park ground
sea ocean shoal reef strait gulf peninsula islands river mountains valley desert canal`)

// placeHeads start the formal name of a place ("State of Texas", "City
// of Norfolk", "Kingdom of Saudi Arabia").
var placeHeads = setOf(`state city province county republic kingdom commonwealth town village borough
emirate principality`)

// formalPlaceName reports whether name is a place's formal name: a place
// word, "of" and a place ("State of Texas", "City of Norfolk"; not the
// "Commonwealth of Nations").
func formalPlaceName(name string) bool {
	head, rest, ok := strings.Cut(name, " of ")
	return ok && placeHeads[strings.ToLower(head)] && (isPlaceName(rest) || listKey(rest, newsner.Location) != "")
}

// facilitiesAsPlaces types LOCATION the entities (groups) whose fullest
// name, of two words or more and tagged an organization or a person, a
// facility word heads: its last word, or the word before its "of"
// ("Museum of Flight"), or, tagged an organization, a ground word heads
// (groundHeads: "Jasper National Park"); and those named by a place's
// formal name ("State of Texas"), or, outside a sports report, ending in
// a landform's word (landformName: "Zorbo Point"); unless the lists name it an
// organization. The whole entity goes, so its short forms ("the Bardo" of
// "Bardo National Museum") stay with it. A first name and a facility word
// tagged a person stay a person ("Domingo Hospital", a golfer).
func facilitiesAsPlaces(groups [][]*mention, sports *sportsCheck) {
	for _, g := range groups {
		m := g[0]
		for _, n := range g[1:] {
			if utf8.RuneCountInString(n.m.Text) > utf8.RuneCountInString(m.m.Text) {
				m = n
			}
		}
		if m.typ != newsner.Organization && m.typ != newsner.Person || len(m.words) < 2 || !startsUpper(m.m.Text) {
			continue
		}
		if m.typ == newsner.Person && len(m.words) == 2 && firstName(m.m.Text) && !civicHall(m.words) {
			continue // "Domingo Hospital", a golfer
		}
		if leadBankWords[strings.Fields(m.m.Text)[0]] {
			continue // "Banco Base", a bank (leadWordsAsOrganizations)
		}
		head := m.words[len(m.words)-1]
		for k, w := range m.words {
			if w == "of" && k > 0 {
				head = m.words[k-1]
				break
			}
		}
		if (facilityHeads[head] || m.typ == newsner.Organization && groundHeads[head] || formalPlaceName(m.m.Text) || landformName(m, head, sports) || civicHall(m.words) || leadFacilityName(m.words)) &&
			listKey(m.m.Text, newsner.Organization) == "" {
			for _, n := range g {
				n.typ = newsner.Location
			}
		}
	}
}

// civicHall reports whether a name's words are a place word and "hall"
// ("Town Hall", "City Hall", "County Hall"): the building of a local
// government, which the tagger reads as a person on a line of its own
// ("Town Hall Minutes"); "Hall" alone is a common surname, so it heads no
// place in facilityHeads.
func civicHall(words []string) bool {
	return len(words) == 2 && placeHeads[words[0]] && words[1] == "hall"
}

// leadFacilityWords start the name of a square or a street in Spanish,
// Portuguese and French ("Plaza Italia", "Plaza de Mayo", "Avenida
// Paulista", "Rue de Rivoli"); not "Piazza", also a surname (eng.train's
// "Piazza" twice a person), nor "Place", "Via", common English words.
var leadFacilityWords = setOf(`plaza avenida rue`)

// leadFacilityName reports whether a name's words are a leading facility
// word and a name after it ("Plaza Italia", where Santiago's protesters
// gather, which the tagger typed an organization; world news audit), as
// CoNLL-2003 marks squares and streets places.
func leadFacilityName(words []string) bool {
	return len(words) >= 2 && leadFacilityWords[words[0]]
}

// landformHeads end the name of a landform or a shore ("Quelb Bay",
// "Zorbo Point", "Quimby Pass", "Zorbo Canyon"): in eng.train and
// eng.testa every name of two words or more ending in one is a place (Bay
// 2, Point 1, Beach 1, Canyon 1, Cape 2, Falls 2), and the building of a
// name ("Zorbo State Building") is one too.
var landformHeads = setOf(`bay point pass beach canyon falls cape building`)

// landformName reports whether the fullest name m of an entity ends in a
// landform's word (landformHeads), outside a sports report, where a bay's
// town is a team ("Tampa Bay", "Green Bay").
func landformName(m *mention, head string, sports *sportsCheck) bool {
	return landformHeads[head] && !sports.is()
}

// orgHeads are the words that head an organization's name and may be
// followed by what it is of or for ("Foundation for the Visual Arts",
// "Commission on Presidential Debates", "Organisation for Economic
// Co-operation and Development").
var orgHeads = setOf(`foundation institute institution center centre council society association
commission committee agency office department ministry fund trust school college university
academy bank court organization organisation union league federation board authority service
alliance coalition party movement front army forces corps bureau administration house`)

// mediaWords name what a newspaper, magazine, broadcaster or agency is
// ("the news weekly Der Spiegel", "Zycie Warszawy daily said").
var mediaWords = setOf(`newspaper newspapers daily weekly magazine tabloid broadsheet journal
agency broadcaster channel network station radio television`)

// mediaAsOrganizations types ORGANIZATION a name tagged a person or a
// place that a media word stands right before or after somewhere in the
// article, at every mention: "the news weekly Der Spiegel", "Britain's Sun
// newspaper", "Zycie Warszawy daily said". A name tagged a place needs
// the media word before it ("HK newspaper editorials"), and a place's name
// stays a place ("the Paris daily Le Monde").
func mediaAsOrganizations(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != newsner.Location {
			return false
		}
		if printedIn(toks, m) {
			return true
		}
		before := m.t0 > 0 && mediaWords[toks[m.t0-1].Text]
		after := m.t1 < len(toks) && mediaWords[toks[m.t1].Text]
		return (before || after) && (m.typ == newsner.Person || before && !isPlaceName(m.m.Text) && !placeContext(toks, m.t0, m.t1, locatives))
	}
	retypeByKey(ms, cued, personOrPlace, newsner.Organization)
}

// printedWords are what a newspaper or magazine prints: before "in" or
// "of" and a name, they say it is a publication's ("a cover story in
// Quelb", "an issue of The Quelb"). Not the plurals: "Pocket stories in
// AU and NZ" are shown in the places.
var printedWords = setOf(`story column article op-ed editorial issue edition piece`)

// printedIn reports whether the name m stands after a printed thing and
// "in" ("a cover story in Quelb"), or "of" and a capitalized "The" ("an
// issue of The Atlantic"); a known place only after that "The" too (not
// "a story in New York"), and no name before "'s" ("an article in Smith's
// blog"). After "of" without "The" the name is the story's subject or a
// piece's whole: on the Dragnet pages "the story of Sergio Vieira de
// Mello", "a piece of Uluru", "a piece of Steve" (a tumour), "edition of
// John Piper's book"; one publication, "an issue of The Atlantic".
func printedIn(toks []token, m *mention) bool {
	k := m.t0 - 1
	the := k > 0 && toks[k].Text == "The"
	if the || k > 0 && toks[k].Text == "the" {
		k--
	}
	if k < 1 || toks[k].Text != "in" && !(the && toks[k].Text == "of") || !printedWords[toks[k-1].Text] {
		return false
	}
	if isPossessive(toks[m.t1-1].Text) || m.t1 < len(toks) && isPossessive(toks[m.t1].Text) {
		return false
	}
	return the || !knownPlace(m.m.Text)
}

// companyHeads are the capitalized last words that make a name an
// organization's, never a person's: legal suffixes (legalSuffixes), the
// words companies name themselves by, and institutions' head words. No
// person in CoNLL-2003's eng.train or eng.testa has a name ending in one
// (554 organizations do); "Bank", "Federation" and "League" are left out
// ("West Bank", "Russian Federation" are places, "Premier League" MISC).
var companyHeads = setOf(`studios pictures records entertainment media labs laboratories systems
technologies airlines airways motors design partners capital ventures pharmaceuticals brands foods
energy bancorp bancshares insurance securities investments industries electronics software networks
communications telecom enterprises foundation institute council commission agency department
ministry school college university academy organization organisation authority alliance coalition
bureau administration hotels resorts stores restaurants brewing brewery pharma therapeutics biosciences
biotech robotics aerospace automotive semiconductor solutions services logistics petroleum mining
chemicals financial realty properties apparel cosmetics technology chem chemical air`)

// labelHeads are the last words of a record label's or a film studio's
// name ("Republic Records", "Warner Bros. Pictures", "Lionsgate Films");
// no place of eng.train or eng.testa ends in one.
var labelHeads = setOf(`records studios pictures entertainment films`)

// firmHeads are the last words of a fund manager's, an adviser's or a
// research firm's name ("Quelb Capital", "Zorbitt Partners", "Marzo
// Management"), which the tagger reads as a place (a capital city) or a
// person (a surname first); business audit, fifth: "a principal at Quelb
// Capital" gave a place and "Quimby Management" a person on made-up
// Reuters-style articles.
var firmHeads = setOf(`capital partners securities investments ventures advisors advisers management
holdings research associates`)

// headedAsOrganizations types ORGANIZATION a name of two words or more
// tagged a person that ends in a company's or institution's word
// ("Marvel Studios", "Peter Koros Design", "Boatmen's Bancshares"), or
// tagged MISC that ends in a legal suffix, not after "the" ("Zorbus SE"
// before a ticker in brackets; the thirteenth pass: every name of
// eng.train and eng.testa that ends in one is an organization) or in a
// body's head word (bodyHeadedMisc), at every mention of it.
//
// A name tagged a place is one only when it ends in a record label's or a
// film studio's word (labelHeads): "through Republic Records", which the
// tagger read as a place on a made-up music paragraph (third 2019 audit).
func headedAsOrganizations(ms []*mention, toks []token, sports *sportsCheck) {
	cued := func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location || m.t1-m.t0 < 2 {
			return false
		}
		w := strings.TrimSuffix(toks[m.t1-1].Text, ".")
		l := strings.ToLower(w)
		if m.typ == newsner.Location {
			return startsUpper(w) && (labelHeads[l] || firmHeads[l]) && !knownPlace(m.m.Text)
		}
		if m.typ == misc { // not a title's end after "the" ("History in the Making Ltd")
			return startsUpper(w) && legalSuffixes[l] && !sportsClubSuffix[l] && !(m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the")) || bodyHeadedMisc(toks, m, sports)
		}
		return startsUpper(w) && (companyHeads[l] || firmHeads[l] || legalSuffixes[l] && len(l) >= 3)
	}
	retypeByKey(ms, cued, func(m *mention) bool { return m.typ == newsner.Person || cued(m) }, newsner.Organization)
}

// leadBankWords start a Spanish, Portuguese, Italian or French bank's or
// group's name ("Banco Quelb", "Grupo Zorbix"); eng.train marks every
// name so started an organization (Banco 3 of 3).
var leadBankWords = setOf(`Banco Banca Banque Grupo Caixa`)

// leadWordsAsOrganizations types ORGANIZATION, at every mention, a name of
// two words or more tagged a place or a person that starts with a bank's
// or group's leading word (leadBankWords): "an analyst at Banco Quelb",
// which the tagger read as a place (business audit check set), and
// facilitiesAsPlaces leaves such a name alone ("Banco Base" is a bank's,
// not a base).
func leadWordsAsOrganizations(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		return (m.typ == newsner.Location || m.typ == newsner.Person) && m.t1-m.t0 >= 2 && leadBankWords[toks[m.t0].Text]
	}
	retypeByKey(ms, cued, cued, newsner.Organization)
}

// techSchoolsAsOrganizations types ORGANIZATION, at every mention, a name
// of a US state or a known place and "Tech" tagged a place or a person
// ("at Virginia Tech", "Georgia Tech's coach"): an institute of
// technology named so, which the tagger reads as the place.
func techSchoolsAsOrganizations(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		return (m.typ == newsner.Location || m.typ == newsner.Person) && m.t1-m.t0 >= 2 && toks[m.t1-1].Text == "Tech" &&
			knownPlace(joinTokens(toks[m.t0:m.t1-1]))
	}
	retypeByKey(ms, cued, func(m *mention) bool { return m.typ == newsner.Location || m.typ == newsner.Person }, newsner.Organization)
}

// sportsClubSuffix are the legal suffixes that are a club's ("FC"), which
// headedAsOrganizations leaves to the sports rules where tagged MISC.
var sportsClubSuffix = setOf(`fc afc cf`)

// countryOwnedAsOrganizations types ORGANIZATION a one-word name tagged a
// place that no list or gazetteer knows and that follows a country's name
// and "'s" ("Zorbland's Quelbcom"): what a country has that the lists do
// not know as a town is mostly a company of it; a known place stays
// ("Zorbland's Quenton"), as does a plural, a region of several ("Canada's
// Prairies", "Zorbland's Highlands"), or a name before a geographic noun
// (geoNounAfter: "Zorbland's Quelbara region").
func countryOwnedAsOrganizations(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Location || m.place || len(m.words) != 1 || strings.HasSuffix(m.words[0], "s") || m.t0 < 2 || !isPossessive(toks[m.t0-1].Text) || knownPlace(m.m.Text) || geoNounAfter(toks, m) {
			continue
		}
		if k := listKey(toks[m.t0-2].Text, newsner.Location); strings.HasPrefix(k, "iso3166:") && !strings.Contains(k, "-") {
			m.typ = newsner.Organization
		}
	}
}

// geoNounAfter reports whether a geographic noun in lower case (geoNouns)
// follows m: "Zorbland's Quelbara region" is a place of the country, not
// its company (world audit, eighteenth pass, third set: "Ethiopia's Amhara
// region", tagged a place, became an organization on a made-up
// Reuters-style article).
func geoNounAfter(toks []token, m *mention) bool {
	return m.t1 < len(toks) && geoNouns[toks[m.t1].Text]
}

// unknownPlacesAsOrganizations types ORGANIZATION, at every mention, a
// name the article tags an organization more often than a place, or as
// often where no mention tagged a place stands after "in", "near" and the
// like (strongLocatives) and none is written in capitals (a headline's or
// a table's "ST LOUIS", "MANCHESTER UNITED": towns and their clubs), or
// less often but once at least where, besides, no mention tagged a place
// stands where a place does after "at", "from", "to", "of" and the like
// (locatives: "Hotwire" 10 times a place, never so placed, once an
// organization; not "the Moon", celestialBodies), where
// no list or gazetteer knows it as a place and no mention of it stands
// before a comma and a country or state ("TAIBE, Israel", a dateline): the
// tagger guesses a name it does not know one way here and another there
// ("leadership in Civic Passion" a place after "localist group Civic
// Passion's"; "invest $200 million in Ruch" after Ruch, the company).
func unknownPlacesAsOrganizations(ms []*mention, toks []token) {
	n := map[string]int{}
	placed := map[string]bool{}  // keys a tie leaves places
	orgs := map[string]bool{}    // keys tagged an organization somewhere
	located := map[string]bool{} // keys a place's context reads as a place somewhere
	dated := map[string]bool{}   // keys of a mention before a comma and a country or state
	for _, m := range ms {
		if m.typ == newsner.Organization {
			orgs[m.key] = true
		}
		if m.typ == newsner.Location && (placeContext(toks, m.t0, m.t1, locatives) || m.t0 > 0 && locatives[strings.ToLower(toks[m.t0-1].Text)]) {
			located[m.key] = true
		}
		if (m.typ == newsner.Organization || m.typ == newsner.Location) && !hasLower(m.m.Text) {
			placed[m.key] = true
		}
		switch m.typ {
		case newsner.Organization:
			n[m.key]++
		case newsner.Location:
			n[m.key]--
			if m.t1+1 < len(toks) && toks[m.t1].Text == "," && listKey(toks[m.t1+1].Text, newsner.Location) != "" {
				n[m.key] -= len(ms) // "TAIBE, Israel"
				dated[m.key] = true
			}
			if placeContext(toks, m.t0, m.t1, strongLocatives) || m.t0 > 0 && strongLocatives[strings.ToLower(toks[m.t0-1].Text)] {
				placed[m.key] = true
			}
		}
	}
	for _, m := range ms {
		if m.typ == newsner.Location && !m.place && (n[m.key] > 0 || n[m.key] == 0 && !placed[m.key] || !dated[m.key] && orgs[m.key] && !located[m.key] && !placed[m.key] && !celestialBodies[m.m.Text]) && !knownPlace(m.m.Text) {
			m.typ = newsner.Organization
		}
	}
}

// celestialBodies are places no gazetteer lists ("pass the Moon").
var celestialBodies = setOf(`Moon Earth Sun Mars Venus Mercury Jupiter Saturn Uranus Neptune Pluto`)

// spaceBodies are the planets, dwarf planets and moons that news of space
// names, places as the page lists have them ("the Moon", "Mars", "Jupiter's
// moon Europa"); not "Sun" ("The Sun", a paper) nor "Io".
var spaceBodies = setOf(`Moon Earth Mars Venus Mercury Jupiter Saturn Uranus Neptune Pluto Ceres Charon
Europa Ganymede Callisto Titan Enceladus Triton Phobos Deimos`)

// spaceWords, in lower case, say a text is about space.
var spaceWords = setOf(`planet planets moon moons orbit orbiter orbiters spacecraft asteroid asteroids telescope
lander landers rover rovers astronaut astronauts astronomer astronomers solar`)

// spaceText reports whether toks hold a word of spaceWords.
func spaceText(toks []token) bool {
	for _, t := range toks {
		if spaceWords[t.Text] {
			return true
		}
	}
	return false
}

// spaceBodiesAsPlaces types LOCATION, in a text about space (spaceText),
// every mention of one word that is a planet's or a moon's name
// (spaceBodies) and no word of a person's name of the article ("Bruno
// Mars"): the tagger calls "Europa" an organization.
func spaceBodiesAsPlaces(ms []*mention, toks []token) {
	space := -1
	var people map[string]bool
	for _, m := range ms {
		if m.typ == newsner.Location || len(m.words) != 1 || !spaceBodies[m.m.Text] {
			continue
		}
		if space < 0 {
			space = 0
			if spaceText(toks) {
				space = 1
				people = personWords(ms, toks)
			}
		}
		if space == 1 && !people[m.words[0]] {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// knownPlace reports whether name, in any case and with or without its
// accents ("Sao Paulo"), is a place of the lists or the gazetteer.
func knownPlace(name string) bool {
	if isPlaceName(name) {
		return true
	}
	ws := strings.Fields(name)
	for i, w := range ws {
		ws[i] = titleCase(w)
	}
	title := strings.Join(ws, " ")
	return isPlaceName(title) || foldedPlaces()[foldAccents(title)]
}

var (
	foldedOnce     sync.Once
	foldedPlaceSet map[string]bool
)

// foldedPlaces returns the gazetteer's places written with accents, without
// them ("Sao Paulo" for "São Paulo").
func foldedPlaces() map[string]bool {
	foldedOnce.Do(func() {
		foldedPlaceSet = map[string]bool{}
		gz, _ := sharedGazetteer()
		if gz == nil {
			return
		}
		for p, kinds := range gz.phrases {
			if kinds&(1<<gzCountry|1<<gzPlace) == 0 {
				continue
			}
			if f := foldAccents(p); f != p {
				foldedPlaceSet[f] = true
			}
		}
	})
	return foldedPlaceSet
}

// foldAccents returns s without its combining marks ("São" -> "Sao").
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// personNouns head an apposition that says a name is a person's ("Valeska
// Paris, an Australian woman and ...", "Fowler, a lawyer and ...").
var personNouns = setOf(`woman man girl boy mother father resident student teacher lawyer veteran widow
businessman businesswoman farmer doctor nurse worker
spokesman spokeswoman spokesperson executive founder co-founder cofounder chairman chairwoman
minister adviser advisor economist strategist lawmaker senator governor mayor ambassador envoy billionaire`)

// personCue reports whether the name over tokens [t0,t1) is followed by an
// apposition only a person takes: an age ("Onarheim, 29, told Reuters"; 59
// of 59 such names in eng.train, GUM, wikigold, re3d and the tweets are
// people), or "a"/"an"/"the", up to three lower-case words or demonyms and
// a person's noun before any "of" and no noun after it ("Valeska Paris, an
// Australian woman"; 8 of 8, and "Turnhout, a group of boy scouts" is left
// alone). The roles of business and politics in personNouns and "the"
// added in the thirteenth pass ("Zorb Quelbin, the chief executive of
// Zorbco"); not a name after "the", which is no person's ("Sir Jane Doe of
// the Zorb Academy, a specialist adviser": the apposition is hers).
func personCue(toks []token, t0, t1 int) bool {
	if t1+2 >= len(toks) || toks[t1].Text != "," {
		return false
	}
	if t0 > 0 && strings.EqualFold(toks[t0-1].Text, "the") {
		return false
	}
	if w := toks[t1+1].Text; len(w) == 2 && isNumber(w) && w >= "16" && toks[t1+2].Text == "," {
		return true
	}
	if w := toks[t1+1].Text; w != "a" && w != "an" && w != "the" {
		return false
	}
	for k := t1 + 2; k < len(toks) && k <= t1+5; k++ {
		w := toks[k].Text
		if personNouns[w] {
			// Not a noun the person's word modifies: "a Democratic
			// strategy firm", "an executive search firm" are no people.
			return k+1 >= len(toks) || !lowerNoun(toks[k+1])
		}
		if r, _ := utf8.DecodeRuneInString(w); w == "of" || !unicode.IsLower(r) && !isDemonym(w) {
			return false
		}
	}
	return false
}

// personRoles, in lower case right before a name, say it is a person's
// ("Brazil star Zorbinho", "singer Quelba"): roles no organization or
// place takes (playerRoles too). The second line, added in the thirteenth
// pass, the offices of business and politics ("Zorbco founder Quelb
// Marzo", "Zorbco chief Quelb Marzo", "opposition leader Quelb Marzo"):
// the tagger reads an unknown name of two words with no first name of its
// lists an organization ("Elon Musk"); in eng.train and eng.testa every
// name right after one of these words is a person's (leader 40, spokesman
// 36, president 19, minister 12, chairman 11, chief 8, secretary 8,
// analyst 7, governor 5, spokeswoman 5, envoy 4; "manager" and "director"
// left out: "lead manager Lehman Brothers").
var personRoles = setOf(`star superstar singer rapper actor actress comedian novelist songwriter
guitarist drummer golfer boxer swimmer sprinter
founder co-founder cofounder chief boss CEO ceo chairman chairwoman executive leader spokesman spokeswoman
spokesperson president minister secretary envoy governor mayor adviser advisor lawmaker negotiator
billionaire tycoon analyst ambassador commander`)

// roleCue reports whether the name m, tagged an organization or a place,
// stands right after a person's role in lower case (personRoles,
// playerRoles): "Brazil star Zorbinho". Not a known place, a listed
// organization, or a name ending in a company's word.
func roleCue(toks []token, m *mention) bool {
	if m.t0 == 0 || !(personRoles[toks[m.t0-1].Text] || playerRoles[toks[m.t0-1].Text]) {
		return false
	}
	last := strings.ToLower(strings.TrimSuffix(toks[m.t1-1].Text, "."))
	return !knownPlace(m.m.Text) && !listedOrg(m.m.Text) && !companyHeads[last] && !legalSuffixes[last]
}

// creditVerbs are the credit line's jobs before "by" at a wire story's
// end ("Reporting by Jane Doe in Zorbville; Editing by John Roe").
var creditVerbs = setOf(`reporting editing writing`)

// creditLinePeople types PERSON a name tagged an organization, a place or
// MISC in a wire story's credit line: after "Reporting by", "Editing by"
// or "Writing by" and only capitalized words, commas and "and" ("Reporting
// by Jane Doe and Quelb Marzo in Zorbville; Editing by John Roe"), the
// staff who wrote and edited the story, while the place after "in" stays
// (business audit, fifth: a Chinese reporter's name was read as an
// organization). Not a known place, a company's name ("compiled by
// Zorbco Inc" in eng.train: hence no "compiled"), nor a bureau
// ("Reporting by Zorbville Newsroom").
func creditLinePeople(ms []*mention, toks []token) {
	for _, m := range ms {
		last := strings.ToLower(strings.TrimSuffix(toks[m.t1-1].Text, "."))
		if m.typ == newsner.Person || !creditLineName(toks, m.t0) || knownPlace(m.m.Text) || legalSuffixes[last] || companyHeads[last] ||
			m.t1 < len(toks) && strings.EqualFold(toks[m.t1].Text, "newsroom") || strings.EqualFold(toks[m.t1-1].Text, "newsroom") {
			continue
		}
		m.typ = newsner.Person
	}
}

// creditLineName reports whether the name starting at token t0 is in a
// credit line's list of staff: before it, back to "by" and a credit's job
// (creditVerbs), only capitalized words, commas and "and".
func creditLineName(toks []token, t0 int) bool {
	for k := t0 - 1; k >= 1 && k >= t0-12; k-- {
		switch w := toks[k].Text; {
		case w == "by":
			return creditVerbs[strings.ToLower(toks[k-1].Text)]
		case w == "," || w == "and" || startsUpper(w):
		default:
			return false
		}
	}
	return false
}

// cuedAsPeople types PERSON a name tagged an organization or a place that
// an apposition says is a person's somewhere in the article (personCue),
// or that stands after a person's role (roleCue), at every mention of it
// but those that stand where a place does ("in Jordan").
func cuedAsPeople(ms []*mention, toks []token) {
	orgOrPlace := func(m *mention) bool { return m.typ == newsner.Organization || m.typ == newsner.Location }
	retypeByKey(ms, func(m *mention) bool { return orgOrPlace(m) && (personCue(toks, m.t0, m.t1) || roleCue(toks, m)) }, func(m *mention) bool {
		return m.typ == newsner.Organization || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Person)
}

// Organization cues (orgCue): the roles and holdings of a company before
// "of" or "in" and its name ("chief executive officer of Petofi", "a stake
// in Ruch"), the people who watch it or work for it before "at" or "with"
// ("analysts at Indosuez", "chief technology officer at Zorbsec", "layoffs
// at Zorbly"; a director, a partner or a principal "at" too, added in the
// fifth business audit: "investment director at Quelb Zorb" gave a
// person), and what it has after its name and "'s" ("Petofi's board",
// "Ulta's shares", "Zorbly's co-founder", "Zorbly's founders", "Zorbly's app"; not what a
// person has too: a website, a stake, employees, subscribers, as a
// writer's or a video maker's "Smith's subscribers"). "the acquisition of
// Zorbly" and "shares of Zorbly" are a company's too.
var (
	orgRolesOf = setOf(`executive officer ceo cfo chairman chairwoman founder co-founder subsidiary
unit employees manager director stake shares cofounder acquisition`)
	orgWatchers = setOf(`analyst analysts economist economists strategist strategists
officer executive executives ceo cto cfo coo engineer engineers employee employees staffers layoffs
director partner principal`)
	orgPossessed = setOf(`board shares stock chairman chairwoman executives shareholders subsidiary
unit parent profit profits revenue revenues earnings sales ceo cfo headquarters workforce
founder founders co-founder cofounder app apps customers`)
)

// orgCue reports whether the name over tokens [t0,t1) stands where only
// an organization does (orgRolesOf, orgWatchers, orgPossessed; a manager
// or director only a general manager or a managing director). In
// eng.train, GUM, wikigold, re3d and the tweets, 29 of the 31 names after
// such a role and "of"/"in" that are not demonyms are organizations (the
// others known places, "Jacksonville" and "Crimea", which
// cuedAsOrganizations leaves alone), and so are the 6 names after such a
// watcher and the 8 before such a possession.
func orgCue(toks []token, t0, t1 int) bool {
	k := t0 - 1
	if k > 0 && toks[k].Text == "the" {
		k--
	}
	if k > 0 {
		switch toks[k].Text {
		case "of", "in":
			w := strings.ToLower(toks[k-1].Text)
			if orgRolesOf[w] && !(w == "manager" || w == "director") || (w == "manager" || w == "director") && k > 1 && (toks[k-2].Text == "general" || toks[k-2].Text == "managing") {
				return true
			}
		case "at", "with":
			if w := strings.ToLower(toks[k-1].Text); orgWatchers[w] && (w != "officer" || chiefOfficer(toks, k-1)) || fundManager(toks, k-1) {
				return true
			}
		case "like", "including":
			if companyKind(toks, k-1) {
				return true
			}
		case "as":
			if k > 1 && toks[k-1].Text == "such" && companyKind(toks, k-2) {
				return true
			}
		case "by":
			if publishedBy(toks, k, t0) {
				return true
			}
		}
	}
	return t1+1 < len(toks) && isPossessive(toks[t1].Text) && orgPossessed[strings.ToLower(toks[t1+1].Text)] || unitAppositive(toks, t1) || employerBeforeRole(toks, t1) || whichRunsCue(toks, t1) || groupKindCue(toks, t1) || groupBeforeName(toks, t0) || kindBeforeName(toks, t0)
}

// groupBeforeName reports whether the name that starts at token t0 stands
// right after "group" in lower case ("the rights group Quelbana", "the
// militant group Zorb Front", "telecoms group Zorbcom"): in eng.train and
// eng.testa the 23 names there are all organizations; the tagger typed a
// rights group so named a person on a made-up Reuters-style article (world
// audit, eighteenth pass, third set).
func groupBeforeName(toks []token, t0 int) bool {
	return t0 > 0 && toks[t0-1].Text == "group"
}

// kindBeforeName reports whether the name that starts at token t0 stands
// right after a kind of companies in the plural, in lower case
// (companyKind: "pharmacy chains Zorbo and Quelbix", "carmakers Zorbia
// Motors and ..."): the list's names are companies, as after "chains
// like"; coordinatedAsOrganizations takes the rest of the list (December
// 2020 audit: "Pharmacy chains Boots and Superdrug" left "Boots" untagged
// and typed "Superdrug" a person). One space apart only (not a heading's
// "sites" and a paragraph's first word), not a first name ("publishers
// Jann Wenner" are the people), nor after "publishers", who are people
// too.
func kindBeforeName(toks []token, t0 int) bool {
	if t0 == 0 || toks[t0].Start-toks[t0-1].End != 1 || firstName(toks[t0].Text) {
		return false
	}
	w := toks[t0-1].Text
	return w == strings.ToLower(w) && w != "publishers" && companyKind(toks, t0-1)
}

// publishedBy reports whether token k is the "by" of "published by" (two
// words at most between: "published this month by") and the name after
// it, at token t0, starts with no first name: a book's or a paper's
// publisher, an organization (eng.train: "published by Deutsche Lufthansa
// AG", "published by Prensa Latina"); "published by Jane Quimble" names
// its author.
func publishedBy(toks []token, k, t0 int) bool {
	if toks[k].Text != "by" || firstName(toks[t0].Text) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].Text == "published" {
			return true
		}
		if !isLetters(toks[j].Text) {
			return false
		}
	}
	return false
}

// groupKinds say, before "group", what kind of body a named group is
// ("human rights group", "media group", "rebel group").
var groupKinds = setOf(`rights media advocacy opposition rebel militant activist lobby campaign watchdog
environmental`)

// groupKindCue reports whether the name that ends before token t1 stands
// before a group's kind (groupKinds), after at most one lower-case word,
// and "group": the body's own name ("the Viasna human rights group", which
// the tagger typed a place; world news audit). cuedAsOrganizations leaves
// known places alone ("the Hong Kong media group").
func groupKindCue(toks []token, t1 int) bool {
	for k := t1; k < len(toks) && k <= t1+2; k++ {
		w := toks[k].Text
		if w != strings.ToLower(w) {
			return false
		}
		if groupKinds[w] {
			return k+1 < len(toks) && toks[k+1].Text == "group"
		}
	}
	return false
}

// businessVerbs, after a name, a comma and "which", say what a company
// does with what it holds ("Zorbco, which manages $2 billion"); "bought"
// and "acquired" added for issue 11 ("Zorbco, which bought a majority of
// Quelb Cosmetics": what buys a company is one).
var businessVerbs = setOf(`manages owns operates runs controls makes sells invests lends insures
publishes manufactures bought acquired`)

// whichRunsCue reports whether the name that ends before token t1 stands
// before a comma, "which" and a business's verb (businessVerbs): a thing,
// not a person (who), that manages or owns, a company ("a principal at
// Quelb Capital, which manages IPO funds"; business audit, fifth: such a
// fund manager tagged LOC on a made-up Reuters-style article).
// cuedAsOrganizations leaves known places ("Norway, which owns 67%") alone.
func whichRunsCue(toks []token, t1 int) bool {
	return t1+2 < len(toks) && toks[t1].Text == "," && toks[t1+1].Text == "which" && businessVerbs[toks[t1+2].Text]
}

// companyRoles, right after a name and before a person's, say the name is
// the company the person founded or runs ("Zorbco founder Quelb Marzo");
// "chief" only before a company officer's word ("Zorbco chief executive").
var (
	companyRoles  = setOf(`founder co-founder cofounder CEO ceo`)
	chiefOfficers = setOf(`executive financial operating technology`)
)

// employerBeforeRole reports whether the name that ends before token t1
// stands before a company's role (companyRoles, "chief executive") and a
// capitalized word, the person's name: "Zorbco founder Quelb Marzo",
// "Zorbco chief executive Quelb Marzo", where the tagger read the company
// as a person (business audit, fifth: "Nikola founder Trevor Milton" gave
// PER "Nikola" on a made-up Reuters-style article). Not "chairman",
// which a country's body has too, nor "chief" alone ("Zorbia chief
// negotiator").
func employerBeforeRole(toks []token, t1 int) bool {
	k := t1
	if k < len(toks) && companyRoles[toks[k].Text] {
		k++
	} else if k+1 < len(toks) && toks[k].Text == "chief" && chiefOfficers[toks[k+1].Text] {
		k += 2
		if k < len(toks) && toks[k].Text == "officer" {
			k++
		}
	} else {
		return false
	}
	return k < len(toks) && startsUpper(toks[k].Text) && isLetters(toks[k].Text)
}

// unitWords say, before "of", what part of a group a company is.
var unitWords = setOf(`unit subsidiary division arm affiliate part`)

// unitAppositive reports whether the name that ends before token t1 stands
// before a comma and what part of a group it is: ", a unit of", ", now part
// of", ", a subsidiary of" and a capitalized name ("Westinghouse, a unit of
// Zorbco", "Quimby Ross, now part of Zorbitt"): a company; the tagger read
// "Quimby Ross" as a person.
func unitAppositive(toks []token, t1 int) bool {
	j := t1 + 1
	if t1 >= len(toks) || toks[t1].Text != "," {
		return false
	}
	if j < len(toks) && toks[j].Text == "now" {
		j++
	}
	if j < len(toks) && (toks[j].Text == "a" || toks[j].Text == "an") {
		j++
	}
	return j+2 < len(toks) && unitWords[toks[j].Text] && toks[j+1].Text == "of" && startsUpper(toks[j+2].Text)
}

// fundManager reports whether token k is "manager" after "fund",
// "portfolio" or "investment" ("a portfolio manager at Ninety Quelb"):
// one works at a firm, while a plain manager works at a hotel or a place
// too (orgWatchers leave "manager" out); regional audit, nineteenth pass:
// a fund firm named by number words was read as a place.
func fundManager(toks []token, k int) bool {
	return k > 0 && toks[k].Text == "manager" && (toks[k-1].Text == "fund" || toks[k-1].Text == "portfolio" || toks[k-1].Text == "investment")
}

// chiefOfficer reports whether the officer at token k is a chief one
// ("chief technology officer at Zorbsec"): a security or police officer
// stands at a place too ("a security officer at Heathrow").
func chiefOfficer(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if strings.EqualFold(toks[j].Text, "chief") {
			return true
		}
	}
	return false
}

// companyKinds, before "like", "including" or "such as" and a name, say
// it is a company's ("sites like Zorbly", "manufacturers including
// Quelbix"); coordinatedAsOrganizations takes the rest of the list.
var companyKinds = setOf(`companies firms startups start-ups brands retailers manufacturers automakers
carmakers makers sites websites apps platforms outlets publishers lenders airlines labels studios chains`)

// placeSites are the words that make the sites before "like" places, not
// the web's ("archaeological sites like Gobekli Tepe", "test sites like
// Semipalatinsk", "polling sites like Quelbville High School").
var placeSites = setOf(`archaeological heritage historic historical test testing launch nuclear polling
voting construction burial holy sacred religious pilgrimage tourist military missile drilling mining
landfill camp camping crash disaster memorial cultural industrial storage dump waste`)

// companyKind reports whether token j is a kind of companies
// (companyKinds), "sites" not after a place's word (placeSites).
func companyKind(toks []token, j int) bool {
	w := strings.ToLower(toks[j].Text)
	return companyKinds[w] && (w != "sites" || j == 0 || !placeSites[strings.ToLower(toks[j-1].Text)])
}

// miscNoun reports whether m, tagged MISC, is a name used as a noun: no
// demonym, no "-based", not before a word in lower case ("the Tibetan
// government").
func miscNoun(toks []token, m *mention) bool {
	if isDemonym(m.m.Text) || strings.Contains(m.m.Text, "-") {
		return false
	}
	if m.t1 < len(toks) {
		r, _ := utf8.DecodeRuneInString(toks[m.t1].Text)
		return !unicode.IsLower(r)
	}
	return true
}

// companyNouns say what kind of company a name is, in a word right before
// it ("the startup Zorbly", "retailer Zorbly", "giant telecom Zorbly") or
// ending an apposition after it ("Zorbly, an Internet security firm"):
// words no person or place is called. "maker" added in the December 2020
// audit (", a Swedish maker of temperature-controlled containers" left the
// maker untagged; the trades' makers are one word: "filmmaker").
var companyNouns = setOf(`company firm startup start-up retailer automaker carmaker chipmaker drugmaker
conglomerate telecom lender airline brewer app platform website brand manufacturer consultancy bank utility maker
group lobby seller`)

// firmPlurals are the trades a firm is named by in the plural after its
// name, a comma and "the" ("Zorbitt, the shareholder advisers", "Quell &
// Quimby, the lawyers"): one name that is many people is a firm
// (companyCue). Only after the name: before names the plural is the
// people's ("analysts Jane Doe and John Roe").
var firmPlurals = setOf(`advisers advisors consultants lobbyists auditors accountants lawyers solicitors
brokers bankers architects engineers builders developers pollsters`)

// firmPlural reports whether token k, in the words after a name that ends
// before token t1, a comma and "the", is a trade in the plural
// (firmPlurals).
func firmPlural(toks []token, t1, k int) bool {
	return firmPlurals[toks[k].Text] && toks[t1+1].Text == "the"
}

// companyCue reports whether the name over tokens [t0,t1) is one the
// article calls a company: a company's noun right before it ("the startup
// Zorbly") or "a", "an" or "the", up to four words before any "of" and a
// company's noun right after it and a comma ("Zorbly, an Internet and
// network security firm"; personCue's shape), where the name stands after
// no "in"-like word (strongLocatives: not "power in the Northeast, a New
// York start-up came up with").
func companyCue(toks []token, t0, t1 int) bool {
	if t0 > 0 && companyNouns[toks[t0-1].Text] {
		return true
	}
	if t1+2 >= len(toks) || toks[t1].Text != "," {
		return false
	}
	if w := toks[t1+1].Text; w != "a" && w != "an" && w != "the" {
		return false
	}
	k := t0 - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k >= 0 && strongLocatives[toks[k].Text] {
		return false // "power in the Northeast, a New York start-up came up with"
	}
	for k := t1 + 2; k < len(toks) && k <= t1+6; k++ {
		w := toks[k].Text
		if companyNouns[w] || firmPlural(toks, t1, k) {
			// Not "a company's founder", nor a noun the company's word
			// modifies: "an app developer", "a company spokesman", "an
			// airline pilot", "a telecom analyst" are people.
			return k+1 >= len(toks) || !isPossessive(toks[k+1].Text) && !lowerNoun(toks[k+1]) || companysHolder(toks, k+1)
		}
		if w == "of" || !isLetters(strings.ReplaceAll(w, "-", "")) && !isPossessive(w) { // "the employers' lobby"
			return false
		}
	}
	return false
}

// holderWords, after a company's noun and "'s", say the name is the
// company that holds it ("Zorbco, the airline's parent").
var holderWords = setOf(`parent owner`)

// companysHolder reports whether token k is "'s" and a holder's word
// (holderWords) after a company's noun: the name the apposition follows
// owns a company, so is one (December 2020 audit: "inject money into
// Hanjin KAL, the airline's parent" typed a person); "a company's
// founder" stays a person's apposition.
func companysHolder(toks []token, k int) bool {
	return k+1 < len(toks) && isPossessive(toks[k].Text) && holderWords[toks[k+1].Text]
}

// lowerNoun reports whether t is a noun in lower case.
func lowerNoun(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r) && strings.HasPrefix(t.Tag, "NN")
}

// cuedAsOrganizations types ORGANIZATION a name tagged a person or a place
// (or MISC, used as a noun and not after "the": "the CEO of Hipcricket, a
// mobile marketing company", not an event's "apps like the Olympics"),
// known as no place, that the article puts where only an organization
// stands (orgCue) somewhere, or calls a company (companyCue; not a name
// starting with a first name), at every mention of it but those that stand
// where a place does ("in Petofi").
func cuedAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if !(personOrPlace(m) || m.typ == misc && miscNoun(toks, m) && !(m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the"))) {
			return false
		}
		return (orgCue(toks, m.t0, m.t1) || companyCue(toks, m.t0, m.t1) && !firstName(m.m.Text)) && !knownPlace(m.m.Text) || companyBeforeTown(toks, m)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || m.typ == newsner.Location && (!placeContext(toks, m.t0, m.t1, strongLocatives) || cueAfterIn(toks, m))
	}, newsner.Organization)
}

// cueAfterIn reports whether m, a mention after "in" or "of", is itself
// where only an organization stands (orgCue: "a stake in Zorbix", "shares
// in Zorbix", "chief executive of Zorbix"): the word before "in" says it
// is no place, so the mention the cue is read from is retyped with the
// others (regional audit, nineteenth pass: "owns a stake in Zorbix" kept
// LOC while the article's other mentions became an organization).
func cueAfterIn(toks []token, m *mention) bool {
	return orgCue(toks, m.t0, m.t1)
}

// saidItAsOrganizations types ORGANIZATION, at every mention, a one-word
// name tagged a person that the article has say "it" ("Zorbix said it
// would ...", "Zorbix said on Monday it had ..."): a company speaking of
// itself, which Reuters-style news never writes of a person; the tagger
// reads an unknown Japanese, Korean or Indonesian company's name as a
// person's (regional audit, nineteenth pass: 4 of 4 such names typed
// PERSON on made-up Reuters-style articles). Not a first name, a name
// after an honorific, nor the last word of a person's longer name in the
// article ("Jane Doe ... Doe said it was").
func saidItAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1 && saidItCue(toks, m.t1) && !firstName(m.m.Text) && !afterHonorific(toks, m.t0) && !anyIn(m.words, lazyPersonWords(&people, ms, toks))
	}, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1
	}, newsner.Organization)
}

// memberWords, after a group's name, say its people act for it
// ("Greenpeace activists climbed ...").
var memberWords = setOf(`activists campaigners volunteers`)

// activistsAsOrganizations types ORGANIZATION, at every mention, a
// one-word name tagged a person right before "activists", "campaigners"
// or "volunteers": the group they act for (December 2020 audit:
// "Greenpeace activists climbed" gave PER "Greenpeace"). Not a first name,
// nor a word of a person's longer name in the article ("Navalny
// activists" beside "Alexei Navalny").
func activistsAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1 && m.t1 < len(toks) && memberWords[toks[m.t1].Text] && !firstName(m.m.Text) && !anyIn(m.words, lazyPersonWords(&people, ms, toks))
	}, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1
	}, newsner.Organization)
}

// familyNamesAsPeople types PERSON, at every mention, a one-word name
// tagged a place right before "family" in lower case that is no known
// place: a family's surname ("members of the Sackler family", which the
// tagger typed a place; December 2020 audit), as eng.train marks "the
// Sanchez Zarraga family" and eng.testa "the Wang family"; a known place
// stays one ("a County Antrim family").
func familyNamesAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Location && m.t1-m.t0 == 1 && m.t1 < len(toks) && toks[m.t1].Text == "family" && !knownPlace(m.m.Text)
	}, func(m *mention) bool {
		return m.typ == newsner.Location && m.t1-m.t0 == 1
	}, newsner.Person)
}

// bodyNouns, in lower case before a comma, "the" and a name, say what
// public body the name is ("the competition authority, the Zorbamt,").
var bodyNouns = setOf(`authority regulator watchdog agency office ministry commission`)

// bodyAppositionsAsOrganizations types ORGANIZATION, at every mention, a
// name tagged a person, MISC (no demonym) or a place no list knows that
// stands after a body's noun (bodyNouns), a comma and "the", and before a
// comma or "said": the body's own name in apposition ("Zorbia's
// competition authority, the Bundeskartellamt, said", which the tagger
// typed MISC; December 2020 audit).
func bodyAppositionsAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location || isDemonym(m.m.Text) || knownPlace(m.m.Text) {
			return false
		}
		return m.t0 >= 3 && toks[m.t0-1].Text == "the" && toks[m.t0-2].Text == "," && bodyNouns[toks[m.t0-3].Text] &&
			m.t1 < len(toks) && (toks[m.t1].Text == "," || toks[m.t1].Text == "said")
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// allianceNamesAsOrganizations types ORGANIZATION, at every mention, a
// one-word name tagged a person, MISC or a place no list knows, no
// demonym and no hyphened word ("Saudi-led"), that stands before one word
// in lower case and "alliance" or "coalition": the alliance's own name
// ("the Gavi vaccine alliance said", which the tagger typed MISC;
// December 2020 audit).
func allianceNamesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location || m.t1-m.t0 != 1 || isDemonym(m.m.Text) || strings.Contains(m.m.Text, "-") || knownPlace(m.m.Text) {
			return false
		}
		k := m.t1
		return k+1 < len(toks) && lowerNoun(toks[k]) && (toks[k+1].Text == "alliance" || toks[k+1].Text == "coalition")
	}, func(m *mention) bool {
		return m.t1-m.t0 == 1 && (m.typ == newsner.Person || m.typ == misc || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives))
	}, newsner.Organization)
}

// ownedNamesAsOrganizations types ORGANIZATION, at every mention but
// those that stand where a place does, a name tagged a place after "owner
// of" or "owners of" that is no country and no facility's or ground's
// name: what a company owns by name is a company or a brand ("Natura &Co,
// the Brazilian owner of Avon", where the tagger read the cosmetics brand
// as the English county; December 2020 audit).
func ownedNamesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Location || m.t0 < 2 || toks[m.t0-1].Text != "of" || toks[m.t0-2].Text != "owner" && toks[m.t0-2].Text != "owners" {
			return false
		}
		last := m.words[len(m.words)-1]
		return !facilityHeads[last] && !groundHeads[last] && !strings.HasPrefix(listKey(m.m.Text, newsner.Location), "iso3166:")
	}, func(m *mention) bool {
		return m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// ampersandNamesAsOrganizations types ORGANIZATION, at every mention, a
// name tagged a person with an ampersand among its words ("Natura &Co",
// "Quelb & Marzo"): one person's name never holds "&", a firm's named for
// its founders or its brands does; the tagger read a cosmetics group's
// "Natura &Co" as a person (December 2020 audit).
func ampersandNamesAsOrganizations(ms []*mention) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && len(m.words) > 1 && ampersandWord(m.words)
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// ampersandWord reports whether a word of words is or starts with "&"
// ("&", "&co").
func ampersandWord(words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, "&") {
			return true
		}
	}
	return false
}

// ownedAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person that stands before a comma, "owned by" and a
// capitalized name ("Rival Zorbix, owned by Quelb Hero, said ..."): what
// is owned is no person; the tagger read an unknown Korean company's name
// as a person's (regional audit, nineteenth pass). Not a first name, nor
// the last word of a person's longer name in the article.
func ownedAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && ownedByCue(toks, m.t1) && !firstName(m.m.Text) && !anyIn(m.words, lazyPersonWords(&people, ms, toks))
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// ownedByCue reports whether a comma, "owned by" and a capitalized word
// start at token k.
func ownedByCue(toks []token, k int) bool {
	return k+3 < len(toks) && toks[k].Text == "," && toks[k+1].Text == "owned" && toks[k+2].Text == "by" && startsUpper(toks[k+3].Text)
}

// saidItCue reports whether "said", an optional "on" and weekday, and "it"
// or "its" before a word in lower case start at token k.
func saidItCue(toks []token, k int) bool {
	if k >= len(toks) || toks[k].Text != "said" {
		return false
	}
	k++
	if k+1 < len(toks) && toks[k].Text == "on" && weekdays[toks[k+1].Text] {
		k += 2
	}
	return k+1 < len(toks) && (toks[k].Text == "it" || toks[k].Text == "its") && !startsUpper(toks[k+1].Text) && isLetters(toks[k+1].Text)
}

// partyNamesAsOrganizations types ORGANIZATION, at every mention but those
// that stand where a place does, a name tagged a person or a place that
// stands right before "party" in lower case ("his Zorbo Hope party", "the
// Quelb party of Marla Quonk"): a party's name, even one a gazetteer knows
// as a town (world audit, eighteenth pass: "his New Hope party" gave LOC
// on a made-up Reuters-style article). In eng.train and eng.testa the names
// before "party" are organizations but for party adjectives ("Democratic",
// "Nazi"), MISC, which this leaves alone; a country's name stays a place
// ("a Zorbia party" is a party held there).
func partyNamesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return personOrPlace(m) && m.t1 < len(toks) && toks[m.t1].Text == "party" && !isDemonym(m.m.Text) && !strings.HasPrefix(listKey(m.m.Text, newsner.Location), "iso3166:")
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// knownAsOrganizations types ORGANIZATION, at every mention but those
// that stand where a place does, a name tagged a person, a place or MISC
// that an organization's name is said to be known or called by ("The
// Zorbia Health Foundation, known as Zorbcruz,", "... , also called
// Quelbco"): another name of the same thing (fourth audit: "The Oswaldo
// Cruz Foundation, known as Fiocruz," gave LOC "Fiocruz" on a made-up
// Reuters-style article).
func knownAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return (personOrPlace(m) || m.typ == misc) && knownAsOrg(ms, toks, m)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// knownAsOrg reports whether m stands after an organization's mention, a
// comma and "known as" or "called" ("also" or "commonly" may come between
// the comma and the verb).
func knownAsOrg(ms []*mention, toks []token, m *mention) bool {
	k := m.t0 - 1
	if k < 2 || toks[k].Text != "as" && toks[k].Text != "called" {
		return false
	}
	if toks[k].Text == "as" {
		if toks[k-1].Text != "known" {
			return false
		}
		k--
	}
	k--
	if k > 0 && (toks[k].Text == "also" || toks[k].Text == "commonly") {
		k--
	}
	if k < 1 || toks[k].Text != "," {
		return false
	}
	for _, n := range ms {
		if n.t1 == k && n.typ == newsner.Organization {
			return true
		}
	}
	return false
}

// companyBeforeTown reports whether m, a known place's name tagged a
// place, stands right after a company's noun ("startup Aurora", "lender
// Santander") and is no listed place (a country, a US state): a company
// named for a town, which the tagger reads as the town, a first name or
// not (fourth audit: "sell its unit to startup Aurora" gave LOC "Aurora"
// on a made-up Reuters-style article; companyCue's other cues stay off
// known places and first names).
func companyBeforeTown(toks []token, m *mention) bool {
	return m.typ == newsner.Location && m.t0 > 0 && companyNouns[toks[m.t0-1].Text] && knownPlace(m.m.Text) && listKey(m.m.Text, newsner.Location) == ""
}

// vesselWords and workWords say that the name right after them is a
// ship's ("the cruise ship Freewinds", "the aircraft carrier Carl Vinson")
// or a film's, book's or record's ("the 1969 film Easy Rider"): MISC in
// CoNLL-2003, which every name after one of them is in eng.train, GUM,
// wikigold, re3d and the tweets.
var (
	vesselWords = setOf(`ship ships vessel yacht tanker freighter liner submarine frigate destroyer warship
cruiser`)
	workWords = setOf(`film movie novel book album song documentary`)
)

// showWords name a show, a programme or a game in lower case right
// before its name ("the TV series Quelb Ridge", "the podcast Zorbcast",
// "the musical Quimby"): works, MISC as a film is. Only in lower case:
// "the World Series" ends a name, and the word before a team there
// ("World Series Zorbos") is no work's.
var showWords = setOf(`series miniseries docuseries sitcom podcast musical videogame`)

// showWord reports whether token k is a show's word (showWords), or
// "show" or "game" after "TV", "talk", "reality" or "video" ("the reality
// show Zorb Island", "the video game Quelbcraft"): "show" and "game"
// alone are also a verb and a match's.
func showWord(toks []token, k int) bool {
	w := toks[k].Text
	if showWords[w] {
		return true
	}
	if (w == "show" || w == "game") && k > 0 {
		switch toks[k-1].Text {
		case "TV", "talk", "reality", "video":
			return true
		}
	}
	return false
}

// ownerWords stand before a work's word whose name follows after a comma
// ("his book, Ember Street,").
var ownerWords = setOf(`his her their its my our your`)

// singleLeads stand before "single" when it is a record's ("the single
// Paper Moon", "her debut single Quelb"), not a hit's in a baseball
// report ("an RBI single").
var singleLeads = setOf(`the new debut hit lead latest first second`)

// workWordBefore reports whether a work's word stands before m with a
// title's "The" between ("the novel The Salt Road", the "The" outside the
// span), or after an owner's word and before a comma with the name then
// closed by a comma or a full stop ("his book, Ember Street, sold well":
// an apposition, not "In his book, Quimby writes"), or whether m follows
// a record's "single" (singleLeads): works, MISC, as worksAndVesselsAsMisc
// takes them right after the word.
func workWordBefore(toks []token, m *mention) bool {
	k := m.t0 - 1
	if k < 0 {
		return false
	}
	if k > 0 && toks[k].Text == "The" && workWords[toks[k-1].Text] {
		return true
	}
	if toks[k].Text == "single" && k > 0 && singleLeads[strings.ToLower(toks[k-1].Text)] {
		return true
	}
	if toks[k].Text != "," || k < 2 || !workWords[toks[k-1].Text] || !ownerWords[strings.ToLower(toks[k-2].Text)] {
		return false
	}
	return m.t1 < len(toks) && (toks[m.t1].Text == "," || toks[m.t1].Text == ".")
}

// worksAndVesselsAsMisc makes MISC, so not emitted, every mention of a
// name that a vessel's or a work's word (workWords, showWord) stands right
// before somewhere in the article ("aircraft carrier" as well, not an airline's "carrier"),
// unless it is a known place, or, after a work's word, a person's name
// that starts with a first name ("a book John Smith wrote"; a ship is
// named after a person, "the aircraft carrier Carl Vinson").
func worksAndVesselsAsMisc(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		if m.t0 == 0 || !m.typ.Valid() {
			return false
		}
		w := strings.ToLower(toks[m.t0-1].Text)
		vessel := vesselWords[w] || (w == "carrier" || w == "carriers") && m.t0 > 1 && strings.EqualFold(toks[m.t0-2].Text, "aircraft")
		return (vessel || workWords[w] || showWord(toks, m.t0-1) || workWordBefore(toks, m)) && !knownPlace(m.m.Text) && (vessel || m.typ != newsner.Person || !firstName(m.m.Text))
	}
	retypeByKey(ms, cued, func(*mention) bool { return true }, misc)
}

// workPlurals name works in the plural before a list of their titles
// ("seven rock tracks, including ...", "novels such as ..."). Not
// "hits", "singles" or "records", a game's in a sports report (eng.train:
// "two hits, including a homer, ... the Texas Rangers").
var workPlurals = setOf(`films movies novels books albums songs tracks documentaries`)

// listedWorksAsMisc makes MISC, so not emitted, every mention of a name
// that stands in a list of titles a work's plural opens (workPlurals, then
// an optional comma and "including", "like" or "such as"): "classic rock
// tracks, including Born to Ride and The Road to Zorb", whose words the
// tagger reads as places. The list runs to the sentence's end, a
// semicolon or a "by" (its maker's name after: "songs like Quelb by Jane
// Quimble"), at most 16 tokens, and takes no known place or listed
// organization.
func listedWorksAsMisc(ms []*mention, toks []token) {
	var in map[*mention]bool
	j := 0
	for k := 1; k+1 < len(toks); k++ {
		if !workPlurals[strings.ToLower(toks[k].Text)] {
			continue
		}
		c := k + 1
		if toks[c].Text == "," {
			c++
		}
		switch {
		case c < len(toks) && (toks[c].Text == "including" || toks[c].Text == "like"):
			c++
		case c+1 < len(toks) && toks[c].Text == "such" && toks[c+1].Text == "as":
			c += 2
		default:
			continue
		}
		end := c
		for end < len(toks) && end < c+16 && toks[end].Text != "." && toks[end].Text != ";" && toks[end].Text != "by" {
			end++
		}
		for j < len(ms) && ms[j].t0 < c {
			j++
		}
		for i := j; i < len(ms) && ms[i].t1 <= end; i++ {
			if m := ms[i]; m.typ.Valid() && !knownPlace(m.m.Text) && !listedOrg(m.m.Text) {
				if in == nil {
					in = map[*mention]bool{}
				}
				in[m] = true
			}
		}
	}
	if in != nil {
		retypeByKey(ms, func(m *mention) bool { return in[m] }, func(*mention) bool { return true }, misc)
	}
}

// productNouns, right after a name, say it is a product's: a device's,
// an app's, a craft's ("the Zorbly app", "a Quelbix smartphone", "the
// Zorb-7 satellite", "the Quimby browser update"), MISC in CoNLL-2003
// ("Windows NT operating system", "Java software" in eng.train). Singular
// only: a plural after a name is as often its maker's ("Zorbco phones").
// Not "game", "series" or "season" (a team's: "the Giants game"), nor
// "service" or "newsletter" (a company's or a publisher's: "Status Weekly
// newsletter", ORG in eng.train). "platform" is a product's too ("the
// Zorbo platform" a carmaker builds its models on, a vehicle or software
// base): left out at first for a company's, it moved no set but
// news-pages-a (an automaker's platform, ORG -> MISC), and a listed
// company's platform stays the company's ("the Facebook platform").
var productNouns = setOf(`app smartphone handset tablet browser console headset laptop smartwatch
satellite spacecraft platform`)

// componentNouns name software and parts, which follow their maker's name
// as often as a product's ("SolarWinds software", "a Zorbco chip", "the
// Quelb update": the company, ORG), so productsBeforeNounsAsMisc does not
// take them; after a version's number they are the product's ("the
// Tessera 2 chip", versionedNamesAsMisc). Left out of productNouns after
// a merge check: on the dev sets they moved modern-web only (0.6268 ->
// 0.6272) and made "through Zorbco software" no company.
var componentNouns = setOf(`software firmware update upgrade chip chipset processor`)

// productNounAfter reports whether m stands right before a product's
// noun (productNouns) in lower case, a hyphen's compound aside ("the
// Zorbly app", not "the Zorbly app-maker"), or before its maker's name
// (productsMaker: "Zorbphone maker Quelbco").
func productNounAfter(toks []token, m *mention) bool {
	return m.t1 < len(toks) && productNouns[toks[m.t1].Text] || productsMaker(toks, m)
}

// productsMaker reports whether m stands before "maker" or "makers" and a
// capitalized word: the maker's name after its product's ("Zorbphone
// maker Quelbco"), as news writes a company by what it makes.
func productsMaker(toks []token, m *mention) bool {
	return m.t1+1 < len(toks) && (toks[m.t1].Text == "maker" || toks[m.t1].Text == "makers") && startsUpper(toks[m.t1+1].Text)
}

// productsBeforeNounsAsMisc makes MISC, so not emitted, every mention of
// a name tagged an organization, a person or a place that stands right
// before a product's noun somewhere in the article (productNounAfter: "the
// Zorbly app", "the Quelbix smartphone"), unless it is a listed
// organization or brand, or a known place, whose name stands for what it
// makes or hosts ("the Google app", "the Facebook app").
func productsBeforeNounsAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && m.typ != misc && productNounAfter(toks, m) && !makerOrPlace(m.m.Text) && !acting.acts(m.key)
	}, func(*mention) bool { return true }, misc)
}

// companyActs are the verbs of a company, or a person, that a product's
// name does not stand before as their subject: "Zorbly said", "Zorbly
// acquired", "Zorbly posted a loss".
var companyActs = setOf(`said says told announced acquired bought sued hired employs sells posted declined confirmed
denied unveiled introduced shipped reported plans`)

// companiesActing returns the keys of the mentions that act as a company
// somewhere in the article: before a company's verb (companyActs) or where
// only an organization stands (orgCue: "shares of Zorbly", "Zorbly's
// chief executive"). A company named as its product is ("BlackBerry",
// "Zoom") is the company there.
func companiesActing(ms []*mention, toks []token) map[string]bool {
	acting := map[string]bool{}
	for _, m := range ms {
		if m.t1 < len(toks) && companyActs[toks[m.t1].Text] || orgCue(toks, m.t0, m.t1) {
			acting[m.key] = true
		}
	}
	return acting
}

// actingCompanies answers companiesActing for one article, once, when a
// product rule first asks: the five product rules share it (they change
// types, not keys, and companiesActing reads only keys and tokens), and an
// article with no product's cue makes no pass.
type actingCompanies struct {
	ms   []*mention
	toks []token
	keys map[string]bool // nil until first asked
}

// acts reports whether the mentions of key act as a company somewhere in
// the article (companiesActing).
func (a *actingCompanies) acts(key string) bool {
	if a.keys == nil {
		a.keys = companiesActing(a.ms, a.toks)
	}
	return a.keys[key]
}

// makerOrPlace reports whether name is a listed organization or brand or
// a known place, which the product rules leave as they are: such a name
// before a product's word stands for its maker or its host ("the Google
// app", "Zorbco's YouTube", "download Spotify").
func makerOrPlace(name string) bool {
	return listedOrg(name) || listKey(name, newsner.Organization) != "" || brandName(name) || knownPlace(name)
}

// numberedHeads end the name of a thing that is numbered but no product:
// a road, a site, a unit, a broadcaster, a district ("Route 66", "Terminal
// 5", "Local 32", "Channel 4", "Ward 3", "Studio 54"); with the facilities'
// words (facilityHeads), media words (mediaWords) and the places', the
// organizations' and the companies' head words.
var numberedHeads = setOf(`route interstate freeway exit junction terminal pier gate platform runway dock
local district ward precinct zone area sector block lot camp room hall studio level floor hangar
tv fm am group team squad company battalion brigade regiment division fleet column corps`)

// versionNumber reports whether mention m is a name and a version's or a
// model's number: its last token a number of one to four digits after a
// capitalized word ("Zorbcraft 3", "Quelbix 2020"), or, m tagged no
// person, a number of one or two digits right after it and then, on the
// same line, a verb, a modal, a preposition or a product's noun
// (versionFollower: "Zorbcraft 3 sold", "the Quelbix 2 chip"; not "Zorbia 40 years
// ago", nor a results table's "Zorbco 31" and a new line). Not a numbered
// road, site, unit or broadcaster (numberedHeads, facilityHeads,
// mediaWords, orgHeads, companyHeads, networks: "Route 66", "Channel 4"),
// a number after "No" ("Hospital No 31"), a name in capitals (a
// headline's: "DIARIO 16"), nor a known place's number ("Europe 1" radio).
func versionNumber(text string, toks []token, m *mention) bool {
	var name int // the end of the name's words
	switch {
	case m.t1-m.t0 > 1 && isNumber(toks[m.t1-1].Text) && len(toks[m.t1-1].Text) <= 4:
		name = m.t1 - 1
	case m.typ != newsner.Person && m.t1+1 < len(toks) && isNumber(toks[m.t1].Text) && len(toks[m.t1].Text) <= 2 && versionFollower(toks[m.t1+1]) &&
		!strings.ContainsRune(text[toks[m.t1-1].BEnd:toks[m.t1+1].BStart], '\n'):
		name = m.t1
	default:
		return false
	}
	last := toks[name-1].Text
	l := strings.ToLower(strings.TrimSuffix(last, "."))
	if !startsUpper(last) || l == "no" || numberedHeads[l] || facilityHeads[l] || mediaWords[l] || orgHeads[l] || companyHeads[l] || placeHeads[l] || roadWords[last] || networks[last] {
		return false
	}
	words := text[toks[m.t0].BStart:toks[name-1].BEnd]
	return words != strings.ToUpper(words) && !knownPlace(words)
}

// versionFollower reports whether t may follow a version's number: a
// verb, a modal, a preposition or a product's noun (productNouns). Not a
// full stop: a score of Australian rules ends so ("Zorbo 9." and "9 (63)"
// on the next line); nor a market's verb (marketVerbs: "Quelbco Falcon
// 12 rose", a price or a fund's number).
func versionFollower(t token) bool {
	return (strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "IN" || productNouns[t.Text] || componentNouns[t.Text]) && !marketVerbs[t.Text]
}

// marketVerbs say how a price or a figure moved.
var marketVerbs = setOf(`rose fell gained lost climbed dropped jumped slipped added eased rises falls gains
climbs drops jumps slips adds eases`)

// versionedNamesAsMisc makes MISC, so not emitted, every mention of a
// name the article writes with a version's or a model's number
// (versionNumber: "Zorbcraft 3", "Quelbix 2020", "the Tessera 2 chip"),
// and of the name without its number ("Zorbcraft" beside "Zorbcraft
// 3"): a product, a game, a sequel or an edition, MISC in CoNLL-2003
// (names ending in a number in eng.train and eng.testa: 50 MISC, 6 ORG,
// 4 LOC: "Windows 95", "Airbus 310", "Euro 96"); not in a sports report
// (clubs: "Schalke 04"), nor a person starting with a first name, a known
// place, a listed organization or brand, or a name the article has act as
// a company (companiesActing).
func versionedNamesAsMisc(text string, ms []*mention, toks []token, sports *sportsCheck, acting *actingCompanies) {
	var names map[string]bool
	for _, m := range ms {
		if !m.typ.Valid() || m.typ == misc || !versionNumber(text, toks, m) || m.typ == newsner.Person && firstName(m.m.Text) {
			continue
		}
		if sports.is() {
			return
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[m.key] = true
		if n := len(m.words); m.t1-m.t0 > 1 && isNumber(toks[m.t1-1].Text) && n > 1 {
			names[strings.Join(m.words[:n-1], " ")] = true
		}
	}
	names = miscModelStems(ms, toks, names)
	if names == nil || sports.is() {
		return
	}
	for _, m := range ms {
		if names[m.key] && m.typ.Valid() && !makerOrPlace(m.m.Text) && !acting.acts(m.key) {
			m.typ = misc
		}
	}
}

// miscModelStems adds to names the words before the number of every
// mention the tagger itself typed MISC that ends in a model's number of
// three or four digits ("Zorbix 1060" gives "zorbix"): the product line,
// which the tagger types a company where its number is left out of the
// span ("the Zorbix 1660 Ti", "Zorbix" tagged alone). Not a stock index's
// name before its number (indexNames: "S&P 500" leaves "S&P", the rating
// agency, alone). Returns names, made on the first stem.
func miscModelStems(ms []*mention, toks []token, names map[string]bool) map[string]bool {
	for _, m := range ms {
		if n := len(m.words); m.typ == misc && n > 1 && isNumber(toks[m.t1-1].Text) && len(toks[m.t1-1].Text) >= 3 && len(toks[m.t1-1].Text) <= 4 && !indexNames[toks[m.t1-2].Text] {
			if names == nil {
				names = map[string]bool{}
			}
			names[strings.Join(m.words[:n-1], " ")] = true
		}
	}
	return names
}

// unitHeads end the name of a body inside an organization, which a
// company's or an agency's possessive may stand before as it does before
// a product ("the agency's Science Mission Directorate", "the Pentagon's
// Zorb Weapons Program"): organizations.
var unitHeads = setOf(`directorate program division unit lab laboratory center group team office`)

// companysThing reports whether m, tagged an organization or a place, one
// word of it at least in lower case or with a digit (no acronym: "NASA's
// JPL"), stands right after a company's possessive: a mention tagged an
// organization, or a listed organization or brand, known as no place,
// and "'s" ("Zorbco's Quelbix", "Zorbco's Quelb 7"), the name ending in
// no organization's, company's, unit's, facility's, media or division
// word. What a company owns and names is mostly its product or its event
// (on the -a halves, after a company's possessive: "Walmart's Black
// Friday", "Ford's Sync", "Nokia's S40"); its units are named by their
// head words ("the Zorbco Research Center").
func companysThing(toks []token, m *mention, owner *mention) bool {
	if owner == nil || m.typ != newsner.Organization && m.typ != newsner.Location {
		return false
	}
	if owner.typ != newsner.Organization && listKey(owner.m.Text, newsner.Organization) == "" && !brandName(owner.m.Text) {
		return false
	}
	name := owner.m.Text
	if n := len(owner.words); n > 1 && isPossessive(owner.words[n-1]) {
		name = strings.Join(owner.words[:n-1], " ")
	}
	if knownPlace(name) || strings.ToUpper(m.m.Text) == m.m.Text {
		return false
	}
	l := m.words[len(m.words)-1]
	return !orgHeads[l] && !companyHeads[l] && !unitHeads[l] && !facilityHeads[l] && !mediaWords[l] && !divisionWords[l] && !legalSuffixes[l] && !outletHeads[toks[m.t1-1].Text]
}

// possessiveOwners returns, for each mention, the mention that stands
// right before it with an "'s" ("Zorbco" of "Zorbco's Quelbix", the "'s"
// its own token or the mention's last), or nil.
func possessiveOwners(ms []*mention, toks []token) map[*mention]*mention {
	ends := map[int]*mention{}
	for _, m := range ms {
		ends[m.t1] = m
	}
	owners := map[*mention]*mention{}
	for _, m := range ms {
		if m.t0 < 1 {
			continue
		}
		if n := ends[m.t0-1]; n != nil && isPossessive(toks[m.t0-1].Text) {
			owners[m] = n
		} else if n := ends[m.t0]; n != nil && isPossessive(toks[m.t0-1].Text) && n.t1-n.t0 > 1 {
			owners[m] = n
		}
	}
	return owners
}

// companysThingsAsMisc makes MISC, so not emitted, every mention of a name
// the article writes after a company's possessive (companysThing:
// "Zorbco's Quelbix"), unless it is a listed organization or brand
// ("Zorbco's YouTube"), a known place, a name starting with a first name
// or a name the article has act as a company (companiesActing: "Zorbco's
// Quelbix said", a subsidiary).
func companysThingsAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	owners := possessiveOwners(ms, toks)
	if len(owners) == 0 {
		return
	}
	retypeByKey(ms, func(m *mention) bool {
		return companysThing(toks, m, owners[m]) && !makerOrPlace(m.m.Text) && !firstName(m.m.Text) && !acting.acts(m.key)
	}, func(m *mention) bool { return m.typ != newsner.Person }, misc)
}

// installVerbs take software as their object: what one downloads or
// installs is an app, a game or a system ("download Zorbcraft", "installed
// Quelbix").
var installVerbs = setOf(`download downloads downloaded downloading install installs installed installing
uninstall uninstalled reinstall reinstalled`)

// upgradeVerbs, before "to", take a product's new version as their object
// ("upgrade to Quelbix", "updated to Zorb Lion").
var upgradeVerbs = setOf(`upgrade upgrades upgraded upgrading update updates updated updating`)

// softwareObject reports whether m stands right after an install verb
// (installVerbs), or an upgrade verb or noun and "to" (upgradeVerbs; "a
// free upgrade to Zorb Lion") or a switch verb and "to" (switchedTo), "the" between or not, and before no
// possessive ("download Zorbco's app": the maker).
func softwareObject(toks []token, m *mention) bool {
	k := m.t0 - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k < 0 || isPossessive(toks[m.t1-1].Text) || m.t1 < len(toks) && isPossessive(toks[m.t1].Text) {
		return false
	}
	if installVerbs[strings.ToLower(toks[k].Text)] || runsSystem(toks, k) {
		return true
	}
	return toks[k].Text == "to" && k > 0 && (upgradeVerbs[strings.ToLower(toks[k-1].Text)] || switchedTo(toks, m, k-1))
}

// runnerNouns run an operating system or an app: devices and their users
// ("Macs running Zorb Lion", "owners running Quelbix 7").
var runnerNouns = setOf(`devices device phones phone smartphones computers computer machines pcs macs laptops
tablets servers users owners customers`)

// runsSystem reports whether token k is "running" after a device or its
// user (runnerNouns): what such a thing runs is software, where a person
// "running" a company is no device ("the founder running Zorbco").
func runsSystem(toks []token, k int) bool {
	return k > 0 && toks[k].Text == "running" && runnerNouns[strings.ToLower(toks[k-1].Text)]
}

// switchVerbs, before "to", take what a user moves to: an app or a
// service ("teams switched to Meetly").
var switchVerbs = setOf(`switch switches switched switching`)

// switchedTo reports whether token k is a switch verb (switchVerbs) and m,
// after it and "to", is no person: "users switched to Meetly" names an app;
// "the coach switched to Quimby" a player.
func switchedTo(toks []token, m *mention, k int) bool {
	return switchVerbs[strings.ToLower(toks[k].Text)] && m.typ != newsner.Person
}

// softwareAsMisc makes MISC, so not emitted, every mention of a name the
// article has downloaded, installed or upgraded to somewhere
// (softwareObject: "download Zorbcraft", "a free upgrade to Zorb Lion"): an
// app, a game or a system, MISC in CoNLL-2003; unless it is a listed
// organization or brand ("download Spotify"), a known place, a name
// starting with a first name, or a name acting as a company
// (companiesActing: "install Zoom" where "Zoom said").
func softwareAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && m.typ != misc && softwareObject(toks, m) && !makerOrPlace(m.m.Text) && !firstName(m.m.Text) && !acting.acts(m.key)
	}, func(*mention) bool { return true }, misc)
}

// listedProductNeighbour reports whether m stands in a list beside a
// listed product's name (products: the mentions listedProduct takes, by
// their first and their end token), with nothing between the two but a
// comma, "and" or "or" ("on Zorbchat, WhatsApp and Android", "iOS or
// Quelbix"): a list's names are of one kind.
func listedProductNeighbour(toks []token, m *mention, starts, ends map[int]bool) bool {
	sep := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].Text == "," || toks[k].Text == "and" || toks[k].Text == "or")
	}
	for _, k := range []int{m.t0 - 1, m.t0 - 2} { // a product ending before: one or two separators
		if k >= 0 && ends[k] && sep(k) && (k == m.t0-1 || sep(m.t0-1)) {
			return true
		}
	}
	for _, k := range []int{m.t1 + 1, m.t1 + 2} { // a product starting after
		if starts[k] && sep(m.t1) && (k == m.t1+1 || sep(m.t1+1)) {
			return true
		}
	}
	return false
}

// miscMentions returns the mentions ms holds typed MISC.
func miscMentions(ms []*mention) map[*mention]bool {
	was := map[*mention]bool{}
	for _, m := range ms {
		if m.typ == misc {
			was[m] = true
		}
	}
	return was
}

// cuedProducts returns the mentions of ms typed MISC that were not in
// wasMisc: the names the product rules (productsBeforeNounsAsMisc,
// versionedNamesAsMisc, companysThingsAsMisc, softwareAsMisc) found to be
// products, whose neighbours in a list are products as a listed product's
// are ("the Zorbly app" and later "Quelbchat, Zorbly and Quelbmail");
// the tagger's own MISC (a demonym, an event) says nothing of a list.
func cuedProducts(ms []*mention, wasMisc map[*mention]bool) map[*mention]bool {
	cued := map[*mention]bool{}
	for _, m := range ms {
		if m.typ == misc && !wasMisc[m] {
			cued[m] = true
		}
	}
	return cued
}

// listedProductsNeighboursAsMisc makes MISC, so not emitted, every
// mention of a name the article lists beside a listed product, or beside
// a product a product rule found (cued: cuedProducts), somewhere
// (listedProductNeighbour: "Zorbchat, Android and iOS"): a product too;
// unless it is a listed organization or brand ("Facebook, Android and
// Skype": the company), a known place, a name starting with a first name,
// or a name acting as a company (companiesActing).
func listedProductsNeighboursAsMisc(ms []*mention, toks []token, cued map[*mention]bool, acting *actingCompanies) {
	var starts, ends map[int]bool // the listed products' first tokens and the separators right after them
	for _, n := range ms {
		if listedProduct(n.words) || cued[n] {
			if starts == nil {
				starts, ends = map[int]bool{}, map[int]bool{}
			}
			starts[n.t0], ends[n.t1] = true, true
		}
	}
	if starts == nil {
		return
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && m.typ != misc && !listedProduct(m.words) && listedProductNeighbour(toks, m, starts, ends) && !makerOrPlace(m.m.Text) &&
			!firstName(m.m.Text) && !acting.acts(m.key)
	}, func(*mention) bool { return true }, misc)
}

// joinFormalPlaces joins a place named by its formal name ("the State of
// Texas") to the article's place of the plain name ("Texas"): one entity,
// keyed as the plain name is (withoutSuffixes); and a city named with its
// "City" to the place of the name without it ("New York City" and "New
// York"), unless that is a listed country or state ("Kansas City" and
// "Kansas", "Mexico City" and "Mexico" are two), or the name stands in
// lists beside states (coordinatedWithState: "New York and New Jersey").
func joinFormalPlaces(groups [][]*mention, toks []token) [][]*mention {
	var sets groupSets
	var places map[string][]int // the places' groups by their names (normName), made at the first need
	for i, g := range groups {
		if g[0].typ != newsner.Location {
			continue
		}
		for _, m := range g {
			var rest string
			if formalPlaceName(m.m.Text) {
				_, rest, _ = strings.Cut(m.m.Text, " of ")
			} else if c, ok := strings.CutSuffix(m.m.Text, " City"); ok && !strings.HasPrefix(listKey(c, newsner.Location), "iso3166:") {
				rest = c // "New York" beside "New York City"; not "Kansas", "Mexico"
			} else {
				continue
			}
			if places == nil {
				places = map[string][]int{}
				for j, h := range groups {
					if h[0].typ == newsner.Location {
						places[normName(h[0].m.Text)] = append(places[normName(h[0].m.Text)], j)
					}
				}
			}
			for _, j := range places[normName(rest)] {
				if j != i && (rest == formalRest(m.m.Text) || !coordinatedWithState(groups[j], toks)) {
					sets.join(len(groups), i, j)
				}
			}
			break
		}
	}
	return sets.merge(groups)
}

// formalRest is the place a formal place name ("State of Texas") names
// plainly ("Texas"), or "" for another name.
func formalRest(name string) string {
	if !formalPlaceName(name) {
		return ""
	}
	_, rest, _ := strings.Cut(name, " of ")
	return rest
}

// coordinatedWithState reports whether mentions of the place group g
// stand in lists beside a US state twice or more ("New York and New
// Jersey", "New Jersey, New York"): there the name is the state's, not the
// city's that joinFormalPlaces would join it to ("New York City"). Once
// may be a city beside a state.
func coordinatedWithState(g []*mention, toks []token) bool {
	n := 0
	for _, m := range g {
		if m.t1+1 < len(toks) && listJoiner(toks[m.t1].Text) && stateAt(toks, m.t1+1) ||
			m.t0 >= 2 && listJoiner(toks[m.t0-1].Text) && stateBefore(toks, m.t0-1) {
			n++
		}
	}
	return n >= 2
}

// listJoiner reports whether w joins the items of a list of names.
func listJoiner(w string) bool {
	return w == "," || w == "and" || w == "or" || w == "&"
}

// stateAt reports whether a US state's name (one or two words) starts at
// toks[k].
func stateAt(toks []token, k int) bool {
	for n := 1; n <= 2 && k+n <= len(toks); n++ {
		if usStateName(joinTokens(toks[k : k+n])) {
			return true
		}
	}
	return false
}

// stateBefore reports whether a US state's name (one or two words) ends
// right before toks[k].
func stateBefore(toks []token, k int) bool {
	for n := 1; n <= 2 && k-n >= 0; n++ {
		if usStateName(joinTokens(toks[k-n : k])) {
			return true
		}
	}
	return false
}

// usStateName reports whether name is a US state's that the lists key,
// written out: not an abbreviation ("New York, N.Y." is the city and its
// state), nor "Washington", which beside "New York" is the capital.
func usStateName(name string) bool {
	if !startsUpper(name) || strings.Contains(name, ".") || name == strings.ToUpper(name) || name == "Washington" {
		return false
	}
	return strings.HasPrefix(listKey(name, newsner.Location), "iso3166:US-")
}

// bracketedAfterPeople types a one-word name tagged a person that stands
// in brackets right after a person's name ("Jaap Stam (PSV)", "Lance
// Armstrong (USA)"): a player's club or country, as results and squads
// write them: a place if it is a known one, else an organization; not a
// name the gazetteer knows as a person's ("Saddam (Hussein)"; "Jin (John
// Cho)" has two words), nor the capitals of the name before it ("PubMed
// Central (PMC)", typed a person by the tagger). In the training corpora, of 1,717
// names in brackets after a capitalized word, 1,424 are places, 243
// organizations and 6 people.
func bracketedAfterPeople(ms []*mention, toks []token) {
	for i, m := range ms {
		if i == 0 || m.typ != newsner.Person || m.t1-m.t0 != 1 || m.t0 < 2 || m.t1 >= len(toks) || toks[m.t0-1].Text != "(" || toks[m.t1].Text != ")" {
			continue
		}
		if p := ms[i-1]; p.typ != newsner.Person || p.t1 != m.t0-1 || capitals(p.m.Text) == m.m.Text {
			continue // "PubMed Central (PMC)"
		}
		switch {
		case knownPlace(m.m.Text):
			m.typ = newsner.Location
		case personNameWord(m.m.Text):
			// "Saddam (Hussein)": the rest of his name
		default:
			m.typ = newsner.Organization
		}
	}
}

// affiliationsAsOrganizations types ORGANIZATION a name tagged a person
// that stands right after a person's name and "of" or "of the" ("Nick
// Rhodes of Duran Duran", "Michael Tien of NPP"): what a person is "of" is
// a country or a town (known places, left alone) or an organization. In
// eng.train, of the 90 names after a person and "of", 80 are places, 9
// organizations, 1 a demonym, and none a person. Not a name that starts
// with a first name ("Daughter of Henry VIII").
func affiliationsAsOrganizations(ms []*mention, toks []token) {
	for i, m := range ms {
		if i == 0 || m.typ != newsner.Person || m.t0 < 2 || firstName(m.m.Text) {
			continue
		}
		k := m.t0 - 1
		if toks[k].Text == "the" {
			k--
		}
		if k < 1 || toks[k].Text != "of" || ms[i-1].typ != newsner.Person || ms[i-1].t1 != k || knownPlace(m.m.Text) {
			continue
		}
		m.typ = newsner.Organization
	}
}

// modelWordsAsMisc makes MISC, so not emitted, every mention of a
// one-word name that is a product's word (productHeads) where it stands
// right after a number somewhere in the article: a model's name whose
// number the tagger left out ("MAX" of "the 737 MAX", "Pro" of "Zorbphone
// 12 Pro"), which it types an organization.
func modelWordsAsMisc(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return len(m.words) == 1 && m.t0 > 0 && productHeads[toks[m.t0].Text] && isNumber(toks[m.t0-1].Text)
	}, func(m *mention) bool { return len(m.words) == 1 }, misc)
}

// ownersAsPeople types PERSON every mention of a name of two capitalized
// words tagged an organization that stands before "'s" and a listed
// company's name somewhere in the article ("Elon Musk's SpaceX", the
// tagger reading a first name it does not know as a company's word): an
// owner named so is a person, unless the name is itself listed, ends in a
// company's or an institution's word ("Alibaba Group's Ant") or starts
// with a known place or a demonym.
func ownersAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Organization || m.t1-m.t0 != 2 || m.t1+1 >= len(toks) || !isPossessive(toks[m.t1].Text) {
			return false
		}
		for k := m.t0; k < m.t1; k++ {
			w := toks[k].Text
			l := strings.ToLower(strings.TrimSuffix(w, "."))
			if !startsUpper(w) || !isLetters(w) || companyHeads[l] || legalSuffixes[l] || orgHeads[l] {
				return false
			}
		}
		if listKey(m.m.Text, newsner.Organization) != "" || knownPlace(toks[m.t0].Text) || isDemonym(toks[m.t0].Text) {
			return false
		}
		return listKey(toks[m.t1+1].Text, newsner.Organization) != "" || firstName(toks[m.t0].Text) && toks[m.t1].Text != "'" && toks[m.t1].Text != "\u2019" && companyAfterOwner(ms, toks, m.t1+1)
	}, func(m *mention) bool { return m.typ == newsner.Organization }, newsner.Person)
}

// companyAfterOwner reports whether a mention tagged an organization
// starts at token k, or after one word in lower case there ("Philip
// Green's collapsed Arcadia Group"): what an owner named by a first name
// has is a company; ownersAsPeople asks this of a name starting with a
// known first name where the company is no listed one (December 2020
// audit: the tagger typed the retail tycoon an organization), before "'s"
// only: a plural's bare "'" is a body's ("the Lay Volunteers'
// International Organisation" in eng.testa).
func companyAfterOwner(ms []*mention, toks []token, k int) bool {
	if k < len(toks) && toks[k].Text == strings.ToLower(toks[k].Text) && isLetters(toks[k].Text) {
		k++
	}
	for _, m := range ms {
		if m.t0 == k && m.typ == newsner.Organization {
			return true
		}
	}
	return false
}

// retypeByKey gives type typ to every mention that may take it (may) and
// shares its key with a mention the article's context types (cued): a name
// read as an organization, a person or a work in one sentence is that
// everywhere in the article.
func retypeByKey(ms []*mention, cued, may func(*mention) bool, typ newsner.EntityType) {
	var keys map[string]bool
	for _, m := range ms {
		if cued(m) {
			if keys == nil {
				keys = map[string]bool{}
			}
			keys[m.key] = true
		}
	}
	for _, m := range ms {
		if keys[m.key] && may(m) {
			m.typ = typ
		}
	}
}

// coordinatedAsOrganizations types ORGANIZATION, at every mention but
// those that stand where a place does, a name tagged a person or a place
// that the article lists beside an organization, with nothing between the
// two but a comma, "and" or "or" ("General Motors and Zorbler", "NBC,
// Quelbix and others", "Spotify or Zorbly"): a list's names are of one
// kind. Not a known place, a name starting with a first name, a word of a
// person's longer name in the article or a name after an honorific
// ("Facebook and Zuckerberg" where "Mark Zuckerberg" is named).
func coordinatedAsOrganizations(ms []*mention, toks []token) {
	var people, names map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return personOrPlace(m) && !m.place && coordinatedWith(ms, toks, m, newsner.Organization) && !knownPlace(m.m.Text) && !firstName(m.m.Text) &&
			!townBeforeState(ms, toks, m) && !placeHeadOf(m.words) && !placeModifier(toks, m) &&
			!afterHonorific(toks, m.t0) && !anyIn(m.words, lazyPersonWords(&people, ms, toks)) && !anyIn(m.words, lazyNameWords(&names, ms))
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == newsner.Location && !m.place && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// lazyNameWords returns the words of the article's names tagged a person
// of two words or more ("Samus" and "Aran" of "Samus Aran"), made at the
// first call.
func lazyNameWords(p *map[string]bool, ms []*mention) map[string]bool {
	if *p == nil {
		*p = map[string]bool{}
		for _, m := range ms {
			if m.typ == newsner.Person && len(m.words) > 1 {
				for _, w := range m.words {
					(*p)[w] = true
				}
			}
		}
	}
	return *p
}

// lazyPersonWords returns personWords(ms, toks), made at the first call.
func lazyPersonWords(p *map[string]bool, ms []*mention, toks []token) map[string]bool {
	if *p == nil {
		*p = personWords(ms, toks)
	}
	return *p
}

// coordinatedWith reports whether a mention of type typ stands right
// before or after m with only a comma, "and" or "or" between them.
func coordinatedWith(ms []*mention, toks []token, m *mention, typ newsner.EntityType) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].t0 >= m.t0 })
	joined := func(a, b int) bool { // tokens [a,b) between two names
		if b-a < 1 || b-a > 2 {
			return false
		}
		for _, t := range toks[a:b] {
			if t.Text != "," && t.Text != "and" && t.Text != "or" {
				return false
			}
		}
		return b-a == 1 || toks[a].Text == "," && toks[b-1].Text != ","
	}
	// A comma alone joins names of a list only where m has a list's word
	// on its other side too ("NBC, Quelbix and others"; not "the capital
	// Montpelier, Amtrak spokeswoman ...").
	sep := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].Text == "," || toks[k].Text == "and" || toks[k].Text == "or")
	}
	// Nor is a list one of organizations where its first name comes after
	// people's plural noun ("friends Nadia and Giancarlo", "co-CEOs
	// Duffield and Bhusri": the tagger read "Nadia" and "Bhusri" as
	// organizations).
	people := func(first *mention) bool {
		return first.t0 > 0 && peoplePlurals[strings.ToLower(toks[first.t0-1].Text)]
	}
	if p := i - 1; p >= 0 && ms[p].typ == typ && ms[p].t1 <= m.t0 && joined(ms[p].t1, m.t0) && (toks[m.t0-1].Text != "," || m.t0-ms[p].t1 > 1 || sep(m.t1)) &&
		!people(ms[p]) {
		return true
	}
	n := i + 1
	return n < len(ms) && ms[n].typ == typ && ms[n].t0 >= m.t1 && joined(m.t1, ms[n].t0) && (toks[m.t1].Text != "," || ms[n].t0-m.t1 > 1 || sep(m.t0-1)) &&
		!people(m)
}

// peoplePlurals, in lower case right before a list of names, say they are
// people's ("friends Nadia and Giancarlo", "co-CEOs Duffield and Bhusri").
var peoplePlurals = setOf(`friends brothers sisters sons daughters parents children cousins colleagues
co-ceos ceos founders co-founders cofounders players actors singers authors writers coaches`)

// townBeforeState reports whether m, tagged a place, stands before a comma
// and a listed country or state tagged a place ("Selective Service,
// Hyannis, Mass."): a town and its state, not a list's item. A city is no
// state ("brands like Trek, Orbea, Raleigh and others").
func townBeforeState(ms []*mention, toks []token, m *mention) bool {
	if m.typ != newsner.Location || m.t1+1 >= len(toks) || toks[m.t1].Text != "," {
		return false
	}
	i := sort.Search(len(ms), func(i int) bool { return ms[i].t0 >= m.t1+1 })
	return i < len(ms) && ms[i].t0 == m.t1+1 && ms[i].typ == newsner.Location && strings.HasPrefix(listKey(ms[i].m.Text, newsner.Location), "iso3166:")
}

// placeModifier reports whether m, tagged a place, stands before a noun
// in lower case that it modifies ("Hezbollah and Nabatieh residents",
// "the Taliban and Panjshir fighters"): "and" joins the organization to
// the people of the place, not to its name.
func placeModifier(toks []token, m *mention) bool {
	return m.typ == newsner.Location && m.t1 < len(toks) && lowerNoun(toks[m.t1])
}

// placeHeadOf reports whether the name holds a place's word before "of"
// ("Democratic Republic of São Tomé"): a place's formal name.
func placeHeadOf(words []string) bool {
	for k := 0; k+1 < len(words); k++ {
		if placeHeads[words[k]] && words[k+1] == "of" {
			return true
		}
	}
	return false
}

// personOrPlace reports whether m is tagged a person or a place.
func personOrPlace(m *mention) bool { return m.typ == newsner.Person || m.typ == newsner.Location }

// namesakesAsOrganizations types ORGANIZATION a one-word name tagged a
// person or a place that starts an organization's longer name in the
// article ("Goddard" after "NASA's Goddard Space Flight Center", "Everfit"
// beside "Everfit AI", "Nintendo" beside "Nintendo Direct"): the
// organization's short form, which joinShortNames then joins to it. Not a
// known place ("Boulder" of "Boulder Flatirons"), a word of a person's
// longer name in the article ("Ford" where "Bill Ford" is named), nor a
// word many names start with ("New", "Bank", a demonym, a title). Only a
// name tagged a person: the gazetteer lacks many places ("Frankfurt",
// "Punjab"), and places tagged so beside "Frankfurt Stock Exchange" cost
// eng.testa 0.0003 and eng.train 10 spans.
func namesakesAsOrganizations(ms []*mention) {
	gz, _ := sharedGazetteer()
	starts, people := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		switch {
		case m.typ == newsner.Organization && len(m.words) >= 2 && m.words[0] != "the":
			starts[m.words[0]] = true
		case m.typ == newsner.Person && len(m.words) >= 2:
			for _, w := range m.words {
				people[w] = true
			}
		}
	}
	cued := func(m *mention) bool {
		return m.typ == newsner.Person && len(m.words) == 1 && starts[m.words[0]] && !people[m.words[0]] && startsUpper(m.m.Text) &&
			!knownPlace(m.m.Text) && !commonStart(gz, m.m.Text)
	}
	// Its mentions tagged a place go with it, as unifyTypes would have
	// taken them to the person: "Netscape" is not split in two.
	retypeByKey(ms, cued, func(m *mention) bool { return personOrPlace(m) && !m.place }, newsner.Organization)
}

// hasLower reports whether s has a lower-case letter: a name not written
// in a headline's or a table's capitals.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// listedOrg reports whether name is that of a thing of the lists that is
// an organization wherever named (orgLists: news agencies, broadcasters,
// newspapers, magazines, news sites and fact-checkers; armed groups).
func listedOrg(name string) bool {
	nameIndex()
	return orgListIdx[normName(name)] != ""
}

// listedAsOrganizations types ORGANIZATION every mention tagged a person,
// a place or MISC whose name is a listed news outlet's or armed group's
// (listedOrg: "Politifact", "Al Jazeera", "Agence France-Presse",
// "Engadget", "Boko Haram", "Taliban"), unless a word of it is the surname
// of a person's longer name the article gives or a name after an
// honorific ("Bloomberg" where "Michael Bloomberg" or "Mr Bloomberg" is
// named, "Forbes" beside "Kate Forbes" or "Ms Forbes"; not "Al Jazeera"
// beside "Al Gore").
func listedAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	plain := map[string]bool{} // names used as something else somewhere
	for _, m := range ms {
		if plainUse(m.m.Text, toks, m.t0, m.t1, false) {
			plain[normName(m.m.Text)] = true
		}
	}
	for _, m := range ms {
		if m.typ != newsner.Organization && listedOrg(m.m.Text) {
			if people == nil {
				people = personWords(ms, toks)
			}
			if m.typ != newsner.Person && m.typ != newsner.Location && m.typ != misc || anyIn(m.words, people) || plain[normName(m.m.Text)] || plainUse(m.m.Text, toks, m.t0, m.t1, true) {
				continue
			}
			m.typ = newsner.Organization
		}
	}
}

// brandsAsOrganizations types ORGANIZATION every mention of a brand's name
// (names/brands.txt: companies, online services and software of
// simple-icons' titles, less English words, places and people's names)
// that the tagger tagged a person, where the article agrees: "its" follows
// a mention in its sentence before any person's pronoun (itsCue: "Zorbly
// offers a free version of its software"), and none of its mentions
// starts with a first name, is a known place, holds a word of a person's
// longer name in the article, stands after an honorific, or, of one word,
// is written in lower case there. The tagger reads an online service it
// never saw as a person ("Dashlane"). Only names tagged a person: tagged a
// place too, news-pages-b lost a name.
func brandsAsOrganizations(ms []*mention, toks []token, lower map[string]string) {
	cued := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Person && brandName(m.m.Text) && itsCue(toks, m.t1) {
			cued[m.key] = true
		}
	}
	if len(cued) == 0 {
		return
	}
	people := personWords(ms, toks)
	var names map[string]bool
	for _, m := range ms {
		if cued[m.key] && (knownPlace(m.m.Text) || firstName(m.m.Text) || anyIn(m.words, people) || anyIn(m.words, lazyNameWords(&names, ms)) || afterHonorific(toks, m.t0) ||
			len(m.words) == 1 && lower[m.words[0]] == "lower") {
			delete(cued, m.key)
		}
	}
	for _, m := range ms {
		if cued[m.key] && m.typ == newsner.Person {
			m.typ = newsner.Organization
		}
	}
}

// itsCue reports whether "its" follows token k-1 within its sentence, 12
// tokens at most, with no person's pronoun before it: the name before is
// a thing's.
func itsCue(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+12; j++ {
		switch strings.ToLower(toks[j].Text) {
		case "its":
			return true
		case "he", "his", "him", "she", "her", "they", "their", "them", ".", "?", "!", ";":
			return false
		}
	}
	return false
}

// plainUse reports whether name, over tokens [t0,t1), is one of orgs.tsv's
// used as something else than the organization: a name of one word after
// "the" but before a noun that makes it the company's (companyNoun: "the
// Amazon", the river; "the Airbus plane", MISC in CoNLL-2003; not "the
// Twitter reaction"; a name of more words, an agency's, takes "the": "the
// National Institute of Allergy and Infectious Diseases", thirteenth pass)
// or, with number, before a number ("Boeing 707").
func plainUse(name string, toks []token, t0, t1 int, number bool) bool {
	nameIndex()
	if n := normName(name); !plainListIdx[n] && !generatedPlainIdx[n] {
		return false
	}
	if t1-t0 == 1 && t0 > 0 && toks[t0-1].Text == "the" && (t1 >= len(toks) || !companyNoun(toks[t1])) {
		return true
	}
	return number && t1 < len(toks) && isNumber(toks[t1].Text)
}

// plainNouns, after a company's name, make it a thing of the company's or
// of its namesake ("the Airbus plane", "the Amazon rainforest").
var plainNouns = setOf(`plane planes jet jets aircraft airliner airliners river basin rainforest rain forest jungle`)

// companyNoun reports whether t, right after a company's name, is a noun
// in lower case that makes the name the company's ("the Twitter
// reaction", "the Apple store"), not a thing of it or of its namesake
// (plainNouns: "the Airbus plane", "the Amazon rainforest").
func companyNoun(t token) bool {
	return lowerNoun(t) && !plainNouns[t.Text]
}

// plainNames answers inText for one text: where each word stands after
// "the", and the answers given, made at the first call.
type plainNames struct {
	afterThe map[string][]int // a word -> the tokens where it stands after "the"
	answers  map[string]bool  // a name -> inText's answer
}

// inText reports whether the words ws, one of orgs.tsv's names, stand
// after "the" somewhere in toks (plainUse): the article names something
// else so ("the Amazon", the river), and every mention is left as tagged.
// Each name is looked for once, at the places its first word stands after
// "the": a page of many listed names is not walked once per name.
func (p *plainNames) inText(toks []token, ws []string) bool {
	if p.afterThe == nil {
		p.afterThe, p.answers = map[string][]int{}, map[string]bool{}
		for k := 1; k < len(toks); k++ {
			if toks[k-1].Text == "the" {
				p.afterThe[toks[k].Text] = append(p.afterThe[toks[k].Text], k)
			}
		}
	}
	name := strings.Join(ws, " ")
	if v, ok := p.answers[name]; ok {
		return v
	}
	v := false
	for _, k := range p.afterThe[ws[0]] {
		if k+len(ws) <= len(toks) && matchWords(toks, k, ws, nil) && plainUse(name, toks, k, k+len(ws), false) {
			v = true
			break
		}
	}
	p.answers[name] = v
	return v
}

// personWords returns the surnames (last words) of the people's names
// among ms that are of two words or more and no listed organization's
// ("Al Jazeera" tagged a person), and the words of the names after an
// honorific ("Ms Forbes").
func personWords(ms []*mention, toks []token) map[string]bool {
	people := map[string]bool{}
	for _, m := range ms {
		switch {
		case afterHonorific(toks, m.t0):
			for _, w := range m.words {
				people[w] = true
			}
		case m.typ == newsner.Person && len(m.words) > 1 && !listedOrg(m.m.Text):
			people[m.words[len(m.words)-1]] = true
		}
	}
	return people
}

// anyIn reports whether one of words is in set.
func anyIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// productHeads end the name of a product, which CoNLL-2003 marks MISC
// ("Apple Vision Pro", "Nintendo Switch Lite", "Firefox Developer
// Edition", "Google Search Console", "Boeing 737 MAX", a car's body: "VW
// Atlas Cross Sport SUV"); no organization of eng.train or eng.testa ends
// in one. "Telescope" added in the twelfth pass: a space telescope is an
// instrument, MISC as a probe or a satellite is ("the Hubble Space
// Telescope"), which the tagger reads as an organization. "Stick" added
// in the third 2019 audit: a streaming stick ("Fire TV Stick", "Roku
// Streaming Stick"), whose "TV Stick" the tagger typed an organization;
// "Probe", "Lander" and "Orbiter" too, craft as a telescope is ("Parker
// Solar Probe", typed an organization; not "Rover": "Land Rover" is the
// carmaker). "Suite", "Radiometer", "Spectrometer" and "Reactor" added in
// the web-precision pass: a software or an instrument's suite ("Zorbic
// Imaging Radiometer Suite"), a reactor's design ("Advanced Quelb Water
// Reactor, or AQWR"), which the tagger reads as a body.
var productHeads = setOf(`Pro Lite Edition Controller Console Laptop Camera Headphones Earbuds Smartwatch
Max MAX Mini Ultra Series SUV Sedan Hatchback Coupe Crossover Minivan Roadster Telescope
Stick Probe Lander Orbiter Suite Radiometer Spectrometer Reactor`)

// productsAsMisc makes MISC, so not emitted, the entities (groups) whose
// fullest name, of two words or more and tagged an organization, a
// product's word ends (productHeads), or that is a maker's model
// (makersModel) or product line (makersLine), and the lists know as no company's,
// with their short forms ("Controller" and "HSC" of "Hardware Status
// Controller"): all but the one-word mentions of the name's first word
// where that is a maker's, a listed company or the start of another name
// of the article ("Apple" joined to "Apple Vision Pro" beside "Apple
// Pay"), which stay an organization of their own ("DualShock" of
// "DualShock Controller" goes with it). It runs on groups, after the
// short forms have joined: made MISC before, the product would leave the
// maker the only longer name to join ("Google" into "Google Keyword
// Planner" once "Google Search Console" is gone).
func productsAsMisc(groups [][]*mention, toks []token) [][]*mention {
	for i, g := range groups {
		if g[0].typ != newsner.Organization && g[0].typ != newsner.Person {
			continue
		}
		full := fullestMention(g)
		if g[0].typ == newsner.Person && firstName(full.m.Text) {
			continue // "Max" and "Dell" are first names too
		}
		if len(full.words) < 2 || !productHeads[toks[full.t1-1].Text] && !makersModel(toks, full) && !(g[0].typ == newsner.Organization && makersLine(toks, full)) || listKey(full.m.Text, newsner.Organization) != "" {
			continue
		}
		first := full.words[0]
		isMaker := listKey(first, newsner.Organization) != ""
		for j, h := range groups {
			for _, m := range h {
				if j != i && len(m.words) > 1 && m.words[0] == first {
					isMaker = true
				}
			}
		}
		groups = splitOffMisc(groups, i, func(m *mention) bool {
			return isMaker && len(m.words) == 1 && m.words[0] == first // the maker
		})
	}
	return groups
}

// splitOffMisc makes MISC the mentions of group i that keep does not take,
// which stay group i, and moves those it takes, their type as it was, to a
// group of their own at the end: a maker beside its product's name, an
// event's holder beside the event.
func splitOffMisc(groups [][]*mention, i int, keep func(*mention) bool) [][]*mention {
	var kept, rest []*mention
	for _, m := range groups[i] {
		if keep(m) {
			kept = append(kept, m)
		} else {
			m.typ = misc
			rest = append(rest, m)
		}
	}
	groups[i] = rest
	if kept != nil {
		groups = append(groups, kept)
	}
	return groups
}

// eventHeads end the name of an event or a law, which CoNLL-2003 marks
// MISC ("Los Angeles Auto Show", "Dubai Air Show", "United Nations
// Climate Action Summit", "Venice Film Festival", "Davis Cup", "Clean Air
// Act"; in eng.train and eng.testa: Cup 106 of 106, Open 72 of 72, Prix 14
// of 14, Act 3 of 3 MISC; no organization ends in one of these). The third
// line added in the eleventh pass, MISC in eng.train and eng.testa each
// time a name of two words or more ends in one (Open 74, Games 10 of 15,
// the rest people's "Games"; Bowl 2, Classic 8, Slam 13, Day 17, War 13,
// Prize 5, Revolution 3, Protocol 1; laws: Regulation 5, Bill 1, and
// Amendment, Directive); "Convention" left out (a party's "Democrat
// National Convention" is an organization there). The fourth line added in
// the thirteenth pass: a programme is MISC too ("Pandemic Emergency
// Purchase Programme"; none in eng.train or eng.testa), the United Nations'
// agencies named so ("World Food Programme") listed in orgs.tsv, which
// eventsAsMisc leaves. Not "Program": in American usage an office's name
// too ("Joint Nonlethal Weapons Program", an organization in
// dragnet-news, which lost three mentions with it). The fifth line added
// in the fourteenth pass: an era's slump is an event too ("the Great
// Depression", "the Great Recession"; none capitalized in eng.train or
// eng.testa), which the tagger typed an organization. "Draft" added in the
// session-13 joins pass: a league's yearly pick of players ("the 2014 NFL
// Draft"), MISC; none in eng.train or eng.testa. "Induction", "Ceremony"
// and "Gala" added in the web-precision pass: a hall of fame's yearly
// induction and its ceremony ("the Zorbic Hall of Fame Induction"), which
// the tagger typed the hall.
var eventHeads = setOf(`Show Expo Summit Festival Fair Exhibition Awards Olympics Cup Championship Championships
Prix Masters Rally Trophy Marathon Tournament Act Agreement Accord Accords
Open Games Bowl Classic Slam Day War Prize Revolution Protocol Regulation Amendment Bill Directive
Programme
Depression Recession
Draft Induction Ceremony Gala`)

// listedBeforeEventsAsMisc makes MISC, so not emitted, a mention typed an
// organization whose name the lists know that stands right before an
// event's word (eventHeads) that ends the name there, no capitalized word
// after it: "NHL" of "the 2014 NHL Draft", the event's name the tagger cut
// short, where the holder keeps its own mentions elsewhere. eventsAsMisc
// leaves listed names (a listed "World Food Programme" is an agency), so
// such a mention was the league itself, an entity the gold does not have,
// or joined the league's units ("NHL Central Scouting"). Not before a
// capitalized word: "Bill" may start a person's name.
func listedBeforeEventsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Organization || m.t1+1 > len(toks) || !eventHeads[toks[m.t1].Text] {
			continue
		}
		if m.t1+1 < len(toks) && startsUpper(toks[m.t1+1].Text) {
			continue
		}
		if keyListKey(m.m.Text, newsner.Organization) != "" {
			m.typ = misc
		}
	}
}

// fullestMention returns the mention of g with the most words, the first
// on a tie.
func fullestMention(g []*mention) *mention {
	full := g[0]
	for _, m := range g[1:] {
		if len(m.words) > len(full.words) {
			full = m
		}
	}
	return full
}

// eventsAsMisc makes MISC, so not emitted, the entities (groups) tagged an
// organization whose fullest name, of two words or more and no listed
// organization's, an event's or a law's word ends (eventHeads), or stands
// right before such a word ("LA Auto" of "LA Auto Show", the tagger's span
// cut short), with their short forms. The organization that holds the
// event keeps its own mentions: one whose words start the fullest name and
// that neither ends in nor stands before an event's word ("Reuters" beside
// "the Reuters Summit", which joinVariants joined) leaves the group for one
// of its own, its type as it was.
func eventsAsMisc(groups [][]*mention, toks []token) [][]*mention {
	for i, g := range groups {
		if g[0].typ != newsner.Organization {
			continue
		}
		full := fullestMention(g)
		if !eventMention(full, toks) || listKey(full.m.Text, newsner.Organization) != "" {
			continue
		}
		groups = splitOffMisc(groups, i, func(m *mention) bool {
			n := len(m.words) // the holder: the start of the event's name, no event's word
			return !eventMention(m, toks) && n <= len(full.words) && equalWords(m.words, full.words[:n])
		})
	}
	return groups
}

// eventMention reports whether m, of two words or more, ends in an event's
// or a law's word (eventHeads), the sentence's full stop aside ("the
// Zorb Deterrence Act."), or stands right before one ("LA Auto" of "LA
// Auto Show") or, of two words or more, before "and" and the rest of the
// law's or the event's name (andEventTail; "Zorbco and Quenton Motors Cup
// sponsors" keeps its company), or ends a treaty's "Convention"
// (treatyConvention).
func eventMention(m *mention, toks []token) bool {
	if m.t1 < len(toks) && eventHeads[toks[m.t1].Text] || len(m.words) > 1 && andEventTail(toks, m.t1) || treatyConvention(toks, m.t1) {
		return true
	}
	return len(m.words) > 1 && eventHeads[withoutSentenceDot(toks[m.t1-1].Text)]
}

// treatyConvention reports whether the span that ends before token i ends
// in "Convention" and "on" or "against" and the treaty's subject follow:
// "the", or a capitalized word that is no weekday nor month ("United
// Nations Convention on the Law of the Sea", "Convention against
// Torture"): a treaty, MISC as a law is, which the tagger cuts at "on"
// and types an organization. A party's convention is met on a day
// ("Democratic National Convention on Monday") and stays.
func treatyConvention(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i-1].Text != "Convention" || toks[i].Text != "on" && toks[i].Text != "against" {
		return false
	}
	w := toks[i+1].Text
	return w == "the" || startsUpper(w) && !weekdays[w] && !months[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// treatySubject reports whether a span starting at token t0 follows a
// treaty's "Convention on" or "Convention on the" (treatyConvention): the
// treaty's subject ("Law of the Sea", "Biological Diversity"), part of
// its name, no name of its own.
func treatySubject(toks []token, t0 int) bool {
	j := t0 - 1
	if j > 0 && toks[j].Text == "the" {
		j--
	}
	return j > 0 && treatyConvention(toks, j)
}

// andEventTail reports whether the tokens from i on are "and" and one to
// four capitalized words, the last an event's or a law's word
// (eventHeads), its sentence's full stop aside: the tagger cuts a law's
// name at its "and" ("Dodd-Frank Wall Street Reform" of "the Dodd-Frank
// Wall Street Reform and Consumer Protection Act"), and the part before
// is no organization.
func andEventTail(toks []token, i int) bool {
	if i >= len(toks) || toks[i].Text != "and" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].Text
		if !startsUpper(w) {
			return false
		}
		if eventHeads[withoutSentenceDot(w)] {
			return true
		}
	}
	return false
}

// productNames are products that today's news names often, in lower
// case: devices, consoles, assistants, operating systems and apps' makers'
// products that are no company of their own; MISC in CoNLL-2003 ("Windows":
// 15 of 16 in eng.train and eng.testa). Names that are also common words or
// companies ("Echo", "Switch", "Galaxy", "Pixel", "Roku"; cars: "Mustang",
// "Civic", "Accord", "Tacoma") are listed only with their maker's or
// model's word. The last 36 added in the twelfth pass (office and cloud
// software, streaming services, devices, from what 2020s news names, not
// from a page's errors); not "Google Cloud", a business the lists give as
// an organization, nor "Outlook", a word. The crude's grade "West Texas
// Intermediate" ("WTI") added in the thirteenth pass, a commodity's name,
// MISC as a product's is (not "Brent": an organization 4 times of 6 in
// eng.train and eng.testa, its market's), and late-2020's vaccines and
// drugs by their brand names ("Covaxin", "Covishield", "Comirnaty",
// "bamlanivimab") and the nerve agent "Novichok", which the tagger reads
// as a place or a company. Thirteenth pass (b): the Russian vaccine
// "Sputnik V" (not "Sputnik" alone, also the news agency) and SpaceX's
// rockets and craft ("Falcon 9", "Falcon Heavy", "Starship", "Crew
// Dragon"; not "Dragon" alone, a word), which the tagger typed a company,
// found whole by addProductTail. Third 2019 audit: Boeing's craft
// "Starliner" and Google's phones by their numbers ("Pixel 4"; not
// "Pixel" alone, a word), which the tagger typed a company; a poll's and
// a chart's names with their numbers ("AP Top 25", "Billboard 200"),
// MISC as works are, whose "AP Top" the tagger typed a company. Third
// December 2020 audit: the cryptocurrencies "XRP" and "Litecoin" beside
// "bitcoin", which the tagger typed a company.
var productNames = linesOf(`iphone
ipad
ipod
macbook
macbook air
macbook pro
imac
airpods
apple watch
apple tv
nintendo switch
playstation
ps4
ps5
xbox
xbox one
xbox series x
echo dot
amazon echo
alexa
kindle
fire tv
chromecast
google home
android
ios
windows
windows 10
windows 11
chatgpt
galaxy s10
samsung galaxy
google pixel
tesla model 3
model 3
model s
model y
model x
camry
corolla
prius
rav4
altima
maxima
sentra
silverado
jetta
passat
tiguan
f-150
mach-e
mach e
elantra
sportage
cybertruck
wii
wii u
nintendo wii
nintendo ds
nintendo 3ds
game boy
xbox 360
playstation 2
playstation 3
playstation 4
playstation 5
ps2
ps3
steam deck
oculus quest
meta quest
ford mustang
mustang mach-e
mustang mach e
ford bronco
ford explorer
ford focus
ford fiesta
honda civic
honda accord
toyota tacoma
chevrolet corvette
chevy corvette
chevrolet bolt
nissan leaf
jeep wrangler
jeep cherokee
volkswagen beetle
vw beetle
volkswagen golf
vw golf
viagra
lipitor
crestor
nexium
prozac
xanax
zoloft
ambien
adderall
oxycontin
ozempic
wegovy
mounjaro
humira
keytruda
tylenol
advil
remdesivir
paxlovid
covaxin
covishield
comirnaty
bamlanivimab
novichok
sputnik v
falcon 9
falcon heavy
starship
crew dragon
starliner
pixel 3
pixel 3a
pixel 4
pixel 4a
pixel 5
ap top 25
billboard 200
gmail
itunes
facetime
imessage
siri
cortana
photoshop
powerpoint
google maps
apple maps
google play
play store
app store
apple pay
google pay
apple music
prime video
google docs
google drive
microsoft teams
microsoft office
office 365
google chrome
internet explorer
firefox
windows phone
xbox live
playstation network
google assistant
google translate
google earth
street view
chromebook
macos
os x
ipados
watchos
gpt-3
gpt-4
gpt-4o
gpt-5
dall-e
stable diffusion
github copilot
microsoft copilot
bing chat
linux
ubuntu
kubernetes
javascript
typescript
tensorflow
pytorch
wordpress
bitcoin
ethereum
dogecoin
xrp
litecoin
google sheets
google slides
google meet
google analytics
google ads
google search
google workspace
google lens
microsoft word
microsoft excel
excel
onedrive
microsoft edge
microsoft azure
azure
amazon prime
prime day
apple tv+
disney+
carplay
apple carplay
android auto
airtag
homepod
apple vision pro
thinkpad
surface pro
galaxy tab
game pass
xbox game pass
youtube tv
youtube music
youtube shorts
instagram reels
west texas intermediate
wti`)

// gameSeries are video games', toys' and films' or shows' series names,
// in lower case: a name they start is a game, a toy, a film, a show or a
// character of the series ("Pokemon Sword and Shield", "Call of Duty:
// Modern Warfare", "Star Wars: The Rise of Skywalker", "Batman"), MISC in
// CoNLL-2003 (the films' series added in the eleventh pass).
var gameSeries = linesOf(`pokemon
pokémon
fortnite
minecraft
call of duty
grand theft auto
gran turismo
super mario
mario kart
zelda
legend of zelda
animal crossing
final fantasy
street fighter
red dead redemption
world of warcraft
league of legends
apex legends
overwatch
candy crush
lego star wars
star wars
star trek
harry potter
game of thrones
the simpsons
breaking bad
stranger things
lord of the rings
the lord of the rings
the mandalorian
squid game
jurassic park
jurassic world
toy story
x-men
spider-man
batman
the walking dead
meet the press
face the nation
good morning america
saturday night live
the daily show
the tonight show
the late show
nightly news
world news tonight
60 minutes`)

// awardNames are the entertainment awards' names, in lower case, MISC in
// CoNLL-2003 as prizes are ("Oscars" 1 of 1 in eng.train and eng.testa);
// the tagger reads "Grammy" and "Golden Globe" as organizations and
// "Emmy" as a person; festivals' prizes too ("won the Golden Lion at
// Venice"). The singulars that are first names too ("Emmy",
// "Tony") are in personalAwards.
var awardNames = linesOf(`grammy
grammys
emmys
oscars
golden globe
golden globes
academy award
bafta award
bafta awards
brit award
golden lion
golden bear`)

// personalAwards are the awards named as a first name is: an award only
// right after "the", "an" or "a" ("won an Emmy", "the Tony for best
// play"), a person otherwise. Not "Oscar": eng.testa marks "nominated
// for an Oscar" a person (as it does "Oscar" 5 of 5 times), and the rule
// lost it.
var personalAwards = setOf(`emmy tony`)

// awardArticles are the articles before a personal award's name.
var awardArticles = setOf(`the The a A an An`)

// policyTerms are the names of policies, programmes, diseases and
// processes of 2020s news that are MISC in CoNLL-2003's scheme (as
// "Medicare", 6 of 6 in eng.train and eng.testa), in lower case: the
// tagger types "Brexit" an organization or a place ("resumed Brexit
// talks", "After Brexit,") and "Covid" an organization.
var policyTerms = linesOf(`brexit
covid
covid-19
obamacare
medicaid
medicare`)

// awardsAndTermsAsMisc makes MISC, so not emitted, a mention of a listed award
// (awardNames, or personalAwards after an article) or policy term
// (policyTerms) whatever the tagger typed it: "led the Grammy
// nominations", "won an Emmy", "earned a Golden Globe", "Brexit talks".
func awardsAndTermsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		name := strings.Join(m.words, " ")
		if !m.typ.Valid() {
			continue
		}
		if awardNames[name] || policyTerms[name] || personalAwards[name] && m.t0 > 0 && awardArticles[toks[m.t0-1].Text] {
			m.typ = misc
		}
	}
}

// awardHeads end the names of prizes, medals and trophies, and of a
// league's or a game's most valuable player title ("NFL MVP", "Super Bowl
// MVP": an award, MISC, which else joins the league named alone into it).
var awardHeads = setOf(`prize prizes award awards medal medals trophy cup mvp`)

// awardHeadsAsMisc makes MISC, so not emitted, a mention of two words or
// more that ends in a prize's, medal's or trophy's word (awardHeads),
// whatever the tagger typed it: in eng.train and eng.testa each of the 112
// such names is MISC ("Nobel Peace Prize", "Davis Cup"); the tagger typed
// a rights prize a person on a made-up Reuters-style article (world audit,
// eighteenth pass: "won the Zorbian Parliament's Quelbov Prize").
func awardHeadsAsMisc(ms []*mention) {
	for _, m := range ms {
		if m.typ.Valid() && len(m.words) > 1 && awardHeads[m.words[len(m.words)-1]] {
			m.typ = misc
		}
	}
}

// heroTitlesAsMisc makes MISC, so not emitted, a mention that is a listed
// organization's name and then "Hero" or "Heroes" ("CNN Hero", "CNN
// Heroes"): an honour the organization gives, MISC as an award is
// (awardHeadsAsMisc), whatever the tagger typed it. Typed an organization
// it was an entity of its own, or the giver named alone joined into it.
// Only after a listed giver: "Help for Heroes" is a charity.
func heroTitlesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		n := len(m.words)
		if !m.typ.Valid() || n < 2 || m.words[n-1] != "hero" && m.words[n-1] != "heroes" {
			continue
		}
		giver := make([]string, 0, n-1)
		for _, t := range toks[m.t0 : m.t1-1] {
			giver = append(giver, t.Text)
		}
		if keyListKey(strings.Join(giver, " "), newsner.Organization) != "" {
			m.typ = misc
		}
	}
}

// listedProductsAsMisc makes MISC, so not emitted, every mention whose
// name is a listed product (productNames) or a word and one ("Apple
// AirPods"), whatever the tagger typed it; the rest of its entity (the
// maker named alone, joined to it) stays as it was.
func listedProductsAsMisc(groups [][]*mention) [][]*mention {
	for i, g := range groups {
		var prod, rest []*mention
		for _, m := range g {
			if listedProduct(m.words) && !(len(m.words) > 1 && m.typ == newsner.Person && firstName(m.m.Text)) { // not "Matt Windows"
				prod = append(prod, m)
			} else {
				rest = append(rest, m)
			}
		}
		if prod == nil {
			continue
		}
		prod, rest = modelNamesOf(prod, rest)
		for _, m := range prod {
			m.typ = misc
		}
		groups[i] = prod
		if rest != nil {
			groups = append(groups, rest)
		}
	}
	return groups
}

// modelNamesOf moves to prod the mentions of rest that name a listed
// product of prod by its model's words without its maker's ("Mustang" of
// "Ford Mustang", "Galaxy S10" of "Samsung Galaxy S10"), which joinVariants
// joined to it, and returns both; the others stay in rest (the maker named
// alone, "Ford").
func modelNamesOf(prod, rest []*mention) ([]*mention, []*mention) {
	var keep []*mention
	for _, m := range rest {
		model := false
		for _, p := range prod {
			if n := len(p.words) - len(m.words); n > 0 && equalWords(m.words, p.words[n:]) {
				model = true
				break
			}
		}
		if model {
			prod = append(prod, m)
		} else {
			keep = append(keep, m)
		}
	}
	return prod, keep
}

// listedProduct reports whether words, lower case, are a listed product's
// name or a word and one, or start with a game series' name.
func listedProduct(words []string) bool {
	if len(words) == 0 {
		return false
	}
	name := strings.Join(words, " ")
	if productNames[name] {
		return true
	}
	for n := 1; n <= len(words) && n <= 3; n++ {
		if gameSeries[strings.Join(words[:n], " ")] {
			return true
		}
	}
	return len(words) > 1 && productNames[strings.Join(words[1:], " ")]
}

// makersModel reports whether m names a listed company's product by a
// model's name: the company's one word, then a word with a digit or a
// capital inside ("Apple AirPods", "Dell G3", "Intel Core i5-9300H").
func makersModel(toks []token, m *mention) bool {
	if listKey(toks[m.t0].Text, newsner.Organization) == "" {
		return false
	}
	for k := m.t0 + 1; k < m.t1; k++ {
		prev := ' '
		for _, r := range toks[k].Text {
			if unicode.IsDigit(r) || unicode.IsUpper(r) && unicode.IsLower(prev) {
				return true
			}
			prev = r
		}
	}
	return false
}

// makersLine reports whether m, of two or three words, is a company's one
// word (orgs.tsv's, names/brands.txt's; no known place) and a product
// line's name ("Intel Core", "Zorbtek Nighthawk"): capitalized words that
// are no organization's, company's, medium's or legal form's word, no
// place and no demonym.
func makersLine(toks []token, m *mention) bool {
	first := toks[m.t0].Text
	n := normName(first)
	if m.t1-m.t0 > 3 || !(plainListIdx[n] || brandName(first)) || orgListIdx[n] != "" && !plainListIdx[n] || networks[first] || knownPlace(first) {
		return false // not a medium's, a group's or a team's name ("CBS Sports")
	}
	for k := m.t0 + 1; k < m.t1; k++ {
		w := toks[k].Text
		l := strings.ToLower(strings.TrimSuffix(w, "."))
		if !startsUpper(w) || orgHeads[l] || companyHeads[l] || legalSuffixes[l] || mediaWords[l] || divisionWords[l] || outletHeads[w] || isDemonym(w) || knownPlace(w) {
			return false
		}
	}
	return true
}

// networks are broadcasters that name their stations and units after
// themselves ("CBS DFW", "Fox Sports"): organizations, not products.
var networks = setOf(`CBS NBC ABC Fox CNN BBC ITV PBS NPR ESPN CW Univision Telemundo Sky`)

// divisionWords end the name of a company's unit or an institution's
// body, not of a product ("Quelbix Wireless", "Zorbo Sports", "NASA Earth
// Observatory", "U.N. General Assembly"). "Cargo", "Healthcare" and
// "Freight" added in the December 2020 audit: an airline's or a
// carrier's unit ("Lufthansa Cargo", "UPS Healthcare") was made a product
// line and dropped on made-up Reuters-style articles on vaccine logistics.
var divisionWords = setOf(`wireless sports markets observatory assembly general research cloud health finance
news mobile music pictures records games television tv radio publishing cargo healthcare freight`)

// reportCue reports whether the name over tokens [t0,t1) stands where a
// news outlet does: after "according to", "published by" or "reported
// by" (and "the"), before a full stop, a comma, a colon or "on"/"that".
func reportCue(toks []token, t0, t1 int) bool {
	k := t0 - 1
	if k > 0 && toks[k].Text == "the" {
		k--
	}
	if k < 1 || t1 >= len(toks) {
		return false
	}
	switch toks[t1].Text {
	case ".", ",", ":", "on", "that":
	default:
		return false
	}
	w := toks[k].Text
	return w == "to" && toks[k-1].Text == "according" || w == "by" && (toks[k-1].Text == "published" || toks[k-1].Text == "reported")
}

// reportedAsOrganizations types ORGANIZATION, at every mention but those
// tagged a place that stand after "in", "near" and the like
// (strongLocatives), a name tagged a person or a place, known as no place,
// starting with no first name and, of one word, no name the gazetteer
// knows as a person's ("according to Schumer.": a surname alone), that
// stands where a news outlet does somewhere (reportCue).
func reportedAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return personOrPlace(m) && reportCue(toks, m.t0, m.t1) && !knownPlace(m.m.Text) && !firstName(m.m.Text) && !(len(m.words) == 1 && personNameWord(m.m.Text))
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// quotedTitle reports whether the mention m is all that stands between two
// quotation marks, a comma or full stop before the closing one allowed
// (“The Ninth Gate,” / "Nightly News."): a title of a show, a film, a book
// or a song, which CoNLL-2003 marks MISC (48 of the 68 names so quoted in
// eng.train and eng.testa). Not where the quotes give a name rather than a
// title: after a capitalized word (a nickname, Conrad "Connie" Hilton;
// Commanders "Vicente"), a colon (speech), an opening bracket (a name's
// translation: ("National Socialist Battle Cry")), a word that gives a name
// (named, called, dubbed) or a media word (the journal "Building"), nor
// before a noun in lower case or a media word (a "Dream Team" relay, the
// "Janakantha" newspaper). A title's subtitle after its colon counts as
// the title (subtitleOpen: "Avengers: Endgame").
func quotedTitle(toks []token, m *mention) bool {
	open := subtitleOpen(toks, m.t0)
	if open < 0 {
		open = titleLeadOpen(toks, m.t0)
	}
	if open < 0 && (m.t0 < 2 || toks[m.t0-1].Text != `"`) {
		return false
	}
	if open < 0 {
		open = m.t0 - 1
	}
	k := m.t1
	if k < len(toks) && (toks[k].Text == "," || toks[k].Text == ".") {
		k++
	}
	if k >= len(toks) || toks[k].Text != `"` {
		return false
	}
	if open < 1 {
		return false
	}
	if b := toks[open-1].Text; startsUpper(b) || b == ":" || b == "(" || namingWords[strings.ToLower(b)] || mediaWords[strings.ToLower(b)] {
		return false
	}
	return k+1 >= len(toks) || !lowerNoun(toks[k+1]) && !mediaWords[toks[k+1].Text]
}

// titleLeadOpen returns the index of the opening quotation mark of a
// title whose first one to three words, each capitalized (a possessive's
// "'s" between them allowed), the tagger left out of the name starting at
// token i: “The Ninth Gate,” tagged "Ninth Gate", “The Innovator's
// Dilemma” tagged "Dilemma", “Let Zorbton Go Bankrupt” tagged from its
// second word. -1 where no mark opens within those words.
func titleLeadOpen(toks []token, i int) int {
	words := 0
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		t := toks[k].Text
		switch {
		case t == `"`:
			if words == 0 || !startsUpper(toks[k+1].Text) {
				return -1
			}
			return k
		case isPossessive(t):
		case startsUpper(t) && words < 3:
			words++
		default:
			return -1
		}
	}
	return -1
}

// subtitleOpen returns the index of the opening quotation mark of a
// title whose subtitle starts at token i, after a colon and at most four
// capitalized words right after the mark ("Avengers: Endgame", "Star
// Wars: The Rise of Skywalker", whose subtitle the tagger reads as a
// company; third 2019 audit), or -1.
func subtitleOpen(toks []token, i int) int {
	if i < 3 || toks[i-1].Text != ":" {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if toks[k].Text == `"` {
			if k == i-2 {
				return -1
			}
			return k
		}
		if !startsUpper(toks[k].Text) {
			return -1
		}
	}
	return -1
}

// namingWords give a thing its name: what follows is the name, not a
// title.
var namingWords = setOf(`named called dubbed so-called nicknamed`)

// quotedTitlesAsMisc makes MISC, so not emitted, every mention of a name
// that the article writes alone in quotation marks somewhere (quotedTitle),
// unless it is a known place or a listed organization, or the article
// also writes it unquoted and tagged a person (Commanders "Oscar" and ...
// Commander Oscar told; the comic book hero Superman).
func quotedTitlesAsMisc(ms []*mention, toks []token) {
	var people map[string]bool
	for _, m := range ms {
		if m.typ == newsner.Person && !(m.t0 > 0 && toks[m.t0-1].Text == `"`) {
			if people == nil {
				people = map[string]bool{}
			}
			people[m.key] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && !people[m.key] && quotedTitle(toks, m) && !knownPlace(m.m.Text) && !listedOrg(m.m.Text)
	}, func(*mention) bool { return true }, misc)
}

// stormWords name a storm before its name ("Hurricane Edouard", "Typhoon
// Haiyan", "Superstorm Sandy"); "tropical storm" and "winter storm" too.
var stormWords = setOf(`hurricane superstorm typhoon cyclone`)

// stormName returns how many tokens before token k name a storm's kind
// (stormWords, "tropical storm", "winter storm"), in any case; 0 if none.
func stormName(toks []token, k int) int {
	if k > 0 && len(toks[k-1].Text) >= 7 && stormWords[strings.ToLower(toks[k-1].Text)] {
		return 1 // the storm words are of 7 letters or more: no lower-casing of the rest
	}
	if k > 1 && strings.EqualFold(toks[k-1].Text, "storm") && (strings.EqualFold(toks[k-2].Text, "tropical") || strings.EqualFold(toks[k-2].Text, "winter")) {
		return 2
	}
	return 0
}

// stormsAsMisc makes MISC, so not emitted, a storm's name: a mention right
// after a storm's word or starting with one ("Hurricane Sandy", "after
// hurricane Sandy"; CoNLL-2003: "Hurricane Edouard", Edouard MISC), and
// every mention of the name alone ("after Sandy hit"). The tagger reads
// the name, mostly a first name, as a person.
func stormsAsMisc(ms []*mention, toks []token) {
	var names map[string]bool
	for _, m := range ms {
		name := m.key
		if n := stormName(toks, m.t0+1); n > 0 && n < len(m.words) {
			name = strings.Join(m.words[n:], " ")
		} else if stormName(toks, m.t0) == 0 {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[m.key], names[name] = true, true
	}
	for _, m := range ms {
		if names[m.key] {
			m.typ = misc
		}
	}
}

// thingNouns are kinds of things, not of organizations, people or
// places, that a name given after "called", "dubbed" or "named" may be of
// ("a device called ...", "a program called W-2" and "an event called
// Eco-Challenge" in eng.train, both MISC): products, software, weapons,
// drugs, vehicles, events, shows and ideas, which CoNLL-2003 marks MISC.
var thingNouns = setOf(`product products device devices gadget gadgets system systems tool tools feature features
solution solutions software program programs programme programmes version versions model models drug drugs pill
pills vaccine vaccines weapon weapons technology technologies technique phenomenon effect event events game games
show shows series episode offering vehicle vehicles car cars truck trucks wagon robot robots toy toys algorithm
format protocol treatment therapy method process chip chips processor console phone phones smartphone`)

// calledThing reports whether the name m stands after a thing's noun
// (thingNouns), a comma or not, "called", "dubbed" or "named", and "the"
// or not: "an offering called Zorbly", "the military version, called the
// Quibble System".
func calledThing(toks []token, m *mention) bool {
	k := m.t0 - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k < 1 || !(toks[k].Text == "called" || toks[k].Text == "dubbed" || toks[k].Text == "named") {
		return false
	}
	k--
	if k > 0 && toks[k].Text == "," {
		k--
	}
	return thingNouns[toks[k].Text]
}

// calledThingsAsMisc makes MISC, so not emitted, every mention of a name
// the article gives a thing (calledThing), unless it is a known place, a
// listed organization, or a name the article tags a person elsewhere
// ("the firm that supplied the weapon, called Quimby and asked him":
// "called" the verb).
func calledThingsAsMisc(ms []*mention, toks []token) {
	people := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Person && !calledThing(toks, m) {
			people[m.key] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && !people[m.key] && calledThing(toks, m) && !knownPlace(m.m.Text) && !listedOrg(m.m.Text)
	}, func(*mention) bool { return true }, misc)
}

// stateModifier reports whether m is a listed country's or state's name
// before a noun in lower case that it modifies ("Quelbland utilities", "the
// Maryland economy") or before an "'s" ("New Jersey's largest power
// provider"), or after "in", "from", "to" and the like, "the" between or
// not (stateLocatives): in eng.train and eng.testa such a name is a place
// 195 times of 197 before a noun, 375 of 378 before an "'s" (the rest
// teams and a person, "Jordan's film").
func stateModifier(toks []token, m *mention) bool {
	poss := isPossessive(toks[m.t1-1].Text) || m.t1 < len(toks) && isPossessive(toks[m.t1].Text)
	return (poss || m.t1 < len(toks) && lowerNoun(toks[m.t1]) || placeContext(toks, m.t0, m.t1, stateLocatives) ||
		m.t0 > 1 && toks[m.t0-1].Text == "the" && stateLocatives[toks[m.t0-2].Text]) && strings.HasPrefix(listKey(m.m.Text, newsner.Location), "iso3166:")
}

// townAfterIn reports whether m stands right after "in", "near" and the
// like (strongLocatives; no "the") and before no "'s", nor where only an
// organization does ("shares in Quelbton", orgCue): in eng.train and
// eng.testa the places of the gazetteer after such a word are places 386
// times, organizations 4 ("in Essex's history", a club; "Shares in
// Slough").
func townAfterIn(toks []token, m *mention) bool {
	if m.t0 == 0 || !strongLocatives[toks[m.t0-1].Text] || isPossessive(toks[m.t1-1].Text) || m.t1 < len(toks) && isPossessive(toks[m.t1].Text) {
		return false
	}
	return !orgCue(toks, m.t0, m.t1)
}

// stateLocatives, before a listed country's or state's name, read it as
// the place: in eng.train and eng.testa 478 such names after one of them
// are places, none an organization ("in Quelbland", "from the Zorbo
// Republic").
var stateLocatives = setOf(`in near across throughout outside inside from to at`)

// placesBesidePlaces types LOCATION a mention tagged an organization that
// is a known place (knownPlace) and that the article lists beside a place
// ("between Brussels and Strasbourg", coordinatedWith) or writes before an
// "'s" and a place's name ("Cleveland's Cuyahoga County"), or a listed
// country or state before a noun it modifies (stateModifier): a list's
// names are of one kind, and a place's place is a place. Not in a sports report
// (sportsDoc, asked only where such a mention is), where a town is its
// team ("Liverpool and Chelsea").
func placesBesidePlaces(ms []*mention, toks []token, sports *sportsCheck) {
	for i, m := range ms {
		if m.typ != newsner.Organization {
			continue
		}
		next := m.t1
		if !isPossessive(toks[next-1].Text) {
			next++
			if next > len(toks) || !isPossessive(toks[next-1].Text) {
				next = -1
			}
		}
		// The contexts first, the lists' look-up (knownPlace) only where one holds.
		if (coordinatedWith(ms, toks, m, newsner.Location) || next > 0 && i+1 < len(ms) && ms[i+1].t0 == next && ms[i+1].typ == newsner.Location || stateModifier(toks, m) || townAfterIn(toks, m)) &&
			knownPlace(m.m.Text) && !sports.is() {
			m.typ = newsner.Location
		}
	}
}

// chamberNames are legislatures and cabinets named by one word ("the
// House", "the Senate", "the Duma"): CoNLL-2003 marks them organizations
// (House 4 of 4, Senate 15 of 15, Congress 11 of 11 in eng.train and
// eng.testa).
var chamberNames = setOf(`House Senate Congress Parliament Assembly Cabinet Duma Knesset Bundestag Legislature Storting Riksdag Sejm Majlis`)

// chambersAsOrganizations types ORGANIZATION a one-word mention tagged a
// person or a place that is a chamber's name (chamberNames): the tagger
// reads "control of the House" as a building's.
func chambersAsOrganizations(ms []*mention) {
	for _, m := range ms {
		if len(m.words) == 1 && personOrPlace(m) && chamberNames[m.m.Text] {
			m.typ = newsner.Organization
		}
	}
}

// pluralStem returns the name a one-word name is the plural of ("Zorbphones"
// -> "Zorbphone", "ABWRs" -> "ABWR"), or "" if it ends in no plural "s".
func pluralStem(name string) string {
	if len(name) < 4 || strings.ContainsAny(name, " '’") || !strings.HasSuffix(name, "s") || strings.HasSuffix(name, "ss") || strings.HasSuffix(name, "us") || strings.HasSuffix(name, "is") {
		return ""
	}
	return name[:len(name)-1]
}

// pluralsAsMisc makes MISC, so not emitted, a one-word name tagged an
// organization, a person or a place that is the plural of a brand's or company's
// name (names/brands.txt, the lists' organizations) or of a word of a name
// the article tags an organization or MISC ("one of those Zorbphones"
// beside "the Zorbphone X2", "four ABWRs"): things of the make, products,
// MISC in CoNLL-2003. Not where the name or its stem is a known place or a
// listed organization, nor a word of a name the article tags a person ("the
// Quimbys", a family), nor after a capitalized word (a group's name the
// tagger cut: "Tamil Tigers"), nor in a sports report, where teams are
// plural.
func pluralsAsMisc(ms []*mention, toks []token, sports *sportsCheck) {
	var orgWords, personWords map[string]bool
	for _, m := range ms {
		if len(m.words) != 1 || !m.typ.Valid() || m.typ == misc {
			continue
		}
		stem := pluralStem(m.m.Text)
		if stem == "" || m.t0 > 0 && startsUpper(toks[m.t0-1].Text) || knownPlace(m.m.Text) || listedOrg(m.m.Text) || knownPlace(stem) {
			continue
		}
		if orgWords == nil {
			orgWords, personWords = map[string]bool{}, map[string]bool{}
			for _, n := range ms {
				for k := n.t0; k < n.t1; k++ {
					switch n.typ {
					case newsner.Organization, misc:
						orgWords[toks[k].Text] = true
					case newsner.Person:
						personWords[toks[k].Text] = true
					}
				}
			}
		}
		if personWords[stem] || !(orgWords[stem] || brandName(stem) || listedOrg(stem)) || sports.is() {
			continue
		}
		m.typ = misc
	}
}

// peoplesAndFaiths are the names of peoples, faiths and languages that
// demonyms leaves out ("Hispanic", "Roman", "Kurds", "Sunni", "Swahili"):
// MISC in CoNLL-2003, as every one of them is in eng.train and eng.testa
// (130 of 130).
var peoplesAndFaiths = setOf(`hispanic hispanics latino latinos latina latinas roman romans jewish jew jews
muslim muslims christian christians catholic catholics protestant protestants sunni sunnis shia shiite shiites
kurdish kurd kurds tamil tamils sikh sikhs hindu hindus buddhist buddhists swahili mandarin cantonese hindi urdu
tagalog yiddish hebrew arabic farsi pashto dari bengali punjabi creole maori inuit islamic islamist islamists
evangelical evangelicals mormon mormons pashtun pashtuns uighur uighurs uyghur uyghurs rohingya yazidi yazidis
druze alawite alawites`)

// partisans are the members of a party or a movement named by one word
// ("Republicans", "Tories", "Maoists"): MISC in CoNLL-2003 (every one of
// the 73 one-word such names in eng.train and eng.testa); not a party's
// own name ("Labour", "Greens", organizations there), nor the adjectives
// that start one ("Conservative Party"), nor a British party's plural
// ("the Tories and Lib Dems opposed it", the party: ORG in the tweets'
// corpus).
//
// "Houthi" and "Houthis", the Yemeni movement's followers named for its
// founders' family (world news audit: the tagger typed them an organization
// or a place), are such members too: MISC as eng.train marks the movement
// of 1996 named so, "Taleban" (9 of 9); the movement's own name, "Ansar
// Allah", is no such word.
var partisans = setOf(`republican republicans democrat democrats tory blairite blairites
brexiteer brexiteers communists maoist maoists marxist marxists nazi nazis zionist zionists houthi houthis`)

// peoplesAsMisc makes MISC, so not emitted, a one-word mention tagged a
// person, a place or an organization that names a people, a faith or a
// language (peoplesAndFaiths) or a party's members (partisans): the tagger
// reads "Hispanic and poorly educated men" as a person's name.
func peoplesAsMisc(ms []*mention) {
	for _, m := range ms {
		if len(m.words) == 1 && m.typ.Valid() && (peoplesAndFaiths[m.words[0]] || partisans[m.words[0]]) || partisanPlural(m) {
			m.typ = misc
		}
	}
}

// memberPlurals name a party's members in the plural at the end of a
// name of two words or more ("Christian Democrats", "Social Democrats",
// "National Socialists").
var memberPlurals = setOf(`democrats republicans socialists conservatives liberals communists`)

// partisanPlural reports whether m, tagged a person, is a party's members
// named by two words or more ending in a plural of memberPlurals ("Angela
// Merkel's Christian Democrats" gave PERSON "Christian Democrats" on a
// made-up Reuters-style article, fourth audit): no person's name ends so;
// MISC as CoNLL-2003 marks "Social Democrats" (2 of 2 in eng.train and
// eng.testa). Tagged an organization it stays ("Australian Democrats", a
// party's name there).
func partisanPlural(m *mention) bool {
	return m.typ == newsner.Person && len(m.words) >= 2 && memberPlurals[m.words[len(m.words)-1]]
}

// countiesAsPlaces types LOCATION a mention of two words or more tagged an
// organization or a person that ends in "County" or "Parish" ("Niagara
// County Undersheriff Tom Quimby"): a county, not a listed organization,
// and not in a sports report or a results line (resultsLine), where it is
// a club's name (every "County" organization of eng.train and eng.testa is
// a football club, Notts County or Ross County, in results).
func countiesAsPlaces(ms []*mention, toks []token, sports *sportsCheck) {
	for _, m := range ms {
		if len(m.words) < 2 || !(m.typ == newsner.Organization || m.typ == newsner.Person) {
			continue
		}
		if w := toks[m.t1-1].Text; (w == "County" || w == "Parish") && !listedOrg(m.m.Text) && !resultsLine(toks, m) && !sports.is() {
			m.typ = newsner.Location
		}
	}
}

// resultsLine reports whether m stands next to a number or "v" as a
// results table writes a club ("Montrose 2 Zorbo County 1", "Quelby v
// Zorbo County").
func resultsLine(toks []token, m *mention) bool {
	side := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		w := toks[k].Text
		return isNumber(w) || w == "v" || w == "v." || w == "vs" || w == "vs."
	}
	return side(m.t0-1) || side(m.t1)
}

// placeAdjectives, in lower case right before a name, read it as a place
// ("northern Zorbia", "neighbouring Quelbland", "her native Quimbyton"):
// in eng.train and eng.testa 109 of the 130 names after one are places,
// the rest MISC (demonyms: "northern Italian"), one an organization.
var placeAdjectives = setOf(`northern southern eastern western central northeastern northwestern southeastern
southwestern neighbouring neighboring rural native downtown suburban coastal`)

// placeAdjectivesAsPlaces types LOCATION a mention tagged an organization
// or a person right after a place's adjective (placeAdjectives), and the
// other mentions of its name tagged a person; not a listed organization,
// a name ending in a company's word, or a sports report's team.
func placeAdjectivesAsPlaces(ms []*mention, toks []token, sports *sportsCheck) {
	retypeByKey(ms, func(m *mention) bool {
		if m.t0 == 0 || !(m.typ == newsner.Organization || m.typ == newsner.Person) || !placeAdjectives[toks[m.t0-1].Text] {
			return false
		}
		last := strings.ToLower(strings.TrimSuffix(toks[m.t1-1].Text, "."))
		return !listedOrg(m.m.Text) && !companyHeads[last] && !legalSuffixes[last] && !orgHeads[last] && !sports.is()
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.t0 > 0 && placeAdjectives[toks[m.t0-1].Text]
	}, newsner.Location)
}

// acronymsOfMiscAsMisc makes MISC every mention of an acronym that the
// article gives in brackets right after a name it reads as MISC ("the
// Quibble Denial System (QDS)", a weapon; "Zorbo Water Reactor (ZWR)"):
// the acronym is the same thing. Run after the rules that make names MISC.
func acronymsOfMiscAsMisc(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if !m.typ.Valid() || len(m.words) != 1 || m.t0 < 2 || m.t1 >= len(toks) || toks[m.t0-1].Text != "(" || toks[m.t1].Text != ")" {
			return false
		}
		i := sort.Search(len(ms), func(i int) bool { return ms[i].t0 >= m.t0 })
		if i == 0 {
			return false
		}
		p := ms[i-1]
		return p.typ == misc && p.t1 == m.t0-1 && len(p.words) > 1 && capitals(p.m.Text) == m.m.Text
	}, func(*mention) bool { return true }, misc)
}

// webDomains are the endings of a site's name written as its address.
var webDomains = []string{".com", ".org", ".net", ".co.uk", ".tv"}

// siteName reports whether w is a site's name written as its address with
// a capital ("NBCNews.com", "RedState.com", "Omaha.com", "BBC.co.uk"): a
// capitalized word of letters, digits and hyphens before the domain's
// ending, no other dot. A lower-case address ("nytimes.com") is a link's,
// not a name's.
func siteName(w string) bool {
	if len(w) < 6 || !isASCIIUpper(w[0]) {
		return false
	}
	for _, d := range webDomains {
		stem, ok := strings.CutSuffix(w, d)
		if !ok {
			continue
		}
		if len(stem) < 2 {
			return false
		}
		for i := 0; i < len(stem); i++ {
			c := stem[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
		return true
	}
	return false
}

// addSiteSpans makes a site's name written as its address ("told
// WGRZ.com", "a piece on CNN.com", "RedState.com editor") an
// organization: the news site or the company that runs it, as the entity
// lists give them (every such name of the tuned pages is). The tagger
// leaves most of them untagged, never having seen one in Reuters 1996; a
// span of the token alone tagged otherwise becomes an organization, one
// that holds it with other words is left.
func addSiteSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	j := 0
	for k := range toks {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		if !siteName(toks[k].Text) {
			continue
		}
		if j < len(spans) && spans[j].t0 <= k {
			if spans[j].t0 == k && spans[j].t1 == k+1 {
				spans[j].typ = newsner.Organization
			}
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	if add == nil {
		return spans
	}
	out := make([]tspan, 0, len(spans)+len(add))
	out = append(append(out, spans...), add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].t0 < out[j].t0 })
	return out
}

// siteStem returns the first of a name's words (lower case) without its
// ".com" where a company's formal name follows on with a legal suffix
// ("amazon" of "Amazon.com Inc"), the word as it is otherwise: a site's
// address alone ("NFL.com", "CNN.com") names the site, which the entity
// lists give apart from the league or the network ("NFL", "CNN"), so the
// short name is no short form of it.
func siteStem(words []string) string {
	if len(words) < 2 {
		return words[0]
	}
	return bareName(words[0])
}

// articleThingFollowers are the words that may follow a thing's name after
// "a" or "an" where the name is no modifier of a noun: a preposition or a
// conjunction ("a Zorbphone or a truck", "bought a Quibbook after June").
var articleThingFollowers = setOf(`and or on after before in with for to at from that which but than like`)

// thingAfterArticle reports whether m, a one-word name tagged an
// organization or a place, stands after "a" or "an" and before a
// punctuation mark or a word of articleThingFollowers: a thing of the
// name, counted as one is ("unlike a Zorbgun, which", "put on a Quelbvee
// or a truck"), not "a NATO official", where the name modifies a noun.
func thingAfterArticle(toks []token, m *mention) bool {
	if len(m.words) != 1 || m.t0 < 1 || m.t1 >= len(toks) || m.typ != newsner.Organization && m.typ != newsner.Location {
		return false
	}
	if a := strings.ToLower(toks[m.t0-1].Text); a != "a" && a != "an" {
		return false
	}
	next := toks[m.t1].Text
	r, _ := utf8.DecodeRuneInString(next)
	return articleThingFollowers[next] || unicode.IsPunct(r) && !isPossessive(next)
}

// thingsAfterArticleAsMisc makes MISC, so not emitted, every mention of a
// one-word name the article counts as a thing (thingAfterArticle: "unlike
// a Zorbgun, which", "bought a Quibbook after June"): a product, as
// CoNLL-2003 reads "an Uzi." and "an AK47."; not a listed organization or
// brand, whose maker's name stands for its car ("a Ducati before", ORG in
// eng.train), not a known place, nor in a sports report ("a Reds' fan"),
// nor a name the article writes beside a number as a results table or a
// standings line writes a team (resultsLine: "driving a Zorbari, won"
// above "3. Zorbari 48", a racing team, ORG in eng.train).
func thingsAfterArticleAsMisc(ms []*mention, toks []token, sports *sportsCheck) {
	var teams map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		if !thingAfterArticle(toks, m) || listedOrg(m.m.Text) || brandName(m.m.Text) || knownPlace(m.m.Text) || sports.is() {
			return false
		}
		if teams == nil {
			teams = map[string]bool{}
			for _, n := range ms {
				if resultsLine(toks, n) {
					teams[n.key] = true
				}
			}
		}
		return !teams[m.key]
	}, func(m *mention) bool { return m.typ != newsner.Person }, misc)
}

// festivalHeads end the name of a recurring event that starts with a
// place's name ("the Quelbton Light Festival", "the Zorbo Marathon").
var festivalHeads = setOf(`Festival Fest Carnival Biennale Biennial Expo Fair Marathon Parade`)

// placesStartingEventsAsMisc makes MISC, so not emitted, a mention tagged
// a place that the tagger cut from the event it starts: one to three
// capitalized words no mention holds follow it, the last a festival's
// word ("the 7th Quelbton Light Festival": "Quelbton" alone a place). The
// whole name is the event's, MISC in CoNLL-2003 ("Cannes Film Festival");
// the place named alone elsewhere stays.
func placesStartingEventsAsMisc(ms []*mention, toks []token) {
	var held []int8 // 1: a token a mention holds, 2: one a MISC mention holds; made at the first need
	for _, m := range ms {
		if !m.typ.Valid() || m.typ == misc || m.typ != newsner.Location && !knownPlace(m.m.Text) ||
			m.t1 >= len(toks) || !startsUpper(toks[m.t1].Text) {
			continue
		}
		if held == nil {
			held = make([]int8, len(toks))
			for _, n := range ms {
				for k := n.t0; k < n.t1 && k < len(toks); k++ {
					held[k] = 1
					if n.typ == misc {
						held[k] = 2
					}
				}
			}
		}
		for k := m.t1; k < len(toks) && k < m.t1+3 && held[k] != 1 && startsUpper(toks[k].Text) && isLetters(toks[k].Text); k++ {
			if festivalHeads[toks[k].Text] || raceHeads[toks[k].Text] {
				m.typ = misc
				break
			}
		}
	}
}

// partyAdjectivesAsMisc makes MISC, so not emitted, a one-word mention
// tagged an organization or a person that is a party's adjective
// (partyAdjectives, spans.go) right before "party" in lower case, which the tagger
// left out of the name: CoNLL-2003 marks the word alone MISC there
// ("Democratic party": 4 times, ORG once), as it does an adjective.
func partyAdjectivesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if len(m.words) == 1 && m.t1 < len(toks) && toks[m.t1].Text == "party" && partyAdjectives[m.m.Text] &&
			(m.typ == newsner.Organization || m.typ == newsner.Person) {
			m.typ = misc
		}
	}
}

// aliasAcronym reports whether name, one word in capitals of three
// letters or more, is an organization's acronym that aliases.tsv lists in
// capitals ("GOP", "NATO", "IAEA"): a body's name wherever it is written
// so, which the list keys and joins but the type rules do not see.
func aliasAcronym(name string) bool {
	if strings.ContainsAny(name, " .") || utf8.RuneCountInString(name) < 3 || !isAllCaps(name) || !isLetters(name) {
		return false
	}
	for _, t := range nameIndex()[normName(name)] {
		if t.alias && t.caps && t.typ == newsner.Organization {
			return true
		}
	}
	return false
}

// aliasAcronymsAsOrganizations types ORGANIZATION a mention tagged MISC
// whose name is an organization's listed acronym (aliasAcronym): the
// tagger reads a party's acronym before a noun as an adjective ("the
// ZORB primary", "a ZORB debate", as it reads "Republican"), but the body
// is an organization. CoNLL-2003 marks its one "GOP" MISC. Not in a
// sports report, where capitals are a game's terms ("six RBI", "an RBI
// single": runs batted in, not the Reserve Bank of India; eng.testa and
// eng.train), nor after a number ("three ZORB").
func aliasAcronymsAsOrganizations(ms []*mention, toks []token, sports *sportsCheck) {
	for _, m := range ms {
		if m.typ == misc && aliasAcronym(m.m.Text) && (m.t0 == 0 || toks[m.t0-1].Tag != "CD") && !sports.is() {
			m.typ = newsner.Organization
		}
	}
}

// bodyHeads are the last words of a body's name ("International Zorb
// Federation", "Quelb Tennis Association", "Olympic Committee") that the
// tagger types MISC where it reads the name's first words as an event's
// or a people's; companyHeads leaves them out for tagged people.
var bodyHeads = setOf(`federation committee association`)

// bodyHeadedMisc reports whether m, tagged MISC, ends in a body's head
// word (bodyHeads), or in "League" outside a sports report (sportsDoc)
// and no listed league's name (leagueNames, which leaguesAsMisc made
// MISC): the body, not a thing named for it ("the Anti-Zorb League
// said"). In a sports report "League" ends a competition's name, MISC in
// CoNLL-2003 (73 such names in eng.train). eng.train marks three MISC
// names of its 1996 sport pages ("Russian National Olympic Committee")
// that this makes organizations.
func bodyHeadedMisc(toks []token, m *mention, sports *sportsCheck) bool {
	w := toks[m.t1-1].Text
	return startsUpper(w) && (bodyHeads[strings.ToLower(w)] || w == "League" && !leagueNames[strings.Join(m.words, " ")] && !sports.is())
}

// buyVerbs, right before a name, say the name is bought or sold whole
// ("agreed to buy Zorba Quelling", "it had acquired Jane Marlo").
var buyVerbs = setOf(`buy buys bought buying acquire acquires acquired acquiring`)

// boughtAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person that stands right after a verb of buying (buyVerbs):
// outside sports (sportsTalk), where clubs acquire players (eng.train's
// one person after such a verb, "acquiring Denny Neagle", is a baseball
// trade, in an article with no score but "pitcher" and "season"), what
// a company buys by name is a company or a brand, and one named like a
// person is typed a person by the tagger (issue 11: a retailer's brands
// "Dorothy Perkins" and "Wallis" after "buy" typed PER on a made-up
// Reuters-style article), and so is the list's next name ("buy Zorba
// Quelling and Tovey", which coordinatedAsOrganizations leaves to the
// tagger where it starts with a first name).
func boughtAsOrganizations(ms []*mention, toks []token) {
	if sportsTalk(toks) {
		return
	}
	bought := map[*mention]bool{}
	for i, m := range ms {
		if m.typ != newsner.Person || m.t0 == 0 {
			continue
		}
		// A list's later name: "buy Zorba Quelling and Tovey".
		if w := toks[m.t0-1].Text; buyVerbs[w] || i > 0 && bought[ms[i-1]] && (w == "and" || w == ",") && ms[i-1].t1 == m.t0-1 {
			bought[m] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return bought[m]
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// sportsTalk reports whether toks hold two sports words or more
// (sportsWords), with or without scores: a report of a trade or a
// transfer has none.
func sportsTalk(toks []token) bool {
	words := 0
	for _, t := range toks {
		if sportsWords[strings.ToLower(t.Text)] {
			if words++; words >= 2 {
				return true
			}
		}
	}
	return false
}

// acronymPlacesAsOrganizations types ORGANIZATION a name tagged a place
// whose first word is an acronym the lists know as an organization's
// and whose other words are a known place ("NHS Zorbshire", "UEFA
// Europe"): a body's branch for that place, named by the body first (an
// organization by CoNLL-2003's guidelines); the tagger read "NHS England"
// as the country (December 2020 audit). Not an acronym a list knows as a
// place too ("UK England" stays). Only the tagger's own span: an
// untagged acronym before a place is often a modifier ("UN Syria
// envoy"), so no span is added.
func acronymPlacesAsOrganizations(ms []*mention) {
	for _, m := range ms {
		if m.typ != newsner.Location || len(m.words) < 2 {
			continue
		}
		first, rest, _ := strings.Cut(m.m.Text, " ")
		if isAcronym(first) && listKeyOf(first, newsner.Organization, true) != "" && !knownPlace(first) && knownPlace(rest) {
			m.typ = newsner.Organization
		}
	}
}

// saidItsAsOrganizations types ORGANIZATION, at every mention, a name of
// any length tagged a person that the article has say "its" ("Quelba
// Marlo said its skincare business grew", "Zorbin Retail said on Monday
// its sales fell"): a company speaking of what it has; a person says
// "his" or "her", and eng.train and eng.testa have no person's name
// before "said its". The tagger types a company named like a person a
// person (December 2020 audit: "Rival Estee Lauder said its skincare
// business grew"). saidItAsOrganizations takes one-word names before
// "it" too; this one takes longer names and first names, but only before
// "its", and not a name the article gives a person's title or role at
// another mention ("Ms Marlo", "chief executive Quelba Marlo").
func saidItsAsOrganizations(ms []*mention, toks []token) {
	styled := map[string]bool{} // keys of the mentions after an honorific or a person's role
	for _, m := range ms {
		if m.t0 > 0 && (afterHonorific(toks, m.t0) || personRoles[toks[m.t0-1].Text] || isTitle(toks[m.t0-1].Text)) {
			styled[m.key] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && saidItsCue(toks, m.t1) && !styled[m.key]
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// saidItsCue reports whether saidItCue holds at token k with "its".
func saidItsCue(toks []token, k int) bool {
	if !saidItCue(toks, k) {
		return false
	}
	k++
	if toks[k].Text == "on" {
		k += 2
	}
	return toks[k].Text == "its"
}

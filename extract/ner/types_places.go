package ner

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsner/newsner"
)

// Typing rules that give LOCATION: places by their context (datelines, "in",
// a place's title or adjective, a town before its state), countries, US
// states and their codes, formal place names ("State of Texas"), facilities,
// grounds and landforms, counties, and bodies of space.

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
		if !startsSentence(text, toks, m.t0) || !agencyDateline(toks, m.t1) && !(!hasLower(m.m.Text) && stateDateline(toks, m.t1)) && !lineDateline(text, toks, m) {
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

// lineDateline reports whether m, a name in capitals that starts a line,
// is the town of a dateline with no agency: before a dash and the story's
// first words, a known place ("BOSTON — Zorb scored 38 points", a web
// paper's sports report), or before a comma, up to three capitalized
// words and a date that ends the line ("WIGAN, England 1996-08-31", the
// wire's of 1996). The tagger and the sports rules read such a town in a
// match report as its team (issue 11, the web pass: eng.testa's "WIGAN,
// England 1996-08-31" atop a rugby league result, audit2020k's "BOSTON —"
// and "PORTLAND —" atop basketball and soccer reports).
func lineDateline(text string, toks []token, m *mention) bool {
	if hasLower(m.m.Text) || m.t0 > 0 && !strings.ContainsRune(text[toks[m.t0-1].BEnd:toks[m.t0].BStart], '\n') || m.t1+1 >= len(toks) {
		return false
	}
	next := func(k int) bool { return !strings.ContainsRune(text[toks[k-1].BEnd:toks[k].BStart], '\n') }
	if afterDash(toks, m.t1+1) && next(m.t1) && next(m.t1+1) {
		return isPlaceName(titleCase(m.m.Text))
	}
	if toks[m.t1].Text != "," {
		return false
	}
	k := m.t1 + 1
	for n := 0; n < 3 && k < len(toks) && startsUpper(toks[k].Text) && next(k); n++ {
		k++
	}
	return k > m.t1+1 && k < len(toks) && next(k) && isoDate(toks[k].Text) && (k+1 == len(toks) || !next(k+1))
}

// isoDate reports whether w is a date written year-month-day
// ("1996-08-31").
func isoDate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for i, r := range w {
		if i != 4 && i != 7 && (r < '0' || r > '9') {
			return false
		}
	}
	return true
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
		if k := listKey(m.m.Text, newsner.Location); (countryKey(k) || sideRegions[m.key]) && !anyLower(m.words, lower) {
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

// facilityPlurals, in lower case, name sites of a kind whose names a
// list after them gives ("the city's major airports -- Zorbton
// International and Quelb Field").
var facilityPlurals = setOf(`airports stadiums arenas hotels museums libraries`)

// facilityListPlaces types LOCATION a name tagged an organization or a
// person that stands in a list opened by a facility plural and a dash or a
// colon ("its airports -- Zorbton International, Quelb Field and
// Quimby"): each is a site, which CoNLL-2003 marks a place; the tagger
// reads an airport's name without "Airport" as a company's. Only names,
// commas and "and" may stand between the name and the opening.
func facilityListPlaces(ms []*mention, toks []token) {
	if !slices.ContainsFunc(toks, func(t token) bool { return facilityPlurals[t.Text] }) {
		return
	}
	inName := make(map[int]bool)
	for _, m := range ms {
		for k := m.t0; k < m.t1; k++ {
			inName[k] = true
		}
	}
	for _, m := range ms {
		if m.typ != newsner.Organization && m.typ != newsner.Person {
			continue
		}
		if facilityListOpens(toks, m.t0, inName) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// facilityListOpens reports whether, going back from token i, only names
// (inName or capitalised words), commas and "and" stand before a dash or a
// colon that follows a facility plural (facilityPlurals); at most 30 tokens
// back.
func facilityListOpens(toks []token, i int, inName map[int]bool) bool {
	for k := i - 1; k >= 1 && k >= i-30; k-- {
		w := toks[k].Text
		switch {
		case w == ":" || strings.Trim(w, "-–—") == "" && w != "":
			return facilityPlurals[toks[k-1].Text]
		case w == "," || w == "and" || inName[k] || startsUpper(w):
			continue
		}
		return false
	}
	return false
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
// eng.train or eng.testa ends in it). "Planetarium" and "Room" added for
// issue 11 (a facility typed an organization where the lists had no head
// word for it: GUM's "the Adler Planetarium in Chicago", a Dragnet page's
// "the Boulevard Room at the swanky Conrad Hilton Hotel"); a room is a
// place, but a newsroom's name is its desk's (newsDesk: eng.train's one
// name ending in "Room", "Hong Kong News Room", stays an organization).
// Not "Library": the lists make "Alderman Library" a place, "Dutch Royal
// Library" and the "Library of Congress" bodies.
var groundHeads = setOf(`centre complex arena park ground planetarium room
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
	return ok && lowered(placeHeads, head) && (isPlaceName(rest) || listKey(rest, newsner.Location) != "")
}

// facilitiesAsPlaces types LOCATION the entities (groups) whose fullest
// name, of two words or more and tagged an organization or a person, a
// facility word heads: its last word, or the word before its "of"
// ("Museum of Flight"), or, tagged an organization, a ground word heads
// (groundHeads: "Jasper National Park"); and those named by a place's
// formal name ("State of Texas"), or, outside a sports report, ending in
// a landform's word (landformName: "Zorbo Point"), or naming a spaceflight
// site (spaceSite: "Kennedy Space Center"); unless the lists name it an
// organization. The whole entity goes, so its short forms ("the Bardo" of
// "Bardo National Museum") stay with it. A first name and a facility word
// tagged a person stay a person ("Domingo Hospital", a golfer).
func facilitiesAsPlaces(groups [][]*mention, toks []token, about *topics) {
	for _, g := range groups {
		m := longestMention(g)
		if m.typ != newsner.Organization && m.typ != newsner.Person || len(m.words) < 2 || !startsUpper(m.m.Text) {
			continue
		}
		if m.typ == newsner.Person && len(m.words) == 2 && firstName(m.m.Text) && !civicHall(m.words) {
			continue // "Domingo Hospital", a golfer
		}
		if leadBankWords[strings.Fields(m.m.Text)[0]] {
			continue // "Banco Base", a bank (leadWordsAsOrganizations)
		}
		head := facilityHeadWord(m.words)
		for k, w := range m.words {
			if w == "of" && k > 0 {
				head = m.words[k-1]
				break
			}
		}
		if (facilityHeads[head] || m.typ == newsner.Organization && groundHeads[head] && !newsDesk(m.words) || formalPlaceName(m.m.Text) || landformName(m, head, about) && !cuedLandform(g, toks) || civicHall(m.words) || leadFacilityName(m.words) || spaceSite(m.words)) &&
			listKey(m.m.Text, newsner.Organization) == "" {
			for _, n := range g {
				n.typ = newsner.Location
			}
		}
	}
}

// newsDesk reports whether a name's words end in "news room" ("Hong Kong
// News Room", eng.train's one name ending in "Room"): a newsroom's name is
// its desk's, an organization, not a room's.
func newsDesk(words []string) bool {
	n := len(words)
	return n >= 2 && words[n-2] == "news" && words[n-1] == "room"
}

// groundVenuesAsPlaces types LOCATION the entities tagged a person whose
// fullest name ends in a ground's word (groundHeads: "Arena", "Park",
// "Complex") and that the article names as a venue: after "the" ("at the
// Zorbridge Arena"), in three words or more ("Shelby Quelb Park"), or
// right before a common noun it modifies (modifiesNoun: "an ecstatic Zorb
// Park crowd"). facilitiesAsPlaces leaves ground words tagged a person alone,
// as "Park" and "Arena" are surnames ("Grace Park", "Bruce Arena", which
// none of the three cues fits); the tagger reads a venue named for a
// person or a town the same way (issue 11, the web pass: eng.testa's
// "Ellis Park crowd", audit2020l's "at the Marshall Arena", audit2020k's
// "turned Shelby Bottoms Park into a swamp"). Not after an honorific.
func groundVenuesAsPlaces(groups [][]*mention, toks []token) {
	for _, g := range groups {
		m := longestMention(g)
		if m.typ != newsner.Person || len(m.words) < 2 || !groundHeads[strings.ToLower(m.words[len(m.words)-1])] || listKey(m.m.Text, newsner.Organization) != "" {
			continue
		}
		venue := len(m.words) >= 3
		for _, n := range g {
			if afterHonorific(toks, n.t0) {
				venue = false
				break
			}
			if n.t0 > 0 && strings.EqualFold(toks[n.t0-1].Text, "the") || modifiesNoun(toks, n.t1) {
				venue = true
			}
		}
		if !venue {
			continue
		}
		for _, n := range g {
			n.typ = newsner.Location
		}
	}
}

// modifiesNoun reports whether token k, right after a name, is a common
// noun in lower case the name modifies ("Zorb Park crowd"): tagged a noun,
// or a verb's present plural form, which no singular name takes ("crowd",
// "fans").
func modifiesNoun(toks []token, k int) bool {
	if k >= len(toks) || startsUpper(toks[k].Text) || !isLetters(toks[k].Text) {
		return false
	}
	switch toks[k].Tag {
	case "NN", "NNS", "VBP":
		return true
	}
	return false
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

// cuedLandform reports whether a mention of g, an entity whose name ends
// in a landform's word, stands where only an organization does (orgCue,
// runByCue: "Quelb Point, run by Jane Roe,", "analysts at Zorbo Pass"):
// a fund or a firm named as a shore is ("Third Point", audit 2020e
// article 6, which the tagger read as an organization and landformName
// made a place).
func cuedLandform(g []*mention, toks []token) bool {
	for _, m := range g {
		if orgCue(toks, m.t0, m.t1) || runByCue(toks, m.t1) {
			return true
		}
	}
	return false
}

// landformName reports whether the fullest name m of an entity ends in a
// landform's word (landformHeads), outside a sports report, where a bay's
// town is a team ("Tampa Bay", "Green Bay"), and but a listed team's town
// (teamTownName) in a North American league's item (leagueText: the
// results table "GREEN BAY 31 Detroit 24", no sports report to sportsDoc).
func landformName(m *mention, head string, about *topics) bool {
	return landformHeads[head] && !about.sportsDoc() && !(teamTownName(m.m.Text) && about.leagueText())
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
func spaceBodiesAsPlaces(ms []*mention, toks []token, about *topics) {
	ok := func(m *mention) bool { return m.typ != newsner.Location }
	for _, m := range topicNameMentions(ms, toks, spaceBodies, about.spaceText, ok) {
		m.typ, m.place = newsner.Location, true
	}
}

// joinFormalPlaces joins a place named by its formal name ("the State of
// Texas") to the article's place of the plain name ("Texas"): one entity,
// keyed as the plain name is (withoutSuffixes); and a city named with its
// "City" to the place of the name without it ("New York City" and "New
// York"), unless that is a listed country or state ("Kansas City" and
// "Kansas", "Mexico City" and "Mexico" are two), or the name stands in
// lists beside states (coordinatedWithState: "New York and New Jersey") or
// beside a state's words (namedAsState: "New York Governor Zorb").
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
						places[normName(h[0].m.Text)] = append(byNormName(places, h[0].m.Text), j)
					}
				}
			}
			for _, j := range byNormName(places, rest) {
				if j != i && (rest == formalRest(m.m.Text) || !coordinatedWithState(groups[j], toks) && !namedAsState(groups[j], toks)) {
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
		m.t0 > 1 && toks[m.t0-1].Text == "the" && stateLocatives[toks[m.t0-2].Text]) && iso3166Place(m.m.Text)
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
// team ("Liverpool and Chelsea"), nor a listed team's town in an item on a
// North American league (leagueTeamTown: "Utah's Donovan Mitchell").
func placesBesidePlaces(ms []*mention, toks []token, about *topics) {
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
			knownPlace(m.m.Text) && !about.sportsDoc() && !leagueTeamTown(about, m.m.Text) {
			m.typ = newsner.Location
		}
	}
}

// countiesAsPlaces types LOCATION a mention of two words or more tagged an
// organization or a person that ends in "County" or "Parish" ("Niagara
// County Undersheriff Tom Quimby"): a county, not a listed organization,
// and not in a sports report or a results line (resultsLine), where it is
// a club's name (every "County" organization of eng.train and eng.testa is
// a football club, Notts County or Ross County, in results).
func countiesAsPlaces(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		if len(m.words) < 2 || !(m.typ == newsner.Organization || m.typ == newsner.Person) {
			continue
		}
		if w := toks[m.t1-1].Text; (w == "County" || w == "Parish") && !listedOrg(m.m.Text) && !resultsLine(toks, m) && !about.sportsDoc() {
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
func placeAdjectivesAsPlaces(ms []*mention, toks []token, about *topics) {
	retypeByKey(ms, func(m *mention) bool {
		if m.t0 == 0 || !(m.typ == newsner.Organization || m.typ == newsner.Person) || !placeAdjectives[toks[m.t0-1].Text] {
			return false
		}
		last := strings.ToLower(strings.TrimSuffix(toks[m.t1-1].Text, "."))
		return !listedOrg(m.m.Text) && !companyHeads[last] && !legalSuffixes[last] && !orgHeads[last] && !about.sportsDoc()
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.t0 > 0 && placeAdjectives[toks[m.t0-1].Text]
	}, newsner.Location)
}

// shoalWords, in any case, say a text is about shoals and reefs ("the
// Zorb Shoal", "a reef").
var shoalWords = setOf(`shoal shoals reef reefs atoll atolls`)

// shoalBanksAsPlaces types LOCATION a name of two words or more ending in
// "Bank" tagged an organization, in a text that names a shoal or a reef
// (shoalWords): a bank there is a sandbank ("the Quelb Bank, claimed by
// Zorbia"), not a lender; a listed organization ("Zorbian Central Bank")
// is left alone.
func shoalBanksAsPlaces(ms []*mention, toks []token) {
	shoals := -1
	for _, m := range ms {
		n := len(m.words)
		if m.typ != newsner.Organization || n < 2 || m.words[n-1] != "bank" || listKey(m.m.Text, newsner.Organization) != "" {
			continue
		}
		if shoals < 0 {
			shoals = 0
			if slices.ContainsFunc(toks, func(t token) bool { return lowered(shoalWords, t.Text) }) {
				shoals = 1
			}
		}
		if shoals == 1 {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// compassRegions are the compound compass words that name a country's
// region on their own ("power is out in the Northeast", "the Midwest").
var compassRegions = setOf(`Northeast Northwest Southeast Southwest Midwest Mideast`)

// addCompassRegionSpans adds a place's span over a compass region's word
// (compassRegions) that the tagger left untagged, or tagged MISC alone,
// where a place stands: after "the" and a strong locative ("power is out
// in the Northeast", "across the Southeast"), with no capitalized word or
// noun after it ("the Northeast Utilities", "in the Northwest corridor"
// are a name's or a noun's word). The tagger, which knows "the Midwest",
// misses "towers in the Northeast" or reads it as MISC. In eng.train all
// 9 of these words standing alone are places (Midwest 8, Northwest 1),
// and GUM marks "the Midwest" a place.
func addCompassRegionSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	j := 0 // spans[j:] end after token k
	for k := 1; k < len(toks); k++ {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		if !compassRegions[toks[k].Text] || toks[k-1].Text != "the" || k < 2 || !strongLocatives[toks[k-2].Text] || j < len(spans) && spans[j].t0 <= k && spans[j] != (tspan{misc, k, k + 1}) {
			continue
		}
		if k+1 < len(toks) && (startsUpper(toks[k+1].Text) || lowerNoun(toks[k+1])) {
			continue
		}
		add = append(add, tspan{newsner.Location, k, k + 1})
	}
	return replaceSpans(spans, add) // over untagged tokens, or over a lone MISC span of the word, which goes
}

// siteNouns follow a mine's, a refinery's or a smelter's name.
var siteNouns = setOf(`mine mines refinery smelter`)

// commodityWords may stand between such a name and its noun ("the Zorb
// copper mine").
var commodityWords = setOf(`copper gold iron coal lithium nickel zinc potash uranium silver diamond oil
bauxite tin platinum cobalt alumina`)

// sitesAsPlaces types LOCATION a name tagged an organization, a person or
// MISC after "its", "their", "'s" or "the" and before a site's noun
// (siteNouns), a commodity's word between or not: "its Zorb potash mine".
// eng.train and eng.testa mark such names places ("Codelco's Salvador
// mine", "Repsol's Puertollano refinery", "the Trepca mine"). Not a listed
// organization: "the Zorbco mine" of a company.
func sitesAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if !ownedSiteName(toks, m) {
			continue
		}
		k := m.t1
		if commodityWords[toks[k].Text] && k+1 < len(toks) {
			k++
		}
		if siteNouns[toks[k].Text] {
			m.typ = newsner.Location
		}
	}
}

// ownedSiteName reports whether m, a name tagged an organization, a
// person or MISC and no listed organization's, stands after "its",
// "their", "'s" or "the" with a token after it: where a site's name
// stands before its noun (sitesAsPlaces, sitesOfCommodityListsAsPlaces).
func ownedSiteName(toks []token, m *mention) bool {
	if !m.typ.Valid() && m.typ != misc || m.typ == newsner.Location || m.t0 < 1 || m.t1 >= len(toks) || listedOrg(m.m.Text) {
		return false
	}
	b := toks[m.t0-1].Text
	return b == "its" || b == "their" || b == "'s" || b == "the"
}

// bodyKinds name a kind of body in space right before its name ("the
// asteroid Zorbu", "comet Quelbwise").
var bodyKinds = setOf(`asteroid comet planet moon exoplanet`)

// namedBodiesAsPlaces types LOCATION a name tagged a person, an
// organization or MISC right after a space body's kind in lower case
// (bodyKinds): "samples from the asteroid Zorbu", which the tagger reads
// as a person. Planets and moons are places (spaceBodiesAsPlaces); the
// bodies news names by their kind are too. Every mention of the name
// follows (retypeByKey).
func namedBodiesAsPlaces(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ != newsner.Location && (m.typ.Valid() || m.typ == misc) && m.t0 >= 1 && bodyKinds[toks[m.t0-1].Text]
	}, func(m *mention) bool {
		return m.typ != newsner.Location && (m.typ.Valid() || m.typ == misc)
	}, newsner.Location)
}

// sitesOfCommodityListsAsPlaces types LOCATION a name tagged an
// organization, a person or MISC after "its", "their", "'s" or "the"
// and before two or three commodities' words joined by "and" or commas
// and a site's noun: "its Zorb copper and cobalt mine". sitesAsPlaces
// takes one commodity's word; the name is the mine's as much with two.
func sitesOfCommodityListsAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if !ownedSiteName(toks, m) {
			continue
		}
		k, n := m.t1, 0
		for k < len(toks) && k-m.t1 < 6 && (commodityWords[toks[k].Text] || n > 0 && (toks[k].Text == "and" || toks[k].Text == ",")) {
			if commodityWords[toks[k].Text] {
				n++
			}
			k++
		}
		if n >= 2 && k < len(toks) && siteNouns[toks[k].Text] && commodityWords[toks[k-1].Text] {
			m.typ = newsner.Location
		}
	}
}

// placePrepositions put a port's name where something happens.
var placePrepositions = setOf(`at in near to from through into via outside off`)

// portsAsPlaces types LOCATION a name tagged an organization that is
// "Port of" and a name, after a preposition of place (placePrepositions)
// and "the" or not: "throughput at the Port of Zorbdam", a place, as the
// December 2020 audit marks "near the Port of Dover". The port's operator
// is "the Port of Zorbdam Authority", whose head word ends the name; the
// port speaking ("the Port of Zorbdam said") stays an organization.
func portsAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		w := m.words
		if m.typ != newsner.Organization || len(w) < 3 || w[0] != "port" || w[1] != "of" || orgHeads[w[len(w)-1]] || companyHeads[w[len(w)-1]] {
			continue
		}
		k := m.t0 - 1
		if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k >= 0 && placePrepositions[toks[k].Text] {
			m.typ = newsner.Location
		}
	}
}

// golfClubsAsPlaces types LOCATION a name tagged an organization that
// ends in "Golf Club" or "Country Club" and stands after "at": the course
// a tournament is played at ("three birdies at Zorb Hills Golf Club"),
// which the audits mark a place as they do courses and stadiums (sixth
// December 2020 audit); the club speaking stays an organization.
func golfClubsAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		n := len(m.words)
		if m.typ != newsner.Organization || n < 3 || m.words[n-1] != "club" || m.words[n-2] != "golf" && m.words[n-2] != "country" {
			continue
		}
		k := m.t0 - 1
		if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k >= 0 && toks[k].Text == "at" {
			m.typ = newsner.Location
		}
	}
}

// facilityHeadWord returns the last of a name's words, for
// facilitiesAsPlaces, without the full stop that a name at a sentence's
// end keeps in its token in prose ("to discuss the Zorbian Sea."): the
// head word is "sea" there too (seventh December 2020 audit: "the South
// China Sea." at a sentence's end kept the tagger's organization on a
// made-up Reuters-style article).
func facilityHeadWord(words []string) string {
	return strings.TrimSuffix(words[len(words)-1], ".")
}

// addDamSpans adds a place's span over a run after "the" of one to four
// capitalized words ending in "Dam", untagged or tagged MISC (a
// nationality's word in it): "the Grand Zorbian Renewal Dam", a structure
// CoNLL-2003 marks a place as it does bridges (facilityHeads; seventh
// December 2020 audit: such a dam left untagged on a made-up
// Reuters-style article).
func addDamSpans(toks []token, spans []tspan) []tspan {
	tagged := taggedNotMisc(len(toks), spans)
	var add []tspan
	for k := 2; k < len(toks); k++ {
		if w := strings.TrimSuffix(toks[k].Text, "."); w != "Dam" || tagged[k] {
			continue
		}
		t0 := k
		for t0 > 0 && k-t0 < 4 && capWord(toks[t0-1].Text) && toks[t0-1].Text != "The" && !tagged[t0-1] {
			t0--
		}
		if t0 == k || t0 == 0 || !strings.EqualFold(toks[t0-1].Text, "the") {
			continue
		}
		add = append(add, tspan{newsner.Location, t0, k + 1})
	}
	return replaceSpans(spans, add)
}

package ner

import (
	"slices"
	"strings"

	"github.com/newsner/newsner"
)

// Typing rules that give LOCATION to facilities and sites: buildings,
// roads, grounds and venues ("Quelb Stadium", listed cricket grounds),
// landforms and shores ("Quelb Bay"), mines and refineries, ports, golf
// clubs, dams and shoals, which the tagger types an organization or a
// person.

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

// venuesAsPlaces types LOCATION a mention of a listed ground
// (sportsVenues) the tagger typed an organization or a person.
func venuesAsPlaces(ms []*mention) {
	for _, m := range ms {
		if (m.typ == newsner.Organization || m.typ == newsner.Person) && sportsVenues[m.key] {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// gamesWords lead the names of the Games' own sites ("Olympic Stadium",
// "Olympic Village", "Paralympic Village"), which the tagger types MISC as
// it does the Games' adjective ("Olympic champion", MISC 37 of 37 in
// eng.train), so they were lost.
var gamesWords = setOf(`olympic paralympic`)

// gamesSitesAsPlaces types LOCATION a MISC mention of two words that the
// Games' adjective leads (gamesWords) and a site's word ends
// (facilityHeads, groundHeads, "village", "pool"): "when athletes enter
// the Olympic Stadium", "an Olympic Village ceremony" (dragnet-news-a 44;
// the lists make both places, as CoNLL-2003 marks a stadium), "at the
// Olympic Velodrome"; addGamesSiteSpans has taken in the site's word where
// the tagger left it out. The Games themselves and their bodies ("Olympic
// Games", "Olympic Committee", "Olympic trials") stay as they were.
func gamesSitesAsPlaces(ms []*mention) {
	for _, m := range ms {
		if m.typ != misc || len(m.words) != 2 || !gamesWords[m.words[0]] {
			continue
		}
		if gamesSite(m.words[1]) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// gamesSite reports whether w, in lower case, is a site's word that may
// end a name the Games' adjective leads (gamesWords): facilityHeads,
// groundHeads, "village", "pool".
func gamesSite(w string) bool {
	return facilityHeads[w] || groundHeads[w] || w == "village" || w == "pool"
}

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
// the lists name it an organization or a brand (makerOrPlace), and a name
// tagged a person before "airport" (personAirport).
func facilityNounPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if personAirport(toks, m) && !afterHonorific(toks, m.t0) {
			m.typ, m.place = newsner.Location, true
			continue
		}
		if m.typ != newsner.Organization || m.t1-m.t0 < 2 || m.t1 >= len(toks) || !facilityNouns[toks[m.t1].Text] {
			continue
		}
		if m.t0 > 0 && (strings.EqualFold(toks[m.t0-1].Text, "a") || strings.EqualFold(toks[m.t0-1].Text, "an")) || makerOrPlace(m.m.Text) {
			continue
		}
		m.typ, m.place = newsner.Location, true
	}
}

// personAirport reports whether m, tagged a person, stands right before
// "airport" in lower case: an airport named after a person ("Charles de
// Gaulle airport", eng.testa doc 72, typed a person), a place as
// eng.train marks every name before "airport" but two demonyms (27 of 29,
// the people's among them: "Ben Gurion airport" twice, "Juan Santamaria
// airport"; eng.testa 8 of 8).
func personAirport(toks []token, m *mention) bool {
	return m.typ == newsner.Person && m.t1 < len(toks) && toks[m.t1].Text == "airport" &&
		!(m.t0 > 0 && (strings.EqualFold(toks[m.t0-1].Text, "a") || strings.EqualFold(toks[m.t0-1].Text, "an")))
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

// facilityHeads are the words that head the name of a building, a road or
// a ground, which CoNLL-2003 marks as places ("Allenby Bridge", "Elland
// Road", "Columbia Presbyterian Hospital", "Metropolitan Museum"); a
// motel, a guesthouse and a hostel as a hotel is (eng.testa's "parked
// behind the Lilac Falls Motel", typed an organization; issue 11's blind
// audits, a guesthouse typed an organization).
var facilityHeads = setOf(`airport airfield stadium station bridge square street road avenue
boulevard highway motorway base airbase hospital museum cathedral mosque temple synagogue
prison oval tower castle hotel theater theatre motel guesthouse hostel`)

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
// Library" and the "Library of Congress" bodies. The third line, the
// heads of arenas and stadiums that sponsors name, added for issue 11 (an
// arena named after a bank typed an organization: the blind audit u's
// kind, and a news-pages-a tennis report's "Magic Box", Madrid's "Caja
// Magica"; no name of eng.train or eng.testa ends in these words, whose
// grounds are places, "Jacobs Field", "Ellis Park"): "Audi Dome",
// "Philips Stadion", "Quelbank Boxen", "Bankers Life Fieldhouse".
var groundHeads = setOf(`centre complex arena park ground planetarium room
sea ocean shoal reef strait gulf peninsula islands river mountains valley desert canal
dome box boxen stadion fieldhouse velodrome`)

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
		if (facilityHeads[head] || golfCourse(m.words) || racetrackName(m.words, head) || venueCenter(m.words) || m.typ == newsner.Organization && groundHeads[head] && !newsDesk(m.words) && !bodyCentre(m.words) || formalPlaceName(m.m.Text) || landformName(m, head, about) && !cuedLandform(g, toks) || churchSite(m.words, head) || civicHall(m.words) || leadFacilityName(m.words) || spaceSite(m.words) || sportsArenaCenter(g, m, toks, about)) &&
			listKey(m.m.Text, newsner.Organization) == "" {
			for _, n := range g {
				n.typ = newsner.Location
			}
		}
	}
}

// racetrackHeads end a motor-racing track's name ("Zorbia International
// Circuit", "Quelb Motor Speedway", "Zorb Raceway").
var racetrackHeads = setOf(`circuit speedway raceway`)

// courtCircuitWords name a US appeals court's circuit, which is a body:
// "the Ninth Circuit", "the D.C. Circuit", "Federal Circuit", "Circuit
// Court" (eng.train: "Ninth Circuit", "Fourth Circuit" ORG).
var courtCircuitWords = setOf(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh
federal d.c. dc u.s. us court courts appeals judicial judge`)

// racetrackName reports whether a name's words, head its head word for
// facilitiesAsPlaces, name a motor-racing track: headed by a track's word
// (racetrackHeads: "Zorbia International Circuit", "Circuit of the
// Zorbs"), or "Circuit" and a French "de" first ("Circuit de Quelb"), with
// no word of a court's circuit (courtCircuitWords) nor an ordinal ("the
// 9th Circuit"). CoNLL-2003 marks a track a place ("Spa-Francorchamps"
// LOC in eng.train); the tagger typed "Zorbia International Circuit" and
// "Circuit of the Zorbs" organizations on a made-up race report, the
// kind the blind audit s showed.
func racetrackName(words []string, head string) bool {
	if !racetrackHeads[head] && !(len(words) > 2 && words[0] == "circuit" && words[1] == "de") {
		return false
	}
	for _, w := range words {
		if courtCircuitWords[w] || ordinal(w) {
			return false
		}
	}
	return true
}

// venueCenterWords, before "Center" or "Centre", make it a building that
// people visit: a museum, a hall, a mall ("California Science Center",
// "Zorb Art Center", "Quelb Convention Center", "World Trade Center").
// Not "Medical Center": a hospital's, but the Dragnet pages' lists make
// them organizations (dragnet-news a and b each lost a mention with it).
var venueCenterWords = setOf(`science art arts visitor visitors convention exhibition cultural shopping trade conference`)

// venueCenter reports whether a name's words end in "Center" (or
// "Centre") after a venue's word (venueCenterWords): a place, as
// gum-news's gold marks "the California Science Center in Los Angeles"
// (typed an organization by the tagger) and "the McCutchan Art Center /
// Pace Galleries" (the slash keeps this one from the rule). "Center" alone heads bodies as often as places (groundHeads:
// "National Hurricane Center", "Steel Industry Center" ORG in eng.train),
// so only after such a word; a space centre is spaceSite's.
func venueCenter(words []string) bool {
	n := len(words)
	if n < 3 {
		return false
	}
	last := facilityHeadWord(words)
	return (last == "center" || last == "centre") && venueCenterWords[words[n-2]]
}

// arenaBefore, right before a name or its "the", say it is where a game
// is played ("at the WiZink Center", "in Quelbank Centre").
var arenaBefore = setOf(`at in inside into to`)

// sportsArenaCenter reports whether the entity g, its fullest mention m
// tagged an organization, is a sports report's arena named "Center" or
// "Centre" after its sponsor: two or three words, no body's word before
// the head (bodyCentre), with a mention right after "at", "in" and the
// like, "the" between or not, in a sports report (sportsDoc) or a score
// at most three words before ("beat Zenit 84-70 at the WiZink Center",
// the sports wire's item 15). "Center"
// alone heads bodies as often as places (groundHeads), but where a game is
// played it is the ground, a place as the sponsors' "Arena", "Dome" and
// "Boxen" are (groundHeads' third line, from the blind audit u's "Jyske
// Bank Boxen" and a news-pages-a page's "Magic Box").
func sportsArenaCenter(g []*mention, m *mention, toks []token, about *topics) bool {
	n := len(m.words)
	if m.typ != newsner.Organization || n < 2 || n > 3 || bodyCentre(m.words) {
		return false
	}
	if head := facilityHeadWord(m.words); head != "center" && head != "centre" {
		return false
	}
	at, score := false, false
	for _, x := range g {
		k := x.t0 - 1
		if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k < 0 || !arenaBefore[toks[k].Text] {
			continue
		}
		at = true
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			score = score || isScore(toks[j].Text)
		}
	}
	return at && (score || about.sportsDoc())
}

// bodyCentreWords, before "Centre" or "Center", make it a body that works
// at a trade, a science or a watch, not a building: eng.train's
// "National Hurricane Center" and "Steel Industry Center" are
// organizations, as every "Centre" is but a venue ("National Tennis
// Centre", the 12 places of groundHeads' count).
var bodyCentreWords = setOf(`arbitration mediation hurricane industry research biomedical monitoring
documentation coordination forecasting prediction counterterrorism`)

// bodyCentre reports whether a name's words end in "Centre" (or "Center")
// after a body's word (bodyCentreWords): "Singapore International
// Arbitration Centre", "Rwanda Biomedical Centre".
func bodyCentre(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	last := facilityHeadWord(words)
	return (last == "center" || last == "centre") && bodyCentreWords[words[n-2]]
}

// bodyCentresAsOrganizations types ORGANIZATION the entities (groups)
// whose fullest name, tagged a place, names a body's centre (bodyCentre),
// unless the lists name it a place: the tagger reads "Centre" as a
// building's. Audit 2020o article 14's "the Rwanda Biomedical Centre
// (RBC) said it had given" (a place with its acronym) and the kind blind
// audit t showed ("Singapore International Arbitration Centre" and its
// acronym typed places).
func bodyCentresAsOrganizations(groups [][]*mention) {
	for _, g := range groups {
		m := longestMention(g)
		if m.typ != newsner.Location || !bodyCentre(m.words) || listKey(m.m.Text, newsner.Location) != "" {
			continue
		}
		for _, n := range g {
			n.typ = newsner.Organization
		}
	}
}

// golfCourse reports whether a name's words end in "golf course" ("Brown
// Deer Park Golf Course", eng.testa's, typed an organization twice): the
// course a tournament is played on, a place as a ground is; a club's name
// ends in "Golf Club" (golfClubsAsPlaces).
func golfCourse(words []string) bool {
	n := len(words)
	return n >= 3 && words[n-2] == "golf" && strings.TrimSuffix(words[n-1], ".") == "course"
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

// newsDesk reports whether a name's words end in "news room" ("Hong Kong
// News Room", eng.train's one name ending in "Room"): a newsroom's name is
// its desk's, an organization, not a room's.
func newsDesk(words []string) bool {
	n := len(words)
	return n >= 2 && words[n-2] == "news" && words[n-1] == "room"
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
// name ("Zorbo State Building") is one too. The second line, plains and
// uplands (issue 11: gum-news's "Plains of Arafat"), as eng.train marks
// "High Plains" (2 of 2), "Golan Heights", "ATLANTIC HIGHLANDS" and
// "Grande Prairie" places; not "Hills", also a surname ("Carla Hills").
var landformHeads = setOf(`bay point pass beach canyon falls cape building
plains plateau heights highlands prairie steppe`)

// landformName reports whether the fullest name m of an entity ends in a
// landform's word (landformHeads), outside a sports report, where a bay's
// town is a team ("Tampa Bay", "Green Bay"), and but a listed team's town
// (teamTownName) in a North American league's item (leagueText: the
// results table "GREEN BAY 31 Detroit 24", no sports report to sportsDoc).
func landformName(m *mention, head string, about *topics) bool {
	return landformHeads[head] && !about.sportsDoc() && !(teamTownName(m.m.Text) && about.leagueText())
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

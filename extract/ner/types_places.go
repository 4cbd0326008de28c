package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Typing rules that give LOCATION: places by their context ("in", a place's
// title or adjective, a town before its state), countries, US states and
// their codes, formal place names ("State of Texas"), counties, compass
// regions. datelines.go has the datelines, types_facilities.go the
// facilities, grounds, sites and landforms, types_space.go the bodies of
// space.

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

// placesAfterLeadIn types LOCATION a known place's name (knownPlace)
// tagged a person or an organization that stands between a sentence's
// opening "In" and a comma: "In Brussels, a spokesman for the bloc said",
// which the tagger reads as a person in apposition to "a spokesman", and
// "In Montevideo, Nacional beat Penarol" in a football report, where
// the rules read a town as its club. eng.train marks a name so placed a
// place 48 times of 49 (the one organization a baseball town, "In
// Cleveland , Kevin Seitzer's single"), eng.testa 13 of 13. Seen in audit
// l (article 12, "Brussels" a person) and the sports wire (article 27,
// "Montevideo" an organization); an unknown name ("In Quelbco, ...") is
// left to the tagger, and so is a body ("In Congress, ...").
func placesAfterLeadIn(text string, ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Person && m.typ != newsner.Organization || m.t0 == 0 || m.t1 >= len(toks) {
			continue
		}
		if toks[m.t0-1].Text != "In" || toks[m.t1].Text != "," || !startsSentence(text, toks, m.t0-1) || !knownPlace(m.m.Text) {
			continue
		}
		m.typ, m.place = newsner.Location, true
	}
}

// localMediaNouns, after a town's or a country's name, make it the place
// whose media they are ("Boston television stations", "an Auckland radio
// station", "Beirut newspapers", "the Kremlin press service").
var localMediaNouns = setOf(`television tv radio newspaper newspapers media press daily dailies`)

// placesBeforeMedia types LOCATION a known place's name (knownPlace)
// tagged an organization or a person right before a media noun in lower
// case (localMediaNouns): eng.train and eng.testa mark the 14 known
// places there places (the organizations there are outlets' own names,
// "Sky television", "Xinhua news agency", that no place list knows).
// eng.testa's "told Boston television stations" typed an organization,
// as the tagger types "Denver television stations" and "Seattle
// newspapers" in made-up text, and the town's other mentions, a
// dateline's too, went with it (issue 11's blind audits: a city typed an
// organization). Not before "'s" or a capitalized outlet's name ("Moscow
// Times"), which the lists and the tagger read.
// mediaAsOrganizations, which reads such a name before a media word as
// an outlet's at every mention, leaves it (placeBeforeMedia).
func placesBeforeMedia(ms []*mention, toks []token) {
	for _, m := range ms {
		if (m.typ == newsner.Person || m.typ == newsner.Organization) && placeBeforeMedia(toks, m) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// placeBeforeMedia reports whether m is a known place's name right before
// a media noun in lower case (localMediaNouns: "Denver television").
func placeBeforeMedia(toks []token, m *mention) bool {
	return m.t1 < len(toks) && localMediaNouns[toks[m.t1].Text] && knownPlace(m.m.Text)
}

// usStateCodes are the US states' and DC's two-letter postal codes:
// stateCodeNames' keys and DC.
var usStateCodes = func() map[string]bool {
	m := keysOf(stateCodeNames)
	m["DC"] = true
	return m
}()

// stateCodeNames are the US states' two-letter postal codes and the
// states' names, lower case (joinStateCodes).
var stateCodeNames = map[string]string{
	"AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california",
	"CO": "colorado", "CT": "connecticut", "DE": "delaware", "FL": "florida", "GA": "georgia",
	"HI": "hawaii", "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa", "KS": "kansas",
	"KY": "kentucky", "LA": "louisiana", "ME": "maine", "MD": "maryland", "MA": "massachusetts",
	"MI": "michigan", "MN": "minnesota", "MS": "mississippi", "MO": "missouri", "MT": "montana",
	"NE": "nebraska", "NV": "nevada", "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico",
	"NY": "new york", "NC": "north carolina", "ND": "north dakota", "OH": "ohio", "OK": "oklahoma",
	"OR": "oregon", "PA": "pennsylvania", "RI": "rhode island", "SC": "south carolina",
	"SD": "south dakota", "TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont",
	"VA": "virginia", "WA": "washington", "WV": "west virginia", "WI": "wisconsin", "WY": "wyoming",
}

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

// credentialCodes are the state codes that are also a degree, a licence
// or a rank written after a person's name ("Jane Doe, MD", "John Roe,
// PA", "Ann Poe, MA", a barrister's "Tom Roe, SC"): a name before one is
// a town only where the gazetteer knows it.
var credentialCodes = setOf(`MD PA DC ND MS MA SC`)

// townsBeforeStateCodes types LOCATION a mention tagged a person or an
// organization right before a comma and a US state's postal code that
// ends its line or stands before a number or a punctuation mark
// ("3. Gilbert, AZ 25.3", "Port St. Lucie, FL", "Lawrence, MA 94.0"): a
// town named the American way, which the tagger reads as a person's
// surname or a body (modern-web-a, a ranking of US cities, nine towns);
// stateCodesAsPlaces then types the code. Not a name of two words or more
// starting with a first name ("Tom Molomby, SC, said", GUM), nor one
// before a code that is also a degree (credentialCodes: "Jane Doe, MD"),
// unless the gazetteer knows it as a place; nor a code before a
// capitalized word ("Zorbco, CA Technologies"); nor a name in capitals
// (eng.train's grain tables mark "DECATUR, IL" a processor's plant, an
// organization).
func townsBeforeStateCodes(text string, ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Person && m.typ != newsner.Organization {
			continue
		}
		code, ok := stateCodeAfter(text, toks, m.t1)
		if !ok || !hasLower(m.m.Text) || !knownPlace(m.m.Text) && (len(m.words) > 1 && firstName(m.m.Text) || credentialCodes[code]) {
			continue
		}
		m.typ, m.place = newsner.Location, true
	}
}

// stateCodeAfter returns the US state's postal code of tokens k and k+1 if
// they are a comma and such a code that ends its line or stands before a
// number or a punctuation mark, as a US town is named ("Gilbert, AZ 25.3",
// "Port St. Lucie, FL"; townsBeforeStateCodes, addStateTownSpans), not
// before a word ("Zorbco, CA Technologies").
func stateCodeAfter(text string, toks []token, k int) (string, bool) {
	if k+1 >= len(toks) || toks[k].Text != "," || !usStateCodes[toks[k+1].Text] {
		return "", false
	}
	if next := k + 2; next < len(toks) && !lineBreakBefore(text, toks, next) {
		if r, _ := utf8.DecodeRuneInString(toks[next].Text); unicode.IsLetter(r) {
			return "", false
		}
	}
	return toks[k+1].Text, true
}

// addStateTownSpans adds a place's span over an untagged run of one to
// three capitalized words of letters right before a comma and a US
// state's postal code (stateCodeAfter: "1. Sunnyvale, CA 96.2", "14.
// Surprise, AZ 28.2", "6. The Villages, FL 12.2"): a town named the
// American way, which the tagger, with no sentence around it (a ranking's
// line), leaves untagged where townsBeforeStateCodes would type it a place
// had it been tagged (modern-web-a, a ranking of US cities, six towns).
// The guards are that rule's: not a run in capitals, nor one of a first
// name and more, nor one before a credential's or a word's code
// (credentialCodes, stateCodeWords) unless the gazetteer knows it as a place;
// and no capitalized word right before the run but at a line's or a
// sentence's start (a longer name's end: "Quelbco Zorb, CA").
func addStateTownSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for c := 1; c < len(toks); c++ {
		code, ok := stateCodeAfter(text, toks, c)
		if !ok || covered[c-1] {
			continue
		}
		t0 := c
		for t0 > 0 && c-t0 < 3 && !covered[t0-1] && startsUpper(toks[t0-1].Text) && isLetters(toks[t0-1].Text) {
			t0--
			if lineBreakBefore(text, toks, t0) {
				break
			}
		}
		if t0 == c || t0 > 0 && startsUpper(toks[t0-1].Text) && !startsSentence(text, toks, t0) {
			continue
		}
		name := joinTokens(toks[t0:c])
		if !hasLower(name) || !knownPlace(name) && (c-t0 > 1 && firstName(toks[t0].Text) || credentialCodes[code] || stateCodeWords[code]) {
			continue
		}
		add = append(add, tspan{newsner.Location, t0, c})
	}
	return replaceSpans(spans, add)
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
//
// A church's rank after a name typed an organization (churchTitles: "Cubao
// Bishop Honesto Ongtioco", "Bristol Bishop Mike Hill") makes it a place
// too, the see's town, known or of one word but a faith's ("Anglican
// Bishop", faithWords): the tagger types the town an organization in such
// made-up sentences, as if a diocese, where CoNLL-2003 marks "Chicago
// Cardinal" a place (dragnet-web-a R315).
func placesBeforeTitles(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Person && m.typ != newsner.Organization || m.t1+1 >= len(toks) || !startsUpper(toks[m.t1+1].Text) {
			continue
		}
		t := toks[m.t1].Text
		if placeTitles[t] && knownPlace(m.m.Text) || churchTitles[t] && m.typ == newsner.Organization && seeTown(m) {
			m.typ = newsner.Location
		}
	}
}

// churchTitles are a church's ranks held in a see, which news writes after
// the see's town and before the holder's name ("Cubao Bishop Jane Roe").
var churchTitles = setOf(`Bishop Archbishop Cardinal`)

// faithWords name a church, not a see, before its ranks ("Anglican Bishop
// Jane Roe").
var faithWords = setOf(`catholic anglican episcopal methodist lutheran orthodox coptic baptist presbyterian evangelical`)

// seeTown reports whether m, before a church's rank, names the see's town:
// a known place, or one word of letters that is no faith's nor a demonym.
func seeTown(m *mention) bool {
	return knownPlace(m.m.Text) || m.t1-m.t0 == 1 && isLetters(m.m.Text) && !lowered(faithWords, m.m.Text) && !isDemonym(m.m.Text)
}

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

// listJoiner reports whether w joins the items of a list of names: a
// list's link (listLink) or "&".
func listJoiner(w string) bool {
	return listLink(w) || w == "&"
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
	townModifiersAsPlaces(ms, toks, about)
}

// townModifiersAsPlaces types LOCATION every mention tagged an organization
// of a known place's name (knownPlace) that is no listed organization
// (listedOrg), nor a brand (brandName), nor a listed team's town in an item
// on a North American league (leagueTeamTown), where one of them stands
// right before a noun in lower case that names a part of the place or its
// homes or people (townModifier: "your Seattle home", "each Groningen
// zone"), outside sports reports (sportsDoc), as placesBesidePlaces. A
// club's town that the lists key to its club is still a town here (listKey
// is not asked). The tagger, which read CoNLL-2003's baseball towns, types
// a town so placed an organization; the name's other mentions of that type
// go with it ("back to Groningen", "one of Seattle's top contractors").
func townModifiersAsPlaces(ms []*mention, toks []token, about *topics) {
	sports := -1 // about.sportsDoc(), asked once where a mention is cued
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Organization || !townModifier(toks, m) || !knownPlace(m.m.Text) || listedOrg(m.m.Text) || brandName(m.m.Text) || leagueTeamTown(about, m.m.Text) {
			return false
		}
		if sports < 0 {
			sports = 0
			if about.sportsDoc() {
				sports = 1
			}
		}
		return sports == 0
	}, func(m *mention) bool { return m.typ == newsner.Organization }, newsner.Location)
}

// townModifier reports whether m, not ending in a possessive's mark
// (isPossessive), stands right before a noun in lower case (lowerNoun) that names a part of
// a place or the people and homes in it (placeModifiedNouns): "your Seattle
// home", "each Groningen zone".
func townModifier(toks []token, m *mention) bool {
	return m.t1 < len(toks) && placeModifiedNouns[toks[m.t1].Text] && lowerNoun(toks[m.t1]) && !isPossessive(toks[m.t1-1].Text)
}

// placeModifiedNouns name a place's part, homes or people after the place's
// name ("the Chicago area", "a Melbourne suburb", "Bogra residents", "our
// London office"): in eng.train and eng.testa the 21 known places' names
// before one of them are all places.
var placeModifiedNouns = setOf(`home homes house houses area areas zone zones neighborhood neighbourhood
neighborhoods neighbourhoods district districts region suburb suburbs outskirts street streets
residents resident locals natives office offices location locations property properties apartment apartments`)

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

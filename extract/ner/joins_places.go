package ner

import (
	"slices"
	"strings"

	"github.com/newsner/newsner"
)

// Joins of a place's names in one entity: a city and its district
// ("Washington, DC"), a county named short ("Westchester" and
// "Westchester County"), a US state and its nickname ("the Buckeye
// State").

// joinCityDistricts joins a place written after another place and a
// comma to it where the lists key the two written together as the second
// alone: the second names the same place, not a region it lies in
// ("Washington, DC": the lists give "Washington, D.C." the key of the
// District of Columbia, "D.C.", so "DC" there is the city, one thing named
// twice). A city and its state ("Queens, New York", "Seattle,
// Washington") stay two, as the lists key the pair as nothing or as other
// than the state. The city's group takes the district's mentions; the
// entity is keyed by its names as any other (entityKey).
func joinCityDistricts(groups [][]*mention, toks []token) [][]*mention {
	var sets groupSets
	var at map[int]groupedMention // a place mention's first token -> it and its group, made at the first need
	for i, g := range groups {
		if g[0].typ != newsner.Location {
			continue
		}
		for _, m := range g {
			if m.t1+1 >= len(toks) || toks[m.t1].Text != "," {
				continue
			}
			if at == nil {
				at = mentionStarts(groups, newsner.Location)
			}
			d, ok := at[m.t1+1]
			if !ok || d.g == i || !sameDistrict(m.m.Text, d.m.m.Text) {
				continue
			}
			sets.join(len(groups), d.g, i)
			break
		}
	}
	return sets.merge(groups)
}

// groupedMention is a mention and the index of its group.
type groupedMention struct {
	g int
	m *mention
}

// mentionStarts maps the first token of each mention of the groups of
// type typ to the mention and its group (joinCityDistricts,
// joinAcronymAppositions: the name right after a comma), so that a group
// of thousands of mentions is not walked once per mention before it.
func mentionStarts(groups [][]*mention, typ newsner.EntityType) map[int]groupedMention {
	at := map[int]groupedMention{}
	for i, g := range groups {
		if g[0].typ != typ {
			continue
		}
		for _, m := range g {
			at[m.t0] = groupedMention{i, m}
		}
	}
	return at
}

// sameDistrict reports whether the lists key city and district written
// together ("Washington, DC") as district alone: one place.
func sameDistrict(city, district string) bool {
	k := keyListKey(district, newsner.Location)
	return k != "" && keyListKey(city+", "+district, newsner.Location) == k && !strings.EqualFold(city, district)
}

// namedAsState reports whether a mention of the place group g stands
// beside a state's words (stateWordsBeside: "New York Governor Zorb",
// "upstate New York", "the state of New York"): there the bare name is
// the state's, another place than the city joinFormalPlaces would join it
// to ("New York City"), as a name listed beside states twice is
// (coordinatedWithState). A capitalized word after the name counts only
// as a title before a person's name ("New York Governor Ada Quell"): "the
// New York State Attorney General", "New York State Police" are longer
// names the tagger cut, whose piece says no more of the bare name than
// the longer name would.
func namedAsState(g []*mention, toks []token) bool {
	for _, m := range g {
		if m.t1 < len(toks) && startsUpper(toks[m.t1].Text) && !titleBeforeName(toks, m.t1) {
			continue
		}
		if stateWordsBeside(toks, m.t0, m.t1) {
			return true
		}
	}
	return false
}

// titleBeforeName reports whether toks from k on are one to three titles
// ("Governor", "Gov.", "Attorney General") and then a capitalized word
// that is none: a person's name.
func titleBeforeName(toks []token, k int) bool {
	for n := 0; n < 3 && k < len(toks); n, k = n+1, k+1 {
		if !isTitle(toks[k].Text) {
			return n > 0 && startsUpper(toks[k].Text)
		}
	}
	return k < len(toks) && startsUpper(toks[k].Text) && !isTitle(toks[k].Text)
}

// joinCountyNames joins a place's name to the article's one name of it
// and "County" or "Parish" ("Westchester" and "Westchester County",
// "Cuyahoga" and "Cuyahoga County"): the county named short. Not a
// country's or a state's name ("New York" beside "New York County").
func joinCountyNames(groups [][]*mention) [][]*mention {
	full := map[string]int{} // "westchester" -> the group of "Westchester County"
	for i, g := range groups {
		if g[0].typ != newsner.Location {
			continue
		}
		for _, m := range g {
			if n := len(m.words); n >= 2 && (m.words[n-1] == "county" || m.words[n-1] == "parish") {
				k := strings.Join(m.words[:n-1], " ")
				if j, ok := full[k]; ok && j != i {
					full[k] = -1 // two counties of that name: which is unknown
				} else if !ok {
					full[k] = i
				}
			}
		}
	}
	var sets groupSets
	for i, g := range groups {
		m := g[0]
		j, ok := full[m.key]
		if m.typ != newsner.Location || !ok || j < 0 || j == i || iso3166Place(m.m.Text) {
			continue
		}
		sets.join(len(groups), i, j)
	}
	return sets.merge(groups)
}

// stateNicknames are US states' nicknames, lower case, and the states'
// names ("the Buckeye State" is Ohio).
var stateNicknames = map[string]string{
	"yellowhammer state": "alabama", "last frontier": "alaska", "grand canyon state": "arizona",
	"natural state": "arkansas", "golden state": "california", "centennial state": "colorado",
	"constitution state": "connecticut", "first state": "delaware", "sunshine state": "florida",
	"peach state": "georgia", "aloha state": "hawaii", "gem state": "idaho", "prairie state": "illinois",
	"hoosier state": "indiana", "hawkeye state": "iowa", "sunflower state": "kansas",
	"bluegrass state": "kentucky", "pelican state": "louisiana", "pine tree state": "maine",
	"old line state": "maryland", "bay state": "massachusetts", "wolverine state": "michigan",
	"great lakes state": "michigan", "north star state": "minnesota", "magnolia state": "mississippi",
	"show-me state": "missouri", "show me state": "missouri", "treasure state": "montana",
	"cornhusker state": "nebraska", "silver state": "nevada", "granite state": "new hampshire",
	"garden state": "new jersey", "land of enchantment": "new mexico", "empire state": "new york",
	"tar heel state": "north carolina", "peace garden state": "north dakota", "buckeye state": "ohio",
	"sooner state": "oklahoma", "beaver state": "oregon", "keystone state": "pennsylvania",
	"ocean state": "rhode island", "palmetto state": "south carolina", "mount rushmore state": "south dakota",
	"volunteer state": "tennessee", "lone star state": "texas", "beehive state": "utah",
	"green mountain state": "vermont", "old dominion": "virginia", "evergreen state": "washington",
	"mountain state": "west virginia", "badger state": "wisconsin", "equality state": "wyoming",
	"cowboy state": "wyoming",
}

// joinStateNicknames joins a place named by a US state's nickname ("the
// Buckeye State", "the Keystone State") to the article's place of that
// state's name, one thing named two ways (campaign news names swing states
// so).
func joinStateNicknames(groups [][]*mention) [][]*mention {
	var nick []int
	for i, g := range groups {
		if g[0].typ == newsner.Location && stateNicknames[g[0].key] != "" {
			nick = append(nick, i)
		}
	}
	if nick == nil {
		return groups
	}
	byName := placesByKey(groups)
	var sets groupSets
	for _, i := range nick {
		if j, ok := byName[stateNicknames[groups[i][0].key]]; ok && j != i {
			sets.join(len(groups), i, j)
		}
	}
	return sets.merge(groups)
}

// stateCodeWords are the postal codes that are also English words ("IN",
// "OR", "ME", "OK", "HI"), and guardedStates the states whose names also
// name another place ("Washington" the capital, "Georgia" the country):
// their codes join only where they follow a town and a comma. A run before
// a code that is a word, or a reply in capitals ("Right, OK.", "IN, OR"),
// is a town only where the gazetteer knows it (addStateTownSpans, as
// before a credential's code, credentialCodes).
var (
	stateCodeWords = setOf(`IN OR ME OK HI`)
	guardedStates  = setOf(`washington georgia`)
)

// stateOfCode returns the lower-case name of the US state that a place's
// mentions name by its postal code ("WA", written in capitals) or its
// traditional abbreviation ("Ga.", "Calif."), "" if none. A code that is
// a word (stateCodeWords), a guarded state's code (guardedStates) and an
// abbreviation ("Miss.", "Mo." are also a title and a name) count only
// where a mention follows a capitalized word and a comma ("Tacoma, WA",
// "Macon, Ga."): the article itself pairs them with a town. None after
// the state's own name ("New York, NY" names the city, then the state).
func stateOfCode(g []*mention, toks []token) string {
	state, paired := "", false
	for _, m := range g {
		if m.t1-m.t0 != 1 {
			return ""
		}
		w := toks[m.t0].Text
		s, guard := stateCodeNames[w], false
		if s != "" {
			guard = stateCodeWords[w] || guardedStates[s]
		} else if strings.HasSuffix(w, ".") && hasLower(w) && startsUpper(w) {
			s, guard = stateAbbrevNames[strings.ToLower(strings.TrimSuffix(w, "."))], true
		}
		if s == "" || state != "" && s != state {
			return ""
		}
		state = s
		town := m.t0 >= 2 && toks[m.t0-1].Text == "," && startsUpper(toks[m.t0-2].Text)
		if town && namedBefore(toks, m.t0-1, s) {
			return "" // "New York, NY": the city of the state's name, then the state
		}
		if !guard || town {
			paired = true
		}
	}
	if !paired {
		return ""
	}
	return state
}

// namedBefore reports whether the tokens ending before toks[k] are name's
// words (lower case, spaced): "New York" before the comma of "New York,
// NY".
func namedBefore(toks []token, k int, name string) bool {
	ws := strings.Fields(name)
	if k < len(ws) {
		return false
	}
	for i, w := range ws {
		if strings.ToLower(toks[k-len(ws)+i].Text) != w {
			return false
		}
	}
	return true
}

// onlyNamed reports whether every mention of g is keyed key: a state's
// place the article names by no longer name ("New York" joined to "New
// York City" is the city).
func onlyNamed(g []*mention, key string) bool {
	for _, m := range g {
		if m.key != key {
			return false
		}
	}
	return true
}

// placesByKey maps the key of each place's group (its first mention's)
// to the group's index; a later group of one key wins.
func placesByKey(groups [][]*mention) map[string]int {
	byName := map[string]int{}
	for i, g := range groups {
		if g[0].typ == newsner.Location {
			byName[g[0].key] = i
		}
	}
	return byName
}

// joinStateCodes joins a place named by a US state's postal code or
// abbreviation (stateOfCode: "Seattle, WA", "Atlanta, Ga.") to the
// article's place of that state's full name and no other name (not one
// joined to the city: "New York City"), one thing named two ways
// (modern-web and news pages name a state both ways). joinStateNicknames
// is its twin for nicknames.
func joinStateCodes(groups [][]*mention, toks []token) [][]*mention {
	byName := placesByKey(groups)
	var sets groupSets
	for i, g := range groups {
		if g[0].typ != newsner.Location {
			continue
		}
		state := stateOfCode(g, toks)
		if j, ok := byName[state]; ok && j != i && onlyNamed(groups[j], state) {
			sets.join(len(groups), i, j)
		}
	}
	return sets.merge(groups)
}

// joinStateCodeBodies joins an organization whose name holds a US state's
// postal code in capitals ("MA Senate", "Blue Cross Blue Shield of MI") to
// the article's organization of the same name with the state's name
// written out ("Massachusetts Senate", "Blue Cross Blue Shield of
// Michigan"): one body, which a page names both ways (a headline's or a
// table's short form and the text's). Both forms are the article's own,
// so a code that is also another place's name ("LA") joins nothing the
// article does not spell out; a code that is a word (stateCodeWords: "OK
// Magazine") is left. joinStateCodes is its twin for places.
func joinStateCodeBodies(groups [][]*mention, toks []token) [][]*mention {
	var byKey map[string]int // the organizations' groups by their first mention's key, made at the first need
	var sets groupSets
	for i, g := range groups {
		if g[0].typ != newsner.Organization {
			continue
		}
		var done []string // the forms looked at, each once: a group repeats its names
		for _, m := range g {
			if len(m.words) < 2 || len(m.words) != m.t1-m.t0 || slices.Contains(done, m.key) || len(done) == maxAcronymForms {
				continue
			}
			done = append(done, m.key)
			for k := m.t0; k < m.t1; k++ {
				w := toks[k].Text
				state := stateCodeNames[w]
				if state == "" || stateCodeWords[w] {
					continue
				}
				if byKey == nil {
					byKey = map[string]int{}
					for j, h := range groups {
						if h[0].typ == newsner.Organization {
							byKey[h[0].key] = j
						}
					}
				}
				ws := slices.Clone(m.words)
				ws[k-m.t0] = state
				if ws[0] == "the" {
					ws = ws[1:]
				}
				if j, ok := byKey[strings.Join(ws, " ")]; ok && j != i {
					sets.join(len(groups), i, j)
				}
			}
		}
	}
	return sets.merge(groups)
}

// placeParticles are the lower-case links of a town's name in Portuguese,
// Spanish or Italian ("Mocimboa da Praia", "Rio de Janeiro", "Porto do
// Son"): one of them between two capitalized words.
var placeParticles = setOf(`da do dos das de del di della`)

// joinParticlePlaces makes one place of two places' spans that one
// lower-case Romance link (placeParticles) stands between, with a space
// on each side ("Mocimboa" + "da" + "Praia"): the tagger, which read the
// link as no name's, split the town's name at it. eng.train marks every
// such name whole, 8 of 8 with the link in lower case ("Rio de Janeiro",
// "Maria de Pocosol", "Pueblo de Nuestra Senora ..."; none cut at it);
// the kind blind audit t showed ("Mocimboa da Praia" as two places).
// joinParticleNames is its twin for people.
func joinParticlePlaces(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.typ == newsner.Location && out[n-1].typ == newsner.Location && s.t0 == out[n-1].t1+1 &&
			placeParticles[toks[s.t0-1].Text] && toks[s.t0-2].End < toks[s.t0-1].Start && toks[s.t0-1].End < toks[s.t0].Start {
			out[n-1].t1 = s.t1
			continue
		}
		out = append(out, s)
	}
	return out
}

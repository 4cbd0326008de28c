package ner

import (
	"maps"
	"slices"
	"strings"

	"github.com/newsner/newsner"
)

// cityStates are the places whose bare name is a US city's and a
// state's, with the listed names of each ("New York": "New York City" and
// "New York State"). News names the city by the bare name far more often
// than the state (usstates.tsv lists the states with their "State"), so
// an article's bare "New York" is keyed as the city, as the articles that
// write "New York City" are, unless the article places it as the state
// (cityOrStateKey). "Washington" likewise: the capital's ("Washington,
// D.C.") unless placed as the state ("Seattle, Washington", "Washington
// state", "Oregon and Washington"), so that the capital an article writes
// "Washington, DC" keys as the one it writes "Washington" alone and the
// state keys apart from both.
var cityStates = map[string][2]string{
	"new york":   {"New York City", "New York State"},
	"washington": {"Washington, D.C.", "Washington State"},
}

// stateCuesBefore are the words before a place's name that make it a
// region's or a state's: "upstate New York", "western New York".
var stateCuesBefore = setOf(`upstate downstate western eastern northern southern central rural`)

// stateCuesAfter are the words after a place's name (or after its "'s")
// that make it a state's: "New York state", "New York Gov. Zorb", "New
// York's attorney general". Not "mayor" (the city's).
var stateCuesAfter = setOf(`state gov gov. governor governorship legislature senator sen sen. attorney assembly statehouse`)

// cityOrStateKey returns the key of the place an entity of type typ
// (mentions g over toks), keyed k by its names, is: the city's
// (cityStates) where its fullest name full is the bare name of a city and
// a state and no mention places it as the state (placedAsState); the
// state's where one does, or where full is the state's formal name ("State
// of New York"). "" where the entity is no such place or a list keys it
// ("New York City", "NYC"). A person or an organization (the New York
// team, the New York Times) is left alone.
func cityOrStateKey(typ newsner.EntityType, full, k string, g []*mention, toks []token) string {
	if typ != newsner.Location {
		return ""
	}
	bare := normName(withoutSuffixes(full, typ))
	names, ok := cityStates[bare]
	if !ok || k != nameKey(typ, bare) {
		return ""
	}
	city, state := keyListKey(names[0], typ), keyListKey(names[1], typ)
	if city == "" || state == "" {
		return ""
	}
	if head, _, formal := strings.Cut(normName(full), " of "); formal {
		if head == "city" {
			return city
		}
		return state // "State of New York", "Commonwealth of ..."
	}
	for _, m := range g {
		if placedAsState(toks, m.t0, m.t1, city, state) {
			return state
		}
	}
	return city
}

// placedAsState reports whether the place's name at tokens [t0,t1), a
// city's and a state's (cityStates), stands as the state's: after a
// region's word (stateCuesBefore) or "state of", before a word of the
// state's government (stateCuesAfter), or beside another US state's name
// in a list ("New York, New Jersey and Connecticut"), or after a town and
// its comma (townBefore: "Spokane, Washington"). A name before its own
// state's abbreviation ("New York, N.Y.") is the city's.
func placedAsState(toks []token, t0, t1 int, city, state string) bool {
	if stateWordsBeside(toks, t0, t1) || townBefore(toks, t0, t1) {
		return true
	}
	for _, k := range []string{listedStateBefore(toks, t0), listedStateAfter(toks, t1)} {
		if k != "" && k != city && k != state {
			return true
		}
	}
	return false
}

// townBefore reports whether the place's name at tokens [t0,t1) is
// written after a town's one-word name and a comma, as a town's state is
// ("Spokane, Washington", "Buffalo, New York."), and ends a clause or a
// phrase there (a comma, a stop, or the text's end follow): "In Tokyo,
// Washington said" names the capital, a subject after an opening phrase.
// The word before the comma is a place of the lists or the gazetteer but
// no country's or state's (listedStateBefore reads a list of those), nor
// the city's own ("Washington, DC" is the capital).
func townBefore(toks []token, t0, t1 int) bool {
	if t0 < 2 || toks[t0-1].Text != "," || t1 < len(toks) && !clauseEnd(toks[t1].Text) {
		return false
	}
	w := toks[t0-2].Text
	if _, twin := cityStates[normName(w)]; twin {
		return false // "Washington, DC": the district after the city
	}
	return startsUpper(w) && isPlaceName(w) && !strings.HasPrefix(keyListKey(w, newsner.Location), "iso3166:")
}

// clauseEnd reports whether w, the token after a name, ends its phrase:
// a comma, a stop, a semicolon, a colon or a closing bracket.
func clauseEnd(w string) bool {
	switch w {
	case ",", ".", ";", ":", ")":
		return true
	}
	return false
}

// stateWordsBeside reports whether the place's name at tokens [t0,t1)
// stands after a region's word (stateCuesBefore) or "state of", or before a
// word of a state's government (stateCuesAfter), itself or after its "'s":
// "upstate New York", "the state of New York", "New York Governor Zorb",
// "New York's attorney general".
func stateWordsBeside(toks []token, t0, t1 int) bool {
	if t0 > 0 && lowered(stateCuesBefore, toks[t0-1].Text) {
		return true
	}
	if t0 > 1 && strings.EqualFold(toks[t0-2].Text, "state") && toks[t0-1].Text == "of" {
		return true
	}
	after := t1
	if after < len(toks) && isPossessive(toks[after].Text) {
		after++
	}
	return after < len(toks) && lowered(stateCuesAfter, toks[after].Text)
}

// listedStateAfter returns the key of the US state (usstates.tsv) named
// by the one or two capitalized words after "," or "and" or "or" after
// token t1 ("New York, New Jersey"); "" if none.
func listedStateAfter(toks []token, t1 int) string {
	i := t1
	if i >= len(toks) || !listLink(toks[i].Text) {
		return ""
	}
	i++
	if i < len(toks) && listLink(toks[i].Text) {
		i++ // ", and"
	}
	for n := 2; n >= 1; n-- {
		if i+n <= len(toks) {
			if k := usStateKey(toks[i : i+n]); k != "" {
				return k
			}
		}
	}
	return ""
}

// listedStateBefore is listedStateAfter for the words before token t0
// and its "," or "and" ("Connecticut and New York").
func listedStateBefore(toks []token, t0 int) string {
	i := t0 - 1
	if i < 0 || !listLink(toks[i].Text) {
		return ""
	}
	if i > 0 && listLink(toks[i-1].Text) {
		i--
	}
	for n := 2; n >= 1; n-- {
		if i-n >= 0 {
			if k := usStateKey(toks[i-n : i]); k != "" {
				return k
			}
		}
	}
	return ""
}

// listLink reports whether w links the names of a list: ",", "and", "or"
// (listGap, listJoin: a comma and one of the others links them too;
// listJoiner takes "&" as well).
func listLink(w string) bool {
	return w == "," || w == "and" || w == "or"
}

// usStateKey returns the key of the US state or territory that ts, each
// starting with a capital, name ("iso3166:US-NJ"); "" if none.
func usStateKey(ts []token) string {
	for _, t := range ts {
		if !startsUpper(t.Text) {
			return ""
		}
	}
	if k := keyListKey(joinTokens(ts), newsner.Location); strings.HasPrefix(k, "iso3166:US-") {
		return k
	}
	return ""
}

// keyUnlessTaken gives each entity of es at an index of keys that key
// (cityOrStateKey, lowerHouseKey, presidentSurnameKey), unless another
// entity of the article of its type has it: an article that names "NYC"
// and, kept apart from it, a bare "New York" may name two things, the
// city and the state; the bare name keeps its own key there rather than
// be counted as the city. The entities are taken in order, not in the
// map's random one, so that two given one key would always settle it the
// same way.
func keyUnlessTaken(es []newsner.Entity, keys map[int]string) {
	for _, i := range slices.Sorted(maps.Keys(keys)) {
		k := keys[i]
		if !slices.ContainsFunc(es, func(o newsner.Entity) bool { return o.Type == es[i].Type && o.Key == k }) {
			es[i].Key = k
		}
	}
}

// nicknameKey returns the key of the US state a place's name is the
// nickname of (stateNicknames: "the Buckeye State" is Ohio's), so that the
// entity an article names both ways, fullest by its nickname, is keyed as
// the state, as are articles that name it by the nickname alone; "" if
// none.
func nicknameKey(name string, typ newsner.EntityType) string {
	state := byNormName(stateNicknames, name)
	if typ != newsner.Location || state == "" {
		return ""
	}
	if k := keyListKey(state, typ); strings.HasPrefix(k, "iso3166:US-") {
		return k
	}
	if k := keyListKey(state+" state", typ); strings.HasPrefix(k, "iso3166:US-") {
		return k // "Evergreen State": "Washington State"
	}
	return ""
}

package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// geoNouns, in lower case right after a name, make it a place's name ("the
// Giudecca canal", "the Lazio region", "Lake counties"); geoOf, in lower
// case before "of" and a name, too ("the island of Giglio", "the city of
// Norfolk"); not "state" nor "capital", which a company has too ("the
// state of Zorbix Holdings", "the share capital of Zorbix").
var (
	geoNouns = setOf(`canal river rivers island islands lake lakes region province county counties district
valley mountains mountain peninsula coast desert sea bay strait archipelago`)
	geoOf = setOf(`island islands city town village region province county district republic
port municipality neighborhood neighbourhood suburb`)
	// placeKinds are the plural kinds of places that say the names listed
	// after them are places: after "of" (geoNounsAsPlaces, geoListItem:
	// every item of a list after one and "of", "the neighborhoods of Quelb,
	// Zorbo Hanano and al-Marz") and after "like", "such as" or "including"
	// (addCompanyLikeSpans: "places such as Zorbton", "towns like
	// Quelbville"). One list for both cues.
	placeKinds = setOf(`islands cities towns villages regions provinces counties districts
municipalities neighborhoods neighbourhoods suburbs places communities destinations`)
)

// geoNounsAsPlaces types LOCATION a mention tagged a person or an
// organization that a geographic common noun names a place: right after
// it in lower case ("the Giudecca canal", "the Lazio region"), or before
// it with "of" ("the island of Giglio"), or as a later item of a list after
// a plural one and "of" (geoListItem: "the neighborhoods of Quelb, Zorbo
// Hanano and al-Marz"), or before an apposition naming a
// capital (capitalApposition); unless the lists name it an
// organization wherever named (listedOrg: an outlet, a company; a club
// named after its region, "Lazio", is no such). The name's other mentions
// tagged a person go with it ("in Lazio"), and unifyTypes leaves them; those
// tagged an organization stay (the club of "the Arab town of Taibe"); a
// list item tagged an organization is the place itself ("the neighborhoods
// of al-Sakhour, Tariq al-Bab and al-Ard al-Hamra", the last typed an
// organization: dragnet-news-a 29).
func geoNounsAsPlaces(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != newsner.Organization || !nameStart(m.m.Text) {
			return false
		}
		after := m.t1 < len(toks) && geoNouns[toks[m.t1].Text]
		of := m.t0 > 1 && toks[m.t0-1].Text == "of" && (geoOf[toks[m.t0-2].Text] || placeKinds[toks[m.t0-2].Text])
		return (after || of || capitalApposition(toks, m.t1)) && !listedOrg(m.m.Text) && !strings.EqualFold(m.words[0], "the") && !companyName(m)
	}
	var keys map[string]bool
	var items map[int]bool
	heads := listHeads(ms, toks)
	for i, m := range ms {
		item := geoListItem(ms, i, toks, heads) && (m.typ == newsner.Person || m.typ == newsner.Organization) && !listedOrg(m.m.Text) && !companyName(m)
		if cued(m) || item {
			if keys == nil {
				keys, items = map[string]bool{}, map[int]bool{}
			}
			keys[m.key] = true
			items[i] = item
		}
	}
	for i, m := range ms {
		if keys[m.key] && (items[i] || m.typ == newsner.Person || cued(m) || placedOrganization(toks, m)) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// regionGroupHeads end the names of armed groups and fronts that a region
// names ("Tigray People's Liberation Front", "Arakan Army", "Moro Islamic
// Liberation Front"); not "party", whose leading word is as often the
// party's own short name ("in Congress" of "Congress Party").
var regionGroupHeads = setOf(`front army movement`)

// regionGroupNamesAsPlaces types LOCATION a one-word mention tagged an
// organization that stands where only a place does (placedOrganization:
// "fighting in Tigray") and is the first word of an organization's name
// of three words or more in the article that a group's head word ends
// (regionGroupHeads): the region the group is named for, which the tagger
// typed an organization after reading the group's name; world news
// audit's second set, where no geographic noun named the region.
func regionGroupNamesAsPlaces(ms []*mention, toks []token) {
	leads := map[string]bool{}
	for _, m := range ms {
		if n := len(m.words); m.typ == newsner.Organization && n >= 3 && lowered(regionGroupHeads, m.words[n-1]) {
			leads[m.words[0]] = true
		}
	}
	for _, m := range ms {
		if leads[m.words[0]] && placedOrganization(toks, m) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// placedOrganization reports whether m, tagged an organization, stands
// where only a place does (strongLocatives: "hospitals in Tigray"): a
// region's name that a geographic noun made a place elsewhere in the
// article ("the Tigray region"), which the tagger typed an organization
// after reading it in a group's name ("the Tigray People's Liberation
// Front"). World news audit. A club named after its town stays where it
// plays ("beat Taibe", "the club of the Arab town of Taibe").
func placedOrganization(toks []token, m *mention) bool {
	return m.typ == newsner.Organization && len(m.words) == 1 && placeContext(toks, m.t0, m.t1, strongLocatives) && !listedOrg(m.m.Text)
}

// geoListItem reports whether mention i of ms is a later item of a list
// whose first item follows a plural geographic noun and "of" (placeKinds):
// "the neighborhoods of Quelb, Zorbo Hanano and al-Marz", where the tagger
// takes the later items, far from the noun, for people.
// The list's first item is heads[i] (listHeads).
func geoListItem(ms []*mention, i int, toks []token, heads []int) bool {
	j := heads[i]
	t0 := ms[j].t0
	return j < i && t0 > 1 && toks[t0-1].Text == "of" && placeKinds[toks[t0-2].Text]
}

// nameStart reports whether s starts as a name does: with a capital, or
// with an Arabic article and a capital after its hyphen ("al-Marz",
// "el-Quds"), which a place's name keeps in lower case.
func nameStart(s string) bool {
	for _, a := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(s, a); ok {
			return startsUpper(rest)
		}
	}
	return startsUpper(s)
}

// capitalApposition reports whether the tokens from k are an apposition
// that names a capital: ", the capital of" or ", capital of" ("captured
// Mekelle, the capital of the Tigray region", which the tagger typed an
// organization). Thirteenth pass (b).
func capitalApposition(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].Text != "," {
		return false
	}
	if toks[k+1].Text == "the" {
		k++
	}
	return k+2 < len(toks) && toks[k+1].Text == "capital" && toks[k+2].Text == "of"
}

// companyName reports whether m's name ends in a company's word ("Zorbix
// Holdings", "Quelb Corp"): no place, whatever noun stands beside it.
func companyName(m *mention) bool {
	l := strings.ToLower(strings.TrimSuffix(m.words[len(m.words)-1], "."))
	return len(m.words) > 1 && (legalSuffixes[l] || companyHeads[l])
}

// hyphenLeads start a hyphened word that is no place's name however it
// stands ("Pro-Moscow", "Anti-Bhutto", "All-Star", "Eco-Challenge").
var hyphenLeads = setOf(`pro anti all eco pan non post pre ex neo`)

// hyphenPlace reports whether w is two capitalized words of three letters
// or more joined by a hyphen, neither a demonym nor a hyphenLead
// ("Nagorno-Karabakh"; not "Russian-Chechen", "Pro-Moscow").
func hyphenPlace(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") || len(a) < 3 || len(b) < 3 || !startsUpper(a) || !startsUpper(b) || !isLetters(a) || !isLetters(b) {
		return false
	}
	return !isDemonymWord(a) && !isDemonymWord(b) && !lowered(hyphenLeads, a)
}

// hyphenPlacesAsPlaces types LOCATION every mention of a one-word hyphened
// name the tagger typed MISC (hyphenPlace) that stands where a place does
// somewhere in the article: after "in" and the like (strongLocatives) or
// before a geographic noun ("the Nagorno-Karabakh region"). The tagger
// learnt hyphened capitals from "Russian-Chechen" and "Arab-Israeli",
// MISC, and reads a region so named as one ("fighting in
// Nagorno-Karabakh").
func hyphenPlacesAsPlaces(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != misc || m.t1-m.t0 != 1 || !hyphenPlace(toks[m.t0].Text) {
			return false
		}
		return placeContext(toks, m.t0, m.t1, strongLocatives) || m.t1 < len(toks) && geoNouns[toks[m.t1].Text]
	}, func(m *mention) bool { return m.typ == misc }, newsner.Location)
}

// arabicPlaceHeads start an Arabic place's name before its article
// ("Bab al-Zorb", a gate; "Wadi al-Quelb", a valley; "Ras al-Ain", a
// cape; "Jebel al-Akhdar", a mountain, LOC in eng.train; "Masjid
// al-Haram", a mosque, as eng.train marks "Al-Aqsa" of "Al-Aqsa mosque").
var arabicPlaceHeads = setOf(`Bab Wadi Jabal Jebel Ras Deir Kafr Beit Khirbet Qasr Jisr Souk Suq Tal Tell Bir Ain Masjid`)

// arabicArticles are the Arabic article's forms glued to a name's word
// ("al-Nasr", "ez-Zor", "ash-Sham").
var arabicArticles = []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "ez-", "an-", "en-"}

// arabicPlacesAsPlaces types LOCATION a name of two words or more tagged
// a person or an organization whose first word is an Arabic place's head
// (arabicPlaceHeads) and whose second starts with the Arabic article
// (arabicArticles): "fighting raged around Bab al-Zorb", which the tagger
// reads as a person. Without the article the head may start a club's
// name ("Beit She'an", "Tel Aviv" teams in eng.train).
func arabicPlacesAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Person && m.typ != newsner.Organization || m.t1-m.t0 < 2 || !arabicPlaceHeads[toks[m.t0].Text] {
			continue
		}
		if arabicArticleWord(toks[m.t0+1].Text) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// arabicArticleWord reports whether w starts with an Arabic article
// (arabicArticles, in any case) before more letters: "al-Haram",
// "Al-Aqsa", "ez-Zor".
func arabicArticleWord(w string) bool {
	for _, a := range arabicArticles {
		if len(w) > len(a) && strings.EqualFold(w[:len(a)], a) {
			return true
		}
	}
	return false
}

// pairBlocs are the blocs and alliances news pairs with a country by a
// hyphen ("EU-UK talks", "NATO-Russia council") that no list gives.
var pairBlocs = setOf(`EU E.U. NATO UN U.N. ASEAN OPEC PLO`)

// pairPart reports whether s, a part of a hyphened pair, is a country's
// name (a listed country, not a state), a bloc's or a listed
// organization's.
func pairPart(s string) bool {
	if pairBlocs[s] || listedOrg(s) {
		return true
	}
	k := listKey(s, newsner.Location)
	return countryKey(k)
}

// pairsAsMisc makes MISC, so not emitted, a mention of one word tagged an
// organization or a place that is two different countries, blocs or
// listed organizations joined by a hyphen, the whole no listed name
// ("EU-UK trade deal", "U.S.-China tensions", "the Pfizer-BioNTech
// shot"; not "Mercedes-Benz"): a relation's or a joint product's
// adjective, which CoNLL-2003 marks MISC as a whole ("Israel-PLO",
// "PUK-KDP", "ROMANIA-HUNGARY"). Thirteenth pass (b).
func pairsAsMisc(ms []*mention) {
	for _, m := range ms {
		if m.typ != newsner.Organization && m.typ != newsner.Location || strings.ContainsAny(m.m.Text, " \t\n") {
			continue
		}
		a, b, ok := strings.Cut(m.m.Text, "-")
		if !ok || strings.Contains(b, "-") || normName(a) == normName(b) || !pairPart(a) || !pairPart(b) {
			continue
		}
		if listedOrg(m.m.Text) || listKey(m.m.Text, newsner.Location) != "" {
			continue
		}
		m.typ = misc
	}
}

// listHeads returns, for each mention of ms, the index of the first item
// of the list it ends: the mention itself, or the one before it when only
// a list's gap (listGap) stands between them, and so on back. geoListItem
// and geoKnownAsPlaces each walked back for each item, and a list of
// 20,000 names took seconds.
func listHeads(ms []*mention, toks []token) []int {
	heads := make([]int, len(ms))
	for j := range ms {
		heads[j] = j
		if j > 0 && ms[j-1].t1 <= ms[j].t0 && listGap(toks, ms[j-1].t1, ms[j].t0) {
			heads[j] = heads[j-1]
		}
	}
	return heads
}

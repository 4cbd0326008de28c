package ner

import "github.com/newsner/newsner"

// Clubs named after a place in a sports report: a football club of two
// words or more that bears its city's, its state's or a river's name ("Sao
// Paulo", "River Plate", "Rosario Central", "Hamilton Academical"), which
// the tagger typed a place or a person where no team's verb or word stood
// next to it (clubsAsClubs reads those). eng.train marks the club an
// organization ("Sao Paulo lead the first stage", "Sao Paulo midfielder
// Andre") and the city a place ("taken to Sao Paulo airport", "arrive in
// Sao Paulo"); the blind audits t and u showed the kind (a city's club
// typed the city three times of three, a river's club a place, a town's
// club a person in a results table), issue 11.

// clubPlaceBefore, before a listed club's name that is also a place's,
// make it the place ("arrive in Sao Paulo", "flown to Sao Paulo").
var clubPlaceBefore = setOf(`in at near to from into via outside across throughout inside of around`)

// clubPlaceAfter, after such a name, make it the place ("Sao Paulo
// airport", "Sao Paulo state").
var clubPlaceAfter = setOf(`airport state city province region port area street streets exchange`)

// clubAsPlace reports whether the name over tokens [t0,t1), a listed
// club's and a place's, stands as the place: after a word of
// clubPlaceBefore, before one of clubPlaceAfter, or before a comma and a
// capitalized word ("Sao Paulo, Brazil").
func clubAsPlace(toks []token, t0, t1 int) bool {
	if t0 > 0 && lowered(clubPlaceBefore, toks[t0-1].Text) {
		return true
	}
	if t1 < len(toks) && lowered(clubPlaceAfter, toks[t1].Text) {
		return true
	}
	return t1+1 < len(toks) && toks[t1].Text == "," && startsUpper(toks[t1+1].Text) && knownPlace(toks[t1+1].Text)
}

// placeClubsAsClubs types ORGANIZATION, in a sports report (sportsText),
// a mention of two words or more tagged a person or a place that the lists
// know as a club (keyListKey, accents folded: "Sao Paulo" of "São Paulo
// FC"): a person never, a place unless it stands as the place (clubAsPlace)
// or a dateline's (place). A person so named is a club also in an item
// that only talks sport (sportsItem): a results table has no "2-1". A club
// of one word is left to clubsAsClubs, whose towns stand in many more
// reports as places.
func placeClubsAsClubs(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		if m.typ != newsner.Person && m.typ != newsner.Location || m.place || len(m.words) < 2 || !hasLower(m.m.Text) {
			continue
		}
		if m.typ == newsner.Location && clubAsPlace(toks, m.t0, m.t1) {
			continue
		}
		if keyListKey(m.m.Text, newsner.Organization) == "" || !about.sportsText() && !(m.typ == newsner.Person && sportsItem(about)) {
			continue
		}
		m.typ = newsner.Organization
	}
}

// addClubWordShortForms adds, in a sports report (sportsText), to the
// group of a listed club named by a word and its city ("Real Madrid",
// "Rotor Volgograd", "Dynamo Kiev": two words, the second a known place,
// the first none) each mention of that first word alone that the tagger
// left untagged: the report's short form of the club ("earn Real a point",
// "equalised for Real", "the incursion of Real players"), which eng.testa
// marks an organization, as eng.train does "Atletico", "Ajax" and "PSV"
// after their full names. The tagger leaves the word untagged where it is
// also an English word ("Real", "Sporting", "Inter"). The word stands
// alone (standsAlone); at a sentence's start not before a noun in lower
// case ("Real estate"). A word that starts two such clubs' names is left
// alone.
func addClubWordShortForms(text string, toks []token, groups [][]*mention, about *topics) [][]*mention {
	var clubs map[string]int // the club's first word -> its group; -1 for several
	for gi, g := range groups {
		for _, m := range g {
			if m.typ != newsner.Organization || m.t1-m.t0 != 2 {
				continue
			}
			w := toks[m.t0].Text
			if len(w) < 3 || !isLetters(w) || !startsUpper(w) || knownPlace(w) || !knownPlace(toks[m.t0+1].Text) || keyListKey(m.m.Text, newsner.Organization) == "" {
				continue
			}
			if clubs == nil && !about.sportsText() {
				return groups
			}
			clubs = markShortForm(clubs, w, gi)
		}
	}
	return addShortFormMentions(text, toks, groups, clubs, func(k int) bool {
		if !startsSentence(text, toks, k) || k+1 >= len(toks) || startsUpper(toks[k+1].Text) {
			return true
		}
		t := toks[k+1].Tag
		return t != "NN" && t != "NNS"
	})
}

package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Places of worship: mosques, cathedrals, basilicas, synagogues and the
// churches named for a saint or a feast, which CoNLL-2003 marks places
// (eng.train: "Mount Zion Missionary Baptist Church" 2, "St. Matthews
// Missionary Baptist Church", "Loretto Abbey", and the names before a
// mosque, "Al-Aqsa" and "Omari", all LOC), where the tagger leaves them
// untagged ("the Grand Mosque"), types them a person ("Masjid al-Haram")
// or an organization ("Church of the Holy Sepulchre"), having seen few.
// facilitiesAsPlaces types the tagged ones by their head (facilityHeads,
// churchSite), arabicPlacesAsPlaces by their lead ("Masjid").

// worshipHeads, capitalized, end the name of a place of worship that the
// tagger may leave untagged: not "Church" nor "Temple", which end bodies'
// and people's names too ("Anglican Church", "Shirley Temple").
var worshipHeads = setOf(`Mosque Cathedral Basilica Synagogue`)

// worshipLeads, capitalized, start the name of a mosque before a word
// with an Arabic article ("Masjid al-Haram"); arabicPlacesAsPlaces types
// such a name tagged a person or an organization (arabicPlaceHeads).
var worshipLeads = setOf(`Masjid`)

// worshipRunStops are capitalized words a site's name does not start
// with: an article or a preposition at a sentence's start.
var worshipRunStops = setOf(`The A An This That These In At On Near From To Inside Outside Its His Her Their Our`)

// addWorshipSiteSpans adds a place's span over the name of a place of
// worship the tagger left untagged or cut before its head: one to three
// capitalized words before a capitalized head of worshipHeads ("the Grand
// Mosque", "the Blue Mosque"), a tagged span right before such a head
// taken up to it as a place ("Al-Aqsa" of "Al-Aqsa Mosque"), or a lead of
// worshipLeads and a word with an Arabic article after it (arabicArticleWord:
// "Masjid al-Haram"). gum-news's Hajj document ("Grand
// Mosque" x3 untagged, "Masjid Al-Haram" a person), as eng.train marks its
// mosques and churches places.
func addWorshipSiteSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	var cover []int
	for k := 0; k < len(toks); k++ {
		w := toks[k].Text
		if !worshipHeads[w] && !worshipLeads[w] {
			continue
		}
		if cover == nil {
			cover = spanOwners(spans, len(toks))
		}
		if cover[k] >= 0 {
			continue
		}
		if worshipLeads[w] {
			if k+1 < len(toks) && cover[k+1] < 0 && arabicArticleWord(toks[k+1].Text) {
				add = append(add, tspan{newsner.Location, k, k + 2})
				k++
			}
			continue
		}
		if k > 0 && cover[k-1] >= 0 {
			s := spans[cover[k-1]]
			if s.t1 == k && capitalizedRun(toks, s.t0, s.t1) {
				add = append(add, tspan{newsner.Location, s.t0, k + 1})
			}
			continue
		}
		a := k
		for a > 0 && a > k-3 && cover[a-1] < 0 && startsUpper(toks[a-1].Text) && hasLower(toks[a-1].Text) && !worshipRunStops[toks[a-1].Text] {
			a--
		}
		if a < k {
			add = append(add, tspan{newsner.Location, a, k + 1})
		}
	}
	return replaceSpans(spans, add)
}

// churchHeads head the name of a church's building or a body's: "Church
// of the Holy Sepulchre" is a site, "Church of England" a body.
var churchHeads = setOf(`church basilica chapel`)

// churchSiteWords, in a church's name, name the saint or the feast the
// building is dedicated to: such a name is the site's ("Church of the
// Holy Sepulchre", "Church of the Nativity", "St. Mary's Church"), not a
// denomination's ("Church of England", "Roman Catholic Church").
var churchSiteWords = setOf(`holy st st. saint san santa sepulchre sepulcher nativity annunciation resurrection
ascension transfiguration assumption lady`)

// churchSite reports whether a name's words, headed by a church's word
// (churchHeads; head, the word before "of" or the last), name a word of
// churchSiteWords, or end in "Chapel" ("the Sistine Chapel", typed a
// person in modern-web-a's list of Rome's sights; a chapel is a building,
// no denomination): a church's building, a place.
func churchSite(words []string, head string) bool {
	if !churchHeads[head] {
		return false
	}
	if head == "chapel" && words[len(words)-1] == "chapel" {
		return true
	}
	for _, w := range words {
		if churchSiteWords[w] {
			return true
		}
	}
	return false
}

// worshipSitesAsPlaces types LOCATION a name of two words or more tagged
// MISC whose last word is a capitalized head of worshipHeads: the tagger
// reads "Grand Mosque" as MISC (gum-news's Hajj and crane documents, 3
// mentions), where eng.train marks mosques and churches places and no
// MISC name ends in one. facilitiesAsPlaces types such names tagged an
// organization or a person.
func worshipSitesAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ == misc && m.t1-m.t0 >= 2 && worshipHeads[toks[m.t1-1].Text] && listKey(m.m.Text, newsner.Organization) == "" {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// addChurchSiteSpans adds a place's span over a church's name the tagger
// tagged only after its "of": an untagged capitalized church's word
// (churchHeads) and "of", "the" or not, before a tagged span, the whole
// naming a church's building (churchSite): "Church of the [Holy
// Sepulchre]", whose tail the tagger typed a place alone. eng.train marks
// churches' names whole ("Mount Zion Missionary Baptist Church").
func addChurchSiteSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	var cover []int
	for k := 0; k+2 < len(toks); k++ {
		w := toks[k].Text
		if !startsUpper(w) || !churchHeads[strings.ToLower(w)] || toks[k+1].Text != "of" {
			continue
		}
		if cover == nil {
			cover = spanOwners(spans, len(toks))
		}
		j := k + 2
		if toks[j].Text == "the" && j+1 < len(toks) {
			j++
		}
		if cover[k] >= 0 || cover[j] < 0 || spans[cover[j]].t0 != j {
			continue
		}
		e := spans[cover[j]].t1
		words := make([]string, 0, e-k)
		for i := k; i < e; i++ {
			words = append(words, strings.ToLower(toks[i].Text))
		}
		if churchSite(words, words[0]) {
			add = append(add, tspan{newsner.Location, k, e})
			k = e - 1
		}
	}
	return replaceSpans(spans, add)
}

// saintWords start a saint's name ("St. Patrick", "St Mary", "Saint
// Peter").
var saintWords = setOf(`St St. Saint`)

// addSaintSiteSpans adds a place's span over a saint's name (saintWords
// and one capitalized word), its possessive and a building's head word
// after it, capitalized (facilityHeads, churchHeads: "St Patrick's
// Cathedral", "St. Mary's Stadium", "St Zorba's Hospital"), no
// capitalized word after it, where the tagger tagged the saint's name
// alone (a place, a person) and stopped at the possessive, or left the
// head apart. eng.train marks such names places ("St. Christopher
// Children 's Hospital", "St. Matthew 's").
func addSaintSiteSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	var cover []int
	for k := 2; k+1 < len(toks); k++ {
		if !isPossessive(toks[k].Text) || !saintWords[toks[k-2].Text] || !startsUpper(toks[k-1].Text) || !isLetters(toks[k-1].Text) {
			continue
		}
		head := toks[k+1].Text
		if !startsUpper(head) || !facilityHeads[strings.ToLower(head)] && !churchHeads[strings.ToLower(head)] {
			continue
		}
		if k+2 < len(toks) && startsUpper(toks[k+2].Text) {
			continue // a longer name goes on
		}
		if cover == nil {
			cover = spanOwners(spans, len(toks))
		}
		if o := cover[k-2]; o >= 0 && (spans[o].t0 != k-2 || spans[o].t1 != k) || cover[k-1] != cover[k-2] {
			continue // the saint's name is part of another span
		}
		if o := cover[k+1]; o >= 0 && (spans[o].t0 != k+1 || spans[o].t1 != k+2) || cover[k] >= 0 && cover[k] != cover[k-2] {
			continue
		}
		add = append(add, tspan{newsner.Location, k - 2, k + 2})
	}
	return replaceSpans(spans, add)
}

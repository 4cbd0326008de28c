package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// What a span takes in or loses at its end: a circuit's ordinal ("the
// 9th Circuit"), a road's number, a listed product's number or letter
// ("Falcon 9"), "District" of an office, and a common noun in lower case
// the tagger ran into a name ("the Zorbnet desk"). indexes.go has a stock
// index's number.

// addCircuitOrdinal extends an organization's span over the ordinal in
// figures right before it where the span's first or second word is
// "Circuit": a US appeals court is named by its circuit's number ("the 3rd
// U.S. Circuit Court of Appeals", "the 9th Circuit"), which the tagger
// leaves out as it leaves out most numbers; CoNLL-2003 marks the spelled
// ordinal part of the name ("Fourth Circuit", "Ninth Circuit").
func addCircuitOrdinal(toks []token, s tspan) tspan {
	if s.typ != newsner.Organization || s.t0 == 0 || !ordinal(toks[s.t0-1].Text) || toks[s.t0-1].End == toks[s.t0].Start {
		return s
	}
	if toks[s.t0].Text == "Circuit" || s.t1-s.t0 >= 2 && toks[s.t0+1].Text == "Circuit" {
		s.t0--
	}
	return s
}

// roadWords end a road's name before its number ("Interstate 95",
// "Highway 301", "State Route 267").
var roadWords = setOf(`Interstate Interstates Highway Route Motorway Autobahn`)

// addRoadNumber extends a span that ends in a road's word over the number
// after it, and makes it a place, as CoNLL-2003 marks roads ("Interstate
// 95", "Highway 301"); the tagger calls "Interstate" alone an
// organization.
func addRoadNumber(toks []token, s tspan) tspan {
	if s.typ == newsner.Person || s.t1 >= len(toks) || !roadWords[toks[s.t1-1].Text] || !isNumber(toks[s.t1].Text) {
		return s
	}
	s.t1++
	s.typ = newsner.Location
	return s
}

// bareRoadWord reports whether span s is a road's word alone, no number
// after it (addRoadNumber takes one in): "merge onto the Interstate",
// "off the Highway" name a kind of road, no road.
func bareRoadWord(toks []token, s tspan) bool {
	return s.t1-s.t0 == 1 && roadWords[toks[s.t0].Text] && toks[s.t0].Text != "Autobahn" && (s.t1 >= len(toks) || !isNumber(toks[s.t1].Text))
}

// addProductTail extends a span that is not a person's over the one token
// after it, a number or a capital letter, where the two are a listed
// product's name (productNames: "Falcon 9", "Sputnik V"), which the tagger
// cut before its number or letter and typed a company; listedProductsAsMisc
// then makes the whole MISC. Thirteenth pass (b).
func addProductTail(toks []token, s tspan) tspan {
	if s.typ == newsner.Person || s.t1 >= len(toks) || toks[s.t1-1].End == toks[s.t1].Start {
		return s
	}
	if w := toks[s.t1].Text; !isNumber(w) && !(len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z') {
		return s
	}
	if productNames[strings.Join(lowerTokens(toks[s.t0:s.t1+1]), " ")] {
		s.t1++
	}
	return s
}

// addSystemLead extends a span over a listed operating system's name, or
// the part of it, right before it on its line ("OS" of "OS X Mountain
// Lion", "macOS" of "macOS Sonoma"), capitalized words between the two
// taken in ("macOS Big" of "macOS Big Sur"), where the whole is the system and
// more words (systemRelease): the tagger leaves the system's name out of
// a release's and types the rest a company or a place; listedProductsAsMisc
// then makes the whole MISC.
func addSystemLead(text string, toks []token, s tspan) tspan {
	for n := 1; n <= 3 && n <= s.t0; n++ {
		c := s.t0 - n
		if strings.ContainsRune(text[toks[c].BEnd:toks[s.t0].BStart], '\n') {
			return s
		}
		words := lowerTokens(toks[c:s.t1])
		for k := 1; k <= 3 && k < len(words); k++ {
			if systemNames[strings.Join(words[:k], " ")] && systemRelease(words) && capitalizedRun(toks, c+k, s.t0) {
				s.t0 = c
				return s
			}
		}
	}
	return s
}

// districtOffices are the offices that "District" names before a
// holder's name ("Alameda County District Attorney Jane Doe", "U.S.
// District Judge John Roe").
var districtOffices = setOf(`Attorney Judge`)

// cutDistrictOffice cuts "District" off the end of a span of two tokens or
// more right before a district's office (districtOffices) that is no
// office's possessive ("District Attorney's Office" is the body's name):
// the tagger reads "Alameda County District" of "Alameda County District
// Attorney Nancy Lee" as an organization; the rest is the place the
// office serves, a LOCATION where it is a county's or a known place's
// name, as CoNLL-2003 marks "U.S." of "U.S. District Judge" (2 of 2).
func cutDistrictOffice(toks []token, s tspan) tspan {
	if s.t1-s.t0 < 2 || s.t1+1 >= len(toks) || toks[s.t1-1].Text != "District" || !districtOffices[toks[s.t1].Text] || isPossessive(toks[s.t1+1].Text) {
		return s
	}
	s.t1--
	if last := strings.ToLower(toks[s.t1-1].Text); placeHeads[last] || knownPlace(joinTokens(toks[s.t0:s.t1])) {
		s.typ = newsner.Location
	}
	return s
}

// lowerHeads are the nouns in lower case that CoNLL-2003 keeps at the
// end of a name (eng.train: "interior ministry", "BBC radio", "Star
// magazine", "East coast", "Wall Street bureau", "NL Central division").
var lowerHeads = setOf(`ministry radio magazine coast office bureau party division hospital program programme
championship convention law symposium alliance affairs vehicles bypass democracy north south east west`)

// cutTrailingNouns cuts a common noun in lower case off the end of a
// span of two tokens or more, after a capitalized word, where the rest is
// a span of its own elsewhere in the article: the thing a name stands
// before ("the Zorbnet desk" beside "Zorbnet said"), which the tagger
// runs into the name on web pages, so the name is reported apart from its
// own mentions. Not the heads CoNLL-2003 keeps inside a name
// (lowerHeads), nor a word with a capital, a digit or a hyphen.
func cutTrailingNouns(toks []token, spans []tspan) []tspan {
	var names map[string]bool // the spans' words, lazily
	for i, s := range spans {
		if !trailingNoun(toks, s) {
			continue
		}
		if names == nil {
			names = map[string]bool{}
			for _, o := range spans {
				names[spanWords(toks, o.t0, o.t1)] = true
			}
		}
		if names[spanWords(toks, s.t0, s.t1-1)] {
			spans[i].t1--
		}
	}
	return spans
}

// trailingNoun reports whether s, of two tokens or more, ends in a noun
// in lower case, letters only, of three letters or more, after a
// capitalized word, that is no head CoNLL-2003 keeps (lowerHeads).
func trailingNoun(toks []token, s tspan) bool {
	if s.t1-s.t0 < 2 {
		return false
	}
	last := toks[s.t1-1]
	if last.Tag != "NN" && last.Tag != "NNS" || len(last.Text) < 3 || lowerHeads[last.Text] || !startsUpper(toks[s.t1-2].Text) {
		return false
	}
	return lowerASCII(last.Text)
}

// heritageBodies follow "World Heritage" in the names of UNESCO's bodies
// ("World Heritage Committee", "World Heritage Centre"), organizations.
var heritageBodies = setOf(`Committee Centre Center Fund Convention Foundation Trust`)

// heritageStatusAt returns the token where "World Heritage" starts inside
// span s, or on s's last token ("UNESCO World" before "Heritage"), where
// no body's word (heritageBodies) follows it: UNESCO's listing of a site
// ("a UNESCO World Heritage site", "a World Heritage Site"), a status and
// no name of the body that gives it. -1 if none.
func heritageStatusAt(toks []token, s tspan) int {
	for k := s.t0; k < s.t1 && k+1 < len(toks); k++ {
		if toks[k].Text != "World" || toks[k+1].Text != "Heritage" {
			continue
		}
		if k+2 < len(toks) && heritageBodies[toks[k+2].Text] {
			return -1
		}
		return k
	}
	return -1
}

// cutHeritageStatus cuts a site's UNESCO status off the end of the span
// of the body that gives it, which the tagger ran into it: "a United
// Nations World Heritage site" (an organization "United Nations World
// Heritage"; dragnet-news-a 29), "a UNESCO World Heritage site" (an
// organization "UNESCO World", which then named nothing and UNESCO was
// lost). A span that starts with the status names no organization
// (notAName).
func cutHeritageStatus(toks []token, s tspan) tspan {
	if k := heritageStatusAt(toks, s); k > s.t0 {
		s.t1 = k
	}
	return s
}

// unitTailWords name a company's unit after its one-word name ("TikTok
// Global", "Walmart International", "Google Cloud").
var unitTailWords = setOf(`Global International Cloud`)

// addUnitTailSpans extends an organization's span that is one word the
// lists know as an organization ("TikTok") over a unit's word right after
// it (unitTailWords) that no span holds, before a word in lower case or a
// mark: the unit's name ("TikTok Global would be majority owned by ..."),
// which the tagger cut before the word it reads as an adjective. eng.train
// marks "International" after a name's word inside the name 19 times in
// 20; listedUnitParent keeps the unit apart from its parent.
func addUnitTailSpans(toks []token, spans []tspan) []tspan {
	var tagged []bool // taggedNotMisc, made at the first candidate
	for i, s := range spans {
		k := s.t1
		if s.typ != newsner.Organization || k-s.t0 != 1 || k+1 >= len(toks) || !unitTailWords[toks[k].Text] ||
			startsUpper(toks[k+1].Text) || toks[k+1].Text == "-" || toks[k].Start != toks[k-1].End+1 ||
			listKey(toks[s.t0].Text, newsner.Organization) == "" {
			continue
		}
		if tagged == nil {
			tagged = taggedNotMisc(len(toks), spans)
		}
		if !tagged[k] && (i+1 == len(spans) || spans[i+1].t0 > k) {
			spans[i].t1 = k + 1
		}
	}
	return spans
}

// addGamesSiteSpans takes into a MISC span of the Games' adjective alone
// (gamesWords: "Olympic") the capitalized site's word right after it
// (gamesSite: "Stadium", "Village"), where no other span has it and no
// capitalized word follows: "an Olympic Village ceremony", "the former
// Olympic Stadium", where the tagger marked "Olympic" alone, as it does
// in "Olympic champion". gamesSitesAsPlaces then types the name a place.
func addGamesSiteSpans(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t1
		if s.typ != misc || k-s.t0 != 1 || k >= len(toks) || !lowered(gamesWords, toks[s.t0].Text) ||
			!startsUpper(toks[k].Text) || !gamesSite(strings.ToLower(toks[k].Text)) ||
			k+1 < len(toks) && startsUpper(toks[k+1].Text) || i+1 < len(spans) && spans[i+1].t0 <= k {
			continue
		}
		spans[i].t1 = k + 1
	}
	return spans
}

// addFacilityHeadSpans takes into an organization's or a place's span the
// capitalized facility word right after it (facilityHeads: "Hotel",
// "Airport", "Stadium") where no other span has it and no capitalized
// word follows: "the Al-Ghaza Hotel near the Masjid Al-Haram" (gum-news),
// where the tagger marked "Al-Ghaza" alone, an organization.
// facilitiesAsPlaces then types the name a place, as CoNLL-2003 and GUM
// mark a hotel's.
func addFacilityHeadSpans(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t1
		if s.typ != newsner.Organization && s.typ != newsner.Location || k >= len(toks) || !startsUpper(toks[k].Text) || !isLetters(toks[k].Text) ||
			!facilityHeads[strings.ToLower(toks[k].Text)] || toks[k].Start != toks[k-1].End+1 ||
			k+1 < len(toks) && startsUpper(toks[k+1].Text) || i+1 < len(spans) && spans[i+1].t0 <= k {
			continue
		}
		spans[i].t1 = k + 1
	}
	return spans
}

// geoPluralHeads, capitalized after the last of two names joined by "and"
// or "or", are a plural geographic noun both names share ("Cuyahoga and
// Lake Counties", "the Tigris and Euphrates Rivers"): no word of the
// second name. Not "Islands", which ends a country's own name ("Solomon
// and Marshall Islands").
var geoPluralHeads = setOf(`Counties Rivers Provinces Districts`)

// cutSharedGeoPlurals cuts a shared plural geographic noun
// (geoPluralHeads) off the span of the last of two names it follows, and
// types both names places: "in Cuyahoga and Lake Counties" is "Cuyahoga"
// and "Lake" (dragnet-news-a R365; the tagger gave "Lake Counties" a
// place there and a person or an organization in made-up sentences, as
// geoNouns in lower case make "Lake counties" one place's name).
func cutSharedGeoPlurals(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.t1-s.t0 < 2 || !geoPluralHeads[toks[s.t1-1].Text] || i == 0 || s.t0 < 2 ||
			toks[s.t0-1].Text != "and" && toks[s.t0-1].Text != "or" || spans[i-1].t1 != s.t0-1 {
			continue
		}
		spans[i].t1--
		spans[i].typ = newsner.Location
		spans[i-1].typ = newsner.Location
	}
	return spans
}

// legislatorLetters are the letters of a legislator's seat that follow
// the party and the place in "an Ottawa New Democrat MP", "a Scottish
// Labour MSP", "an Ontario Liberal MPP".
var legislatorLetters = setOf(`MP MPs MEP MEPs MSP MSPs MPP MPPs MLA MLAs MHA MNA`)

// cutLegislatorLetters cuts a legislator's letters (legislatorLetters) off
// the end of an organization's span of two tokens or more, and a known
// place that opens what is left before a capitalized word off its start as
// a place's span of its own: the tagger reads "Ottawa New Democrat MP" as
// one organization, where the letters say what the person is, not a name,
// the place is the seat's (gum-news marks "Ottawa" a place) and the party
// is the rest. The rest is MISC where it ends in a member's noun
// (memberNouns: "New Democrat", which GUM marks no name) that no party's
// adjective opens ("Liberal Democrat" is the UK party's name). A party's
// adjective (partyAdjectives) is no place even where the gazetteer has a
// town of its name (Liberal, Kansas). eng.train holds no name before "MP".
func cutLegislatorLetters(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		if s.typ != newsner.Organization || s.t1-s.t0 < 2 || !legislatorLetters[toks[s.t1-1].Text] {
			out = append(out, s)
			continue
		}
		s.t1--
		if s.t1-s.t0 >= 2 && startsUpper(toks[s.t0+1].Text) && !partyAdjectives[toks[s.t0].Text] && knownPlace(toks[s.t0].Text) {
			out = append(out, tspan{newsner.Location, s.t0, s.t0 + 1})
			s.t0++
		}
		if memberNouns[toks[s.t1-1].Text] && !partyAdjectives[toks[s.t0].Text] {
			s.typ = misc // "New Democrat": a party's member; "Liberal Democrat" is the UK party's name
		}
		out = append(out, s)
	}
	return out
}

// memberNouns name a party's member, MISC in CoNLL-2003 where no party's
// name follows (eng.train: "Democrat" 5 of 6, "Republican" 28 of 33).
var memberNouns = setOf(`Democrat Republican`)

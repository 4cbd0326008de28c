package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Datelines: a wire story's dateline in capitals ("ZORBVILLE, Quelbia
// (Reuters) -") made places (datelineSpans, a line rule), a dateline's
// town and region typed places (datelinesAsPlaces, a typing rule), and a
// column's date at a line's start dropped.

// datelineSpans makes a dateline in capitals a place: one to three words
// in capitals that start a line (after an agency's "(AP)", if any) before
// a dash and the story's first sentence, in mixed case ("KABUL -- More
// than a dozen ...", "(AP) NEW YORK - NBC Sports anchor ..."). The tagger
// misses such a city or calls it an organization ("WASHINGTON (Reuters) -",
// where it reads the capitals as the surname and leaves them out). Before
// a listed agency's dateline in brackets (agencyDateline: "WASHINGTON, Dec
// 3 (Reuters) -"), any such words are the place; before a bare dash, or a
// comma, a state or country and a dash ("CLEVELAND/CHICAGO, USA -"), they
// must name a known place: a news service's slug is none ("NOTE - Orii
// Corp makes", "FEATURE - Fertile Ukraine", "RTRS - Budget cuts"); nor is
// a headline in capitals ("SOCCER - JAPAN GET LUCKY WIN"), with nothing in
// lower case after the dash.
func datelineSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for i := 0; i < len(toks); i++ {
		if i > 0 && line[i-1] == line[i] {
			continue
		}
		k := i
		if k+3 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" && line[k+3] == line[i] {
			k += 3
		}
		groups := datelinePlaces(toks, line, k)
		if len(groups) == 0 {
			continue
		}
		d := groups[len(groups)-1].t1
		agency := false
		if d < len(toks) && !dashes[toks[d].Text] {
			if a := agencyDatelineDash(toks, d); a >= 0 && line[a] == line[i] {
				d, agency = a, true
			} else if stateDateline(toks, d) {
				for d < len(toks) && !dashes[toks[d].Text] {
					d++ // "CLEVELAND/CHICAGO, USA -": known places, as below
				}
			}
		}
		if d+2 >= len(toks) || line[d] != line[i] || !dashes[toks[d].Text] {
			continue
		}
		lower := false
		for j := d + 1; j < len(toks) && line[j] == line[i] && j < d+20; j++ {
			r, _ := utf8.DecodeRuneInString(toks[j].Text)
			if unicode.IsLower(r) {
				lower = true
				break
			}
		}
		if !lower || !startsUpper(toks[d+1].Text) {
			continue
		}
		if agency || knownPlaces(toks, groups) {
			add = append(add, groups...)
		}
	}
	return replaceSpans(spans, add)
}

// knownPlaces reports whether every span of groups, words in capitals,
// names a known place (isPlaceName, in title case: "NEW YORK").
func knownPlaces(toks []token, groups []tspan) bool {
	for _, g := range groups {
		ws := make([]string, 0, g.t1-g.t0)
		for j := g.t0; j < g.t1; j++ {
			w := titleCase(toks[j].Text)
			if j > g.t0 && placeLinks[strings.ToLower(w)] {
				w = strings.ToLower(w) // "PORT OF SPAIN": "Port of Spain"
			}
			ws = append(ws, w)
		}
		if !isPlaceName(strings.Join(ws, " ")) {
			return false
		}
	}
	return true
}

// placeLinks are the short words inside places' names that the lists
// write in lower case ("Port of Spain", "Dar es Salaam", "Rio de
// Janeiro", "Port-au-Prince"), which knownPlaces lowers in a dateline's
// capitals.
var placeLinks = setOf(`of de es del da do dos das au aux en sur am an der di`)

// datelinePlaces returns the places of a dateline in capitals from token
// k on: one to three words in capitals, then up to three more such groups
// after a slash token ("WASHINGTON / NEW YORK", as datelineSlashes cuts
// "WASHINGTON/NEW YORK"), each a LOCATION span; nil if none.
func datelinePlaces(toks []token, line []int, k int) []tspan {
	var groups []tspan
	for len(groups) < 4 {
		n := 0
		for k+n < len(toks) && line[k+n] == line[k] && datelineWord(toks[k+n].Text) {
			n++
		}
		if n == 0 || n > 3 {
			return nil
		}
		groups = append(groups, tspan{typ: newsner.Location, t0: k, t1: k + n})
		k += n
		if k+1 >= len(toks) || toks[k].Text != "/" || line[k] != line[k+1] {
			break
		}
		k++
	}
	return groups
}

// datelineWord reports whether w can be a word of a dateline's town in
// capitals: two letters or more, all capitals, or such letters joined by
// inner hyphens or apostrophes ("PORT-AU-PRINCE", "N'DJAMENA"), which
// the tagger, not knowing them in capitals, missed before "(Reuters) -"
// and before a 1996 date, where it also typed eng.testa's "N'DJAMENA"
// (doc 44) an organization.
func datelineWord(w string) bool {
	if utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w {
		return false
	}
	if isLetters(w) {
		return true
	}
	for part := range strings.FieldsFuncSeq(w, func(r rune) bool { return r == '-' || r == '\'' }) {
		if !isLetters(part) {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	return w[0] != '-' && w[0] != '\'' && r != '-' && r != '\'' && !strings.Contains(w, "--")
}

// dashes are the tokens a dateline ends in.
var dashes = map[string]bool{"-": true, "--": true, "\u2014": true, "\u2013": true}

// columnDateSpans drops a span that starts a line and ends right before a
// bar and a date ("Code Red | 19 July 2012", "HyperDrive | 20 July 2012"):
// a column's or a section's title above its story, no organization; a
// listed outlet ("Reuters | 19 July 2012") stays, and so does a person, the
// byline's author ("Henry Blodget | Aug. 9, 2012").
func columnDateSpans(toks []token, spans []tspan, line []int) []tspan {
	out := spans[:0]
	for _, s := range spans {
		k := s.t1
		bar := k+2 < len(toks) && toks[k].Text == "|" && line[k] == line[s.t0] && dateAt(toks, k+1)
		// "Personal Health November 5, 2012, 12:01 am": the tagger took the
		// month into the title.
		month := s.t1-s.t0 >= 2 && s.typ == newsner.Organization && k < len(toks) && line[k] == line[s.t0] && dateAt(toks, s.t1-1)
		if s.typ == newsner.Person || (s.t0 > 0 && line[s.t0-1] == line[s.t0]) || !bar && !month || listedOrg(joinTokens(toks[s.t0:s.t1])) {
			out = append(out, s)
		}
	}
	return out
}

// dateAt reports whether a date starts at toks[i]: a day's number and a
// month ("19 July"), or a month and a day's number ("July 19").
func dateAt(toks []token, i int) bool {
	day := func(w string) bool { w = strings.TrimRight(w, ","); return isNumber(w) && len(w) <= 2 }
	a, b := toks[i].Text, toks[i+1].Text
	return day(a) && lowered(months, b) || lowered(months, a) && day(b)
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
	if hasLower(m.m.Text) || !lineBreakBefore(text, toks, m.t0) || m.t1+1 >= len(toks) {
		return false
	}
	if afterDash(toks, m.t1+1) && !lineBreakBefore(text, toks, m.t1) && !lineBreakBefore(text, toks, m.t1+1) {
		return isPlaceName(titleCase(m.m.Text))
	}
	if toks[m.t1].Text != "," {
		return false
	}
	k := m.t1 + 1
	for n := 0; n < 3 && k < len(toks) && startsUpper(toks[k].Text) && !lineBreakBefore(text, toks, k); n++ {
		k++
	}
	return k > m.t1+1 && k < len(toks) && !lineBreakBefore(text, toks, k) && isoDate(toks[k].Text) && lineBreakBefore(text, toks, k+1)
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

// datelineTail returns the token after a dateline's tail from token i on:
// a comma and up to three capitalized words or numbers (a state, a date:
// "WASHINGTON, Dec 3"), then, after a second comma, up to three more (the
// country and the date: "HERNING, Denmark, Dec 6 (Reuters) -", the wire's
// dateline for a town outside a capital, whose town the tagger missed on
// made-up items; issue 11, sportswire_test.go); i where no comma starts
// one.
func datelineTail(toks []token, i int) int {
	for g := 0; g < 2 && i+1 < len(toks) && toks[i].Text == ","; g++ {
		k := i + 1
		for n := 0; n < 3 && k < len(toks) && (startsUpper(toks[k].Text) || isNumber(toks[k].Text)); n++ {
			k++
		}
		if k == i+1 && g > 0 {
			break // ", (" : no second group
		}
		i = k
	}
	return i
}

// agencyDatelineDash is agencyDateline giving the dash's token, or -1.
func agencyDatelineDash(toks []token, i int) int {
	i = datelineTail(toks, i)
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

// isoDatelineEnd reports whether the tokens from k on end a dateline of
// the 1996 wire on line line[k]: the date last on its line, alone
// ("WISLA 1996-12-06") or after a comma and one to three capitalized words
// ("WISLA , Poland 1996-12-06").
func isoDatelineEnd(toks []token, line []int, k int) bool {
	if k < len(toks) && toks[k].Text == "," {
		e := k + 1
		for e < len(toks) && e-k <= 3 && line[e] == line[k] && startsUpper(toks[e].Text) {
			e++
		}
		if e == k+1 {
			return false
		}
		k = e
	}
	return k < len(toks) && k > 0 && line[k] == line[k-1] && isoDate(toks[k].Text) && (k+1 == len(toks) || line[k+1] != line[k])
}

// isoDatelineSpans makes a place of the town of a 1996-style dateline the
// tagger left untagged: one to three words in capitals that start a line
// before the date that ends it, with a comma and the country between if
// the line gives one (isoDatelineEnd: "WISLA , Poland 1996-12-06"), as
// eng.train marks such a town a place 252 times of 259 (the rest "UNITED
// NATIONS", an organization, and "SAO PAULO" typed a person). A town the
// tagger tagged is left to the typing rules (lineDateline). Issue 11: a
// ski jumping item's town ("WISLA") missed on a made-up item in the wire's
// style, the kind the blind audits' sports items showed.
func isoDatelineSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	var covered []bool
	sorted := spansInOrder(spans)
	for i := 0; i < len(toks); i++ {
		if i > 0 && line[i-1] == line[i] {
			continue
		}
		groups := datelinePlaces(toks, line, i)
		if len(groups) != 1 || !isoDatelineEnd(toks, line, groups[0].t1) {
			continue
		}
		if covered == nil {
			covered = spanCover(len(toks), spans)
		}
		if !slices.Contains(covered[groups[0].t0:groups[0].t1], true) || datelinePlaceOverParts(toks, spans, sorted, groups[0]) {
			add = append(add, groups[0])
		}
	}
	return replaceSpans(spans, add)
}

// datelinePlaceOverParts reports whether the town g of a 1996-style
// dateline, which the tagger's spans cover, is a known place as a whole
// (knownPlaces) and every span over its words lies inside it: the tagger
// found "HAGUE" of eng.testa's "THE HAGUE 1996-08-30" (doc 89), "DAR" and
// "SALAAM" of "DAR ES SALAAM", "SPAIN" of "PORT OF SPAIN", and typed
// eng.testa's "N'DJAMENA" (doc 44) an organization; the town is the
// whole, a place, as eng.testa marks both and as datelineSpans makes it
// before an agency's "(Reuters) -". eng.train marks such a town a place
// 252 times of 259; of the rest, its "RENNES" (an organization) and
// "DENVER" (a person), which the tagger had learnt, become places too.
// sorted says the spans are in order (overlapping).
func datelinePlaceOverParts(toks []token, spans []tspan, sorted bool, g tspan) bool {
	return allInside(spans, overlapping(spans, sorted, g.t0, g.t1), g.t0, g.t1) && knownPlaces(toks, []tspan{g})
}

// headlineTownBefore, in a headline in capitals, put the dateline's town
// after them as a place ("WINS IN WISLA", "RESULTS AT SHEFFIELD").
var headlineTownBefore = setOf(`IN AT`)

// headlineDatelineTowns makes a place of a dateline's town where the
// headline right above the dateline names it after "IN" or "AT"
// (headlineTownBefore: "SKI JUMPING - KOBAYASHI WINS IN WISLA ." above
// "WISLA , Poland 1996-12-06"), over what the tagger made of it, as
// eng.train and eng.testa mark such a town in a headline (6 of 6: "IN
// AKRON", "AT SHEFFIELD", "IN SOFIA", "IN ATHENS", "IN MILWAUKEE"); the
// town named elsewhere in a sports headline is a club or an event more
// often than not ("NICE SACK COACH", "HONG KONG OPEN"), and stays. The
// dateline is a line that starts with the town in capitals (a span of
// the tagger's or isoDatelineSpans') and ends with a 1996-style date
// (isoDatelineEnd) or reads as an agency's dateline (agencyDateline).
func headlineDatelineTowns(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	var owner []int
	for _, s := range spans {
		if !s.typ.Valid() || s.t0 == 0 || line[s.t0-1] == line[s.t0] || hasLower(joinTokens(toks[s.t0:s.t1])) || !(isoDatelineEnd(toks, line, s.t1) || agencyDateline(toks, s.t1)) {
			continue
		}
		if owner == nil {
			owner = spanOwners(spans, len(toks))
		}
		n := s.t1 - s.t0
		h := s.t0 - 1 // the headline's last token
		for k := h; k > 0 && line[k] == line[h]; k-- {
			if !headlineTownBefore[toks[k-1].Text] || k+n > s.t0 || line[k+n-1] != line[h] || !headlineTown(toks, line, s, k) {
				continue
			}
			o := owner[k]
			if o >= 0 && (spans[o].t0 != k || spans[o].t1 != k+n) {
				continue // inside a longer name of the tagger's
			}
			add = append(add, tspan{newsner.Location, k, k + n})
		}
	}
	return replaceSpans(spans, add)
}

// headlineTown reports whether the tokens from k on in the headline are
// the dateline's town s, with no capitalized word after them on the line
// ("IN ZORBITZ ." but not "AT ZORBITZ OPEN").
func headlineTown(toks []token, line []int, s tspan, k int) bool {
	n := s.t1 - s.t0
	for j := 0; j < n; j++ {
		if toks[k+j].Text != toks[s.t0+j].Text {
			return false
		}
	}
	e := k + n
	return e == s.t0 || line[e] != line[k] || !startsUpper(toks[e].Text) || !isLetters(toks[e].Text)
}

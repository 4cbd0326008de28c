package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Typing rules that make works and vessels MISC (so not emitted): the name
// after a work's or a vessel's word ("the novel ...", "the cruise ship
// ..."), works listed after a plural ("the films ..."), a title in
// quotation marks, and a line of works and their makers ("Title by
// Maker").

// vesselWords and workWords say that the name right after them is a
// ship's ("the cruise ship Freewinds", "the aircraft carrier Carl Vinson")
// or a film's, book's or record's ("the 1969 film Easy Rider"): MISC in
// CoNLL-2003, which every name after one of them is in eng.train, GUM,
// wikigold, re3d and the tweets.
var (
	vesselWords = setOf(`ship ships vessel yacht tanker freighter liner submarine frigate destroyer warship
cruiser`)
	workWords = setOf(`film movie novel book album song documentary`)
)

// showWords name a show, a programme or a game in lower case right
// before its name ("the TV series Quelb Ridge", "the podcast Zorbcast",
// "the musical Quimby"): works, MISC as a film is. Only in lower case:
// "the World Series" ends a name, and the word before a team there
// ("World Series Zorbos") is no work's.
var showWords = setOf(`series miniseries docuseries sitcom podcast musical videogame`)

// showWord reports whether token k is a show's word (showWords), or
// "show" or "game" after "TV", "talk", "reality" or "video" ("the reality
// show Zorb Island", "the video game Quelbcraft"): "show" and "game"
// alone are also a verb and a match's.
func showWord(toks []token, k int) bool {
	w := toks[k].Text
	if showWords[w] {
		return true
	}
	if (w == "show" || w == "game") && k > 0 {
		switch toks[k-1].Text {
		case "TV", "talk", "reality", "video":
			return true
		}
	}
	return false
}

// ownerWords stand before a work's word whose name follows after a comma
// ("his book, Ember Street,").
var ownerWords = setOf(`his her their its my our your`)

// singleLeads stand before "single" when it is a record's ("the single
// Paper Moon", "her debut single Quelb"), not a hit's in a baseball
// report ("an RBI single").
var singleLeads = setOf(`the new debut hit lead latest first second`)

// workWordBefore reports whether a work's word stands before m with a
// title's "The" between ("the novel The Salt Road", the "The" outside the
// span), or after an owner's word and before a comma with the name then
// closed by a comma or a full stop ("his book, Ember Street, sold well":
// an apposition, not "In his book, Quimby writes"), or whether m follows
// a record's "single" (singleLeads) or an author's "of" and no possessive
// follows it (authorOf: "author of Planta Sapiens", modern-web-a; not
// "author of Zorbco's report"): works, MISC, as worksAndVesselsAsMisc
// takes them right after the word.
func workWordBefore(toks []token, m *mention) bool {
	k := m.t0 - 1
	if k < 0 {
		return false
	}
	if k > 0 && toks[k].Text == "The" && workWords[toks[k-1].Text] {
		return true
	}
	if toks[k].Text == "single" && k > 0 && lowered(singleLeads, toks[k-1].Text) {
		return true
	}
	if authorOf(toks, k) && !(m.t1 < len(toks) && isPossessive(toks[m.t1].Text)) && !isPossessive(toks[m.t1-1].Text) {
		return true
	}
	if toks[k].Text != "," || k < 2 || !workWords[toks[k-1].Text] || !lowered(ownerWords, toks[k-2].Text) {
		return false
	}
	return m.t1 < len(toks) && (toks[m.t1].Text == "," || toks[m.t1].Text == ".")
}

// authorNouns, before "of", name the one who wrote a book.
var authorNouns = setOf(`author co-author coauthor`)

// authorOf reports whether token k is "of" after an author's noun
// (authorNouns): "author of Planta Sapiens" names the book.
func authorOf(toks []token, k int) bool {
	return k > 0 && toks[k].Text == "of" && lowered(authorNouns, toks[k-1].Text)
}

// worksAndVesselsAsMisc makes MISC, so not emitted, every mention of a
// name that a vessel's or a work's word (workWords, showWord) stands right
// before somewhere in the article ("aircraft carrier" as well, not an airline's "carrier"),
// or that stands in a title a year's possessive names (yearsTitle), unless it is a known place (but a word a vessel is named by,
// wordNamedVessel), or, after a work's word, a person's name
// that starts with a first name ("a book John Smith wrote"; a ship is
// named after a person, "the aircraft carrier Carl Vinson").
func worksAndVesselsAsMisc(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		if m.t0 == 0 || !m.typ.Valid() {
			return false
		}
		w := strings.ToLower(toks[m.t0-1].Text)
		vessel := vesselWords[w] || (w == "carrier" || w == "carriers") && m.t0 > 1 && strings.EqualFold(toks[m.t0-2].Text, "aircraft")
		return (vessel || workWords[w] || showWord(toks, m.t0-1) || workWordBefore(toks, m) || yearsTitle(toks, m)) && (!knownPlace(m.m.Text) || vessel && wordNamedVessel(m)) && (vessel || m.typ != newsner.Person || !firstName(m.m.Text))
	}
	retypeByKey(ms, cued, func(*mention) bool { return true }, misc)
}

// yearsTitle reports whether m stands in a title its year's possessive
// names ("The sequel to 2024's Phantom in the Rain was adored", "1991's
// Super Mario World that features"): capitalized words, and the links a
// title writes in lower case between them (titleCaseLinks), run from
// right after "2024's" over m, and no noun in lower case follows the run
// ("2008's Lehman Brothers collapse", "2016's Brexit vote" are an event's,
// the name in it a body's or a place's). A film's, a show's or a game's,
// MISC in CoNLL-2003, which the tagger reads as a company or a place
// ("Phantom", "Rain"); eng.train and eng.testa write no name after a
// year's possessive. Not a listed organization ("2019's Apple").
func yearsTitle(toks []token, m *mention) bool {
	k := m.t0 - 1
	for k >= 0 && k > m.t0-6 && (startsUpper(toks[k].Text) || titleCaseLinks[toks[k].Text]) {
		k--
	}
	for k+1 < m.t0 && !startsUpper(toks[k+1].Text) {
		k++ // the run starts at a capital: "2024's Phantom in the Rain", not "... in the"
	}
	if k < 1 || !isPossessive(toks[k].Text) || !isYear(toks[k-1].Text) || !startsUpper(toks[k+1].Text) {
		return false
	}
	e := m.t1
	for e < len(toks) && (startsUpper(toks[e].Text) || titleCaseLinks[toks[e].Text]) {
		e++
	}
	if e < len(toks) && lowerNoun(toks[e]) {
		return false
	}
	return !listedOrg(joinTokens(toks[k+1:m.t1])) && !listedOrg(m.m.Text)
}

// wordNamedVessel reports whether m, after a vessel's word, is one word
// the training corpora usually write in lower case (usuallyLower): a
// ship named by a word ("the aircraft carrier Enterprise", eng.testa, a
// gazetteer's town too, so knownPlace kept it an organization), not a
// country or a town that acts ("the tanker Iran seized", "the ships
// Tehran sent"), which stays as it is.
func wordNamedVessel(m *mention) bool {
	return len(m.words) == 1 && usuallyLower(m.m.Text, 2, 1)
}

// possessiveTheWork reports whether m is a title its maker's or channel's
// possessive names, a capitalized "The" opening it or standing right
// before it ("HBO's The Sopranos", "the Travel Channel's The Layover",
// "Bourdain's The Layover Season 2"): a name after a possessive takes no
// "The" of its own unless it is a title. Not a newspaper or another
// listed organization ("News Corp's The Times"), nor a known place.
func possessiveTheWork(toks []token, m *mention) bool {
	k := m.t0 // the "The"
	if toks[k].Text != "The" {
		k--
	}
	if k < 2 || toks[k].Text != "The" || !isPossessive(toks[k-1].Text) || !startsUpper(toks[k-2].Text) {
		return false
	}
	name := joinTokens(toks[k:m.t1])
	return !outletHeads[toks[m.t1-1].Text] && !listedOrg(name) && !listedOrg(m.m.Text) && !knownPlace(m.m.Text)
}

// worksAfterPossessiveTheAsMisc makes MISC, so not emitted, every mention
// of a name the article writes somewhere as a title after a possessive
// (possessiveTheWork: "NBC's The Office", "the Travel Channel's The
// Layover"): a show, a book, a film, MISC in CoNLL-2003, which the tagger
// reads as a person or a company ("The Layover was a burden").
func worksAfterPossessiveTheAsMisc(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && possessiveTheWork(toks, m)
	}, func(*mention) bool { return true }, misc)
}

// workPlurals name works in the plural before a list of their titles
// ("seven rock tracks, including ...", "novels such as ..."). Not
// "hits", "singles" or "records", a game's in a sports report (eng.train:
// "two hits, including a homer, ... the Texas Rangers").
var workPlurals = setOf(`films movies novels books albums songs tracks documentaries`)

// kindPlurals name, in the plural, kinds of things that are no person,
// place or body, before a list of their names as workPlurals do: shows,
// anime, programming languages and frameworks, methods, art movements
// and styles ("design movements like Art Nouveau, Constructivism, Dada,
// and Bauhaus", "languages like Zorblang", "shows like Quelb Ridge"),
// MISC in CoNLL-2003, which the tagger reads as people or companies. Not
// "tools", "apps", "platforms" or "games": a tool's or an app's name is
// often its company's ("tools like Mailchimp"), and games are a team's
// matches in a sports report.
var kindPlurals = setOf(`shows sitcoms podcasts anime manga languages frameworks methodologies movements styles`)

// listedWorksAsMisc makes MISC, so not emitted, every mention of a name
// that stands in a list of titles a work's plural opens (workPlurals or
// kindPlurals, then an optional comma and "including", "like" or "such
// as", or "are" and a capitalized word): "classic rock
// tracks, including Born to Ride and The Road to Zorb", whose words the
// tagger reads as places. The list runs to the sentence's end, a
// semicolon or a "by" (its maker's name after: "songs like Quelb by Jane
// Quimble"), at most 16 tokens, and takes no known place or listed
// organization.
func listedWorksAsMisc(ms []*mention, toks []token) {
	var in map[*mention]bool
	j := 0
	for k := 1; k+1 < len(toks); k++ {
		if !lowered(workPlurals, toks[k].Text) && !lowered(kindPlurals, toks[k].Text) {
			continue
		}
		c := k + 1
		if toks[c].Text == "," {
			c++
		}
		switch {
		case c < len(toks) && (toks[c].Text == "including" || toks[c].Text == "like"):
			c++
		case c+1 < len(toks) && toks[c].Text == "such" && toks[c+1].Text == "as":
			c += 2
		case c+1 < len(toks) && c == k+1 && toks[c].Text == "are" && startsUpper(toks[c+1].Text):
			c++ // "the fundamental methodologies are Waterfall, Agile, and Lean Startup"
		default:
			continue
		}
		end := c
		for end < len(toks) && end < c+16 && toks[end].Text != "." && toks[end].Text != ";" && toks[end].Text != "by" {
			end++
		}
		for j < len(ms) && ms[j].t0 < c {
			j++
		}
		for i := j; i < len(ms) && ms[i].t1 <= end; i++ {
			if m := ms[i]; m.typ.Valid() && !knownPlace(m.m.Text) && !listedOrg(m.m.Text) {
				if in == nil {
					in = map[*mention]bool{}
				}
				in[m] = true
			}
		}
	}
	if in != nil {
		retypeByKey(ms, func(m *mention) bool { return in[m] }, func(*mention) bool { return true }, misc)
	}
}

// quotedTitle reports whether the mention m is all that stands between two
// quotation marks, a comma or full stop before the closing one allowed
// (“The Ninth Gate,” / "Nightly News."): a title of a show, a film, a book
// or a song, which CoNLL-2003 marks MISC (48 of the 68 names so quoted in
// eng.train and eng.testa). Not where the quotes give a name rather than a
// title: after a capitalized word (a nickname, Conrad "Connie" Hilton;
// Commanders "Vicente"), a colon (speech), an opening bracket (a name's
// translation: ("National Socialist Battle Cry")), a word that gives a name
// (named, called, dubbed) or a media word (the journal "Building"), nor
// before a noun in lower case or a media word (a "Dream Team" relay, the
// "Janakantha" newspaper). A title's subtitle after its colon counts as
// the title (subtitleOpen: "Avengers: Endgame").
func quotedTitle(toks []token, m *mention) bool {
	open := subtitleOpen(toks, m.t0)
	if open < 0 {
		open = titleLeadOpen(toks, m.t0)
	}
	if open < 0 && (m.t0 < 2 || toks[m.t0-1].Text != `"`) {
		return false
	}
	if open < 0 {
		open = m.t0 - 1
	}
	k := m.t1
	if k < len(toks) && (toks[k].Text == "," || toks[k].Text == ".") {
		k++
	}
	if k >= len(toks) || toks[k].Text != `"` {
		return false
	}
	if open < 1 {
		return false
	}
	if b := toks[open-1].Text; startsUpper(b) || b == ":" || b == "(" || lowered(namingWords, b) || lowered(mediaWords, b) {
		return false
	}
	return k+1 >= len(toks) || !lowerNoun(toks[k+1]) && !mediaWords[toks[k+1].Text]
}

// titleLeadOpen returns the index of the opening quotation mark of a
// title whose first one to three words, each capitalized (a possessive's
// "'s" between them allowed), the tagger left out of the name starting at
// token i: “The Ninth Gate,” tagged "Ninth Gate", “The Innovator's
// Dilemma” tagged "Dilemma", “Let Zorbton Go Bankrupt” tagged from its
// second word. -1 where no mark opens within those words.
func titleLeadOpen(toks []token, i int) int {
	words := 0
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		t := toks[k].Text
		switch {
		case t == `"`:
			if words == 0 || !startsUpper(toks[k+1].Text) {
				return -1
			}
			return k
		case isPossessive(t):
		case startsUpper(t) && words < 3:
			words++
		default:
			return -1
		}
	}
	return -1
}

// subtitleOpen returns the index of the opening quotation mark of a
// title whose subtitle starts at token i, after a colon and at most four
// capitalized words right after the mark ("Avengers: Endgame", "Star
// Wars: The Rise of Skywalker", whose subtitle the tagger reads as a
// company; third 2019 audit), or -1.
func subtitleOpen(toks []token, i int) int {
	if i < 3 || toks[i-1].Text != ":" {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if toks[k].Text == `"` {
			if k == i-2 {
				return -1
			}
			return k
		}
		if !startsUpper(toks[k].Text) {
			return -1
		}
	}
	return -1
}

// namingWords give a thing its name: what follows is the name, not a
// title.
var namingWords = setOf(`named called dubbed so-called nicknamed`)

// quotedTitlesAsMisc makes MISC, so not emitted, every mention of a name
// that the article writes alone in quotation marks somewhere (quotedTitle),
// unless it is a known place or a listed organization, or the article
// also writes it unquoted and tagged a person (Commanders "Oscar" and ...
// Commander Oscar told; the comic book hero Superman).
func quotedTitlesAsMisc(ms []*mention, toks []token) {
	var people map[string]bool
	for _, m := range ms {
		if m.typ == newsner.Person && !(m.t0 > 0 && toks[m.t0-1].Text == `"`) {
			if people == nil {
				people = map[string]bool{}
			}
			people[m.key] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && !people[m.key] && quotedTitle(toks, m) && !knownPlace(m.m.Text) && !listedOrg(m.m.Text)
	}, func(*mention) bool { return true }, misc)
}

// workByLineSpans makes MISC, so not emitted, a span that opens a line of
// the form "Title by Maker", the maker a few words that end the line
// ("Glass Quelb by Jan Vorber", "Portam Zorbis by Quelbix Studio"): a
// list of works (artworks, books, songs) and who made them, where the
// tagger reads the title as a person or a body. The line holds nothing
// else and no full stop, so a sentence ("Zorbco was bought by Quelbco
// for $2 billion.", a sentence wrapped after "in" at "Zorbland by Jan
// Vorber.") does not qualify.
func workByLineSpans(toks []token, spans []tspan, line []int) []tspan {
	for i, s := range spans {
		if !s.typ.Valid() || s.t1+1 >= len(toks) || toks[s.t1].Text != "by" || line[s.t1] != line[s.t0] {
			continue
		}
		if s.t0 > 0 && (line[s.t0-1] == line[s.t0] || closedClassTags[toks[s.t0-1].Tag]) {
			continue // not the line's first word, or a sentence wrapped ("trained in\nZorbland by Jan Vorber.")
		}
		e := lineEnd(line, s.t0)
		if n := e - (s.t1 + 1); n < 1 || n > 5 || toks[e-1].Text == "." {
			continue
		}
		spans[i].typ = misc
	}
	return spans
}

// rankedTitles returns the titles a ranked list's headings quote: a line
// that is a rank's number (a full stop or a bracket after it allowed), a
// title in single or double quotation marks and at most a short tail
// ("11 'My Zorb Darling' Season 2", "3 'Quelbemu' ('100 Meters')", "7.
// “Zorbton”"), the way film, show and game lists number their entries.
// A title with a subtitle (after " – ", " - " or ": ") also gives its main
// part ("Quelb Man – The Movie: Reze Arc" gives "Quelb Man"). A quote in a
// sentence is no heading: the line holds nothing else.
func rankedTitles(text string) []string {
	var titles []string
	seen := map[string]bool{}
	add := func(t string) {
		if !seen[t] && len(seen) < maxRankedTitles {
			seen[t] = true
			titles = append(titles, t)
		}
	}
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if t := rankedTitle(strings.TrimSpace(line)); t != "" {
			add(t)
			for _, sep := range []string{" – ", " - ", ": "} {
				if i := strings.Index(t, sep); i > 0 {
					add(t[:i])
					break
				}
			}
		}
	}
	return titles
}

// maxRankedTitles bounds the titles rankedTitles returns, each looked for
// in the whole text: a list article ranks tens of works, and a text of
// many thousand such lines would take a walk over the text for each.
const maxRankedTitles = 200

// rankedTitleTail bounds what may follow a ranked heading's closing
// quotation mark ("Season 2", "('100 Meters')", "(2024)").
const rankedTitleTail = 24

// rankedTitle returns the quoted title of a ranked list's heading line
// (rankedTitles), or "".
func rankedTitle(line string) string {
	n := 0
	for n < len(line) && n < 3 && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	if n == 0 || n == len(line) {
		return ""
	}
	if line[n] == '.' || line[n] == ')' {
		n++
	}
	if !strings.HasPrefix(line[n:], " ") {
		return ""
	}
	rest := strings.TrimLeft(line[n:], " ")
	var closers string
	switch {
	case strings.HasPrefix(rest, "'"):
		rest, closers = rest[1:], "'"
	case strings.HasPrefix(rest, "‘"):
		rest, closers = rest[len("‘"):], "’'"
	case strings.HasPrefix(rest, `"`):
		rest, closers = rest[1:], `"`
	case strings.HasPrefix(rest, "“"):
		rest, closers = rest[len("“"):], `”"`
	default:
		return ""
	}
	for i, r := range rest {
		if i == 0 || !strings.ContainsRune(closers, r) {
			continue
		}
		after := rest[i+utf8.RuneLen(r):]
		if after != "" && after[0] != ' ' && after[0] != ',' && after[0] != ':' {
			continue // an apostrophe inside the title ("Journey's End")
		}
		if len(after) > rankedTitleTail || !startsUpper(rest) {
			return ""
		}
		return rest[:i]
	}
	return ""
}

// rankedTitlesAsMisc makes MISC, so not emitted, every mention of a name
// that stands inside a title a ranked list's headings quote (rankedTitles),
// wherever the article writes the title (its case aside): "10 'Zorbic
// Generic Romance'" and "Zorbic Generic Romance was anything but", the
// shows, films and games of a list article, which the tagger reads as
// people or companies; unless the name is a known place or a listed
// organization. The other names of a list that holds such a title are
// works too ("against Zorb Slayer and Quelb Man", "the likes of Zorbadan,
// Quelbo Days, and ..."), but for a person of a first name.
func rankedTitlesAsMisc(text string, ms []*mention, toks []token) {
	titles := rankedTitles(text)
	if titles == nil {
		return
	}
	// The titles are looked for in the text in lower case, where lower-
	// casing keeps its byte offsets; else as written.
	hay, fold := text, false
	if l := strings.ToLower(text); len(l) == len(text) && l != text {
		hay, fold = l, true
	}
	var in [][2]int // byte ranges of the titles in the text
	for _, t := range titles {
		if fold {
			t = strings.ToLower(t)
		}
		for from := 0; ; {
			i := strings.Index(hay[from:], t)
			if i < 0 {
				break
			}
			in = append(in, [2]int{from + i, from + i + len(t)})
			from += i + len(t)
		}
	}
	// A mention is inside a title where a range starting at or before it
	// ends at or after it: the ranges by start, with the furthest end so
	// far.
	slices.SortFunc(in, func(a, b [2]int) int { return a[0] - b[0] })
	for i := 1; i < len(in); i++ {
		in[i][1] = max(in[i][1], in[i-1][1])
	}
	keys := map[string]bool{}
	for _, m := range ms {
		if !m.typ.Valid() || knownPlace(m.m.Text) || listedOrg(m.m.Text) {
			continue
		}
		b, e := int(toks[m.t0].BStart), int(toks[m.t1-1].BEnd)
		i, _ := slices.BinarySearchFunc(in, b+1, func(r [2]int, t int) int { return r[0] - t })
		if i > 0 && in[i-1][1] >= e {
			keys[m.key] = true
		}
	}
	if len(keys) == 0 {
		return
	}
	heads := listHeads(ms, toks)
	withWork := map[int]bool{}
	for j, m := range ms {
		if keys[m.key] && heads[j] != j || j+1 < len(ms) && heads[j+1] == j && keys[m.key] {
			withWork[heads[j]] = true
		}
	}
	peers := map[string]bool{}
	for j, m := range ms {
		if withWork[heads[j]] && !keys[m.key] && (m.typ == newsner.Person || m.typ == newsner.Organization) &&
			!knownPlace(m.m.Text) && !listedOrg(m.m.Text) && !(m.typ == newsner.Person && firstName(m.m.Text)) {
			peers[m.key] = true
		}
	}
	for _, m := range ms {
		if m.typ.Valid() && (keys[m.key] || peers[m.key]) {
			m.typ = misc
		}
	}
}

// guideHeads end a guide's or a manual's title when "to" and its subject
// follow ("the Beginner's Guide to SEO", "Chapter 0: Quick Start Guide to
// SEO", "The Zorbcast Handbook to Podcasting").
var guideHeads = setOf(`Guide Handbook`)

// guideTitlesAsMisc makes MISC, so not emitted, every mention of a name
// the article writes somewhere as a guide's title (its last word a
// guideHeads word, "to" right after it): a work, MISC as a book is, which
// the tagger reads as a company ("the Quick Start Guide"). A magazine
// named so ("TV Guide") is not followed by "to".
func guideTitlesAsMisc(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && m.t1 < len(toks) && toks[m.t1].Text == "to" && guideHeads[toks[m.t1-1].Text]
	}, func(*mention) bool { return true }, misc)
}

// seasonOf reports whether m is a show's name by its season's number:
// right after "Season 2 of" (capitalized words between allowed, "Season 3
// of Quelb-Punch Man", where the tagger took only "Man"), or right before
// a capitalized "Season" and its number ("Zorbadan Season 2"); not where
// the name, with the words between, is a known place or a listed
// organization ("Season 2 of Paris"), which the whole name is tested as
// ("Man" is the island's).
func seasonOf(toks []token, m *mention) bool {
	if e := m.t1; e+1 < len(toks) && toks[e].Text == "Season" && isNumber(toks[e+1].Text) {
		return !knownPlace(m.m.Text) && !listedOrg(m.m.Text)
	}
	k := m.t0 - 1
	for k >= 0 && k > m.t0-4 && startsUpper(toks[k].Text) {
		k--
	}
	if k < 2 || toks[k].Text != "of" || !isNumber(toks[k-1].Text) || !strings.EqualFold(toks[k-2].Text, "season") {
		return false
	}
	name := joinTokens(toks[k+1 : m.t1])
	return !knownPlace(name) && !listedOrg(name)
}

// seasonWorksAsMisc makes MISC, so not emitted, every mention of a name
// the article names by a season's number (seasonOf): a show, which the
// tagger reads as a person or a company. Not in a sports report, whose
// seasons are a club's or a league's.
func seasonWorksAsMisc(ms []*mention, toks []token, about *topics) {
	cued := func(m *mention) bool {
		return m.typ.Valid() && seasonOf(toks, m)
	}
	for _, m := range ms {
		if cued(m) {
			if about.sportsDoc() {
				return
			}
			break
		}
	}
	retypeByKey(ms, cued, func(*mention) bool { return true }, misc)
}

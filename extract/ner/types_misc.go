package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Typing rules that make other names MISC (so not emitted): works and vessels
// ("the novel ...", "the cruise ship ..."), events and laws ("... Expo",
// "Convention on ..."), awards and policy terms, titles in quotation marks,
// storms, things "called" a name, plurals and peoples, partisans, acronyms of
// MISC names, things counted with "a", events named after places, and party
// adjectives.

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
// a record's "single" (singleLeads): works, MISC, as worksAndVesselsAsMisc
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
	if toks[k].Text != "," || k < 2 || !workWords[toks[k-1].Text] || !lowered(ownerWords, toks[k-2].Text) {
		return false
	}
	return m.t1 < len(toks) && (toks[m.t1].Text == "," || toks[m.t1].Text == ".")
}

// worksAndVesselsAsMisc makes MISC, so not emitted, every mention of a
// name that a vessel's or a work's word (workWords, showWord) stands right
// before somewhere in the article ("aircraft carrier" as well, not an airline's "carrier"),
// unless it is a known place, or, after a work's word, a person's name
// that starts with a first name ("a book John Smith wrote"; a ship is
// named after a person, "the aircraft carrier Carl Vinson").
func worksAndVesselsAsMisc(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		if m.t0 == 0 || !m.typ.Valid() {
			return false
		}
		w := strings.ToLower(toks[m.t0-1].Text)
		vessel := vesselWords[w] || (w == "carrier" || w == "carriers") && m.t0 > 1 && strings.EqualFold(toks[m.t0-2].Text, "aircraft")
		return (vessel || workWords[w] || showWord(toks, m.t0-1) || workWordBefore(toks, m)) && !knownPlace(m.m.Text) && (vessel || m.typ != newsner.Person || !firstName(m.m.Text))
	}
	retypeByKey(ms, cued, func(*mention) bool { return true }, misc)
}

// workPlurals name works in the plural before a list of their titles
// ("seven rock tracks, including ...", "novels such as ..."). Not
// "hits", "singles" or "records", a game's in a sports report (eng.train:
// "two hits, including a homer, ... the Texas Rangers").
var workPlurals = setOf(`films movies novels books albums songs tracks documentaries`)

// listedWorksAsMisc makes MISC, so not emitted, every mention of a name
// that stands in a list of titles a work's plural opens (workPlurals, then
// an optional comma and "including", "like" or "such as"): "classic rock
// tracks, including Born to Ride and The Road to Zorb", whose words the
// tagger reads as places. The list runs to the sentence's end, a
// semicolon or a "by" (its maker's name after: "songs like Quelb by Jane
// Quimble"), at most 16 tokens, and takes no known place or listed
// organization.
func listedWorksAsMisc(ms []*mention, toks []token) {
	var in map[*mention]bool
	j := 0
	for k := 1; k+1 < len(toks); k++ {
		if !lowered(workPlurals, toks[k].Text) {
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

// eventHeads end the name of an event or a law, which CoNLL-2003 marks
// MISC ("Los Angeles Auto Show", "Dubai Air Show", "United Nations
// Climate Action Summit", "Venice Film Festival", "Davis Cup", "Clean Air
// Act"; in eng.train and eng.testa: Cup 106 of 106, Open 72 of 72, Prix 14
// of 14, Act 3 of 3 MISC; no organization ends in one of these). The third
// line added in the eleventh pass, MISC in eng.train and eng.testa each
// time a name of two words or more ends in one (Open 74, Games 10 of 15,
// the rest people's "Games"; Bowl 2, Classic 8, Slam 13, Day 17, War 13,
// Prize 5, Revolution 3, Protocol 1; laws: Regulation 5, Bill 1, and
// Amendment, Directive); "Convention" left out (a party's "Democrat
// National Convention" is an organization there). The fourth line added in
// the thirteenth pass: a programme is MISC too ("Pandemic Emergency
// Purchase Programme"; none in eng.train or eng.testa), the United Nations'
// agencies named so ("World Food Programme") listed in orgs.tsv, which
// eventsAsMisc leaves. Not "Program": in American usage an office's name
// too ("Joint Nonlethal Weapons Program", an organization in
// dragnet-news, which lost three mentions with it). The fifth line added
// in the fourteenth pass: an era's slump is an event too ("the Great
// Depression", "the Great Recession"; none capitalized in eng.train or
// eng.testa), which the tagger typed an organization. "Draft" added in the
// session-13 joins pass: a league's yearly pick of players ("the 2014 NFL
// Draft"), MISC; none in eng.train or eng.testa. "Induction", "Ceremony"
// and "Gala" added in the web-precision pass: a hall of fame's yearly
// induction and its ceremony ("the Zorbic Hall of Fame Induction"), which
// the tagger typed the hall.
var eventHeads = setOf(`Show Expo Summit Festival Fair Exhibition Awards Olympics Cup Championship Championships
Prix Masters Rally Trophy Marathon Tournament Act Agreement Accord Accords
Open Games Bowl Classic Slam Day War Prize Revolution Protocol Regulation Amendment Bill Directive
Programme
Depression Recession
Draft Induction Ceremony Gala`)

// listedBeforeEventsAsMisc makes MISC, so not emitted, a mention typed an
// organization whose name the lists know that stands right before an
// event's word (eventHeads) that ends the name there, no capitalized word
// after it: "NHL" of "the 2014 NHL Draft", the event's name the tagger cut
// short, where the holder keeps its own mentions elsewhere. eventsAsMisc
// leaves listed names (a listed "World Food Programme" is an agency), so
// such a mention was the league itself, an entity the gold does not have,
// or joined the league's units ("NHL Central Scouting"). Not before a
// capitalized word: "Bill" may start a person's name.
func listedBeforeEventsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Organization || m.t1+1 > len(toks) || !eventHeads[toks[m.t1].Text] {
			continue
		}
		if m.t1+1 < len(toks) && startsUpper(toks[m.t1+1].Text) {
			continue
		}
		if keyListKey(m.m.Text, newsner.Organization) != "" {
			m.typ = misc
		}
	}
}

// fullestMention returns the mention of g with the most words, the first
// on a tie.
func fullestMention(g []*mention) *mention {
	full := g[0]
	for _, m := range g[1:] {
		if len(m.words) > len(full.words) {
			full = m
		}
	}
	return full
}

// longestMention returns the mention of g with the most characters, the
// first on a tie: the fullest name where fullestMention's word count ties
// ("Ellis Park" over "Ellis").
func longestMention(g []*mention) *mention {
	full := g[0]
	for _, m := range g[1:] {
		if utf8.RuneCountInString(m.m.Text) > utf8.RuneCountInString(full.m.Text) {
			full = m
		}
	}
	return full
}

// eventsAsMisc makes MISC, so not emitted, the entities (groups) tagged an
// organization whose fullest name, of two words or more and no listed
// organization's, an event's or a law's word ends (eventHeads), or stands
// right before such a word ("LA Auto" of "LA Auto Show", the tagger's span
// cut short), with their short forms. The organization that holds the
// event keeps its own mentions: one whose words start the fullest name and
// that neither ends in nor stands before an event's word ("Reuters" beside
// "the Reuters Summit", which joinVariants joined) leaves the group for one
// of its own, its type as it was.
func eventsAsMisc(groups [][]*mention, toks []token) [][]*mention {
	for i, g := range groups {
		if g[0].typ != newsner.Organization {
			continue
		}
		full := fullestMention(g)
		if !eventMention(full, toks) || headOfTheName(full.words) || listKey(full.m.Text, newsner.Organization) != "" {
			continue
		}
		groups = splitOffMisc(groups, i, func(m *mention) bool {
			n := len(m.words) // the holder: the start of the event's name, no event's word
			return !eventMention(m, toks) && n <= len(full.words) && equalWords(m.words, full.words[:n])
		})
	}
	return groups
}

// eventMention reports whether m, of two words or more, ends in an event's
// or a law's word (eventHeads), the sentence's full stop aside ("the
// Zorb Deterrence Act."), or stands right before one ("LA Auto" of "LA
// Auto Show") or, of two words or more, before "and" and the rest of the
// law's or the event's name (andEventTail; "Zorbco and Quenton Motors Cup
// sponsors" keeps its company), or ends a treaty's "Convention"
// (treatyConvention).
func eventMention(m *mention, toks []token) bool {
	if m.t1 < len(toks) && eventHeads[toks[m.t1].Text] || len(m.words) > 1 && andEventTail(toks, m.t1) || treatyConvention(toks, m.t1) {
		return true
	}
	return len(m.words) > 1 && eventHeads[withoutSentenceDot(toks[m.t1-1].Text)]
}

// treatyConvention reports whether the span that ends before token i ends
// in "Convention" and "on" or "against" and the treaty's subject follow:
// "the", or a capitalized word that is no weekday nor month ("United
// Nations Convention on the Law of the Sea", "Convention against
// Torture"): a treaty, MISC as a law is, which the tagger cuts at "on"
// and types an organization. A party's convention is met on a day
// ("Democratic National Convention on Monday") and stays.
func treatyConvention(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i-1].Text != "Convention" || toks[i].Text != "on" && toks[i].Text != "against" {
		return false
	}
	w := toks[i+1].Text
	return w == "the" || startsUpper(w) && !weekdays[w] && !lowered(months, strings.TrimSuffix(w, "."))
}

// treatySubject reports whether a span starting at token t0 follows a
// treaty's "Convention on" or "Convention on the" (treatyConvention): the
// treaty's subject ("Law of the Sea", "Biological Diversity"), part of
// its name, no name of its own.
func treatySubject(toks []token, t0 int) bool {
	j := t0 - 1
	if j > 0 && toks[j].Text == "the" {
		j--
	}
	return j > 0 && treatyConvention(toks, j)
}

// andEventTail reports whether the tokens from i on are "and" and one to
// four capitalized words, the last an event's or a law's word
// (eventHeads), its sentence's full stop aside: the tagger cuts a law's
// name at its "and" ("Dodd-Frank Wall Street Reform" of "the Dodd-Frank
// Wall Street Reform and Consumer Protection Act"), and the part before
// is no organization.
func andEventTail(toks []token, i int) bool {
	if i >= len(toks) || toks[i].Text != "and" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].Text
		if !startsUpper(w) {
			return false
		}
		if eventHeads[withoutSentenceDot(w)] {
			return true
		}
	}
	return false
}

// awardNames are the entertainment awards' names, in lower case, MISC in
// CoNLL-2003 as prizes are ("Oscars" 1 of 1 in eng.train and eng.testa);
// the tagger reads "Grammy" and "Golden Globe" as organizations and
// "Emmy" as a person; festivals' prizes too ("won the Golden Lion at
// Venice"). The singulars that are first names too ("Emmy",
// "Tony") are in personalAwards.
var awardNames = linesOf(`grammy
grammys
emmys
oscars
golden globe
golden globes
academy award
bafta award
bafta awards
brit award
golden lion
golden bear`)

// personalAwards are the awards named as a first name is: an award only
// right after "the", "an" or "a" ("won an Emmy", "the Tony for best
// play"), a person otherwise. Not "Oscar": eng.testa marks "nominated
// for an Oscar" a person (as it does "Oscar" 5 of 5 times), and the rule
// lost it.
var personalAwards = setOf(`emmy tony`)

// awardArticles are the articles before a personal award's name.
var awardArticles = setOf(`the The a A an An`)

// policyTerms are the names of policies, programmes, diseases and
// processes of 2020s news that are MISC in CoNLL-2003's scheme (as
// "Medicare", 6 of 6 in eng.train and eng.testa), in lower case: the
// tagger types "Brexit" an organization or a place ("resumed Brexit
// talks", "After Brexit,") and "Covid" an organization.
var policyTerms = linesOf(`brexit
covid
covid-19
obamacare
medicaid
medicare`)

// awardsAndTermsAsMisc makes MISC, so not emitted, a mention of a listed award
// (awardNames, or personalAwards after an article) or policy term
// (policyTerms) whatever the tagger typed it: "led the Grammy
// nominations", "won an Emmy", "earned a Golden Globe", "Brexit talks".
func awardsAndTermsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		name := strings.Join(m.words, " ")
		if !m.typ.Valid() {
			continue
		}
		if awardNames[name] || policyTerms[name] || personalAwards[name] && m.t0 > 0 && awardArticles[toks[m.t0-1].Text] {
			m.typ = misc
		}
	}
}

// awardHeads end the names of prizes, medals and trophies, and of a
// league's or a game's most valuable player title ("NFL MVP", "Super Bowl
// MVP": an award, MISC, which else joins the league named alone into it).
var awardHeads = setOf(`prize prizes award awards medal medals trophy cup mvp`)

// awardHeadsAsMisc makes MISC, so not emitted, a mention of two words or
// more that ends in a prize's, medal's or trophy's word (awardHeads),
// whatever the tagger typed it: in eng.train and eng.testa each of the 112
// such names is MISC ("Nobel Peace Prize", "Davis Cup"); the tagger typed
// a rights prize a person on a made-up Reuters-style article (world audit,
// eighteenth pass: "won the Zorbian Parliament's Quelbov Prize").
func awardHeadsAsMisc(ms []*mention) {
	for _, m := range ms {
		if m.typ.Valid() && len(m.words) > 1 && awardHeads[m.words[len(m.words)-1]] {
			m.typ = misc
		}
	}
}

// heroTitlesAsMisc makes MISC, so not emitted, a mention that is a listed
// organization's name and then "Hero" or "Heroes" ("CNN Hero", "CNN
// Heroes"): an honour the organization gives, MISC as an award is
// (awardHeadsAsMisc), whatever the tagger typed it. Typed an organization
// it was an entity of its own, or the giver named alone joined into it.
// Only after a listed giver: "Help for Heroes" is a charity.
func heroTitlesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		n := len(m.words)
		if !m.typ.Valid() || n < 2 || m.words[n-1] != "hero" && m.words[n-1] != "heroes" {
			continue
		}
		giver := make([]string, 0, n-1)
		for _, t := range toks[m.t0 : m.t1-1] {
			giver = append(giver, t.Text)
		}
		if keyListKey(strings.Join(giver, " "), newsner.Organization) != "" {
			m.typ = misc
		}
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

// stormWords name a storm before its name ("Hurricane Edouard", "Typhoon
// Haiyan", "Superstorm Sandy"); "tropical storm" and "winter storm" too.
var stormWords = setOf(`hurricane superstorm typhoon cyclone`)

// stormName returns how many tokens before token k name a storm's kind
// (stormWords, "tropical storm", "winter storm"), in any case; 0 if none.
func stormName(toks []token, k int) int {
	if k > 0 && len(toks[k-1].Text) >= 7 && lowered(stormWords, toks[k-1].Text) {
		return 1 // the storm words are of 7 letters or more: no lower-casing of the rest
	}
	if k > 1 && strings.EqualFold(toks[k-1].Text, "storm") && (strings.EqualFold(toks[k-2].Text, "tropical") || strings.EqualFold(toks[k-2].Text, "winter")) {
		return 2
	}
	return 0
}

// stormsAsMisc makes MISC, so not emitted, a storm's name: a mention right
// after a storm's word or starting with one ("Hurricane Sandy", "after
// hurricane Sandy"; CoNLL-2003: "Hurricane Edouard", Edouard MISC), and
// every mention of the name alone ("after Sandy hit"). The tagger reads
// the name, mostly a first name, as a person.
func stormsAsMisc(ms []*mention, toks []token) {
	var names map[string]bool
	for _, m := range ms {
		name := m.key
		if n := stormName(toks, m.t0+1); n > 0 && n < len(m.words) {
			name = strings.Join(m.words[n:], " ")
		} else if stormName(toks, m.t0) == 0 {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[m.key], names[name] = true, true
	}
	for _, m := range ms {
		if names[m.key] {
			m.typ = misc
		}
	}
}

// thingNouns are kinds of things, not of organizations, people or
// places, that a name given after "called", "dubbed" or "named" may be of
// ("a device called ...", "a program called W-2" and "an event called
// Eco-Challenge" in eng.train, both MISC): products, software, weapons,
// drugs, vehicles, events, shows and ideas, which CoNLL-2003 marks MISC.
var thingNouns = setOf(`product products device devices gadget gadgets system systems tool tools feature features
solution solutions software program programs programme programmes version versions model models drug drugs pill
pills vaccine vaccines weapon weapons technology technologies technique phenomenon effect event events game games
show shows series episode offering vehicle vehicles car cars truck trucks wagon robot robots toy toys algorithm
format protocol treatment therapy method process chip chips processor console phone phones smartphone`)

// calledThing reports whether the name m stands after a thing's noun
// (thingNouns), a comma or not, "called", "dubbed" or "named", and "the"
// or not: "an offering called Zorbly", "the military version, called the
// Quibble System".
func calledThing(toks []token, m *mention) bool {
	k := m.t0 - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k < 1 || !(toks[k].Text == "called" || toks[k].Text == "dubbed" || toks[k].Text == "named") {
		return false
	}
	k--
	if k > 0 && toks[k].Text == "," {
		k--
	}
	return thingNouns[toks[k].Text]
}

// calledThingsAsMisc makes MISC, so not emitted, every mention of a name
// the article gives a thing (calledThing), unless it is a known place, a
// listed organization, or a name the article tags a person elsewhere
// ("the firm that supplied the weapon, called Quimby and asked him":
// "called" the verb).
func calledThingsAsMisc(ms []*mention, toks []token) {
	people := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Person && !calledThing(toks, m) {
			people[m.key] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && !people[m.key] && calledThing(toks, m) && !knownPlace(m.m.Text) && !listedOrg(m.m.Text)
	}, func(*mention) bool { return true }, misc)
}

// pluralStem returns the name a one-word name is the plural of ("Zorbphones"
// -> "Zorbphone", "ABWRs" -> "ABWR"), or "" if it ends in no plural "s".
func pluralStem(name string) string {
	if len(name) < 4 || strings.ContainsAny(name, " '’") || !strings.HasSuffix(name, "s") || strings.HasSuffix(name, "ss") || strings.HasSuffix(name, "us") || strings.HasSuffix(name, "is") {
		return ""
	}
	return name[:len(name)-1]
}

// pluralsAsMisc makes MISC, so not emitted, a one-word name tagged an
// organization, a person or a place that is the plural of a brand's or company's
// name (names/brands.txt, the lists' organizations) or of a word of a name
// the article tags an organization or MISC ("one of those Zorbphones"
// beside "the Zorbphone X2", "four ABWRs"): things of the make, products,
// MISC in CoNLL-2003. Not where the name or its stem is a known place or a
// listed organization, nor a word of a name the article tags a person ("the
// Quimbys", a family), nor after a capitalized word (a group's name the
// tagger cut: "Tamil Tigers"), nor in a sports report, where teams are
// plural.
func pluralsAsMisc(ms []*mention, toks []token, about *topics) {
	var orgWords, personWords map[string]bool
	for _, m := range ms {
		if len(m.words) != 1 || !m.typ.Valid() || m.typ == misc {
			continue
		}
		stem := pluralStem(m.m.Text)
		if stem == "" || m.t0 > 0 && startsUpper(toks[m.t0-1].Text) || knownPlace(m.m.Text) || listedOrg(m.m.Text) || knownPlace(stem) {
			continue
		}
		if orgWords == nil {
			orgWords, personWords = map[string]bool{}, map[string]bool{}
			for _, n := range ms {
				for k := n.t0; k < n.t1; k++ {
					switch n.typ {
					case newsner.Organization, misc:
						orgWords[toks[k].Text] = true
					case newsner.Person:
						personWords[toks[k].Text] = true
					}
				}
			}
		}
		if personWords[stem] || !(orgWords[stem] || brandName(stem) || listedOrg(stem)) || about.sportsDoc() {
			continue
		}
		m.typ = misc
	}
}

// peoplesAndFaiths are the names of peoples, faiths and languages that
// demonyms leaves out ("Hispanic", "Roman", "Kurds", "Sunni", "Swahili"):
// MISC in CoNLL-2003, as every one of them is in eng.train and eng.testa
// (130 of 130).
var peoplesAndFaiths = setOf(`hispanic hispanics latino latinos latina latinas roman romans jewish jew jews
muslim muslims christian christians catholic catholics protestant protestants sunni sunnis shia shiite shiites
kurdish kurd kurds tamil tamils sikh sikhs hindu hindus buddhist buddhists swahili mandarin cantonese hindi urdu
tagalog yiddish hebrew arabic farsi pashto dari bengali punjabi creole maori inuit islamic islamist islamists
evangelical evangelicals mormon mormons pashtun pashtuns uighur uighurs uyghur uyghurs rohingya yazidi yazidis
druze alawite alawites`)

// partisans are the members of a party or a movement named by one word
// ("Republicans", "Tories", "Maoists"): MISC in CoNLL-2003 (every one of
// the 73 one-word such names in eng.train and eng.testa); not a party's
// own name ("Labour", "Greens", organizations there), nor the adjectives
// that start one ("Conservative Party"), nor a British party's plural
// ("the Tories and Lib Dems opposed it", the party: ORG in the tweets'
// corpus).
//
// "Houthi" and "Houthis", the Yemeni movement's followers named for its
// founders' family (world news audit: the tagger typed them an organization
// or a place), are such members too: MISC as eng.train marks the movement
// of 1996 named so, "Taleban" (9 of 9); the movement's own name, "Ansar
// Allah", is no such word.
var partisans = setOf(`republican republicans democrat democrats tory blairite blairites
brexiteer brexiteers communists maoist maoists marxist marxists nazi nazis zionist zionists houthi houthis`)

// peoplesAsMisc makes MISC, so not emitted, a one-word mention tagged a
// person, a place or an organization that names a people, a faith or a
// language (peoplesAndFaiths) or a party's members (partisans): the tagger
// reads "Hispanic and poorly educated men" as a person's name.
func peoplesAsMisc(ms []*mention) {
	for _, m := range ms {
		if len(m.words) == 1 && m.typ.Valid() && (peoplesAndFaiths[m.words[0]] || partisans[m.words[0]]) || partisanPlural(m) {
			m.typ = misc
		}
	}
}

// memberPlurals name a party's members in the plural at the end of a
// name of two words or more ("Christian Democrats", "Social Democrats",
// "National Socialists").
var memberPlurals = setOf(`democrats republicans socialists conservatives liberals communists`)

// partisanPlural reports whether m, tagged a person, is a party's members
// named by two words or more ending in a plural of memberPlurals ("Angela
// Merkel's Christian Democrats" gave PERSON "Christian Democrats" on a
// made-up Reuters-style article, fourth audit): no person's name ends so;
// MISC as CoNLL-2003 marks "Social Democrats" (2 of 2 in eng.train and
// eng.testa). Tagged an organization it stays ("Australian Democrats", a
// party's name there).
func partisanPlural(m *mention) bool {
	return m.typ == newsner.Person && len(m.words) >= 2 && memberPlurals[m.words[len(m.words)-1]]
}

// acronymsOfMiscAsMisc makes MISC every mention of an acronym that the
// article gives in brackets right after a name it reads as MISC ("the
// Quibble Denial System (QDS)", a weapon; "Zorbo Water Reactor (ZWR)"):
// the acronym is the same thing. Run after the rules that make names MISC.
func acronymsOfMiscAsMisc(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if !m.typ.Valid() || len(m.words) != 1 || m.t0 < 2 || m.t1 >= len(toks) || toks[m.t0-1].Text != "(" || toks[m.t1].Text != ")" {
			return false
		}
		i := sort.Search(len(ms), func(i int) bool { return ms[i].t0 >= m.t0 })
		if i == 0 {
			return false
		}
		p := ms[i-1]
		return p.typ == misc && p.t1 == m.t0-1 && len(p.words) > 1 && capitals(p.m.Text) == m.m.Text
	}, func(*mention) bool { return true }, misc)
}

// articleThingFollowers are the words that may follow a thing's name after
// "a" or "an" where the name is no modifier of a noun: a preposition or a
// conjunction ("a Zorbphone or a truck", "bought a Quibbook after June").
var articleThingFollowers = setOf(`and or on after before in with for to at from that which but than like`)

// thingAfterArticle reports whether m, a one-word name tagged an
// organization or a place, stands after "a" or "an" and before a
// punctuation mark or a word of articleThingFollowers: a thing of the
// name, counted as one is ("unlike a Zorbgun, which", "put on a Quelbvee
// or a truck"), not "a NATO official", where the name modifies a noun.
func thingAfterArticle(toks []token, m *mention) bool {
	if len(m.words) != 1 || m.t0 < 1 || m.t1 >= len(toks) || m.typ != newsner.Organization && m.typ != newsner.Location {
		return false
	}
	if a := strings.ToLower(toks[m.t0-1].Text); a != "a" && a != "an" {
		return false
	}
	next := toks[m.t1].Text
	r, _ := utf8.DecodeRuneInString(next)
	return articleThingFollowers[next] || unicode.IsPunct(r) && !isPossessive(next)
}

// thingsAfterArticleAsMisc makes MISC, so not emitted, every mention of a
// one-word name the article counts as a thing (thingAfterArticle: "unlike
// a Zorbgun, which", "bought a Quibbook after June"): a product, as
// CoNLL-2003 reads "an Uzi." and "an AK47."; not a listed organization or
// brand, whose maker's name stands for its car ("a Ducati before", ORG in
// eng.train), not a known place, nor in a sports report ("a Reds' fan"),
// nor a name the article writes beside a number as a results table or a
// standings line writes a team (resultsLine: "driving a Zorbari, won"
// above "3. Zorbari 48", a racing team, ORG in eng.train).
func thingsAfterArticleAsMisc(ms []*mention, toks []token, about *topics) {
	var teams map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		if !thingAfterArticle(toks, m) || listedOrg(m.m.Text) || brandName(m.m.Text) || knownPlace(m.m.Text) || about.sportsDoc() {
			return false
		}
		if teams == nil {
			teams = map[string]bool{}
			for _, n := range ms {
				if resultsLine(toks, n) {
					teams[n.key] = true
				}
			}
		}
		return !teams[m.key]
	}, func(m *mention) bool { return m.typ != newsner.Person }, misc)
}

// festivalHeads end the name of a recurring event that starts with a
// place's name ("the Quelbton Light Festival", "the Zorbo Marathon").
var festivalHeads = setOf(`Festival Fest Carnival Biennale Biennial Expo Fair Marathon Parade`)

// placesStartingEventsAsMisc makes MISC, so not emitted, a mention tagged
// a place that the tagger cut from the event it starts: one to three
// capitalized words no mention holds follow it, the last a festival's
// word ("the 7th Quelbton Light Festival": "Quelbton" alone a place). The
// whole name is the event's, MISC in CoNLL-2003 ("Cannes Film Festival");
// the place named alone elsewhere stays.
func placesStartingEventsAsMisc(ms []*mention, toks []token) {
	var held []int8 // 1: a token a mention holds, 2: one a MISC mention holds; made at the first need
	for _, m := range ms {
		if !m.typ.Valid() || m.typ == misc || m.typ != newsner.Location && !knownPlace(m.m.Text) ||
			m.t1 >= len(toks) || !startsUpper(toks[m.t1].Text) {
			continue
		}
		if held == nil {
			held = make([]int8, len(toks))
			for _, n := range ms {
				for k := n.t0; k < n.t1 && k < len(toks); k++ {
					held[k] = 1
					if n.typ == misc {
						held[k] = 2
					}
				}
			}
		}
		for k := m.t1; k < len(toks) && k < m.t1+3 && held[k] != 1 && startsUpper(toks[k].Text) && isLetters(toks[k].Text); k++ {
			if festivalHeads[toks[k].Text] || raceHeads[toks[k].Text] {
				m.typ = misc
				break
			}
		}
	}
}

// partyAdjectivesAsMisc makes MISC, so not emitted, a one-word mention
// tagged an organization or a person that is a party's adjective
// (partyAdjectives, spans.go) right before "party" in lower case, which the tagger
// left out of the name: CoNLL-2003 marks the word alone MISC there
// ("Democratic party": 4 times, ORG once), as it does an adjective.
func partyAdjectivesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if len(m.words) == 1 && m.t1 < len(toks) && toks[m.t1].Text == "party" && partyAdjectives[m.m.Text] &&
			(m.typ == newsner.Organization || m.typ == newsner.Person) {
			m.typ = misc
		}
	}
}

// cosmicWords are the words for all there is, or a galaxy, that writers on
// space capitalise as common nouns ("light in the Universe", "the Cosmos",
// "our Galaxy"): no one's name, but the tagger types them an organization
// or a place.
var cosmicWords = setOf(`Universe Cosmos Galaxy`)

// cosmicWordsAsNone makes no name of a lone cosmic word (cosmicWords) in a
// text about space (spaceText), unless it is a word of a person's longer
// name in the article.
func cosmicWordsAsNone(ms []*mention, toks []token, about *topics) {
	ok := func(m *mention) bool { return m.typ != misc }
	for _, m := range topicNameMentions(ms, toks, cosmicWords, about.spaceText, ok) {
		m.typ = misc
	}
}

// termHeads end the names of rules and aims ("the Same Quelb Policy", "the
// Zorbian Patient Safety Goals"): MISC in CoNLL-2003's scheme, as laws are;
// no name of eng.train or eng.testa ends in one.
var termHeads = setOf(`policy goal goals`)

// termHeadsAsMisc makes MISC, so not emitted, a mention of three words or
// more that ends in a rule's or an aim's word (termHeads), holds no "of" or
// "for" ("the Center for Zorbian Policy" is an organization) and the lists
// do not name an organization: the tagger types a web browser's security
// policy an organization. Two words are left alone ("Foreign Policy", a
// magazine).
func termHeadsAsMisc(ms []*mention) {
	for _, m := range ms {
		n := len(m.words)
		if !m.typ.Valid() || n < 3 || !termHeads[m.words[n-1]] || listKey(m.m.Text, newsner.Organization) != "" {
			continue
		}
		if !slices.Contains(m.words, "of") && !slices.Contains(m.words, "for") {
			m.typ = misc
		}
	}
}

// craftHeads end the names of instruments sent or pointed at the sky
// ("the Quelbi Gamma-ray Space Telescope"), MISC in CoNLL-2003's scheme.
var craftHeads = setOf(`Telescope Spacecraft`)

// craftShortNamesAsMisc makes MISC, so not emitted, in a text about space
// (spaceText), a one-word mention typed an organization whose word stands
// in the capitalised run before a craft's head word (craftHeads) somewhere
// in the text: "detected by Quelbi" after "the Quelbi Gamma-ray Space
// Telescope" is the telescope's short name, which the tagger types an
// organization. A listed organization ("NASA" in "the NASA Zorb
// Telescope") is left alone.
func craftShortNamesAsMisc(ms []*mention, toks []token, about *topics) {
	var words map[string]bool
	for k, t := range toks {
		if !craftHeads[t.Text] || !about.spaceText() {
			continue
		}
		if words == nil {
			words = make(map[string]bool)
		}
		for j := k - 1; j >= 0 && j >= k-8 && craftNameWord(toks, j); j-- {
			words[toks[j].Text] = true
		}
	}
	if words == nil {
		return
	}
	for _, m := range ms {
		if m.typ == newsner.Organization && len(m.words) == 1 && words[m.m.Text] && listKey(m.m.Text, newsner.Organization) == "" {
			m.typ = misc
		}
	}
}

// craftNameWord reports whether token j may stand in a craft's name before
// its head: a capitalised word, a hyphen, or a word a hyphen joins
// ("Gamma-ray").
func craftNameWord(toks []token, j int) bool {
	w := toks[j].Text
	return startsUpper(w) || w == "-" || j > 0 && toks[j-1].Text == "-"
}

// raceHeads end the name of a race that starts with a place's name ("the
// Quelbton Grand Prix"), MISC as a whole in CoNLL-2003 (eng.train: Prix 14
// of 14): placesStartingEventsAsMisc reads them as festivalHeads. Not
// "Cup", "Open" and the like: a place stands before another event's name
// there ("Ireland World Cup squad", "U.S. Davis Cup player", eng.train,
// lost 2 places with them).
var raceHeads = setOf(`Prix`)

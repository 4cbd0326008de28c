package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Spans added for a company's name the tagger left untagged, told by what
// a company does or has around it (companyWordCue): its shares moving,
// "said it", "said in a statement", "which runs", a kind's or a
// company's noun, a head of the company, its staff's roles; an
// apposition that calls it a firm, "its" after a verb, "or" and its
// acronym, and the one-word short name before legal suffixes, at its
// lone mentions. spans_orgs.go has the organizations told by runs of
// words around them.

// shareMoves are the verbs a company's shares move by ("Zorbco shares
// rose 3%"): after a name and "shares" or "stock", a listed company's.
var shareMoves = setOf(`rose fell jumped gained slipped dropped climbed tumbled surged slumped soared sank
plunged rallied dipped edged`)

// companyWordCue reports whether the capitalized word at token k, alone
// (no capitalized word right before it but at a sentence's start, none
// right after it), stands where only a company does: after "shares of"
// ("Shares of Zorbco rose"), before "'s" and what a company has
// (orgPossessed, or "chief": "Zorbco's chief executive"), or before
// "shares" or "stock" and how they moved ("Zorbco shares rose"), or, a
// proper noun, before "said in a statement" (saidInStatement), or after
// a company's head and "of" (headOfCompany).
func companyWordCue(text string, toks []token, k int) bool {
	n := len(toks)
	if !startsUpper(toks[k].Text) || !isLetters(toks[k].Text) && !elidedName(toks[k].Text) || k+1 < n && startsUpper(toks[k+1].Text) {
		return false
	}
	if k > 0 && startsUpper(toks[k-1].Text) && !startsSentence(text, toks, k) {
		return false
	}
	if k >= 2 && strings.EqualFold(toks[k-2].Text, "shares") && toks[k-1].Text == "of" {
		return true
	}
	if k+2 < n && isPossessive(toks[k+1].Text) && (lowered(orgPossessed, toks[k+2].Text) || toks[k+2].Text == "chief") {
		return true
	}
	return k+2 < n && (toks[k+1].Text == "shares" || toks[k+1].Text == "stock") && shareMoves[toks[k+2].Text] || saidInStatement(toks, k) || headOfCompany(toks, k) || headOfFunction(toks, k) || staffEmployerCue(text, toks, k) || employerBeforeRole(toks, k+1) || saidItWord(toks, k) || kindWordCue(text, toks, k) || whichRunsWord(toks, k) || nounWordCue(text, toks, k)
}

// nounWordCue reports whether the proper noun at token k, no weekday or
// month, stands right after a company's noun in lower case (companyNouns:
// "the start-up Zorbly", "home seller Quelbdoor") on the same line, a
// space between: what companyCue reads of a tagged name, for a word the
// tagger left untagged (issue 11: "took home seller Opendoor public"
// missed on a made-up Reuters-style article). A word in lower case too:
// not a letter or an acronym ("in group C", "telecom JV", a table's
// "company N / A" in eng.train and eng.testa).
func nounWordCue(text string, toks []token, k int) bool {
	w := toks[k].Text
	return k > 0 && toks[k].Tag == "NNP" && hasLower(w) && companyNouns[toks[k-1].Text] && !weekdays[w] && !lowered(months, w) && text[toks[k-1].BEnd:toks[k].BStart] == " "
}

// elidedName reports whether w is "L", an apostrophe and a capitalized
// word of letters ("L'Zorbal"): a French- or Italian-styled company name,
// one word for companyWordCue (issue 11: "L'Oreal said on Wednesday it
// would buy" after a dateline untagged). Not "O'" or "D'", which start
// surnames ("O'Brien", "D'Amato"), nor a name of the gazetteer.
func elidedName(w string) bool {
	head, rest, ok := strings.Cut(w, "'")
	if !ok {
		head, rest, ok = strings.Cut(w, "’")
	}
	return ok && head == "L" && startsUpper(rest) && isLetters(rest) && !personNameWord(w)
}

// whichRunsWord reports whether the proper noun at token k stands before
// a comma, "which" and a business's verb (whichRunsCue: "Zorbco, which
// bought a majority of ..."): a company the tagger left untagged (issue
// 11: "Coty, which bought" missed on a made-up Reuters-style article).
func whichRunsWord(toks []token, k int) bool {
	return toks[k].Tag == "NNP" && whichRunsCue(toks, k+1)
}

// kindWordCue reports whether the proper noun at token k stands after a
// kind of companies in the plural (kindBeforeName: "pharmacy chains
// Zorbo and ...") on the same line, a space between.
func kindWordCue(text string, toks []token, k int) bool {
	return toks[k].Tag == "NNP" && kindBeforeName(toks, k) && text[toks[k-1].BEnd:toks[k].BStart] == " "
}

// saidItWord reports whether the proper noun at token k, no weekday or
// month ("on Wednesday said it had", "in May said it"), stands before "said [on WEEKDAY]
// it" or "its" (saidItCue): a company speaking of itself, which the
// tagger leaves untagged where it does not know the word (regional audit,
// nineteenth pass: "Naspers said on Monday its unit", "Jumia said it
// would" after a dateline).
func saidItWord(toks []token, k int) bool {
	w := toks[k].Text
	return (toks[k].Tag == "NNP" || toks[k].Tag == "NNPS") && !weekdays[w] && !lowered(months, w) && w != "May" && saidItCue(toks, k+1)
}

// headOfFunction reports whether the word at token k stands before "'s",
// "head of" and a function's word ("Zorbly's head of growth", "Quelb's
// head of AI"): a company's officer, as "Zorbly's chief executive" is
// (modern-web-a 0468: "Every's head of growth Austin Tedesco", the firm
// left untagged at both its mentions). Not a head of state or of
// government, a country's. Only for a word the tagger left untagged
// (companyWordCue): a person's possessive does come before "head of"
// ("the minister's head of communications"), and a person the tagger
// found keeps its type.
func headOfFunction(toks []token, k int) bool {
	if k+4 >= len(toks) || !possessiveS(toks[k+1].Text) || toks[k+2].Text != "head" || toks[k+3].Text != "of" {
		return false
	}
	w := toks[k+4].Text
	return w != "state" && w != "government" && w != "the"
}

// headOfCompany reports whether the word at token k stands after a
// company's head and "of": "chief executive of", "founder of", "CEO of"
// ("said Quelb Marzo, chief executive of Zorbix, in a memo"; business
// audit, fifth: a company named by a verb was left untagged there and at
// its other mentions). Not "chairman", which a committee has too.
func headOfCompany(toks []token, k int) bool {
	if k < 2 || toks[k-1].Text != "of" {
		return false
	}
	switch toks[k-2].Text {
	case "founder", "co-founder", "cofounder", "CEO":
		return true
	case "executive":
		return k >= 3 && strings.EqualFold(toks[k-3].Text, "chief")
	}
	return false
}

// staffRoles are the jobs a newsroom's or a firm's staff hold that news
// names after the employer ("Zorbly senior editor Jane Doe", "By Jane
// Doe, QUELB contributor", "Zorbix analyst Jane Doe"); staffRanks the
// words that may stand between ("senior", "chief").
var (
	staffRoles = setOf(`editor reporter correspondent columnist contributor analyst economist strategist`)
	staffRanks = setOf(`senior chief staff deputy managing contributing executive special`)
)

// staffEmployerCue reports whether the word at token k, inside a
// sentence, no rank itself and no determiner or pronoun ("-- The analyst
// said", eng.train), stands right before a staff role (staffRoles), after
// at most one rank (staffRanks): the employer, an outlet or a firm the
// tagger left untagged ("told Zorbly senior editor Jane Doe", "Jane Doe,
// QUELB contributor").
func staffEmployerCue(text string, toks []token, k int) bool {
	j := k + 1
	if j < len(toks) && staffRanks[toks[j].Text] {
		j++
	}
	if j >= len(toks) || !staffRoles[toks[j].Text] {
		return false
	}
	return !lowered(staffRanks, toks[k].Text) && !closedClassTags[toks[k].Tag] && !startsSentence(text, toks, k)
}

// saidInStatement reports whether the proper noun at token k stands before
// "said in a statement": what a company says; a person the tagger finds
// (business audit, fifth: "Total said in a statement" untagged).
func saidInStatement(toks []token, k int) bool {
	return k+4 < len(toks) && toks[k].Tag == "NNP" && toks[k+1].Text == "said" && toks[k+2].Text == "in" && toks[k+3].Text == "a" && toks[k+4].Text == "statement"
}

// addCuedCompanySpans adds an organization's span over a one-word name
// the tagger left untagged where only a company stands (companyWordCue:
// "Shares of Zorbix rose", "Zorbix's chief executive", "Zorbix shares
// fell"), and over the article's other lone mentions of the word, at a
// sentence's start only before a verb or "'s" ("Zorbix reported ..."):
// companies named by a common word ("Target", "Square", "Total"), which
// the tagger leaves untagged as it does the word (business audit, fifth:
// 5 of 5 such mentions missed on made-up Reuters-style articles). Known
// places and no name tagged elsewhere as something else are left alone.
func addCuedCompanySpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	tagged := taggedNotOrg(toks, spans)
	cued := map[string]bool{}
	for k := range toks {
		if !covered[k] && companyWordCue(text, toks, k) && !tagged[toks[k].Text] && !knownPlace(toks[k].Text) {
			cued[toks[k].Text] = true
		}
	}
	return addLoneWordSpans(text, toks, spans, covered, cued)
}

// taggedNotOrg gives the texts of the spans typed other than an
// organization: a name the tagger typed so elsewhere is left to it by
// addCuedCompanySpans, while one it found an organization elsewhere may
// be added where a cue stands and the tagger missed it (regional audit,
// nineteenth pass: "Jumia said it would ..." untagged after a dateline,
// "Jumia co-founder" tagged; addRepeatSpans wants two tagged mentions).
func taggedNotOrg(toks []token, spans []tspan) map[string]bool {
	tagged := map[string]bool{}
	for _, s := range spans {
		if s.typ != newsner.Organization {
			tagged[joinTokens(toks[s.t0:s.t1])] = true
		}
	}
	return tagged
}

// addLoneWordSpans adds an organization's span over each untagged lone
// mention of words (no capitalized word right after it; none right before
// it but at a sentence's start, where it must stand before a verb, "'s"
// or a company's cue: "Zorbix reported ...", "Zorbix, which manages ...",
// not "Zorbix output ...").
// covered marks the tokens the spans cover.
func addLoneWordSpans(text string, toks []token, spans []tspan, covered []bool, words map[string]bool) []tspan {
	if len(words) == 0 {
		return spans
	}
	var add []tspan
	for k, tok := range toks {
		if covered[k] || !words[tok.Text] || k+1 < len(toks) && startsUpper(toks[k+1].Text) {
			continue
		}
		if startsSentence(text, toks, k) {
			if k+1 >= len(toks) || !strings.HasPrefix(toks[k+1].Tag, "VB") && !isPossessive(toks[k+1].Text) && !companyWordCue(text, toks, k) && !whichRunsCue(toks, k+1) {
				continue
			}
		} else if k > 0 && startsUpper(toks[k-1].Text) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add)
}

// addAppositionSpans adds an organization's span over an untagged run of
// one to four proper nouns (NNP; a word with a digit too: "13D") before a
// comma and an apposition that calls it a company or a group
// (companyCue's shape: ", a consumer advocacy group", ", the employers'
// lobby", ", a research firm"), which the tagger left untagged as common
// words or an unknown name (business audit, fifth: "Public Knowledge",
// "BusinessEurope", "13D Monitor" missed on made-up Reuters-style
// articles). A run after another capitalized word (a longer name's tail),
// a known place, a weekday, a name starting with a first name and a
// clause's subject ("on Friday, the bank said": nounThenVerb) stay out.
func addAppositionSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for t1, tok := range toks {
		if tok.Text != "," || t1 == 0 || covered[t1-1] {
			continue
		}
		t0 := t1
		for t0 > 0 && t1-t0 < 4 && !covered[t0-1] && properRunWord(toks[t0-1]) {
			t0--
		}
		if t0 < t1 && toks[t0].Text == "The" {
			t0++
		}
		if t0 == t1 || toks[t0].Tag != "NNP" && toks[t0].Tag != "NNPS" && !startsDigit(toks[t0].Text) || t0 > 0 && startsUpper(toks[t0-1].Text) && !startsSentence(text, toks, t0) && toks[t0-1].Text != "The" {
			continue
		}
		name := joinTokens(toks[t0:t1])
		if knownPlace(name) || firstName(name) || weekdays[name] || !companyCue(toks, t0, t1) || t0 > 0 && companyNouns[toks[t0-1].Text] || nounThenVerb(toks, t1) {
			continue
		}
		add = append(add, tspan{newsner.Organization, t0, t1})
	}
	return replaceSpans(spans, add)
}

// addCompanyLikeSpans adds an organization's span over an untagged run
// of one to three capitalized words right after a kind of companies and
// "like", "such as" or "including" (companyLike: "reference sites like
// Stack Overflow", modern-web-a 0488, issue 11; "retailers such as Zorb
// Outfitters"), which the tagger leaves untagged where its words are
// common ones; orgCue reads the same cue for a name it tagged. After a
// kind of places (placeKinds: "referring to places such as Mantoloking",
// dragnet-news-a R567) the run is a place's. Not a kind of apps or
// platforms, whose names are products as often ("apps like Google Maps"),
// not a run a capitalized word ends or follows (a longer name's part; a
// line ends the run), a first name, a title, a month or a weekday, and
// after a kind of companies no known place.
func addCompanyLikeSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for t0 := 2; t0 < len(toks); t0++ {
		k := kindBeforeLike(toks, t0)
		if covered[t0] || k < 0 {
			continue
		}
		typ := newsner.Organization
		switch w := strings.ToLower(toks[k].Text); {
		case placeKinds[w]:
			typ = newsner.Location
		case w == "apps" || w == "platforms" || !companyKind(toks, k):
			continue
		}
		t1 := t0
		for t1 < len(toks) && t1-t0 < 3 && !covered[t1] && isLetters(toks[t1].Text) && startsUpper(toks[t1].Text) && (t1 == t0 || !lineBreakBefore(text, toks, t1)) {
			t1++
		}
		if t1 == t0 || t1 < len(toks) && !lineBreakBefore(text, toks, t1) && (covered[t1] || startsUpper(toks[t1].Text)) {
			continue
		}
		w := toks[t0].Text
		if firstName(w) || isTitle(w) || weekdays[w] || lowered(months, w) || typ == newsner.Organization && knownPlace(joinTokens(toks[t0:t1])) {
			continue
		}
		add = append(add, tspan{typ, t0, t1})
	}
	return replaceSpans(spans, add)
}

// nounThenVerb reports whether the company's noun after the comma at
// token t1 is a clause's subject, a verb after it ("on Friday, the bank
// said", eng.testa): no apposition.
func nounThenVerb(toks []token, t1 int) bool {
	for k := t1 + 2; k+1 < len(toks) && k <= t1+6; k++ {
		if companyNouns[toks[k].Text] {
			return (strings.HasPrefix(toks[k+1].Tag, "VB") || toks[k+1].Tag == "MD") && !participleClause(toks, k+1)
		}
	}
	return false
}

// participleClause reports whether token k, a verb after a company's
// noun, is a participle that a preposition follows ("a payments start-up
// founded in Lagos", "a firm based in Zorbia", "a group backed by"): the
// noun's modifier, not a clause's verb (nounThenVerb).
func participleClause(toks []token, k int) bool {
	return toks[k].Tag == "VBN" && k+1 < len(toks) && toks[k+1].Tag == "IN"
}

// properRunWord reports whether t can be a word of an untagged proper
// name: a proper noun (NNP, NNPS) or a capitalized word with a digit
// ("13D").
func properRunWord(t token) bool {
	return t.Tag == "NNP" || t.Tag == "NNPS" || startsUpper(t.Text) && strings.ContainsAny(t.Text, "0123456789") || startsDigit(t.Text)
}

// startsDigit reports whether w is a digit and capitals ("13D", "3M").
func startsDigit(w string) bool {
	return len(w) > 1 && w[0] >= '0' && w[0] <= '9' && strings.ToUpper(w) == w && strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}

// addSuffixHeadSpans adds an organization's span over the untagged lone
// mentions (addLoneWordSpans) of the one word that an organization the
// tagger found names with legal suffixes only after it ("Zorbant" of
// "Zorbant Group" or "Zorbant Holdings Ltd"): the company's short name,
// which the tagger leaves untagged where the word is also a common one
// (business audit, fifth: "Ant" of "Ant Group", 2 of 2 missed on made-up
// Reuters-style articles). Known places stay.
func addSuffixHeadSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	heads := map[string]bool{}
	for _, s := range spans {
		if s.typ == newsner.Organization && s.t1-s.t0 > 1 && (suffixesOnly(toks[s.t0+1:s.t1]) || tradeTailOnly(toks[s.t0+1:s.t1])) && !spanAfterName(text, toks, s.t0) && isLetters(toks[s.t0].Text) && startsUpper(toks[s.t0].Text) && !knownPlace(toks[s.t0].Text) {
			heads[toks[s.t0].Text] = true
		}
	}
	return addLoneWordSpans(text, toks, spans, covered, heads)
}

// suffixesOnly reports whether every token of ts is a legal suffix
// (legalSuffixes), capitalized.
func suffixesOnly(ts []token) bool {
	for _, t := range ts {
		if !startsUpper(t.Text) || !lowered(legalSuffixes, strings.TrimSuffix(t.Text, ".")) {
			return false
		}
	}
	return true
}

// tradeTails end a company's name after its one own word as a legal
// suffix does ("Zorbance Industries", "Quelb Enterprises").
var tradeTails = setOf(`Industries Enterprises`)

// tradeTailOnly reports whether ts is one trade tail (tradeTails), for
// addSuffixHeadSpans: the word before it alone is the company's short
// name (seventh December 2020 audit: "Reliance" of "Reliance Industries"
// missed twice on a made-up Reuters-style article, where "reliance" is a
// common word too; this finds it before "'s", not before "controlled").
func tradeTailOnly(ts []token) bool {
	return len(ts) == 1 && tradeTails[ts[0].Text]
}

// tailLinks join the words of a longer name ("History in the Making").
var tailLinks = setOf(`the of in for and`)

// spanAfterName reports whether token k, a span's first, comes after a
// capitalized word, right or across up to two linking words (tailLinks),
// but at a sentence's start: the span is a longer name's tail ("History
// in the Making Inc", whose "Making Inc" the tagger took alone).
func spanAfterName(text string, toks []token, k int) bool {
	if startsSentence(text, toks, k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if startsUpper(toks[j].Text) {
			return true
		}
		if !tailLinks[toks[j].Text] {
			return false
		}
	}
	return false
}

// addOrAcronymSpans adds an organization's span over an untagged word
// right after an organization's name, a comma and "or" whose capitals are
// the name's acronym (acronymsOf: "the Quelb State Zorbers' Retirement
// System, or QuelSZRS"), and over the word's other untagged lone
// mentions (addLoneWordSpans): the name the article goes on to use, which
// the tagger leaves untagged as a word it never saw (business audit,
// fifth: "CalSTRS" 2 of 2 missed on a made-up Reuters-style article).
func addOrAcronymSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	words := map[string]bool{}
	for _, s := range spans {
		k := s.t1 + 2
		if s.typ != newsner.Organization || k >= len(toks) || covered[k] || toks[s.t1].Text != "," || toks[s.t1+1].Text != "or" {
			continue
		}
		w := toks[k].Text
		if c := capitals(w); utf8.RuneCountInString(c) >= 2 && isLetters(w) && slices.Contains(acronymsOf(joinTokens(toks[s.t0:s.t1])), c) {
			words[w] = true
		}
	}
	return addLoneWordSpans(text, toks, spans, covered, words)
}

// addItsVerbSpans adds an organization's span over an untagged run of two
// or three proper nouns (NNP) that starts a sentence or follows a
// dateline's dash and stands before a verb in the past tense and "its"
// ("Zorb Lab launched its 17th rocket", "Quelb Air cut its forecast"): a
// thing that acts on what it has, where a person does so with "his" or
// "her" (issue 11: "Rocket Lab launched its 17th Electron rocket" missed
// on a made-up Reuters-style article). Not a run starting with a first
// name, a known place, a weekday or a month.
func addItsVerbSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for t0 := range toks {
		if covered[t0] || toks[t0].Tag != "NNP" || !(startsSentence(text, toks, t0) || afterDash(toks, t0)) {
			continue
		}
		t1 := untaggedRunEnd(toks, covered, t0, 3, func(t token) bool { return t.Tag == "NNP" && isLetters(t.Text) })
		if t1-t0 < 2 || t1+1 >= len(toks) || toks[t1].Tag != "VBD" || toks[t1+1].Text != "its" {
			continue
		}
		name := joinTokens(toks[t0:t1])
		if firstName(name) || knownPlace(name) || weekdays[toks[t0].Text] || lowered(months, toks[t0].Text) {
			continue
		}
		add = append(add, tspan{newsner.Organization, t0, t1})
	}
	return replaceSpans(spans, add)
}

// firmSuffixWords end a company's name and nothing else's, capitalized
// after its own words: the legal suffixes that no team, league or body
// takes (legalSuffixes less "Group", "Company", "FC" and the like) and
// the head words of a services or technology firm ("Zorbex Consulting",
// "Quelb Labs", "Zorbiant Technologies", "Quelbman Animations").
var firmSuffixWords = setOf(`inc incorporated corp corporation llc ltd limited plc gmbh holdings consulting labs technologies animations`)

// addFirmSuffixSpans adds an organization's span over an untagged run of
// one to three capitalized words of letters that a firm's suffix word
// ends (firmSuffixWords; more suffixes after it join the span: "Zorbheart
// Digital LLC", "Quelbco Holdings Inc."), which the tagger left untagged
// as words it never saw (issue 11: "Aardman Animations, behind ..."
// missed on a dragnet-news-a page; "Forrester Consulting", tagged a
// person, and "Heartbreaker Digital LLC" in quotes, dropped later, are
// not reached). Not a run after or before another capitalized word (a
// longer name's part), nor on a title-case line (a heading: "Zorb Labs
// Review"), nor a run at a sentence's start whose first word the corpora
// write in lower case at least as often as capitalized ("Emerging
// Technologies are ..."), nor one starting with "The", a closed-class
// word, a first name, a title, a weekday or a month, nor a known place.
func addFirmSuffixSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	heads := &titleLines{text: text, toks: toks} // titleCaseLine's answers, counted once: one long line stays linear
	var add []tspan
	for h := 1; h < len(toks); h++ {
		if covered[h] || !startsUpper(toks[h].Text) || !firmSuffixWords[strings.ToLower(strings.TrimSuffix(toks[h].Text, "."))] {
			continue
		}
		t0 := h
		for t0 > 0 && h-t0 < 3 && !covered[t0-1] && startsUpper(toks[t0-1].Text) && isLetters(toks[t0-1].Text) && !firmSuffixWords[strings.ToLower(toks[t0-1].Text)] && !lineBreakBefore(text, toks, t0) {
			t0--
		}
		if t0 == h || t0 > 0 && (covered[t0-1] || startsUpper(toks[t0-1].Text) && !startsSentence(text, toks, t0)) {
			continue
		}
		t1 := h + 1
		for t1 < len(toks) && !covered[t1] && startsUpper(toks[t1].Text) && firmSuffixWords[strings.ToLower(strings.TrimSuffix(toks[t1].Text, "."))] {
			t1++
		}
		if t1 < len(toks) && (covered[t1] || startsUpper(toks[t1].Text) && !lineBreakBefore(text, toks, t1)) {
			continue
		}
		w := toks[t0].Text
		if toks[t0].Text == "The" || closedClassTags[toks[t0].Tag] || firstName(w) || isTitle(w) || weekdays[w] || lowered(months, w) || knownPlace(joinTokens(toks[t0:h])) || heads.is(t0, t1) {
			continue
		}
		if startsSentence(text, toks, t0) && usuallyLower(w, 1, 1) {
			continue
		}
		add = append(add, tspan{newsner.Organization, t0, t1})
	}
	return replaceSpans(spans, add)
}

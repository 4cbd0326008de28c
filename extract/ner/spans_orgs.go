package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Spans added for organizations the tagger left untagged, told by the words
// around the run: a trade's noun before it, a role after it ("Zorb chief
// executive"), "according to", "founder of", a regulator's noun, a body's
// name in a title, "for" and what a body is for, a holder's "'s Office",
// an acronym defined beside it; and an organization's span stretched after
// a watcher's noun. spans_companies.go has a company's one-word name told
// by the words around it; spans.go lists the other span rules' files.

// addNamedAcronymSpans adds an organization's span over each untagged
// mention of a word in capitals that is the acronym (acronymsOf) of an
// organization's name of three words or more the tagger found earlier in
// the article ("World Health Organization" ... "WHO Director-General"):
// the tagger leaves it untagged where it is also a common word
// (usuallyLower: "WHO"), and only there. Not in a run of words in
// capitals (a headline's "WHO SAID IT").
func addNamedAcronymSpans(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	first := map[string]int{} // acronym -> token after the name's first mention
	for _, s := range spans {
		if s.typ != newsner.Organization || s.t1-s.t0 < 3 {
			continue
		}
		for _, a := range acronymsOf(joinTokens(toks[s.t0:s.t1])) {
			if n := utf8.RuneCountInString(a); n >= 2 && n <= 6 {
				if _, ok := first[a]; !ok {
					first[a] = s.t1
				}
			}
		}
	}
	if len(first) == 0 {
		return spans
	}
	var add []tspan
	for k, tok := range toks {
		from, ok := first[tok.Text]
		if !ok || covered[k] || k < from || !isAcronym(tok.Text) || !usuallyLower(tok.Text, 20, 10) || k > 0 && capsWord(toks[k-1].Text) || k+1 < len(toks) && capsWord(toks[k+1].Text) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add)
}

// headNameRoles follow a company's name as its title's holder ("Quelb
// Group founder Zora Marzo"), as a verb follows it as its subject ("Zorb
// Media said").
var headNameRoles = setOf(`founder co-founder chairman chairwoman chief owner spokesman spokeswoman shares`)

// addHeadNameSpans adds an organization's span over an untagged run of
// two capitalized words whose second is a company's head word or a legal
// suffix ("Media", "Group", "Capital"; companyHeads, legalSuffixes) and
// that a verb or a role's word follows ("Vice Media said", "Future Group
// founder Kishore Biyani"): the tagger leaves such a name untagged where
// its first word is also a common word. Not a body's head (orgHeads:
// eng.train's headline "Cultural Ministry planning to"), not after "The"
// or a capitalized word inside a sentence (a longer name's tail), nor a
// known place's.
func addHeadNameSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 0; k+2 < len(toks); k++ {
		a, b, next := toks[k], toks[k+1], toks[k+2]
		if covered[k] || covered[k+1] || !startsUpper(a.Text) || !isLetters(a.Text) || isAcronym(a.Text) || a.Text == "The" || !startsUpper(b.Text) {
			continue
		}
		l := strings.ToLower(b.Text)
		if !companyHeads[l] && !legalSuffixes[l] || orgHeads[l] || k > 0 && startsUpper(toks[k-1].Text) && !startsSentence(text, toks, k) || knownPlace(a.Text) || isDemonym(a.Text) {
			continue
		}
		if next.Tag != "VBD" && next.Tag != "VBZ" && !headNameRoles[next.Text] {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 2})
	}
	return replaceSpans(spans, add)
}

// tradeNouns say what trade a company is in, in a word right before its
// name ("publisher Zorbly", "insurer Quelb"), beyond companyNouns; a
// person takes them too, but with a first name, which a lone word has not.
// "operator" added for issue 11: a mobile operator named by a word ("Hong
// Kong operator Three, allowing", dragnet-web-a R249), untagged.
var tradeNouns = setOf(`publisher broadcaster insurer miner refiner streamer wholesaler distributor operator`)

// addTradeNounSpans adds an organization's span over a lone capitalized
// word the tagger left untagged right after a trade's noun in lower case
// (tradeNouns) and before a comma, "'s" or a verb in the past or the
// present ("Rival publisher Zorbly, owner of the Daily Quelb, said"): a
// company named by a common word, which the tagger leaves untagged as it
// does the word. Not at a sentence's start, a weekday or a month, a known
// place or a first name.
func addTradeNounSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].Text
		if covered[k] || !tradeNouns[toks[k-1].Text] || !startsUpper(w) || !isLetters(w) || !hasLower(w) || startsSentence(text, toks, k) {
			continue
		}
		if weekdays[w] || lowered(months, w) || knownPlace(w) || firstName(w) {
			continue
		}
		if n := toks[k+1]; n.Text != "," && !isPossessive(n.Text) && n.Tag != "VBD" && n.Tag != "VBZ" {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add)
}

// tradeRunNouns name, in lower case right before a name, a trade or a
// body that no person and no place is called: a union, a watchdog, a
// studio, a bakery. companyNouns and tradeNouns hold the rest; these are
// the ones the fifth audit found before names the tagger left untagged or
// read as people ("union Verdi", "watchdog Finanstilsynet", "studio CD
// Projekt").
var tradeRunNouns = setOf(`union watchdog regulator studio developer bakery bottler distiller investor`)

// addTradeRunSpans adds an organization's span over an untagged run of
// one to three proper nouns (or words in capitals, which the tagger may
// read as common nouns: "CD") right after a trade's noun in lower case
// (tradeRunNouns) and before a word in lower case or a mark ("Polish
// studio Zorb Projekt apologised", "game developer Quelbmasters for $1
// billion", "financial watchdog Zorbtilsynet told"): a company or body
// named by an unknown word, which the tagger leaves untagged. Not a run
// that starts with a first name or a title ("trade union Secretary
// General", eng.train), nor a known place, a weekday or a month.
func addTradeRunSpans(text string, toks []token, spans []tspan) []tspan {
	return addCuedRunSpans(text, toks, spans, 3, func(k int) bool { return tradeRunNouns[toks[k-1].Text] }, nil)
}

// addCuedRunSpans adds an organization's span over each untagged run of
// one to most proper nouns or words in capitals (properRunWord, capsWord)
// that starts at a token k where cued(k) and ends before a word in lower
// case or a mark: the name a cue before it says is a body's
// (addTradeRunSpans, addGroupNameSpans). Not a run that starts with a
// first name, a title, a weekday or a month, or starts a sentence, nor a
// known place, nor one skip (if not nil) leaves out.
func addCuedRunSpans(text string, toks []token, spans []tspan, most int, cued func(k int) bool, skip func(t0, t1 int) bool) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 1; k < len(toks); k++ {
		if covered[k] || !cued(k) || !startsUpper(toks[k].Text) || !properRunWord(toks[k]) && !capsWord(toks[k].Text) {
			continue
		}
		t1 := untaggedRunEnd(toks, covered, k, most, func(t token) bool { return properRunWord(t) || capsWord(t.Text) })
		if t1 < len(toks) && (startsUpper(toks[t1].Text) || covered[t1]) {
			continue // a longer name or a tagged one goes on
		}
		w := toks[k].Text
		if firstName(w) || isTitle(w) || weekdays[w] || lowered(months, w) || knownPlace(joinTokens(toks[k:t1])) || startsSentence(text, toks, k) || skip != nil && skip(k, t1) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, t1})
	}
	return replaceSpans(spans, add)
}

// addAcronymExpansionSpans adds an organization's span over an untagged
// run of two to five capitalized words whose initials spell, in order, a
// one-word acronym the article tags an organization elsewhere
// ("Zorbic Arts agreed ... ZA chief executive Jon Marzo said"): the
// acronym's full name, which the tagger left untagged at an article's
// start (fifth December 2020 audit: "Electronic Arts" beside "EA"). The
// run stands alone (no capitalized word around it but a sentence's
// first) and acts: a verb or "'s" follows it (actsAfter). Before a bracket
// or a noun such a run is as often a product's or a standard's name
// ("Secure Digital (SD) cards", MISC in dragnet's gold, cost a set a
// false positive each), and so is one after an open-class word ("HP's
// updated Unified Functional Testing provides": modifiedBefore).
func addAcronymExpansionSpans(text string, toks []token, spans []tspan) []tspan {
	acros := map[string]bool{}
	for _, s := range spans {
		if w := toks[s.t0].Text; s.typ == newsner.Organization && s.t1-s.t0 == 1 && capsWord(w) && len(w) <= 5 {
			acros[w] = true
		}
	}
	if len(acros) == 0 {
		return spans
	}
	covered := spanCover(len(toks), spans)
	var add []tspan
	for i := range toks {
		if covered[i] || !startsUpper(toks[i].Text) || !isLetters(toks[i].Text) || !hasLower(toks[i].Text) {
			continue
		}
		var initials strings.Builder
		for e := i; e < len(toks) && e-i < 5 && !covered[e] && startsUpper(toks[e].Text) && isLetters(toks[e].Text) && hasLower(toks[e].Text); e++ {
			initials.WriteByte(toks[e].Text[0])
			if e > i && acros[initials.String()] && standsAlone(text, toks, i, e+1) && actsAfter(toks, e+1) && !modifiedBefore(toks, i) {
				add = append(add, tspan{newsner.Organization, i, e + 1})
				break
			}
		}
	}
	return replaceSpans(spans, add)
}

// actsAfter reports whether token k, after a name, is a verb in the past
// or the present, a modal or "'s": the name is a clause's subject or an
// owner.
func actsAfter(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if t := toks[k].Tag; finiteVerbTags[t] || t == "MD" {
		return true
	}
	return isPossessive(toks[k].Text)
}

// modifiedBefore reports whether the word before token i is a word in
// lower case of an open class (an adjective, a participle, a noun): what
// follows is modified, a thing rather than a company at a clause's start.
func modifiedBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	return isLetters(p.Text) && !startsUpper(p.Text) && !closedClassTags[p.Tag]
}

// extendWatchedEmployers stretches an organization's span after a
// watcher's "at" or "with" (orgWatchers: "an analyst at", "economist
// with") over the untagged capitalized words right after it, up to two,
// that end the name before a mark or a word in lower case: "an analyst at
// Zorb Global Research." (the tagger stopped at "Zorb"; fifth December
// 2020 audit). Not a known place ("at Zorbco London"), a title, a weekday
// or a month; never over a line's end or the full stop of a legal suffix
// that ends the sentence (suffixStopEnds): "a strategist at Tempus
// Inc.\n\nThe bank said" ran into "Tempus Inc.\n\nThe".
func extendWatchedEmployers(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		if s.typ != newsner.Organization || s.t0 < 2 || toks[s.t0-1].Text != "at" && toks[s.t0-1].Text != "with" || !lowered(orgWatchers, toks[s.t0-2].Text) {
			continue
		}
		e := untaggedRunEnd(toks, covered, s.t1, 2, func(t token) bool { return isLetters(t.Text) && hasLower(t.Text) })
		for j := s.t1; j < e; j++ {
			if lineBreakBefore(text, toks, j) || suffixStopEnds(text, toks, j-1) {
				e = j
				break
			}
		}
		if e == s.t1 || e < len(toks) && (startsUpper(toks[e].Text) || covered[e]) {
			continue
		}
		ok := !knownPlace(joinTokens(toks[s.t1:e]))
		for j := s.t1; j < e && ok; j++ {
			w := toks[j].Text
			ok = !knownPlace(w) && !isTitle(w) && !weekdays[w] && !lowered(months, w)
		}
		if ok {
			spans[i].t1 = e
		}
	}
	return spans
}

// addAccordingToSpans adds an organization's span over an untagged
// capitalized word right after "according to" (or "according to data
// from") and before a mark: a data provider or a body cited as a source
// ("have raised $1 billion this year, according to Zorblogic."), which
// the tagger left untagged or tagged MISC (a one-word MISC span there is
// retyped) before a credit line (fifth December 2020 audit). Not a first name, a known place, a demonym, a weekday or a
// month, nor a word the corpora usually write in lower case.
func addAccordingToSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	lone := map[int]bool{} // one-word MISC spans, which the source's name may take
	for _, s := range spans {
		if s.typ == misc && s.t1-s.t0 == 1 {
			lone[s.t0] = true
		}
	}
	var add []tspan
	for k := 2; k+1 < len(toks); k++ {
		j := k - 2
		if toks[k-1].Text == "from" && k >= 5 && toks[k-2].Text == "data" {
			j = k - 4
		}
		if toks[j].Text != "according" || toks[j+1].Text != "to" {
			continue
		}
		w := toks[k].Text
		if covered[k] && !lone[k] || !startsUpper(w) || !isLetters(w) || !hasLower(w) || toks[k].Tag != "NNP" {
			continue
		}
		switch toks[k+1].Text {
		case ".", ",", ";":
		default:
			continue
		}
		if firstName(w) || knownPlace(w) || isDemonym(w) || weekdays[w] || lowered(months, w) || usuallyLower(w, 20, 10) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add)
}

// titleBodyWords are the bodies whose name stands in a person's title
// ("House Speaker", "Treasury Secretary", "Senate Majority Leader"),
// which CoNLL-2003 marks as organizations there (eng.train: "House
// Speaker" twice, "Treasury secretary" twice), unlike a portfolio's word
// ("Health Secretary").
var titleBodyWords = setOf(`House Senate Treasury Pentagon`)

// bodyTitleWords follow titleBodyWords in a title.
var bodyTitleWords = setOf(`Speaker Secretary Majority Minority Leader Whip`)

// addBodyTitleSpans adds an organization's span over an untagged body's
// word (titleBodyWords) before a title's word (bodyTitleWords) and, at
// most two words on, a person's span: "House Speaker Jane Doe",
// "Treasury Secretary John Roe" (sixth December 2020 audit: both left
// untagged; cutPortfolioWords drops "Treasury" before "Secretary" as a
// portfolio).
func addBodyTitleSpans(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	starts := map[int]newsner.EntityType{}
	for _, s := range spans {
		starts[s.t0] = s.typ
	}
	var add []tspan
	for k := 0; k+2 < len(toks); k++ {
		if covered[k] || !titleBodyWords[toks[k].Text] || !bodyTitleWords[toks[k+1].Text] {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+4; j++ {
			if starts[j] == newsner.Person {
				add = append(add, tspan{newsner.Organization, k, k + 1})
				break
			}
			if !startsUpper(toks[j].Text) {
				break
			}
		}
	}
	return replaceSpans(spans, add)
}

// founderWords come before "of" and the organization a person founded.
var founderWords = setOf(`founder co-founder cofounder`)

// addFounderOfSpans adds an organization's span over an untagged run of
// one to four capitalized words (proper nouns) after "founder of" or
// "co-founder of": what a person founded ("Lai, founder of Next Digital
// and its tabloid", left untagged; sixth December 2020 audit). Not a
// known place ("founder of Singapore"), not a run after "the" that a
// lower-case word follows in the name ("founder of the Zorb movement").
// A brand written in lower case there (styledBrand: "CEO and founder of
// my6sense", news-pages-a, issue 11) is the founded firm too, at every
// lone mention of it (addLoneWordSpans).
func addFounderOfSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	var brands map[string]bool
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text != "of" || !lowered(founderWords, toks[k-1].Text) {
			continue
		}
		t0 := k + 1
		if w := toks[t0].Text; !covered[t0] && styledBrand(w) && (t0+1 >= len(toks) || !startsUpper(toks[t0+1].Text)) {
			if brands == nil {
				brands = map[string]bool{}
			}
			brands[w] = true
			continue
		}
		t1 := untaggedRunEnd(toks, covered, t0, 4, func(t token) bool { return t.Tag == "NNP" || t.Tag == "NNPS" })
		if t1 == t0 || t1 < len(toks) && covered[t1] {
			continue
		}
		name := joinTokens(toks[t0:t1])
		if knownPlace(name) || isDemonym(name) || firstName(name) {
			continue
		}
		add = append(add, tspan{newsner.Organization, t0, t1})
	}
	spans = replaceSpans(spans, add)
	if len(brands) > 0 {
		spans = addLoneWordSpans(text, toks, spans, spanCover(len(toks), spans), brands)
	}
	return spans
}

// styledBrand reports whether w is a brand's name styled in lower case
// that no word is: a camel-case name (camelName: "iQPS"), or a word of
// letters and digits that starts with a lower-case letter and has a
// letter after a digit, three letters at least ("my6sense"), where a
// code or a version ("mp3", "covid19", "h264") ends in its digits.
func styledBrand(w string) bool {
	if camelName(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	letters, digit, after := 0, false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
			after = after || digit
		case unicode.IsDigit(r):
			digit = true
		default:
			return false
		}
	}
	return letters >= 3 && after
}

// addRegulatorNameSpans adds an organization's span over an untagged run
// of one or two proper nouns (NNP) right after a regulator's noun
// (regulatorNouns), with no first name and no known place: "the Atlanta
// studio of broadcaster WSB-TV", left untagged (sixth December 2020
// audit); regulatorNamesAsOrganizations retypes such a name the tagger
// tagged.
func addRegulatorNameSpans(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 1; k < len(toks); k++ {
		if !regulatorNouns[toks[k-1].Text] {
			continue
		}
		t1 := untaggedRunEnd(toks, covered, k, 2, func(t token) bool { return t.Tag == "NNP" })
		if t1 == k || t1 < len(toks) && (covered[t1] || startsUpper(toks[t1].Text)) {
			continue
		}
		name := joinTokens(toks[k:t1])
		if firstName(name) || knownPlace(name) || isDemonym(name) || weekdays[name] {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, t1})
	}
	return replaceSpans(spans, add)
}

// forNameHeads end the part of a body's name before the "for" of what it
// works for ("Initiative for Personal Rights", "Special Jurisdiction for
// Peace", "Centre for Policy Studies"), besides orgHeads and
// purposeHeads.
var forNameHeads = setOf(`jurisdiction tribunal network programme program mission partnership`)

// addForNameSpans adds an organization's span over an untagged run after
// "the" of one to four capitalized words ending in a body's head word
// (orgHeads, purposeHeads, forNameHeads), "for", and one to three
// capitalized words before a word in lower case or a mark: "the Zorbian
// Initiative for Personal Rights", "the Special Jurisdiction for Peace"
// (seventh December 2020 audit: both left untagged on made-up
// Reuters-style articles). A nationality's word the tagger tagged MISC at
// the run's start goes into the name; any other tagged word stops it.
func addForNameSpans(toks []token, spans []tspan) []tspan {
	tagged := taggedNotMisc(len(toks), spans)
	var add []tspan
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].Text != "for" || tagged[k-1] || tagged[k+1] {
			continue
		}
		head := strings.ToLower(toks[k-1].Text)
		if !startsUpper(toks[k-1].Text) || !(orgHeads[head] || purposeHeads[head] || forNameHeads[head]) {
			continue
		}
		t0 := k - 1
		for t0 > 0 && k-t0 < 4 && capWord(toks[t0-1].Text) && toks[t0-1].Text != "The" && !tagged[t0-1] {
			t0--
		}
		if t0 == 0 || !strings.EqualFold(toks[t0-1].Text, "the") {
			continue
		}
		t1 := k + 1
		for t1 < len(toks) && t1-k <= 3 && capWord(toks[t1].Text) && !tagged[t1] {
			t1++
		}
		if t1 == k+1 || t1-k > 3 || t1 < len(toks) && startsUpper(toks[t1].Text) {
			continue
		}
		add = append(add, tspan{newsner.Organization, t0, t1})
	}
	return replaceSpans(spans, add)
}

// officeHolderWords name the holder of an office whose "'s Office" is a
// body ("the Attorney General's Office", "the Sheriff's Office"; eng.train
// marks "County Sheriff's Office" one organization).
var officeHolderWords = setOf(`Attorney General Prosecutor Sheriff Comptroller Auditor Solicitor Ombudsman
Inspector Controller Treasurer Coroner District Public Defender State Chief`)

// addHolderOfficeSpans adds an organization's span over an untagged run
// of one to three office holder's words (officeHolderWords), "'s" and
// "Office": "Zorbia's Attorney General's Office" (seventh December 2020
// audit: left untagged on a made-up Reuters-style article). A place's span
// right before the run (no "'s" between) is the office's district and goes
// into the name, as dragnet-news' gold "Los Angeles City District
// Attorney's Office"; after another span the run is left alone.
func addHolderOfficeSpans(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var ending map[int]int // spanEndingAt's index, made at the first cue
	var add []tspan
	for k := 2; k < len(toks); k++ {
		if toks[k].Text != "Office" || covered[k] || covered[k-1] || !isPossessive(toks[k-1].Text) {
			continue
		}
		t0 := k - 1
		for t0 > 0 && k-1-t0 < 3 && officeHolderWords[toks[t0-1].Text] && !covered[t0-1] {
			t0--
		}
		if t0 == k-1 {
			continue
		}
		if p, typ, ok := spanEndingAt(spans, t0, &ending); ok && typ == newsner.Location {
			t0 = p // "Zorbton County District Attorney's Office"
		} else if ok {
			continue // "Quelb District" tagged before "Attorney's Office" (TestDistrictOfficeCut)
		}
		add = append(add, tspan{newsner.Organization, t0, k + 1})
	}
	return replaceSpans(spans, add)
}

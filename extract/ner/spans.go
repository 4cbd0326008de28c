package ner

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// The document step's span rules: what a tagged run of tokens keeps as a
// mention (titles, roles and months cut off, particles, regnal numbers,
// road numbers and a newspaper's "The" taken in, full stops and non-names
// left out).

// cleanSpan trims what is not part of a name off a span: leading quotes and
// punctuation, titles and roles before a person's name ("Polish Prime
// Minister Donald Tusk" -> "Donald Tusk", a PERSON even if the tagger called
// the whole a place), trailing possessives ("Russia's" -> "Russia"; but
// "Moody's", a name in possessiveNames, keeps or gains its "'s") and
// punctuation. It drops spans left without a letter and places that are only
// a demonym ("European", "Ukrainian").
func cleanSpan(text string, toks []token, s tspan, poss map[string]bool) (tspan, bool) {
	s = trimSpanEdges(text, toks, s, poss)
	if !anyLetter(toks[s.t0:s.t1]) {
		return s, false
	}
	if s.t1 < len(toks) && toks[s.t1].Text == "." && toks[s.t1-1].End == toks[s.t1].Start &&
		nameAbbrev(toks, s.t0, s.t1) && (!sentenceStop(text, toks, s.t1) || legalSuffixStop(text, toks, s)) {
		s.t1++ // the tagger left the full stop of "Acme Corp. said" out
	}
	s, ok := dropLeadingMonth(toks, s)
	if !ok {
		return s, false
	}
	s = cutLeadingTitles(toks, s)
	s = addNameParticles(toks, s)
	s = addRegnalNumber(toks, s)
	s = cutSentenceThe(text, toks, s)
	s = cutHyphenedLead(toks, s)
	s = cutDistrictOffice(toks, s)
	s = addNewspaperThe(toks, s)
	s = midThePersonAsOrg(toks, s)
	s = addMidSentenceThe(toks, s)
	s = addCreditThe(toks, s)
	s = addLineThe(text, toks, s)
	s = addRoadNumber(toks, s)
	s = addIndexNumber(toks, s)
	s = addProductTail(toks, s)
	s = addCircuitOrdinal(toks, s)
	s = addSuffixStop(toks, s)
	if s.t1-s.t0 == 1 && deities[toks[s.t0].Text] {
		s.typ = newsner.Person // "gods, such as Zeus, Hera": people in CoNLL-2003 ("God", "Jesus") and GUM
	}
	return s, !notAName(toks, s)
}

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

// suffixStop reports whether w is a legal suffix with the full stop of an
// abbreviation or a sentence glued on ("Plc.", "Inc.", "Corp.").
func suffixStop(w string) bool {
	return len(w) > 2 && w[len(w)-1] == '.' && lowered(legalSuffixes, w[:len(w)-1])
}

// addSuffixStop extends an organization's span over the legal suffix with
// its full stop right after it that the tagger left out: "Plc." ending a
// sentence ("an order from Zorbco Holdings Plc."), a token CoNLL-2003
// never writes (its "Plc" has no full stop) and the tagger so does not
// know; mentionEnd then leaves the sentence's full stop out of the
// mention.
func addSuffixStop(toks []token, s tspan) tspan {
	if s.typ == newsner.Organization && s.t1 < len(toks) && suffixStop(toks[s.t1].Text) && toks[s.t1-1].End < toks[s.t1].Start {
		s.t1++
	}
	return s
}

// deities are gods named by one word that is no brand, planet, programme,
// firm or group as well ("Apollo", "Artemis", "Ares", "Hermes", "Jupiter",
// "Nike", "Isis", "Brahma" are left out): people, as CoNLL-2003 marks
// "God" (7 of 8) and "Jesus" (4 of 4).
var deities = setOf(`Zeus Hera Poseidon Aphrodite Athena Demeter Dionysus
Hephaestus Persephone Odin Loki Osiris Vishnu Shiva Krishna Ganesha Lakshmi Allah`)

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

// indexNames are the stock indexes named with the number of their stocks
// after them ("S&P 500", "FTSE 100", "Russell 2000", "Nikkei 225").
var indexNames = setOf(`S&P FTSE Nasdaq NASDAQ Russell Nikkei DAX CAC Stoxx STOXX Sensex ASX TOPIX Topix MSCI`)

// addIndexNumber extends an organization's span that ends in a stock
// index's name over the number after it ("the S&P 500 is up", "FTSE
// 100s"), which is part of the name, and makes the whole the index it
// names, MISC: CoNLL-2003, whose guidelines the held-out 2020 Reuters set
// follows, marks every index MISC ("Dow Jones", "Nikkei", "FTSE", "DAX",
// "Hang Seng", "S&P Index" in eng.train; "FTSE 100" the tagger already
// gives MISC), while "S&P" alone is the rating agency, an organization.
// (Two news-pages lists, made to ENTITY-LISTS.md, give "S&P 500" ORG.)
func addIndexNumber(toks []token, s tspan) tspan {
	if s.typ != newsner.Organization || s.t1 >= len(toks) || !indexNames[toks[s.t1-1].Text] {
		return s
	}
	if w := strings.TrimSuffix(toks[s.t1].Text, "s"); len(w) >= 2 && len(w) <= 4 && isNumber(w) && toks[s.t1-1].End < toks[s.t1].Start {
		s.t1++
		s.typ = misc
	}
	return s
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

// trimSpanEdges drops leading and trailing tokens that are not part of a
// name: punctuation, a possessive that is not part of the name ("Russia's"),
// a full stop that ends the sentence, and numbers other than those of an
// organization's or a place's name.
func trimSpanEdges(text string, toks []token, s tspan, poss map[string]bool) tspan {
	// A number is part of an organization's or a place's name ("1860
	// Munich", "Schalke 04", "Europe 1"), but not a year before it or a
	// score after it.
	keepDigits := s.typ != newsner.Person
	for s.t0 < s.t1 && !hasLetter(toks[s.t0].Text) && !(keepDigits && isNumber(toks[s.t0].Text) && !isYear(toks[s.t0].Text)) {
		s.t0++
	}
	// possessiveName of [s.t0,t1) for ever smaller t1, by prefixes of the
	// key made once: made anew for each, a span that ends in a run of
	// possessives ("Zorb 's 's 's ...") took time in the square of the run
	// (issue 12).
	var key string
	var ends []int
	var longest int
	named := func(t1 int) bool {
		if s.typ != newsner.Organization && s.typ != newsner.Location || t1 <= s.t0 {
			return false
		}
		if ends == nil {
			key, ends = lowerKeyEnds(toks, s.t0, t1, make([]int, 0, t1-s.t0))
			longest = possessiveNamesLongest()
			for p := range poss {
				longest = max(longest, len(p))
			}
		}
		k := key[:ends[t1-s.t0-1]]
		// No key longer than the longest name is looked up: each prefix of
		// a run of possessives ("Zorb 's 's ...", "Zorb 's , 's , ...") was
		// hashed whole for its lookup, in time the square of the run.
		return len(k) <= longest && (possessiveNames[k] || poss[k])
	}
	for s.t1 > s.t0 {
		w := toks[s.t1-1].Text
		switch {
		case isPossessive(w) && !named(s.t1-1):
			s.t1--
			continue
		case isPossessive(w):
			// "Moody's" keeps its "'s".
		case w == "." && s.t1-1 > s.t0 && toks[s.t1-2].End == toks[s.t1-1].Start && nameAbbrev(toks, s.t0, s.t1-1):
			if sentenceStop(text, toks, s.t1-1) {
				s.t1-- // "... bought Acme Corp." ends the sentence
				continue
			}
			// "Acme Corp. said" keeps its full stop.
		case w == ")" && hasToken(toks[s.t0:s.t1-1], "("):
			// "Mladost (L)" keeps its bracket.
		case !hasLetter(w) && !(keepDigits && isNumber(w)):
			s.t1--
			continue
		}
		break
	}
	return s
}

// dropLeadingMonth drops a month before an organization's or a place's
// name ("the August National Association of Purchasing Management
// index"); a span that is only a month is not a name ("LONG GILT (SEP)").
func dropLeadingMonth(toks []token, s tspan) (tspan, bool) {
	if (s.typ == newsner.Organization || s.typ == newsner.Location) && lowered(months, toks[s.t0].Text) {
		if s.t1-s.t0 == 1 {
			return s, false // "LONG GILT (SEP)"
		}
		if startsUpper(toks[s.t0+1].Text) {
			s.t0++ // "the August National Association of Purchasing Management index"
		}
	}
	return s, true
}

// cutLeadingTitles starts a person's or a place's span after the last
// title in its leading run of titles, demonyms and country abbreviations
// ("Polish Prime Minister Donald Tusk" -> "Donald Tusk"), and makes it a
// person. An organization's span that an honorific starts is a person's
// too (honorificOrg).
func cutLeadingTitles(toks []token, s tspan) tspan {
	if honorificOrg(toks, s) {
		s.typ = newsner.Person
	}
	if s.typ != newsner.Person && s.typ != newsner.Location {
		return s
	}
	cut := -1
	for k := s.t0; k < s.t1-1; k++ {
		w := toks[k].Text
		if l := strings.ToLower(w); leadingRole(w) && (s.typ == newsner.Person || !geoTitles[l] && !qualifierTitles[l]) {
			cut = k
			continue
		}
		if leadingRole(w) || isDemonym(w) || isLeadingQualifier(w) {
			continue
		}
		break
	}
	if cut >= 0 && startsUpper(toks[cut+1].Text) {
		s.t0 = cut + 1
		s.typ = newsner.Person
	}
	return s
}

// honorificOrg reports whether s, an organization's span of three words
// or more, starts with an honorific and another title ("Mr Justice Jane
// Doe", "Dr. Rev. John Roe"): a person addressed by a title, which the
// tagger reads as a body ("Justice"); no organization's name starts so.
func honorificOrg(toks []token, s tspan) bool {
	return s.typ == newsner.Organization && s.t1-s.t0 >= 3 && lowered(honorifics, toks[s.t0].Text) && isTitle(toks[s.t0+1].Text)
}

// roleWords are roles and affiliations that stand before a person's name
// and are not part of it, as CoNLL-2003 marks them ("Administrator Jane
// Doe", "Democrat Walter Mondale"), beyond the titles the model reads as a
// feature (titles). The last line, the plural titles of lawmakers before
// the first of two names ("Senators Jane Doe and John Roe"), added in the
// thirteenth pass: the tagger reads "Senators" into the name (not
// "Governors": "Governors Island").
var roleWords = setOf(`administrator democrat republican councillor councilor councilman
councilwoman alderman assemblyman assemblywoman lawmaker legislator mp mep treasurer
superintendent sheriff magistrate comptroller ombudsman solicitor pastor deacon provost
registrar goalkeeper striker defender midfielder curator nonpartisan pan-democrat emeritus
senators sens sens. representatives reps reps. congressmen congresswomen lawmakers`)

// isRole reports whether w is a title or role before a person's name.
func isRole(w string) bool { return isTitle(w) || lowered(roleWords, w) }

// leadingRole reports whether w, starting a person's span, is a title or
// role (isRole) or a company's role (companyRoles: "Founder Jane Doe",
// "Co-founder Jane Doe" at a sentence's start), which CoNLL-2003 leaves
// out of the name (regional audit, nineteenth pass: "Founder Bom Kim"
// typed one person on a made-up Reuters-style article). Not in isRole,
// which the GUM reader shares.
func leadingRole(w string) bool { return isRole(w) || lowered(companyRoles, w) }

// addNameParticles extends a person's span over the lower-case particles
// before a surname, which are part of the name ("von der Leyen", "de
// Gaulle", "bin Salman"); the model tends to leave them out, mostly where
// the name stands without its first name.
func addNameParticles(toks []token, s tspan) tspan {
	if s.typ == newsner.Person {
		for s.t0 > 0 && nameParticles[toks[s.t0-1].Text] && toks[s.t0-1].End < toks[s.t0].Start {
			s.t0--
		}
	}
	return s
}

// regnalNumbers are the numbers after a monarch's or a pope's name.
var regnalNumbers = setOf(`I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII`)

// addRegnalNumber extends a person's span over the Roman number after it
// ("Pope John Paul II", "King Baudouin I"), which CoNLL-2003 counts in the
// name; "I" only after a title, as it is also the pronoun.
func addRegnalNumber(toks []token, s tspan) tspan {
	if s.typ != newsner.Person || s.t1 >= len(toks) || !regnalNumbers[toks[s.t1].Text] {
		return s
	}
	if toks[s.t1].Text == "I" && (s.t0 == 0 || !isTitle(toks[s.t0-1].Text)) {
		return s
	}
	s.t1++
	return s
}

// hyphenedLeadEnds end a hyphened adjective of a place or a backer that
// stands before a name ("Beijing-backed", "Tokyo-based", "U.S.-listed"),
// MISC in CoNLL-2003 (65 of 71 such words in eng.train and eng.testa).
var hyphenedLeadEnds = setOf(`based backed owned listed led run controlled made born`)

// cutHyphenedLead cuts such an adjective off the start of a span of two
// tokens or more ("Beijing-backed Semiconductor Manufacturing
// International Corp", which a join ran together at a sentence's start).
// Thirteenth pass (b).
func cutHyphenedLead(toks []token, s tspan) tspan {
	if s.t1-s.t0 < 2 {
		return s
	}
	w := toks[s.t0].Text
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || !startsUpper(w) || !hyphenedLeadEnds[w[i+1:]] || !startsUpper(toks[s.t0+1].Text) {
		return s
	}
	s.t0++
	return s
}

// sentenceEnds are the tokens that end a sentence.
var sentenceEnds = setOf(`. ! ?`)

// cutSentenceThe cuts the "The" that starts a sentence off an
// organization's span the tagger read it into ("The Justice Department
// filed", "The Federal Reserve said"): CoNLL-2003 leaves it out of every
// such name but a newspaper's (6 of 150 in eng.train and eng.testa: "The
// Washington Post", "The Times"). A newspaper's or an agency's name (a
// word of it one of theirs: "The Zorbton Daily Ledger"), or a listed one
// with its "The" ("The Canadian Press"), keeps it. Thirteenth
// pass (b). Only before a name of two words or more ("The Canaries", a
// team's nickname, keeps it in eng.train) and after a full stop, a line
// break or a wire story's dateline (datelineDash) (a headline's "The
// Health and Safety Executive" after a colon
// keeps it in btc).
func cutSentenceThe(text string, toks []token, s tspan) tspan {
	if s.typ != newsner.Organization || s.t1-s.t0 < 3 || toks[s.t0].Text != "The" || !startsSentence(text, toks, s.t0) {
		return s
	}
	if k := s.t0; k > 0 && !strings.ContainsRune(text[toks[k-1].BEnd:toks[k].BStart], '\n') && !sentenceEnds[toks[k-1].Text] && !datelineDash(toks, k-1) {
		return s // after a colon or a quote: a headline's or a title's "The"
	}
	for _, t := range toks[s.t0+1 : s.t1] {
		if outletHeads[t.Text] || agencyHeads[t.Text] {
			return s // "The Zorbton Daily Ledger"
		}
	}
	if listedWithThe(toks, s.t0, s.t1) {
		return s
	}
	s.t0++
	return s
}

// listedWithThe reports whether tokens [t0,t1) are a listed organization's
// form that has its "The" ("The Canadian Press"), not a listed name the
// tagger read a sentence's "The" into: listedOrg leaves a "The" out of
// what it compares, so it kept "The Arab League" (orgs.tsv lists "Arab
// League") whole on a made-up Reuters-style article (world audit,
// eighteenth pass), where CoNLL-2003 leaves the "The" out.
func listedWithThe(toks []token, t0, t1 int) bool {
	for _, ws := range orgListForms()["The"] {
		if len(ws) == t1-t0 && matchWords(toks, t0, ws, nil) {
			return true
		}
	}
	return false
}

// addNewspaperThe extends a newspaper's name over a capitalized "The"
// before it ("The Sunday Telegraph quoted ...", "The Times"), which
// CoNLL-2003 counts in the name (8 times of 8 in eng.train and
// eng.testa).
func addNewspaperThe(toks []token, s tspan) tspan {
	if s.typ == newsner.Organization && s.t0 > 0 && toks[s.t0-1].Text == "The" && outletHeads[toks[s.t1-1].Text] {
		s.t0--
	}
	return s
}

// addMidSentenceThe extends an organization's name over a capitalized
// "The" before it inside a sentence (after a word in lower case or a
// comma): "told The Buffalo News", "a recent issue of The Atlantic", "by
// The Associated Press". Inside a sentence the capital says the article is
// the name's, and CoNLL-2003 marks it so (8 of 8 such cases in eng.train
// and eng.testa; at a sentence's start "The" is left out).
func addMidSentenceThe(toks []token, s tspan) tspan {
	if s.typ == newsner.Organization && midSentenceThe(toks, s.t0) {
		s.t0--
	}
	return s
}

// midSentenceThe reports whether a capitalized "The" stands right before
// token k inside a sentence: after a comma or a word in lower case.
func midSentenceThe(toks []token, k int) bool {
	if k < 2 || toks[k-1].Text != "The" {
		return false
	}
	p := toks[k-2].Text
	return p == "," || unicode.IsLower([]rune(p)[0])
}

// midThePersonAsOrg types ORGANIZATION a span tagged a person right after
// a capitalized "The" inside a sentence (after a comma or a word in lower
// case: "did not respond to The Zorbist's request", "a singer for The
// Quelbs"): inside a sentence the capital says the article is part of the
// name, and no person's name has one; an outlet's or a band's does.
// CoNLL-2003 marks no person after such a "The" (eng.train and eng.testa:
// 32 places, 26 organizations, 23 MISC, no person). addMidSentenceThe then
// takes the "The" into the name.
func midThePersonAsOrg(toks []token, s tspan) tspan {
	if s.typ == newsner.Person && midSentenceThe(toks, s.t0) {
		s.typ = newsner.Organization
	}
	return s
}

// agencyHeads end a news agency's or a site's name ("The Canadian Press",
// "The Atlantic Wire").
var agencyHeads = setOf(`Press News Wire Magazine Daily Weekly`)

// addLineThe extends a news outlet's name (a listed outlet's, or one
// ending in a newspaper's or an agency's word) over a "The" before it where the two are a
// line of their own: a page's credit line ("The Canadian Press" under a
// story's date), which writes the name whole; at a sentence's start the
// capital tells nothing. Not other organizations: CoNLL-2003's heading
// "The National Bank of Poland" leaves "The" out, and so not the listed
// parties and public bodies either (listedPublicBody: bodies.tsv lists the
// bank).
func addLineThe(text string, toks []token, s tspan) tspan {
	if s.typ != newsner.Organization || s.t0 < 1 || toks[s.t0-1].Text != "The" {
		return s
	}
	if !lineBreakBefore(text, toks, s.t0-1) || !lineBreakBefore(text, toks, s.t1) {
		return s
	}
	if w, name := toks[s.t1-1].Text, joinTokens(toks[s.t0:s.t1]); outletHeads[w] || agencyHeads[w] || listedOrg(name) && !listedPublicBody(name) {
		s.t0--
	}
	return s
}

// lineBreakBefore reports whether a line starts at token i (the text's
// start and end count as line breaks).
func lineBreakBefore(text string, toks []token, i int) bool {
	return i == 0 || i >= len(toks) || strings.ContainsRune(text[toks[i-1].BEnd:toks[i].BStart], '\n')
}

// notAName reports a cleaned span that names nothing: a place that is only
// a demonym ("European", but not a region's name), a person that is only
// particles ("DE LOS" of "GACETA DE LOS NEGOCIOS"), a role word alone
// ("Emeritus"), the letters after a name ("Mark Tedeschi, QC"), a tweet's
// retweet mark ("RT @user").
func notAName(toks []token, s tspan) bool {
	if s.typ == newsner.Location && s.t1-s.t0 == 1 && isDemonym(toks[s.t0].Text) && !lowered(regionNames, toks[s.t0].Text) {
		return true
	}
	if s.typ == newsner.Person && s.t1-s.t0 > 1 && onlyParticles(toks[s.t0:s.t1]) {
		return true // "DE LOS" of "GACETA DE LOS NEGOCIOS"
	}
	if s.t1-s.t0 == 1 && lowered(roleWords, toks[s.t0].Text) {
		return true // "Emeritus" of "Emeritus Professor John Burrows"
	}
	if s.t1-s.t0 == 1 && s.t0 > 1 && postNominals[toks[s.t0].Text] && toks[s.t0-1].Text == "," && startsUpper(toks[s.t0-2].Text) && !isPlaceName(toks[s.t0-2].Text) {
		return true // "Mark Tedeschi, QC": letters after a name; "Columbia, SC" is South Carolina
	}
	if s.t1-s.t0 == 1 && termAcronyms[strings.TrimSuffix(strings.TrimSuffix(toks[s.t0].Text, "s"), "'")] {
		return true // "API", "SEO", "CSS", "ROI": a term's letters, not a name's
	}
	if s.typ != newsner.Organization && placePeople(toks[s.t0:s.t1]) {
		return true // "South Dakotans", "New Yorkers": a state's or a country's people, MISC; "the Indians" tagged an organization is a team
	}
	if onlySuffixes(toks[s.t0:s.t1]) && s.t0 > 0 && (toks[s.t0-1].Text == "," || startsUpper(toks[s.t0-1].Text) || isPossessive(toks[s.t0-1].Text)) {
		return true // "Inc." cut off its name, "LOWE'S COMPANIES INC."; not "@ Inc mag", "near Corporation"
	}
	if onlyWeekdays(toks[s.t0:s.t1]) {
		return true // "Closed on Sun & Mon": opening hours
	}
	if (s.t1-s.t0 == 1 || zoneAndMonth(toks, s)) && timeZoneAfterTime(toks, s.t0) {
		return true // "6:30 pm ET", "1400 GMT": a clock's time zone; "9:15 a.m. ET Oct. 3": and the date's month
	}
	if partyGroup(toks, s) {
		return true // "Tory MPs", "Labour rebels": a party's adjective and its people, no person
	}
	if treatySubject(toks, s.t0) {
		return true // "Law of the Sea" of "the United Nations Convention on the Law of the Sea": the treaty's words, MISC
	}
	if spelledTimeZone(toks[s.t0:s.t1]) {
		return true // "3:13 a.m. Eastern Daylight Time (7:13 Universal Time)": a clock's zone spelled out
	}
	if s.t1-s.t0 == 1 && holidays[toks[s.t0].Text] {
		return true // "the Hajj", "Ramadan": a feast or a season, MISC as a month is no name
	}
	if s.t1-s.t0 == 1 && peoples[toks[s.t0].Text] {
		return true // "the Rohingya", "Kurds": a people, MISC
	}
	if bareRoadWord(toks, s) {
		return true // "back on the Interstate": a road's word with no number names no road
	}
	if s.t1-s.t0 > 1 && pluralAcronymAfter(toks, s.t1) {
		return true // "Demand Side Platforms (DSPs)": a kind of thing and its letters, no name
	}
	if s.t1-s.t0 == 1 && (toks[s.t0].Text == "RT" || toks[s.t0].Text == "MT") && s.t1 < len(toks) &&
		(strings.HasPrefix(toks[s.t1].Text, "@") || strings.HasPrefix(toks[s.t1].Text, "http")) {
		return true // a tweet's "RT @user" or "MT @user" (a retweet), quoted in an article
	}
	return false
}

// pluralAcronymAfter reports whether a plural acronym in brackets stands
// at toks[k] ("(DSPs)", "(SPACs)"): the words before it, title-cased to
// give the letters, name a kind of thing ("Special Purpose Acquisition
// Companies (SPACs)"), not one organization, whose letters are no plural.
func pluralAcronymAfter(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" {
		return false
	}
	stem, ok := strings.CutSuffix(toks[k+1].Text, "s")
	return ok && isAcronym(stem)
}

// placePeople reports whether toks name the people of a listed place (a
// country, a US state) by a plural the lists do not give: the place's name
// and "ns" ("South Dakotans"), its "a" turned "ans" ("Californians") or
// "ers" after it ("Luxembourgers"; "New Yorkers" only if "New York" were
// listed, which it is as "New York State").
func placePeople(toks []token) bool {
	name := joinTokens(toks)
	var stems []string
	if t, ok := strings.CutSuffix(name, "ns"); ok {
		stems = append(stems, t)
	}
	if t, ok := strings.CutSuffix(name, "ans"); ok {
		stems = append(stems, t+"a")
	}
	if t, ok := strings.CutSuffix(name, "ers"); ok {
		stems = append(stems, t)
	}
	for _, t := range stems {
		if len(t) > 2 && strings.HasPrefix(listKey(t, newsner.Location), "iso3166:") {
			return true
		}
	}
	return false
}

// onlySuffixes reports whether toks are only legal suffixes and their
// full stops ("Inc.", "Co. Ltd", "COMPANIES INC."): a company's name's
// tail, no name on its own.
func onlySuffixes(toks []token) bool {
	for _, t := range toks {
		if !lowered(bareSuffixes, strings.TrimSuffix(t.Text, ".")) {
			return false
		}
	}
	return true
}

// bareSuffixes are the legal suffixes that name no company alone (not
// "Holdings" of "Companion Marble (Holdings) Ltd", "CO" Colorado, "SA",
// "AG", "FC").
var bareSuffixes = setOf(`inc incorporated corp corporation llc plc companies`)

// mentionEnd is where a cleaned span's mention ends in the text (code
// points, bytes): its last token's end, moved where the token holds more
// than the name or the tagger left some out: a sentence's full stop inside
// "Inc." at the end of a sentence is cut, the "'s" of "McDonald's" that the
// tagger left out is put back. cleanSpan does the same where they are
// tokens of their own.
func mentionEnd(text string, toks []token, s tspan, poss map[string]bool) (end, bend int) {
	last := toks[s.t1-1]
	end, bend = last.End, last.BEnd
	if w := last.Text; len(w) > 1 && w[len(w)-1] == '.' && text[bend-1] == '.' && sentenceStop(text, toks, s.t1-1) &&
		(s.t1-1 > s.t0 && isAbbrev(w[:len(w)-1]) || lowered(stateAbbrevs, w[:len(w)-1]) || sentenceDot(w)) {
		end, bend = end-1, bend-1
	}
	if n := possessiveAfter(text[bend:]); n > 0 && possessiveName(toks, s.typ, s.t0, s.t1, poss) {
		end, bend = end+2, bend+n
	}
	return end, bend
}

// leadVerbs are the imperatives and greetings web pages start a line or a
// sentence with before a name, capitalized as the name is ("Visit Hunt
// Electric", "Download Dashlane", "Hey Twitter", "Welcome Amy!"), which
// the tagger takes into the name.
var leadVerbs = setOf(`Visit Download Buy Shop Get Try Watch Join Follow Subscribe Meet Welcome
Hey Hi Hello Thanks Enter Remember Choose Leverage Embrace Build Keep Consider Explore Discover
Install Order Contact`)

// cutLeadVerb cuts a leadVerbs word off the start of a span of two words or
// more at a sentence's or a line's start, where the next word is
// capitalized but not "The" ("Save the Children" stays) and, left alone,
// neither a word the article writes in lower case nor "World" ("Hello
// World" stays), and
// "Off" after a price ("$15 Off Apple AirPods Pro"); a leadVerbs word
// after "to" too (infinitiveTo).
func cutLeadVerb(text string, toks []token, s tspan, lower map[string]string) tspan {
	if s.t1-s.t0 < 2 || !startsUpper(toks[s.t0+1].Text) || strings.EqualFold(toks[s.t0+1].Text, "the") {
		return s
	}
	if w := toks[s.t0+1].Text; s.t1-s.t0 == 2 && (lowered(lower, w) == "lower" || w == "World") {
		return s // "Hello World", the programmers' phrase
	}
	w := toks[s.t0].Text
	if leadVerbs[w] && (startsSentence(text, toks, s.t0) || infinitiveTo(toks, s.t0)) || w == "Off" && s.t0 > 0 && (isNumber(toks[s.t0-1].Text) || toks[s.t0-1].Text == "%") {
		s.t0++
	}
	return s
}

// infinitiveTo reports whether token k stands right after "to" in lower
// case: a headline's verb in title case ("How to Watch Zorbco's Event",
// "Last Chance to Buy Quelbquest Gold"), an imperative's place inside a
// line, which cutLeadVerb cuts off a name as at a line's start.
func infinitiveTo(toks []token, k int) bool {
	return k > 0 && toks[k-1].Text == "to"
}

// cutGluedBracket cuts a span at the first of its tokens that carries a
// bracket after its first letter: a footnote mark glued to a name
// ("Zealand.[16]" of "New Zealand.[16]", which prose leaves one token), a
// title's angle bracket ("<Jang Noksu>") or a closing bracket before more
// punctuation ("Gulf),[139]"), or a middle dot before a capital
// (gluedDot: "Sam Lee·Follow"). The span ends at that token, and cut is how
// many bytes of its text the name keeps (a sentence's full stop before
// the mark dropped: "Mandelin.[60" -> "Mandelin"), or -1 where no token has
// such a bracket.
func cutGluedBracket(toks []token, s tspan) (tspan, int) {
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		i := strings.IndexAny(w, "()[]<>{}")
		if d := gluedDot(w); d > 0 && (i <= 0 || d < i) {
			i = d
		}
		if i <= 0 {
			continue
		}
		w = withoutSentenceDot(strings.TrimRight(w[:i], ",;:"))
		s.t1 = k + 1
		if w == "" {
			s.t1 = k
		}
		return s, len(w)
	}
	return s, -1
}

// gluedDot returns where a middle dot or a bullet glued between a word and
// a capitalized one starts in token w ("Lee·Follow" of an author's line
// "Sam Lee·Follow", "News•Politics"), 0 if none: no name runs across it,
// while the Catalan "l·l" ("Col·legi") goes on in lower case.
func gluedDot(w string) int {
	for _, sep := range []string{"\u00b7", "\u2022"} {
		if i := strings.Index(w, sep); i > 0 && startsUpper(w[i+len(sep):]) {
			return i
		}
	}
	return 0
}

// sentenceDot reports whether the full stop that ends a name's last word w
// ("To." of "James To.", "Sox." of "the Chicago White Sox.", which prose
// keeps in the token) is the sentence's: w is a word of two letters or
// more without another full stop, not an abbreviation ("Jr.", "Corp.")
// nor an initial ("J.").
func sentenceDot(w string) bool {
	b := w[:len(w)-1]
	return utf8.RuneCountInString(b) >= 2 && !strings.Contains(b, ".") && !isAbbrev(b) && hasLetter(b)
}

// afterSentenceDot reports whether token i follows a word whose full
// stop, kept in the token, ends the sentence (sentenceDot): "an economist
// at Zorbco Ber. Newspaper Quelbin reported", where startsSentence sees
// no full stop of its own.
func afterSentenceDot(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	return endsWithSentenceDot(toks[i-1].Text)
}

// withoutSentenceDot returns w without its last full stop where that is
// the sentence's (sentenceDot): "Act" of "the Zorb Deterrence Act.".
func withoutSentenceDot(w string) string {
	if endsWithSentenceDot(w) {
		return w[:len(w)-1]
	}
	return w
}

// endsWithSentenceDot reports whether w ends in a full stop that is the
// sentence's (sentenceDot), which it asks only of a word that ends in one.
func endsWithSentenceDot(w string) bool {
	return strings.HasSuffix(w, ".") && sentenceDot(w)
}

// termAcronyms are the letters of common nouns, written in capitals as names
// are, that web pages use as words ("the API", "SEO tools", "a CSS file",
// "ROI"): not a name alone (none is a gold name alone in eng.train or
// eng.testa but "IPO" once, a headline marked both ways; dropping them
// changes no span of the GUM or Broad Twitter Corpus dev sets). Letters
// that are also a name in news stay out ("ETA" the Basque group, "PC",
// "TV", "AP", "EU", state codes). The last line added in the twelfth
// pass: an award's, a meeting's, a policy's, an address's and file
// formats' letters (not "CAB", also a board's). ETF and NAND, an
// exchange-traded fund's and a flash chip's letters, added in the fifth
// business audit (both typed organizations on made-up Reuters-style
// articles; neither is a name in eng.train or eng.testa).
var termAcronyms = setOf(`CSS HTML XML JSON URL URI HTTP HTTPS API SDK GUI UI UX FAQ SEO ROI KPI
CEO CFO CTO COO PDF CPU GPU RAM SSD HDD USB LED LCD HDR RGB VPN SSL TLS SSH SQL ETL CRM CMS LMS
PII MRI ECG EEG CBD THC DNA RNA COVID ADHD PTSD IPO GDP CAGR YOY EV SUV AWD HVAC PPE DIY FYI NFT
GPA GMAT LSAT MCAT MBA ISBN ISSN DSLR VR AI ML NLP QA LAN WAN DVR SVOD CTR ASCII SVG PHP IDE CLI
RPC DOM FOSS KYC APK EPS VAT XHR SRAM DRAM MCU GPIO HDL RTL DRC DMM ADC FPS HDMI DJ OTA SSO NAS SaaS IoT
WiFi Wi-Fi USB-C LTE 5G 4G OLED QLED NFC GPS ICU IVF ATM CPM CPC PPC DSP SSP RTB B2B B2C RSS SMS ISP
MVP PPR IP AGM BYOD MIME ASLR RAR LTIP STEM ETF NAND`)

// holidays are feasts, fasts and seasons named by one word: events, MISC
// in CoNLL-2003 (as "Christmas" and "Ramadan" would be), which the tagger
// takes for places ("the annual Hajj pilgrimage").
var holidays = setOf(`Hajj Umrah Ramadan Eid Diwali Deepavali Holi Navratri Christmas Easter Lent
Advent Passover Hanukkah Chanukah Purim Kwanzaa Thanksgiving Halloween Pentecost Muharram Ashura
Nowruz Vesak`)

// peoples are ethnic and religious groups named without a country's
// demonym, MISC in CoNLL-2003 ("Kurds" 12 of 12, "Hutu" 9 of 9, "Tutsis",
// "Bedouin"; not "Tamil", a part of "Tamil Nadu" and "Tamil Tigers"): the
// tagger takes the new ones for places ("the Rohingya").
var peoples = setOf(`Rohingya Rohingyas Uighur Uighurs Uyghur Uyghurs Yazidi Yazidis Kurd Kurds
Pashtun Pashtuns Hutu Hutus Tutsi Tutsis Sunnis Shiites Shias Alawites Druze Bedouin Bedouins
Tamils Copts Sikhs`)

// postNominals are the letters after a person's name ("QC", "OBE").
var postNominals = setOf(`QC KC SC MP MEP MSP OBE CBE MBE KBE DBE PhD MD Esq`)

// onlyParticles reports whether every token is a name particle ("de los").
func onlyParticles(toks []token) bool {
	for _, t := range toks {
		if l := strings.ToLower(t.Text); !nameParticles[l] && l != "los" && l != "las" {
			return false
		}
	}
	return true
}

// nameParticles are the lower-case words that join a surname in European and
// Arabic names.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"del": true, "della": true, "dos": true, "das": true, "du": true, "le": true, "la": true,
	"ter": true, "ten": true, "bin": true, "ibn": true, "al": true, "el": true,
}

// titleCase returns an all-capitals word as a name is written ("BRADFORD"
// -> "Bradford").
func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// lowerWords returns the words the text writes in lower case ("lower"),
// and those it capitalizes on their own inside a sentence ("upper": "the
// commission" and "the Commission"); a word capitalized only as a word of
// a longer name ("the University of Arkansas") is not counted.
func lowerWords(text string, toks []token) map[string]string {
	ws := make(map[string]string, len(toks)/4) // sized as lowerForms' is
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		switch {
		case unicode.IsLower(r):
			if _, ok := ws[t.Text]; !ok {
				ws[t.Text] = "lower"
			}
		case unicode.IsUpper(r) && !startsSentence(text, toks, i) && !inCapitalRun(toks, i):
			ws[strings.ToLower(t.Text)] = "upper"
		}
	}
	return ws
}

// commonNounStart reports whether span s is one word that starts a
// sentence and that the article writes in lower case elsewhere and never
// capitalized on its own inside a sentence: "University exhibits can reach
// out" in an article on "university collections" at "the University of
// Arkansas" is no name.
func commonNounStart(text string, toks []token, s tspan, lower map[string]string) bool {
	if s.t1-s.t0 > 1 && startsSentence(text, toks, s.t0) {
		return commonPhraseStart(text, toks, s, lower)
	}
	if s.t1-s.t0 != 1 || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := toks[s.t0].Text
	if isAcronym(w) || !startsUpper(w) {
		return false
	}
	return lowered(lower, w) == "lower"
}

// commonPhraseStart reports whether span s, two words or more at a
// sentence's or a line's start, is a heading or a list item's words rather
// than a name: every word is one the article writes in lower case elsewhere
// and never capitalizes on its own ("Search Engines", "Wireless
// Earphones", "Smarter Portions"), and the words are never capitalized
// together inside a sentence (where "White House" would be).
func commonPhraseStart(text string, toks []token, s tspan, lower map[string]string) bool {
	n := s.t1 - s.t0
	if namedLike(toks, s) {
		return false
	}
	if s.t1 < len(toks) && toks[s.t1].Text == "(" {
		return false // a name its acronym follows: "Customer Acquisition Cost (CAC)"
	}
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		if !startsUpper(w) || isAcronym(w) || lowered(lower, w) != "lower" {
			return false
		}
	}
	for i := 0; i+n <= len(toks); i++ {
		if i == s.t0 || startsSentence(text, toks, i) {
			continue
		}
		if sameTokens(toks, i, s.t0, n) {
			return false
		}
	}
	return true
}

// namedLike reports whether span s is shaped as a name, which the
// common-phrase rules (commonPhraseStart, commonPluralPhrase) leave alone
// however common its words: it ends in a body's or a company's head word or
// a legal suffix ("Foreign Ministry", "Chemical Abstracts Service"), holds
// "of" ("Organisation for ... of ..."), or starts with a title's or a
// paper's "The" (“The Magazine”).
func namedLike(toks []token, s tspan) bool {
	last := strings.ToLower(toks[s.t1-1].Text)
	return orgHeads[last] || companyHeads[last] || legalSuffixes[last] || hasToken(toks[s.t0:s.t1], "of") || toks[s.t0].Text == "The"
}

// commonPluralPhrase reports whether span s, two words or more inside a
// sentence, is a title-cased term rather than a name: its last word is a
// plural, and every word but an acronym is one the article writes in lower
// case elsewhere and never capitalizes on its own ("Intensive Care Units",
// "Demand Side Platforms", "the Listed IP Addresses"). A plural head the
// article writes in lower case is a kind of thing, not the one thing a
// name picks out; a team's or a party's plural ("Blue Jays", "Free
// Democrats") is not a word the article writes in lower case.
func commonPluralPhrase(text string, toks []token, s tspan, lower map[string]string) bool {
	if s.t1-s.t0 < 2 || s.typ == newsner.Person || startsSentence(text, toks, s.t0) {
		return false
	}
	last := toks[s.t1-1].Text
	ll := strings.ToLower(last)
	if len(ll) < 4 || !strings.HasSuffix(ll, "s") || strings.HasSuffix(ll, "ss") || isAcronym(last) {
		return false
	}
	if namedLike(toks, s) {
		return false
	}
	common := 0
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		if isAcronym(w) {
			continue
		}
		if !startsUpper(w) || lowered(lower, w) != "lower" {
			return false
		}
		common++
	}
	return common >= 2
}

// anyLower reports whether the article writes one of words in lower case
// (lowerWords): "THE ISLAND" is a paper on an island, not Iceland's "Island".
func anyLower(words []string, lower map[string]string) bool {
	for _, w := range words {
		if lower[w] == "lower" {
			return true
		}
	}
	return false
}

// vesselPrefixes start the name of a ship or a spacecraft ("RMS Titanic",
// "USS Cole", "Space Shuttle Atlantis"): vehicles, MISC in CoNLL-2003.
var vesselPrefixes = []string{"RMS ", "HMS ", "USS ", "USNS ", "HMAS ", "HMCS ", "HMNZS ", "MV ", "Space Shuttle"}

// vesselName reports whether name is a ship's or a spacecraft's.
func vesselName(name string) bool {
	for _, p := range vesselPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

var (
	orgListOnce  sync.Once
	orgListFirst map[string][][]string // first token -> the listed forms it starts, as tokens, longest first
)

// orgListForms returns the forms of the news outlets and armed groups of
// the lists (orgLists) that addListedOrgSpans looks for, by first token:
// not acronyms ("AP", "CNN": the tagger finds those, and "AP" is also a
// course), nor forms all in lower case ("dpa").
func orgListForms() map[string][][]string {
	orgListOnce.Do(func() {
		nameIndex()
		orgListFirst = map[string][][]string{}
		seen := map[string]bool{}
		for _, key := range orgListIdx {
			if seen[key] {
				continue
			}
			seen[key] = true
			forms, ok := listedOnlyForms[key]
			if !ok {
				forms = namesForms[key]
			}
			for _, form := range forms {
				if isAcronym(form) || strings.ToLower(form) == form {
					continue
				}
				ws := splitWords(form)
				orgListFirst[ws[0]] = append(orgListFirst[ws[0]], ws)
			}
		}
		for _, fs := range orgListFirst {
			sort.Slice(fs, func(i, j int) bool {
				if len(fs[i]) != len(fs[j]) {
					return len(fs[i]) > len(fs[j])
				}
				return strings.Join(fs[i], " ") < strings.Join(fs[j], " ")
			})
		}
	})
	return orgListFirst
}

// capsOutletSpans extends a span in capitals over the word in capitals
// right after it when the two are a listed news outlet's name (listedOrg),
// and makes it an organization: a credit's paper in capitals ("(Photo:
// Jane Quimble, USA TODAY)"), where the tagger takes "USA" for the place
// and leaves "TODAY" out.
func capsOutletSpans(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t1
		if k >= len(toks) || !isAllCaps(toks[k].Text) || i+1 < len(spans) && spans[i+1].t0 <= k {
			continue
		}
		caps := true
		for j := s.t0; j < k && caps; j++ {
			caps = isAllCaps(toks[j].Text)
		}
		if caps && listedOrg(joinTokens(toks[s.t0:k+1])) {
			spans[i] = tspan{newsner.Organization, s.t0, k + 1}
		}
	}
	return spans
}

// addListedOrgSpans adds an organization's span over each listed news
// outlet's or armed group's name (orgListForms) that the tagger left
// untagged ("according to Bloomberg", "reports Business Insider", "The
// Guardian reports:") or tagged in part ("al" + "Shabaab", a place),
// replacing the tagged part. A name counts where it stands alone: no
// tagged name across its edges, no capitalized word right after it
// ("Engadget Score"), none right before it but at a sentence's start or
// a sentence's "The" ("the" before it stays out of it: "the Guardian")
// or a word that opens the clause (openerBefore: "On Tuesday Proekt
// said"), and no word of it the
// surname of a person's name of two words or more that the tagger found
// ("Michael Bloomberg", "Kate Forbes") or after an honorific (personWord).
func addListedOrgSpans(text string, toks []token, spans []tspan) []tspan {
	forms := orgListForms()
	var add []tspan
	sorted := spansInOrder(spans)
	var people map[string]bool // personWords, made at the first listed name
	var plain plainNames       // plain.inText, made at the first listed name
	for k := 0; k < len(toks); k++ {
		w, skip := toks[k].Text, 0
		if w == "the" {
			w, skip = "The", 1 // "the Guardian": the name without its "the"
		}
		for _, ws := range forms[w] {
			a, e := k+skip, k+len(ws)
			if e > len(toks) || !matchWords(toks, a, ws[skip:], nil) {
				continue
			}
			e = addListedSuffixes(toks, e)
			over := overlapping(spans, sorted, a, e)
			if !allInside(spans, over, a, e) || len(over) > 0 && ws[0] == "The" && skip == 0 && spans[over[0]].t0 == a+1 {
				continue // across a tagged name, or only a "The" more: addNewspaperThe's
			}
			if e < len(toks) && startsUpper(toks[e].Text) && !suffixStopEnds(text, toks, e-1) && !lineTail(text, toks, a, e) || a > 0 && skip == 0 && startsUpper(toks[a-1].Text) && !startsSentence(text, toks, a) && !sentenceThe(text, toks, a-1) && !openerBefore(text, toks, spans, sorted, a, e) || personWord(&people, toks, spans, ws[skip:]) && personWordOutside(toks, spans, ws[skip:], a, e) || plain.inText(toks, ws) || plainUse(strings.Join(ws, " "), toks, a, e, true) {
				break
			}
			add = append(add, tspan{newsner.Organization, a, e})
			k = e - 1
			break
		}
	}
	return replaceSpans(spans, add) // the spans inside each listed name go
}

// lineTail reports whether tokens [a,e) end their line after other words
// on it: a newline stands between token e-1 and the next, none between
// token a and the one before. A credit or social line ends in an outlet's
// or a network's name with no stop after it ("Follow @zorbnews on
// Twitter", "By Jane Roe, Reuters"); the capitalized word that opens the
// next line is no more of that name. A line that is the name alone (an
// agency's byline, "Associated Press", which article texts leave out)
// is not one.
func lineTail(text string, toks []token, a, e int) bool {
	return a > 0 && e < len(toks) && strings.IndexByte(text[toks[e-1].BEnd:toks[e].BStart], '\n') >= 0 &&
		strings.IndexByte(text[toks[a-1].BEnd:toks[a].BStart], '\n') < 0
}

// addListedSuffixes returns where a listed organization's name that ends
// at token e ends with the legal suffixes right after it, which are part
// of it ("Royal Dutch Shell Plc", where the tagger took "Dutch Shell Plc"
// and a demonym's cut left "Shell Plc" on a made-up Reuters-style article,
// fourth audit).
func addListedSuffixes(toks []token, e int) int {
	for e < len(toks) && e > 0 && toks[e-1].End < toks[e].Start && lowered(legalSuffixes, strings.TrimSuffix(toks[e].Text, ".")) && startsUpper(toks[e].Text) {
		e++
	}
	return e
}

// suffixStopEnds reports whether token k is a legal suffix with a glued
// full stop that ends its sentence ("... Royal Dutch Shell Plc. HSBC
// said"): the capitalized word after it starts the next sentence, not
// more of the name.
func suffixStopEnds(text string, toks []token, k int) bool {
	return suffixStop(toks[k].Text) && sentenceStop(text, toks, k)
}

// overlapping returns the indexes of the spans that overlap tokens
// [a,e). Where the spans are in order (sorted: spansInOrder, as the
// tagger's are), the walk starts at the first that ends after a and stops
// at one starting at e or later, so a page of many listed names and many
// spans is not walked once per name.
func overlapping(spans []tspan, sorted bool, a, e int) []int {
	var over []int
	i := 0
	if sorted {
		i = sort.Search(len(spans), func(j int) bool { return spans[j].t1 > a })
	}
	for ; i < len(spans); i++ {
		s := spans[i]
		if sorted && s.t0 >= e {
			break
		}
		if s.t0 < e && a < s.t1 {
			over = append(over, i)
		}
	}
	return over
}

// allInside reports whether the spans over (indexes into spans) all lie
// within tokens [a,e).
func allInside(spans []tspan, over []int, a, e int) bool {
	for _, i := range over {
		if spans[i].t0 < a || spans[i].t1 > e {
			return false
		}
	}
	return true
}

// newsmakerForms returns the forms of the people of names/newsmakers.tsv
// by first token, longest first, as orgListForms does the outlets'.
var newsmakerForms = sync.OnceValue(func() map[string][][]string {
	return listFormsByFirst("names/newsmakers.tsv", func([]string) bool { return true })
})

// listFormsByFirst reads the forms (third column on) of a names/ list
// whose forms keep accepts, as tokens, by first token, longest first.
func listFormsByFirst(file string, keep func(ws []string) bool) map[string][][]string {
	first := map[string][][]string{}
	data, err := namesFS.ReadFile(file)
	if err != nil {
		return first
	}
	for _, line := range strings.Split(string(data), "\n") {
		fs := strings.Split(line, "\t")
		if len(fs) < 3 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		for _, form := range fs[2:] {
			if ws := splitWords(form); len(ws) > 0 && keep(ws) {
				first[ws[0]] = append(first[ws[0]], ws)
			}
		}
	}
	for _, fs := range first {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i]) > len(fs[j]) })
	}
	return first
}

// addListedPersonSpans makes a person's span of each mention of a listed
// newsmaker (newsmakerForms) that the tagger left untagged ("Xi Jinping
// spoke"), typed otherwise ("Elon Musk said", "Tedros said": a first name
// its lists lack read as a company's word) or tagged in part ("Liu" of
// "Liu He", "Tayyip Erdogan"), replacing what it tagged inside. A name
// counts where no tagged name crosses its edges and no capitalized word
// follows it ("Xi Jinping Thought"). Thirteenth pass (b).
func addListedPersonSpans(toks []token, spans []tspan) []tspan {
	forms := newsmakerForms()
	var add []tspan
	sorted := spansInOrder(spans)
	for k := 0; k < len(toks); k++ {
		for _, ws := range forms[toks[k].Text] {
			e := k + len(ws)
			if e > len(toks) || !matchWords(toks, k, ws, nil) {
				continue
			}
			if e < len(toks) && startsUpper(toks[e].Text) {
				break
			}
			over := overlapping(spans, sorted, k, e)
			if !allInside(spans, over, k, e) || len(over) == 1 && spans[over[0]] == (tspan{newsner.Person, k, e}) {
				break // across a tagged name, or a person already
			}
			add = append(add, tspan{newsner.Person, k, e})
			k = e - 1
			break
		}
	}
	return replaceSpans(spans, add) // the spans inside each name go
}

// partyMembers are a party's members or its adjective after a
// legislative chamber's name ("House Democrats", "Senate Republican
// leaders").
var partyMembers = setOf(`Democrats Republicans Democratic Republican`)

// splitAtInnerThe splits an organization's span at a "the" inside it that
// follows a listed organization's whole name ("told the Associated Press
// the Justice Department had found", which the tagger runs into one
// name): the second name starts after the article, which is no part of
// either. "Bank of the West" keeps its "the" (no listed name before it).
// Thirteenth pass (b).
func splitAtInnerThe(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ == newsner.Organization {
			for k := s.t0 + 1; k+1 < s.t1; k++ {
				if toks[k].Text == "the" && startsUpper(toks[k+1].Text) && listedOrg(joinTokens(toks[s.t0:k])) {
					return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
				}
			}
		}
		return s, s, false
	})
}

// splitAtSuffixStop splits an organization's span after a legal suffix
// with a glued full stop inside it that ends a sentence (sentenceStop):
// "from Zorbco Holdings Plc. Quelb Airlines Co said", which the tagger
// runs into one name on a made-up Reuters-style article (fourth audit).
// A suffix before another ("Zorbco Co. Ltd.") or a word in lower case
// stays inside.
func splitAtSuffixStop(text string, toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ == newsner.Organization {
			for k := s.t0 + 1; k+1 < s.t1; k++ {
				if suffixStop(toks[k].Text) && !lowered(legalSuffixes, strings.TrimSuffix(toks[k+1].Text, ".")) && sentenceStop(text, toks, k) {
					return tspan{s.typ, s.t0, k + 1}, tspan{s.typ, k + 1, s.t1}, true
				}
			}
		}
		return s, s, false
	})
}

// splitAtInnerPossessive splits an organization's span at an "'s" inside
// it after one word that is a body's head word (orgHeads: "Bank",
// "Commission") and before two words or more that end in one: a body
// and its organ ("the Bank's Financial Policy Committee", which the tagger
// runs into one name on a made-up Reuters-style article, fourth audit;
// CoNLL-2003 marks the two names). "People's Bank of China", "Moody's
// Investors Service" stay whole (no head word before; a listed name
// before, tried too, split "Moody's Investors Service" in eng.train).
func splitAtInnerPossessive(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		k := s.t0 + 1
		cut := s.typ == newsner.Organization && s.t1-k >= 3 && isPossessive(toks[k].Text) && toks[k-1].End == toks[k].Start &&
			lowered(orgHeads, toks[s.t1-1].Text) &&
			lowered(orgHeads, toks[s.t0].Text)
		return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, cut
	})
}

// splitAtInnerVerb splits a span of any type at a word inside it in
// lower case that the tagger's part of speech gives as a finite verb of
// four letters or more ("the Zorbville Times utilized Quelbnet and
// Flinko", which the tagger runs into one name "Times utilized
// Quelbnet"): the subject's name and the object's, each capitalized,
// where a name holds no verb; both sides keep the span's type for the
// type rules to look at. Short verbs stay inside ("The Land is Ours", a
// group in eng.train; "Bild am Sonntag"), as do words of a language
// other than English, which the tagger does not give as verbs.
func splitAtInnerVerb(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		for k := s.t0 + 1; k+1 < s.t1; k++ {
			w := toks[k].Text
			if innerVerb(toks[k]) && startsUpper(toks[k-1].Text) && startsUpper(toks[k+1].Text) && len(w) >= 4 {
				return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
			}
		}
		return s, s, false
	})
}

// innerVerb reports whether t is a word in lower case, letters only, that
// the part-of-speech tagger gives as a finite verb (VBD, VBZ, VBP) or that
// ends in "ed" with five letters or more (the tagger gives "utilized"
// between two proper nouns as an adjective). No name of eng.train or
// eng.testa holds such a word in lower case: the words in lower case
// inside their names are joiners ("of", "de", "van") and a few nouns.
func innerVerb(t token) bool {
	if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" && !(len(t.Text) >= 5 && strings.HasSuffix(t.Text, "ed")) {
		return false
	}
	for _, r := range t.Text {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// splitAtSentenceStop cuts a span at a word inside it that ends in a full
// stop and is a common word, not a name's abbreviation or initial: the
// stop ends a sentence and the span runs past it ("We are here to Get. It.
// OUT", which the tagger read as a person "Get. It"). The word's test is
// the training corpora's (commonWordStop), so "St.", "Dr.", "Co." and
// initials stay inside; no name of eng.train holds such a word. A common
// word alone before the stop is dropped, as is one alone after it ("It");
// longer parts keep the span's type for the type rules.
func splitAtSentenceStop(toks []token, spans []tspan) []tspan {
	var out []tspan // nil until the first cut
	for i, s := range spans {
		parts := []tspan{s}
		for k := s.t0; k+1 < s.t1; k++ {
			if commonWordStop(toks[k].Text) && startsUpper(toks[k+1].Text) {
				parts = nil
				for _, p := range []tspan{{s.typ, s.t0, k + 1}, {s.typ, k + 1, s.t1}} {
					if p.t1-p.t0 > 1 || !usuallyLower(strings.TrimSuffix(toks[p.t0].Text, "."), 20, 10) {
						parts = append(parts, p)
					}
				}
				break
			}
		}
		if len(parts) == 1 && parts[0] == s {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]tspan, 0, len(spans)+1), spans[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return spans
	}
	return out
}

// sentenceAdverbs are adverbs that open a sentence and start no name: no
// name of eng.train starts with one, and the tagger, seeing one capitalized
// before a name, runs the two together ("Even Quelb had his water",
// a person "Even Quelb"). Words that do start names ("Just Eat", "Still
// Game", "Now TV", "Only Fools and Horses") are left out.
var sentenceAdverbs = setOf(`Even Also Yet Perhaps Maybe Meanwhile Instead Indeed However Thus Hence
Otherwise Already Nevertheless Nonetheless Moreover Furthermore Actually Apparently Obviously
Clearly Certainly Surely Finally Eventually Sometimes Often Usually Rarely Unfortunately Fortunately Frankly`)

// sentenceImperatives are verbs and cheers that open a sentence addressed to
// the reader and start no name ("Read Quelbin Zorbaky's column", "Kudos
// Jane Quimble"); no name of eng.train, eng.testa or the page sets' lists
// starts with one, and the tagger runs them into the name after them.
var sentenceImperatives = setOf(`Read Listen Tell Thank Imagine Kudos Bravo`)

// cutLeadAdverbs cuts a sentence's opening adverb (sentenceAdverbs) or
// imperative (sentenceImperatives) off a span of two words or more that
// starts the sentence.
func cutLeadAdverbs(text string, toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if w := toks[s.t0].Text; s.t1-s.t0 > 1 && (sentenceAdverbs[w] || sentenceImperatives[w]) && startsSentence(text, toks, s.t0) {
			spans[i].t0++
		}
	}
	return spans
}

// cutPastInitial cuts a person's span that starts with a surname and an
// initial after it, two words or more following: the initial's full stop
// ends a citation's author ("Quimble D. Zorb Rev Quelbol.", a reference
// list's author and journal, which the tagger ran into one person). No
// person of eng.train has two words after an inner initial ("George W.
// Bush"), a generational suffix or a regnal number apart ("Benigno S.
// Aquino III"); a first name before the initial ("Lyndon B. Johnson Space
// Center") is no citation's surname. The words after the stop are
// dropped.
func cutPastInitial(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t0 + 1
		if s.typ != newsner.Person || k >= s.t1 || firstName(toks[s.t0].Text) {
			continue
		}
		e := k + 1 // after the initial's full stop
		if initialAt(toks, k) {
			e = k + 2
		} else if !gluedInitial(toks[k].Text) {
			continue
		}
		end := s.t1
		for end > e && (regnalNumbers[toks[end-1].Text] || nameSuffixes[toks[end-1].Text]) {
			end--
		}
		if end-e >= 2 {
			spans[i].t1 = e
		}
	}
	return spans
}

// gluedInitial reports whether w is one capital letter and a full stop.
func gluedInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n+1 == len(w) && w[n] == '.' && unicode.IsUpper(r)
}

// commonWordStop reports whether w is a word of two letters or more with
// a full stop glued on that the training corpora usually write in lower
// case ("Get.", "It."): no abbreviation ("Corp.", "U.S.").
func commonWordStop(w string) bool {
	stem, ok := strings.CutSuffix(w, ".")
	if !ok || len(stem) < 2 || strings.Contains(stem, ".") {
		return false
	}
	for _, r := range stem {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return usuallyLower(stem, 20, 10)
}

// sharedHeads are the plural head words of two bodies named before them
// with one "and" ("the Treasury and Commerce departments").
var sharedHeads = setOf(`departments ministries agencies committees councils commissions courts banks`)

// splitSharedHeadPair splits an organization's span "X and Y" that stands
// right before a plural head word in lower case (sharedHeads) into its two
// names: two bodies sharing the head ("the U.S. Treasury and Commerce
// departments" gave one ORG on a made-up Reuters-style article, fourth
// audit). A span with no such plural after it stays whole ("Securities and
// Exchange Commission").
func splitSharedHeadPair(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ == newsner.Organization && s.t1 < len(toks) && sharedHeads[toks[s.t1].Text] {
			for k := s.t0 + 1; k+1 < s.t1; k++ {
				if toks[k].Text == "and" {
					return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
				}
			}
		}
		return s, s, false
	})
}

// addHouseSpans adds an organization's span over "Commons" or "Lords"
// left untagged after "the" in lower case and before no capitalized word
// ("The Commons will vote on Wednesday, and the Lords on Thursday"): the
// British Parliament's houses by their short names, organizations as
// "House of Commons" is in CoNLL-2003. Thirteenth pass (b).
func addHouseSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	j := 0
	for k := 1; k < len(toks); k++ {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		if w := toks[k].Text; w != "Commons" && w != "Lords" || j < len(spans) && spans[j].t0 <= k {
			continue
		}
		if p := toks[k-1].Text; p != "the" && p != "The" || k+1 < len(toks) && startsUpper(toks[k+1].Text) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add) // over untagged tokens: nothing goes
}

// splitChamberMembers splits an organization's span that is a chamber's
// name and its party's members ("Senate Democrats blocked the bill",
// which the tagger reads as one body at a sentence's start) into the
// chamber, an organization, and the members, MISC, as CoNLL-2003 marks
// them ("House Democrats"). Thirteenth pass (b).
func splitChamberMembers(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		split := s.typ == newsner.Organization && s.t1-s.t0 == 2 && partyMembers[toks[s.t0+1].Text] &&
			(toks[s.t0].Text == "House" || toks[s.t0].Text == "Senate")
		return tspan{newsner.Organization, s.t0, s.t0 + 1}, tspan{misc, s.t0 + 1, s.t1}, split
	})
}

// splitEach returns spans with each span that split cuts (ok) replaced by
// its two parts, in order; spans itself, not copied, when split cuts none.
// The span rules that cut one name into two share it (splitAtInnerThe,
// splitAtSuffixStop, splitAtInnerPossessive, splitSharedHeadPair,
// splitChamberMembers).
func splitEach(spans []tspan, split func(s tspan) (a, b tspan, ok bool)) []tspan {
	var out []tspan // nil until the first split
	for i, s := range spans {
		a, b, ok := split(s)
		if ok && out == nil {
			out = append(make([]tspan, 0, len(spans)+1), spans[:i]...)
		}
		switch {
		case ok:
			out = append(out, a, b)
		case out != nil:
			out = append(out, s)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// addChamberSpans adds an organization's span over "House" or "Senate"
// left untagged right before a MISC span of a party's members or its
// adjective ("House Democrats passed the bill", which the tagger reads as
// the party's members alone; it tags "Senate" of "Senate Republicans"):
// the chamber, an organization, its members MISC. Not after a
// capitalized word ("White House Democrats"), but at a sentence's start.
// Thirteenth pass (b).
func addChamberSpans(text string, toks []token, spans []tspan) []tspan {
	var add []tspan
	for i, s := range spans {
		k := s.t0 - 1
		if s.typ != misc || s.t1-s.t0 != 1 || k < 0 || !partyMembers[toks[s.t0].Text] {
			continue
		}
		if w := toks[k].Text; w != "House" && w != "Senate" || toks[k].BEnd == toks[s.t0].BStart {
			continue
		}
		if i > 0 && spans[i-1].t1 > k {
			continue // tagged already
		}
		if k > 0 && startsUpper(toks[k-1].Text) && !startsSentence(text, toks, k) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add) // over untagged tokens: nothing goes
}

// addSlashPairSpans adds an organization's span over a token no span
// holds that is two listed organizations' names joined by a slash
// ("Pfizer/BioNTech vaccine", "Zorbco/Quelbix"), which the tagger leaves
// untagged; cutSlash and slashMentions then make each name a mention of
// its own, as they do for a tagged "Oxford/AstraZeneca".
func addSlashPairSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	j := 0
	for k, t := range toks {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		if j < len(spans) && spans[j].t0 <= k {
			continue
		}
		a, b, ok := strings.Cut(t.Text, "/")
		if !ok || !startsUpper(a) || !startsUpper(b) || strings.Contains(b, "/") {
			continue
		}
		if listKey(a, newsner.Organization) != "" && listKey(b, newsner.Organization) != "" {
			add = append(add, tspan{newsner.Organization, k, k + 1})
		}
	}
	return replaceSpans(spans, add) // over untagged tokens: nothing goes
}

// sentenceThe reports whether token k is "The" starting a sentence, which
// addListedOrgSpans reads as it reads "the" ("The Office of the
// Comptroller of the Currency said"; thirteenth pass), or another
// determiner capitalized only as a sentence's first word (sentenceDeterminers:
// "His Zorbia Quelb Movement party said"; world audit, eighteenth pass,
// where "His" kept a listed party's name from being found on a made-up
// Reuters-style article).
func sentenceThe(text string, toks []token, k int) bool {
	return (toks[k].Text == "The" || sentenceDeterminers[toks[k].Text]) && startsSentence(text, toks, k)
}

// sentenceDeterminers are determiners and possessive pronouns as a
// sentence's first word, no part of a name after them.
var sentenceDeterminers = setOf(`A An His Her Its Their Our This That These Those`)

// spansInOrder reports whether spans start and end in token order: each
// starts and ends no earlier than the one before it.
func spansInOrder(spans []tspan) bool {
	for i := 1; i < len(spans); i++ {
		if spans[i].t0 < spans[i-1].t0 || spans[i].t1 < spans[i-1].t1 {
			return false
		}
	}
	return true
}

// addSpaceBodySpans adds a place's span over each planet's or moon's name
// (spaceBodies) the tagger left untagged in a text about space
// (spaceText: "Getting to the Moon", "send astronauts to Mars"), where it
// stands alone: not at a sentence's start, no capitalized word right
// before it ("Blue Moon", "Bruno Mars") or after it.
func addSpaceBodySpans(text string, toks []token, spans []tspan, about *topics) []tspan {
	var add []tspan
	j := 0 // spans[j:] end after token k
	for k := 1; k+1 < len(toks); k++ {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		if !spaceBodies[toks[k].Text] || j < len(spans) && spans[j].t0 <= k || startsUpper(toks[k-1].Text) || startsUpper(toks[k+1].Text) || startsSentence(text, toks, k) {
			continue
		}
		if about.spaceText() {
			add = append(add, tspan{newsner.Location, k, k + 1})
		}
	}
	return replaceSpans(spans, add) // over untagged tokens: nothing goes
}

// personWord reports whether one of words is the last word of a span
// tagged a person of two tokens or more that is no listed organization's
// ("Michael Bloomberg"; not "Al" of "Al Gore", nor "Jazeera" of "Al
// Jazeera" tagged a person), or stands after an honorific ("Mr
// Bloomberg"), tagged or not.
// The words are gathered in *people at the first call, one pass over the
// text and the spans, and looked up after: a page of many listed names is
// not walked once per name.
func personWord(people *map[string]bool, toks []token, spans []tspan, words []string) bool {
	if *people == nil {
		set := map[string]bool{}
		for k := range toks {
			if afterHonorific(toks, k) {
				set[toks[k].Text] = true
			}
		}
		for _, s := range spans {
			if s.typ == newsner.Person && s.t1-s.t0 >= 2 && !listedOrg(joinTokens(toks[s.t0:s.t1])) {
				set[toks[s.t1-1].Text] = true
			}
		}
		*people = set
	}
	for _, w := range words {
		if (*people)[w] {
			return true
		}
	}
	return false
}

// sectionTopics are the words a news site's section menu puts before
// "News" ("World News", "Business News", "Royal Family News").
var sectionTopics = setOf(`world business politics political sports sport tech technology entertainment
lifestyle health science markets money culture travel opinion local national international breaking
latest top royal family education auto autos crime weather celebrity gaming video photo election
elections environment economy finance food style arts media city state regional global trending`)

// sectionLabel reports whether the span over tokens [t0,t1) is a news
// site's section label: a line of its own (or after "More from" alone,
// moreFromLead), or a line's start before a colon ("Royal Family News: Queen Elizabeth's photos ..."), that is
// "News" after topic words (sectionTopics), a place or a demonym ("World
// News", "India News"), and no listed news outlet ("Sky News", "Fox
// News").
func sectionLabel(text string, toks []token, t0, t1 int) bool {
	if t1-t0 < 2 || toks[t1-1].Text != "News" {
		return false
	}
	if t0 > 0 && !strings.ContainsRune(text[toks[t0-1].BEnd:toks[t0].BStart], '\n') && !moreFromLead(text, toks, t0) {
		return false
	}
	if t1 < len(toks) && toks[t1].Text != ":" && !strings.ContainsRune(text[toks[t1-1].BEnd:toks[t1].BStart], '\n') {
		return false
	}
	words := make([]string, 0, t1-t0-1)
	topics := true
	for k := t0; k < t1-1; k++ {
		words = append(words, toks[k].Text)
		topics = topics && lowered(sectionTopics, toks[k].Text)
	}
	before := strings.Join(words, " ")
	return (topics || knownPlace(before) || len(words) == 1 && isDemonym(before)) && !listedOrg(before+" News")
}

// moreFromLead reports whether the tokens before t0 on its line are a
// link's "More from", "More in", "Latest from" or "Latest in" ("More from
// Local News"): a section's label follows, as on a line of its own.
func moreFromLead(text string, toks []token, t0 int) bool {
	if t0 < 2 || toks[t0-2].Text != "More" && toks[t0-2].Text != "Latest" || toks[t0-1].Text != "from" && toks[t0-1].Text != "in" {
		return false
	}
	return t0 == 2 || strings.ContainsRune(text[toks[t0-3].BEnd:toks[t0-2].BStart], '\n')
}

// Descriptors a sentence starts with before a company's name, capitalized
// there ("Drugmaker Pfizer Inc said", "Retailer Kohl's"): companyDescriptors
// say that the name is a company's, roleDescriptors a company's or a
// person's ("Broker Khurshid Alam said"). None starts a name: "Bank",
// "Airline", "Group", "Fund" are left out ("Bank of England", "Airline
// Pilots Association"). "Opposition", "Ruling" and "Rival" added in the
// thirteenth pass (b): "Opposition Labour Party leader Keir Starmer",
// "Rival Lowe's".
var (
	companyDescriptors = setOf(`drugmaker drugmakers carmaker automaker chipmaker planemaker
aircraft-maker retailer e-tailer insurer reinsurer lender startup start-up conglomerate brewer refiner
steelmaker toymaker smartphone-maker meatpacker lessor`)
	roleDescriptors = setOf(`broker miner opposition ruling rival owner`)
)

// cutLeadDescriptor cuts a descriptor (companyDescriptors,
// roleDescriptors) off the start of a span of two words or more at a
// sentence's or a line's start or after a dash (a dateline's "(Reuters)
// -"), where the next word is capitalized: the tagger reads the
// capitalized common noun as the name's first word, as it does a person's
// title; CoNLL-2003 leaves it out ("Publisher/O VNU/ORG",
// "Broker/O Khurshid/PER"). After a company's descriptor a name tagged a
// person or a place is an organization ("Retailer Kohl" was a person);
// after a role's it keeps its type ("Broker Khurshid Alam").
func cutLeadDescriptor(text string, toks []token, s tspan) tspan {
	if s.t1-s.t0 < 2 || !startsUpper(toks[s.t0].Text) || !startsUpper(toks[s.t0+1].Text) || !(startsSentence(text, toks, s.t0) || afterDash(toks, s.t0)) {
		return s
	}
	w := strings.ToLower(toks[s.t0].Text)
	switch {
	case companyDescriptors[w]:
		s.t0++
		if s.typ == newsner.Person || s.typ == newsner.Location {
			s.typ = newsner.Organization
		}
	case roleDescriptors[w] || makerWord(w):
		s.t0++
	}
	return s
}

// leadDescriptor reports whether w is a word cutLeadDescriptor cuts off a
// name's start: a company's or a role's descriptor or a maker's noun.
func leadDescriptor(w string) bool {
	w = strings.ToLower(w)
	return companyDescriptors[w] || roleDescriptors[w] || makerWord(w)
}

// kindNouns are the kinds of body a sentence names right before the
// body's name, capitalized there ("Newspaper Zorbin reported", "Union
// Quelbi said"), which CoNLL-2003 leaves out of the name as it does
// cutLeadDescriptor's words. Unlike those, they also start names of their
// own ("Daily Mail", "Union Pacific", "Paper Mate"), so cutLeadKindNoun
// cuts them only where the rest is surely the name.
var kindNouns = setOf(`newspaper paper daily weekly tabloid magazine broadcaster website union`)

// cutLeadKindNoun cuts a body's kind (kindNouns) off the start of a span
// of two words or more at a sentence's or a line's start (after a name's
// full stop too: afterSentenceDot) or after a dash, where the next word
// is capitalized, the whole is no listed organization's name ("Union
// Pacific", "Daily Mail", however typed), and either the rest is a listed
// organization's name, not a common word ("Newspaper Clarin reported",
// "Tabloid Bild said"; eng.train's heading "DAILY NEWS" stays) or the
// tagger typed the whole a person, a name no person's starts with ("Union
// Verdi said" was a person). What is left is an organization. A span
// typed a place is a place's name ("Union Square"). Blind audit m:
// "Newspaper Clarin" (an election in Argentina), "Newspaper Folha de
// S.Paulo" (a court's ban in Brazil) and "Union Verdi" (a bank's stake in
// a rival), each one organization too long or a person.
func cutLeadKindNoun(text string, toks []token, s tspan) tspan {
	if s.t1-s.t0 < 2 || !lowered(kindNouns, toks[s.t0].Text) || !startsUpper(toks[s.t0].Text) || !startsUpper(toks[s.t0+1].Text) || !(startsSentence(text, toks, s.t0) || afterDash(toks, s.t0) || afterSentenceDot(toks, s.t0)) {
		return s
	}
	if s.typ == newsner.Location || isAllCaps(toks[s.t0].Text) {
		return s // a place's name ("Union Square"), a heading in capitals ("DAILY NEWS")
	}
	if whole := spanWords(toks, s.t0, s.t1); listedOrg(whole) || listKey(whole, newsner.Organization) != "" {
		return s // a listed name of its own ("Union Pacific"), whatever the tagger typed it
	}
	if s.typ != newsner.Person {
		rest := spanWords(toks, s.t0+1, s.t1)
		if !listedOrg(rest) && listKey(rest, newsner.Organization) == "" || usuallyLower(toks[s.t0+1].Text, 20, 10) {
			return s // "Daily News": the rest a common word
		}
	}
	s.t0++
	s.typ = newsner.Organization
	return s
}

// afterDash says whether token i follows a dash, as a story's first word
// follows its dateline ("NEW YORK (Reuters) - Drugmaker Pfizer Inc said").
func afterDash(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Text {
	case "-", "--", "\u2013", "\u2014":
		return true
	}
	return false
}

// cutLeadCommonWords cuts the first word off a span of two words or more
// at a sentence's or a line's start where that word is one the article
// writes in lower case and never capitalizes on its own inside a sentence
// (lowerWords: "even", "northern"), and the rest of the span is a name the
// tagger found elsewhere inside a sentence on its own ("Even Dub had his
// water" beside "Dub", "Northern Iraq has been" beside "Iraq", as
// CoNLL-2003 marks it), while the whole span is found nowhere inside a
// sentence, is no listed name and does not start with a word that starts
// places' names (nameStarts: "New Zorbland" stays) unless the rest is a
// person's name ("New Obama TV ad"). The tagger reads a capitalized first
// word before a name as the name's.
func cutLeadCommonWords(text string, toks []token, spans []tspan, lower map[string]string) []tspan {
	var inside map[string]newsner.EntityType // the spans' words and types, of spans inside a sentence
	for i, s := range spans {
		if s.t1-s.t0 < 2 || !startsSentence(text, toks, s.t0) || lowered(lower, toks[s.t0].Text) != "lower" || !startsUpper(toks[s.t0+1].Text) {
			continue
		}
		if inside == nil {
			inside = map[string]newsner.EntityType{}
			for _, o := range spans {
				if !startsSentence(text, toks, o.t0) {
					inside[spanWords(toks, o.t0, o.t1)] = o.typ
				}
			}
		}
		whole := spanWords(toks, s.t0, s.t1)
		rest, ok := inside[spanWords(toks, s.t0+1, s.t1)]
		if _, in := inside[whole]; !ok || in || nameStarts[toks[s.t0].Text] && rest != newsner.Person || listKey(whole, s.typ) != "" || isPlaceName(joinTokens(toks[s.t0:s.t1])) {
			continue // a place's "New": but "New Obama TV ad" names the person
		}
		spans[i].t0++
	}
	return spans
}

// nameStarts are words places' names start with that are common words
// too ("New Zorbland", "Port Quell", "Great Zorb Lake").
var nameStarts = setOf(`New Saint San Santa Mount Fort Port Lake Cape Great Greater Upper Lower Grand Royal
United Little Old Las Los La Le El`)

// partyAdjectives are parties' adjectives that stand before a place's name
// and are no part of it ("largely Democratic Massachusetts", "the then
// Conservative Northern Ireland minister").
var partyAdjectives = setOf(`Conservative Labour Republican Democratic Tory Liberal`)

// partyGroup reports whether s, tagged a person, is a party's adjective
// (partyAdjectives) and one plural word that is no listed organization's
// name ("Tory MPs", "Tory Europhiles"): the party's members, MISC and a
// common noun, which the tagger reads as a person's first name and
// surname; "Liberal Democrats", a party, stays. (Where the adjective is a
// role word, "Labour", "Republican", cutLeadingTitles has cut it off
// before.)
func partyGroup(toks []token, s tspan) bool {
	if s.typ != newsner.Person || s.t1-s.t0 != 2 || !partyAdjectives[toks[s.t0].Text] {
		return false
	}
	w := toks[s.t0+1].Text
	return strings.HasSuffix(w, "s") && !isPossessive(w) && !listedOrg(joinTokens(toks[s.t0:s.t1]))
}

// cutPartyAdjective cuts a party's adjective off the start of a span whose
// rest is a known place and which is no place's name as a whole ("Democratic
// Republic of Congo" stays): the place, a LOCATION, as CoNLL-2003 marks the
// adjective apart (MISC). A party's head word alone after the adjective
// ("the opposition Democratic Alliance", whose "Alliance" is also a town's
// name) is no place: the span is the party's name (partyHeadAfterAdjective).
func cutPartyAdjective(toks []token, s tspan) tspan {
	if s.t1-s.t0 < 2 || !partyAdjectives[toks[s.t0].Text] || !knownPlace(joinTokens(toks[s.t0+1:s.t1])) || knownPlace(joinTokens(toks[s.t0:s.t1])) || partyHeadAfterAdjective(toks, s) {
		return s
	}
	s.t0++
	s.typ = newsner.Location
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

// legalSuffixStop reports whether s, of two tokens or more, ends in a
// company's legal suffix (legalSuffixes: "Corp", "Inc", "Co") whose full
// stop also ends a sentence inside a paragraph ("a unit of Zorbco Corp.
// The bid is due"): one stop for both, which the web pages' entity lists
// give with the name ("Zorbco Corp."), as a name inside a sentence keeps
// it. Not at a line's end: CoNLL-2003, a sentence a line, splits the stop
// off there ("Lear Corp" in eng.testa, 11 such names in eng.train).
func legalSuffixStop(text string, toks []token, s tspan) bool {
	k := s.t1 // the full stop
	return s.t1-s.t0 >= 2 && lowered(legalSuffixes, toks[s.t1-1].Text) && k+1 < len(toks) && !strings.ContainsRune(text[toks[k].BEnd:toks[k+1].BStart], '\n')
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
	for _, r := range last.Text {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// timeZones are the time zones a clock time is written with.
var timeZones = setOf(`ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET CEST IST JST AEST AEDT`)

// timeZoneAfterTime reports whether toks[i] is a time zone right after a
// clock time ("6:30 pm ET", "at 2:00 pm ET…", "1400 GMT"), which the tagger
// reads as a name (a person, "ET", on a page of campaign news).
func timeZoneAfterTime(toks []token, i int) bool {
	w := strings.TrimRight(toks[i].Text, ".,…\u2026")
	if !timeZones[w] || i == 0 {
		return false
	}
	p := toks[i-1].Text
	switch strings.ToLower(p) {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m":
		return true
	}
	if a, b, ok := strings.Cut(p, ":"); ok && isNumber(a) && isNumber(b) {
		return true
	}
	return len(p) == 4 && isNumber(p)
}

// zoneRegions are the regions of the time zones spelled out before
// "Time" ("Eastern Time", "Pacific Time"); zoneKinds the words that make a
// zone of "Time" after any name ("Eastern Daylight Time", "Greenwich Mean
// Time", "British Summer Time", "Coordinated Universal Time").
var (
	zoneRegions = setOf(`Eastern Central Mountain Pacific Atlantic Alaska Hawaii Arizona`)
	zoneKinds   = setOf(`Standard Daylight Summer Mean Universal`)
)

// spelledTimeZone reports whether toks are a time zone spelled out: two
// words or more ending in "Time", the one before it a zone's kind
// (zoneKinds) or, in two words, a zone's region (zoneRegions). The tagger
// reads "Eastern Daylight Time" and "Universal Time" as organizations;
// they name no thing (MISC at most), wherever they stand, and "Time" or
// "New York Times" alone are no zone.
func spelledTimeZone(toks []token) bool {
	n := len(toks)
	if n < 2 || toks[n-1].Text != "Time" {
		return false
	}
	return zoneKinds[toks[n-2].Text] || n == 2 && zoneRegions[toks[0].Text]
}

// zoneAndMonth reports whether span s is two words, the second a month's
// name or its short form ("ET Oct." of "Updated 9:15 a.m. ET Oct. 3,
// 2019"): a time stamp's zone and date, which the tagger reads as an
// organization.
func zoneAndMonth(toks []token, s tspan) bool {
	return s.t1-s.t0 == 2 && lowered(months, strings.TrimSuffix(toks[s.t0+1].Text, "."))
}

// weekdays are the days' names and their short forms.
var weekdays = setOf(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun`)

// onlyWeekdays reports whether toks are two days' names or more joined by
// "&", "and", "-", "–" or "to" ("Sun & Mon", "Tue – Sat"): opening hours,
// no name; one day alone may be a name ("The Sun").
func onlyWeekdays(toks []token) bool {
	days := 0
	for _, t := range toks {
		switch w := strings.TrimSuffix(t.Text, "."); {
		case weekdays[w]:
			days++
		case w == "&" || w == "and" || w == "-" || w == "\u2013" || w == "to" || w == ",":
		default:
			return false
		}
	}
	return days >= 2
}

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
	return k+2 < n && (toks[k+1].Text == "shares" || toks[k+1].Text == "stock") && shareMoves[toks[k+2].Text] || saidInStatement(toks, k) || headOfCompany(toks, k) || staffEmployerCue(text, toks, k) || employerBeforeRole(toks, k+1) || saidItWord(toks, k) || kindWordCue(text, toks, k) || whichRunsWord(toks, k) || nounWordCue(text, toks, k)
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

// addListedOrgBeforeTitle adds an organization's span over an untagged
// name of one or two capitalized words that the lists know as an
// organization's (listKeyOf with the aliases: "Fed") right before a title and a person's name the
// tagger found within three words: "Fed Chair Jerome Powell", "Zorbco
// Chief Executive Quelb Marzo" at a sentence's start, where the tagger
// reads the short name as a capitalized word (business audit, fifth:
// "Fed Chair" after a quotation missed on a made-up Reuters-style
// article). A known place stays out.
func addListedOrgBeforeTitle(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	person := make([]bool, len(toks)+1) // person[k]: a person's span starts at token k
	for _, s := range spans {
		if s.typ == newsner.Person {
			person[s.t0] = true
		}
	}
	var add []tspan
	for k := range toks {
		if covered[k] || !startsUpper(toks[k].Text) || k > 0 && startsUpper(toks[k-1].Text) && !startsSentence(text, toks, k) {
			continue
		}
		for n := 1; n <= 2 && k+n < len(toks) && !covered[k+n-1]; n++ {
			name := joinTokens(toks[k : k+n])
			if !lowered(titles, toks[k+n].Text) || !startsUpper(toks[k+n].Text) || listKeyOf(name, newsner.Organization, true) == "" || knownPlace(name) {
				continue
			}
			for j := k + n + 1; j < len(toks) && j <= k+n+3; j++ {
				if person[j] {
					add = append(add, tspan{newsner.Organization, k, k + n})
					break
				}
			}
			break
		}
	}
	return replaceSpans(spans, add)
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

// spanCover returns which of n tokens the spans cover.
func spanCover(n int, spans []tspan) []bool {
	covered := make([]bool, n)
	for _, s := range spans {
		for k := s.t0; k < s.t1; k++ {
			covered[k] = true
		}
	}
	return covered
}

// untaggedRunEnd returns the end of the run from token t0 of at most most
// tokens that no span covers (covered, spanCover's), each capitalized and
// taken by word: the name after a cue that addTradeRunSpans,
// addFounderOfSpans, addRegulatorNameSpans and addItsVerbSpans tag.
func untaggedRunEnd(toks []token, covered []bool, t0, most int, word func(t token) bool) int {
	t1 := t0
	for t1 < len(toks) && t1-t0 < most && !covered[t1] && word(toks[t1]) && startsUpper(toks[t1].Text) {
		t1++
	}
	return t1
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

// commonWordCut reports whether span s is one word at a sentence's start
// that an ellipsis cuts off ("All...", "Some…": a teaser's last words)
// and that the training corpora usually write in lower case: with nothing
// after it, the tagger guessed a name ("All" a place) that the article
// never gives commonNounStart the lower-case use to undo.
func commonWordCut(text string, toks []token, s tspan) bool {
	if s.t1-s.t0 != 1 || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := strings.TrimRight(toks[s.t0].Text, ".\u2026")
	rest := text[toks[s.t0].BStart+len(w):]
	if !strings.HasPrefix(rest, "...") && !strings.HasPrefix(rest, "\u2026") {
		return false
	}
	return startsUpper(w) && !isAcronym(w) && usuallyLower(w, 20, 10)
}

// closedClassTags are the part-of-speech tags of words that name nothing:
// determiners, pronouns, prepositions, conjunctions, modals.
var closedClassTags = setOf(`DT PDT PRP PRP$ IN CC WDT WP WP$ EX MD TO`)

// addRepeatSpans adds a span over each untagged exact repeat of a name the
// tagger found elsewhere in the article, typed as most of its tagged
// mentions are (the first on a tie): the tagger reads each mention from
// its neighbours alone and leaves a name it found in one sentence untagged
// in another (at a sentence's start, after a quotation mark, before a
// common word: "Zorbix reported ..." tagged, "While Zorbix grew ..." not).
// Only names repeatableName allows; a repeat inside a longer capitalized
// run (standsAlone) is another name's part and stays out, as do MISC
// names. The repeats are looked up by their text, a run of each length
// the names have at each token, so a page of many names costs no more
// than a dozen look-ups a token.
func addRepeatSpans(text string, toks []token, spans []tspan) []tspan {
	type name struct {
		n     map[newsner.EntityType]int
		first newsner.EntityType
		one   string // the word of a one-word name
	}
	names := map[string]*name{}
	lengths := map[int]bool{}
	for _, s := range spans {
		if !s.typ.Valid() || s.t1-s.t0 > maxRunWords {
			continue
		}
		k := joinTokens(toks[s.t0:s.t1])
		nm := names[k]
		if nm == nil {
			nm = &name{n: map[newsner.EntityType]int{}, first: s.typ}
			if s.t1-s.t0 == 1 {
				nm.one = toks[s.t0].Text
			}
			names[k] = nm
			lengths[s.t1-s.t0] = true
		}
		nm.n[s.typ]++
	}
	if len(names) == 0 {
		return spans
	}
	heads := map[string]bool{} // the names' texts up to the first space: a run's starts with its first token's
	for k := range names {
		heads[textHead(k)] = true
	}
	covered := spanCover(len(toks), spans)
	var lower map[string]bool // lowerForms(toks), made when a one-word name first needs it
	var add []tspan
	for i := range toks {
		if !heads[textHead(toks[i].Text)] {
			continue
		}
		for n := min(maxRunWords, len(toks)-i); n > 0; n-- {
			if !lengths[n] || slices.Contains(covered[i:i+n], true) {
				continue
			}
			nm := byJoinedTokens(names, toks[i:i+n])
			if nm != nil && nm.one != "" && lower == nil {
				lower = lowerForms(toks)
			}
			if nm == nil || !repeatableName(nm.one, nm.n, lower) || !standsAlone(text, toks, i, i+n) {
				continue
			}
			typ := nm.first
			for _, t := range typeOrder {
				if nm.n[t] > nm.n[typ] {
					typ = t
				}
			}
			add = append(add, tspan{typ, i, i + n})
			for j := i; j < i+n; j++ {
				covered[j] = true
			}
			break
		}
	}
	return replaceSpans(spans, add)
}

// textHead returns s up to its first space, all of s if it has none: the
// text of a run of tokens joined by spaces (joinTokens) starts with its
// first token's head, so a run whose first token's head starts no name is
// none of them (addRepeatSpans).
func textHead(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// repeatableName reports whether a tagged name (one, its word if it has
// one; n, how often each type was tagged) may be looked for again: a name
// of two words or more, or of one word of letters with a capital, tagged
// twice or more and never written in lower case in the article (lower,
// lowerForms): "Apple" tagged twice and "apple" in the text stays.
func repeatableName(one string, n map[newsner.EntityType]int, lower map[string]bool) bool {
	if one == "" {
		return true
	}
	total := 0
	for _, c := range n {
		total += c
	}
	w := one
	return total >= 2 && startsUpper(w) && isLetters(w) && !lowered(lower, w)
}

// standsAlone reports whether tokens [i,e) stand alone as a name: no
// capitalized word right after them, and none right before them but a
// sentence's first word ("The", "While") before them. For an untagged
// repeat (addRepeatSpans) and a listed variant (addListedVariants).
func standsAlone(text string, toks []token, i, e int) bool {
	if e < len(toks) && startsUpper(toks[e].Text) {
		return false
	}
	if i > 0 && startsUpper(toks[i-1].Text) && !startsSentence(text, toks, i-1) {
		return false
	}
	return true
}

// joinRoleFirstNames gives back to a person's span the capitalized word
// the tagger left out right before it, where that word is untagged and
// stands after a role in lower case ("founder Vijay Quelb Marzo", whose
// "Vijay" stayed out of "Quelb Marzo"): after a role comes the whole name
// (regional audit, nineteenth pass: an Indian first name left out after
// "founder" on a made-up Reuters-style article). Not a month or weekday.
func joinRoleFirstNames(toks []token, spans []tspan) []tspan {
	prevEnd := 0
	for i, s := range spans {
		k := s.t0 - 1
		if s.typ == newsner.Person && k-1 >= prevEnd && startsUpper(toks[k].Text) && isLetters(toks[k].Text) && !lowered(months, toks[k].Text) && !weekdays[toks[k].Text] {
			if w := toks[k-1].Text; !startsUpper(w) && leadingRole(w) {
				spans[i].t0 = k
			}
		}
		prevEnd = spans[i].t1
	}
	return spans
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

// portfolioWords name a minister's portfolio before "Minister" ("Justice
// Minister Zorb Quelby"), where CoNLL-2003 marks no name (eng.train and
// eng.testa: a handful of such words tagged against hundreds left out).
var portfolioWords = setOf(`Justice Finance Foreign Interior Defence Defense Health Trade Economy Economics
Energy Education Agriculture Transport Labour Labor Environment Culture Industry Treasury`)

// cutPortfolioWords drops a span that is one portfolio's word
// (portfolioWords) right before "Minister" or "Secretary": the tagger
// reads "Justice" of "Justice Minister" as an organization where the
// article names a court of justice too.
func cutPortfolioWords(toks []token, spans []tspan) []tspan {
	out := spans[:0]
	for _, s := range spans {
		if s.t1-s.t0 == 1 && s.t1 < len(toks) && portfolioWords[toks[s.t0].Text] && (toks[s.t1].Text == "Minister" || toks[s.t1].Text == "Secretary") {
			continue
		}
		out = append(out, s)
	}
	return out
}

// makerWord reports whether w, lower case, is a maker's or a packer's
// noun of one word ("glassmaker", "meatpacker", "toolmakers"), which
// describes a company or a person ("Lawmaker Zora Quell") as
// roleDescriptors' words do: cut off, the name keeps its type.
func makerWord(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return len(w) > len("maker")+2 && (strings.HasSuffix(w, "maker") || strings.HasSuffix(w, "packer")) && isLetters(w)
}

// participleClause reports whether token k, a verb after a company's
// noun, is a participle that a preposition follows ("a payments start-up
// founded in Lagos", "a firm based in Zorbia", "a group backed by"): the
// noun's modifier, not a clause's verb (nounThenVerb).
func participleClause(toks []token, k int) bool {
	return toks[k].Tag == "VBN" && k+1 < len(toks) && toks[k+1].Tag == "IN"
}

// fameWords are what a person is known as that a sentence may start with
// before the person's name, no part of it as CoNLL-2003 marks it
// ("Billionaire Jane Doe said", "Tycoon John Roe").
var fameWords = setOf(`billionaire tycoon philanthropist businessman businesswoman entrepreneur
socialite singer rapper actor actress comedian novelist songwriter activist`)

// cutLeadFameWords starts a person's span of three words or more after a
// first word that says what the person is known as (fameWords), which the
// tagger reads into the name at a sentence's start ("Billionaire Jane Doe
// gave $4 billion"); cutLeadingTitles cuts titles and roles, not these.
func cutLeadFameWords(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.typ == newsner.Person && s.t1-s.t0 >= 3 && lowered(fameWords, toks[s.t0].Text) && startsUpper(toks[s.t0+1].Text) {
			spans[i].t0++
		}
	}
	return spans
}

// leadTradeWords are trades' words, singular or plural, that the tagger
// glues to the name after them at a sentence's start ("Bottler Zorbsa
// rose", "Advisers Quelbschild & Co and Zorbard are running the sale"),
// beyond cutLeadDescriptor's lists.
var leadTradeWords = setOf(`bottler bottlers baker bakery advisers advisors lenders underwriters bookrunners
auditors brokers consultancy developer studio distiller`)

// cutLeadTradeWords cuts a trade's word (leadTradeWords) off the start of
// a span of two words or more at a sentence's or a line's start or after a
// dash, where the next word is capitalized, as cutLeadDescriptor does its
// lists' words: CoNLL-2003 leaves the common noun out. What is left of a
// span tagged a person or a place is an organization: a trade's name. A
// name the lists give an organization whole keeps its word ("Baker
// McKenzie said", "Studio Ghibli said": listedOrgForm).
func cutLeadTradeWords(text string, toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.t1-s.t0 < 2 || !lowered(leadTradeWords, toks[s.t0].Text) || !startsUpper(toks[s.t0].Text) || !startsUpper(toks[s.t0+1].Text) {
			continue
		}
		if !startsSentence(text, toks, s.t0) && !afterDash(toks, s.t0) || listedOrgForm(toks, s.t0, s.t1) {
			continue
		}
		s.t0++
		if s.typ == newsner.Person || s.typ == newsner.Location {
			s.typ = newsner.Organization
		}
		spans[i] = s
	}
	return spans
}

// partyHeadAfterAdjective reports whether s is a party's adjective and one
// party's head word (partyHeads: "Democratic Alliance", "Popular
// Front"), which cutPartyAdjective must not cut to a town named like the
// head word (seventh December 2020 audit: "the opposition Democratic
// Alliance" gave LOC "Alliance" on a made-up Reuters-style article).
func partyHeadAfterAdjective(toks []token, s tspan) bool {
	return s.t1-s.t0 == 2 && lowered(partyHeads, toks[s.t0+1].Text)
}

// taggedNotMisc returns, for each of n tokens, whether a span not MISC
// covers it (the last span over a token decides), as spanCover does for
// any span: addForNameSpans and addDamSpans take a MISC nationality's
// word into a name.
func taggedNotMisc(n int, spans []tspan) []bool {
	tagged := make([]bool, n)
	for _, s := range spans {
		for k := s.t0; k < s.t1; k++ {
			tagged[k] = s.typ != misc
		}
	}
	return tagged
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

// spanEndingAt returns the start and type of the first span that ends at
// token k. *ending indexes the spans by their ends at the first call, so a
// page of 40,000 "Attorney's Office" does not walk every span at each
// (twice the cues took four times the time); spans must not change while
// it is used.
func spanEndingAt(spans []tspan, k int, ending *map[int]int) (int, newsner.EntityType, bool) {
	if *ending == nil {
		*ending = make(map[int]int, len(spans))
		for i := len(spans) - 1; i >= 0; i-- {
			(*ending)[spans[i].t1] = i
		}
	}
	if i, ok := (*ending)[k]; ok {
		return spans[i].t0, spans[i].typ, true
	}
	return 0, newsner.Person, false
}

// splitAtLoneSuffixStop splits a span of any type (the tagger may type
// the run a place or a person) at a full stop of
// its own inside it that comes right after a legal suffix (legalSuffixes)
// and ends a sentence (sentenceStop): "merger with carmaker Zorbco SA.
// Quelbis, the combined group, will", where the tokenizer splits the stop
// off the suffix and the tagger runs the two names into one (eighth
// December 2020 audit). splitAtSuffixStop reads the stop glued to the
// suffix; a name never runs over a sentence's end. The stop itself goes
// to neither side; a suffix after the stop ("Zorbco Co. Ltd") keeps the
// span whole.
func splitAtLoneSuffixStop(text string, toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		for k := s.t0 + 2; k+1 < s.t1; k++ {
			if toks[k].Text == "." && toks[k-1].End == toks[k].Start && lowered(legalSuffixes, toks[k-1].Text) &&
				!lowered(legalSuffixes, strings.TrimSuffix(toks[k+1].Text, ".")) && sentenceStop(text, toks, k) {
				return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
			}
		}
		return s, s, false
	})
}

package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Words cut off the start of a span: a sentence's opening verb, adverb or
// imperative, a company's or a role's descriptor ("Opposition",
// "Lessor"), a body's kind, a trade's word, a party's adjective, a
// hyphened adjective ("Zorbia-backed") and a common word the article
// writes in lower case.

// hyphenedLeadEnds end a hyphened adjective of a place or a backer that
// stands before a name ("Beijing-backed", "Tokyo-based", "U.S.-listed"),
// MISC in CoNLL-2003 (65 of 71 such words in eng.train and eng.testa);
// "-winning" of an award ("Academy Award-winning", "Peace Prize-winning",
// MISC in eng.train), "-era" ("Soviet-era"), "-style", "-like".
var hyphenedLeadEnds = setOf(`based backed owned listed led run controlled made born built era style like winning`)

// hyphenPrefixes, before a hyphen, make a word no name's compound but a
// common word capitalized at a sentence's start or in a title-case
// headline ("Obama Re-elected In Landslide", "Co-founded", "Well-known",
// "Top-rated", "Cross-posted").
var hyphenPrefixes = setOf(`re co de pre non ex un semi multi post mid sub inter counter self well anti pro
over under cross top long hand newly much highly widely`)

// hyphenedAdjective reports whether w is a name glued by a hyphen to an
// adjective or a participle in lower case: hyphenedLeadEnds, or a
// participle in "-ed" of five letters or more ("United Nations-sponsored",
// "Beijing-funded", "French-educated"). CoNLL-2003 keeps such a word one
// token, MISC as a whole with the words of its name before it ("St."
// "Louis-based", "United" "Nations-sponsored", "Northern" "Ireland-born":
// every one MISC in eng.train and eng.testa), as GUM's gold is read
// (hyphenCompound) and the page sets' lists are (wholeWords). Not a
// romanized given name ("Kim In-so", "Leung Chun-ying"), nor a grade
// ("A-rated": one letter before the hyphen), nor a common word with a
// prefix (hyphenPrefixes).
func hyphenedAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 2 || !startsUpper(w) || hyphenPrefixes[strings.ToLower(w[:strings.IndexByte(w, '-')])] {
		return false
	}
	tail := w[i+1:]
	if !isLetters(tail) || strings.ToLower(tail) != tail {
		return false
	}
	return hyphenedLeadEnds[tail] || len(tail) >= 5 && strings.HasSuffix(tail, "ed")
}

// cutHyphenedLead cuts such an adjective of a place or a backer
// (hyphenedAdjective, ending in a hyphenedLeadEnds word), and the words of
// its name before it, off the start of a span that goes on after it in a
// capitalized word ("Beijing-backed Semiconductor Manufacturing
// International Corp", which a join ran together at a sentence's start;
// "Los Angeles-based Miss Universe Inc", eng.train's kind). Thirteenth
// pass (b); at any word of the span for issue 11. Not after any "-ed":
// what follows "MIPS-powered" is a product (dragnet-web-b's "Smart Tab
// 1", MISC, cut to an organization).
func cutHyphenedLead(toks []token, s tspan) tspan {
	for k := s.t1 - 2; k >= s.t0; k-- {
		w := toks[k].Text
		if hyphenedAdjective(w) && hyphenedLeadEnds[w[strings.LastIndexByte(w, '-')+1:]] && startsUpper(toks[k+1].Text) {
			s.t0 = k + 1
			return s
		}
	}
	return s
}

// hyphenedName reports whether the span is a name glued into a hyphened
// adjective (hyphenedAdjective): it ends in one ("the United
// Nations-sponsored ceasefire", tagged an organization in eng.testa), or
// its last word stands a space before one that goes on with the name
// ("St. Louis-based Mercantile", "the Kansas City-based chain", whose
// "St." and "Kansas" the tagger tagged alone). The whole is MISC in
// CoNLL-2003 and no mention of the place in the lists (wholeWords), so
// the span is dropped. cutHyphenedLead has cut a span that goes on after
// the adjective.
func hyphenedName(text string, toks []token, s tspan) bool {
	if hyphenedAdjective(toks[s.t1-1].Text) {
		return true
	}
	k := s.t1
	return k < len(toks) && hyphenedAdjective(toks[k].Text) && startsUpper(toks[k-1].Text) && text[toks[k-1].BEnd:toks[k].BStart] == " "
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

// makerWord reports whether w, lower case, is a maker's or a packer's
// noun of one word ("glassmaker", "meatpacker", "toolmakers"), which
// describes a company or a person ("Lawmaker Zora Quell") as
// roleDescriptors' words do: cut off, the name keeps its type.
func makerWord(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return len(w) > len("maker")+2 && (strings.HasSuffix(w, "maker") || strings.HasSuffix(w, "packer")) && isLetters(w)
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
	var surnames map[string]bool             // the last words of people's spans inside a sentence
	for i, s := range spans {
		corpus := false // the word is common by the training corpora, not by the article
		if s.t1-s.t0 < 2 || !startsSentence(text, toks, s.t0) || !startsUpper(toks[s.t0+1].Text) {
			continue
		}
		if lowered(lower, toks[s.t0].Text) != "lower" {
			if corpus = corpusCommonLead(toks[s.t0].Text, lower); !corpus {
				continue
			}
		}
		if inside == nil {
			inside = map[string]newsner.EntityType{}
			surnames = map[string]bool{}
			for _, o := range spans {
				if !startsSentence(text, toks, o.t0) {
					inside[spanWords(toks, o.t0, o.t1)] = o.typ
					if o.typ == newsner.Person {
						surnames[toks[o.t1-1].Text] = true
					}
				}
			}
		}
		whole := spanWords(toks, s.t0, s.t1)
		rest, ok := inside[spanWords(toks, s.t0+1, s.t1)]
		if corpus && !ok && s.typ == newsner.Person && (s.t1-s.t0 >= 3 && firstName(toks[s.t0+1].Text) || surnames[toks[s.t1-1].Text]) {
			rest, ok = newsner.Person, true // "Rookie Jan Zorbetti" beside "Zorbetti"
		}
		if _, in := inside[whole]; !ok || in || nameStarts[toks[s.t0].Text] && rest != newsner.Person || listKey(whole, s.typ) != "" || isPlaceName(joinTokens(toks[s.t0:s.t1])) {
			continue // a place's "New": but "New Obama TV ad" names the person
		}
		if corpus && (rest != newsner.Person || s.typ != newsner.Person) {
			continue
		}
		spans[i].t0++
	}
	return spans
}

// corpusCommonLead reports whether w, the first word of a person's span at
// a sentence's start, is a common word by the training corpora where the
// article gives no case of its own ("Victorious Obama faces familiar
// challenges", "Forward Neymar scored", "Rookie Jan Quelbek made his
// debut"): the corpora write it in lower case (usuallyLower, twice or more
// and three times as often as capitalized: rare words count), or it ends
// as adjectives do ("-ous", "-ful", "-less": "Victorious", "Tearful",
// which the corpora may never write); the article neither capitalizes it
// on its own inside a sentence nor writes it in lower case, and it is no
// first name ("Will", "Rich") nor title (cutLeadingTitles' words).
// cutLeadCommonWords then cuts it off a person's span where the rest is a
// person the tagger found inside a sentence, opens with a first name
// ("Rookie Jan Quelbek") or ends with the last word of a person's span
// inside a sentence.
func corpusCommonLead(w string, lower map[string]string) bool {
	if _, seen := lower[strings.ToLower(w)]; seen || !isLetters(w) || isAcronym(w) || firstName(w) || isRole(w) {
		return false
	}
	lw := strings.ToLower(w)
	return usuallyLower(w, 2, 3) || len(lw) > 6 && (strings.HasSuffix(lw, "ous") || strings.HasSuffix(lw, "ful") || strings.HasSuffix(lw, "less"))
}

// nameStarts are words places' names start with that are common words
// too ("New Zorbland", "Port Quell", "Great Zorb Lake").
var nameStarts = setOf(`New Saint San Santa Mount Fort Port Lake Cape Great Greater Upper Lower Grand Royal
United Little Old Las Los La Le El`)

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

// partyHeadAfterAdjective reports whether s is a party's adjective and one
// party's head word (partyHeads: "Democratic Alliance", "Popular
// Front"), which cutPartyAdjective must not cut to a town named like the
// head word (seventh December 2020 audit: "the opposition Democratic
// Alliance" gave LOC "Alliance" on a made-up Reuters-style article).
func partyHeadAfterAdjective(toks []token, s tspan) bool {
	return s.t1-s.t0 == 2 && lowered(partyHeads, toks[s.t0+1].Text)
}

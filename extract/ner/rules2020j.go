package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules of the tenth blind audit (TestAudit2020j, issue 11): 2020s wire
// news on organisations new since 2010 (space firms, fact-checkers,
// unions, militant groups and the missions facing them, start-ups).

// placeBodyJoiners stand between a body's name and the place it is named
// for: "Mission in Somalia", "Force in Lebanon".
var placeBodyJoiners = setOf(`in for of`)

// joinPlaceAcronymBodies makes one organization of an organization's span,
// a lower-case "in", "for" or "of" (placeBodyJoiners) and a place's span
// right after, where the acronym in brackets after the place spells the
// whole (placeBodyAcronym): "African Union Transition Mission" and
// "Somalia" of "the African Union Transition Mission in Somalia (ATMIS)"
// (tenth December 2020 audit, twice), "U.N. Interim Force" and "Lebanon"
// of "the U.N. Interim Force in Lebanon (UNIFIL)" (eng.testa). The tagger
// cuts such a body's name at the place it is named for; the acronym, which
// takes a letter or more of the place, says the place is part of it.
// Without such an acronym the two stay apart ("the Zorbian Embassy in
// Quelbia").
func joinPlaceAcronymBodies(toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool { return placeAcronymBody(toks, s, n) })
}

// placeAcronymBody reports whether s, an organization's span, and n, a
// place's span, stand "s in n (ACR)" with ACR the acronym of the whole
// (placeBodyAcronym).
func placeAcronymBody(toks []token, s, n tspan) bool {
	k := s.t1
	if s.typ != newsner.Organization || n.typ != newsner.Location || n.t0 != k+1 || !placeBodyJoiners[toks[k].Text] {
		return false
	}
	if n.t1+2 >= len(toks) || toks[n.t1].Text != "(" || toks[n.t1+2].Text != ")" {
		return false
	}
	return placeBodyAcronym(textWords(toks, s.t0, s.t1), toks[k].Text, textWords(toks, n.t0, n.t1), toks[n.t1+1].Text)
}

// placeBodyAcronym reports whether acr, three capitals or more, is the
// acronym of a body's words, a joiner and a place's words: a lead that
// starts with the body's first initial and takes, in order, some of the
// capitals of the body's words and the joiner's initial, then a tail that
// is the place's initials or one to three first letters of its first word
// ("ATMI" + "S" of "African Union Transition Mission in Somalia",
// "AUS" + "SOM" of "African Union Support and Stabilisation Mission in
// Somalia", "UNIFI" + "L" of "U.N. Interim Force in Lebanon"). The tail
// must be there: an acronym of the body alone ("Zorbian Embassy in Quelbia
// (ZE)") does not join the place.
func placeBodyAcronym(body []string, joiner string, place []string, acr string) bool {
	if len(acr) < 3 || strings.ToUpper(acr) != acr || !isLetters(acr) || len(body) == 0 || len(place) == 0 {
		return false
	}
	var lead []byte // the body's capitals A to Z, in order ("AUTM", "UNIF")
	for _, w := range body {
		for j := 0; j < len(w); j++ {
			if w[j] >= 'A' && w[j] <= 'Z' {
				lead = append(lead, w[j])
			}
		}
	}
	if len(lead) == 0 || acr[0] != lead[0] {
		return false
	}
	lead = append(lead, strings.ToUpper(joiner[:1])[0])
	var tails []string
	var ini strings.Builder
	for _, w := range place {
		if startsUpper(w) {
			ini.WriteString(strings.ToUpper(w[:1]))
		}
	}
	tails = append(tails, ini.String())
	first := strings.ToUpper(place[0])
	for n := 2; n <= 3 && n <= len(first); n++ {
		tails = append(tails, first[:n])
	}
	for _, tail := range tails {
		if tail == "" || len(tail) >= len(acr) || !strings.HasSuffix(acr, tail) {
			continue
		}
		if subsequence(acr[:len(acr)-len(tail)], string(lead)) {
			return true
		}
	}
	return false
}

// subsequence reports whether the bytes of a occur in b in order.
func subsequence(a, b string) bool {
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// demonymLeaguesAsMisc makes MISC, so not emitted, a mention of two words
// or more tagged an organization or a place that ends in "League" and
// starts with a demonym or a country's name ("the Saudi Pro League",
// "English National League one"), in an article that talks sport
// (sportsTalk): a nation's competition, MISC as eng.train marks "American
// League" and "European Super League" (tenth December 2020 audit; an
// eng.testa rugby table). leaguesAsMisc takes the leagues it lists; a
// political league ("Pakistan Muslim League", "Arab League") is an
// organization, left alone where it is a listed one or sport is not the
// talk, and so is a league named with its sport's word, which names the
// body that runs it (namesSport).
func demonymLeaguesAsMisc(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		n := len(m.words)
		if m.typ != newsner.Organization && m.typ != newsner.Location || n < 2 || m.words[n-1] != "league" {
			continue
		}
		first := toks[m.t0].Text
		if !isDemonym(first) && listKey(first, newsner.Location) == "" || listKey(m.m.Text, newsner.Organization) != "" || namesSport(toks, m) || !about.sportsTalk() {
			continue
		}
		m.typ = misc
	}
}

// namesSport reports whether a word of m is a sport's (sportBodyWords,
// "Soccer"): "English Football League" and "Western Hockey League" are the
// bodies that run their competitions, organizations in the web pages'
// lists and the ninth audit's gold.
func namesSport(toks []token, m *mention) bool {
	for k := m.t0; k < m.t1; k++ {
		if sportBodyWords[toks[k].Text] || toks[k].Text == "Soccer" {
			return true
		}
	}
	return false
}

// ownedThingsAsMisc makes MISC, so not emitted, every mention of a name
// tagged an organization that the article writes right after "its" or
// "whose" with a verb, a modal or a clause's punctuation right after it
// (ownedThing: "said its Zorbex had outsold", "the first flight of its
// Quelb R.", "Zorbco chose the wrist for its Quelband,"): a thing the
// owner makes, MISC in CoNLL-2003 (tenth December 2020 audit: a drug and
// a rocket; dragnet-web-a: a wristband). A company owned by another goes
// with its kind's noun ("its Zorbco unit", "its Quelb network", as
// eng.train's nine such organizations all do), which this leaves, as
// ownedProductsAsMisc takes the plural product nouns, and so is a body's
// name (bodyNamed: "its Vision Fund had made a profit", first audit). A listed
// organization or brand, a known place, a name starting with a first name
// and a name the article has act as a company (companiesActing) stay.
func ownedThingsAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Organization && ownedThing(toks, m) && !bodyNamed(m) && !makerOrPlace(m.m.Text) && !firstName(m.m.Text) && !acting.acts(m.key)
	}, func(m *mention) bool { return m.typ == newsner.Organization }, misc)
}

// bodyNamed reports whether m is a name of three words or more or has an
// organization's, a company's or a legal suffix's word (orgHeads,
// companyHeads, legalSuffixes): "its Vision Fund had", "whose Zorb Group
// controls", "its Supreme Court." name a body of the owner's, not a thing
// it makes.
func bodyNamed(m *mention) bool {
	if len(m.words) > 2 {
		return true
	}
	for _, w := range m.words {
		if orgHeads[w] || companyHeads[w] || legalSuffixes[w] {
			return true
		}
	}
	return false
}

// ownedThing reports whether m stands right after "its" or "whose" and
// right before a verb in the past or the present, a modal, or a comma, a
// full stop, a semicolon or a closing bracket.
func ownedThing(toks []token, m *mention) bool {
	if m.t0 < 1 || m.t1 >= len(toks) {
		return false
	}
	if p := toks[m.t0-1].Text; p != "its" && p != "whose" {
		return false
	}
	switch toks[m.t1].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	switch toks[m.t1].Text {
	case ",", ".", ";", ")":
		return true
	}
	return false
}

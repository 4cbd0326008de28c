package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules of the fifth December 2020 audit (TestAudit2020e, issue 11): the
// organisations no list knows, named by a cue in the sentence rather than
// by their form: a trade's word before the name ("union Zorbi", "watchdog
// Quelbtilsynet"), a trade's word glued to a sentence's first name
// ("Bottler Zorbsa"), an apposition that makes the name a country's body
// ("Zorbada, Zorbia's anti-doping agency"), a merger's partner ("its
// merger with Quelbrook"), a fund or firm someone runs ("Fifth Quay, run
// by Jane Quimby"), a possessive firm's name ("Dr. Zorby's
// Laboratories"), the sides of a fixture ("Quelb meet Lazio"), a
// contract's customer ("a contract from Quelbia"), an acronym's full name
// ("Zorbic Arts" beside "ZA"), a name before "shares" and a verb, an
// analyst's employer cut short ("at Zorb Global Research"), a source
// after "according to", and a three-word name listed beside a firm (a law
// firm: "Zorblaters and Quelbfields Bruckhaus Zorbinger").

// tradeRunNouns name, in lower case right before a name, a trade or a
// body that no person and no place is called: a union, a watchdog, a
// studio, a bakery. companyNouns and tradeNouns hold the rest; these are
// the ones the fifth audit found before names the tagger left untagged or
// read as people ("union Verdi", "watchdog Finanstilsynet", "studio CD
// Projekt").
var tradeRunNouns = setOf(`union watchdog regulator studio developer bakery bottler distiller investor`)

// tradeNameNouns are tradeRunNouns that make a name tagged a person an
// organization too; "investor" and "developer" are left out (a person's
// trades too: "investor Buffett", "game developer Zorbo"), and "studio"
// (a studio is a place as often: "at recording studio Quelb Road"); "miner"
// is put in (a miner is not named by his surname alone). With "studio" and
// "developer" the rule cost modern-web 0.0008 F1.
var tradeNameNouns = setOf(`union watchdog regulator bakery bottler distiller miner`)

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

// tradeNamesAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person or a place no list knows, right after a trade's noun
// (tradeNameNouns; at a sentence's start capitalized: "Miner Zorba
// said"): "services union Quelbdi called strikes", "Argentine bakery
// Panificadora Zorbas", which the tagger read as people on made-up
// Reuters-style articles. A person's name of two words or more takes no
// first name; a one-word one may be a first name ("Miner Vale", a
// company a given name spells) but no word of a person's longer name in
// the article. Not where a place stands ("in").
func tradeNamesAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	person := func(m *mention) bool {
		if len(m.words) == 1 {
			return !anyIn(m.words, lazyPersonWords(&people, ms, toks))
		}
		return !firstName(m.m.Text)
	}
	retypeByKey(ms, func(m *mention) bool {
		if m.t0 == 0 || m.typ != newsner.Person && m.typ != newsner.Location || !lowered(tradeNameNouns, toks[m.t0-1].Text) {
			return false
		}
		if m.typ == newsner.Person {
			return person(m)
		}
		return !knownPlace(m.m.Text)
	}, func(m *mention) bool {
		return m.typ == newsner.Person && person(m) || m.typ == newsner.Location && !knownPlace(m.m.Text) && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
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

// placeBodyNouns, ending an apposition "COUNTRY's ... NOUN" after a name,
// say the name is the country's body or company ("Zorbada, Zorbia's
// anti-doping agency,"): appositionNouns' and bodyNouns' words and a few
// more a country has one of.
var placeBodyNouns = setOf(`authority regulator watchdog agency office ministry commission company firm
carrier airline lender bank insurer miner broadcaster utility conglomerate union party fund exchange
federation association council body institute operator producer maker`)

// placeBodyAppositionsAsOrganizations types ORGANIZATION, at every
// mention, a name tagged a person (no first name), MISC (no demonym) or a
// place no list knows, before a comma, a place (tagged or known), "'s" and up to
// three words in lower case ending in a body's or a company's noun
// (placeBodyNouns) that no noun in lower case follows: "Zorbada,
// Zorbia's anti-doping agency, said" (the tagger typed the agency's
// acronym a place; fifth December 2020 audit). A name where a place
// stands ("in") is left alone: "in Quelbton, Zorbia's oil hub".
func placeBodyAppositionsAsOrganizations(ms []*mention, toks []token) {
	places := map[int]bool{} // the first tokens of one-word mentions tagged a place
	for _, m := range ms {
		if m.typ == newsner.Location && m.t1-m.t0 == 1 {
			places[m.t0] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		switch {
		case m.typ == newsner.Person && firstName(m.m.Text), m.typ == misc && isDemonym(m.m.Text), m.typ == newsner.Location && knownPlace(m.m.Text):
			return false
		case m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location:
			return false
		}
		k := m.t1
		if k+3 >= len(toks) || toks[k].Text != "," || !places[k+1] && !knownPlace(toks[k+1].Text) || !isPossessive(toks[k+2].Text) || placeContext(toks, m.t0, m.t1, strongLocatives) {
			return false
		}
		for j := k + 3; j < len(toks) && j <= k+5; j++ {
			w := toks[j].Text
			if placeBodyNouns[w] {
				return j+1 >= len(toks) || !isPossessive(toks[j+1].Text) && !lowerNoun(toks[j+1])
			}
			if !isLetters(strings.ReplaceAll(w, "-", "")) || startsUpper(w) {
				return false
			}
		}
		return false
	}, func(m *mention) bool {
		return m.typ == newsner.Person && !firstName(m.m.Text) || m.typ == misc && !isDemonym(m.m.Text) || m.typ == newsner.Location && !knownPlace(m.m.Text) && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// mergerCue reports whether the words right before token t0 make the
// name there a party to a deal: "merger with", "merge with", "merged
// with", "merging with", "tie-up with", "takeover of", "buyout of".
func mergerCue(toks []token, t0 int) bool {
	if t0 < 2 {
		return false
	}
	switch toks[t0-1].Text {
	case "with":
		switch toks[t0-2].Text {
		case "merger", "merge", "merged", "merging", "tie-up":
			return true
		}
	case "of":
		switch toks[t0-2].Text {
		case "takeover", "buyout":
			return true
		}
	}
	return false
}

// mergerPartnersAsOrganizations types ORGANIZATION, at every mention, a
// name tagged a person (no first name) or a place no list knows after a
// merger's words (mergerCue): "completed its merger with Quelbracen"
// (the tagger typed the miner a place; fifth December 2020 audit). What
// merges with a company or is taken over is a company.
func mergerPartnersAsOrganizations(ms []*mention, toks []token) {
	cuedNamesAsOrganizations(ms, toks, func(m *mention) bool { return mergerCue(toks, m.t0) })
}

// cuedNamesAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person (no first name) or a place no list knows where cue
// holds at one of its mentions; a place's other mentions that a locative
// places (placeContext) stay. The body of mergerPartnersAsOrganizations,
// runByAsOrganizations and customersAsOrganizations.
func cuedNamesAsOrganizations(ms []*mention, toks []token, cue func(m *mention) bool) {
	retypeByKey(ms, func(m *mention) bool {
		return cue(m) && (m.typ == newsner.Person && !firstName(m.m.Text) || m.typ == newsner.Location && !knownPlace(m.m.Text))
	}, func(m *mention) bool {
		return m.typ == newsner.Person && !firstName(m.m.Text) || m.typ == newsner.Location && !knownPlace(m.m.Text) && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// runByCue reports whether a comma, "run", "founded", "co-founded",
// "controlled", "chaired" or "headed", "by" and a capitalized word start
// at token k: what someone runs or founds is a firm or a body ("Fifth
// Quay, run by Jane Quimby, told clients").
func runByCue(toks []token, k int) bool {
	if k+3 >= len(toks) || toks[k].Text != "," || toks[k+2].Text != "by" || !startsUpper(toks[k+3].Text) {
		return false
	}
	switch toks[k+1].Text {
	case "run", "founded", "co-founded", "controlled", "chaired", "headed":
		return true
	}
	return false
}

// runByAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person (no first name) or a place no list knows before a
// comma and "run by" (runByCue): "Fifth Quay, run by Jane Quimby, told
// clients" (the tagger typed the hedge fund a place; fifth December 2020
// audit). A known place run by someone ("Gaza, run by Hamas") stays one.
func runByAsOrganizations(ms []*mention, toks []token) {
	cuedNamesAsOrganizations(ms, toks, func(m *mention) bool { return runByCue(toks, m.t1) })
}

// possessiveFirmHeads are the words a company named for a person or a
// family puts after the name's "'s" ("Dr. Zorby's Laboratories",
// "Quelbury's Supermarkets").
var possessiveFirmHeads = setOf(`Laboratories Labs Pharmaceuticals Foods Industries Motors Brewery Brewing
Stores Restaurants Hotels Supermarkets Analytics Cosmetics Chemicals Electronics`)

// joinPossessiveFirmNames makes one organization's span of a span tagged
// an organization or a person, "'s" and a firm's head word after it
// (possessiveFirmHeads), untagged or tagged alone, with no capitalized
// word after it: "Dr. Zorby's Laboratories", which the tagger split at
// the "'s" (fifth December 2020 audit).
func joinPossessiveFirmNames(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var out []tspan
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		k := s.t1
		if (s.typ == newsner.Organization || s.typ == newsner.Person) && k+1 < len(toks) && isPossessive(toks[k].Text) && !covered[k] && possessiveFirmHeads[toks[k+1].Text] &&
			(k+2 >= len(toks) || !startsUpper(toks[k+2].Text)) {
			switch {
			case !covered[k+1]:
				out = append(out, tspan{newsner.Organization, s.t0, k + 2})
				continue
			case i+1 < len(spans) && spans[i+1].t0 == k+1 && spans[i+1].t1 == k+2:
				out = append(out, tspan{newsner.Organization, s.t0, k + 2})
				i++
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// matchVerbs join two sides of a fixture or a result ("Zorbia will play
// Quelb United", "holders Quelb meet Zorbia", "Zorbia drew Quelb"): what
// stands on either side is a team.
var matchVerbs = setOf(`play plays face faces meet meets drew draw beat beats host hosts`)

// matchPairsAsClubs types ORGANIZATION, at every mention, a one-word name
// tagged a person (no first name) or a place that the lists know as an
// organization (a club: listKey) and that stands on one side of a match's
// verb (matchVerbs; "will" may stand before it) with a name tagged an
// organization on the other: "holders Quelb Munich meet Lazio", "Sevilla
// will play Quelb Dortmund" (a draw's report, with no score for
// clubsAsOpponents' sports test; fifth December 2020 audit).
func matchPairsAsClubs(ms []*mention, toks []token) {
	orgStart, orgEnd := map[int]bool{}, map[int]bool{}
	for _, m := range ms {
		if m.typ == newsner.Organization {
			orgStart[m.t0], orgEnd[m.t1] = true, true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		if len(m.words) != 1 || m.typ != newsner.Person && m.typ != newsner.Location || m.typ == newsner.Person && firstName(m.m.Text) || listKey(m.m.Text, newsner.Organization) == "" {
			return false
		}
		if k := m.t0 - 1; k > 0 && matchVerbs[toks[k].Text] && (orgEnd[k] || k > 1 && toks[k-1].Text == "will" && orgEnd[k-1]) {
			return true
		}
		k := m.t1
		if k < len(toks) && toks[k].Text == "will" {
			k++
		}
		return k+1 < len(toks) && matchVerbs[toks[k].Text] && orgStart[k+1]
	}, func(m *mention) bool {
		return len(m.words) == 1 && (m.typ == newsner.Person && !firstName(m.m.Text) || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives))
	}, newsner.Organization)
}

// customerCue reports whether the words right before token t0 are a
// contract's or an order's and "from" ("won a 5G contract from Zorbia
// Telecom", "an order from Quelbrola"): a customer, a company or a body.
func customerCue(toks []token, t0 int) bool {
	if t0 < 2 || toks[t0-1].Text != "from" {
		return false
	}
	switch toks[t0-2].Text {
	case "contract", "contracts", "order", "orders":
		return true
	}
	return false
}

// customersAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person (no first name) or a place no list knows after a
// contract's or an order's "from" (customerCue): "it had won a 5G
// contract from Telia" gave a place (fifth December 2020 audit); a
// country's order ("an order from India") stays a place.
func customersAsOrganizations(ms []*mention, toks []token) {
	cuedNamesAsOrganizations(ms, toks, func(m *mention) bool { return customerCue(toks, m.t0) })
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
	switch toks[k].Tag {
	case "VBD", "VBZ", "VBP", "MD":
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

// sharesSubjectsAsOrganizations types ORGANIZATION, at every mention, a
// name of two words or more tagged MISC right before "shares" and a verb
// in the past or the present ("Bavarian Zorbic shares jumped 10%"): a
// company whose name starts with a demonym, which the tagger reads as a
// demonym's phrase (fifth December 2020 audit). Not a name of demonyms
// and places only ("Latin American shares fell"), nor one with a word the
// corpora usually write in lower case.
func sharesSubjectsAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		k := m.t1
		if m.typ != misc || m.t1-m.t0 < 2 || k+1 >= len(toks) || toks[k].Text != "shares" {
			return false
		}
		switch toks[k+1].Tag {
		case "VBD", "VBZ", "VBP":
		default:
			return false
		}
		proper := false
		for j := m.t0; j < m.t1; j++ {
			w := toks[j].Text
			if !isLetters(w) || usuallyLower(w, 20, 10) {
				return false
			}
			if !isDemonym(w) && !knownPlace(w) {
				proper = true
			}
		}
		return proper
	}, func(m *mention) bool {
		return m.typ == misc && m.t1-m.t0 >= 2
	}, newsner.Organization)
}

// extendWatchedEmployers stretches an organization's span after a
// watcher's "at" or "with" (orgWatchers: "an analyst at", "economist
// with") over the untagged capitalized words right after it, up to two,
// that end the name before a mark or a word in lower case: "an analyst at
// Zorb Global Research." (the tagger stopped at "Zorb"; fifth December
// 2020 audit). Not a known place ("at Zorbco London"), a title, a weekday
// or a month.
func extendWatchedEmployers(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		if s.typ != newsner.Organization || s.t0 < 2 || toks[s.t0-1].Text != "at" && toks[s.t0-1].Text != "with" || !lowered(orgWatchers, toks[s.t0-2].Text) {
			continue
		}
		e := s.t1
		for e < len(toks) && e-s.t1 < 2 && !covered[e] && startsUpper(toks[e].Text) && isLetters(toks[e].Text) && hasLower(toks[e].Text) {
			e++
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

// coordinatedLongNamesAsOrganizations types ORGANIZATION, at every
// mention, a name of three words or more tagged a person, with no first
// name, no title and no hyphen, that the article lists beside an
// organization by "and" or "or" (joinedWithOrg: "Rivals Zorblaters and Quelbfields
// Bruckhaus Zorbinger are expected to follow"; a law firm of three
// founders' names), as coordinatedAsOrganizations does shorter names:
// that rule leaves out a name whose words are a longer person's name's
// (lazyNameWords), and a long name's words are its own. Here only other
// people's names count ("Zorbco and Quelb Zorbert Chan" where "Priscilla
// Chan" is named stays). Names of two words or with a hyphened given name
// are as often people's ("Lau Siu-lai and Zorbspiration", "Sister
// Margaret and Quelb College" on gum-news, which cost it 0.0017); a
// comma alone between the two is an apposition's as often ("the envoy to
// the United Nations, Majid Takht Ravanchi, said", eng.train).
func coordinatedLongNamesAsOrganizations(ms []*mention, toks []token) {
	var orgs *orgEdges
	var keys map[string]wordKeys
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person || len(m.words) < 3 || strings.Contains(m.m.Text, "-") || isTitle(toks[m.t0].Text) || firstName(m.m.Text) || firstName(toks[m.t0].Text) || afterHonorific(toks, m.t0) || !joinedWithOrg(ms, toks, m, &orgs) {
			return false
		}
		keys = lazyPersonWordKeys(keys, ms)
		for _, w := range m.words {
			if k, ok := keys[w]; ok && (k.many || k.key != m.key) {
				return false // another person's name shares the word
			}
		}
		return true
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// wordKeys is the key of the people's mentions a word is in, or many if
// they are of more than one key.
type wordKeys struct {
	key  string
	many bool
}

// lazyPersonWordKeys returns keys, or if nil the keys of the people's
// mentions each word is in: whether a person's mention of another key
// shares one of a name's words is then one look-up a word, not a walk over
// every mention (20,000 "Rivals X and A B C met." took four times the time
// of 10,000 twice over).
func lazyPersonWordKeys(keys map[string]wordKeys, ms []*mention) map[string]wordKeys {
	if keys != nil {
		return keys
	}
	keys = map[string]wordKeys{}
	for _, o := range ms {
		if o.typ != newsner.Person {
			continue
		}
		for _, w := range o.words {
			if k, ok := keys[w]; !ok {
				keys[w] = wordKeys{key: o.key}
			} else if !k.many && k.key != o.key {
				keys[w] = wordKeys{many: true}
			}
		}
	}
	return keys
}

// orgEdges are the tokens at which the organizations' mentions start and
// end.
type orgEdges struct {
	starts, ends map[int]bool
}

// joinedWithOrg reports whether m stands right after an organization's
// mention and "and" or "or", or right before "and" or "or" and one. *orgs
// is made at the first call, of ms as they are typed then.
func joinedWithOrg(ms []*mention, toks []token, m *mention, orgs **orgEdges) bool {
	if *orgs == nil {
		*orgs = &orgEdges{starts: map[int]bool{}, ends: map[int]bool{}}
		for _, o := range ms {
			if o.typ == newsner.Organization {
				(*orgs).starts[o.t0] = true
				(*orgs).ends[o.t1] = true
			}
		}
	}
	if k := m.t0 - 1; k >= 0 && (*orgs).ends[k] && (toks[k].Text == "and" || toks[k].Text == "or") {
		return true
	}
	return m.t1 < len(toks) && (*orgs).starts[m.t1+1] && (toks[m.t1].Text == "and" || toks[m.t1].Text == "or")
}

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
// merger with Quelbrook") and a fund or firm someone runs ("Fifth Quay,
// run by Jane Quimby").

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
// one to three proper nouns right after a trade's noun in lower case
// (tradeRunNouns) and before a word in lower case or a mark ("Polish
// studio Zorb Projekt apologised", "game developer Quelbmasters for $1
// billion", "financial watchdog Zorbtilsynet told"): a company or body
// named by an unknown word, which the tagger leaves untagged. Not a run
// that starts with a first name or a title ("trade union Secretary
// General", eng.train), nor a known place, a weekday or a month.
func addTradeRunSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 1; k < len(toks); k++ {
		if covered[k] || !tradeRunNouns[toks[k-1].Text] || !startsUpper(toks[k].Text) || !properRunWord(toks[k]) {
			continue
		}
		t1 := k
		for t1 < len(toks) && t1-k < 3 && !covered[t1] && properRunWord(toks[t1]) && startsUpper(toks[t1].Text) {
			t1++
		}
		if t1 < len(toks) && (startsUpper(toks[t1].Text) || covered[t1]) {
			continue // a longer name or a tagged one goes on
		}
		w := toks[k].Text
		name := joinTokens(toks[k:t1])
		if firstName(w) || isTitle(w) || weekdays[w] || months[strings.ToLower(w)] || knownPlace(name) || startsSentence(text, toks, k) {
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
		if m.t0 == 0 || m.typ != newsner.Person && m.typ != newsner.Location || !tradeNameNouns[strings.ToLower(toks[m.t0-1].Text)] {
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
// span tagged a person or a place is an organization: a trade's name.
func cutLeadTradeWords(text string, toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.t1-s.t0 < 2 || !leadTradeWords[strings.ToLower(toks[s.t0].Text)] || !startsUpper(toks[s.t0].Text) || !startsUpper(toks[s.t0+1].Text) {
			continue
		}
		if !startsSentence(text, toks, s.t0) && !afterDash(toks, s.t0) {
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

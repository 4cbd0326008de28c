package ner

import (
	"regexp"
	"strings"

	"github.com/newsner/newsner"
)

// Stock indexes, tickers and rankings, which name a list or a code, not a
// company: an index's span taken over its number ("S&P 500", "FTSE
// 100"), an index's name or word MISC ("the DAX", "the Dow Jones index"), a
// ranking magazine's name before its number MISC ("Fortune 500"), and a
// company's instrument code in brackets ("(ZRB.N)") no name.

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

// indexOnlyNames are stock indexes' names that name no company or
// exchange too (indexNames less "S&P", the rating agency, "Nasdaq", the
// exchange, "MSCI", the index maker, "ASX", the exchange; with "KOSPI" and
// "IBEX"): MISC in CoNLL-2003 (DAX 3 of 3, Nikkei 8 of 8 in eng.train and
// eng.testa).
var indexOnlyNames = setOf(`FTSE Russell Nikkei DAX CAC Stoxx STOXX Sensex TOPIX Topix KOSPI Kospi IBEX`)

// indexHeads end a stock index's name ("Dow Jones Industrial Average",
// "Zorbia Composite", "BLOM Stock Index") or follow it in lower case,
// after its number or not ("the Zorbix 50 index", "the Nikkei average").
var indexHeads = setOf(`index average composite`)

// indexTailWords stand between an index's name and "index" ("the CAC-40
// share index", 2 of 2 MISC in eng.train).
var indexTailWords = setOf(`stock share`)

// skipIndexTail returns k past an index's numbered tier tagged with the
// name or not ("Top-40" of "the Zorbex Top-40 index") and a "stock" or
// "share" (indexTailWords) at k, for indexWordsAsMisc: the name before
// them is the index's, MISC (seventh December 2020 audit: "the Bovespa
// stock index" and "JSE" of "the JSE Top-40 index" gave organizations on
// made-up Reuters-style articles).
func skipIndexTail(toks []token, k int) int {
	if k < len(toks) && startsUpper(toks[k].Text) && strings.Contains(toks[k].Text, "-") && strings.ContainsAny(toks[k].Text, "0123456789") {
		k++
	}
	if k < len(toks) && indexTailWords[toks[k].Text] {
		k++
	}
	return k
}

// bodyBeforeIndex reports whether m names a body that makes an index
// rather than the index: an exchange, an association, a name with "of"
// or ending in a company's or firm's word ("the Zorbia Stock Exchange
// index", "the National Association of Purchasing Management index").
func bodyBeforeIndex(toks []token, m *mention) bool {
	last := strings.ToLower(toks[m.t1-1].Text)
	if last == "exchange" || last == "association" || last == "board" || companyHeads[last] || firmHeads[last] {
		return true
	}
	for k := m.t0; k < m.t1; k++ {
		if toks[k].Text == "of" {
			return true
		}
	}
	return false
}

// indexWordsAsMisc makes MISC, so not emitted, a mention tagged an
// organization that ends in an index's word (indexHeads, capitalized) or
// stands before one in lower case, after an optional number: the index,
// MISC in CoNLL-2003 (eng.train and eng.testa: 25 of the 27 names so
// placed, the two others a "Stock Exchange index", which stays, as does
// another body's name: bodyBeforeIndex). Business
// audit, fifth: "the Dow Jones Industrial Average" and "the Nifty 50
// index" gave organizations on made-up Reuters-style articles.
func indexWordsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Organization || bodyBeforeIndex(toks, m) {
			continue
		}
		if last := toks[m.t1-1].Text; m.t1-m.t0 >= 2 && startsUpper(last) && lowered(indexHeads, last) {
			m.typ = misc
			continue
		}
		k := m.t1
		if k < len(toks) && isNumber(toks[k].Text) {
			k++
		}
		k = skipIndexTail(toks, k)
		if k < len(toks) && indexHeads[toks[k].Text] {
			m.typ = misc
		}
	}
}

// indexesAsMisc makes MISC, so not emitted, a mention tagged an
// organization that is a stock index's name (indexOnlyNames), alone or
// with its number ("Germany's DAX rose", "the CAC 40"), which the tagger
// reads as a company.
func indexesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Organization || !indexOnlyNames[toks[m.t0].Text] {
			continue
		}
		if m.t1-m.t0 == 1 && toks[m.t0].Text != "Russell" || m.t1-m.t0 == 2 && isNumber(toks[m.t0+1].Text) { // "Russell" alone is a name

			m.typ = misc
		}
	}
}

// rankingMagazines are business magazines whose name, with a number right
// after it, names their ranking of companies or people ("Fortune 500",
// "Forbes 400").
var rankingMagazines = setOf(`Fortune Forbes`)

// rankingsAsMisc makes MISC, so not emitted, a ranking magazine's name
// (rankingMagazines) tagged an organization right before a number:
// "Fortune 500 companies" names a list, as "Dow Jones" before its index
// is MISC in CoNLL-2003, not the magazine; "a Fortune reporter" stays.
func rankingsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ == newsner.Organization && m.t1-m.t0 == 1 && rankingMagazines[toks[m.t0].Text] && m.t1 < len(toks) && isNumber(toks[m.t1].Text) {
			m.typ = misc
		}
	}
}

// ricCode matches a Reuters instrument code: a ticker of two letters or
// digits or more (a share class in lower case, an underscore and a letter
// inside: "RDSa", "VOWG_p") and, after a full stop, its exchange's code in
// one to three capitals ("XOM.N", "AIR.PA", "22UAy.DE", "0700.HK"; not
// "U.K", nor a site's ".com").
var ricCode = regexp.MustCompile(`^[A-Z0-9][A-Za-z0-9_]{1,7}\.[A-Z]{1,3}$`)

// tickersAsNone makes no name of a mention that is one instrument code in
// brackets (ricCode), as wire stories print one after a company's name
// ("Zorbco Inc (ZRB.N)"): a code, no name of its own, which the tagger
// types an organization (the company is named right before it).
func tickersAsNone(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.t1-m.t0 == 1 && m.t0 > 0 && m.t1 < len(toks) && toks[m.t0-1].Text == "(" && toks[m.t1].Text == ")" && ricCode.MatchString(toks[m.t0].Text) {
			m.typ = misc
		}
	}
}

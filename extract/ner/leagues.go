package ner

import (
	"github.com/newsner/newsner"
)

// Rules for the North American major leagues' items of a news wire (NBA,
// NFL, NHL, MLB): the leagues' acronyms, and the teams named by their
// towns in results lines, standings tables and match reports, which
// CoNLL-2003 marks organizations as eng.train and eng.testa mark the
// baseball tables of August 1996 ("Atlanta 5 PITTSBURGH 1", "ATLANTA 83 49
// .629 -"). teams.go and types_sports.go have the rules for teams beyond
// these.

// leagueAcronyms are the North American major leagues' acronyms:
// organizations as eng.train marks "NBA" (2 of 2) and eng.testa "NFL" (3
// of 3). "MLS" only in a sports report: also a realtor's multiple listing
// service.
var leagueAcronyms = setOf(`NBA NFL NHL MLB WNBA MLS`)

// addLeagueAcronymSpans adds an organization's span over a league's
// acronym (leagueAcronyms) that the tagger left untagged or tagged alone
// as something else: a wire's headline in capitals ("BASKETBALL - NBA
// RESULTS", "AMERICAN FOOTBALL - NFL STANDINGS"), where the tagger misses
// it among the capitals (issue 11: the blind December 2020 audits; made-up
// NBA, NFL and NHL items). An acronym inside a longer name ("NFL Network",
// "NBA Finals") is left to it, and so is one after an opening quote or
// before a capitalized word in lower case, a show's or an event's name the
// tagger left untagged ("“NFL AM”" on dragnet-web-a, "NBA Finals").
func addLeagueAcronymSpans(toks []token, spans []tspan, about *topics) []tspan {
	var add []tspan
	j := 0 // spans[j:] end after token k
	for k := 0; k < len(toks); k++ {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		w := toks[k].Text
		if !leagueAcronyms[w] {
			continue
		}
		if j < len(spans) && spans[j].t0 <= k && (spans[j].t0 != k || spans[j].t1 != k+1 || spans[j].typ == newsner.Organization) {
			continue
		}
		if k > 0 && gluedOpenQuote(toks, k) || k+1 < len(toks) && startsUpper(toks[k+1].Text) && hasLower(toks[k+1].Text) {
			continue // a show's or an event's name: "“NFL AM”", "NBA Finals"
		}
		if w == "MLS" && !about.sportsDoc() {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add)
}

// gluedOpenQuote reports whether token k follows an opening quote glued
// to it ("“NFL AM”").
func gluedOpenQuote(toks []token, k int) bool {
	q := toks[k-1].Text
	return (q == "\u201c" || q == "``" || q == "\"") && toks[k-1].BEnd == toks[k].BStart
}

package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// standingsUnits count a team's lead or deficit in a league's table
// ("three points behind", "two games ahead of"); strokes and shots, a
// golfer's, are left out.
var standingsUnits = setOf(`point points game games`)

// standingsRanks stand between the comparison and a team's name ("points
// behind leaders Zorbton"; "second-placed", "fifth-placed" are taken by
// their ending).
var standingsRanks = setOf(`leaders leader champions`)

// standingsRival reports whether the name that starts at token t0 is
// compared with another in a league's table: after "tie with" or "level
// with" ("pulled into a first-place tie with Zorbton"), after a number or
// a count of points or games and "behind" ("three points behind Zorbton",
// "two behind Quelb Moscow"), or after such a count and "clear of" or
// "ahead of", with a rank between at most ("points behind leaders
// Zorbton", "ahead of second-placed Quelb").
func standingsRival(toks []token, t0 int) bool {
	k := t0 - 1
	if k >= 0 && (standingsRanks[toks[k].Text] || strings.HasSuffix(toks[k].Text, "-placed")) {
		k--
	}
	if k < 1 {
		return false
	}
	switch prev := toks[k-1].Text; toks[k].Text {
	case "with":
		return prev == "tie" || prev == "level"
	case "behind":
		return standingsUnits[prev] || smallNumbers[prev] || isNumber(prev)
	case "of":
		return k >= 2 && (prev == "clear" || prev == "ahead") && standingsUnits[toks[k-2].Text]
	}
	return false
}

// standingsRivalsAsTeams types ORGANIZATION, in a sports report
// (sportsDoc), a name tagged a place that a league's table compares with
// another (standingsRival: "the Whalers pulled into a first-place tie with
// Zorbton", "lying three points behind Quelbia"): a team named by its town,
// which the tagger reads as the town. Every mention of the name tagged a
// place follows but where it stands as a town (townContext: "in
// Zorbton"). Not a listed country or a national side's region
// (countriesAsPlaces' countries: CoNLL-2003 marks a national side by its
// country a place). Issue 11, the organizations pass: dragnet-web-a R411
// (nhl.com, "a first-place tie with Sarnia") and eng.testa ("three points
// behind Alania").
func standingsRivalsAsTeams(text string, ms []*mention, toks []token, about *topics) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Location || m.place || !standingsRival(toks, m.t0) || !about.sportsDoc() {
			return false
		}
		return !countryKey(listKey(m.m.Text, newsner.Location)) && !sideRegions[m.key]
	}, func(m *mention) bool {
		return m.typ == newsner.Location && !m.place && !townContext(text, toks, m.t0, m.t1)
	}, newsner.Organization)
}

// standingWords, before "of the" or "in the" and a league's name, put a
// team in the league's table ("top of the Zorbian League", "third in the
// Quelb League"): the competition, MISC as CoNLL-2003 marks it (eng.train
// and eng.testa: "lead in the National League" twice, "top of the
// Bundesliga" MISC).
var standingWords = setOf(`top bottom foot summit lead first second third fourth fifth sixth seventh
eighth ninth tenth place clear`)

// standingLeaguesAsMisc makes MISC a name tagged an organization that
// ends in "League" and stands after a standing's word (standingWords),
// "of" or "in", and "the": the competition a side is placed in ("went top
// of the Premier League", typed an organization; sixth December 2020
// audit), not the body that runs it ("asked the Premier League to
// explain").
func standingLeaguesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Organization || m.words[len(m.words)-1] != "league" || m.t0 < 3 || toks[m.t0-1].Text != "the" {
			continue
		}
		if p := toks[m.t0-2].Text; (p == "of" || p == "in") && lowered(standingWords, toks[m.t0-3].Text) {
			m.typ = misc
		}
	}
}

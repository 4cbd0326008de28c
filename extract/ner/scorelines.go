package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Score lines of the individual sports: a golf leaderboard's line, a
// golfer and his rounds ("Carl Suneson ( Spain ) 65 66 70"), and a
// cycling or motor racing result's line, a rider, his country and his team
// ("1. Olaf Ludwig ( Germany ) Telekom 4 hours 48 mins 2 seconds"), where
// eng.train marks the golfer a person and the team an organization, and the
// tagger, reading a name before numbers as a standings table's team, typed
// golfers organizations and missed or typed people teams of two words or
// glued with a hyphen (the blind audit t's kinds; issue 11).

// golfRound reports whether w is a golf round's score: a number from 55
// to 89 (a table's goals, points and games are smaller or larger).
func golfRound(w string) bool {
	return len(w) == 2 && isNumber(w) && w >= "55" && w <= "89"
}

// countryBracket returns the end of a bracketed name right at token k, a
// country's ("( Belgium )", "(South Africa)", "(U.S.)": one to four
// capitalized words), or k if none.
func countryBracket(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].Text != "(" || !startsUpper(toks[k+1].Text) {
		return k
	}
	for e := k + 2; e < len(toks) && e <= k+5; e++ {
		switch w := toks[e].Text; {
		case w == ")":
			return e + 1
		case !startsUpper(w) && w != ".":
			return k
		}
	}
	return k
}

// golfRoundsAfter reports whether the name that ends before token t1 is a
// golfer's on a leaderboard's line: after it (and a bracketed country,
// countryBracket) two golf rounds or more (golfRound) to the end of the
// line or a comma or semicolon before the next golfer.
func golfRoundsAfter(toks []token, line []int, t1 int) bool {
	k := countryBracket(toks, t1)
	rounds := 0
	for ; k < len(toks) && line[k] == line[t1-1] && golfRound(toks[k].Text); k++ {
		rounds++
	}
	if rounds < 2 {
		return false
	}
	return k == len(toks) || line[k] != line[t1-1] || toks[k].Text == "," || toks[k].Text == ";"
}

// golfersAsPeople types PERSON a mention of two words or more, tagged an
// organization or a place, that stands before its rounds on a golf
// leaderboard's line (golfRoundsAfter: "205 Zander Lombard 67 69 69",
// "-11 Quelb Zorbsen ( Zorbia ) 68 66 68"), as eng.train marks its
// leaderboards' golfers; a listed organization or team's town stays. The
// surname alone in the report after it joins the person (the audit t's
// "Bezuidenhout" followed the full name's type).
func golfersAsPeople(text string, ms []*mention, toks []token) {
	var line []int
	for _, m := range ms {
		if m.typ != newsner.Organization && m.typ != newsner.Location || len(m.words) < 2 || !startsUpper(m.m.Text) {
			continue
		}
		if line == nil {
			line = lineOf(text, toks)
		}
		if !golfRoundsAfter(toks, line, m.t1) || listKey(m.m.Text, newsner.Organization) != "" || teamTownName(m.m.Text) || knownPlace(m.m.Text) {
			continue
		}
		m.typ = newsner.Person
	}
}

// riderRank returns the end of a results line's rank at token k ("1.",
// "1" and ".", "12."), or k if none.
func riderRank(toks []token, k int) int {
	w := toks[k].Text
	switch {
	case isNumber(strings.TrimSuffix(w, ".")) && len(w) <= 4 && strings.HasSuffix(w, "."):
		return k + 1
	case isNumber(w) && len(w) <= 3 && k+1 < len(toks) && toks[k+1].Text == ".":
		return k + 2
	}
	return k
}

// teamRunWord reports whether w can be a word of a rider's team after his
// country: a capitalized word ("Telekom", "Lotto", "Deceuninck-Quick") or
// one with a capital after a hyphen ("de-Rosa"); not a time, a gap or a
// number ("3:45:12", "+0:38", "4 hours").
func teamRunWord(w string) bool {
	return startsUpper(w) && !strings.ContainsAny(w, ":+")
}

// riderTeamRun returns the tokens [k,e) of a rider's team on the results
// line that starts at token a (line): a rank (riderRank), a tagged name
// over the tokens up to a bracketed country (countryBracket), then one to
// five capitalized words (teamRunWord) to the line's end or a time, a gap
// or a number (resultAfterTeam). ok is false where the line is not so.
func riderTeamRun(toks []token, spans []tspan, cover []int, line []int, a int) (k, e int, ok bool) {
	n := riderRank(toks, a)
	if n == a || n >= len(toks) || cover[n] < 0 {
		return 0, 0, false
	}
	name := spans[cover[n]]
	if name.t0 != n || name.t1 >= len(toks) {
		return 0, 0, false
	}
	k = countryBracket(toks, name.t1)
	if k == name.t1 {
		return 0, 0, false
	}
	comma := k < len(toks) && toks[k].Text == "," // the commas' form (commaTeamRun)
	if comma {
		k++
	}
	for e = k; e < len(toks) && line[e] == line[a] && e-k < 5 && teamRunWord(toks[e].Text); e++ {
	}
	if e == k {
		return 0, 0, false
	}
	if comma {
		return k, e, commaTeamRun(toks, line, e)
	}
	if e < len(toks) && line[e] == line[a] && !resultAfterTeam(toks[e].Text) {
		return 0, 0, false
	}
	return k, e, true
}

// commaTeamRun reports whether the team that ends before token e on a
// results line written with commas ("1. Quelb Zorbsen (Zorbia), Marzo
// Honda, 53.980 (113.576 mph)", the IndyCar qualifying list of eng.testa,
// where the team is a chassis and its engine, an organization 10 times of
// 10) has a comma and its time or number after it, on its line: a comma
// after a bare country (a golf leaderboard's "Nick Faldo (Britain), John
// Cook, Steve Jones") makes no result.
func commaTeamRun(toks []token, line []int, e int) bool {
	return e+1 < len(toks) && toks[e].Text == "," && line[e+1] == line[e] && resultAfterTeam(toks[e+1].Text)
}

// timeWords, after a rider's team, start his time as a results line gives
// it when it is the winner's ("same time", "s.t.", "all same time", "at 5
// seconds").
var timeWords = setOf(`same s.t. st at all`)

// resultAfterTeam reports whether w, the word after a rider's team on his
// line, starts his time or gap: a number, a time ("4:34:02"), a gap
// ("+0:38") or a word of timeWords. A title or a word in lower case there
// ("Chancellor of Zorbia" on a numbered list of people) makes the line no
// result.
func resultAfterTeam(w string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '+') || lowered(timeWords, w)
}

// addRiderTeamSpans adds an organization's span over a rider's team on a
// cycling or motor racing results line (riderTeamRun: "1. Olaf Ludwig (
// Germany ) Telekom 4 hours 48 mins", "3. Quelb Zorbsen (Zorbia)
// Zorb-Quelbix Cycling +0:38"), over what the tagger made of it, as
// eng.train marks such a name (an organization 178 times of 215; the rest
// rally cars, MISC, "Toyota Celica", and three counts): the tagger missed
// teams glued with a hyphen and typed people teams of two words (the blind
// audit t's kind). A carmaker and a model after it (carMakers), a rally
// car, is left; so is eng.train's cycling team "Aki", marked a person 5
// times of 7, which the rule makes an organization.
func addRiderTeamSpans(text string, toks []token, spans []tspan) []tspan {
	var add []tspan
	var line, cover []int
	for a := 0; a < len(toks); a++ {
		if !lineBreakBefore(text, toks, a) || riderRank(toks, a) == a {
			continue
		}
		if line == nil {
			line, cover = lineOf(text, toks), spanOwners(spans, len(toks))
		}
		k, e, ok := riderTeamRun(toks, spans, cover, line, a)
		if !ok || e-k > 1 && lowered(carMakers, toks[k].Text) {
			continue // a rally car, a maker and its model: "Toyota Celica"
		}
		add = append(add, tspan{newsner.Organization, k, e})
	}
	return replaceSpans(spans, add)
}

// carMakers are the makers of the cars a rally's results name after the
// driver and his country, a maker and a model ("Toyota Celica", "Ford
// Escort", "Mitsubishi Lancer", "Subaru Impreza": MISC in eng.train, 22
// times), which addRiderTeamSpans leaves.
var carMakers = setOf(`toyota ford mitsubishi subaru peugeot citroen skoda hyundai renault seat volkswagen
nissan lancia audi opel vauxhall fiat mazda proton kia suzuki honda porsche bmw mercedes`)

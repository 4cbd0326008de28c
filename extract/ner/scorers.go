package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules on a goal's scorer in a football report: the name right before a
// verb of scoring ("Zorbic headed the opener", "Quelbé scored twice") is
// a player's, a person. The tagger reads a one-name player among the
// clubs' names as a club or a town ("Fekir scored a penalty" an
// organization, "Thauvin netted a third" a place on made-up league
// reports), or misses it (open audits h and the first blind one:
// "Casemiro headed the opener", "Casemiro headed the first goal"), the
// kind the blind audit s showed in a league report.

// scoringVerbs say a player scored. Not "struck" ("England struck back",
// eng.train) nor "fired" (a pitcher's "fired a seven-hitter"). eng.train
// puts a person before "scored" 13 times, a team or a country 7 ("The
// Mariners", "Sao Paulo", "PSG", "Australia", "India"), and before
// "equalised" a person 3 times, a club once ("Wednesday"): scorerName
// keeps such names out.
var scoringVerbs = setOf(`scored netted headed equalised equalized equalising equalizing volleyed curled slotted nodded`)

// headedAfter are the words after "headed" that make it a header: not
// "headed to", "headed for", "headed by".
var headedAfter = setOf(`the home in a an his their past over`)

// scoringVerbAt reports whether a verb of scoring (scoringVerbs) stands at
// token k; "headed" only before a header's word (headedAfter).
func scoringVerbAt(toks []token, k int) bool {
	if k >= len(toks) || !scoringVerbs[toks[k].Text] {
		return false
	}
	return toks[k].Text != "headed" || k+1 < len(toks) && headedAfter[toks[k+1].Text]
}

// goalNouns name a goal or a way of scoring one ("goals from Zorbic", "a
// double from Quelbé", "a Zorbic penalty").
var goalNouns = setOf(`goal goals double brace header penalty strike hat-trick volley free-kick`)

// scorerCue reports whether the name over tokens [t0,t1) stands where a
// goal's scorer does: before a verb of scoring (scoringVerbAt), after a
// goal's noun and "from" ("goals from Zorbic", "a double from Quelbé"),
// or between "a" and a goal's noun ("a Zorbic penalty").
func scorerCue(toks []token, t0, t1 int) bool {
	if scoringVerbAt(toks, t1) {
		return true
	}
	if t0 >= 2 && toks[t0-1].Text == "from" && goalNouns[toks[t0-2].Text] {
		return true
	}
	return t0 >= 1 && (toks[t0-1].Text == "a" || toks[t0-1].Text == "an") && t1 < len(toks) && goalNouns[toks[t1].Text] && toks[t1].Text != "goals"
}

// scorerName reports whether the name over tokens [t0,t1) before a verb
// of scoring can be a player's: not after "the" ("the Mariners scored"),
// not a known place ("Australia scored"), a listed organization ("PSG")
// or a listed team's nickname, a weekday ("Wednesday equalised"), a
// month, a demonym or a title.
func scorerName(toks []token, t0, t1 int) bool {
	if t0 > 0 && strings.EqualFold(toks[t0-1].Text, "the") {
		return false
	}
	name := joinTokens(toks[t0:t1])
	w := toks[t0].Text
	return !knownPlace(name) && !listedOrg(name) && listKey(name, newsner.Organization) == "" && !listedNicknames()[strings.ToLower(name)] &&
		!weekdays[w] && !lowered(months, w) && !isDemonym(w) && !isTitle(w)
}

// scorersAsPeople types PERSON, in a sports report, a name of one or two
// words tagged an organization or a place where a goal's scorer stands
// (scorerCue) that can be a player's (scorerName), with the other
// mentions of the name so typed that stand nowhere a team does
// (teamContext); not a name the article puts where a team stands.
func scorersAsPeople(ms []*mention, toks []token, about *topics) {
	if !about.sportsDoc() {
		return
	}
	teams := map[string]bool{} // keys of the mentions where a team stands
	for _, m := range ms {
		if teamContext(toks, m.t0, m.t1) {
			teams[m.key] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return (m.typ == newsner.Organization || m.typ == newsner.Location) && m.t1-m.t0 <= 2 && scorerCue(toks, m.t0, m.t1) && !teams[m.key] && scorerName(toks, m.t0, m.t1)
	}, func(m *mention) bool {
		return m.typ == newsner.Organization || m.typ == newsner.Location
	}, newsner.Person)
}

// addScorerSpans adds, in a sports report, a person's span over an
// untagged run of one or two proper nouns that stands alone right before
// a verb of scoring (scoringVerbAt) and can be a player's name
// (scorerName): "Casemiro headed the opener". Not a word the corpora
// usually write in lower case ("He scored"), nor a name the article tags
// elsewhere as something else than a person.
func addScorerSpans(text string, toks []token, spans []tspan, about *topics) []tspan {
	var add []tspan
	var covered []bool
	var others map[string]bool // the names tagged other than a person
	for k := 1; k < len(toks); k++ {
		if !scoringVerbAt(toks, k) {
			continue
		}
		if covered == nil {
			if !about.sportsDoc() {
				return spans
			}
			covered = spanCover(len(toks), spans)
			others = map[string]bool{}
			for _, s := range spans {
				if s.typ != newsner.Person {
					others[joinTokens(toks[s.t0:s.t1])] = true
				}
			}
		}
		t0 := k
		for t0 > 0 && k-t0 < 2 && !covered[t0-1] && properRunWord(toks[t0-1]) && isLetters(strings.ReplaceAll(toks[t0-1].Text, "-", "")) {
			t0--
		}
		if t0 == k || t0 > 0 && startsUpper(toks[t0-1].Text) && !startsSentence(text, toks, t0) {
			continue // none, or a longer name goes on before it
		}
		if usuallyLower(toks[t0].Text, 20, 10) || others[joinTokens(toks[t0:k])] || !scorerName(toks, t0, k) {
			continue
		}
		add = append(add, tspan{newsner.Person, t0, k})
	}
	if len(add) == 0 {
		return spans
	}
	return replaceSpans(spans, add)
}

// Scorers in a results line, the wire's terse style: each scorer's name
// and the minute of his goal, in brackets after his club's score
// ("Zorbton 2 (Quelbo 10, Marzic 67pen) Quelbury 1 (Zorbic 45)") or after
// a "Scorers:" label ("Scorers: Quelbo 10, Marzic 45"). The tagger reads
// a one-name player there as another club, an organization (the kind the
// blind audits' results lines showed, "Obika 10"); eng.train marks a name
// before a number in brackets after a score a person 65 times of 65 (its
// Dutch results, "Fortuna Sittard 2 ( Jeffrey 7 , Roest 33 )", and its
// cricket scorecards, "Kent 128-1 ( M. Walker 59 )"), and every name on a
// "Scorers :" line a person.

// scorerLabels start a results line's list of scorers ("Scorers:").
var scorerLabels = setOf(`Scorers Scorer Goalscorers Goalscorer`)

// goalMinute returns the end of a goal's minute at token k: a number from
// 1 to 130, with a penalty's or an own goal's mark glued or after it
// ("67pen", "45 pen", "12og") or stoppage time ("90+2"), or k if none.
func goalMinute(toks []token, k int) int {
	if k >= len(toks) {
		return k
	}
	w := toks[k].Text
	for _, mark := range []string{"pen", "og", "'"} {
		w = strings.TrimSuffix(w, mark)
	}
	if a, b, ok := strings.Cut(w, "+"); ok && isNumber(b) && len(b) <= 2 {
		w = a
	}
	if !isNumber(w) || len(w) > 3 || w == "0" || len(w) == 3 && w > "130" {
		return k
	}
	k++
	if k < len(toks) && (toks[k].Text == "pen" || toks[k].Text == "og") {
		k++
	}
	return k
}

// scorerListAt reports whether tokens [t0,t1), one to three words on one
// line, stand as a scorer in a results line: right after a bracket, a
// comma, a semicolon or a colon, and before a goal's minute (goalMinute)
// and a comma, a semicolon, a closing bracket or the line's end; inside
// brackets opened right after a club's name and its score ("Zorbton 2
// (") or after a "Scorers:" label at the line's start (scorerLabels).
func scorerListAt(toks []token, line []int, t0, t1 int) bool {
	if t0 == 0 || t1-t0 > 3 || line[t0] != line[t1-1] || line[t0-1] != line[t0] {
		return false
	}
	switch toks[t0-1].Text {
	case "(", ",", ";", ":":
	default:
		return false
	}
	e := goalMinute(toks, t1)
	if e == t1 || line[e-1] != line[t0] {
		return false
	}
	if e < len(toks) && line[e] == line[t0] {
		switch toks[e].Text {
		case ",", ";", ")":
		default:
			return false
		}
	}
	for k := t0 - 1; k >= 0 && line[k] == line[t0] && t0-k < 40; k-- {
		switch toks[k].Text {
		case ")":
			return false
		case "(":
			return k > 1 && line[k-2] == line[k] && isNumber(toks[k-1].Text) && len(toks[k-1].Text) <= 2 && startsUpper(toks[k-2].Text)
		case ":":
			return k >= 1 && scorerLabels[toks[k-1].Text] && (k == 1 || line[k-2] != line[k])
		}
	}
	return false
}

// resultScorersAsPeople types PERSON a mention of one to three words
// tagged an organization, a place or MISC that stands as a scorer in a
// results line (scorerListAt); a listed organization or a known place
// stays. The line's shape is the cue: a results line of a wire's
// Premiership round has too few sports words for sportsItem.
func resultScorersAsPeople(text string, ms []*mention, toks []token) {
	var line []int
	for _, m := range ms {
		if m.typ != newsner.Organization && m.typ != newsner.Location && m.typ != misc {
			continue
		}
		if line == nil {
			line = lineOf(text, toks)
		}
		if scorerListAt(toks, line, m.t0, m.t1) && !listedOrg(m.m.Text) && !knownPlace(m.m.Text) {
			m.typ = newsner.Person
		}
	}
}

// addResultScorerSpans adds a person's span over an untagged run of one
// to three capitalized words that stands as a scorer in a results line
// (scorerListAt: "(Quelbo 10, Marzic 67pen)").
func addResultScorerSpans(text string, toks []token, spans []tspan) []tspan {
	var add []tspan
	var line []int
	var covered []bool
	for k := 1; k < len(toks); k++ {
		if goalMinute(toks, k) == k || !startsUpper(toks[k-1].Text) {
			continue
		}
		if line == nil {
			line, covered = lineOf(text, toks), spanCover(len(toks), spans)
		}
		t0 := k
		for t0 > 0 && k-t0 < 3 && !covered[t0-1] && startsUpper(toks[t0-1].Text) && isLetters(strings.ReplaceAll(toks[t0-1].Text, "-", "")) && line[t0-1] == line[k] {
			t0--
		}
		if t0 == k || scorerLabels[toks[t0].Text] || !scorerListAt(toks, line, t0, k) {
			continue
		}
		add = append(add, tspan{newsner.Person, t0, k})
	}
	return replaceSpans(spans, add)
}

package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestOrganizationRulesHostileSize runs the document step on pages of
// 8,000 lines that each meet one of doc25's organization rules
// (addPublicationSpans, addGroupNameSpans, addAffiliationSpans,
// joinAcronymAppositions, standingsRivalsAsTeams, joinPlaceAcronymBodies,
// demonymLeaguesAsMisc, ownedThingsAsMisc; issue 12: no input may make the
// step take time in the square of its size): the same names on every
// line, so that a group holds thousands of mentions and a rule meets its
// cue thousands of times. Each page must take at most growthLimit times
// its first quarter (checkGrowth).
func TestOrganizationRulesHostileSize(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	all, by := typedAll, typedBy
	cases := []hostileLine{
		{"addPublicationSpans", "a report in the Zorb Leader of Quelbton and an issue of the journal Quelb Notices.\n", all(L)},
		{"addPublicationSpans, untagged", "a report in the Zorb Leader and a story in the Quelb Times said so.\n", by(nil)},
		{"addGroupNameSpans", "the advocacy group ZKG and research firm QBI said so.\n", by(nil)},
		{"addAffiliationSpans, joinAcronymAppositions", "said Ada Quell of NWSC, the New World Student Council, and Dan Zorb of NPP.\n",
			by(map[string]newsner.EntityType{"Ada": P, "Dan": P, "NWSC": O, "New": O})},
		{"standingsRivalsAsTeams", "Zorbton sit three points behind Quelbia in the league table after the match.\n", all(L)},
		{"joinPlaceAcronymBodies", "the Zorbian Union Peace Mission in Quelbia (ZPMIQ) said so.\n",
			by(map[string]newsner.EntityType{"Zorbian": O, "Quelbia": L, "ZPMIQ": O})},
		{"demonymLeaguesAsMisc", "Zorbic United of the Bolivian Pro League beat Marzo City in the cup final.\n", all(O)},
		{"ownedThingsAsMisc", "Zorbco Pharma said its Quelbrix had outsold the older drug.\n", all(O)},
	}
	checkHostileLines(t, cases)
}

// TestCommaNameJoinsGrowth runs joinCityDistricts and joinAcronymAppositions
// alone on pages of 64,000 lines "Zorbton, Quelbia, Quelbia and Quelbia."
// and "NWSC, the Zorb Quelb Council.", two groups of thousands of mentions
// that never join: each rule looks up the mention right after each comma,
// and a walk of the second group for it, once per mention of the first,
// took time in the square of the page (issue 12). The page must take at
// most growthLimit times its first quarter (checkGrowthPrepared; pages of
// 32,000 lines took 2-4 ms a quarter, too short to time under load:
// 8.6x at ci63).
func TestCommaNameJoinsGrowth(t *testing.T) {
	type run struct{ t0, t1, group int } // token offsets into the line
	// groupsOf makes the groups of the mentions of the runs of each of n
	// lines, typed typ.
	groupsOf := func(toks []token, lineToks int, runs []run, typ newsner.EntityType, n int) [][]*mention {
		var groups [][]*mention
		for l := range n {
			for _, r := range runs {
				t0, t1 := l*lineToks+r.t0, l*lineToks+r.t1
				words := textWords(toks, t0, t1)
				for len(groups) <= r.group {
					groups = append(groups, nil)
				}
				groups[r.group] = append(groups[r.group], &mention{typ: typ, t0: t0, t1: t1, words: words,
					key: strings.ToLower(strings.Join(words, " ")), m: newsner.Mention{Text: strings.Join(words, " ")}})
			}
		}
		return groups
	}
	for _, c := range []struct {
		rule string
		line string
		runs []run
		typ  newsner.EntityType
		join func([][]*mention, []token) [][]*mention
	}{
		{"joinCityDistricts", "Zorbton , Quelbia , Quelbia and Quelbia .\n", []run{{0, 1, 0}, {2, 3, 1}, {4, 5, 1}, {6, 7, 1}}, newsner.Location, joinCityDistricts},
		{"joinAcronymAppositions", "NWSC , the Zorb Quelb Council .\n", []run{{0, 1, 0}, {3, 6, 1}}, newsner.Organization, joinAcronymAppositions},
	} {
		t.Run(c.rule, func(t *testing.T) {
			lineToks := len(splitText(c.line))
			// page returns what makes a run of the rule over n lines: the
			// groups, which the rule changes, are made anew for each run,
			// untimed, so that only the rule is timed.
			page := func(n int) func() func() {
				toks := splitText(strings.Repeat(c.line, n))
				return func() func() {
					groups := groupsOf(toks, lineToks, c.runs, c.typ, n)
					return func() {
						if got := c.join(groups, toks); len(got) != 2 {
							t.Errorf("%d groups, want 2", len(got))
						}
					}
				}
			}
			page(10)()() // loads the name lists, which would count in the quarter's time
			checkGrowthPrepared(t, c.rule, page(16000), page(64000))
		})
	}
}

// TestAddPublicationSpansGrowth runs addPublicationSpans alone on a page
// of 32,000 lines (8,000 took 4 ms a quarter, too short to time), each with three publications after their cues and
// three spans: it checks the spans over each publication's name, and
// walking every span of the page for each took time in the square of the
// page (issue 12). The page must take at most growthLimit times its first
// quarter (checkGrowth).
func TestAddPublicationSpansGrowth(t *testing.T) {
	line := "a report in the Zorb Leader and a story in the Quelb Times and an article in Zorb Sun.\n"
	run := func(n int) func() {
		toks, spans := capitalRunSpans(strings.Repeat(line, n), func(string) newsner.EntityType { return newsner.Location })
		return func() {
			out := addPublicationSpans(toks, slices.Clone(spans))
			if len(out) != 3*n || out[0].typ != newsner.Organization {
				t.Errorf("%d spans, the first %v; want %d, an organization", len(out), out[0], 3*n)
			}
		}
	}
	run(10)() // loads the name lists, which would count in the quarter's time
	checkGrowth(t, "addPublicationSpans", run(8000), run(32000))
}

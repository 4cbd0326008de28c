package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// doc28Line is a line that meets one of doc28's rules with the tagger's
// spans over it, given by their texts in order (caseEntities' way).
type doc28Line struct {
	rule  string
	line  string
	spans []textSpan
	want  entityWant // on three lines
}

// repeatLine returns line n times over, its tokens and the spans over
// each copy: the spans found in line once (textSpans), shifted by its
// tokens on each copy. It fails the test if the copies do not split into
// the line's tokens.
func repeatLine(t *testing.T, line string, spans []textSpan, n int) (string, []token, []tspan) {
	t.Helper()
	lt := splitText(line)
	one := textSpans(t, line, lt, spans)
	text := strings.Repeat(line, n)
	toks := splitText(text)
	if len(toks) != n*len(lt) {
		t.Fatalf("%d copies of %q split into %d tokens, not %d", n, line, len(toks), n*len(lt))
	}
	out := make([]tspan, 0, n*len(one))
	for c := range n {
		for _, s := range one {
			out = append(out, tspan{s.typ, s.t0 + c*len(lt), s.t1 + c*len(lt)})
		}
	}
	return text, toks, out
}

// TestDoc28RulesHostileSize runs the document step on pages of 8,000
// lines that each meet one of doc28's rules (joinHeadedLists,
// joinLeadingLists, addHeadOfNameSpans, headOfTheName in eventsAsMisc,
// joinGroupConnectiveNames, joinFirmPairNames,
// memberAppositionsAsOrganizations; issue 12: no input may make the step
// take time in the square of its size), the same names on every line.
// Each page must take at most growthLimit times its first quarter
// (timedBuildEntities). Three lines must first give the entity the rule
// makes, so that the line still meets its rule.
func TestDoc28RulesHostileSize(t *testing.T) {
	L, O, P, M := newsner.Location, newsner.Organization, newsner.Person, misc
	type span = textSpan
	for _, c := range []doc28Line{
		{"joinHeadedLists", "Aid may fall short, the Zorbian Fund to End Hunger, Drought and Flooding warned on Monday.\n",
			[]span{{O, "Zorbian Fund to End Hunger"}, {O, "Drought"}, {L, "Flooding"}},
			entityWant{O, "Zorbian Fund to End Hunger, Drought and Flooding", 3}},
		{"joinLeadingLists", "Talks stalled, and the Construction, Flooding, Drought, Mining and Energy Union said so.\n",
			[]span{{M, "Construction"}, {O, "Mining and Energy Union"}},
			entityWant{O, "Construction, Flooding, Drought, Mining and Energy Union", 3}},
		{"addHeadOfNameSpans", "Tensions grew as Zorbco's Office of the Inspector General released two reports.\n",
			[]span{{O, "Zorbco"}},
			entityWant{O, "Office of the Inspector General", 3}},
		{"headOfTheName", "The bill was backed by the Party of the Zorbian Revolution, which won ten seats.\n",
			[]span{{O, "Party of the Zorbian Revolution"}},
			entityWant{O, "Party of the Zorbian Revolution", 3}},
		{"joinGroupConnectiveNames", "The campaign group Open Justice for Workers said the fine was too low.\n",
			[]span{{O, "Open Justice"}},
			entityWant{O, "Open Justice for Workers", 3}},
		{"joinFirmPairNames", "Analysts at Zorbco Quelb Morgan Stanley Securities expect a further hike.\n",
			[]span{{M, "Zorbco Quelb"}, {O, "Morgan Stanley Securities"}},
			entityWant{O, "Zorbco Quelb Morgan Stanley Securities", 3}},
		{"memberAppositionsAsOrganizations", "The rebel group, Zorbana, said it had seized the town.\n",
			[]span{{P, "Zorbana"}},
			entityWant{O, "Zorbana", 3}},
	} {
		t.Run(c.rule, func(t *testing.T) {
			text, toks, spans := repeatLine(t, c.line, c.spans, 3)
			found := false
			for _, e := range buildEntities(text, toks, spans) {
				found = found || e.Type == c.want.typ && e.Text == c.want.text && e.Count == c.want.count
			}
			if !found {
				t.Errorf("no %v on three lines of %q: the line no longer meets the rule", c.want, c.line)
			}
			text, toks, spans = repeatLine(t, c.line, c.spans, 8000)
			if es := timedBuildEntities(t, text, toks, spans); len(es) == 0 {
				t.Error("no entities")
			}
		})
	}
}

// TestDoc28RulesOneLongRun runs the document step on pages made of one
// run built for the worst case of a doc28 rule's loop, 5,000 and 20,000
// parts long (issue 12): a body's list after its head word and
// connective cut at every comma, joined and never joined
// (joinHeadedLists' scan of the list and joinListTails' skip over the
// spans inside), a union's list before its head word cut at every comma,
// joined and never joined (joinLeadingLists' scan back and its pops), a
// run of head words each before "of the" (addHeadOfNameSpans), a run of
// "group" and a name of common words each before a connective
// (joinGroupConnectiveNames), one firm's long span after another's
// (joinFirmPairNames' look-up of the whole), and a run of member bodies'
// nouns and names in apposition (memberAppositionsAsOrganizations). The
// whole page must take at most growthLimit times the page of a quarter of
// its parts (checkLongRuns), and the page of 20 parts must give the entity
// the rule makes, where it makes one.
func TestDoc28RulesOneLongRun(t *testing.T) {
	L, O, M := newsner.Location, newsner.Organization, misc
	spansAt := func(toks []token, typ newsner.EntityType, word string) []tspan {
		var spans []tspan
		for k, tok := range toks {
			if tok.Text == word {
				spans = append(spans, tspan{typ, k, k + 1})
			}
		}
		return spans
	}
	checkLongRuns(t, []longRun{
		{"joinHeadedLists", func(n int) (string, []tspan) {
			text := "the Zorbian Fund to End Hunger" + strings.Repeat(", Drought", n) + " and Flooding warned.\n"
			toks := splitText(text)
			return text, append([]tspan{{O, 1, 6}}, spansAt(toks, L, "Drought")...)
		}, entityWant{O, "Zorbian Fund to End Hunger" + strings.Repeat(", Drought", 20) + " and Flooding", 1}},
		{"joinHeadedLists, never joined", func(n int) (string, []tspan) {
			text := "the Zorbian Fund to End Hunger" + strings.Repeat(", Drought", n) + ", warned Zorb.\n"
			toks := splitText(text)
			return text, append([]tspan{{O, 1, 6}}, spansAt(toks, L, "Drought")...)
		}, entityWant{O, "Zorbian Fund to End Hunger", 1}},
		{"joinLeadingLists", func(n int) (string, []tspan) {
			text := "and the Construction" + strings.Repeat(", Drought", n) + ", Mining and Energy Union said.\n"
			toks := splitText(text)
			spans := append(spansAt(toks, M, "Construction"), spansAt(toks, M, "Drought")...)
			return text, append(spans, tspan{O, len(toks) - 6, len(toks) - 2})
		}, entityWant{O, "Construction" + strings.Repeat(", Drought", 20) + ", Mining and Energy Union", 1}},
		{"joinLeadingLists, never joined", func(n int) (string, []tspan) {
			text := "and Zorb Construction" + strings.Repeat(", Drought", n) + ", Mining and Energy Union said.\n"
			toks := splitText(text)
			spans := spansAt(toks, M, "Drought")
			return text, append(spans, tspan{O, len(toks) - 6, len(toks) - 2})
		}, entityWant{O, "Mining and Energy Union", 1}},
		{"addHeadOfNameSpans", func(n int) (string, []tspan) {
			return "said the" + strings.Repeat(" Office of the", n) + " Inspector General.\n", nil
		}, entityWant{}},
		{"joinGroupConnectiveNames", func(n int) (string, []tspan) {
			text := "the" + strings.Repeat(" group Open Justice for", n) + " Workers said.\n"
			toks := splitText(text)
			var spans []tspan
			for k := range toks {
				if toks[k].Text == "Open" {
					spans = append(spans, tspan{O, k, k + 2})
				}
			}
			return text, spans
		}, entityWant{}},
		{"joinFirmPairNames", func(n int) (string, []tspan) {
			text := "Analysts at Zorbco Quelb Morgan" + strings.Repeat(" Stanley", n) + " Securities expect a hike.\n"
			toks := splitText(text)
			return text, []tspan{{M, 2, 4}, {O, 4, len(toks) - 4}}
		}, entityWant{}},
		{"memberAppositionsAsOrganizations", func(n int) (string, []tspan) {
			text := "its" + strings.Repeat(" party, Zorbana,", n) + " had backed her.\n"
			return text, spansAt(splitText(text), L, "Zorbana")
		}, entityWant{O, "Zorbana", 20}},
	})
}

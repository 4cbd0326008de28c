package ner

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// capitalRunSpans splits text into tokens and tags each run of capitalized
// tokens (and full stops) on one line as a span of the type typ gives its
// first word, or none where typ gives "": a tagger's spans for the
// hostile-size tests' made-up pages.
func capitalRunSpans(text string, typ func(first string) newsner.EntityType) ([]token, []tspan) {
	toks := splitText(text)
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	var spans []tspan
	for k := 0; k < len(toks); {
		if !capital(toks[k].Text) {
			k++
			continue
		}
		e := k + 1
		for e < len(toks) && (capital(toks[e].Text) || toks[e].Text == ".") && !strings.Contains(text[toks[e-1].BEnd:toks[e].BStart], "\n") {
			e++
		}
		if t := typ(toks[k].Text); t != "" {
			spans = append(spans, tspan{t, k, e})
		}
		k = e
	}
	return toks, spans
}

// TestCutCueKeyRulesHostileSize runs the document step on pages of 8,000
// lines that each meet one of the span cuts, cue, sports and key rules of
// doc24 (issue 12: no input may make the step take time in the square of
// its size),
// the same names on every line, so that a group holds thousands of
// mentions. Each case's whole page must take at most growthLimit times
// its first quarter (checkGrowth). At 20,000 lines each took 2-7 times
// its quarter when they were written.
func TestCutCueKeyRulesHostileSize(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	all := typedAll
	cases := []hostileLine{
		{"splitAtSentenceStop", "We are here to Get. It. OUT now and Zorb Get. It again.\n", all(P)},
		{"cutLeadAdverbs", "Even Quelb had his water. Meanwhile Zorb Quelbin said. Read Quelbin Zorbaky now.\n", all(P)},
		{"cutPastInitial", "Zorbin D. Journal Abbrev. Quelb A. Bcd Efg.\n", all(P)},
		{"splitCountryStopFirms", "new reactors in the U.K. Zorbité Quelb SA, along with more.\n", all(O)},
		{"cutCountryOlympic", "at the United States Olympic trials and the France Olympic team.\n", all(O)},
		{"dealNounOf", "the Zorb deal of Quelb Corp and the merger of Zorb with Quelb.\n", all(O)},
		{"unknownPlacesAsTeams", "Quelbville beat Zorbtown 2-1 in the league match on Sunday.\n", all(L)},
		{"unknownNamesAsOpponents", "Leinster beat Montpellier and Zorbak drew with Quelb FC in the league.\n", func(f string) newsner.EntityType {
			if f == "Quelb" {
				return O
			}
			return P
		}},
		{"resultsReportersAsOrganizations", "Zorb Quelb reported a profit, and Quelb Inc posted quarterly sales.\n", all(P)},
		{"listedCompaniesAsOrganizations", "shares of Zorb and Quelb rose; Apple and Boeing fell.\n", all(L)},
		{"appositionCompanyNouns", "Quelb, the insurer, and Zorb, a miner, said.\n", all(P)},
		{"chainsAsOrganizations", "the Quelb chain and Zorb stores and Walmart stores opened.\n", all(P)},
		{"winningMargin", "Zorb won the league match by 3 goals from Quelb and beat Dana by two strokes.\n", all(P)},
		{"chiefOfficerHolder", "Zorb's chief executive and Quelb's chief financial officer said.\n", all(P)},
		{"townCompaniesAsOrganizations", "Boston's shares and Denver's chief executive rose.\n", all(L)},
		{"orListedCompaniesAsOrganizations", "Boeing or Denver and Apple or Boston said.\n", all(L)},
		{"addCompassRegionSpans", "towers in the Northeast and storms in the Midwest and Southwest.\n", all(misc)},
		{"cityOrStateKey", "New York and upstate New York and New York City and the state of New York.\n", all(L)},
		{"cityOrStateKey, bare", "in New York and upstate New York, the state of New York.\n", all(L)},
		{"lowerHouseKey", "the House and the Senate and Congress and Republicans in the House.\n", all(O)},
		{"presidentSurnameKey", "President Obama and First Lady Michelle Obama and President Bush.\n", all(P)},
		{"familyApart", "the Zorb household and Ada Zorb and the Quelb family and Dan Quelb said.\n", all(P)},
	}
	checkHostileLines(t, cases)
}

// TestSpanCutsOnOneLongSpan runs the document step on one span
// the tagger ran over a whole page of 40,000 runs that splitAtSentenceStop,
// cutPastInitial, cutLeadAdverbs or cutCountryOlympic cut (issue 12: a rule
// that cuts a span and looks at it again from its start would take time
// in the square of its length). The page must take at most growthLimit
// times a page of a quarter of its runs (checkGrowth); 0.8-3.8x when
// written, up to 6.9x at a load of 14 on pages of 20,000 runs (12 ms a
// quarter), hence 40,000.
func TestSpanCutsOnOneLongSpan(t *testing.T) {
	for _, c := range []struct {
		rule, run string
		typ       newsner.EntityType
	}{
		{"splitAtSentenceStop", "Get. It. ", newsner.Person},
		{"cutPastInitial", "Zorb D. Quelb E. ", newsner.Person},
		{"cutLeadAdverbs", "Even Meanwhile Perhaps ", newsner.Person},
		{"cutCountryOlympic", "United States Olympic ", newsner.Organization},
	} {
		t.Run(c.rule, func(t *testing.T) {
			page := func(n int) func() {
				text := strings.Repeat(c.run, n) + "now.\n"
				toks := splitText(text)
				spans := []tspan{{c.typ, 0, len(toks) - 2}}
				return func() { buildEntities(text, slices.Clone(toks), slices.Clone(spans)) }
			}
			checkGrowth(t, c.rule+" on one long span", page(10000), page(40000))
		})
	}
}

// madeUpName is the i-th of as many made-up names of letters only as a
// page needs, each its own ("Zorba", "Zorbb", ..., "Zorbab").
func madeUpName(i int) string {
	b := []byte("Zorb")
	for ; ; i /= 26 {
		b = append(b, byte('a'+i%26))
		if i < 26 {
			return string(b)
		}
	}
}

// TestOneSpanOfDistinctNames runs the document step on one span the
// tagger ran over a page's run of 10,000 and 40,000 names, each its own
// (a list of names with no commas), typed a person and an organization
// (issue 12: groupMentions' index of full forms and surnamesAsListedPeople
// looked each word up among the words before it, in time the square of
// the run's length: 11-18x for 4x the run). The page must take at most
// growthLimit times the page of a quarter of its names (checkGrowth).
func TestOneSpanOfDistinctNames(t *testing.T) {
	for _, typ := range []newsner.EntityType{newsner.Person, newsner.Organization} {
		t.Run(string(typ), func(t *testing.T) {
			page := func(n int) func() {
				var sb strings.Builder
				sb.WriteString("said Marla")
				for i := range n {
					sb.WriteString(" " + madeUpName(i))
				}
				sb.WriteString(" Quonk.\n")
				text := sb.String()
				toks := splitText(text)
				spans := []tspan{{typ, 1, len(toks) - 1}}
				return func() { buildEntities(text, slices.Clone(toks), slices.Clone(spans)) }
			}
			checkGrowth(t, "one span of distinct names", page(10000), page(40000))
		})
	}
}

// TestSpanEndsInPossessives runs the document step on one span of an
// organization's or a place's name that the tagger ran on over a run of
// 40,000 and 160,000 possessives, alone or each followed by a comma
// ("Zorb Quelb 's 's ...", "Zorb Quelb 's , 's , ..."; issue 12:
// trimSpanEdges asked possessiveName of each shorter span anew, in time
// the square of the run: 9-18x for 4x the run; then, with the key made
// once, each prefix was still hashed whole for its lookup: 7-14x, which
// runs of 5,000 and 20,000 hid in timing noise; now no key longer than
// the longest possessive name is looked up; runs of 20,000 took 11-22 ms,
// up to 6.4x at a load of 14). The page must take at
// most growthLimit times the page of a quarter of the run (checkGrowth),
// and the name keeps none of them.
func TestSpanEndsInPossessives(t *testing.T) {
	for _, typ := range []newsner.EntityType{newsner.Organization, newsner.Location} {
		for _, run := range []string{" 's", " '", " 's ,"} {
			t.Run(string(typ)+run, func(t *testing.T) {
				page := func(n int) (string, []token, []tspan) {
					text := "said Zorb Quelb" + strings.Repeat(run, n) + " now.\n"
					toks := splitText(text)
					return text, toks, []tspan{{typ, 1, len(toks) - 2}}
				}
				text, toks, spans := page(20)
				if es := buildEntities(text, toks, spans); len(es) != 1 || es[0].Text != "Zorb Quelb" {
					t.Errorf("entities %v, want one, Zorb Quelb", es)
				}
				timed := func(n int) func() {
					text, toks, spans := page(n)
					return func() { buildEntities(text, slices.Clone(toks), slices.Clone(spans)) }
				}
				checkGrowth(t, "a span that ends in a run of possessives", timed(40000), timed(160000))
			})
		}
	}
}

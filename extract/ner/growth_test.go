package ner

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/timing"
)

// The hostile-size tests' growth checks are internal/timing's, under the
// names their comments use: checkGrowth fails a test whose work on a page
// takes more than growthLimit times its first quarter's, in CPU time.
var (
	checkGrowth         = timing.CheckGrowth
	checkGrowthPrepared = timing.CheckGrowthPrepared
)

const growthLimit = timing.GrowthLimit

// timedBuildEntities runs the document step on spans over toks and fails
// the test if its time grows faster than the page (checkGrowth against
// the page's first quarter): the hostile-size tests' pages of many names
// must cost time in proportion to the text.
func timedBuildEntities(t *testing.T, text string, toks []token, spans []tspan) []newsner.Entity {
	t.Helper()
	qText, qToks, qSpans := firstQuarter(text, toks, spans)
	var es []newsner.Entity
	// Each run gets its own copies: the rules may retype spans in place.
	checkGrowth(t, fmt.Sprintf("the document step on %d tokens, %d spans", len(toks), len(spans)),
		func() { buildEntities(qText, slices.Clone(qToks), slices.Clone(qSpans)) },
		func() { es = buildEntities(text, slices.Clone(toks), slices.Clone(spans)) })
	return es
}

// firstQuarter cuts a hostile-size test's page, made of one line or
// sentence repeated, after its first quarter: the text before the first
// token past a quarter of them that starts a line or follows a full stop,
// with the tokens and the spans before that token.
func firstQuarter(text string, toks []token, spans []tspan) (string, []token, []tspan) {
	k := max(len(toks)/4, 1)
	for ; k < len(toks); k++ {
		if toks[k-1].Text == "." || strings.Contains(text[toks[k-1].BEnd:toks[k].BStart], "\n") {
			break
		}
	}
	if k >= len(toks) {
		return text, toks, spans
	}
	var qs []tspan
	for _, s := range spans {
		if s.t1 <= k {
			qs = append(qs, s)
		}
	}
	return text[:toks[k].BStart], toks[:k], qs
}

// hostileLine is a line of a hostile-size page that meets one rule: the
// page repeats it 8,000 times, each run of capitals typed by typ from its
// first word (capitalRunSpans).
type hostileLine struct {
	rule string
	line string
	typ  func(string) newsner.EntityType
}

// typedAll types every run ty.
func typedAll(ty newsner.EntityType) func(string) newsner.EntityType {
	return func(string) newsner.EntityType { return ty }
}

// typedBy types a run by its first word, untagged where m has none.
func typedBy(m map[string]newsner.EntityType) func(string) newsner.EntityType {
	return func(w string) newsner.EntityType { return m[w] }
}

// checkHostileLines runs the document step on each case's page of 8,000
// lines (timedBuildEntities: its time must grow with the page) and fails
// a case whose page gives no entities.
func checkHostileLines(t *testing.T, cases []hostileLine) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			text := strings.Repeat(c.line, 8000)
			toks, spans := capitalRunSpans(text, c.typ)
			if es := timedBuildEntities(t, text, toks, spans); len(es) == 0 {
				t.Error("no entities")
			}
		})
	}
}

// longRun is a page made of one run built for the worst case of a rule's
// loop, n parts long: its text and the tagger's spans, and the entity the
// page of 20 parts must give (none where want's text is empty).
type longRun struct {
	rule string
	page func(n int) (string, []tspan)
	want entityWant
}

// checkLongRuns runs the document step on each run's pages of 5,000 and
// 20,000 parts: the whole must take at most growthLimit times the page
// of a quarter of its parts (checkGrowth), and the page of 20 parts must
// first give the entity the rule makes, where it makes one, so that the
// run still meets its rule.
func checkLongRuns(t *testing.T, runs []longRun) {
	t.Helper()
	for _, c := range runs {
		t.Run(c.rule, func(t *testing.T) {
			if c.want.text != "" {
				text, spans := c.page(20)
				found := false
				var got []entityWant
				for _, e := range buildEntities(text, splitText(text), spans) {
					found = found || e.Type == c.want.typ && e.Text == c.want.text && e.Count == c.want.count
					got = append(got, entityWant{e.Type, e.Text, e.Count})
				}
				if !found {
					t.Errorf("no %v on the page of 20 parts (got %v): the run no longer meets the rule", c.want, got)
				}
			}
			page := func(n int) func() {
				text, spans := c.page(n)
				toks := splitText(text)
				return func() { buildEntities(text, slices.Clone(toks), slices.Clone(spans)) }
			}
			checkGrowth(t, c.rule+" on one long run", page(5000), page(20000))
		})
	}
}

// TestWordMapsOfLongTextStaySmall: the maps of a text's distinct words
// (lowerForms, lowerWords) are sized for its words, not for a quarter of
// its tokens: a long text of few words (a 15 MB page of name-dense
// paragraphs, 2.6 million tokens) made two maps of 40 MB each, held
// through the document step, for a dozen words. Here 400,000 tokens of
// 16 words: under 2 MB each, where they took 3.5 and 5.4 MB.
func TestWordMapsOfLongTextStaySmall(t *testing.T) {
	sent := "Angela Merkel spoke in Berlin about the European Union and its future plans for energy.\n"
	one := testTokens(t, sent)
	text := strings.Repeat(sent, 400000/len(one)+1)
	toks := make([]token, 0, len(one)*(400000/len(one)+1))
	for i := 0; len(toks) < cap(toks); i++ {
		for _, tok := range one {
			tok.BStart += int32(i * len(sent))
			tok.BEnd += int32(i * len(sent))
			toks = append(toks, tok)
		}
	}
	for name, build := range map[string]func(){
		"lowerForms": func() { lowerForms(toks) },
		"lowerWords": func() { lowerWords(text, toks) },
	} {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		build()
		runtime.ReadMemStats(&m1)
		if n := m1.TotalAlloc - m0.TotalAlloc; n > 2<<20 {
			t.Errorf("%s of %d tokens of %d words allocated %d bytes, want under 2 MB", name, len(toks), len(one), n)
		}
	}
}

package ner

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// growthLimit is how many times longer the hostile-size tests' work may
// take on a page than on its first quarter: work in proportion to the
// text takes about 4 times as long (a little more with the garbage
// collector's share), work that grows with the text's square 16 times.
const growthLimit = 8

// growthTurns is how many times at most checkGrowth times each of a pair
// of runs before it believes that the work grows too fast.
const growthTurns = 5

// checkGrowth times small and then large, the same work on four times the
// input, in turns, and fails the test unless, in one of growthTurns turns,
// the fastest time large has taken so far is at most growthLimit times the
// fastest small has taken (the ratio of the best of each, in the turns so
// far). It asserts how the time grows, not how long it is (a bound in
// seconds failed at a load of 10 on 2 CPUs), and in CPU time, which other
// work on the machine barely changes. A run thrown off all the same
// (another process's share of the caches, a collection of the work
// before's garbage, which timeRun makes before it starts) is outdone by a
// quieter one in a later turn, and neither side's best is the other's luck
// (one slow quarter in a turn does not pass a turn's slow whole), while
// work that grows with the square of the input is over the limit at its
// best.
func checkGrowth(t *testing.T, what string, small, large func()) {
	t.Helper()
	checkGrowthPrepared(t, what, func() func() { return small }, func() func() { return large })
}

// checkGrowthPrepared is checkGrowth where each run needs its input made
// anew (work that changes it): small and large make it, untimed, and
// return the run to time.
func checkGrowthPrepared(t *testing.T, what string, small, large func() func()) {
	t.Helper()
	var bs, bl time.Duration
	for turn := range growthTurns {
		s := timeRun(small())
		l := timeRun(large())
		if turn == 0 || s < bs {
			bs = s
		}
		if turn == 0 || l < bl {
			bl = l
		}
		g := growth(bs, bl)
		t.Logf("%s: a quarter took %v, the whole %v (best so far %v and %v: %.1fx)", what, s, l, bs, bl, g)
		if g <= growthLimit {
			return
		}
	}
	t.Errorf("%s: at best a quarter took %v, the whole %v (%.1fx for 4x the input, over %dx after %d turns)",
		what, bs, bl, growth(bs, bl), growthLimit, growthTurns)
}

// timeRun says how much CPU time f took (cpuTime, bench_test.go: the
// process's, and not the time it waited while other work had the
// machine), after a collection of the garbage made before it, whose cost
// is not f's, and with the collector held off while f runs, up to
// growthHeap: how a collection's cost grows with the heap is the
// runtime's, not the rule's, and on a loaded machine it made a page
// whose rules take 4.4x its quarter's time measure 8.8x (ci72).
func timeRun(f func()) time.Duration {
	runtime.GC()
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(growthHeap))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	start := cpuTime()
	f()
	return cpuTime() - start
}

// growthHeap is the heap at which timeRun's runs collect garbage after
// all: far more than any hostile page's run makes (the largest about
// 100 MB), far less than the machine has.
const growthHeap = 1 << 30

// growth is how many times longer large took than small; a small run too
// quick to time counts as a millisecond.
func growth(small, large time.Duration) float64 {
	return float64(large) / float64(max(small, time.Millisecond))
}

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

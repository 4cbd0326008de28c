// Package timing is the tests' and benchmarks' one way to measure CPU time
// and to assert that work grows in proportion to its input: CPU returns the
// process's CPU time, which other work on a shared machine barely changes,
// and CheckGrowth fails a test whose work on four times the input takes
// more than GrowthLimit times as long, in the best of GrowthTurns turns.
package timing

import (
	"runtime"
	"runtime/debug"
	"syscall"
	"testing"
	"time"
)

// GrowthLimit is how many times longer work may take on an input than on
// its first quarter: work in proportion to the input takes about 4 times
// as long (a little more with the garbage collector's share), work that
// grows with the input's square 16 times.
const GrowthLimit = 8

// GrowthTurns is how many times at most CheckGrowth times each of a pair
// of runs before it believes that the work grows too fast. Five turns
// failed linear work at 8.2x and 8.8x (once each, sessions 27 and 28, the
// machine at a load of 20 on 2 CPUs); work that grows with the square of
// its input is 16x at its best, so more turns give a quiet turn more
// chances, not such work a pass.
const GrowthTurns = 8

// CPU is the CPU time (user and system) this process has used.
func CPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// CheckGrowth times small and then large, the same work on four times the
// input, in turns, and fails the test unless, in one of GrowthTurns turns,
// the fastest time large has taken so far is at most GrowthLimit times the
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
func CheckGrowth(t testing.TB, what string, small, large func()) {
	t.Helper()
	CheckGrowthPrepared(t, what, func() func() { return small }, func() func() { return large })
}

// CheckGrowthPrepared is CheckGrowth where each run needs its input made
// anew (work that changes it): small and large make it, untimed, and
// return the run to time.
func CheckGrowthPrepared(t testing.TB, what string, small, large func() func()) {
	t.Helper()
	var bs, bl time.Duration
	for turn := range GrowthTurns {
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
		if g <= GrowthLimit {
			return
		}
	}
	t.Errorf("%s: at best a quarter took %v, the whole %v (%.1fx for 4x the input, over %dx after %d turns)",
		what, bs, bl, growth(bs, bl), GrowthLimit, GrowthTurns)
}

// timeRun says how much CPU time f took (CPU: the process's, and not the
// time it waited while other work had the machine), after a collection of
// the garbage made before it, whose cost is not f's, and with the
// collector held off while f runs, up to growthHeap: how a collection's
// cost grows with the heap is the runtime's, not the work's, and on a
// loaded machine it made a page whose rules take 4.4x its quarter's time
// measure 8.8x (ci72).
func timeRun(f func()) time.Duration {
	runtime.GC()
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(growthHeap))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	start := CPU()
	f()
	return CPU() - start
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

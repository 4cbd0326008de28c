package watch

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/timing"
)

// BenchmarkFileStoreCompaction measures how long FileStore.Add takes while
// the seen file is compacted, at 1M and 5M URLs: each round appends records
// of seen URLs again (as the watcher does when a feed still lists them) up
// to just below the compaction threshold (a third of the lines dead), then
// one more Add crosses it while a poller goroutine keeps adding 10 records
// every millisecond, as concurrent polls do. Reported: max-add-ms, the
// longest any Add took in the round (the one that crossed the threshold
// included); p99-add-ms over the poller's Adds; compact-ms, from the
// crossing Add's call to the compacted file in place. The seen set is
// bounded as the watch command's defaults say (30 days, 5M URLs).
//
//	go test ./ingest/watch -run '^$' -bench FileStoreCompaction -benchtime 3x
func BenchmarkFileStoreCompaction(b *testing.B) {
	for _, n := range []int{1_000_000, 5_000_000} {
		b.Run(fmt.Sprintf("urls=%dM", n/1_000_000), func(b *testing.B) { benchCompaction(b, n) })
	}
}

// benchURL is the i-th article URL of the benchmarks' seen sets.
func benchURL(i int) string {
	return fmt.Sprintf("https://news.example/world/2026/12/04/story-%08d.html", i)
}

func benchCompaction(b *testing.B, n int) {
	path := filepath.Join(b.TempDir(), "seen.txt")
	at := time.Now().UTC().Truncate(time.Second)
	if err := writeSeenFile(path, n, benchURL, at); err != nil {
		b.Fatal(err)
	}
	// The watch command's defaults.
	seen := NewBoundedSeen(SeenPolicy{TTL: DefaultSeenTTL, Max: 5_000_000})
	st, err := OpenFileStore(b.Context(), path, seen)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	const chunk = 50_000
	var worst, p99, compact time.Duration
	next := 0 // the next URL to record again
	again := func(k int) []newsner.URLRecord {
		recs := make([]newsner.URLRecord, k)
		for i := range recs {
			recs[i].URL = benchURL(next % n)
			next++
		}
		return recs
	}
	for b.Loop() {
		b.StopTimer()
		// Up to the threshold: lines = 1.5n, dead = n/2 (3*dead > lines
		// compacts).
		st.mu.Lock()
		lines := st.lines
		st.mu.Unlock()
		for todo := n + n/2 - lines; todo > 0; todo -= chunk {
			if err := st.Add(ctx, again(min(todo, chunk)), at); err != nil {
				b.Fatal(err)
			}
		}
		st.mu.Lock()
		lines = st.lines
		st.mu.Unlock()
		if lines != n+n/2 {
			b.Fatalf("%d lines before the round, want %d (compacted early?)", lines, n+n/2)
		}
		b.StartTimer()

		stop := make(chan struct{})
		var lat []time.Duration
		var wg sync.WaitGroup
		wg.Go(func() {
			tick := time.NewTicker(time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-stop:
					return
				case <-tick.C:
				}
				t0 := time.Now()
				if err := st.Add(ctx, again(10), at); err != nil {
					b.Error(err)
					return
				}
				lat = append(lat, time.Since(t0))
			}
		})
		time.Sleep(20 * time.Millisecond) // the poller running
		t0 := time.Now()
		if err := st.Add(ctx, again(1), at); err != nil {
			b.Fatal(err)
		}
		trigger := time.Since(t0)
		waitCompacted(b, st, n+n/2)
		compact = max(compact, time.Since(t0))
		time.Sleep(20 * time.Millisecond) // the poller after it
		close(stop)
		wg.Wait()
		slices.Sort(lat)
		worst = max(worst, trigger, lat[len(lat)-1])
		p99 = max(p99, lat[len(lat)*99/100])
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(worst), "max-add-ms")
	b.ReportMetric(ms(p99), "p99-add-ms")
	b.ReportMetric(ms(compact), "compact-ms")
}

// waitCompacted waits until the file holds fewer lines than before (the
// compaction done).
func waitCompacted(b *testing.B, st *FileStore, before int) {
	for {
		st.mu.Lock()
		lines := st.lines
		st.mu.Unlock()
		if lines < before {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// writeSeenFile writes a seen file of n URLs recorded at at.
func writeSeenFile(path string, n int, url func(int) string, at time.Time) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	ts := at.Format(time.RFC3339)
	for i := range n {
		fmt.Fprintf(w, "%s\t%s\n", url(i), ts)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// BenchmarkSeenClaim measures how long Seen.claim (the dedupe every poll
// does under the set's lock) takes on a big set, at 1M and 5M URLs:
//   - expiring: half the URLs recorded in one second (as a bulk load or a
//     restart on legacy lines records them), the rest spread over the TTL,
//     the clock starting 30 s before that half expires; cap not reached;
//   - capped: the set full at its cap (--seen-max), recorded over the last
//     week, so each claim's new URLs push out the oldest.
//
// An iteration is a minute of polls: 60 claims of 100 URLs (50 new, 50
// seen), one a second of the set's clock. Reported: max-claim-ms, the
// longest single claim of the run; p99-claim-us; max-claim-cpu-ms, the
// most CPU time a claim took (its thread's: unlike the wall time, not
// lengthened by other processes on a loaded machine). The TTL is the
// watch command's default (30 days).
//
//	go test ./ingest/watch -run '^$' -bench SeenClaim -benchtime 3x
func BenchmarkSeenClaim(b *testing.B) {
	for _, n := range []int{1_000_000, 5_000_000} {
		b.Run(fmt.Sprintf("expiring/urls=%dM", n/1_000_000), func(b *testing.B) { benchClaim(b, n, false) })
		b.Run(fmt.Sprintf("capped/urls=%dM", n/1_000_000), func(b *testing.B) { benchClaim(b, n, true) })
	}
}

func benchClaim(b *testing.B, n int, capped bool) {
	url := benchURL
	clock := newTestClock()
	t0 := clock.Now()
	p := SeenPolicy{TTL: DefaultSeenTTL, Max: 2 * n, Now: clock.Now}
	if capped {
		p.Max = n
		clock.advance(7 * day)
	} else {
		clock.advance(DefaultSeenTTL - 30*time.Second)
	}
	s := NewBoundedSeen(p)
	span := clock.Now().Sub(t0) - time.Second
	for i := range n { // in time order, as claims record them
		at := t0.Add(time.Duration(float64(span) * float64(i) / float64(n)))
		if !capped && i < n/2 {
			at = t0
		}
		s.Record(url(i), at)
	}
	if got := s.held(); got != n {
		b.Fatalf("%d URLs held after the fill, want %d", got, n)
	}
	next := n // the next new URL
	rng := uint64(1)
	recs := make([]newsner.URLRecord, 100)
	var lat []time.Duration
	var cpuMax time.Duration
	runtime.LockOSThread() // for threadCPU
	defer runtime.UnlockOSThread()
	for b.Loop() {
		for range 60 {
			for i := range recs {
				if i%2 == 0 {
					recs[i].URL = url(next)
					next++
				} else {
					rng = rng*6364136223846793005 + 1442695040888963407
					recs[i].URL = url(int(rng>>33) % n)
				}
			}
			t, cpu := time.Now(), threadCPU()
			s.claim(recs)
			lat = append(lat, time.Since(t))
			cpuMax = max(cpuMax, threadCPU()-cpu)
			clock.advance(time.Second)
		}
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-claim-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1000, "p99-claim-us")
	b.ReportMetric(float64(cpuMax.Microseconds())/1000, "max-claim-cpu-ms")
	if max := s.policy.Max; s.held() > max {
		b.Errorf("%d URLs held, over the cap of %d", s.held(), max)
	}
}

// BenchmarkSeenMemory measures the heap a Seen of 1M and of 5M URLs takes,
// in bytes a URL (B/url): recorded in time order (as claims record them),
// and loaded in no order of time (as a compacted seen file or a seen
// topic's partitions are read).
//
//	go test ./ingest/watch -run '^$' -bench SeenMemory -benchtime 1x
func BenchmarkSeenMemory(b *testing.B) {
	for _, n := range []int{1_000_000, 5_000_000} {
		for _, order := range []string{"in-order", "unordered"} {
			b.Run(fmt.Sprintf("%s/urls=%dM", order, n/1_000_000), func(b *testing.B) { benchMemory(b, n, order == "unordered") })
		}
	}
}

func benchMemory(b *testing.B, n int, unordered bool) {
	var perURL float64
	for b.Loop() {
		clock := newTestClock()
		t0 := clock.Now()
		clock.advance(29 * day)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		s := NewBoundedSeen(SeenPolicy{TTL: DefaultSeenTTL, Max: 5_000_000, Now: clock.Now})
		for i := range n {
			j := i
			if unordered {
				j = int(uint64(i) * 2654435761 % uint64(n)) // a permutation of 0..n-1
			}
			s.Record(benchURL(i), t0.Add(time.Duration(j)*time.Second/2))
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		if s.held() != n {
			b.Fatalf("%d held, want %d", s.held(), n)
		}
		perURL = float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
		runtime.KeepAlive(s)
	}
	b.ReportMetric(perURL, "B/url")
}

// BenchmarkFileStoreClose measures how long Close takes while a compaction
// is in flight, on a seen file as one is when its URLs expire (appended in
// time order, the oldest third of its lines expired): 500k lines recorded
// 31 days ago, expired but one in a thousand URLs recorded again 11 days
// ago (those lines follow), then 1M lines of URLs recorded 11 days ago.
// The compaction is started as Add starts it, and Close called 5%, 15% or
// half of the way through it (by the iteration: run 3x for all three).
// Reported: close-ms, the longest Close; compact-ms, the longest
// compaction of the same file undisturbed (the speed of compaction), and
// compact-cpu-ms the CPU time it took (user and system, GC included).
//
//	go test ./ingest/watch -run '^$' -bench FileStoreClose -benchtime 3x
func BenchmarkFileStoreClose(b *testing.B) {
	const n = 1_000_000
	url := benchURL
	path := filepath.Join(b.TempDir(), "seen.txt")
	ctx := context.Background()
	// open writes the file and opens a store on it, its URLs recorded 11
	// and 31 days ago, the older expired and not held.
	open := func() *FileStore {
		clock := newTestClock()
		old := clock.Now()
		clock.advance(20 * day)
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		w := bufio.NewWriter(f)
		for i := range n / 2 {
			fmt.Fprintf(w, "%s\t%s\n", url(i), old.Format(time.RFC3339))
		}
		for i := 0; i < n/2; i += 1000 {
			fmt.Fprintf(w, "%s\t%s\n", url(i), clock.Now().Format(time.RFC3339))
		}
		for i := n / 2; i < n+n/2; i++ {
			fmt.Fprintf(w, "%s\t%s\n", url(i), clock.Now().Format(time.RFC3339))
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
		f.Close()
		seen := NewBoundedSeen(SeenPolicy{TTL: DefaultSeenTTL, Now: clock.Now})
		st, err := OpenFileStore(b.Context(), path, seen)
		if err != nil {
			b.Fatal(err)
		}
		clock.advance(11 * day)
		if got := seen.Len(); got != n+n/2000 {
			b.Fatalf("%d URLs seen, want %d", got, n+n/2000)
		}
		return st
	}
	var closeMax, compactMax, compactCPU time.Duration
	fracs := []float64{0.05, 0.15, 0.5}
	i := 0
	for b.Loop() {
		b.StopTimer()
		st := open()
		t0, cpu0 := time.Now(), timing.CPU()
		if err := st.compact(ctx); err != nil {
			b.Fatal(err)
		}
		compact := time.Since(t0)
		compactMax = max(compactMax, compact)
		compactCPU = max(compactCPU, timing.CPU()-cpu0)
		st.Close()
		st = open()
		b.StartTimer()
		again := make([]newsner.URLRecord, 1000) // a third dead with these
		for j := range again {
			again[j].URL = url(n + j)
		}
		if err := st.Add(ctx, again, st.seen.now()); err != nil {
			b.Fatal(err)
		}
		if st.compacting == nil {
			b.Fatal("no compaction started")
		}
		time.Sleep(time.Duration(fracs[i%len(fracs)] * float64(compact)))
		i++
		t0 = time.Now()
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		closeMax = max(closeMax, time.Since(t0))
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(closeMax), "close-ms")
	b.ReportMetric(ms(compactMax), "compact-ms")
	b.ReportMetric(ms(compactCPU), "compact-cpu-ms")
}

package watch

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsner/newsner"
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

func benchCompaction(b *testing.B, n int) {
	benchURL := func(i int) string { return fmt.Sprintf("https://news.example/world/2026/12/04/story-%08d.html", i) }
	path := filepath.Join(b.TempDir(), "seen.txt")
	at := time.Now().UTC().Truncate(time.Second)
	if err := writeSeenFile(path, n, benchURL, at); err != nil {
		b.Fatal(err)
	}
	// The watch command's defaults.
	seen := NewBoundedSeen(SeenPolicy{TTL: DefaultSeenTTL, Max: 5_000_000})
	st, err := OpenFileStore(path, seen)
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

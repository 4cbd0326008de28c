package watch

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
)

// testClock is a clock the test moves.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTestClock() *testClock {
	return &testClock{t: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)}
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

const day = 24 * time.Hour

func urlRecs(us ...string) []newsner.URLRecord {
	var out []newsner.URLRecord
	for _, u := range us {
		out = append(out, newsner.URLRecord{URL: u})
	}
	return out
}

func recURLs(recs []newsner.URLRecord) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.URL)
	}
	slices.Sort(out)
	return out
}

// TestSeenBefore1970: a URL recorded at a second before 1970 (a negative
// Unix second) is held, as any other, while nothing was evicted: "nothing
// evicted" was the second 0, and such a record was dropped.
func TestSeenBefore1970(t *testing.T) {
	old := time.Date(1969, 7, 20, 20, 17, 0, 0, time.UTC)
	for _, s := range []*Seen{NewSeen(), NewBoundedSeen(SeenPolicy{Max: 10})} {
		if !s.Keep(old) {
			t.Errorf("a record of %v not kept", old)
		}
		s.Record("https://x.example/moon", old)
		if at, ok := s.Time("https://x.example/moon"); !ok || !at.Equal(old) {
			t.Errorf("recorded at %v: held %v at %v", old, ok, at)
		}
	}
}

// TestSeenExpires: a URL is forgotten TTL after it was last recorded; one
// found again once its record is a quarter of TTL old is recorded again
// (and handed back to be stored), so it lives on while a feed lists it;
// records already expired are not taken.
func TestSeenExpires(t *testing.T) {
	clock := newTestClock()
	s := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: clock.Now})
	a, b := "https://x.example/a", "https://x.example/b"
	if fresh, refresh, _ := s.claim(urlRecs(a, b)); len(fresh) != 2 || len(refresh) != 0 {
		t.Fatalf("first claim: fresh %v, refresh %v", recURLs(fresh), recURLs(refresh))
	}
	clock.advance(5 * day)
	if fresh, refresh, _ := s.claim(urlRecs(a)); len(fresh)+len(refresh) != 0 {
		t.Fatalf("day 5: fresh %v, refresh %v; want a seen, not due to be recorded again", recURLs(fresh), recURLs(refresh))
	}
	clock.advance(3 * day) // day 8: a's record is over a quarter of 30 days old
	fresh, refresh, at := s.claim(urlRecs(a))
	if len(fresh) != 0 || fmt.Sprint(recURLs(refresh)) != fmt.Sprint([]string{a}) || !at.Equal(clock.Now()) {
		t.Fatalf("day 8: fresh %v, refresh %v at %v; want a recorded again now", recURLs(fresh), recURLs(refresh), at)
	}
	clock.advance(22*day - time.Second) // a second before b expires
	if !s.Has(a) || !s.Has(b) || s.Len() != 2 {
		t.Fatalf("day 30-1s: a %v, b %v, len %d; want both", s.Has(a), s.Has(b), s.Len())
	}
	clock.advance(time.Second)
	if !s.Has(a) || s.Has(b) {
		t.Fatalf("day 30: a %v, b %v; want b expired, a (recorded again on day 8) kept", s.Has(a), s.Has(b))
	}
	clock.advance(time.Minute)
	if n := s.Len(); n != 1 {
		t.Fatalf("day 30: len %d, want 1", n)
	}
	if fresh, _, _ := s.claim(urlRecs(b)); fmt.Sprint(recURLs(fresh)) != fmt.Sprint([]string{b}) {
		t.Errorf("b found after it expired: fresh %v, want it emitted again", recURLs(fresh))
	}
	clock.advance(8 * day) // day 38: a's record of day 8 expired
	if s.Has(a) {
		t.Error("day 38: a still seen")
	}
	s.Record("https://x.example/old", clock.Now().Add(-31*day))
	if s.Has("https://x.example/old") || s.Keep(clock.Now().Add(-30*day)) || !s.Keep(clock.Now().Add(-29*day)) {
		t.Error("an expired record was taken, or Keep disagrees with the TTL")
	}
}

// TestSeenCap: past Max, the oldest recorded URLs go first (a tenth of the
// cap is freed), and records older than those dropped are not taken back.
func TestSeenCap(t *testing.T) {
	clock := newTestClock()
	s := NewBoundedSeen(SeenPolicy{Max: 20, Now: clock.Now})
	for i := range 21 {
		s.Add(fmt.Sprintf("https://x.example/%d", i))
		clock.advance(time.Minute)
	}
	if n := s.Len(); n != 18 {
		t.Errorf("len %d after 21 adds with a cap of 20, want 18", n)
	}
	for i := range 21 {
		if got, want := s.Has(fmt.Sprintf("https://x.example/%d", i)), i >= 3; got != want {
			t.Errorf("url %d seen: %v, want %v", i, got, want)
		}
	}
	s.Record("https://x.example/0", clock.Now().Add(-time.Hour))
	if s.Has("https://x.example/0") {
		t.Error("a record older than those the cap dropped was taken")
	}
	// Many recorded in the same second: the cap still holds.
	for i := range 100 {
		s.Add(fmt.Sprintf("https://y.example/%d", i))
	}
	if n := s.Len(); n > 20 || n < 18 {
		t.Errorf("len %d after a burst, want 18-20", n)
	}
}

// readLines returns the file's lines, sorted.
func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	slices.Sort(lines)
	return lines
}

// TestFileStoreCompacts: opening a seen file drops expired records and
// repeated ones (a URL alone on a line, as earlier versions wrote, counts
// as recorded at the start); appending records compacts the file again
// once a third of its lines are dead.
func TestFileStoreCompacts(t *testing.T) {
	clock := newTestClock()
	now := clock.Now()
	ts := func(d time.Duration) string { return now.Add(d).Format(time.RFC3339) }
	path := filepath.Join(t.TempDir(), "seen.txt")
	content := strings.Join([]string{
		"https://x.example/legacy",
		"https://x.example/expired\t" + ts(-31*day),
		"https://x.example/twice\t" + ts(-20*day),
		"https://x.example/live\t" + ts(-10*day),
		"https://x.example/twice\t" + ts(-2*day),
		"https://x.example/expired2\t" + ts(-40*day),
	}, "\n") + "\n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	seen := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: clock.Now})
	st, err := OpenFileStore(t.Context(), path, seen)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	want := []string{
		"https://x.example/legacy\t" + ts(0),
		"https://x.example/live\t" + ts(-10*day),
		"https://x.example/twice\t" + ts(-2*day),
	}
	if got := readLines(t, path); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("file after open:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if seen.Len() != 3 || seen.Has("https://x.example/expired") {
		t.Fatalf("seen holds %d, expired seen %v", seen.Len(), seen.Has("https://x.example/expired"))
	}
	// As the watcher does: claimed in seen, then stored; then the
	// compaction Add may have started is waited for.
	add := func(u string) {
		t.Helper()
		seen.Record(u, clock.Now())
		if err := st.Add(context.Background(), urlRecs(u), clock.Now()); err != nil {
			t.Fatal(err)
		}
		st.wait()
	}
	// 21 days on, live expired; a new URL appended: 1 dead line of 4 is
	// not worth a rewrite.
	clock.advance(21 * day)
	add("https://x.example/new")
	if got := readLines(t, path); len(got) != 4 {
		t.Fatalf("file after one append: %q", got)
	}
	// 9 days on, twice and legacy expired too: 3 dead lines of 5,
	// compacted.
	clock.advance(9 * day)
	add("https://x.example/newer")
	want = []string{
		"https://x.example/new\t" + ts(21*day),
		"https://x.example/newer\t" + ts(30*day),
	}
	if got := readLines(t, path); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("file after expiry and an append:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Appends go to the new file.
	add("https://x.example/last")
	if got := readLines(t, path); len(got) != 3 {
		t.Fatalf("file after an append to the compacted file: %q", got)
	}
	if m, _ := filepath.Glob(path + ".*"); len(m) != 0 {
		t.Errorf("left behind: %v", m)
	}
}

// TestFileStoreExpiryAcrossRestarts: watchers started again on one seen
// file emit nothing they emitted before while it is listed; an article a
// feed keeps listing is recorded again and stays seen past the TTL; one a
// feed lists again after it expired is emitted again.
func TestFileStoreExpiryAcrossRestarts(t *testing.T) {
	s := newSite(t, 1, 2)
	path := filepath.Join(t.TempDir(), "seen.txt")
	clock := newTestClock()
	pass := func() map[string][]newsner.URLRecord {
		seen := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: clock.Now})
		st, err := OpenFileStore(t.Context(), path, seen)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		out := &fakes.URLs{}
		w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: out, Seen: seen, Store: st, Once: true, MaxAge: -1})
		w.Set([]string{s.srv.URL + "/feed.xml"})
		if err := w.Run(context.Background()); err != nil {
			t.Fatal(err)
		}
		return out.ByURL()
	}
	if got := pass(); len(got) != 2 {
		t.Fatalf("first pass emitted %v", got)
	}
	for range 5 { // days 10 to 50, the feed listing 1 and 2 throughout
		clock.advance(10 * day)
		if got := pass(); len(got) != 0 {
			t.Fatalf("%v: emitted %v, want nothing (still listed)", clock.Now(), got)
		}
	}
	// The feed drops 2 (last recorded on day 50); on day 81 it lists it
	// again.
	s.mu.Lock()
	s.articles = []int{1}
	s.mu.Unlock()
	for range 3 { // days 60 to 80
		clock.advance(10 * day)
		if got := pass(); len(got) != 0 {
			t.Fatalf("%v: emitted %v, want nothing", clock.Now(), got)
		}
	}
	clock.advance(day)
	s.add(2)
	if got := pass(); len(got) != 1 || got[s.url(2)] == nil {
		t.Fatalf("emitted %v, want %s again (forgotten 30 days after it was last listed)", got, s.url(2))
	}
	if lines := readLines(t, path); len(lines) > 4 {
		t.Errorf("seen file has %d lines for 2 URLs: not compacted", len(lines))
	}
}

// heldCompaction opens a store on a file of n URLs whose compactions wait
// in the test hook until release is closed (or the store is closed);
// started receives once a compaction waits there.
func heldCompaction(t *testing.T, n int) (st *FileStore, path string, started chan struct{}, release chan struct{}) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "seen.txt")
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "https://x.example/%d\t2026-11-01T12:00:00Z\n", i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := OpenFileStore(t.Context(), path, NewSeen())
	if err != nil {
		t.Fatal(err)
	}
	started, release = make(chan struct{}, 1), make(chan struct{})
	st.testHook = func(ctx context.Context) {
		started <- struct{}{}
		select {
		case <-release:
		case <-ctx.Done():
		}
	}
	return st, path, started, release
}

// addWithin calls st.Add and fails the test if it has not returned within
// ten seconds (it should take milliseconds; it used to wait for the
// compaction, here held up for ever).
func addWithin(t *testing.T, st *FileStore, us ...string) {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		done <- st.Add(context.Background(), urlRecs(us...), time.Date(2026, 11, 2, 12, 0, 0, 0, time.UTC))
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("Add(%v) blocked while a compaction was held up", us)
	}
}

// TestFileStoreAddDuringCompaction: the Add that makes the file worth
// compacting returns without waiting for the compaction, and so do Adds
// while it runs; the lines they append are in the compacted file, and
// later Adds go to it.
func TestFileStoreAddDuringCompaction(t *testing.T) {
	st, path, started, release := heldCompaction(t, 10)
	defer st.Close()
	// 6 URLs recorded again: 6 dead lines of 16, worth compacting.
	addWithin(t, st, "https://x.example/0", "https://x.example/1", "https://x.example/2", "https://x.example/3", "https://x.example/4", "https://x.example/5")
	select {
	case <-started:
	case <-time.After(10 * time.Second):
		t.Fatal("no compaction started")
	}
	addWithin(t, st, "https://x.example/new1")
	addWithin(t, st, "https://x.example/new2", "https://x.example/3")
	if got := readLines(t, path); len(got) != 19 {
		t.Fatalf("file holds %d lines while the compaction is held, want 19", len(got))
	}
	close(release)
	st.wait()
	// One line a URL, those appended during the compaction included
	// (URL 3's second record of the tail as written).
	got := readLines(t, path)
	var urls []string
	for _, l := range got {
		u, _, _ := strings.Cut(l, "\t")
		urls = append(urls, u)
	}
	urls = slices.Compact(urls)
	if len(urls) != 12 || !slices.Contains(urls, "https://x.example/new1") || !slices.Contains(urls, "https://x.example/new2") || len(got) != 13 {
		t.Fatalf("compacted file:\n%s", strings.Join(got, "\n"))
	}
	st.mu.Lock()
	lines := st.lines
	st.mu.Unlock()
	if lines != len(got) {
		t.Errorf("store counts %d lines, the file holds %d", lines, len(got))
	}
	addWithin(t, st, "https://x.example/last")
	if got := readLines(t, path); !slices.Contains(got, "https://x.example/last\t2026-11-02T12:00:00Z") {
		t.Fatalf("an Add after the compaction is not in the file:\n%s", strings.Join(got, "\n"))
	}
	if m, _ := filepath.Glob(path + ".*"); len(m) != 0 {
		t.Errorf("left behind: %v", m)
	}
	seen := NewSeen()
	st2, err := OpenFileStore(t.Context(), path, seen)
	if err != nil {
		t.Fatal(err)
	}
	st2.Close()
	if seen.Len() != 13 {
		t.Errorf("opened again: %d URLs seen, want 13", seen.Len())
	}
}

// TestFileStoreCloseStopsCompaction: Close stops a compaction in flight
// and returns; the file is left as it was, with no temporary file beside
// it, and is compacted when opened again.
func TestFileStoreCloseStopsCompaction(t *testing.T) {
	st, path, started, _ := heldCompaction(t, 10)
	addWithin(t, st, "https://x.example/0", "https://x.example/1", "https://x.example/2", "https://x.example/3", "https://x.example/4", "https://x.example/5")
	<-started
	if err := st.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if got := readLines(t, path); len(got) != 16 {
		t.Fatalf("file holds %d lines after Close, want the 16 it had", len(got))
	}
	if m, _ := filepath.Glob(path + ".*"); len(m) != 0 {
		t.Errorf("left behind: %v", m)
	}
	st, err := OpenFileStore(t.Context(), path, NewSeen())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if got := readLines(t, path); len(got) != 10 {
		t.Errorf("file holds %d lines opened again, want 10", len(got))
	}
}

// TestFileStoreCompactionKeepsMode: a compacted seen file has the
// permissions OpenFileStore created it with (0644 less the umask), not
// those of a temporary file (0600).
func TestFileStoreCompactionKeepsMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seen.txt")
	st, err := OpenFileStore(t.Context(), path, NewSeen())
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	created := fi.Mode().Perm()
	// One URL three times: 2 dead lines of 3, compacted when opened.
	line := "https://x.example/a\t2026-11-01T12:00:00Z\n"
	if err := os.WriteFile(path, []byte(line+line+line), 0); err != nil {
		t.Fatal(err)
	}
	st, err = OpenFileStore(t.Context(), path, NewSeen())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if got := readLines(t, path); len(got) != 1 {
		t.Fatalf("file holds %d lines opened again, want 1: not compacted", len(got))
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != created {
		t.Errorf("compacted file's mode %v (%v), want %v as created", fi.Mode().Perm(), err, created)
	}
}

// TestFileStoreTornLastLine: a file whose last line a crash cut short
// (no newline) gets its line ended when opened, so the URL appended next
// is not glued to it and is seen when the file is opened again.
func TestFileStoreTornLastLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seen.txt")
	if err := os.WriteFile(path, []byte("https://x.example/a\nhttps://x.example/b\t2026-1"), 0o644); err != nil {
		t.Fatal(err)
	}
	seen := NewSeen()
	st, err := OpenFileStore(t.Context(), path, seen)
	if err != nil {
		t.Fatal(err)
	}
	seen.Record("https://x.example/c", time.Now())
	if err := st.Add(context.Background(), urlRecs("https://x.example/c"), time.Now()); err != nil {
		t.Fatal(err)
	}
	st.wait()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	seen = NewSeen()
	st, err = OpenFileStore(t.Context(), path, seen)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, u := range []string{"https://x.example/a", "https://x.example/b", "https://x.example/c"} {
		if !seen.Has(u) {
			t.Errorf("%s not seen after a restart; file:\n%s", u, strings.Join(readLines(t, path), "\n"))
		}
	}
}

// holds reports whether s holds u (expired or not): what Has does not
// tell, whether the URL's memory is still taken.
func holds(s *Seen, u string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[s.key(u)]
	return ok
}

func xURL(i int) string { return fmt.Sprintf("https://x.example/%d", i) }

// checkHeld fails unless s holds URL i (xURL) exactly when want(i), for i
// below n.
func checkHeld(t *testing.T, s *Seen, n int, want func(i int) bool) {
	t.Helper()
	bad := 0
	for i := range n {
		if got := holds(s, xURL(i)); got != want(i) {
			if bad++; bad <= 5 {
				t.Errorf("URL %d held: %v, want %v", i, got, want(i))
			}
		}
	}
}

// TestSeenExpiryInSteps: the URLs expired are removed at the next claim,
// not a sweep later, oldest first whatever order they were recorded in,
// at most boundWork a claim (the rest at the next claims, all by Len);
// Has goes by each URL's time meanwhile.
func TestSeenExpiryInSteps(t *testing.T) {
	clock := newTestClock()
	t0 := clock.Now()
	s := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: clock.Now})
	const n = 3000
	// URL i recorded at t0+i seconds, in no order of time.
	clock.advance(n * time.Second)
	for _, i := range rand.New(rand.NewPCG(1, 2)).Perm(n) {
		s.Record(xURL(i), t0.Add(time.Duration(i)*time.Second))
	}
	s.claim(nil)
	if s.held() != n {
		t.Fatalf("%d held, want %d", s.held(), n)
	}
	// At t0+30d+1999s, URLs 0 to 1999 expired.
	clock.advance(30*day - 1001*time.Second)
	if s.Has(xURL(1999)) || !s.Has(xURL(2000)) {
		t.Fatalf("Has: URL 1999 %v, 2000 %v; want 1999 expired, 2000 not", s.Has(xURL(1999)), s.Has(xURL(2000)))
	}
	s.claim(nil)
	checkHeld(t, s, n, func(i int) bool { return i >= boundWork })
	clock.advance(time.Second) // and 2000
	s.claim(nil)
	checkHeld(t, s, n, func(i int) bool { return i > 2000 })
	clock.advance(time.Second)
	if got := s.Len(); got != n-2002 {
		t.Errorf("Len %d, want %d", got, n-2002)
	}
}

// TestSeenRecordedAgainExpiresLater: a URL recorded again (by a claim
// renewing it, by Record from another watcher, forgotten and claimed
// again, deleted and recorded with an earlier time) is not removed when
// its first record expires but when its last does, each at the first
// claim after; URLs recorded once expire on time around them.
func TestSeenRecordedAgainExpiresLater(t *testing.T) {
	clock := newTestClock()
	t0 := clock.Now()
	s := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: clock.Now})
	a, b, c, d, e1, e2 := xURL(1), xURL(2), xURL(3), xURL(4), xURL(5), xURL(6)
	s.claim(urlRecs(a, b, c, d))
	clock.advance(time.Second)
	s.claim(urlRecs(e1))
	clock.advance(time.Second)
	s.claim(urlRecs(e2))
	clock.advance(8 * day)
	if _, refresh, _ := s.claim(urlRecs(a)); len(refresh) != 1 {
		t.Fatalf("a not renewed on day 8: %v", recURLs(refresh))
	}
	s.Record(b, t0.Add(10*day))
	s.forget(urlRecs(c))
	s.Delete(d)
	s.Record(d, t0.Add(5*day))
	clock.advance(day)
	if fresh, _, _ := s.claim(urlRecs(c)); len(fresh) != 1 { // on day 9
		t.Fatalf("c forgotten not claimed again: %v", recURLs(fresh))
	}
	held := func(want ...string) {
		t.Helper()
		for _, u := range []string{a, b, c, d, e1, e2} {
			if got := holds(s, u); got != slices.Contains(want, u) {
				t.Errorf("%v: %s held %v, want %v", clock.Now().Sub(t0), u, got, !got)
			}
			if got := s.Has(u); got != slices.Contains(want, u) {
				t.Errorf("%v: %s seen %v, want %v", clock.Now().Sub(t0), u, got, !got)
			}
		}
	}
	clock.advance(30*day - 9*day - 2*time.Second + time.Second) // t0+30d+1s
	s.claim(nil)
	held(a, b, c, d, e2)
	clock.advance(time.Second)
	s.claim(nil)
	held(a, b, c, d)
	for _, step := range []struct {
		day  time.Duration
		want []string
	}{
		{35, []string{a, b, c}},
		{38, []string{b, c}},
		{39, []string{b}},
		{40, nil},
	} {
		clock.advance(t0.Add(step.day*day + 2*time.Second).Sub(clock.Now()))
		s.claim(nil)
		held(step.want...)
	}
}

// TestSeenCapInSteps: past the cap the URLs recorded longest ago go
// first, whatever order they were recorded in, a bounded number a claim
// until a tenth of the cap is free, the set never over the cap after a
// claim; a record older than those dropped is refused, a later one taken.
func TestSeenCapInSteps(t *testing.T) {
	clock := newTestClock()
	t0 := clock.Now()
	const max = 20000
	s := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Max: max, Now: clock.Now})
	clock.advance(max * time.Second)
	for _, i := range rand.New(rand.NewPCG(3, 4)).Perm(max) {
		s.Record(xURL(i), t0.Add(time.Duration(i)*time.Second))
	}
	if s.held() != max {
		t.Fatalf("%d held, want %d", s.held(), max)
	}
	s.claim(urlRecs("https://x.example/new"))
	if s.held() > max {
		t.Fatalf("%d held after a claim, over the cap of %d", s.held(), max)
	}
	// The URL claimed gives the claim work for two more.
	checkHeld(t, s, max, func(i int) bool { return i >= boundWork+2 })
	s.claim(nil)
	if s.held() != max-max/10 {
		t.Fatalf("%d held, want %d", s.held(), max-max/10)
	}
	checkHeld(t, s, max, func(i int) bool { return i > max/10 })
	if !holds(s, "https://x.example/new") {
		t.Error("the URL claimed was dropped")
	}
	s.Record(xURL(0), t0.Add(max/10*time.Second-time.Second))
	if s.Has(xURL(0)) {
		t.Error("a record older than those the cap dropped was taken")
	}
	s.Record(xURL(0), t0.Add(max/10*time.Second+time.Second))
	if !s.Has(xURL(0)) {
		t.Error("a record later than those the cap dropped was refused")
	}
	s.claim(nil)
	if s.held() != max-max/10+1 {
		t.Errorf("%d held, want %d: dropped again under the cap", s.held(), max-max/10+1)
	}
}

// TestFileStoreReloadExpiresInOrder: URLs loaded from a seen file in no
// order of time (as a compaction writes it: each URL where it first
// appeared, with its last record) expire at their own time, each removed
// at the next claim; the file is compacted without them, and opened again
// holds the URLs still seen.
func TestFileStoreReloadExpiresInOrder(t *testing.T) {
	clock := newTestClock()
	t0 := clock.Now()
	const n = 40
	perm := rand.New(rand.NewPCG(5, 6)).Perm(n)
	at := func(i int) time.Time { return t0.Add(time.Duration(perm[i]) * 10 * time.Second) }
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s\t%s\n", xURL(i), at(i).Format(time.RFC3339))
	}
	path := filepath.Join(t.TempDir(), "seen.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	clock.advance(30*day - time.Second)
	seen := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: clock.Now})
	st, err := OpenFileStore(t.Context(), path, seen)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if seen.held() != n {
		t.Fatalf("%d held after opening, want %d", seen.held(), n)
	}
	// Every 10 s one more expires (perm[i] of them).
	for k := 1; k <= 13; k++ {
		clock.advance(10 * time.Second)
		seen.claim(nil)
		checkHeld(t, seen, n, func(i int) bool { return perm[i] >= k })
	}
	// 13 dead lines of 41 with the next URL's: not yet worth it; two more
	// expired and another line, 15 of 42: compacted.
	add := func(u string) {
		t.Helper()
		seen.claim(urlRecs(u))
		if err := st.Add(context.Background(), urlRecs(u), clock.Now()); err != nil {
			t.Fatal(err)
		}
		st.wait()
	}
	add("https://x.example/new1")
	if got := readLines(t, path); len(got) != n+1 {
		t.Fatalf("file holds %d lines, want %d (not compacted yet)", len(got), n+1)
	}
	clock.advance(20 * time.Second)
	add("https://x.example/new2")
	var want []string
	for i := range n {
		if perm[i] >= 15 {
			want = append(want, xURL(i)+"\t"+at(i).Format(time.RFC3339))
		}
	}
	want = append(want, "https://x.example/new1\t"+clock.Now().Add(-20*time.Second).Format(time.RFC3339), "https://x.example/new2\t"+clock.Now().Format(time.RFC3339))
	slices.Sort(want)
	if got := readLines(t, path); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("compacted file:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	again := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: clock.Now})
	st2, err := OpenFileStore(t.Context(), path, again)
	if err != nil {
		t.Fatal(err)
	}
	st2.Close()
	if again.Len() != n-15+2 {
		t.Errorf("opened again: %d seen, want %d", again.Len(), n-15+2)
	}
	for i := range n {
		if got := again.Has(xURL(i)); got != (perm[i] >= 15) {
			t.Errorf("opened again: URL %d (expiring %d) seen %v", i, perm[i], got)
		}
	}
}

// cancelAtRead returns a context that now, clock's time, cancels at the
// read of it cancelAt names, counting its reads in calls: a cancel that
// comes a given number of lines into a file read or written.
func cancelAtRead(t *testing.T, clock *testClock) (ctx context.Context, now func() time.Time, calls, cancelAt *atomic.Int64) {
	ctx, cancel := context.WithCancel(t.Context())
	t.Cleanup(cancel)
	calls, cancelAt = new(atomic.Int64), new(atomic.Int64)
	now = func() time.Time {
		if calls.Add(1) == cancelAt.Load() {
			cancel()
		}
		return clock.Now()
	}
	return ctx, now, calls, cancelAt
}

// TestFileStoreCompactionStopsAtCancel: a compaction cancelled in a run of
// dead lines stops at the next line (it looked for a cancel at each
// 4096th URL written only, so Close waited for the run to end) and leaves
// the file as it was.
func TestFileStoreCompactionStopsAtCancel(t *testing.T) {
	clock := newTestClock()
	ctx, now, calls, cancelAt := cancelAtRead(t, clock) // Seen.Time reads the clock once a line
	const n = 10_000
	var b strings.Builder
	fmt.Fprintf(&b, "https://x.example/live\t%s\n", clock.Now().Add(2*day).Format(time.RFC3339))
	for i := range n {
		fmt.Fprintf(&b, "%s\t%s\n", xURL(i), clock.Now().Format(time.RFC3339))
	}
	path := filepath.Join(t.TempDir(), "seen.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	clock.advance(day)
	seen := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: now})
	st, err := OpenFileStore(t.Context(), path, seen)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	clock.advance(30 * day) // all but the first line expired
	if seen.Len() != 1 {
		t.Fatalf("%d seen, want 1", seen.Len())
	}
	cancelAt.Store(calls.Load() + 10) // ten lines in
	err = st.compact(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("compaction cancelled returned %v", err)
	}
	if after := calls.Load() - cancelAt.Load(); after > 1 {
		t.Errorf("compaction read %d lines after it was cancelled", after)
	}
	if got := readLines(t, path); len(got) != n+1 {
		t.Errorf("file holds %d lines, want the %d it had", len(got), n+1)
	}
	if m, _ := filepath.Glob(path + ".*"); len(m) != 0 {
		t.Errorf("left behind: %v", m)
	}
}

// TestFileStoreOpenStopsAtCancel: a seen file being read at start-up
// stops at the next line once the context ends (an interrupt), with the
// context's error, and is left as it was; OpenFileStore took no context,
// so an interrupt waited for the whole file (millions of lines) to be read.
func TestFileStoreOpenStopsAtCancel(t *testing.T) {
	clock := newTestClock()
	ctx, now, calls, cancelAt := cancelAtRead(t, clock) // Seen.Record reads the clock once a line
	const n = 10_000
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s\t%s\n", xURL(i), clock.Now().Format(time.RFC3339))
	}
	path := filepath.Join(t.TempDir(), "seen.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cancelAt.Store(10) // nine lines in
	seen := NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: now})
	st, err := OpenFileStore(ctx, path, seen)
	if err == nil {
		st.Close()
	}
	if !errors.Is(err, context.Canceled) || !strings.Contains(fmt.Sprint(err), path) {
		t.Errorf("opening cancelled returned %v, want context.Canceled naming the file", err)
	}
	if after := calls.Load() - cancelAt.Load(); after > 1 {
		t.Errorf("opening read %d lines after it was cancelled", after)
	}
	if got := readLines(t, path); len(got) != n {
		t.Errorf("file holds %d lines, want the %d it had", len(got), n)
	}
}

// TestRecordOrder: the order gives its entries back least second first,
// however they were pushed (in order, out of it, across chunks, between
// pops).
func TestRecordOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var o recordOrder
	var ref []uint32
	sec := uint32(1000)
	for step := range 60_000 {
		switch {
		case step < 30_000 && rng.IntN(4) != 0 || len(ref) == 0:
			s := sec
			if rng.IntN(5) == 0 {
				s = uint32(rng.IntN(int(sec) + 1)) // out of order
			} else {
				sec += uint32(rng.IntN(3))
			}
			o.push(uint64(s)<<32|uint64(step), s)
			ref = append(ref, s)
		default:
			k, s, ok := o.min()
			least := slices.Min(ref)
			if !ok || s != least || uint32(k>>32) != s {
				t.Fatalf("step %d: min (%d, %d, %v), want second %d", step, k>>32, s, ok, least)
			}
			o.pop()
			ref = slices.Delete(ref, slices.Index(ref, least), slices.Index(ref, least)+1)
		}
		if o.Len() != len(ref) {
			t.Fatalf("step %d: %d entries, want %d", step, o.Len(), len(ref))
		}
	}
	for len(ref) > 0 {
		_, s, _ := o.min()
		least := slices.Min(ref)
		if s != least {
			t.Fatalf("min %d, want %d", s, least)
		}
		o.pop()
		ref = slices.Delete(ref, slices.Index(ref, least), slices.Index(ref, least)+1)
	}
	if _, _, ok := o.min(); ok || len(o.q.chunks)+len(o.h.chunks) != 0 {
		t.Errorf("emptied order: min ok %v, %d chunks kept", ok, len(o.q.chunks)+len(o.h.chunks))
	}
}

// TestSeenAgainstModel: random claims, records (at times in the past, so
// in no order), deletes and forgets on a small set with a TTL and a cap,
// checked at each step against a plain model of the policy: what claim
// answers, what is seen and since when, how many URLs are held (expired
// ones gone at each claim or record), the cap's cut (which of the URLs
// recorded in its second go is the set's choice).
func TestSeenAgainstModel(t *testing.T) {
	const ttl, max, pool = 100, 50, 120
	cuts := 0
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 99))
		clock := newTestClock()
		s := NewBoundedSeen(SeenPolicy{TTL: ttl * time.Second, Max: max, Now: clock.Now})
		model := map[int]int64{} // URL index -> second last recorded
		var cutoff int64
		kept := func(t, now int64) bool { return now-t < ttl && t >= cutoff }
		// bound is what claim and record do after: expired URLs removed,
		// past the cap the oldest until a tenth of it is free.
		bound := func(now int64) {
			for i, t := range model {
				if now-t >= ttl {
					delete(model, i)
				}
			}
			if len(model) <= max {
				return
			}
			times := slices.Sorted(maps.Values(model))
			drop := len(model) - (max - max/10)
			last := times[drop-1]
			atLast := 0
			for i, t := range model {
				switch {
				case t < last:
					delete(model, i)
				case t == last && !holds(s, xURL(i)):
					delete(model, i)
					atLast++
				}
			}
			if want := drop - slices.Index(times, last); atLast != want {
				t.Fatalf("seed %d: the cap dropped %d URLs recorded at its cutoff, want %d", seed, atLast, want)
			}
			cutoff = last
			cuts++
		}
		for step := range 2000 {
			clock.advance(time.Duration(rng.IntN(8)) * time.Second)
			now := clock.Now().Unix()
			var idx []int
			for range 1 + rng.IntN(6) {
				if i := rng.IntN(pool); !slices.Contains(idx, i) {
					idx = append(idx, i)
				}
			}
			var recs []newsner.URLRecord
			for _, i := range idx {
				recs = append(recs, newsner.URLRecord{URL: xURL(i)})
			}
			switch op := rng.IntN(10); {
			case op < 5:
				fresh, refresh, _ := s.claim(recs)
				var wantFresh, wantRefresh []string
				for _, i := range idx {
					if t, ok := model[i]; ok && kept(t, now) {
						if t <= now-ttl/4 {
							model[i] = now
							wantRefresh = append(wantRefresh, xURL(i))
						}
						continue
					}
					model[i] = now
					wantFresh = append(wantFresh, xURL(i))
				}
				slices.Sort(wantFresh)
				slices.Sort(wantRefresh)
				if got := recURLs(fresh); !slices.Equal(got, wantFresh) {
					t.Fatalf("seed %d step %d: fresh %v, want %v", seed, step, got, wantFresh)
				}
				if got := recURLs(refresh); !slices.Equal(got, wantRefresh) {
					t.Fatalf("seed %d step %d: refresh %v, want %v", seed, step, got, wantRefresh)
				}
				bound(now)
			case op < 8:
				i, sec := idx[0], now-int64(rng.IntN(150))
				s.Record(xURL(i), time.Unix(sec, 0))
				if kept(sec, now) {
					if t, ok := model[i]; !ok || sec > t {
						model[i] = sec
					}
					bound(now)
				}
			case op < 9:
				s.Delete(xURL(idx[0]))
				delete(model, idx[0])
			default:
				s.forget(recs)
				for _, i := range idx {
					delete(model, i)
				}
			}
			if s.held() != len(model) {
				t.Fatalf("seed %d step %d: %d held, want %d", seed, step, s.held(), len(model))
			}
			check := idx // all of them now and then
			if step%10 == 0 {
				check = nil
				for i := range pool {
					check = append(check, i)
				}
			}
			for _, i := range check {
				mt, ok := model[i]
				ok = ok && kept(mt, now)
				got, seen := s.Time(xURL(i))
				if seen != ok || ok && got.Unix() != mt {
					t.Fatalf("seed %d step %d: URL %d seen %v at %v, want %v at %v", seed, step, i, seen, got.Unix(), ok, mt)
				}
			}
		}
	}
	if cuts < 20 {
		t.Errorf("the cap cut the set %d times in all: the test does not try it", cuts)
	}
	t.Logf("%d cuts", cuts)
}

// TestSeenOrderStaysSmall: the order holds about an entry a URL held:
// none for a set that never forgets; a claim undone (its emission failed)
// takes its entries back; deletes in its middle make it be built again
// once they outnumber the URLs held.
func TestSeenOrderStaysSmall(t *testing.T) {
	entries := func(s *Seen) int {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.order.Len()
	}
	s := NewSeen()
	for i := range 1000 {
		s.Add(xURL(i))
	}
	if n := entries(s); n != 0 {
		t.Errorf("a set that never forgets keeps %d entries", n)
	}

	clock := newTestClock()
	s = NewBoundedSeen(SeenPolicy{TTL: 30 * day, Now: clock.Now})
	s.claim(urlRecs(xURL(-1)))
	for round := range 1000 {
		recs := urlRecs(xURL(3*round), xURL(3*round+1), xURL(3*round+2))
		fresh, _, _ := s.claim(recs)
		s.forget(fresh)
		clock.advance(time.Second)
	}
	if n := entries(s); n != 1 {
		t.Errorf("after 1000 claims undone: %d entries for 1 URL", n)
	}

	s = NewBoundedSeen(SeenPolicy{Max: 1_000_000, Now: clock.Now})
	const n = 3 * staleEntries
	for i := range n {
		s.Add(xURL(i))
		clock.advance(time.Second)
	}
	for i := range n - 10 {
		s.Delete(xURL(i))
	}
	s.Add("https://x.example/last")
	if got, held := entries(s), s.held(); held != 11 || got != held {
		t.Errorf("%d entries for %d URLs after deletes (want 11 and 11)", got, held)
	}
	for i := n - 10; i < n; i++ {
		if !s.Has(xURL(i)) {
			t.Errorf("URL %d lost building the order again", i)
		}
	}
}

// TestSeenFileRefusesOtherFiles: a --seen-file that is some other file by
// mistake (an image or random bytes, a list of sites) is refused with an
// error that says so, and left byte for byte as it was: random bytes were
// read as lines of URLs ("23 URLs") and the file appended to, and would be
// compacted over. An empty file and a seen file are opened as before.
func TestSeenFileRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, content string
		refused       bool
	}{
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x05", true},
		{"random", "\xec\x66\xd4\x99\xff\x2b\xf2\x86\x87\x1f\x03\xba\x1c\xee\xdd\x96\n\x00\x01", true},
		{"sites", "example.com\n# my sites\nhttps://news.example/feed.xml\n", true},
		{"empty", "", false},
		{"seen", "https://x.example/a\t2026-12-01T00:00:00Z\nHTTP://x.example/legacy\n", false},
	} {
		path := filepath.Join(dir, c.name)
		if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := OpenFileStore(t.Context(), path, NewBoundedSeen(SeenPolicy{TTL: time.Hour * 24 * 30}))
		if err == nil {
			st.Close()
		}
		if refused := err != nil && strings.Contains(err.Error(), "not a seen file"); refused != c.refused {
			t.Errorf("%s: %v, want refused %v", c.name, err, c.refused)
		}
		if got, _ := os.ReadFile(path); c.refused && string(got) != c.content {
			t.Errorf("%s: the file was changed: %q", c.name, got)
		}
	}
}

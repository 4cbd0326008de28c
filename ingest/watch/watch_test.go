package watch

import (
	"container/heap"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
)

// httpFetcher is the tests' Fetcher: a plain net/http client with the
// conditional headers, a timeout and no retries. (newsner watch uses the
// guarded fetcher of package ingest; cmd/newsner's tests go through it.)
type httpFetcher struct {
	client *http.Client
}

func newHTTPFetcher(timeout time.Duration) *httpFetcher {
	return &httpFetcher{client: &http.Client{Timeout: timeout}}
}

func (f *httpFetcher) Fetch(ctx context.Context, req Request) (Response, error) {
	r, err := http.NewRequestWithContext(ctx, http.MethodGet, req.URL, nil)
	if err != nil {
		return Response{}, &newsner.Error{Code: newsner.EInvalid, Message: "request", Err: err}
	}
	if req.ETag != "" {
		r.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		r.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := f.client.Do(r)
	if err != nil {
		return Response{}, &newsner.Error{Code: newsner.ETimeout, Message: "fetch " + req.URL, Err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	out := Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, Header: resp.Header, Body: body}
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil { // seconds only, enough here
		out.RetryAfter = time.Duration(s) * time.Second
	}
	if err != nil {
		return out, &newsner.Error{Code: newsner.ETimeout, Message: "read " + req.URL, Err: err}
	}
	if resp.StatusCode != 200 && resp.StatusCode != 304 {
		return out, newsner.Errorf(newsner.EHTTPStatus, "fetch %s: %s", req.URL, resp.Status)
	}
	return out, nil
}

// timeoutFor is a Fetcher whose fetches of URLs ending in suffix end
// after d (the others only with the caller's context).
type timeoutFor struct {
	Fetcher
	suffix string
	d      time.Duration
}

func (f timeoutFor) Fetch(ctx context.Context, req Request) (Response, error) {
	if strings.HasSuffix(req.URL, f.suffix) {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.d)
		defer cancel()
	}
	return f.Fetcher.Fetch(ctx, req)
}

// logLines returns the JSON log lines with the given message.
func logLines(t *testing.T, s *fakes.Buffer, msg string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(s.String()), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(l), &m) == nil && m["msg"] == msg {
			out = append(out, m)
		}
	}
	return out
}

// site is a news site on loopback: a home page linking its RSS feed,
// robots.txt naming its news sitemap, and articles added as a test goes.
// Feed and sitemap carry an ETag and answer 304 to a matching
// If-None-Match.
type site struct {
	t        *testing.T
	srv      *httptest.Server
	mu       sync.Mutex
	articles []int // article numbers, newest last
	hits     map[string]int
	notMod   map[string]int
	// header is added to feed and sitemap answers.
	header http.Header
}

// siteEpoch is when the test sites' articles were published: fixed, so a
// feed's bytes (and ETag) change only when an article is added.
var siteEpoch = time.Now().Add(-time.Hour).Truncate(time.Minute).UTC()

func newSite(t *testing.T, articles ...int) *site {
	s := &site{t: t, articles: articles, hits: map[string]int{}, notMod: map[string]int{}, header: http.Header{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) add(n ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.articles = append(s.articles, n...)
}

func (s *site) count(path string) (hits, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path], s.notMod[path]
}

func (s *site) url(i int) string { return fmt.Sprintf("%s/news/%d", s.srv.URL, i) }

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	arts := append([]int(nil), s.articles...)
	for k, v := range s.header {
		w.Header()[k] = v
	}
	s.mu.Unlock()
	var body string
	switch r.URL.Path {
	case "/":
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<!doctype html><html><head><title>Ledger</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><h1>Ledger</h1></body></html>`)
		return
	case "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nAllow: /\nSitemap: "+s.srv.URL+"/news.xml\n")
		return
	case "/feed.xml":
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>`)
		for i := len(arts) - 1; i >= 0; i-- {
			// Tracking parameters and a fragment: the emitted URL has neither.
			fmt.Fprintf(&b, `<item><title>Story %d</title><link>%s?utm_source=rss#top</link><pubDate>%s</pubDate></item>`,
				arts[i], s.url(arts[i]), siteEpoch.Format(time.RFC1123Z))
		}
		b.WriteString(`</channel></rss>`)
		body = b.String()
		w.Header().Set("Content-Type", "application/rss+xml")
	case "/news.xml":
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
		for _, a := range arts {
			fmt.Fprintf(&b, `<url><loc>%s</loc><news:news><news:publication_date>%s</news:publication_date><news:title>Story %d</news:title></news:news></url>`,
				s.url(a), siteEpoch.Format(time.RFC3339), a)
		}
		b.WriteString(`</urlset>`)
		body = b.String()
		w.Header().Set("Content-Type", "application/xml")
	default:
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256([]byte(body))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		s.mu.Lock()
		s.notMod[r.URL.Path]++
		s.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
		return
	}
	fmt.Fprint(w, body)
}

func runWatcher(t *testing.T, w *Watcher) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	return func() { once.Do(func() { stopRun(t, cancel, done) }) }
}

func stopRun(t *testing.T, cancel func(), done chan error) {
	t.Helper()
	{
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("Run did not return within 10s of its context ending")
		}
	}
}

// TestWatcherDiscoversPollsAndEmitsOnce: a bare site's feed and news
// sitemap are found; every article is emitted once (it is in both),
// normalised, with its title and date; unchanged documents cost a 304;
// articles added between polls come out once.
func TestWatcherDiscoversPollsAndEmitsOnce(t *testing.T) {
	s := newSite(t, 1, 2, 3)
	out := &fakes.URLs{}
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: out, Interval: 100 * time.Millisecond})
	w.Set([]string{s.srv.URL})
	stop := runWatcher(t, w)
	defer stop()
	fakes.WaitFor(t, "3 URLs", 5*time.Second, func() bool { return out.Len() >= 3 })
	fakes.WaitFor(t, "304s", 5*time.Second, func() bool {
		_, f := s.count("/feed.xml")
		_, m := s.count("/news.xml")
		return f >= 2 && m >= 2
	})
	s.add(4, 5)
	fakes.WaitFor(t, "5 URLs", 5*time.Second, func() bool { return out.Len() >= 5 })
	time.Sleep(300 * time.Millisecond) // more polls: nothing more may come
	stop()
	got := out.ByURL()
	if len(got) != 5 || out.Len() != 5 {
		t.Fatalf("emitted %d records for %d URLs, want 5 each: %v", out.Len(), len(got), got)
	}
	for i := 1; i <= 5; i++ {
		r := got[s.url(i)]
		if len(r) != 1 {
			t.Errorf("%s emitted %d times", s.url(i), len(r))
			continue
		}
		if r[0].Title != fmt.Sprintf("Story %d", i) || r[0].PublishedAt == nil || r[0].Schema != newsner.URLSchema || r[0].Source == "" {
			t.Errorf("record %+v lacks title, date, schema or source", r[0])
		}
	}
	if h, _ := s.count("/"); h > 2 {
		t.Errorf("home page fetched %d times; discovery is daily", h)
	}
}

// TestWatcherSchedule: a source is not polled before its ttl, max-age or
// Retry-After allow, a failing one backs off, and a healthy one is polled
// every interval. It waits for the polls, not for a span of time (2s held
// fewer polls on a loaded machine), and reads each source's schedule from
// the watcher: when its next poll is due after its last ended.
func TestWatcherSchedule(t *testing.T) {
	mux := http.NewServeMux()
	var mu sync.Mutex
	hits := map[string][]time.Time{}
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>%s<item><link>https://a.example/%s</link></item></channel></rss>`
	handle := func(path string, fn func(w http.ResponseWriter)) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			hits[path] = append(hits[path], time.Now())
			mu.Unlock()
			fn(w)
		})
	}
	handle("/plain", func(w http.ResponseWriter) { fmt.Fprintf(w, feed, "", "plain") })
	handle("/ttl", func(w http.ResponseWriter) { fmt.Fprintf(w, feed, "<ttl>60</ttl>", "ttl") })
	handle("/maxage", func(w http.ResponseWriter) {
		w.Header().Set("Cache-Control", "max-age=3600")
		fmt.Fprintf(w, feed, "", "maxage")
	})
	handle("/expires", func(w http.ResponseWriter) {
		w.Header().Set("Expires", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
		fmt.Fprintf(w, feed, "", "expires")
	})
	handle("/retry", func(w http.ResponseWriter) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	handle("/broken", func(w http.ResponseWriter) { w.WriteHeader(http.StatusInternalServerError) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var logs fakes.Buffer
	const interval = 100 * time.Millisecond
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: &fakes.URLs{}, Interval: interval,
		Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	paths := []string{"/plain", "/ttl", "/maxage", "/expires", "/retry", "/broken"}
	var lines []string
	for _, p := range paths {
		lines = append(lines, srv.URL+p)
	}
	w.Set(lines)
	stop := runWatcher(t, w)
	defer stop()
	// next is when a source's next poll is due after its last one ended,
	// failures how many of its polls in a row failed: read while it runs
	// too (its due is then the one it was started for).
	type schedule struct {
		next     time.Duration
		failures int
	}
	sched := map[string]schedule{}
	fakes.WaitFor(t, "12 polls of the plain feed, 4 of the failing one, one of each other", time.Minute, func() bool {
		mu.Lock()
		defer mu.Unlock()
		w.mu.Lock()
		defer w.mu.Unlock()
		for _, x := range w.units {
			if x.lastDone.IsZero() {
				return false
			}
			sched[strings.TrimPrefix(x.url, srv.URL)] = schedule{x.due.Sub(x.lastDone), x.failures}
		}
		return len(hits["/plain"]) >= 12 && len(hits["/broken"]) >= 4 && sched["/broken"].failures >= 3
	})
	stop()
	mu.Lock()
	defer mu.Unlock()
	// Jitter: a tenth either way.
	within := func(d, want time.Duration) bool { return d >= want-want/10 && d <= want+want/10 }
	if s := sched["/plain"]; s.failures != 0 || !within(s.next, interval) {
		t.Errorf("plain feed: next poll %v after its last (%d failures), want %v", s.next, s.failures, interval)
	}
	for i, at := range hits["/plain"][1:] {
		if d := at.Sub(hits["/plain"][i]); d < interval-interval/10 {
			t.Errorf("plain feed polled %v after its previous poll, at an interval of %v", d, interval)
		}
	}
	for _, p := range []string{"/ttl", "/maxage", "/expires", "/retry"} {
		if len(hits[p]) != 1 || !within(sched[p].next, time.Hour) {
			t.Errorf("%s polled %d times while the plain feed was polled %d times, next in %v; it asks for an hour", p, len(hits[p]), len(hits["/plain"]), sched[p].next)
		}
	}
	// Backoff doubles from 200ms: polls at about 0, 0.2, 0.6, 1.4 s.
	if s := sched["/broken"]; !within(s.next, interval<<s.failures) {
		t.Errorf("failing feed: next poll %v after its last, after %d failures; want %v", s.next, s.failures, interval<<s.failures)
	}
	for i, at := range hits["/broken"][1:] {
		if d, want := at.Sub(hits["/broken"][i]), interval<<(i+1); d < want-want/10 {
			t.Errorf("failing feed polled again %v after failure %d; want %v with backoff", d, i+1, want)
		}
	}
	failed := logLines(t, &logs, "watch: source failed")
	classes := map[string]string{}
	for _, l := range failed {
		classes[l["source"].(string)] = l["class"].(string)
	}
	if classes[srv.URL+"/broken"] != newsner.EHTTPStatus || classes[srv.URL+"/retry"] != newsner.EHTTPStatus {
		t.Errorf("failure log lines by source: %v", classes)
	}
}

// TestWatcherBadSources: each kind of bad source gets one clear error (a
// log line with its class) and the good source beside them is read.
func TestWatcherBadSources(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/good.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<rss version="2.0"><channel><title>ok</title><item><link>https://good.example/1</link></item></channel></rss>`)
	})
	mux.HandleFunc("/malformed.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><item><link>https://bad.example/1</link></item><item><<</channel>`)
	})
	mux.HandleFunc("/page.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<!doctype html><html><head><title>Home</title></head><body>news</body></html>`)
	})
	mux.HandleFunc("/huge.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<rss version="2.0"><channel><title>huge</title>`)
		for i := range 100_000 {
			fmt.Fprintf(w, "<item><link>https://huge.example/%d</link></item>", i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	bomb := gzipBomb(64 << 20)
	mux.HandleFunc("/bomb.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/gzip")
		w.Write(bomb)
	})
	// A loop: a lists b, b lists a. And an endless chain: /deep/N lists /deep/N+1.
	index := func(w http.ResponseWriter, locs ...string) {
		fmt.Fprint(w, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, l := range locs {
			fmt.Fprintf(w, "<sitemap><loc>%s</loc></sitemap>", l)
		}
		fmt.Fprint(w, `</sitemapindex>`)
	}
	mux.HandleFunc("/loop-a.xml", func(w http.ResponseWriter, r *http.Request) { index(w, "/loop-b.xml") })
	mux.HandleFunc("/loop-b.xml", func(w http.ResponseWriter, r *http.Request) { index(w, "/loop-a.xml") })
	mux.HandleFunc("/deep/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/deep/%d", &n)
		index(w, fmt.Sprintf("/deep/%d", n+1))
	})
	hang := make(chan struct{})
	defer close(hang)
	mux.HandleFunc("/hang.xml", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	want := map[string]string{
		"/malformed.xml":  newsner.EInvalid,
		"/page.html":      newsner.EUnsupported,
		"/huge.xml":       newsner.ETooLarge,
		"/bomb.xml.gz":    newsner.ETooLarge,
		"/loop-a.xml":     newsner.EInvalid,
		"/deep/0":         newsner.EInvalid,
		"/hang.xml":       newsner.ETimeout,
		"/nothing-here/x": newsner.EHTTPStatus,
	}
	lines := []string{srv.URL + "/good.xml"}
	for p := range want {
		lines = append(lines, srv.URL+p)
	}
	var logs fakes.Buffer
	out := &fakes.URLs{}
	// Only the hanging source's fetch has a deadline: with one for all, a
	// slow machine (or -race) cut /huge.xml's body short, a timeout where
	// its too many entries were to be told.
	f := timeoutFor{Fetcher: newHTTPFetcher(0), suffix: "/hang.xml", d: time.Second}
	w := New(Config{Fetcher: f, Output: out, Once: true,
		Limits: Limits{MaxBytes: 16 << 20}, Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	w.Set(lines)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	if err := w.Run(ctx); err != nil || ctx.Err() != nil {
		t.Fatalf("Run: %v (context: %v)", err, ctx.Err())
	}
	t.Logf("one pass over %d sources in %v", len(lines), time.Since(start))
	if got := out.ByURL(); len(got) != 1 || got["https://good.example/1"] == nil {
		t.Errorf("emitted %v, want the good feed's one URL", got)
	}
	failed := map[string]map[string]any{}
	for _, l := range logLines(t, &logs, "watch: source failed") {
		failed[strings.TrimPrefix(l["source"].(string), srv.URL)] = l
	}
	for p, class := range want {
		l := failed[p]
		if l == nil {
			t.Errorf("%s: no failure logged", p)
			continue
		}
		if l["class"] != class {
			t.Errorf("%s: class %v, want %s (%v)", p, l["class"], class, l["error"])
		}
		t.Logf("%s: %s: %v", p, l["class"], l["error"])
	}
	if len(failed) != len(want) {
		t.Errorf("%d sources failed, want %d", len(failed), len(want))
	}
}

// TestWatcherSetChangesSources: a source dropped from the set is no longer
// polled; one added is; one given back keeps its validators.
func TestWatcherSetChangesSources(t *testing.T) {
	a, b := newSite(t, 1), newSite(t, 2)
	out := &fakes.URLs{}
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: out, Interval: 50 * time.Millisecond})
	w.Set([]string{a.srv.URL + "/feed.xml"})
	stop := runWatcher(t, w)
	defer stop()
	fakes.WaitFor(t, "a polled", 5*time.Second, func() bool { h, _ := a.count("/feed.xml"); return h >= 2 })
	w.Set([]string{b.srv.URL + "/feed.xml"})
	fakes.WaitFor(t, "b polled", 5*time.Second, func() bool { h, _ := b.count("/feed.xml"); return h >= 2 })
	before, _ := a.count("/feed.xml")
	time.Sleep(300 * time.Millisecond)
	if after, _ := a.count("/feed.xml"); after > before+1 {
		t.Errorf("a polled %d more times after it was dropped", after-before)
	}
	if got := out.ByURL(); len(got) != 2 {
		t.Errorf("emitted %v", got)
	}
	// Given back (as after a rebalance), a is polled conditionally at once.
	hits, notMod := a.count("/feed.xml")
	w.Set([]string{a.srv.URL + "/feed.xml"})
	fakes.WaitFor(t, "a polled again", 5*time.Second, func() bool { h, _ := a.count("/feed.xml"); return h > hits })
	if h, n := a.count("/feed.xml"); n-notMod != h-hits {
		t.Errorf("a given back: %d polls, %d of them 304; want all 304", h-hits, n-notMod)
	}
}

// TestFileStoreAcrossRestarts: a watcher started again on the same seen
// file emits nothing it emitted before, and what is new.
func TestFileStoreAcrossRestarts(t *testing.T) {
	s := newSite(t, 1, 2)
	path := filepath.Join(t.TempDir(), "seen.txt")
	pass := func() map[string][]newsner.URLRecord {
		seen := NewSeen()
		st, err := OpenFileStore(t.Context(), path, seen)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		out := &fakes.URLs{}
		w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: out, Seen: seen, Store: st, Once: true})
		w.Set([]string{s.srv.URL + "/feed.xml", s.srv.URL + "/news.xml"})
		if err := w.Run(context.Background()); err != nil {
			t.Fatal(err)
		}
		return out.ByURL()
	}
	if got := pass(); len(got) != 2 {
		t.Fatalf("first pass emitted %v", got)
	}
	if got := pass(); len(got) != 0 {
		t.Fatalf("second pass emitted %v, want nothing", got)
	}
	s.add(3)
	if got := pass(); len(got) != 1 || got[s.url(3)] == nil {
		t.Fatalf("third pass emitted %v, want only %s", got, s.url(3))
	}
}

// TestMaxAge: entries and index sitemaps dated older than MaxAge are
// skipped; undated ones are taken.
func TestMaxAge(t *testing.T) {
	old := time.Now().Add(-30 * 24 * time.Hour).UTC()
	mux := http.NewServeMux()
	mux.HandleFunc("/index.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>/old.xml</loc><lastmod>%s</lastmod></sitemap><sitemap><loc>/new.xml</loc></sitemap></sitemapindex>`, old.Format(time.RFC3339))
	})
	mux.HandleFunc("/old.xml", func(w http.ResponseWriter, r *http.Request) {
		t.Error("a sitemap older than max-age was fetched")
	})
	mux.HandleFunc("/new.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://x.example/old</loc><lastmod>%s</lastmod></url><url><loc>https://x.example/undated</loc></url>
<url><loc>https://x.example/new</loc><lastmod>%s</lastmod></url></urlset>`, old.Format(time.RFC3339), time.Now().UTC().Format(time.RFC3339))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	out := &fakes.URLs{}
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: out, Once: true})
	w.Set([]string{srv.URL + "/index.xml"})
	if err := w.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := out.ByURL()
	if len(got) != 2 || got["https://x.example/undated"] == nil || got["https://x.example/new"] == nil {
		t.Errorf("emitted %v, want undated and new", got)
	}
}

// TestDiscoverCommonPaths: a site whose home page links no feed and whose
// robots.txt names no sitemap is probed at the common paths; a site with
// nothing to find fails with a clear error.
func TestDiscoverCommonPaths(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<!doctype html><html><head><title>Plain</title></head><body>news</body></html>`)
	})
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<rss version="2.0"><channel><title>x</title><item><link>/from-feed</link></item></channel></rss>`)
	})
	mux.HandleFunc("/sitemap_news.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/from-sitemap</loc></url></urlset>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	empty := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<html><body>nothing</body></html>`)
	}))
	defer empty.Close()
	var logs fakes.Buffer
	out := &fakes.URLs{}
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: out, Once: true, Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	w.Set([]string{srv.URL, empty.URL + "/"})
	if err := w.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := out.ByURL()
	if len(got) != 2 || got[srv.URL+"/from-feed"] == nil || got[srv.URL+"/from-sitemap"] == nil {
		t.Errorf("emitted %v", got)
	}
	failed := logLines(t, &logs, "watch: source failed")
	if len(failed) != 1 || failed[0]["source"] != empty.URL+"/" || failed[0]["class"] != newsner.EInvalid ||
		!strings.Contains(failed[0]["error"].(string), "no feed or sitemap found") {
		t.Errorf("failures %v", failed)
	}
}

// TestFailedOnce: after a Once run, Failed counts the sources given that
// failed: a line not read, a feed whose poll failed, a site none of whose
// feeds could be polled; not a site one of whose feeds was.
func TestFailedOnce(t *testing.T) {
	mux := http.NewServeMux()
	good := `<rss version="2.0"><channel><title>x</title><item><link>/a</link></item></channel></rss>`
	mux.HandleFunc("/good.xml", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, good) })
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusInternalServerError) })
	home := func(feeds ...string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, `<html><head>`)
			for _, f := range feeds {
				fmt.Fprintf(w, `<link rel="alternate" type="application/rss+xml" href="%s">`, f)
			}
			fmt.Fprint(w, `</head><body>news</body></html>`)
		}
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	broken := httptest.NewServer(home(srv.URL + "/broken.xml"))
	defer broken.Close()
	half := httptest.NewServer(home(srv.URL+"/broken.xml", srv.URL+"/good.xml"))
	defer half.Close()
	var logs fakes.Buffer
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: &fakes.URLs{}, Once: true,
		Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	w.Set([]string{srv.URL + "/good.xml", srv.URL + "/broken.xml", broken.URL + "/", half.URL + "/", "ftp://x.example/feed"})
	if err := w.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if failed, given := w.Failed(); failed != 3 || given != 5 {
		t.Errorf("Failed() = %d of %d, want 3 of 5 (the broken feed, the site of only it, the ftp line)", failed, given)
	}
	// Once polls no more: its failures name no next poll.
	for _, l := range logLines(t, &logs, "watch: source failed") {
		if _, ok := l["next_poll_in"]; ok {
			t.Errorf("a --once failure names a next poll: %v", l)
		}
	}
}

// TestSkippedSourceClipped: a source line of megabytes is logged skipped
// with its first newsner.MaxURLLength bytes, not whole.
func TestSkippedSourceClipped(t *testing.T) {
	var logs fakes.Buffer
	w := New(Config{Fetcher: newHTTPFetcher(time.Second), Output: &fakes.URLs{}, Once: true,
		Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	w.Set([]string{"https://news.example/" + strings.Repeat("a", 1<<20)})
	skipped := logLines(t, &logs, "watch: source skipped")
	if len(skipped) != 1 || len(skipped[0]["source"].(string)) > newsner.MaxURLLength+3 {
		t.Errorf("skipped %d, the source logged of %d bytes", len(skipped), len(logs.String()))
	}
}

// TestFewSourcesPolledAtOnce: a site watched alone is polled at once, and
// the feeds it names right after, though a fifth of the interval is long:
// their first polls were spread over it whatever their number, so
// `newsner watch example.com` printed nothing for up to two minutes at the
// default interval (a minute for the site, one for its feeds).
func TestFewSourcesPolledAtOnce(t *testing.T) {
	s := newSite(t, 1, 2, 3)
	out := &fakes.URLs{}
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: out, Interval: time.Hour})
	w.Set([]string{s.srv.URL})
	stop := runWatcher(t, w)
	defer stop()
	fakes.WaitFor(t, "3 URLs at an interval of 1h", 5*time.Second, func() bool { return out.Len() >= 3 })
}

// TestFirstPollsSpread: a thousand new sources are not polled at once: their
// first polls spread over a fifth of the interval. It reads when each is
// due and waits for the polls, not for a span of time (2.5s held a third of
// them on a loaded machine).
func TestFirstPollsSpread(t *testing.T) {
	var mu sync.Mutex
	var at []time.Duration
	polled := map[string]bool{}
	start := time.Now()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		if !polled[r.URL.Path] {
			polled[r.URL.Path] = true
			at = append(at, time.Since(start))
		}
		mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
	}))
	defer srv.Close()
	var lines []string
	for i := range 1000 {
		lines = append(lines, fmt.Sprintf("%s/feed/%d", srv.URL, i))
	}
	const spread = 2 * time.Second // a fifth of the interval
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: &fakes.URLs{}, Interval: 5 * spread,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	w.Set(lines)
	set := time.Now()
	w.mu.Lock()
	late := 0
	for _, x := range w.units {
		if x.due.Before(start) || x.due.After(set.Add(spread)) {
			late++
		}
	}
	w.mu.Unlock()
	if late > 0 {
		t.Errorf("%d of 1000 first polls due outside the %v after Set", late, spread)
	}
	stop := runWatcher(t, w)
	defer stop()
	fakes.WaitFor(t, "1000 first polls", time.Minute, func() bool { mu.Lock(); defer mu.Unlock(); return len(at) == 1000 })
	stop()
	mu.Lock()
	defer mu.Unlock()
	// Spread uniformly over 2s: about a quarter in each half second (a
	// poll starts no sooner than it is due).
	early := 0
	for _, d := range at {
		if d < 500*time.Millisecond {
			early++
		}
	}
	if early > 400 {
		t.Errorf("%d of 1000 first polls in the first 0.5s; want them spread over %v", early, spread)
	}
}

// TestSkippedSourceHidesCredentials: a source line that carries a password
// is skipped (the fetcher would refuse it) with a log line that hides it,
// as the error does (newsner.RedactURL); the line was logged as given.
func TestSkippedSourceHidesCredentials(t *testing.T) {
	var logs fakes.Buffer
	w := New(Config{Fetcher: newHTTPFetcher(time.Second), Output: &fakes.URLs{}, Once: true,
		Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	w.Set([]string{"https://user:secret@news.example/feed.xml"})
	skipped := logLines(t, &logs, "watch: source skipped")
	if len(skipped) != 1 || skipped[0]["source"] != "https://user:xxxxx@news.example/feed.xml" || strings.Contains(logs.String(), "secret") {
		t.Errorf("skipped %v; logs:\n%s", skipped, logs.String())
	}
}

// TestDateOutsideRecordYears: a sitemap entry dated in the year 10000 in
// UTC ("9999-12-31T23:59:59-23:59", read with its zone offset) is emitted
// without its date; its record could not be written ("year outside of
// range [0,9999]"), and every poll of the sitemap failed, none of its
// new URLs emitted, the well-dated ones neither.
func TestDateOutsideRecordYears(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/news.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://x.example/far</loc><news:news><news:publication_date>9999-12-31T23:59:59-23:59</news:publication_date></news:news></url>
<url><loc>https://x.example/now</loc><lastmod>2026-12-07T10:00:00+01:00</lastmod></url></urlset>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var buf fakes.Buffer
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: &Lines{W: &buf}, Once: true, MaxAge: -1})
	w.Set([]string{srv.URL + "/news.xml"})
	if err := w.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := map[string]*time.Time{}
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		r := newsner.ParseURLRecord([]byte(l))
		got[r.URL] = r.PublishedAt
	}
	far, now := got["https://x.example/far"], got["https://x.example/now"]
	if len(got) != 2 || far != nil || now == nil || !now.Equal(time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("emitted %q; want both URLs, the far one undated", buf.String())
	}
}

// TestFeedTitleKeptOverSitemap: a URL a site lists in its feed and in its
// plain sitemap is emitted once with the feed entry's title and date, even
// when the feed answers slower than the sitemap (the sitemap waits for its
// site's feeds), whether the two are found on the site or given as two
// lines (units of one host), the feed's URL naming none ("/updates") too;
// a URL only in the sitemap is emitted too.
func TestFeedTitleKeptOverSitemap(t *testing.T) {
	pub := time.Now().Add(-time.Hour).UTC().Truncate(time.Second)
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>`)
	})
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "Sitemap: "+base+"/sitemap.xml\n")
	})
	feed := func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(300 * time.Millisecond)
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>T</title><item><title>Feed title</title><link>%s/a</link><pubDate>%s</pubDate></item></channel></rss>`,
			base, pub.Format(time.RFC1123Z))
	}
	mux.HandleFunc("/feed.xml", feed)
	// A feed under a URL that names none: a document of unknown kind
	// until its first poll, which the sitemap waits for as for a feed.
	mux.HandleFunc("/updates", feed)
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s/a</loc></url><url><loc>%s/c</loc></url></urlset>`, base, base)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL
	for _, c := range []struct {
		name    string
		sources []string
		feed    string
	}{
		{"site", []string{srv.URL}, "/feed.xml"},
		{"two lines", []string{base + "/feed.xml", base + "/sitemap.xml"}, "/feed.xml"},
		{"two lines, sitemap first", []string{base + "/sitemap.xml", base + "/feed.xml"}, "/feed.xml"},
		{"feed without feed words", []string{base + "/sitemap.xml", base + "/updates"}, "/updates"},
	} {
		out := &fakes.URLs{}
		w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: out, Once: true})
		w.Set(c.sources)
		if err := w.Run(context.Background()); err != nil {
			t.Fatal(err)
		}
		got := out.ByURL()
		a := got[base+"/a"]
		if len(a) != 1 || a[0].Title != "Feed title" || a[0].PublishedAt == nil || !a[0].PublishedAt.Equal(pub) || a[0].Source != base+c.feed {
			t.Errorf("%s: /a emitted as %+v, want once with the feed's title, date and source", c.name, a)
		}
		if only := got[base+"/c"]; len(only) != 1 || only[0].Source != base+"/sitemap.xml" {
			t.Errorf("%s: /c emitted as %+v, want once from the sitemap", c.name, only)
		}
	}
}

// TestOtherHostNotWaitedFor: a sitemap and a slow feed given as two lines
// on two hosts (two loopback servers) do not wait for each other: the
// sitemap is fetched while the feed's answer is still pending.
func TestOtherHostNotWaitedFor(t *testing.T) {
	sitemapFetched := make(chan struct{})
	var once sync.Once
	waited := make(chan bool, 1)
	feeds := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-sitemapFetched:
			waited <- false
		case <-time.After(3 * time.Second):
			waited <- true
		}
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>http://%s/a</link></item></channel></rss>`, r.Host)
	}))
	defer feeds.Close()
	sitemaps := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		once.Do(func() { close(sitemapFetched) })
		fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://%s/b</loc></url></urlset>`, r.Host)
	}))
	defer sitemaps.Close()
	out := &fakes.URLs{}
	w := New(Config{Fetcher: newHTTPFetcher(5 * time.Second), Output: out, Once: true})
	w.Set([]string{feeds.URL + "/rss.xml", sitemaps.URL + "/sitemap.xml"})
	if err := w.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if <-waited {
		t.Error("the other host's sitemap was not fetched while the feed's poll ran: it waited for it")
	}
	if got := out.ByURL(); len(got) != 2 {
		t.Errorf("emitted %v, want /a and /b", got)
	}
}

// TestSitemapWaitBounded: a due sitemap waits for a feed of its site that
// runs or is due within Interval, at most until that feed is due plus
// PollTimeout, and is let go as soon as the feed's poll ends; it does not
// wait for a feed due later, nor for a failing one, nor twice in a row.
// The same whether the two are found on the site or given as two lines of
// one host (the sitemap named so or not); a feed of another host is not
// waited for.
func TestSitemapWaitBounded(t *testing.T) {
	now := time.Now()
	for _, how := range []struct {
		name      string
		given     bool
		feed, sm  string
		otherHost bool
	}{
		{"found on the site", false, "https://x.example/feed", "https://x.example/sitemap.xml", false},
		{"given as two lines", true, "https://x.example/rss.xml", "https://x.example/sitemap.xml", false},
		{"given, sitemap not named so", true, "https://x.example/rss.xml", "https://x.example/news.xml", false},
		{"given, two hosts", true, "https://x.example/rss.xml", "https://y.example/sitemap.xml", true},
	} {
		setup := func(feedDue time.Time, failures int) (*Watcher, *unit, *unit) {
			w := New(Config{Fetcher: newHTTPFetcher(time.Second), Output: &fakes.URLs{}, Interval: time.Hour, PollTimeout: 2 * time.Minute})
			if how.given {
				w.Set([]string{how.feed, how.sm})
			}
			w.mu.Lock()
			defer w.mu.Unlock()
			if !how.given {
				s := w.addLocked("https://x.example/", true)
				s.due = now.Add(24 * time.Hour)
				heap.Fix(&w.queue, s.index)
				s.found = []string{how.feed, how.sm}
				f, sm := w.addLocked(how.feed, false), w.addLocked(how.sm, false)
				f.owners[s.url], sm.owners[s.url] = true, true
				f.kind, sm.kind = kindFeed, kindSitemap
			}
			f, sm := w.units[how.feed], w.units[how.sm]
			f.due, f.failures = feedDue, failures
			sm.due = now
			for _, x := range []*unit{f, sm} {
				heap.Fix(&w.queue, x.index)
			}
			return w, f, sm
		}

		w, f, sm := setup(now.Add(10*time.Minute), 0)
		if how.otherHost {
			if x, _ := w.next(now); x != sm {
				t.Errorf("%s: next = %v, want the sitemap at once", how.name, x)
			}
			continue
		}
		if x, wait := w.next(now); x != nil || wait != 10*time.Minute {
			t.Fatalf("%s: next = %v, %v; want none for 10m (the sitemap waits for the feed)", how.name, x, wait)
		}
		if want := now.Add(12 * time.Minute); !sm.due.Equal(want) {
			t.Errorf("%s: waiting sitemap due at %v, want the feed's due plus PollTimeout %v", how.name, sm.due, want)
		}
		// The feed is polled; its poll ending lets the sitemap go at once.
		later := now.Add(10 * time.Minute)
		if x, _ := w.next(later); x != f {
			t.Fatalf("%s: next = %v, want the feed", how.name, x)
		}
		w.mu.Lock()
		f.running = false
		f.lastDone = later
		w.releaseLocked(f, later)
		w.mu.Unlock()
		if x, _ := w.next(later); x != sm {
			t.Fatalf("%s: after the feed's poll next = %v, want the sitemap", how.name, x)
		}

		for _, c := range []struct {
			name     string
			due      time.Time
			failures int
		}{{"feed due past Interval", now.Add(2 * time.Hour), 0}, {"failing feed", now.Add(time.Minute), 3}} {
			w, _, sm := setup(c.due, c.failures)
			if x, _ := w.next(now); x != sm {
				t.Errorf("%s, %s: next = %v, want the sitemap at once", how.name, c.name, x)
			}
		}

		// Waited once (its wait ran out, the feed's poll still running):
		// polled, not put back again.
		w, f, sm = setup(now.Add(10*time.Minute), 0)
		w.next(now)
		if x, _ := w.next(now.Add(12 * time.Minute)); x != f {
			t.Fatalf("%s: next = %v, want the feed", how.name, x)
		}
		if x, _ := w.next(now.Add(12 * time.Minute)); x != sm {
			t.Errorf("%s: at the end of its wait next = %v, want the sitemap", how.name, x)
		}
	}
}

// TestRecordsMergeDuplicates: a URL listed twice in one poll (two sitemaps
// of an index) is one record, with the title and date of whichever entry
// has them.
func TestRecordsMergeDuplicates(t *testing.T) {
	w := New(Config{Fetcher: newHTTPFetcher(time.Second), Output: &fakes.URLs{}, MaxAge: -1})
	pub := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	recs, _, _ := w.records([]sourced{
		{Entry: Entry{Link: "https://x.example/a"}, source: "https://x.example/s1.xml"},
		{Entry: Entry{Link: "https://x.example/a", Title: "A", Published: &pub}, source: "https://x.example/s2.xml"},
	})
	if len(recs) != 1 || recs[0].Title != "A" || recs[0].PublishedAt == nil || !recs[0].PublishedAt.Equal(pub) || recs[0].Source != "https://x.example/s1.xml" {
		t.Errorf("records = %+v, want one with the title and date of the second entry", recs)
	}
}

package main

// Tests of newsner watch (issue 15). TestWatchStdout runs the command
// in-process through the real, guarded fetcher against bad sources served on
// loopback. TestWatchKafkaEndToEnd is the end-to-end test: the real
// binary on the real broker, watch -> URL topic -> run -> articles topic,
// through a restart of watch and a SIGKILL of one of two watch processes.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest/watch/watchkafka"
	"github.com/newsner/newsner/internal/fakes"
	nkafka "github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/newsner/newsner/sink"
	"github.com/segmentio/kafka-go"
)

// TestWatchStdout: `newsner watch --once` through the guarded fetcher: a
// gzip bomb sent with Content-Encoding and a feed that never answers fail
// with their class and a log line each, beside a good feed whose URLs come
// out as records; started again with the same --seen-file it emits nothing.
func TestWatchStdout(t *testing.T) {
	bomb := fakes.GzipBomb(`<rss version="2.0"><channel><title>`, 64<<20)
	hang := make(chan struct{})
	defer close(hang)
	mux := http.NewServeMux()
	mux.HandleFunc("/good.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>ok</title>
<item><title>One</title><link>/a/1?utm_source=rss&amp;id=1#c</link><pubDate>`+time.Now().UTC().Format(time.RFC1123Z)+`</pubDate></item>
<item><title>Two</title><link>/a/2</link></item></channel></rss>`)
	})
	mux.HandleFunc("/bomb.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	mux.HandleFunc("/hang.xml", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	seen := filepath.Join(t.TempDir(), "seen.txt")
	run := func() (string, string) {
		var out, errb bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
		code := Main(context.Background(), env, []string{"watch", "--once", "--allow-private-networks", "--ignore-robots",
			"--header-timeout", "1s", "--max-attempts", "1", "--log-format", "json", "--seen-file", seen,
			srv.URL + "/good.xml", srv.URL + "/bomb.xml", srv.URL + "/hang.xml"})
		if code != 0 {
			t.Fatalf("watch exited %d\n%s", code, errb.String())
		}
		return out.String(), errb.String()
	}
	out, logs := run()
	var recs []newsner.URLRecord
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r newsner.URLRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		recs = append(recs, r)
	}
	if len(recs) != 2 || recs[0].URL != srv.URL+"/a/1?id=1" || recs[0].Title != "One" || recs[0].PublishedAt == nil || recs[1].URL != srv.URL+"/a/2" {
		t.Errorf("records %+v", recs)
	}
	classes := map[string]string{}
	for _, l := range strings.Split(logs, "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(l), &m) == nil && m["msg"] == "watch: source failed" {
			classes[strings.TrimPrefix(m["source"].(string), srv.URL)] = m["class"].(string)
		}
	}
	if classes["/bomb.xml"] != newsner.ETooLarge || classes["/hang.xml"] != newsner.ETimeout || len(classes) != 2 {
		t.Errorf("failures logged: %v\n%s", classes, logs)
	}
	if !strings.Contains(logs, "newsner watch: 2 of 3 sources failed\n") {
		t.Errorf("watch did not say how many sources failed:\n%s", logs)
	}
	if out, _ := run(); out != "" {
		t.Errorf("second run with the same --seen-file emitted %q", out)
	}
}

// TestWatchOnceAllFailed: `watch --once` whose every source fails (a feed
// answering 404, a site whose host refuses connections) exits 1 and says
// so, as extract does of its inputs; with one that worked it exits 0
// (TestWatchStdout).
func TestWatchOnceAllFailed(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	code, out, errOut := runMain(t, "", "watch", "--once", "--allow-private-networks", "--ignore-robots", "--max-attempts", "1", "--log-level", "error",
		srv.URL+"/feed.xml", "http://127.0.0.1:1/")
	if code != 1 || out != "" || errOut != "newsner watch: 2 of 2 sources failed\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing, the count of failed sources", code, out, errOut)
	}
}

// e2eNews is the end-to-end test's news server: two hosts (two listeners of
// one handler) publishing three feeds and a news sitemap. Article i is on
// feed i%3 (feeds 0 and 1 RSS on host A, feed 2 Atom on host B); host A's
// news sitemap lists all of A's articles again. Article pages are titled
// "Page story i", feed entries "Story i"; every fifth page has no title and
// no date: its record takes them from the feed entry.
type e2eNews struct {
	mu    sync.Mutex
	n     int // articles published: 0..n-1
	a, b  *httptest.Server
	polls []e2ePoll
}

type e2ePoll struct {
	at    time.Time
	agent string
	path  string // host letter + path: "A/feed/0.xml"
}

func newE2ENews(t *testing.T) *e2eNews {
	s := &e2eNews{}
	s.a = httptest.NewServer(s.handler("A"))
	s.b = httptest.NewServer(s.handler("B"))
	t.Cleanup(s.a.Close)
	t.Cleanup(s.b.Close)
	return s
}

func (s *e2eNews) publish(n int) {
	s.mu.Lock()
	s.n = max(s.n, n)
	s.mu.Unlock()
}

func (s *e2eNews) base(host string) string {
	if host == "A" {
		return s.a.URL
	}
	return s.b.URL
}

// articleURL is where article i is (what watch must emit).
func (s *e2eNews) articleURL(i int) string {
	host := "A"
	if i%3 == 2 {
		host = "B"
	}
	return fmt.Sprintf("%s/article/%d", s.base(host), i)
}

func (s *e2eNews) sources() []string {
	return []string{s.a.URL + "/feed/0.xml", s.a.URL + "/feed/1.xml", s.a.URL + "/news-sitemap.xml", s.b.URL + "/feed/2.xml"}
}

func published(i int) time.Time {
	return time.Date(2026, 12, 4, 6, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)
}

func (s *e2eNews) handler(host string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		n := s.n
		if !strings.HasPrefix(r.URL.Path, "/article/") {
			s.polls = append(s.polls, e2ePoll{at: time.Now(), agent: r.UserAgent(), path: host + r.URL.Path})
		}
		s.mu.Unlock()
		var i, f int
		isFeed := false
		if _, err := fmt.Sscanf(r.URL.Path, "/feed/%d.xml", &f); err == nil && r.URL.Path == fmt.Sprintf("/feed/%d.xml", f) {
			isFeed = f >= 0 && f < 3 && (f == 2) == (host == "B")
		}
		_, err := fmt.Sscanf(r.URL.Path, "/article/%d", &i)
		isArticle := err == nil && r.URL.Path == fmt.Sprintf("/article/%d", i) && i >= 0 && i < n
		switch {
		case host == "A" && r.URL.Path == "/news-sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
			for i := range n {
				if i%3 != 2 {
					fmt.Fprintf(w, `<url><loc>%s</loc><news:news><news:publication_date>%s</news:publication_date><news:title>Story %d</news:title></news:news></url>`,
						s.articleURL(i), published(i).Format(time.RFC3339), i)
				}
			}
			fmt.Fprint(w, `</urlset>`)
		case isFeed:
			s.feed(w, r, f, n)
		case isArticle:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			head := fmt.Sprintf(`<title>Page story %d</title><meta property="article:published_time" content="%s">`, i, published(i).Format(time.RFC3339))
			h1 := fmt.Sprintf("<h1>Page story %d</h1>", i)
			if i%5 == 0 {
				head, h1 = "", ""
			}
			fmt.Fprintf(w, `<!doctype html><html lang="en"><head>%s</head><body><article>%s
<p>Angela Merkel arrived in Berlin on Monday for talks with the European Commission about story number %d.</p>
<p>Officials from the United Nations said the meeting would last two days, and Emmanuel Macron said little.</p>
</article></body></html>`, head, h1, i)
		default:
			http.NotFound(w, r)
		}
	})
}

// feed writes feed f (RSS for 0 and 1, Atom for 2) with an ETag, answering
// 304 to a matching If-None-Match.
func (s *e2eNews) feed(w http.ResponseWriter, r *http.Request, f, n int) {
	var items []int
	for i := n - 1; i >= 0; i-- {
		if i%3 == f {
			items = append(items, i)
		}
	}
	etag := fmt.Sprintf(`"f%d-%d"`, f, len(items))
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if f == 2 {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>B</title><id>urn:b</id><updated>2026-12-04T06:00:00Z</updated>`)
		for _, i := range items {
			fmt.Fprintf(w, `<entry><title>Story %d</title><id>urn:%d</id><link rel="alternate" href="%s?utm_medium=atom"/><published>%s</published><updated>%s</updated></entry>`,
				i, i, s.articleURL(i), published(i).Format(time.RFC3339), published(i).Format(time.RFC3339))
		}
		fmt.Fprint(w, `</feed>`)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>A%d</title>`, f)
	for _, i := range items {
		fmt.Fprintf(w, `<item><title>Story %d</title><link>%s#comments</link><guid isPermaLink="false">id-%d</guid><pubDate>%s</pubDate></item>`,
			i, s.articleURL(i), i, published(i).Format(time.RFC1123Z))
	}
	fmt.Fprint(w, `</channel></rss>`)
}

// pollsSince returns the polls after t.
func (s *e2eNews) pollsSince(t time.Time) []e2ePoll {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []e2ePoll
	for _, p := range s.polls {
		if p.at.After(t) {
			out = append(out, p)
		}
	}
	return out
}

// TestWatchKafkaEndToEnd is issue 15's end-to-end test. A local server
// publishes three feeds and a news sitemap on two hosts; articles are added
// between polls. `newsner watch` puts new article URLs on the URL topic and
// `newsner run` makes them into article records. Through a clean restart of
// watch (articles published while it was down included) and a SIGKILL of one
// of two watch processes, every article ends as exactly one record, no URL is
// emitted twice, articles without a title or date on the page take them from
// the feed, and no source goes unpolled longer than its interval plus the
// group's rebalance.
func TestWatchKafkaEndToEnd(t *testing.T) {
	broker := kafkatest.Addr(t)
	bin := newsnerBinary(t)
	news := newE2ENews(t)
	suffix := fmt.Sprintf("watch-%d", time.Now().UnixNano())
	urls, sources, articles := "urls."+suffix, "sources."+suffix, "articles."+suffix
	const (
		interval       = time.Second
		sessionTimeout = 6 * time.Second
	)
	// Two sources-topic partitions, one per watch process; the two hosts
	// must hash to different ones for the work to be shared.
	siteKey := func(u string) int {
		return (&kafka.Murmur2Balancer{}).Balance(kafka.Message{Key: []byte(u + "/")}, 0, 1)
	}
	for i := 0; siteKey(news.a.URL) == siteKey(news.b.URL); i++ {
		if i == 50 {
			t.Fatal("no second port hashing to the other partition")
		}
		news.b.Close()
		news.b = httptest.NewServer(news.handler("B"))
		t.Cleanup(news.b.Close)
	}
	srcFile := filepath.Join(t.TempDir(), "sources.txt")
	if err := os.WriteFile(srcFile, []byte("# three feeds and a news sitemap\n"+strings.Join(news.sources(), "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "NEWSNER_BROKERS="+broker)
	type proc struct {
		cmd *exec.Cmd
		log *bytes.Buffer
	}
	var procs []*proc
	start := func(args ...string) *proc {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		p := &proc{cmd: cmd, log: &bytes.Buffer{}}
		cmd.Stdout, cmd.Stderr = p.log, p.log
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, p)
		return p
	}
	defer func() {
		for _, p := range procs {
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	}()
	dump := func() string {
		var b strings.Builder
		for i, p := range procs {
			fmt.Fprintf(&b, "--- process %d (%s):\n%s\n", i, strings.Join(p.cmd.Args[:2], " "), p.log.String())
		}
		return b.String()
	}
	stop := func(p *proc) {
		p.cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- p.cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("%v exited with %v\n%s", p.cmd.Args[:2], err, p.log)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%v did not stop within 30s of SIGTERM", p.cmd.Args[:2])
		}
	}
	watchArgs := func(agent string, extra ...string) []string {
		return append([]string{"watch", "--topic", urls, "--sources-topic", sources, "--seen-topic", "seen." + suffix,
			"--watch-group", "gw." + suffix, "--source-partitions", "2", "--interval", interval.String(),
			"--session-timeout", sessionTimeout.String(), "--max-age=-1s", "--user-agent", agent + "/1.0",
			"--allow-private-networks", "--ignore-robots", "--per-host-rate", "inf", "--log-format", "json"}, extra...)
	}
	waitArticles := func(n int, why string) {
		t.Helper()
		deadline := time.Now().Add(2 * time.Minute)
		for {
			c, _ := countTopic(broker, articles)
			if c >= int64(n) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: %d article records, want %d\n%s", why, c, n, dump())
			}
			time.Sleep(300 * time.Millisecond)
		}
	}

	news.publish(9)
	run := start("run", "--topic", urls, "--articles-topic", articles, "--raw-topic", "raw."+suffix, "--dlq-topic", "dlq."+suffix,
		"--group", "gr."+suffix, "--workers", "4", "--allow-private-networks", "--ignore-robots", "--per-host-rate", "inf")
	w1 := start(watchArgs("watcher-one", srcFile)...)
	waitArticles(9, "first poll")
	news.publish(15) // added between polls
	waitArticles(15, "articles added between polls")

	// A clean restart; articles published while watch is down come out
	// once it is back, and none of the earlier ones again.
	stop(w1)
	news.publish(18)
	w1 = start(watchArgs("watcher-one", srcFile)...)
	waitArticles(18, "after the restart")

	// A second watch process joins; the sites are shared: each host is
	// polled by one process.
	metricsAddr := fmt.Sprintf("127.0.0.1:%d", kafkatest.FreePorts(t, 1)[0])
	w2 := start(watchArgs("watcher-two", "--metrics-addr", metricsAddr)...)
	var shared time.Time
	deadline := time.Now().Add(time.Minute)
	for {
		time.Sleep(time.Second)
		recent := news.pollsSince(time.Now().Add(-3 * interval))
		agents := map[string]map[string]bool{}
		for _, p := range recent {
			h := p.path[:1]
			if agents[h] == nil {
				agents[h] = map[string]bool{}
			}
			agents[h][p.agent] = true
		}
		if len(agents["A"]) == 1 && len(agents["B"]) == 1 && fmt.Sprint(agents["A"]) != fmt.Sprint(agents["B"]) {
			shared = time.Now()
			t.Logf("shared: host A polled by %v, host B by %v", agents["A"], agents["B"])
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the two watch processes do not share the hosts: %v\n%s", agents, dump())
		}
	}
	news.publish(24)
	waitArticles(24, "with two watch processes")
	// Not both at once: while the two run, each host is polled by one.
	byHost := map[string]map[string]bool{}
	for _, p := range news.pollsSince(shared) {
		if byHost[p.path[:1]] == nil {
			byHost[p.path[:1]] = map[string]bool{}
		}
		byHost[p.path[:1]][p.agent] = true
	}
	if len(byHost["A"]) != 1 || len(byHost["B"]) != 1 {
		t.Errorf("with two watch processes, hosts were polled by %v", byHost)
	}

	// SIGKILL one; the other takes its sources over.
	victim := w1
	killed := time.Now()
	victim.cmd.Process.Kill()
	victim.cmd.Wait()
	news.publish(30)
	waitArticles(30, "after a SIGKILL of one of two watch processes")
	time.Sleep(3 * interval) // any duplicate would be on its way by now

	// No source unpolled longer than its interval plus the rebalance.
	polls := news.pollsSince(killed.Add(-2 * interval))
	last := map[string]time.Time{}
	var worst time.Duration
	worstPath := ""
	for _, src := range []string{"A/feed/0.xml", "A/feed/1.xml", "A/news-sitemap.xml", "B/feed/2.xml"} {
		last[src] = killed.Add(-2 * interval)
		for _, p := range polls {
			if p.path == src {
				if gap := p.at.Sub(last[src]); gap > worst {
					worst, worstPath = gap, src
				}
				last[src] = p.at
			}
		}
		if gap := time.Since(last[src]); gap > worst {
			worst, worstPath = gap, src
		}
	}
	// The rebalance: the coordinator notices the dead member after the
	// session timeout; the survivor learns of the rebalance at its next
	// heartbeat (3s) and rejoins; allow 5s more on a busy machine.
	bound := interval + interval/10 + sessionTimeout + 3*time.Second + 5*time.Second
	t.Logf("longest a source went unpolled around the SIGKILL: %v (%s); bound %v", worst.Round(10*time.Millisecond), worstPath, bound)
	if worst > bound {
		t.Errorf("%s went unpolled for %v, more than the interval plus the rebalance (%v)\n%s", worstPath, worst, bound, dump())
	}

	// The survivor's metrics: unchanged feeds answered 304, new URLs
	// counted, no poll failed.
	ms := scrape(t, metricsAddr)
	if ms.sum("newsner_watch_polls_total", "result", "not_modified") == 0 || ms.sum("newsner_watch_urls_total", "outcome", "new") == 0 ||
		ms.sum("newsner_watch_polls_total", "result", "failed") != 0 || ms.sum("newsner_watch_urls_total", "outcome", "duplicate") == 0 {
		t.Errorf("watch metrics: polls %v, urls %v", ms.series("newsner_watch_polls_total"), ms.series("newsner_watch_urls_total"))
	}
	if code, body := get(t, metricsAddr, "/readyz"); code != http.StatusOK {
		t.Errorf("/readyz of a watch process holding sites: %d %s", code, body)
	}
	stop(w2)
	stop(run)

	// Every URL emitted once, every article one record.
	emitted := map[string]int{}
	for _, m := range readTopic(t, broker, urls) {
		r := newsner.ParseURLRecord(m.Value)
		emitted[r.URL]++
		if string(m.Key) != r.URL {
			t.Errorf("URL message keyed %q for %q", m.Key, r.URL)
		}
	}
	recs := map[string][]newsner.Article{}
	for _, m := range readTopic(t, broker, articles) {
		var a newsner.Article
		if err := json.Unmarshal(m.Value, &a); err != nil {
			t.Fatal(err)
		}
		recs[a.URL] = append(recs[a.URL], a)
	}
	for i := range 30 {
		u := news.articleURL(i)
		if emitted[u] != 1 {
			t.Errorf("%s emitted %d times, want 1", u, emitted[u])
		}
		if len(recs[u]) != 1 {
			t.Errorf("%s has %d article records, want 1", u, len(recs[u]))
			continue
		}
		// The page's own title where it has one; the feed's where not.
		a, title := recs[u][0], fmt.Sprintf("Page story %d", i)
		if i%5 == 0 {
			title = fmt.Sprintf("Story %d", i)
		}
		if a.Title != title || a.PublishedAt == nil || !a.PublishedAt.Equal(published(i)) {
			t.Errorf("article %d: title %q, published %v; want %q at %v", i, a.Title, a.PublishedAt, title, published(i))
		}
	}
	// And the URL topic read by an independent client, kcat.
	kcat, err := exec.LookPath("kcat")
	if err != nil {
		t.Fatalf("kcat not installed (bash .ci/test.sh installs it): %v", err)
	}
	kout, err := exec.Command(kcat, "-b", broker, "-C", "-t", urls, "-o", "beginning", "-e", "-q", "-f", "%k\n").Output()
	if err != nil {
		t.Fatalf("kcat: %v", err)
	}
	keys := strings.Fields(string(kout))
	if len(keys) != 30 || len(slices.Compact(slices.Sorted(slices.Values(keys)))) != 30 {
		t.Errorf("kcat: %d URL messages, want 30 distinct", len(keys))
	}
	if len(emitted) != 30 || len(recs) != 30 {
		keys := slices.Sorted(maps.Keys(emitted))
		t.Errorf("%d URLs emitted, %d with articles; want 30: %v", len(emitted), len(recs), keys)
	}
}

// TestWatchKafkaSeenTTL: `newsner watch` on Kafka started on a seen topic
// another run left (URLs recorded 20 and 31 days ago, --seen-ttl 30 days)
// does not emit the URL still seen, emits the expired one its feed lists
// again (once, recorded anew) beside a new one, and writes a tombstone for
// the expired one no feed lists, so compaction removes it from the topic.
func TestWatchKafkaSeenTTL(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>`)
		for _, p := range []string{"live", "expired", "new"} {
			fmt.Fprintf(w, `<item><title>%s</title><link>/news/%s</link></item>`, p, p)
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	defer srv.Close()
	u := func(p string) string { return srv.URL + "/news/" + p }
	suffix := fmt.Sprintf("seenttl-%d", time.Now().UnixNano())
	urls, seenTopic := "urls."+suffix, "seen."+suffix

	conn := nkafka.Config{Brokers: []string{broker}}
	if err := nkafka.EnsureTopics(ctx, conn, nkafka.CompactedSpec(seenTopic, 2)); err != nil {
		t.Fatal(err)
	}
	out, err := sink.NewKafka(ctx, sink.KafkaConfig{Conn: conn})
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	st := &watchkafka.SeenTopic{W: out, Conn: conn, Topic: seenTopic}
	for p, age := range map[string]time.Duration{"live": 20 * 24 * time.Hour, "expired": 31 * 24 * time.Hour, "dropped": 31 * 24 * time.Hour} {
		if err := st.Add(ctx, []newsner.URLRecord{{URL: u(p)}}, time.Now().Add(-age)); err != nil {
			t.Fatal(err)
		}
	}

	wctx, stop := context.WithCancel(ctx)
	var code int
	var stderr string
	done := make(chan struct{})
	go func() {
		defer close(done)
		code, _, stderr = runKafkaCmd(wctx, t, "", brokerEnv(broker), "watch", "--topic", urls, "--sources-topic", "sources."+suffix,
			"--seen-topic", seenTopic, "--watch-group", "gw."+suffix, "--seen-ttl", "720h", "--max-age=-1s", "--interval", "2s",
			"--allow-private-networks", "--ignore-robots", "--per-host-rate", "inf", srv.URL+"/feed.xml")
	}()
	// The URL topic gets its two URLs, the seen topic the tombstone.
	var emitted []string
	tombstoned := false
	for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		emitted = emitted[:0]
		if c, _ := countTopic(broker, urls); c >= 2 {
			for _, m := range readTopic(t, broker, urls) {
				emitted = append(emitted, string(m.Key))
			}
		}
		tombstoned = false
		for _, m := range readTopic(t, broker, seenTopic) {
			if string(m.Key) == u("dropped") && len(m.Value) == 0 {
				tombstoned = true
			}
		}
		if len(emitted) >= 2 && tombstoned {
			break
		}
		select {
		case <-done:
			t.Fatalf("watch exited (%d): %s", code, stderr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("emitted %v, tombstone written %v\n%s", emitted, tombstoned, stderr)
		}
	}
	time.Sleep(2 * time.Second) // a URL emitted twice would be on its way by now
	stop()
	<-done
	if code != 0 {
		t.Errorf("watch exited %d: %s", code, stderr)
	}
	emitted = emitted[:0]
	for _, m := range readTopic(t, broker, urls) {
		emitted = append(emitted, string(m.Key))
	}
	slices.Sort(emitted)
	if want := []string{u("expired"), u("new")}; fmt.Sprint(emitted) != fmt.Sprint(want) {
		t.Errorf("emitted %v, want %v (the URL recorded 20 days ago is still seen)", emitted, want)
	}
	latest := map[string]int{}
	for _, m := range readTopic(t, broker, seenTopic) {
		latest[string(m.Key)] = len(m.Value)
	}
	if latest[u("expired")] == 0 || latest[u("new")] == 0 || latest[u("live")] == 0 || latest[u("dropped")] != 0 {
		t.Errorf("seen topic, latest value length by URL: %v; want all recorded but dropped", latest)
	}
	// The tombstone as an independent client reads it: kcat prints a null
	// value as NULL with -Z.
	kcat, err := exec.LookPath("kcat")
	if err != nil {
		t.Fatalf("kcat not installed (bash .ci/test.sh installs it): %v", err)
	}
	kout, err := exec.CommandContext(ctx, kcat, "-b", broker, "-C", "-t", seenTopic, "-o", "beginning", "-e", "-q", "-Z", "-f", "%k %s\n").Output()
	if err != nil {
		t.Fatalf("kcat: %v", err)
	}
	if !slices.Contains(strings.Split(string(kout), "\n"), u("dropped")+" NULL") {
		t.Errorf("kcat finds no tombstone for %s on %s:\n%s", u("dropped"), seenTopic, kout)
	}
}

// TestWatchKafkaOnceAddsSites: `watch --once SITE` on Kafka (compose.yaml's
// way to add a site) publishes the site to the sources topic and exits 0,
// without joining the group or polling; it was refused as a usage error.
func TestWatchKafkaOnceAddsSites(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	suffix := fmt.Sprintf("once-%d", time.Now().UnixNano())
	sources := "sources." + suffix
	code, _, stderr := runKafkaCmd(ctx, t, "", brokerEnv(broker), "watch", "--once", "--topic", "urls."+suffix,
		"--sources-topic", sources, "--seen-topic", "seen."+suffix, "--watch-group", "gw."+suffix, "added.example")
	if code != 0 {
		t.Fatalf("watch --once on Kafka exited %d: %s", code, stderr)
	}
	// The topic is new: its leader may not be known everywhere yet.
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if c, err := countTopic(broker, sources); err == nil && c > 0 || time.Now().After(deadline) {
			break
		}
	}
	var keys []string
	for _, m := range readTopic(t, broker, sources) {
		keys = append(keys, string(m.Key))
	}
	if len(keys) != 1 || !strings.Contains(keys[0], "added.example") {
		t.Errorf("sources topic holds %q, want the one site added", keys)
	}
	if strings.Contains(stderr, "newsner watch started") {
		t.Errorf("watch --once on Kafka started watching:\n%s", stderr)
	}
}

// TestReadSources: watch's inputs are files of sources one a line, - for
// stdin, or sources themselves; in files and stdin blank lines and #
// comments are skipped (ingest.EachLine, the same reader feed uses).
func TestReadSources(t *testing.T) {
	file := filepath.Join(t.TempDir(), "sources.txt")
	if err := os.WriteFile(file, []byte("# feeds\nhttps://a.example/feed.xml\n\n  b.example  \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := &Env{Stdin: strings.NewReader("\n# from stdin\nc.example\n"), Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" }}
	got, err := readSources(context.Background(), env, []string{file, "-", "https://d.example/"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://a.example/feed.xml b.example c.example https://d.example/"; strings.Join(got, " ") != want {
		t.Errorf("readSources = %q, want %q", got, want)
	}
	// A feed or sitemap file given for a file of sources: its lines were
	// taken for sources ("https://</channel%3E%3C/rss%3E", polled).
	feedFile := filepath.Join(t.TempDir(), "feed.xml")
	if err := os.WriteFile(feedFile, []byte("<?xml version=\"1.0\"?>\n<rss><channel><item><link>https://a.example/1</link></item></channel></rss>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := readSources(context.Background(), env, []string{feedFile}); err == nil || !strings.Contains(err.Error(), "is a document") || strings.Count(err.Error(), feedFile) != 1 {
		t.Errorf("a feed file read as sources: %q, %v", got, err)
	}
	// So is one piped in: its lines were looked up as hosts
	// ("lookup <html><head><title>x<: no such host").
	piped := &Env{Stdin: strings.NewReader("<html><head><title>x</title></head>\n<body>hi</body></html>\n"), Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" }}
	if got, err := readSources(context.Background(), piped, []string{"-"}); err == nil || !strings.HasPrefix(err.Error(), "stdin is a document") {
		t.Errorf("a page piped in as sources: %q, %v", got, err)
	}
	for _, name := range []string{"nosuchfile", "sites.txt", "feeds/sites.TXT", "sources.list"} {
		// A file that is not there (a typo, another directory) was taken
		// for a site ("https://sites.txt/") and failed its polls.
		if _, err := readSources(context.Background(), env, []string{name}); err == nil || !strings.Contains(err.Error(), "no such file") {
			t.Errorf("%s, neither a file nor a site, was taken: %v", name, err)
		}
	}
	// A directory is no file of sources (it was said to be no file).
	if _, err := readSources(context.Background(), env, []string{t.TempDir()}); err == nil || !strings.Contains(err.Error(), "a directory, not a file of sources") {
		t.Errorf("a directory given for sources: %v", err)
	}
	// Stdin left open (sources being typed): a stop ends the read.
	stdin, typing := io.Pipe()
	defer typing.Close()
	env.Stdin = stdin
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	read := make(chan error, 1)
	go func() { _, err := readSources(ctx, env, []string{"-"}); read <- err }()
	select {
	case err := <-read:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("readSources on an open stdin, stopped: %v; want the context's error", err)
		}
	case <-time.After(5 * time.Second):
		t.Error("readSources on an open stdin did not stop with its context")
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest/kafkasource"
	"github.com/newsner/newsner/internal/fakes"
	nkafka "github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/newsner/newsner/sink/web"
)

// serveProc is a newsner serve running in-process.
type serveProc struct {
	url    string
	stderr *fakes.Buffer
	done   chan int
	stop   context.CancelFunc
}

// startServe runs newsner serve with args on a free loopback port and
// waits until it serves.
func startServe(t *testing.T, stdin io.Reader, getenv func(string) string, args ...string) *serveProc {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	p := &serveProc{stderr: &fakes.Buffer{}, done: make(chan int, 1), stop: cancel}
	env := &Env{Stdin: stdin, Stdout: io.Discard, Stderr: p.stderr, Getenv: getenv}
	go func() {
		p.done <- Main(ctx, env, append([]string{"serve", "--addr", "127.0.0.1:0", "--log-format", "json"}, args...))
	}()
	re := regexp.MustCompile(`serving (http://127\.0\.0\.1:\d+)/`)
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindSubmatch(p.stderr.Bytes()); m != nil {
			p.url = string(m[1])
			t.Cleanup(func() { p.close(t) })
			return p
		}
		select {
		case code := <-p.done:
			t.Fatalf("serve exited %d: %s", code, p.stderr.Bytes())
		default:
		}
	}
	cancel()
	t.Fatalf("serve did not start: %s", p.stderr.Bytes())
	return nil
}

// close stops the command and checks it exits 0 promptly.
func (p *serveProc) close(t *testing.T) {
	p.stop()
	select {
	case code := <-p.done:
		if code != 0 {
			t.Errorf("serve exited %d: %s", code, p.stderr.Tail(2000))
		}
	case <-time.After(15 * time.Second):
		t.Errorf("serve did not stop within 15s of its context ending")
	}
}

// overview is the part of /api/overview the tests read.
type overview struct {
	Source string `json:"source"`
	State  struct {
		Held    int            `json:"held"`
		Dead    map[string]int `json:"dead"`
		Skipped int            `json:"skipped"`
		Model   string         `json:"model"`
		Lag     *struct {
			Group    string `json:"group"`
			Messages int64  `json:"messages"`
			Error    string `json:"error"`
		} `json:"lag"`
	} `json:"state"`
	Articles []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	} `json:"articles"`
	Trending struct {
		Entities []struct {
			Key      string `json:"key"`
			Mentions int    `json:"mentions"`
		} `json:"entities"`
	} `json:"trending"`
}

func (p *serveProc) overview(t *testing.T) overview {
	t.Helper()
	resp, err := http.Get(p.url + "/api/overview?window=24h")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("no CSP: %q", csp)
	}
	var o overview
	if err := json.NewDecoder(resp.Body).Decode(&o); err != nil {
		t.Fatal(err)
	}
	return o
}

// waitOverview waits until the overview satisfies cond.
func (p *serveProc) waitOverview(t *testing.T, what string, cond func(overview) bool) overview {
	t.Helper()
	var o overview
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if o = p.overview(t); cond(o) {
			return o
		}
	}
	t.Fatalf("waiting for %s: last overview %+v\n%s", what, o, p.stderr.Tail(2000))
	return o
}

// serveRecord is the JSON of a small article naming entity, made at at.
func serveRecord(id, title, entity string, at time.Time) []byte {
	text := entity + " spoke on Tuesday."
	a := newsner.Article{Schema: newsner.ArticleSchema, ID: id, URL: "https://news.example/" + id, FetchedAt: at,
		Title: title, Language: "en", Text: text, ContentSHA256: newsner.ContentHash(text), Model: "extract/test+ner/test",
		Entities: []newsner.Entity{{Type: newsner.Person, Text: entity, Count: 1,
			Mentions: []newsner.Mention{{Start: 0, End: len([]rune(entity)), Text: entity}}}}}
	b, _ := json.Marshal(a)
	return b
}

func serveDeadLetter(url, class string, at time.Time) []byte {
	b, _ := json.Marshal(newsner.DeadLetter{Schema: newsner.DeadLetterSchema, URL: url, Class: class, Error: class, Attempts: 1, Time: at})
	return b
}

func noEnv(string) string { return "" }

func TestServeFilesAndStdin(t *testing.T) {
	now := time.Now().UTC()
	file := filepath.Join(t.TempDir(), "records.jsonl")
	lines := [][]byte{
		serveRecord("f1", "First", "Ursula von der Leyen", now.Add(-time.Minute)),
		[]byte("this line is not a record"),
		serveDeadLetter("https://news.example/x", newsner.ETimeout, now),
		serveRecord("f2", "Second", "Ursula von der Leyen", now),
	}
	if err := os.WriteFile(file, append(joinLines(lines), '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	stdin, feed := io.Pipe()
	defer feed.Close()
	p := startServe(t, stdin, noEnv, file, "-")
	o := p.waitOverview(t, "the file's records", func(o overview) bool { return o.State.Held == 2 })
	if o.State.Skipped != 1 || o.State.Dead[newsner.ETimeout] != 1 || o.Articles[0].ID != "f2" {
		t.Errorf("overview %+v", o)
	}
	if len(o.Trending.Entities) != 1 || o.Trending.Entities[0].Key != "PERSON:Ursula von der Leyen" || o.Trending.Entities[0].Mentions != 2 {
		t.Errorf("trending %+v", o.Trending)
	}
	// Then stdin, followed as it comes.
	if _, err := feed.Write(append(serveRecord("s1", "From stdin", "Olaf Scholz", now), '\n')); err != nil {
		t.Fatal(err)
	}
	o = p.waitOverview(t, "the record from stdin", func(o overview) bool { return o.State.Held == 3 })
	if o.Articles[0].Title != "From stdin" {
		t.Errorf("newest %+v", o.Articles[0])
	}
}

// TestServeGzippedFile: a saved stream is read gzipped or not by its
// content, whatever its name ends with.
func TestServeGzippedFile(t *testing.T) {
	now := time.Now().UTC()
	dir := t.TempDir()
	zipped, plain := filepath.Join(dir, "saved.jsonl"), filepath.Join(dir, "more.jsonl.gz")
	if err := os.WriteFile(zipped, fakes.Gzip(append(serveRecord("z1", "Gzipped", "Olaf Scholz", now), '\n')), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(plain, append(serveRecord("p1", "Plain", "Olaf Scholz", now), '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	p := startServe(t, strings.NewReader(""), noEnv, zipped, plain)
	o := p.waitOverview(t, "both files' records", func(o overview) bool { return o.State.Held == 2 })
	if o.State.Skipped != 0 {
		t.Errorf("overview %+v", o)
	}
}

// TestStdinUntil: a read of stdinUntil's reader, blocked while stdin
// stays open, ends with the context's error when the context ends, and
// what stdin gives before is read as it comes.
func TestStdinUntil(t *testing.T) {
	stdin, feed := io.Pipe()
	defer feed.Close()
	ctx, cancel := context.WithCancel(context.Background())
	r := stdinUntil(ctx, stdin)
	defer r.Close()
	go io.WriteString(feed, "a line\n")
	buf := make([]byte, 64)
	if n, err := r.Read(buf); err != nil || string(buf[:n]) != "a line\n" {
		t.Fatalf("Read = %q, %v; want the line stdin gave", buf[:n], err)
	}
	read := make(chan error, 1)
	go func() { _, err := r.Read(buf); read <- err }()
	cancel()
	select {
	case err := <-read:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Read after the context ended: %v; want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a read blocked on stdin did not end with its context")
	}
}

func joinLines(lines [][]byte) []byte {
	var b []byte
	for i, l := range lines {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, l...)
	}
	return b
}

func TestServeCapsArticles(t *testing.T) {
	now := time.Now().UTC()
	var lines [][]byte
	for i := range 30 {
		lines = append(lines, serveRecord(fmt.Sprint("c", i), fmt.Sprint("story ", i), fmt.Sprint("Person ", i%4), now.Add(time.Duration(i)*time.Second)))
	}
	file := filepath.Join(t.TempDir(), "records.jsonl")
	if err := os.WriteFile(file, joinLines(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	p := startServe(t, strings.NewReader(""), noEnv, "--max-articles", "10", file)
	time.Sleep(300 * time.Millisecond)
	o := p.waitOverview(t, "the newest 10 held", func(o overview) bool { return len(o.Articles) > 0 && o.Articles[0].ID == "c29" })
	if o.State.Held != 10 || len(o.Articles) != 10 || o.Articles[9].ID != "c20" {
		t.Errorf("held %d: %+v", o.State.Held, o.Articles)
	}
}

func TestServeBindNeedsPublic(t *testing.T) {
	for _, c := range []struct {
		addr   string
		public bool
		ok     bool
	}{
		{"127.0.0.1:8080", false, true},
		{"localhost:8080", false, true},
		{"[::1]:8080", false, true},
		{"0.0.0.0:8080", false, false},
		{":8080", false, false},
		{"192.168.1.10:8080", false, false},
		{"0.0.0.0:8080", true, true},
		{"nonsense", false, false},
	} {
		if err := checkBind(c.addr, c.public); (err == nil) != c.ok {
			t.Errorf("checkBind(%q, %v) = %v", c.addr, c.public, err)
		}
	}
	code, _, stderr := runMain(t, "", "serve", "--addr", "0.0.0.0:0")
	if code != 2 || !strings.Contains(stderr, "--public") {
		t.Errorf("serve on 0.0.0.0: exit %d, %q", code, stderr)
	}
	// A request for another host is told of --public, by the command:
	// sink/web names no flag of its own.
	p := startServe(t, strings.NewReader(""), noEnv, "-")
	req, err := http.NewRequest("GET", p.url+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = "news.example"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := "this page is served for localhost only (newsner serve --public serves it to other hosts)"; resp.StatusCode != http.StatusMisdirectedRequest || strings.TrimSpace(string(body)) != want {
		t.Errorf("a request for another host: %d %q; want 421 %q", resp.StatusCode, body, want)
	}
	// A file that cannot be read is said before the page is served (it
	// was after: "serving http://...", then the error, and the page of
	// the files read before it gone).
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	if err := os.WriteFile(good, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runMain(t, "", "serve", "--addr", "127.0.0.1:0", good, filepath.Join(dir, "missing.jsonl"))
	if code != 1 || !strings.Contains(stderr, "missing.jsonl") || strings.Contains(stderr, "serving") {
		t.Errorf("serve a missing file: exit %d, %q; want 1, the file named, nothing served", code, stderr)
	}
}

// TestServeKafka reads the articles and dead-letter topics from an hour
// back (older records are not shown), follows them, and shows the
// pipeline group's lag without joining or committing in it.
func TestServeKafka(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	name := fmt.Sprint(time.Now().UnixNano())
	articles, dlq, urls, group := "articles.serve."+name, "dlq.serve."+name, "urls.serve."+name, "g.serve."+name
	kc := nkafka.Config{Brokers: []string{broker}}
	if err := nkafka.EnsureTopics(ctx, kc, kafka.TopicConfig{Topic: articles, NumPartitions: 3, ReplicationFactor: 1},
		kafka.TopicConfig{Topic: dlq, NumPartitions: 1, ReplicationFactor: 1},
		kafka.TopicConfig{Topic: urls, NumPartitions: 2, ReplicationFactor: 1}); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	write(ctx, t, broker, articles,
		kafka.Message{Key: []byte("old"), Value: serveRecord("old", "Three hours ago", "Angela Merkel", now.Add(-3*time.Hour)), Time: now.Add(-3 * time.Hour)},
		kafka.Message{Key: []byte("k1"), Value: serveRecord("k1", "Ten minutes ago", "Olaf Scholz", now.Add(-10*time.Minute)), Time: now.Add(-10 * time.Minute)},
		kafka.Message{Key: []byte("k2"), Value: serveRecord("k2", "Now", "Olaf Scholz", now), Time: now})
	write(ctx, t, broker, dlq,
		kafka.Message{Key: []byte("d1"), Value: serveDeadLetter("https://x.example/1", newsner.EHTTPStatus, now), Time: now})
	write(ctx, t, broker, urls,
		kafka.Message{Value: []byte("https://x.example/1")}, kafka.Message{Value: []byte("https://x.example/2")}, kafka.Message{Value: []byte("https://x.example/3")})

	p := startServe(t, strings.NewReader(""), brokerEnv(broker), "--since", "1h", "--articles-topic", articles, "--dlq-topic", dlq,
		"--group", group, "--topic", urls, "--lag-interval", "200ms")
	o := p.waitOverview(t, "the records of the last hour, a dead letter and the lag", func(o overview) bool {
		return o.State.Held == 2 && o.State.Dead[newsner.EHTTPStatus] == 1 && o.State.Lag != nil && o.State.Lag.Error == ""
	})
	if o.State.Lag.Messages != 3 || o.State.Lag.Group != group {
		t.Errorf("lag %+v, want 3 URLs for a group that committed none", o.State.Lag)
	}
	for _, a := range o.Articles {
		if a.ID == "old" {
			t.Error("a record older than --since is shown")
		}
	}
	if !strings.Contains(o.Source, articles) {
		t.Errorf("source %q", o.Source)
	}
	// Followed: a new record appears.
	write(ctx, t, broker, articles, kafka.Message{Key: []byte("k3"), Value: serveRecord("k3", "Later", "Olaf Scholz", time.Now()), Time: time.Now()})
	p.waitOverview(t, "the new record", func(o overview) bool { return o.State.Held == 3 && o.Articles[0].ID == "k3" })

	// serve committed nothing anywhere: the pipeline's group has no offsets.
	if lag, err := nkafka.GroupLag(ctx, kc, group, urls); err != nil || lag != 3 {
		t.Errorf("the group's lag after serve: %d, %v", lag, err)
	}
}

// write writes messages to a topic, again while the topic is too new for
// the writer's metadata.
func write(ctx context.Context, t *testing.T, broker, topic string, msgs ...kafka.Message) {
	t.Helper()
	w := &kafka.Writer{Addr: kafka.TCP(broker), Topic: topic, Balancer: &kafka.Hash{}, BatchTimeout: time.Millisecond, RequiredAcks: kafka.RequireAll}
	defer w.Close()
	kafkatest.Write(ctx, t, w, msgs...)
}

// TestReadFileInterruptedInGzipHeader: serve's gzipped stdin, interrupted
// before its gzip header is whole, ends with no error, as an interrupted
// read of its lines does: the interrupt is no broken input.
func TestReadFileInterruptedInGzipHeader(t *testing.T) {
	stdin, feed := io.Pipe()
	defer feed.Close()
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		feed.Write([]byte{0x1f, 0x8b})
		cancel()
	}()
	logger := slog.New(slog.DiscardHandler)
	if err := readFile(ctx, stdin, "-", web.NewStore(web.Config{}), logger); err != nil {
		t.Errorf("readFile of stdin interrupted in its gzip header: %v", err)
	}
}

// TestFollowTopicRetriesCounted: serve's warning that a topic cannot be
// read, repeated while the brokers are down, is written once and then
// counted, as README says repeating warnings are: its wait before the next
// try is an attribute the logger counts through ("retry_in"); named "in",
// each retry's doubled wait made it a new warning, written every time.
func TestFollowTopicRetriesCounted(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := ln.Addr().String()
	ln.Close()
	var buf strings.Builder
	o := opsOpts{LogFormat: "json", LogLevel: "info"}
	log, err := o.loggerTo(&buf, false)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3500*time.Millisecond)
	defer cancel()
	followTopic(ctx, nkafka.Config{Brokers: []string{down}}, "articles", time.Time{}, web.NewStore(web.Config{}), log)
	if n := strings.Count(buf.String(), "reading a topic failed"); n != 1 {
		t.Errorf("%d warnings written in 3.5s of retries (1s, 2s), want 1, the rest counted:\n%s", n, buf.String())
	}
}

// TestServeGroupIsRuns: the group whose lag serve shows is, by default, the
// group run consumes in: one default, kafkasource.DefaultGroup, not a second
// "newsner" written in serve.
func TestServeGroupIsRuns(t *testing.T) {
	_, runHelp, _ := runMain(t, "", "run", "--help")
	_, serveHelp, _ := runMain(t, "", "serve", "--help")
	want := fmt.Sprintf("(default %q)", kafkasource.DefaultGroup)
	for name, help := range map[string]string{"run": runHelp, "serve": serveHelp} {
		_, after, _ := strings.Cut(help, "  -group string\n")
		if line, _, _ := strings.Cut(after, "\n"); !strings.Contains(line, want) {
			t.Errorf("%s --group: %q, want %s", name, line, want)
		}
	}
}

// TestServeSinceAsReprocess: serve's --since takes what reprocess's does
// (a duration ago, a date, an RFC 3339 time); it took only a duration, so
// `serve --since 2026-12-01` was refused as an invalid duration.
func TestServeSinceAsReprocess(t *testing.T) {
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }}
	for in, want := range map[string]time.Time{
		"2026-12-01":           time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC),
		"2026-12-01T08:00:00Z": time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC),
	} {
		o, err := parseServe(env, []string{"--since", in})
		if err != nil || !o.since.Equal(want) {
			t.Errorf("--since %s: %v, %v; want %v", in, o, err, want)
		}
	}
	o, err := parseServe(env, nil)
	if err != nil || time.Since(o.since) < 24*time.Hour-time.Minute || time.Since(o.since) > 24*time.Hour+time.Minute {
		t.Errorf("default --since: %v; want 24 hours ago", err)
	}
	if code, _, stderr := runMain(t, "", "serve", "--since", "soon"); code != 2 || !strings.Contains(stderr, "--since") {
		t.Errorf("--since soon: exit %d, %q; want 2 naming --since", code, stderr)
	}
}

// TestServeFileOfNoRecords: a file of text that holds no records (lines of
// broken JSON, a list of URLs) given to serve is one warning of its first
// skipped line and, at its end, one of how many were skipped, not a warning
// a line (it wrote 364 for 100 KB of bytes, and no count); each file is its
// own subject. (A file that is no text is refused: TestServeRefusesAPage.)
func TestServeFileOfNoRecords(t *testing.T) {
	dir := t.TempDir()
	junk, urls := filepath.Join(dir, "junk.bin"), filepath.Join(dir, "urls.txt")
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "http://news.example/%d.html\n", i)
	}
	if err := os.WriteFile(urls, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(junk, bytes.Repeat([]byte("{\"schema\": not a record\n"), 300), 0o644); err != nil {
		t.Fatal(err)
	}
	p := startServe(t, strings.NewReader(""), func(string) string { return "" }, junk, urls)
	fakes.WaitFor(t, "serve to read its files", 10*time.Second, func() bool {
		return strings.Contains(p.stderr.String(), "read all inputs")
	})
	logs := p.stderr.String()
	for _, f := range []string{junk, urls} {
		n := strings.Count(logs, `"msg":"serve: skipped a line","input":"`+f+`"`)
		if n != 1 {
			t.Errorf("%d warnings for %s's 300 lines, want the first (and a count):\n%s", n, filepath.Base(f), newsner.Clip(logs, 3000))
		}
	}
	if n := strings.Count(logs, `"skipped":300,"lines":300`); n != 2 {
		t.Errorf("%d counts of a file's 300 skipped lines, want 2:\n%s", n, newsner.Clip(logs, 3000))
	}
}

// TestServeDirectory: a directory given to serve says so and what serve
// reads, where it said "DIR: line 1: read DIR: is a directory", and says
// it alone, before serving: it said "serving http://..." first.
func TestServeDirectory(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runMain(t, "", "serve", "--addr", "127.0.0.1:0", dir)
	want := "newsner serve: " + dir + " is a directory: serve reads files of records (newsner run < urls.txt > records.jsonl)\n"
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1 and only %q", code, stderr, want)
	}
}

// TestServeRefusesAPage: a file given to serve that is an HTML page or no
// text (gzipped or not) says so and what serve reads, alone, exit 1: it
// was read as lines, none a record, and an empty page was served (3 MB of
// random bytes: "lines skipped ... 11658"). Records gzipped are read.
func TestServeRefusesAPage(t *testing.T) {
	dir := t.TempDir()
	const reads = ", not records: serve reads the JSON Lines that newsner extract and run print (newsner extract PAGE > records.jsonl)\n"
	for _, c := range []struct {
		name string
		body []byte
		is   string
	}{
		{"page.html", []byte("<!DOCTYPE html>\n<html><body><p>Text.</p></body></html>\n"), "an HTML page"},
		{"page.html.gz", fakes.Gzip([]byte("<html><body><p>Text.</p></body></html>\n")), "an HTML page"},
		{"image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "not text (its bytes look like image/png)"},
	} {
		name := filepath.Join(dir, c.name)
		if err := os.WriteFile(name, c.body, 0o644); err != nil {
			t.Fatal(err)
		}
		// Bounded: without the check it served until stopped.
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		var errOut bytes.Buffer
		code := Main(ctx, &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errOut, Getenv: func(string) string { return "" }}, []string{"serve", "--addr", "127.0.0.1:0", name})
		cancel()
		if want, stderr := "newsner serve: "+name+" is "+c.is+reads, errOut.String(); code != 1 || stderr != want {
			t.Errorf("serve %s: exit %d, stderr %q; want 1 and only %q", c.name, code, stderr, want)
		}
	}
	name := filepath.Join(dir, "records.jsonl.gz")
	if err := os.WriteFile(name, fakes.Gzip([]byte(`{"schema":"newsner.article/v1","id":"1","url":"https://example.com/1","title":"One","text":"Words.","entities":[]}`+"\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := openRecords(name); err != nil {
		t.Errorf("records gzipped: %v", err)
	}
}

// TestServeGzipCutShort: a .gz file of records cut short says so, as
// extract's and reprocess's inputs do ('line 1: unexpected EOF' alone, and
// the line it cut warned of as a skipped record).
func TestServeGzipCutShort(t *testing.T) {
	var records strings.Builder
	for i := range 20 {
		fmt.Fprintf(&records, `{"schema":"newsner.article/v1","id":"%032d","url":"https://example.com/%d","title":"Story %d","text":"%s","entities":[]}`+"\n", i, i, i, strings.Repeat("words ", 50))
	}
	z := fakes.Gzip([]byte(records.String()))
	name := filepath.Join(t.TempDir(), "records.jsonl.gz")
	if err := os.WriteFile(name, z[:len(z)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runMain(t, "", "serve", "--addr", "127.0.0.1:0", "--log-format", "json", name)
	if want := "newsner serve: " + name + ": line "; code != 1 || !strings.Contains(stderr, want) || !strings.HasSuffix(stderr, ": gzip data damaged or cut short: unexpected EOF\n") ||
		strings.Contains(stderr, "skipped a line") {
		t.Errorf("serve of a .gz cut short: exit %d, stderr %q; want 1, %q...: gzip data damaged or cut short, no line skipped", code, stderr, want)
	}
}

// TestServeGzipBrokenHeader: a file whose gzip header does not parse is
// said alone, before serving: it said "serving http://..." first.
func TestServeGzipBrokenHeader(t *testing.T) {
	name := filepath.Join(t.TempDir(), "records.jsonl.gz")
	if err := os.WriteFile(name, []byte{0x1f, 0x8b, 0, 0, 0, 0, 0, 0, 0, 0, 'x'}, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runMain(t, "", "serve", "--addr", "127.0.0.1:0", name)
	want := "newsner serve: " + name + ": gzip data damaged or cut short: gzip: invalid header\n"
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1 and only %q", code, stderr, want)
	}
}

package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/newsner/newsner/internal/shared"
)

var newsPagesDir = flag.String("news-pages", "", "directory of the dev news pages (*.html.gz) for BenchmarkReprocess (default $NEWSNER_SHARED/data/news-pages/html, NEWSNER_SHARED defaulting to ../shared beside the repo)")

// storyHTML is a small news page about story i.
func storyHTML(i int) string {
	people := []string{"Angela Merkel", "Emmanuel Macron", "Donald Tusk", "Pedro Sanchez"}
	places := []string{"Berlin", "Paris", "Warsaw", "Madrid"}
	p, c := people[i%len(people)], places[i%len(places)]
	return fmt.Sprintf(`<!doctype html><html lang="en"><head><title>Story %d | Test Times</title></head><body>
<article><h1>Story %d</h1>
<p>%s arrived in %s on Monday for talks with the European Commission about story number %d.</p>
<p>Officials from the United Nations said the meeting in %s would last two days, and %s said little.</p>
</article></body></html>`, i, i, p, c, i, c, p)
}

// writeStories writes n story pages under dir (some gzipped, some in a
// subdirectory) and returns their file:// URLs.
func writeStories(t testing.TB, dir string, n int) map[string]bool {
	t.Helper()
	urls := map[string]bool{}
	for i := range n {
		name := fmt.Sprintf("s%03d.html", i)
		if i%3 == 1 {
			name = fmt.Sprintf("sub/s%03d.html", i)
		}
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(storyHTML(i)), 0o644); err != nil {
			t.Fatal(err)
		}
		urls["file://"+p] = true
	}
	return urls
}

// runReprocessMain runs newsner reprocess in-process.
func runReprocessMain(ctx context.Context, stdout io.Writer, args ...string) (int, string) {
	var errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: &errOut, Getenv: func(string) string { return "" }}
	code := Main(ctx, env, append([]string{"reprocess"}, args...))
	return code, errOut.String()
}

func TestReprocessDirectory(t *testing.T) {
	dir := t.TempDir()
	want := writeStories(t, dir, 12)
	if err := os.WriteFile(filepath.Join(dir, "broken.html.gz"), []byte("\x1f\x8b\x08\x00 not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	code, stderr := runReprocessMain(context.Background(), &out, "--workers", "2", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	recs := decodeLines(t, out.String())
	got := map[string]bool{}
	var failed []record
	for _, r := range recs {
		if r.Schema == newsner.DeadLetterSchema {
			failed = append(failed, r)
			continue
		}
		got[r.URL] = true
		if r.Model == "" || r.Title == "" || len(r.Entities) == 0 || r.FinalURL != r.URL || r.ID == "" {
			t.Errorf("article %s: model %q title %q %d entities", r.URL, r.Model, r.Title, len(r.Entities))
		}
		checkMentions(t, r.Article)
	}
	if len(got) != len(want) {
		t.Errorf("%d articles, want %d", len(got), len(want))
	}
	for u := range want {
		if !got[u] {
			t.Errorf("no article for %s", u)
		}
	}
	if len(failed) != 1 || failed[0].Class != newsner.EInvalid || !strings.HasSuffix(failed[0].URL, "broken.html.gz") {
		t.Errorf("dead letters %+v, want one for broken.html.gz", failed)
	}
	for _, s := range []string{"reprocess done: 13 pages read, 12 articles written, 1 failed", "failures: invalid 1", "time by stage: read ",
		"newsner reprocess: 1 of 13 pages failed\n"} {
		if !strings.Contains(stderr, s) {
			t.Errorf("summary lacks %q:\n%s", s, stderr)
		}
	}
}

func TestReprocessWARC(t *testing.T) {
	date := time.Date(2026, 3, 14, 15, 9, 26, 0, time.UTC)
	var recs []fakes.WARCRecord
	for i := range 5 {
		recs = append(recs, fakes.WARCRecord{URI: fmt.Sprintf("https://news.example/story/%d", i), Date: date, Block: fakes.HTTPResponse(200, "text/html; charset=utf-8", storyHTML(i))})
	}
	recs = append(recs, fakes.WARCRecord{URI: "https://news.example/style.css", Date: date, Block: fakes.HTTPResponse(200, "text/css", "body{}")})
	path := fakes.WriteWARC(t, t.TempDir(), "news.warc.gz", true, recs...)
	var out bytes.Buffer
	code, stderr := runReprocessMain(context.Background(), &out, path)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	n := 0
	for _, r := range decodeLines(t, out.String()) {
		if r.Schema == newsner.DeadLetterSchema {
			if r.Class != newsner.ENotHTML || r.URL != "https://news.example/style.css" {
				t.Errorf("dead letter %+v, want not_html for the stylesheet", r)
			}
			continue
		}
		n++
		if !strings.HasPrefix(r.URL, "https://news.example/story/") || r.FinalURL != r.URL || !r.FetchedAt.Equal(date) || r.Status != 200 {
			t.Errorf("article url %q final %q fetched %v status %d", r.URL, r.FinalURL, r.FetchedAt, r.Status)
		}
		if r.ID != newsner.ArticleID(r.URL) || len(r.Entities) == 0 {
			t.Errorf("article %s: id %q, %d entities", r.URL, r.ID, len(r.Entities))
		}
	}
	if n != 5 {
		t.Errorf("%d articles, want 5\n%s", n, stderr)
	}
	if !strings.Contains(stderr, "failures: not_html 1") {
		t.Errorf("summary:\n%s", stderr)
	}
	// The stylesheet's dead letter is logged as every dead letter is
	// (README: one line per dead-lettered URL), not as "skipped".
	if !strings.Contains(stderr, `"msg":"dead letter","url":"https://news.example/style.css","class":"not_html"`) {
		t.Errorf("no dead letter log line for the stylesheet:\n%s", stderr)
	}
}

// cancelAfter is a stdout that cancels the run after n records.
type cancelAfter struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Write(b []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.buf.Write(b)
	if c.n--; c.n == 0 {
		c.cancel()
	}
	return len(b), nil
}

// articleURLs returns the URLs of the article records in JSON lines.
func articleURLs(t *testing.T, out string) []string {
	t.Helper()
	var us []string
	for _, r := range decodeLines(t, out) {
		if r.Schema == newsner.ArticleSchema {
			us = append(us, r.URL)
		}
	}
	return us
}

// TestReprocessResume interrupts a reprocess halfway (as SIGINT does),
// starts it again with the same checkpoint, and checks that no page is
// lost.
func TestReprocessResume(t *testing.T) {
	dir := t.TempDir()
	want := writeStories(t, dir, 40)
	cp := filepath.Join(t.TempDir(), "progress.json")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	first := &cancelAfter{n: 20, cancel: cancel}
	code, stderr := runReprocessMain(ctx, first, "--workers", "2", "--checkpoint", cp, dir)
	if code != 1 || !strings.Contains(stderr, "reprocess interrupted") || !strings.Contains(stderr, "run again with the same --checkpoint") {
		t.Fatalf("interrupted run: exit %d\n%s", code, stderr)
	}
	before := articleURLs(t, first.buf.String())
	if len(before) < 20 || len(before) >= 40 {
		t.Fatalf("interrupted run wrote %d articles, want 20 to 39", len(before))
	}

	var second bytes.Buffer
	code, stderr = runReprocessMain(context.Background(), &second, "--workers", "2", "--checkpoint", cp, dir)
	if code != 0 {
		t.Fatalf("resumed run: exit %d\n%s", code, stderr)
	}
	after := articleURLs(t, second.String())
	got := map[string]int{}
	for _, u := range append(before, after...) {
		got[u]++
	}
	for u := range want {
		if got[u] == 0 {
			t.Errorf("%s lost across the interruption", u)
		}
	}
	// The resumed run starts after the pages done, not from the beginning
	// (only pages in flight or read ahead at the interruption come again).
	if len(after) >= 40 || len(before)+len(after) > 40+2*4*2 {
		t.Errorf("resumed run wrote %d articles after %d", len(after), len(before))
	}
	// A third run has nothing left to do.
	var third bytes.Buffer
	code, stderr = runReprocessMain(context.Background(), &third, "--checkpoint", cp, dir)
	if code != 0 || third.Len() != 0 {
		t.Errorf("finished checkpoint: exit %d, %d bytes of output\n%s", code, third.Len(), stderr)
	}
	// ... and says why it read 0 pages (once it said only "0 pages read").
	if !strings.Contains(stderr, "the checkpoint records as done") || !strings.Contains(stderr, "give another --checkpoint,") || !strings.Contains(stderr, cp) {
		t.Errorf("finished checkpoint: no line saying the input is done by %s:\n%s", cp, stderr)
	}
}

// TestReprocessCrashResume kills a reprocess (SIGKILL, no chance to save)
// halfway and starts it again with the same checkpoint: every page comes
// out, and the restart does not begin from the start.
func TestReprocessCrashResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := newsnerBinary(t)
	dir := t.TempDir()
	want := writeStories(t, dir, 300)
	cp := filepath.Join(t.TempDir(), "progress.json")

	cmd := exec.Command(bin, "reprocess", "--workers", "1", "--progress", "none", "--save-every", "50ms", "--checkpoint", cp, dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<24)
	var lines []string
	// Kill it as soon as it has saved a checkpoint with some pages done.
	killed := make(chan struct{})
	go func() {
		defer close(killed)
		for range 1000 {
			if b, err := os.ReadFile(cp); err == nil && strings.Contains(string(b), `"next"`) {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		cmd.Process.Signal(syscall.SIGKILL)
	}()
	// Every line the process wrote before it died counts as written: read
	// them all, up to the end of the pipe. Until the kill, read slowly: the
	// full pipe holds the process back, so it cannot finish all 300 pages
	// before its first save however fast the machine is (it once did, and
	// the kill came after the end).
	for sc.Scan() {
		lines = append(lines, sc.Text())
		select {
		case <-killed:
		default:
			time.Sleep(2 * time.Millisecond)
		}
	}
	<-killed
	cmd.Wait()
	for _, u := range articleURLs(t, strings.Join(lines, "\n")) {
		got[u]++
	}
	if len(got) == 0 || len(got) >= 300 {
		t.Fatalf("killed run: %d articles, want some but not all", len(got))
	}
	if _, err := os.Stat(cp); err != nil {
		t.Fatalf("no checkpoint saved before the kill: %v", err)
	}
	var out bytes.Buffer
	restart := exec.Command(bin, "reprocess", "--progress", "none", "--checkpoint", cp, dir)
	restart.Stdout = &out
	var errOut bytes.Buffer
	restart.Stderr = &errOut
	if err := restart.Run(); err != nil {
		t.Fatalf("restart: %v\n%s", err, errOut.String())
	}
	again := articleURLs(t, out.String())
	t.Logf("killed after %d articles; the restart wrote %d more", len(got), len(again))
	if len(again) >= 300 {
		t.Errorf("restart reprocessed all %d pages: it did not resume", len(again))
	}
	for _, u := range again {
		got[u]++
	}
	for u := range want {
		if got[u] == 0 {
			t.Errorf("%s lost across the crash", u)
		}
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want time.Time
		bad  bool
	}{
		{in: "72h", want: now.Add(-72 * time.Hour)},
		{in: "2026-11-01T00:00:00Z", want: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)},
		{in: "2026-11-01T06:00:00+02:00", want: time.Date(2026, 11, 1, 4, 0, 0, 0, time.UTC)},
		{in: "2026-11-01", want: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)},
		{in: "-5h", bad: true},
		{in: "yesterday", bad: true},
	} {
		got, err := parseSince(c.in, now)
		if c.bad {
			if err == nil {
				t.Errorf("%q: no error", c.in)
			}
			continue
		}
		if err != nil || !got.Equal(c.want) {
			t.Errorf("%q: %v, %v; want %v", c.in, got, err, c.want)
		}
	}
}

func TestReprocessUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "give PATHs to read, or --brokers"},
		{[]string{"--group", "g", "dir"}, 2, "--group and --since apply to the raw topic"},
		{[]string{"--progress", "fancy", "dir"}, 2, "--progress"},
		{[]string{"--since", "soon", "--brokers", "127.0.0.1:1"}, 2, "--since"},
	} {
		code, stderr := runReprocessMain(context.Background(), io.Discard, c.args...)
		if code != c.code || !strings.Contains(stderr, c.msg) {
			t.Errorf("%q: exit %d, want %d with %q:\n%s", c.args, code, c.code, c.msg, stderr)
		}
	}
}

// stageLine is the summary's line of stage shares.
var stageLine = regexp.MustCompile(`read ([0-9.]+)%, extract ([0-9.]+)%, entities ([0-9.]+)%, write ([0-9.]+)%`)

// BenchmarkReprocess reprocesses the directory of dev news pages on all
// cores, writing JSON lines to a discarded stdout, and reports pages per
// second and each stage's share of the time.
//
//	go test ./cmd/newsner -run '^$' -bench Reprocess -benchtime 5x
func BenchmarkReprocess(b *testing.B) {
	dir := devPagesDir(b)
	var shares [4]float64
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		code, stderr := runReprocessMain(context.Background(), io.Discard, "--progress", "none", dir)
		if code != 0 {
			b.Fatalf("exit %d\n%s", code, stderr)
		}
		m := stageLine.FindStringSubmatch(stderr)
		if m == nil {
			b.Fatalf("no stage shares in the summary:\n%s", stderr)
		}
		for i := range shares {
			v, _ := strconv.ParseFloat(m[i+1], 64)
			shares[i] += v / float64(b.N)
		}
	}
	elapsed := time.Since(start)
	b.ReportMetric(float64(60*b.N)/elapsed.Seconds(), "pages/s")
	b.ReportMetric(shares[0], "%read")
	b.ReportMetric(shares[1], "%extract")
	b.ReportMetric(shares[2], "%entities")
	b.ReportMetric(shares[3], "%write")
}

// BenchmarkReprocessToKafka is BenchmarkReprocess writing to a new topic of
// the broker in NEWSNER_KAFKA (acks=all), with the default workers.
//
//	go test ./cmd/newsner -run '^$' -bench ReprocessToKafka -benchtime 5x
func BenchmarkReprocessToKafka(b *testing.B) {
	broker := kafkatest.Addr(b)
	dir := devPagesDir(b)
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		topic := fmt.Sprintf("bench.reprocess.%d.%d", time.Now().UnixNano(), i)
		code, stderr := runReprocessMain(context.Background(), io.Discard, "--progress", "none",
			"--brokers", broker, "--to", topic, "--dlq-topic", topic+".dlq", dir)
		if code != 0 {
			b.Fatalf("exit %d\n%s", code, stderr)
		}
	}
	b.ReportMetric(float64(60*b.N)/time.Since(start).Seconds(), "pages/s")
}

// devPagesDir returns the directory of the 60 dev news pages, with the
// tagger loaded (once per process, not per run).
func devPagesDir(b *testing.B) string {
	dir := *newsPagesDir
	if dir == "" {
		dir = shared.Path("data", "news-pages", "html")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		b.Skipf("no news pages in %s (-news-pages DIR)", dir)
	}
	if len(files) != 60 {
		b.Fatalf("%d news pages in %s, want the 60 dev pages", len(files), dir)
	}
	if _, err := ner.Load(); err != nil {
		b.Fatal(err)
	}
	return dir
}

// TestReprocessMissingPath: a PATH that does not exist (a typo) stops
// reprocess before it reads anything, exit 1, the path named; it was a
// dead letter in the output, "1 failed" in the summary, and exit 0.
func TestReprocessMissingPath(t *testing.T) {
	dir := t.TempDir()
	writeStories(t, dir, 2)
	missing := filepath.Join(t.TempDir(), "no-such-dir")
	var out bytes.Buffer
	code, stderr := runReprocessMain(context.Background(), &out, "--progress", "none", dir, missing)
	if code != 1 || !strings.Contains(stderr, "no-such-dir") || out.Len() != 0 {
		t.Errorf("reprocess DIR MISSING: exit %d, stdout %.100q, stderr %.300q; want 1, MISSING named, nothing read", code, out.String(), stderr)
	}
	// "-", stdin as extract reads it, is no PATH: it said "stat -: no
	// such file or directory".
	out.Reset()
	code, stderr = runReprocessMain(context.Background(), &out, "--progress", "none", "-")
	if want := "newsner reprocess: - is no PATH: reprocess reads saved pages"; code != 2 || !strings.HasPrefix(stderr, want) || !strings.Contains(stderr, "newsner extract -") {
		t.Errorf("reprocess -: exit %d, stderr %.300q; want 2, %q and where stdin is read", code, stderr, want)
	}
	// So does a --checkpoint in a directory that is not there: every page
	// was done and written, and the run failed at its end, when the
	// progress could not be saved.
	out.Reset()
	cp := filepath.Join(missing, "cp.json")
	code, stderr = runReprocessMain(context.Background(), &out, "--progress", "none", "--checkpoint", cp, dir)
	if want := "newsner reprocess: checkpoint " + cp + " cannot be saved: "; code != 1 || !strings.HasPrefix(stderr, want) || out.Len() != 0 {
		t.Errorf("reprocess --checkpoint MISSING/cp.json DIR: exit %d, stdout %.100q, stderr %.300q; want 1, %q, nothing read", code, out.String(), stderr, want)
	}
}

// TestReprocessEveryPageFailed: a run in which every page read failed exits
// 1 and says so in one line, as extract does of its inputs and watch --once
// of its sources; it exited 0 with the dead letters and "3 failed" in the
// summary. A run that read nothing exits 0, as one in which some pages
// failed does (TestReprocessDirectory).
func TestReprocessEveryPageFailed(t *testing.T) {
	broken := t.TempDir()
	for _, name := range []string{"a.html.gz", "b.html.gz"} {
		if err := os.WriteFile(filepath.Join(broken, name), []byte("\x1f\x8b\x08\x00 not gzip"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A page read but not made an article (an image saved as .html) fails
	// as the unreadable files do.
	if err := os.WriteFile(filepath.Join(broken, "c.html"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	code, stderr := runReprocessMain(context.Background(), &out, "--progress", "none", broken)
	if code != 1 || !strings.Contains(stderr, "\nnewsner reprocess: 3 of 3 pages failed\n") || strings.Count(out.String(), newsner.DeadLetterSchema) != 3 {
		t.Errorf("every page failed: exit %d, stdout %.300q, stderr %.500q; want 1, three dead letters, the count of failed pages", code, out.String(), stderr)
	}

	code, stderr = runReprocessMain(context.Background(), io.Discard, "--progress", "none", t.TempDir())
	if code != 0 || strings.Contains(stderr, "newsner reprocess:") {
		t.Errorf("nothing to read: exit %d, stderr %.500q; want 0, no failures", code, stderr)
	}
}

// TestReprocessNothingToReadNoBrokers: reprocess of a directory that holds
// no page, with --brokers where nothing listens, ends at once, done, with
// the warning and exit 0: the PATHs are listed before the brokers are
// reached for. It failed with the connection error. A directory with a
// page still needs the brokers, and fails without them.
func TestReprocessNothingToReadNoBrokers(t *testing.T) {
	empty := t.TempDir()
	code, _, stderr := runMain(t, "", "reprocess", "--progress", "none", "--log-format", "json", "--brokers", "127.0.0.1:1", empty)
	if code != 0 || !strings.Contains(stderr, "holds no saved page") || !strings.Contains(stderr, "reprocess done: 0 pages read") || strings.Contains(stderr, "kafka") {
		t.Errorf("reprocess EMPTY --brokers 127.0.0.1:1: exit %d, stderr %.500q; want 0, the warning and the summary, no connection error", code, stderr)
	}
	full := t.TempDir()
	writeStories(t, full, 1)
	code, _, stderr = runMain(t, "", "reprocess", "--progress", "none", "--log-format", "json", "--brokers", "127.0.0.1:1", full)
	if code != 1 || !strings.Contains(stderr, "nothing listens there") {
		t.Errorf("reprocess DIR --brokers 127.0.0.1:1: exit %d, stderr %.500q; want 1, the connection error", code, stderr)
	}
}

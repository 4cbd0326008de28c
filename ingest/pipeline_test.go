package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/ingest/fetch"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/prometheus/client_golang/prometheus"
)

func TestPipelineEveryJobEndsAsArticleOrDeadLetter(t *testing.T) {
	src := fakes.NewSource("a", "fail:b", "c", "panic:d", "slow:e")
	sink := &fakes.Sink{}
	p := &ingest.Pipeline{Source: src, Loader: fakes.Loader{}, Processor: fakes.Processor{}, Sink: sink, Workers: 3}
	if err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(src.DoneURLs()) != 5 || len(sink.Articles()) != 3 || len(sink.DeadLetters()) != 2 {
		t.Fatalf("done %v, articles %v, dead %+v", src.DoneURLs(), sink.Articles(), sink.DeadLetters())
	}
	classes := map[string]string{}
	for _, d := range sink.DeadLetters() {
		classes[d.URL] = d.Class
		if d.Schema != newsner.DeadLetterSchema || d.Attempts != 1 || d.Error == "" {
			t.Errorf("dead letter %+v", d)
		}
	}
	if classes["fail:b"] != newsner.ENotHTML || classes["panic:d"] != newsner.EInternal {
		t.Errorf("classes %v", classes)
	}
}

func TestPipelineFailedWriteStopsWithoutMarkingDone(t *testing.T) {
	src := fakes.NewSource("a", "b", "c", "d")
	sink := &fakes.Sink{FailAfter: 2}
	p := &ingest.Pipeline{Source: src, Loader: fakes.Loader{}, Processor: fakes.Processor{}, Sink: sink, Workers: 1}
	err := p.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "broker unavailable") {
		t.Fatalf("Run = %v, want the write error", err)
	}
	if len(src.DoneURLs()) != 2 {
		t.Errorf("done %v: a job whose output was not written was marked done", src.DoneURLs())
	}
}

func TestPipelineStopFinishesInFlight(t *testing.T) {
	var urls []string
	for range 20 {
		urls = append(urls, "slow:x")
	}
	src := fakes.NewSource(urls...)
	sink := &fakes.Sink{}
	p := &ingest.Pipeline{Source: src, Loader: fakes.Loader{}, Processor: fakes.Processor{}, Sink: sink, Workers: 4, DrainTimeout: 5 * time.Second}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	if err := p.Run(ctx); err != nil {
		t.Fatal(err)
	}
	// The 4 jobs in flight at the stop finish and are written; no new ones start.
	if len(src.DoneURLs()) != 4 || len(sink.Articles()) != 4 || len(sink.DeadLetters()) != 0 {
		t.Errorf("after stop: done %d, articles %d, dead %d; want 4, 4, 0", len(src.DoneURLs()), len(sink.Articles()), len(sink.DeadLetters()))
	}
}

func TestPipelineDrainTimeoutLeavesJobsUndone(t *testing.T) {
	src := fakes.NewSource("slow:a", "slow:b")
	sink := &fakes.Sink{}
	p := &ingest.Pipeline{Source: src, Loader: fakes.Loader{}, Processor: fakes.Processor{}, Sink: sink, Workers: 2, DrainTimeout: time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	p.Run(ctx)
	if len(src.DoneURLs()) != 0 || len(sink.DeadLetters()) != 0 {
		t.Errorf("jobs cut off by the drain timeout must stay undone and not be dead-lettered: done %v dead %v", src.DoneURLs(), sink.DeadLetters())
	}
}

// startedLoader is fakes.Loader telling started of each load it begins.
type startedLoader struct{ started chan string }

func (l startedLoader) Load(ctx context.Context, in string) (newsner.Page, error) {
	l.started <- in
	return fakes.Loader{}.Load(ctx, in)
}

// TestPipelineStopSaysItDrains: a stop asked for says at once that the URLs
// in flight finish first, how many, and within what (the flag where one is
// named): run said nothing between a Ctrl-C and its last line, up to
// --drain-timeout later, and looked hung.
func TestPipelineStopSaysItDrains(t *testing.T) {
	src := fakes.NewSource("slow:a", "slow:b", "c")
	var logs fakes.Buffer
	started := make(chan string, 3)
	p := &ingest.Pipeline{Source: src, Loader: startedLoader{started}, Processor: fakes.Processor{}, Sink: &fakes.Sink{}, Workers: 2,
		DrainTimeout: 5 * time.Second, Logger: slog.New(slog.NewTextHandler(&logs, nil)), Flags: newsner.FlagNames{"DrainTimeout": "--drain-timeout"}}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-started; <-started; cancel() }()
	if err := p.Run(ctx); err != nil {
		t.Fatal(err)
	}
	want := `msg="stopping: finishing the work in flight first, within --drain-timeout" in_flight=2 drain_timeout=5s`
	if !strings.Contains(logs.String(), want) || p.JobsDone() != 2 {
		t.Errorf("%d jobs done, logs:\n%s\nwant 2 done and %q", p.JobsDone(), logs.String(), want)
	}
}

// TestPipelineAbortCutsDrainShort: Abort's end (a second signal) cuts the
// drain short: the jobs in flight are left undone, not dead-lettered, and
// Run returns at once, where a second Ctrl-C changed nothing and run
// waited up to --drain-timeout.
func TestPipelineAbortCutsDrainShort(t *testing.T) {
	src := fakes.NewSource("slow:a", "slow:b")
	sink := &fakes.Sink{}
	var logs fakes.Buffer
	started := make(chan string, 2)
	abort, stopNow := context.WithCancel(context.Background())
	p := &ingest.Pipeline{Source: src, Loader: startedLoader{started}, Processor: fakes.Processor{}, Sink: sink, Workers: 2,
		DrainTimeout: time.Minute, Abort: abort, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-started; <-started; cancel(); stopNow() }()
	if err := p.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if len(src.DoneURLs()) != 0 || len(sink.DeadLetters()) != 0 || !strings.Contains(logs.String(), "a second signal stops at once") {
		t.Errorf("aborted: done %v, dead letters %v; want none, and the stop line to say a second signal stops at once:\n%s", src.DoneURLs(), sink.DeadLetters(), logs.String())
	}
}

func TestOrderedKeepsOrder(t *testing.T) {
	var got []int
	err := ingest.Ordered(context.Background(), 100, 8,
		func(_ context.Context, i int) int {
			time.Sleep(time.Duration((i*7)%5) * time.Millisecond)
			return i * i
		},
		func(i, v int) error {
			if v != i*i {
				t.Errorf("emit(%d, %d)", i, v)
			}
			got = append(got, i)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("emitted out of order: %v", got)
		}
	}
	if len(got) != 100 {
		t.Fatalf("emitted %d, want 100", len(got))
	}
}

// TestOrderedWorkersNoMoreThanInputs: workers far over the inputs start
// no more goroutines than the inputs (extract --workers 100000000 of one
// URL started them all: 8 minutes, 326 MB).
func TestOrderedWorkersNoMoreThanInputs(t *testing.T) {
	before := runtime.NumGoroutine()
	most := 0
	err := ingest.Ordered(context.Background(), 3, 1_000_000,
		func(_ context.Context, i int) int {
			time.Sleep(20 * time.Millisecond) // all three at work at once
			return i
		},
		func(i, v int) error {
			most = max(most, runtime.NumGoroutine()-before)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if most > 10 {
		t.Errorf("%d goroutines more than before for 3 inputs", most)
	}
}

func TestOrderedStopsOnEmitError(t *testing.T) {
	boom := errors.New("stdout closed")
	n := 0
	err := ingest.Ordered(context.Background(), 1000, 4,
		func(_ context.Context, i int) int { return i },
		func(i, v int) error {
			n++
			if i == 10 {
				return boom
			}
			return nil
		})
	if !errors.Is(err, boom) || n != 11 {
		t.Fatalf("err %v after %d emits", err, n)
	}
}

func TestLinesSkipsBlankAndComments(t *testing.T) {
	l := ingest.NewLines(strings.NewReader("\n# comment\n https://a.example/x \n\nhttps://b.example/y\n"))
	var got []string
	fakes.Each(context.Background(), t, l, func(j ingest.Job) bool { got = append(got, j.URL); return true })
	if strings.Join(got, " ") != "https://a.example/x https://b.example/y" {
		t.Fatalf("got %q", got)
	}
}

// TestEachLine: EachLine hands on each line as it stands (records whole,
// blank lines and comments skipped), stops at fn's error, and hands on an
// over-long line cut short. feed and watch read their inputs with it.
func TestEachLine(t *testing.T) {
	rec := `{"schema":"newsner.url/v1","url":"https://c.example/z","title":"T"}`
	in := "\n# comment\n https://a.example/x \n\n\t# indented comment\nhttps://b.example/y\n" + rec + "\n"
	var got []string
	add := func(s string) error { got = append(got, s); return nil }
	if err := ingest.EachLine(context.Background(), strings.NewReader(in), add); err != nil {
		t.Fatal(err)
	}
	if want := []string{"https://a.example/x", "https://b.example/y", rec}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}

	boom := errors.New("boom")
	n := 0
	err := ingest.EachLine(context.Background(), strings.NewReader("a\nb\nc\n"), func(string) error { n++; return boom })
	if !errors.Is(err, boom) || n != 1 {
		t.Errorf("fn's error: got %v after %d calls", err, n)
	}

	// An over-long line is handed on cut to its first MiB, a URL the
	// fetcher refuses (a dead letter), and the lines after it are read:
	// it stopped the input with "read URLs: line 3 is longer than ...",
	// the URLs after it not done.
	got = nil
	long := "https://a.example/1\n# c\nhttps://a.example/" + strings.Repeat("x", 2<<20) + "\nhttps://a.example/4\n"
	if err := ingest.EachLine(context.Background(), strings.NewReader(long), add); err != nil {
		t.Errorf("over-long line: %v", err)
	}
	if len(got) != 3 || got[0] != "https://a.example/1" || len(got[1]) != 1<<20 || !strings.HasPrefix(got[1], "https://a.example/xxx") || got[2] != "https://a.example/4" {
		t.Errorf("over-long line: got %d lines (%.40q...), want the first, the long one cut to 1 MiB, the last", len(got), got)
	}
	if _, err := fetch.ValidateURL(got[1]); newsner.ErrorCode(err) != newsner.EInvalid {
		t.Errorf("the cut line is a URL the fetcher takes: %v", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ingest.EachLine(ctx, strings.NewReader("a\n"), add); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ctx: got %v", err)
	}
}

// TestInputsRefuseAURLList: a file or stdin that holds URLs, one a line
// (with a BOM, blank lines, comments, CRLF) or several a line between
// spaces, is a list, not a page: it was made an article of its lines,
// with no entities and exit 0 (URLs between spaces also with the language
// "pt" of their "com"s); the refusal says how to feed a list (newsner run
// on stdin, one a line, as README). Text that names a URL among its
// words, or markup, is read.
func TestInputsRefuseAURLList(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	os.WriteFile(list, []byte("\ufeff# to read\r\n\r\nhttps://example.com/a\r\nHTTP://example.com/b#c\r\n"), 0o644)
	prose := filepath.Join(dir, "note.txt")
	os.WriteFile(prose, []byte("Read the report at https://example.com/a\nhttps://example.com/b\n"), 0o644)
	html := filepath.Join(dir, "a.html")
	os.WriteFile(html, []byte("<p>https://example.com/a</p>"), 0o644)
	ctx := context.Background()
	_, err := (&ingest.Inputs{AllowFiles: true}).Load(ctx, list)
	if want := "invalid: read " + list + ": a list of 2 URLs, one a line, not a page (give each URL as an input, or the list to newsner run on its standard input)"; err == nil || err.Error() != want {
		t.Errorf("Load(a URL list) = %v, want %q", err, want)
	}
	spaced := filepath.Join(dir, "spaced.txt")
	os.WriteFile(spaced, []byte("https://example.com/a https://example.com/b\n\thttps://example.com/c\n"), 0o644)
	_, err = (&ingest.Inputs{AllowFiles: true}).Load(ctx, spaced)
	if want := "invalid: read " + spaced + ": a list of 3 URLs, not a page (give each URL as an input, or the list, one a line, to newsner run on its standard input)"; err == nil || err.Error() != want {
		t.Errorf("Load(URLs between spaces) = %v, want %q", err, want)
	}
	_, err = (&ingest.Inputs{AllowFiles: true, Stdin: strings.NewReader("https://example.com/a\n")}).Load(ctx, "-")
	if newsner.ErrorCode(err) != newsner.EInvalid || !strings.Contains(err.Error(), "read stdin: a list of 1 URL,") || !strings.HasSuffix(err.Error(), "(give each URL as an input, or the list to newsner run on its standard input)") {
		t.Errorf("Load(- of a URL) = %v", err)
	}
	for _, f := range []string{prose, html} {
		if _, err := (&ingest.Inputs{AllowFiles: true}).Load(ctx, f); err != nil {
			t.Errorf("Load(%s): %v", filepath.Base(f), err)
		}
	}
}

// TestInputsRefuseAURLListWithAStrayLine: a list of URLs, one a line,
// with a header ("url", "URLs to read:") or a few short stray lines among
// many URLs is still a list: it was read as a page, an article made of
// the URLs. The refusal quotes the stray line. An article that quotes
// URLs on lines of their own, a title above prose, is read; so are short
// lines that outnumber a tenth of the URLs.
func TestInputsRefuseAURLListWithAStrayLine(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	var many strings.Builder
	many.WriteString("--- batch 1 ---\n")
	for i := range 20 {
		fmt.Fprintf(&many, "https://example.com/%d\n", i)
		if i == 9 {
			many.WriteString("// batch 2\n")
		}
	}
	for _, c := range []struct{ name, body, want string }{
		{"header.csv", "url\nhttps://example.com/a\nhttps://example.com/b\n", `: a list of 2 URLs, one a line, not a page (its line "url" is no URL; give each URL as an input, or the list to newsner run on its standard input)`},
		{"titled.txt", "URLs to read:\r\n\r\nhttps://example.com/a\r\n# c\r\nhttps://example.com/b https://example.com/c\r\n", `: a list of 3 URLs, not a page (its line "URLs to read:" is no URL; give each URL as an input, or the list, one a line, to newsner run on its standard input)`},
		{"one.txt", "links\nhttps://example.com/a\n", `: a list of 1 URL, one a line, not a page (its line "links" is no URL; give`},
		{"many.txt", many.String(), `: a list of 20 URLs, one a line, not a page (2 of its lines are no URL, the first "--- batch 1 ---"; give`},
		// A URL of another scheme, or a mistyped one, is a line of the
		// list, not a stray: with a stray line beside it, the list was
		// read as a page.
		{"schemes.txt", "# mine\nhttps://example.com/a\n\nhttps://example.com/b\nhttps://example.com/a\nftp://files.example/c\nhtp://example.com/d\nexample.com/e\n",
			`: a list of 5 URLs, one a line, not a page (its line "example.com/e" is no URL; give`},
	} {
		path := filepath.Join(dir, c.name)
		os.WriteFile(path, []byte(c.body), 0o644)
		_, err := (&ingest.Inputs{AllowFiles: true}).Load(ctx, path)
		if newsner.ErrorCode(err) != newsner.EInvalid || !strings.Contains(err.Error(), "read "+path+c.want) {
			t.Errorf("Load(%s) = %v, want invalid %q", c.name, err, c.want)
		}
	}
	_, err := (&ingest.Inputs{AllowFiles: true, Stdin: strings.NewReader("url\nhttps://example.com/a\nhttps://example.com/b\n")}).Load(ctx, "-")
	if newsner.ErrorCode(err) != newsner.EInvalid || !strings.Contains(err.Error(), `read stdin: a list of 2 URLs, one a line, not a page (its line "url" is no URL;`) {
		t.Errorf("Load(- of a list with a header) = %v", err)
	}
	for name, body := range map[string]string{
		"article.txt": "Storm hits the coast\n\nThe storm reached the coast on Monday night, the weather service said, and thousands lost power.\n" +
			"https://example.com/weather/storm\nhttps://example.com/power/outages\nhttps://example.com/photos\n",
		"wrapped.txt": "Storm hits the coast\nThe storm reached the coast\non Monday night, the\nweather service said.\nhttps://example.com/a\nhttps://example.com/b\n",
		"quoted.txt":  "Sources\nRead the report at https://example.com/a\nhttps://example.com/b\n",
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(body), 0o644)
		if _, err := (&ingest.Inputs{AllowFiles: true}).Load(ctx, path); err != nil {
			t.Errorf("Load(%s): %v", name, err)
		}
	}
}

func TestInputsLoadsFilesAndStdin(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.html")
	os.WriteFile(plain, []byte("<p>hello</p>"), 0o644)
	zipped := filepath.Join(dir, "b.html.gz")
	os.WriteFile(zipped, fakes.Gzip([]byte("<p>zipped</p>")), 0o644)
	big := filepath.Join(dir, "big.html")
	os.WriteFile(big, bytes.Repeat([]byte("x"), 2000), 0o644)

	in := &ingest.Inputs{AllowFiles: true, Stdin: strings.NewReader("from stdin"), MaxFileBytes: 1000}
	ctx := context.Background()
	for _, tt := range []struct {
		input, body, url, code string
	}{
		{plain, "<p>hello</p>", "file://" + plain, ""},
		{"file://" + zipped, "<p>zipped</p>", "file://" + zipped, ""},
		{"-", "from stdin", "-", ""},
		{"-", "from stdin", "-", ""}, // stdin read once, served again
		{big, "", "", newsner.ETooLarge},
		{filepath.Join(dir, "missing.html"), "", "", newsner.EInvalid},
		{"ftp://example.com/x", "", "", newsner.EUnsupported},
		{"https://example.com/x", "", "", newsner.EUnsupported}, // no fetcher configured
	} {
		p, err := in.Load(ctx, tt.input)
		if got := newsner.ErrorCode(err); got != tt.code {
			t.Errorf("Load(%q): class %q (%v), want %q", tt.input, got, err, tt.code)
			continue
		}
		if tt.code == "" && (string(p.Body) != tt.body || p.URL != tt.url || p.Status != 0) {
			t.Errorf("Load(%q) = url %q body %q", tt.input, p.URL, p.Body)
		}
	}
	queue := &ingest.Inputs{}
	if _, err := queue.Load(ctx, plain); newsner.ErrorCode(err) != newsner.EUnsupported {
		t.Errorf("a queue's inputs must not read files: %v", err)
	}
	// A URL typed without its scheme is taken for a file, and the error
	// says what a URL starts with.
	if _, err := in.Load(ctx, "example.com/news/1"); newsner.ErrorCode(err) != newsner.EInvalid || !strings.Contains(err.Error(), "nor a URL: a URL starts with http:// or https://") {
		t.Errorf("Load of a URL without its scheme: %v; want invalid, saying what a URL starts with", err)
	}
	if _, err := in.Load(ctx, "file://"+filepath.Join(dir, "missing.html")); strings.Contains(err.Error(), "nor a URL") {
		t.Errorf("Load of a file:// URL: %v; it is no URL without its scheme", err)
	}
	// A directory is named once: "read DIR: is a directory", not "read
	// DIR: read DIR: is a directory".
	if _, err := in.Load(ctx, dir); newsner.ErrorCode(err) != newsner.EInvalid || strings.Count(err.Error(), dir) != 1 {
		t.Errorf("Load of a directory: %v; want invalid, naming it once", err)
	}
	noStdin := &ingest.Inputs{AllowFiles: true}
	if _, err := noStdin.Load(ctx, "-"); newsner.ErrorCode(err) != newsner.EUnsupported {
		t.Errorf("stdin without a Stdin: want an unsupported input, as a URL without a Fetcher: %v", err)
	}
}

func TestPipelineSkipsRecentDuplicates(t *testing.T) {
	src := fakes.NewSource("a", "b", "a", "fail:c", "fail:c", "a")
	sink := &fakes.Sink{}
	var logs bytes.Buffer
	p := &ingest.Pipeline{Source: src, Loader: fakes.Loader{}, Processor: fakes.Processor{}, Sink: sink, Workers: 1, Recent: &ingest.Recent{},
		Logger: slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	if err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	// "a" is processed once; a failed URL is not remembered, so it is tried again.
	if strings.Join(sink.Articles(), " ") != "a b" || len(sink.DeadLetters()) != 2 || len(src.DoneURLs()) != 6 {
		t.Fatalf("articles %v, dead %d, done %d", sink.Articles(), len(sink.DeadLetters()), len(src.DoneURLs()))
	}
	// Each skip says so at debug level, with the window (once only a
	// counter moved).
	if n := strings.Count(logs.String(), `"url":"a","window":"1h0m0s"`); n != 2 {
		t.Errorf("%d debug lines for the 2 skipped duplicates, want 2 naming the window:\n%s", n, logs.String())
	}
}

func TestRecentExpiresAndBounds(t *testing.T) {
	r := &ingest.Recent{TTL: time.Minute, Max: 2}
	now := time.Now()
	r.Add("a", now)
	if !r.Seen("a", now.Add(30*time.Second)) || r.Seen("a", now.Add(2*time.Minute)) {
		t.Error("TTL not honoured")
	}
	r.Add("a", now)
	r.Add("b", now)
	r.Add("c", now)
	if r.Seen("a", now) || !r.Seen("b", now) || !r.Seen("c", now) {
		t.Error("oldest not evicted past Max")
	}
	var nilRecent *ingest.Recent
	nilRecent.Add("x", now)
	if nilRecent.Seen("x", now) {
		t.Error("nil Recent remembers")
	}
}

// TestPipelineErrorsKeepTheirClass fails a URL with each error class, once
// in loading and once in processing: the dead letter, the log line and the
// metrics all carry the class it was first given, and the URL appears once
// in the message.
func TestPipelineErrorsKeepTheirClass(t *testing.T) {
	var urls []string
	for _, c := range fakes.Classes {
		urls = append(urls, "fail:"+c+"/page", "bad:"+c+"/page")
	}
	var logs bytes.Buffer
	reg := prometheus.NewRegistry()
	sink := &fakes.Sink{}
	p := &ingest.Pipeline{Source: fakes.NewSource(urls...), Loader: fakes.Loader{}, Processor: fakes.Processor{}, Sink: sink,
		Workers: 3, Logger: slog.New(slog.NewJSONHandler(&logs, nil)), Metrics: ingest.NewMetrics(reg)}
	if err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	dead := sink.DeadLetters()
	if len(dead) != len(urls) {
		t.Fatalf("%d dead letters for %d failing URLs", len(dead), len(urls))
	}
	for _, d := range dead {
		want, _ := fakes.ClassOf(d.URL)
		if d.Class != want {
			t.Errorf("%s: dead letter class %q (%s), want %q", d.URL, d.Class, d.Error, want)
		}
		if n := strings.Count(d.Error, d.URL); n > 1 {
			t.Errorf("%s: the URL is %d times in %q", d.URL, n, d.Error)
		}
		// The class leads the message, as on every path (it followed
		// "process URL: " where processing failed).
		if !strings.HasPrefix(d.Error, want+": ") {
			t.Errorf("%s: the error %q does not start with its class", d.URL, d.Error)
		}
	}
	logged := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var rec struct{ Msg, URL, Class string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Msg == "dead letter" {
			logged[rec.URL] = rec.Class
		}
	}
	for _, u := range urls {
		if want, _ := fakes.ClassOf(u); logged[u] != want {
			t.Errorf("%s: logged class %q, want %q", u, logged[u], want)
		}
	}
	counted := fakes.MetricValues(t, reg, "newsner_dead_letters_total", "class")
	for _, c := range fakes.Classes {
		if counted[c] != 2 {
			t.Errorf("newsner_dead_letters_total{class=%q} = %v, want 2", c, counted[c])
		}
	}
}

// TestPipelineDeadLettersRecordsTooLargeForTheSink: an article the sink
// refuses as too large for it (the Kafka sink's message cap) is a dead
// letter of class too_large and the pipeline goes on; it stopped the
// pipeline, which, the URL not done, met it again after each restart.
func TestPipelineDeadLettersRecordsTooLargeForTheSink(t *testing.T) {
	src := fakes.NewSource("a", "huge:b", "c")
	sink := &fakes.Sink{}
	p := &ingest.Pipeline{Source: src, Loader: fakes.Loader{}, Processor: fakes.Processor{}, Sink: sink, Workers: 1}
	if err := p.Run(context.Background()); err != nil {
		t.Fatalf("Run = %v, want nil: the record too large is the page's, not the sink's failure", err)
	}
	if got := sink.Articles(); strings.Join(got, " ") != "a c" {
		t.Errorf("articles %q, want a and c", got)
	}
	if d := sink.DeadFor("huge:b"); len(d) != 1 || d[0].Class != newsner.ETooLarge {
		t.Errorf("dead letters for huge:b: %+v, want one too_large", d)
	}
	if len(src.DoneURLs()) != 3 {
		t.Errorf("done %v, want all three", src.DoneURLs())
	}
}

// TestInputsNamedPipeWithoutWriter: a named pipe no one writes to is read
// as empty at once, where opening it waited for a writer in a system call
// no signal ends (extract hung past SIGINT and SIGTERM); one with a writer
// is read as a file is.
func TestInputsNamedPipeWithoutWriter(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.html")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	t.Cleanup(func() {
		// Let a Load still waiting in open end, if the fix is gone.
		if w, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
	in := &ingest.Inputs{AllowFiles: true}
	done := make(chan error, 1)
	go func() {
		p, err := in.Load(context.Background(), fifo)
		if err == nil && len(p.Body) != 0 {
			err = fmt.Errorf("body %q", p.Body)
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Load of a named pipe without a writer: %v; want an empty page", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Load of a named pipe without a writer waits for one")
	}

	// With a writer (a shell's <(...)), the pipe's bytes.
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err == nil {
			w.Write([]byte("<p>piped</p>"))
			w.Close()
		}
	}()
	time.Sleep(100 * time.Millisecond) // the writer opens first, as a shell's does
	p, err := in.Load(context.Background(), fifo)
	if err != nil || string(p.Body) != "<p>piped</p>" {
		t.Errorf("Load of a named pipe with a writer: %q, %v", p.Body, err)
	}
}

// TestReadCappedGzipCutShort: a gzip file cut short is said to be one
// (invalid), where it said "read X: unexpected EOF" alone.
func TestReadCappedGzipCutShort(t *testing.T) {
	z := fakes.Gzip([]byte("<p>" + strings.Repeat("words ", 200) + "</p>"))
	_, err := ingest.ReadCapped(bytes.NewReader(z[:len(z)/2]), 1<<20, "page.html.gz", "")
	if want := "invalid: read page.html.gz: gzip data damaged or cut short: unexpected EOF"; err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}

// TestReadCappedEndlessInput: an input over the cap that is a character
// device (/dev/zero) says it is one, which need never end, and names no
// limit to raise, where it said "raise --max-body-bytes", which cannot
// help; a pipe over it says it is one that may never end and keeps its
// limit; a file over it is as it was.
func TestReadCappedEndlessInput(t *testing.T) {
	zero, err := os.Open("/dev/zero")
	if err != nil {
		t.Skip(err)
	}
	defer zero.Close()
	_, err = ingest.ReadCapped(zero, 1000, "/dev/zero", "MaxFileBytes")
	if newsner.ErrorCode(err) != newsner.ETooLarge || newsner.LimitOf(err) != "" || !strings.Contains(err.Error(), "character device, which need never end") {
		t.Errorf("/dev/zero: %v, limit %q; want too_large saying it is a device, no limit", err, newsner.LimitOf(err))
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { pw.Write(make([]byte, 2000)); pw.Close() }()
	_, err = ingest.ReadCapped(pr, 1000, "stdin", "MaxFileBytes")
	pr.Close()
	if newsner.ErrorCode(err) != newsner.ETooLarge || newsner.LimitOf(err) != "MaxFileBytes" || !strings.Contains(err.Error(), "over 1000 bytes, read from a pipe, which may never end") {
		t.Errorf("a pipe: %v, limit %q; want too_large saying it is a pipe, its limit MaxFileBytes", err, newsner.LimitOf(err))
	}
	p := filepath.Join(t.TempDir(), "big.html")
	os.WriteFile(p, make([]byte, 2000), 0o644)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = ingest.ReadCapped(f, 1000, p, "MaxFileBytes")
	if newsner.LimitOf(err) != "MaxFileBytes" || !strings.HasSuffix(err.Error(), "input too large: over 1000 bytes") {
		t.Errorf("a file: %v; want its limit, nothing said of a stream", err)
	}
}

// waitingLoader waits on "the host's limits" until ctx ends or after a
// second, tallying the wait, as the fetcher does.
type waitingLoader struct{}

func (waitingLoader) Load(ctx context.Context, input string) (newsner.Page, error) {
	start := time.Now()
	select {
	case <-ctx.Done():
	case <-time.After(1100 * time.Millisecond):
	}
	ingest.AddQueueWait(ctx, time.Since(start))
	if err := ctx.Err(); err != nil {
		return newsner.Page{URL: input}, err
	}
	return newsner.Page{URL: input, Body: []byte("<p>x</p>")}, nil
}

// TestCutJobSaysNoLimitWait: a job cut while it waits on its host's
// limits (a second signal's Abort, the drain timeout: its context ended)
// does not log that it waited for them, which it still did ("URL waited
// for its host's request limits ..."); a job that waited and went on does.
func TestCutJobSaysNoLimitWait(t *testing.T) {
	for _, cut := range []bool{true, false} {
		var logs strings.Builder
		p := &ingest.Pipeline{Loader: waitingLoader{}, Processor: fakes.Processor{}, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
		ctx, cancel := context.WithCancel(context.Background())
		if cut {
			time.AfterFunc(1050*time.Millisecond, cancel)
		}
		p.Do(ctx, ingest.Job{URL: "https://news.example/a"})
		cancel()
		if said := strings.Contains(logs.String(), "waited for its host's request limits"); said == cut {
			t.Errorf("cut %v: logs %q; want the wait said only of a job not cut", cut, logs.String())
		}
	}
}

// TestDeadLetterLogHidesCredentials: the log line of a dead letter whose URL
// carries a password says the URL as its record does, the password hidden
// (newsner.RedactURL); it logged the URL as fed, password and all.
func TestDeadLetterLogHidesCredentials(t *testing.T) {
	const u = "fail:invalid/http://user:secret@example.com/a"
	var logs bytes.Buffer
	sink := &fakes.Sink{}
	p := &ingest.Pipeline{Source: fakes.NewSource(u), Loader: fakes.Loader{}, Processor: fakes.Processor{}, Sink: sink,
		Workers: 1, Logger: slog.New(slog.NewJSONHandler(&logs, nil))}
	if err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	dead := sink.DeadLetters()
	if len(dead) != 1 || strings.Contains(dead[0].URL, "secret") || !strings.Contains(logs.String(), "user:xxxxx@example.com") {
		t.Fatalf("dead letters %+v, logs:\n%s", dead, logs.String())
	}
	if strings.Contains(logs.String(), "secret") {
		t.Errorf("the password is logged:\n%s", logs.String())
	}
}

// TestFileDeadLetterURLIsTheArticles: a file input's dead letter carries
// the url its article would ("file:///abs/path"), not the path as typed
// ("cut.html.gz"), so a consumer joining the two on url finds both: a
// file cut short, one not there, and one that reads but fails to process.
func TestFileDeadLetterURLIsTheArticles(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	z := fakes.Gzip([]byte("<p>" + strings.Repeat("words ", 200) + "</p>"))
	if err := os.WriteFile("cut.html.gz", z[:len(z)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("fail.html", []byte("<p>fail:</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := &ingest.Pipeline{Loader: &ingest.Inputs{AllowFiles: true}, Processor: failingProcessor{}}
	for _, in := range []string{"cut.html.gz", "missing.html", "fail.html", "file://" + filepath.Join(dir, "cut.html.gz")} {
		res := p.Do(context.Background(), ingest.Job{URL: in})
		if res.Err == nil {
			t.Fatalf("%s: no error", in)
		}
		name := strings.TrimPrefix(in, "file://"+dir+"/")
		if d, want := res.DeadLetter(in), "file://"+filepath.Join(dir, name); d.URL != want {
			t.Errorf("%s: dead letter url %q, want %q", in, d.URL, want)
		}
	}
	// A URL's dead letter still names it as fed.
	res := ingest.Result{Page: newsner.Page{URL: "http://127.0.0.1:1/a"}, Err: newsner.Errorf(newsner.ENetwork, "refused")}
	if d := res.DeadLetter("http://127.0.0.1:1/a"); d.URL != "http://127.0.0.1:1/a" {
		t.Errorf("URL's dead letter url %q", d.URL)
	}
}

// failingProcessor fails every page, as a bad page fails extraction.
type failingProcessor struct{}

func (failingProcessor) Process(ctx context.Context, page newsner.Page) (newsner.Article, error) {
	return newsner.Article{}, newsner.Errorf(newsner.EInvalid, "cannot process")
}

// place is a Token that says where its job came from (ingest.Locator).
type place string

func (p place) Locate() string { return string(p) }

// locatedSource hands out its URLs with a place each, "urls/0@N".
type locatedSource struct{ *fakes.Source }

func (s locatedSource) Next(ctx context.Context) (ingest.Job, error) {
	j, err := s.Source.Next(ctx)
	if err == nil {
		j.Token = place(fmt.Sprintf("urls/0@%d", len(s.DoneURLs())))
	}
	return j, err
}

// TestDeadLetterLogSaysWhere: a dead letter's log line names where its
// input came from where the source says (a URL topic's partition and
// offset): a message of no text or of binary bytes was dead-lettered with
// "url":"" or a line of replacement characters, and nothing told which
// message it was (found feeding hostile messages to the URL topic).
func TestDeadLetterLogSaysWhere(t *testing.T) {
	var logs bytes.Buffer
	p := &ingest.Pipeline{Source: locatedSource{fakes.NewSource("")}, Loader: fakes.Loader{}, Processor: fakes.Processor{},
		Sink: &fakes.Sink{}, Workers: 1, Logger: slog.New(slog.NewJSONHandler(&logs, nil))}
	if err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	var rec struct{ Msg, URL, From string }
	if err := json.Unmarshal(logs.Bytes(), &rec); err != nil {
		t.Fatalf("%v: %s", err, logs.String())
	}
	if rec.Msg != "dead letter" || rec.URL != "" || rec.From != "urls/0@0" {
		t.Errorf("logged %s; want the dead letter of an empty URL from urls/0@0", logs.String())
	}
}

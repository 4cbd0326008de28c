package main

// Tests of what a new user meets in the first hour (issue 14): one size
// cap, empty pages, URLs trimmed on every path.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/kafkatest"
)

// bigPage returns an article page of more than size bytes: a short story
// padded with a comment, so extracting it is quick.
func bigPage(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html lang="en"><head><title>A big page</title></head><body><!--`)
	for b.Len() < size {
		b.WriteString(strings.Repeat("padding ", 128) + "\n")
	}
	b.WriteString(`--><article><h1>A big page</h1><p>Angela Merkel arrived in Berlin on Monday for talks with the European Commission about the budget.</p>
<p>Officials from the United Nations said the meeting would last two days, and Merkel said little.</p></article></body></html>`)
	return b.Bytes()
}

// pageServer serves body as text/html at every path of a loopback server.
func pageServer(t *testing.T, body []byte) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// local are the flags that let the fetcher at a loopback test server.
var local = []string{"--allow-private-networks", "--ignore-robots", "--per-host-rate", "inf"}

// oneRecord decodes the single record a command printed.
func oneRecord(t *testing.T, what, out string) record {
	t.Helper()
	recs := decodeLines(t, out)
	if len(recs) != 1 {
		t.Fatalf("%s: %d records, want 1:\n%.500s", what, len(recs), out)
	}
	return recs[0]
}

// TestOneSizeCap: --max-body-bytes is the one cap for reading and
// extracting, with the same default in extract, run and reprocess, and a
// page over it is too_large on every path. Before, extraction had its own
// hidden 16 MiB cap (a raised --max-body-bytes did nothing past it, and
// reprocess read up to 32 MiB only to fail), and the fetcher's was 5 MiB.
func TestOneSizeCap(t *testing.T) {
	body := bigPage(newsner.DefaultMaxBodyBytes + 1<<20) // 17 MiB
	raised := fmt.Sprint(2 * newsner.DefaultMaxBodyBytes)
	dir := t.TempDir()
	file := filepath.Join(dir, "big.html")
	if err := os.WriteFile(file, body, 0o644); err != nil {
		t.Fatal(err)
	}
	srv := pageServer(t, body)
	url := srv.URL + "/big"

	for _, c := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"extract FILE", "", []string{"extract", file}},
		{"extract URL", "", append([]string{"extract", url}, local...)},
		{"extract -", string(body), []string{"extract", "-"}},
		{"run", url + "\n", append([]string{"run"}, local...)},
		{"reprocess", "", []string{"reprocess", "--progress", "none", dir}},
	} {
		_, out, errOut := runMain(t, c.stdin, c.args...)
		if r := oneRecord(t, c.name, out); r.Class != newsner.ETooLarge {
			t.Errorf("%s of a 17 MiB page: class %q (%s), want too_large\n%s", c.name, r.Class, r.Error, errOut)
		}
		code, out, errOut := runMain(t, c.stdin, append(c.args, "--max-body-bytes", raised)...)
		r := oneRecord(t, c.name+" --max-body-bytes "+raised, out)
		if code != 0 || r.Schema != newsner.ArticleSchema || !strings.Contains(r.Text, "Angela Merkel") {
			t.Errorf("%s --max-body-bytes %s: exit %d, class %q (%s), want the article\n%s", c.name, raised, code, r.Class, r.Error, errOut)
		}
	}
	// The default is the same in every command's --help.
	for _, cmd := range []string{"extract", "run", "reprocess"} {
		_, help, _ := runMain(t, "", cmd, "--help")
		if want := fmt.Sprintf("(default %d)", newsner.DefaultMaxBodyBytes); !strings.Contains(help, want) {
			t.Errorf("%s --help: --max-body-bytes lacks %s", cmd, want)
		}
	}
}

// TestEmptyPageIsADeadLetter: a page with no text (0 bytes, an empty
// <body>) is a dead letter of class empty, not an article with nothing in
// it; a page whose text names nobody is an article with "entities":[].
func TestEmptyPageIsADeadLetter(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	zero := write("zero.html", "")
	bodyless := write("empty-body.html", "<!doctype html><html><head><title></title></head><body>\n</body></html>")
	plain := write("no-names.html", `<!doctype html><html><body><article><p>It rained all day and the river rose a little.
The water went down again in the evening, and nothing else happened at all.</p></article></body></html>`)
	for _, p := range []string{zero, bodyless} {
		code, out, _ := runMain(t, "", "extract", p)
		if r := oneRecord(t, p, out); code != 1 || r.Class != newsner.EEmpty {
			t.Errorf("extract %s: exit %d, class %q, want 1 and empty: %s", filepath.Base(p), code, r.Class, out)
		}
	}
	code, out, _ := runMain(t, "", "extract", plain)
	if r := oneRecord(t, plain, out); code != 0 || r.Schema != newsner.ArticleSchema || r.Text == "" || !strings.Contains(out, `"entities":[]`) {
		t.Errorf("extract of a page without names: exit %d, want an article with \"entities\":[]: %s", code, out)
	}
	// The same in run, from a server.
	srv := pageServer(t, nil)
	_, out, _ = runMain(t, srv.URL+"/empty\n", append([]string{"run"}, local...)...)
	if r := oneRecord(t, "run", out); r.Class != newsner.EEmpty || !strings.Contains(r.Error, "0 bytes") {
		t.Errorf("run of an empty page: %s", out)
	}
}

// TestURLTrimmedOnEveryPath: a URL with white space around it is the same
// URL on every input path, and the record's url is the trimmed one (it
// kept the spaces while final_url did not).
func TestURLTrimmedOnEveryPath(t *testing.T) {
	srv := newsPages(t, 1)
	url := srv.URL + "/article/0"
	padded := " \t" + url + " \u00a0"
	_, out, errOut := runMain(t, "", append([]string{"extract", padded}, local...)...)
	if r := oneRecord(t, "extract", out); r.URL != url || r.FinalURL != url {
		t.Errorf("extract %q: url %q, final_url %q, want %q\n%s", padded, r.URL, r.FinalURL, url, errOut)
	}
	_, out, errOut = runMain(t, padded+"\r\n", append([]string{"run"}, local...)...)
	if r := oneRecord(t, "run", out); r.URL != url {
		t.Errorf("run with %q on stdin: url %q, want %q\n%s", padded, r.URL, url, errOut)
	}
	// An invalid one is refused the same way (the fetcher's ValidateURL).
	_, out, _ = runMain(t, "", "extract", " ftp://news.example/x ")
	if r := oneRecord(t, "extract", out); r.Class != newsner.EUnsupported || r.URL != "ftp://news.example/x" {
		t.Errorf("extract of an ftp URL: %s", out)
	}
	// One of white space alone names nothing: it was read as the working
	// directory ("read /home/me: is a directory (newsner reprocess reads
	// a directory of saved pages)").
	for _, in := range []string{"", " \t", "file://news.example"} {
		_, out, _ = runMain(t, "", "extract", in)
		if r := oneRecord(t, "extract", out); r.Class != newsner.EInvalid || !strings.Contains(r.Error, "names no file (give a URL") {
			t.Errorf("extract %q: %s", in, out)
		}
	}
}

// TestTextURLReadAsText: with --input-format text, a page served as
// text/plain is read as a text file is, by extract and run; it was a
// not_html dead letter ('content type "text/plain" is not HTML') whatever
// the flag said. Without the flag it still is (the fetcher takes HTML),
// and says which flag reads it, as a file's does: it said only that it is
// not HTML. A page of another type names no flag.
func TestTextURLReadAsText(t *testing.T) {
	const text = "Angela Merkel arrived in Berlin on Monday for talks with the European Commission.\n"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, text)
	}))
	defer srv.Close()
	url := srv.URL + "/note.txt"
	_, out, errOut := runMain(t, "", append([]string{"extract", "--input-format", "text", url}, local...)...)
	if r := oneRecord(t, "extract --input-format text", out); r.Schema != newsner.ArticleSchema || r.Text != text {
		t.Errorf("extract --input-format text of a text/plain URL: class %q (%s), text %q\n%s", r.Class, r.Error, r.Text, errOut)
	}
	_, out, errOut = runMain(t, url+"\n", append([]string{"run", "--input-format", "text"}, local...)...)
	if r := oneRecord(t, "run --input-format text", out); r.Schema != newsner.ArticleSchema || r.Text != text {
		t.Errorf("run --input-format text of a text/plain URL: class %q (%s), text %q\n%s", r.Class, r.Error, r.Text, errOut)
	}
	_, out, _ = runMain(t, "", append([]string{"extract", url}, local...)...)
	if r := oneRecord(t, "extract", out); r.Class != newsner.ENotHTML || !strings.HasSuffix(r.Error, `content type "text/plain; charset=utf-8" is not HTML: 1 attempt; --input-format text reads it as text`) {
		t.Errorf("extract of a text/plain URL: class %q (%s), want not_html naming --input-format text", r.Class, r.Error)
	}
	_, out, _ = runMain(t, url+"\n", append([]string{"run"}, local...)...)
	if r := oneRecord(t, "run", out); r.Class != newsner.ENotHTML || !strings.HasSuffix(r.Error, "; --input-format text reads it as text") {
		t.Errorf("run of a text/plain URL: class %q (%s), want not_html naming --input-format text", r.Class, r.Error)
	}
	pdf := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.4\n")
	}))
	defer pdf.Close()
	_, out, _ = runMain(t, "", append([]string{"extract", pdf.URL + "/a.pdf"}, local...)...)
	if r := oneRecord(t, "extract", out); r.Class != newsner.ENotHTML || strings.Contains(r.Error, "--input-format") {
		t.Errorf("extract of a PDF URL: class %q (%s), want not_html naming no flag", r.Class, r.Error)
	}
}

// TestBinaryListRefused: a file of sources whose bytes are no text (an
// image given by mistake, a gzipped list) is refused whole, naming the
// file and what it looks like; watch skipped each of its "lines" as a
// source with a warning of mojibake apiece. feed's files of URLs are
// refused so before its brokers are asked, a directory too: feed said only
// that no broker answered, and once one did, "read DIR: is a directory".
func TestBinaryListRefused(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string][]byte{
		"sites.png":    append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte("\x00\xff\nx"), 200)...),
		"sites.txt.gz": fakes.Gzip([]byte("example.com\nnews.example\n")),
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, body, 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := runMain(t, "", "watch", "--once", "--log-format", "json", path)
		if want := "newsner watch: " + path + " is not a text file (its bytes look like "; code != 1 || !strings.HasPrefix(errOut, want) || strings.Contains(errOut, "skipped") {
			t.Errorf("watch --once %s: exit %d, stderr %.400q; want 1 and %q, no source skipped", name, code, errOut, want)
		}
		code, _, errOut = runMain(t, "", "feed", "--brokers", "127.0.0.1:1", path)
		if want := "newsner feed: " + path + " is not a text file (its bytes look like "; code != 1 || !strings.HasPrefix(errOut, want) {
			t.Errorf("feed %s, no broker: exit %d, stderr %.400q; want 1 and %q", name, code, errOut, want)
		}
	}
	code, _, errOut := runMain(t, "", "feed", "--brokers", "127.0.0.1:1", dir)
	if want := "newsner feed: " + dir + ": a directory, not a list one a line\n"; code != 1 || errOut != want {
		t.Errorf("feed of a directory, no broker: exit %d, stderr %.400q; want 1 and %q", code, errOut, want)
	}
}

// TestFeedEmptyInputAsksNoBroker: feed of an input with no URL (an empty
// stdin, a list of comments and blank lines) warns that nothing was put on
// the topic and exits 0 without asking the brokers, as reprocess of an
// empty directory does; it connected first, and with no broker failed
// ("nothing listens there") before it found it had nothing to send.
func TestFeedEmptyInputAsksNoBroker(t *testing.T) {
	list := filepath.Join(t.TempDir(), "urls.txt")
	if err := os.WriteFile(list, []byte("# none yet\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ stdin, arg string }{{"", "-"}, {"# none\n   \n", "-"}, {"", list}} {
		code, _, errOut := runMain(t, tc.stdin, "feed", "--brokers", "127.0.0.1:1", "--log-format", "json", tc.arg)
		if code != 0 || !strings.Contains(errOut, `"level":"WARN","msg":"no URL in the input`) || strings.Contains(errOut, "listens") {
			t.Errorf("feed %s of stdin %q, no broker: exit %d, stderr %.400q; want 0 and a warning, no broker asked", tc.arg, tc.stdin, code, errOut)
		}
	}
	if code, _, errOut := runMain(t, "https://news.example/a\n", "feed", "--brokers", "127.0.0.1:1", "-"); code != 1 || !strings.Contains(errOut, "nothing listens there") {
		t.Errorf("feed of a URL, no broker: exit %d, stderr %.400q; want 1, the broker asked", code, errOut)
	}
}

// TestSeenTTLBelowMaxAgeWarned: watch given a --seen-ttl not above
// --max-age, which lets a URL be emitted twice, says so at start, naming
// both; it was taken without a word. The defaults (30 days, 7) say nothing.
func TestSeenTTLBelowMaxAgeWarned(t *testing.T) {
	const warning = "--seen-ttl is not above --max-age"
	_, _, errOut := runMain(t, "", "watch", "--once", "--log-format", "json", "--seen-ttl", "24h", "http://127.0.0.1:1/feed.xml")
	if !strings.Contains(errOut, warning) || !strings.Contains(errOut, `"seen-ttl":"24h0m0s","max-age":"168h0m0s"`) {
		t.Errorf("watch --seen-ttl 24h: stderr %.600q; want the warning with both values", errOut)
	}
	_, _, errOut = runMain(t, "", "watch", "--once", "--log-format", "json", "http://127.0.0.1:1/feed.xml")
	if strings.Contains(errOut, warning) {
		t.Errorf("watch with the defaults warned: %.600q", errOut)
	}
}

// TestOverLongLineClipped: a line of megabytes on run's stdin is a dead
// letter (of its first MiB) whose log line quotes its first
// newsner.MaxURLLength bytes (it quoted the whole MiB), and the line after
// it is read.
func TestOverLongLineClipped(t *testing.T) {
	long := "https://news.example/" + strings.Repeat("a", 2<<20)
	code, out, errOut := runMain(t, long+"\nftp://news.example/next\n", "run", "--log-format", "json")
	recs := decodeLines(t, out)
	if code != 0 || len(recs) != 2 {
		t.Fatalf("exit %d, %d records, want 0 and two dead letters\n%.2000s", code, len(recs), errOut)
	}
	// run writes records as URLs finish, not in input order.
	if recs[0].URL == "ftp://news.example/next" {
		recs[0], recs[1] = recs[1], recs[0]
	}
	if r := recs[0]; r.Class != newsner.EInvalid || len(r.URL) != 1<<20 || !strings.HasPrefix(long, r.URL) {
		t.Errorf("the long line's dead letter: class %s, url of %d bytes (%.60q)", r.Class, len(r.URL), r.URL)
	}
	if r := recs[1]; r.URL != "ftp://news.example/next" || r.Class != newsner.EUnsupported {
		t.Errorf("the line after it: url %.60q, class %s", r.URL, r.Class)
	}
	for _, l := range strings.Split(errOut, "\n") {
		if len(l) > 2*newsner.MaxURLLength {
			t.Errorf("a log line of %d bytes: %.200s", len(l), l)
		}
	}
}

// TestRunSaysWhereItStopped: run reading stdin, stopped by a signal while
// stdin stays open, stops and says how many URLs it did and from which
// line to go on (it exited 0 after 38 of 100 URLs without a word; it
// waited for stdin's next line or its end); at the end of its input it
// says how many.
func TestRunSaysWhereItStopped(t *testing.T) {
	srv := newsPages(t, 5)
	var in strings.Builder
	for i := range 5 {
		fmt.Fprintf(&in, "%s/article/%d\n", srv.URL, i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	var out, errOut fakes.Buffer
	env := &Env{Stdin: pr, Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	done := make(chan int)
	go func() {
		done <- Main(ctx, env, append([]string{"run", "--log-format", "json", "--workers", "1"}, local...))
	}()
	io.WriteString(pw, in.String()) // five URLs, and the input stays open
	for deadline := time.Now().Add(20 * time.Second); strings.Count(string(out.Bytes()), "\n") < 5; {
		if time.Now().After(deadline) {
			t.Fatalf("5 records not written:\n%s", string(errOut.Bytes()))
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel() // as SIGTERM does; stdin stays open (a terminal, a pipe)
	defer pw.Close()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d:\n%s", code, string(errOut.Bytes()))
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("run did not stop within 15s of its context ending while stdin stayed open:\n%s", string(errOut.Bytes()))
	}
	for _, want := range []string{"stopped on a signal", `"urls_done":5`, `"done_through_line":5`, "tail -n +6"} {
		if !strings.Contains(string(errOut.Bytes()), want) {
			t.Errorf("stop line lacks %s:\n%s", want, string(errOut.Bytes()))
		}
	}
	_, _, errs := runMain(t, in.String(), append([]string{"run", "--log-format", "json"}, local...)...)
	if !strings.Contains(errs, "end of input") || !strings.Contains(errs, `"urls_done":5`) {
		t.Errorf("run to the end of its input does not say how many it did:\n%s", errs)
	}
}

// TestReprocessTopicHelp: reprocess's --topic is the topic it reads pages
// from, not "topic of URLs to process" (it reads no URLs).
func TestReprocessTopicHelp(t *testing.T) {
	_, help, _ := runMain(t, "", "reprocess", "--help")
	if strings.Contains(help, "topic of URLs") || !strings.Contains(help, "the topic pages are read from") {
		t.Errorf("reprocess --help on --topic:\n%s", help)
	}
}

// TestRemediesNamed: an address that is not a Kafka broker (an HTTP
// server) fails with "is this a Kafka broker?" (it was a bare "i/o
// timeout"), run tries it again at start-up, logged, for --broker-wait;
// a metrics or serve address in use says so and what to do.
func TestRemediesNamed(t *testing.T) {
	web := httptest.NewServer(http.NotFoundHandler())
	defer web.Close()
	notKafka := strings.TrimPrefix(web.URL, "http://")
	start := time.Now()
	code, _, errOut := runMain(t, "", "feed", "https://news.example/a", "--brokers", notKafka)
	if code != 1 || !strings.Contains(errOut, "is this a Kafka broker?") || strings.Count(errOut, notKafka) != 1 {
		t.Errorf("feed to an HTTP server: exit %d, want 1 asking if it is a Kafka broker, naming it once:\n%s", code, errOut)
	}
	t.Logf("feed to an HTTP server failed in %v", time.Since(start).Round(time.Millisecond))
	code, _, errOut = runMain(t, "", "consume", "--brokers", notKafka)
	if code != 1 || !strings.Contains(errOut, "is this a Kafka broker?") {
		t.Errorf("consume from an HTTP server: exit %d, want 1 asking if it is a Kafka broker:\n%s", code, errOut)
	}

	code, _, errOut = runMain(t, "", "run", "--brokers", notKafka, "--broker-wait", "8s", "--log-format", "json")
	if code != 1 || !strings.Contains(errOut, "is this a Kafka broker?") || !strings.Contains(errOut, `"msg":"waiting for Kafka"`) {
		t.Errorf("run against an HTTP server: exit %d, want 1 after logged retries, asking if it is a Kafka broker:\n%s", code, errOut)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, _, errOut = runMain(t, "", "extract", "--metrics-addr", ln.Addr().String(), "../../testdata/pages/eu-summit.html")
	if code != 1 || !strings.Contains(errOut, "in use") || !strings.Contains(errOut, "another address") {
		t.Errorf("metrics address in use: exit %d:\n%s", code, errOut)
	}
	// So does serve's page address (it said "listen: listen tcp ...").
	code, _, errOut = runMain(t, "", "serve", "--addr", ln.Addr().String(), "-")
	if want := "newsner serve: --addr " + ln.Addr().String() + " is in use"; code != 1 || !strings.HasPrefix(errOut, want) || !strings.Contains(errOut, "another address") {
		t.Errorf("serve's address in use: exit %d, want 1 and %q:\n%s", code, want, errOut)
	}
}

// TestRunWaitsForTheBroker: run started before its broker waits for it,
// with logged retries, instead of failing at once (it rode out outages
// only once running).
func TestRunWaitsForTheBroker(t *testing.T) {
	broker := kafkatest.Addr(t)
	// The broker's address as run sees it: a port that starts forwarding
	// to the real broker only 3 s after run starts.
	port := kafkatest.FreePorts(t, 1)[0]
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	go func() {
		time.Sleep(3 * time.Second)
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return
		}
		t.Cleanup(func() { ln.Close() })
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				b, err := net.Dial("tcp", broker)
				if err != nil {
					return
				}
				defer b.Close()
				go io.Copy(b, c)
				io.Copy(c, b)
			}()
		}
	}()
	suffix := fmt.Sprint(time.Now().UnixNano())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errOut fakes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errOut, Getenv: func(string) string { return "" }}
	done := make(chan int)
	go func() {
		done <- Main(ctx, env, []string{"run", "--brokers", addr, "--log-format", "json", "--group", "wait." + suffix,
			"--topic", "urls.wait." + suffix, "--articles-topic", "articles.wait." + suffix, "--raw-topic", "raw.wait." + suffix, "--dlq-topic", "dlq.wait." + suffix})
	}()
	for deadline := time.Now().Add(60 * time.Second); !strings.Contains(string(errOut.Bytes()), "newsner run started"); {
		if time.Now().After(deadline) {
			t.Fatalf("run did not start once the broker came:\n%s", errOut.Bytes())
		}
		time.Sleep(100 * time.Millisecond)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d:\n%s", code, errOut.Bytes())
	}
	if logs := string(errOut.Bytes()); !strings.Contains(logs, `"msg":"waiting for Kafka"`) || !strings.Contains(logs, "Kafka answered") {
		t.Errorf("no logged wait for the broker:\n%s", logs)
	}
}

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// runMain runs newsner in-process with the given stdin and returns its exit
// status, stdout and stderr.
func runMain(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	code := Main(context.Background(), env, args)
	return code, out.String(), errOut.String()
}

// record is either an article or a dead letter, told apart by Schema.
type record struct {
	newsner.Article
	Class string `json:"class"`
	Error string `json:"error"`
}

func decodeLines(t *testing.T, out string) []record {
	t.Helper()
	var recs []record
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, sc.Text())
		}
		recs = append(recs, r)
	}
	return recs
}

// checkMentions asserts that every mention's offsets index its text in code points.
func checkMentions(t *testing.T, a newsner.Article) {
	t.Helper()
	runes := []rune(a.Text)
	for _, e := range a.Entities {
		if !e.Type.Valid() || e.Count != len(e.Mentions) || e.Count == 0 {
			t.Errorf("bad entity %+v", e)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Errorf("mention %+v out of range (text has %d code points)", m, len(runes))
				continue
			}
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Errorf("mention %+v: text[%d:%d] = %q", m, m.Start, m.End, got)
			}
		}
	}
}

func TestExtractREADMECommand(t *testing.T) {
	code, out, errOut := runMain(t, "", "extract", "../../testdata/pages/eu-summit.html")
	if code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	recs := decodeLines(t, out)
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	a := recs[0].Article
	abs, _ := filepath.Abs("../../testdata/pages/eu-summit.html")
	if a.Schema != newsner.ArticleSchema || a.URL != "file://"+abs || a.Status != 0 {
		t.Errorf("schema/url/status = %q %q %d", a.Schema, a.URL, a.Status)
	}
	if a.CanonicalURL != "https://ledger.example/world/2026/11/eu-energy-package" || a.ID != newsner.ArticleID(a.CanonicalURL) {
		t.Errorf("canonical %q id %q", a.CanonicalURL, a.ID)
	}
	if !strings.Contains(a.Title, "EU leaders agree") || a.ContentSHA256 != newsner.ContentHash(a.Text) {
		t.Errorf("title %q or hash wrong", a.Title)
	}
	if !strings.Contains(a.Text, "Ursula von der Leyen") || strings.Contains(a.Text, "Accept all cookies") {
		t.Errorf("text misses the body or keeps the cookie banner:\n%s", a.Text)
	}
	if len(a.Entities) == 0 {
		t.Error("no entities")
	}
	checkMentions(t, a)
}

func TestExtractKeepsInputOrderAndReportsFailures(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><head><title>Page " + r.URL.Path + "</title></head><body><article><p>Angela Merkel visited Paris on " + r.URL.Path + " to meet officials of the United Nations.</p></article></body></html>"))
	}))
	defer srv.Close()
	var args []string
	args = append(args, "extract", "--allow-private-networks", "--per-host-rate", "inf", "--ignore-robots")
	var want []string
	for i := range 20 {
		u := srv.URL + "/p" + strings.Repeat("x", i)
		if i == 7 {
			u = srv.URL + "/missing"
		}
		args = append(args, u)
		want = append(want, u)
	}
	args = append(args, "../../testdata/pages/no-such-file.html")
	want = append(want, "")
	code, out, errOut := runMain(t, "", args...)
	if code != 1 {
		t.Errorf("exit %d, want 1 (some inputs failed); stderr: %s", code, errOut)
	}
	recs := decodeLines(t, out)
	if len(recs) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(recs), len(want), out)
	}
	for i, r := range recs {
		switch {
		case i == 7:
			if r.Schema != newsner.DeadLetterSchema || r.Class != newsner.EHTTPStatus || r.URL != want[i] {
				t.Errorf("line %d: want a dead letter for the 404, got %+v", i, r)
			}
		case i == len(recs)-1:
			if r.Schema != newsner.DeadLetterSchema || r.Error == "" {
				t.Errorf("line %d: want a dead letter for the missing file, got %+v", i, r)
			}
		default:
			if r.Schema != newsner.ArticleSchema || r.URL != want[i] {
				t.Errorf("line %d: url %q schema %q, want article for %q", i, r.URL, r.Schema, want[i])
			}
			checkMentions(t, r.Article)
		}
	}
}

// TestExtractDirectory: a directory given to extract is a dead letter that
// says what to do, not only what was wrong: newsner reprocess reads a
// directory of saved pages. It said "is a directory" alone.
func TestExtractDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, in := range []string{dir, "file://" + dir} {
		code, out, errOut := runMain(t, "", "extract", in)
		recs := decodeLines(t, out)
		if code != 1 || len(recs) != 1 || recs[0].Class != newsner.EInvalid ||
			!strings.Contains(recs[0].Error, "is a directory") || !strings.Contains(recs[0].Error, "newsner reprocess") {
			t.Errorf("extract %s: exit %d, stdout %q, stderr %q; want 1, an invalid dead letter naming newsner reprocess", in, code, out, errOut)
		}
	}
}

func TestExtractTextInputKeepsOffsets(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/pages/wire-note.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runMain(t, string(raw), "extract", "--input-format", "text", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	recs := decodeLines(t, out)
	if len(recs) != 1 || recs[0].Text != string(raw) {
		t.Fatalf("text input not kept exactly")
	}
	checkMentions(t, recs[0].Article)
	if len(recs[0].Entities) == 0 {
		t.Error("no entities in the wire note")
	}
}

func TestExtractUsage(t *testing.T) {
	if code, _, _ := runMain(t, "", "extract"); code != 2 {
		t.Errorf("no inputs: exit %d, want 2", code)
	}
	if code, _, _ := runMain(t, "", "extract", "--input-format", "pdf", "x"); code != 2 {
		t.Errorf("bad format: exit %d, want 2", code)
	}
	if code, help, _ := runMain(t, "", "extract", "--help"); code != 0 || !strings.Contains(help, "input-format") {
		t.Errorf("--help: exit %d, %s", code, help)
	}
}

// TestExtractStdinStopsWithContext: `extract -` with stdin left open (a
// terminal, a stalled pipe) returns when its context ends instead of
// waiting for stdin to close.
func TestExtractStdinStopsWithContext(t *testing.T) {
	stdin, feed := io.Pipe()
	defer feed.Close()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: stdin, Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- Main(ctx, env, []string{"extract", "-"}) }()
	if _, err := io.WriteString(feed, "<html><body><p>Half a page"); err != nil {
		t.Fatal(err)
	}
	cancel()
	select {
	case code := <-done:
		if code == 0 {
			t.Errorf("extract - interrupted mid-read exited 0; stdout %q", out.String())
		}
		if out.Len() != 0 {
			t.Errorf("extract - interrupted mid-read wrote %q; want no record (stdin was not at fault)", out.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("extract - did not return when its context ended with stdin still open")
	}
}

// TestExtractStoppedOnSignal stops extract after its first record, as
// SIGINT does: it exits 1 saying how many inputs are done and which to
// give again, where it said "context canceled".
func TestExtractStoppedOnSignal(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for u := range writeStories(t, dir, 4) {
		files = append(files, strings.TrimPrefix(u, "file://"))
	}
	slices.Sort(files)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancelAfter{n: 1, cancel: cancel}
	var errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	code := Main(ctx, env, append([]string{"extract", "--workers", "1"}, files...))
	done := strings.Count(out.buf.String(), "\n")
	want := fmt.Sprintf("newsner extract: stopped on a signal with %d of 4 inputs done (records come in input order): give all but the first %d again\n", done, done)
	if code != 1 || errOut.String() != want {
		t.Errorf("exit %d, stderr %q, want 1 and %q", code, errOut.String(), want)
	}

	errOut.Reset()
	env.Stdout = io.Discard
	code = Main(ctx, env, append([]string{"extract"}, files...))
	if want := "newsner extract: stopped on a signal with 0 of 4 inputs done: give them again\n"; code != 1 || errOut.String() != want {
		t.Errorf("cancelled before the start: exit %d, stderr %q, want 1 and %q", code, errOut.String(), want)
	}
}

// TestExtractLogsThroughItsFlags: extract's pipeline logs in the
// --log-format asked for; its line of a URL held by its host's rate limit
// came out in slog's default form ("2026/12/06 17:52:34 INFO URL
// waited..."), past --log-format and --log-level.
func TestExtractLogsThroughItsFlags(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html><body><p>Angela Merkel spoke in Berlin on Monday about the budget.</p></body></html>")
	}))
	defer srv.Close()
	args := []string{"extract", "--allow-private-networks", "--ignore-robots", "--per-host-rate", "0.9", "--log-format", "json"}
	for i := range 2 {
		args = append(args, fmt.Sprintf("%s/%d.html", srv.URL, i))
	}
	code, _, stderr := runMain(t, "", args...)
	if code != 0 || !strings.Contains(stderr, `"msg":"URL waited for its host's request limits (--per-host-rate, --per-host-concurrency)`) {
		t.Errorf("exit %d, want 0 and the wait logged as JSON:\n%s", code, stderr)
	}
	code, _, stderr = runMain(t, "", append(args[:len(args):len(args)], "--log-level", "warn")...)
	if code != 0 || strings.Contains(stderr, "URL waited") {
		t.Errorf("--log-level warn: exit %d, want 0 and no wait logged:\n%s", code, stderr)
	}
}

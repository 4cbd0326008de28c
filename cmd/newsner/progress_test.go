package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
)

func TestProgressDisplay(t *testing.T) {
	st := &BatchStats{failures: map[string]int64{newsner.ENotHTML: 10}}
	st.articles.Store(40)
	p := ingest.BatchProgress{Done: 50, Total: 100}

	var line bytes.Buffer
	d := NewProgressDisplay(&line, ProgressLine, 0)
	d.show(st, p, 10*time.Second)
	want := "reprocess: 50 pages (10 failed), 5.0 pages/s, 50% ETA 10s"
	if got := line.String(); got != "\r\033[K"+want {
		t.Errorf("line %q, want %q", got, want)
	}
	line.Reset()
	fmt.Fprint(d, "a log line\n")
	if got := line.String(); got != "\r\033[Ka log line\n"+want {
		t.Errorf("log line over the progress line: %q", got)
	}

	var logs bytes.Buffer
	d = NewProgressDisplay(&logs, ProgressLog, 0)
	d.show(st, ingest.BatchProgress{}, 10*time.Second)
	for _, s := range []string{`msg="reprocess progress"`, "pages=50", "failed=10", "pages_per_s=5.0", "eta=unknown"} {
		if !strings.Contains(logs.String(), s) {
			t.Errorf("log line %q lacks %q", logs.String(), s)
		}
	}

	for _, c := range []struct{ flag, want string }{{"auto", ProgressLog}, {"line", ProgressLine}, {"none", ProgressNone}, {"log", ProgressLog}, {"fancy", ""}} {
		got, err := ProgressMode(c.flag, false)
		if got != c.want || (err != nil) != (c.want == "") {
			t.Errorf("ProgressMode(%q) = %q, %v; want %q", c.flag, got, err, c.want)
		}
	}
}

func TestBatchStatsSummary(t *testing.T) {
	st := &BatchStats{}
	sink := st.Sink(&fakes.Sink{})
	ctx := t.Context()
	for range 3 {
		sink.WriteArticle(ctx, newsner.Article{}, newsner.Page{})
	}
	sink.WriteDeadLetter(ctx, newsner.DeadLetter{Class: newsner.ENotHTML})
	sink.WriteDeadLetter(ctx, newsner.DeadLetter{Class: newsner.EInvalid})
	st.AddEntityTime(time.Second)
	st.processNanos.Add(int64(3 * time.Second))
	var out bytes.Buffer
	st.Summary(&out, ingest.BatchProgress{Pages: 5, ReadTime: time.Second}, 2*time.Second, false)
	for _, want := range []string{"reprocess done: 5 pages read, 3 articles written, 2 failed", "failures: invalid 1, not_html 1", "read 25.0%, extract 50.0%, entities 25.0%"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
}

// TestCountsSayOne: a count of one is said in the singular wherever a
// command prints a count ("1 page read", once "1 pages read").
func TestCountsSayOne(t *testing.T) {
	st := &BatchStats{}
	st.Sink(&fakes.Sink{}).WriteArticle(t.Context(), newsner.Article{}, newsner.Page{})
	var out bytes.Buffer
	st.Summary(&out, ingest.BatchProgress{Pages: 1}, time.Second, false)
	if want := "reprocess done: 1 page read, 1 article written, 0 failed"; !strings.Contains(out.String(), want) {
		t.Errorf("summary %q lacks %q", out.String(), want)
	}
	var line bytes.Buffer
	NewProgressDisplay(&line, ProgressLine, 0).show(st, ingest.BatchProgress{}, time.Second)
	if want := "reprocess: 1 page (0 failed)"; !strings.Contains(line.String(), want) {
		t.Errorf("progress line %q lacks %q", line.String(), want)
	}
	code, _, errOut := runMain(t, "", "extract", "../../testdata/pages/no-such-file.html")
	if want := "newsner extract: 1 of 1 input failed\n"; code != 1 || errOut != want {
		t.Errorf("extract of a missing file: exit %d, stderr %q; want 1, %q", code, errOut, want)
	}
}

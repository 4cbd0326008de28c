package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/shared"
)

// writePages writes files (relative path -> content) under dir; names
// ending in .gz are gzipped.
func writePages(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		b := []byte(content)
		if strings.HasSuffix(name, ".gz") {
			b = fakes.Gzip(b)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestArchiveDirectory(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, map[string]string{
		"b.html":          fakes.ArticleHTML("B"),
		"a/z.html.gz":     fakes.ArticleHTML("AZ"),
		"a.html":          fakes.ArticleHTML("A"),
		"a/b/c.htm":       fakes.ArticleHTML("ABC"),
		"notes.txt":       "not a page",
		"img/logo.png":    "\x89PNG",
		"c.HTML":          fakes.ArticleHTML("C"),
		"empty/dir/x.css": "body{}",
	})
	if err := os.WriteFile(filepath.Join(dir, "broken.html.gz"), []byte("\x1f\x8b\x08\x00 this is no gzip stream"), 0o644); err != nil {
		t.Fatal(err)
	}
	mtime := time.Date(2026, 5, 4, 3, 2, 1, 0, time.UTC)
	if err := os.Chtimes(filepath.Join(dir, "b.html"), mtime, mtime); err != nil {
		t.Fatal(err)
	}
	fakes.WriteWARC(t, filepath.Join(dir, "a"), "crawl.warc.gz", true, fakes.WARCRecord{URI: "https://news.example/w", Block: fakes.HTTPResponse(200, "text/html", fakes.ArticleHTML("W"))})
	single := filepath.Join(t.TempDir(), "single.html")
	writePages(t, filepath.Dir(single), map[string]string{"single.html": fakes.ArticleHTML("Single")})

	var sk fakes.Skips
	a, err := Open(context.Background(), []string{dir, single, dir}, Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip}})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(context.Background())
	pages := fakes.Drain(t, a)
	var got []string
	for _, p := range pages {
		got = append(got, strings.TrimPrefix(p.URL, fileURL(dir)+"/"))
	}
	want := []string{"a.html", "a/b/c.htm", "a/z.html.gz", "b.html", "c.HTML", "https://news.example/w", fileURL(single)}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("pages %q, want %q (sorted by path, each input once)", got, want)
	}
	if got := sk.Classes(); len(got) != 1 || got[0] != newsner.EInvalid || !strings.Contains(sk.All()[0].URL, "broken.html.gz") {
		t.Errorf("skipped %+v, want the broken gzip file", sk.All())
	}
	for _, p := range pages {
		if strings.HasPrefix(p.URL, "https:") {
			continue
		}
		if p.FinalURL != p.URL || p.Status != 0 || p.Header.Get("Content-Type") != "text/html" || !bytes.HasPrefix(p.Body, []byte("<!doctype html>")) {
			t.Errorf("page %s: %+v", p.URL, p)
		}
	}
	if !pages[3].FetchedAt.Equal(mtime) {
		t.Errorf("b.html fetched_at %v, want its mtime %v", pages[3].FetchedAt, mtime)
	}
}

// TestArchiveResume: jobs done out of order, an interruption with jobs in
// flight and read ahead; the next run over the same checkpoint gives every
// page not done, and nothing twice that was done before the checkpoint.
func TestArchiveResume(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 40 {
		files[fmt.Sprintf("p%02d.html", i)] = fakes.ArticleHTML(fmt.Sprintf("Page %d", i))
	}
	writePages(t, dir, files)
	var recs []fakes.WARCRecord
	for i := range 30 {
		recs = append(recs, fakes.WARCRecord{URI: fmt.Sprintf("https://news.example/%02d", i), Block: fakes.HTTPResponse(200, "text/html", fakes.ArticleHTML(fmt.Sprintf("W %d", i)))})
	}
	warc := fakes.WriteWARC(t, t.TempDir(), "w.warc.gz", true, recs[:15]...)
	plain := fakes.WriteWARC(t, t.TempDir(), "w.warc", false, recs[15:]...)
	inputs := []string{dir, warc, plain}
	cpPath := filepath.Join(t.TempDir(), "cp.json")

	done := map[string]int{}
	for run := 0; ; run++ {
		if run > 20 {
			t.Fatal("no end after 20 runs")
		}
		cp, err := OpenCheckpoint(cpPath)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		a, err := Open(ctx, inputs, Config{BatchOptions: ingest.BatchOptions{ReadAhead: 4}, Checkpoint: cp})
		if err != nil {
			t.Fatal(err)
		}
		a.Start(ctx)
		// Take up to 13 jobs, finish them in reverse order except the
		// last but one, which stays in flight when the run is interrupted.
		var jobs []ingest.Job
		eof := false
		for len(jobs) < 13 {
			j, err := a.Next(ctx)
			if err != nil {
				eof = true
				break
			}
			jobs = append(jobs, j)
		}
		for i := len(jobs) - 1; i >= 0; i-- {
			if i == len(jobs)-2 && !eof {
				continue
			}
			if err := a.Done(ctx, jobs[i]); err != nil {
				t.Fatal(err)
			}
			done[jobs[i].URL]++
		}
		cancel()
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
		if eof {
			break
		}
	}
	if len(done) != 70 {
		t.Errorf("%d distinct pages done, want 70", len(done))
	}
	for u, n := range done {
		// A page done after the one left in flight is done again by the
		// next run; nothing else repeats, and nothing is lost.
		if n > 2 {
			t.Errorf("%s done %d times", u, n)
		}
	}
	// A finished checkpoint leaves nothing to do.
	cp, err := OpenCheckpoint(cpPath)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Open(context.Background(), inputs, Config{Checkpoint: cp})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(context.Background())
	if pages := fakes.Drain(t, a); len(pages) != 0 {
		t.Errorf("finished checkpoint: %d pages read again", len(pages))
	}
}

// BenchmarkArchiveRead reads the directory of dev news pages (gunzip, no
// processing): the read stage of reprocess on its own.
//
//	go test ./ingest/archive -run '^$' -bench ArchiveRead
func BenchmarkArchiveRead(b *testing.B) {
	dir := shared.Path("data", "news-pages", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		b.Skipf("no news pages in %s (set NEWSNER_SHARED)", dir)
	}
	benchRead(b, dir, len(files))
}

func TestCheckpointFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cp.json")
	cp, err := OpenCheckpoint(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := cp.Save(); err != nil { // nothing to save: no file
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("empty checkpoint written: %v", err)
	}
	mt := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cp.Set("/a.warc.gz", InputProgress{Offset: 1234, Size: 5000, ModTime: mt})
	cp.Set("/dir", InputProgress{Next: "x/y.html"})
	if err := cp.Save(); err != nil {
		t.Fatal(err)
	}
	again, err := OpenCheckpoint(path)
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := again.Get("/a.warc.gz"); !ok || p.Offset != 1234 || !p.ModTime.Equal(mt) {
		t.Errorf("reread %+v %v", p, ok)
	}
	if p, ok := again.Get("/dir"); !ok || p.Next != "x/y.html" {
		t.Errorf("reread %+v %v", p, ok)
	}
	for _, bad := range []string{"{", `{"version":9,"inputs":{}}`} {
		os.WriteFile(path, []byte(bad), 0o644)
		if _, err := OpenCheckpoint(path); err == nil {
			t.Errorf("checkpoint %q: no error", bad)
		}
	}
	var nilCP *Checkpoint
	nilCP.Set("x", InputProgress{Complete: true})
	if _, ok := nilCP.Get("x"); ok || nilCP.Save() != nil {
		t.Error("a nil checkpoint keeps something")
	}
}

// TestArchiveWARCChanged: a WARC file that changed since its checkpoint is
// read again from its start.
func TestArchiveWARCChanged(t *testing.T) {
	dir := t.TempDir()
	rec := func(i int) fakes.WARCRecord {
		return fakes.WARCRecord{URI: fmt.Sprintf("https://news.example/%d", i), Block: fakes.HTTPResponse(200, "text/html", fakes.ArticleHTML(fmt.Sprint("P", i)))}
	}
	path := fakes.WriteWARC(t, dir, "a.warc.gz", true, rec(0), rec(1))
	cpPath := filepath.Join(dir, "cp.json")
	run := func() []newsner.Page {
		cp, err := OpenCheckpoint(cpPath)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Open(context.Background(), []string{path}, Config{Checkpoint: cp})
		if err != nil {
			t.Fatal(err)
		}
		a.Start(context.Background())
		return fakes.Drain(t, a)
	}
	if n := len(run()); n != 2 {
		t.Fatalf("first run: %d pages", n)
	}
	if n := len(run()); n != 0 {
		t.Fatalf("unchanged file: %d pages read again", n)
	}
	os.Remove(path)
	fakes.WriteWARC(t, dir, "a.warc.gz", true, rec(0), rec(1), rec(2))
	if n := len(run()); n != 3 {
		t.Errorf("changed file: %d pages, want all 3", n)
	}
}

// benchRead reads the archive at path b.N times (each page taken and
// marked done), checks each read gives want pages, and reports pages/s.
func benchRead(b *testing.B, path string, want int) {
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		a, err := Open(ctx, []string{path}, Config{})
		if err != nil {
			b.Fatal(err)
		}
		a.Start(ctx)
		n := 0
		fakes.Each(ctx, b, a, func(ingest.Job) bool { n++; return true })
		a.Close()
		if n != want {
			b.Fatalf("%d pages, want %d", n, want)
		}
	}
	b.ReportMetric(float64(want*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// TestIsPageName pins the page file names archives and `train`'s text
// inputs accept: .html, .htm, .xhtml, gzipped or not, in any letter case.
func TestIsPageName(t *testing.T) {
	for name, want := range map[string]bool{
		"a.html": true, "a.htm": true, "a.xhtml": true,
		"a.html.gz": true, "a.htm.gz": true, "a.xhtml.gz": true,
		"A.HTML": true, "dir/B.Htm.GZ": true, "/x/y/source.html": true,
		"a.txt": false, "a.txt.gz": false, "a.warc.gz": false, "a.gz": false,
		"html": false, "a.html.bak": false, "a.shtml.zip": false, "": false,
	} {
		if got := IsPageName(name); got != want {
			t.Errorf("IsPageName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestDirectoryOfNoPagesWarned: a directory holding no saved page nor WARC
// file (pages saved as .txt, the wrong directory) is warned of, naming it;
// it read as done ("0 pages read") without a word. One holding pages, or
// a WARC file below it, is not.
func TestDirectoryOfNoPagesWarned(t *testing.T) {
	empty, full := t.TempDir(), t.TempDir()
	writePages(t, empty, map[string]string{"a.txt": "An article saved as text.", "sub/b.json": "{}"})
	writePages(t, full, map[string]string{"sub/a.html": fakes.ArticleHTML("P")})
	var logged bytes.Buffer
	a, err := Open(t.Context(), []string{empty, full}, Config{BatchOptions: ingest.BatchOptions{Logger: slog.New(slog.NewTextHandler(&logged, nil))}})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(t.Context())
	if n := len(fakes.Drain(t, a)); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	if out := logged.String(); strings.Count(out, "holds no saved page") != 1 || !strings.Contains(out, "dir="+empty) {
		t.Errorf("log %q: want one warning naming %s", out, empty)
	}
}

// TestOpenListsWithoutReading: Open lists the inputs and reads nothing, nor
// reports a skipped input, until Start, so a caller can see that nothing
// is to be read (Empty) before it opens where pages go. Progress and
// Close work before Start. An unreadable path, a page or a WARC file is
// something to read; a directory of no page, or one a checkpoint records
// as done, is not. A done ctx stops the listing.
func TestOpenListsWithoutReading(t *testing.T) {
	empty, full := t.TempDir(), t.TempDir()
	writePages(t, empty, map[string]string{"a.txt": "An article saved as text."})
	writePages(t, full, map[string]string{"a.html": fakes.ArticleHTML("A")})
	warc := filepath.Join(t.TempDir(), "c.warc")
	writePages(t, filepath.Dir(warc), map[string]string{"c.warc": ""})
	notPage := filepath.Join(empty, "a.txt")
	skipped := 0
	skip := func(context.Context, string, error) error { skipped++; return nil }
	for _, c := range []struct {
		paths []string
		empty bool
	}{
		{[]string{empty}, true},
		{[]string{empty, empty}, true},
		{[]string{empty, full}, false},
		{[]string{warc}, false},
		{[]string{notPage}, false},
	} {
		a, err := Open(t.Context(), c.paths, Config{BatchOptions: ingest.BatchOptions{Skip: skip, Logger: slog.New(slog.DiscardHandler)}})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Empty(); got != c.empty {
			t.Errorf("%v: Empty() = %v, want %v", c.paths, got, c.empty)
		}
		if p := a.Progress(); p.Pages != 0 || len(p.Skipped) != 0 || skipped != 0 {
			t.Errorf("%v before Start: progress %+v, %d skipped; want nothing read", c.paths, p, skipped)
		}
		if err := a.Close(); err != nil {
			t.Errorf("%v: Close before Start: %v", c.paths, err)
		}
	}
	// A checkpoint that records the page as done leaves nothing to read.
	cp, err := OpenCheckpoint(filepath.Join(t.TempDir(), "cp.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Open(t.Context(), []string{full}, Config{Checkpoint: cp})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(t.Context())
	if n := len(fakes.Drain(t, a)); n != 1 {
		t.Fatalf("%d pages, want 1", n)
	}
	if a, err = Open(t.Context(), []string{full}, Config{Checkpoint: cp}); err != nil || !a.Empty() {
		t.Errorf("after a finished run: Empty() = %v (%v), want true", a != nil && a.Empty(), err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Open(ctx, []string{full}, Config{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Open with a done ctx: %v, want context.Canceled", err)
	}
}

// TestCheckpointNullInput: a checkpoint file whose input is null (a
// hand-edited one) records no progress for it; Get and Set dereferenced
// the entry and panicked, and so did every run given the file.
func TestCheckpointNullInput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cp.json")
	if err := os.WriteFile(path, []byte(`{"version":1,"inputs":{"/a":null,"/b":{"next":"x.html"}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	cp, err := OpenCheckpoint(path)
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := cp.Get("/a"); ok {
		t.Errorf("null input: progress %+v", p)
	}
	if p, ok := cp.Get("/b"); !ok || p.Next != "x.html" {
		t.Errorf("other input: progress %+v %v", p, ok)
	}
	cp.Set("/a", InputProgress{Complete: true})
	if p, ok := cp.Get("/a"); !ok || !p.Complete {
		t.Errorf("set after null: %+v %v", p, ok)
	}
}

package archive

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
	"github.com/nlnwa/gowarc/v3"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/shared"
)

func urls(pages []newsner.Page) []string {
	var us []string
	for _, p := range pages {
		us = append(us, p.URL)
	}
	return us
}

// readTaking reads the WARC file at path through an Archive under cp (nil:
// no checkpoint), stops after take pages (-1: all of them), and returns the
// pages taken and the dead letters of what was skipped.
func readTaking(t *testing.T, path string, cp *Checkpoint, take int) ([]newsner.Page, []newsner.DeadLetter) {
	t.Helper()
	var sk fakes.Skips
	a, err := Open(context.Background(), []string{path}, Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip, ReadAhead: 1}, Checkpoint: cp})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a.Start(ctx)
	var got []newsner.Page
	fakes.Each(ctx, t, a, func(j ingest.Job) bool {
		got = append(got, *j.Page)
		return take < 0 || len(got) < take
	})
	cancel()
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	return got, sk.All()
}

func TestArchiveWARC(t *testing.T) {
	date := time.Date(2026, 9, 30, 8, 15, 0, 0, time.UTC)
	recs := []fakes.WARCRecord{
		{Type: gowarc.Request, URI: "https://news.example/a", ContentType: "application/http;msgtype=request", Block: "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"},
		{URI: "https://news.example/a", Date: date, Block: fakes.HTTPResponse(200, "text/html; charset=utf-8", fakes.ArticleHTML("Alpha"))},
		{URI: "https://news.example/logo.png", Block: fakes.HTTPResponse(200, "image/png", "\x89PNG....")},
		{URI: "https://news.example/moved", Block: fakes.HTTPResponse(301, "text/html", "moved", "Location: /b")},
		{Type: gowarc.Metadata, URI: "https://news.example/a", ContentType: "application/warc-fields", Block: "fetchTimeMs: 12\r\n"},
		{URI: "https://news.example/b", Block: gzipped(fakes.ArticleHTML("Beta"))},
		{URI: "https://news.example/c", Block: fakes.HTTPResponse(200, "", fakes.ArticleHTML("Gamma"))},
		{Type: gowarc.Resource, URI: "https://news.example/d", ContentType: "text/html", Block: fakes.ArticleHTML("Delta")},
		{URI: "https://news.example/e", Block: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(fakes.ArticleHTML("Epsilon"))},
	}
	want := []string{"https://news.example/a", "https://news.example/b", "https://news.example/c", "https://news.example/d", "https://news.example/e"}
	for _, compress := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", compress), func(t *testing.T) {
			dir := t.TempDir()
			path := fakes.WriteWARC(t, dir, "crawl.warc.gz", compress, recs...)
			var sk fakes.Skips
			a, err := Open(context.Background(), []string{path}, Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip}})
			if err != nil {
				t.Fatal(err)
			}
			a.Start(context.Background())
			pages := fakes.Drain(t, a)
			if got := urls(pages); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Fatalf("pages %q, want %q", got, want)
			}
			if got, want := sk.Classes(), []string{newsner.EHTTPStatus, newsner.ENotHTML}; strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("skipped %q, want %q", got, want)
			}
			a0 := pages[0]
			if !a0.FetchedAt.Equal(date) || a0.Status != 200 || a0.FinalURL != a0.URL || a0.Header.Get("Content-Type") != "text/html; charset=utf-8" {
				t.Errorf("page a: fetched %v status %d final %q header %v", a0.FetchedAt, a0.Status, a0.FinalURL, a0.Header)
			}
			for i, title := range []string{"Alpha", "Beta", "Gamma", "Delta", "Epsilon"} {
				if string(pages[i].Body) != fakes.ArticleHTML(title) {
					t.Errorf("page %s body %q", pages[i].URL, newsner.Clip(string(pages[i].Body), 80))
				}
			}
			if pages[1].Header.Get("Content-Encoding") != "" || pages[4].Header.Get("Transfer-Encoding") != "" {
				t.Errorf("decoded bodies keep their encoding headers: %v %v", pages[1].Header, pages[4].Header)
			}
			p := a.Progress()
			if p.Pages != 5 || p.Done != p.Total || p.Total == 0 {
				t.Errorf("progress %+v", p)
			}
		})
	}
}

// gzipped returns an HTTP response whose body is gzip-encoded.
func gzipped(body string) string {
	return fakes.HTTPResponse(200, "text/html", string(fakes.Gzip([]byte(body))), "Content-Encoding: gzip")
}

func chunked(body string) string {
	half := len(body) / 2
	return fmt.Sprintf("%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", half, body[:half], len(body)-half, body[half:])
}

// TestArchiveDamagedWARC: a truncated gzip member, a bad record header, a
// truncated uncompressed file and an unreadable file are reported and
// skipped; the other pages and files are read.
func TestArchiveDamagedWARC(t *testing.T) {
	dir := t.TempDir()
	var recs []fakes.WARCRecord
	for i := range 6 {
		recs = append(recs, fakes.WARCRecord{URI: fmt.Sprintf("https://news.example/%d", i), Block: fakes.HTTPResponse(200, "text/html", fakes.ArticleHTML(fmt.Sprintf("Page %d", i)))})
	}
	good := fakes.WriteWARC(t, dir, "good.warc.gz", true, recs[:2]...)

	// A gzip WARC cut in the middle of its last member.
	cut := fakes.WriteWARC(t, dir, "cut.warc.gz", true, recs[2:4]...)
	truncateFile(t, cut, 40)

	// An uncompressed WARC whose first response has a garbled header
	// (no WARC-Type), and whose last record is cut short.
	plain := fakes.WriteWARC(t, dir, "plain.warc", false, recs[4:6]...)
	b, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	garbled := strings.Replace(string(b), "WARC-Type: response\r\n", "WARC-Type response\r\n", 1)
	if err := os.WriteFile(plain, []byte(garbled[:len(garbled)-30]), 0o644); err != nil {
		t.Fatal(err)
	}
	// Another with a good record after the garbled one.
	plain2 := fakes.WriteWARC(t, dir, "plain2.warc", false, recs[4:6]...)
	b, err = os.ReadFile(plain2)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(plain2, []byte(strings.Replace(string(b), "Content-Length: ", "Content-Length: x", 2)), 0o644); err != nil {
		t.Fatal(err)
	}

	missing := filepath.Join(dir, "missing.warc.gz")
	var sk fakes.Skips
	a, err := Open(context.Background(), []string{cut, missing, plain, plain2, good}, Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip}})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(context.Background())
	pages := fakes.Drain(t, a)
	got := urls(pages)
	want := []string{"https://news.example/2", "https://news.example/5", "https://news.example/0", "https://news.example/1"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("pages %q, want %q", got, want)
	}
	cls := sk.Classes()
	if len(cls) < 5 {
		t.Errorf("skipped %d inputs, want at least 5 (cut member, missing file, bad header, cut record, bad length): %+v", len(cls), sk.All())
	}
	for _, d := range sk.All() {
		if d.Class != newsner.EInvalid || d.Error == "" || d.URL == "" || strings.Contains(d.Error, "\n") {
			t.Errorf("skip record %+v; want an invalid one, its error on one line", d)
		}
		t.Logf("skipped %s: %s", d.URL, d.Error)
	}
}

// TestNotWARCFile: a file named .warc(.gz) that holds no WARC (an HTML
// page, gzipped or not; a text too short for a record) is one dead letter
// for the file, saying so, where it was a "damaged WARC record" at the
// offset the reader gave up at ("x.warc#offset=24: ... scanned 24 bytes
// without finding WARC magic"), or, for the short one, nothing at all; a
// WARC whose first record is damaged is still read as one.
func TestNotWARCFile(t *testing.T) {
	dir := t.TempDir()
	page := []byte("<html><body><p>An article.</p></body></html>")
	files := map[string][]byte{"page.warc": page, "page.warc.gz": fakes.Gzip(page), "short.warc": []byte("ab")}
	var paths []string
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	slices.Sort(paths)
	damaged := fakes.WriteWARC(t, dir, "damaged.warc", false,
		fakes.WARCRecord{URI: "https://news.example/0", Block: fakes.HTTPResponse(200, "text/html", fakes.ArticleHTML("Page 0"))},
		fakes.WARCRecord{URI: "https://news.example/1", Block: fakes.HTTPResponse(200, "text/html", fakes.ArticleHTML("Page 1"))},
	)
	b, err := os.ReadFile(damaged)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(damaged, []byte(strings.Replace(string(b), "WARC-Type: ", "WARC-Type ", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	var sk fakes.Skips
	a, err := Open(t.Context(), append(paths, damaged), Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip}})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(t.Context())
	if got := urls(fakes.Drain(t, a)); strings.Join(got, " ") != "https://news.example/0 https://news.example/1" {
		t.Errorf("pages %q, want the damaged WARC's two", got)
	}
	ds := sk.All()
	if len(ds) != len(paths)+1 {
		t.Fatalf("skipped %+v; want one for each file that is no WARC and one for the damaged record", ds)
	}
	for i, p := range paths {
		d := ds[i]
		if d.URL != fileURL(p) || d.Class != newsner.EInvalid || !strings.Contains(d.Error, p+" is not a WARC file (") {
			t.Errorf("%s: dead letter %+v; want input %s, invalid, saying it is not a WARC file", p, d, fileURL(p))
		}
		t.Logf("%s", d.Error)
	}
	if d := ds[len(paths)]; !strings.Contains(d.URL, "#offset=0") || !strings.Contains(d.Error, "damaged WARC record") {
		t.Errorf("a WARC's damaged first record: %+v; want a damaged record at #offset=0", d)
	}
}

func truncateFile(t *testing.T, path string, by int64) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()-by); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkArchiveReadWARC reads the dev news pages from a gzip WARC
// written with the library's writer (the read stage of reprocess alone).
//
//	go test ./ingest/archive -run '^$' -bench ArchiveReadWARC
func BenchmarkArchiveReadWARC(b *testing.B) {
	files, _ := filepath.Glob(shared.Path("data", "news-pages", "html", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("no news pages (set NEWSNER_SHARED)")
	}
	var recs []fakes.WARCRecord
	for i, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		body, err := ingest.ReadCapped(fh, 64<<20, f, "")
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		recs = append(recs, fakes.WARCRecord{URI: fmt.Sprintf("https://news.example/%d", i), Block: fakes.HTTPResponse(200, "text/html; charset=utf-8", string(body))})
	}
	path := fakes.WriteWARC(b, b.TempDir(), "news.warc.gz", true, recs...)
	benchRead(b, path, len(files))
}

// encoded returns an HTTP response whose body is body, n times over,
// encoded by enc ("gzip", "br" or "zstd").
func encoded(t testing.TB, enc, body string, n int) string {
	t.Helper()
	var b strings.Builder
	var zw io.WriteCloser
	switch enc {
	case "gzip":
		zw = gzip.NewWriter(&b)
	case "br":
		zw = brotli.NewWriter(&b)
	case "zstd":
		w, err := zstd.NewWriter(&b)
		if err != nil {
			t.Fatal(err)
		}
		zw = w
	default:
		t.Fatalf("encoding %q", enc)
	}
	for range n {
		if _, err := io.WriteString(zw, body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return fakes.HTTPResponse(200, "text/html", b.String(), "Content-Encoding: "+enc)
}

// TestArchiveWARCBrotli: a brotli-encoded body (Content-Encoding: br, as
// crawlers that keep the bytes as served archive it) is decoded; a cut one
// is invalid; a brotli bomb, like a gzip one, stops at the body cap
// (too_large) without being inflated.
func TestArchiveWARCBrotli(t *testing.T) {
	const maxBody = 1 << 20
	mib := strings.Repeat("\x00", 1<<20)
	good := encoded(t, "br", fakes.ArticleHTML("Brotli"), 1)
	head, body, _ := strings.Cut(good, "\r\n\r\n")
	cut := body[:len(body)/2]
	corrupt := strings.Replace(head, fmt.Sprintf("Content-Length: %d", len(body)), fmt.Sprintf("Content-Length: %d", len(cut)), 1) + "\r\n\r\n" + cut
	recs := []fakes.WARCRecord{
		{URI: "https://news.example/br", Block: good},
		{URI: "https://news.example/br-cut", Block: corrupt},
		// 64 MiB of zeros in a few KiB.
		{URI: "https://news.example/br-bomb", Block: encoded(t, "br", mib, 64)},
		{URI: "https://news.example/gzip-bomb", Block: encoded(t, "gzip", mib, 64)},
	}
	path := fakes.WriteWARC(t, t.TempDir(), "br.warc", false, recs...)
	var sk fakes.Skips
	a, err := Open(context.Background(), []string{path}, Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip}, MaxBodyBytes: maxBody})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(context.Background())
	pages := fakes.Drain(t, a)
	if len(pages) != 1 || pages[0].URL != "https://news.example/br" || string(pages[0].Body) != fakes.ArticleHTML("Brotli") {
		t.Fatalf("pages %q, want the brotli page decoded", urls(pages))
	}
	if ce := pages[0].Header.Get("Content-Encoding"); ce != "" {
		t.Errorf("decoded page keeps Content-Encoding %q", ce)
	}
	got := map[string]string{}
	for _, d := range sk.All() {
		got[d.URL] = d.Class
		// The class leads the message (it followed the record's URL).
		if !strings.HasPrefix(d.Error, d.Class+": ") {
			t.Errorf("%s: error %q does not start with its class", d.URL, d.Error)
		}
	}
	want := map[string]string{
		"https://news.example/br-cut":    newsner.EInvalid,
		"https://news.example/br-bomb":   newsner.ETooLarge,
		"https://news.example/gzip-bomb": newsner.ETooLarge,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("skipped %v, want %v", got, want)
	}
}

// zstdWindowFrame is a zstd frame of a few bytes of HTML whose header asks
// for a 512 MiB window (window descriptor 0x98: 2^29), the largest the
// decoder takes by default, and one raw block.
func zstdWindowFrame() string {
	body := "<html><p>x</p></html>"
	frame := []byte{0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x98}
	bh := len(body)<<3 | 1 // last block, raw
	frame = append(frame, byte(bh), byte(bh>>8), byte(bh>>16))
	return string(append(frame, body...))
}

// TestArchiveWARCZstd: a zstd-encoded body is decoded; a zstd bomb stops at
// the body cap; a frame of 30 bytes whose header asks for a 512 MiB window
// is refused as too_large without the decoder allocating that window
// (it allocated 513 MiB for it, and reprocess decodes twice as many pages at
// once as there are cores).
func TestArchiveWARCZstd(t *testing.T) {
	const maxBody = 1 << 20
	mib := strings.Repeat("\x00", 1<<20)
	recs := []fakes.WARCRecord{
		{URI: "https://news.example/zstd", Block: encoded(t, "zstd", fakes.ArticleHTML("Zstd"), 1)},
		{URI: "https://news.example/zstd-bomb", Block: encoded(t, "zstd", mib, 64)},
		{URI: "https://news.example/zstd-window", Block: fakes.HTTPResponse(200, "text/html", zstdWindowFrame(), "Content-Encoding: zstd")},
	}
	path := fakes.WriteWARC(t, t.TempDir(), "zstd.warc", false, recs...)
	var sk fakes.Skips
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	a, err := Open(context.Background(), []string{path}, Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip}, MaxBodyBytes: maxBody})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(context.Background())
	pages := fakes.Drain(t, a)
	runtime.ReadMemStats(&after)
	if len(pages) != 1 || pages[0].URL != "https://news.example/zstd" || string(pages[0].Body) != fakes.ArticleHTML("Zstd") {
		t.Fatalf("pages %q, want the zstd page decoded", urls(pages))
	}
	got := map[string]string{}
	for _, d := range sk.All() {
		got[d.URL] = d.Class
	}
	want := map[string]string{
		"https://news.example/zstd-bomb":   newsner.ETooLarge,
		"https://news.example/zstd-window": newsner.ETooLarge,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("skipped %v, want %v", got, want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("reading three zstd pages of at most %d bytes allocated %d MiB", maxBody, alloc>>20)
	}
}

// TestTooLargeMarksItsLimit: a saved page or a WARC record over the body
// cap (as it is, decoded, or a zstd window past it) is skipped as
// too_large with its cause marked as Config.MaxBodyBytes's
// (newsner.LimitOf), so that reprocess can name the flag that raises it,
// as extract does for a file over the cap; they carried no mark.
func TestTooLargeMarksItsLimit(t *testing.T) {
	const maxBody = 1024
	big := fakes.ArticleHTML(strings.Repeat("Big ", 400))
	dir := t.TempDir()
	writePages(t, dir, map[string]string{"big.html": big, "big.html.gz": big})
	warc := fakes.WriteWARC(t, t.TempDir(), "big.warc", false,
		fakes.WARCRecord{URI: "https://news.example/big", Block: fakes.HTTPResponse(200, "text/html", big)},
		fakes.WARCRecord{URI: "https://news.example/big-gzip", Block: encoded(t, "gzip", big, 1)},
		fakes.WARCRecord{URI: "https://news.example/zstd-window", Block: fakes.HTTPResponse(200, "text/html", zstdWindowFrame(), "Content-Encoding: zstd")},
	)
	limits := map[string]string{}
	skip := func(_ context.Context, input string, err error) error {
		limits[input] = newsner.ErrorCode(err) + " " + newsner.LimitOf(err)
		return nil
	}
	a, err := Open(context.Background(), []string{dir, warc}, Config{BatchOptions: ingest.BatchOptions{Skip: skip}, MaxBodyBytes: maxBody})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(context.Background())
	if pages := fakes.Drain(t, a); len(pages) != 0 {
		t.Errorf("pages %q, want none", urls(pages))
	}
	want := "too_large MaxBodyBytes"
	for _, in := range []string{fileURL(filepath.Join(dir, "big.html")), fileURL(filepath.Join(dir, "big.html.gz")),
		"https://news.example/big", "https://news.example/big-gzip", "https://news.example/zstd-window"} {
		if limits[in] != want {
			t.Errorf("%s: skipped as %q, want %q (all: %v)", in, limits[in], want, limits)
		}
	}
}

// TestWARCGzippedAsOneStream: a WARC file gzipped as one stream (every
// record in one gzip member, as `gzip crawl.warc` makes) is read whole, and
// cut short gives every page before the cut and one invalid dead letter
// for the damaged tail, saying so; gowarc's reader, made for a member per
// record, read the first record and drained the stream: no page of the
// whole file (warcinfo first), none of the cut one ("1 page read, 0
// written"). A checkpoint resumes such a file after the last page done.
func TestWARCGzippedAsOneStream(t *testing.T) {
	dir := t.TempDir()
	var recs []fakes.WARCRecord
	var all []string
	for i := range 6 {
		u := fmt.Sprintf("https://news.example/%d", i)
		all = append(all, u)
		recs = append(recs, fakes.WARCRecord{URI: u, Block: fakes.HTTPResponse(200, "text/html", fakes.ArticleHTML(fmt.Sprintf("Page %d", i)))})
	}
	b, err := os.ReadFile(fakes.WriteWARC(t, dir, "plain.warc", false, recs...))
	if err != nil {
		t.Fatal(err)
	}
	z := fakes.Gzip(b)
	whole, cut := filepath.Join(dir, "whole.warc.gz"), filepath.Join(dir, "cut.warc.gz")
	os.WriteFile(whole, z, 0o644)
	os.WriteFile(cut, z[:len(z)*3/4], 0o644)
	read := func(path string, cp *Checkpoint, take int) ([]string, []newsner.DeadLetter) {
		pages, sk := readTaking(t, path, cp, take)
		return urls(pages), sk
	}
	if got, sk := read(whole, nil, -1); strings.Join(got, " ") != strings.Join(all, " ") || len(sk) != 0 {
		t.Errorf("whole stream: pages %q, skipped %+v; want %q", got, sk, all)
	}
	got, sk := read(cut, nil, -1)
	if len(got) < 2 || strings.Join(got, " ") != strings.Join(all[:len(got)], " ") || len(got) == len(all) {
		t.Errorf("cut stream: pages %q, want the first ones, not all", got)
	}
	if len(sk) != 1 || sk[0].Class != newsner.EInvalid || !strings.Contains(sk[0].Error, "cut short") {
		t.Errorf("cut stream: skipped %+v, want one invalid record saying it was cut short", sk)
	}
	cp, err := OpenCheckpoint(filepath.Join(dir, "cp.json"))
	if err != nil {
		t.Fatal(err)
	}
	first, _ := read(whole, cp, 2)
	rest, _ := read(whole, cp, -1)
	if got := append(first, rest...); strings.Join(got, " ") != strings.Join(all, " ") {
		t.Errorf("resumed stream: pages %q then %q, want %q", first, rest, all)
	}
}

// TestTimeOutsideRecordYears: a WARC record dated in the year 10000 in
// UTC ("9999-12-31T23:59:59-23:59", read with its zone offset) is read
// without a fetch time; its page's record could not be written ("year
// outside of range [0,9999]"), which stopped the pipeline on it, again
// after each restart.
func TestTimeOutsideRecordYears(t *testing.T) {
	dir := t.TempDir()
	plain := fakes.WriteWARC(t, dir, "far.warc", false, fakes.WARCRecord{Type: gowarc.Response, URI: "https://news.example/far", Block: fakes.HTTPResponse(200, "text/html", fakes.ArticleHTML("Far"))})
	b, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	far := strings.ReplaceAll(string(b), "2026-10-01T12:00:00Z", "9999-12-31T23:59:59-23:59")
	if far == string(b) {
		t.Fatal("no date replaced")
	}
	if err := os.WriteFile(plain, []byte(far), 0o644); err != nil {
		t.Fatal(err)
	}
	var sk fakes.Skips
	a, err := Open(context.Background(), []string{plain}, Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip}})
	if err != nil {
		t.Fatal(err)
	}
	a.Start(context.Background())
	pages := fakes.Drain(t, a)
	if len(pages) != 1 || len(sk.All()) != 0 {
		t.Fatalf("pages %q, skipped %+v; want the page read", urls(pages), sk.All())
	}
	for _, p := range pages {
		if !p.FetchedAt.IsZero() {
			t.Errorf("%s: fetched at %v, want none", p.URL, p.FetchedAt)
		}
		if _, err := json.Marshal(p); err != nil {
			t.Errorf("%s: page not written: %v", p.URL, err)
		}
	}
}

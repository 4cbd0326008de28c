package archive

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
)

// FuzzReadWARC: whatever a file named .warc or .warc.gz holds (a cut
// member, a garbled header, a huge Content-Length, a body bomb), reading
// it ends (io.EOF) within seconds without a panic, every page it gives
// has a body within the cap and can be written (its raw record), and every
// input it skips is a dead letter of a class. And no record is lost: the
// input, as the HTML body of a 200 response record between two known
// ones (plain or gzipped per record, by its length's parity), comes out
// as a page of its target URI with that body, the known ones as theirs,
// and nothing is skipped. Seeds are TestArchiveWARC's
// and TestArchiveDamagedWARC's records, written plain, gzipped per record
// and as one gzip stream, whole and cut. Run longer with
// go test -run '^$' -fuzz '^FuzzReadWARC$' ./ingest/archive.
func FuzzReadWARC(f *testing.F) {
	dir := f.TempDir()
	recs := []fakes.WARCRecord{
		{Type: gowarc.Request, URI: "https://news.example/a", ContentType: "application/http;msgtype=request", Block: "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"},
		{Type: gowarc.Response, URI: "https://news.example/a", Block: fakes.HTTPResponse(200, "text/html; charset=utf-8", fakes.ArticleHTML("Alpha"))},
		{Type: gowarc.Response, URI: "https://news.example/moved", Block: fakes.HTTPResponse(301, "text/html", "moved", "Location: /b")},
		{Type: gowarc.Response, URI: "https://news.example/b", Block: gzipped(fakes.ArticleHTML("Beta"))},
		{Type: gowarc.Resource, URI: "https://news.example/d", ContentType: "text/html", Block: fakes.ArticleHTML("Delta")},
		{Type: gowarc.Response, URI: "https://news.example/e", Block: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(fakes.ArticleHTML("Epsilon"))},
		{Type: gowarc.Response, URI: "https://news.example/br", Block: encoded(f, "br", "<p>a</p>", 3)},
		{Type: gowarc.Response, URI: "https://news.example/z", Block: encoded(f, "zstd", "<p>a</p>", 3)},
	}
	for i, compress := range []bool{false, true} {
		b, err := os.ReadFile(fakes.WriteWARC(f, dir, fmt.Sprint(i, ".warc"), compress, recs...))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)*2/3])
		if !compress {
			f.Add(fakes.Gzip(b))
			f.Add(fakes.Gzip(b)[:len(b)/3])
			f.Add([]byte(string(b[:200]) + "WARC-Type response\r\nContent-Length: 99999999999\r\n\r\n"))
		}
	}
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\nContent-Length: 30\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n"))
	f.Add([]byte("<html><body><p>An article.</p></body></html>"))
	f.Add([]byte("ab"))
	bt := newBetween(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		const maxBody = 1 << 20
		path := filepath.Join(t.TempDir(), "f.warc")
		if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
			path += ".gz"
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		a, sk := openFuzzed(t, path, maxBody)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		start := time.Now()
		a.Start(ctx)
		fakes.Each(ctx, t, a, func(j ingest.Job) bool {
			if j.Page == nil || int64(len(j.Page.Body)) > maxBody || j.URL == "" {
				t.Fatalf("job %q: page %v", j.URL, j.Page != nil)
			}
			if _, err := json.Marshal(j.Page); err != nil {
				t.Fatalf("page %q not written: %v", j.URL, err)
			}
			return true
		})
		if err := a.Close(); err != nil {
			t.Fatalf("close: %v", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("read %d bytes in %v", len(b), d)
		}
		for _, d := range sk.All() {
			if d.Class == "" || d.Class == newsner.EInternal {
				t.Errorf("skip of class %q: %+v", d.Class, d)
			}
		}
		bt.read(t, b, maxBody)
	})
}

// between writes a fuzzed body as the HTML payload of a 200 response
// record between two known ones, in a file of its own, read by read. The
// records are written by hand, without warcinfo: the WARC library's
// writer, and two more records to read, cost more than the read itself.
type between struct {
	dir string
	// head and tail are the known records, plain and as a gzip member.
	head, tail [2][]byte
}

// The target URIs of between's records.
const (
	beforeURI = "https://news.example/before"
	fuzzedURI = "https://news.example/fuzzed?q=1"
	afterURI  = "https://news.example/after"
)

func newBetween(f *testing.F) *between {
	bt := &between{dir: f.TempDir()}
	for c := range 2 {
		bt.head[c] = warcResponse(beforeURI, []byte("<p>before</p>"), c == 1)
		bt.tail[c] = warcResponse(afterURI, []byte("<p>after</p>"), c == 1)
	}
	return bt
}

// warcResponse is a WARC response record of uri whose HTTP answer is 200
// with an HTML body, as a gzip member (stored, not compressed: the
// compressor's paths, new for each body, made the fuzzer stop to minimise
// one input after another) when gz is set.
func warcResponse(uri string, body []byte, gz bool) []byte {
	block := fakes.HTTPResponse(200, "text/html; charset=utf-8", string(body))
	rec := []byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6f1c7a52-3b8e-4d0e-9a57-2f0c1b9e4d11>\r\n" +
		"WARC-Date: 2026-10-01T12:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: application/http;msgtype=response\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block)) + block + "\r\n\r\n")
	if !gz {
		return rec
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.NoCompression)
	zw.Write(rec)
	zw.Close()
	return buf.Bytes()
}

// read writes body as the fuzzed record between the known ones (gzipped
// when its length is odd) and checks that the three come out as pages of
// their target URIs, in order, body as the middle one's, nothing skipped.
func (bt *between) read(t *testing.T, body []byte, maxBody int64) {
	if int64(len(body)) > maxBody {
		return
	}
	c := len(body) % 2
	path := filepath.Join(bt.dir, "between.warc")
	if err := os.WriteFile(path, slices.Concat(bt.head[c], warcResponse(fuzzedURI, body, c == 1), bt.tail[c]), 0o644); err != nil {
		t.Fatal(err)
	}
	a, sk := openFuzzed(t, path, maxBody)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a.Start(ctx)
	var got []string
	fakes.Each(ctx, t, a, func(j ingest.Job) bool {
		got = append(got, j.URL)
		if j.URL == fuzzedURI && string(j.Page.Body) != string(body) {
			t.Errorf("the record's body of %d bytes came out as %d bytes %.100q", len(body), len(j.Page.Body), j.Page.Body)
		}
		return true
	})
	if err := a.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if !slices.Equal(got, []string{beforeURI, fuzzedURI, afterURI}) || len(sk.All()) > 0 {
		t.Errorf("a record lost: pages %q, skipped %+v", got, sk.All())
	}
}

// openFuzzed opens the archive file path as FuzzReadWARC reads it (one
// page read ahead, bodies to maxBody), its skips recorded.
func openFuzzed(t *testing.T, path string, maxBody int64) (*Archive, *fakes.Skips) {
	t.Helper()
	sk := new(fakes.Skips)
	a, err := Open(context.Background(), []string{path}, Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip, ReadAhead: 1}, MaxBodyBytes: maxBody})
	if err != nil {
		t.Fatal(err)
	}
	return a, sk
}

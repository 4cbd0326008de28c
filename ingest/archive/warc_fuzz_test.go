package archive

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
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
// input it skips is a dead letter of a class. Seeds are TestArchiveWARC's
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
	f.Fuzz(func(t *testing.T, b []byte) {
		const maxBody = 1 << 20
		path := filepath.Join(t.TempDir(), "f.warc")
		if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
			path += ".gz"
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		var sk fakes.Skips
		a, err := Open(context.Background(), []string{path}, Config{BatchOptions: ingest.BatchOptions{Skip: sk.Skip, ReadAhead: 1}, MaxBodyBytes: maxBody})
		if err != nil {
			t.Fatal(err)
		}
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
	})
}

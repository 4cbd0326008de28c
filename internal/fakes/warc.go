package fakes

import (
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// WARCRecord is a record WriteWARC writes.
type WARCRecord struct {
	// Type is the record's type. Default: gowarc.Response.
	Type gowarc.RecordType
	// URI is the WARC-Target-URI. Default: none.
	URI string
	// Date is the WARC-Date. Default: 2026-10-01 12:00 UTC.
	Date time.Time
	// ContentType is the WARC Content-Type. Default:
	// application/http;msgtype=response.
	ContentType string
	// Block is the record's block: for a response, its HTTP status line,
	// headers and body (HTTPResponse).
	Block string
}

// WriteWARC writes a warcinfo record and then recs to the file dir/name
// with the WARC library's writer, each record a gzip member when compress
// is set, and returns the file's path.
func WriteWARC(t testing.TB, dir, name string, compress bool, recs ...WARCRecord) string {
	t.Helper()
	w := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(warcName{dir, name}),
		gowarc.WithCompression(compress),
		gowarc.WithCompressedFileSuffix(""),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString("software: newsner test\r\n")
			return err
		}),
	)
	for _, r := range recs {
		typ := r.Type
		if typ == 0 {
			typ = gowarc.Response
		}
		b := gowarc.NewRecordBuilder(typ, gowarc.WithAddMissingRecordId(true), gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingContentLength(true))
		if r.URI != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, r.URI)
		}
		date := r.Date
		if date.IsZero() {
			date = time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
		}
		b.AddWarcHeaderTime(gowarc.WarcDate, date)
		ct := r.ContentType
		if ct == "" {
			ct = "application/http;msgtype=response"
		}
		b.AddWarcHeader(gowarc.ContentType, ct)
		if _, err := b.WriteString(r.Block); err != nil {
			t.Fatal(err)
		}
		rec, _, err := b.Build()
		if err != nil {
			t.Fatalf("build record: %v", err)
		}
		for _, resp := range w.Write(rec) {
			if resp.Err != nil {
				t.Fatalf("write record: %v", resp.Err)
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, name)
}

// warcName names the file WriteWARC's writer creates (the library's
// default pattern would look up the host's addresses).
type warcName struct{ dir, name string }

func (n warcName) NewWarcfileName() (string, string) { return n.dir, n.name }

// HTTPResponse is the block of an HTTP response record: the status line of
// status, a Content-Type header of ctype (none where empty), the extra
// header lines, a Content-Length header and body.
func HTTPResponse(status int, ctype, body string, extra ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
	if ctype != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", ctype)
	}
	for _, h := range extra {
		b.WriteString(h + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(body), body)
	return b.String()
}

package archive

import (
	"bytes"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
)

// wgetRecord is one record as wget 1.21 writes it (WARC/1.0, the target
// URI and record IDs in angle brackets, its digests in base32 SHA-1).
func wgetRecord(typ, target, contentType, block string, n int) string {
	digest := func(b string) string {
		sum := sha1.Sum([]byte(b))
		return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
	}
	var h strings.Builder
	fmt.Fprintf(&h, "WARC/1.0\r\nWARC-Type: %s\r\n", typ)
	fmt.Fprintf(&h, "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", n)
	if target != "" {
		fmt.Fprintf(&h, "WARC-Target-URI: <%s>\r\n", target)
	}
	fmt.Fprintf(&h, "WARC-Date: 2026-12-07T16:46:02Z\r\nWARC-Block-Digest: %s\r\n", digest(block))
	if typ == "response" {
		_, payload, _ := strings.Cut(block, "\r\n\r\n")
		fmt.Fprintf(&h, "WARC-Payload-Digest: %s\r\n", digest(payload))
	}
	fmt.Fprintf(&h, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return h.String()
}

// wgetWARC returns the records of `wget --warc-file` fetching urls, each
// its own string: warcinfo, a request and a response per page, then the
// metadata record and the resource records of wget's own files.
func wgetWARC(urls ...string) []string {
	recs := []string{wgetRecord("warcinfo", "", "application/warc-fields", "software: Wget/1.21.3 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n", 0)}
	for i, u := range urls {
		recs = append(recs,
			wgetRecord("request", u, "application/http;msgtype=request", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Wget/1.21.3\r\n\r\n", 2*i+1),
			wgetRecord("response", u, "application/http;msgtype=response", "HTTP/1.0 200 OK\r\nServer: SimpleHTTP/0.6\r\nContent-type: text/html\r\n\r\n"+fakes.ArticleHTML(fmt.Sprintf("Page %d", i)), 2*i+2))
	}
	n := 2*len(urls) + 1
	recs = append(recs,
		wgetRecord("metadata", "metadata://gnu.org/software/wget/warc/MANIFEST.txt", "text/plain", "urn:uuid:00000000-0000-4000-8000-000000000000\n", n),
		wgetRecord("resource", "metadata://gnu.org/software/wget/warc/wget_arguments.txt", "text/plain", "\"--warc-file=crawl\"\n", n+1),
		wgetRecord("resource", "metadata://gnu.org/software/wget/warc/wget.log", "text/plain", "", n+2))
	return recs
}

// TestWgetWARC: a WARC written by wget --warc-file, plain, gzipped a
// member per record (wget's .warc.gz) and gzipped as one stream, gives its
// pages, with its other records (warcinfo, requests, metadata and wget's
// metadata:// resources) skipped quietly, and resumes from a checkpoint
// without reading a page twice. Before, every record's WARC-Target-URI
// ("<http://…>") failed gowarc's URL check and was emptied: "target URI
// \"\" is not an http(s) URL" for each page and each wget resource.
func TestWgetWARC(t *testing.T) {
	var all []string
	for i := range 4 {
		all = append(all, fmt.Sprintf("http://127.0.0.1:8000/p%d.html", i))
	}
	recs := wgetWARC(all...)
	dir := t.TempDir()
	var plain, members bytes.Buffer
	for _, r := range recs {
		plain.WriteString(r)
		members.Write(fakes.Gzip([]byte(r)))
	}
	files := map[string][]byte{"crawl.warc": plain.Bytes(), "crawl.warc.gz": members.Bytes(), "stream.warc.gz": fakes.Gzip(plain.Bytes())}
	for name, b := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			if name == "stream.warc.gz" != oneStream(path) {
				t.Fatalf("oneStream(%s) = %v", name, oneStream(path))
			}
			read := func(cp *Checkpoint, take int) ([]string, []newsner.DeadLetter) {
				pages, sk := readTaking(t, path, cp, take)
				for _, p := range pages {
					if want := fakes.ArticleHTML(fmt.Sprintf("Page %d", slices.Index(all, p.URL))); string(p.Body) != want {
						t.Errorf("%s: body %q", p.URL, newsner.Clip(string(p.Body), 80))
					}
				}
				return urls(pages), sk
			}
			if got, sk := read(nil, -1); strings.Join(got, " ") != strings.Join(all, " ") || len(sk) != 0 {
				t.Errorf("pages %q, skipped %+v; want %q and none skipped", got, sk, all)
			}
			cp, err := OpenCheckpoint(filepath.Join(t.TempDir(), "cp.json"))
			if err != nil {
				t.Fatal(err)
			}
			first, _ := read(cp, 2)
			rest, sk := read(cp, -1)
			if got := append(first, rest...); strings.Join(got, " ") != strings.Join(all, " ") || len(sk) != 0 {
				t.Errorf("resumed: pages %q then %q, skipped %+v; want %q", first, rest, sk, all)
			}
		})
	}
}

// TestTargetURITwice: a wget record naming its WARC-Target-URI twice
// (both in angle brackets, both emptied by gowarc's URL check) gives its
// page under the first target. Before, putting the target back through
// gowarc's WarcFields.Set, which deletes from the fields as it ranges over
// them, dereferenced a nil field: a panic in the reading goroutine that
// took the whole process down (found by FuzzReadWARC).
func TestTargetURITwice(t *testing.T) {
	const u = "http://127.0.0.1:8000/twice.html"
	rec := wgetWARC(u)[2]
	rec = strings.Replace(rec, "WARC-Target-URI: <"+u+">\r\n", "WARC-Target-URI: <"+u+">\r\nWARC-Target-URI: <http://127.0.0.1:8000/other.html>\r\n", 1)
	path := filepath.Join(t.TempDir(), "twice.warc")
	if err := os.WriteFile(path, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	pages, sk := readTaking(t, path, nil, -1)
	got := urls(pages)
	if len(got) != 1 || got[0] != u || len(sk) != 0 {
		t.Errorf("pages %q, skipped %+v; want [%s]", got, sk, u)
	}
}

package watch

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// FuzzParseSource: whatever line a sources list (--sources, the sources
// topic) holds, ParseSource returns a URL to poll or an error of its two
// classes (invalid, unsupported) without a panic; the URL it returns is
// read again as the same source, of the same kind (a site or a feed), so
// a list written back from what was read names the same sources; and its
// Site, the key sources are shared out by, is the URL's scheme and host,
// a site of its own. Seeds are TestParseSource's lines. Run longer with
// go test -run '^$' -fuzz '^FuzzParseSource$' ./ingest/watch.
func FuzzParseSource(f *testing.F) {
	for _, s := range []string{
		"news.example", "http://news.example", "https://news.example/feed.xml", "https://news.example/?feed=rss2",
		"https://news.example/sitemap.xml ", "", "# a comment", "\ufeffnews.example", "news.example:8443/feed?x=1#y",
		"ftp://news.example/", "https://user:pw@news.example/", "HTTPS://NEWS.EXAMPLE:443", "[::1]:80/x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		u, site, err := ParseSource(line)
		if err != nil {
			if c := newsner.ErrorCode(err); c != newsner.EInvalid && c != newsner.EUnsupported {
				t.Fatalf("ParseSource(%q): %v, of class %q", line, err, c)
			}
			return
		}
		again, site2, err := ParseSource(u)
		if err != nil || again != u || site2 != site {
			t.Fatalf("ParseSource(%q) = %q, %v; read again %q, %v, %v", line, u, site, again, site2, err)
		}
		s := Site(u)
		if !strings.HasPrefix(u, s) || Site(s) != s {
			t.Fatalf("ParseSource(%q) = %q, whose site is %q", line, u, s)
		}
		if site && s != u {
			t.Fatalf("ParseSource(%q) = %q, a site, whose site is %q", line, u, s)
		}
	})
}

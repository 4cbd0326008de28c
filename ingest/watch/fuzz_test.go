package watch

import (
	"bytes"
	"encoding/xml"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// FuzzParse: whatever a site serves as its feed or sitemap, Parse returns
// a document or an error of a class (never a panic, never an error the
// dead-letter records cannot classify), and every link it gives (an
// entry's, a child sitemap's), resolved against the feed's URL as a poll
// does, is an absolute http(s) URL with a host or an error of a class.
// No link is lost or changed: the input's first line, as the one link of
// a sitemap (its text whole, and split by a comment) and of an RSS feed,
// comes out as that link, trimmed, or, past newsner.MaxURLLength, as
// a link Normalize refuses. Seeds are a document of each kind, and (in
// testdata) a sitemap's links cut at 8 KiB. Run longer with
// go test ./ingest/watch -run '^$' -fuzz FuzzParse.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><item><title>A</title><link>https://a.example/1</link><pubDate>Sat, 05 Dec 2026 10:00:00 GMT</pubDate></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link href="https://a.example/2"/><updated>2026-12-05T10:00:00Z</updated></entry></feed>`,
		`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://a.example/3</loc><news:news><news:title>T</news:title><news:publication_date>2026-12-05</news:publication_date></news:news></url></urlset>`,
		`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.example/s.xml</loc></sitemap></sitemapindex>`,
		`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"url":"https://j.example/1","date_published":"2026-12-05T10:00:00Z"}]}`,
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><link>https://a.example/4</link></item></rdf:RDF>`,
		"\x1f\x8b\x08\x00garbage",
		`<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head></html>`,
		"https://a.example/a?b=1&c=<d>#e", " /relative/path \t", "//other.example/x",
	} {
		f.Add([]byte(s))
	}
	base, err := url.Parse("https://news.example/feed.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		doc, err := Parse(body, Limits{MaxEntries: 1000, MaxBytes: 1 << 20})
		if err != nil && newsner.ErrorCode(err) == "" {
			t.Errorf("error of no class: %v", err)
		}
		links := make([]string, 0, len(doc.Entries)+len(doc.Children))
		for _, e := range doc.Entries {
			links = append(links, e.Link)
		}
		for _, c := range doc.Children {
			links = append(links, c.URL)
		}
		for _, l := range links {
			n, err := Normalize(l, base)
			if err != nil {
				if newsner.ErrorCode(err) == "" {
					t.Errorf("link %q: error of no class: %v", l, err)
				}
				continue
			}
			if u, err := url.Parse(n); err != nil || !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Fatalf("link %q normalised to %q: not an absolute http(s) URL", l, n)
			}
		}
		link, _, _ := bytes.Cut(body, []byte("\n"))
		if want := strings.TrimSpace(string(link)); want != "" && xmlText(string(link)) {
			half := len(link) / 2
			for half > 0 && !utf8.RuneStart(link[half]) {
				half--
			}
			esc := func(b []byte) string {
				var w strings.Builder
				xml.EscapeText(&w, b)
				return w.String()
			}
			for _, doc := range []string{
				`<urlset><url><loc>` + esc(link) + `</loc></url></urlset>`,
				`<urlset><url><loc>` + esc(link[:half]) + `<!-- a comment -->` + esc(link[half:]) + `</loc></url></urlset>`,
				`<rss version="2.0"><channel><item><link>` + esc(link) + `</link></item></channel></rss>`,
			} {
				d, err := Parse([]byte(doc), Limits{})
				if err != nil || len(d.Entries) != 1 {
					t.Fatalf("the link %q, in %.300s: %+v, %v; want the link %q", link, doc, d.Entries, err, want)
				}
				// A link over the limit may come out other than given,
				// but never as a URL taken: it is refused as too long.
				if got := d.Entries[0].Link; got != want {
					if _, err := Normalize(got, base); len(want) <= newsner.MaxURLLength || err == nil {
						t.Fatalf("the link %q, in %.300s, came out as %.300q (normalised: %v)", link, doc, got, err)
					}
				}
			}
		}
	})
}

// xmlText reports whether s is UTF-8 of characters that XML text can
// hold, as a link in a feed is.
func xmlText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool {
		return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0xD800 && r <= 0xDFFF || r == 0xFFFE || r == 0xFFFF
	})
}

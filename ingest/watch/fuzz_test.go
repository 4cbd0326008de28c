package watch

import (
	"testing"

	"github.com/newsner/newsner"
)

// FuzzParse: whatever a site serves as its feed or sitemap, Parse returns
// a document or an error of a class (never a panic, never an error the
// dead-letter records cannot classify). Run longer with
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
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		_, err := Parse(body, Limits{MaxEntries: 1000, MaxBytes: 1 << 20})
		if err != nil && newsner.ErrorCode(err) == "" {
			t.Errorf("error of no class: %v", err)
		}
	})
}

package watch

import (
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/timing"
)

// BenchmarkParseDedupe measures what each entry of a polled document costs
// once fetched: parsing (gofeed for feeds, the streaming decoder for
// sitemaps), picking the canonical link, normalising it and looking it up in
// the seen set (half the entries seen before). Reported per entry.
//
//	go test ./ingest/watch -run '^$' -bench ParseDedupe
func BenchmarkParseDedupe(b *testing.B) {
	now := time.Now().UTC()
	docs := map[string]func(i int) string{
		"rss": func(i int) string {
			return fmt.Sprintf(`<item><title>Leaders meet in Brussels for talks number %d</title><link>https://news.example/world/2026/12/04/story-%d.html?utm_source=rss&amp;utm_medium=feed</link><guid isPermaLink="false">id-%d</guid><pubDate>%s</pubDate><description>&lt;p&gt;A summary of the story, as feeds carry one, some two hundred characters long, with an entity or two: Angela Merkel, Berlin.&lt;/p&gt;</description></item>`,
				i, i, i, now.Format(time.RFC1123Z))
		},
		"atom": func(i int) string {
			return fmt.Sprintf(`<entry><title>Leaders meet in Brussels for talks number %d</title><id>urn:story:%d</id><link rel="alternate" href="https://news.example/world/2026/12/04/story-%d.html"/><published>%s</published><updated>%s</updated><summary>A summary of the story, some two hundred characters long.</summary></entry>`,
				i, i, i, now.Format(time.RFC3339), now.Format(time.RFC3339))
		},
		"news-sitemap": func(i int) string {
			return fmt.Sprintf(`<url><loc>https://news.example/world/2026/12/04/story-%d.html</loc><news:news><news:publication><news:name>Ledger</news:name><news:language>en</news:language></news:publication><news:publication_date>%s</news:publication_date><news:title>Leaders meet in Brussels for talks number %d</news:title></news:news></url>`,
				i, now.Format(time.RFC3339), i)
		},
	}
	wrap := map[string][2]string{
		"rss":          {`<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>`, `</channel></rss>`},
		"atom":         {`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>urn:x</id>`, `</feed>`},
		"news-sitemap": {`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`, `</urlset>`},
	}
	const entries = 100
	for _, kind := range []string{"rss", "atom", "news-sitemap"} {
		var body strings.Builder
		body.WriteString(wrap[kind][0])
		for i := range entries {
			body.WriteString(docs[kind](i))
		}
		body.WriteString(wrap[kind][1])
		doc := []byte(body.String())
		b.Run(kind, func(b *testing.B) {
			w := New(Config{Output: &fakes.URLs{}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			base, _ := url.Parse("https://news.example/feed.xml")
			// Half the entries seen before.
			for i := 0; i < entries; i += 2 {
				w.cfg.Seen.Add(fmt.Sprintf("https://news.example/world/2026/12/04/story-%d.html", i))
			}
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			cpu0 := timing.CPU()
			for b.Loop() {
				d, err := Parse(doc, w.cfg.Limits)
				if err != nil || len(d.Entries) != entries {
					b.Fatalf("%d entries, %v", len(d.Entries), err)
				}
				in := make([]sourced, len(d.Entries))
				for i, e := range d.Entries {
					in[i] = sourced{Entry: e, base: base, source: "https://news.example/feed.xml"}
				}
				recs, _, _ := w.records(in)
				fresh, _, _ := w.cfg.Seen.claim(recs)
				w.cfg.Seen.forget(fresh) // the next round finds the same half new
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*entries), "ns/entry")
			// CPU time (user+system, all threads, GC included) is what an
			// entry costs on a machine others share too.
			b.ReportMetric(float64((timing.CPU()-cpu0).Nanoseconds())/float64(b.N*entries), "cpu-ns/entry")
		})
	}
}

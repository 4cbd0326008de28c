package watch

import (
	"bytes"
	"testing"
	"time"
)

// FuzzDiscover: whatever a site serves as its home page and robots.txt,
// FeedLinks and RobotsSitemaps return within a second without a panic,
// at most ten feed links and 100 sitemaps, none empty; a Sitemap line
// added at the end of a robots.txt naming fewer than 100 is found, whatever
// comes before it. Seeds are TestFeedLinksAndRobots' page and robots.txt.
// Run longer with go test -run '^$' -fuzz '^FuzzDiscover$' ./ingest/watch.
func FuzzDiscover(f *testing.F) {
	f.Add([]byte(`<html><head>
<link rel="alternate" type="application/rss+xml" title="News" href="/feed/">
<link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed/">
<link rel="alternate" type="application/feed+json; charset=utf-8" href="/feed.json">
</head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>`))
	f.Add([]byte("User-agent: *\nDisallow: /private\nSitemap: https://x.example/news.xml # news\nsitemap:/relative.xml\r\n"))
	f.Add([]byte("# " + string(bytes.Repeat([]byte("x"), 70<<10)) + "\nSitemap: https://x.example/late.xml\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		links := FeedLinks(b)
		maps := RobotsSitemaps(b)
		if d := time.Since(start); d > time.Second {
			t.Errorf("%d bytes read in %v", len(b), d)
		}
		if len(links) > maxFeedLinks || len(maps) > 100 {
			t.Fatalf("%d feed links, %d sitemaps", len(links), len(maps))
		}
		for _, s := range append(links, maps...) {
			if s == "" {
				t.Fatalf("an empty link in %q, %q", links, maps)
			}
		}
		if len(maps) < 100 {
			const last = "https://z.example/last.xml"
			more := RobotsSitemaps(append(append([]byte(nil), b...), "\nSitemap: "+last+"\n"...))
			if len(more) == 0 || more[len(more)-1] != last {
				t.Fatalf("robots.txt %.200q: a Sitemap line added at its end not found: %q", b, more)
			}
		}
	})
}

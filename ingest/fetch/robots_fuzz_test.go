package fetch

import (
	"testing"
	"time"

	"github.com/temoto/robotstxt"
)

// FuzzRobots: whatever a site serves as its robots.txt, reading it as
// fill does (dropBadRobotsLines, then the parser) and asking it of a path
// returns within a second without a panic, and the Crawl-delay honoured
// is between none and maxCrawlDelay. Seeds are the robots tests' files.
// Run longer with go test -run '^$' -fuzz '^FuzzRobots$' ./ingest/fetch.
func FuzzRobots(f *testing.F) {
	for _, s := range []string{
		"User-agent: slowbot\nCrawl-delay: 5\n\nUser-agent: *\nCrawl-delay: 0.1\nDisallow: /private\n",
		"Disallow: /a\nSitemap: https://x/s.xml\nUser-agent: *  # all\nCrawl-delay: x\nCrawl-delay: -1\nCrawl-delay: 2.5\nDisallow: /b\n",
		"User-agent: newsner\nDisallow: /\nAllow: /news/$\n\nUser-agent: *\nDisallow: /*?*sort=\n",
		"User-agent: *\nCrawl-delay: 1e12\n", "User-agent: *\nDisallow: /" + string(make([]byte, 300)) + "*\n",
	} {
		f.Add([]byte(s), "/news/a?x=1")
	}
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		start := time.Now()
		data, err := robotstxt.FromBytes(dropBadRobotsLines(body))
		if err != nil {
			return
		}
		e := &robotsEntry{data: data}
		data.TestAgent(path, "newsner")
		if d := e.crawlDelay("newsner"); d < 0 || d > maxCrawlDelay {
			t.Fatalf("robots.txt %q: crawl delay %v", body, d)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("robots.txt of %d bytes read in %v", len(body), d)
		}
	})
}

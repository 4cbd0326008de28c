package watch

import (
	"bytes"
	"errors"
	"net/url"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// FuzzDiscover: whatever a site serves as its home page and robots.txt,
// FeedLinks and RobotsSitemaps return within a second without a panic,
// at most ten feed links and 100 sitemaps, none empty; a Sitemap line
// added at the end of a robots.txt naming fewer than 100 is found, whatever
// comes before it. Every link found, resolved as discover resolves it
// (Normalize against the home page's URL), is an absolute http(s) URL with
// a host that is its own normal form, or an error of Normalize's two
// classes: a source emitted otherwise would be polled under another key
// than the one it is seen and owned by. Seeds are TestFeedLinksAndRobots'
// page and robots.txt, and links to be normalised or refused.
// Run longer with go test -run '^$' -fuzz '^FuzzDiscover$' ./ingest/watch.
func FuzzDiscover(f *testing.F) {
	f.Add([]byte(`<html><head>
<link rel="alternate" type="application/rss+xml" title="News" href="/feed/">
<link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed/">
<link rel="alternate" type="application/feed+json; charset=utf-8" href="/feed.json">
</head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>`))
	f.Add([]byte("User-agent: *\nDisallow: /private\nSitemap: https://x.example/news.xml # news\nsitemap:/relative.xml\r\n"))
	f.Add([]byte("# " + string(bytes.Repeat([]byte("x"), 70<<10)) + "\nSitemap: https://x.example/late.xml\n"))
	f.Add([]byte(`<link rel="alternate" type="application/rss+xml" href=" //X.example.:443/a/../feed?utm_source=x&b=1#top ">` +
		`<link rel="alternate" type="application/atom+xml" href="ftp://x/feed"><link rel="alternate" type="text/xml" href="?\xff">`))
	f.Add([]byte("Sitemap: //[::1]:80/s.xml\nSitemap: ./s%zz.xml\nSitemap: HTTP://B.example/./s.xml\n"))
	base, err := url.Parse("https://x.example/news/home?page=1")
	if err != nil {
		f.Fatal(err)
	}
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
		for _, s := range append(links, maps...) {
			n, err := Normalize(s, base)
			if err != nil {
				var ne *newsner.Error
				if !errors.As(err, &ne) || (ne.Code != newsner.EInvalid && ne.Code != newsner.EUnsupported) {
					t.Fatalf("link %q: error %T %v not of Normalize's classes", s, err, err)
				}
				continue
			}
			u, err := url.Parse(n)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
				t.Fatalf("link %q emitted as %q: not an absolute http(s) URL with a host (%v)", s, n, err)
			}
			if again, err := Normalize(n, nil); err != nil || again != n {
				t.Fatalf("link %q emitted as %q, which normalises to %q (%v)", s, n, again, err)
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

package watch

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsner/newsner"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Where feeds and sitemaps are looked for on a site that does not name
// them (in its home page, in robots.txt): the paths the common publishing
// systems use (WordPress, Ghost, Hugo, Blogger, Drupal; Yoast and the
// Google News plugins for sitemaps).
var (
	commonFeedPaths    = []string{"/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/feeds/posts/default"}
	commonSitemapPaths = []string{"/news-sitemap.xml", "/sitemap_news.xml", "/sitemap.xml"}
)

// maxFeedLinks bounds the feeds taken from one home page.
const maxFeedLinks = 10

// pollSite looks for a site's feeds and sitemaps and polls what it finds
// from then on (what is no longer found is dropped).
func (w *Watcher) pollSite(ctx context.Context, x *unit) (pollResult, error) {
	found, feeds, err := w.discover(ctx, x.url)
	if err != nil {
		return pollResult{}, err
	}
	if len(found) == 0 {
		return pollResult{}, newsner.Errorf(newsner.EInvalid, "no feed or sitemap found on %s (home page <link rel=alternate>, robots.txt Sitemap: lines, %s, %s)",
			newsner.Clip(x.url, 200), strings.Join(commonFeedPaths, " "), strings.Join(commonSitemapPaths, " "))
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if x.removed {
		return pollResult{}, nil
	}
	for _, old := range x.found {
		if d, ok := w.units[old]; ok {
			delete(d.owners, x.url)
		}
	}
	x.found = found
	for i, u := range found {
		d := w.addLocked(u, false)
		d.owners[x.url] = true
		if d.kind == kindUnknown {
			// Until its first poll reads it: the feeds come first.
			d.kind = kindSitemap
			if i < feeds {
				d.kind = kindFeed
			}
		}
	}
	w.pruneLocked()
	w.cfg.Logger.Info("watch: site discovered", "site", x.url, "sources", found)
	return pollResult{}, nil
}

// discover returns the feeds and sitemaps of a site, the feeds (feeds of
// them) first.
func (w *Watcher) discover(ctx context.Context, site string) (found []string, feeds int, err error) {
	f := w.cfg.Fetcher
	home, err := f.Fetch(ctx, Request{URL: site, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"})
	if err != nil {
		return nil, 0, newsner.Wrap(err, "looking for feeds: home page")
	}
	base, _ := url.Parse(home.URL)
	if base == nil {
		base, _ = url.Parse(site)
	}
	add := func(u string) {
		if n, err := Normalize(u, base); err == nil && !slices.Contains(found, n) {
			found = append(found, n)
		}
	}
	for _, l := range FeedLinks(home.Body) {
		add(l)
	}
	if len(found) == 0 {
		if u := w.probe(ctx, base, commonFeedPaths, false); u != "" {
			add(u)
		}
	}
	feeds = len(found)
	robots, err := f.Fetch(ctx, Request{URL: base.ResolveReference(&url.URL{Path: "/robots.txt"}).String(), Accept: "text/plain,*/*;q=0.5"})
	if err == nil && robots.Status == http.StatusOK {
		for _, s := range RobotsSitemaps(robots.Body) {
			add(s)
		}
	} else if ctx.Err() != nil {
		return nil, 0, ctx.Err()
	}
	if len(found) == feeds { // robots.txt names no sitemap
		for _, p := range commonSitemapPaths {
			if u := w.probe(ctx, base, []string{p}, true); u != "" {
				add(u)
			}
		}
	}
	return found, feeds, nil
}

// probe fetches base's paths in turn and returns the first that parses as
// a sitemap (sitemap set) or a feed.
func (w *Watcher) probe(ctx context.Context, base *url.URL, paths []string, sitemap bool) string {
	for _, p := range paths {
		u := base.ResolveReference(&url.URL{Path: p}).String()
		resp, err := w.cfg.Fetcher.Fetch(ctx, Request{URL: u, Accept: fetchAccept})
		if err != nil || resp.Status != http.StatusOK {
			if ctx.Err() != nil {
				return ""
			}
			continue
		}
		doc, err := Parse(resp.Body, w.cfg.Limits)
		if err != nil {
			continue
		}
		if isSitemap := doc.Kind == "urlset" || doc.Kind == "sitemapindex"; isSitemap == sitemap {
			if resp.URL != "" {
				return resp.URL
			}
			return u
		}
	}
	return ""
}

// feedTypes are the <link rel=alternate type=...> values of feeds.
var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true, "application/feed+json": true,
	"application/json": true, "application/rdf+xml": true, "application/xml": true, "text/xml": true,
}

// FeedLinks returns the hrefs of a page's feed links (<link rel=alternate>
// with a feed type), as written, at most ten. Comment feeds are skipped.
func FeedLinks(page []byte) []string {
	z := html.NewTokenizer(bytes.NewReader(page))
	var out []string
	for len(out) < maxFeedLinks {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Body {
				return out
			}
			if a != atom.Link || !hasAttr {
				continue
			}
			var rel, typ, href, title string
			for {
				k, v, more := z.TagAttr()
				switch string(k) {
				case "rel":
					rel = strings.ToLower(string(v))
				case "type":
					typ = strings.ToLower(strings.TrimSpace(string(v)))
				case "href":
					href = strings.TrimSpace(string(v))
				case "title":
					title = strings.ToLower(string(v))
				}
				if !more {
					break
				}
			}
			if typ, _, _ = strings.Cut(typ, ";"); !feedTypes[strings.TrimSpace(typ)] || href == "" {
				continue
			}
			if !slices.Contains(strings.Fields(rel), "alternate") || strings.Contains(title, "comments") || strings.Contains(href, "/comments/") {
				continue
			}
			out = append(out, href)
		}
	}
	return out
}

// RobotsSitemaps returns the Sitemap: URLs of a robots.txt, at most 100.
// Lines are of any length (the body is as long as the fetcher let it be):
// a line over a scanner's 64 KiB (a long comment, a minified blob) ended
// the reading, and every Sitemap line after it was lost.
func RobotsSitemaps(body []byte) []string {
	var out []string
	for line := range bytes.Lines(body) {
		if len(out) >= 100 {
			break
		}
		l, _, _ := bytes.Cut(line, []byte("#"))
		k, v, ok := bytes.Cut(l, []byte(":"))
		if v = bytes.TrimSpace(v); ok && len(v) > 0 && strings.EqualFold(string(bytes.TrimSpace(k)), "sitemap") {
			out = append(out, string(v))
		}
	}
	return out
}

// freshFor is how long a response says it stays fresh: Cache-Control
// max-age, else Expires (against the response's Date); 0 if it says
// nothing or forbids caching.
func freshFor(h http.Header, now time.Time) time.Duration {
	if cc := h.Get("Cache-Control"); cc != "" {
		var maxAge time.Duration
		found := false
		for _, d := range strings.Split(cc, ",") {
			k, v, _ := strings.Cut(strings.TrimSpace(d), "=")
			switch strings.ToLower(k) {
			case "no-store", "no-cache":
				return 0
			case "max-age":
				if n, err := strconv.ParseInt(strings.Trim(v, `"`), 10, 64); err == nil && n > 0 {
					maxAge = time.Duration(min(n, 7*24*3600)) * time.Second
					found = true
				}
			}
		}
		if found {
			return maxAge
		}
	}
	if e := h.Get("Expires"); e != "" {
		t, err := http.ParseTime(e)
		if err != nil {
			return 0
		}
		ref := now
		if d, err := http.ParseTime(h.Get("Date")); err == nil {
			ref = d
		}
		if t.After(ref) {
			return min(t.Sub(ref), 7*24*time.Hour)
		}
	}
	return 0
}

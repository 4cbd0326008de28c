package watch

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
)

func TestNormalize(t *testing.T) {
	base := mustURL(t, "https://News.Example/world/index.html")
	tests := []struct{ in, want string }{
		{"HTTPS://News.EXAMPLE:443/a/b?x=1#top", "https://news.example/a/b?x=1"},
		{"http://news.example:80", "http://news.example/"},
		{"http://news.example:8080/a", "http://news.example:8080/a"},
		{"https://news.example/a?utm_source=rss&id=7&utm_medium=feed&fbclid=abc&gclid=x", "https://news.example/a?id=7"},
		{"https://news.example/a?UTM_Campaign=x", "https://news.example/a"},
		{"https://news.example/a?b=2&a=1", "https://news.example/a?b=2&a=1"},
		{"https://news.example/a?", "https://news.example/a"},
		{"../story/1.html", "https://news.example/story/1.html"},
		{"/a/./b/../c", "https://news.example/a/c"},
		{"https://bücher.example/x", "https://xn--bcher-kva.example/x"},
		{"https://news.example./x", "https://news.example/x"},
		{"https://news.example../x", "https://news.example/x"},
		{"http://0..:8080/x", "http://0.0.0.0:8080/x"},
		{"  https://news.example/x  ", "https://news.example/x"},
		// As the fetcher takes them (fetch.CheckURL): input white space
		// as newsner.TrimURL cuts it, IPv4 hosts in the form dialled.
		{"\ufeffhttps://news.example/x\u200b", "https://news.example/x"},
		{"http://0x7f.1/a", "http://127.0.0.1/a"},
		{"https://[FE80::1]:443/x", "https://[fe80::1]/x"},
	}
	for _, tc := range tests {
		got, err := Normalize(tc.in, base)
		if err != nil || got != tc.want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for in, class := range map[string]string{
		"":                                     newsner.EInvalid,
		"ftp://news.example/x":                 newsner.EUnsupported,
		"javascript:alert(1)":                  newsner.EUnsupported,
		"https://user:pw@host.example/":        newsner.EInvalid,
		"http://news.example:99999/":           newsner.EInvalid,
		"/relative/without/base":               newsner.EInvalid,
		"https://" + strings.Repeat("a", 9000): newsner.EInvalid,
		"https://./x":                          newsner.EInvalid,
		"https://news.example/" + strings.Repeat("\xd7", 3000): newsner.EInvalid,
		"https://...:8080/x": newsner.EInvalid,
	} {
		if _, err := Normalize(in, nil); newsner.ErrorCode(err) != class {
			t.Errorf("Normalize(%.40q): %v, want class %s", in, err, class)
		}
	}
	// A host of colons, resolved against the feed's URL ("//::" parsed
	// as the host ":"), is none: it was emitted as "https:///".
	for _, in := range []string{"//::", "//:::", "//\ufeff#0", "https://\u00ad\u200b/x"} {
		if n, err := Normalize(in, base); newsner.ErrorCode(err) != newsner.EInvalid {
			t.Errorf("Normalize(%q) = %q, %v; want invalid", in, n, err)
		}
	}
}

func TestParseSource(t *testing.T) {
	for in, want := range map[string]struct {
		u    string
		site bool
	}{
		"news.example":                      {"https://news.example/", true},
		"http://news.example":               {"http://news.example/", true},
		"https://news.example/feed.xml":     {"https://news.example/feed.xml", false},
		"https://news.example/?feed=rss2":   {"https://news.example/?feed=rss2", false},
		"https://news.example/sitemap.xml ": {"https://news.example/sitemap.xml", false},
	} {
		u, site, err := ParseSource(in)
		if err != nil || u != want.u || site != want.site {
			t.Errorf("ParseSource(%q) = %q, %v, %v; want %q, %v", in, u, site, err, want.u, want.site)
		}
	}
	if Site("https://news.example:8443/feed?x=1") != "https://news.example:8443/" {
		t.Errorf("Site: %q", Site("https://news.example:8443/feed?x=1"))
	}
}

const rss2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><title>Ledger</title><ttl>45</ttl>
<item><title>Summit ends</title><link>https://feeds.example/~r/ledger/1</link><feedburner:origLink>https://ledger.example/summit</feedburner:origLink><pubDate>Wed, 02 Dec 2026 09:00:00 GMT</pubDate></item>
<item><title>Permalink guid</title><link>https://track.example/r?u=2</link><guid>https://ledger.example/two</guid></item>
<item><title>Guid not a permalink</title><link>https://ledger.example/three</link><guid isPermaLink="false">https://ledger.example/?p=3</guid></item>
<item><title>Relative</title><link>/four</link></item>
</channel></rss>`

const rss091 = `<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>
<item><title>A</title><link>https://old.example/a</link></item></channel></rss>`

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF</title></channel>
<item rdf:about="https://rdf.example/1"><title>One</title><link>https://rdf.example/1</link><dc:date>2026-12-01T10:00:00Z</dc:date></item>
</rdf:RDF>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id><updated>2026-12-02T10:00:00Z</updated>
<entry><title>Entry one</title><id>urn:1</id><link rel="alternate" href="https://atom.example/1"/><published>2026-12-02T08:00:00Z</published><updated>2026-12-02T10:00:00Z</updated></entry>
<entry><title>Only updated</title><id>urn:2</id><link href="https://atom.example/2"/><updated>2026-12-01T10:00:00Z</updated></entry>
</feed>`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"JSON","items":[
{"id":"1","url":"https://json.example/1","title":"First","date_published":"2026-12-02T07:00:00Z"},
{"id":"2","url":"https://json.example/2","title":"Second"}]}`

const newsSitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://ledger.example/summit</loc><lastmod>2026-12-03</lastmod>
<news:news><news:publication><news:name>Ledger</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2026-12-02T09:00:00+01:00</news:publication_date><news:title>Summit ends</news:title></news:news></url>
<url><loc>https://ledger.example/plain</loc><lastmod>2026-12-01T10:00Z</lastmod></url>
</urlset>`

const sitemapIndex = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://ledger.example/sitemap-2026-12.xml</loc><lastmod>2026-12-03</lastmod></sitemap>
<sitemap><loc>/sitemap-2019-01.xml</loc><lastmod>2019-01-31</lastmod></sitemap>
</sitemapindex>`

func TestParseFormats(t *testing.T) {
	date := func(s string) *time.Time {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return &tm
	}
	tests := []struct {
		name, body, kind string
		want             []Entry
	}{
		{"rss2", rss2, "rss", []Entry{
			{Link: "https://ledger.example/summit", Title: "Summit ends", Published: date("2026-12-02T09:00:00Z")},
			{Link: "https://ledger.example/two", Title: "Permalink guid"},
			{Link: "https://ledger.example/three", Title: "Guid not a permalink"},
			{Link: "/four", Title: "Relative"},
		}},
		{"rss0.91", rss091, "rss", []Entry{{Link: "https://old.example/a", Title: "A"}}},
		{"rss1.0", rdf, "rss", []Entry{{Link: "https://rdf.example/1", Title: "One", Published: date("2026-12-01T10:00:00Z")}}},
		{"atom", atomFeed, "atom", []Entry{
			{Link: "https://atom.example/1", Title: "Entry one", Published: date("2026-12-02T08:00:00Z")},
			{Link: "https://atom.example/2", Title: "Only updated", Published: date("2026-12-01T10:00:00Z")},
		}},
		{"json", jsonFeed, "json", []Entry{
			{Link: "https://json.example/1", Title: "First", Published: date("2026-12-02T07:00:00Z")},
			{Link: "https://json.example/2", Title: "Second"},
		}},
		{"news sitemap", newsSitemap, "urlset", []Entry{
			{Link: "https://ledger.example/summit", Title: "Summit ends", Published: date("2026-12-02T08:00:00Z")},
			{Link: "https://ledger.example/plain", Published: date("2026-12-01T10:00:00Z")},
		}},
		{"gzipped sitemap", string(fakes.Gzip([]byte(newsSitemap))), "urlset", nil},
	}
	for _, tc := range tests {
		doc, err := Parse([]byte(tc.body), Limits{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if doc.Kind != tc.kind {
			t.Errorf("%s: kind %q, want %q", tc.name, doc.Kind, tc.kind)
		}
		if tc.want == nil {
			if len(doc.Entries) != 2 {
				t.Errorf("%s: %d entries", tc.name, len(doc.Entries))
			}
			continue
		}
		if len(doc.Entries) != len(tc.want) {
			t.Errorf("%s: %d entries, want %d: %+v", tc.name, len(doc.Entries), len(tc.want), doc.Entries)
			continue
		}
		for i, e := range doc.Entries {
			w := tc.want[i]
			if e.Link != w.Link || e.Title != w.Title || (e.Published == nil) != (w.Published == nil) ||
				(e.Published != nil && !e.Published.Equal(*w.Published)) {
				t.Errorf("%s: entry %d = %+v (published %v), want %+v (published %v)", tc.name, i, e, e.Published, w, w.Published)
			}
		}
	}
	doc, err := Parse([]byte(rss2), Limits{})
	if err != nil || doc.TTL != 45*time.Minute {
		t.Errorf("rss ttl: %v, %v; want 45m", doc.TTL, err)
	}
	doc, err = Parse([]byte(sitemapIndex), Limits{})
	if err != nil || doc.Kind != "sitemapindex" || len(doc.Children) != 2 || doc.Children[1].URL != "/sitemap-2019-01.xml" || doc.Children[0].LastMod == nil {
		t.Errorf("sitemap index: %+v, %v", doc, err)
	}
}

// TestParseBadDocuments: what a hostile or broken source serves gets a
// clear error with a class, quickly and without a panic.
func TestParseBadDocuments(t *testing.T) {
	var huge bytes.Buffer
	huge.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>`)
	for i := range 100_000 {
		fmt.Fprintf(&huge, "<item><link>https://huge.example/%d</link></item>", i)
	}
	huge.WriteString(`</channel></rss>`)
	var hugeMap bytes.Buffer
	hugeMap.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range 60_000 {
		fmt.Fprintf(&hugeMap, "<url><loc>https://huge.example/%d</loc></url>", i)
	}
	hugeMap.WriteString(`</urlset>`)
	hugeJSON := `{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[` + strings.Repeat(`{"url":"https://j.example/"},`, 60_000) + `{"url":"https://j.example/"}]}`

	tests := []struct {
		name, body, class, says string
	}{
		{"html served as a feed", "<!doctype html><html><head><title>Home</title></head><body><p>News</p></body></html>", newsner.EUnsupported, "HTML page"},
		{"html without doctype", "<html><body><p>a & b</p><br></body></html>", newsner.EUnsupported, "HTML page"},
		{"malformed xml", `<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title><link>https://a.example/</link></item><item><<>></channel></rss>`, newsner.EInvalid, "malformed feed: XML syntax error"},
		{"truncated rss", `<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</ti`, newsner.EInvalid, "unexpected EOF"},
		{"malformed sitemap", `<urlset><url><loc>https://x.example/</loc></url>`, newsner.EInvalid, "malformed sitemap"},
		{"truncated atom", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>cut`, newsner.EInvalid, "malformed"},
		{"not a feed", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>`, newsner.EUnsupported, "<svg>"},
		{"empty", "  \n", newsner.EInvalid, "empty"},
		{"broken json", `{"version":"https://jsonfeed.org/version/1.1","items":[`, newsner.EInvalid, ""},
		{"100,000-entry feed", huge.String(), newsner.ETooLarge, "more than 50000"},
		{"60,000-url sitemap", hugeMap.String(), newsner.ETooLarge, "more than 50000"},
		{"60,000-item json feed", hugeJSON, newsner.ETooLarge, "more than 50000"},
		{"gzip bomb", string(gzipBomb(64 << 20)), newsner.ETooLarge, "decompresses to more than"},
		{"corrupt gzip", "\x1f\x8b\x08\x00garbage", newsner.EInvalid, "gzip"},
	}
	for _, tc := range tests {
		start := time.Now()
		_, err := Parse([]byte(tc.body), Limits{MaxBytes: 16 << 20})
		if newsner.ErrorCode(err) != tc.class || !strings.Contains(fmt.Sprint(err), tc.says) {
			t.Errorf("%s: %v; want class %s saying %q", tc.name, err, tc.class, tc.says)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: took %v", tc.name, d)
		}
	}
}

func TestFeedLinksAndRobots(t *testing.T) {
	page := `<html><head>
<link rel="alternate" type="application/rss+xml" title="News" href="/feed/">
<link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed/">
<link rel="alternate" type="application/atom+xml" href="https://x.example/atom.xml">
<link rel="stylesheet" type="text/css" href="/s.css">
<link rel="alternate" hreflang="de" href="/de/">
<link rel="alternate" type="application/feed+json; charset=utf-8" href="/feed.json">
</head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>`
	got := FeedLinks([]byte(page))
	want := []string{"/feed/", "https://x.example/atom.xml", "/feed.json"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("FeedLinks = %q, want %q", got, want)
	}
	robots := "User-agent: *\nDisallow: /private\nSitemap: https://x.example/news.xml # news\nsitemap:/relative.xml\n"
	if got := RobotsSitemaps([]byte(robots)); fmt.Sprint(got) != "[https://x.example/news.xml /relative.xml]" {
		t.Errorf("RobotsSitemaps = %q", got)
	}
}

func TestFreshness(t *testing.T) {
	now := time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC)
	h := func(kv ...string) http.Header {
		out := http.Header{}
		for i := 0; i < len(kv); i += 2 {
			out.Set(kv[i], kv[i+1])
		}
		return out
	}
	tests := []struct {
		h    http.Header
		want time.Duration
	}{
		{h("Cache-Control", "public, max-age=900"), 15 * time.Minute},
		{h("Cache-Control", "no-cache, max-age=900"), 0},
		{h("Cache-Control", "max-age=600", "Expires", "Fri, 04 Dec 2026 10:00:00 GMT"), 10 * time.Minute},
		{h("Expires", "Fri, 04 Dec 2026 09:00:00 GMT", "Date", "Fri, 04 Dec 2026 08:30:00 GMT"), 30 * time.Minute},
		{h("Expires", "0"), 0},
		{h(), 0},
	}
	for _, tc := range tests {
		if got := freshFor(tc.h, now); got != tc.want {
			t.Errorf("freshFor(%v) = %v, want %v", tc.h, got, tc.want)
		}
	}
}

// gzipBomb returns a small gzip of n zero bytes after a sitemap's start.
func gzipBomb(n int) []byte {
	return fakes.GzipBomb(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>`, n)
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestRobotsSitemapsAfterLongLine: a robots.txt line over 64 KiB (a long
// comment) does not end the reading; the scanner's limit stopped it there,
// and every Sitemap line after it was lost.
func TestRobotsSitemapsAfterLongLine(t *testing.T) {
	robots := "User-agent: *\n# " + strings.Repeat("x", 100<<10) + "\nSitemap: https://x.example/news.xml\n"
	if got := RobotsSitemaps([]byte(robots)); fmt.Sprint(got) != "[https://x.example/news.xml]" {
		t.Errorf("RobotsSitemaps = %q", got)
	}
}

package watch

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"
	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/gz"
)

// Entry is one article a feed or sitemap lists.
type Entry struct {
	// Link is the entry's link as written (maybe relative): the feed's
	// canonical link where it gives one (FeedBurner's origLink, an RSS guid
	// that is a permalink), else its link.
	Link string
	// Title is the entry's title ("" where none: sitemaps without news).
	Title string
	// Published is the publication time (news:publication_date, pubDate,
	// published), else the update time (lastmod, updated); nil if none.
	Published *time.Time
}

// Child is a sitemap listed by a sitemap index.
type Child struct {
	URL     string
	LastMod *time.Time
}

// Document is a parsed feed or sitemap.
type Document struct {
	// Kind is "rss", "atom", "json", "sitemap" or "sitemapindex".
	Kind string
	// Entries are the articles listed, in document order.
	Entries []Entry
	// Children are the sitemaps a sitemap index lists.
	Children []Child
	// TTL is the RSS <ttl>: how long the feed may be cached; 0 if none.
	TTL time.Duration
}

// Limits bound what Parse accepts.
type Limits struct {
	// MaxEntries is the most entries (or sitemaps of an index) a document
	// may list; one with more fails with ETooLarge. Default: 50,000, the
	// sitemap protocol's limit.
	MaxEntries int
	// MaxBytes caps a gzipped document once decompressed; past it, it
	// fails with ETooLarge (a gzip bomb). Default: 50 MiB, the sitemap
	// protocol's limit.
	MaxBytes int64
}

func (l Limits) withDefaults() Limits {
	if l.MaxEntries <= 0 {
		l.MaxEntries = 50_000
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = 50 << 20
	}
	return l
}

// Parse reads a feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed) or a sitemap
// (urlset, sitemap index, Google News sitemap), gzipped or not. Errors are
// *newsner.Error: EUnsupported for an HTML page or another kind of
// document, EInvalid for malformed XML or JSON, ETooLarge past the limits.
func Parse(body []byte, lim Limits) (Document, error) {
	lim = lim.withDefaults()
	if gz.Is(body) {
		b, err := ingest.ReadCapped(bytes.NewReader(body), lim.MaxBytes, fmt.Sprintf("gzipped document of %d bytes", len(body)), "MaxBytes")
		if err != nil {
			return Document{}, err
		}
		body = b
	}
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return Document{}, newsner.Errorf(newsner.EInvalid, "empty document")
	}
	if trimmed[0] == '{' {
		return parseFeed(body, "json", lim)
	}
	root, err := rootElement(body)
	if err != nil {
		if looksHTML(trimmed) {
			return Document{}, errHTML
		}
		return Document{}, &newsner.Error{Code: newsner.EInvalid, Message: "malformed XML", Err: err}
	}
	switch strings.ToLower(root) {
	case "urlset", "sitemapindex":
		return parseSitemap(body, lim)
	case "rss", "rdf", "feed", "channel":
		return parseFeed(body, root, lim)
	case "html":
		return Document{}, errHTML
	}
	return Document{}, newsner.Errorf(newsner.EUnsupported, "a <%s> document is not a feed or a sitemap", newsner.Clip(root, 40))
}

// tooManyEntries is the error of a document over Limits.MaxEntries,
// marked with that limit so that the command can name its flag.
func tooManyEntries(msg string) error {
	return &newsner.Error{Code: newsner.ETooLarge, Message: msg, Err: newsner.AtLimit("MaxEntries", nil)}
}

var errHTML = newsner.Errorf(newsner.EUnsupported, "an HTML page, not a feed or a sitemap (RSS, Atom, JSON Feed, sitemap XML); give the site's address to find its feeds")

func looksHTML(b []byte) bool {
	ct := http.DetectContentType(b)
	return strings.HasPrefix(ct, "text/html")
}

// rootElement returns the local name of the document's root element.
func rootElement(body []byte) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = true
	d.CharsetReader = passCharset
	for {
		tok, err := d.RawToken()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return "", errors.New("no root element")
			}
			return "", err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local, nil
		}
	}
}

// passCharset lets the XML decoder read documents that declare a charset
// other than UTF-8. URLs and dates are ASCII; a title in another charset may
// come out garbled, which only affects a hint.
func passCharset(_ string, r io.Reader) (io.Reader, error) { return r, nil }

// countTags counts start tags named name (followed by '>', a space or '/').
func countTags(body []byte, name string) int {
	open := []byte("<" + name)
	n := 0
	for i := 0; ; {
		j := bytes.Index(body[i:], open)
		if j < 0 {
			return n
		}
		k := i + j + len(open)
		if k < len(body) && (body[k] == '>' || body[k] == ' ' || body[k] == '\t' || body[k] == '\n' || body[k] == '\r' || body[k] == '/') {
			n++
		}
		i = k
	}
}

func parseFeed(body []byte, root string, lim Limits) (Document, error) {
	if root != "json" {
		// Refuse a huge feed before building it in memory.
		if n := countTags(body, "item") + countTags(body, "entry"); n > lim.MaxEntries {
			return Document{}, tooManyEntries(fmt.Sprintf("feed of at least %d entries: more than %d", n, lim.MaxEntries))
		}
	}
	p := gofeed.NewParser()
	p.RSSTranslator = rssTranslator{}
	f, err := p.Parse(bytes.NewReader(body))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return Document{}, newsner.Errorf(newsner.EUnsupported, "not a feed (RSS, Atom or JSON Feed)")
		}
		return Document{}, &newsner.Error{Code: newsner.EInvalid, Message: "malformed feed", Err: err}
	}
	if len(f.Items) > lim.MaxEntries {
		return Document{}, tooManyEntries(fmt.Sprintf("feed of %d entries: more than %d", len(f.Items), lim.MaxEntries))
	}
	doc := Document{Kind: f.FeedType, Entries: make([]Entry, 0, len(f.Items))}
	if m, err := strconv.Atoi(strings.TrimSpace(f.Custom["ttl"])); err == nil && m > 0 {
		doc.TTL = time.Duration(min(m, 7*24*60)) * time.Minute
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		e := Entry{Link: itemLink(it), Title: strings.TrimSpace(it.Title), Published: it.PublishedParsed}
		if e.Published == nil {
			e.Published = it.UpdatedParsed
		}
		doc.Entries = append(doc.Entries, e)
	}
	return doc, nil
}

// rssTranslator turns an RSS feed into gofeed's universal one with what
// the watcher needs only: each item's canonical link, title and date, and
// the channel's ttl (in Custom). gofeed's own translator also parses every
// item's description as HTML to find an image, which was 60% of the
// allocations of a poll.
type rssTranslator struct{}

func (rssTranslator) Translate(feed any) (*gofeed.Feed, error) {
	rf, ok := feed.(*rss.Feed)
	if !ok {
		return nil, fmt.Errorf("rss translator: %T is not an RSS feed", feed)
	}
	out := &gofeed.Feed{Title: rf.Title, FeedType: "rss", FeedVersion: rf.Version, Items: make([]*gofeed.Item, 0, len(rf.Items))}
	if rf.TTL != "" {
		out.Custom = map[string]string{"ttl": rf.TTL}
	}
	for _, ri := range rf.Items {
		if ri == nil {
			continue
		}
		it := &gofeed.Item{Title: ri.Title, Link: rssLink(ri), Links: ri.Links, PublishedParsed: ri.PubDateParsed}
		if ri.GUID != nil {
			it.GUID = ri.GUID.Value
		}
		if dc := ri.DublinCoreExt; dc != nil {
			if it.PublishedParsed == nil && len(dc.Date) > 0 {
				it.PublishedParsed = parseW3C(strings.TrimSpace(dc.Date[0]))
			}
			if it.Title == "" && len(dc.Title) > 0 {
				it.Title = dc.Title[0]
			}
		}
		out.Items = append(out.Items, it)
	}
	return out, nil
}

// rssLink picks an RSS item's canonical link: FeedBurner's origLink (the
// article, where link is a redirect through a tracker), a guid that is a
// permalink (the spec's "permanent link to the item"), else the link.
func rssLink(ri *rss.Item) string {
	if fb := ri.Extensions["feedburner"]["origLink"]; len(fb) > 0 && isHTTP(fb[0].Value) {
		return strings.TrimSpace(fb[0].Value)
	}
	if ri.GUID != nil && !strings.EqualFold(strings.TrimSpace(ri.GUID.IsPermalink), "false") && isHTTP(ri.GUID.Value) {
		return strings.TrimSpace(ri.GUID.Value)
	}
	return strings.TrimSpace(ri.Link)
}

// itemLink picks a feed entry's link: FeedBurner's origLink (also in
// Atom feeds), the link (for RSS, rssLink's choice), any other link, a
// guid that is a URL.
func itemLink(it *gofeed.Item) string {
	if fb := it.Extensions["feedburner"]["origLink"]; len(fb) > 0 && isHTTP(fb[0].Value) {
		return strings.TrimSpace(fb[0].Value)
	}
	if it.Link != "" {
		return strings.TrimSpace(it.Link)
	}
	for _, l := range it.Links {
		if l != "" {
			return strings.TrimSpace(l)
		}
	}
	if isHTTP(it.GUID) {
		return strings.TrimSpace(it.GUID)
	}
	return ""
}

// isHTTP reports whether s, white space aside, is an http(s) URL: a feed
// item's link, a seen file's line. Only the scheme is lower-cased.
func isHTTP(s string) bool {
	return newsner.HasHTTPScheme(strings.TrimSpace(s))
}

// parseSitemap reads a urlset or a sitemap index, streaming, and stops
// with ETooLarge at the entry limit.
func parseSitemap(body []byte, lim Limits) (Document, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = true
	d.CharsetReader = passCharset
	var (
		st    sitemapState
		path  []string // local names of the open elements
		text  elementText
		count int
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return st.doc, &newsner.Error{Code: newsner.EInvalid, Message: "malformed sitemap XML", Err: err}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if len(path) == 0 {
				st.doc.Kind = name
			}
			path = append(path, name)
			text.Reset()
			if len(path) == 2 && (name == "url" || name == "sitemap") {
				count++
				if count > lim.MaxEntries {
					return Document{}, tooManyEntries(fmt.Sprintf("sitemap of more than %d entries", lim.MaxEntries))
				}
				st.cur, st.child = Entry{}, Child{}
			}
		case xml.CharData:
			text.add(t)
		case xml.EndElement:
			if len(path) == 0 {
				continue
			}
			name := path[len(path)-1]
			path = path[:len(path)-1]
			v := text.value()
			text.Reset()
			parent := ""
			if len(path) > 0 {
				parent = path[len(path)-1]
			}
			st.end(name, parent, len(path), v)
		}
	}
	if k := st.doc.Kind; k != "urlset" && k != "sitemapindex" {
		return st.doc, newsner.Errorf(newsner.EInvalid, "not a sitemap (root <%s>)", newsner.Clip(k, 40))
	}
	return st.doc, nil
}

// elementText is the text of a sitemap's open element, as parseSitemap
// reads it in pieces (a comment or a CDATA section splits it), kept to
// maxText bytes once its leading white space is dropped.
type elementText struct {
	strings.Builder
	cut bool // more than white space was dropped past maxText
}

// maxText bounds what elementText keeps: past any URL taken
// (newsner.MaxURLLength), with room to end on a whole character.
const maxText = newsner.MaxURLLength + utf8.UTFMax

// add appends a piece of the element's text.
func (e *elementText) add(t []byte) {
	if e.Len() == 0 {
		t = bytes.TrimLeftFunc(t, unicode.IsSpace)
	}
	if room := maxText - e.Len(); len(t) > room {
		for room > 0 && !utf8.RuneStart(t[room]) {
			room--
		}
		e.cut = e.cut || len(bytes.TrimSpace(t[room:])) > 0
		t = t[:room]
	}
	e.Write(t)
}

// value is the element's text, trimmed. A text that was cut is longer
// than any URL, and stays so ("..." after what was kept): a <loc> cut was
// taken as the URL of its first 8 KiB, another page's, and one after 8 KiB
// of white space and a comment was dropped unsaid.
func (e *elementText) value() string {
	if e.cut {
		return e.String() + "\u2026"
	}
	return strings.TrimSpace(e.String())
}

// Reset empties the text for the next element.
func (e *elementText) Reset() {
	e.Builder.Reset()
	e.cut = false
}

// sitemapState is what parseSitemap has read: the document so far and the
// entry (a url) or child sitemap being read.
type sitemapState struct {
	doc   Document
	cur   Entry
	child Child
}

// end takes the text v of an element that ended, name in parent, depth
// elements deep once closed.
func (st *sitemapState) end(name, parent string, depth int, v string) {
	switch {
	case name == "loc" && parent == "url":
		st.cur.Link = v
	case name == "loc" && parent == "sitemap":
		st.child.URL = v
	case name == "lastmod" && parent == "url":
		if st.cur.Published == nil {
			st.cur.Published = parseW3C(v)
		}
	case name == "lastmod" && parent == "sitemap":
		st.child.LastMod = parseW3C(v)
	case name == "publication_date" && parent == "news":
		if t := parseW3C(v); t != nil {
			st.cur.Published = t // a news date beats lastmod
		}
	case name == "title" && parent == "news":
		st.cur.Title = v
	case name == "url" && depth == 1:
		if st.cur.Link != "" {
			st.doc.Entries = append(st.doc.Entries, st.cur)
		}
	case name == "sitemap" && depth == 1:
		if st.child.URL != "" {
			st.doc.Children = append(st.doc.Children, st.child)
		}
	}
}

// parseW3C reads a sitemap date (W3C datetime: a date, or a date and time
// with a zone, seconds and fractions optional); nil if it is not one.
func parseW3C(s string) *time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02", "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.UTC()
			return &t
		}
	}
	return nil
}

// describe names a document for log lines.
func (d Document) describe() string {
	if d.Kind == "sitemapindex" {
		return fmt.Sprintf("sitemap index of %d sitemaps", len(d.Children))
	}
	return fmt.Sprintf("%s of %d entries", d.Kind, len(d.Entries))
}

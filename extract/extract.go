// Package extract turns an HTML news page into an article: its own text,
// paragraph by paragraph, and its metadata (title, byline, publication time,
// language, site name, canonical URL).
package extract

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"

	"github.com/newsner/newsner"
)

// Version names this extractor in the record's model field.
const Version = "extract/v1"

// MaxInputBytes is the largest document FromReader reads; a longer one is
// refused with an ETooLarge error.
const MaxInputBytes = 32 << 20

// FromReader parses an HTML document (raw bytes as served) and returns an
// Article with Title, Byline, PublishedAt, Language, SiteName, CanonicalURL and
// Text filled. contentType is the HTTP Content-Type header, if any; it, a BOM
// or a <meta charset> name the encoding.
func FromReader(r io.Reader, pageURL *url.URL, contentType string) (newsner.Article, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return newsner.Article{}, fmt.Errorf("read document: %w", err)
	}
	if len(raw) > MaxInputBytes {
		return newsner.Article{}, newsner.Errorf(newsner.ETooLarge, "document exceeds %d bytes", MaxInputBytes)
	}
	ur, err := charset.NewReader(bytes.NewReader(raw), contentType)
	if err != nil {
		return newsner.Article{}, &newsner.Error{Code: newsner.EExtract, Message: "decode charset", Err: err}
	}
	doc, err := goquery.NewDocumentFromReader(ur)
	if err != nil {
		return newsner.Article{}, &newsner.Error{Code: newsner.EExtract, Message: "parse html", Err: err}
	}
	var a newsner.Article
	a.Title = clean(doc.Find("title").First().Text())
	if t, ok := doc.Find(`meta[property="og:title"]`).Attr("content"); ok && clean(t) != "" {
		a.Title = clean(t)
	}
	a.Byline = clean(doc.Find(`meta[name="author"]`).AttrOr("content", ""))
	a.SiteName = clean(doc.Find(`meta[property="og:site_name"]`).AttrOr("content", ""))
	a.Language = clean(doc.Find("html").AttrOr("lang", ""))
	if p, ok := doc.Find(`meta[property="article:published_time"]`).Attr("content"); ok {
		if t, err := time.Parse(time.RFC3339, strings.TrimSpace(p)); err == nil {
			a.PublishedAt = &t
		}
	}
	if c, ok := doc.Find(`link[rel="canonical"]`).Attr("href"); ok {
		if u, err := url.Parse(strings.TrimSpace(c)); err == nil {
			if pageURL != nil {
				u = pageURL.ResolveReference(u)
			}
			a.CanonicalURL = u.String()
		}
	}
	var paras []string
	doc.Find("p").Each(func(_ int, s *goquery.Selection) {
		if t := clean(s.Text()); t != "" {
			paras = append(paras, t)
		}
	})
	a.Text = strings.Join(paras, "\n\n")
	return a, nil
}

// clean collapses runs of white space to one space and trims the ends.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/gz"
)

// Extractor is the function under test; extract.FromReader by default.
type Extractor func(r io.Reader, pageURL *url.URL, contentType string) (newsner.Article, error)

// LoadNewsPages reads data/news-pages under sharedDir.
func LoadNewsPages(sharedDir string) ([]Page, error) {
	dir := filepath.Join(sharedDir, "data", "news-pages")
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("load news pages: %w", err)
	}
	var truth map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("load news pages: ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		p := filepath.Join(dir, "html", id+".html.gz")
		html, err := gz.ReadFile(p, newsner.DefaultMaxBodyBytes)
		if err != nil {
			return nil, fmt.Errorf("load news pages: %w", err)
		}
		t := truth[id]
		pages = append(pages, Page{ID: id, URL: t.URL, Truth: t.ArticleBody, HTML: html})
	}
	return pages, nil
}

// MetaPage is one page of data/readability-pages with the metadata fields
// it states (absent fields are nil).
type MetaPage struct {
	Name string
	HTML []byte
	// Expected is the text of Readability's expected.html (a guide, not a
	// human truth).
	Expected string
	Title    *string `json:"title"`
	Byline   *string `json:"byline"`
	SiteName *string `json:"siteName"`
	Language *string `json:"language"`
	Time     *string `json:"publishedTime"`
}

// LoadMetaPages reads data/readability-pages under sharedDir.
func LoadMetaPages(sharedDir string) ([]MetaPage, error) {
	dir := filepath.Join(sharedDir, "data", "readability-pages")
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("load readability pages: %w", err)
	}
	var pages []MetaPage
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name(), "expected-metadata.json"))
		if err != nil {
			continue
		}
		var m MetaPage
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("load readability pages: %s: %w", e.Name(), err)
		}
		m.Name = e.Name()
		if m.HTML, err = os.ReadFile(filepath.Join(dir, e.Name(), "source.html")); err != nil {
			return nil, fmt.Errorf("load readability pages: %w", err)
		}
		if exp, err := os.ReadFile(filepath.Join(dir, e.Name(), "expected.html")); err == nil {
			m.Expected = htmlText(exp)
		}
		pages = append(pages, m)
	}
	return pages, nil
}

// Field names of the metadata comparison.
var Fields = []string{"title", "byline", "site_name", "language", "published_at"}

// MetaResult counts, per field, the pages that state it and those where the
// extractor agrees; Misses lists the disagreements ("page: got | want").
type MetaResult struct {
	Stated map[string]int
	Agree  map[string]int
	Misses map[string][]string
}

// Rate is the share of pages stating field on which the extractor agrees.
func (m MetaResult) Rate(field string) float64 {
	if m.Stated[field] == 0 {
		return 0
	}
	return float64(m.Agree[field]) / float64(m.Stated[field])
}

// ScoreMetadata runs ex over the pages and compares metadata field by field
// where the page's expected metadata states the field (non-empty). The
// comparison rules are in agree* below; they forgive what the Article
// contract asks for and Readability does not do (a title without the site
// suffix, a byline of names only).
func ScoreMetadata(ctx context.Context, pages []MetaPage, ex Extractor) (res MetaResult, err error) {
	res = MetaResult{Stated: map[string]int{}, Agree: map[string]int{}, Misses: map[string][]string{}}
	base, _ := url.Parse(readabilityURL)
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		a, _ := ex(bytes.NewReader(p.HTML), base, "")
		var pub string
		if a.PublishedAt != nil {
			pub = a.PublishedAt.Format(time.RFC3339)
		}
		check := func(field string, want *string, got string, agree func(got, want string) bool) {
			if want == nil || strings.TrimSpace(*want) == "" {
				return
			}
			res.Stated[field]++
			if agree(got, *want) {
				res.Agree[field]++
			} else {
				res.Misses[field] = append(res.Misses[field], fmt.Sprintf("%s: %q | %q", p.Name, got, *want))
			}
		}
		check("title", p.Title, a.Title, agreeTitle)
		check("byline", p.Byline, a.Byline, agreeByline)
		check("site_name", p.SiteName, a.SiteName, agreeExact)
		check("language", p.Language, a.Language, agreeLanguage)
		check("published_at", p.Time, pub, agreeTime)
	}
	return res, nil
}

// norm lower-cases s and keeps only its word characters, single-spaced.
func norm(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}), " ")
}

func agreeExact(got, want string) bool { return got != "" && norm(got) == norm(want) }

// agreeTitle accepts the expected title, or the expected title with a site
// name (or section) cut off at one end: got must be a whole-word prefix or
// suffix of want covering at least half of it.
func agreeTitle(got, want string) bool {
	g, w := norm(got), norm(want)
	if g == "" {
		return false
	}
	if g == w {
		return true
	}
	if 2*len(g) < len(w) {
		return false
	}
	return strings.HasPrefix(w, g+" ") || strings.HasSuffix(w, " "+g)
}

// agreeByline accepts got when it names the same people: every word of got
// starts a word of want (which may carry dates, "By", roles around the names,
// glued on at times: "Lucas Nolan22 Dec").
func agreeByline(got, want string) bool {
	g := strings.Fields(norm(got))
	if len(g) == 0 {
		return false
	}
	w := " " + norm(want) + " "
	for _, t := range g {
		if !strings.Contains(w, " "+t) {
			return false
		}
	}
	return true
}

// agreeLanguage compares primary language subtags.
func agreeLanguage(got, want string) bool {
	p := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		if i := strings.IndexAny(s, "-_"); i >= 0 {
			s = s[:i]
		}
		return s
	}
	return got != "" && p(got) == p(want)
}

var timeLayouts = []struct {
	layout string
	zoned  bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04:05.999999999", false},
	{"2006-01-02 15:04:05.999999999", false},
	{"2006-01-02T15:04", false},
	{"2006-01-02", false},
}

// agreeTime accepts the same instant where want has a zone, and the same wall
// clock (to want's precision) where it has none.
func agreeTime(got, want string) bool {
	g, err := time.Parse(time.RFC3339, got)
	if err != nil {
		return false
	}
	want = strings.TrimSpace(want)
	for _, l := range timeLayouts {
		w, err := time.Parse(l.layout, want)
		if err != nil {
			continue
		}
		if l.zoned {
			return g.Truncate(time.Second).Equal(w.Truncate(time.Second))
		}
		gs := g.Format("2006-01-02T15:04:05")
		ws := strings.Replace(want, " ", "T", 1)
		if len(ws) > 19 {
			ws = ws[:19]
		}
		return strings.HasPrefix(gs, ws)
	}
	return false
}

// htmlText is the text of an HTML fragment, blocks on their own lines.
func htmlText(b []byte) string {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return ""
	}
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote", "pre", "section", "td":
				sb.WriteString("\n")
			}
		}
	}
	walk(doc)
	return sb.String()
}

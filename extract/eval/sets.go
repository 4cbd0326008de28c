package eval

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
)

// Page is one page of a dev set: the HTML as served and the text the
// extractor should find in it.
type Page struct {
	ID  string
	URL string
	// HTML is the page as served (decompressed).
	HTML []byte
	// Truth is the article's text: a human cut for news-pages and
	// dragnet2013, Readability's output for readability-pages, a checked
	// model-written text for modern2026, newspaper4k's own output kept as its
	// test fixtures for newspaper4k, GoOse's own output kept in its tests for
	// goose.
	Truth string
	// Lang is the language of the truth as extract.GuessLanguage reads it
	// ("en", "de", ...; empty where the text is too short to tell).
	Lang string
}

// extract runs ex on the page, with its URL where it has one.
func (p Page) extract(ex Extractor) (newsner.Article, error) {
	var u *url.URL
	if p.URL != "" {
		u, _ = url.Parse(p.URL)
	}
	return ex(bytes.NewReader(p.HTML), u, "")
}

// Set is one dev set.
type Set struct {
	// Name is the set's name in reports and in RunTexts' keys.
	Name string
	// About says in a few words what the pages and their truth are.
	About string
	Pages []Page
}

// The dev sets' names.
const (
	NewsPages        = "news-pages"
	ReadabilityPages = "readability-pages"
	Dragnet          = "dragnet2013"
	Modern           = "modern2026"
	Newspaper4k      = "newspaper4k"
	Goose            = "goose"
)

// SetNames lists the dev sets in report order.
var SetNames = []string{NewsPages, ReadabilityPages, Dragnet, Modern, Newspaper4k, Goose}

// CheckSetNames refuses a name that is no dev set's (SetNames), saying
// which there are: a set mistyped for LoadSets was passed over, and none
// right left nothing scored.
func CheckSetNames(names []string) error {
	for _, n := range names {
		if !slices.Contains(SetNames, n) {
			return fmt.Errorf("no dev set %q (the sets: %s)", n, strings.Join(SetNames, ", "))
		}
	}
	return nil
}

// LoadSets reads the dev sets under sharedDir: news-pages must be there, the
// others are read where present. names, if any, limits the sets read; a
// name of no set is an error (CheckSetNames).
func LoadSets(sharedDir string, names ...string) ([]Set, error) {
	if err := CheckSetNames(names); err != nil {
		return nil, err
	}
	var sets []Set
	for _, name := range SetNames {
		if !want(names, name) {
			continue
		}
		var s Set
		var err error
		switch name {
		case NewsPages:
			var pages []Page
			pages, err = LoadNewsPages(sharedDir)
			s = Set{Name: name, About: "human truth", Pages: pages}
		case ReadabilityPages:
			var mp []MetaPage
			mp, err = LoadMetaPages(sharedDir)
			s = Set{Name: name, About: "vs Readability's output, a guide"}
			for _, p := range mp {
				if p.Expected != "" {
					s.Pages = append(s.Pages, Page{ID: p.Name, URL: readabilityURL, HTML: p.HTML, Truth: p.Expected})
				}
			}
		case Dragnet:
			s, err = loadExtra(sharedDir, "dragnet2013", 2, "human truth, 2012")
			for i := range s.Pages {
				s.Pages[i].Truth = cutComments(s.Pages[i].Truth)
			}
		case Modern:
			s, err = loadExtra(sharedDir, "modern2026-tiptopjaw", 2, "checked model truth, 2025-26")
		case Newspaper4k:
			// extract/eval/fetch-data.sh writes it.
			s, err = loadExtra(sharedDir, "newspaper4k", 2, "newspaper4k's fixture texts, a guide")
		case Goose:
			// extract/eval/fetch-data.sh writes it.
			s, err = loadExtra(sharedDir, "goose", 2, "GoOse's fixture texts, a guide")
		}
		if err != nil {
			if name != NewsPages && errors.Is(err, fs.ErrNotExist) && len(names) == 0 {
				continue // an optional set that is not there
			}
			return nil, err
		}
		s.Name = name
		for i := range s.Pages {
			s.Pages[i].Lang = extract.GuessLanguage(s.Pages[i].Truth)
		}
		sets = append(sets, s)
	}
	return sets, nil
}

// InHalf reports whether the n-th page of a set (counting from 1 in id
// order) is in half: "a" holds the odd pages (the first, third, ...), "b"
// the even ones, "" all. Rules are tuned on one half and checked on the
// other; eval extract --half and eval ner's "-a"/"-b" sets cut by it.
func InHalf(half string, n int) bool {
	switch half {
	case "a":
		return n%2 == 1
	case "b":
		return n%2 == 0
	}
	return true
}

// ValidHalf reports whether half names a half InHalf knows ("" for all).
func ValidHalf(half string) bool { return half == "" || half == "a" || half == "b" }

// Half returns the set with only the pages of half (InHalf).
func (s Set) Half(half string) Set {
	if half == "" {
		return s
	}
	out := s
	out.Pages = nil
	for i, p := range s.Pages {
		if InHalf(half, i+1) {
			out.Pages = append(out.Pages, p)
		}
	}
	return out
}

// LoadHalves is LoadSets with each set cut to half (Set.Half); a set left
// without pages is dropped.
func LoadHalves(sharedDir, half string, names ...string) ([]Set, error) {
	sets, err := LoadSets(sharedDir, names...)
	if err != nil || half == "" {
		return sets, err
	}
	var kept []Set
	for _, s := range sets {
		if s = s.Half(half); len(s.Pages) > 0 {
			kept = append(kept, s)
		}
	}
	return kept, nil
}

// readabilityURL is the address Readability's test pages were saved from.
const readabilityURL = "http://fakehost/test/page.html"

// loadExtra reads a set of data/extract-extra: index.tsv (id first, the URL
// in column urlCol), html/<id>.html and truth/<id>.txt.
func loadExtra(sharedDir, dir string, urlCol int, about string) (Set, error) {
	base := filepath.Join(sharedDir, "data", "extract-extra", dir)
	f, err := os.Open(filepath.Join(base, "index.tsv"))
	if err != nil {
		return Set{}, err
	}
	defer f.Close()
	s := Set{About: about}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if first {
			first = false
			continue
		}
		if len(cols) <= urlCol || cols[0] == "" {
			continue
		}
		id := cols[0]
		h, err := os.ReadFile(filepath.Join(base, "html", id+".html"))
		if err != nil {
			return Set{}, fmt.Errorf("load %s: %w", dir, err)
		}
		t, err := os.ReadFile(filepath.Join(base, "truth", id+".txt"))
		if err != nil {
			return Set{}, fmt.Errorf("load %s: %w", dir, err)
		}
		s.Pages = append(s.Pages, Page{ID: id, URL: cols[urlCol], HTML: h, Truth: string(t)})
	}
	if err := sc.Err(); err != nil {
		return Set{}, fmt.Errorf("load %s: %w", dir, err)
	}
	sort.Slice(s.Pages, func(i, j int) bool { return s.Pages[i].ID < s.Pages[j].ID })
	return s, nil
}

// commentsMarker is the line with which Dragnet's annotators set the
// readers' comments apart from the main text ("!@#$%^&*() COMMENTS"). The
// shared set moved the comments out of the truth where the marker was
// typed exactly; on a dozen pages it was typed with a symbol missing or
// doubled, or with another word ("CORRECTED"), and the comments stayed in.
var commentsMarker = regexp.MustCompile(`(?m)^[ \t]*[!@#$%^&*() ]{5,}[ \t]*(COMMENTS|CORRECTED)[ \t]*$`)

// cutComments returns a Dragnet truth without the comments that follow its
// marker, if any.
func cutComments(truth string) string {
	if loc := commentsMarker.FindStringIndex(truth); loc != nil {
		return truth[:loc[0]]
	}
	return truth
}

// SetResult is a set's score.
type SetResult struct {
	Set string
	Result
	// Empty counts the pages whose truth has text but whose prediction has
	// none (an error counts as empty).
	Empty int
	// Fallback counts the pages whose text came from the extractor's
	// fallback (Article.Extraction).
	Fallback int
	// Bytes is the HTML extracted and Spent the time the extractor took.
	Bytes int
	Spent time.Duration
}

// ScoreSet runs ex over the set's pages and scores their texts.
func ScoreSet(ctx context.Context, s Set, ex Extractor) (SetResult, error) {
	res := SetResult{Set: s.Name}
	scores := make([]PageScore, 0, len(s.Pages))
	for _, p := range s.Pages {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		t0 := time.Now()
		a, err := p.extract(ex)
		res.Spent += time.Since(t0)
		res.Bytes += len(p.HTML)
		ps := ScorePage(p.ID, p.URL, p.Truth, a.Text)
		ps.Err = err
		ps.Lang = p.Lang
		if ps.HasR && !ps.HasP {
			res.Empty++
		}
		if a.Extraction == newsner.ExtractionFallback {
			res.Fallback++
		}
		scores = append(scores, ps)
	}
	res.Result = Aggregate(scores)
	return res, nil
}

// scoreTexts scores given texts (by page id; a missing one is empty).
func scoreTexts(s Set, texts map[string]string) (res SetResult, missing int) {
	res.Set = s.Name
	scores := make([]PageScore, 0, len(s.Pages))
	for _, p := range s.Pages {
		t, ok := texts[p.ID]
		if !ok {
			missing++
		}
		ps := ScorePage(p.ID, p.URL, p.Truth, t)
		ps.Lang = p.Lang
		if ps.HasR && !ps.HasP {
			res.Empty++
		}
		scores = append(scores, ps)
	}
	res.Result = Aggregate(scores)
	return res, missing
}

// Mean is the mean of the sets' F1 (and of their P and R).
func Mean(rs []SetResult) (f1, p, r float64) {
	if len(rs) == 0 {
		return 0, 0, 0
	}
	for _, x := range rs {
		f1 += x.F1
		p += x.P
		r += x.R
	}
	n := float64(len(rs))
	return f1 / n, p / n, r / n
}

// want reports whether the set name is among names (all are, if none is).
func want(names []string, name string) bool {
	return len(names) == 0 || slices.Contains(names, name)
}

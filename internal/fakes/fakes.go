// Package fakes holds the test doubles of the pipeline's interfaces
// (ingest.Source, ingest.Loader, ingest.Processor, ingest.Sink, and a
// batch source's SkipFunc), one of each, for the tests of every package
// that runs jobs; Each and Drain to run a source to its end; Finder and
// EnglishFinder for an entity finder; URLs for watch's Output; a Buffer
// for logs written while a test reads them; MetricValues to read what a
// registry of metrics holds; WaitFor to wait for a condition; Gzip,
// GzipBomb and Repeat for gzipped and endless inputs and the tests of size
// caps; and WriteWARC and HTTPResponse for the WARC files of saved pages.
// The doubles are in-memory and safe for concurrent use.
package fakes

import (
	"context"
	"errors"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
)

// Source hands out fixed URLs once, in order, and records the ones done.
type Source struct {
	URLs []string

	mu   sync.Mutex
	next int
	done []string
}

// NewSource returns a Source of urls.
func NewSource(urls ...string) *Source { return &Source{URLs: urls} }

// Next returns the next URL, io.EOF after the last.
func (s *Source) Next(ctx context.Context) (ingest.Job, error) {
	if err := ctx.Err(); err != nil {
		return ingest.Job{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.next >= len(s.URLs) {
		return ingest.Job{}, io.EOF
	}
	s.next++
	return ingest.Job{URL: s.URLs[s.next-1]}, nil
}

// Done records the job's URL as done.
func (s *Source) Done(_ context.Context, j ingest.Job) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.done = append(s.done, j.URL)
	return nil
}

// DoneURLs returns the URLs done, in the order they were done.
func (s *Source) DoneURLs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.done...)
}

// DoneCount returns how many times url was done.
func (s *Source) DoneCount(url string) int { return count(s.DoneURLs(), url) }

// count returns how many times x is in xs.
func count(xs []string, x string) int {
	n := 0
	for _, y := range xs {
		if y == x {
			n++
		}
	}
	return n
}

// Loader "fetches" by URL: "fail:<class>/*" fails with that error class
// (ENotHTML for "fail:*" without one), "slow:*" waits for the context or
// 200ms; any other input is a page whose body is the input.
type Loader struct{}

// Load returns the page the input names.
func (Loader) Load(ctx context.Context, in string) (newsner.Page, error) {
	switch {
	case strings.HasPrefix(in, "fail:"):
		if class, ok := ClassOf(in); ok {
			return newsner.Page{URL: in}, newsner.Errorf(class, "cannot load")
		}
		return newsner.Page{URL: in}, newsner.Errorf(newsner.ENotHTML, "not html")
	case strings.HasPrefix(in, "slow:"):
		select {
		case <-time.After(200 * time.Millisecond):
		case <-ctx.Done():
			return newsner.Page{URL: in}, ctx.Err()
		}
	}
	return newsner.Page{URL: in, Body: []byte(in)}, nil
}

// Processor makes a trivial article from any page: its URL, fetch time and
// body as text, and an ID derived from the URL ("derived:" + URL) as
// extract derives one. A page whose URL starts with "panic:" makes it
// panic; one whose URL is "bad:<class>/*" fails with that error class.
type Processor struct{}

// Process makes the article.
func (Processor) Process(_ context.Context, p newsner.Page) (newsner.Article, error) {
	if strings.HasPrefix(p.URL, "panic:") {
		panic("boom")
	}
	if class, ok := ClassOf(p.URL); ok && strings.HasPrefix(p.URL, "bad:") {
		return newsner.Article{}, newsner.Errorf(class, "cannot process")
	}
	return newsner.Article{ID: "derived:" + p.URL, URL: p.URL, FetchedAt: p.FetchedAt, Text: string(p.Body)}, nil
}

// Classes are the error classes, as dead letters carry them.
var Classes = []string{newsner.EInvalid, newsner.EUnsupported, newsner.EBlockedAddress, newsner.ERobots,
	newsner.ETimeout, newsner.ETooLarge, newsner.ENotHTML, newsner.EHTTPStatus, newsner.ETooManyRedirs,
	newsner.ENetwork, newsner.EExtract, newsner.EEmpty, newsner.EInternal}

// ClassOf returns the class a fake input names ("fail:<class>/..." or
// "bad:<class>/..."), and whether it names one.
func ClassOf(in string) (string, bool) {
	_, rest, ok := strings.Cut(in, ":")
	if !ok {
		return "", false
	}
	class, _, _ := strings.Cut(rest, "/")
	for _, c := range Classes {
		if c == class {
			return c, true
		}
	}
	return "", false
}

// Sink keeps what was written. FailAfter > 0 makes article writes fail once
// that many were written. An article whose URL starts with "huge:" is
// refused as too_large, as the Kafka sink refuses a record over its
// message cap.
type Sink struct {
	FailAfter int

	mu       sync.Mutex
	articles []string
	dead     []newsner.DeadLetter
}

// WriteArticle records the article's URL.
func (m *Sink) WriteArticle(_ context.Context, a newsner.Article, _ newsner.Page) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.FailAfter > 0 && len(m.articles) >= m.FailAfter {
		return errors.New("broker unavailable")
	}
	if strings.HasPrefix(a.URL, "huge:") {
		return newsner.Errorf(newsner.ETooLarge, "article record over the message cap")
	}
	m.articles = append(m.articles, a.URL)
	return nil
}

// WriteDeadLetter records the dead letter.
func (m *Sink) WriteDeadLetter(_ context.Context, d newsner.DeadLetter) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.dead = append(m.dead, d)
	return nil
}

// Articles returns the URLs of the articles written, in order.
func (m *Sink) Articles() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.articles...)
}

// DeadLetters returns the dead letters written, in order.
func (m *Sink) DeadLetters() []newsner.DeadLetter {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]newsner.DeadLetter(nil), m.dead...)
}

// ArticlesFor returns how many articles were written for url.
func (m *Sink) ArticlesFor(url string) int { return count(m.Articles(), url) }

// DeadFor returns the dead letters written for url.
func (m *Sink) DeadFor(url string) []newsner.DeadLetter {
	var ds []newsner.DeadLetter
	for _, d := range m.DeadLetters() {
		if d.URL == url {
			ds = append(ds, d)
		}
	}
	return ds
}

// Skips records the inputs a batch source skipped; its Skip method is an
// ingest.SkipFunc.
type Skips struct {
	mu sync.Mutex
	ds []newsner.DeadLetter
}

// Skip records input's dead letter.
func (s *Skips) Skip(_ context.Context, input string, err error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ds = append(s.ds, newsner.NewDeadLetter(input, err))
	return nil
}

// All returns the skipped inputs' dead letters.
func (s *Skips) All() []newsner.DeadLetter {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]newsner.DeadLetter(nil), s.ds...)
}

// Classes returns the classes of the skipped inputs, sorted.
func (s *Skips) Classes() []string {
	var cs []string
	for _, d := range s.All() {
		cs = append(cs, d.Class)
	}
	sort.Strings(cs)
	return cs
}

// Each runs a source to its end (io.EOF), handing each job to fn and then
// marking it done, and stops early after the job for which fn returns
// false; any other error of Next or Done fails t. It leaves src open.
func Each(ctx context.Context, t testing.TB, src ingest.Source, fn func(ingest.Job) bool) {
	t.Helper()
	for {
		j, err := src.Next(ctx)
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("next: %v", err)
		}
		more := fn(j)
		if err := src.Done(ctx, j); err != nil {
			t.Fatalf("done: %v", err)
		}
		if !more {
			return
		}
	}
}

// Drain runs a batch source to its end (Each), closes it, and returns the
// pages its jobs carried.
func Drain(t testing.TB, src interface {
	ingest.Source
	Close() error
}) []newsner.Page {
	t.Helper()
	var pages []newsner.Page
	Each(context.Background(), t, src, func(j ingest.Job) bool {
		if j.Page == nil {
			t.Fatalf("job %s carries no page", j.URL)
		}
		pages = append(pages, *j.Page)
		return true
	})
	if err := src.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	return pages
}

// ArticleHTML returns a small news page whose article is about title.
func ArticleHTML(title string) string {
	return "<!doctype html><html><head><title>" + title + "</title></head><body><article><p>" +
		title + " was reported by the agency in Paris on Monday.</p></article></body></html>"
}

// Finder is an entity finder that returns the same entities for every
// text.
type Finder struct {
	Model string
	Found []newsner.Entity
}

// Name returns f.Model.
func (f Finder) Name() string { return f.Model }

// Entities returns a copy of f.Found.
func (f Finder) Entities(string) []newsner.Entity {
	return append([]newsner.Entity{}, f.Found...)
}

// EnglishFinder is an entity finder that reads English only, as the
// shipped model does (it covers "en": extract.LanguageCoverer), returns a
// copy of Found for every text it reads and counts them (Reads).
type EnglishFinder struct {
	Found []newsner.Entity
	reads atomic.Int64
}

// Name returns "test/en".
func (*EnglishFinder) Name() string { return "test/en" }

// Covers reports whether lang is English ("en").
func (*EnglishFinder) Covers(lang string) bool { return lang == "en" }

// Entities counts the read and returns a copy of f.Found.
func (f *EnglishFinder) Entities(string) []newsner.Entity {
	f.reads.Add(1)
	return append([]newsner.Entity{}, f.Found...)
}

// Reads returns how many texts f was asked to read.
func (f *EnglishFinder) Reads() int { return int(f.reads.Load()) }

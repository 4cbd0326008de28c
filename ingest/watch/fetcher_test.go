package watch

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest/fetch"
	"github.com/newsner/newsner/internal/fakes"
)

// TestGuardedSendsValidators: Guarded sends the copy's validators and the
// Accept header through the article fetcher, takes a feed's media type,
// and gives a 304 as a status, not an error.
func TestGuardedSendsValidators(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` && r.Header.Get("If-Modified-Since") != "" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if r.Header.Get("Accept") != fetchAccept {
			http.Error(w, "no Accept", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"v1"`)
		w.Write([]byte(`<rss><channel></channel></rss>`))
	}))
	defer srv.Close()
	f := fetch.New(fetch.Config{AllowPrivateNetworks: true, PerHostRate: rate.Inf, MaxAttempts: 1})
	defer f.Close()
	g := &Guarded{Fetcher: f, MaxBytes: 1 << 20}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	resp, err := g.Fetch(ctx, Request{URL: srv.URL + "/feed.xml", Accept: fetchAccept})
	if err != nil || resp.Status != 200 || resp.Header.Get("ETag") != `"v1"` || len(resp.Body) == 0 {
		t.Fatalf("first fetch: %+v, %v", resp, err)
	}
	resp, err = g.Fetch(ctx, Request{URL: srv.URL + "/feed.xml", ETag: `"v1"`, LastModified: time.Now().UTC().Format(http.TimeFormat), Accept: fetchAccept})
	if err != nil || resp.Status != http.StatusNotModified || len(resp.Body) != 0 {
		t.Fatalf("conditional fetch: %+v, %v; want 304 and no error", resp, err)
	}
}

// servedFirst is a Fetcher that answers the URLs of docs itself (an
// "allowed" site, which the guard would refuse on loopback) and hands
// every other fetch to next, recording what next said.
type servedFirst struct {
	docs map[string]string
	next Fetcher
	mu   sync.Mutex
	errs map[string]error // by URL, of the fetches next made
}

func (f *servedFirst) Fetch(ctx context.Context, req Request) (Response, error) {
	if body, ok := f.docs[req.URL]; ok {
		return Response{URL: req.URL, Status: 200, Header: http.Header{}, Body: []byte(body)}, nil
	}
	resp, err := f.next.Fetch(ctx, req)
	f.mu.Lock()
	f.errs[req.URL] = err
	f.mu.Unlock()
	return resp, err
}

// TestGuardedRefusesListedInternalURLs (sec2, session 35): a site whose
// home page links its feeds on loopback (spelt in full, protocol-relative,
// short, by a name resolving there), whose robots.txt names sitemaps there
// and whose sitemap index lists sitemaps there does not make newsner watch
// fetch them: each goes through the article fetcher's SSRF guard and is
// refused as blocked_address, the loopback server never reached.
func TestGuardedRefusesListedInternalURLs(t *testing.T) {
	var hits atomic.Int64
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss><channel><item><link>https://site.test/a</link></item></channel></rss>`)
	}))
	defer internal.Close()
	_, port, _ := net.SplitHostPort(internal.Listener.Addr().String())
	spellings := []string{"http://127.0.0.1:" + port, "//127.0.0.1:" + port, "http://127.1:" + port, "http://0x7f.1:" + port,
		"http://2130706433:" + port, "http://[::ffff:127.0.0.1]:" + port, "http://internal.test:" + port, "http://localhost:" + port}
	var links, sitemaps, robots strings.Builder
	for i, s := range spellings {
		fmt.Fprintf(&links, `<link rel="alternate" type="application/rss+xml" href="%s/feed%d.xml">`, s, i)
		if strings.HasPrefix(s, "//") {
			s = "http:" + s // absolute where a sitemap's URLs must be
		}
		fmt.Fprintf(&sitemaps, `<sitemap><loc>%s/sitemap%d.xml</loc></sitemap>`, s, i)
		fmt.Fprintf(&robots, "Sitemap: %s/robots%d.xml\n", s, i)
	}
	f := fetch.New(fetch.Config{PerHostRate: rate.Inf, MaxAttempts: 1, IgnoreRobots: true,
		Resolve: func(ctx context.Context, host string) ([]netip.Addr, error) {
			if host == "internal.test" {
				return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
			}
			return nil, &net.DNSError{Err: "no such host (test resolver)", Name: host, IsNotFound: true}
		}})
	defer f.Close()
	sf := &servedFirst{next: &Guarded{Fetcher: f, MaxBytes: 1 << 20}, errs: map[string]error{}, docs: map[string]string{
		"https://site.test/":                   `<html><head>` + links.String() + `</head></html>`,
		"https://site.test/robots.txt":         robots.String(),
		"https://index.test/sitemap_index.xml": `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + sitemaps.String() + `</sitemapindex>`,
	}}
	w := New(Config{Fetcher: sf, Output: &fakes.URLs{}, Once: true, Logger: slog.New(slog.DiscardHandler)})
	w.Set([]string{"https://site.test/", "https://index.test/sitemap_index.xml"})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := w.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if len(sf.errs) < 3*len(spellings) {
		t.Errorf("%d fetches went to the guarded fetcher, want the %d feeds, robots.txt sitemaps and index sitemaps: %v", len(sf.errs), 3*len(spellings), sf.errs)
	}
	for u, err := range sf.errs {
		if newsner.ErrorCode(err) != newsner.EBlockedAddress {
			t.Errorf("fetch %s: %v, want blocked_address", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the loopback server was reached %d times", n)
	}
}

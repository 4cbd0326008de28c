package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// FuzzRedirectLocation: whatever a server sends as a redirect's Location
// (no URL, a relative one, a loop, another scheme), Fetch never panics,
// ends in well under its limits, and keeps what its doc promises: the
// page's URL is the one asked for; a Location that resolves (against the
// redirecting URL, fragment dropped) to a URL ValidateURL refuses fails
// with that refusal's class at the redirecting URL and its status; one
// back to the redirecting URL is a loop (ETooManyRedirs); any other is
// followed, the page's FinalURL that resolved URL as ValidateURL writes
// it; every failure is a *newsner.Error of one of Fetch's classes, its
// FinalURL an absolute URL, tried once (a hop is no attempt). Locations that would send the fetcher to another host
// are skipped: the only server asked is the test's own, on loopback.
// Seeds are TestFetchRedirectToNoURL's and the redirect tests' kinds. Run
// longer with go test -run '^$' -fuzz '^FuzzRedirectLocation$' ./ingest/fetch.
func FuzzRedirectLocation(f *testing.F) {
	f.Add("/r#x")
	f.Add("/%72?a")
	f.Add("HTTP://127.0.0.1:1/")
	f.Add("http:/p")
	for _, s := range []string{"http://[::1", "/page", "page?x=1#frag", "/r", "//", "ftp://x/", "javascript:alert(1)",
		"http://user:pw@127.0.0.1/", "%zz", "/a%20b", "?", "#", "/\u00e9"} {
		f.Add(s)
	}
	var (
		mu  sync.Mutex
		loc string
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/r" {
			mu.Lock()
			w.Header().Set("Location", loc)
			mu.Unlock()
			w.WriteHeader(http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>a page</p>"))
	}))
	f.Cleanup(srv.Close)
	base, _ := url.Parse(srv.URL + "/r")
	cfg := testConfig()
	cfg.MaxAttempts = 1
	cfg.MaxRedirects = 3
	cfg.Resolve = func(ctx context.Context, host string) ([]netip.Addr, error) {
		return nil, &net.DNSError{Err: "no such host (fuzz)", Name: host, IsNotFound: true}
	}
	fe := New(cfg)
	f.Fuzz(func(t *testing.T, s string) {
		// Bytes a server cannot send in a header, or that the client
		// trims, are not what the client reads: skipped.
		if s != strings.TrimSpace(s) || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			t.Skip()
		}
		if u, err := base.Parse(s); err == nil && u.Host != "" && u.Host != base.Host {
			t.Skip()
		}
		mu.Lock()
		loc = s
		mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		start := time.Now()
		page, err := fe.Fetch(ctx, base.String())
		if el := time.Since(start); el > 5*time.Second {
			t.Fatalf("Location %q: took %v", s, el)
		}
		var ne *newsner.Error
		if err != nil && !errors.As(err, &ne) {
			t.Fatalf("Location %q: error %T %v is not a *newsner.Error", s, err, err)
		}
		if page.URL != base.String() {
			t.Fatalf("Location %q: page's URL %q, asked for %q", s, page.URL, base)
		}
		if err != nil {
			if !fetchClasses[ne.Code] || newsner.Attempts(err) != 1 {
				t.Fatalf("Location %q: error of class %q, %d attempts: %v", s, ne.Code, newsner.Attempts(err), err)
			}
			if u, perr := url.Parse(page.FinalURL); perr != nil || !u.IsAbs() || u.Host == "" {
				t.Fatalf("Location %q: failed at %q, no absolute URL (%v)", s, page.FinalURL, err)
			}
		}
		// What the doc says the redirect comes to: the Location resolved
		// against the redirecting URL, its fragment dropped, as
		// ValidateURL takes or refuses it.
		// One that does not parse is refused by net/http's client, which
		// drops the answer: its status is not known (0).
		status := http.StatusFound
		want, werr := base.Parse(s)
		if werr != nil {
			werr, status = newsner.Errorf(newsner.EInvalid, "unparseable"), 0
		} else {
			want.Fragment, want.RawFragment = "", ""
			want, werr = ValidateURL(want.String())
		}
		switch {
		case s == "":
			// No Location: an answer of 302, not a redirect.
			if err == nil || ne.Code != newsner.EHTTPStatus || page.Status != http.StatusFound {
				t.Fatalf("no Location: status %d, error %v", page.Status, err)
			}
		case werr != nil:
			if err == nil || ne.Code != newsner.ErrorCode(werr) || page.FinalURL != base.String() || page.Status != status {
				t.Fatalf("Location %q, refused (%v): fetched %q status %d, error %v", s, werr, page.FinalURL, page.Status, err)
			}
		case want.String() == base.String():
			if err == nil || ne.Code != newsner.ETooManyRedirs {
				t.Fatalf("Location %q back to the redirecting URL: error %v", s, err)
			}
		case want.Path != base.Path:
			// Followed to a page of the server's.
			if err != nil || page.FinalURL != want.String() || page.Status != http.StatusOK || string(page.Body) != "<p>a page</p>" {
				t.Fatalf("Location %q to %q: fetched %q status %d body %.50q, error %v", s, want, page.FinalURL, page.Status, page.Body, err)
			}
		}
	})
}

// fetchClasses are the classes Fetch's doc names for its failures.
var fetchClasses = map[string]bool{
	newsner.EInvalid: true, newsner.EUnsupported: true, newsner.EBlockedAddress: true, newsner.ERobots: true,
	newsner.ETimeout: true, newsner.ETooLarge: true, newsner.ENotHTML: true, newsner.EHTTPStatus: true,
	newsner.ETooManyRedirs: true, newsner.ENetwork: true,
}

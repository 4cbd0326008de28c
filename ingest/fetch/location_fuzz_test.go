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
// ends in well under its limits, and returns the page or a
// *newsner.Error. Locations that would send the fetcher to another host
// are skipped: the only server asked is the test's own, on loopback.
// Seeds are TestFetchRedirectToNoURL's and the redirect tests' kinds. Run
// longer with go test -run '^$' -fuzz '^FuzzRedirectLocation$' ./ingest/fetch.
func FuzzRedirectLocation(f *testing.F) {
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
		_, err := fe.Fetch(ctx, srv.URL+"/r")
		if el := time.Since(start); el > 5*time.Second {
			t.Fatalf("Location %q: took %v", s, el)
		}
		var ne *newsner.Error
		if err != nil && !errors.As(err, &ne) {
			t.Fatalf("Location %q: error %T %v is not a *newsner.Error", s, err, err)
		}
	})
}

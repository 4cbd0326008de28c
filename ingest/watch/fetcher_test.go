package watch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/newsner/newsner/ingest/fetch"
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

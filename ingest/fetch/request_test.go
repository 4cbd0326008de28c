package fetch

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
)

// TestFetchRequestConditional: validators go out as sent, a 304 comes back
// as a page with Status 304 and no error, and a 304 nobody asked for is
// still a failure.
func TestFetchRequestConditional(t *testing.T) {
	var mu sync.Mutex
	var agents, accepts []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		accepts = append(accepts, r.Header.Get("Accept"))
		mu.Unlock()
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Cache-Control", "max-age=60")
		if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") != "" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel></channel></rss>`)
	}))
	defer srv.Close()
	cfg := testConfig()
	cfg.UserAgent = "newsner-test/1.0"
	f := New(cfg)
	ctx := context.Background()
	feed := []string{"application/rss+xml"}

	p, err := f.FetchRequest(ctx, Request{URL: srv.URL, Types: feed, Header: http.Header{"Accept": {"application/rss+xml"}}})
	if err != nil || p.Status != 200 || !strings.Contains(string(p.Body), "<rss") || p.Header.Get("ETag") != `"v1"` {
		t.Fatalf("first fetch: %+v, %v", p, err)
	}
	p, err = f.FetchRequest(ctx, Request{URL: srv.URL, Types: feed, Header: http.Header{"If-None-Match": {`"v1"`}}})
	if err != nil || p.Status != http.StatusNotModified || len(p.Body) != 0 || p.Header.Get("Cache-Control") != "max-age=60" {
		t.Fatalf("conditional fetch: status %d, body %q, header %v, %v; want 304 without error", p.Status, p.Body, p.Header, err)
	}
	p, err = f.FetchRequest(ctx, Request{URL: srv.URL, Types: feed, Header: http.Header{"If-Modified-Since": {time.Now().UTC().Format(http.TimeFormat)}}})
	if err != nil || p.Status != http.StatusNotModified {
		t.Fatalf("If-Modified-Since: %d, %v", p.Status, err)
	}
	// The same 304 to a plain Fetch (no validator sent here, but the
	// server answers 304 anyway) is an error.
	unasked := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) }))
	defer unasked.Close()
	if _, err := f.Fetch(ctx, unasked.URL); newsner.ErrorCode(err) != newsner.EHTTPStatus {
		t.Errorf("unasked 304: %v, want http_status", err)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, a := range agents {
		if a != "newsner-test/1.0" {
			t.Errorf("User-Agent %q", a)
		}
	}
	if accepts[0] != "application/rss+xml" {
		t.Errorf("Accept %q, want the request's", accepts[0])
	}
}

// TestFetchRequestTypesAndCap: Types widens what is accepted (Fetch still
// takes HTML only), "*/*" takes anything, and MaxBodyBytes caps this
// request's body, gzip included.
func TestFetchRequestTypesAndCap(t *testing.T) {
	big := bytes.Repeat([]byte("x"), 300<<10)
	bomb := fakes.GzipBomb("", 8<<20)
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
		fmt.Fprint(w, `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.Write(big)
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := New(testConfig()) // MaxBodyBytes 256 KiB
	ctx := context.Background()

	if _, err := f.Fetch(ctx, srv.URL+"/feed"); newsner.ErrorCode(err) != newsner.ENotHTML {
		t.Errorf("Fetch of a feed: %v, want not_html", err)
	}
	if _, err := f.FetchRequest(ctx, Request{URL: srv.URL + "/feed", Types: []string{"application/rss+xml"}}); newsner.ErrorCode(err) != newsner.ENotHTML ||
		!strings.Contains(err.Error(), "not one of application/rss+xml") {
		t.Errorf("atom where only RSS is accepted: %v", err)
	}
	if p, err := f.FetchRequest(ctx, Request{URL: srv.URL + "/feed", Types: []string{"application/atom+xml"}}); err != nil || len(p.Body) == 0 {
		t.Errorf("atom accepted: %v", err)
	}
	if _, err := f.FetchRequest(ctx, Request{URL: srv.URL + "/big", Types: []string{"*/*"}}); newsner.ErrorCode(err) != newsner.ETooLarge {
		t.Errorf("300 KiB over the fetcher's 256 KiB cap: %v", err)
	}
	if p, err := f.FetchRequest(ctx, Request{URL: srv.URL + "/big", Types: []string{"*/*"}, MaxBodyBytes: 1 << 20}); err != nil || len(p.Body) != len(big) {
		t.Errorf("300 KiB under the request's 1 MiB cap: %d bytes, %v", len(p.Body), err)
	}
	if _, err := f.FetchRequest(ctx, Request{URL: srv.URL + "/bomb", Types: []string{"*/*"}, MaxBodyBytes: 1 << 20}); newsner.ErrorCode(err) != newsner.ETooLarge {
		t.Errorf("gzip bomb: %v", err)
	}
	// Config.Types widens what Fetch itself takes (extract --input-format
	// text: a text/plain page), its other limits kept.
	cfg := testConfig()
	cfg.Types = []string{"application/atom+xml"}
	wide := New(cfg)
	if p, err := wide.Fetch(ctx, srv.URL+"/feed"); err != nil || len(p.Body) == 0 {
		t.Errorf("Fetch of a feed with Config.Types of it: %v", err)
	}
	if _, err := wide.Fetch(ctx, srv.URL+"/big"); newsner.ErrorCode(err) != newsner.ENotHTML {
		t.Errorf("Fetch of XML with Config.Types of Atom: %v, want not_html", err)
	}
}

// TestFetchFailureKeepsHeaders: a failed answer's headers (Retry-After)
// come back with the error, for a caller that schedules by them.
func TestFetchFailureKeepsHeaders(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	f := New(testConfig())
	p, err := f.FetchRequest(context.Background(), Request{URL: srv.URL, Types: []string{"*/*"}})
	if newsner.ErrorCode(err) != newsner.EHTTPStatus || p.Status != 503 || p.Header.Get("Retry-After") != "3600" {
		t.Errorf("status %d, Retry-After %q, %v", p.Status, p.Header.Get("Retry-After"), err)
	}
}

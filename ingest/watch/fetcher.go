package watch

import (
	"context"
	"net/http"
	"time"

	"github.com/newsner/newsner/ingest/fetch"
)

// Guarded is the Fetcher newsner watch uses: the article pages' fetcher
// (package fetch), so feeds, sitemaps and home pages go through the same
// SSRF guard, robots.txt rules, per-host limits and User-Agent, taking any
// media type (the watcher tells a feed from an HTML page itself) under a
// size cap of their own.
type Guarded struct {
	// Fetcher is the article pages' fetcher. Required.
	Fetcher *fetch.Fetcher
	// MaxBytes caps a document's body. Default: the fetcher's cap.
	MaxBytes int64
}

// Fetch GETs req.URL with req's validators and Accept header.
func (g *Guarded) Fetch(ctx context.Context, req Request) (Response, error) {
	h := http.Header{}
	if req.ETag != "" {
		h.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		h.Set("If-Modified-Since", req.LastModified)
	}
	if req.Accept != "" {
		h.Set("Accept", req.Accept)
	}
	p, err := g.Fetcher.FetchRequest(ctx, fetch.Request{URL: req.URL, Header: h, Types: []string{"*/*"}, MaxBodyBytes: g.MaxBytes})
	return Response{URL: p.FinalURL, Status: p.Status, Header: p.Header, Body: p.Body,
		RetryAfter: fetch.RetryAfter(p.Header.Get("Retry-After"), time.Now())}, err
}

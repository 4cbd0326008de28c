package fetch

import (
	"context"
	"net/http"
	"strings"

	"github.com/newsner/newsner"
)

// Request is a fetch of something other than an article page, or of a
// copy already held: a feed, a sitemap, robots.txt, a home page polled
// again. It goes through everything Fetch does (the SSRF guard, robots.txt,
// per-host limits, retries, the User-Agent, the size cap, gzip decoding).
type Request struct {
	// URL is the http(s) URL to GET.
	URL string
	// Header is added to the request: the validators of a cached copy
	// (If-None-Match, If-Modified-Since) and an Accept header, say. A
	// request with a validator may be answered 304 Not Modified.
	Header http.Header
	// Types are the media types accepted ("application/rss+xml"); "*/*"
	// accepts any type, and a body without a Content-Type then too. A
	// response of another type fails with ENotHTML. Default: HTML only,
	// as for Fetch.
	Types []string
	// MaxBodyBytes caps the body, as Config.MaxBodyBytes does, for
	// this request. Default: the fetcher's cap.
	MaxBodyBytes int64
}

// FetchRequest GETs req.URL as Fetch does, with the request's headers,
// media types and size cap. A conditional request the server answers 304
// Not Modified returns a Page with Status 304, the response headers, no body
// and no error.
func (f *Fetcher) FetchRequest(ctx context.Context, req Request) (newsner.Page, error) {
	return f.fetch(ctx, req.URL, &req)
}

// setHeaders adds the request's headers to h. A nil request adds none.
func (o *Request) setHeaders(h http.Header) {
	if o == nil {
		return
	}
	for k, vs := range o.Header {
		h.Del(k)
		for _, v := range vs {
			h.Add(k, v)
		}
	}
}

// conditional reports whether the request carries a validator, so that a
// 304 answer is expected.
func (o *Request) conditional() bool {
	return o != nil && (o.Header.Get("If-None-Match") != "" || o.Header.Get("If-Modified-Since") != "")
}

// accepts reports whether the request takes a body of mediaType ("" when
// the type could not be sniffed).
func (o *Request) accepts(mediaType string) bool {
	if o == nil || len(o.Types) == 0 {
		return isHTML(mediaType)
	}
	for _, t := range o.Types {
		if t == "*/*" || strings.EqualFold(t, mediaType) {
			return true
		}
	}
	return false
}

// wanted names the accepted types for an error message.
func (o *Request) wanted() string {
	if o == nil || len(o.Types) == 0 {
		return "HTML"
	}
	return "one of " + strings.Join(o.Types, ", ")
}

// maxBody is the body cap of the request, def where it sets none.
func (o *Request) maxBody(def int64) int64 {
	if o != nil && o.MaxBodyBytes > 0 {
		return o.MaxBodyBytes
	}
	return def
}

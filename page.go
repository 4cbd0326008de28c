package newsner

import (
	"net/http"
	"strings"
	"time"
)

// Page is a fetched (or read) document before extraction: what ingest hands to
// extract, and what the raw topic keeps so that pages can be reprocessed
// later without fetching them again.
type Page struct {
	// URL is the input as fed (file:// plus absolute path for files).
	URL string `json:"url"`
	// FinalURL is the URL after redirects; URL for files.
	FinalURL string `json:"final_url"`
	// Status is the HTTP status; 0 for files and stdin.
	Status int `json:"status"`
	// Header holds the response headers (Content-Type carries the charset).
	Header http.Header `json:"header,omitempty"`
	// FetchedAt is when the body was read.
	FetchedAt time.Time `json:"fetched_at"`
	// Body is the raw body, as served (after content decoding).
	Body []byte `json:"body"`
	// Hints, where set, is what the feed or sitemap the URL came from said
	// of the article (title, publication time), used where the page says
	// nothing; kept with the page so that reprocessing uses them too.
	Hints *Hints `json:"hints,omitempty"`
}

// RawSchema is the value of RawPage.Schema.
const RawSchema = "newsner.raw/v1"

// RawPage is the record on the raw topic: a Page with its schema, keyed by the
// article ID so the compacted topic keeps the newest copy of each page.
type RawPage struct {
	Schema string `json:"schema"`
	// ID is the article ID the page produced.
	ID string `json:"id"`
	Page
}

// BinaryKind returns the media type the first bytes of b show where they
// are no text (http.DetectContentType: a signature such as PNG's or PDF's,
// or "application/octet-stream" for bytes no text holds, such as NUL),
// else "". Text in any 8-bit encoding is text. A page's body, a list or a
// seen file that is an image or a gzipped file is told so by it.
func BinaryKind(b []byte) string {
	mt := http.DetectContentType(b)
	if strings.HasPrefix(mt, "text/") {
		return ""
	}
	mt, _, _ = strings.Cut(mt, ";")
	return mt
}

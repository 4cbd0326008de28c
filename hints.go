package newsner

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"
)

// URLSchema is the value of URLRecord.Schema.
const URLSchema = "newsner.url/v1"

// URLRecord is a URL to process with what its source said about the
// article: a message value on the URL topic, or a line for newsner run on
// stdin. newsner watch writes these; a bare URL (a line, a message value)
// is a record with only URL set. Consumers of the URL topic read both
// with ParseURLRecord.
type URLRecord struct {
	// Schema is URLSchema.
	Schema string `json:"schema"`
	// URL is the article's URL (newsner watch writes it normalised).
	URL string `json:"url"`
	// Hints is what the feed or sitemap said about the article.
	Hints
}

// Hints are what a feed entry or sitemap entry says about an article
// before it is fetched. The article record takes them only where the page
// itself has no title or publication time.
type Hints struct {
	// Title is the entry's title.
	Title string `json:"title,omitempty"`
	// PublishedAt is the entry's publication (or, failing that, update)
	// time.
	PublishedAt *time.Time `json:"published_at,omitempty"`
	// Source is the feed or sitemap URL the entry came from.
	Source string `json:"source,omitempty"`
}

// IsZero reports whether the hints say nothing.
func (h Hints) IsZero() bool {
	return h.Title == "" && h.PublishedAt == nil && h.Source == ""
}

// Apply fills the article's title and publication time from the hints
// where the page gave none.
func (h *Hints) Apply(a *Article) {
	if h == nil {
		return
	}
	if strings.TrimSpace(a.Title) == "" && h.Title != "" {
		a.Title = h.Title
	}
	if a.PublishedAt == nil && h.PublishedAt != nil {
		if t, ok := RecordTime(*h.PublishedAt); ok {
			a.PublishedAt = &t
		}
	}
}

// RecordTime returns t in UTC, as a record carries a time read from its
// input (a feed's or a URL record's publication time, a WARC record's
// date), and whether a record can carry it: RFC 3339, and so a record's
// JSON, writes only the years 0 to 9999, and a time read with a zone
// offset can leave them in UTC ("9999-12-31T23:59:59-23:59" is in the year
// 10000). A record with such a time could not be written: the pipeline
// stopped on its page, again after each restart, and a watcher's every
// poll of its feed failed. A source leaves the time out instead.
func RecordTime(t time.Time) (time.Time, bool) {
	t = t.UTC()
	if y := t.Year(); y < 0 || y > 9999 {
		return time.Time{}, false
	}
	return t, true
}

// ParseURLRecord reads a URL topic message value or an input line: a JSON
// URLRecord (an object with a "url") or, for anything else, a bare URL. A
// value that looks like JSON but is not a record with a URL is taken as a
// bare URL too, so that it is dead-lettered as fed. A record whose "url"
// is a string keeps it though another field is of the wrong type: that
// hint is dropped, not the URL (a "title" of 123 made the line a dead
// letter, "not a URL: {...}").
func ParseURLRecord(value []byte) URLRecord {
	v := bytes.TrimSpace(value)
	if len(v) > 0 && v[0] == '{' {
		var r URLRecord
		if err := json.Unmarshal(v, &r); err == nil && r.URL != "" {
			r.URL = TrimURL(r.URL)
			return r
		}
		if r, ok := urlRecordFields(v); ok {
			return r
		}
	}
	return URLRecord{URL: TrimURL(string(value))}
}

// urlRecordFields reads a JSON object field by field, each that parses:
// ParseURLRecord's way with a record one of whose hints does not.
func urlRecordFields(v []byte) (URLRecord, bool) {
	var fields map[string]json.RawMessage
	var r URLRecord
	if json.Unmarshal(v, &fields) != nil || json.Unmarshal(fields["url"], &r.URL) != nil || r.URL == "" {
		return URLRecord{}, false
	}
	r.URL = TrimURL(r.URL)
	for name, dst := range map[string]any{"schema": &r.Schema, "title": &r.Title, "published_at": &r.PublishedAt, "source": &r.Source} {
		if raw, ok := fields[name]; ok && json.Unmarshal(raw, dst) != nil && name == "published_at" {
			r.PublishedAt = nil // the zero time a failed decode leaves
		}
	}
	return r, true
}

// HintsOrNil returns the record's hints, nil where it has none (a bare URL).
func (r URLRecord) HintsOrNil() *Hints {
	if r.Hints.IsZero() {
		return nil
	}
	h := r.Hints
	return &h
}

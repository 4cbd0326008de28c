package newsner

import (
	"encoding/json"
	"testing"
	"time"
)

func TestParseURLRecord(t *testing.T) {
	pub := time.Date(2026, 12, 4, 7, 0, 0, 0, time.UTC)
	tests := []struct {
		in    string
		url   string
		hints bool
	}{
		{"https://a.example/b", "https://a.example/b", false},
		{"  https://a.example/b \t", "https://a.example/b", false},
		{`{"url":"  https://a.example/b ","title":"T","published_at":"2026-12-04T07:00:00Z"}`, "https://a.example/b", true},
		{`{"title":"no url"}`, `{"title":"no url"}`, false},
		// A hint of the wrong type is dropped, the URL and the others kept
		// (the line was a dead letter, "not a URL: {...}").
		{`{"url":"https://a.example/b","title":"T","published_at":"2026-12-04T07:00:00Z","source":123}`, "https://a.example/b", true},
		{`{"url":"https://a.example/b","title":123}`, "https://a.example/b", false},
		{`{"url":"https://a.example/b","published_at":"not a date"}`, "https://a.example/b", false},
		{`{"url":null}`, `{"url":null}`, false},
	}
	for _, tt := range tests {
		r := ParseURLRecord([]byte(tt.in))
		if r.URL != tt.url {
			t.Errorf("ParseURLRecord(%q).URL = %q, want %q", tt.in, r.URL, tt.url)
		}
		h := r.HintsOrNil()
		if (h != nil) != tt.hints {
			t.Errorf("ParseURLRecord(%q) hints = %v, want present %v", tt.in, h, tt.hints)
		}
		if h != nil && (h.Title != "T" || h.PublishedAt == nil || !h.PublishedAt.Equal(pub)) {
			t.Errorf("ParseURLRecord(%q) hints = %+v", tt.in, *h)
		}
	}
}

// TestHintOutsideRecordYears: a URL record's published_at that is in
// the year 10000 (or -1) in UTC, read with a zone offset, is dropped where
// the hints fill the article, whose record could not be written
// (json: "year outside of range [0,9999]"), which stopped the pipeline on
// the URL, again after each restart; the URL and the other hints stay.
func TestHintOutsideRecordYears(t *testing.T) {
	for _, v := range []string{
		`{"url":"https://a.example/b","title":"T","published_at":"9999-12-31T23:59:59-23:59"}`,
		`{"url":"https://a.example/b","title":"T","published_at":"0000-01-01T00:00:00+01:00"}`,
	} {
		r := ParseURLRecord([]byte(v))
		var a Article
		r.HintsOrNil().Apply(&a)
		if a.PublishedAt != nil || a.Title != "T" || r.URL != "https://a.example/b" {
			t.Errorf("%s: url %q, article title %q, published %v; want the date dropped, the rest kept", v, r.URL, a.Title, a.PublishedAt)
		}
		if _, err := json.Marshal(a); err != nil {
			t.Errorf("%s: article not written: %v", v, err)
		}
	}
	for _, tt := range []struct {
		in string
		ok bool
	}{{"9999-12-31T23:59:59Z", true}, {"9999-12-31T23:59:59-00:01", false}, {"0000-01-01T00:00:00Z", true}, {"0000-01-01T00:00:00+00:01", false}, {"2026-12-07T10:00:00+01:00", true}} {
		in, err := time.Parse(time.RFC3339, tt.in)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := RecordTime(in)
		if ok != tt.ok || ok && (!got.Equal(in) || got.Location() != time.UTC) {
			t.Errorf("RecordTime(%s) = %v, %v; want ok %v", tt.in, got, ok, tt.ok)
		}
	}
}

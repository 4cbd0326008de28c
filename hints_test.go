package newsner

import (
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

package newsner

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// FuzzParseURLRecord: whatever a URL topic message or an input line
// holds, ParseURLRecord returns a record whose URL is trimmed, and its
// record and the article its hints fill are written as JSON without an
// error (a hint the record cannot carry is dropped, not the URL). No URL
// is lost: a value that is no JSON object is its URL, trimmed, with no
// hints; and a record with a URL, written as newsner watch writes it and
// read again (the URL topic's round trip), is the same record (where its
// strings are UTF-8: JSON carries no other bytes). Seeds
// are TestParseURLRecord's inputs. Run longer with
// go test -run '^$' -fuzz '^FuzzParseURLRecord$' .
func FuzzParseURLRecord(f *testing.F) {
	for _, s := range []string{
		"https://a.example/b", "  https://a.example/b \t",
		`{"url":"  https://a.example/b ","title":"T","published_at":"2026-12-04T07:00:00Z"}`,
		`{"title":"no url"}`,
		`{"url":"https://a.example/b","title":"T","published_at":"2026-12-04T07:00:00Z","source":123}`,
		`{"url":"https://a.example/b","title":123}`,
		`{"url":"https://a.example/b","published_at":"not a date"}`,
		`{"url":null}`, "\ufeff{\"url\":\"\u200bhttps://a.example/\"}", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, value []byte) {
		r := ParseURLRecord(value)
		if TrimURL(r.URL) != r.URL {
			t.Fatalf("ParseURLRecord(%q).URL = %q: not trimmed", value, r.URL)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("ParseURLRecord(%q): record not written: %v", value, err)
		}
		if !bytes.HasPrefix(bytes.TrimSpace(value), []byte("{")) && (r.URL != TrimURL(string(value)) || !r.Hints.IsZero()) {
			t.Fatalf("ParseURLRecord(%q) = %+v: want the URL %q, no hints", value, r, TrimURL(string(value)))
		}
		if r.URL != "" && utf8.ValidString(r.URL+r.Title+r.Source+r.Schema) {
			again := ParseURLRecord(b)
			if again.URL != r.URL || again.Schema != r.Schema || again.Title != r.Title || again.Source != r.Source ||
				(again.PublishedAt == nil) != (r.PublishedAt == nil) || r.PublishedAt != nil && !again.PublishedAt.Equal(*r.PublishedAt) {
				t.Fatalf("ParseURLRecord(%q) = %+v, written %s and read again %+v", value, r, b, again)
			}
		}
		var a Article
		r.HintsOrNil().Apply(&a)
		if _, err := json.Marshal(a); err != nil {
			t.Fatalf("ParseURLRecord(%q): article not written: %v", value, err)
		}
	})
}

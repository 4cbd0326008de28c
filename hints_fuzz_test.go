package newsner

import (
	"encoding/json"
	"testing"
)

// FuzzParseURLRecord: whatever a URL topic message or an input line
// holds, ParseURLRecord returns a record whose URL is trimmed, and its
// record and the article its hints fill are written as JSON without an
// error (a hint the record cannot carry is dropped, not the URL). Seeds
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
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("ParseURLRecord(%q): record not written: %v", value, err)
		}
		var a Article
		r.HintsOrNil().Apply(&a)
		if _, err := json.Marshal(a); err != nil {
			t.Fatalf("ParseURLRecord(%q): article not written: %v", value, err)
		}
	})
}

package kafka

import (
	"testing"

	"github.com/newsner/newsner"
)

// FuzzParseRaw: whatever a raw topic record holds, ParseRaw returns a page
// or an error of its two classes (invalid, unsupported) without a panic,
// and a page it returns is written again as a raw record (the rerun of
// the topic writes it) that reads back the same. Seeds are TestRawCodec's
// and TestRawPageKeepsID's records. Run longer with
// go test -run '^$' -fuzz '^FuzzParseRaw$' ./internal/kafka.
func FuzzParseRaw(f *testing.F) {
	m, err := RawMessage(RawTopic, "id1", newsnerPage())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(m.Value)
	for _, s := range []string{
		`{"schema":"newsner.raw/v1","id":"abc","url":"https://n.example/a","final_url":"https://n.example/a","status":200,"header":{"Content-Type":["text/html"]},"fetched_at":"2026-01-02T03:04:05Z","body":"PGh0bWw+"}`,
		`{"schema":"newsner.raw/v1","url":"https://n.example/a","body":"PGh0bWw+"}`,
		`{"schema":"newsner.raw/v1","fetched_at":"9999-12-31T23:59:59-23:59","header":{"a":null},"body":null}`,
		`{`, `{"schema":"newsner.article/v1","id":"x"}`, `null`, `[]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		page, id, err := ParseRaw(v)
		if err != nil {
			if c := newsner.ErrorCode(err); c != newsner.EInvalid && c != newsner.EUnsupported {
				t.Fatalf("ParseRaw(%q): %v, of class %q", v, err, c)
			}
			return
		}
		if page == nil {
			t.Fatalf("ParseRaw(%q): no page, no error", v)
		}
		m, err := RawMessage(RawTopic, id, *page)
		if err != nil {
			t.Fatalf("ParseRaw(%q): page not written again: %v", v, err)
		}
		again, id2, err := ParseRaw(m.Value)
		if err != nil || id2 != id || again.URL != page.URL || string(again.Body) != string(page.Body) || !again.FetchedAt.Equal(page.FetchedAt) {
			t.Fatalf("ParseRaw(%q) read back %+v, %q, %v", v, again, id2, err)
		}
	})
}

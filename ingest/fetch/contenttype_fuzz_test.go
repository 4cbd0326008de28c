package fetch

import (
	"strings"
	"testing"
)

// FuzzContentType: whatever a server sends as Content-Type, contentType
// never panics, and a media type it reads is lower case and reads again as
// itself; whatever a body served without one holds, sniffType names a type
// contentType reads (the fetcher judges the body by it). Seeds are
// TestFetchContentTypes' headers and bodies. Run longer with
// go test -run '^$' -fuzz '^FuzzContentType$' ./ingest/fetch.
func FuzzContentType(f *testing.F) {
	for _, s := range [][2]string{
		{"text/html", "<html><p>x</p></html>"}, {"text/html; charset=ISO-8859-1", ""}, {"TEXT/HTML;charset=utf-8", ""},
		{"application/xhtml+xml", ""}, {"text/html; charset", ""}, {"", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"},
		{"", "\x89PNG\r\n\x1a\n\x00\x00"}, {"application/json", `{"a":1}`}, {"video/mp4", "....ftypmp4"},
		{" ; a=b", "\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00"}, {"text/html;;", "\xfe\xff\x00<\x00p\x00>"},
	} {
		f.Add(s[0], []byte(s[1]))
	}
	f.Fuzz(func(t *testing.T, h string, body []byte) {
		if mt, ok := contentType(h); ok {
			if mt != strings.ToLower(mt) {
				t.Fatalf("contentType(%q) = %q, not lower case", h, mt)
			}
			if again, ok := contentType(mt); !ok || again != mt {
				t.Fatalf("contentType(%q) = %q, which reads as %q, %v", h, mt, again, ok)
			}
		}
		if len(body) > 0 {
			s := sniffType(body)
			if mt, ok := contentType(s); !ok || mt == "" {
				t.Fatalf("sniffType(%q) = %q, which contentType does not read", body, s)
			}
		}
	})
}

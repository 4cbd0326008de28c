package extract

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// FuzzProcessFile: whatever bytes a file or stdin holds (no Content-Type:
// a UTF-16 one read by its byte order mark, newsner.DecodeUTF16, markup told from
// text by looksLikeHTML), the processor never panics, returns an error of
// a class or an article whose text is valid UTF-8; newsner.DecodeUTF16 takes exactly
// the bytes with a UTF-16 byte order mark and returns valid UTF-8. Seeds
// are TestProcessorReadsUTF16Files' pages and texts, and their edges (an
// odd last byte, a lone surrogate, a BOM alone). Run longer with
// go test -run '^$' -fuzz '^FuzzProcessFile$' ./extract.
func FuzzProcessFile(f *testing.F) {
	const page = "<!doctype html><html><head><title>Summit in Brussels</title></head><body><article><p>European Union leaders agreed early on Friday on a package of measures meant to lower energy bills.</p></article></body></html>"
	const text = "Angela Merkel spoke in Berlin \u2014 caf\u00e9 \U0001F600 owners listened.\n"
	for _, b := range [][]byte{utf16LE(page), utf16BE(page), utf16LE(text), utf16BE(text), append(utf16LE(text), 'x'),
		[]byte("\xff\xfe\x00\xd8a\x00"), []byte("\xfe\xff"), []byte("\xff\xfe"), []byte("\xef\xbb\xbf <p>x</p>"), []byte(text)} {
		f.Add(b, false)
	}
	f.Add(utf16BE(text), true)
	f.Fuzz(func(t *testing.T, body []byte, asText bool) {
		out, ok := newsner.DecodeUTF16(body)
		bom := bytes.HasPrefix(body, []byte{0xff, 0xfe}) || bytes.HasPrefix(body, []byte{0xfe, 0xff})
		if ok != bom || ok && !utf8.Valid(out) {
			t.Fatalf("DecodeUTF16(%q) = %q, %v", body, out, ok)
		}
		looksLikeHTML(body)
		format := FormatAuto
		if asText {
			format = FormatText
		}
		p := newsner.Page{URL: "file:///tmp/x", FinalURL: "file:///tmp/x", Body: body}
		a, err := (&Processor{Finder: noEntities{}, Format: format}).Process(context.Background(), p)
		if err != nil {
			if e := (*newsner.Error)(nil); !errors.As(err, &e) {
				t.Fatalf("error without a class: %v", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("invalid UTF-8 in %q / %q", a.Title, a.Text)
		}
	})
}

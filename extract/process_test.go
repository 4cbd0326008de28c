package extract

import (
	"context"
	"strings"
	"testing"

	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/newsner/newsner"
)

// noEntities is an entity finder that finds none.
type noEntities struct{}

func (noEntities) Name() string                     { return "none" }
func (noEntities) Entities(string) []newsner.Entity { return nil }

// TestProcessorKeepsErrorClass: a page over MaxInputBytes is too_large, not
// an extraction failure, and the processor adds no context of its own (the
// pipeline adds the URL once).
func TestProcessorKeepsErrorClass(t *testing.T) {
	const u = "https://example.com/a"
	page := newsner.Page{URL: u, FinalURL: u, Header: map[string][]string{"Content-Type": {"text/html"}},
		Body: []byte("<html><body><p>" + strings.Repeat("x", MaxInputBytes) + "</p></body></html>")}
	_, err := (&Processor{Finder: noEntities{}}).Process(context.Background(), page)
	if got := newsner.ErrorCode(err); got != newsner.ETooLarge {
		t.Fatalf("class %q (%v), want %q", got, err, newsner.ETooLarge)
	}
	if strings.Contains(err.Error(), u) || strings.Contains(err.Error(), "extract") {
		t.Errorf("error %q adds context the pipeline adds", err)
	}
}

// TestProcessorRefusesBinaryFiles: a file that is neither HTML nor text (an
// image, a PDF, an executable) given to `newsner extract`, or found in a
// directory `reprocess` reads, is a not_html dead letter; it was read as
// plain text and made an article of its bytes. Text in any encoding, and
// any bytes with --input-format text, are still read as text.
func TestProcessorRefusesBinaryFiles(t *testing.T) {
	const u = "file:///tmp/x"
	for _, c := range []struct {
		name, format string
		body         string
		want         string // the error class; "" for an article
	}{
		{"png", FormatAuto, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x05", newsner.ENotHTML},
		{"pdf", FormatAuto, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", newsner.ENotHTML},
		{"elf", FormatAuto, "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00", newsner.ENotHTML},
		{"text", FormatAuto, "Angela Merkel spoke in Berlin.\n", ""},
		{"latin-1 text", FormatAuto, "Caf\xe9 owners in Montr\xe9al met on Friday.\n", ""},
		{"png as text", FormatText, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x05", ""},
		// Named .html (reprocess reads such files as HTML) or served as
		// text/html: a signature still tells.
		{"png named .html", FormatAuto, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x05", newsner.ENotHTML},
		// HTML with a stray NUL is HTML.
		{"html with a NUL", FormatAuto, "<html><body><p>Angela\x00 Merkel spoke in Berlin.</p></body></html>", ""},
		// Bytes no text holds, with no signature and no markup, served
		// as text/html or named .html: no page either (they made an
		// article of their bytes).
		{"bytes named .html", FormatAuto, "\x8a\x01\x00\x13\xfe\x9b\x02 Merkel \x11\x07\xc3\x00\x00\x1f", newsner.ENotHTML},
		{"html with a NUL named .html", FormatAuto, "<html><body><p>Angela\x00 Merkel spoke in Berlin.</p></body></html>", ""},
		{"png as html", FormatHTML, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x05", ""},
	} {
		page := newsner.Page{URL: u, FinalURL: u, Body: []byte(c.body)}
		if strings.HasSuffix(c.name, ".html") {
			page.Header = map[string][]string{"Content-Type": {"text/html"}}
		}
		_, err := (&Processor{Finder: noEntities{}, Format: c.format}).Process(context.Background(), page)
		if got := newsner.ErrorCode(err); got != c.want && (c.want != "" || err != nil) {
			t.Errorf("%s: class %q (%v), want %q", c.name, got, err, c.want)
		}
	}
}

// utf16LE and utf16BE are s saved in UTF-16 with its byte order mark,
// little- or big-endian, as Windows saves a page or a text "as Unicode".
func utf16LE(s string) []byte { return utf16WithBOM(xunicode.LittleEndian, s) }
func utf16BE(s string) []byte { return utf16WithBOM(xunicode.BigEndian, s) }

func utf16WithBOM(e xunicode.Endianness, s string) []byte {
	b, _ := xunicode.UTF16(e, xunicode.UseBOM).NewEncoder().Bytes([]byte(s))
	return b
}

// TestProcessorReadsUTF16Files: a page or a text saved in UTF-16 with its
// byte order mark (Windows' "Unicode"), given as a file or on stdin (no
// Content-Type), is read as its characters: a page as HTML, a text as its
// text, whose offsets index those characters. Its bytes, every other one
// NUL, showed no markup, so the page was taken for text and its record's
// text was the raw bytes ("\ufffd<\x00h\x00t\x00m\x00l\x00..."), no title,
// no entities; served as text/html it was read right.
func TestProcessorReadsUTF16Files(t *testing.T) {
	const page = "<!doctype html><html><head><title>Summit in Brussels</title></head><body><article><p>European Union leaders agreed early on Friday on a package of measures meant to lower energy bills, after talks in Brussels that ran through the night.</p><p>The package still needs the approval of the European Parliament, where several groups have said they want changes to the plan.</p></article></body></html>"
	const text = "Angela Merkel spoke in Berlin \u2014 caf\u00e9 \U0001F600 owners listened.\n"
	for _, c := range []struct {
		name, format string
		body         []byte
		title, text  string // text: the record's text exactly; "" to check the title alone
	}{
		{"page, little-endian", FormatAuto, utf16LE(page), "Summit in Brussels", ""},
		{"page, big-endian", FormatAuto, utf16BE(page), "Summit in Brussels", ""},
		{"text, little-endian", FormatAuto, utf16LE(text), "", text},
		{"text, big-endian, --input-format text", FormatText, utf16BE(text), "", text},
	} {
		p := newsner.Page{URL: "file:///tmp/x", FinalURL: "file:///tmp/x", Body: c.body}
		a, err := (&Processor{Finder: noEntities{}, Format: c.format}).Process(context.Background(), p)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if a.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, a.Title, c.title)
		}
		if c.text != "" && a.Text != c.text {
			t.Errorf("%s: text %q, want %q", c.name, a.Text, c.text)
		}
		if c.text == "" && !strings.Contains(a.Text, "European Union leaders agreed") {
			t.Errorf("%s: text %q, want the article's", c.name, a.Text)
		}
	}
}

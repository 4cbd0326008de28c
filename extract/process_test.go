package extract

import (
	"context"
	"strings"
	"testing"

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

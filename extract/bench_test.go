package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/newsner/newsner/internal/shared"
)

// devPages returns the HTML of the news-pages dev set, skipping the test or
// benchmark when the shared data is absent.
func devPages(tb testing.TB) [][]byte {
	tb.Helper()
	files, _ := filepath.Glob(shared.Path("data", "news-pages", "html", "*.html.gz"))
	if len(files) == 0 {
		tb.Skipf("no pages under %s; set NEWSNER_SHARED", shared.Path("data", "news-pages"))
	}
	var pages [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			tb.Fatal(err)
		}
		h, err := io.ReadAll(zr)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, h)
	}
	return pages
}

func totalSize(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// BenchmarkFromReader measures the whole extractor over the dev pages; one
// op is one pass over all of them, so MB/s is HTML throughput on one core.
func BenchmarkFromReader(b *testing.B) {
	pages := devPages(b)
	b.SetBytes(totalSize(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := FromReader(bytes.NewReader(p), nil, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParagraphBaseline is the floor to compare with: parse with
// goquery and join the text of every <p>.
func BenchmarkParagraphBaseline(b *testing.B) {
	pages := devPages(b)
	b.SetBytes(totalSize(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(p))
			if err != nil {
				b.Fatal(err)
			}
			var parts []string
			doc.Find("p").Each(func(_ int, s *goquery.Selection) {
				parts = append(parts, strings.TrimSpace(s.Text()))
			})
			_ = strings.Join(parts, "\n\n")
		}
	}
}

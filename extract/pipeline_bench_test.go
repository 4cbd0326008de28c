package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract/ner"
)

// The brief's speed bar: the whole HTML-to-entities path in at most a fifth
// of the CPU time of the plainest pipeline (goquery <p> text plus prose's
// stock model, loaded once) on the same pages. One op is one pass over the
// dev pages on one core; compare ns/op (or pages/s) of the two:
//
//	go test ./extract -run '^$' -bench 'HTMLToEntities' -benchtime 3x

// BenchmarkHTMLToEntities is newsner's path: the extractor, then the
// embedded entity model, through the Processor the pipeline uses.
func BenchmarkHTMLToEntities(b *testing.B) {
	pages := devPages(b)
	tagger, err := ner.Load()
	if err != nil {
		b.Fatal(err)
	}
	p := &Processor{Finder: tagger, Format: FormatHTML}
	ctx := context.Background()
	b.SetBytes(totalSize(pages))
	b.ResetTimer()
	ents := 0
	for b.Loop() {
		for _, html := range pages {
			a, err := p.Process(ctx, newsner.Page{URL: "https://example.com/a", FinalURL: "https://example.com/a", Body: html})
			if err != nil {
				b.Fatal(err)
			}
			ents += len(a.Entities)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(ents)/float64(b.N*len(pages)), "entities/page")
}

// BenchmarkHTMLToEntitiesBaseline is the plainest pipeline: all <p> text
// by goquery, and prose's stock entity model loaded once.
func BenchmarkHTMLToEntitiesBaseline(b *testing.B) {
	pages := devPages(b)
	stock, err := ner.NewProse()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(totalSize(pages))
	b.ResetTimer()
	ents := 0
	for b.Loop() {
		for _, html := range pages {
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(html))
			if err != nil {
				b.Fatal(err)
			}
			var parts []string
			doc.Find("p").Each(func(_ int, s *goquery.Selection) {
				parts = append(parts, strings.TrimSpace(s.Text()))
			})
			ents += len(stock.Entities(strings.Join(parts, "\n\n")))
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(ents)/float64(b.N*len(pages)), "entities/page")
}

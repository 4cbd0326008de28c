package ner

import (
	"os"
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/timing"
)

// Benchmarks of the whole text-to-entities step (prose tokenizing and
// tagging, our model or prose's, the document step), one core:
//
//	go test -run '^$' -bench . -cpu 1 ./extract/ner
//
// Each reports tokens/s (prose tokens per second) beside ns/op.

func benchTexts(b *testing.B) []string {
	b.Helper()
	art, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return []string{string(art)}
}

// devTexts returns eng.testa's documents as text (skips if absent).
func devTexts(b *testing.B) []string {
	var texts []string
	for _, d := range devDocs(b) {
		texts = append(texts, d.Text)
	}
	return texts
}

func countTokens(b *testing.B, texts []string) int {
	m, err := sharedProse()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, t := range texts {
		toks, _, err := analyze(m, t, false, false)
		if err != nil {
			b.Fatal(err)
		}
		n += len(toks)
	}
	return n
}

func benchFinder(b *testing.B, f Finder, texts []string) {
	ntok := countTokens(b, texts)
	b.ResetTimer()
	cpu0 := timing.CPU()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			f.Entities(t)
		}
	}
	cpu := timing.CPU() - cpu0
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time depends on the neighbours; CPU time
	// (this process's, garbage collector included) much less.
	b.ReportMetric(float64(ntok)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
}

func BenchmarkArticleTagger(b *testing.B) {
	tg, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	benchFinder(b, tg, benchTexts(b))
}

func BenchmarkArticleProse(b *testing.B) {
	p, err := NewProse()
	if err != nil {
		b.Fatal(err)
	}
	benchFinder(b, p, benchTexts(b))
}

func BenchmarkDevTagger(b *testing.B) {
	tg, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	benchFinder(b, tg, devTexts(b)[:50])
}

func BenchmarkDevProse(b *testing.B) {
	p, err := NewProse()
	if err != nil {
		b.Fatal(err)
	}
	benchFinder(b, p, devTexts(b)[:50])
}

// BenchmarkProseTokenizeTag is prose's tokenizer and POS tagger alone, as
// prose runs them (WithExtraction(false), WithSegmentation(false)); the
// Tagger uses the same tokenizer and model with posTagger instead.
func BenchmarkProseTokenizeTag(b *testing.B) {
	m, err := sharedProse()
	if err != nil {
		b.Fatal(err)
	}
	texts := devTexts(b)[:50]
	ntok := countTokens(b, texts)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			analyze(m, t, true, false)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTokenizePOSTagger is prose's tokenizer and posTagger.
func BenchmarkTokenizePOSTagger(b *testing.B) {
	pos, err := sharedPOSTagger()
	if err != nil {
		b.Fatal(err)
	}
	texts := devTexts(b)[:50]
	ntok := countTokens(b, texts)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			tokenize(pos, t)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadModel(strings.NewReader(string(embeddedModel))); err != nil {
			b.Fatal(err)
		}
	}
}

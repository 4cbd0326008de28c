// Package eval scores the article extractor against the shared dev sets:
// body text on data/news-pages, data/readability-pages (against
// Readability's output), data/extract-extra/dragnet2013,
// modern2026-tiptopjaw, newspaper4k and goose (the last two written by
// fetch-data.sh; the report's mean covers the six sets where all are
// there), all by the article-extraction benchmark's rule (word 4-gram
// shingles, per-page precision and recall averaged), and metadata on
// data/readability-pages.
//
// `newsner eval extract` prints the report (RunExtract), scores another
// extractor's texts (RunTexts), writes newsner's (WriteTexts) and shows
// single pages (DumpPages). The tests here hold the regression floors.
package eval

import (
	"sort"
	"strings"
	"unicode"
)

// ShingleSize is the benchmark's shingle length in tokens.
const ShingleSize = 4

// Tokens splits s into runs of word characters, as Python's re `\w+` does on
// str: Unicode letters (L*), numbers (N*) and the underscore. Combining marks
// are not word characters there, so they split tokens here too.
func Tokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

func isWord(r rune) bool {
	if r < 0x80 {
		return r == '_' || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Shingles counts the word n-grams of s (tokens joined by a space) as a
// multiset. Like the benchmark, a text with fewer than n tokens (but at least
// one) yields a single shingle of all of them.
func Shingles(s string, n int) map[string]int {
	toks := Tokens(s)
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	last := len(toks) - n + 1
	if last < 1 {
		last = 1
	}
	for i := 0; i < last; i++ {
		j := min(i+n, len(toks))
		m[strings.Join(toks[i:j], " ")]++
	}
	return m
}

// Match compares a predicted text with the truth by ShingleSize shingles:
// tp counts shingles in both (as multisets), fp the predicted extra ones, fn
// the missed ones.
func Match(truth, pred string) (tp, fp, fn int) {
	ts := Shingles(truth, ShingleSize)
	ps := Shingles(pred, ShingleSize)
	for s, pc := range ps {
		tc := ts[s]
		shared := min(pc, tc)
		tp += shared
		fp += pc - shared
	}
	for s, tc := range ts {
		fn += tc - min(tc, ps[s])
	}
	return tp, fp, fn
}

// PageScore is one page's score.
type PageScore struct {
	ID         string
	URL        string
	TP, FP, FN int
	// P is tp/(tp+fp), R is tp/(tp+fn); HasP/HasR say whether they are
	// defined (the prediction, resp. the truth, has a shingle).
	P, R       float64
	HasP, HasR bool
	// Err is set when the extractor failed on the page (scored as empty).
	Err error
	// Lang is the page's language (Page.Lang).
	Lang string
}

// F1 is the page's own harmonic mean of P and R (0 where either is 0 or
// undefined); it orders pages in reports.
func (s PageScore) F1() float64 {
	if s.P+s.R == 0 {
		return 0
	}
	return 2 * s.P * s.R / (s.P + s.R)
}

// Result is the score of a set of pages.
type Result struct {
	// Pages holds each page's score, worst F1 first.
	Pages []PageScore
	// P and R are the per-page precision and recall averaged over the pages
	// where each is defined; F1 = 2PR/(P+R).
	P, R, F1 float64
}

// ScorePage scores one page's predicted text against its truth.
func ScorePage(id, url, truth, pred string) PageScore {
	s := PageScore{ID: id, URL: url}
	s.TP, s.FP, s.FN = Match(truth, pred)
	if s.TP+s.FP > 0 {
		s.HasP = true
		s.P = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.HasR = true
		s.R = float64(s.TP) / float64(s.TP+s.FN)
	}
	return s
}

// Aggregate averages the pages' P and R as the benchmark does and sorts the
// pages worst first.
func Aggregate(pages []PageScore) Result {
	res := Result{Pages: pages}
	var sp, sr float64
	var np, nr int
	for _, p := range pages {
		if p.HasP {
			sp += p.P
			np++
		}
		if p.HasR {
			sr += p.R
			nr++
		}
	}
	if np > 0 {
		res.P = sp / float64(np)
	}
	if nr > 0 {
		res.R = sr / float64(nr)
	}
	if res.P+res.R > 0 {
		res.F1 = 2 * res.P * res.R / (res.P + res.R)
	}
	sort.SliceStable(res.Pages, func(i, j int) bool {
		fi, fj := res.Pages[i].F1(), res.Pages[j].F1()
		if fi != fj {
			return fi < fj
		}
		return res.Pages[i].ID < res.Pages[j].ID
	})
	return res
}

package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/newsner/newsner/extract"
)

// RunExtract scores extract.FromReader on the dev sets under sharedDir (all
// present ones, or those named) and writes a report to w: one line per set
// (F1, P, R, pages with empty text where the truth has text, pages the
// fallback made), the mean of the sets, the perPage worst pages of each set,
// and the metadata agreement on readability-pages. With half ("a" or "b"),
// each set's pages, and the metadata pages, are cut to that half (InHalf).
func RunExtract(ctx context.Context, w io.Writer, sharedDir string, perPage int, half string, names ...string) error {
	sets, err := LoadHalves(sharedDir, half, names...)
	if err != nil {
		return err
	}
	var rs []SetResult
	var size int
	var spent float64
	for _, s := range sets {
		r, err := ScoreSet(ctx, s, extract.FromReader)
		if err != nil {
			return err
		}
		rs = append(rs, r)
		size += r.Bytes
		spent += r.Spent.Seconds()
	}
	fmt.Fprintf(w, "%s on the dev sets%s (word 4-gram shingles, per-page P and R averaged):\n", extract.Version, halfNote(half))
	printSets(w, sets, rs, nil)
	fmt.Fprintf(w, "extraction %.1f MB/s this run (%.0f MB)\n", float64(size)/1e6/spent, float64(size)/1e6)
	for _, r := range rs {
		printWorst(w, r, perPage)
	}
	if !want(names, ReadabilityPages) {
		return nil
	}
	mpages, err := LoadMetaPages(sharedDir)
	if err != nil {
		return err
	}
	if half != "" {
		var kept []MetaPage
		for i, p := range mpages {
			if InHalf(half, i+1) {
				kept = append(kept, p)
			}
		}
		if mpages = kept; len(mpages) == 0 {
			return nil
		}
	}
	meta, err := ScoreMetadata(ctx, mpages, extract.FromReader)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "readability-pages metadata agreement (%d pages):\n", len(mpages))
	for _, f := range Fields {
		fmt.Fprintf(w, "  %-13s %3d/%3d  %.3f\n", f, meta.Agree[f], meta.Stated[f], meta.Rate(f))
	}
	if perPage > 0 {
		for _, f := range Fields {
			for i, m := range meta.Misses[f] {
				if i >= perPage {
					break
				}
				fmt.Fprintf(w, "  miss %s %s\n", f, m)
			}
		}
	}
	return nil
}

// halfNote names the half of the pages a report covers, if not all.
func halfNote(half string) string {
	if half == "" {
		return ""
	}
	return ", half " + half + " (odd pages are a, even b, in id order)"
}

// printSets writes one line per set and their mean; missing, if not nil,
// gives the number of pages without a given text per set.
func printSets(w io.Writer, sets []Set, rs []SetResult, missing []int) {
	for i, r := range rs {
		extra := ""
		if missing != nil {
			extra = fmt.Sprintf("  %d missing", missing[i])
		}
		fmt.Fprintf(w, "  %-18s %4d pages  F1 %.4f  P %.4f  R %.4f  empty %d  fallback %d%s  (%s)\n",
			r.Set, len(r.Pages), r.F1, r.P, r.R, r.Empty, r.Fallback, extra, sets[i].About)
	}
	if len(rs) > 1 {
		f1, p, r := Mean(rs)
		fmt.Fprintf(w, "  %-18s %10s  F1 %.4f  P %.4f  R %.4f\n", fmt.Sprintf("mean of %d sets", len(rs)), "", f1, p, r)
	}
	printLanguages(w, rs)
}

// printLanguages writes the line of the pages not in English, pooled over
// the sets (per-page P and R averaged), with their count per language and
// per set, and the line of the German ones among them: the benchmark the
// extractor is measured on elsewhere is mostly German, the dev sets mostly
// English, so the figure is kept in sight. Nothing is written where no page
// is in another language.
func printLanguages(w io.Writer, rs []SetResult) {
	other, perLang, perSet := NotEnglish(rs)
	if len(other.Pages) == 0 {
		return
	}
	fmt.Fprintf(w, "  %-18s %4d pages  F1 %.4f  P %.4f  R %.4f  (%s; %s)\n",
		"not English", len(other.Pages), other.F1, other.P, other.R, counts(perLang), counts(perSet))
	var de []PageScore
	for _, p := range other.Pages {
		if p.Lang == "de" {
			de = append(de, p)
		}
	}
	if len(de) > 0 {
		g := Aggregate(de)
		fmt.Fprintf(w, "  %-18s %4d pages  F1 %.4f  P %.4f  R %.4f\n", "German", len(de), g.F1, g.P, g.R)
	}
}

// NotEnglish pools the pages of the sets whose language (PageScore.Lang)
// is known and not English, and counts them per language and per set.
func NotEnglish(rs []SetResult) (res Result, perLang, perSet map[string]int) {
	perLang, perSet = map[string]int{}, map[string]int{}
	var pages []PageScore
	for _, r := range rs {
		for _, p := range r.Pages {
			if p.Lang == "" || p.Lang == "en" {
				continue
			}
			pages = append(pages, p)
			perLang[p.Lang]++
			perSet[r.Set]++
		}
	}
	return Aggregate(pages), perLang, perSet
}

// counts writes a count per key, most first ("de 3, fr 2").
func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

func printWorst(w io.Writer, r SetResult, perPage int) {
	if perPage <= 0 {
		return
	}
	fmt.Fprintf(w, "worst pages of %s (F1 P R tp fp fn id url):\n", r.Set)
	for i, p := range r.Pages {
		if i >= perPage {
			break
		}
		errs := ""
		if p.Err != nil {
			errs = "  error: " + p.Err.Error()
		}
		fmt.Fprintf(w, "  %.3f %.3f %.3f %5d %5d %5d %.12s %s%s\n", p.F1(), p.P, p.R, p.TP, p.FP, p.FN, p.ID, p.URL, errs)
	}
}

// ReadabilityPrefix marks, in RunTexts' texts, a readability page's key
// ("readability/" + its directory name).
const ReadabilityPrefix = "readability/"

// TextKey is a page's key in the texts RunTexts scores and WriteTexts
// writes: a news page's id as it is, ReadabilityPrefix + a readability
// page's name, set name + "/" + id for the others.
func TextKey(set, id string) string {
	switch set {
	case NewsPages:
		return id
	case ReadabilityPages:
		return ReadabilityPrefix + id
	}
	return set + "/" + id
}

// RunTexts scores texts made by another extractor with the same rules as
// RunExtract. texts maps TextKey(set, id) to a page's text; a page without
// one counts as an empty text. news-pages is always scored; another set only
// where texts hold a key of it. Metadata is not scored. half cuts the sets
// as RunExtract's does.
func RunTexts(ctx context.Context, w io.Writer, sharedDir string, perPage int, half string, texts map[string]string) error {
	sets, err := LoadHalves(sharedDir, half)
	if err != nil {
		return err
	}
	var kept []Set
	var rs []SetResult
	var missing []int
	for _, s := range sets {
		if err := ctx.Err(); err != nil {
			return err
		}
		byID := make(map[string]string)
		for _, p := range s.Pages {
			if t, ok := texts[TextKey(s.Name, p.ID)]; ok {
				byID[p.ID] = t
			}
		}
		if s.Name != NewsPages && len(byID) == 0 {
			continue
		}
		r, m := scoreTexts(s, byID)
		kept = append(kept, s)
		rs = append(rs, r)
		missing = append(missing, m)
	}
	fmt.Fprintf(w, "given texts on the dev sets%s (word 4-gram shingles, per-page P and R averaged):\n", halfNote(half))
	printSets(w, kept, rs, missing)
	for _, r := range rs {
		printWorst(w, r, perPage)
	}
	return nil
}

// WriteTexts runs ex over the sets and writes its texts as a JSON object
// keyed by TextKey: the input of RunTexts, and of other tools' scorers.
func WriteTexts(ctx context.Context, w io.Writer, sets []Set, ex Extractor) error {
	texts := make(map[string]string)
	for _, s := range sets {
		for _, p := range s.Pages {
			if err := ctx.Err(); err != nil {
				return err
			}
			a, _ := p.extract(ex)
			texts[TextKey(s.Name, p.ID)] = a.Text
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(texts)
}

// ReadTexts reads texts in the form WriteTexts writes (a JSON object from
// TextKey to a page's text), as RunTexts takes them.
func ReadTexts(r io.Reader) (map[string]string, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var texts map[string]string
	if err := json.Unmarshal(b, &texts); err != nil {
		return nil, err
	}
	return texts, nil
}

// DumpPages writes, for each page whose id starts with prefix (or whose
// "set/id" does), what ex found and how it differs from the truth: the
// predicted paragraphs mostly not in the truth, the truth's lines mostly
// not predicted, and (with full) both texts whole. It is for reading why a
// page scores as it does.
func DumpPages(w io.Writer, sets []Set, prefix string, full bool, ex Extractor) int {
	n := 0
	for _, s := range sets {
		for _, p := range s.Pages {
			if !strings.HasPrefix(p.ID, prefix) && !strings.HasPrefix(s.Name+"/"+p.ID, prefix) {
				continue
			}
			n++
			a, err := p.extract(ex)
			sc := ScorePage(p.ID, p.URL, p.Truth, a.Text)
			fmt.Fprintf(w, "=== %s/%s %s  F1 %.3f P %.3f R %.3f  extraction %q  err %v\n", s.Name, p.ID, p.URL, sc.F1(), sc.P, sc.R, a.Extraction, err)
			if full {
				fmt.Fprintf(w, "=== PREDICTED\n%s\n=== TRUTH\n%s\n", a.Text, p.Truth)
			}
			for _, para := range notIn(strings.Split(a.Text, "\n\n"), p.Truth) {
				fmt.Fprintf(w, "NOT IN TRUTH: %s\n", para)
			}
			for _, line := range notIn(strings.Split(p.Truth, "\n"), a.Text) {
				fmt.Fprintf(w, "NOT PREDICTED: %s\n", line)
			}
		}
	}
	return n
}

// notIn returns the parts of which less than half of the word pairs are in
// other.
func notIn(parts []string, other string) []string {
	os := Shingles(other, 2)
	var out []string
	for _, part := range parts {
		ps := Shingles(part, 2)
		in, all := 0, 0
		for s, c := range ps {
			all += c
			in += min(c, os[s])
		}
		if all > 0 && in*2 < all {
			out = append(out, part)
		}
	}
	return out
}

package nereval

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsner/newsner/extract/ner"
)

// Run scores f on the sets named in spec (comma-separated: "all", set
// names, CoNLL-2003 files; Names), their data under sharedDir, and writes
// a line per set and type to w (ner.WriteReports): the CoNLL-2003-style
// sets and the web-page sets' "-spans" by mention, those that say which
// names name one thing (GUM) by distinct entity too, the other web-page
// sets by distinct entity and name; then a "keys over" line per way the
// web pages were read, how far f's keys agree across them. With seen, only
// names not in it are scored (ner.EvaluateUnseen), and the web-page sets
// scored by name are skipped. An empty spec scores nothing.
func Run(ctx context.Context, w io.Writer, sharedDir string, f ner.Finder, spec string, seen map[string]bool) error {
	if spec == "" {
		return nil
	}
	var reps []ner.Report
	var keys keyPages
	for _, n := range Names(sharedDir, spec) {
		ps, mode, _, page := parsePageSet(n)
		if page && mode != pageSpans {
			if seen != nil {
				continue
			}
			docs, err := LoadPageSet(ctx, sharedDir, n, f)
			if err != nil {
				return err
			}
			rep, err := ner.EvaluateNames(ctx, f, docs)
			if err != nil {
				return err
			}
			rep.Set = n
			reps = append(reps, rep)
			keys.add(ps, mode, docs)
			continue
		}
		docs, err := loadMentionSet(ctx, sharedDir, n, f, page)
		if err != nil {
			return err
		}
		rep, err := ner.EvaluateUnseen(ctx, f, docs, seen)
		if err != nil {
			return err
		}
		rep.Set = n
		if seen != nil {
			rep.Set += " unseen"
		}
		reps = append(reps, rep)
		if seen != nil || page {
			continue
		}
		// Sets that say which names name one thing (GUM) are also scored
		// by distinct entity.
		if dist, err := ner.EvaluateDistinct(ctx, f, docs); err != nil {
			return err
		} else if dist.Docs > 0 {
			dist.Set = n + " distinct"
			reps = append(reps, dist)
		}
	}
	if err := ner.WriteReports(w, reps); err != nil {
		return err
	}
	return keys.write(ctx, w, f)
}

// WriteErrors writes f's mistakes on each set in spec to w (ner.WriteErrors
// on the sets scored by mention, ner.WriteNameErrors on the web-page sets
// scored by name), then the things keyed apart across the web pages
// (ner.WriteKeyErrors). f must be a *ner.Tagger.
func WriteErrors(ctx context.Context, w io.Writer, sharedDir string, f ner.Finder, spec string) error {
	tg, ok := f.(*ner.Tagger)
	if !ok {
		return fmt.Errorf("listing a model's mistakes needs a model of ours (a *ner.Tagger), not %s", f.Name())
	}
	var keys keyPages
	for _, n := range Names(sharedDir, spec) {
		ps, mode, _, page := parsePageSet(n)
		if page && mode != pageSpans {
			docs, err := LoadPageSet(ctx, sharedDir, n, f)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "== %s\n", n)
			if err := ner.WriteNameErrors(ctx, w, f, docs); err != nil {
				return err
			}
			keys.add(ps, mode, docs)
			continue
		}
		docs, err := loadMentionSet(ctx, sharedDir, n, f, page)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "== %s\n", n)
		if err := ner.WriteErrors(ctx, w, tg, docs); err != nil {
			return err
		}
	}
	return keys.writeErrors(ctx, w, f)
}

// WriteJoinErrors writes f's join mistakes on each set in spec scored by
// distinct entity to w (ner.WriteJoinErrors, ner.WriteDistinctJoinErrors),
// then the things keyed apart across the web pages (ner.WriteKeyErrors).
func WriteJoinErrors(ctx context.Context, w io.Writer, sharedDir string, f ner.Finder, spec string) error {
	var keys keyPages
	for _, n := range Names(sharedDir, spec) {
		ps, mode, _, page := parsePageSet(n)
		if page && mode == pageSpans {
			continue
		}
		fmt.Fprintf(w, "== %s\n", n)
		if page {
			docs, err := LoadPageSet(ctx, sharedDir, n, f)
			if err != nil {
				return err
			}
			if err := ner.WriteJoinErrors(ctx, w, f, docs); err != nil {
				return err
			}
			keys.add(ps, mode, docs)
			continue
		}
		docs, err := LoadDevSet(sharedDir, n)
		if err != nil {
			return err
		}
		if err := ner.WriteDistinctJoinErrors(ctx, w, f, docs); err != nil {
			return err
		}
	}
	return keys.writeErrors(ctx, w, f)
}

// keyPages gathers the pages of the web-page sets scored by name, by how
// they are read (pageHTML, pageText), each page once, to score how far the
// model's keys agree across them (ner.EvaluateKeys).
type keyPages struct {
	modes []string
	sets  map[string][]string      // mode -> the sets' names, in order
	docs  map[string][]ner.NameDoc // mode -> pages, named <set>/<id>
	seen  map[string]bool
}

func (k *keyPages) add(ps pageSet, mode string, docs []ner.NameDoc) {
	if k.docs == nil {
		k.sets, k.docs, k.seen = map[string][]string{}, map[string][]ner.NameDoc{}, map[string]bool{}
	}
	if _, ok := k.docs[mode]; !ok {
		k.modes = append(k.modes, mode)
		k.docs[mode] = nil
	}
	if !slices.Contains(k.sets[mode], ps.name+mode) {
		k.sets[mode] = append(k.sets[mode], ps.name+mode)
	}
	for _, d := range docs {
		d.Name = ps.name + "/" + d.Name
		if !k.seen[mode+"\x00"+d.Name] {
			k.seen[mode+"\x00"+d.Name] = true
			k.docs[mode] = append(k.docs[mode], d)
		}
	}
}

// write prints a line per way of reading the pages: the share of pages
// that give a thing found in two pages or more its most common key.
func (k *keyPages) write(ctx context.Context, w io.Writer, f ner.Finder) error {
	for _, mode := range k.modes {
		rep, err := ner.EvaluateKeys(ctx, f, k.docs[mode])
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "keys over %s: agreement %.4f (%d of %d pages of %d things found in 2+ pages)\n",
			strings.Join(k.sets[mode], ","), rep.Share(), rep.Agree, rep.Pages, rep.Groups)
	}
	return nil
}

// writeErrors lists, per way of reading the pages, the things keyed
// apart across them (ner.WriteKeyErrors).
func (k *keyPages) writeErrors(ctx context.Context, w io.Writer, f ner.Finder) error {
	for _, mode := range k.modes {
		fmt.Fprintf(w, "== keys over %s\n", strings.Join(k.sets[mode], ","))
		if err := ner.WriteKeyErrors(ctx, w, f, k.docs[mode]); err != nil {
			return err
		}
	}
	return nil
}

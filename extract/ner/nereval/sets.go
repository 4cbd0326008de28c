// Package nereval scores the entity model on its dev sets (`newsner eval
// ner`, and `newsner train ner --dev`): it names and reads the sets (the
// CoNLL-2003, GUM and Broad Twitter Corpus sets of ner.DevSets, CoNLL-2003
// files, and the web-page sets, whose entity lists cover pages of the
// extractor's dev sets in extract/eval) and prints their scores (Run), the
// model's mistakes (WriteErrors) or its join mistakes (WriteJoinErrors).
// The scoring itself is extract/ner's (ner.Evaluate*, ner.Write*).
package nereval

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/extract/eval"
	"github.com/newsner/newsner/extract/ner"
)

// SetNames lists every set's name, present or not: ner.DevSets, then the
// web-page sets' (each as name, name + "-text" and name + "-spans").
func SetNames() []string {
	return slices.Concat(ner.DevSets, pageSetNames("", false))
}

// Names splits a comma-separated list of sets, "all" standing for every
// one whose data is under sharedDir.
func Names(sharedDir, spec string) []string {
	var names []string
	for _, n := range strings.Split(spec, ",") {
		if n = strings.TrimSpace(n); n == "all" {
			names = append(names, ner.DevSets...)
			names = append(names, pageSetNames(sharedDir, true)...)
		} else if n != "" {
			names = append(names, n)
		}
	}
	return names
}

// LoadDevSet reads a dev set of ner.DevSets by name, or a CoNLL-2003 file.
// A dev set's error is prefixed with its name; a file's already names
// the path (ner.ReadCoNLLFile), which is the name. A name that is neither
// a set nor a file says so and lists the sets (a mistyped set name said
// "conll: open NAME: no such file or directory").
func LoadDevSet(sharedDir, name string) ([]ner.Doc, error) {
	if !slices.Contains(ner.DevSets, name) {
		docs, err := ner.ReadCoNLLFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, noSuchSet(name, err)
		}
		return docs, err
	}
	docs, err := ner.LoadDevSet(sharedDir, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return docs, nil
}

// pageSet is a web-page dev set: the pages of one of the extractor's dev
// sets that have an entity list (a file <id>.tsv in dir, under the shared
// directory), scored by distinct entity (ner.EvaluateNames) on the
// extractor's text of each page's HTML (name: as a user's pages go through
// newsner) or on the page's true article text (name + "-text": the entity
// step alone), or by mention, exact span and type, on the true text, the
// gold mentions being the lists' names found in it (name + "-spans":
// ner.ProjectNames, scored as the CoNLL-2003 sets are). "-a" or "-b" after
// any of the names keeps half the pages (the first, third, ... in id order,
// or the others): tune on one half, check on the other.
type pageSet struct {
	name  string
	pages string // the extractor's dev set (eval.SetNames)
	dir   string
}

var pageSets = []pageSet{
	{"news-pages", eval.NewsPages, "data/news-pages/entities"},
	{"dragnet-news", eval.Dragnet, "data/extract-extra/dragnet2013/entities"},
	{"dragnet-web", eval.Dragnet, "data/extract-extra/dragnet2013/entities-web"},
	{"modern-web", eval.Modern, "data/extract-extra/modern2026-tiptopjaw/entities"},
}

// noSuchSet is the error of a name that is neither a set nor a file
// (err, the file's), listing the sets.
func noSuchSet(name string, err error) error {
	return fmt.Errorf("%s: no such set or file (sets: %s, each web-page set's -a or -b half, or all; or a CoNLL-2003 file): %w",
		name, strings.Join(SetNames(), ", "), err)
}

// CheckSpec refuses a spec of sets (Run's, WriteErrors') that names
// something neither a set (ner.DevSets, a web-page set in any of its
// forms and halves) nor a file, as scoring it would, without reading
// any: for a command that scores after other work (train ner --dev,
// after training) to say so before that work. A directory or an empty
// file is refused too: one said "read conll: read DIR: is a directory",
// the other scored nothing as if all were well.
func CheckSpec(sharedDir, spec string) error {
	for _, n := range Names(sharedDir, spec) {
		if _, _, _, page := parsePageSet(n); page || slices.Contains(ner.DevSets, n) {
			continue
		}
		fi, err := os.Stat(n)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return noSuchSet(n, err)
		case err != nil:
			continue // said when it is read
		case fi.IsDir():
			return fmt.Errorf("%s is a directory, not a CoNLL-2003 file", n)
		case fi.Size() == 0:
			return fmt.Errorf("%s is empty: no CoNLL-2003 documents to score", n)
		}
	}
	return nil
}

// pageSetNames lists the web-page sets' names; with present, only those
// whose entity lists are under sharedDir.
func pageSetNames(sharedDir string, present bool) []string {
	var out []string
	for _, ps := range pageSets {
		if !present {
			out = append(out, ps.name, ps.name+"-text", ps.name+"-spans")
		} else if _, err := os.Stat(ps.entitiesDir(sharedDir)); err == nil {
			out = append(out, ps.name, ps.name+"-text", ps.name+"-spans")
		}
	}
	return out
}

func (ps pageSet) entitiesDir(sharedDir string) string {
	return filepath.Join(sharedDir, filepath.FromSlash(ps.dir))
}

// How a web-page set is scored: by distinct entity on the extractor's
// text of the HTML or on the true text, or by mention on the true text.
const (
	pageHTML  = ""
	pageText  = "-text"
	pageSpans = "-spans"
)

// parsePageSet splits a web-page set's name into the set, how it is scored
// (pageHTML, pageText or pageSpans), and its half ("a", "b" or "" for all
// pages).
func parsePageSet(name string) (ps pageSet, mode string, half string, ok bool) {
	base := name
	for _, h := range []string{"a", "b"} {
		if b, cut := strings.CutSuffix(base, "-"+h); cut {
			base, half = b, h
			break
		}
	}
	for _, m := range []string{pageText, pageSpans} {
		if b, cut := strings.CutSuffix(base, m); cut {
			base, mode = b, m
			break
		}
	}
	for _, ps := range pageSets {
		if ps.name == base {
			return ps, mode, half, true
		}
	}
	return pageSet{}, "", "", false
}

// LoadPageSet reads a web-page dev set scored by distinct entity (name,
// name + "-text", either with "-a" or "-b"): the pages that have an entity
// list and that the pipeline reads with f (a page in a language f does not
// cover gets no entities and is left out), each with the text f is to
// read: the extractor's, as in the pipeline, or the true article text.
func LoadPageSet(ctx context.Context, sharedDir, name string, f ner.Finder) ([]ner.NameDoc, error) {
	ps, mode, half, ok := parsePageSet(name)
	if !ok {
		return nil, fmt.Errorf("%s: no such web-page set", name)
	}
	text := mode != pageHTML
	lists, err := ner.LoadEntityLists(ps.entitiesDir(sharedDir))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	sets, err := eval.LoadSets(sharedDir, ps.pages)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	// The processor decides the language; its Finder finds nothing, as
	// the entities are the scorer's to find.
	proc := &extract.Processor{Finder: languageOnly{f}, Format: extract.FormatHTML}
	if text {
		proc.Format = extract.FormatText
	}
	var docs []ner.NameDoc
	n := 0
	for _, p := range sets[0].Pages {
		gold, ok := lists[p.ID]
		if !ok {
			continue
		}
		if n++; !eval.InHalf(half, n) {
			continue
		}
		page := newsner.Page{URL: p.URL, FinalURL: p.URL, Body: p.HTML}
		if text {
			page.Body = []byte(p.Truth)
		}
		art, err := proc.Process(ctx, page)
		if err != nil {
			return nil, fmt.Errorf("%s: page %s: %w", name, p.ID, err)
		}
		if art.EntitiesStatus != newsner.EntitiesOK {
			continue
		}
		docs = append(docs, ner.NameDoc{Name: p.ID, Text: art.Text, Gold: gold})
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no page has an entity list in %s", name, ps.entitiesDir(sharedDir))
	}
	return docs, nil
}

// LoadPageSpans reads a web-page set scored by mention (name + "-spans",
// with "-a" or "-b" or not): its pages' true text with the gold mentions
// their entity lists give it (ner.NameSpanDocs).
func LoadPageSpans(ctx context.Context, sharedDir, name string, f ner.Finder) ([]ner.Doc, error) {
	docs, err := LoadPageSet(ctx, sharedDir, name, f)
	if err != nil {
		return nil, err
	}
	return ner.NameSpanDocs(docs), nil
}

// loadMentionSet reads a set scored by mention: a CoNLL-2003 dev set, or
// a web-page set's lists projected onto its true text (page).
func loadMentionSet(ctx context.Context, sharedDir, name string, f ner.Finder, page bool) ([]ner.Doc, error) {
	if page {
		return LoadPageSpans(ctx, sharedDir, name, f)
	}
	return LoadDevSet(sharedDir, name)
}

// languageOnly is a Finder that finds nothing but covers the languages
// its Finder covers (all, if it does not say).
type languageOnly struct{ f ner.Finder }

func (l languageOnly) Name() string                     { return l.f.Name() }
func (l languageOnly) Entities(string) []newsner.Entity { return []newsner.Entity{} }
func (l languageOnly) Covers(lang string) bool {
	c, ok := l.f.(extract.LanguageCoverer)
	return !ok || c.Covers(lang)
}

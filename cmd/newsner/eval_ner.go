package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/extract/eval"
	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/internal/shared"
)

// runEvalNER scores an entity model on the dev sets (or a CoNLL-2003
// file): per-type and overall precision, recall and F1 over exact spans,
// a line per set and type.
func runEvalNER(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval ner", "[flags]",
		`Scores the entity model on every dev set in one run (CoNLL-2003 eng.testa, the
held-out GUM Wikinews documents, the Broad Twitter Corpus's dev and test
sections; see extract/ner/README.md), or on a CoNLL-2003 file: each
document's tokens are joined back into text, the model finds the entities,
and its mentions are matched to the annotated ones by exact span and type.
PERSON, LOCATION and ORGANIZATION are scored (MISC is never emitted).
Where data/news-pages/entities (and data/extract-extra/dragnet2013/entities,
dragnet2013/entities-web, modern2026-tiptopjaw/entities) hold entity lists,
those pages are scored too, by distinct entity and name: "news-pages"
("dragnet-news", "dragnet-web", "modern-web") reads each page's HTML as the
pipeline does, "news-pages-text" ("dragnet-news-text", ...) the page's true
article text. "news-pages-spans" ("dragnet-news-spans", ...) scores the true
text by mention, exact span and type, as the CoNLL-2003 sets are: the gold
mentions are every whole-word, case-sensitive occurrence of a listed name
(the longest first, none overlapping; MISC names claim their text but are
not scored). "-a" or "-b" after any of these names scores half the pages
(odd or even in id order). "all" holds the page sets whose lists are there.
After the table, a "keys over" line per way the page sets scored by name
were read says how far the entities' keys agree across pages: the gold
things of all those pages grouped by type and fullest name (a page naming
a thing only by another form of one group's joins it), the share of the
pages a thing found in two or more was found in that give it its most
common key (ner.EvaluateKeys); --errors lists the things keyed apart.
Examples:

  newsner eval ner
  newsner eval ner --sets eng.testa,gum-news
  newsner eval ner --sets news-pages-spans,dragnet-news-spans,modern-web-spans
  newsner eval ner --conll ../shared/data/conll2003/eng.testa`)
	conll := fs.String("conll", "", "CoNLL-2003 file to score on instead of --sets")
	sets := fs.String("sets", "all", `dev sets, comma-separated: "all" or names (`+strings.Join(slices.Concat(ner.DevSets, pageSetNames(false)), ", ")+")")
	unseen := fs.String("unseen", "", "score only the names that are not entities of this CoNLL-2003 training file (e.g. ../shared/data/conll2003/eng.train): how the model does on new names")
	errs := fs.Bool("errors", false, "list the model's mistakes on each set instead of scoring (a development aid; not with --model prose)")
	joins := fs.Bool("joins", false, "list instead of scoring the distinct-entity mistakes that come from joining, per article: a variant left apart (split) or two things joined (merged), on the sets scored by distinct entity, then the things keyed apart across pages (a development aid)")
	model := fs.String("model", "embedded", `"embedded" (the shipped model), "prose" (prose's stock model), or a model file from "newsner train ner"`)
	stopOps, err := parseAndServe(fs, args)
	if err != nil {
		return err
	}
	defer stopOps()
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if *conll != "" {
		*sets = *conll
	}
	var f ner.Finder
	switch *model {
	case "embedded":
		f, err = ner.Load()
	case "prose":
		f, err = ner.NewProse()
	default:
		f, err = ner.LoadModelFile(*model)
	}
	if err != nil {
		return fmt.Errorf("eval ner: load model: %w", err)
	}
	if *errs {
		return listErrors(ctx, env, f, *sets)
	}
	if *joins {
		return listJoinErrors(ctx, env, f, *sets)
	}
	var seen map[string]bool
	if *unseen != "" {
		train, err := ner.ReadCoNLLFile(*unseen)
		if err != nil {
			return err
		}
		seen = ner.SeenNames(train)
	}
	return evalSets(ctx, env, f, *sets, seen)
}

// evalSets scores f on the dev sets named in spec (comma-separated: "all",
// dev set names, CoNLL-2003 files) and prints a line per set and type;
// with seen, only names not in it are scored.
func evalSets(ctx context.Context, env *Env, f ner.Finder, spec string, seen map[string]bool) error {
	if spec == "" {
		return nil
	}
	var reps []ner.Report
	var keys keyPages
	for _, n := range setNames(spec) {
		ps, mode, _, page := parsePageSet(n)
		if page && mode != pageSpans {
			if seen != nil {
				continue
			}
			docs, err := loadPageSet(ctx, n, f)
			if err != nil {
				return err
			}
			rep, err := ner.EvaluateNames(ctx, f, docs)
			if err != nil {
				return fmt.Errorf("eval ner: %w", err)
			}
			rep.Set = n
			reps = append(reps, rep)
			keys.add(ps, mode, docs)
			continue
		}
		docs, err := loadMentionSet(ctx, n, f, page)
		if err != nil {
			return err
		}
		rep, err := ner.EvaluateUnseen(ctx, f, docs, seen)
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
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
			return fmt.Errorf("eval ner: %w", err)
		} else if dist.Docs > 0 {
			dist.Set = n + " distinct"
			reps = append(reps, dist)
		}
	}
	if err := ner.WriteReports(env.Stdout, reps); err != nil {
		return err
	}
	return keys.write(ctx, env, f)
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
func (k *keyPages) write(ctx context.Context, env *Env, f ner.Finder) error {
	for _, mode := range k.modes {
		rep, err := ner.EvaluateKeys(ctx, f, k.docs[mode])
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		fmt.Fprintf(env.Stdout, "keys over %s: agreement %.4f (%d of %d pages of %d things found in 2+ pages)\n",
			strings.Join(k.sets[mode], ","), rep.Share(), rep.Agree, rep.Pages, rep.Groups)
	}
	return nil
}

// writeErrors lists, per way of reading the pages, the things keyed
// apart across them (ner.WriteKeyErrors).
func (k *keyPages) writeErrors(ctx context.Context, env *Env, f ner.Finder) error {
	for _, mode := range k.modes {
		fmt.Fprintf(env.Stdout, "== keys over %s\n", strings.Join(k.sets[mode], ","))
		if err := ner.WriteKeyErrors(ctx, env.Stdout, f, k.docs[mode]); err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
	}
	return nil
}

// loadMentionSet reads a set scored by mention: a CoNLL-2003 dev set, or
// a web-page set's lists projected onto its true text (page).
func loadMentionSet(ctx context.Context, name string, f ner.Finder, page bool) ([]ner.Doc, error) {
	if page {
		return loadPageSpans(ctx, name, f)
	}
	return loadDevSet(name)
}

// listErrors prints f's mistakes on each dev set in spec.
func listErrors(ctx context.Context, env *Env, f ner.Finder, spec string) error {
	tg, ok := f.(*ner.Tagger)
	if !ok {
		return fmt.Errorf("eval ner: --errors needs a model of ours, not %s", f.Name())
	}
	var keys keyPages
	for _, n := range setNames(spec) {
		ps, mode, _, page := parsePageSet(n)
		if page && mode != pageSpans {
			docs, err := loadPageSet(ctx, n, f)
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "== %s\n", n)
			if err := ner.WriteNameErrors(ctx, env.Stdout, f, docs); err != nil {
				return fmt.Errorf("eval ner: %w", err)
			}
			keys.add(ps, mode, docs)
			continue
		}
		docs, err := loadMentionSet(ctx, n, f, page)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "== %s\n", n)
		if err := ner.WriteErrors(ctx, env.Stdout, tg, docs); err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
	}
	return keys.writeErrors(ctx, env, f)
}

// listJoinErrors prints f's join mistakes on each set in spec scored by
// distinct entity (ner.WriteJoinErrors, ner.WriteDistinctJoinErrors), then
// the things keyed apart across the web pages (ner.WriteKeyErrors).
func listJoinErrors(ctx context.Context, env *Env, f ner.Finder, spec string) error {
	var keys keyPages
	for _, n := range setNames(spec) {
		ps, mode, _, page := parsePageSet(n)
		if page && mode == pageSpans {
			continue
		}
		fmt.Fprintf(env.Stdout, "== %s\n", n)
		if page {
			docs, err := loadPageSet(ctx, n, f)
			if err != nil {
				return err
			}
			if err := ner.WriteJoinErrors(ctx, env.Stdout, f, docs); err != nil {
				return fmt.Errorf("eval ner: %w", err)
			}
			keys.add(ps, mode, docs)
			continue
		}
		docs, err := loadDevSet(n)
		if err != nil {
			return err
		}
		if err := ner.WriteDistinctJoinErrors(ctx, env.Stdout, f, docs); err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
	}
	return keys.writeErrors(ctx, env, f)
}

// setNames splits a comma-separated list of dev sets, "all" standing for
// every one.
func setNames(spec string) []string {
	var names []string
	for _, n := range strings.Split(spec, ",") {
		if n = strings.TrimSpace(n); n == "all" {
			names = append(names, ner.DevSets...)
			names = append(names, pageSetNames(true)...)
		} else if n != "" {
			names = append(names, n)
		}
	}
	return names
}

// loadDevSet reads a dev set by name, or a CoNLL-2003 file.
func loadDevSet(name string) ([]ner.Doc, error) {
	var docs []ner.Doc
	var err error
	if slices.Contains(ner.DevSets, name) {
		docs, err = ner.LoadDevSet(shared.Dir(), name)
	} else {
		docs, err = ner.ReadCoNLLFile(name)
	}
	if err != nil {
		return nil, fmt.Errorf("eval ner: %s: %w", name, err)
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

// pageSetNames lists the web-page sets' names; with present, only those
// whose entity lists are there.
func pageSetNames(present bool) []string {
	var out []string
	for _, ps := range pageSets {
		if _, err := os.Stat(ps.entitiesDir()); err == nil || !present {
			out = append(out, ps.name, ps.name+"-text", ps.name+"-spans")
		}
	}
	return out
}

func (ps pageSet) entitiesDir() string {
	return filepath.Join(shared.Dir(), filepath.FromSlash(ps.dir))
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

// loadPageSet reads a web-page dev set: the pages that have an entity
// list and that the pipeline reads with f (a page in a language f does not
// cover gets no entities and is left out), each with the text f is to read:
// the extractor's, as in the pipeline, or the true article text.
func loadPageSet(ctx context.Context, name string, f ner.Finder) ([]ner.NameDoc, error) {
	ps, mode, half, _ := parsePageSet(name)
	text := mode != pageHTML
	lists, err := ner.LoadEntityLists(ps.entitiesDir())
	if err != nil {
		return nil, fmt.Errorf("eval ner: %s: %w", name, err)
	}
	sets, err := eval.LoadSets(shared.Dir(), ps.pages)
	if err != nil {
		return nil, fmt.Errorf("eval ner: %s: %w", name, err)
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
			return nil, fmt.Errorf("eval ner: %s: page %s: %w", name, p.ID, err)
		}
		if art.EntitiesStatus != newsner.EntitiesOK {
			continue
		}
		docs = append(docs, ner.NameDoc{Name: p.ID, Text: art.Text, Gold: gold})
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("eval ner: %s: no page has an entity list in %s", name, ps.entitiesDir())
	}
	return docs, nil
}

// loadPageSpans reads a web-page set scored by mention (pageSpans): its
// pages' true text with the gold mentions their entity lists give it.
func loadPageSpans(ctx context.Context, name string, f ner.Finder) ([]ner.Doc, error) {
	docs, err := loadPageSet(ctx, name, f)
	if err != nil {
		return nil, err
	}
	return ner.NameSpanDocs(docs), nil
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

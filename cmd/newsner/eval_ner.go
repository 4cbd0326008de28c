package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/extract/ner/nereval"
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
	sets := fs.String("sets", "all", `dev sets, comma-separated: "all" or names (`+strings.Join(nereval.SetNames(), ", ")+")")
	unseen := fs.String("unseen", "", "score only the names that are not entities of this CoNLL-2003 training file (e.g. ../shared/data/conll2003/eng.train): how the model does on new names")
	errs := fs.Bool("errors", false, "list the model's mistakes on each set instead of scoring (a development aid; not with --model prose); a web page's miss whose names the text read never writes says \"(not in the text)\"")
	joins := fs.Bool("joins", false, "list instead of scoring the distinct-entity mistakes that come from joining, per article: a variant left apart (split) or two things joined (merged), on the sets scored by distinct entity, then the things keyed apart across pages (a development aid)")
	model := fs.String("model", "embedded", `"embedded" (the shipped model), "prose" (prose's stock model), or a model file from "newsner train ner"`)
	stopOps, err := parseFlagsAndServe(fs, args, "")
	if err != nil {
		return err
	}
	defer stopOps()
	setsFlag := "--sets"
	if *conll != "" {
		*sets, setsFlag = *conll, "--conll"
	}
	if len(nereval.Names(shared.Dir(), *sets)) == 0 {
		// --sets "" or ",": nothing was scored, nothing said, exit 0.
		return usageErrorf("--sets %q names no set: give all, or names (%s)", *sets, strings.Join(nereval.SetNames(), ", "))
	}
	if err := nereval.CheckSpec(shared.Dir(), *sets); err != nil {
		return usageErrorf("%s: %w", setsFlag, err)
	}
	var f ner.Finder
	if *model == "prose" {
		f, err = ner.NewProse()
	} else {
		f, err = ner.LoadModelFile(*model)
	}
	if err != nil {
		return fmt.Errorf("--model: %w", err)
	}
	if _, ours := f.(*ner.Tagger); *errs && !ours {
		return usageErrorf("--errors lists the mistakes of a model of ours (--model embedded or a file), not %s", f.Name())
	}
	switch {
	case *errs:
		err = nereval.WriteErrors(ctx, env.Stdout, shared.Dir(), f, *sets)
	case *joins:
		err = nereval.WriteJoinErrors(ctx, env.Stdout, shared.Dir(), f, *sets)
	default:
		var seen map[string]bool
		if *unseen != "" {
			train, err := ner.ReadCoNLLFile(*unseen)
			if err != nil {
				return fmt.Errorf("--unseen: %w", err)
			}
			seen = ner.SeenNames(train)
		}
		err = nereval.Run(ctx, env.Stdout, shared.Dir(), f, *sets, seen)
	}
	return err
}

// evalSets scores f on the dev sets named in spec (nereval.Run) and
// prints a line per set and type; with seen, only names not in it are
// scored.
func evalSets(ctx context.Context, env *Env, f ner.Finder, spec string, seen map[string]bool) error {
	return nereval.Run(ctx, env.Stdout, shared.Dir(), f, spec, seen)
}

package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

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
Examples:

  newsner eval ner
  newsner eval ner --sets eng.testa,gum-news
  newsner eval ner --conll ../shared/data/conll2003/eng.testa`)
	conll := fs.String("conll", "", "CoNLL-2003 file to score on instead of --sets")
	sets := fs.String("sets", "all", `dev sets, comma-separated: "all" or names (`+strings.Join(ner.DevSets, ", ")+")")
	unseen := fs.String("unseen", "", "score only the names that are not entities of this CoNLL-2003 training file (e.g. ../shared/data/conll2003/eng.train): how the model does on new names")
	errs := fs.Bool("errors", false, "list the model's mistakes on each set instead of scoring (a development aid; not with --model prose)")
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
		var file *os.File
		file, err = os.Open(*model)
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		f, err = ner.LoadModel(file)
		file.Close()
	}
	if err != nil {
		return fmt.Errorf("eval ner: load model: %w", err)
	}
	if *errs {
		return listErrors(ctx, env, f, *sets)
	}
	var seen map[string]bool
	if *unseen != "" {
		train, err := readCoNLLFile(*unseen)
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
	for _, n := range setNames(spec) {
		docs, err := loadDevSet(n)
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
		if seen != nil {
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
	return ner.WriteReports(env.Stdout, reps)
}

// listErrors prints f's mistakes on each dev set in spec.
func listErrors(ctx context.Context, env *Env, f ner.Finder, spec string) error {
	tg, ok := f.(*ner.Tagger)
	if !ok {
		return fmt.Errorf("eval ner: --errors needs a model of ours, not %s", f.Name())
	}
	for _, n := range setNames(spec) {
		docs, err := loadDevSet(n)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "== %s\n", n)
		if err := ner.WriteErrors(ctx, env.Stdout, tg, docs); err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
	}
	return nil
}

// setNames splits a comma-separated list of dev sets, "all" standing for
// every one.
func setNames(spec string) []string {
	var names []string
	for _, n := range strings.Split(spec, ",") {
		if n = strings.TrimSpace(n); n == "all" {
			names = append(names, ner.DevSets...)
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
		docs, err = readCoNLLFile(name)
	}
	if err != nil {
		return nil, fmt.Errorf("eval ner: %s: %w", name, err)
	}
	return docs, nil
}

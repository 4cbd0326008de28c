package main

import (
	"context"
	"fmt"
	"os"

	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/internal/shared"
)

// runEvalNER scores an entity model on a CoNLL-2003 file: per-type and
// overall precision, recall and F1 over exact spans.
func runEvalNER(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval ner", "[flags]",
		`Scores the entity model on a CoNLL-2003 file: each document's tokens are joined
back into text, the model finds the entities, and its mentions are matched to the
annotated ones by exact span and type. PERSON, LOCATION and ORGANIZATION are
scored (MISC is never emitted). Example:

  newsner eval ner --conll ../shared/data/conll2003/eng.testa`)
	conll := fs.String("conll", shared.Path("data", "conll2003", "eng.testa"), "CoNLL-2003 file to score on")
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
	docs, err := readCoNLLFile(*conll)
	if err != nil {
		return err
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
	rep, err := ner.Evaluate(ctx, f, docs)
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	return rep.Write(env.Stdout)
}

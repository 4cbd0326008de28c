package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/newsner/newsner/extract/eval"
	"github.com/newsner/newsner/internal/shared"
)

// runEvalExtract scores the extractor on the shared benchmark data.
func runEvalExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval extract", "[flags]",
		"Scores the article extractor on ../shared/data/news-pages (word 4-gram shingles,\n"+
			"per-page precision and recall averaged, F1 of the averages) and prints F1, P, R and\n"+
			"the worst pages; then the metadata agreement (title, byline, site name, language,\n"+
			"published time) on ../shared/data/readability-pages.\n\n"+
			"--texts scores another extractor's output by the same rule instead: a JSON object\n"+
			"mapping each news page's id (and \"readability/\" + a readability page's directory\n"+
			"name) to the text that extractor found (extract/eval/trafilatura.sh makes one).")
	sharedDir := fs.String("shared", shared.Dir(), "directory of the shared data (env NEWSNER_SHARED)")
	pages := fs.Int("pages", 10, "number of worst pages (and metadata misses per field) to show")
	textsFile := fs.String("texts", "", "JSON file of another extractor's texts to score instead of newsner's extractor")
	stopOps, err := parseAndServe(fs, args)
	if err != nil {
		return err
	}
	defer stopOps()
	if *textsFile == "" {
		return eval.RunExtract(ctx, env.Stdout, *sharedDir, *pages)
	}
	b, err := os.ReadFile(*textsFile)
	if err != nil {
		return fmt.Errorf("eval extract: %w", err)
	}
	var texts map[string]string
	if err := json.Unmarshal(b, &texts); err != nil {
		return fmt.Errorf("eval extract: %s: %w", *textsFile, err)
	}
	return eval.RunTexts(ctx, env.Stdout, *sharedDir, *pages, texts)
}

package main

import (
	"context"

	"github.com/newsner/newsner/extract/eval"
)

// runEvalExtract scores the extractor on the shared benchmark data.
func runEvalExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval extract", "[flags]",
		"Scores the article extractor on ../shared/data/news-pages (word 4-gram shingles,\n"+
			"per-page precision and recall averaged, F1 of the averages) and prints F1, P, R and\n"+
			"the worst pages; then the metadata agreement (title, byline, site name, language,\n"+
			"published time) on ../shared/data/readability-pages.")
	shared := fs.String("shared", envOr(env, "NEWSNER_SHARED", "../shared"), "directory of the shared data (env NEWSNER_SHARED)")
	pages := fs.Int("pages", 10, "number of worst pages (and metadata misses per field) to show")
	if err := parse(fs, args); err != nil {
		return err
	}
	return eval.RunExtract(ctx, env.Stdout, *shared, *pages)
}

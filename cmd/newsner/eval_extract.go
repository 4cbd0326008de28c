package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/extract/eval"
	"github.com/newsner/newsner/internal/gz"
	"github.com/newsner/newsner/internal/shared"
)

// runEvalExtract scores the extractor on the shared dev sets, or shows how
// it reads single pages.
func runEvalExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval extract", "[flags]",
		"Scores the article extractor on every dev set under ../shared: data/news-pages,\n"+
			"data/readability-pages (against Readability's output), data/extract-extra/dragnet2013,\n"+
			"modern2026-tiptopjaw, newspaper4k and goose (extract/eval/fetch-data.sh writes the\n"+
			"last two). Each set gets a line (word 4-gram shingles, per-page precision and recall\n"+
			"averaged, F1 of the averages; pages with empty text where the truth has text; pages\n"+
			"the fallback made),\n"+
			"then their mean, a line for the pages whose truth is not in English (pooled over\n"+
			"the sets; their languages as the extractor guesses them) and one for the German\n"+
			"ones, each set's worst pages and the metadata agreement on readability-pages.\n\n"+
			"--texts scores another extractor's output by the same rule instead: a JSON object\n"+
			"mapping each page's key (a news page's id, \"readability/\" + a readability page's\n"+
			"directory, \"dragnet2013/\", \"modern2026/\", \"newspaper4k/\" or \"goose/\" + id) to its\n"+
			"text (extract/eval/trafilatura.sh makes one); --write-texts writes newsner's in that\n"+
			"form.\n"+
			"--page shows single pages; --explain shows how the extractor scored a file's blocks.\n"+
			"--half a (or b) keeps the odd (or even) pages of each set in id order, as eval ner's\n"+
			"\"-a\"/\"-b\" sets do: tune a rule on one half, check it on the other.\n"+
			"--perturb scores the sets again with their markup rewritten and their text kept\n"+
			"(the article wrapped in <aside>, an open <header>, the body in <noscript>, <br>s\n"+
			"for <p>s, no class or id, no <article>/<main>/<section>, ruby on its words, its\n"+
			"paragraphs a list, its second half a recipe's ingredients and steps, a paragraph\n"+
			"a fact box; a made-up reference list, signatories table, teaser rail or reviews\n"+
			"widget beside it): F1 and empty texts per\n"+
			"perturbation and set next to the unperturbed figures; --perturb-only names some,\n"+
			"and only it scores \"shell\" (the body emptied but for its scripts: what a page's\n"+
			"script data gives, where a script framework serves a shell).\n"+
			"--perturb-pages N with --perturb-only NAME lists the N pages that one perturbation\n"+
			"lowered most (and raised), page by page; --page with --perturb-only NAME shows\n"+
			"single pages as that perturbation rewrites them.")
	sharedDir := fs.String("shared", shared.Dir(), "directory of the shared data (env NEWSNER_SHARED)")
	pages := fs.Int("pages", 10, "number of worst pages per set (and metadata misses per field) to show")
	sets := fs.String("sets", "", "comma-separated dev sets to score (default all present: "+strings.Join(eval.SetNames, ",")+")")
	textsFile := fs.String("texts", "", "JSON file of another extractor's texts to score instead of newsner's extractor")
	writeTexts := fs.String("write-texts", "", "write newsner's texts on the dev sets to this JSON file (keys as --texts reads)")
	page := fs.String("page", "", "show the pages whose id (or set/id) starts with this: text not in the truth, truth not found")
	full := fs.Bool("full", false, "with --page, print the predicted and the true text whole")
	explain := fs.String("explain", "", "HTML file (or .gz) to explain: the blocks the extractor chose, with their scores")
	find := fs.String("find", "", "with --explain, also print the ancestors of the element holding this text")
	half := fs.String("half", "", `"a" (odd pages in id order) or "b" (even pages): score, show or write only that half of each set`)
	perturb := fs.Bool("perturb", false, "score the sets under markup perturbations that keep the text ("+strings.Join(eval.PerturbationNames(), ",")+")")
	perturbOnly := fs.String("perturb-only", "", "with --perturb, comma-separated perturbations to score (default all)")
	perturbPages := fs.Int("perturb-pages", 0, "with --perturb-only NAME: list this many pages the perturbation lowered most, and raised (-1: all)")
	stopOps, err := parseFlagsAndServe(fs, args, "name a page with --page or a file with --explain")
	if err != nil {
		return err
	}
	defer stopOps()
	if !eval.ValidHalf(*half) {
		return usageErrorf("--half %q: want a or b", *half)
	}
	// A flag that only shapes another's output, given without it, was
	// passed over: --find x alone scored every set, minutes long.
	for _, d := range []struct {
		given bool
		flag  string
		needs bool
		other string
	}{
		{*find != "", "--find", *explain != "", "--explain FILE"},
		{*full, "--full", *page != "", "--page ID"},
		{*perturbOnly != "", "--perturb-only", *perturb || *perturbPages != 0 || *page != "", "--perturb, --perturb-pages or --page"},
	} {
		if d.given && !d.needs {
			return usageErrorf("%s applies with %s, which is not given", d.flag, d.other)
		}
	}
	var names []string
	if *sets != "" {
		names = strings.Split(*sets, ",")
	}
	if err := eval.CheckSetNames(names); err != nil {
		return usageErrorf("--sets: %w", err)
	}
	if *perturbOnly != "" {
		if err := eval.CheckPerturbationNames(strings.Split(*perturbOnly, ",")); err != nil {
			return usageErrorf("--perturb-only: %w", err)
		}
	}
	switch {
	case *perturbPages != 0:
		if *perturbOnly == "" || strings.Contains(*perturbOnly, ",") {
			return usageErrorf("--perturb-pages needs --perturb-only with one perturbation")
		}
		return eval.RunPerturbPages(ctx, env.Stdout, *sharedDir, *half, *perturbOnly, *perturbPages, names...)
	case *perturb:
		var only []string
		if *perturbOnly != "" {
			only = strings.Split(*perturbOnly, ",")
		}
		return eval.RunPerturb(ctx, env.Stdout, *sharedDir, *half, only, names...)
	case *explain != "":
		return explainFile(env, *explain, *find)
	case *page != "" || *writeTexts != "":
		ss, err := eval.LoadHalves(*sharedDir, *half, names...)
		if err != nil {
			return err
		}
		if *page != "" && *perturbOnly != "" {
			p, ok := eval.PerturbationNamed(*perturbOnly)
			if !ok {
				return usageErrorf("--perturb-only %q: --page takes one perturbation", *perturbOnly)
			}
			for i := range ss {
				ss[i] = eval.PerturbSet(ss[i], p)
			}
		}
		if *page != "" {
			if eval.DumpPages(env.Stdout, ss, *page, *full, extract.FromReader) == 0 {
				return usageErrorf("--page %q: no page's id (or set/id) starts so", *page)
			}
			return nil
		}
		f, err := os.Create(*writeTexts)
		if err != nil {
			return err
		}
		if err := eval.WriteTexts(ctx, f, ss, extract.FromReader); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	case *textsFile != "":
		f, err := os.Open(*textsFile)
		if err != nil {
			return err
		}
		texts, err := eval.ReadTexts(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *textsFile, err)
		}
		return eval.RunTexts(ctx, env.Stdout, *sharedDir, *pages, *half, texts)
	}
	return eval.RunExtract(ctx, env.Stdout, *sharedDir, *pages, *half, names...)
}

// explainFile prints extract.Explain for an HTML file (gzipped or not).
func explainFile(env *Env, path, find string) error {
	b, err := gz.ReadFile(path, extract.MaxInputBytes)
	if err != nil {
		return err
	}
	return extract.Explain(env.Stdout, b, find)
}

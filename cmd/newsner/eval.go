package main

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/newsner/newsner/internal/shared"
)

func runEval(ctx context.Context, env *Env, args []string) error {
	sub := map[string]func(context.Context, *Env, []string) error{
		"extract": runEvalExtract,
		"ner":     runEvalNER,
	}
	if len(args) == 0 || sub[args[0]] == nil {
		return subcommandUsage(env, "eval", slices.Sorted(maps.Keys(sub)), args, `Usage: newsner eval extract [flags]   score the extractor's text and metadata on the dev sets under ../shared
       newsner eval ner [flags]       score the entity model on the dev sets, or on a CoNLL-2003 file (--conll)`)
	}
	// The subcommand's errors are named here, once ("eval ner: ..."); Main
	// then does not name the command again.
	if err := sub[args[0]](ctx, env, args[1:]); err != nil {
		return fmt.Errorf("eval %s: %w", args[0], shared.Missing(err))
	}
	return nil
}

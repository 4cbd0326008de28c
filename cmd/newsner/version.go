package main

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/extract/ner"
)

// runVersion prints newsner's version (the module's, as the Go toolchain
// stamped it) and the versions its records carry: the article schema and
// the model field (extractor, entity model, document step), so a record
// can be told made by this build or an older one.
func runVersion(_ context.Context, env *Env, args []string) error {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
			fmt.Fprintln(env.Stdout, "Usage: newsner version (or newsner --version, -v)\n\nPrints newsner's version and the versions its records carry: the article\nschema and the model field (extractor + entity model / document step).")
			return nil
		}
		return usageErrorf("unexpected argument %q: version takes none", args[0])
	}
	model, err := ner.EmbeddedName()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "newsner %s\nrecords: %s, model %s\n", moduleVersion(), newsner.ArticleSchema, extract.ModelField(model))
	return nil
}

// moduleVersion is the main module's version as the build stamped it: a
// tag, or a pseudo-version of the commit (+dirty for uncommitted changes);
// "(devel)" where none was stamped (go run, tests).
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

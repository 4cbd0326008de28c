package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"syscall"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/ingest/fetch"
	"github.com/newsner/newsner/sink"
)

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "extract", "[flags] INPUT...",
		`Extracts each INPUT's article text, metadata and entities and prints one JSON
record a line on stdout, in input order. INPUT is an http(s) URL, a file path
(.html, .html.gz, .txt), a file:// URL, or - for stdin (newsner reprocess
reads directories of saved pages and WARC files). No Kafka is involved.
A file is read as HTML where it looks so, else as text; one that is neither
(an image, a PDF) is a not_html dead letter.
Inputs are processed in parallel; a failed input prints a dead-letter line
({"schema":"newsner.deadletter/v1","url":...,"class":...,"error":...}) and the
rest go on; the exit status is 1 if any input failed. SIGINT or SIGTERM
stops it with status 1, saying how many inputs are done (the first ones:
records come in input order).`)
	format := fs.String("input-format", extract.FormatAuto, "input format: auto, html or text (text is kept exactly, so offsets index the input)")
	workers := fs.Int("workers", runtime.NumCPU(), "inputs processed in parallel (0: the default)")
	fc := fetcherFlags(fs)
	fs.needNonNegative("workers")
	stopOps, err := parseAndServe(fs, args)
	if err != nil {
		return err
	}
	defer stopOps()
	if fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "newsner extract: give an INPUT (a URL, a file, or - for stdin)")
		fs.Usage()
		return errUsage
	}
	if *workers == 0 {
		*workers = runtime.NumCPU()
	}
	proc, err := newProcessor(*format)
	if err != nil {
		return err
	}
	proc.MaxBytes = fc.MaxBodyBytes
	acceptFormat(fc, *format)
	fetcher := fetch.New(*fc)
	defer fetcher.Close()
	inputs := fs.Args()
	for i := range inputs {
		inputs[i] = newsner.TrimURL(inputs[i])
	}
	loader := &ingest.Inputs{Fetcher: fetcher, AllowFiles: true, MaxFileBytes: fc.MaxBodyBytes}
	if slices.Contains(inputs, "-") {
		if err := readsSTDIN(env, "extract", "a page (HTML or text) from stdin", "newsner extract - < page.html"); err != nil {
			return err
		}
		// Read through stdinUntil: a page piped in slowly, or stdin left
		// open, does not outlive an interrupt.
		stdin := stdinUntil(ctx, env.Stdin)
		defer stdin.Close()
		loader.Stdin = stdin
	}
	// The pipeline logs through the flags' logger (its Info line of a URL
	// held by its host's limits came out in slog's default form, past
	// --log-format and --log-level).
	p := &ingest.Pipeline{Loader: hintingLoader{loader, loadLimitFlags}, Processor: hintingProcessor{proc, loadLimitFlags}, Logger: fs.log, Flags: pipelineFlags}
	out := &sink.JSONLines{W: env.Stdout}
	failed, done := 0, 0
	err = ingest.Ordered(ctx, len(inputs), *workers,
		func(ctx context.Context, i int) ingest.Result { return p.Do(ctx, ingest.Job{URL: inputs[i]}) },
		func(i int, r ingest.Result) error {
			if r.Err != nil {
				if ctx.Err() != nil {
					// Stopped mid-input (an interrupt): not the input's
					// fault, so no dead letter, as the pipeline's handle.
					return ctx.Err()
				}
				failed++
				r.Err = reprocessDirectories(r.Err)
				err := out.Write(ctx, r.DeadLetter(inputs[i]))
				if err == nil {
					done++
				}
				return err
			}
			err := out.Write(ctx, r.Article)
			if err == nil {
				done++
			}
			return err
		})
	if stoppedOnSignal(ctx, err) {
		return stoppedInputs(done, len(inputs))
	}
	if err != nil {
		return err
	}
	if sayFailed(env.Stderr, "extract", failed, len(inputs), "input"); failed > 0 {
		return errSilent
	}
	return nil
}

// stoppedInputs is extract's error when a signal stopped it with done of
// n inputs written: records come in input order, so the first done are
// done and the rest are to be given again ("context canceled" said
// neither).
func stoppedInputs(done, n int) error {
	if done == 0 {
		return fmt.Errorf("stopped on a signal with 0 of %s done: give them again", newsner.Count(n, "input"))
	}
	return fmt.Errorf("stopped on a signal with %d of %s done (records come in input order): give all but the first %d again",
		done, newsner.Count(n, "input"), done)
}

// reprocessDirectories points a directory given to extract, which reads
// files one at a time, to reprocess, which reads directories of saved
// pages: "read DIR: is a directory" said what was wrong, not what to do.
// ingest, which says it, names no commands.
func reprocessDirectories(err error) error {
	var e *newsner.Error
	if !errors.Is(err, syscall.EISDIR) || !errors.As(err, &e) {
		return err
	}
	return &newsner.Error{Code: e.Code, Message: e.Message,
		Err: fmt.Errorf("%w (newsner reprocess reads a directory of saved pages)", e.Err)}
}

// checkInputFormat refuses an --input-format the extractor does not read.
func checkInputFormat(format string) error {
	switch format {
	case extract.FormatAuto, extract.FormatHTML, extract.FormatText:
		return nil
	}
	return usageErrorf("--input-format %q: want auto, html or text", format)
}

// newProcessor returns the processor with the embedded entity model.
func newProcessor(format string) (*extract.Processor, error) {
	if err := checkInputFormat(format); err != nil {
		return nil, err
	}
	tagger, err := ner.Load()
	if err != nil {
		return nil, err
	}
	return &extract.Processor{Finder: tagger, Format: format}, nil
}

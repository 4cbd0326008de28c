package main

import (
	"context"
	"errors"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
)

// raise is the hint of a limit a flag raises ("raise --max-body-bytes").
func raise(flag string) string { return "raise " + flag }

// The hints of the limits that are switches rather than numbers: the SSRF
// guard (fetch.Config's AllowPrivateNetworks) and the input format under
// which a page that is neither HTML nor text is refused
// (extract.Processor's Format).
const (
	privateNetworksHint = "--allow-private-networks lets the fetcher reach local and private addresses"
	textFormatHint      = "--input-format text reads it as text"
)

// loadLimitFlags gives the hint, naming the flag that moves it, of each
// limit a page's loading and processing can run into (newsner.LimitOf:
// fetch.Config's, ingest.Inputs' and extract.Processor's fields; Types
// where a page served as plain text was refused), for extract and run.
var loadLimitFlags = map[string]string{
	"MaxBodyBytes":         raise("--max-body-bytes"),
	"MaxFileBytes":         raise("--max-body-bytes"),
	"MaxBytes":             raise("--max-body-bytes"),
	"ConnectTimeout":       raise("--connect-timeout"),
	"HeaderTimeout":        raise("--header-timeout"),
	"BodyTimeout":          raise("--body-timeout"),
	"MaxRedirects":         raise("--max-redirects"),
	"AllowPrivateNetworks": privateNetworksHint,
	"Format":               textFormatHint,
	"Types":                textFormatHint,
}

// reprocessLimitFlags gives reprocess's hint for each limit its pages can
// run into: archive.Config's (a saved page or WARC record over the size
// cap) and extract.Processor's (a page of the raw topic over it, a page
// neither HTML nor text).
var reprocessLimitFlags = map[string]string{
	"MaxBodyBytes": raise("--max-body-bytes"),
	"MaxBytes":     raise("--max-body-bytes"),
	"Format":       textFormatHint,
}

// watchLimitFlags gives watch's hint for each limit a poll can run into:
// fetch.Config's fields (a feed's, sitemap's or home page's fetch, the
// body cap being the one watch.Guarded asks for), watch.Limits' (a
// document of too many entries, a gzipped one decompressing past the cap)
// and watch.Config's MaxSitemaps, MaxDepth and PollTimeout.
var watchLimitFlags = map[string]string{
	"MaxBodyBytes":         raise("--max-feed-bytes"),
	"MaxBytes":             raise("--max-feed-bytes"),
	"MaxEntries":           raise("--max-entries"),
	"MaxSitemaps":          raise("--max-sitemaps"),
	"MaxDepth":             raise("--max-sitemap-depth"),
	"PollTimeout":          raise("--poll-timeout"),
	"ConnectTimeout":       raise("--connect-timeout"),
	"HeaderTimeout":        raise("--header-timeout"),
	"BodyTimeout":          raise("--body-timeout"),
	"MaxRedirects":         raise("--max-redirects"),
	"AllowPrivateNetworks": privateNetworksHint,
}

// pipelineFlags, drainFlags and batchFlags name the flags of the settings
// the stages' log lines tell the user to change (newsner.FlagNames): the
// pipeline's dedupe window and drain timeout (run) and the fetcher's
// per-host limits (extract, run), reprocess's drain timeout, and the
// settings of reprocess's batch sources (ingest.BatchOptions.Flags): an
// archive's checkpoint, the raw topic's group and start.
var (
	pipelineFlags = newsner.FlagNames{"Recent": "--dedupe-window", "PerHostRate": "--per-host-rate", "PerHostConcurrency": "--per-host-concurrency", "DrainTimeout": "--drain-timeout"}
	drainFlags    = newsner.FlagNames{"DrainTimeout": "--drain-timeout"}
	batchFlags    = newsner.FlagNames{"Checkpoint": "--checkpoint", "Group": "--group", "Since": "--since"}
)

// flagHinted is the cause of an error told which flag moves the limit
// that gave it: its text is the cause's and the hint after it, or none
// for a cause without text, whose hint follows the error's message
// (withFlagHint).
type flagHinted struct {
	err  error
	hint string
}

func (h *flagHinted) Error() string {
	if !newsner.HasText(h.err) {
		return ""
	}
	return h.err.Error() + "; " + h.hint
}

func (h *flagHinted) Unwrap() error { return h.err }

// withFlagHint adds to an error a limit gave (a page over the size cap, a
// fetch past a timeout, an address the SSRF guard refused) the hint of
// flags that names the flag that moves it, once, after the
// rest of the message ("too_large: fetch U: body over the 16777216-byte
// cap: 1 attempt; raise --max-body-bytes", "too_large: U: body over
// 16777216 bytes; raise --max-body-bytes"); its class, cause and attempts
// stay. Errors joined (a sitemap index's) are hinted each. Any other
// error is returned as it is.
func withFlagHint(err error, flags map[string]string) error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		// Errors joined (the sitemaps of an index): each its own hint.
		errs := j.Unwrap()
		hinted := make([]error, len(errs))
		for i, e := range errs {
			hinted[i] = withFlagHint(e, flags)
		}
		return errors.Join(hinted...)
	}
	var e *newsner.Error
	var done *flagHinted
	if err == nil || errors.As(err, &done) || !errors.As(err, &e) {
		return err
	}
	hint := flags[newsner.LimitOf(e.Err)]
	if hint == "" {
		return err
	}
	msg := e.Message
	if !newsner.HasText(e.Err) {
		// "U: body over N bytes; raise F", not "...bytes: raise F".
		msg += "; " + hint
	}
	return &newsner.Error{Code: e.Code, Message: msg, Err: &flagHinted{err: e.Err, hint: hint}}
}

// hintingLoader is a Loader whose errors name the flag that moves the
// limit they ran into (withFlagHint).
type hintingLoader struct {
	ingest.Loader
	flags map[string]string
}

func (l hintingLoader) Load(ctx context.Context, input string) (newsner.Page, error) {
	page, err := l.Loader.Load(ctx, input)
	return page, withFlagHint(err, l.flags)
}

// hintingProcessor is a Processor whose errors name the flag that moves
// the limit they ran into (withFlagHint).
type hintingProcessor struct {
	ingest.Processor
	flags map[string]string
}

func (p hintingProcessor) Process(ctx context.Context, page newsner.Page) (newsner.Article, error) {
	art, err := p.Processor.Process(ctx, page)
	return art, withFlagHint(err, p.flags)
}

package main

import (
	"context"
	"errors"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
)

// loadLimitFlags names the flag that moves each limit a page's loading can
// run into (newsner.LimitOf: fetch.Config's and ingest.Inputs' fields),
// for the commands that register fetcherFlags.
var loadLimitFlags = map[string]string{
	"MaxBodyBytes":   "--max-body-bytes",
	"MaxFileBytes":   "--max-body-bytes",
	"ConnectTimeout": "--connect-timeout",
	"HeaderTimeout":  "--header-timeout",
	"BodyTimeout":    "--body-timeout",
	"MaxRedirects":   "--max-redirects",
}

// reprocessLimitFlags names reprocess's flag for each limit its pages can
// run into: archive.Config's (a saved page or WARC record over the size
// cap) and extract.Processor's (a page of the raw topic over it).
var reprocessLimitFlags = map[string]string{
	"MaxBodyBytes": "--max-body-bytes",
	"MaxBytes":     "--max-body-bytes",
}

// watchLimitFlags names watch's flag for each limit a poll can run into:
// fetch.Config's fields (a feed's, sitemap's or home page's fetch, the
// body cap being the one watch.Guarded asks for), watch.Limits' (a
// document of too many entries, a gzipped one decompressing past the cap)
// and watch.Config's MaxSitemaps and PollTimeout.
var watchLimitFlags = map[string]string{
	"MaxBodyBytes":   "--max-feed-bytes",
	"MaxBytes":       "--max-feed-bytes",
	"MaxEntries":     "--max-entries",
	"MaxSitemaps":    "--max-sitemaps",
	"PollTimeout":    "--poll-timeout",
	"ConnectTimeout": "--connect-timeout",
	"HeaderTimeout":  "--header-timeout",
	"BodyTimeout":    "--body-timeout",
	"MaxRedirects":   "--max-redirects",
}

// flagHinted is the cause of an error told which flag moves the limit
// that gave it: its text is the cause's and the hint after it, or none
// for a cause without text, whose hint follows the error's message
// (withFlagHint).
type flagHinted struct {
	err  error
	flag string
}

func (h *flagHinted) Error() string {
	if !hasText(h.err) {
		return ""
	}
	return h.err.Error() + "; raise " + h.flag
}

// hasText reports whether err is an error with a text of its own: not a
// limit's mark alone (newsner.AtLimit with no cause), whose text is "".
func hasText(err error) bool { return err != nil && err.Error() != "" }

func (h *flagHinted) Unwrap() error { return h.err }

// withFlagHint adds to an error a limit gave (a page over the size cap, a
// fetch past a timeout) the flag of flags that raises it, once, after the
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
	flag := flags[newsner.LimitOf(e.Err)]
	if flag == "" {
		return err
	}
	msg := e.Message
	if !hasText(e.Err) {
		// "U: body over N bytes; raise F", not "...bytes: raise F".
		msg += "; raise " + flag
	}
	return &newsner.Error{Code: e.Code, Message: msg, Err: &flagHinted{err: e.Err, flag: flag}}
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

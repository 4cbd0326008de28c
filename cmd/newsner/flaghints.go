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
}

// flagHinted is the cause of an error told which flag moves the limit
// that gave it: its text is the cause's and the hint after it.
type flagHinted struct {
	err  error
	flag string
}

func (h *flagHinted) Error() string {
	s := "raise " + h.flag
	if h.err == nil || h.err.Error() == "" {
		return s
	}
	return h.err.Error() + "; " + s
}

func (h *flagHinted) Unwrap() error { return h.err }

// withFlagHint adds to an error a limit gave (a page over the size cap, a
// fetch past a timeout) the flag of flags that raises it, once, after the
// rest of the message ("too_large: fetch U: body over the 16777216-byte
// cap: 1 attempt; raise --max-body-bytes"); its class, cause and attempts
// stay. Any other error is returned as it is.
func withFlagHint(err error, flags map[string]string) error {
	var e *newsner.Error
	var done *flagHinted
	if err == nil || errors.As(err, &done) || !errors.As(err, &e) {
		return err
	}
	flag := flags[newsner.LimitOf(e.Err)]
	if flag == "" {
		return err
	}
	return &newsner.Error{Code: e.Code, Message: e.Message, Err: &flagHinted{err: e.Err, flag: flag}}
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

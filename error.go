package newsner

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Error classes. They are what dead-letter records and metrics carry: a small,
// fixed set, so they can be counted and alerted on.
const (
	EInvalid        = "invalid"         // the input is not a usable URL or document
	EUnsupported    = "unsupported"     // a scheme or format newsner does not handle
	EBlockedAddress = "blocked_address" // the SSRF guard refused the address
	ERobots         = "robots"          // robots.txt disallows the URL
	ETimeout        = "timeout"         // connect, header or body deadline passed
	ETooLarge       = "too_large"       // the body exceeds the size cap
	ENotHTML        = "not_html"        // the response is not HTML/XHTML
	EHTTPStatus     = "http_status"     // a 4xx/5xx answer (after retries where retried)
	ETooManyRedirs  = "redirects"       // too many redirects or a redirect loop
	ENetwork        = "network"         // connection refused, reset, DNS failure, ...
	EExtract        = "extract"         // the document could not be made into an article
	EEmpty          = "empty"           // the page has no text at all (0 bytes, an empty <body>)
	EInternal       = "internal"        // a bug or an unexpected condition
)

// Error is an error with a class. Users see Message; operators see the wrapped
// cause in logs.
type Error struct {
	// Code is one of the E* classes.
	Code string
	// Message is a short human-readable explanation.
	Message string
	// Err is the underlying cause, if any.
	Err error
}

func (e *Error) Error() string {
	if HasText(e.Err) {
		return fmt.Sprintf("%s: %s: %s", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given class and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap puts context before a classed error's message ("not_html: process
// page.html: neither HTML nor text"), keeping its class first and its
// cause, so that each layer says its context once and the class is not
// repeated in the text: the first *Error in err's chain gives the class,
// message and cause; any other error becomes an EInternal one.
func Wrap(err error, context string) error {
	var e *Error
	if errors.As(err, &e) {
		return &Error{Code: e.Code, Message: context + ": " + e.Message, Err: e.Err}
	}
	return &Error{Code: EInternal, Message: context, Err: err}
}

// ErrorCode returns the class of err, looking through wrapping: the Code of
// the first *Error in its chain, EInternal for any other error, "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// Attempts reports how many times the failed operation behind err was tried:
// the Attempts() of the first error in its chain that has one, else 1.
func Attempts(err error) int {
	var a interface{ Attempts() int }
	if errors.As(err, &a) && a.Attempts() > 0 {
		return a.Attempts()
	}
	return 1
}

// Clip shortens s to at most n bytes for an error message, marking the
// cut, which falls between two characters, not inside one.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

// Count writes a count and its noun for a message, the noun with an s
// unless the count is 1 ("1 attempt", "3 attempts", "0 pages"), and a
// consonant's y made ies ("1 copy", "2 copies"; "2 keys").
func Count[N ~int | ~int64](n N, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	if stem, ok := strings.CutSuffix(noun, "y"); ok && stem != "" && !strings.ContainsRune("aeiou", rune(stem[len(stem)-1])) {
		return fmt.Sprintf("%d %sies", n, stem)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// DeadLetterSchema is the value of DeadLetter.Schema.
const DeadLetterSchema = "newsner.deadletter/v1"

// DeadLetter is the record written for a URL that could not be made into an
// article, to the dead-letter topic (keyed by the URL) or to stdout.
type DeadLetter struct {
	Schema string `json:"schema"`
	// URL is the input as fed, the secret of its user information hidden
	// (RedactURL: the fetcher refuses a URL that carries one); a file's
	// is its article's form, "file:///abs/path", however it was typed.
	URL string `json:"url"`
	// Class is the error class (one of the E* constants).
	Class string `json:"class"`
	// Error is the full error message.
	Error string `json:"error"`
	// Attempts is how many times the URL was tried.
	Attempts int `json:"attempts"`
	// Time is when the URL was given up.
	Time time.Time `json:"time"`
}

// NewDeadLetter returns the dead-letter record for input, which failed with
// err: its class, message and attempts come from err.
func NewDeadLetter(input string, err error) DeadLetter {
	return DeadLetter{
		Schema:   DeadLetterSchema,
		URL:      RedactURL(input),
		Class:    ErrorCode(err),
		Error:    err.Error(),
		Attempts: Attempts(err),
		Time:     time.Now().UTC(),
	}
}

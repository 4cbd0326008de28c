package newsner

import "errors"

// limitError marks the cause of an error that a configured limit gave (a
// size cap, a timeout, the SSRF guard, an input format that refuses a
// page), naming the limit by its Config field ("MaxBodyBytes",
// "BodyTimeout", "AllowPrivateNetworks", "Format"), so that the command
// that set the limit can say which of its flags moves it (LimitOf): a
// stage names no command's flags. Its text is its cause's, empty for none.
type limitError struct {
	limit string
	err   error
}

func (l *limitError) Error() string {
	if l.err == nil {
		return ""
	}
	return l.err.Error()
}

func (l *limitError) Unwrap() error { return l.err }

// AtLimit marks cause (nil for none) as given by the limit named limit,
// for an *Error's Err: the error's text is as without it.
func AtLimit(limit string, cause error) error {
	return &limitError{limit: limit, err: cause}
}

// LimitOf returns the limit that gave err (AtLimit), "" for none.
func LimitOf(err error) string {
	var l *limitError
	if errors.As(err, &l) {
		return l.limit
	}
	return ""
}

// HasText reports whether err is an error with a text of its own: not
// nil, not a limit's mark without a cause (AtLimit(limit, nil)), whose
// text is "". A layer that writes a cause after its own words asks it
// first, so that such a mark leaves no dangling ": ".
func HasText(err error) bool { return err != nil && err.Error() != "" }

// FlagNames names, for a stage's log lines that say what to change, the
// command's flag that sets each of its settings, by the Config field that
// holds it ("Group": "--group", "PerHostRate": "--per-host-rate"): a stage
// names no command's flags, as AtLimit's mark lets its errors name none,
// and the command that set the fields gives their names.
type FlagNames map[string]string

// Or returns the flag that sets field, or words (what the line says of
// the setting) where none is named: a stage run by no command.
func (f FlagNames) Or(field, words string) string {
	if n := f[field]; n != "" {
		return n
	}
	return words
}

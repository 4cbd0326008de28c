// Package cmdline holds the class of a mistake in the command line: a flag
// value refused, a mix of flags that cannot go together, an argument
// missing or one too many. The commands exit 2 on it and 1 on any other
// failure, as the README says; the packages that register flags of their
// own (internal/kafka's connection flags) give their refusals this class,
// so that the command's Main asks one class, not one per package.
package cmdline

import (
	"errors"
	"fmt"
)

// Mistake is an error of the class: its text says what was wrong.
type Mistake struct{ Err error }

func (e *Mistake) Error() string { return e.Err.Error() }
func (e *Mistake) Unwrap() error { return e.Err }

// Errorf returns a Mistake of fmt.Errorf(format, a...).
func Errorf(format string, a ...any) error {
	return &Mistake{fmt.Errorf(format, a...)}
}

// IsMistake reports whether err, or an error it wraps, is a Mistake.
func IsMistake(err error) bool {
	var m *Mistake
	return errors.As(err, &m)
}

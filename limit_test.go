package newsner

import (
	"errors"
	"testing"
)

// TestAtLimit: a cause marked with its limit reads as without the mark,
// a mark with no cause adds nothing to the message, and the limit is
// found through Wrap and other wrapping.
func TestAtLimit(t *testing.T) {
	bare := &Error{Code: ETooLarge, Message: "body over the 10-byte cap", Err: AtLimit("MaxBodyBytes", nil)}
	if got, want := bare.Error(), "too_large: body over the 10-byte cap"; got != want {
		t.Errorf("no cause: %q, want %q", got, want)
	}
	cause := errors.New("deadline passed")
	e := Wrap(&Error{Code: ETimeout, Message: "body not read within 1s", Err: AtLimit("BodyTimeout", cause)}, "fetch u")
	if got, want := e.Error(), "timeout: fetch u: body not read within 1s: deadline passed"; got != want {
		t.Errorf("cause: %q, want %q", got, want)
	}
	if LimitOf(e) != "BodyTimeout" || LimitOf(bare) != "MaxBodyBytes" || LimitOf(cause) != "" || !errors.Is(e, cause) {
		t.Errorf("LimitOf: %q %q %q; errors.Is cause %v", LimitOf(e), LimitOf(bare), LimitOf(cause), errors.Is(e, cause))
	}
}

// TestHasText: a cause has a text of its own unless it is nil or a
// limit's mark without a cause, the one test Error, the fetcher's attempt
// count and cmd/newsner's flag hints share (each had its own).
func TestHasText(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{AtLimit("MaxBodyBytes", nil), false},
		{AtLimit("BodyTimeout", errors.New("deadline passed")), true},
		{errors.New("x"), true},
	} {
		if got := HasText(c.err); got != c.want {
			t.Errorf("HasText(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

// TestFlagNames: a stage's line names the flag the command gave for a
// setting, and says the setting in its own words where none was given.
func TestFlagNames(t *testing.T) {
	f := FlagNames{"Group": "--group"}
	if got := f.Or("Group", "group"); got != "--group" {
		t.Errorf("named: %q, want --group", got)
	}
	if got := f.Or("Since", "the time asked for"); got != "the time asked for" {
		t.Errorf("not named: %q, want the words", got)
	}
	if got := FlagNames(nil).Or("Group", "group"); got != "group" {
		t.Errorf("no names: %q, want the words", got)
	}
}

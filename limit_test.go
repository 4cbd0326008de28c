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

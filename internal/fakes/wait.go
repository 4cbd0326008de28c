package fakes

import (
	"testing"
	"time"
)

// WaitFor polls cond every 20ms until it holds, failing the test with what
// it waited for once d has passed.
func WaitFor(t testing.TB, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

package cmdline

import (
	"errors"
	"fmt"
	"testing"
)

// TestIsMistakeThroughWrapping: a mistake wrapped with context is still
// one; a failure, or one that wraps a mistake's text only, is not.
func TestIsMistakeThroughWrapping(t *testing.T) {
	m := Errorf("--format %q: want json or short", "xml")
	if !IsMistake(m) || !IsMistake(fmt.Errorf("feed: %w", m)) {
		t.Errorf("a mistake, wrapped or not, is not one: %v", m)
	}
	if IsMistake(nil) || IsMistake(errors.New("open x: no such file")) || IsMistake(fmt.Errorf("feed: %v", m)) {
		t.Error("a failure is taken for a mistake")
	}
	if got := m.Error(); got != `--format "xml": want json or short` {
		t.Errorf("text %q", got)
	}
}

package shared

import (
	"path/filepath"
	"testing"
)

func TestDirFromEnv(t *testing.T) {
	t.Setenv("NEWSNER_SHARED", "/x/y")
	if got := Path("data", "a"); got != filepath.Join("/x/y", "data", "a") {
		t.Fatalf("Path = %q", got)
	}
}

func TestDirBesideModuleRoot(t *testing.T) {
	t.Setenv("NEWSNER_SHARED", "")
	// The test runs in internal/shared; the module root is two levels up.
	want, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Dir(); got != want {
		t.Fatalf("Dir = %q, want %q", got, want)
	}
}

type skipper struct{ skipped bool }

func (s *skipper) Helper()              {}
func (s *skipper) Skipf(string, ...any) { s.skipped = true }

func TestRequireSkipsWhenAbsent(t *testing.T) {
	t.Setenv("NEWSNER_SHARED", t.TempDir())
	var s skipper
	Require(&s, "data", "nothing-here")
	if !s.skipped {
		t.Fatal("Require did not skip on an absent path")
	}
}

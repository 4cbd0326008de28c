package shared

import (
	"os"
	"path/filepath"
	"strings"
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

// TestMissingOnlyForSharedFiles: a file of the shared data not found,
// where the shared directory is not there, says where the data was looked
// for; a file the user named outside it (eval ner --model nosuch.bin)
// does not: it was told to set NEWSNER_SHARED.
func TestMissingOnlyForSharedFiles(t *testing.T) {
	t.Setenv("NEWSNER_SHARED", filepath.Join(t.TempDir(), "absent"))
	_, inside := os.Open(Path("data", "conll2003", "eng.testa"))
	if got := Missing(inside).Error(); !strings.Contains(got, "no shared data at") {
		t.Errorf("a shared file: %q; want the shared data's hint", got)
	}
	_, outside := os.Open(filepath.Join(t.TempDir(), "nosuch.bin"))
	if got := Missing(outside); got != outside {
		t.Errorf("a file outside the shared data: %q; want it as it was", got)
	}
}

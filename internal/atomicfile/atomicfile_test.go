package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWrite: the content is replaced; a fill that fails leaves the old
// content and no temporary file.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := Write(path, func(w io.Writer) error { io.WriteString(w, "half"); return boom }); !errors.Is(err, boom) {
		t.Fatalf("failing fill: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new\n" {
		t.Errorf("content %q, want the first write's", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("directory holds %d entries, want the file alone", len(entries))
	}
}

// TestFileInSteps: content written, synced, written again and committed
// replaces the file whole; until Commit the old content stays; Abort
// leaves it and no temporary file.
func TestFileInSteps(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "one\n")
	if err := f.Sync(); err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "two\n")
	if b, _ := os.ReadFile(path); string(b) != "old\n" {
		t.Fatalf("content %q before Commit, want the old", b)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "one\ntwo\n" {
		t.Fatalf("content %q after Commit", b)
	}
	f.Abort() // after Commit: nothing
	if err := f.Commit(); err == nil {
		t.Error("a second Commit succeeded")
	}
	g, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(g, "dropped\n")
	g.Sync()
	g.Abort()
	if b, _ := os.ReadFile(path); string(b) != "one\ntwo\n" {
		t.Errorf("content %q after Abort, want the committed", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("directory holds %d entries, want the file alone", len(entries))
	}
}

// TestWriteKeepsMode: the new content keeps the replaced file's
// permissions; a path that did not exist gets 0600.
func TestWriteKeepsMode(t *testing.T) {
	dir := t.TempDir()
	fill := func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }
	for _, mode := range []os.FileMode{0o644, 0o640, 0o600} {
		path := filepath.Join(dir, "f.txt")
		if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil { // whatever the umask
			t.Fatal(err)
		}
		if err := Write(path, fill); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != mode {
			t.Errorf("replaced a %o file: %v, %v", mode, fi.Mode(), err)
		}
	}
	path := filepath.Join(dir, "new.txt")
	if err := Write(path, fill); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("new file: %v, %v", fi.Mode(), err)
	}
}

// TestCheck: a path in a directory that is there checks out and is left
// as it was (not there, or with its content), with no temporary file; one
// in a directory that is not there is an error.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.txt")
	if err := Check(path); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("directory holds %d entries after Check, want none", len(entries))
	}
	// The error names the directory, not the temporary file no user
	// named ("open DIR/no-such-dir/f.txt.3687079216.tmp: ...").
	missing := filepath.Join(dir, "no-such-dir")
	err := Check(filepath.Join(missing, "f.txt"))
	if want := "create a file in " + missing + ": no such file or directory"; !errors.Is(err, os.ErrNotExist) || err.Error() != want {
		t.Errorf("Check in a missing directory: %v, want not exist, %q", err, want)
	}
}

// Package atomicfile replaces a file's content atomically: a crash leaves
// the old content or the new, never a mix or a truncated file.
package atomicfile

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Write writes what fill writes to a temporary file beside path, syncs it
// and renames it over path (then syncs the directory, so the rename
// survives a crash). On an error path is untouched and the temporary file
// removed; the error is fill's, or the file system's as it came.
func Write(path string, fill func(w io.Writer) error) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// Check reports whether path can be written as Write writes it (its
// directory there, a file creatable in it), making and removing the
// temporary file Write starts with and leaving path untouched: for a
// command to say so before its work rather than lose it at the end.
func Check(path string) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	f.Abort()
	return nil
}

// File is the new content of a file, written to a temporary file beside
// it (buffered) until Commit puts it in place, or Abort drops it. For a
// writer that builds the content in steps, as Write's fill does at once:
// the long part written and synced (Sync) outside a lock, say, the rest
// and Commit under it.
type File struct {
	path string
	tmp  *os.File
	w    *bufio.Writer
	done bool
}

// Create starts the new content of path. The new file keeps the
// permissions of the file it replaces (a file a program created 0644, or
// one its user chmodded, stays so); a new path gets 0600.
func Create(path string) (*File, error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".*.tmp")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		// Named by its directory, not by the temporary file no user
		// named ("open DIR/cp.json.3687079216.tmp: no such file or
		// directory"); the cause is kept (errors.Is).
		return nil, &fs.PathError{Op: "create a file in", Path: dir, Err: pe.Err}
	}
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(path); err == nil {
		if err := tmp.Chmod(fi.Mode().Perm()); err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			return nil, err
		}
	}
	return &File{path: path, tmp: tmp, w: bufio.NewWriter(tmp)}, nil
}

// Name is the temporary file's name: a handle opened on it before Commit
// is one on path after.
func (f *File) Name() string { return f.tmp.Name() }

// Write writes p (buffered).
func (f *File) Write(p []byte) (int, error) { return f.w.Write(p) }

// Sync flushes what was written and syncs it to disk, so that Commit has
// only what comes after to sync.
func (f *File) Sync() error {
	if err := f.w.Flush(); err != nil {
		return err
	}
	return f.tmp.Sync()
}

// Commit syncs the content and renames it over path (then syncs the
// directory, so the rename survives a crash). On an error path is
// untouched and the temporary file removed; the error is the file
// system's as it came.
func (f *File) Commit() error {
	if f.done {
		return errors.New("atomicfile: " + f.path + " already committed or aborted")
	}
	err := f.Sync()
	if cerr := f.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.tmp.Name(), f.path)
	}
	if err != nil {
		f.Abort()
		return err
	}
	f.done = true
	if d, err := os.Open(filepath.Dir(f.path)); err == nil {
		d.Sync() // best effort: not every file system syncs a directory
		d.Close()
	}
	return nil
}

// Abort removes the temporary file, leaving path untouched; after Commit
// (or Abort) it does nothing.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.tmp.Close()
	os.Remove(f.tmp.Name())
}

// Package atomicfile replaces a file's content atomically: a crash leaves
// the old content or the new, never a mix or a truncated file.
package atomicfile

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
)

// Write writes what fill writes to a temporary file beside path, syncs it
// and renames it over path (then syncs the directory, so the rename
// survives a crash). On an error path is untouched and the temporary file
// removed; the error is fill's, or the file system's as it came.
func Write(path string, fill func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(tmp)
	err = fill(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync() // best effort: not every file system syncs a directory
		d.Close()
	}
	return nil
}

// Package shared locates the shared materials (the dev data sets under
// data/): the directory named by $NEWSNER_SHARED, else "shared" beside the
// repository's root (../shared from the checkout). Data never goes into the
// repository; tests, benchmarks and the eval and train commands read it from
// here, and tests skip where it is absent.
package shared

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Dir returns the shared materials' directory: $NEWSNER_SHARED if set, else
// "shared" beside the module root found above the working directory (so a
// test in any package and a command run from the root agree), else
// "../shared".
func Dir() string {
	if d := os.Getenv("NEWSNER_SHARED"); d != "" {
		return d
	}
	if wd, err := os.Getwd(); err == nil {
		for d := wd; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				return filepath.Join(filepath.Dir(d), "shared")
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	return filepath.Join("..", "shared")
}

// Path joins elem to Dir: Path("data", "conll2003", "eng.train").
func Path(elem ...string) string {
	return filepath.Join(append([]string{Dir()}, elem...)...)
}

// Skipper is what Require needs of a test or benchmark (testing.TB).
type Skipper interface {
	Helper()
	Skipf(format string, args ...any)
}

// Require returns Path(elem...), skipping tb when nothing is there.
func Require(tb Skipper, elem ...string) string {
	tb.Helper()
	p := Path(elem...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data absent: %v (set NEWSNER_SHARED)", err)
	}
	return p
}

// Missing adds to err, a failure to read a file of the shared data, where
// the data was looked for, when that directory itself is not there (a
// fresh clone without the data): "open .../eng.testa: no such file or
// directory" alone does not say that the data sets live outside the
// repository, nor how to point at them. Other errors are returned as they
// are, and so is one about a file outside the shared directory (a
// --model or --train file the user named), which the hint sent looking
// for the shared data.
func Missing(err error) error {
	var pe *fs.PathError
	if err == nil || !errors.Is(err, fs.ErrNotExist) || !errors.As(err, &pe) {
		return err
	}
	dir := Dir()
	if _, serr := os.Stat(dir); serr == nil || !within(pe.Path, dir) {
		return err
	}
	return fmt.Errorf("%w (no shared data at %s: the data sets are kept outside the repository; set NEWSNER_SHARED to their directory)", err, dir)
}

// within reports whether path is dir or below it.
func within(path, dir string) bool {
	p, perr := filepath.Abs(path)
	d, derr := filepath.Abs(dir)
	if perr != nil || derr != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

package newsner_test

import (
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
)

// TestPackageMapListsEveryPackage: README's package map names every
// directory of Go code (extract/ner/gazetteer/lexgen was missing), in its
// first column or, as extract/ner in extract/'s row, in backquotes, and
// every directory its first column names is there.
func TestPackageMapListsEveryPackage(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	start, end := strings.Index(readme, "## Package map"), strings.Index(readme, "## Evaluating it")
	if start < 0 || end < start {
		t.Fatal("README.md has no package map before 'Evaluating it'")
	}
	table := readme[start:end]
	named := map[string]bool{}
	for _, line := range strings.Split(table, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		first, _, _ := strings.Cut(line[len("| `"):], "`")
		named[strings.TrimSuffix(first, "/")] = true
	}
	dirs := map[string]bool{}
	err = fs.WalkDir(os.DirFS("."), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return fs.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") && path.Dir(p) != "." {
			dirs[path.Dir(p)] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for d := range dirs {
		if !named[d] && !strings.Contains(table, "`"+d+"`") {
			t.Errorf("README's package map does not name %s", d)
		}
	}
	for d := range named {
		if strings.ContainsAny(d, "*. ,") {
			continue // *.go, .ci/run, compose.yaml and the like
		}
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			t.Errorf("README's package map names %s, which is no directory", d)
		}
	}
}

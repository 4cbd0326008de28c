package ner

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var sharedDir = flag.String("shared", filepath.Join("..", "..", "..", "shared"), "path to the shared materials (data/conll2003)")

// devDocs reads eng.testa, or skips the test if the shared data is absent.
func devDocs(t testing.TB) []Doc {
	t.Helper()
	return conllDocs(t, "eng.testa")
}

func conllDocs(t testing.TB, name string) []Doc {
	t.Helper()
	dir := *sharedDir
	if env := os.Getenv("NEWSNER_SHARED"); env != "" {
		dir = env
	}
	f, err := os.Open(filepath.Join(dir, "data", "conll2003", name))
	if os.IsNotExist(err) {
		t.Skipf("%s absent; -shared or NEWSNER_SHARED names the shared materials", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }

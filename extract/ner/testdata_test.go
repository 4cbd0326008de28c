package ner

import (
	"os"
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/shared"
)

// devDocs reads eng.testa, or skips the test if the shared data is absent.
func devDocs(t testing.TB) []Doc {
	t.Helper()
	return conllDocs(t, "eng.testa")
}

func conllDocs(t testing.TB, name string) []Doc {
	t.Helper()
	f, err := os.Open(shared.Require(t, "data", "conll2003", name))
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

// testTokens tokenizes text as the tagger does (prose's POS tagger, our
// tokenizer), failing the test on an error.
func testTokens(t testing.TB, text string) []token {
	t.Helper()
	pos, err := sharedPOSTagger()
	if err != nil {
		t.Fatal(err)
	}
	toks, err := tokenize(pos, text)
	if err != nil {
		t.Fatal(err)
	}
	return toks
}

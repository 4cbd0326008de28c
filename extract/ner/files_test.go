package ner

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestReadCoNLLFile reads a made-up CoNLL-2003 file by path and says
// which file a missing one was.
func TestReadCoNLLFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.conll")
	data := "-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nvisited VBD I-VP O\nOslo NNP I-NP I-LOC\n. . O O\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := ReadCoNLLFile(path)
	if err != nil || len(docs) != 1 || len(docs[0].Gold) != 2 {
		t.Fatalf("ReadCoNLLFile = %+v, %v; want one document with two names", docs, err)
	}
	if _, err := ReadCoNLLFile(path + ".none"); err == nil || !strings.Contains(err.Error(), "tiny.conll.none") {
		t.Errorf("missing file: err = %v, want one naming it", err)
	}
}

// TestReadTaggedFile: the one file reader takes the tag scheme (here
// one sentence per document, as the tweet corpora are read) and, for
// every corpus alike, says "conll: open PATH" for a file it cannot open.
func TestReadTaggedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tweets.conll")
	data := "Anna B-PER\nlanded O\n\nOslo B-LOC\nwaits O\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := readTaggedFile(path, TagScheme{SentenceDocs: true})
	if err != nil || len(docs) != 2 || len(docs[0].Gold) != 1 || len(docs[1].Gold) != 1 {
		t.Fatalf("readTaggedFile = %+v, %v; want two one-name documents", docs, err)
	}
	for _, read := range []func(string) ([]Doc, error){ReadCoNLLFile, func(p string) ([]Doc, error) { return readTaggedFile(p, TagScheme{SentenceDocs: true}) }} {
		if _, err := read(path + ".none"); err == nil || !strings.HasPrefix(err.Error(), "conll: open ") || !strings.Contains(err.Error(), "tweets.conll.none") {
			t.Errorf("missing file: err = %v, want conll: open naming it", err)
		}
	}
}

// TestModelFileRoundTrip: "embedded" is the embedded model, and a model
// written by WriteModelFile loads back to find the same entities.
func TestModelFileRoundTrip(t *testing.T) {
	emb, err := LoadModelFile("embedded")
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := Load(); emb != want {
		t.Error(`LoadModelFile("embedded") is not Load()'s tagger`)
	}
	path := filepath.Join(t.TempDir(), "model.bin")
	if err := WriteModelFile(emb, path); err != nil {
		t.Fatal(err)
	}
	back, err := LoadModelFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const text = "Maria Lindqvist, the mayor of Tromsø, met officials of the Nordic Rail Union in Bergen on Monday."
	if got, want := back.Entities(text), emb.Entities(text); !reflect.DeepEqual(got, want) {
		t.Errorf("reloaded model finds %+v, the embedded one %+v", got, want)
	}
	if _, err := LoadModelFile(filepath.Join(t.TempDir(), "none.bin")); err == nil {
		t.Error("LoadModelFile of a missing file succeeded")
	}
	if err := WriteModelFile(emb, filepath.Join(t.TempDir(), "no", "such", "dir", "m.bin")); err == nil {
		t.Error("WriteModelFile into a missing directory succeeded")
	}
}

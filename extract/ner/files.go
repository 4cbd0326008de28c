package ner

import (
	"fmt"
	"os"
)

// ReadCoNLLFile reads the CoNLL-2003 file at path (ReadCoNLL).
func ReadCoNLLFile(path string) ([]Doc, error) {
	return readTaggedFile(path, TagScheme{})
}

// readTaggedFile reads the CoNLL-style file at path under the tag scheme sc
// (ReadTagged): the one file reader for CoNLL-2003 (the zero scheme) and the
// other corpora's files the training sources and dev sets name. Errors name
// the path; one that cannot be opened says "conll: open PATH: ...", a
// directory "conll: PATH is a directory, not a file" (it said "PATH: read
// conll: read PATH: is a directory").
func readTaggedFile(path string, sc TagScheme) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conll: %w", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("conll: %s is a directory, not a file", path)
	}
	docs, err := ReadTagged(f, sc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// LoadModelFile loads the model file at path (LoadModel), or the embedded
// model (Load) for "embedded".
func LoadModelFile(path string) (*Tagger, error) {
	if path == "embedded" {
		return Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := LoadModel(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// WriteModelFile writes t's model (WriteModel) to a file at path.
func WriteModelFile(t *Tagger, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := t.WriteModel(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

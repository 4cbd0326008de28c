package ner

import (
	"errors"
	"fmt"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// maxWordBytes is the longest run of non-space text handed to prose. prose's
// tokenizer peels punctuation off a word one byte at a time, rescanning the
// word each time, so a megabyte of "))))" would take hours; no name is this
// long, so longer runs are blanked out (their offsets are kept, they just
// yield no tokens).
const maxWordBytes = 256

var (
	proseOnce  sync.Once
	proseModel *prose.Model
	proseErr   error
)

// sharedProse returns prose's stock model (POS tagger and entity
// classifier), loaded once per process: loading takes about 0.3 s, and
// prose.NewDocument without a model would load it again for every document.
func sharedProse() (*prose.Model, error) {
	proseOnce.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				proseErr = fmt.Errorf("load prose model: %v", r)
			}
		}()
		proseModel = prose.ModelFromData("prose-stock")
	})
	return proseModel, proseErr
}

// prepare folds text as prose's tokenizer would and blanks out runs of
// non-space text longer than maxWordBytes. The result's s is what prose
// should see.
func prepare(text string) folded {
	f := fold(text)
	b := []byte(nil)
	start := -1
	for i := 0; i <= len(f.s); {
		space := true
		size := 1
		if i < len(f.s) {
			var r rune
			r, size = utf8.DecodeRuneInString(f.s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case !space && start < 0:
			start = i
		case space && start >= 0:
			if i-start > maxWordBytes {
				if b == nil {
					b = []byte(f.s)
				}
				for k := start; k < i; k++ {
					b[k] = ' '
				}
			}
			start = -1
		}
		i += size
	}
	if b != nil {
		f.s = string(b)
	}
	return f
}

// tokenize splits text into tokens placed in it (splitWords: prose's
// tokenizer, less its dropping of the rest of "O'Malley" and of "'s.") and
// tags them with pos (prose's tagger, see posTagger). It never panics.
func tokenize(pos *posTagger, text string) ([]token, error) {
	toks := splitText(text)
	if len(toks) > 0 {
		pos.tag(toks)
	}
	return toks, nil
}

// splitText is tokenize without the tags.
func splitText(text string) []token {
	if text == "" {
		return nil
	}
	f := prepare(text)
	return align(text, f, splitWords(f.s), nil)
}

// analyze runs prose over text (tokenizing; tagging if tag; classifying
// entities with prose's stock model if extract) and returns the tokens placed
// in text, with prose's entity labels when extract is set. It never panics.
func analyze(model *prose.Model, text string, tag, extract bool) (toks []token, labels []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			toks, labels, err = nil, nil, fmt.Errorf("prose: %v", r)
		}
	}()
	if text == "" {
		return nil, nil, nil
	}
	if model == nil && (tag || extract) {
		// prose would load its models again for this one document.
		return nil, nil, errors.New("prose: tagging or extraction needs the shared model")
	}
	f := prepare(text)
	opts := []prose.DocOpt{
		prose.WithSegmentation(false),
		prose.WithTagging(tag),
		prose.WithExtraction(extract),
	}
	if model != nil {
		opts = append(opts, prose.UsingModel(model))
	}
	doc, err := prose.NewDocument(f.s, opts...)
	if err != nil {
		return nil, nil, fmt.Errorf("prose: %w", err)
	}
	pt := doc.Tokens()
	words := make([]string, len(pt))
	tags := make([]string, len(pt))
	labs := make([]string, len(pt))
	for i, t := range pt {
		words[i], tags[i], labs[i] = t.Text, t.Tag, t.Label
	}
	toks, idx := alignIndexed(text, f, words, tags)
	if extract {
		labels = make([]string, len(toks))
		for i, k := range idx {
			labels[i] = labs[k]
		}
	}
	return toks, labels, nil
}

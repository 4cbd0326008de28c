package ner

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Tagger finds entities in text with the package's own sequence model over
// prose's tokens and part-of-speech tags. Safe for concurrent use by all
// workers.
type Tagger struct {
	pos      *posTagger
	gz       *gazetteer
	name     string
	w        *weights // first stage
	w2       *weights // second stage, nil if the model has one stage
	clusters map[string]string
	glove    *gloveFeats // nil if the model has no GloVe features
	decoders sync.Pool
}

// Finder is what Tagger and Prose have in common: newsner.EntityFinder.
type Finder = newsner.EntityFinder

var (
	loadOnce sync.Once
	loaded   *Tagger
	loadErr  error
	_        Finder = (*Tagger)(nil)
	_        Finder = (*Prose)(nil)
)

// Load returns the tagger with the model embedded in the binary. The model
// is read once per process; every call returns the same Tagger.
func Load() (*Tagger, error) {
	loadOnce.Do(func() {
		loaded, loadErr = LoadModel(bytes.NewReader(embeddedModel))
	})
	return loaded, loadErr
}

// LoadModel reads a model file written by WriteModel (`newsner train ner`).
func LoadModel(r io.Reader) (*Tagger, error) {
	pos, err := sharedPOSTagger()
	if err != nil {
		return nil, err
	}
	gz, err := sharedGazetteer()
	if err != nil {
		return nil, err
	}
	mf, err := readModel(r, false)
	if err != nil {
		return nil, err
	}
	nameIndex() // read the name lists now rather than in the first article
	return newTagger(pos, gz, mf), nil
}

var (
	gzOnce sync.Once
	gzVal  *gazetteer
	gzErr  error
)

func sharedGazetteer() (*gazetteer, error) {
	gzOnce.Do(func() {
		gzVal, gzErr = loadGazetteer()
		if gzErr != nil {
			gzErr = fmt.Errorf("load gazetteer: %w", gzErr)
		}
	})
	return gzVal, gzErr
}

func newTagger(pos *posTagger, gz *gazetteer, mf *modelFile) *Tagger {
	t := &Tagger{pos: pos, gz: gz, name: mf.name, w: mf.w, w2: mf.w2, clusters: mf.clusters, glove: mf.glove}
	t.decoders.New = func() any { return new(decoder) }
	return t
}

// WriteModel writes the tagger's model in the format LoadModel reads.
func (t *Tagger) WriteModel(w io.Writer) error {
	return writeModel(w, &modelFile{name: t.name, w: t.w, w2: t.w2, clusters: t.clusters, glove: t.glove})
}

// Features reports the number of feature rows in the model.
func (t *Tagger) Features() int {
	n := t.w.index.len()
	if t.w2 != nil {
		n += t.w2.index.len()
	}
	return n
}

// DocStep versions the document step (entities.go and the rule files it
// calls: spans*.go, lines*.go, joins*.go, connectives.go, types.go and
// types_*.go, names.go, teams.go, credits.go and the rest, and the lists
// in names/: span cleaning, typing, merging and keys), which changes the
// records as much as the weights do.
// Bump it with every change to what the step emits.
const DocStep = "doc93"

// Name identifies the model and document step in the record's model field
// ("ner/perceptron-v4/doc17").
func (t *Tagger) Name() string { return t.name + "/" + DocStep }

// EmbeddedName is the Name of the tagger Load returns, read from the
// embedded model's header alone: what `newsner --version` says records
// carry, without loading the model.
func EmbeddedName() (string, error) {
	mf, err := readModel(bytes.NewReader(embeddedModel), true)
	if err != nil {
		return "", err
	}
	return (&Tagger{name: mf.name}).Name(), nil
}

// Entities returns the people, places and organizations text names, one entry
// per distinct entity. Never nil; never panics.
func (t *Tagger) Entities(text string) (out []newsner.Entity) {
	defer func() {
		if r := recover(); r != nil {
			out = []newsner.Entity{}
		}
	}()
	if len(text) > maxTextBytes {
		return []newsner.Entity{} // token offsets are int32
	}
	var toks []token
	var spans []tspan
	runes := 0 // code points before text[start:]
	for start := 0; start < len(text); {
		end := chunkEnd(text, start)
		chunk := text[start:end]
		ct, err := tokenize(t.pos, chunk)
		if err != nil {
			return []newsner.Entity{}
		}
		if start == 0 && end == len(text) {
			// One chunk: its tokens and spans are the text's.
			toks, spans = ct, t.spans(chunk, ct)
			break
		}
		for _, s := range t.spans(chunk, ct) {
			s.t0 += len(toks)
			s.t1 += len(toks)
			spans = append(spans, s)
		}
		for _, tok := range ct {
			tok.Start += int32(runes)
			tok.End += int32(runes)
			tok.BStart += int32(start)
			tok.BEnd += int32(start)
			toks = append(toks, tok)
		}
		runes += utf8.RuneCountInString(chunk)
		start = end
	}
	if len(toks) == 0 {
		return []newsner.Entity{}
	}
	return buildEntities(text, toks, spans)
}

// maxTextBytes is the longest text Entities reads: a token keeps its
// offsets as int32, to be small (48 bytes, not 64: a 15 MB page has 2.4
// million tokens). A longer text has no entities.
const maxTextBytes = math.MaxInt32

// chunkBytes bounds the text tagged at once: longer texts are cut at line
// breaks (or spaces) into pieces about this long, to bound memory. The
// entity list is still made over the whole text.
const chunkBytes = 256 << 10

// chunkEnd returns where the chunk of text starting at start ends.
func chunkEnd(text string, start int) int {
	if len(text)-start <= chunkBytes {
		return len(text)
	}
	lim := start + chunkBytes
	if i := strings.LastIndexByte(text[start+chunkBytes/2:lim], '\n'); i >= 0 {
		return start + chunkBytes/2 + i + 1
	}
	for i := lim; i > start+chunkBytes/2; i-- {
		if text[i-1] == ' ' || text[i-1] == '\t' {
			return i
		}
	}
	for lim > start+1 && !utf8.RuneStart(text[lim]) {
		lim--
	}
	return lim
}

// spans tags toks and returns the entity spans, MISC included.
func (t *Tagger) spans(text string, toks []token) []tspan {
	dec := t.decoders.Get().(*decoder)
	defer t.decoders.Put(dec)
	d := dec.doc.fill(text, toks, t.gz, t.clusters, t.glove, &dec.words)
	labels := dec.decodeDoc(d, t.w, nil, nil)
	if t.w2 != nil {
		labels = dec.decodeDoc(d, t.w2, newStage1(d, labels), nil)
	}
	return spansOf(labels, 0, nil)
}

// Covers reports whether the model reads text in lang (a primary language
// subtag): English only, the language of all its training data.
func (t *Tagger) Covers(lang string) bool { return lang == "en" }

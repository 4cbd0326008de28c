package ner

import (
	"github.com/jdkato/prose/v2"

	"github.com/newsner/newsner"
)

// nlpModel is prose's shared model (tokenizer, POS tagger).
type nlpModel struct{ m *prose.Model }

// Tagger finds entities in text; safe for concurrent use by all workers.
type Tagger struct {
	nlp *nlpModel
	// fallback answers until the embedded model is trained.
	fallback *Prose
}

// Load returns the entity tagger with the embedded trained model.
func Load() (*Tagger, error) {
	p, err := NewProse()
	if err != nil {
		return nil, err
	}
	return &Tagger{nlp: p.nlp, fallback: p}, nil
}

// Name identifies the model in the record's model field.
func (t *Tagger) Name() string { return t.fallback.Name() }

// Entities returns the people, places and organizations text names, one entry
// per distinct entity. Never nil; never panics.
func (t *Tagger) Entities(text string) []newsner.Entity {
	return t.fallback.Entities(text)
}

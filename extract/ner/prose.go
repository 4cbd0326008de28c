package ner

import (
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/newsner/newsner"
)

// Prose is prose's stock entity model (segmenter off, model loaded once and
// shared), behind the same methods as Tagger: the baseline Tagger is measured
// against, and a fallback. Safe for concurrent use.
type Prose struct{ nlp *prose.Model }

// NewProse loads prose's stock model (once per process; later calls share it).
func NewProse() (*Prose, error) {
	m, err := sharedProse()
	if err != nil {
		return nil, err
	}
	return &Prose{nlp: m}, nil
}

// Name identifies the model in the record's model field.
func (p *Prose) Name() string { return "ner/prose-v2.0.0" }

// Entities returns the people, places and organizations prose's stock model
// finds in text, one entry per distinct entity. Never nil; never panics.
func (p *Prose) Entities(text string) (out []newsner.Entity) {
	defer func() {
		if r := recover(); r != nil {
			out = []newsner.Entity{}
		}
	}()
	toks, labels, err := analyze(p.nlp, text, true, true)
	if err != nil || len(toks) == 0 {
		return []newsner.Entity{}
	}
	return buildEntities(text, toks, proseChunks(toks, labels))
}

// proseChunks groups prose's token labels into spans exactly as prose's own
// chunker does (extract.go, entityExtracter.chunk, including its merging of
// neighbouring tokens that share a POS tag), but keeping token indices so
// that the spans have offsets.
func proseChunks(toks []token, labels []string) []tspan {
	var spans []tspan
	end := ""
	var parts []int
	for i, t := range toks {
		label := labels[i]
		n := len(parts)
		if (label != "O" && label != end) ||
			(n > 0 && t.Tag == toks[parts[n-1]].Tag) ||
			(n > 0 && t.Tag == "CD" && labels[parts[n-1]] != "O") {
			end = strings.Replace(label, "B", "I", 1)
			parts = append(parts, i)
		} else if (label == "O" && end != "") || label == end {
			if label != "O" {
				parts = append(parts, i)
			}
			if typ, ok := proseType(parts, labels); ok {
				spans = append(spans, tspan{typ: typ, t0: parts[0], t1: parts[len(parts)-1] + 1})
			}
			end = ""
			parts = parts[:0]
		}
	}
	return spans
}

// proseType is prose's parseEntities mapped to newsner's types: the first
// token's label names the type, except that a two-token chunk with a
// B-PERSON is a person.
func proseType(parts []int, labels []string) (newsner.EntityType, bool) {
	if len(parts) == 0 {
		return "", false
	}
	lab := labels[parts[0]]
	if len(parts) == 2 && (labels[parts[0]] == "B-PERSON" || labels[parts[1]] == "B-PERSON") {
		lab = "B-PERSON"
	}
	_, kind, _ := strings.Cut(lab, "-")
	switch kind {
	case "PERSON":
		return newsner.Person, true
	case "GPE", "LOCATION", "GSP":
		return newsner.Location, true
	case "ORGANIZATION":
		return newsner.Organization, true
	}
	return "", false
}

// Covers reports whether prose's model reads text in lang: English only.
func (p *Prose) Covers(lang string) bool { return lang == "en" }

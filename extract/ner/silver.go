package ner

import (
	"context"
	"math/rand"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Self-training ("silver" labels): unlabelled modern text, tagged by a
// model and its document step, made a training corpus. The document step
// knows things the weights do not (context cues, known places, variant
// joins, names that are no names), and the text holds today's names in
// today's contexts; training on its output is meant to carry both into
// the weights (TrainConfig.Extra; `newsner train ner --silver`).

// SourceSilver is the Doc.Source of the documents Silver makes.
const SourceSilver = "silver"

// SilverConfig controls Silver. The zero value takes every prose line of
// every text.
type SilverConfig struct {
	// MaxTokens caps the words (whitespace-separated) taken, over all
	// texts: texts are taken whole, in an order drawn with Seed, until
	// the cap is reached. 0: no cap.
	MaxTokens int
	// MinWords is the fewest words a line must hold to be taken; lines
	// that are shorter (menus, headings, captions, credits), or that do
	// not end as a sentence does, are left out: the model tags running
	// prose best, and headings teach it least. Default: 8.
	MinWords int
	// NamesOnly takes only lines that hold at least one PERSON, LOCATION
	// or ORGANIZATION mention.
	NamesOnly bool
	// Seed draws the order texts are taken in under MaxTokens. Default: 1.
	Seed int64
	// Agree, if set, is a second model: a line is taken only if it
	// finds the same spans there as the first (two taggers agreeing is
	// the confidence a perceptron does not give).
	Agree *Tagger
}

// Silver tags each text with t and returns the texts as training
// documents (Source SourceSilver) whose gold spans are t's entity
// mentions after the document step (PERSON, LOCATION, ORGANIZATION) and
// the tagger's MISC spans that no mention overlaps. Only the lines
// cfg selects are kept, so a document's Text is its kept lines, one a
// line; a text with none kept gives no document.
func Silver(ctx context.Context, t *Tagger, texts []string, cfg SilverConfig) ([]Doc, error) {
	if cfg.MinWords == 0 {
		cfg.MinWords = 8
	}
	if cfg.Seed == 0 {
		cfg.Seed = 1
	}
	order := make([]int, len(texts))
	for i := range order {
		order[i] = i
	}
	if cfg.MaxTokens > 0 {
		rand.New(rand.NewSource(cfg.Seed)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	var docs []Doc
	words := 0
	for _, i := range order {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if cfg.MaxTokens > 0 && words >= cfg.MaxTokens {
			break
		}
		d, ok := t.silverDoc(texts[i], cfg)
		if !ok {
			continue
		}
		words += len(strings.Fields(d.Text))
		docs = append(docs, d)
	}
	return docs, nil
}

// silverDoc tags text and keeps the lines cfg selects, with their spans.
func (t *Tagger) silverDoc(text string, cfg SilverConfig) (doc Doc, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	if len(text) > chunkBytes {
		text = text[:chunkEnd(text, 0)]
	}
	toks, err := tokenize(t.pos, text)
	if err != nil || len(toks) == 0 {
		return Doc{}, false
	}
	raw := t.spans(text, toks)
	spans := silverSpans(toks, raw, buildEntities(text, toks, raw))
	var other []Span
	if cfg.Agree != nil {
		raw := cfg.Agree.spans(text, toks)
		if other = silverSpans(toks, raw, buildEntities(text, toks, raw)); other == nil {
			other = []Span{}
		}
	}
	return selectLines(text, spans, other, cfg)
}

// silverSpans merges the document step's mentions with the tagger's MISC
// spans that overlap none of them, in text order.
func silverSpans(toks []token, raw []tspan, ents []newsner.Entity) []Span {
	var spans []Span
	for _, e := range ents {
		for _, m := range e.Mentions {
			spans = append(spans, Span{Type: e.Type, Start: m.Start, End: m.End})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	// Mentions of two entities never overlap in practice; if they did,
	// the first wins.
	kept := spans[:0]
	for _, s := range spans {
		if len(kept) > 0 && s.Start < kept[len(kept)-1].End {
			continue
		}
		kept = append(kept, s)
	}
	spans = kept
	for _, r := range raw {
		if r.typ != misc {
			continue
		}
		s := Span{Type: misc, Start: int(toks[r.t0].Start), End: int(toks[r.t1-1].End)}
		k := sort.Search(len(spans), func(i int) bool { return spans[i].End > s.Start })
		if k < len(spans) && spans[k].Start < s.End {
			continue
		}
		spans = append(spans, s)
		sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	}
	return spans
}

// selectLines keeps text's lines that cfg selects (prose lines: MinWords
// words or more, ending as a sentence ends; with NamesOnly, holding a
// PER/LOC/ORG span; where other is not nil, holding the same spans as
// other) and the spans inside them, offsets moved to the kept text. A
// line a span runs out of is not kept.
func selectLines(text string, spans, other []Span, cfg SilverConfig) (Doc, bool) {
	var b strings.Builder
	var out []Span
	si, oi := 0, 0
	pos := 0 // code points before the line
	for _, line := range strings.SplitAfter(text, "\n") {
		n := utf8.RuneCountInString(line)
		end := pos + n
		body := strings.TrimRight(line, "\n")
		var in []Span
		crossed := false
		for ; si < len(spans) && spans[si].Start < end; si++ {
			s := spans[si]
			if s.End > pos+utf8.RuneCountInString(body) {
				crossed = true
			}
			in = append(in, s)
		}
		agree := true
		if other != nil {
			var oin []Span
			for ; oi < len(other) && other[oi].Start < end; oi++ {
				oin = append(oin, other[oi])
			}
			agree = sameSpans(in, oin)
		}
		if !crossed && agree && proseLine(body, cfg.MinWords) && (!cfg.NamesOnly || holdsName(in)) {
			off := utf8.RuneCountInString(b.String())
			trim := len(body) - len(strings.TrimLeftFunc(body, unicode.IsSpace))
			lead := utf8.RuneCountInString(body[:trim])
			for _, s := range in {
				s.Start += off - pos - lead
				s.End += off - pos - lead
				out = append(out, s)
			}
			b.WriteString(strings.TrimSpace(body))
			b.WriteByte('\n')
		}
		pos = end
	}
	if b.Len() == 0 {
		return Doc{}, false
	}
	return Doc{Text: b.String(), Gold: out, Source: SourceSilver}, true
}

// sameSpans reports whether a and b hold the same spans (type and
// extent; Entity aside).
func sameSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Type != b[i].Type || a[i].Start != b[i].Start || a[i].End != b[i].End {
			return false
		}
	}
	return true
}

// proseLine reports whether line looks like running prose: minWords
// words or more, ending in a sentence's last mark (a closing quote or
// bracket after it allowed).
func proseLine(line string, minWords int) bool {
	line = strings.TrimSpace(line)
	if len(strings.Fields(line)) < minWords {
		return false
	}
	line = strings.TrimRight(line, `"')]”’»`)
	r, _ := utf8.DecodeLastRuneInString(line)
	return r == '.' || r == '!' || r == '?'
}

// holdsName reports whether spans hold a PERSON, LOCATION or
// ORGANIZATION span.
func holdsName(spans []Span) bool {
	for _, s := range spans {
		if s.Type.Valid() {
			return true
		}
	}
	return false
}

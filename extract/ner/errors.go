package ner

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/newsner/newsner"
)

// WriteErrors lists t's mistakes on docs, one line each, sorted by kind:
// "FP" (a mention the model made that is not annotated), "FN" (an
// annotated mention it missed), and what the document step changed in the
// tagger's raw spans ("DOC+ true": a correct mention it made, "DOC- true": a
// correct one it lost). Each line shows the mention in its context. Last
// come the raw spans' score (before the document step) and the report. A
// development aid (newsner eval ner --errors).
func WriteErrors(ctx context.Context, w io.Writer, t *Tagger, docs []Doc) error {
	raw := Counts{}
	var lines []string
	for _, doc := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		toks, err := tokenize(t.pos, doc.Text)
		if err != nil {
			return err
		}
		spans := t.spans(doc.Text, toks)
		runes := []rune(doc.Text)
		gold := map[spanKey]bool{}
		for _, s := range doc.Gold {
			if s.Type.Valid() {
				gold[spanKey{s.Type, s.Start, s.End}] = true
			}
		}
		pred := map[spanKey]bool{}
		for _, s := range spans {
			if s.typ.Valid() {
				pred[spanKey{s.typ, int(toks[s.t0].Start), int(toks[s.t1-1].End)}] = true
			}
		}
		matchSpans(gold, pred, func(newsner.EntityType) *Counts { return &raw })
		final := map[spanKey]bool{}
		for _, e := range t.Entities(doc.Text) {
			for _, m := range e.Mentions {
				final[spanKey{e.Type, m.Start, m.End}] = true
			}
		}
		ctxt := func(k spanKey) string {
			a, b := max(0, k.start-30), min(len(runes), k.end+30)
			return fmt.Sprintf("%s[[%s]]%s", string(runes[a:k.start]), string(runes[k.start:k.end]), string(runes[k.end:b]))
		}
		for k := range final {
			if !pred[k] {
				lines = append(lines, fmt.Sprintf("DOC+ %v %s %q", gold[k], k.t, ctxt(k)))
			}
			if !gold[k] {
				lines = append(lines, fmt.Sprintf("FP %s %q", k.t, ctxt(k)))
			}
		}
		for k := range pred {
			if !final[k] {
				lines = append(lines, fmt.Sprintf("DOC- %v %s %q", gold[k], k.t, ctxt(k)))
			}
		}
		for k := range gold {
			if !final[k] {
				lines = append(lines, fmt.Sprintf("FN %s %q", k.t, ctxt(k)))
			}
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		if _, err := fmt.Fprintln(w, l); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "raw spans (no document step): P %.4f R %.4f F1 %.4f\n", raw.Precision(), raw.Recall(), raw.F1())
	rep, err := Evaluate(ctx, t, docs)
	if err != nil {
		return err
	}
	return rep.Write(w)
}

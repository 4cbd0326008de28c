package ner

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/newsner/newsner"
)

var (
	debugModel = flag.String("debug-model", "", "model file to print errors of on eng.testa")
	debugCoNLL = flag.String("debug-conll", "eng.testa", "CoNLL-2003 file (in the shared conll2003 directory) -debug-model is scored on; eng.train shows what the document step gets wrong where the model knows the names")
)

// TestDebugErrors prints a model's mistakes on eng.testa or -debug-conll (a
// development aid; runs only with -debug-model).
func TestDebugErrors(t *testing.T) {
	if *debugModel == "" {
		t.Skip("no -debug-model")
	}
	f, err := os.Open(*debugModel)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := LoadModel(f)
	if err != nil {
		t.Fatal(err)
	}
	docs := conllDocs(t, *debugCoNLL)
	raw := Counts{}
	type key = spanKey
	var lines []string
	for _, doc := range docs {
		toks, _ := tokenize(tg.pos, doc.Text)
		spans := tg.spans(doc.Text, toks)
		runes := []rune(doc.Text)
		gold := map[key]bool{}
		for _, s := range doc.Gold {
			if s.Type.Valid() {
				gold[key{s.Type, s.Start, s.End}] = true
			}
		}
		pred := map[key]bool{}
		for _, s := range spans {
			if s.typ.Valid() {
				pred[key{s.typ, toks[s.t0].Start, toks[s.t1-1].End}] = true
			}
		}
		matchSpans(gold, pred, func(newsner.EntityType) *Counts { return &raw })
		final := map[key]bool{}
		for _, e := range tg.Entities(doc.Text) {
			for _, m := range e.Mentions {
				final[key{e.Type, m.Start, m.End}] = true
			}
		}
		ctx := func(k key) string {
			a, b := max(0, k.start-30), min(len(runes), k.end+30)
			return fmt.Sprintf("%s[[%s]]%s", string(runes[a:k.start]), string(runes[k.start:k.end]), string(runes[k.end:b]))
		}
		for k := range final {
			if !pred[k] {
				lines = append(lines, fmt.Sprintf("DOC+ %v %s %q", gold[k], k.t, ctx(k)))
			}
		}
		for k := range pred {
			if !final[k] {
				lines = append(lines, fmt.Sprintf("DOC- %v %s %q", gold[k], k.t, ctx(k)))
			}
		}
		for k := range final {
			if !gold[k] {
				lines = append(lines, fmt.Sprintf("FP %s %q", k.t, ctx(k)))
			}
		}
		for k := range gold {
			if !final[k] {
				lines = append(lines, fmt.Sprintf("FN %s %q", k.t, ctx(k)))
			}
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Printf("raw spans (no document step): P %.4f R %.4f F1 %.4f\n", raw.Precision(), raw.Recall(), raw.F1())
	rep, _ := Evaluate(context.Background(), tg, docs)
	rep.Write(os.Stdout)
}

package ner

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

var unseenModels = flag.String("unseen-models", "", "comma-separated model files to score on entities unseen in training (development aid)")

// TestUnseen scores models on eng.testa's entities whose text never
// occurs as an entity in eng.train: a proxy for how they do on new names.
func TestUnseen(t *testing.T) {
	if *unseenModels == "" {
		t.Skip("no -unseen-models")
	}
	train := conllDocs(t, "eng.train")
	seen := map[string]bool{}
	for _, d := range train {
		r := []rune(d.Text)
		for _, s := range d.Gold {
			seen[string(r[s.Start:s.End])] = true
		}
	}
	dev := devDocs(t)
	for _, path := range strings.Split(*unseenModels, ",") {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		tg, err := LoadModel(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var c Counts
		byType := map[newsner.EntityType]*Counts{}
		for _, d := range dev {
			r := []rune(d.Text)
			gold := map[spanKey]bool{}
			for _, s := range d.Gold {
				if s.Type.Valid() && !seen[string(r[s.Start:s.End])] {
					gold[spanKey{s.Type, s.Start, s.End}] = true
				}
			}
			pred := map[spanKey]bool{}
			for _, e := range tg.Entities(d.Text) {
				for _, m := range e.Mentions {
					if !seen[m.Text] {
						pred[spanKey{e.Type, m.Start, m.End}] = true
					}
				}
			}
			matchSpans(gold, pred, func(typ newsner.EntityType) *Counts {
				if byType[typ] == nil {
					byType[typ] = &Counts{}
				}
				return byType[typ]
			})
		}
		var line strings.Builder
		for _, tc := range byType {
			c.TP += tc.TP
			c.FP += tc.FP
			c.FN += tc.FN
		}
		for _, typ := range typeList[:3] {
			if tc := byType[typ]; tc != nil {
				fmt.Fprintf(&line, " %s %.4f (tp %d fp %d fn %d)", typ, tc.F1(), tc.TP, tc.FP, tc.FN)
			}
		}
		fmt.Printf("%s unseen: P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d)%s\n", path, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN, line.String())
	}
}

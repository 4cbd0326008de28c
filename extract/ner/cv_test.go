package ner

import (
	"context"
	"strings"
	"testing"
)

// cvCoNLL is made-up CoNLL-2003 text (not Reuters): four short documents.
const cvCoNLL = `-DOCSTART- -X- O O

Angela NNP I-NP I-PER
Merkel NNP I-NP I-PER
visited VBD I-VP O
Paris NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Siemens NNP I-NP I-ORG
opened VBD I-VP O
a DT I-NP O
plant NN I-NP O
in IN I-PP O
Berlin NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Emmanuel NNP I-NP I-PER
Macron NNP I-NP I-PER
met VBD I-VP O
NATO NNP I-NP I-ORG
in IN I-PP O
Brussels NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Merkel NNP I-NP I-PER
left VBD I-VP O
Paris NNP I-NP I-LOC
for IN I-PP O
Siemens NNP I-NP I-ORG
. . O O
`

func TestCrossValidate(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(cvCoNLL))
	if err != nil || len(docs) != 4 {
		t.Fatalf("ReadCoNLL: %d docs, %v", len(docs), err)
	}
	cfg := TrainConfig{Epochs: 2, Runs: 1, Stages: 1}
	res, err := CrossValidate(context.Background(), docs, cfg, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Folds) != 2 || res.Folds[0].Docs != 2 || res.Folds[1].Docs != 2 || res.Total.Docs != 4 {
		t.Fatalf("folds %d, docs %d+%d=%d, want 2 folds of 2", len(res.Folds), res.Folds[0].Docs, res.Folds[1].Docs, res.Total.Docs)
	}
	gold := 0
	for _, d := range docs {
		for _, s := range d.Gold {
			if s.Type.Valid() {
				gold++
			}
		}
	}
	var sum Counts
	for _, r := range res.Folds {
		sum.TP += r.Total.TP
		sum.FP += r.Total.FP
		sum.FN += r.Total.FN
	}
	if sum != res.Total.Total || sum.TP+sum.FN != gold {
		t.Errorf("total %+v, folds sum to %+v, gold mentions %d", res.Total.Total, sum, gold)
	}
	if !strings.Contains(res.Total.Model, "2-fold cross-validation") {
		t.Errorf("model %q", res.Total.Model)
	}
	if _, err := CrossValidate(context.Background(), docs, cfg, 5, 1); err == nil {
		t.Error("5 folds of 4 documents: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := CrossValidate(ctx, docs, cfg, 2, 1); err == nil {
		t.Error("cancelled context: no error")
	}
}

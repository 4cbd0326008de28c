package ner

import (
	"errors"
	"sort"
)

// Interpolate returns a model whose weights are (1-lambda) times a's plus
// lambda times b's, stage by stage (a "model soup"): a trained on the
// target corpus alone, b with other corpora too, lambda trading what b
// learnt elsewhere against a's fit to the target. Both must share word
// clusters and feature settings (the same clusters, GloVe features and
// stages), as two trainings with the same settings on the same main
// documents do. The result takes a's name unless name is not empty.
func Interpolate(a, b *Tagger, lambda float64, name string) (*Tagger, error) {
	if (a.w2 == nil) != (b.w2 == nil) || (a.glove == nil) != (b.glove == nil) || len(a.clusters) != len(b.clusters) {
		return nil, errors.New("interpolate: the models differ in stages or features")
	}
	for w, p := range a.clusters {
		if b.clusters[w] != p {
			return nil, errors.New("interpolate: the models have different word clusters")
		}
	}
	if name == "" {
		name = a.name
	}
	mf := &modelFile{name: name, w: mixWeights(a.w, b.w, lambda), clusters: a.clusters, glove: a.glove}
	if a.w2 != nil {
		mf.w2 = mixWeights(a.w2, b.w2, lambda)
	}
	return newTagger(a.pos, a.gz, mf), nil
}

// mixWeights is (1-lambda)*a + lambda*b over the union of their features.
func mixWeights(a, b *weights, lambda float64) *weights {
	keys := append(a.index.keys(), b.index.keys()...)
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	index := newTable(len(keys))
	rows := make([]float32, 0, len(keys)*nLabels)
	last, first := uint64(0), true
	for _, k := range keys {
		if !first && k == last {
			continue
		}
		first, last = false, k
		index.put(k, int32(index.len()))
		var row [nLabels]float32
		for _, m := range []struct {
			w *weights
			f float32
		}{{a, float32(1 - lambda)}, {b, float32(lambda)}} {
			if r, ok := m.w.index.get(k); ok {
				for l := 0; l < nLabels; l++ {
					row[l] += m.f * float32(m.w.w[int(r)*nLabels+l]) * m.w.scale
				}
			}
		}
		rows = append(rows, row[:]...)
	}
	var tr [(nLabels + 1) * nLabels]float32
	for i := range tr {
		tr[i] = float32(1-lambda)*a.trans[i] + float32(lambda)*b.trans[i]
	}
	return quantize(index, rows, &tr)
}

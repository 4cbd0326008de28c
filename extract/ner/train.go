package ner

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"time"

	"github.com/newsner/newsner"
)

// TrainConfig controls training. The zero value trains with the defaults.
type TrainConfig struct {
	// Epochs is the number of passes over the training documents.
	// Default: 12.
	Epochs int
	// MinWeight drops features whose largest averaged weight (in absolute
	// value) is below it, to keep the model small. Default: 0.5 (on
	// CoNLL-2003 dev this drops a third of the features at no cost in F1).
	MinWeight float64
	// Seed seeds the shuffling of documents between epochs. Default: 1.
	Seed int64
	// Runs is the number of perceptrons trained per stage, each with its
	// documents in another order; their weights are averaged (one linear
	// model, no slower to run). Default: 3.
	Runs int
	// Name is the model's name, recorded in records made with it.
	// Default: "ner/perceptron-v4".
	Name string
	// Stages is 1 for a single tagger, 2 to add a second stage that
	// rereads the document with the first stage's labels. Default: 2.
	Stages int
	// Folds is the number of jackknife folds the second stage's training
	// labels are made with. Default: 4.
	Folds int
	// Clusters maps words (clusterWord) to word-cluster bit paths; they
	// are stored in the model. If nil, clusters are learnt from the
	// training documents' text (LearnClusters) unless NoClusters is set.
	Clusters   map[string]string
	NoClusters bool
	// ClusterTexts is unlabelled text learnt from together with the
	// training documents' text when clusters are learnt (Clusters nil).
	ClusterTexts []string
	// ClusterSeed seeds LearnClusters' k-means starts (0: its default).
	ClusterSeed int64
	// NoGloVe leaves out the second cluster feature family: word
	// clusters of GloVe 6B vectors (gazetteer/glove-clusters.tsv.gz, or
	// GloVeClusters if not nil), stored in the model. GloVePrefixes,
	// GloVeNeighbour and GloVeStage2 are the path prefix lengths used for
	// the word, for the words either side, and in the second stage (nil:
	// 4,8,12,16; 4,8,16; 8,16. An empty non-nil slice: none).
	NoGloVe                                    bool
	GloVeClusters                              map[string]string
	GloVePrefixes, GloVeNeighbour, GloVeStage2 []int
	// Extra are documents of other corpora trained on besides the
	// documents Train is given (CrossValidate folds only those, and adds
	// Extra to every fold's training). Nil: none.
	Extra []Doc
	// DomainCopies gives each document of a source other than CoNLL-2003
	// a copy of its features for its source, which the model leaves out
	// (docInfo.addDomainCopies): the other corpora teach what they share
	// with CoNLL-2003's news without pulling the model to their own
	// conventions.
	DomainCopies bool
	// MainWeight is how many times each epoch goes over the documents
	// Train is given, against once over Extra: a weight on the target
	// corpus. Default: 1.
	MainWeight int
	// Augment adds copies of the training documents (those Train is
	// given and Extra) whose names are replaced by others of the same
	// type (augment.go); each copy is trained on once per epoch, and
	// falls in its document's jackknife fold. The zero value adds none.
	Augment AugmentConfig
	// Log receives one progress line per epoch; nil for none.
	Log io.Writer
}

// trainer is the averaged structured perceptron being trained.
type trainer struct {
	index  map[uint64]int32
	w, u   []float64 // row*nLabels + label; u accumulates c*update
	tw, tu [(nLabels + 1) * nLabels]float64
	tw32   [(nLabels + 1) * nLabels]float32 // tw, for decoding
	c      float64
}

func (t *trainer) emit(feats []uint64, out *[nLabels]float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*nLabels : int(r)*nLabels+nLabels]
		for l := range out {
			out[l] += float32(row[l])
		}
	}
}

func (t *trainer) transitions() *[(nLabels + 1) * nLabels]float32 { return &t.tw32 }

func (t *trainer) row(f uint64) int {
	r, ok := t.index[f]
	if !ok {
		r = int32(len(t.index))
		t.index[f] = r
		t.w = append(t.w, make([]float64, nLabels)...)
		t.u = append(t.u, make([]float64, nLabels)...)
	}
	return int(r) * nLabels
}

func (t *trainer) add(feats []uint64, l int, d float64) {
	for _, f := range feats {
		r := t.row(f) + l
		t.w[r] += d
		t.u[r] += t.c * d
	}
}

func (t *trainer) addTrans(prev, next int, d float64) {
	t.tw[prev*nLabels+next] += d
	t.tw32[prev*nLabels+next] = float32(t.tw[prev*nLabels+next])
	t.tu[prev*nLabels+next] += t.c * d
}

// update moves the weights towards gold and away from pred on a segment.
func (t *trainer) update(gold, pred []int, feats [][]uint64) {
	t.c++
	for k := range gold {
		if gold[k] != pred[k] {
			t.add(feats[k], gold[k], 1)
			t.add(feats[k], pred[k], -1)
		}
		gp, pp := nLabels, nLabels
		if k > 0 {
			gp, pp = gold[k-1], pred[k-1]
		}
		if gp != pp || gold[k] != pred[k] {
			t.addTrans(gp, gold[k], 1)
			t.addTrans(pp, pred[k], -1)
		}
	}
}

// addAveraged adds the trainer's averaged weights, times scale, to sum and
// trans.
func (t *trainer) addAveraged(sum map[uint64]*[nLabels]float64, trans *[(nLabels + 1) * nLabels]float64, scale float64) {
	for f, r := range t.index {
		row := sum[f]
		if row == nil {
			row = new([nLabels]float64)
			sum[f] = row
		}
		for l := 0; l < nLabels; l++ {
			i := int(r)*nLabels + l
			row[l] += scale * (t.w[i] - t.u[i]/t.c)
		}
	}
	for i := range t.tw {
		trans[i] += scale * (t.tw[i] - t.tu[i]/t.c)
	}
}

// pruned turns summed weights into run-time weights, without features
// whose largest weight is below minWeight.
func pruned(sum map[uint64]*[nLabels]float64, trans *[(nLabels + 1) * nLabels]float64, minWeight float64) *weights {
	keys := make([]uint64, 0, len(sum))
	for f, row := range sum {
		for _, v := range row {
			if math.Abs(v) >= minWeight {
				keys = append(keys, f)
				break
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	index := newTable(len(keys))
	rows := make([]float32, 0, len(keys)*nLabels)
	for _, f := range keys {
		index.put(f, int32(index.len()))
		for _, v := range sum[f] {
			rows = append(rows, float32(v))
		}
	}
	var tr [(nLabels + 1) * nLabels]float32
	for i, v := range trans {
		tr[i] = float32(v)
	}
	return quantize(index, rows, &tr)
}

// trainDoc is a training document analyzed once: features are made from
// its prose tokens, and gold labels projected onto them.
type trainDoc struct {
	d    *docInfo
	gold []int
	main bool // one of the documents Train was given, not of cfg.Extra
	fold int  // which jackknife fold it is in (by k%Folds)
}

// goldLabels projects gold spans (code points) onto tokens as BILOU labels.
// A token belongs to the entity its first code point lies in.
func goldLabels(toks []token, gold []Span) []int {
	labels := make([]int, len(toks))
	g := 0
	for i := 0; i < len(toks); {
		for g < len(gold) && gold[g].End <= int(toks[i].Start) {
			g++
		}
		if g == len(gold) || int(toks[i].Start) < gold[g].Start {
			i++
			continue
		}
		j := i
		for j < len(toks) && int(toks[j].Start) < gold[g].End {
			j++
		}
		typ := typeIndex(gold[g].Type)
		if j-i == 1 {
			labels[i] = label(typ, posU)
		} else {
			labels[i] = label(typ, posB)
			for k := i + 1; k < j-1; k++ {
				labels[k] = label(typ, posI)
			}
			labels[j-1] = label(typ, posL)
		}
		i = j
		g++
	}
	return labels
}

// DefaultModelName is the name Train gives a model (TrainConfig.Name).
const DefaultModelName = "ner/perceptron-v4"

// Train trains a Tagger on annotated documents (and cfg.Extra).
func Train(ctx context.Context, docs []Doc, cfg TrainConfig) (*Tagger, error) {
	// Word clusters are learnt from the main documents' text (and
	// ClusterTexts), not from the other corpora: tweets and Wikipedia
	// shift CoNLL-2003's clusters away from news.
	clusterDocs := docs
	nMain := len(docs)
	if len(cfg.Extra) > 0 {
		docs = append(append(make([]Doc, 0, len(docs)+len(cfg.Extra)), docs...), cfg.Extra...)
	}
	if cfg.Epochs == 0 {
		cfg.Epochs = 12
	}
	if cfg.MinWeight == 0 {
		cfg.MinWeight = 0.5
	}
	if cfg.Runs <= 0 {
		cfg.Runs = 3
	}
	if cfg.Stages == 0 {
		cfg.Stages = 2
	}
	if cfg.Folds < 2 {
		cfg.Folds = 4
	}
	if cfg.Seed == 0 {
		cfg.Seed = 1
	}
	if cfg.Name == "" {
		cfg.Name = DefaultModelName
	}
	pos, err := sharedPOSTagger()
	if err != nil {
		return nil, err
	}
	gz, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	t0 := time.Now()
	if cfg.Clusters == nil && !cfg.NoClusters {
		texts := make([]string, len(clusterDocs), len(clusterDocs)+len(cfg.ClusterTexts))
		for i, d := range clusterDocs {
			texts[i] = d.Text
		}
		texts = append(texts, cfg.ClusterTexts...)
		cfg.Clusters, err = LearnClusters(ctx, texts, ClusterConfig{Seed: cfg.ClusterSeed})
		if err != nil {
			return nil, fmt.Errorf("learn clusters: %w", err)
		}
		logf("learnt clusters of %s in %v", newsner.Count(len(cfg.Clusters), "word"), time.Since(t0).Round(time.Millisecond))
	}
	var gf *gloveFeats
	if !cfg.NoGloVe {
		gf = &gloveFeats{paths: cfg.GloVeClusters, cur: cfg.GloVePrefixes, nb: cfg.GloVeNeighbour, s2: cfg.GloVeStage2}
		if gf.paths == nil {
			if gf.paths, err = ReadGloVeClusters(nil); err != nil {
				return nil, err
			}
		}
		if gf.cur == nil {
			gf.cur = defaultGlovePrefixes
		}
		if gf.nb == nil {
			gf.nb = defaultGloveNeighbour
		}
		if gf.s2 == nil {
			gf.s2 = defaultGloveStage2
		}
	}
	// Augmented copies come last; each goes with the document it copies
	// (from), so no second-stage jackknife fold learns from a copy of a
	// document it then labels.
	from := make([]int, len(docs))
	for i := range from {
		from[i] = i
	}
	if cfg.Augment.Rate > 0 {
		copies := augmentDocs(docs, cfg.Augment)
		for _, c := range copies {
			docs = append(docs, c.doc)
			from = append(from, c.from)
		}
		logf("augment: %s of %s", newsner.Count(len(copies), "copy"), newsner.Count(len(from)-len(copies), "document"))
	}
	tds := make([]trainDoc, 0, len(docs))
	tdOf := make([]int, len(docs)) // docs index -> tds index, -1 for none
	ntok := 0
	for i, doc := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		toks, err := tokenize(pos, doc.Text)
		if err != nil {
			return nil, err
		}
		tdOf[i] = -1
		if len(toks) == 0 || (from[i] != i && tdOf[from[i]] < 0) {
			continue
		}
		d := newDocInfo(doc.Text, toks, gz, cfg.Clusters, gf)
		if cfg.DomainCopies {
			d.domain = domainOf(doc.Source)
		}
		fold := len(tds)
		if from[i] != i {
			fold = tds[tdOf[from[i]]].fold
		}
		tdOf[i] = len(tds)
		tds = append(tds, trainDoc{d: d, gold: goldLabels(toks, doc.Gold), main: i < nMain, fold: fold})
		ntok += len(toks)
	}
	logf("analyzed %s, %s in %v", newsner.Count(len(tds), "document"), newsner.Count(ntok, "token"), time.Since(t0).Round(time.Millisecond))

	w, err := trainStage(ctx, tds, nil, cfg, logf, "stage 1")
	if err != nil {
		return nil, err
	}
	mf := &modelFile{name: cfg.Name, w: w, clusters: cfg.Clusters, glove: gf}
	if cfg.Stages >= 2 {
		// The second stage learns from first-stage labels as good as
		// they will be on new text: each document is labelled by a
		// first stage trained without it (cfg.Folds-fold jackknife).
		folds := cfg.Folds
		s1 := make([]*stage1, len(tds))
		for f := 0; f < folds; f++ {
			var train []trainDoc
			for _, td := range tds {
				if td.fold%folds != f {
					train = append(train, td)
				}
			}
			wf, err := trainStage(ctx, train, nil, cfg, logf, fmt.Sprintf("fold %d/%d", f+1, folds))
			if err != nil {
				return nil, err
			}
			var dec decoder
			for k, td := range tds {
				if td.fold%folds == f {
					s1[k] = newStage1(td.d, dec.decodeDoc(td.d, wf, nil, nil))
				}
			}
		}
		if mf.w2, err = trainStage(ctx, tds, s1, cfg, logf, "stage 2"); err != nil {
			return nil, err
		}
	}
	return newTagger(pos, gz, mf), nil
}

// trainStage trains one stage's weights on tds (the second stage when s1,
// the first stage's labels per document, is given).
func trainStage(ctx context.Context, tds []trainDoc, s1 []*stage1, cfg TrainConfig, logf func(string, ...any), stage string) (*weights, error) {
	sum := map[uint64]*[nLabels]float64{}
	var trans [(nLabels + 1) * nLabels]float64
	salted := map[uint64]bool{}
	for k := 0; k < cfg.Runs; k++ {
		tr, err := trainRun(ctx, tds, s1, cfg, cfg.Seed+int64(k)*1000, salted, logf, fmt.Sprintf("%s run %d", stage, k+1))
		if err != nil {
			return nil, err
		}
		tr.addAveraged(sum, &trans, 1/float64(cfg.Runs))
	}
	for f := range salted {
		delete(sum, f)
	}
	w := pruned(sum, &trans, cfg.MinWeight)
	logf("%s: kept %d of %s", stage, w.index.len(), newsner.Count(len(sum), "feature"))
	return w, nil
}

// trainRun is one averaged-perceptron run over tds, documents shuffled by
// seed.
func trainRun(ctx context.Context, tds []trainDoc, s1 []*stage1, cfg TrainConfig, seed int64, salted map[uint64]bool, logf func(string, ...any), stage string) (*trainer, error) {
	order := make([]int, 0, len(tds))
	ntok := 0
	for i := range tds {
		order = append(order, i)
		ntok += len(tds[i].gold)
		for k := 1; k < cfg.MainWeight && tds[i].main; k++ {
			order = append(order, i)
		}
	}
	tr := &trainer{index: map[uint64]int32{}}
	rng := rand.New(rand.NewSource(seed))
	dec := decoder{salted: salted}
	for ep := 0; ep < cfg.Epochs; ep++ {
		t1 := time.Now()
		errs := 0
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			td := tds[k]
			var st *stage1
			if s1 != nil {
				st = s1[k]
			}
			dec.decodeDoc(td.d, tr, st, func(i, j int, pred []int, feats [][]uint64) {
				gold := td.gold[i:j]
				for k := range gold {
					if gold[k] != pred[k] {
						errs++
					}
				}
				tr.update(gold, pred, feats)
			})
		}
		if ep == cfg.Epochs-1 {
			logf("%s: epoch %d: %s (%.2f%%), %s, %v", stage, ep+1, newsner.Count(errs, "token error"), 100*float64(errs)/float64(ntok), newsner.Count(len(tr.index), "feature"), time.Since(t1).Round(time.Millisecond))
		}
	}
	return tr, nil
}

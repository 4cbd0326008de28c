package ner

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/newsner/newsner"
)

// CVResult is a cross-validation's outcome: one report per fold (a model
// trained on the other folds, scored on it) and their counts added up.
type CVResult struct {
	Folds []Report
	Total Report
}

// CrossValidate measures training settings on the training documents
// alone, as a second opinion beside a dev file: it splits docs into k folds
// of consecutive documents (neighbouring articles share stories, so a
// fold's names are less often seen in the rest than with an interleaved
// split), and for each fold trains a model with cfg on the others and
// scores it on the fold. Up to parallel trainings run at once (each holds
// its own model, about 100 MB while training). cfg.Log gets a line per
// finished fold.
func CrossValidate(ctx context.Context, docs []Doc, cfg TrainConfig, k, parallel int) (CVResult, error) {
	if k < 2 || k > len(docs) {
		return CVResult{}, fmt.Errorf("cross-validate: %s of %s: want 2 or more, and a document a fold at least", newsner.Count(k, "fold"), newsner.Count(len(docs), "document"))
	}
	if parallel < 1 {
		parallel = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	res := CVResult{Folds: make([]Report, k)}
	errs := make([]error, k)
	var logMu sync.Mutex
	log := cfg.Log
	cfg.Log = nil
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for f := 0; f < k; f++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				errs[f] = ctx.Err()
				return
			}
			defer func() { <-sem }()
			a, b := len(docs)*f/k, len(docs)*(f+1)/k
			train := make([]Doc, 0, len(docs)-(b-a))
			train = append(append(train, docs[:a]...), docs[b:]...)
			t0 := time.Now()
			tg, err := Train(ctx, train, cfg)
			if err == nil {
				res.Folds[f], err = Evaluate(ctx, tg, docs[a:b])
			}
			if err != nil {
				errs[f] = fmt.Errorf("cross-validate: fold %d: %w", f+1, err)
				cancel()
				return
			}
			if log != nil {
				logMu.Lock()
				fmt.Fprintf(log, "fold %d/%d (documents %d-%d): F1 %.4f, trained in %v\n", f+1, k, a+1, b, res.Folds[f].Total.F1(), time.Since(t0).Round(time.Second))
				logMu.Unlock()
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return res, err
		}
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	res.Total = newReport(res.Folds[0].Model + fmt.Sprintf(", %d-fold cross-validation", k))
	for _, r := range res.Folds {
		res.Total.Docs += r.Docs
		res.Total.Elapsed += r.Elapsed
		for t, c := range r.ByType {
			s := res.Total.ByType[t]
			s.TP, s.FP, s.FN = s.TP+c.TP, s.FP+c.FP, s.FN+c.FN
		}
	}
	res.Total.sumTotal()
	return res, nil
}

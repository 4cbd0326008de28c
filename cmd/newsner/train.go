package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/internal/shared"
)

// runTrain dispatches `newsner train <model>`; only "ner" exists.
func runTrain(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] != "ner" {
		fmt.Fprintln(env.Stderr, "Usage: newsner train ner [flags]   train the entity model on CoNLL-2003 data")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return nil
		}
		return errUsage
	}
	return runTrainNER(ctx, env, args[1:])
}

func runTrainNER(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "train ner", "[flags]",
		`Trains the entity model (averaged perceptron over prose's tokens and POS tags)
on a CoNLL-2003 file and writes it where go:embed picks it up. The model shipped
in the repository is made, from the repository root, by

  newsner train ner --train ../shared/data/conll2003/eng.train --out extract/ner/model.bin

(then rebuild). --extra adds other annotated corpora from the shared data
(ner-extra: GUM, the Broad Twitter Corpus, WNUT-17, wikigold, re3d), each
without the part a dev set holds. --dev scores the new model on the dev sets
(or CoNLL-2003 files) after training.
--cv K cross-validates the settings on the training file instead (K models,
each trained on all but a K-th of the documents and scored on that K-th) and
writes no model: a second opinion beside the dev file, on more documents.`)
	train := fs.String("train", shared.Path("data", "conll2003", "eng.train"), "CoNLL-2003 training file")
	out := fs.String("out", filepath.Join("extract", "ner", "model.bin"), "where to write the model")
	extra := fs.String("extra", strings.Join(ner.DefaultSources[1:], ","), "comma-separated corpora to train on besides --train ("+strings.Join(ner.Sources[1:], ", ")+`; "none": only --train)`)
	mainWeight := fs.Int("main-weight", 0, "epochs go this many times over the --train documents against once over --extra (0: the default, 1)")
	domainCopies := fs.Bool("domain-copies", false, "give the --extra corpora's documents a copy of their features per corpus, left out of the model (domain adaptation; see ner.TrainConfig)")
	dev := fs.String("dev", "", `dev sets to score the trained model on, comma-separated: "all", names (`+strings.Join(ner.DevSets, ", ")+") or CoNLL-2003 files")
	epochs := fs.Int("epochs", 0, "training epochs (0: the default, see ner.TrainConfig)")
	minWeight := fs.Float64("min-weight", 0, "drop features whose weights all stay below this (0: the default)")
	noClusters := fs.Bool("no-clusters", false, "do not learn word clusters from the training text")
	clusterText := fs.String("cluster-text", "", "comma-separated plain-text files (.txt or .txt.gz) or directories (every such file inside, sorted) of unlabelled text to learn word clusters from besides the training text")
	clusterSeed := fs.Int64("cluster-seed", 0, "seed for learning the word clusters (0: the default)")
	seed := fs.Int64("seed", 0, "seed for shuffling the training documents (0: the default)")
	name := fs.String("name", "", `model name for the records' model field (default "`+ner.DefaultModelName+`"); change it when the model changes`)
	runs := fs.Int("runs", 0, "perceptrons averaged per stage (0: the default)")
	stages := fs.Int("stages", 0, "1: one tagger; 2: add a second stage over the first one's labels (0: the default)")
	noGlove := fs.Bool("no-glove", false, "leave out the features from word clusters of GloVe 6B vectors (extract/ner/gazetteer/glove-clusters.tsv.gz, embedded)")
	gloveClusters := fs.String("glove-clusters", "", "read the GloVe clusters (word<TAB>bits lines, .gz or not) from this file instead of the embedded one")
	glovePrefixes := fs.String("glove-prefixes", "", `comma-separated GloVe cluster path prefix lengths for the word ("none": no such features; empty: the default)`)
	gloveNeighbour := fs.String("glove-neighbour", "", "the same for the words either side")
	gloveStage2 := fs.String("glove-stage2", "", "the same for the word in the second stage")
	merge := fs.String("merge", "", "A,B: write a model whose weights are (1-lambda)*A + lambda*B (two model files trained with the same settings on the same --train file) instead of training")
	lambda := fs.Float64("lambda", 0.5, "B's share with --merge")
	cv := fs.Int("cv", 0, "cross-validate with this many folds of the training file instead of writing a model")
	cvParallel := fs.Int("cv-parallel", runtime.NumCPU(), "cross-validation trainings run at once")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if *merge != "" {
		return mergeModels(ctx, env, *merge, *lambda, *name, *out, *dev)
	}
	cfg := ner.TrainConfig{Name: *name, Epochs: *epochs, MinWeight: *minWeight, Stages: *stages, Runs: *runs, Seed: *seed, NoClusters: *noClusters, ClusterSeed: *clusterSeed, NoGloVe: *noGlove, DomainCopies: *domainCopies, MainWeight: *mainWeight, Log: env.Stderr}
	for _, pl := range []struct {
		flag string
		dst  *[]int
	}{{*glovePrefixes, &cfg.GloVePrefixes}, {*gloveNeighbour, &cfg.GloVeNeighbour}, {*gloveStage2, &cfg.GloVeStage2}} {
		ns, err := parseLengths(pl.flag)
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		*pl.dst = ns
	}
	if *gloveClusters != "" {
		data, err := os.ReadFile(*gloveClusters)
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		if cfg.GloVeClusters, err = ner.ReadGloVeClusters(data); err != nil {
			return fmt.Errorf("train: %s: %w", *gloveClusters, err)
		}
	}
	docs, err := readCoNLLFile(*train)
	if err != nil {
		return err
	}
	if cfg.Extra, err = loadSources(*extra); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	var clusterTexts []string
	if *clusterText != "" {
		if clusterTexts, err = readTextFiles(strings.Split(*clusterText, ",")); err != nil {
			return fmt.Errorf("train: cluster text: %w", err)
		}
	}
	t0 := time.Now()
	cfg.ClusterTexts = clusterTexts
	if *cv > 0 {
		res, err := ner.CrossValidate(ctx, docs, cfg, *cv, *cvParallel)
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		for i, r := range res.Folds {
			fmt.Fprintf(env.Stdout, "fold %d: %d documents  F1 %.4f  PERSON %.4f  LOCATION %.4f  ORGANIZATION %.4f\n", i+1, r.Docs,
				r.Total.F1(), r.ByType[newsner.Person].F1(), r.ByType[newsner.Location].F1(), r.ByType[newsner.Organization].F1())
		}
		return res.Total.Write(env.Stdout)
	}
	tagger, err := ner.Train(ctx, docs, cfg)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := writeModelFile(tagger, *out); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	fmt.Fprintf(env.Stderr, "wrote %s: %d features, %d bytes, trained in %v\n", *out, tagger.Features(), st.Size(), time.Since(t0).Round(time.Second))
	if *dev == "" {
		return nil
	}
	return evalSets(ctx, env, tagger, *dev, nil)
}

// loadSources reads the training corpora named in list (comma-separated,
// "none" or "" for none) from the shared data.
func loadSources(list string) ([]ner.Doc, error) {
	var docs []ner.Doc
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name == "" || name == "none" {
			continue
		}
		d, err := ner.LoadSource(shared.Dir(), name)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	return docs, nil
}

// parseLengths parses a comma-separated list of prefix lengths: nil for
// "", empty for "none".
func parseLengths(s string) ([]int, error) {
	if s == "" {
		return nil, nil
	}
	ns := []int{}
	if s == "none" {
		return ns, nil
	}
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > 64 {
			return nil, fmt.Errorf("bad prefix length %q", f)
		}
		ns = append(ns, n)
	}
	return ns, nil
}

func readCoNLLFile(path string) ([]ner.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conll: %w", err)
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// readTextFiles reads plain-text files (.txt, or .txt.gz gunzipped); a
// directory stands for every such file under it, in sorted order.
func readTextFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".txt.gz")) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	texts := make([]string, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(f, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
		}
		texts = append(texts, string(data))
	}
	return texts, nil
}

// mergeModels writes the interpolation of the two models in spec ("A,B")
// to out and scores it on the dev sets in dev.
func mergeModels(ctx context.Context, env *Env, spec string, lambda float64, name, out, dev string) error {
	paths := strings.Split(spec, ",")
	if len(paths) != 2 || lambda < 0 || lambda > 1 {
		return fmt.Errorf("train: --merge wants two model files and --lambda in [0,1]")
	}
	var ts [2]*ner.Tagger
	for i, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		ts[i], err = ner.LoadModel(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("train: %s: %w", p, err)
		}
	}
	t, err := ner.Interpolate(ts[0], ts[1], lambda, name)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := writeModelFile(t, out); err != nil {
		return err
	}
	return evalSets(ctx, env, t, dev, nil)
}

// writeModelFile writes t's model to path.
func writeModelFile(t *ner.Tagger, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := t.WriteModel(f); err != nil {
		f.Close()
		return fmt.Errorf("train: write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("train: write %s: %w", path, err)
	}
	return nil
}

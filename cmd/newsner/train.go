package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/extract/ner/nereval"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/ingest/archive"
	"github.com/newsner/newsner/internal/atomicfile"
	"github.com/newsner/newsner/internal/cmdline"
	"github.com/newsner/newsner/internal/gz"
	"github.com/newsner/newsner/internal/shared"
)

// runTrain dispatches `newsner train <model>`; only "ner" exists.
func runTrain(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] != "ner" {
		return subcommandUsage(env, "train", []string{"ner"}, args, "Usage: newsner train ner [flags]   train the entity model on CoNLL-2003 data")
	}
	// train ner's errors are named here, once ("train ner: ..."), as eval's
	// are in runEval; Main then does not name the command again.
	if err := runTrainNER(ctx, env, args[1:]); err != nil {
		return fmt.Errorf("train ner: %w", shared.Missing(err))
	}
	return nil
}

func runTrainNER(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "train ner", "[flags]", trainNERHelp)
	c := &trainNERCmd{}
	c.register(fs.FlagSet)
	// 0 asks for ner.TrainConfig's default; --epochs -1 trained no epoch
	// and wrote a model of 0 features over the embedded one's file.
	fs.needNonNegative("epochs", "runs", "stages", "main-weight", "silver-tokens", "silver-min-words")
	fs.needPositive("cv-parallel")
	stopOps, err := parseFlagsAndServe(fs, args, "")
	if err != nil {
		return err
	}
	defer stopOps()
	if c.merge != "" {
		return mergeModels(ctx, env, c.merge, c.lambda, c.cfg.Name, c.out, c.dev)
	}
	docs, err := c.open(ctx, env)
	if err != nil {
		return err
	}
	if c.cv > 0 {
		return c.crossValidate(ctx, env, docs)
	}
	return c.train(ctx, env, docs)
}

const trainNERHelp = `Trains the entity model (averaged perceptron over prose's tokens and POS tags)
on a CoNLL-2003 file and writes it where go:embed picks it up. --extra adds
other annotated corpora from the shared data (ner-extra: GUM, the Broad Twitter
Corpus, WNUT-17, wikigold, re3d), each without the part a dev set holds. --dev
scores the new model on the dev sets (or CoNLL-2003 files) after training.
--merge A,B --lambda L writes the model whose weights are (1-L)*A + L*B.

The model shipped in the repository is such a mix of a model of eng.train and
one of eng.train plus GUM, made from the repository root by

  bash extract/ner/train.sh

(then rebuild). --cv K cross-validates the settings on the training file
instead (K models, each trained on all but a K-th of the documents, plus the
--extra corpora, and scored on that K-th) and writes no model: a second
opinion beside the dev sets, on more documents.`

// trainNERCmd holds the flags of `newsner train ner`; the training settings
// are bound straight into cfg.
type trainNERCmd struct {
	cfg                                                           ner.TrainConfig
	trainFile, out, extra, dev, clusterText, gloveClusters, merge string
	glovePrefixes, gloveNeighbour, gloveStage2, augment           string
	clusterSources                                                string
	silver, silverModel, silverAgree                              string
	silverCfg                                                     ner.SilverConfig
	lambda                                                        float64
	cv, cvParallel                                                int
}

func (c *trainNERCmd) register(fs *flag.FlagSet) {
	fs.StringVar(&c.trainFile, "train", shared.Path("data", "conll2003", "eng.train"), "CoNLL-2003 training file")
	fs.StringVar(&c.out, "out", filepath.Join("extract", "ner", "model.bin"), "where to write the model")
	fs.StringVar(&c.extra, "extra", "", "comma-separated corpora to train on besides --train ("+strings.Join(ner.Sources[1:], ", ")+`; "none": only --train)`)
	fs.IntVar(&c.cfg.MainWeight, "main-weight", 0, "epochs go this many times over the --train documents against once over --extra (0: the default, 1)")
	fs.BoolVar(&c.cfg.DomainCopies, "domain-copies", false, "give the --extra corpora's documents a copy of their features per corpus, left out of the model (domain adaptation; see ner.TrainConfig)")
	fs.StringVar(&c.augment, "augment", "", `add copies of the training documents with their names replaced by others of the same type: comma-separated rate=F (copies per document), types=ORGANIZATION+PERSON+LOCATION+MISC|all (the first three), pool=lists|train|both, lists=companies+clubs+people+countries+usstates, orgs=noplace|any, shape=keep|any, case=keep|asis, sources=conll+gum+..., seed=N (see ner.AugmentConfig; tried, not kept: extract/ner/HISTORY.md)`)
	fs.StringVar(&c.silver, "silver", "", "unlabelled text to tag with --silver-model and train on as one more corpus (self-training; tried, not kept: extract/ner/HISTORY.md): comma-separated plain-text files (.txt, .txt.gz), HTML pages (.html, .htm, .xhtml, gzipped or not, any letter case: their English article text), glob patterns or directories (every such file inside, sorted)")
	fs.StringVar(&c.silverModel, "silver-model", "embedded", `the model that tags the --silver text: "embedded" or a model file`)
	fs.StringVar(&c.silverAgree, "silver-agree", "", `a second model ("embedded" or a file): keep only --silver lines where it finds the same spans as --silver-model`)
	fs.IntVar(&c.silverCfg.MaxTokens, "silver-tokens", 0, "take --silver texts, whole, in a seeded order until this many words (0: all)")
	fs.IntVar(&c.silverCfg.MinWords, "silver-min-words", 0, "keep only --silver lines of this many words or more that end as a sentence does (0: the default, 8)")
	fs.BoolVar(&c.silverCfg.NamesOnly, "silver-names", false, "keep only --silver lines in which the model found a person, place or organization")
	fs.StringVar(&c.dev, "dev", "", `dev sets to score the trained model on, comma-separated: "all", names (`+strings.Join(ner.DevSets, ", ")+") or CoNLL-2003 files")
	fs.IntVar(&c.cfg.Epochs, "epochs", 0, "training epochs (0: the default, see ner.TrainConfig)")
	fs.Float64Var(&c.cfg.MinWeight, "min-weight", 0, "drop features whose weights all stay below this (0: the default)")
	fs.BoolVar(&c.cfg.NoClusters, "no-clusters", false, "do not learn word clusters from the training text")
	fs.StringVar(&c.clusterText, "cluster-text", "", "unlabelled text to learn word clusters from besides the training text: comma-separated plain-text files (.txt, .txt.gz), HTML pages (.html, .htm, .xhtml, gzipped or not, any letter case: their English article text), glob patterns or directories (every such file inside, sorted)")
	fs.StringVar(&c.clusterSources, "cluster-sources", "", "comma-separated training corpora ("+strings.Join(ner.Sources[1:], ", ")+") whose text the word clusters are learnt from besides the training text, whether or not --extra trains on them")
	fs.Int64Var(&c.cfg.ClusterSeed, "cluster-seed", 0, "seed for learning the word clusters (0: the default)")
	fs.Int64Var(&c.cfg.Seed, "seed", 0, "seed for shuffling the training documents (0: the default)")
	fs.StringVar(&c.cfg.Name, "name", "", `model name for the records' model field (default "`+ner.DefaultModelName+`"); change it when the model changes`)
	fs.IntVar(&c.cfg.Runs, "runs", 0, "perceptrons averaged per stage (0: the default)")
	fs.IntVar(&c.cfg.Stages, "stages", 0, "1: one tagger; 2: add a second stage over the first one's labels (0: the default)")
	fs.BoolVar(&c.cfg.NoGloVe, "no-glove", false, "leave out the features from word clusters of GloVe 6B vectors (extract/ner/gazetteer/glove-clusters.tsv.gz, embedded)")
	fs.StringVar(&c.gloveClusters, "glove-clusters", "", "read the GloVe clusters (word<TAB>bits lines, .gz or not) from this file instead of the embedded one")
	fs.StringVar(&c.glovePrefixes, "glove-prefixes", "", `comma-separated GloVe cluster path prefix lengths for the word ("none": no such features; empty: the default)`)
	fs.StringVar(&c.gloveNeighbour, "glove-neighbour", "", "the same for the words either side")
	fs.StringVar(&c.gloveStage2, "glove-stage2", "", "the same for the word in the second stage")
	fs.StringVar(&c.merge, "merge", "", "A,B: write a model whose weights are (1-lambda)*A + lambda*B (two model files trained with the same settings on the same --train file) instead of training")
	fs.Float64Var(&c.lambda, "lambda", 0.5, "B's share with --merge")
	fs.IntVar(&c.cv, "cv", 0, "cross-validate with this many folds of the training file instead of writing a model")
	fs.IntVar(&c.cvParallel, "cv-parallel", runtime.NumCPU(), "cross-validation trainings run at once")
}

// checkOutputs refuses, before any training, a --dev naming neither a
// set nor a file (exit 2) and an --out the model cannot be written at:
// both failed only once the training, minutes long, was done.
func (c *trainNERCmd) checkOutputs() error {
	if err := nereval.CheckSpec(shared.Dir(), c.dev); err != nil {
		return usageErrorf("--dev: %w", err)
	}
	if c.cv > 0 {
		return nil // cross-validation writes no model
	}
	if err := atomicfile.Check(c.out); err != nil {
		// Not wrapped: a directory not there is no shared data missing.
		return fmt.Errorf("--out %s: the model cannot be written there: %v", c.out, err)
	}
	return nil
}

// open validates the flags and reads what training needs: the settings
// into c.cfg, and the training documents it returns.
func (c *trainNERCmd) open(ctx context.Context, env *Env) ([]ner.Doc, error) {
	c.cfg.Log = env.Stderr
	if c.cv < 0 || c.cv == 1 {
		// --cv -3 trained and wrote a model, as --cv 0 does.
		return nil, usageErrorf("--cv %d: want 2 folds or more (0: train and write a model)", c.cv)
	}
	if err := c.checkOutputs(); err != nil {
		return nil, err
	}
	for _, pl := range []struct {
		name, flag string
		dst        *[]int
	}{{"glove-prefixes", c.glovePrefixes, &c.cfg.GloVePrefixes}, {"glove-neighbour", c.gloveNeighbour, &c.cfg.GloVeNeighbour}, {"glove-stage2", c.gloveStage2, &c.cfg.GloVeStage2}} {
		ns, err := parseLengths(pl.flag)
		if err != nil {
			return nil, usageErrorf("--%s: %w", pl.name, err)
		}
		*pl.dst = ns
	}
	if c.gloveClusters != "" {
		data, err := os.ReadFile(c.gloveClusters)
		if err != nil {
			return nil, fmt.Errorf("--glove-clusters: %w", err)
		}
		if c.cfg.GloVeClusters, err = ner.ReadGloVeClusters(data); err != nil {
			return nil, fmt.Errorf("--glove-clusters %s: %w", c.gloveClusters, err)
		}
	}
	ac, err := ner.ParseAugment(c.augment)
	if err != nil {
		return nil, &cmdline.Mistake{Err: err} // "augment: bad rate ...", a flag value refused
	}
	c.cfg.Augment = ac
	docs, err := ner.ReadCoNLLFile(c.trainFile)
	if err != nil {
		return nil, fmt.Errorf("--train: %w", err)
	}
	if c.cfg.Extra, err = loadSources(c.extra); err != nil {
		return nil, fmt.Errorf("--extra: %w", err)
	}
	if c.silver != "" {
		silver, err := c.silverDocs(ctx)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(env.Stderr, "silver: %s tagged by %s\n", newsner.Count(len(silver), "document"), c.silverModel)
		c.cfg.Extra = append(c.cfg.Extra, silver...)
	}
	if len(docs) == 0 && len(c.cfg.Extra) == 0 {
		// It trained on nothing, logged "0 token errors (NaN%)" and wrote
		// a model of no features.
		return nil, fmt.Errorf("%s holds no documents, and no --extra or --silver was given: nothing to train on (--train takes a CoNLL-2003 file: a token and its tags a line)", c.trainFile)
	}
	if c.clusterText != "" {
		if c.cfg.ClusterTexts, err = readTextFiles(ctx, strings.Split(c.clusterText, ",")); err != nil {
			return nil, fmt.Errorf("--cluster-text: %w", err)
		}
	}
	if c.clusterSources != "" {
		src, err := loadSources(c.clusterSources)
		if err != nil {
			return nil, fmt.Errorf("--cluster-sources: %w", err)
		}
		for _, d := range src {
			c.cfg.ClusterTexts = append(c.cfg.ClusterTexts, d.Text)
		}
	}
	return docs, nil
}

// silverDocs reads the --silver texts and tags them with --silver-model.
func (c *trainNERCmd) silverDocs(ctx context.Context) ([]ner.Doc, error) {
	texts, err := readTextFiles(ctx, strings.Split(c.silver, ","))
	if err != nil {
		return nil, fmt.Errorf("--silver: %w", err)
	}
	t, err := ner.LoadModelFile(c.silverModel)
	if err != nil {
		return nil, fmt.Errorf("--silver-model: %w", err)
	}
	if c.silverAgree != "" {
		if c.silverCfg.Agree, err = ner.LoadModelFile(c.silverAgree); err != nil {
			return nil, fmt.Errorf("--silver-agree: %w", err)
		}
	}
	docs, err := ner.Silver(ctx, t, texts, c.silverCfg)
	if err != nil {
		return nil, fmt.Errorf("silver: %w", err)
	}
	return docs, nil
}

// crossValidate prints a line per fold and the total.
func (c *trainNERCmd) crossValidate(ctx context.Context, env *Env, docs []ner.Doc) error {
	res, err := ner.CrossValidate(ctx, docs, c.cfg, c.cv, c.cvParallel)
	if err != nil {
		return err
	}
	for i, r := range res.Folds {
		fmt.Fprintf(env.Stdout, "fold %d: %s  F1 %.4f  PERSON %.4f  LOCATION %.4f  ORGANIZATION %.4f\n", i+1, newsner.Count(r.Docs, "document"),
			r.Total.F1(), r.ByType[newsner.Person].F1(), r.ByType[newsner.Location].F1(), r.ByType[newsner.Organization].F1())
	}
	return res.Total.Write(env.Stdout)
}

// train trains, writes the model and scores it on the dev sets.
func (c *trainNERCmd) train(ctx context.Context, env *Env, docs []ner.Doc) error {
	t0 := time.Now()
	tagger, err := ner.Train(ctx, docs, c.cfg)
	if err != nil {
		return err
	}
	if err := ner.WriteModelFile(tagger, c.out); err != nil {
		return err
	}
	st, err := os.Stat(c.out)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "wrote %s: %s, %s, trained in %v\n", c.out, newsner.Count(tagger.Features(), "feature"), newsner.Count(st.Size(), "byte"), time.Since(t0).Round(time.Second))
	return evalSets(ctx, env, tagger, c.dev, nil)
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

// readTextFiles reads unlabelled training text: plain-text files (.txt,
// or .txt.gz gunzipped) as they are, and HTML pages (archive.IsPageName:
// .html, .htm, .xhtml, gzipped or not, any letter case) as the article text `newsner extract` finds in them, English pages only (a
// page whose entities the model would refuse for its language, or without
// text, is left out). An entry may be a glob pattern ("pages/*/source.html");
// a directory stands for every such file under it, in sorted order; a file
// named outright that is no page is read as text.
func readTextFiles(ctx context.Context, paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		matches, err := filepath.Glob(p)
		if err != nil {
			return nil, err
		}
		if len(matches) == 0 {
			matches = []string{p} // os.Stat below says why it is not there
		}
		for _, m := range matches {
			st, err := os.Stat(m)
			if err != nil {
				return nil, err
			}
			if !st.IsDir() {
				files = append(files, m)
				continue
			}
			var found []string
			err = filepath.WalkDir(m, func(path string, d os.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && (strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".txt.gz") || archive.IsPageName(path)) {
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
	}
	var pages *ingest.Pipeline
	texts := make([]string, 0, len(files))
	for _, f := range files {
		if archive.IsPageName(f) {
			if pages == nil {
				proc, err := newProcessor(extract.FormatHTML)
				if err != nil {
					return nil, err
				}
				pages = &ingest.Pipeline{Loader: &ingest.Inputs{AllowFiles: true}, Processor: proc}
			}
			r := pages.Do(ctx, ingest.Job{URL: f})
			if r.Err != nil {
				return nil, fmt.Errorf("%s: %w", f, r.Err)
			}
			if r.Article.EntitiesStatus == newsner.EntitiesOK && strings.TrimSpace(r.Article.Text) != "" {
				texts = append(texts, r.Article.Text)
			}
			continue
		}
		data, err := gz.ReadFile(f, newsner.DefaultMaxBodyBytes)
		if err != nil {
			return nil, err
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
		return usageErrorf("--merge wants two model files and --lambda in [0,1]")
	}
	var ts [2]*ner.Tagger
	for i, p := range paths {
		var err error
		if ts[i], err = ner.LoadModelFile(p); err != nil {
			return err
		}
	}
	t, err := ner.Interpolate(ts[0], ts[1], lambda, name)
	if err != nil {
		return err
	}
	if err := ner.WriteModelFile(t, out); err != nil {
		return err
	}
	return evalSets(ctx, env, t, dev, nil)
}

package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/shared"
)

// tinyCoNLL is a made-up CoNLL-2003 file (not Reuters text).
const tinyCoNLL = `-DOCSTART- -X- O O

Angela NNP I-NP I-PER
Merkel NNP I-NP I-PER
visited VBD I-VP O
Paris NNP I-NP I-LOC
with IN I-PP O
Siemens NNP I-NP I-ORG
. . O O

Merkel NNP I-NP I-PER
left VBD I-VP O
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
`

// writeTinyCoNLL writes tinyCoNLL into a new temporary directory and
// returns the directory and the file's path.
func writeTinyCoNLL(t *testing.T) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "tiny.conll")
	if err := os.WriteFile(path, []byte(tinyCoNLL), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

func TestTrainAndEvalNER(t *testing.T) {
	dir, data := writeTinyCoNLL(t)
	model := filepath.Join(dir, "model.bin")
	code, _, stderr := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "3", "--runs", "1", "--stages", "1")
	if code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := runMain(t, "", "eval", "ner", "--conll", data, "--model", model)
	if code != 0 {
		t.Fatalf("eval: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"PERSON", "LOCATION", "ORGANIZATION", "overall", "precision"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, stdout)
		}
	}
	// The embedded model on the same file.
	code, stdout, stderr = runMain(t, "", "eval", "ner", "--conll", data)
	if code != 0 || !strings.Contains(stdout, "overall") {
		t.Fatalf("eval embedded: exit %d: %s%s", code, stdout, stderr)
	}
	if code, _, _ := runMain(t, "", "train", "nope"); code != 2 {
		t.Errorf("train nope: exit %d, want 2", code)
	}
	if code, _, _ := runMain(t, "", "eval", "ner", "--conll", filepath.Join(dir, "missing")); code == 0 {
		t.Error("eval of a missing file succeeded")
	}
	// A --conll that is a directory or an empty file is refused before
	// the model is loaded: the one said "read conll: read DIR: is a
	// directory" (exit 1), the other scored 0 documents with exit 0.
	empty := filepath.Join(dir, "empty.conll")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{dir: " is a directory, not a CoNLL-2003 file", empty: " is empty: no CoNLL-2003 documents to score"} {
		code, _, stderr = runMain(t, "", "eval", "ner", "--conll", path)
		if code != 2 || stderr != "newsner eval ner: --conll: "+path+want+"\n" {
			t.Errorf("eval ner --conll %s: exit %d, %q; want 2 and %q", path, code, stderr, path+want)
		}
	}
	// So is a directory given to train ner --train, once training starts.
	code, _, stderr = runMain(t, "", "train", "ner", "--train", dir, "--out", filepath.Join(dir, "m.bin"))
	if want := "newsner train ner: --train: conll: " + dir + " is a directory, not a file\n"; code != 1 || stderr != want {
		t.Errorf("train ner --train DIR: exit %d, %q; want 1 and %q", code, stderr, want)
	}
	// A --model that is no model says so; it said "model: EOF" of an
	// empty file and "model: unexpected EOF" of a short text.
	for _, body := range []string{"", "hello\n"} {
		bad := filepath.Join(t.TempDir(), "bad.bin")
		if err := os.WriteFile(bad, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, stderr = runMain(t, "", "eval", "ner", "--conll", data, "--model", bad)
		if code != 1 || !strings.Contains(stderr, "--model: "+bad+": model: not a newsner entity model (") || strings.Contains(stderr, "EOF") {
			t.Errorf("eval ner --model of %q: exit %d, %q; want 1, saying it is no model", body, code, stderr)
		}
	}
	// --errors of prose's model is a mistake in the command line, said
	// before any set is read, naming the flags; it was exit 1 from
	// nereval, whose own error named --errors.
	code, _, stderr = runMain(t, "", "eval", "ner", "--conll", data, "--model", "prose", "--errors")
	if code != 2 || !strings.Contains(stderr, "--errors lists the mistakes of a model of ours (--model embedded or a file)") {
		t.Errorf("eval ner --model prose --errors: exit %d, %q; want 2 naming --errors and --model", code, stderr)
	}
}

// TestTrainOneDocumentCounts: train ner and a report count one document
// as one ("analyzed 1 document, 10 tokens", "model X, 1 document, ...",
// "2 folds of 1 document"); they said "1 documents".
func TestTrainOneDocumentCounts(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "one.conll")
	one := tinyCoNLL[:strings.LastIndex(tinyCoNLL, "-DOCSTART-")]
	if err := os.WriteFile(data, []byte(one), 0o644); err != nil {
		t.Fatal(err)
	}
	model := filepath.Join(dir, "model.bin")
	code, _, stderr := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "1", "--runs", "1", "--stages", "1")
	if code != 0 || !strings.Contains(stderr, "analyzed 1 document, ") {
		t.Fatalf("train on one document: exit %d, want 0 and 'analyzed 1 document, ':\n%s", code, stderr)
	}
	// The report of a model's errors (eval ner --errors) over one document.
	tagger, err := ner.LoadModelFile(model)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ner.ReadCoNLLFile(data)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ner.Evaluate(context.Background(), tagger, docs)
	if err != nil {
		t.Fatal(err)
	}
	var report strings.Builder
	if err := rep.Write(&report); err != nil || !strings.Contains(report.String(), ", 1 document, ") {
		t.Errorf("a report of one document: %v\n%s", err, report.String())
	}
	// One document and its copy: "1 copy" (it said "1 copies").
	code, _, stderr = runMain(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "1", "--runs", "1", "--stages", "1",
		"--augment", "rate=1,pool=lists,shape=keep,seed=3")
	if code != 0 || !strings.Contains(stderr, "augment: 1 copy of 1 document\n") {
		t.Errorf("train --augment on one document: exit %d, want 0 and 'augment: 1 copy of 1 document':\n%s", code, stderr)
	}
	code, _, stderr = runMain(t, "", "train", "ner", "--train", data, "--cv", "2")
	if want := "2 folds of 1 document: want 2 or more, and a document a fold at least\n"; code != 1 || !strings.HasSuffix(stderr, want) {
		t.Errorf("train --cv 2 of one document: exit %d, want 1 and %q:\n%s", code, want, stderr)
	}
	// One fold (it said "1 folds").
	if _, err := ner.CrossValidate(context.Background(), docs, ner.TrainConfig{}, 1, 1); err == nil || !strings.Contains(err.Error(), ": 1 fold of 1 document: ") {
		t.Errorf("CrossValidate of 1 fold: %v", err)
	}
}

// TestTrainCV cross-validates on the training file and writes no model.
func TestTrainCV(t *testing.T) {
	dir, data := writeTinyCoNLL(t)
	model := filepath.Join(dir, "model.bin")
	code, stdout, stderr := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--cv", "2", "--epochs", "2", "--runs", "1", "--stages", "1")
	if code != 0 {
		t.Fatalf("train --cv: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"fold 1: 1 document  F1 ", "fold 2: 1 document  F1 ", "2-fold cross-validation, 2 documents", "overall"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "fold 2/2 (documents 2-2)") {
		t.Errorf("no progress line for fold 2:\n%s", stderr)
	}
	if _, err := os.Stat(model); !os.IsNotExist(err) {
		t.Errorf("--cv wrote a model (stat: %v)", err)
	}
	if code, _, _ := runMain(t, "", "train", "ner", "--train", data, "--cv", "3"); code == 0 {
		t.Error("3 folds of 2 documents succeeded")
	}
}

func TestTrainClusterText(t *testing.T) {
	dir, data := writeTinyCoNLL(t)
	text := filepath.Join(dir, "text")
	if err := os.MkdirAll(filepath.Join(text, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string][]byte{
		"a.txt": []byte("First file."), "sub/b.txt.gz": fakes.Gzip([]byte("Second file, gzipped.")), "notes.md": []byte("not text"),
	} {
		if err := os.WriteFile(filepath.Join(text, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := readTextFiles(context.Background(), []string{text, data})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0] != "First file." || got[1] != "Second file, gzipped." || got[2] != tinyCoNLL {
		t.Errorf("readTextFiles = %q", got)
	}

	model := filepath.Join(dir, "model.bin")
	code, _, stderr := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "2", "--runs", "1", "--stages", "1",
		"--cluster-text", text, "--cluster-seed", "7")
	if code != 0 {
		t.Fatalf("train --cluster-text: exit %d: %s", code, stderr)
	}
	if code, _, _ := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--cluster-text", filepath.Join(dir, "missing")); code == 0 {
		t.Error("train with a missing --cluster-text path succeeded")
	}
}

// TestReadTextFilesPages: HTML pages give their article text, English
// only, and entries may be glob patterns.
func TestReadTextFilesPages(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"en/001/source.html":   filepath.Join("..", "..", "testdata", "pages", "eu-summit.html"),
		"en/001/expected.html": filepath.Join("..", "..", "testdata", "pages", "port-strike.html"),
		"de/news.html":         filepath.Join("..", "..", "extract", "testdata", "german-news.html"),
	} {
		body, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := readTextFiles(context.Background(), []string{filepath.Join(dir, "en", "*", "source.html"), filepath.Join(dir, "de")})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.Contains(got[0], "Brussels") || strings.Contains(got[0], "<") {
		t.Errorf("readTextFiles = %q, want the EU summit article's text alone (the German page left out)", got)
	}
	if _, err := readTextFiles(context.Background(), []string{filepath.Join(dir, "none", "*.html")}); err == nil {
		t.Error("a pattern that matches nothing read without an error")
	}
}

// TestTrainSilver trains with a --silver corpus tagged by the embedded
// model, with --cluster-sources left out (no shared data needed).
func TestTrainSilver(t *testing.T) {
	dir, data := writeTinyCoNLL(t)
	text := filepath.Join(dir, "silver.txt")
	if err := os.WriteFile(text, []byte("Prime Minister Boris Johnson met President Joe Biden in Washington on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	model := filepath.Join(dir, "model.bin")
	code, _, stderr := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "2", "--runs", "1", "--stages", "1",
		"--silver", text, "--silver-names")
	if code != 0 {
		t.Fatalf("train --silver: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "silver: 1 document tagged by embedded") || !strings.Contains(stderr, "analyzed 3 documents") {
		t.Errorf("the silver document was not trained on:\n%s", stderr)
	}
	for _, bad := range []string{"--silver-model", "--silver-agree"} {
		if code, _, _ := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--silver", text, bad, filepath.Join(dir, "missing")); code == 0 {
			t.Errorf("train with a missing %s succeeded", bad)
		}
	}
}

func TestTrainGloVe(t *testing.T) {
	dir, data := writeTinyCoNLL(t)
	clusters := filepath.Join(dir, "clusters.tsv")
	if err := os.WriteFile(clusters, []byte("paris\t0101\nberlin\t0100\nmerkel\t11\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	model := filepath.Join(dir, "model.bin")
	code, _, stderr := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "2", "--runs", "1", "--stages", "1",
		"--glove-prefixes", "2,4", "--glove-neighbour", "none")
	if code != 0 {
		t.Fatalf("train with GloVe prefixes: exit %d: %s", code, stderr)
	}
	code, _, stderr = runMain(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "2", "--runs", "1", "--stages", "1",
		"--glove-clusters", clusters)
	if code != 0 {
		t.Fatalf("train --glove-clusters: exit %d: %s", code, stderr)
	}
	code, _, stderr = runMain(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "2", "--runs", "1", "--stages", "1", "--no-glove")
	if code != 0 {
		t.Fatalf("train --no-glove: exit %d: %s", code, stderr)
	}
	if code, stdout, stderr := runMain(t, "", "eval", "ner", "--conll", data, "--model", model); code != 0 || !strings.Contains(stdout, "overall") {
		t.Fatalf("eval: exit %d: %s%s", code, stdout, stderr)
	}
	for _, bad := range [][]string{{"--glove-prefixes", "4,x"}, {"--glove-clusters", filepath.Join(dir, "missing")}} {
		args := append([]string{"train", "ner", "--train", data, "--out", model}, bad...)
		if code, _, _ := runMain(t, "", args...); code == 0 {
			t.Errorf("train %v succeeded", bad)
		}
	}
}

// TestEvalNERDevSets: one run scores every dev set, a line per set and
// type; --errors lists mistakes; --unseen scores names not in a file.
func TestEvalNERDevSets(t *testing.T) {
	shared.Require(t, "data", "ner-extra", "gum")
	shared.Require(t, "data", "conll2003", "eng.testa")
	code, stdout, stderr := runMain(t, "", "eval", "ner")
	if code != 0 {
		t.Fatalf("eval ner: exit %d: %s", code, stderr)
	}
	for _, set := range ner.DevSets {
		for _, typ := range []string{"PERSON", "LOCATION", "ORGANIZATION", "overall"} {
			if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(set) + ` +` + typ + ` +0\.\d{4}`).MatchString(stdout) {
				t.Errorf("no %s line for %s:\n%s", typ, set, stdout)
			}
		}
	}
	code, stdout, stderr = runMain(t, "", "eval", "ner", "--sets", "gum-news", "--errors")
	if code != 0 || !strings.Contains(stdout, "== gum-news") || !regexp.MustCompile(`(?m)^(FP|FN) `).MatchString(stdout) {
		t.Errorf("eval ner --errors: exit %d: %.300s %s", code, stdout, stderr)
	}
	_, train := writeTinyCoNLL(t)
	code, stdout, stderr = runMain(t, "", "eval", "ner", "--sets", "eng.testa", "--unseen", train)
	if code != 0 || !strings.Contains(stdout, "eng.testa unseen") {
		t.Errorf("eval ner --unseen: exit %d: %s %s", code, stdout, stderr)
	}
	if code, _, _ := runMain(t, "", "eval", "ner", "--sets", "nope"); code == 0 {
		t.Error("eval ner of an unknown set succeeded")
	}
}

// TestEvalNERPageSets: the web-page sets are scored by distinct entity,
// the pages in other languages left out, and --errors lists mistakes.
func TestEvalNERPageSets(t *testing.T) {
	shared.Require(t, "data", "news-pages", "entities")
	code, stdout, stderr := runMain(t, "", "eval", "ner", "--sets", "news-pages,news-pages-text")
	if code != 0 {
		t.Fatalf("eval ner: exit %d: %s", code, stderr)
	}
	for _, set := range []string{"news-pages", "news-pages-text"} {
		// 60 pages, of which 8 are not in English.
		if !regexp.MustCompile(`(?m)^` + set + ` +overall +0\.\d{4} +0\.\d{4} +0\.\d{4} +\d+ +\d+ +\d+ +52$`).MatchString(stdout) {
			t.Errorf("no overall line of 52 pages for %s:\n%s", set, stdout)
		}
	}
	for _, set := range []string{"news-pages", "news-pages-text"} {
		if !regexp.MustCompile(`(?m)^keys over ` + set + `: agreement [01]\.\d{4} \(\d+ of \d+ pages of \d+ things found in 2\+ pages\)$`).MatchString(stdout) {
			t.Errorf("no key agreement line for %s:\n%s", set, stdout)
		}
	}
	code, stdout, stderr = runMain(t, "", "eval", "ner", "--sets", "news-pages-a,news-pages-text-b")
	for _, set := range []string{"news-pages-a", "news-pages-text-b"} {
		if code != 0 || !regexp.MustCompile(`(?m)^`+set+` +overall .* 26$`).MatchString(stdout) {
			t.Errorf("no overall line of 26 pages for %s: exit %d:\n%s %s", set, code, stdout, stderr)
		}
	}
	code, stdout, stderr = runMain(t, "", "eval", "ner", "--sets", "news-pages", "--errors")
	if code != 0 || !strings.Contains(stdout, "== news-pages") || !strings.Contains(stdout, "== keys over news-pages\n") || !regexp.MustCompile(`(?m)^[+-] (PERSON|LOCATION|ORGANIZATION) `).MatchString(stdout) {
		t.Errorf("eval ner --errors: exit %d: %.300s %s", code, stdout, stderr)
	}
	code, stdout, stderr = runMain(t, "", "eval", "ner", "--sets", "news-pages,gum-news", "--joins")
	if code != 0 || !strings.Contains(stdout, "== news-pages\n") || !strings.Contains(stdout, "== gum-news\n") || !strings.Contains(stdout, "== keys over news-pages\n") || !regexp.MustCompile(`(?m)^(split|merged) (PERSON|LOCATION|ORGANIZATION) `).MatchString(stdout) {
		t.Errorf("eval ner --joins: exit %d: %.300s %s", code, stdout, stderr)
	}
}

// TestTrainExtraSources trains on CoNLL-2003 and another corpus, with
// domain copies, and scores the model on a dev set.
func TestTrainExtraSources(t *testing.T) {
	shared.Require(t, "data", "ner-extra", "wikigold")
	dir, data := writeTinyCoNLL(t)
	model := filepath.Join(dir, "model.bin")
	code, stdout, stderr := runMain(t, "", "train", "ner", "--train", data, "--extra", "wikigold", "--domain-copies",
		"--out", model, "--epochs", "1", "--runs", "1", "--stages", "1", "--no-glove", "--dev", "eng.testa")
	if code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "eng.testa") || !strings.Contains(stderr, "analyzed 147 documents") {
		t.Errorf("train output:\n%s\n%s", stdout, stderr)
	}
	if code, _, _ := runMain(t, "", "train", "ner", "--train", data, "--extra", "nope", "--out", model); code == 0 {
		t.Error("train with an unknown source succeeded")
	}
}

// TestTrainMerge mixes two models of the same settings into a third.
func TestTrainMerge(t *testing.T) {
	dir, data := writeTinyCoNLL(t)
	var models []string
	for _, seed := range []string{"1", "2"} {
		m := filepath.Join(dir, "m"+seed+".bin")
		if code, _, stderr := runMain(t, "", "train", "ner", "--train", data, "--out", m, "--epochs", "2", "--runs", "1", "--stages", "1", "--seed", seed); code != 0 {
			t.Fatalf("train: exit %d: %s", code, stderr)
		}
		models = append(models, m)
	}
	out := filepath.Join(dir, "soup.bin")
	code, stdout, stderr := runMain(t, "", "train", "ner", "--merge", strings.Join(models, ","), "--lambda", "0.3", "--out", out, "--dev", data)
	if code != 0 || !strings.Contains(stdout, "overall") {
		t.Fatalf("merge: exit %d: %s %s", code, stdout, stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runMain(t, "", "train", "ner", "--merge", models[0], "--out", out); code == 0 {
		t.Error("merge of one model succeeded")
	}
}

// TestTrainAugment trains with mention-replacement copies (--augment) and
// refuses a malformed setting.
func TestTrainAugment(t *testing.T) {
	dir, data := writeTinyCoNLL(t)
	model := filepath.Join(dir, "model.bin")
	code, _, stderr := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "2", "--runs", "1", "--stages", "1",
		"--augment", "rate=1,pool=lists,shape=keep,seed=3")
	if code != 0 {
		t.Fatalf("train --augment: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "augment: ") || !strings.Contains(stderr, " copies of ") {
		t.Errorf("train --augment made no copies:\n%s", stderr)
	}
	if code, _, _ := runMain(t, "", "train", "ner", "--train", data, "--out", model, "--augment", "rate=1,pool=web"); code == 0 {
		t.Error("train --augment pool=web succeeded")
	}
}

// TestReadTextFilesPageNames: a directory's pages are found by
// archive.IsPageName, so .htm and upper-case names count as pages (read for
// their article text), as they do for archives.
func TestReadTextFilesPageNames(t *testing.T) {
	dir := t.TempDir()
	body, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", "eu-summit.html"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "SUMMIT.HTM"), body, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readTextFiles(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.Contains(got[0], "Brussels") || strings.Contains(got[0], "<") {
		t.Errorf("readTextFiles = %q, want the .HTM page's article text", got)
	}
}

// TestTrainRefusesNothingToDo: flag values train ner cannot use are a
// mistake in the command line (exit 2: --cv -3 trained and wrote a model,
// --cv 1 and a bad --augment exited 1; --epochs -1 trained no epoch and
// wrote a model of 0 features), and a --train file of no
// documents, with nothing else to train on, fails where it wrote a model
// of no features.
func TestTrainRefusesNothingToDo(t *testing.T) {
	dir, data := writeTinyCoNLL(t)
	model := filepath.Join(dir, "model.bin")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--cv", "-3"}, "newsner train ner: --cv -3: want 2 folds or more (0: train and write a model)\n"},
		{[]string{"--cv", "1"}, "newsner train ner: --cv 1: want 2 folds or more (0: train and write a model)\n"},
		{[]string{"--augment", "rate=x"}, "newsner train ner: augment: bad rate \"x\"\n"},
		{[]string{"--glove-prefixes", "99"}, "newsner train ner: --glove-prefixes: bad prefix length \"99\"\n"},
		{[]string{"--epochs", "-1"}, "newsner train ner: --epochs -1: want 0 or more\n"},
		{[]string{"--stages", "-2"}, "newsner train ner: --stages -2: want 0 or more\n"},
		{[]string{"--cv", "2", "--cv-parallel", "0"}, "newsner train ner: --cv-parallel 0: want 1 or more\n"},
	} {
		code, _, stderr := runMain(t, "", append([]string{"train", "ner", "--train", data, "--out", model, "--epochs", "1", "--runs", "1", "--stages", "1"}, c.args...)...)
		if code != 2 || stderr != c.want {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
	empty := filepath.Join(dir, "empty.conll")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runMain(t, "", "train", "ner", "--train", empty, "--out", model, "--epochs", "1", "--runs", "1", "--stages", "1")
	if code != 1 || !strings.Contains(stderr, empty+" holds no documents") {
		t.Errorf("train on an empty file: exit %d, want 1 and 'holds no documents':\n%s", code, stderr)
	}
	if _, err := os.Stat(model); err == nil {
		t.Errorf("a model was written")
	}
}

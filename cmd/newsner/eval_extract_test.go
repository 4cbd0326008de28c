package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/fakes"
)

// TestEvalExtractPageTools: --explain shows the chosen block of a page,
// --page one dev page against its truth, --write-texts the texts in the
// form --texts reads back.
func TestEvalExtractPageTools(t *testing.T) {
	body := councilBody
	shared := makeNewsPagesSet(t, newsPage{"p1", "<html><body><nav><a href=/>Home</a></nav><article><p>" + body + "</p></article></body></html>", body + " The end."})

	code, stdout, stderr := runMain(t, "", "eval", "extract", "--explain", filepath.Join("..", "..", "testdata", "pages", "eu-summit.html"), "--find", "summit")
	if code != 0 || !strings.Contains(stdout, "top: ") || !strings.Contains(stdout, "ancestors of \"summit\"") {
		t.Errorf("--explain: exit %d\n%s\n%s", code, stdout, stderr)
	}

	code, stdout, stderr = runMain(t, "", "eval", "extract", "--shared", shared, "--page", "p1")
	if code != 0 || !strings.Contains(stdout, "=== news-pages/p1 https://example.com/p1  F1 0.950 P 1.000 R 0.905") {
		t.Errorf("--page: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if code, _, stderr := runMain(t, "", "eval", "extract", "--shared", shared, "--page", "nosuch"); code == 0 || !strings.Contains(stderr, "no page") {
		t.Errorf("--page nosuch: exit %d, %s", code, stderr)
	}

	out := filepath.Join(shared, "texts.json")
	if code, _, stderr := runMain(t, "", "eval", "extract", "--shared", shared, "--write-texts", out); code != 0 {
		t.Fatalf("--write-texts: exit %d, %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var texts map[string]string
	if err := json.Unmarshal(b, &texts); err != nil || texts["p1"] != body {
		t.Fatalf("texts %v (%v), want p1: the article", texts, err)
	}
	code, stdout, stderr = runMain(t, "", "eval", "extract", "--shared", shared, "--texts", out)
	if code != 0 || !strings.Contains(stdout, "news-pages            1 pages  F1 0.9500  P 1.0000  R 0.9048") {
		t.Errorf("--texts: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

// TestEvalExtractHalf: --half a scores the odd pages of each set in id
// order, --half b the even ones; another value is a usage error.
func TestEvalExtractHalf(t *testing.T) {
	var pages []newsPage
	for _, id := range []string{"p1", "p2", "p3"} {
		pages = append(pages, newsPage{id, "<html><body><article><p>" + councilBody + "</p></article></body></html>", councilBody})
	}
	shared := makeNewsPagesSet(t, pages...)
	for half, want := range map[string]string{"a": "news-pages            2 pages", "b": "news-pages            1 pages"} {
		code, stdout, stderr := runMain(t, "", "eval", "extract", "--shared", shared, "--sets", "news-pages", "--half", half)
		if code != 0 || !strings.Contains(stdout, want) || !strings.Contains(stdout, "half "+half) {
			t.Errorf("--half %s: exit %d, want %q\n%s\n%s", half, code, want, stdout, stderr)
		}
	}
	code, stdout, _ := runMain(t, "", "eval", "extract", "--shared", shared, "--half", "b", "--page", "p")
	if code != 0 || !strings.Contains(stdout, "news-pages/p2") || strings.Contains(stdout, "news-pages/p1") {
		t.Errorf("--half b --page p: exit %d\n%s", code, stdout)
	}
	if code, _, stderr := runMain(t, "", "eval", "extract", "--shared", shared, "--half", "c"); code == 0 || !strings.Contains(stderr, "--half") {
		t.Errorf("--half c: exit %d, %s", code, stderr)
	}
}

// TestEvalExtractTexts scores texts from a file (another extractor's output)
// with eval extract's rule.
func TestEvalExtractTexts(t *testing.T) {
	shared := makeNewsPagesSet(t, newsPage{"p1", "<html><body><p>One two three four five six.</p></body></html>", "One two three four five six."})
	texts := filepath.Join(shared, "texts.json")
	if err := os.WriteFile(texts, []byte(`{"p1": "One two three four five six. Share this"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runMain(t, "", "eval", "extract", "--shared", shared, "--texts", texts)
	if code != 0 || !strings.Contains(stdout, "F1 0.7500  P 0.6000  R 1.0000  empty 0  fallback 0  0 missing") {
		t.Fatalf("exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if code, _, stderr := runMain(t, "", "eval", "extract", "--shared", shared, "--texts", filepath.Join(shared, "missing.json")); code == 0 || !strings.Contains(stderr, "missing.json") {
		t.Fatalf("missing texts file: exit %d, stderr %s", code, stderr)
	}
}

// councilBody is a news page's article text in the eval extract tests.
const councilBody = "The council agreed on Tuesday to rebuild the harbour bridge, which has carried traffic since 1968, at a cost of fourteen million."

// storyPage is a news page of councilBody in an article beside a
// navigation bar, with the body as its truth.
var storyPage = newsPage{"p1", "<html><body><nav><a href=/>Home</a></nav><article class=story><p>" + councilBody + "</p></article></body></html>", councilBody}

// newsPage is a page of a made-up news-pages set: its id, HTML and
// article text (its URL is https://example.com/<id>).
type newsPage struct{ id, html, truth string }

// makeNewsPagesSet makes a shared directory with a news-pages set of
// pages (each page's HTML, gzipped, and the set's ground-truth.json) and
// returns it.
func makeNewsPagesSet(t *testing.T, pages ...newsPage) (shared string) {
	t.Helper()
	shared = t.TempDir()
	news := filepath.Join(shared, "data", "news-pages")
	if err := os.MkdirAll(filepath.Join(news, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	truth := map[string]map[string]string{}
	for _, p := range pages {
		if err := os.WriteFile(filepath.Join(news, "html", p.id+".html.gz"), fakes.Gzip([]byte(p.html)), 0o644); err != nil {
			t.Fatal(err)
		}
		truth[p.id] = map[string]string{"url": "https://example.com/" + p.id, "articleBody": p.truth}
	}
	b, err := json.Marshal(truth)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(news, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return shared
}

// TestEvalExtractPerturb: --perturb prints a row per perturbation next to
// the unperturbed one; --perturb-only limits them and refuses unknown names.
func TestEvalExtractPerturb(t *testing.T) {
	shared := makeNewsPagesSet(t, storyPage)
	code, stdout, stderr := runMain(t, "", "eval", "extract", "--shared", shared, "--perturb")
	if code != 0 || !strings.Contains(stdout, "  none          1.0000 +0.0000  empty 0") || !strings.Contains(stdout, "  no-attr ") || !strings.Contains(stdout, "  noscript ") {
		t.Errorf("--perturb: exit %d\n%s\n%s", code, stdout, stderr)
	}
	code, stdout, stderr = runMain(t, "", "eval", "extract", "--shared", shared, "--perturb", "--perturb-only", "aside")
	if code != 0 || !strings.Contains(stdout, "  aside ") || strings.Contains(stdout, "  noscript ") {
		t.Errorf("--perturb-only aside: exit %d\n%s\n%s", code, stdout, stderr)
	}
	// A mistyped name is a mistake in the command line that names its
	// flag (exit 2), also beside a good one, which alone was scored: "list,
	// nosuch" scored list; "no perturbation among" was said only when
	// none was one, exit 1.
	for _, only := range []string{"nosuch", "aside,nosuch"} {
		code, stdout, stderr := runMain(t, "", "eval", "extract", "--shared", shared, "--perturb", "--perturb-only", only)
		if code != 2 || stdout != "" || !strings.Contains(stderr, `--perturb-only: no perturbation "nosuch" (have `) {
			t.Errorf("--perturb-only %s: exit %d, want 2 and the flag named\n%s\n%s", only, code, stdout, stderr)
		}
	}
}

// TestEvalExtractPerturbPages: --perturb-pages lists pages one perturbation
// lowered and raised, and wants one perturbation named.
func TestEvalExtractPerturbPages(t *testing.T) {
	shared := makeNewsPagesSet(t, storyPage)
	code, stdout, stderr := runMain(t, "", "eval", "extract", "--shared", shared, "--perturb-only", "br", "--perturb-pages", "5")
	if code != 0 || !strings.Contains(stdout, "pages lost under br (") || !strings.Contains(stdout, "pages won under br (") {
		t.Errorf("--perturb-pages: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if code, _, _ := runMain(t, "", "eval", "extract", "--shared", shared, "--perturb-pages", "5"); code == 0 {
		t.Errorf("--perturb-pages without --perturb-only: exit 0")
	}
	code, stdout, stderr = runMain(t, "", "eval", "extract", "--shared", shared, "--perturb-only", "br", "--page", "p1")
	if code != 0 || !strings.Contains(stdout, "=== news-pages/p1") {
		t.Errorf("--page with --perturb-only: exit %d\n%s\n%s", code, stdout, stderr)
	}
	// A --page no page's id starts with, or a perturbation of --page's
	// not one, names the flag (exit 2); they said 'no page "x"' and 'no
	// perturbation "br,list"', exit 1.
	for _, c := range [][]string{
		{"--page", "zz", `--page "zz": no page's id (or set/id) starts so`},
		{"--page", "p1", "--perturb-only", "br,list", `--perturb-only "br,list": --page takes one perturbation`},
		{"--perturb-pages", "5", "--perturb-only", "nosuch", `--perturb-only: no perturbation "nosuch"`},
	} {
		args := append([]string{"eval", "extract", "--shared", shared}, c[:len(c)-1]...)
		if code, _, stderr := runMain(t, "", args...); code != 2 || !strings.Contains(stderr, c[len(c)-1]) {
			t.Errorf("%q: exit %d, want 2 and %q:\n%s", c[:len(c)-1], code, c[len(c)-1], stderr)
		}
	}
}

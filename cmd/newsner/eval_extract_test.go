package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalExtractPageTools: --explain shows the chosen block of a page,
// --page one dev page against its truth, --write-texts the texts in the
// form --texts reads back.
func TestEvalExtractPageTools(t *testing.T) {
	shared := t.TempDir()
	news := filepath.Join(shared, "data", "news-pages")
	if err := os.MkdirAll(filepath.Join(news, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	body := "The council agreed on Tuesday to rebuild the harbour bridge, which has carried traffic since 1968, at a cost of fourteen million."
	page := "<html><body><nav><a href=/>Home</a></nav><article><p>" + body + "</p></article></body></html>"
	if err := os.WriteFile(filepath.Join(news, "html", "p1.html.gz"), gzipped(page), 0o644); err != nil {
		t.Fatal(err)
	}
	truth := `{"p1": {"url": "https://example.com/p1", "articleBody": "` + body + ` The end."}}`
	if err := os.WriteFile(filepath.Join(news, "ground-truth.json"), []byte(truth), 0o644); err != nil {
		t.Fatal(err)
	}

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

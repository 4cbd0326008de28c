package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/internal/shared"
)

var (
	sharedDir = shared.Dir()
	report    = flag.Int("report", 0, "log the eval report with this many worst pages")
)

func needShared(t *testing.T) {
	t.Helper()
	shared.Require(t, "data", "news-pages", "ground-truth.json")
}

func TestReport(t *testing.T) {
	if *report == 0 {
		t.Skip("pass -report N to print the eval report")
	}
	needShared(t)
	var buf bytes.Buffer
	if err := RunExtract(context.Background(), &buf, sharedDir, *report); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + buf.String())
}

var page = flag.String("page", "", "id prefix of a news page to dump (prediction vs truth)")

// TestDumpPage prints a page's extracted text and the truth's missed and
// extra shingle runs, for reading failures.
func TestDumpPage(t *testing.T) {
	if *page == "" {
		t.Skip("pass -page ID")
	}
	needShared(t)
	pages, err := LoadNewsPages(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		if !strings.HasPrefix(p.ID, *page) {
			continue
		}
		u, _ := url.Parse(p.URL)
		a, err := extract.FromReader(bytes.NewReader(p.HTML), u, "")
		if err != nil {
			t.Fatal(err)
		}
		if os.Getenv("DUMP_FULL") != "" {
			t.Logf("URL %s\n=== PRED\n%s\n=== TRUTH\n%s", p.URL, a.Text, p.Truth)
		}
		ts0 := Shingles(p.Truth, 2)
		for _, para := range strings.Split(a.Text, "\n\n") {
			ps := Shingles(para, 2)
			in, all := 0, 0
			for s, c := range ps {
				all += c
				in += min(c, ts0[s])
			}
			if in*2 < all {
				t.Logf("NOT IN TRUTH: %s", para)
			}
		}
		ps0 := Shingles(a.Text, 2)
		for _, para := range strings.Split(p.Truth, "\n") {
			ts := Shingles(para, 2)
			in, all := 0, 0
			for s, c := range ts {
				all += c
				in += min(c, ps0[s])
			}
			if in*2 < all {
				t.Logf("NOT IN PRED: %s", para)
			}
		}
		ts, ps := Shingles(p.Truth, ShingleSize), Shingles(a.Text, ShingleSize)
		var extra, missed []string
		for _, s := range sortedKeys(ps) {
			if ps[s] > ts[s] {
				extra = append(extra, s)
			}
		}
		for _, s := range sortedKeys(ts) {
			if ts[s] > ps[s] {
				missed = append(missed, s)
			}
		}
		t.Logf("=== EXTRA %d\n%s\n=== MISSED %d\n%s", len(extra), strings.Join(extra, "\n"), len(missed), strings.Join(missed, "\n"))
	}
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

var rpage = flag.String("rpage", "", "readability page name to dump, or \"worst\" for the 20 worst")

func TestDumpReadability(t *testing.T) {
	if *rpage == "" {
		t.Skip("pass -rpage NAME")
	}
	needShared(t)
	pages, err := LoadMetaPages(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ScoreMetadata(context.Background(), pages, extract.FromReader)
	if err != nil {
		t.Fatal(err)
	}
	if *rpage == "worst" || *rpage == "all" {
		for i, p := range res.Text.Pages {
			if i < 25 || *rpage == "all" {
				t.Logf("%.3f %.3f %.3f %s", p.F1(), p.P, p.R, p.ID)
			}
		}
		return
	}
	for _, p := range pages {
		if p.Name != *rpage {
			continue
		}
		u, _ := url.Parse("http://fakehost/test/page.html")
		a, _ := extract.FromReader(bytes.NewReader(p.HTML), u, "")
		t.Logf("=== PRED\n%s\n=== EXPECTED\n%s", a.Text, p.Expected)
	}
}

var extractFromReader = extract.FromReader

var dumpPreds = flag.String("dumppreds", "", "write the extractor's texts on news-pages as JSON (id -> {articleBody}) to this file, for scoring by other tools")

func TestDumpPredictions(t *testing.T) {
	if *dumpPreds == "" {
		t.Skip("pass -dumppreds FILE")
	}
	needShared(t)
	pages, err := LoadNewsPages(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]string{}
	for _, p := range pages {
		u, _ := url.Parse(p.URL)
		a, _ := extract.FromReader(bytes.NewReader(p.HTML), u, "")
		out[p.ID] = map[string]string{"articleBody": a.Text}
	}
	b, _ := json.Marshal(out)
	if err := os.WriteFile(*dumpPreds, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

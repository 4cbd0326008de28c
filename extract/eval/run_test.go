package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/fakes"
)

// writeShared lays out a tiny shared directory: two news pages and one
// readability page.
func writeShared(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	news := filepath.Join(dir, "data", "news-pages")
	if err := os.MkdirAll(filepath.Join(news, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	body := "The council agreed on Tuesday to rebuild the harbour bridge, which has carried traffic since 1968, at a cost of fourteen million."
	pages := map[string]string{
		"good": "<html><body><nav><a href=/>Home</a></nav><article><p>" + body + "</p></article></body></html>",
		"bad":  "<html><body><p>Subscribe to our newsletter today for the best deals on everything.</p></body></html>",
	}
	truth := map[string]map[string]string{}
	for id, html := range pages {
		if err := os.WriteFile(filepath.Join(news, "html", id+".html.gz"), fakes.Gzip([]byte(html)), 0o644); err != nil {
			t.Fatal(err)
		}
		truth[id] = map[string]string{"url": "https://example.com/" + id, "articleBody": body}
	}
	b, _ := json.Marshal(truth)
	if err := os.WriteFile(filepath.Join(news, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	rp := filepath.Join(dir, "data", "readability-pages", "page-1")
	if err := os.MkdirAll(rp, 0o755); err != nil {
		t.Fatal(err)
	}
	src := `<html lang="en"><head><title>Bridge to be rebuilt | Herald</title><meta property="og:site_name" content="Herald">` +
		`<meta name="author" content="Jane Doe"></head><body><article><p>` + body + `</p></article></body></html>`
	files := map[string]string{
		"source.html":            src,
		"expected.html":          "<div><p>" + body + "</p></div>",
		"expected-metadata.json": `{"title":"Bridge to be rebuilt | Herald","byline":"By Jane Doe","siteName":"Herald","language":"en","publishedTime":"2024-03-05T08:15:00Z"}`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(rp, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// One dragnet2013 page: the article in a <div> with no <p>.
	dn := filepath.Join(dir, "data", "extract-extra", "dragnet2013")
	files = map[string]string{
		"index.tsv":    "id\tsplit\turl_from_html\n" + "d1\ttest\thttps://blog.example.com/d1\n",
		"html/d1.html": "<html><body><div class=post>" + body + "</div></body></html>",
		"truth/d1.txt": body + "\n",
	}
	for name, content := range files {
		p := filepath.Join(dn, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunExtract(t *testing.T) {
	dir := writeShared(t)
	var out bytes.Buffer
	if err := RunExtract(context.Background(), &out, dir, 5, ""); err != nil {
		t.Fatal(err)
	}
	report := out.String()
	for _, want := range []string{
		// "good" is perfect; on "bad" the main pass finds nothing and the
		// fallback a line that is not the truth.
		"  news-pages            2 pages  F1 0.5000  P 0.5000  R 0.5000  empty 0  fallback 1  (human truth)",
		"  readability-pages     1 pages  F1 1.0000  P 1.0000  R 1.0000  empty 0",
		"  dragnet2013           1 pages  F1 1.0000  P 1.0000  R 1.0000  empty 0",
		"  mean of 3 sets                 F1 0.8333  P 0.8333  R 0.8333",
		"worst pages of news-pages",
		" bad https://example.com/bad",
		"worst pages of dragnet2013",
		"title           1/  1  1.000",
		"byline          1/  1  1.000",
		"site_name       1/  1  1.000",
		"language        1/  1  1.000",
		"published_at    0/  1  0.000",
		`miss published_at page-1: "" | "2024-03-05T08:15:00Z"`,
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}

func TestRunExtractNoData(t *testing.T) {
	err := RunExtract(context.Background(), &bytes.Buffer{}, t.TempDir(), 5, "")
	if err == nil || !strings.Contains(err.Error(), "ground-truth.json") {
		t.Fatalf("err = %v, want one naming the missing ground truth", err)
	}
}

func TestRunTexts(t *testing.T) {
	dir := writeShared(t)
	body := "The council agreed on Tuesday to rebuild the harbour bridge, which has carried traffic since 1968, at a cost of fourteen million."
	tests := []struct {
		name  string
		texts map[string]string
		want  []string
		not   []string
	}{
		{
			name:  "one page right, one missing, no readability texts",
			texts: map[string]string{"good": body},
			want:  []string{"news-pages            2 pages  F1 0.6667  P 1.0000  R 0.5000  empty 1  fallback 0  1 missing", " bad https://example.com/bad"},
			not:   []string{"readability-pages", "dragnet2013", "mean of"},
		},
		{
			name:  "one page with eight words too many, readability page given",
			texts: map[string]string{"good": body + " Menu Home About Contact Sign in now please.", "bad": body, ReadabilityPrefix + "page-1": body, "dragnet2013/d1": ""},
			want: []string{
				"news-pages            2 pages  F1 0.9200  P 0.8519  R 1.0000  empty 0  fallback 0  0 missing",
				"readability-pages     1 pages  F1 1.0000  P 1.0000  R 1.0000  empty 0  fallback 0  0 missing",
				"dragnet2013           1 pages  F1 0.0000  P 0.0000  R 0.0000  empty 1  fallback 0  0 missing",
				"mean of 3 sets                 F1 0.6400",
			},
		},
	}
	// The page with extra words: 19 of its 27 shingles are the truth's.
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := RunTexts(context.Background(), &out, dir, 5, "", tc.texts); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("report lacks %q:\n%s", w, out.String())
				}
			}
			for _, w := range tc.not {
				if strings.Contains(out.String(), w) {
					t.Errorf("report has %q:\n%s", w, out.String())
				}
			}
		})
	}
}

// TestInHalf: "a" holds the odd pages in id order, "b" the even ones, ""
// all; Set.Half cuts by it.
func TestInHalf(t *testing.T) {
	s := Set{Name: "x", Pages: []Page{{ID: "p1"}, {ID: "p2"}, {ID: "p3"}, {ID: "p4"}, {ID: "p5"}}}
	ids := func(s Set) string {
		var out []string
		for _, p := range s.Pages {
			out = append(out, p.ID)
		}
		return strings.Join(out, ",")
	}
	for half, want := range map[string]string{"a": "p1,p3,p5", "b": "p2,p4", "": "p1,p2,p3,p4,p5"} {
		if got := ids(s.Half(half)); got != want {
			t.Errorf("Half(%q) = %s, want %s", half, got, want)
		}
	}
	if len(s.Pages) != 5 {
		t.Errorf("Half changed the set: %d pages", len(s.Pages))
	}
	for _, h := range []string{"", "a", "b"} {
		if !ValidHalf(h) {
			t.Errorf("ValidHalf(%q) = false", h)
		}
	}
	if ValidHalf("c") {
		t.Error(`ValidHalf("c") = true`)
	}
}

// TestRunExtractHalf: the tiny shared directory's news pages are "bad"
// and "good" in id order, so half a scores the bad one and half b the good
// one; the other sets' single pages are in half a only.
func TestRunExtractHalf(t *testing.T) {
	dir := writeShared(t)
	for half, wants := range map[string][]string{
		"a": {"half a", "  news-pages            1 pages  F1 0.0000", "  dragnet2013           1 pages", "mean of 3 sets", "published_at    0/  1"},
		"b": {"half b", "  news-pages            1 pages  F1 1.0000"},
	} {
		var out bytes.Buffer
		if err := RunExtract(context.Background(), &out, dir, 5, half); err != nil {
			t.Fatal(err)
		}
		report := out.String()
		for _, want := range wants {
			if !strings.Contains(report, want) {
				t.Errorf("half %s: report lacks %q:\n%s", half, want, report)
			}
		}
		if half == "b" && (strings.Contains(report, "dragnet2013") || strings.Contains(report, "published_at")) {
			t.Errorf("half b scored a page of half a:\n%s", report)
		}
	}
}

// extraSetCase is a made-up two-page set of data/extract-extra, in the
// layout fetch-data.sh writes, and what loading and scoring it should show.
type extraSetCase struct {
	set, dir, index string
	// files are the pages' html/ and truth/ files.
	files map[string]string
	// want is the second page in id order; report lines RunExtract prints.
	want   Page
	report []string
}

// checkExtraSet checks that LoadSets passes over the set while its
// directory is missing, then reads it with its URL, language and truth,
// and that the report scores it.
func checkExtraSet(t *testing.T, c extraSetCase) {
	t.Helper()
	dir := writeShared(t)
	checkSetAbsent(t, dir, c.set)
	files := map[string]string{"index.tsv": c.index}
	for k, v := range c.files {
		files[k] = v
	}
	writeFiles(t, filepath.Join(dir, "data", "extract-extra", c.dir), files)
	sets, err := LoadSets(dir, c.set)
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) != 1 || sets[0].Name != c.set || len(sets[0].Pages) != 2 {
		t.Fatalf("sets = %+v, want %s with 2 pages", sets, c.set)
	}
	p := sets[0].Pages[1]
	if p.ID != c.want.ID || p.URL != c.want.URL || p.Lang != c.want.Lang || p.Truth != c.want.Truth {
		t.Errorf("page = %q %q %q %q, want %q %q %q %q", p.ID, p.URL, p.Lang, p.Truth, c.want.ID, c.want.URL, c.want.Lang, c.want.Truth)
	}
	var out bytes.Buffer
	if err := RunExtract(context.Background(), &out, dir, 5, ""); err != nil {
		t.Fatal(err)
	}
	for _, want := range c.report {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

// page wraps a paragraph in an article, with the page's language if any.
func page(lang, text string) string {
	if lang != "" {
		lang = " lang=" + lang
	}
	return "<html" + lang + "><body><article><p>" + text + "</p></article></body></html>"
}

// TestLoadNewspaper4k reads a tiny made-up newspaper4k set (the layout
// fetch-data.sh writes, a German page among its two), and LoadSets skips
// the set where its directory is missing.
func TestLoadNewspaper4k(t *testing.T) {
	de := "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für vierzehn Millionen Euro neu zu bauen, und die Arbeiten sollen im Frühjahr beginnen."
	en := "The council agreed on Tuesday to rebuild the harbour bridge, which has carried traffic since 1968, at a cost of fourteen million."
	checkExtraSet(t, extraSetCase{
		set: Newspaper4k, dir: "newspaper4k",
		index: "id\tfixture_language\turl\thtml_bytes\ttruth_bytes\n" +
			"german_article\tde\thttps://zeitung.example.de/a\t0\t0\n" +
			"cnn_001\ten\t\t0\t0\n",
		files: map[string]string{
			"html/german_article.html": page("de", de), "truth/german_article.txt": de + "\n",
			"html/cnn_001.html": page("", en), "truth/cnn_001.txt": en + "\n",
		},
		want:   Page{ID: "german_article", URL: "https://zeitung.example.de/a", Lang: "de", Truth: de + "\n"},
		report: []string{"newspaper4k           2 pages", "German                1 pages"},
	})
}

// TestLoadGoose reads a tiny made-up goose set (the layout fetch-data.sh
// writes: the test's name in the second column, the URL in the third, a
// page without one, listed in the report with no URL), and LoadSets skips
// the set where its directory is missing; the report's mean then covers it
// (with the three sets writeShared lays out) and its Portuguese page
// counts as not English.
func TestLoadGoose(t *testing.T) {
	pt := "O atacante treinou durante as férias no interior de São Paulo e a comissão técnica planeja a volta dele para o fim de fevereiro ou o início de março."
	en := "The finance ministers met in Brussels on Friday to talk about the request for a six-month extension of the loan agreement."
	checkExtraSet(t, extraSetCase{
		set: Goose, dir: "goose",
		index: "id\ttest\turl\thtml_bytes\ttruth_bytes\n" +
			"globo.com\tTest_GloboCom\thttps://globo.example.com/noticia\t0\t0\n" +
			"bbc.com\tTest_BbcCom\t\t0\t0\n",
		files: map[string]string{
			"html/globo.com.html": page("pt", pt), "truth/globo.com.txt": pt + "\n",
			"html/bbc.com.html": page("", en), "truth/bbc.com.txt": en + "\n",
		},
		want:   Page{ID: "globo.com", URL: "https://globo.example.com/noticia", Lang: "pt", Truth: pt + "\n"},
		report: []string{"goose                 2 pages", "GoOse's fixture texts, a guide", "mean of 4 sets", "(pt 1; goose 1)", " bbc.com \n"},
	})
}

// checkSetAbsent fails unless LoadSets, asked for every set, passes over
// the optional set name, whose directory dir lacks.
func checkSetAbsent(t *testing.T, dir, name string) {
	t.Helper()
	sets, err := LoadSets(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		if s.Name == name {
			t.Fatalf("LoadSets read %s, which is not there", name)
		}
	}
}

// writeFiles writes files (path under base -> content), making their
// directories.
func writeFiles(t *testing.T, base string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(base, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

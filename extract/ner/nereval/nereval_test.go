package nereval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/internal/fakes"
)

// madePage is a page of a made-up news-pages set: its id, its true text
// and its entity list (none: no list).
type madePage struct{ id, truth, list string }

// madeUpPages are made-up news pages (not from any dev set): five in
// English, four of them with an entity list, and one in German with a
// list, which a model of English leaves out.
var madeUpPages = []madePage{
	{"a1", "Maria Lindqvist, the mayor of Tromsø, opened the new harbour bridge on Monday. The Nordic Rail Union said the bridge would carry trains from next spring, and Lindqvist thanked the workers who built it in two years.", "PER\tMaria Lindqvist\tLindqvist\nLOC\tTromsø\nORG\tNordic Rail Union\n"},
	{"a2", "The city council of Bergen voted on Tuesday to close the old fish market for repairs. Council leader Henrik Aas said the market would open again in the summer, when the tourists come back to the town.", "LOC\tBergen\nPER\tHenrik Aas\n"},
	{"a3", "Workers at Fjord Paper Mills went on strike on Wednesday over pay. The company said talks with the union would go on in Oslo next week, and that the mill at Hamar would stay open while they did.", "ORG\tFjord Paper Mills\nLOC\tOslo\nLOC\tHamar\n"},
	{"a4", "Anna Berg won the women's race at the spring marathon in Trondheim on Sunday, two minutes ahead of the field. She said the cold wind off the sea had made the last ten kilometres the hardest of her life.", "PER\tAnna Berg\nLOC\tTrondheim\n"},
	{"a5", "The weather office said the coming week would be dry and mild across the south of the country, with rain only in the far north at the weekend and no snow in the mountains before the end of the month.", ""},
	{"a6", "Der Bürgermeister der Stadt Tromsø hat am Montag die neue Brücke über den Hafen eröffnet. Die Arbeiter haben zwei Jahre lang daran gebaut, und die Züge sollen ab dem nächsten Frühjahr über die Brücke fahren.", "LOC\tTromsø\n"},
}

// sharedPage is a page of a news-pages set written for a test: its id,
// address, whole HTML, true article text and entity list (none: no list).
type sharedPage struct{ id, url, html, text, list string }

// writeNewsPages lays pages out as a shared directory's news-pages set
// (html/<id>.html.gz, ground-truth.json with each page's address and
// article text, entities/<id>.tsv), as `newsner eval ner` reads it, and
// returns the directory.
func writeNewsPages(t *testing.T, pages []sharedPage) string {
	t.Helper()
	dir := t.TempDir()
	news := filepath.Join(dir, "data", "news-pages")
	for _, sub := range []string{"html", "entities"} {
		if err := os.MkdirAll(filepath.Join(news, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	truth := map[string]map[string]string{}
	for _, p := range pages {
		if err := os.WriteFile(filepath.Join(news, "html", p.id+".html.gz"), fakes.Gzip([]byte(p.html)), 0o644); err != nil {
			t.Fatal(err)
		}
		truth[p.id] = map[string]string{"url": p.url, "articleBody": p.text}
		if p.list != "" {
			if err := os.WriteFile(filepath.Join(news, "entities", p.id+".tsv"), []byte(p.list), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	b, err := json.Marshal(truth)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(news, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// makeSharedDir writes madeUpPages as a shared directory's news-pages set
// with entity lists and returns the directory.
func makeSharedDir(t *testing.T) string {
	t.Helper()
	var pages []sharedPage
	for _, p := range madeUpPages {
		pages = append(pages, sharedPage{p.id, "https://example.com/" + p.id,
			"<html><body><article><p>" + p.truth + "</p></article></body></html>", p.truth, p.list})
	}
	return writeNewsPages(t, pages)
}

func tagger(t *testing.T) *ner.Tagger {
	t.Helper()
	tg, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// TestNames: "all" holds the dev sets and the web-page sets whose lists
// are there, and no others; other names pass as they are.
func TestNames(t *testing.T) {
	dir := makeSharedDir(t)
	all := Names(dir, "all")
	want := slices.Concat(ner.DevSets, []string{"news-pages", "news-pages-text", "news-pages-spans"})
	if !slices.Equal(all, want) {
		t.Errorf("Names(all) = %v, want %v", all, want)
	}
	if got := Names(dir, " eng.testa, ,x.conll,dragnet-web-b"); !slices.Equal(got, []string{"eng.testa", "x.conll", "dragnet-web-b"}) {
		t.Errorf("Names = %v", got)
	}
	for _, n := range []string{"news-pages", "dragnet-web-text", "modern-web-spans"} {
		if !slices.Contains(SetNames(), n) {
			t.Errorf("SetNames() lacks %s: %v", n, SetNames())
		}
	}
}

// TestParsePageSet splits a web-page set's name into set, way of scoring
// and half.
func TestParsePageSet(t *testing.T) {
	for _, c := range []struct{ name, set, mode, half string }{
		{"news-pages", "news-pages", pageHTML, ""},
		{"news-pages-text-a", "news-pages", pageText, "a"},
		{"dragnet-web-spans-b", "dragnet-web", pageSpans, "b"},
		{"modern-web-b", "modern-web", pageHTML, "b"},
	} {
		ps, mode, half, ok := parsePageSet(c.name)
		if !ok || ps.name != c.set || mode != c.mode || half != c.half {
			t.Errorf("parsePageSet(%q) = %q %q %q %v, want %q %q %q", c.name, ps.name, mode, half, ok, c.set, c.mode, c.half)
		}
	}
	for _, n := range []string{"eng.testa", "news-page", "news-pages-c"} {
		if _, _, _, ok := parsePageSet(n); ok {
			t.Errorf("parsePageSet(%q) is a web-page set", n)
		}
	}
}

// TestLoadPageSet: the pages with a list in a language the model covers,
// each half every other one of them, the HTML read as the pipeline reads
// it or the true text taken as it is.
func TestLoadPageSet(t *testing.T) {
	dir, f, ctx := makeSharedDir(t), tagger(t), context.Background()
	ids := func(docs []ner.NameDoc) []string {
		var out []string
		for _, d := range docs {
			out = append(out, d.Name)
		}
		return out
	}
	for _, c := range []struct {
		name string
		want []string
	}{
		{"news-pages", []string{"a1", "a2", "a3", "a4"}},
		{"news-pages-text", []string{"a1", "a2", "a3", "a4"}},
		{"news-pages-a", []string{"a1", "a3"}},
		{"news-pages-text-b", []string{"a2", "a4"}},
	} {
		docs, err := LoadPageSet(ctx, dir, c.name, f)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := ids(docs); !slices.Equal(got, c.want) {
			t.Errorf("%s: pages %v, want %v", c.name, got, c.want)
		}
		if !strings.Contains(docs[0].Text, "Maria Lindqvist") && !strings.Contains(docs[0].Text, "Henrik Aas") {
			t.Errorf("%s: first page's text %q", c.name, docs[0].Text)
		}
	}
	spans, err := LoadPageSpans(ctx, dir, "news-pages-spans", f)
	if err != nil || len(spans) != 4 {
		t.Fatalf("LoadPageSpans: %d docs, %v", len(spans), err)
	}
	// "Lindqvist" twice, Tromsø, the union: four mentions on the first page.
	if n := len(spans[0].Gold); n != 4 {
		t.Errorf("first page: %d gold mentions %+v, want 4", n, spans[0].Gold)
	}
	if _, err := LoadPageSet(ctx, dir, "dragnet-news", f); err == nil {
		t.Error("a set whose lists are not there loaded")
	}
	if _, err := LoadPageSet(ctx, dir, "eng.testa", f); err == nil {
		t.Error("a set that is no web-page set loaded")
	}
}

// TestRun: a line per type and set, by name or by mention, with the page
// counts of the sets and their halves, and a key agreement line per way
// the pages were read; --errors' and --joins' lists; the mistakes of
// unknown sets and models.
func TestRun(t *testing.T) {
	dir, f, ctx := makeSharedDir(t), tagger(t), context.Background()
	var out bytes.Buffer
	if err := Run(ctx, &out, dir, f, "news-pages,news-pages-text-a,news-pages-spans,news-pages-spans-b", nil); err != nil {
		t.Fatal(err)
	}
	for set, pages := range map[string]string{"news-pages": "4", "news-pages-text-a": "2", "news-pages-spans": "4", "news-pages-spans-b": "2"} {
		for _, typ := range []string{"PERSON", "LOCATION", "ORGANIZATION", "overall"} {
			if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(set) + ` +` + typ + ` +[01]\.\d{4} .* ` + pages + `$`).MatchString(out.String()) {
				t.Errorf("no %s line of %s pages for %s:\n%s", typ, pages, set, out.String())
			}
		}
	}
	for _, line := range []string{"keys over news-pages: agreement", "keys over news-pages-text: agreement"} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("no %q line:\n%s", line, out.String())
		}
	}
	out.Reset()
	if err := Run(ctx, &out, dir, f, "news-pages,news-pages-spans", map[string]bool{"Anna Berg": true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "news-pages-spans unseen") || strings.Contains(out.String(), "news-pages ") || strings.Contains(out.String(), "keys over") {
		t.Errorf("with seen names, only the sets scored by mention, as unseen:\n%s", out.String())
	}
	out.Reset()
	if err := WriteErrors(ctx, &out, dir, f, "news-pages-text,news-pages-spans-a"); err != nil {
		t.Fatal(err)
	}
	for _, head := range []string{"== news-pages-text\n", "== news-pages-spans-a\n", "== keys over news-pages-text\n"} {
		if !strings.Contains(out.String(), head) {
			t.Errorf("WriteErrors: no %q:\n%s", head, out.String())
		}
	}
	out.Reset()
	if err := WriteJoinErrors(ctx, &out, dir, f, "news-pages,news-pages-spans"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "== news-pages\n") || strings.Contains(out.String(), "== news-pages-spans") || !strings.Contains(out.String(), "== keys over news-pages\n") {
		t.Errorf("WriteJoinErrors: want the set scored by name alone:\n%s", out.String())
	}
	if err := Run(ctx, &out, dir, f, "nope", nil); err == nil {
		t.Error("Run of an unknown set succeeded")
	}
	prose, err := ner.NewProse()
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteErrors(ctx, &out, dir, prose, "news-pages"); err == nil {
		t.Error("WriteErrors with prose's model succeeded")
	}
	out.Reset()
	if err := Run(ctx, &out, dir, f, "", nil); err != nil || out.Len() != 0 {
		t.Errorf("Run of no sets: %q, %v", out.String(), err)
	}
}

// TestLoadDevSetUnknownName: a name that is neither a set nor a file says
// so and lists the sets, where it said "conll: open NAME: no such file or
// directory"; the error still wraps the file's.
func TestLoadDevSetUnknownName(t *testing.T) {
	_, err := LoadDevSet(t.TempDir(), "gum-nwes")
	if err == nil || !strings.HasPrefix(err.Error(), "gum-nwes: no such set or file (sets: eng.testa, gum-news,") || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("LoadDevSet of an unknown name: %v", err)
	}
}

package nereval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsner/newsner/extract/ner"
)

// webAudit is a blind audit of made-up web pages, HTML in (audweb19,
// audweb25): the directory of its pages, <id>.html (the whole page),
// <id>.txt (its article text, as a human would cut it) and <id>.tsv (the
// article's distinct entities by ENTITY-LISTS.md's guide), the address
// each page is given under, and the floors of F1 and precision on the
// pages' HTML.
type webAudit struct {
	name, dir, what string // what: the pages, for the log ("2019 web pages")
	urls            map[string]string
	f1Floor, pFloor float64
}

// write lays the audit's pages out as a shared directory's news-pages set
// (writeNewsPages), so that they are read and scored by the path `newsner
// eval ner` takes for news-pages, and returns the directory.
func (a webAudit) write(t *testing.T) string {
	t.Helper()
	read := func(id, ext string) string {
		b, err := os.ReadFile(filepath.Join(a.dir, id+ext))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var pages []sharedPage
	for id, url := range a.urls {
		pages = append(pages, sharedPage{id, url, read(id, ".html"), read(id, ".txt"), read(id, ".tsv")})
	}
	return writeNewsPages(t, pages)
}

// run scores the model on the audit's pages as a user's pages go through
// newsner (the HTML through the extractor, then the entity step, by
// distinct entity: news-pages' path) against the floors, and logs the
// entity step alone on the true article text (news-pages-text) and, with
// -v, every miss of both, to tell the extractor's errors from the entity
// step's.
func (a webAudit) run(t *testing.T) {
	dir, tg, ctx := a.write(t), tagger(t), context.Background()
	var reps []ner.Report
	for _, set := range []string{"news-pages", "news-pages-text"} {
		docs, err := LoadPageSet(ctx, dir, set, tg)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != len(a.urls) {
			t.Errorf("%s: %d pages scored, want %d", set, len(docs), len(a.urls))
		}
		rep, err := ner.EvaluateNames(ctx, tg, docs)
		if err != nil {
			t.Fatal(err)
		}
		rep.Set = strings.Replace(set, "news-pages", a.name, 1)
		reps = append(reps, rep)
	}
	var out bytes.Buffer
	if err := ner.WriteReports(&out, reps); err != nil {
		t.Fatal(err)
	}
	t.Logf("blind audit of %s, distinct entities:\n%s", a.what, out.String())
	if testing.Verbose() {
		out.Reset()
		if err := WriteErrors(ctx, &out, dir, tg, "news-pages,news-pages-text"); err != nil {
			t.Fatal(err)
		}
		t.Logf("misses (news-pages: the pages' HTML; news-pages-text: the true article text):\n%s", out.String())
	}
	html := reps[0].Total
	if f1 := html.F1(); f1 < a.f1Floor {
		t.Errorf("%s overall F1 %.4f below the floor %.4f", a.name, f1, a.f1Floor)
	}
	if p := html.Precision(); p < a.pFloor {
		t.Errorf("%s overall precision %.4f below the floor %.4f", a.name, p, a.pFloor)
	}
}

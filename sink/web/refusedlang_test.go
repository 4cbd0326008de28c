package web

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/internal/fakes"
)

// TestRefusedPageNamesTheTextsLanguage: a German article on a page whose
// template declares lang="en", refused for its language, is shown (list
// and opened article, and its note) in German, the language of its text:
// its record carried the declared "en", and the note said the article's
// language "(en)" was not one the model covers, English being the one it
// reads.
func TestRefusedPageNamesTheTextsLanguage(t *testing.T) {
	body := `<html lang="en"><head><title>Windkraft soll schneller wachsen</title></head><body><article><p>` +
		`Die Bundesregierung will den Ausbau der Windkraft beschleunigen. Wie das Wirtschaftsministerium am Dienstag in Berlin mitteilte, sollen Genehmigungsverfahren für neue Anlagen künftig nicht länger als sechs Monate dauern.</p><p>` +
		`Der Grafiker und Künstler Peter Meier, der seit Jahren in Hamburg lebt, sagte der Deutschen Presse-Agentur, die Pläne seien ein wichtiger Schritt. Nach wenigen Minuten war die Pressekonferenz vorbei, und die Opposition kritisierte, dass die Regierung zu spät handle.` +
		`</p></article></body></html>`
	p := &extract.Processor{Finder: &fakes.EnglishFinder{}, Format: extract.FormatHTML}
	a, err := p.Process(context.Background(), newsner.Page{URL: "https://news.example/wind", FinalURL: "https://news.example/wind", Status: 200, FetchedAt: t0, Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	if a.EntitiesStatus != newsner.EntitiesUnsupportedLanguage {
		t.Fatalf("entities_status %q, want %q", a.EntitiesStatus, newsner.EntitiesUnsupportedLanguage)
	}
	rec, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	s := NewStore(Config{})
	defer s.Close()
	if err := s.Add(rec, t0); err != nil {
		t.Fatal(err)
	}
	v, ok, err := s.Article(a.ID)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if v.Language != "de" || len(v.Notes) != 1 || !strings.Contains(v.Notes[0], "language (de) is not one") {
		t.Errorf("opened article: language %q, notes %q; want de", v.Language, v.Notes)
	}
	listed := false
	for _, sum := range s.Overview(Windows[0], "", 10, 10).Articles {
		if sum.ID == a.ID {
			listed = true
			if sum.Language != "de" {
				t.Errorf("listed in language %q, want de", sum.Language)
			}
		}
	}
	if !listed {
		t.Error("the article is not listed: its listed language went unchecked")
	}
}

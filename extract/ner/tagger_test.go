package ner

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/newsner/newsner"
)

// TestTaggerArticle checks the embedded model on a news-like article with
// the cases the issue names: titles, possessives, demonyms, short forms,
// multi-word surnames, curly quotes and a dropped "n't?".
func TestTaggerArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	es := tg.Entities(text)
	checkEntities(t, text, es)
	got := map[string]newsner.Entity{}
	for _, e := range es {
		got[e.Text] = e
	}
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	want := []struct {
		text  string
		typ   newsner.EntityType
		count int
	}{
		{"Emmanuel Macron", P, 2},
		{"Ursula von der Leyen", P, 2},
		{"Donald Tusk", P, 2},
		{"Olaf Scholz", P, 2},
		{"Volodymyr Zelensky", P, 1},
		{"European Commission", O, 2},
		{"International Monetary Fund", O, 1},
		{"NATO", O, 1},
		{"Brussels", L, 2},
		{"Russia", L, 1},
		{"Ukraine", L, 1},
		{"Warsaw", L, 1},
		{"Poland", L, 1},
		{"Germany", L, 1},
		{"Berlin", L, 1},
	}
	for _, w := range want {
		e, ok := got[w.text]
		if !ok {
			t.Errorf("missing %s %q", w.typ, w.text)
			continue
		}
		if e.Type != w.typ || e.Count != w.count {
			t.Errorf("%q: %s count %d, want %s count %d", w.text, e.Type, e.Count, w.typ, w.count)
		}
	}
	for _, bad := range []string{"European", "Ukrainian", "French", "Polish", "French President Emmanuel Macron", "Russia’s"} {
		if _, ok := got[bad]; ok {
			t.Errorf("unexpected entity %q", bad)
		}
	}
}

func TestLoadIsShared(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Load()
	if a != b {
		t.Error("Load returned two taggers")
	}
	if a.Name() == "" || a.Features() == 0 {
		t.Errorf("model %q with %d features", a.Name(), a.Features())
	}
}

// TestConcurrentUse shares one Tagger between goroutines (run with -race):
// results equal the sequential ones.
func TestConcurrentUse(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(b), "Angela Merkel visited Paris.", "", "NATO and the EU met in Brussels."}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = fmt.Sprint(tg.Entities(text))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(texts))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, text := range texts {
				if got := fmt.Sprint(tg.Entities(text)); got != want[i] {
					errs <- got
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent result differs: %s", e)
	}
}

// TestInterpolate: mixing a model with itself gives the same entities;
// mixing with lambda 0 gives the first model's.
func TestInterpolate(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	same, err := Interpolate(tg, tg, 0.5, "ner/test")
	if err != nil {
		t.Fatal(err)
	}
	if same.Name() != "ner/test/"+DocStep || same.Features() != tg.Features() {
		t.Fatalf("name %q, %d features, want ner/test/%s and %d", same.Name(), same.Features(), DocStep, tg.Features())
	}
	text := "Angela Merkel met Emmanuel Macron in Paris on Monday, the German government said. Siemens shares rose."
	want := fmt.Sprint(tg.Entities(text))
	if got := fmt.Sprint(same.Entities(text)); got != want {
		t.Errorf("self-interpolated model finds %s, want %s", got, want)
	}
}

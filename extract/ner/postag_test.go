package ner

import (
	"os"
	"testing"

	"github.com/newsner/newsner/internal/shared"
)

// TestPOSTaggerMatchesProse checks that posTagger gives prose's own tags.
// prose breaks exact score ties at random (map order), so a handful of
// differences are allowed. Only words that occur once in a text are
// compared: prose's tokenizer caches the tokens of a repeated word and
// hands out the same *Token each time, so prose reports every occurrence
// with the tag its last occurrence got; posTagger tags each on its own.
func TestPOSTaggerMatchesProse(t *testing.T) {
	m, err := sharedProse()
	if err != nil {
		t.Fatal(err)
	}
	pos, err := sharedPOSTagger()
	if err != nil {
		t.Fatal(err)
	}
	art, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(art), "", "-", ":-) @user http://x.com 0 *T* -LRB- 1996 12-year-old Über 3.5.", "\xff\xfe \x00"}
	if _, err := os.Stat(shared.Dir()); err == nil || os.Getenv("NEWSNER_SHARED") != "" {
		for _, d := range devDocs(t) {
			texts = append(texts, d.Text)
		}
	}
	total, diff := 0, 0
	for _, text := range texts {
		want, _, err := analyze(m, text, true, false)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := analyze(nil, text, false, false)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%d tokens, prose %d", len(got), len(want))
		}
		pos.tag(got)
		seen := map[string]int{}
		for _, tok := range got {
			seen[tok.Text]++
		}
		for i := range got {
			if seen[got[i].Text] > 1 {
				continue
			}
			total++
			if got[i].Tag != want[i].Tag {
				diff++
				if diff <= 10 {
					t.Logf("token %q: %q, prose %q", got[i].Text, got[i].Tag, want[i].Tag)
				}
			}
		}
	}
	t.Logf("%d tokens, %d tags differ", total, diff)
	if diff > total/10000+2 {
		t.Errorf("%d of %d tags differ from prose's", diff, total)
	}
}

package ner

import (
	"os"
	"slices"
	"testing"
)

func TestShapes(t *testing.T) {
	var sh shaper
	for _, c := range []struct{ w, long, short string }{
		{"McDonald's", "XxXxxxx'x", "XxXx'x"},
		{"1996", "dddd", "d"},
		{"U.S.", "X.X.", "X.X."},
		{"Zürich-based", "Xxxxx-xxxx", "Xx-x"},
		{"", "", ""},
		{"M&A", "X&X", "X&X"},
		{"Ελλάδα", "Xxxxx", "Xx"},
	} {
		for k := 0; k < 2; k++ { // the second time from the shaper's store
			long, short := sh.shapes(c.w)
			if long != c.long || short != c.short {
				t.Errorf("shapes(%q) = %q, %q; want %q, %q", c.w, long, short, c.long, c.short)
			}
		}
	}
}

// slowScorer hides *weights from decodeDoc, which then scores every
// feature of every token instead of a word's own features once.
type slowScorer struct{ *weights }

// TestOwnFeaturesOnce checks that a token's text, form and place features
// are together its features, and that decoding with a word's own features
// looked up once gives the labels of decoding with all of them.
func TestOwnFeaturesOnce(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	toks, err := tokenize(tg.pos, text)
	if err != nil {
		t.Fatal(err)
	}
	// The document as the Tagger sees it, with a decoder's wordStore, and
	// as training does, without.
	var dec decoder
	d := dec.doc.fill(text, toks, tg.gz, tg.clusters, tg.glove, &dec.words)
	plain := newDocInfo(text, toks, tg.gz, tg.clusters, tg.glove)
	for _, f := range []struct {
		name        string
		with, plain []string
	}{{"lower", d.lower, plain.lower}, {"shape", d.shape, plain.shape}, {"short", d.short, plain.short}, {"clus", d.clus, plain.clus}, {"glove", d.glove, plain.glove}} {
		if !slices.Equal(f.with, f.plain) {
			t.Fatalf("%s differs with a wordStore", f.name)
		}
	}
	if !slices.Equal(d.cap, plain.cap) || !slices.Equal(d.flags, plain.flags) || !slices.Equal(d.wordID, plain.wordID) {
		t.Fatal("cap, flags or wordID differ with a wordStore")
	}
	sorted := func(f []uint64) []uint64 { slices.Sort(f); return f }
	for i := range toks {
		all := sorted(d.staticFeatures(i, nil))
		split := sorted(d.staticPart(i, placePart, d.staticPart(i, formPart, d.staticPart(i, textPart, nil))))
		if !slices.Equal(all, split) {
			t.Fatalf("token %d %q: own and place features are not its features", i, toks[i].Text)
		}
		all = sorted(d.stage2Features(i, nil))
		split = sorted(d.stage2Part(i, placePart, d.stage2Part(i, ownPart, nil)))
		if !slices.Equal(all, split) {
			t.Fatalf("token %d %q: own and place features are not its second-stage features", i, toks[i].Text)
		}
	}
	// Twice: the second time with the words' text features from the
	// decoder's store; then once without it.
	var fast, slow []int
	for round := range 3 {
		if round == 2 {
			d = plain
		}
		fast = slices.Clone(dec.decodeDoc(d, tg.w, nil, nil))
		slow = dec.decodeDoc(d, slowScorer{tg.w}, nil, nil)
		if !slices.Equal(fast, slow) {
			t.Fatal("first stage: labels differ")
		}
		s1 := newStage1(d, fast)
		fast = slices.Clone(dec.decodeDoc(d, tg.w2, s1, nil))
		slow = dec.decodeDoc(d, slowScorer{tg.w2}, s1, nil)
		if !slices.Equal(fast, slow) {
			t.Fatal("second stage: labels differ")
		}
	}
	if !slices.ContainsFunc(fast, func(l int) bool { return l != labelO }) {
		t.Fatal("no entity labels: the test checks nothing")
	}
}

package ner

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"testing"
)

// wordListsFingerprint fingerprints the word lists the features are
// computed from: the gazetteer (name lists, demonyms, titles) and the
// abbreviations that keep a full stop from ending a segment.
func wordListsFingerprint(t *testing.T) string {
	t.Helper()
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	lines := make([]string, 0, len(g.phrases)+len(abbrevs))
	for p, kinds := range g.phrases {
		lines = append(lines, fmt.Sprintf("gaz\t%s\t%d", p, kinds))
	}
	for a := range abbrevs {
		lines = append(lines, "abbrev\t"+a)
	}
	sort.Strings(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l + "\n"))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// TestModelMatchesWordLists fails when a word list the features read has
// changed since the embedded model was trained (the model would then see
// features it was not trained with). Retrain the model and put the new
// fingerprint here.
func TestModelMatchesWordLists(t *testing.T) {
	const want = "a853d8776fdd10e5" // the lists model.bin (ner/perceptron-v4) was trained with
	if got := wordListsFingerprint(t); got != want {
		t.Fatalf("word lists fingerprint %s, the embedded model was trained with %s: retrain it (newsner train ner) and update want", got, want)
	}
}

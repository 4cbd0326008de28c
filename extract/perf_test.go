package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHintMatch checks that hintMatch's one scan finds the same lists as
// matchAny on each of them, on the hints themselves, hints run together
// and random strings of their letters.
func TestHintMatch(t *testing.T) {
	lists := map[uint8][]string{hintNegative: negativeHints, hintPositive: positiveHints,
		hintMaybe: maybeHints, hintUnlikely: unlikelyHints, hintComment: commentHints}
	var words []string
	for _, l := range lists {
		words = append(words, l...)
	}
	inputs := []string{"", "a", "header", "site-header", "xsoheadercial", "conteúdo", "main-content sidebar"}
	inputs = append(inputs, words...)
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			w := words[r.IntN(len(words))]
			i, j := r.IntN(len(w)+1), r.IntN(len(w)+1)
			b.WriteString(w[min(i, j):max(i, j)])
			if r.IntN(3) == 0 {
				b.WriteByte(" -_x"[r.IntN(4)])
			}
		}
		inputs = append(inputs, b.String())
	}
	for _, s := range inputs {
		got := hintMatch(s)
		for bit, l := range lists {
			if want := matchAny(s, l); (got&bit != 0) != want {
				t.Fatalf("hintMatch(%q) list %d = %v, matchAny %v", s, bit, got&bit != 0, want)
			}
		}
	}
}

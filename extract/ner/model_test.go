package ner

import (
	"math"
	"math/rand"
	"slices"
	"testing"
)

// TestClosedLabels checks viterbi's shortcut: the labels of afterClosed
// may follow exactly closedLabels, and the others are all the rest.
func TestClosedLabels(t *testing.T) {
	for _, l := range afterClosed {
		if !slices.Equal(validPrev[l], closedLabels[:]) {
			t.Errorf("label %s may follow %v, not %v", labelNames[l], validPrev[l], closedLabels)
		}
	}
	if len(afterClosed)+len(afterOpen) != nLabels {
		t.Errorf("%d and %d labels, not %d", len(afterClosed), len(afterOpen), nLabels)
	}
}

// TestViterbiShortcuts checks viterbi against the plain Viterbi search
// over validPrev, on random scores with some -Inf among them, with both
// stages' transitions.
func TestViterbiShortcuts(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(1))
	var dec decoder
	for it := 0; it < 5000; it++ {
		dec.scores = dec.scores[:0]
		for range 1 + r.Intn(40) {
			var s [nLabels]float32
			for l := range s {
				s[l] = float32(r.NormFloat64() * 3)
				if r.Intn(50) == 0 {
					s[l] = float32(math.Inf(-1))
				}
			}
			dec.scores = append(dec.scores, s)
		}
		m := tg.w
		if it%2 == 1 && tg.w2 != nil {
			m = tg.w2
		}
		want := plainViterbi(dec.scores, m.transitions())
		if got := dec.viterbi(m); !slices.Equal(got, want) {
			t.Fatalf("case %d: viterbi %v, plain search %v", it, got, want)
		}
	}
}

// plainViterbi is the Viterbi search over validPrev, the first best
// predecessor kept.
func plainViterbi(scores [][nLabels]float32, trans *[(nLabels + 1) * nLabels]float32) []int {
	negInf := float32(math.Inf(-1))
	n := len(scores)
	back := make([][nLabels]int, n)
	var prev, cur [nLabels]float32
	for l := range prev {
		prev[l] = negInf
		if validTrans(-1, l) {
			prev[l] = scores[0][l] + trans[nLabels*nLabels+l]
		}
	}
	for t := 1; t < n; t++ {
		for l := range cur {
			best, arg := negInf, 0
			for _, p := range validPrev[l] {
				if prev[p] == negInf {
					continue
				}
				if s := prev[p] + trans[int(p)*nLabels+l]; s > best {
					best, arg = s, int(p)
				}
			}
			cur[l] = best + scores[t][l]
			back[t][l] = arg
		}
		prev = cur
	}
	best, arg := negInf, 0
	for l := range prev {
		if validEnd(l) && prev[l] > best {
			best, arg = prev[l], l
		}
	}
	labels := make([]int, n)
	labels[n-1] = arg
	for t := n - 1; t > 0; t-- {
		labels[t-1] = back[t][labels[t]]
	}
	return labels
}

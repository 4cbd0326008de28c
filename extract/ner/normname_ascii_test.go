package ner

import "testing"

// The ASCII fast path folds every byte as normNameByBuilder, the
// definition, does.
func TestAppendNormNameASCIIPath(t *testing.T) {
	cases := []string{
		"", "The U.S. Army's", "  McDonald`s\tCorp.\n", "ÉCOLE Normale\u00a0Supérieure",
		"São Paulo’s", "the\vBBC\f\r", "A\u0085B", "Bad\xffUTF\xc3", "İstanbul ΣΑΣ",
		"AT&T @Home [1] x-Y_z ~", "the ", "'s", "The The's",
	}
	for c := 0; c < 128; c++ {
		cases = append(cases, "A"+string(rune(c))+"b", string(rune(c))+"Z")
	}
	for _, s := range cases {
		got := string(appendNormName([]byte("pre"), s))
		want := normNameByBuilder(s)
		if got != want {
			t.Errorf("appendNormName(%q) = %q, want %q", s, got, want)
		}
	}
}

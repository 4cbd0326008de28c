package ner

import (
	"strings"
	"testing"
)

// TestLowered checks lowered against a lookup by strings.ToLower, on made-up
// words in every case, accented, long and broken, and that it takes no
// allocation for a short ASCII word.
func TestLowered(t *testing.T) {
	m := map[string]int{"canadian": 1, "straße": 2, "é": 3, "": 4, strings.Repeat("ab", 30): 5, "\ufffd": 6}
	for _, w := range []string{"Canadian", "CANADIAN", "canadian", "Canadians", "STRASSE", "Straße", "É", "é", "", "\xff",
		strings.Repeat("AB", 30), strings.Repeat("ab", 30), "İ", "K", "Zz", "@[`{"} {
		if got, want := lowered(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("lowered(%q) = %d, want %d", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { lowered(m, "Canadian") }); n != 0 {
		t.Errorf("lowered(Canadian) took %v allocations", n)
	}
}

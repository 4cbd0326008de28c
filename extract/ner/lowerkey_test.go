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

// TestByJoinedTokens checks byJoinedTokens against a lookup by joinTokens
// on made-up runs (one longer than its buffer, texts with spaces), and
// that a short run takes no allocation.
func TestByJoinedTokens(t *testing.T) {
	long := strings.Repeat("Zorb", 40)
	runs := [][]string{nil, {"a"}, {"a", "b"}, {"New", "York", "City"}, {"", "x", ""}, {long, "Inc"}, {"New York", "City"}, {"New", "York City"}, {"Québec", "Nord"}}
	m := map[string]int{}
	for i, ws := range runs {
		m[strings.Join(ws, " ")] = i + 1
	}
	m["New York"] = 99
	for _, ws := range append(runs, []string{"New", "Yorker"}, []string{"York", "City"}) {
		ts := make([]token, len(ws))
		for i, w := range ws {
			ts[i].Text = w
		}
		if got, want := byJoinedTokens(m, ts), m[joinTokens(ts)]; got != want {
			t.Errorf("byJoinedTokens(%q) = %d, want %d", ws, got, want)
		}
	}
	ts := []token{{Text: "Zorbco"}, {Text: "Holdings"}, {Text: "Group"}}
	if n := testing.AllocsPerRun(100, func() { byJoinedTokens(m, ts) }); n != 0 {
		t.Errorf("byJoinedTokens took %v allocations", n)
	}
}

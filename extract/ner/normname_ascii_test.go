package ner

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendNormNameRunes is appendNormName as it was before its ASCII fast
// path: rune by rune through unicode's tables.
func appendNormNameRunes(b []byte, s string) []byte {
	start := len(b)
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '\u2019' || r == '`':
			r = '\''
		case unicode.IsSpace(r):
			space = len(b) > start
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	n := b[start:]
	if len(n) >= 4 && string(n[:4]) == "the " {
		n = n[4:]
	}
	if len(n) >= 2 && string(n[len(n)-2:]) == "'s" {
		n = n[:len(n)-2]
	}
	return n
}

// The ASCII fast path folds every byte as the rune path does.
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
		want := string(appendNormNameRunes([]byte("pre"), s))
		if got != want {
			t.Errorf("appendNormName(%q) = %q, want %q", s, got, want)
		}
	}
}

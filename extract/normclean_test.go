package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// TestNormCleanOnePass checks that norm and clean, written as one pass
// each, give what their definitions by strings.FieldsFunc and strings.Join
// give, on made-up strings of spaces (ASCII and not), punctuation, capitals
// whose lower case is longer or shorter in UTF-8, and broken UTF-8.
func TestNormCleanOnePass(t *testing.T) {
	refClean := func(s string) string { return strings.Join(strings.FieldsFunc(s, isSpace), " ") }
	refNorm := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r)
		}), " ")
	}
	parts := []string{"", " ", "  ", "\t", "\n", "\u00a0", "\u200b", "\u3000", "a", "B", "word", "Straße", "İ", "ẞ", "Ω",
		"K", "x1", "42", "-", ".", "’", "\xff", "\xe2\x80", "日本", "é", "É", "\u0301", ",", "a b", "A  B"}
	check := func(s string) {
		if got, want := clean(s), refClean(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
		if got, want := norm(s), refNorm(s); got != want {
			t.Errorf("norm(%q) = %q, want %q", s, got, want)
		}
	}
	for _, p := range parts {
		for _, q := range parts {
			check(p + q)
			for _, r := range parts {
				check(p + q + r)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var sb strings.Builder
		for range rng.Intn(12) {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		check(sb.String())
	}
	check(strings.Repeat("Long Title Words ", 40)) // longer than norm's buffer
}

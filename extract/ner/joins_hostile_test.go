package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestPlaceAndSpellingJoinsHostileSize runs the document step on pages of
// 8,000 lines that each meet joinCityDistricts, namedAsState or
// joinSpellingVariants (issue 12: no input may make the step take time in
// the square of its size): the same names on every line, so that a group
// holds thousands of mentions, and, for the spelling join, a page of
// thousands of names that differ in one word, so that one index slot
// holds thousands of groups. Each page must take at most growthLimit
// times its first quarter (checkGrowth).
func TestPlaceAndSpellingJoinsHostileSize(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	all := func(ty newsner.EntityType) func(string) newsner.EntityType {
		return func(string) newsner.EntityType { return ty }
	}
	// word is a distinct made-up word of letters for each n.
	word := func(n int) string {
		var b strings.Builder
		b.WriteString("Q")
		for ; n > 0; n /= 26 {
			b.WriteByte(byte('a' + n%26))
		}
		return b.String() + "ing"
	}
	var distinct strings.Builder
	for n := range 8000 {
		distinct.WriteString("The Zorb " + word(n) + " Corps met.\n")
	}
	cases := []struct {
		rule string
		text string
		typ  func(string) newsner.EntityType
	}{
		{"joinCityDistricts", strings.Repeat("in Washington, DC and Washington, D.C. and Spokane, Washington.\n", 8000), all(L)},
		{"namedAsState", strings.Repeat("New York City and New York Governor Zorb Quelb and upstate New York.\n", 8000), all(L)},
		{"joinSpellingVariants", strings.Repeat("the Zorb Teacher Corps and Zorb Teachers Corps and Zorb Taecher Corps.\n", 8000), all(O)},
		{"joinSpellingVariants, distinct names", distinct.String(), all(O)},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			toks, spans := capitalRunSpans(c.text, c.typ)
			if es := timedBuildEntities(t, c.text, toks, spans); len(es) == 0 {
				t.Error("no entities")
			}
		})
	}
}

package ner

import (
	"fmt"
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

// letterCode writes n in the letters a to z, each twice ("aabb"), so
// that each line of a hostile-size page may carry names of its own that
// no slip of another line's gives (two neighbouring letters swapped).
func letterCode(n int) string {
	var b []byte
	for {
		b = append(b, byte('a'+n%26), byte('a'+n%26))
		n /= 26
		if n == 0 {
			return string(b)
		}
	}
}

// TestSlipJoinsHostileSize runs the document step on a page of 8,000
// lines, each with names of its own that joinMisspeltSurnames and
// joinSpellingVariants would join (a surname's slip, an organization's
// slip, a word's ending), so that the article holds tens of thousands of
// groups: the whole page must take at most
// growthLimit times its first quarter (checkGrowth; issue 12), and join
// nothing (maxSlips).
func TestSlipJoinsHostileSize(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile-size test")
	}
	var b strings.Builder
	const lines = 8000
	for i := range lines {
		c := "Kx" + letterCode(i)
		fmt.Fprintf(&b, "Ada Quimbl%ser met the Quelbia %s Teachers Corps and then Qiumbl%ser saw the Quelbia %s Teaching Corps and the Quelbai %s Teachers Corps.\n",
			c, c, c, c, c)
	}
	toks, spans := capitalRunSpans(b.String(), func(first string) newsner.EntityType {
		if first == "Ada" {
			return newsner.Person
		}
		if first == "Quelbia" || first == "Quelbai" || strings.HasPrefix(first, "Qiumbl") {
			return newsner.Organization
		}
		return ""
	})
	es := timedBuildEntities(t, b.String(), toks, spans)
	// A page of thousands of slips is names of a pattern, not a writer's
	// slips (maxSlips): each of a line's five names stays its own.
	if len(es) != 5*lines {
		t.Errorf("got %d entities, want %d", len(es), 5*lines)
	}
}

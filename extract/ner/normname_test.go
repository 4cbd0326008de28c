package ner

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// normNameByBuilder is normName as it was written with a strings.Builder,
// the definition appendNormName must keep to.
func normNameByBuilder(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '\u2019' || r == '`':
			r = '\''
		case unicode.IsSpace(r):
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimSuffix(strings.TrimPrefix(sb.String(), "the "), "'s")
}

// TestNormNameBytes checks normName and byNormName against the Builder
// definition on made-up names: stops, apostrophes, a leading "The", a
// trailing possessive, Unicode spaces and capitals, broken UTF-8, names
// longer than the stack buffer.
func TestNormNameBytes(t *testing.T) {
	parts := []string{"", " ", "  ", "\u00a0", ".", "U.S.", "The ", "the", "’s", "'s", "`", "Acme", "ÉCOLE", "İ", "\xff", "Straße", "K", "\t"}
	m := map[string]int{}
	check := func(s string) {
		want := normNameByBuilder(s)
		if got := normName(s); got != want {
			t.Errorf("normName(%q) = %q, want %q", s, got, want)
		}
		m[want] = len(want) + 1
		if got := byNormName(m, s); got != len(want)+1 {
			t.Errorf("byNormName(%q) missed %q", s, want)
		}
	}
	for _, p := range parts {
		for _, q := range parts {
			for _, r := range parts {
				check(p + q + r)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var sb strings.Builder
		for range rng.Intn(10) {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		check(sb.String())
	}
	check(strings.Repeat("The Long Name Of A Thing ", 20))
	if n := testing.AllocsPerRun(100, func() { byNormName(m, "The U.S. Acme's") }); n != 0 {
		t.Errorf("byNormName took %v allocations", n)
	}
}

// TestJoinTokens checks joinTokens against strings.Join of the texts.
func TestJoinTokens(t *testing.T) {
	for _, ws := range [][]string{nil, {"a"}, {"a", "b"}, {"New", "York", "City"}, {"", "x", ""}} {
		ts := make([]token, len(ws))
		for i, w := range ws {
			ts[i].Text = w
		}
		if got, want := joinTokens(ts), strings.Join(ws, " "); got != want {
			t.Errorf("joinTokens(%q) = %q, want %q", ws, got, want)
		}
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

// TestTextHead checks that a run of made-up tokens joined by spaces has
// the head its first token has (addRepeatSpans skips runs by it).
func TestTextHead(t *testing.T) {
	for _, ws := range [][]string{{"a"}, {"a", "b"}, {"", "x"}, {"New York", "City"}, {"New", "York City"}, {" x", "y"}, {"x ", "y"}, {""}} {
		ts := make([]token, len(ws))
		for i, w := range ws {
			ts[i].Text = w
		}
		for n := 1; n <= len(ts); n++ {
			if got, want := textHead(joinTokens(ts[:n])), textHead(ts[0].Text); got != want {
				t.Errorf("textHead(joinTokens(%q)) = %q, want %q", ws[:n], got, want)
			}
		}
	}
}

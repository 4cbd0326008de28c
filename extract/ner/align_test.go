package ner

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// runeSlice returns code points [start,end) of s.
func runeSlice(s string, start, end int32) string {
	r := []rune(s)
	if start < 0 || int(end) > len(r) || start > end {
		return "<out of range>"
	}
	return string(r[start:end])
}

func TestAlign(t *testing.T) {
	m, err := sharedProse()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		// want lists the surface (original text) of every token found, in
		// order; "|" separates them.
		want string
	}{
		{"plain", "Angela Merkel met Joe Biden.", "Angela|Merkel|met|Joe|Biden|."},
		{"curly possessive", "Macron\u2019s plan", "Macron|\u2019s|plan"},
		{"curly double quotes", "\u201cWe will,\u201d said Tusk.", "\u201c|We|will|,|\u201d|said|Tusk|."},
		{"dropped n't?", "Why can't? Merkel asked.", "Why|ca|Merkel|asked|."},
		{"dropped word in single quotes", "He said 'sorry' to Biden in Kyiv.", "He|said|to|Biden|in|Kyiv|."},
		{"html rsquo", "Putin&rsquo;s war on Ukraine", "Putin|&rsquo;s|war|on|Ukraine"},
		{"multibyte before", "Zürich – Łódź: Scholz", "Zürich|–|Łódź|:|Scholz"},
		{"emoji", "🎉 Paris 🇫🇷 wins", "🎉|Paris|🇫🇷|wins"},
		{"newlines", "Berlin\n\n\nMadrid\t Rome", "Berlin|Madrid|Rome"},
		{"empty", "", ""},
		{"spaces only", "   \n  ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, _, err := analyze(m, tt.text, true, false)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tok := range toks {
				surface := runeSlice(tt.text, tok.Start, tok.End)
				if surface != tt.text[tok.BStart:tok.BEnd] {
					t.Errorf("token %q: runes give %q, bytes give %q", tok.Text, surface, tt.text[tok.BStart:tok.BEnd])
				}
				got = append(got, surface)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("tokens\n got %s\nwant %s", g, tt.want)
			}
		})
	}
}

// TestAlignMissDoesNotShift checks that a token the aligner cannot place
// (here a word prose never produced) leaves later offsets exact.
func TestAlignMissDoesNotShift(t *testing.T) {
	text := "alpha beta gamma delta"
	f := prepare(text)
	toks := align(text, f, []string{"alpha", "NOPE", "gamma", "delta"}, nil)
	var got []string
	for _, tok := range toks {
		got = append(got, runeSlice(text, tok.Start, tok.End))
	}
	if g := strings.Join(got, "|"); g != "alpha|gamma|delta" {
		t.Errorf("got %s", g)
	}
}

func TestAlignLongInput(t *testing.T) {
	m, err := sharedProse()
	if err != nil {
		t.Fatal(err)
	}
	// A long text with curly quotes and dropped pieces throughout: offsets
	// stay exact to the end.
	unit := "\u201cCan't?\u201d asked Merkel\u2019s aide in Berlin. "
	text := strings.Repeat(unit, 500) + "Finally Paris"
	toks, _, err := analyze(m, text, false, false)
	if err != nil {
		t.Fatal(err)
	}
	last := toks[len(toks)-1]
	n := utf8.RuneCountInString(text)
	if int(last.End) != n || runeSlice(text, last.Start, last.End) != "Paris" {
		t.Errorf("last token at [%d,%d) = %q, want Paris ending at %d", last.Start, last.End, runeSlice(text, last.Start, last.End), n)
	}
}

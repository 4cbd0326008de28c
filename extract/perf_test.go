package extract

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestSubstrSet checks that each substrSet's one scan finds the same lists
// as matchAny on each of them, on the substrings themselves, pieces of them
// run together, and random strings of their letters.
func TestSubstrSet(t *testing.T) {
	for _, c := range []struct {
		name  string
		set   *substrSet
		lists [][]string
	}{
		{"hintSet", hintSet, [][]string{negativeHints, positiveHints, maybeHints, unlikelyHints, commentHints}},
		{"bylineSet", bylineSet, [][]string{{"uthor", "yl", "YL", "ritten", "UTHOR", "utor", "uteur"}}},
		{"nutritionNoteSet", nutritionNoteSet, [][]string{nutritionNoteWords, estimateWords}},
		{"rightsSet", rightsSet, [][]string{rightsReserved}},
		{"lineSet", lineSet, [][]string{slices.Concat(affiliateNotes, filingNotes, linkDisclaimers, releaseDisclaimers,
			medicalDisclaimers, viewDisclaimers, financialDisclaimers, printNotes, meterNotes, commentRules),
			rightsReserved, journalismWords, supportAsks, newsletterWords, signUps, scriptNoticeWords, consentWords}},
	} {
		var words []string
		for _, l := range c.lists {
			words = append(words, l...)
		}
		inputs := []string{"", "a", "header", "site-header", "xsoheadercial", "conteúdo", "main-content sidebar",
			"ByLine", "AUTHOR-box", "written-by"}
		inputs = append(inputs, words...)
		r := rand.New(rand.NewPCG(1, 2))
		for range 20000 {
			var b strings.Builder
			for range 1 + r.IntN(4) {
				w := words[r.IntN(len(words))]
				i, j := r.IntN(len(w)+1), r.IntN(len(w)+1)
				b.WriteString(w[min(i, j):max(i, j)])
				if r.IntN(3) == 0 {
					b.WriteByte(" -_xY"[r.IntN(5)])
				}
			}
			inputs = append(inputs, b.String())
		}
		for _, s := range inputs {
			got := c.set.match(s)
			for i, l := range c.lists {
				if want := matchAny(s, l); (got&(1<<i) != 0) != want {
					t.Fatalf("%s.match(%q) list %d = %v, matchAny %v", c.name, s, i, got&(1<<i) != 0, want)
				}
			}
		}
	}
}

// TestSubstrSetTooManyLists checks that a ninth list, which match's eight
// bits cannot report, is refused rather than silently never found.
func TestSubstrSetTooManyLists(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("newSubstrSet took nine lists")
		}
	}()
	lists := make([][]string, 9)
	for i := range lists {
		lists[i] = []string{fmt.Sprint("ab", i)}
	}
	newSubstrSet(lists...)
}

// textLenSpaces is a run of the white space textLen collapses.
var textLenSpaces = regexp.MustCompile(`[ \n\t\r\f]+`)

// TestTextLen checks textLen's commas against counting them with strings,
// and its length against the string with its white space collapsed.
func TestTextLen(t *testing.T) {
	parts := []string{" ", "\n", "a", ",", "，", "、", "é", "日", "\xef", "\xef\xbc", "\xe3\x80", "\xff"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		n, commas := textLen(s)
		if want := strings.Count(s, ",") + strings.Count(s, "，") + strings.Count(s, "、"); commas != want {
			t.Fatalf("textLen(%q) commas = %d, want %d", s, commas, want)
		}
		// Characters (a byte that starts none, a UTF-8 continuation,
		// counts none) with each run of white space one, but those
		// before the first.
		collapsed := strings.TrimLeft(textLenSpaces.ReplaceAllString(s, " "), " ")
		want := 0
		for i := 0; i < len(collapsed); i++ {
			if c := collapsed[i]; c < 0x80 || c >= 0xC0 {
				want++
			}
		}
		if n != want {
			t.Fatalf("textLen(%q) = %d, want %d", s, n, want)
		}
	}
}

// TestFromReaderKeepsNoBuffer checks that an article does not refer to the
// buffer FromReader read its page into, which the next call reuses.
func TestFromReaderKeepsNoBuffer(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	if len(files) < 2 {
		t.Fatal("no test pages")
	}
	var pages [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, b)
	}
	for i, p := range pages {
		a, err := FromReader(bytes.NewReader(p), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("%#v", a) // a copy of every byte
		for _, q := range pages {
			// Other pages through the same buffer, and the page's
			// bytes overwritten.
			if _, err := FromReader(bytes.NewReader(bytes.Repeat([]byte{'x'}, len(q))), nil, ""); err != nil {
				t.Fatal(err)
			}
			if _, err := FromReader(bytes.NewReader(q), nil, ""); err != nil {
				t.Fatal(err)
			}
		}
		if got := fmt.Sprintf("%#v", a); got != want {
			t.Errorf("%s: the article changed when the buffer was reused", files[i])
		}
	}
}

package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one prose token placed in the text it came from.
type token struct {
	// Text is the token as prose returned it (quotes folded to ASCII).
	Text string
	// Tag is its part-of-speech tag (Penn Treebank), empty if untagged.
	Tag string
	// Start and End are code-point offsets into the original text (End
	// exclusive); BStart and BEnd are the same span in bytes.
	Start, End   int
	BStart, BEnd int
}

// folded is a text rewritten the way prose's tokenizer rewrites it before
// splitting (curly quotes and "&rsquo;" become ASCII quotes), with a map from
// each byte of the rewritten text back to the original.
type folded struct {
	s string
	// unit[i] is the index into units of the original piece byte i of s came
	// from.
	unit  []int32
	units []span
}

// span is a piece of the original text: code points [r0,r1), bytes [b0,b1).
type span struct{ r0, r1, b0, b1 int }

// quoteFolds mirrors prose's tokenizer sanitizer (tokenize.go): each of these
// is replaced by one ASCII byte before tokenizing.
var quoteFolds = []struct {
	from string
	to   byte
}{
	{"\u201c", '"'},
	{"\u201d", '"'},
	{"\u2018", '\''},
	{"\u2019", '\''},
	{"&rsquo;", '\''},
}

// fold rewrites text as prose's sanitizer does, keeping the way back.
func fold(text string) folded {
	var b strings.Builder
	b.Grow(len(text))
	f := folded{unit: make([]int32, 0, len(text)), units: make([]span, 0, len(text)/2)}
	r := 0
	for i := 0; i < len(text); {
		replaced := false
		if c := text[i]; c == 0xe2 || c == '&' {
			for _, q := range quoteFolds {
				if strings.HasPrefix(text[i:], q.from) {
					n := utf8.RuneCountInString(q.from)
					f.units = append(f.units, span{r, r + n, i, i + len(q.from)})
					f.unit = append(f.unit, int32(len(f.units)-1))
					b.WriteByte(q.to)
					i += len(q.from)
					r += n
					replaced = true
					break
				}
			}
		}
		if replaced {
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		f.units = append(f.units, span{r, r + 1, i, i + size})
		for k := 0; k < size; k++ {
			f.unit = append(f.unit, int32(len(f.units)-1))
		}
		b.WriteString(text[i : i+size])
		i += size
		r++
	}
	f.s = b.String()
	return f
}

// alignWindow bounds how far past the previous token (and the whitespace after
// it) the next token is looked for. Text the tokenizer dropped ("n't?" of
// "can't?") lies in between; a token not found within the window is skipped
// without moving the cursor, so one miss never shifts later offsets.
const alignWindow = 2048

// align places prose's tokens (texts and tags, in order) in text. Tokens that
// cannot be found are left out; the rest get exact offsets.
func align(text string, f folded, words, tags []string) []token {
	toks, _ := alignIndexed(text, f, words, tags)
	return toks
}

// alignIndexed is align that also returns, for each placed token, the index
// of the word it came from.
func alignIndexed(text string, f folded, words, tags []string) ([]token, []int) {
	out := make([]token, 0, len(words))
	idx := make([]int, 0, len(words))
	cur := 0 // byte offset into f.s
	for i, w := range words {
		if w == "" {
			continue
		}
		// Skip whitespace so that long runs of it do not exhaust the window.
		p := cur
		for p < len(f.s) {
			r, size := utf8.DecodeRuneInString(f.s[p:])
			if !unicode.IsSpace(r) {
				break
			}
			p += size
		}
		var at int
		if strings.HasPrefix(f.s[p:], w) {
			at = p
		} else {
			lim := min(len(f.s), p+alignWindow+len(w))
			k := strings.Index(f.s[p:lim], w)
			if k < 0 {
				continue
			}
			at = p + k
		}
		end := at + len(w)
		u0, u1 := f.units[f.unit[at]], f.units[f.unit[end-1]]
		t := token{Text: w, Start: u0.r0, End: u1.r1, BStart: u0.b0, BEnd: u1.b1}
		if tags != nil {
			t.Tag = tags[i]
		}
		out = append(out, t)
		idx = append(idx, i)
		cur = end
	}
	return out, idx
}

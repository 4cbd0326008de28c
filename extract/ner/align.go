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
	Start, End   int32
	BStart, BEnd int32
}

// folded is a text rewritten the way prose's tokenizer rewrites it before
// splitting (curly quotes and "&rsquo;" become ASCII quotes), with what it
// takes to map offsets back: the places where a longer piece of the
// original became one byte.
type folded struct {
	s    string
	reps []foldRep
}

// foldRep is one replacement: byte at of the folded text stands for n bytes
// of the original.
type foldRep struct{ at, n int }

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
	var f folded
	var b []byte
	last := 0 // text[last:] not yet copied to b
	for i := 0; i < len(text); i++ {
		if c := text[i]; c != 0xe2 && c != '&' {
			continue
		}
		for _, q := range quoteFolds {
			if strings.HasPrefix(text[i:], q.from) {
				if b == nil {
					b = make([]byte, 0, len(text))
				}
				b = append(b, text[last:i]...)
				f.reps = append(f.reps, foldRep{at: len(b), n: len(q.from)})
				b = append(b, q.to)
				i += len(q.from) - 1
				last = i + 1
				break
			}
		}
	}
	if b == nil {
		f.s = text
		return f
	}
	f.s = string(append(b, text[last:]...))
	return f
}

// offsetMapper maps offsets of a folded text back to the original, in bytes
// and code points. Offsets must be asked for in nondecreasing order; each
// call costs the distance from the previous one.
type offsetMapper struct {
	text  string
	reps  []foldRep
	k     int // reps before the current position
	shift int // original minus folded bytes, over reps[:k]
	rb    int // original byte offset whose code-point offset is rc
	rc    int
}

// at returns the original byte and code-point offsets of folded byte p.
// A replaced piece starting at p maps to its start; p just after one maps
// to just after it.
func (m *offsetMapper) at(p int) (b, r int) {
	for m.k < len(m.reps) && m.reps[m.k].at < p {
		m.shift += m.reps[m.k].n - 1
		m.k++
	}
	b = p + m.shift
	if b < m.rb { // cannot happen for nondecreasing p; recount
		m.rb, m.rc = 0, 0
	}
	m.rc += utf8.RuneCountInString(m.text[m.rb:b])
	m.rb = b
	return b, m.rc
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
	m := offsetMapper{text: text, reps: f.reps}
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
		t := token{Text: w}
		bs, s := m.at(at)
		be, e := m.at(end)
		t.BStart, t.Start, t.BEnd, t.End = int32(bs), int32(s), int32(be), int32(e)
		if tags != nil {
			t.Tag = tags[i]
		}
		out = append(out, t)
		idx = append(idx, i)
		cur = end
	}
	return out, idx
}

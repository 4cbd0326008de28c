package ner

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ProjectNames returns the gold mentions an entity list gives text, in
// text order, with code-point offsets: every occurrence of a listed form
// as whole words (a form that begins or ends with a letter, digit or "_"
// is not part of a longer word there), case-sensitive, typed as its
// entity (MISC forms too: a product "Google Stadia" claims its text, so
// its "Google" is no ORG mention). Occurrences may not overlap: the
// longest wins ("U.S." inside a listed "U.S. News" is the longer name's),
// then the earlier; a form listed on two lines belongs to the first (the
// lists give a string that names two things on one line, with a comment).
// Span.Entity numbers the list's lines from 1.
func ProjectNames(text string, gold []GoldNames) []Span {
	type hit struct {
		start, end int // byte offsets in text
		line       int // index in gold
	}
	var hits []hit
	claimed := map[string]bool{}
	for i, g := range gold {
		for _, form := range g.Names {
			if form == "" || claimed[form] {
				continue
			}
			claimed[form] = true
			for off := 0; ; {
				k := strings.Index(text[off:], form)
				if k < 0 {
					break
				}
				s, e := off+k, off+k+len(form)
				if wholeWords(text, s, e) {
					hits = append(hits, hit{s, e, i})
				}
				_, size := utf8.DecodeRuneInString(text[s:])
				off = s + size
			}
		}
	}
	// Longest first (by code points), then earliest.
	runeLen := func(h hit) int { return utf8.RuneCountInString(text[h.start:h.end]) }
	slices.SortStableFunc(hits, func(a, b hit) int {
		if c := cmp.Compare(runeLen(b), runeLen(a)); c != 0 {
			return c
		}
		return cmp.Compare(a.start, b.start)
	})
	var kept []hit
	for _, h := range hits {
		if !slices.ContainsFunc(kept, func(k hit) bool { return h.start < k.end && k.start < h.end }) {
			kept = append(kept, h)
		}
	}
	slices.SortFunc(kept, func(a, b hit) int { return cmp.Compare(a.start, b.start) })
	// Byte offsets to code points, in one pass.
	out := make([]Span, len(kept))
	pos, cp := 0, 0
	toCP := func(b int) int {
		cp += utf8.RuneCountInString(text[pos:b])
		pos = b
		return cp
	}
	for i, h := range kept {
		t := goldTypes[gold[h.line].Type]
		if t == "" {
			t = misc
		}
		start := toCP(h.start)
		out[i] = Span{Type: t, Start: start, End: toCP(h.end), Entity: h.line + 1}
	}
	return out
}

// wholeWords reports whether text[s:e] stands as whole words: no word
// character (letter, digit, mark or "_") on either side of an end that is
// one.
func wholeWords(text string, s, e int) bool {
	first, _ := utf8.DecodeRuneInString(text[s:e])
	last, _ := utf8.DecodeLastRuneInString(text[s:e])
	if before, _ := utf8.DecodeLastRuneInString(text[:s]); s > 0 && isWordRune(first) && isWordRune(before) {
		return false
	}
	if after, _ := utf8.DecodeRuneInString(text[e:]); e < len(text) && isWordRune(last) && isWordRune(after) {
		return false
	}
	return true
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// NameSpanDocs turns articles whose gold lists names into documents with
// gold mentions (ProjectNames), to be scored by exact span and type as an
// annotated corpus is (Evaluate).
func NameSpanDocs(docs []NameDoc) []Doc {
	out := make([]Doc, len(docs))
	for i, d := range docs {
		out[i] = Doc{Name: d.Name, Text: d.Text, Gold: ProjectNames(d.Text, d.Gold)}
	}
	return out
}

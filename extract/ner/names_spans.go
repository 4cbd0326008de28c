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
// as whole words (no letter, digit or "_" just before or after it, nor a
// hyphen joining it to a word: wholeWords), case-sensitive, typed as its
// entity (MISC forms too: a product "Google Stadia" claims its text, so
// its "Google" is no ORG mention). Occurrences may not overlap: the
// longest wins ("U.S." inside a listed "U.S. News" is the longer name's),
// then the earlier; a form listed on two lines belongs to the first (the
// lists have none: a string that names two things is listed once, on one
// thing's line, with a comment line, and has that line's type throughout).
// A leading "The" is in a mention only where the list gives it (exact
// spans, unlike EvaluateNames). Span.Entity numbers the list's lines from 1.
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
// character (letter, digit, mark or "_") just before or after it, whatever
// its own ends are ("U.S." is not a name in "U.S.A."), nor a hyphen that
// joins it to a word: CoNLL-2003 keeps "U.S.-led" and "Richmond-based" one
// token, typed MISC as a whole, so "U.S." in "U.S.-backed" is no LOCATION
// mention.
func wholeWords(text string, s, e int) bool {
	before, n := utf8.DecodeLastRuneInString(text[:s])
	if s > 0 && isWordRune(before) {
		return false
	}
	if isHyphen(before) {
		if r, _ := utf8.DecodeLastRuneInString(text[:s-n]); s-n > 0 && isWordRune(r) {
			return false
		}
	}
	after, n := utf8.DecodeRuneInString(text[e:])
	if e < len(text) && isWordRune(after) {
		return false
	}
	if isHyphen(after) {
		if r, _ := utf8.DecodeRuneInString(text[e+n:]); e+n < len(text) && isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isHyphen reports whether r is a hyphen (not a dash).
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

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

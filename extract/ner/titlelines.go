package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleLines answers titleCaseLine for the spans of one text from counts
// made once, at the first question: titleCaseLine walked the whole line
// for each span, and a text of one line with 20,000 spans took 23 s.
type titleLines struct {
	text string
	toks []token
	// first and end are the first token of k's line and the token after
	// its last; bad and acr count, before each token, the words that fail
	// a heading (a lower-case word not a function word's) and the
	// capitals' words that fail it outside the span.
	first, end []int
	bad, acr   []int
}

// is reports titleCaseLine(text, toks, t0, t1).
func (tl *titleLines) is(t0, t1 int) bool {
	if t1 <= t0 || t1 > len(tl.toks) {
		return titleCaseLine(tl.text, tl.toks, t0, t1)
	}
	if tl.first == nil {
		tl.build()
	}
	a, b := tl.first[t0], tl.end[t1-1]
	if tl.bad[b]-tl.bad[a] > 0 {
		return false
	}
	return tl.acr[t0]-tl.acr[a]+tl.acr[b]-tl.acr[t1] == 0
}

// build makes the lines' bounds and the counts, each test as
// titleCaseLine's.
func (tl *titleLines) build() {
	n := len(tl.toks)
	tl.first, tl.end = make([]int, n), make([]int, n)
	tl.bad, tl.acr = make([]int, n+1), make([]int, n+1)
	for k := range n {
		if k > 0 && !strings.ContainsRune(tl.text[tl.toks[k-1].BEnd:tl.toks[k].BStart], '\n') {
			tl.first[k] = tl.first[k-1]
		} else {
			tl.first[k] = k
		}
		w := tl.toks[k].Text
		r, _ := utf8.DecodeRuneInString(w)
		bad, acr := 0, 0
		switch {
		case !unicode.IsLetter(r):
		case unicode.IsLower(r) && !headingFunctionWords[w]:
			bad = 1
		case len(w) > 1 && isAcronym(w):
			acr = 1
		}
		tl.bad[k+1], tl.acr[k+1] = tl.bad[k]+bad, tl.acr[k]+acr
	}
	for k := n - 1; k >= 0; k-- {
		if k+1 < n && tl.first[k+1] == tl.first[k] {
			tl.end[k] = tl.end[k+1]
		} else {
			tl.end[k] = k + 1
		}
	}
}

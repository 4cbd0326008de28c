package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// lowercaseFile holds, for each word the training sources (eng.train,
// GUM's training documents, wikigold, WNUT-17's and the Broad Twitter
// Corpus's training text, re3d) write in lower case, how often they write
// it in lower case and how often capitalized inside a sentence (about
// 22,500 words, 99 KB; read once, in about 7 ms, at first use). Made by
// gazetteer/lexgen.
//
//go:embed gazetteer/lowercase.tsv.gz
var lowercaseFile []byte

// caseCounts is a word's lower-case and mid-sentence capitalized counts.
type caseCounts struct{ lower, upper int32 }

// corpusCase reads lowercaseFile once.
var corpusCase = sync.OnceValue(func() map[string]caseCounts {
	m := map[string]caseCounts{}
	z, err := gzip.NewReader(bytes.NewReader(lowercaseFile))
	if err != nil {
		return m
	}
	sc := bufio.NewScanner(z)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			continue
		}
		l, _ := strconv.Atoi(f[1])
		u, _ := strconv.Atoi(f[2])
		m[f[0]] = caseCounts{int32(l), int32(u)}
	}
	return m
})

// usuallyLower reports whether the training corpora write word (any case)
// in lower case at least min times and at least ratio times as often as
// capitalized inside a sentence.
func usuallyLower(word string, min, ratio int32) bool {
	c, ok := corpusCase()[strings.ToLower(word)]
	return ok && c.lower >= min && c.lower >= ratio*c.upper
}

// lexiconCommonPhrase reports whether span s is a title-cased common
// phrase rather than a name ("Power and Performance", "Bottom Line"):
// every word but an acronym or a joining word is one the training corpora
// usually write in lower case (usuallyLower; stricter for a lone word),
// and no list knows the name ("General Motors", "Best Buy"). A name built
// of common words has a body's head or a legal suffix, "of" or "The"
// (namedLike), or follows a title ("President Black") or "of" ("Summary
// of Consolidated Financial Data"). Callers add the context
// (commonPhraseHeading): in running text such words make names
// ("Action Against Hunger", "Daily Variety said").
func lexiconCommonPhrase(toks []token, s tspan) bool {
	n := s.t1 - s.t0
	if n < 1 || namedLike(toks, s) {
		return false
	}
	if s.t0 > 0 && (lowered(titles, toks[s.t0-1].Text) || toks[s.t0-1].Text == "of") {
		return false
	}
	var min, ratio int32 = 2, 3
	if n == 1 {
		min, ratio = 20, 10
	}
	common := 0
	words := make([]string, 0, n)
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		words = append(words, w)
		switch {
		case w == "and" || w == "&":
		case isAcronym(w) && n > 1:
		case !startsUpper(w) || !usuallyLower(w, min, ratio):
			return false
		default:
			common++
		}
	}
	if common == 0 {
		return false
	}
	name := strings.Join(words, " ")
	return len(byNormName(nameIndex(), name)) == 0 && !brandName(name) && !knownPlace(name) && !firstName(name)
}

// headingFunctionWords are the words a title-case heading leaves in lower
// case ("Power and Performance", "Tips for the Road").
var headingFunctionWords = setOf(`a an the and or of for to in on at by with from vs vs. as is`)

// titleCaseLine reports whether the line holding tokens [t0,t1) is a
// heading's: every word on it is capitalized but a heading's function
// words (headingFunctionWords), and no word is all capitals (CoNLL-2003's
// headlines, where a name of common words is a name).
func titleCaseLine(text string, toks []token, t0, t1 int) bool {
	a, b := t0, t1
	for a > 0 && !strings.ContainsRune(text[toks[a-1].BEnd:toks[a].BStart], '\n') {
		a--
	}
	for b < len(toks) && !strings.ContainsRune(text[toks[b-1].BEnd:toks[b].BStart], '\n') {
		b++
	}
	for k := a; k < b; k++ {
		w := toks[k].Text
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case !unicode.IsLetter(r):
		case unicode.IsLower(r) && !headingFunctionWords[w]:
			return false
		case len(w) > 1 && isAcronym(w) && (k < t0 || k >= t1):
			return false
		}
	}
	return true
}

// commonPhraseHeading reports whether span s is a heading's common words
// rather than a name: on a title-case line (titleCaseLine), every word is
// one the training corpora usually write in lower case
// (lexiconCommonPhrase): "The Bottom Line", "Power and Performance" as
// section headings. A heading's words the article itself never writes in
// lower case are what commonPhraseStart cannot judge. Not after "of"
// ("Summary of Consolidated Financial Data", eng.train's company).
// The line's test is tl's (titleLines), made once for the text.
func commonPhraseHeading(toks []token, s tspan, tl *titleLines) bool {
	return lexiconCommonPhrase(toks, s) && tl.is(s.t0, s.t1)
}

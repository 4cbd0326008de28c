package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Checks on words and tokens that the document step's rules share: a
// word's shape (startsUpper, isLetters, isNumber, capsWord, capWord,
// lowerASCII, lowerEndsIn), the gazetteer's first names and surnames
// (firstName, surname), a full stop that ends a sentence (sentenceStop),
// quotation marks (openQuotes, closeQuotes, openingQuote), runs of tokens
// (hasToken, sameTokens, equalWords, capitalizedRun). lexicon.go has the
// curated word lists.

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// hasToken reports whether one of toks is w.
func hasToken(toks []token, w string) bool {
	for _, t := range toks {
		if t.Text == w {
			return true
		}
	}
	return false
}

// sameTokens reports whether the n tokens from a on are those from b on.
func sameTokens(toks []token, a, b, n int) bool {
	for j := 0; j < n; j++ {
		if toks[a+j].Text != toks[b+j].Text {
			return false
		}
	}
	return true
}

// capitalizedRun reports whether every token of [a,e) starts with a
// capital.
func capitalizedRun(toks []token, a, e int) bool {
	for k := a; k < e; k++ {
		if !startsUpper(toks[k].Text) {
			return false
		}
	}
	return true
}

// isNumber reports whether s is all ASCII digits.
func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// amountNumber reports whether s is a number written with digits, commas
// and full stops, a digit at least: an amount after a currency's sign
// ("10,000", "2.5", "26").
func amountNumber(s string) bool {
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c != ',' && c != '.':
			return false
		}
	}
	return digit
}

// isYear reports whether s is a year from 1900 to 2099.
func isYear(s string) bool {
	return len(s) == 4 && isNumber(s) && (s[:2] == "19" || s[:2] == "20")
}

func anyLetter(toks []token) bool {
	for _, t := range toks {
		if hasLetter(t.Text) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentenceStop reports whether the full stop toks[i] (after an
// abbreviation) also ends the sentence: nothing follows on its line, or the
// next token starts a new sentence (an upper-case word, a quote). The
// name then ends before it, as CoNLL-2003 marks it ("Acme Corp" + "."),
// while "Acme Corp. said" keeps it. A table's next cell on the same line,
// after a tab or a "|" ("Zorbco Electric Co.\t$314M", "| Zorbco Health
// Inc. | $30.94 billion |"), starts no sentence: the stop is the
// abbreviation's.
func sentenceStop(text string, toks []token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	switch gap := text[toks[i].BEnd:toks[i+1].BStart]; {
	case strings.ContainsRune(gap, '\n'):
		return true
	case strings.ContainsRune(gap, '\t') || toks[i+1].Text == "|":
		return false
	}
	next := toks[i+1].Text
	if openingQuote(toks, i+1) {
		return true // "hired Acme Inc. \"Buy,\" he said"
	}
	if next == "\"" || next == "''" {
		// A closing quote: the full stop ends the sentence only if the
		// paragraph ends there ("Acme Corp.\" he said" keeps it).
		return lineBreakBefore(text, toks, i+2)
	}
	if isPossessive(next) {
		return false // "Acme Inc.'s"
	}
	r, _ := utf8.DecodeRuneInString(next)
	// A dash goes on with the line: "PLYMOUTH, Mich. - Matt Mahalak made".
	return !unicode.IsLower(r) && !unicode.IsDigit(r) && !strings.ContainsRune(",;:)-–—", r)
}

// openQuotes are the tokens a double-quoted quotation may open with: the
// straight quote, the Penn Treebank's two backquotes and the curly opening
// one. The rules that ask whether a token opens a quotation or a title read
// them here (openingQuote, gluedOpenQuote, quoteOpens, titleQuote).
var openQuotes = setOf("\" `` \u201c")

// closeQuotes are the tokens a double-quoted quotation may close with: the
// straight quote, the Penn Treebank's two apostrophes and the curly closing
// one (closingMark).
var closeQuotes = setOf("\" '' \u201d")

// openingQuote reports whether the quote toks[j] opens a quotation: a
// space before it and the next word glued to it (`Inc. "Buy,"`), where a
// closing one is glued to what it closes. A full stop before an opening
// quote ends the sentence (business audit, fifth: "has hired Zorbco
// Group Inc. \"Investors will...\"" kept the full stop in the name, as
// the straight quote was read as a closing one).
func openingQuote(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) || !openQuotes[toks[j].Text] {
		return false
	}
	return toks[j-1].BEnd < toks[j].BStart && toks[j].BEnd == toks[j+1].BStart
}

// nameAbbrev reports whether the last of tokens [t0,t1) is an abbreviation
// whose full stop belongs to the name: a company suffix or initial after
// other words ("Acme Corp."), or a US state ("Calif.") on its own.
func nameAbbrev(toks []token, t0, t1 int) bool {
	w := toks[t1-1].Text
	return t1-1 > t0 && isAbbrev(w) || lowered(stateAbbrevs, w)
}

// firstName reports whether name starts with a first name of the
// gazetteer.
func firstName(name string) bool {
	gz, _ := sharedGazetteer()
	w, _, _ := strings.Cut(name, " ")
	return gz != nil && gz.phrases[w]&(1<<gzFirstName) != 0
}

// personNameWord reports whether w is a surname or a first name of the
// gazetteer.
func personNameWord(w string) bool {
	gz, _ := sharedGazetteer()
	return gz != nil && gz.phrases[w]&(1<<gzSurname|1<<gzFirstName) != 0
}

// surname reports whether w is a surname of the gazetteer.
func surname(w string) bool {
	gz, _ := sharedGazetteer()
	return gz != nil && gz.phrases[w]&(1<<gzSurname) != 0
}

// isLetters reports whether every rune of s is a letter.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// lowerASCII reports whether each rune of w is an ASCII letter in lower
// case, as an English common word is written (true for ""): innerVerb's
// and trailingNoun's test, which takes no accented word.
func lowerASCII(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// capsWord reports whether w is a word of two letters or more in capitals.
func capsWord(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && isLetters(w) && !hasLower(w)
}

// capWord reports whether w is a capitalized word of letters (a hyphen
// may join two).
func capWord(w string) bool {
	return startsUpper(w) && isLetters(strings.ReplaceAll(w, "-", ""))
}

// lowerEndsIn reports whether w, lower-cased, ends in one of ends (a word
// class's endings, lower case: adjectiveWord's adjectiveEnds, memberPlural's
// memberPluralEnds).
func lowerEndsIn(w string, ends []string) bool {
	l := strings.ToLower(w)
	for _, e := range ends {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

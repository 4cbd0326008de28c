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

	"github.com/newsner/newsner"
)

// Common words that name nothing: the words the training corpora write in
// lower case (usuallyLower), and the checks that drop a span that is one
// of them or a phrase of them: at a sentence's start (commonNounStart,
// loneCommonStart, commonWordCut), inside a sentence (commonPluralPhrase,
// lexiconCommonPhrase), or on a heading in title case (commonPhraseHeading,
// over titleLines' counts).

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
	return commonWordsPhrase(toks, s, func(w string, lone bool) bool {
		if lone {
			return usuallyLower(w, 20, 10)
		}
		return usuallyLower(w, 2, 3)
	})
}

// commonWordsPhrase is lexiconCommonPhrase with common, which says whether
// a capitalized word of the span is a common word (lone: the span's only
// word).
func commonWordsPhrase(toks []token, s tspan, common func(w string, lone bool) bool) bool {
	return s.t1 > s.t0 && !namedLike(toks, s) && commonWords(toks, s, common)
}

// commonWords is commonWordsPhrase without namedLike's test of the
// phrase's shape: every capitalized word of span s is common, an acronym
// or a joining word aside, and no list knows the name.
func commonWords(toks []token, s tspan, common func(w string, lone bool) bool) bool {
	n := s.t1 - s.t0
	if s.t0 > 0 && (lowered(titles, toks[s.t0-1].Text) || toks[s.t0-1].Text == "of") {
		return false
	}
	commons := 0
	words := make([]string, 0, n)
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		words = append(words, w)
		switch {
		case w == "and" || w == "&":
		case isAcronym(w) && n > 1:
		case !startsUpper(w) || !common(w, n == 1):
			return false
		default:
			commons++
		}
	}
	if commons == 0 {
		return false
	}
	name := strings.Join(words, " ")
	return len(byNormName(nameIndex(), name)) == 0 && !brandName(name) && !knownPlace(name) && !firstName(name)
}

// headingWord reports whether w, a word of a phrase of two words or more
// on a title-case heading, is a common word: one the corpora write in
// lower case at least twice as often as capitalized (usuallyLower), one
// the article writes in lower case and never capitalized alone (lower,
// lowerWords), or an inflection of a word the corpora so write ("Smarter",
// "Portions", "Remodeling": the lexicon holds the words it saw).
func headingWord(w string, lower map[string]string) bool {
	if usuallyLower(w, 2, 2) || lowered(lower, w) == "lower" {
		return true
	}
	l := strings.ToLower(w)
	for _, suf := range []string{"s", "ing", "er", "ed"} {
		if st, ok := strings.CutSuffix(l, suf); ok && len(st) > 2 && !strings.HasSuffix(l, "ss") && usuallyLower(st, 2, 2) {
			return true
		}
	}
	return false
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
	for !lineBreakBefore(text, toks, a) {
		a--
	}
	for !lineBreakBefore(text, toks, b) {
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
// A ranked list's tagline after its item's name and a colon
// (rankedTagline: "7. CareerFoundry: Comprehensive Career Services") is
// one too where each word is a headingWord or one the corpora write in
// lower case, once at least and as often as capitalized (usuallyLower).
// The line's test is tl's (titleLines), made once for the text.
func commonPhraseHeading(toks []token, s tspan, tl *titleLines, lower map[string]string) bool {
	if !tl.is(s.t0, s.t1) {
		return false
	}
	if lexiconCommonPhrase(toks, s) {
		return true
	}
	if s.t1-s.t0 > 1 && tl.wordsOnly(s.t0) && (s.t0 == 0 || toks[s.t0-1].Text != "By") &&
		commonWordsPhrase(toks, s, func(w string, _ bool) bool { return headingWord(w, lower) }) {
		return true
	}
	return s.t1-s.t0 > 1 && tl.rankedTagline(s.t0, s.t1) && tl.wordsOnly(s.t0) &&
		commonWords(toks, s, func(w string, _ bool) bool { return headingWord(w, lower) || usuallyLower(w, 1, 1) })
}

// rankedTagline reports whether tokens [t0,t1) end a ranked list's heading
// after its item's name and a colon ("7. CareerFoundry: Comprehensive
// Career Services", "10. Zorb Academy: Economical Software Engineering"):
// the line opens with a rank's number and its full stop or bracket, a
// capitalized word stands between that and the colon right before t0, and
// nothing follows t1 on the line. Such a tagline says what the item is
// good at or for, a listicle's words of praise, whose head may be a
// body's ("Services") and whose words the corpora may write in lower case
// only once ("Economical"): commonPhraseHeading takes it where every word
// is common still. Called after is, which builds the bounds.
func (tl *titleLines) rankedTagline(t0, t1 int) bool {
	a := tl.first[t0]
	if tl.end[t0] != t1 || t0-a < 4 || !isNumber(tl.toks[a].Text) || tl.toks[t0-1].Text != ":" {
		return false
	}
	if p := tl.toks[a+1].Text; p != "." && p != ")" {
		return false
	}
	for k := a + 2; k < t0-1; k++ {
		if startsUpper(tl.toks[k].Text) {
			return true
		}
	}
	return false
}

// lowerWords returns the words the text writes in lower case ("lower"),
// and those it capitalizes on their own inside a sentence ("upper": "the
// commission" and "the Commission"); a word capitalized only as a word of
// a longer name ("the University of Arkansas") is not counted.
func lowerWords(text string, toks []token) map[string]string {
	ws := make(map[string]string, distinctWords(toks))
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		switch {
		case unicode.IsLower(r):
			if _, ok := ws[t.Text]; !ok {
				ws[t.Text] = "lower"
			}
		case unicode.IsUpper(r) && !startsSentence(text, toks, i) && !inCapitalRun(toks, i):
			ws[strings.ToLower(t.Text)] = "upper"
		}
	}
	return ws
}

// commonNounStart reports whether span s is one word that starts a
// sentence and that the article writes in lower case elsewhere and never
// capitalized on its own inside a sentence: "University exhibits can reach
// out" in an article on "university collections" at "the University of
// Arkansas" is no name.
func commonNounStart(text string, toks []token, s tspan, lower map[string]string) bool {
	if s.t1-s.t0 > 1 && startsSentence(text, toks, s.t0) {
		return commonPhraseStart(text, toks, s, lower)
	}
	if s.t1-s.t0 != 1 || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := toks[s.t0].Text
	if isAcronym(w) || !startsUpper(w) {
		return false
	}
	return lowered(lower, w) == "lower"
}

// commonPhraseStart reports whether span s, two words or more at a
// sentence's or a line's start, is a heading or a list item's words rather
// than a name: every word is one the article writes in lower case elsewhere
// and never capitalizes on its own ("Search Engines", "Wireless
// Earphones", "Smarter Portions"), and the words are never capitalized
// together inside a sentence (where "White House" would be).
func commonPhraseStart(text string, toks []token, s tspan, lower map[string]string) bool {
	n := s.t1 - s.t0
	if namedLike(toks, s) {
		return false
	}
	if s.t1 < len(toks) && toks[s.t1].Text == "(" {
		return false // a name its acronym follows: "Customer Acquisition Cost (CAC)"
	}
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		if !startsUpper(w) || isAcronym(w) || lowered(lower, w) != "lower" {
			return false
		}
	}
	for i := 0; i+n <= len(toks); i++ {
		if i == s.t0 || startsSentence(text, toks, i) {
			continue
		}
		if sameTokens(toks, i, s.t0, n) {
			return false
		}
	}
	return true
}

// namedLike reports whether span s is shaped as a name, which the
// common-phrase rules (commonPhraseStart, commonPluralPhrase) leave alone
// however common its words: it ends in a body's or a company's head word or
// a legal suffix ("Foreign Ministry", "Chemical Abstracts Service"), holds
// "of" ("Organisation for ... of ..."), or starts with a title's or a
// paper's "The" (“The Magazine”).
func namedLike(toks []token, s tspan) bool {
	last := strings.ToLower(toks[s.t1-1].Text)
	return orgHeads[last] || companyHeads[last] || legalSuffixes[last] || hasToken(toks[s.t0:s.t1], "of") || toks[s.t0].Text == "The"
}

// commonPluralPhrase reports whether span s, two words or more inside a
// sentence, is a title-cased term rather than a name: its last word is a
// plural, and every word but an acronym is one the article writes in lower
// case elsewhere and never capitalizes on its own ("Intensive Care Units",
// "Demand Side Platforms", "the Listed IP Addresses"). A plural head the
// article writes in lower case is a kind of thing, not the one thing a
// name picks out; a team's or a party's plural ("Blue Jays", "Free
// Democrats") is not a word the article writes in lower case.
func commonPluralPhrase(text string, toks []token, s tspan, lower map[string]string) bool {
	if s.t1-s.t0 < 2 || s.typ == newsner.Person || startsSentence(text, toks, s.t0) {
		return false
	}
	last := toks[s.t1-1].Text
	ll := strings.ToLower(last)
	if len(ll) < 4 || !strings.HasSuffix(ll, "s") || strings.HasSuffix(ll, "ss") || isAcronym(last) {
		return false
	}
	if namedLike(toks, s) {
		return false
	}
	common := 0
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		if isAcronym(w) {
			continue
		}
		if !startsUpper(w) || lowered(lower, w) != "lower" {
			return false
		}
		common++
	}
	return common >= 2
}

// commonListItem reports whether span s, two words or more, is an item
// of a list of title-cased terms that a plural noun and a colon introduce
// ("seven bootcamps: Software Engineering, Business Intelligence
// Analytics, AI & Machine Learning, Cyber Security, UX/UI Design, QA, and
// AI Automation"): the list runs from the colon past s with two commas or
// more, holds only capitalized words, acronyms, commas, "and", "&" and
// "/", and every word of s but a joining word or an acronym is one the
// corpora write in lower case at least as often as capitalized; no list
// knows the name ("brands: General Motors, ...") and it opens with no
// first name (commonWords: "speakers: Will Power, ..."). A course's, a
// department's or a skill's name, no body's. Looked at up to 40 tokens
// either way.
func commonListItem(toks []token, s tspan) bool {
	if s.t1-s.t0 < 2 || s.typ == misc {
		return false // a MISC product, which the product rules read beside its neighbours
	}
	item := func(w string) bool {
		return w == "," || w == "and" || w == "&" || w == "/" || startsUpper(w) || isAcronym(w)
	}
	commas := 0
	k := s.t0 - 1
	for ; k >= 0 && k >= s.t0-40 && toks[k].Text != ":"; k-- {
		if !item(toks[k].Text) {
			return false
		}
		if toks[k].Text == "," {
			commas++
		}
	}
	if k < 1 || toks[k].Text != ":" {
		return false
	}
	lead := toks[k-1].Text
	if !strings.HasSuffix(lead, "s") || !unicode.IsLower([]rune(lead)[0]) {
		return false
	}
	for j := s.t1; j < len(toks) && j < s.t1+40 && item(toks[j].Text); j++ {
		if toks[j].Text == "," {
			commas++
		}
	}
	if commas < 2 || listedProduct(strings.Fields(spanWords(toks, s.t0, s.t1))) {
		return false // "the common ones: Twitter, Facebook, Pandora, Angry Birds and ...": a game, whose neighbours the product rules read
	}
	return commonWords(toks, s, func(w string, _ bool) bool { return usuallyLower(w, 2, 1) })
}

// anyLower reports whether the article writes one of words in lower case
// (lowerWords): "THE ISLAND" is a paper on an island, not Iceland's "Island".
func anyLower(words []string, lower map[string]string) bool {
	for _, w := range words {
		if lower[w] == "lower" {
			return true
		}
	}
	return false
}

// commonWordCut reports whether span s is one word at a sentence's start
// that an ellipsis cuts off ("All...", "Some…": a teaser's last words)
// and that the training corpora usually write in lower case: with nothing
// after it, the tagger guessed a name ("All" a place) that the article
// never gives commonNounStart the lower-case use to undo.
func commonWordCut(text string, toks []token, s tspan) bool {
	if s.t1-s.t0 != 1 || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := strings.TrimRight(toks[s.t0].Text, ".\u2026")
	rest := text[int(toks[s.t0].BStart)+len(w):]
	if !strings.HasPrefix(rest, "...") && !strings.HasPrefix(rest, "\u2026") {
		return false
	}
	return startsUpper(w) && !isAcronym(w) && usuallyLower(w, 20, 10)
}

// inCapitalRun reports whether toks[i] is one word of a longer capitalized
// name: a capitalized word next to it, an acronym before it too
// ("Addresses" of "the Listed IP Addresses", "Health" of "NAIC Health
// Insurance Report": a run's words, not capitalized on their own), or
// "of", "for", "and" or "&" and then one ("University of Arkansas").
func inCapitalRun(toks []token, i int) bool {
	if i > 0 && startsUpper(toks[i-1].Text) {
		return true
	}
	if i+1 < len(toks) && startsUpper(toks[i+1].Text) {
		return true
	}
	if i+2 < len(toks) && joinWords[toks[i+1].Text] && startsUpper(toks[i+2].Text) {
		return true
	}
	return i > 1 && joinWords[toks[i-1].Text] && startsUpper(toks[i-2].Text)
}

var joinWords = setOf(`of for and & at`)

// loneCommonStart reports whether span s is one word at a sentence's start
// that names nothing: a word the training corpora usually write in lower
// case ("Black and white images filled the screen", "Magic can happen on a
// Monday night", "North on the parkway, then left") that the article never
// capitalizes inside a sentence and that no other span holds. The tagger
// reads the capital a sentence gives it as a name's; a name the article
// means ("Conrad Black", "the Orlando Magic") is spelt out elsewhere, which
// keeps the word. commonNounStart catches the words the article also
// writes in lower case; these it writes once.
//
// The spans holding the word are looked up in words (wordSpans), made at
// the first need: a walk over every span for each span at a sentence's
// start took 41 s on 20,000 sentences opening "Little did".
func loneCommonStart(text string, toks []token, s tspan, words *wordSpans, lower map[string]string) bool {
	if s.t1-s.t0 != 1 || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := toks[s.t0].Text
	if isAcronym(w) || !startsUpper(w) || !isLetters(w) || lowered(lower, w) == "upper" || !usuallyLower(w, 20, 10) {
		return false
	}
	for _, o := range words.holding(w) {
		if o.t0 != s.t0 || o.t1 != s.t1 {
			return false
		}
	}
	return true
}

// wordSpans finds the spans that hold a word, its case aside
// (strings.EqualFold), for loneCommonStart; the index is made at the
// first look-up.
type wordSpans struct {
	toks  []token
	spans []tspan
	index map[string][]tspan
}

// holding returns the spans with a word equal to w under case folding,
// each once, in the order of spans.
func (sw *wordSpans) holding(w string) []tspan {
	if sw.index == nil {
		sw.index = map[string][]tspan{}
		for _, o := range sw.spans {
			seen := map[string]bool{}
			for k := o.t0; k < o.t1; k++ {
				f := foldKey(sw.toks[k].Text)
				if !seen[f] {
					seen[f] = true
					sw.index[f] = append(sw.index[f], o)
				}
			}
		}
	}
	return sw.index[foldKey(w)]
}

// foldKey maps each letter of s to the least of its case-folding orbit
// (unicode.SimpleFold), so two words have one key exactly when
// strings.EqualFold holds between them.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

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

// wordsOnly reports whether the line of token k holds words alone, its
// rank's number at its start aside ("4. Smarter Portions, Smarter
// Choices"): no score, price or telephone number ("Sporting Sale 0 Meknes
// 1", "-- Jan Quimby, International Bonds +44 171 542 6320", eng.train's
// results and desks' lines, whose names are common words). Called after
// is, which builds the bounds.
func (tl *titleLines) wordsOnly(k int) bool {
	a, b := tl.first[k], tl.end[k]
	if a < b && isNumber(tl.toks[a].Text) {
		a++
	}
	for j := a; j < b; j++ {
		if strings.IndexFunc(tl.toks[j].Text, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return true
}

// build makes the lines' bounds and the counts, each test as
// titleCaseLine's.
func (tl *titleLines) build() {
	n := len(tl.toks)
	tl.first, tl.end = make([]int, n), make([]int, n)
	tl.bad, tl.acr = make([]int, n+1), make([]int, n+1)
	for k := range n {
		if !lineBreakBefore(tl.text, tl.toks, k) {
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

// pluralSubjectStart reports whether span s is one word tagged an
// organization that starts a sentence, ends in a plural's "s" and stands
// before "are" or "were": a common noun in the plural as a caption's or a
// sentence's subject ("Boats are moored at the marina"), which the tagger
// reads as a name; a listed organization stays, and so does the last word
// of a longer name of the article (a team's "Rangers were" after "the
// Bayport Rangers"), and a sports report's ("Spurs were beaten": a team).
// *ends is lastWords(toks, spans), made on first use.
func pluralSubjectStart(text string, toks []token, s tspan, ends *map[string]bool, spans []tspan, about *topics) bool {
	if s.typ != newsner.Organization || s.t1-s.t0 != 1 || s.t1 >= len(toks) || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := toks[s.t0].Text
	if v := toks[s.t1].Text; v != "are" && v != "were" {
		return false
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || isAcronym(w) || listedOrg(w) {
		return false
	}
	if *ends == nil {
		*ends = lastWords(toks, spans)
	}
	return !(*ends)[w] && !about.sportsDoc()
}

// lastWords returns the last words of the spans of two words or more.
func lastWords(toks []token, spans []tspan) map[string]bool {
	ws := map[string]bool{}
	for _, s := range spans {
		if s.t1-s.t0 >= 2 {
			ws[toks[s.t1-1].Text] = true
		}
	}
	return ws
}

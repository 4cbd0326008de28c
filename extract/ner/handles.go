package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Mentions that name nothing by their form: tokens that glue two
// capitalized words with an underscore (a credit's role and a name, a
// file's name; a user's handle stays), and one letter alone.

// gluedNamesAsNone makes no name of a mention any of whose tokens glues
// two capitalized words with an underscore: a credit's role and the name
// ("Composer_Kim Cheol Hwan", "Art Director_Park Dong Woo"), or a file's
// or a feed's name ("Camilla_SDO"), where the name's start is not a
// token's and no span can be exact; and a mention right after such a
// token, the rest of its name. A user's handle ("@John_Smith", which
// tweets' annotators mark) stays.
func gluedNamesAsNone(ms []*mention, toks []token) {
	for _, m := range ms {
		// The rest of a glued name the tagger left its glued start out of:
		// "Hye Jin" of "Choreographer_Jeong Hye Jin".
		for k := m.t0 - 1; k < m.t1; k++ {
			if k < 0 {
				continue
			}
			if gluedWords(toks[k].Text) && !(k > 0 && toks[k-1].Text == "@") {
				m.typ = misc
				break
			}
		}
	}
}

// codeNamesAsNone makes no name of a mention any of whose tokens is a
// file's name with a source file's or a document's extension ("named
// TodoList.tsx", "edit App.jsx", "README.md") or a markup tag's start ("render
// the <TodoList /> component"): a coding guide's identifiers, which the
// tagger reads as companies. Not a web domain's ending (".com", ".io",
// ".ai": a company's name, "Booking.com"). And a mention on a line of
// code, one with a brace or an arrow alone as a token
// (codeSigns: "const TodoList: React.FC = () => {", "interface TodoItem
// {"), which a coding guide's page keeps in its text: a type's or a
// variable's name, not a company.
func codeNamesAsNone(text string, ms []*mention, toks []token) {
	var line []int
	code := map[int]bool{}
	for _, m := range ms {
		if m.typ == misc {
			continue
		}
		for k := m.t0; k < m.t1; k++ {
			if codeName(toks[k].Text) {
				m.typ = misc
				break
			}
		}
		if m.typ == misc {
			continue
		}
		if line == nil {
			line = lineOf(text, toks)
			for k, t := range toks {
				if codeSigns[t.Text] {
					code[line[k]] = true
				}
			}
		}
		if code[line[m.t0]] {
			m.typ = misc
		}
	}
}

// codeSigns, a token alone, mark a line of code: braces, an arrow
// function's arrow, a strict comparison. Not "=" alone: a notice's fields
// and a rate ("A$1 = US$0.79", eng.train) write it in prose.
var codeSigns = setOf(`{ } => === };`)

// codeExtensions end a file's name of code or a document, in lower case.
var codeExtensions = setOf(`tsx jsx ts js mjs py rs java kt rb php cpp hpp cs swift json yaml yml toml md
css scss html xml csv txt pdf docx xlsx sh sql vue svelte`)

// codeName reports whether token w is a file's name (a capitalized word,
// a full stop and a listed extension, codeExtensions) or a markup tag's
// start ("<TodoList").
func codeName(w string) bool {
	if strings.HasPrefix(w, "<") {
		return len(w) > 1 && startsUpper(w[1:])
	}
	i := strings.LastIndexByte(w, '.')
	return i > 0 && codeExtensions[w[i+1:]] && startsUpper(w)
}

// gluedWords reports whether w is two capitalized words or more joined by
// underscores ("Director_Oh", "Camilla_SDO").
func gluedWords(w string) bool {
	if !strings.Contains(w, "_") {
		return false
	}
	for _, p := range strings.Split(w, "_") {
		if !startsUpper(p) {
			return false
		}
	}
	return true
}

// lettersAsNone makes no name of a mention that is one letter, with or
// without its full stop: an author's initial in a list of references
// ("Renzi, C., Sorge, C."), a grade, a variable; but the platform X where
// the article names it (xs, xPlatformTokens).
func lettersAsNone(ms []*mention, xs map[int]bool) {
	for _, m := range ms {
		if len(m.words) == 1 && utf8.RuneCountInString(strings.TrimSuffix(m.words[0], ".")) == 1 {
			if m.words[0] == "x" && m.t1 == m.t0+1 && xs[m.t0] {
				continue // xPlatformAsOrganizations
			}
			m.typ = misc
		}
	}
}

// xPlatformPrev are the nouns that name the platform X before it ("the
// social media platform X", "the site X").
var xPlatformPrev = setOf(`platform network site app service`)

// xPlatformNext are the nouns after X that make it the platform ("an X
// post", "his X account").
var xPlatformNext = setOf(`post posts account accounts user users feed handle page profile`)

// xPostWords go before "on X" where X is the platform ("posted on X", "in
// a post on X", "wrote on X").
var xPostWords = setOf(`post posted posts posting wrote writes writing said says statement message video shared
tweeted announced comments commented replied reply`)

// xNotPrev go before an "X" that is a letter, not the platform ("model
// X", "vitamin X").
var xNotPrev = setOf(`model type variable form factor option plan grade size letter axis vitamin chromosome`)

// xPlatformTokens returns the tokens "X" that name the platform formerly
// called Twitter, the company's one-letter name since 2023: where its
// context says so ("X, formerly Twitter", "X (formerly known as
// Twitter)", "X Corp", "the platform X", "posted on X", "an X post"), and,
// in an article that says so once, every "X" standing alone as a name
// does ("against X", "X said", "X's"): not after a capitalized word or a
// number ("Mr X", "Article X", "Malcolm X", "Generation X"), nor before
// one or a hyphen ("X Factor", "X-ray"). lettersAsNone spares them;
// addXPlatformSpans makes them an organization where the tagger, which
// had never read the name, left them untagged. nil if none.
func xPlatformTokens(toks []token) map[int]bool {
	cued := false
	var lone []int
	for k, t := range toks {
		if t.Text != "X" {
			continue
		}
		next := func(i int) string {
			if k+i < len(toks) {
				return toks[k+i].Text
			}
			return ""
		}
		prev := func(i int) string {
			if k-i >= 0 {
				return toks[k-i].Text
			}
			return ""
		}
		switch {
		case (next(1) == "," || next(1) == "(") && (next(2) == "formerly" || next(2) == "previously"),
			next(1) == "Corp" || next(1) == "Corp." || next(1) == "Holdings",
			xPlatformPrev[prev(1)],
			prev(1) == "on" && (xPostWords[prev(2)] || xPostWords[prev(3)] || xPostWords[prev(4)]),
			xPlatformNext[next(1)] && !startsUpper(prev(1)):
			cued = true
		}
		p := prev(1)
		if k > 0 && (startsUpper(p) || isNumber(p) || p == "-" || xNotPrev[p]) {
			continue
		}
		if n := next(1); n != "" && (startsUpper(n) && n != "Corp" && n != "Corp." || n == "-" || isNumber(n)) {
			continue
		}
		lone = append(lone, k)
	}
	if !cued || lone == nil {
		return nil
	}
	out := make(map[int]bool, len(lone))
	for _, k := range lone {
		out[k] = true
	}
	return out
}

// addXPlatformSpans makes each "X" of xs (xPlatformTokens) an
// organization's span where no span holds it.
func addXPlatformSpans(spans []tspan, xs map[int]bool) []tspan {
	if xs == nil {
		return spans
	}
	var add []tspan
	sorted := spansInOrder(spans)
	for k := range xs {
		if overlapping(spans, sorted, k, k+1) == nil {
			add = append(add, tspan{newsner.Organization, k, k + 1})
		}
	}
	return replaceSpans(spans, add)
}

// xPlatformAsOrganizations types each mention that is an "X" of xs
// (xPlatformTokens) an organization, after the rules that read a name
// before ", the senator" or after "said" as a person's.
func xPlatformAsOrganizations(ms []*mention, xs map[int]bool) {
	for _, m := range ms {
		if m.t1 == m.t0+1 && xs[m.t0] {
			m.typ = newsner.Organization
		}
	}
}

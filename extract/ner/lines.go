package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// The document step's rules on web pages' lines (the eighth pass (b) and
// later): lineSpans applies them. This file has the lines themselves
// (lineOf, lineStarts), numbered roads, a legislature's name's party
// adjective, "The" and a paper's word at a line's start. By topic:
// lines_headlines.go (headline-case lines), lines_bylines.go (bylines,
// sign-offs, notes, e-mail lines), datelines.go (datelines and
// column dates), lines_chrome.go (a page's menus, footers, tags,
// newsletters, quotes), credits.go (credits, copyright and slashes).

// lineSpans applies the eighth pass (b)'s rules to the tagger's spans.
func lineSpans(text string, toks []token, spans []tspan) []tspan {
	if len(toks) == 0 {
		return spans
	}
	line := lineOf(text, toks)
	spans = bylineSpans(toks, spans, line)
	spans = emailSpans(toks, spans)
	spans = bylineRoleSpans(toks, spans, line)
	spans = numberedRoadSpans(toks, spans)
	spans = datelineSpans(toks, spans, line)
	spans = isoDatelineSpans(toks, spans, line)
	spans = headlineDatelineTowns(toks, spans, line)
	spans = quoteLineSpans(toks, spans, line)
	spans = printFooterSpans(toks, spans, line)
	spans = columnDateSpans(toks, spans, line)
	spans = angleTitleSpans(toks, spans, line)
	spans = signOffSpans(toks, spans, line)
	spans = noteLabelSpans(toks, spans, line)
	spans = photoCreditSpans(toks, spans, line)
	spans = slashCreditSpans(toks, spans, line)
	spans = creditHolderSpans(toks, spans, line)
	spans = theOutletSpans(toks, spans)
	spans = theOutletPlaces(toks, spans)
	spans = bylineOutletSpans(toks, spans, line)
	spans = imageCaptionSpans(toks, spans, line)
	spans = newsletterSpans(toks, spans, line)
	spans = tagLineSpans(toks, spans, line)
	spans = readTimeSpans(toks, spans, line)
	spans = sponsorLineSpans(toks, spans, line)
	spans = yearHeaderSpans(toks, spans, line)
	spans = workByLineSpans(toks, spans, line)
	spans = nameEdgeSpans(toks, spans)
	if len(spans) > 0 {
		spans = headlineSpans(toks, spans, line, titleAlone(text, toks, line))
	}
	// After headlineSpans: "© 2019 Zorb News. All Rights Reserved." is
	// in headline case.
	return copyrightSpans(toks, spans, line)
}

// Rules on whole lines of an article (the eighth pass (b) of the document
// step): headline-case lines (titles, subheads, related-story links) and
// photo credits on web pages, where the tagger reads capitalized common words
// as parts of names.

// lineOf returns, for each token, the index of the line it is on: lines are
// broken by a newline between two tokens.
func lineOf(text string, toks []token) []int {
	line := make([]int, len(toks))
	n := 0
	for i := 1; i < len(toks); i++ {
		if lineBreakBefore(text, toks, i) {
			n++
		}
		line[i] = n
	}
	return line
}

// lineStarts returns, for each line of lineOf, its first token.
func lineStarts(line []int) []int {
	if len(line) == 0 {
		return nil
	}
	starts := make([]int, line[len(line)-1]+1)
	for i := len(line) - 1; i >= 0; i-- {
		starts[line[i]] = i
	}
	return starts
}

// lineEnd returns the index past the last token of token i's line of
// lineOf: the rules that read a line whole walk to it from the line's
// start.
func lineEnd(line []int, i int) int {
	j := i + 1
	for j < len(line) && line[j] == line[i] {
		j++
	}
	return j
}

// distinctWords is the room to make in a map of the distinct words of
// toks: a quarter of them for an article (growing the map cost as much as
// filling it), at most maxDistinctWords. A long text writes far fewer
// distinct words than a quarter of its tokens: a 15 MB page's maps of a
// quarter of its 2.6 million tokens took 40 MB each, held through the
// document step, for the page's few hundred words.
func distinctWords(toks []token) int { return min(len(toks)/4, maxDistinctWords) }

// maxDistinctWords bounds distinctWords: a quarter of a text of 64k
// tokens, longer than any article.
const maxDistinctWords = 1 << 14

// lowerForms returns the words toks hold in lower case.
func lowerForms(toks []token) map[string]bool {
	ws := make(map[string]bool, distinctWords(toks))
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLower(r) {
			ws[t.Text] = true
		}
	}
	return ws
}

// spanWords returns the lower-cased words of tokens [t0,t1), a possessive
// ending left out, joined by spaces.
func spanWords(toks []token, t0, t1 int) string {
	if t1-t0 > 1 && isPossessive(toks[t1-1].Text) {
		t1--
	}
	var b strings.Builder
	for k := t0; k < t1; k++ {
		if k > t0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(toks[k].Text))
	}
	return strings.TrimSuffix(b.String(), ".")
}

// roadHeads are the words a numbered road's name starts with ("Route 9A",
// "Interstate 80").
var roadHeads = setOf(`route interstate highway`)

// streetWords end a numbered street's name ("14th Street", "10th Avenue").
var streetWords = setOf(`street avenue road boulevard st. ave. rd. blvd.`)

// numberedRoadSpans makes numbered roads and streets places: a span that
// ends in a road's head word takes the number after it ("Route" + "9A",
// tagged an organization on its own), and an ordinal before a street word
// is a place with it ("14th Street"), which the tagger, reading no
// capital, leaves out.
func numberedRoadSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	var inSpan []bool // made on the first ordinal before a street word
	covered := func(k int) bool {
		if inSpan == nil {
			inSpan = spanCover(len(toks), spans)
		}
		return inSpan[k]
	}
	for i := range spans {
		s := &spans[i]
		if s.t1 < len(toks) && lowered(roadHeads, toks[s.t1-1].Text) && startsUpper(toks[s.t1-1].Text) && roadNumber(toks[s.t1].Text) {
			s.t1++
			s.typ = newsner.Location
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		if ordinal(toks[k].Text) && startsUpper(toks[k+1].Text) && lowered(streetWords, toks[k+1].Text) && !covered(k) {
			add = append(add, tspan{typ: newsner.Location, t0: k, t1: k + 2})
		}
	}
	return replaceSpans(spans, add)
}

// roadNumber reports whether w is a road's number: digits, a letter after
// them allowed ("9A").
func roadNumber(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n > 0 && n <= 4 && (n == len(w) || n == len(w)-1 && w[n] >= 'A' && w[n] <= 'Z')
}

// ordinal reports whether w is a number written as an ordinal ("14th",
// "42nd").
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return n > 0
	}
	return false
}

// legislatures are the chambers a party's adjective stands before, no part
// of their name ("a Republican House of Representatives", as CoNLL-2003
// marks "Republican" MISC and "Congress" ORGANIZATION).
var legislatures = setOf(`house senate congress`)

// nameEdgeSpans cuts a party's adjective off a legislature's name
// ("Republican House of Representatives": "House of Representatives") and
// drops a span that is a name's suffix alone ("Jr." of "John Hinckley,
// Jr.").
func nameEdgeSpans(toks []token, spans []tspan) []tspan {
	out := spans[:0]
	for _, s := range spans {
		if s.t1-s.t0 >= 2 && s.typ != newsner.Person && (toks[s.t0].Text == "Republican" || toks[s.t0].Text == "Democratic") && lowered(legislatures, toks[s.t0+1].Text) {
			s.t0++
		}
		if s.t1-s.t0 == 1 && nameSuffixes[toks[s.t0].Text] {
			continue
		}
		out = append(out, s)
	}
	return out
}

// nameSuffixes end a person's name; alone they name nothing.
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "JR.": true, "SR.": true}

// replaceSpans returns spans with add in, in token order, and without the
// spans add overlaps. It sorts add and looks each span's overlap up in it
// (the greatest end among the added spans that start before the span
// ends), so many of both (a page of bylines) cost n log n, not n*m.
func replaceSpans(spans, add []tspan) []tspan {
	if add == nil {
		return spans
	}
	add = slices.Clone(add)
	slices.SortStableFunc(add, func(a, b tspan) int { return a.t0 - b.t0 })
	maxEnd := make([]int, len(add)) // maxEnd[i]: the greatest t1 of add[:i+1]
	for i, a := range add {
		maxEnd[i] = a.t1
		if i > 0 && maxEnd[i-1] > a.t1 {
			maxEnd[i] = maxEnd[i-1]
		}
	}
	out := make([]tspan, 0, len(spans)+len(add))
	for _, s := range spans {
		// The added spans starting before s ends: add[:n].
		n, _ := slices.BinarySearchFunc(add, s.t1, func(a tspan, t1 int) int {
			if a.t0 < t1 {
				return -1
			}
			return 1
		})
		if n == 0 || maxEnd[n-1] <= s.t0 {
			out = append(out, s)
		}
	}
	out = append(out, add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].t0 < out[b].t0 })
	return out
}

// paperWords end a newspaper's name as outletHeads do, and are too common
// a word for joinOutletNames to join after a place ("Bayport Ledger", "The
// Quenton Bee").
var paperWords = setOf(`Ledger News Record Bee Press Review Advocate Leader Enquirer Globe Reporter Democrat-Gazette`)

// theOutletSpans makes a person's span after "The" that ends in a
// newspaper's word an organization: "By Jane Quimble | The Bayport
// Ledger", "Photo: Rob Zorbin / The Quenton Bee", "a staff writer at the
// Ledger", the paper of a byline or a credit, which the tagger reads as
// one more person beside the names before it. A person's name never
// follows "The".
func theOutletSpans(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.typ == newsner.Person && s.t0 > 0 && strings.EqualFold(toks[s.t0-1].Text, "the") &&
			(outletHeads[toks[s.t1-1].Text] || paperWords[toks[s.t1-1].Text]) {
			spans[i].typ = newsner.Organization
		}
	}
	return spans
}

// theOutletPlaces makes a place's span of two words or more after "The"
// that ends in a newspaper's, an agency's or a site's word (outletHeads,
// paperWords, agencyHeads) an organization: "The Zorbic Wire", "the
// Quenton Press", an outlet named for a place or an ocean, which the
// tagger reads as the place ("Tampa Bay Times | The Zorbic Wire", a list
// of outlets). A place after "the" ends in no such word. A listed
// outlet ("The Canadian Press") is left to the lists, which type it
// without its "The".
func theOutletPlaces(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if w := toks[s.t1-1].Text; s.typ == newsner.Location && s.t1-s.t0 >= 2 && s.t0 > 0 && strings.EqualFold(toks[s.t0-1].Text, "the") &&
			(outletHeads[w] || paperWords[w] || agencyHeads[w]) && !listedOrg(joinTokens(toks[s.t0:s.t1])) {
			spans[i].typ = newsner.Organization
		}
	}
	return spans
}

// titleAlone reports whether the text's first line stands alone, a blank
// line after it: a web page's title above its story, which headlineLines
// takes as a headline with one word the article writes in lower case
// ("Oil Slides as Zorb Traders Weigh Supply Glut" over a story on "the
// supply"). CoNLL-2003's documents, whose sentences are one a line, have
// no blank line.
func titleAlone(text string, toks []token, line []int) bool {
	for k := 1; k < len(toks); k++ {
		if line[k] != line[k-1] {
			return strings.Count(text[toks[k-1].BEnd:toks[k].BStart], "\n") >= 2
		}
	}
	return false
}

package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A reference list (a paper's or an encyclopedia page's sources) is items
// of many commas each, which the scoring counts as prose: a long one
// outscored the short article above it. Its items are told by their shape,
// the same in any language: a year and an identifier or a page range.

// citationItem reports whether the list item or paragraph n, in, reads
// as a citation:
// maxCitationChars or less (a paragraph of an article set as a list item
// runs longer), two commas or more, a year (1500-2099) and a DOI, an
// ISBN, "et al." or a page range (123-130, not a span of years); or a
// year in parentheses, "(2011)", after an author's name and before the
// title.
func citationItem(n *html.Node, in *info) bool {
	if n.DataAtom != atom.Li && n.DataAtom != atom.P || in.commas < 2 || in.text > maxCitationChars {
		return false
	}
	return citationText(textOfMax(n, maxCitationChars))
}

// citationParagraph reports whether n, a paragraph of in, is a citation
// (citationItem) among minLabelRows or more blocks (inLongRun), the
// paragraph before or after it one too: a reference list set as
// paragraphs, whose commas scored as prose. A story's ranked lines, "3.
// Doug Martin, RB, Tampa Bay — 51.20 points (2012)", each followed by its
// prose, are the story's.
func citationParagraph(n *html.Node, in *info) bool {
	if n.DataAtom != atom.P || !citationItem(n, in) || !inLongRun(n) {
		return false
	}
	return citationSibling(elementSibling(n, -1)) || citationSibling(elementSibling(n, 1))
}

// citationSibling reports whether n is a paragraph whose text reads as a
// citation (citationLine).
func citationSibling(n *html.Node) bool {
	if n == nil || n.DataAtom != atom.P {
		return false
	}
	return citationLine(textOfMax(n, maxCitationChars+1))
}

// citationLine reports whether t, a paragraph's text, reads as a
// citation as citationItem reads a list item: maxCitationChars or less,
// two commas or more, and a citation's marks (citationText).
func citationLine(t string) bool {
	return len(t) <= maxCitationChars && strings.Count(t, ",") >= 2 && citationText(t)
}

// citationText reports whether t has a citation's marks (citationItem).
func citationText(t string) bool {
	year, parenYear := citationYear(t)
	if !year {
		return false
	}
	if parenYear {
		return true
	}
	l := strings.ToLower(t)
	return strings.Contains(l, "doi") || strings.Contains(l, "isbn") || strings.Contains(l, "et al") || pageRange(t)
}

// maxCitationChars is the longest list item citationItem takes.
const maxCitationChars = 300

// citationYear reports whether t holds a year, 1500 to 2099, as a number
// of its own, and whether one is in parentheses ("(2011)", "(2011a)").
func citationYear(t string) (year, paren bool) {
	for i := 0; i+4 <= len(t); i++ {
		if !isDigitByte(t[i]) || (i > 0 && (isDigitByte(t[i-1]) || isASCIILetter(t[i-1]))) {
			continue
		}
		if !(isDigitByte(t[i+1]) && isDigitByte(t[i+2]) && isDigitByte(t[i+3])) || (i+4 < len(t) && isDigitByte(t[i+4])) {
			continue
		}
		c := int(t[i]-'0')*10 + int(t[i+1]-'0')
		if c < 15 || c > 20 {
			continue
		}
		year = true
		j := i + 4
		if j < len(t) && 'a' <= t[j] && t[j] <= 'z' {
			j++
		}
		if i > 0 && t[i-1] == '(' && j < len(t) && t[j] == ')' {
			return true, true
		}
	}
	return year, false
}

// pageRange reports whether t holds two numbers joined by a hyphen or an
// en dash, the first under the second ("117-130"; "45–9" is not one,
// nor "2024-2025").
func pageRange(t string) bool {
	for i := 0; i < len(t); i++ {
		if !isDigitByte(t[i]) || (i > 0 && isDigitByte(t[i-1])) {
			continue
		}
		a, j := 0, i
		for j < len(t) && isDigitByte(t[j]) && j-i < 6 {
			a = a*10 + int(t[j]-'0')
			j++
		}
		switch {
		case strings.HasPrefix(t[j:], "-"):
			j++
		case strings.HasPrefix(t[j:], "–"):
			j += len("–")
		default:
			continue
		}
		b, k := 0, j
		for k < len(t) && isDigitByte(t[k]) && k-j < 6 {
			b = b*10 + int(t[k]-'0')
			k++
		}
		if k > j && (k == len(t) || !isDigitByte(t[k])) && b > a && a > 0 && !(a >= 1500 && b <= 2099 && k-j == 4) {
			return true
		}
	}
	return false
}

// minCitations is how many citations a reference list needs
// (citationList).
const minCitations = 5

// citationList reports whether n is a reference list: a <ul> or <ol> of
// minCitations or more items, four fifths or more of them citations
// (citationItem); or a block of such paragraphs ("<div class=refs">
// <h2>References</h2><p>[1] Author, A. (2011). ...</p>..."), headings
// and white space beside them, nothing else. Beside an article (drop asks
// that it hold under 70% of the text being emitted) it is the article's
// sources, not its text.
func (ex *extractor) citationList(n *html.Node) bool {
	item := atom.Li
	switch n.DataAtom {
	case atom.Ol, atom.Ul:
	case atom.Div, atom.Section:
		item = atom.P
	default:
		return false
	}
	items, cites := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != item {
			if item == atom.P && !heading(c) && !scriptOrStyle(c) {
				return false // a block holding more than its citations
			}
			continue
		}
		items++
		if ci := ex.infos[c]; ci != nil && citationItem(c, ci) {
			cites++
		}
	}
	return cites >= minCitations && cites*5 >= items*4
}

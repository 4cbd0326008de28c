package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxProseButtonChars is the most text a button set inside a sentence
// (proseButton) holds: a name or a term, not a label over a form.
const maxProseButtonChars = 80

// proseButton reports whether n, a <button>, is words of the sentence it
// stands in: set in a paragraph or list item (directly or inside inline
// elements), with words on both sides of it, holding text alone (no
// picture, icon or block) of maxProseButtonChars or less. Sites make a
// person's name or a glossary term a button that opens a side note or a
// tooltip ("said professor<button>Ann Roe,</button> the founding
// director of ..."); skipped as a form's control, it took those words
// out of the middle of the sentence. A control (a "Copy" or "Play"
// button, a "Read more" at a paragraph's end) has no words on one side.
func proseButton(n *html.Node) bool {
	if n.DataAtom != atom.Button || !inParagraph(n) {
		return false
	}
	var b strings.Builder
	for d := range descendants(n) {
		switch d.Type {
		case html.ElementNode:
			if !inlineTextTag(d.DataAtom) {
				return false
			}
		case html.TextNode:
			b.WriteString(d.Data)
			if b.Len() > maxProseButtonChars {
				return false
			}
		}
	}
	return hasLetter(b.String()) && wordsBeside(n.PrevSibling) && wordsBeside(n.NextSibling)
}

// inlineTextTag reports whether a is an inline element that holds
// nothing but words: the emphasis and spans a button's label is set in.
func inlineTextTag(a atom.Atom) bool {
	switch a {
	case atom.Span, atom.B, atom.Strong, atom.Em, atom.I, atom.U, atom.Small, atom.Abbr, atom.Dfn, atom.Mark:
		return true
	}
	return false
}

// inParagraph reports whether n stands in a <p>, an <li> or a <dd>, with
// inline elements only between.
func inParagraph(n *html.Node) bool {
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		switch {
		case a.DataAtom == atom.P || a.DataAtom == atom.Li || a.DataAtom == atom.Dd:
			return true
		case isBlock(a) || removeTags[a.DataAtom]:
			return false
		}
	}
	return false
}

// wordsBeside reports whether s, a sibling just before or after a node,
// carries words: a text node or an inline element whose text has a
// letter.
func wordsBeside(s *html.Node) bool {
	if s == nil {
		return false
	}
	switch s.Type {
	case html.TextNode:
		return hasLetter(s.Data)
	case html.ElementNode:
		if isBlock(s) || removeTags[s.DataAtom] {
			return false
		}
		return hasLetter(textOfMax(s, 200))
	}
	return false
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headedDroppedList reports whether n, a block, is a heading and a list or
// table alone (white space between them) that drop takes out: a reference
// list under its "References", a table of signatories under its
// "Signatories", a list of links under its "Related" or "Recently
// Cataloged", set as a block of their own ("<section><h2>References</h2>
// <ol>...</ol></section>"). drop judged the list and left its heading, which
// came out as a line of the text under nothing (a "References" at the end of
// every article with a reference list). The list alone is read; a heading
// with text, a picture or a paragraph of its own beside it stays.
func (ex *extractor) headedDroppedList(n *html.Node) bool {
	var head, list *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case c.Type != html.ElementNode:
		case head == nil && heading(c):
			head = c
		case head != nil && list == nil && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol || c.DataAtom == atom.Table || c.DataAtom == atom.Dl):
			list = c
		case scriptOrStyle(c):
		default:
			return false
		}
	}
	if list == nil {
		return false
	}
	li := ex.infos[list]
	return li != nil && ex.drop(list, li)
}

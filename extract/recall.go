package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// itemLeadIntro reports whether intro, the text just before the list n,
// is the lead of the list item holding n: n nested in an <li> whose own
// text, before n, is that one intro ("In progress:", "Fixed:" and then
// a list of linked bug titles). An item's lead of a word or two
// introduces its sub-list as a paragraph of three words does a list
// (listIntro): the items are the article's, not other stories', since
// the list they hang from is.
func itemLeadIntro(n, intro *html.Node) bool {
	li := n.Parent
	if li == nil || li.DataAtom != atom.Li {
		return false
	}
	for c := li.FirstChild; c != nil && c != n; c = c.NextSibling {
		if c == intro {
			continue
		}
		if isBlank(c) {
			continue
		}
		return false // other text or elements before the sub-list
	}
	return true
}

package extract

import (
	"golang.org/x/net/html"
)

// Rules for pages where the main pass found none of the article's text or
// little of it (issue 12): a post whose only text is its header, a short
// post whose headline is outside its block, an article inside an element
// that is always skipped.

// openNamespaced reports whether n, an element with a namespace prefix
// (<fb:like>, <g:plusone>, <atom:link>), holds blocks of the page: such
// elements are widgets' placeholders, filled by script and skipped, but
// one written self-closing in the HTML way (<atom:link ... />, which
// the parser leaves open, as it leaves every element it does not know)
// takes every later sibling, and in <head> the whole page.
func openNamespaced(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && isBlock(d) {
			return true
		}
	}
	return false
}

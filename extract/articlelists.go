package extract

import (
	"golang.org/x/net/html"
)

// The article's own lists and the text around its inserts: what the
// cleaning and the paragraph filters took for boxes of links or widgets
// though it belongs to the text.

// minPointsItems is the fewest items pointsList reads as the article's
// list of points.
const minPointsItems = 3

// pointsList reports whether the list n is the article's own list of
// points: minPointsItems items or more, most of which say something
// outside their links (countProseItems: "<a>Calling All Germs</a> – Do
// you really want to know how dirty your smartphone is?", "We've just
// landed <a>Bug 1553982</a>, which aims to ..."). Its items that are a
// link alone ("<a>Here's our Firefox Year in Review!</a>", a digest's
// headline it lets speak for itself) are points of the same list, not a
// run of link lines beside the text, and filterParagraphs keeps them as
// it keeps an introduced list's. A list of related stories is links
// alone, or links with a date or a source beside them (short of
// minProseChars), and stays as it was.
func (ex *extractor) pointsList(n *html.Node) bool {
	items, prose, _ := ex.countProseItems(n)
	return items >= minPointsItems && 2*prose > items
}

package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// introParagraph reports whether the <header> n holds the paragraph p
// alone, three words or more ending in a colon ("Here are a few of our
// favourites:", "Do the following:"), not a teaser heading ("Related
// stories:"), and the element after it (runNeighbour) holds text: a
// paragraph that introduces what follows it (a list of steps, a quote,
// pictures with captions). A page's header holds no sentence left open.
func introParagraph(n, p *html.Node) bool {
	t := strings.TrimSpace(textOfMax(p, 400))
	if !strings.HasSuffix(t, ":") || len(strings.Fields(t)) < 3 || teaserHeading(t) {
		return false
	}
	s := runNeighbour(n, 1)
	return s != nil && holdsText(s)
}

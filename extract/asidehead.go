package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// asideHeadline reports whether n, an <aside>, holds the page's headline:
// an <h1>, <h2> or <h3> whose text is the title, or an <h1> sharing most of
// its words with it (as headlineOrCaption takes it). A sidebar's boxes
// have headings of their own ("About me", "Popular posts"); an <aside>
// around the headline is a template's wrapper around the post, a short one
// of a few lines included, which holdsProse and holdsLongParagraph do not
// find for want of paragraphs.
func (ex *extractor) asideHeadline(n *html.Node) bool {
	if ex.title == "" {
		return false
	}
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.H1, atom.H2, atom.H3:
			t := norm(textOfMax(d, 4*len(ex.title)+2000))
			if t == ex.title || (d.DataAtom == atom.H1 && overlap(t, ex.title) >= 0.5) {
				return true
			}
		}
	}
	return false
}

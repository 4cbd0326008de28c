package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minNoscriptCopyMarkup is the least markup the <noscript>s of a page
// must hold for noscriptHeavy to read them as the page's copy.
const minNoscriptCopyMarkup = 2000

// noscriptCopyFactor is how many times the text the page shows outside its
// <noscript>s their markup must outweigh for noscriptHeavy.
const noscriptCopyFactor = 4

// noscriptHeavy reports whether most of the page is in its <noscript>s:
// they hold minNoscriptCopyMarkup of markup or more (unparsed, as a parser
// with scripting on leaves it), noscriptCopyFactor times the text shown
// outside them, scripts and styles. A page rendered by script serves
// its copy for readers without scripts so; where the copy ends early (a
// "</noscript>" in the copy's own text closes it) the rest of it, a
// footer or the article's end, is shown outside, too much for
// noscriptPage's empty shell, and the page would be read from what
// spilled out. One walk of the tree.
func noscriptHeavy(body *html.Node) bool {
	markup, shown := 0, 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				shown += len(strings.TrimSpace(c.Data))
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Noscript:
				if t := c.FirstChild; t != nil && rawText(c) && t.Type == html.TextNode && strings.Contains(t.Data, "<") {
					markup += len(t.Data)
				}
			case c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Template || c.DataAtom == atom.Title:
			default:
				walk(c)
			}
		}
	}
	walk(body.Parent)
	return markup >= minNoscriptCopyMarkup && markup > noscriptCopyFactor*shown
}

// unwrapNoscriptsInPlace parses the markup of the <noscript>s in body's
// document (parseNoscript) and puts what each holds in its place, the
// rest of the page kept: for a page noscriptHeavy finds mostly in its
// copy, whose end may stand outside it.
func unwrapNoscriptsInPlace(body *html.Node) {
	budget := MaxInputBytes
	parseNoscript(body.Parent, body, &budget)
	for _, n := range parsedNoscripts(body, nil) {
		moveChildren(n, n.Parent, n)
		n.Parent.RemoveChild(n)
	}
}

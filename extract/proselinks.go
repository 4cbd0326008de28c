package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Links that wrap the text's paragraphs rather than link a phrase of it.
// Link density tells navigation and teasers from prose, so text inside
// such a link reads as a list of links: the scoring passes its block over
// and the paragraph filters drop its lines. Two shapes make it: one <a>
// left open in a paragraph, which the parser opens again in each block
// after it (its text all links, paragraph by paragraph, to the same
// address), and a page or an article wrapped whole in one <a href>.

// minProseLinkChars is the text a paragraph inside such a link holds
// (a teaser's title or a "read more" line holds less).
const minProseLinkChars = 50

// minWrappedParagraphs is how many paragraphs of prose one link must
// hold to be a wrapper (a teaser card holds a title and one summary).
const minWrappedParagraphs = 3

// unwrapProseLinks replaces by their children the links under n that wrap
// prose: in a run of two or more <p>s under one parent, each of which is
// one link to the same address and nothing else (minProseLinkChars of
// text each), the links; and a link holding minWrappedParagraphs <p>s of
// prose or more.
func unwrapProseLinks(n *html.Node) {
	var wrappers []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		var byHref map[string][]*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			walk(c)
			// (A link around a phrase holds no block: hasBlockChild
			// spares the count of its paragraphs.)
			if c.DataAtom == atom.A && hasBlockChild(c) && proseParagraphs(c) >= minWrappedParagraphs {
				wrappers = append(wrappers, c)
			}
			if a := wholeParagraphLink(c); a != nil {
				if byHref == nil {
					byHref = make(map[string][]*html.Node)
				}
				h := attr(a, "href")
				byHref[h] = append(byHref[h], a)
			}
		}
		for _, as := range byHref {
			if len(as) >= 2 {
				wrappers = append(wrappers, as...)
			}
		}
	}
	walk(n)
	for _, a := range wrappers {
		unwrap(a)
	}
}

// wholeParagraphLink returns the link that is all of the <p> p (but white
// space), if it has an address and minProseLinkChars of text, else nil.
func wholeParagraphLink(p *html.Node) *html.Node {
	if p.DataAtom != atom.P {
		return nil
	}
	var a *html.Node
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case isBlank(c) || c.Type == html.CommentNode:
		case c.Type == html.ElementNode && c.DataAtom == atom.A && a == nil:
			a = c
		default:
			return nil
		}
	}
	if a == nil || strings.TrimSpace(attr(a, "href")) == "" || len(clean(textOfMax(a, 4*minProseLinkChars))) < minProseLinkChars {
		return nil
	}
	return a
}

// proseParagraphs counts the <p>s under n of minProseLinkChars of text or
// more, up to minWrappedParagraphs.
func proseParagraphs(n *html.Node) int {
	count := 0
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == atom.P && len(clean(textOfMax(d, 4*minProseLinkChars))) >= minProseLinkChars {
			if count++; count >= minWrappedParagraphs {
				break
			}
		}
	}
	return count
}

// unwrap puts n's children in its place.
func unwrap(n *html.Node) {
	parent := n.Parent
	if parent == nil {
		return
	}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		parent.InsertBefore(c, n)
	}
	parent.RemoveChild(n)
}

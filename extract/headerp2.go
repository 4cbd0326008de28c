package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// unwrapParagraphHeaders puts in place of each <header> under n that is
// one of the article's paragraphs set in a header of its own
// (paragraphHeader), without attributes, the paragraph it holds. skip and
// scoredParent read such a header as its paragraph, but the tests that
// look at a block's neighbours (a list introduced by the paragraph before
// it, a table amid the text) ask for a <p> and found a <header>: the
// lists and tables of a text whose paragraphs were each wrapped were
// cleaned away. The headers are all chosen first, as paragraphHeader
// looks at each one's neighbours, then unwrapped.
func unwrapParagraphHeaders(n *html.Node) {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Header && len(c.Attr) == 0 && paragraphHeader(c) {
				found = append(found, c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
	for _, h := range found {
		moveChildren(h, h.Parent, h)
		h.Parent.RemoveChild(h)
	}
}

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

// proseBesideBlock reports whether the <header> n holds a paragraph of
// prose alone and the element next to it, on either side (runNeighbour),
// is a block of the text other than a paragraph (textBlock): a list, a
// quote, a line of text in a <div>, a picture with its caption. A run
// of paragraphs is broken by such blocks as often as by pictures; a
// page's header, beside its menu, has links only next to it.
func proseBesideBlock(n, p *html.Node) bool {
	if !proseParagraph(p) {
		return false
	}
	for _, dir := range []int{-1, 1} {
		s := runNeighbour(n, dir)
		if s != nil && (textBlock(s) || captionedPicture(s) || listAfterParagraph(s, dir)) {
			return true
		}
	}
	return false
}

// listAfterParagraph reports whether n, met going dir from a header of
// prose, is a list with a paragraph past it (runNeighbour, runParagraph):
// a list of links amid a text (the article's own, introduced by the
// paragraph before it), which textBlock, wanting words outside links,
// does not take. A site's menu has no paragraph past it on the far side
// from its header.
func listAfterParagraph(n *html.Node, dir int) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	s := runNeighbour(n, dir)
	return s != nil && runParagraph(s)
}

// textBlock reports whether n is a list, a quote, a preformatted block
// (also one wrapped in <div>s: innerBlock) or a <div> of inline content,
// with text outside links (textOutsideLinks): a block of an article's
// text beside its paragraphs, not a menu.
func textBlock(n *html.Node) bool {
	if c := innerBlock(n); c.DataAtom == atom.Pre {
		n = c
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Blockquote, atom.Pre:
	case atom.Div:
		if hasBlockChild(n) {
			return false
		}
	default:
		return false
	}
	return textOutsideLinks([]*html.Node{n})
}

// hasBlockChild reports whether an element child of n is a block (isBlock).
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c) {
			return true
		}
	}
	return false
}

// holdsImage reports whether an <img> is under n.
func holdsImage(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Img {
			return true
		}
	}
	return false
}

// captionedPicture reports whether n is a <div> holding a picture and
// text outside links, in one paragraph at most: a picture with its
// caption, set in a <div> as WordPress sets one ("wp-caption"), which
// gapElement, passing over <figure>s and blocks without text, does not
// pass over. A chart drawn as a picture with its labels laid over it in
// paragraphs of their own is a graphic, which a header of its own heads.
func captionedPicture(n *html.Node) bool {
	return n.DataAtom == atom.Div && holdsImage(n) && textOutsideLinks([]*html.Node{n}) && countParagraphs(n) <= 1
}

// countParagraphs returns the number of <p>s under n.
func countParagraphs(n *html.Node) int {
	k := 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.P {
			k++
		}
	}
	return k
}

// sentenceBesideParagraph reports whether the <header> n holds the
// paragraph p alone, a sentence (sentenceParagraph), and the element next
// to it on either side (runNeighbour) is a paragraph of text, bare or in
// a header of its own (runParagraph), or a list, quote or line of text
// (textBlock): the short last line of a post ("Now if you follow me, you
// know who I like.") after a line that is no sentence (one ending in a
// smiley), which sentenceBesideSentence, wanting a sentence on both
// sides, did not take; a worked example's line between two lists ("For
// instance, the distance between pier and quay is 4."). A page's tagline
// ends in no full stop.
func sentenceBesideParagraph(n, p *html.Node) bool {
	if !sentenceParagraph(p) {
		return false
	}
	for _, dir := range []int{-1, 1} {
		if s := runNeighbour(n, dir); s != nil && (runParagraph(s) || textBlock(s)) {
			return true
		}
	}
	return false
}

// labelledSentence reports whether the <header> n holds the paragraph p
// alone, a sentence (sentenceParagraph), right after a heading or an
// inline label with text outside links (runNeighbour): a how-to's step,
// its "Step 2" set in a <span> over its one-line instruction ("Insert
// the plant into the hole."), too short for headedParagraph's prose. A
// page's header follows no heading, and its tagline ends in no full stop.
func labelledSentence(n, p *html.Node) bool {
	if !sentenceParagraph(p) {
		return false
	}
	s := runNeighbour(n, -1)
	return s != nil && (heading(s) || !isBlock(s) && textOutsideLinks([]*html.Node{s}))
}

// proseBeforeSection reports whether the <header> n holds a paragraph of
// prose alone and the element after it (runNeighbour) is a section's
// heading (h2-h6) with text after it: the last paragraph of an article's
// opening before its first section ("Why mentors matter"). A page's
// header is followed by its menu or the article's <h1>.
func proseBeforeSection(n, p *html.Node) bool {
	if !proseParagraph(p) {
		return false
	}
	s := runNeighbour(n, 1)
	if s == nil || !heading(s) || s.DataAtom == atom.H1 {
		return false
	}
	t := runNeighbour(s, 1)
	return t != nil && holdsText(t)
}

// innerBlock returns the element inside the <div> n that n only wraps
// (its one element child, with nothing but white space beside it:
// onlyElementChild), down any chain of such <div>s, or n. textBlock reads
// a <pre> so wrapped as the <pre>: a code block as Sphinx sets one, in
// <div class="highlight"> in <div class="highlight-python">. (Any block so
// wrapped, read as what it wraps, cost dragnet2013 0.0006 under header-p.)
func innerBlock(n *html.Node) *html.Node {
	for n.DataAtom == atom.Div {
		c := onlyElementChild(n)
		if c == nil {
			break
		}
		n = c
	}
	return n
}

// betweenBlocks reports whether the <header> n, holding a paragraph
// alone, has on each side (runNeighbour) a paragraph of text (bare or in
// a header: runParagraph) or a list, quote or line of text (textBlock): a
// short line amid the text ("(Metroid: Zero Mission)", a source under a
// list's point, between two lists), which betweenParagraphs, wanting
// paragraphs on both sides, did not take.
func betweenBlocks(n *html.Node) bool {
	for _, dir := range []int{-1, 1} {
		if s := runNeighbour(n, dir); s == nil || !runParagraph(s) && !textBlock(s) {
			return false
		}
	}
	return true
}

package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// breakParagraphs turns the paragraphs of text set apart by two or more
// <br>s (white space between them aside) into <p>s, as Readability's
// _replaceBrs does: in each element holding such a break, each run of
// inline content between breaks and block children becomes a <p> of its
// own (the breaks stay between them). A page typed without paragraph tags (a blog's
// post, an old CMS's story: "text<br><br>text<br><br>") is then scored and
// cleaned paragraph by paragraph like one with them, where its single
// block of lines would score as one short paragraph (a short post's
// lines less than a sidebar's) and be dropped as a block of links or of
// no paragraphs. A single <br> (an address's, a poem's lines) stays.
// Blocks in page chrome by their class or id (a sidebar's "About us"
// widget, a sponsor's list: chromeNamed) keep their
// breaks: made paragraphs, they would pass for prose in the cleaning that
// drops them as blocks of no paragraphs; but for a block inside them named
// as the text (classHints.content). One walk of the tree; the class names
// are read (namedChrome) only for the elements holding such breaks and
// their ancestors, where reading them for every element read three times
// as many classes as the rest of the extraction does.
func (ex *extractor) breakParagraphs(body *html.Node) {
	ex.chromeAt, ex.anchorHints = map[*html.Node]bool{}, nil
	ex.breakParagraphsIn(body, body)
}

// breakParagraphsIn is breakParagraphs' walk of n, below body.
func (ex *extractor) breakParagraphsIn(n, body *html.Node) {
	if heading(n) && hasAttr(n, "id") {
		// A heading's id may be an anchor made of its words (hintID),
		// which the paragraphs made below may change: its hints are
		// read as they are before any.
		if ex.anchorHints == nil {
			ex.anchorHints = map[*html.Node]classHints{}
		}
		ex.anchorHints[n] = ex.hintsOf(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			ex.breakParagraphsIn(c, body)
		}
	}
	if spacerBreakIn(n) && !ex.namedChrome(n, body) {
		spacerParagraphs(n)
	}
	if n.Type != html.ElementNode || !doubleBreakIn(n) || ex.namedChrome(n, body) {
		return
	}
	switch n.DataAtom {
	case atom.Pre, atom.Textarea, atom.Code, atom.Script, atom.Style, atom.P:
		return
	}
	var seg []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if (isBr(c) && breakRun(c)) || (c.Type == html.ElementNode && isBlock(c) && !isBr(c)) {
			wrapParagraph(seg)
			seg = seg[:0]
			for isBr(c) && c.NextSibling != nil && (isBr(c.NextSibling) || isBlank(c.NextSibling)) {
				c = c.NextSibling
			}
			continue
		}
		seg = append(seg, c)
	}
	wrapParagraph(seg)
}

// unwrapBareBreaks puts the paragraphs of each bare paragraph div under n
// (bareBreaks: what breakParagraphs makes of "<div>text<br><br>text<br><br></div>")
// in the div's place, and drops the div and its breaks: such a div only
// held the text's lines, and its paragraphs are its parent's own, as the
// <p>s of a page typed with them are. Left a layer down, they would pass
// their score to the div and only half of it to the article's column,
// and the column's lists, tables and pictures would follow a div, not the
// paragraph introducing them (listIntro, listAmidText). One walk.
func unwrapBareBreaks(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling // c's paragraphs may take its place
		if c.Type == html.ElementNode {
			unwrapBareBreaks(c)
		}
		c = next
	}
	if !bareBreaks(n) {
		return
	}
	parent := n.Parent
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		switch {
		case isBr(c) || isBlank(c):
		case pictureLine(c):
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			p.AppendChild(c)
			parent.InsertBefore(p, n)
		default:
			parent.InsertBefore(c, n)
		}
	}
	parent.RemoveChild(n)
}

// pictureLine reports whether n, a line between a bare div's paragraphs
// (lineWithoutText), is a picture without text (an <img>, a link around
// one). unwrapBareBreaks sets it in a <p> of its own, as a page typed
// with <p>s has it: a post of pictures, each on its line, and a line of
// text is a post, not a gallery of pictures with no paragraphs.
func pictureLine(n *html.Node) bool {
	return n.Type == html.ElementNode && (picture(n) || holdsPicture(n)) && strings.TrimSpace(textOfMax(n, 64)) == ""
}

// bareBreaks reports whether n is a <div> without attributes (no class,
// id or style to say it is more than a wrapper) that holds paragraphs set
// apart by two or more <br>s and nothing else but white space, comments
// and lines without text (lineWithoutText).
func bareBreaks(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Div || len(n.Attr) > 0 || n.Parent == nil {
		return false
	}
	paras, double := 0, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.P:
			paras++
		case isBr(c):
			double = double || breakRun(c)
		case isBlank(c) || c.Type == html.CommentNode:
		case lineWithoutText(c):
		default:
			return false
		}
	}
	return paras > 0 && double
}

// lineWithoutText reports whether n, a child of a div breakParagraphs
// made paragraphs in, is inline content it left between them, holding no
// text outside links: a picture between paragraphs, a picture's link.
// It goes with the paragraphs (unwrapBareBreaks), as it would stand in
// a <p> of its own on a page typed with them.
func lineWithoutText(n *html.Node) bool {
	return n.Type == html.ElementNode && !isBlock(n) && !textOutsideLinks([]*html.Node{n})
}

// wrapParagraph puts the run of sibling nodes seg (inline content between
// breaks) into a new <p> in their place, if they hold text outside links
// or a sentence set in its link (linkedProse): a line of short links (a
// "Read more", a sponsor's name) or of pictures alone is no paragraph.
func wrapParagraph(seg []*html.Node) {
	for len(seg) > 0 && (isBlank(seg[0]) || seg[0].Type == html.CommentNode) {
		seg = seg[1:]
	}
	for len(seg) > 0 && (isBlank(seg[len(seg)-1]) || seg[len(seg)-1].Type == html.CommentNode) {
		seg = seg[:len(seg)-1]
	}
	if len(seg) == 0 || (!textOutsideLinks(seg) && !linkedProse(seg)) {
		return
	}
	parent := seg[0].Parent
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	parent.InsertBefore(p, seg[0])
	for _, c := range seg {
		parent.RemoveChild(c)
		p.AppendChild(c)
	}
}

// minLinkedProseChars is the text of a line of links that linkedProse
// takes for a paragraph.
const minLinkedProseChars = 80

// linkedProse reports whether the nodes, a line of links only, hold
// minLinkedProseChars of text or more: a sentence set in its link (a
// quote linked to its source, "Click here to find out which other stocks
// crossed their average"), a paragraph of the text, where a line of short
// links ("Read more", a sponsor's name) is none.
func linkedProse(nodes []*html.Node) bool {
	n := 0
	for _, c := range nodes {
		l, _ := textLen(textOfMax(c, 4*minLinkedProseChars))
		n += l
	}
	return n >= minLinkedProseChars
}

// textOutsideLinks reports whether the nodes hold text that is not in a
// link (walkTexts, linkOrCode) and not white space alone.
func textOutsideLinks(nodes []*html.Node) bool {
	for _, n := range nodes {
		blank := func(t string) bool { return strings.TrimSpace(t) == "" }
		if !walkTexts(n, false, linkOrCode, blank) {
			return true
		}
	}
	return false
}

// namedChrome reports whether n, body or an element below it, is in
// page chrome by its class or id or an ancestor's (chromeNamed) with no
// block named as the text (classHints.content) from there down to n.
// Answers are kept per element (chromeAt) for the walk's other elements.
func (ex *extractor) namedChrome(n, body *html.Node) bool {
	if c, ok := ex.chromeAt[n]; ok {
		return c
	}
	h, ok := ex.anchorHints[n]
	if !ok {
		h = ex.hintsOf(n)
	}
	c := false
	switch {
	case n.Type == html.ElementNode && h.unlikely: // chromeNamed
		c = true
	case h.content || n == body || n.Parent == nil:
	default:
		c = ex.namedChrome(n.Parent, body)
	}
	ex.chromeAt[n] = c
	return c
}

// chromeNamed reports whether n's class or id names page chrome: an
// unlikely hint (hintsOf: "sidebar", "footer", "comment"). A negative one
// alone ("widget", "media", "meta", "contact") names boxes that the
// article's column holds too (a landing page's "widget-content" cards of
// a heading, a paragraph and a list of links each), whose lines are its
// paragraphs.
func (ex *extractor) chromeNamed(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	h := ex.hintsOf(n)
	return h.unlikely
}

// doubleBreakIn reports whether one of n's children is a <br> followed by
// another (white space between aside).
func doubleBreakIn(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isBr(c) && breakRun(c) {
			return true
		}
	}
	return false
}

// breakRun reports whether the <br> br is followed by another <br>, white
// space between aside.
func breakRun(br *html.Node) bool {
	for s := br.NextSibling; s != nil; s = s.NextSibling {
		if isBr(s) {
			return true
		}
		if !isBlank(s) {
			return false
		}
	}
	return false
}

func isBr(n *html.Node) bool { return n.Type == html.ElementNode && n.DataAtom == atom.Br }

// isBlank reports whether n is a text node of white space only.
func isBlank(n *html.Node) bool {
	return n.Type == html.TextNode && strings.TrimSpace(n.Data) == ""
}

// spacerBreakIn reports whether n holds, as children, a spacer
// (breakSpacer) and a text node of more than white space: a post's lines
// typed loose beside its pictures' blocks, set apart by
// <div><br><br></div>s where another editor puts empty <p>s
// (spacerParagraphs).
func spacerBreakIn(n *html.Node) bool {
	spacer, loose := false, false
	for c := n.FirstChild; c != nil && !(spacer && loose); c = c.NextSibling {
		switch {
		case breakSpacer(c):
			spacer = true
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			loose = true
		}
	}
	return spacer && loose
}

// breakSpacer reports whether n is a <div> holding two <br>s or more
// and nothing else but white space: a blank line kept as a block.
func breakSpacer(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Div {
		return false
	}
	brs := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case isBr(c):
			brs++
		case isBlank(c):
		default:
			return false
		}
	}
	return brs >= 2
}

// spacerParagraphs makes each spacer child of n (breakSpacer) the empty
// <p> it stands for, where n holds loose text (spacerBreakIn, asked by
// breakParagraphs). A post of pictures and loose lines holds no
// paragraph but such blank lines; typed with empty <p>s, its block
// counts them and keeps its pictures in the cleaning, typed with spacers
// it counted none, and a blog's template naming the post's block a
// "widget" lost the whole post to it.
func spacerParagraphs(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if breakSpacer(c) {
			c.Data, c.DataAtom = "p", atom.P
			for b := c.FirstChild; b != nil; b = c.FirstChild {
				c.RemoveChild(b)
			}
		}
	}
}

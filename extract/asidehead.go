package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"strings"
)

// asideHeadline reports whether n, an <aside>, holds the page's headline
// (headlineHeading). A sidebar's boxes have headings of their own ("About
// me", "Popular posts"); an <aside> around the headline is a template's
// wrapper around the post, a short one of a few lines included, which
// holdsProse and holdsLongParagraph do not find for want of paragraphs.
func (ex *extractor) asideHeadline(n *html.Node) bool {
	if ex.title == "" {
		return false
	}
	for d := range descendants(n) {
		if ex.headlineHeading(d) {
			return true
		}
	}
	return false
}

// headlineHeading reports whether n is an <h1>, <h2> or <h3> whose text is
// the title, or an <h1> sharing half its words or more with it (the
// headline reworded) on a page none of whose <h1>s is the title itself
// (titleH1): headlineOrCaption drops it as the page's headline.
func (ex *extractor) headlineHeading(n *html.Node) bool {
	if n.Type != html.ElementNode || ex.title == "" {
		return false
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3:
		t := norm(textOfMax(n, 4*len(ex.title)+2000))
		if t == ex.title {
			return true
		}
		return n.DataAtom == atom.H1 && overlap(t, ex.title) >= 0.5 && !ex.titleH1(n)
	}
	return false
}

// titleH1 reports whether n's document holds an <h1> whose text is the
// title, found in one walk on the first call. Beside it, the headline
// given as it is, a post's or a manual's section heads set as <h1>s (a
// forum's Markdown "# Calendar-plugin" under "Plugin Recommendations?")
// are section heads however many words they share with the title, not
// the headline reworded.
func (ex *extractor) titleH1(n *html.Node) bool {
	if !ex.titleH1Found {
		ex.titleH1Found = true
		for d := range descendants(docRoot(n)) {
			if d.Type == html.ElementNode && d.DataAtom == atom.H1 && norm(textOfMax(d, 4*len(ex.title)+2000)) == ex.title {
				ex.hasTitleH1 = true
				break
			}
		}
	}
	return ex.hasTitleH1
}

// maxWrapperProbe caps the text wrapperAside reads of each block.
const maxWrapperProbe = 4000

// wrapperAside reports whether n, an <aside>, holds most of the text of
// its parent, and no sibling after it holds any: an <aside> left open
// (the parser then puts every later element inside it) or a template's
// wrapper around the page, not a column beside the content.
func wrapperAside(n *html.Node, m *blockMemo) bool {
	own := wrapperTextLen(n)
	return own > 0 && holdsParentText(n, own, m)
}

// holdsParentText reports whether n, holding own characters of text
// (wrapperTextLen), is the last of its parent's children to hold text and
// the others hold under half as much (siblingsOf: each parent's children
// read once per page).
func holdsParentText(n *html.Node, own int, m *blockMemo) bool {
	if n.Parent == nil {
		return false
	}
	c := m.siblingsOf(n.Parent)
	return c.lastText == n && 2*(c.total-own) < own
}

// wrapperTextLen is the length of n's text (textLen), counted up to
// maxWrapperProbe characters, white space aside: a page's header, or its
// <body>, may run to pages of indentation before its first word, and a
// cut on bytes read a header holding the article as empty. The text of
// scripts, styles and <noscript> (raw text to a parser that runs scripts)
// is not the page's.
func wrapperTextLen(n *html.Node) int {
	total := 0
	walkTexts(n, false, rawTextElement, func(s string) bool {
		l, _ := textLen(s)
		total += l
		return total <= maxWrapperProbe
	})
	return total
}

// rawTextElement names the elements whose content is no text of the page
// to a parser that runs scripts: scripts, styles, <noscript> and
// <template>.
func rawTextElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template:
		return true
	}
	return false
}

// minOpenHeaderChars is the least text openHeader finds in a header left
// open.
const minOpenHeaderChars = 500

// openHeader reports whether n, a <header>, holds most of the text of its
// parent and no sibling after it holds any (wrapperAside's test), and
// minOpenHeaderChars of text or more: a header left open, which the
// parser makes take every later element in, the article with them. A
// page's header stands above the content, an article's above its body,
// with the text after them; one alone in its block (a headline and a
// standfirst) holds a few lines.
func openHeader(n *html.Node, m *blockMemo) bool {
	own := wrapperTextLen(n)
	return own >= minOpenHeaderChars && holdsParentText(n, own, m)
}

// headlineInside reports whether n holds one of the page's headline
// headings (headlineHeading). A block whose class names it comments
// ("commented", "has-replies") but which holds the headline is the post
// with its thread, not the thread: readers' comments follow the headline,
// never hold it. An <article> was spared by its tag; as a plain <div> the
// post was dropped whole. The headings are found in one walk of the page,
// on the first call.
func (ex *extractor) headlineInside(n *html.Node) bool {
	if ex.title == "" {
		return false
	}
	if !ex.headlinesFound {
		ex.headlinesFound = true
		for d := range descendants(docRoot(n)) {
			if ex.headlineHeading(d) {
				ex.headlines = append(ex.headlines, d)
			}
		}
	}
	for _, h := range ex.headlines {
		if contains(n, h) {
			return true
		}
	}
	return false
}

// loneProseAside reports whether n, an <aside>, holds a paragraph of
// prose (a sentence, sentenceParagraph) and no heading, with its links
// under half its text, while nothing beside it in its parent holds a
// paragraph of prose: the post's text set in an <aside> (a template's
// wrapper around a short post), not a sidebar, whose boxes have
// headings and sit beside the article's paragraphs, nor a pull quote,
// set among them.
func loneProseAside(n *html.Node, m *blockMemo) bool {
	if n.Parent == nil || !holdsSentence(n) {
		return false
	}
	// n is the one child of its parent holding a sentence.
	return m.sentencesOf(n.Parent) == 1 && !holdsHeadingOrMuchLink(n)
}

// holdsSentence reports whether n is or holds a <p> that is a sentence
// (sentenceParagraph).
func holdsSentence(n *html.Node) bool {
	if n.DataAtom == atom.P {
		return sentenceParagraph(n)
	}
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == atom.P && sentenceParagraph(d) {
			return true
		}
	}
	return false
}

// holdsHeadingOrMuchLink reports whether n holds a heading, or links for
// half its text or more (muchLink).
func holdsHeadingOrMuchLink(n *html.Node) bool {
	for d := range descendants(n) {
		if d.Type == html.ElementNode && heading(d) {
			return true
		}
	}
	return muchLink(n)
}

// muchLink reports whether links make half n's text or more (each read up
// to maxWrapperProbe characters).
func muchLink(n *html.Node) bool {
	all, _ := textLen(textOfMax(n, maxWrapperProbe))
	return 2*linkTextLen(n, maxWrapperProbe) >= all
}

// blockMemo keeps, for one page, what wrapperAside and loneProseAside
// read of each parent's children (siblingsOf). Each aside read all its
// siblings: a parent of many asides beside many blocks without text cost
// their product.
type blockMemo struct {
	parents map[*html.Node]*childSummary
}

// childSummary is what a parent's element children hold: their text
// (wrapperTextLen, summed, scripts and styles aside), the last of them
// holding text, and how many hold a sentence (holdsSentence; counted
// when first asked).
type childSummary struct {
	total, sentences int
	lastText         *html.Node
	counted          bool
}

// siblingsOf returns the summary of p's element children, made once per
// parent and page.
func (m *blockMemo) siblingsOf(p *html.Node) *childSummary {
	if c := m.parents[p]; c != nil {
		return c
	}
	c := &childSummary{}
	for s := p.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode || scriptOrStyle(s) {
			continue
		}
		if l := wrapperTextLen(s); l > 0 {
			c.total += l
			c.lastText = s
		}
	}
	m.parents[p] = c
	return c
}

// sentencesOf returns how many of p's element children hold a sentence
// (holdsSentence) with links under half their text (muchLink): a linked
// line that ends in a full stop ("Click here for the recipe.") is a
// pointer to another page, no prose beside an aside.
func (m *blockMemo) sentencesOf(p *html.Node) int {
	c := m.siblingsOf(p)
	if !c.counted {
		c.counted = true
		for s := p.FirstChild; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && holdsSentence(s) && !muchLink(s) {
				c.sentences++
			}
		}
	}
	return c.sentences
}

// blockMemo returns the page's blockMemo, made on the first call.
func (ex *extractor) blockMemo() *blockMemo {
	if ex.blocks == nil {
		ex.blocks = &blockMemo{parents: map[*html.Node]*childSummary{}}
	}
	return ex.blocks
}

// wrapperChrome reports whether n, an <aside> or a <header> that inChrome
// would call page chrome by its tag, is a wrapper around the page's text
// instead: an <aside> holding most of its parent's text with nothing after
// it (wrapperAside: a template's wrapper around the post, or one left
// open) or set right after the post's headline (asideAfterHeadline), or a
// header left open (openHeader). skip reads such elements as the
// article's; the block chosen inside one is the post, and the checks for a
// lenient attempt gone to a sidebar or footer (nothingOfThePost) must not
// replace it with the post's header alone.
func (ex *extractor) wrapperChrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Aside:
		return wrapperAside(n, ex.blockMemo()) || ex.asideAfterHeadline(n)
	case atom.Header:
		return openHeader(n, ex.blockMemo())
	}
	return false
}

// asideAfterHeadline reports whether the nearest element before n that
// holds text is one of the page's headline headings, or a post's header
// holding one (headlineInside) and no more than maxPostHeaderChars of
// text: the <aside> is the body under the post's header, not a column
// beside the page, which follows the whole post, body and all.
func (ex *extractor) asideAfterHeadline(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		l := wrapperTextLen(s)
		if l == 0 {
			continue
		}
		return ex.headlineHeading(s) || l <= maxPostHeaderChars && ex.headlineInside(s)
	}
	return false
}

// paragraphAside reports whether n is an <aside> holding one paragraph and
// nothing else, with no class or id against it (classWeight): a wrapper
// around a paragraph that skip kept for the post's (loneProseAside, a
// paragraph of the post's body set in one). Readability's cleaning, which
// never judges a <p>, would judge the wrapper as a container and drop the
// paragraph for a link or two (over a fifth of its text); it is judged as
// the paragraph it holds.
func (ex *extractor) paragraphAside(n *html.Node) bool {
	return n.DataAtom == atom.Aside && onlyParagraph(n) != nil && ex.classWeight(n) >= 0
}

// loneLineAside reports whether n, an <aside>, holds one paragraph and
// nothing else (onlyParagraph), a line of prose that is no sentence by
// sentenceParagraph's test (one that leads into a list with a colon, or a
// sentence signed with the poster's handle), while nothing beside it in
// its parent holds a sentence, and it has no heading and links under half
// its text: a short post's one paragraph set in an <aside>, as
// loneProseAside takes one that ends as a sentence.
func loneLineAside(n *html.Node, m *blockMemo) bool {
	p := onlyParagraph(n)
	if p == nil || n.Parent == nil || !proseLine(p) {
		return false
	}
	return m.sentencesOf(n.Parent) == 0 && !holdsHeadingOrMuchLink(n)
}

// proseLine reports whether the paragraph p has minSentenceWords words or
// more and holds a sentence's end: a full stop, "!" or "?" before a space
// ("It is creative.  @someone"), or a final full stop, "!", "?" or colon.
func proseLine(p *html.Node) bool {
	t := strings.TrimSpace(textOfMax(p, 400))
	if len(strings.Fields(t)) < minSentenceWords {
		return false
	}
	if strings.ContainsAny(t[len(t)-1:], ".!?:") {
		return true
	}
	for _, end := range []string{". ", "! ", "? "} {
		if strings.Contains(t, end) {
			return true
		}
	}
	return false
}

// loneBlockAside reports whether a, an <aside>, holds the block below
// alone, with no text of its own: a template's wrapper around the post's
// body (wrapperAside, asideAfterHeadline keep it), which passScore scores
// as the block it wraps and does not count as a level. Counted, it took
// the post's block holding the headline a level further from the
// paragraphs: that block got a third of their score where it got half,
// and the body, chosen without its headline, lost the headline, the
// byline and the date above it.
func loneBlockAside(a, below *html.Node) bool {
	return a.DataAtom == atom.Aside && onlyElementChild(a) == below
}

package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The article's <header>s: paragraphs each set in a header of their own, a
// nested entry's header, the lead (standfirst) in the article's header,
// section headers, and the tests of prose they use (holdsProse, leadProse).

// leadAbove returns the lead headerLead found in the header of the
// <article> holding top, when the text chosen (nodes) sits deeper in that
// article than the header, so that the header is no sibling of it and
// the lead would be lost (a news site's body in blocks of its own, a
// section in a body wrapper, under a header holding the Vorspann). The
// header must be a child of the article before the one holding top; nil
// if there is none or the nodes hold it already. One look along the
// article's children and down the lead's path: linear.
func (ex *extractor) leadAbove(top *html.Node, nodes []*html.Node) *html.Node {
	if len(ex.leads) == 0 {
		return nil
	}
	art := top.Parent
	for art != nil && art.DataAtom != atom.Article {
		art = art.Parent
	}
	if art == nil {
		return nil
	}
	ct := childHolding(art, top)
	for c := art.FirstChild; c != nil && c != ct; c = c.NextSibling {
		if !ex.leadPath[c] {
			continue
		}
		lead := ex.leadDown(c)
		if lead == nil || ex.infos[lead] == nil {
			return nil
		}
		in := make(map[*html.Node]bool, len(nodes))
		for _, n := range nodes {
			in[n] = true
		}
		for a := lead; a != nil; a = a.Parent {
			if in[a] {
				return nil
			}
		}
		return lead
	}
	return nil
}

// leadDown follows headerLead's path from n, on it, down to the lead.
func (ex *extractor) leadDown(n *html.Node) *html.Node {
	for n != nil && !ex.leads[n] {
		next := n
		n = nil
		for c := next.FirstChild; c != nil; c = c.NextSibling {
			if ex.leadPath[c] {
				n = c
				break
			}
		}
	}
	return n
}

// sectionHeaderNames are the class names of a section's own header.
var sectionHeaderNames = []string{"section-header", "section-heading", "section-head", "section_header", "section_heading", "sectionheader"}

// sectionHeader reports whether n, a block unlikely only for saying
// "header", is a section's header inside the page's text rather than the
// page's: its class names it so ("row section-header") and it holds a
// heading, with no more than a lead line under it (a landing page's
// "<h2>Our services</h2><p>What we do for you</p>" above the section's
// cards). Skipped, it cost the section its heading and lead.
func sectionHeader(n *html.Node) bool {
	if !matchAny(strings.ToLower(attr(n, "class")), sectionHeaderNames) {
		return false
	}
	for d := range descendants(n) {
		if heading(d) {
			return true
		}
	}
	return false
}

// headedLead reports whether n, a block unlikely only for saying
// "header", holds a lead set under a title: a paragraph of prose
// (minProseParaChars or more outside links) after an <h1> in n, or
// anywhere in n where n comes right after a heading, as a landing page's
// or a service page's hero sets its opening ("<div class=\"hero-header\">
// <h1>Managed analytics</h1><div class=\"hero-header-phrase\"><p>Managed
// analytics services mean ...</p></div><a>Contact us</a></div>").
// holdsProse wants two such paragraphs; a lead is one, and skipped, the
// page lost its opening paragraph.
func headedLead(n *html.Node) bool {
	titled := false
	if h := elementSibling(n, -1); h != nil && heading(h) {
		titled = true
	}
	for d := range descendants(n) {
		if d.Type != html.ElementNode {
			continue
		}
		switch {
		case d.DataAtom == atom.H1:
			titled = true
		case d.DataAtom == atom.P && titled && unlinkedText(d, minProseParaChars) >= minProseParaChars:
			return true
		}
	}
	return false
}

// minProseParas is the number of paragraphs of running text
// (minProseParaChars or more) that make a container a part of the article.
const (
	minProseParas     = 2
	minProseParaChars = 80
)

// holdsProse reports whether n holds minProseParas paragraphs of running
// text; it stops looking once it has found them.
func holdsProse(n *html.Node) bool {
	found := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || scriptOrStyle(c) || c.DataAtom == atom.Nav {
				continue
			}
			if c.DataAtom == atom.P {
				if l, _ := textLen(textOfMax(c, 200)); l >= minProseParaChars {
					if found++; found >= minProseParas {
						return true
					}
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// paragraphHeader reports whether the <header> n is one of a run of the
// article's paragraphs each set in a header of its own (some generators
// and templates wrap every paragraph so): it holds a single paragraph and
// nothing else, and the element next to it, on either side, is another
// such header whose paragraph is prose (proseParagraph), or, where n's
// own paragraph is prose, a paragraph, bare or in a header of its own
// (runParagraph). A page's or an article's header holds a title, links or
// a byline beside any paragraph, and stands alone; a byline alone in one
// is short, and stays out beside the article's first <p>. A prose
// paragraph alone in a header under a heading (headedParagraph) or alone
// with pictures in its block (loneParagraph), and a paragraph between two
// (betweenParagraphs), in a <blockquote> (quotedParagraph), all a list
// item holds (itemParagraph) or a sentence beside another
// (sentenceBesideSentence) count too. (One long paragraph alone:
// holdsLongParagraph.)
func paragraphHeader(n *html.Node) bool {
	p := onlyParagraph(n)
	if p == nil {
		return false
	}
	prose := proseParagraph(p)
	if prose && headedParagraph(n) || loneParagraph(n, p) || betweenParagraphs(n) || quotedParagraph(n) || itemParagraph(n) || sentenceBesideSentence(n, p) || introParagraph(n, p) || proseBesideBlock(n, p) || sentenceBesideParagraph(n, p) || labelledSentence(n, p) || proseBeforeSection(n, p) || betweenBlocks(n) || loneAmongNotes(n, p) || headedLine(n, p) || proseAcrossInserts(n, p) || proseBeforeHeaderBody(n, p) || runEdgeLine(n) || lineAcrossInsert(n, p) || lineBesideTable(n, p) {
		return true
	}
	for _, dir := range []int{-1, 1} {
		s := runNeighbour(n, dir)
		switch {
		case s == nil:
		case prose && runParagraph(s):
			return true
		case s.DataAtom == atom.Header:
			if q := onlyParagraph(s); q != nil && proseParagraph(q) {
				return true
			}
		}
	}
	return false
}

// textParagraph reports whether n is a <p> holding text, of any length:
// the neighbour that makes a <header> holding a prose paragraph alone one
// of the article's paragraphs. A run's paragraphs are not all prose (a
// one-line "Handmade stoneware.", a lead-in "What it includes:"), and a
// header of prose beside a paragraph is none of the page's; a short one
// (a byline) still wants a like header of prose beside it.
func textParagraph(n *html.Node) bool {
	return n.DataAtom == atom.P && holdsText(n)
}

// betweenParagraphs reports whether the <header> n, holding a paragraph
// alone, has a paragraph on each side (runNeighbour): a bare <p> with text
// or another header holding one alone, whatever their length. A short
// line inside a run of paragraphs ("Size: 9 x 13 cm" between a product's
// paragraphs) is the run's; a byline's header has the article's first
// paragraph on one side only.
func betweenParagraphs(n *html.Node) bool {
	for _, dir := range []int{-1, 1} {
		if s := runNeighbour(n, dir); s == nil || !runParagraph(s) {
			return false
		}
	}
	return true
}

// quotedParagraph reports whether the <header> n, holding a paragraph
// alone, is set in a <blockquote>: a quote's paragraph (a reader's
// review, an embedded post's text and its attribution). No page's header
// is quoted.
func quotedParagraph(n *html.Node) bool {
	return n.Parent != nil && n.Parent.DataAtom == atom.Blockquote
}

// itemParagraph reports whether the <header> n, holding a paragraph
// alone, is all a list item holds (onlyElementChild): the item's text,
// set in a paragraph as editors do ("<li><p>Access to all classes</p>"),
// wrapped like the text's other paragraphs. A page's header is no list
// item, and a menu's items hold links beside any heading of theirs.
func itemParagraph(n *html.Node) bool {
	return n.Parent != nil && n.Parent.DataAtom == atom.Li && onlyElementChild(n.Parent) == n
}

// loneParagraph reports whether the <header> n, holding the paragraph p
// alone, of minLoneWords words or more, is the only element holding text
// in its parent (the others gapElements: pictures, empty paragraphs, a
// video's frame): the whole text of a post of pictures or a video, one
// paragraph long, often shorter than prose ("Kilo took these at the
// harbour last spring, all on film.").
func loneParagraph(n, p *html.Node) bool {
	if len(strings.Fields(textOfMax(p, 200))) < minLoneWords {
		return false
	}
	return !siblingMatches(n, func(c *html.Node) bool {
		return c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && !gapElement(c)
	})
}

// sentenceBesideSentence reports whether the <header> n, holding the
// paragraph p alone, and the paragraph next to it on either side
// (runNeighbour: bare or in a header of its own) both read as sentences
// (sentenceParagraph): a news story's paragraphs of one short sentence
// each ("Police used a ram to force open the door."), too short for
// prose. A byline or a tagline ends in no full stop.
func sentenceBesideSentence(n, p *html.Node) bool {
	if !sentenceParagraph(p) {
		return false
	}
	for _, dir := range []int{-1, 1} {
		s := runNeighbour(n, dir)
		if s != nil && paragraphWrapper(s) {
			s = onlyParagraph(s)
		}
		if s != nil && s.DataAtom == atom.P && sentenceParagraph(s) {
			return true
		}
	}
	return false
}

// minSentenceWords is the word count from which sentenceParagraph reads a
// paragraph as a sentence.
const minSentenceWords = 4

// sentenceParagraph reports whether the paragraph n reads as a sentence:
// minSentenceWords words or more (wordsUpTo: in a script written without
// spaces, one per two letters), ending in a full stop, a question or an
// exclamation mark, those of Chinese and Japanese ("。", "？", "！")
// among them (or a closing quote after one).
func sentenceParagraph(n *html.Node) bool {
	t := strings.TrimSpace(textOfMax(n, 400))
	t = strings.TrimRight(t, "\"'”’»)」』")
	if t == "" || wordsUpTo(t, minSentenceWords) < minSentenceWords {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?。？！", r)
}

// minLoneWords is the word count from which loneParagraph takes a
// paragraph alone in its block for a post's text: a sentence, not a
// label or a tagline of a few words.
const minLoneWords = 8

// runParagraph reports whether n is a paragraph of a run: a <p> holding
// text (textParagraph), or a <header> holding one alone
// (paragraphWrapper). Beside a header of prose, a short paragraph set in
// a header ("Open the door!" an officer shouts.) is as much the run's as
// a bare one.
func runParagraph(n *html.Node) bool {
	if paragraphWrapper(n) {
		n = onlyParagraph(n)
	}
	return textParagraph(n)
}

// headedParagraph reports whether the <header> n, holding a paragraph of
// prose alone, comes right after a heading (runNeighbour): the first
// paragraph of a section set under the section's <h2>, or the article's
// under its <h1>. A page's or an article's header holds its heading; one
// that follows a heading is no header of the page.
func headedParagraph(n *html.Node) bool {
	s := runNeighbour(n, -1)
	return s != nil && heading(s)
}

// maxRunGaps is how many elements without text runNeighbour passes over.
const maxRunGaps = 3

// runNeighbour returns the element next to n on the side dir
// (elementSibling), passing over up to maxRunGaps elements that hold no
// text or are figures (gapElement): the empty paragraphs, rules and
// pictures a run of paragraphs has between them. paragraphHeader, looking
// only at the element next to each header, lost every paragraph of a run
// whose paragraphs an empty <p> (or a <p>&nbsp;</p>) keeps apart.
func runNeighbour(n *html.Node, dir int) *html.Node {
	s := elementSibling(n, dir)
	for i := 0; s != nil && i < maxRunGaps && gapElement(s); i++ {
		s = elementSibling(s, dir)
	}
	return s
}

// gapElement reports whether n, not a <header>, holds no text but white
// space (an empty <p>, an <hr>, a <br>, a paragraph of a picture) or is a
// <figure>: a picture set in the run, whose caption is no paragraph.
func gapElement(n *html.Node) bool {
	return n.DataAtom != atom.Header && (n.DataAtom == atom.Figure || !holdsText(n))
}

// holdsText reports whether a text node under n (outside scripts and
// styles) holds more than white space.
func holdsText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return true
		case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style && holdsText(c):
			return true
		}
	}
	return false
}

// holdsLongParagraph reports whether a <p> under n (outside <nav>s) runs to
// minLongHeaderPara characters or more: a post of one paragraph, which a
// block of chrome (an "About" box, a newsletter's pitch) does not run to.
func holdsLongParagraph(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || scriptOrStyle(c) || c.DataAtom == atom.Nav {
			continue
		}
		if c.DataAtom == atom.P {
			if l, _ := textLen(textOfMax(c, 2*minLongHeaderPara)); l >= minLongHeaderPara {
				return true
			}
			continue
		}
		if holdsLongParagraph(c) {
			return true
		}
	}
	return false
}

// minLongHeaderPara is the text length of a paragraph from which
// holdsLongParagraph takes an <aside> or <header> holding it for the
// article's: longer than the standfirst an article's header sets under its
// title.
const minLongHeaderPara = 300

// onlyParagraph returns n's one element child if it is a <p> with no text
// beside it (onlyElementChild), else nil.
func onlyParagraph(n *html.Node) *html.Node {
	if p := onlyElementChild(n); p != nil && p.DataAtom == atom.P {
		return p
	}
	return nil
}

// proseParagraph reports whether the <p> n has minProseParaChars of text
// or more, as holdsProse counts a paragraph of prose.
func proseParagraph(n *html.Node) bool {
	l, _ := textLen(textOfMax(n, 200))
	return l >= minProseParaChars
}

// entryHeader reports whether n, a <header>, heads an entry nested in the
// article (a live blog's entry, a section of a collection): its parent is
// an <article> or <section> inside another within maxEntryDepth levels,
// next to another such entry with a header (entrySibling), and it holds a
// heading (h2-h6, as a child) that is no link.
func (ex *extractor) entryHeader(n *html.Node) bool {
	// Asked once for the header and once for each of its children:
	// remembered, so that a header of many children costs one look.
	if v, ok := ex.entryHeaders[n]; ok {
		return v
	}
	v := isEntryHeader(n)
	if ex.entryHeaders == nil {
		ex.entryHeaders = make(map[*html.Node]bool)
	}
	ex.entryHeaders[n] = v
	return v
}

func isEntryHeader(n *html.Node) bool {
	if n.DataAtom != atom.Header || n.Parent == nil ||
		(n.Parent.DataAtom != atom.Article && n.Parent.DataAtom != atom.Section) {
		return false
	}
	nested := false
	a := n.Parent.Parent
	for i := 0; a != nil && i < maxEntryDepth; i, a = i+1, a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Section {
			nested = true
			break
		}
	}
	if !nested || !entrySibling(n.Parent) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.H2 || c.DataAtom == atom.H3 || c.DataAtom == atom.H4 || c.DataAtom == atom.H5 ||
			c.DataAtom == atom.H6 {
			return firstLink(c) == nil
		}
	}
	return false
}

// entrySibling reports whether the entry e has a sibling next to it (past
// white space) of its tag with a <header> of its own: one of a run of
// entries, not an article alone in a section.
func entrySibling(e *html.Node) bool {
	for _, dir := range []int{-1, 1} {
		if s := elementSibling(e, dir); s != nil && s.DataAtom == e.DataAtom {
			for c := s.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Header {
					return true
				}
			}
		}
	}
	return false
}

// maxEntryDepth is how far above an entry entryHeader looks for the
// article holding it.
const maxEntryDepth = 4

// headerLead reports whether n, a <header> inside an <article>, holds the
// article's lead (a standfirst, German journalism's Vorspann): a <p> of
// long prose, not a heading, a byline or a date line. It records the path
// from n down to the lead in ex.leadPath, so that the rest of the header
// is skipped.
func (ex *extractor) headerLead(n *html.Node) bool {
	if ex.leadPath[n] {
		return true
	}
	inArticle := false
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article {
			inArticle = true
			break
		}
	}
	if !inArticle {
		return false
	}
	var lead *html.Node
	var find func(*html.Node)
	find = func(c *html.Node) {
		for c = c.FirstChild; c != nil && lead == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Nav, atom.Script, atom.Style, atom.Figure, atom.Time, atom.Address:
				continue
			case atom.P:
				if leadProse(c) {
					lead = c
				}
				continue
			}
			if inlineDiv(c) {
				if leadProse(c) {
					lead = c
				}
				continue
			}
			find(c)
		}
	}
	find(n)
	if lead == nil {
		return false
	}
	if ex.leadPath == nil {
		ex.leadPath = make(map[*html.Node]bool)
	}
	for a := lead; a != n.Parent; a = a.Parent {
		ex.leadPath[a] = true
	}
	if ex.leads == nil {
		ex.leads = make(map[*html.Node]bool)
	}
	ex.leads[lead] = true
	return true
}

// inlineDiv reports whether n is a <div> of inline content only (no
// block-level child): a paragraph set without <p>, as many news sites set
// the lead in their article header (<div class="summary">, a rich-text
// div holding a <strong>), read as a lead like a <p> (headerLead).
func inlineDiv(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c) {
			return false
		}
	}
	return true
}

// leadProse reports whether p reads as an article's lead: minLeadChars or
// more of text with hardly any link text, ending a sentence.
func leadProse(p *html.Node) bool { return leadProseOf(p, minLeadChars) }

// leadProseOf is leadProse with min characters at least.
func leadProseOf(p *html.Node, min int) bool {
	t := strings.TrimSpace(textOfMax(p, 2000))
	l, _ := textLen(t)
	if l < min {
		return false
	}
	if linkTextLen(p, 2000)*4 > l {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(sentenceEnds, r)
}

// sentenceEnds are the marks a sentence ends in: stops and closing quotes
// as English, German („…“, ‚…‘, »…«), French and Spanish («…», ‹…›) set
// them, and the full-width stops of Chinese and Japanese.
const sentenceEnds = ".!?…\"'“”‘’»«›‹。！？"

// minLeadChars is the length of an article's lead read from its header.
const minLeadChars = 100

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
		if s != nil && (textBlock(s) || captionedPicture(s) || listAfterParagraph(s, dir) || wrappedListOrTable(s)) {
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
	for d := range descendants(n) {
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
	for d := range descendants(n) {
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

// maxNoteChars is the most text a block beside a lone paragraph may hold
// for loneAmongNotes to take it for a note ("via example.com", "1 Comment")
// rather than text of its own.
const maxNoteChars = 30

// loneAmongNotes reports whether the <header> n, holding the paragraph p
// alone, of minLoneWords words or more, is the one paragraph of a post of
// pictures whose other blocks hold a note at most (maxNoteChars, no
// heading): the picture, its source's credit ("via example.com") or the
// comment count's link beside the post's text, one paragraph long, which
// loneParagraph, wanting the others without any text, lost. A page's
// header holds its heading; a tagline holds no picture beside it.
func loneAmongNotes(n, p *html.Node) bool {
	if n.Parent == nil || len(strings.Fields(textOfMax(p, 200))) < minLoneWords {
		return false
	}
	if siblingMatches(n, notNote) {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode && (picture(c) || holdsPicture(c)) {
			return true
		}
	}
	return false
}

// notNote reports whether c, beside a post's lone paragraph, is more than
// a note (loneAmongNotes): text of its own, a header, a heading, or
// more than maxNoteChars of text.
func notNote(c *html.Node) bool {
	if c.Type == html.TextNode {
		return strings.TrimSpace(c.Data) != ""
	}
	return c.Type == html.ElementNode && (c.DataAtom == atom.Header || heading(c) || len(strings.TrimSpace(textOfMax(c, 2*maxNoteChars))) > maxNoteChars)
}

// dataTableBlock reports whether n is a <table> holding no other table
// and text outside links (textOutsideLinks): a table of data, not one
// laying out a page.
func dataTableBlock(n *html.Node) bool {
	if n.DataAtom != atom.Table {
		return false
	}
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == atom.Table {
			return false
		}
	}
	return textOutsideLinks([]*html.Node{n})
}

// headedLine reports whether the <header> n holds the paragraph p alone,
// a line with text of any length, right after a heading (runNeighbour),
// and the block after it, or past an insert, opens with a paragraph set in
// a header of its own (headerBodyAfter): a post's byline or date line ("Written by
// Kilo, May 2026") between its title and a body whose paragraphs are each
// set in a <header>, which headedParagraph, wanting prose, and
// labelledSentence, wanting a full stop, do not take. Left out, it took
// the post's title with it: the body's block alone outscored the post's.
// A byline's header before bare paragraphs is the article's header, and
// stays out.
func headedLine(n, p *html.Node) bool {
	if !holdsText(p) {
		return false
	}
	before := runNeighbour(n, -1)
	return before != nil && heading(before) && headerBodyAfter(n)
}

// headerBodyAfter reports whether the element after n, or the one past
// that (an insert between: an ad's table, a box of share buttons), opens
// with a paragraph set in a header of its own (opensWithHeaderParagraph).
func headerBodyAfter(n *html.Node) bool {
	s := runNeighbour(n, 1)
	if s != nil && !opensWithHeaderParagraph(s) {
		s = runNeighbour(s, 1)
	}
	return s != nil && opensWithHeaderParagraph(s)
}

// maxOpeningDepth is how far down opensWithHeaderParagraph follows a
// block's first children.
const maxOpeningDepth = 3

// opensWithHeaderParagraph reports whether n is a <header> holding a
// paragraph alone (paragraphWrapper), or its first element child holding
// text is one, down maxOpeningDepth levels.
func opensWithHeaderParagraph(n *html.Node) bool {
	for i := 0; n != nil && i <= maxOpeningDepth; i++ {
		if paragraphWrapper(n) {
			return true
		}
		var first *html.Node
		for c := n.FirstChild; c != nil && first == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && holdsText(c) {
				first = c
			}
		}
		n = first
	}
	return false
}

// wrappedListOrTable reports whether n is a <div> that only wraps
// (innerBlock) a list with text outside links or a table of data
// (dataTableBlock): a theme's wrapper around a block of the text (a
// "table-responsive" box that scrolls a wide table, a styled box around
// a list), which proseBesideBlock, looking at the element next to a
// header of prose, did not see through: the paragraphs on both sides of
// a wrapped table were lost. (Any block so wrapped, read as what it
// wraps, cost dragnet2013 0.0006 under header-p: lists and tables only.)
func wrappedListOrTable(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	switch c := innerBlock(n); c.DataAtom {
	case atom.Ul, atom.Ol:
		return textOutsideLinks([]*html.Node{c})
	case atom.Table:
		return dataTableBlock(c)
	}
	return false
}

// proseAcrossInserts reports whether the <header> n holds a paragraph of
// prose alone and, on each side, the element past its neighbour
// (runNeighbour, twice) is a paragraph of text, bare or in a header of its
// own (runParagraph): one of the article's paragraphs between two inserts
// (an ad break, a social widget, a video), set amid a run of paragraphs.
// A page's header stands beside its menu and the article, not between
// two of its paragraphs.
func proseAcrossInserts(n, p *html.Node) bool {
	if !proseParagraph(p) {
		return false
	}
	for _, dir := range []int{-1, 1} {
		s := runNeighbour(n, dir)
		if s == nil {
			return false
		}
		if s = runNeighbour(s, dir); s == nil || !runParagraph(s) {
			return false
		}
	}
	return true
}

// proseBeforeHeaderBody reports whether the <header> n holds a paragraph
// of prose alone and the element after it, or the one past that (an
// insert between: a box of related links, an ad), opens with a paragraph
// set in a header of its own (headerBodyAfter): the article's
// lead, set above its body's block, in a text whose paragraphs are each
// set in a header. Left out, the lead took the article's title with it:
// the body's block alone outscored the article's.
func proseBeforeHeaderBody(n, p *html.Node) bool {
	return proseParagraph(p) && headerBodyAfter(n)
}

// runEdgeLine reports whether the <header> n, holding a paragraph alone,
// stands at the edge of a run of such headers: on one side, its neighbour
// (runNeighbour) is a header holding a paragraph alone (paragraphWrapper)
// and the one past that a header holding a paragraph of prose. A text's
// short first or last lines ("Article written by guest writer Kilo", a
// short heading-like question, a "Read it at the Gazette" link) set so
// belong to the run; a page's header stands beside its menu or the
// article's heading, not two paragraph headers deep into the text.
func runEdgeLine(n *html.Node) bool {
	for _, dir := range []int{-1, 1} {
		s := runNeighbour(n, dir)
		if s == nil || !paragraphWrapper(s) {
			continue
		}
		if t := runNeighbour(s, dir); t != nil && paragraphWrapper(t) && proseParagraph(onlyParagraph(t)) {
			return true
		}
	}
	return false
}

// lineAcrossInsert reports whether the <header> n holds the paragraph p
// alone, a line with text of any length, and on one side its neighbour
// (runNeighbour) is an insert, neither a paragraph header nor a heading
// (a box of related links, a subscribe form, an inset <aside>), with a
// header holding a paragraph of prose alone past it: a text's short last
// (or first) line ("Originally published on the Gazette.", a thanks, a
// picture credit) that an insert keeps apart from its run, which
// runEdgeLine, wanting a paragraph header right beside it, did not take.
// A page's header stands beside its menu and the article's heading, not
// one insert away from a paragraph of the article set in a header.
func lineAcrossInsert(n, p *html.Node) bool {
	if !holdsText(p) {
		return false
	}
	for _, dir := range []int{-1, 1} {
		s := runNeighbour(n, dir)
		if s == nil || paragraphWrapper(s) || heading(s) {
			continue
		}
		if t := runNeighbour(s, dir); t != nil && paragraphWrapper(t) && proseParagraph(onlyParagraph(t)) {
			return true
		}
	}
	return false
}

// lineBesideTable reports whether the <header> n holds the paragraph p
// alone, with text of any length, and the element next to it on either
// side (runNeighbour) is a table of data (dataTableBlock): a text's table
// (a line-up, a price list) beside the paragraph introducing or following
// it, or its note ("* Only the first twelve race for the title."), which
// textBlock, taking lists, quotes and lines, does not take. (It wanted a
// paragraph of prose until a table's notes, each set in a header under a
// table with its heading above, were lost.) A page's header stands
// beside its menu, not a table of data.
func lineBesideTable(n, p *html.Node) bool {
	if !holdsText(p) {
		return false
	}
	for _, dir := range []int{-1, 1} {
		if s := runNeighbour(n, dir); s != nil && dataTableBlock(s) {
			return true
		}
	}
	return false
}

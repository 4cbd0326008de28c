package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Teasers of other stories and listings' cards: runs of cards under a heading
// ("Related articles"), teasers told by their "Read more" links, and the runs
// a chosen block may lie in.

// teaserCards reports whether n is a run of teasers of other stories: a
// block whose first minCards element children (after the run's own
// heading, if it has one: runLabel) are of one tag and class and each
// have a heading that links to another page (the story's title), with a
// line of summary or not. Beside an article they are not its text;
// holding most of the text, they are a listing page's (listingCard).
func (ex *extractor) teaserCards(n *html.Node) bool {
	return ex.startsWithCards(n, true, func(c *html.Node) bool { return ex.linkedHeading(c, 0) || ex.linkedTitle(c) })
}

// linkedTitle reports whether the card c opens with its title set as a
// link rather than a heading (<a><span class="title">…</span></a>, a
// German news site's teaser), a paragraph of summary after it: its first
// element child with text (after a date or kicker of maxKickerChars or
// less) is a link to another page of maxLinkedTitleChars or less, and the
// next is a <p> mostly free of links. A list
// item of an article that opens with a link runs on in the same line (a
// text node, not a <p>).
func (ex *extractor) linkedTitle(c *html.Node) bool {
	if w := ex.cardContent(c); w != nil {
		c = w
	}
	var title *html.Node
	kicker := false
	for d := c.FirstChild; d != nil; d = d.NextSibling {
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
			return false
		}
		if d.Type != html.ElementNode {
			continue
		}
		in := ex.infos[d]
		if in == nil || in.text == 0 {
			continue // an image's link, an empty element
		}
		if title == nil {
			if !kicker && d.DataAtom != atom.P && kickerElement(d, in) {
				kicker = true // a date or a kicker over the title; a <p> is a summary
				continue
			}
			if d.DataAtom != atom.A || !pageLink(d) || in.text > maxLinkedTitleChars {
				return false
			}
			title = d
			continue
		}
		return d.DataAtom == atom.P && in.link*4 < in.text
	}
	return false
}

// maxKickerChars is the longest date or kicker linkedTitle passes over
// before the title.
const maxKickerChars = 40

// kickerElement reports whether the element d, whose info is in, may be a
// date or a kicker over a teaser's title ("Editorial", "Opinion", "12
// May"): not a link, holding none, of maxKickerChars or less. linkedTitle
// passes over one before a card's title link (not a <p>, there the
// summary), headingKicker before the link inside a heading.
func kickerElement(d *html.Node, in *info) bool {
	return d.DataAtom != atom.A && in.link == 0 && in.text <= maxKickerChars
}

// maxLinkedTitleChars is the longest title linkedTitle takes.
const maxLinkedTitleChars = 150

// startsWithCards reports whether n, a block that may hold a run of
// cards (a div, section, list or aside), starts with minCards element
// children of one tag and class that card each accepts; with label, a
// first child that is the run's own heading (runLabel: "More news",
// "Weitere Nachrichten") is passed over, and minLabelledCards suffice.
func (ex *extractor) startsWithCards(n *html.Node, label bool, card func(*html.Node) bool) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Aside:
	default:
		return false
	}
	run, cls, need := 0, "", minCards
	for c := n.FirstChild; c != nil && run < need; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if label && run == 0 && ex.runLabel(c) {
			label = false
			need = minLabelledCards
			continue
		}
		fc := c.Data + "." + firstClass(c)
		if (run > 0 && fc != cls) || !card(c) {
			return false
		}
		run, cls = run+1, fc
	}
	return run >= need
}

// relatedCards reports whether n is a box of other pages' cards under a
// heading that names them so ("Related articles that may interest you",
// "More from the blog": teaserHeading), the cards' titles plain headings
// rather than links (the whole card is the link, or a button under it):
// after the heading, minLabelledCards or more element children of one tag
// and class, each holding a heading and maxTeaserChars of text or less,
// either next to the heading or in the grid that follows it. teaserCards
// wants linked titles and so leaves such a box to the article.
func (ex *extractor) relatedCards(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside:
	default:
		return false
	}
	h := n.FirstChild
	for h != nil && (h.Type != html.ElementNode || ex.infos[h] == nil || ex.infos[h].text == 0) {
		if h.Type == html.TextNode && strings.TrimSpace(h.Data) != "" {
			return false
		}
		h = h.NextSibling
	}
	if h == nil || ex.infos[h].text > 2*maxTeaserHeadingChars || !ex.runLabel(h) || !teaserHeading(norm(textOfMax(h, 100))) {
		return false
	}
	card := func(c *html.Node) bool {
		ci := ex.infos[c]
		return ci != nil && ci.headText > 0 && ci.text <= maxTeaserChars
	}
	run, cls := 0, ""
	for c := elementSibling(h, 1); c != nil; c = elementSibling(c, 1) {
		fc := c.Data + "." + firstClass(c)
		if (run > 0 && fc != cls) || !card(c) {
			break
		}
		run, cls = run+1, fc
	}
	if run >= minLabelledCards {
		return true
	}
	grid := elementSibling(h, 1)
	if grid == nil || !ex.startsWithCards(grid, false, card) {
		return false
	}
	for c := elementSibling(grid, 1); c != nil; c = elementSibling(c, 1) {
		if ci := ex.infos[c]; ci != nil && ci.text > 0 {
			return false // more than the grid under the heading
		}
	}
	return true
}

// minLabelledCards is how many cards a run under its own heading
// ("Weitere Beiträge", "More posts") needs: a pair of teasers so
// headed is other stories as surely as three unheaded ones (a club's or
// blog's post with its two newest siblings below it).
const minLabelledCards = 2

// readMoreCards reports whether n is a run of teasers of other stories
// told by their links rather than their titles: minCards or more element
// children of one tag and class, each ending in a link to another page
// that says only "Read more" ("Weiterlesen", "Lire la suite"),
// the title above it plain text or not (an old news site's column of
// its latest items, a blog's excerpts of other posts), each of
// maxTeaserChars or less. Under 70% of the text being emitted (drop
// asks), they are not the article's: a post's own "Read more" ends it
// once, not once per block.
func (ex *extractor) readMoreCards(n *html.Node) bool {
	return ex.startsWithCards(n, false, func(c *html.Node) bool {
		ci := ex.infos[c]
		return ci != nil && ci.link != 0 && ci.text <= maxTeaserChars && endsInReadMore(c)
	})
}

// endsInReadMore reports whether the last link in n leads to another
// page and says only "Read more" or its twins (readMoreLabels), with no
// text after it.
func endsInReadMore(n *html.Node) bool {
	var last *html.Node
	after := 0
	for d := range descendants(n) {
		switch {
		case d.Type == html.ElementNode && d.DataAtom == atom.A:
			last, after = d, 0
		case d.Type == html.TextNode && last != nil && !contains(last, d):
			l, _ := textLen(d.Data)
			after += l
		}
	}
	if last == nil || after > maxAfterReadMore || !pageLink(last) {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(textOfMax(last, 60)))
	t = strings.TrimRight(strings.TrimLeft(t, "»›→>[( "), ".…»›→>]) ")
	return slices.Contains(readMoreLabels, t)
}

// maxTeaserChars is the longest teaser readMoreCards takes.
const maxTeaserChars = 1000

// maxAfterReadMore is the text a teaser may hold after its link: a date.
const maxAfterReadMore = 20

// readMoreLabels are the words of a teaser's link to the story it
// begins, in English, German, French, Spanish, Italian, Dutch and
// Portuguese.
// A bare "More" ("Mehr") or "Learn more" ("Mehr erfahren", "En savoir
// plus") is left out: a service page's cards end so, and are its text.
var readMoreLabels = []string{"read more", "continue reading", "read the full story", "full story",
	"read full story", "read full article", "read article", "weiterlesen", "mehr lesen", "zum artikel",
	"artikel lesen", "zum beitrag", "beitrag lesen", "ganzen artikel lesen", "lire la suite", "lire l'article",
	"leer más", "seguir leyendo", "leggi tutto", "continua a leggere", "leggi di più", "weiter lesen",
	"lees meer", "lees verder", "verder lezen", "leia mais", "continue lendo", "ler mais",
	// German twins of "continue reading", "read full article" that the
	// list lacked.
	"hier weiterlesen", "artikel weiterlesen", "beitrag weiterlesen", "den ganzen artikel lesen",
	"den ganzen beitrag lesen", "ganzen beitrag lesen", "vollständigen artikel lesen", "zum vollständigen artikel",
	"zum ganzen artikel", "zum ganzen beitrag"}

// runLabel reports whether n, before a run of teasers, is the run's
// heading: a heading element (or a block holding one alone) with no link.
func (ex *extractor) runLabel(n *html.Node) bool {
	h := n
	if !heading(h) {
		if h = onlyElementChild(n); h == nil || !heading(h) {
			return false
		}
	}
	in := ex.infos[n]
	return in != nil && in.text > 0 && in.link == 0
}

// linkedHeading reports whether n holds, a few levels down at most, a
// heading (h2-h6) that is all a link to another page, but for a kicker
// set before the link inside it (headingKicker: "<h4><strong
// class="kicker">Editorial</strong> <a>Fraser's lasting legacy</a></h4>",
// a news site's rail of opinion columns).
func (ex *extractor) linkedHeading(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			ci := ex.infos[c]
			if ci == nil || ci.text == 0 {
				return false
			}
			if n.DataAtom == atom.A {
				return pageLink(n)
			}
			a := firstLink(c)
			return a != nil && 10*ci.link >= 9*(ci.text-ex.headingKicker(c)) && pageLink(a)
		}
		if depth < 3 && ex.linkedHeading(c, depth+1) {
			return true
		}
	}
	return false
}

// headingKicker returns the length of the kicker that opens the heading h
// before its link: h's first element child with text, a kickerElement,
// with no text before it and a link after it ("Editorial", "Opinion",
// "Exclusive" over a teaser's title); 0 if h opens otherwise.
func (ex *extractor) headingKicker(h *html.Node) int {
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if strings.TrimSpace(c.Data) != "" {
				return 0
			}
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		in := ex.infos[c]
		if in == nil || in.text == 0 {
			continue
		}
		if !kickerElement(c, in) {
			return 0
		}
		for d := c.NextSibling; d != nil; d = d.NextSibling {
			if d.Type == html.ElementNode && d.DataAtom == atom.A {
				return in.text
			}
		}
		return 0
	}
	return 0
}

// firstLink is the first <a> below n, or nil.
func firstLink(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			return c
		}
		if a := firstLink(c); a != nil {
			return a
		}
	}
	return nil
}

// pageLink reports whether the link a leads to another page, not to a
// part of this one (an accordion's "#answer-3", "javascript:").
func pageLink(a *html.Node) bool {
	h := strings.TrimSpace(attr(a, "href"))
	return h != "" && h[0] != '#' && !strings.HasPrefix(strings.ToLower(h), "javascript:")
}

// listingCard reports whether n is a listing's cards, or one of them: a
// run of minCards or more consecutive sibling blocks of one class (a title
// link, a line or two of text and a "Learn more" link each) in a block that
// holds most of the text being emitted and is not mostly links. These are a
// listing page's content. A card alone has the link density of a teaser;
// a block of teasers beside an article holds a small share of the text.
func (ex *extractor) listingCard(n *html.Node) bool {
	if ex.cardsIn(n) {
		return true
	}
	p := n.Parent
	cls := firstClass(n)
	if p == nil || cls == "" || !ex.mostOfText(p) {
		return false
	}
	// The run of element siblings of n's class around n, n included.
	run := 1
	for c := n.PrevSibling; c != nil && run < minCards; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			if firstClass(c) != cls {
				break
			}
			run++
		}
	}
	for c := n.NextSibling; c != nil && run < minCards; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if firstClass(c) != cls {
				break
			}
			run++
		}
	}
	return run >= minCards
}

// cardsIn reports whether n, holding most of the text, starts with a run
// of minCards element children of one class.
func (ex *extractor) cardsIn(n *html.Node) bool {
	if !ex.mostOfText(n) {
		return false
	}
	run, cls := 0, ""
	for c := n.FirstChild; c != nil && run < minCards; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		fc := firstClass(c)
		if fc == "" || (run > 0 && fc != cls) {
			return false
		}
		run, cls = run+1, fc
	}
	return run >= minCards
}

// mostOfText reports whether n holds half or more of the text being
// emitted, with a link density under 0.5.
func (ex *extractor) mostOfText(n *html.Node) bool {
	in := ex.infos[n]
	return in != nil && 2*in.text >= ex.rootText && linkDensity(in) < 0.5
}

// minCards is the number of sibling blocks of one class that make a
// listing's cards.
const minCards = 3

// cardContent returns the content wrapper of a teaser card c whose
// picture's link comes first and whose title and summary sit in one
// element after it (<a><img></a><div class="teaser__content"><a>title</a>
// <p>summary</p></div>): the card's only element child with text, a
// <div>. Else nil.
func (ex *extractor) cardContent(c *html.Node) *html.Node {
	var w *html.Node
	for d := c.FirstChild; d != nil; d = d.NextSibling {
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
			return nil
		}
		if in := ex.infos[d]; d.Type != html.ElementNode || in == nil || in.text == 0 {
			continue
		}
		if w != nil || d.DataAtom != atom.Div {
			return nil
		}
		w = d
	}
	return w
}

// maxTeaserRunLevels is how far up inTeaserRun looks for the run.
const maxTeaserRunLevels = 4

// inTeaserRun reports whether the block c lies in a run of other
// stories' teasers (teaserCards) that does not hold top: within
// maxTeaserRunLevels of its ancestors below body. A teaser's summary may
// score near a short article's text (a police report of eight short
// lines), but is no part of an article split in parts, so it is not an
// alternative that alternativeAncestor climbs for. Asked only where top
// is marked an <article>: where it is not, the best block may be a part
// of the text that only the climb joins to the rest. runs holds the
// answers for the blocks already asked about, so that many candidates
// under one run cost one look each.
func (ex *extractor) inTeaserRun(c, top, body *html.Node, runs map[*html.Node]bool) bool {
	a := c
	for range maxTeaserRunLevels {
		if a = a.Parent; a == nil || a == body || contains(a, top) {
			return false
		}
		is, ok := runs[a]
		if !ok {
			is = ex.teaserCards(a)
			runs[a] = is
		}
		if is {
			return true
		}
	}
	return false
}

// sameKind reports whether a and b are elements of one tag and first
// class: the cards of one grid, where one is the best block and the
// others its fellows (a listing page's stories), not teasers beside it.
func sameKind(a, b *html.Node) bool {
	return a.Data == b.Data && firstClass(a) == firstClass(b)
}

// excerptCards reports whether n is a run of teasers of other pages told
// by their cut summaries: minCards or more element children of one tag
// and class (startsWithCards), each of maxTeaserChars or less, linking to
// another page, and holding a block whose text ends in an ellipsis ("...",
// "…") after a word: a summary cut at a fixed length ("this whitepaper
// holds the key for..."), which only a card of another page's text is.
// A run of such cards under an article or a service page (its "Latest
// insights"), titled in plain headings and ending in "Download" or
// "Learn more" buttons, is told neither by readMoreCards nor teaserCards.
func (ex *extractor) excerptCards(n *html.Node) bool {
	return ex.startsWithCards(n, true, func(c *html.Node) bool {
		ci := ex.infos[c]
		return ci != nil && ci.text <= maxTeaserChars && linksOut(c) && cutExcerpt(c)
	})
}

// cutExcerpt reports whether a block in n (a <p> or a <div> of text) ends
// in an ellipsis right after a letter or a space: a summary cut short.
func cutExcerpt(n *html.Node) bool {
	for d := range descendants(n) {
		if d.Type != html.ElementNode || (d.DataAtom != atom.P && d.DataAtom != atom.Div) {
			continue
		}
		t := strings.TrimSpace(textOfMax(d, 2*maxTeaserChars))
		var rest string
		switch {
		case strings.HasSuffix(t, "..."):
			rest = strings.TrimRight(strings.TrimSuffix(t, "..."), " ")
		case strings.HasSuffix(t, "…"):
			rest = strings.TrimRight(strings.TrimSuffix(t, "…"), " ")
		default:
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(rest); len(rest) > maxKickerChars && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// linksOut reports whether n holds a link to another page (pageLink),
// its text counted or not (a card's button in a footer).
func linksOut(n *html.Node) bool {
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == atom.A && pageLink(d) {
			return true
		}
	}
	return false
}

// railBesideChosen reports whether n, in the text being emitted, may be a
// rail of other stories' cards set beside the article: it does not hold
// the block score chose (ex.chosen), minShortArticleChars of the text lie
// outside it, and it is a labelled rail (labelledRail). Asked before
// teaserCards.
func (ex *extractor) railBesideChosen(n *html.Node, in *info) bool {
	c := ex.chosen
	return c != nil && !contains(n, c) && ex.rootText-in.text >= minShortArticleChars && ex.labelledRail(n)
}

// feedBesideChosen reports whether n, in the text being emitted, is
// another page's live feed set beside the article: it does not hold the
// block score chose (ex.chosen), minShortArticleChars of the text lie
// outside it, and it is a live feed's box (liveFeedBox). A news site sets
// the newest entries of its live page in a column beside its stories;
// their text, often more than the story's, is that page's.
func (ex *extractor) feedBesideChosen(n *html.Node, in *info) bool {
	c := ex.chosen
	return c != nil && !contains(n, c) && ex.rootText-in.text >= minShortArticleChars && ex.liveFeedBox(n)
}

// liveFeedBox reports whether n opens with a heading that is all a link
// to another page (the live page's: "Business Live") and holds, a few
// levels down at most, a list (timedEntries) whose entries each open with
// the time of day ("16:49: Market update"), as a live page's do. An
// article's own list under a linked heading is not so stamped.
func (ex *extractor) liveFeedBox(n *html.Node) bool {
	h := n.FirstChild
	for h != nil && (h.Type != html.ElementNode || ex.infos[h] == nil || ex.infos[h].text == 0) {
		if h.Type == html.TextNode && strings.TrimSpace(h.Data) != "" {
			return false
		}
		h = h.NextSibling
	}
	if h == nil || !heading(h) || !ex.linkedHeading(n, 0) {
		return false
	}
	for c := elementSibling(h, 1); c != nil; c = elementSibling(c, 1) {
		if timedEntries(c, maxFeedDepth) {
			return true
		}
	}
	return false
}

// maxFeedDepth is how far below the heading's siblings liveFeedBox looks
// for the feed's list.
const maxFeedDepth = 3

// timedEntries reports whether n, or a block depth levels below it at
// most, is a list (<ol>, <ul>) of minThreadItems or more items, half of
// them at least, the first among them, opening with a clock time
// (timedHead).
func timedEntries(n *html.Node, depth int) bool {
	if n.DataAtom == atom.Ol || n.DataAtom == atom.Ul {
		items, timed := 0, 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != atom.Li {
				continue
			}
			items++
			if timedHead(c) {
				timed++
			} else if items == 1 {
				return false
			}
		}
		return timed >= minThreadItems && 2*timed >= items
	}
	if depth == 0 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && timedEntries(c, depth-1) {
			return true
		}
	}
	return false
}

// timedHead reports whether n's text opens with a clock time: a figure,
// a colon and two figures (holdsClock) within its first maxTimedHead
// characters.
func timedHead(n *html.Node) bool {
	head := clean(textOfMax(n, 4*maxTimedHead))
	if len(head) > maxTimedHead {
		head = head[:maxTimedHead]
	}
	return holdsClock(head)
}

// maxTimedHead is how far into an entry timedHead looks for its time
// ("16:49:", "9:05 am").
const maxTimedHead = 8

// labelledRail reports whether n's first element child with text is the
// run's own heading (runLabel: "Top stories", "More news") and every
// element child after it holds maxRailCardChars of text or less: a
// headline and a line or two of summary each. An article's own run of
// linked headings (a list of places or products, each told at length)
// has more to say under each.
func (ex *extractor) labelledRail(n *html.Node) bool {
	first := true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ci := ex.infos[c]
		if c.Type != html.ElementNode || ci == nil || ci.text == 0 {
			continue
		}
		if first {
			if !ex.runLabel(c) {
				return false
			}
			first = false
			continue
		}
		if ci.text > maxRailCardChars {
			return false
		}
	}
	return !first
}

// railLabelledAbove reports whether run, a run of teasers that c holds as
// nearly all its text (teaserRunIn), is labelled above itself: a block on
// the way down from c to run opens with the run's own heading (plainHeading:
// "Other Opinion Columns" in the group's header) and holds nothing else
// but the child leading down to run, and each card of run holds
// maxRailCardChars of text or less, as labelledRail asks where the heading
// is the run's own first child. A news site's template wraps the cards of
// such a rail in blocks of its own (group, item, module) under the header.
func (ex *extractor) railLabelledAbove(c, run *html.Node) bool {
	for card := run.FirstChild; card != nil; card = card.NextSibling {
		if ci := ex.infos[card]; card.Type == html.ElementNode && ci != nil && ci.text > maxRailCardChars {
			return false
		}
	}
	for a := c; a != nil && a != run; a = ex.mainChild(a) {
		var label, rest *html.Node
		for d := a.FirstChild; d != nil; d = d.NextSibling {
			if d.Type != html.ElementNode || strings.TrimSpace(textOfMax(d, 100)) == "" {
				continue
			}
			if label == nil {
				label = d
				continue
			}
			if rest != nil {
				rest = nil
				break
			}
			rest = d
		}
		if label != nil && rest != nil && plainHeading(label) && (rest == run || contains(rest, run)) {
			return true
		}
	}
	return false
}

// plainHeading reports whether n is a heading element, or a block holding
// one alone, with text and no link: runLabel read from the tree, for a
// header that the walk skipped as chrome ("group-header") and so scored
// no info of.
func plainHeading(n *html.Node) bool {
	h := n
	if !heading(h) {
		if h = onlyElementChild(n); h == nil || !heading(h) {
			return false
		}
	}
	return strings.TrimSpace(textOfMax(h, 100)) != "" && firstLink(n) == nil
}

// maxRailCardChars is the longest card labelledRail takes.
const maxRailCardChars = 400

// maxRailCardDepth is how far above the best block railOfCard looks for
// the rail holding it as a card (the card, or its summary's block).
const maxRailCardDepth = 3

// railOfCard returns the labelled rail of other stories' cards
// (teaserCards, labelledRail: a heading of its own, cards of a headline
// and a line or two of summary) that holds n as one of its cards or
// inside one, or nil.
func (ex *extractor) railOfCard(n *html.Node) *html.Node {
	for p, d := n.Parent, 0; p != nil && d < maxRailCardDepth; p, d = p.Parent, d+1 {
		if ex.teaserCards(p) && ex.labelledRail(p) {
			return p
		}
	}
	return nil
}

// articleBesideRail returns, where the best block top is one card of a
// labelled rail of other stories (railOfCard: a summary's commas
// outscoring an article split over blocks, or short), that rail and the
// best block the page has without it (best, among the blocks neither the
// rail nor inside it, nor body, that hold minArticleChars of text besides
// the rail's); else nil and top. A card is never the article; the page's
// own text beside the rail is (a block around the rail gives it without
// the rail: railBesideChosen). An author's box or a share widget beside
// the rail is not the article either, and is passed over where it
// outscores the article's block: a rail set inside the article's own
// container, before its paragraphs, whose links (a list of deals, of
// sources) cut its score, leaves that container a hair under the box.
func (ex *extractor) articleBesideRail(top, body *html.Node, cands []*html.Node) (rail, alt *html.Node) {
	rail = ex.railOfCard(top)
	if rail == nil {
		return nil, top
	}
	ri := ex.infos[rail]
	rest := make([]*html.Node, 0, len(cands))
	for _, c := range cands {
		if c == body || contains(rail, c) {
			continue
		}
		text := ex.infos[c].text
		if contains(c, rail) {
			text -= ri.text
		}
		if text >= minArticleChars {
			rest = append(rest, c)
		}
	}
	if alt = ex.best(rest); alt == nil {
		return nil, top
	}
	return rail, alt
}

// labelledRailIn returns the labelled rail of other stories' cards
// (teaserCards, labelledRail: a heading of its own, each card a linked
// headline and a line or two of summary) that n, the block an attempt
// chose, is or holds as nearly all its text (teaserRunIn), where the
// attempt's text, emitted characters long, is at least half the rail's:
// the rail was read, not dropped (railBesideChosen). Else nil. A post is
// prose outside such links; where a short one sits beside the rail (a
// picture's post of a line, an abstract), the rail's summaries outscore
// it, but they are never the page's text.
func (ex *extractor) labelledRailIn(n *html.Node, emitted int) *html.Node {
	r := ex.teaserRunIn(n)
	if r == nil || 2*emitted < ex.infos[r].text || !ex.labelledRail(r) {
		return nil
	}
	return r
}

// railChild returns the labelled rail of other stories' cards that an
// attempt read as the article and the later ones skipped (railOut),
// where it is an element child of n, or nil: set inside a post's header
// (between its headline and its byline), it is no line of the header
// (emptyPostHeader).
func (ex *extractor) railChild(n *html.Node) *html.Node {
	if r := ex.railOut; r != nil && r.Parent == n {
		return r
	}
	return nil
}

// othersIn returns the block of other people's or stories' text that n,
// the block an attempt chose, is or holds as nearly all its text
// (mainChild), where the attempt's text, emitted characters long, is at
// least half of it (it was read, not dropped): a labelled rail of other
// stories' cards (labelledRailIn) or a shop's customer reviews
// (reviewsPanel). Else nil. Beside a post too short to outscore them (a
// headline and a byline, a line under a picture), neither is its text.
func (ex *extractor) othersIn(n *html.Node, emitted int) *html.Node {
	if r := ex.labelledRailIn(n, emitted); r != nil {
		return r
	}
	for c := n; c != nil; c = ex.mainChild(c) {
		if reviewsPanel(c) {
			if 2*emitted >= ex.infos[c].text {
				return c
			}
			return nil
		}
	}
	return nil
}

package extract

import (
	"iter"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The corrections of the scoring's best block (score calls them in turn): the
// page's <main>, prose beside a list, the block under the headline, an
// ancestor that holds the whole article (split over wrappers, spread over
// sections, a grid of prose cards), or one that several well-scored blocks
// share.

// proseBeside returns, where the best block top owes most of its score to
// the lines of a list or table (a long reference list, the signatories of
// an open letter, a table of figures), the nearest block holding both top
// and the best block of prose elsewhere on the page (minProseParas
// paragraphs or more, nearly free of links): a short article must not give
// way to its reference list. Else top.
func (ex *extractor) proseBeside(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	ti := ex.infos[top]
	if top == body || ti.listScore < 0.5*ti.score {
		return top
	}
	prose := ex.proseOutside(top, cands, body)
	if prose == nil {
		return top
	}
	a := top.Parent
	for ; a != nil && !contains(a, prose); a = a.Parent {
	}
	if a == nil || a == body {
		return top
	}
	ex.scoreOnce(a, ex.infos[a])
	return a
}

// insideMain returns, where the page marks its main content (one <main>
// element or role="main") and the best block top lies outside it, the
// best candidate inside it with minShortArticleChars of text or more,
// nearly free of links: a shop's or a site's block of text for search
// engines below the main content ("Buy cheese online at ...") runs
// longer than a product's description of two lines. Else top.
func (ex *extractor) insideMain(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	var main *html.Node
	for n := range descendants(body) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Main || attr(n, "role") == "main") {
			if main != nil {
				return top
			}
			main = n
		}
	}
	if main == nil || contains(main, top) || contains(top, main) {
		return top
	}
	var in *html.Node
	best := 0.0
	for _, c := range cands {
		ci := ex.infos[c]
		if !contains(main, c) || ci.text < minShortArticleChars || linkDensity(ci) >= 0.25 || ci.score <= best {
			continue
		}
		in, best = c, ci.score
	}
	if in == nil {
		return top
	}
	return in
}

// articleOverTeasers returns, where the best block top is a run of teasers
// of other stories (teaserCards: a linked title and a line of summary
// each, whose commas add up), the best block of prose elsewhere on the
// page: a short article must not give way to the teasers beside it. Else
// top.
func (ex *extractor) articleOverTeasers(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	if top == body || !ex.teaserCards(top) {
		return top
	}
	if prose := ex.proseOutside(top, cands, body); prose != nil && (ex.articlePage || markedArticle(prose)) {
		return prose
	}
	if hb := ex.headlineBlock(top, body); hb != nil {
		return hb
	}
	return top
}

// headlineBlock returns, where the best block top is a run of other
// stories' teasers, the block under the page's headline (its <h1> or <h2>
// as headlineOrCaption knows it, outside top): its nearest ancestor that
// holds minHeadlineProse characters besides it, nearly free of links, in
// two paragraphs or more or beside a table of facts, and neither holds top
// nor is held by it. An event's or a club's news item of two lines beside
// the column of other events or news is the page's text, though too short
// for proseOutside; on a listing page the headline's block holds the
// teasers (or an intro of one paragraph only). Else nil.
func (ex *extractor) headlineBlock(top, body *html.Node) *html.Node {
	var h *html.Node
	for n := range descendants(body) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2) && !contains(top, n) {
			if in := ex.infos[n]; in != nil && ex.headlineOrCaption(n, in) {
				h = n
				break
			}
		}
	}
	if h == nil {
		return nil
	}
	hi := ex.infos[h]
	for a := h.Parent; a != nil && a != body; a = a.Parent {
		if contains(a, top) {
			return nil
		}
		ai := ex.infos[a]
		if ai == nil || ai.text-hi.text < minHeadlineProse {
			continue
		}
		if linkDensity(ai) < 0.25 && (ai.paras >= 2 || ai.paras >= 1 && factTable(a)) {
			return a
		}
		return nil
	}
	return nil
}

// headlinePost returns, where the best block top neither holds the page's
// headline nor is held by the headline's block, the headline's block: the
// nearest ancestor of the first <h1>, <h2> or <h3> that reads as the
// title (titleHeading) holding minPostChars of text outside links besides
// it and scoring a minPostShare'th of top's score or more. A short post
// under its title loses on score to a longer block beside it (a sidebar's
// "About me", a disclaimer, a footer's legal notice) where no class names
// that block as chrome; where top lies in a column of boxes (boxColumn),
// the post's block is taken however far top outscores it. apart reports
// that the post's block lies minApartLevels or more below the block
// holding both, or that top lies in a column of boxes: top is in another
// column of the page, not a part of the article. Only in the first
// attempt, which removes page chrome: the later ones keep a short post
// the first found (mainText). Else top.
func (ex *extractor) headlinePost(top, body *html.Node) (post *html.Node, apart bool) {
	if top == body || ex.title == "" || ex.flags&flagStripUnlikely == 0 {
		return top, false
	}
	var h *html.Node
	for n := range descendants(body) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && ex.infos[n] != nil && ex.titleHeading(n) {
			h = n
			break
		}
	}
	if h == nil || contains(top, h) {
		return top, false
	}
	hi := ex.infos[h]
	need := minPostChars
	if ex.inAuthorBox(top) {
		need = minShortArticleChars
	}
	for a := h.Parent; a != nil && a != body; a = a.Parent {
		ai := ex.infos[a]
		if ai == nil || ai.text-ai.link-hi.text < need {
			continue
		}
		outscored := ai.score*minPostShare < ex.infos[top].score
		if contains(a, top) || contains(top, a) || !ai.scored || outscored && !ex.boxColumn(a, top) {
			// A headline's block far outscored is its header (the
			// title and the standfirst above a body in blocks of its
			// own), not a short post.
			return top, false
		}
		levels := 0
		for p := a; p != nil && !contains(p, top); p = p.Parent {
			levels++
		}
		// Past the author's box, the post's block is kept apart
		// from it: a climb would take the box back in.
		ex.overAuthorBox = need < minPostChars
		return a, levels >= minApartLevels || ex.boxColumn(a, top) || ex.overAuthorBox
	}
	return top, false
}

// maxAuthorBoxLevels is how far up from the best block inAuthorBox looks
// for the author's box holding it.
const maxAuthorBoxLevels = 2

// inAuthorBox reports whether the best block top is, or lies in, the
// author's box (authorProfileBox) within maxAuthorBoxLevels: the bio's
// paragraph, scored, with the photo beside it. A post of a picture and a
// line or two (a comic's, a photo's) loses on score to the bio under it
// where no class name calls that a bio; headlinePost then takes a post's
// block of minShortArticleChars, not minPostChars.
func (ex *extractor) inAuthorBox(top *html.Node) bool {
	n := top
	for range maxAuthorBoxLevels {
		in := ex.infos[n]
		if in == nil || in.text > maxAuthorBoxChars {
			return false
		}
		if authorProfileBox(n, in) {
			return true
		}
		if n = n.Parent; n == nil {
			return false
		}
	}
	return false
}

// boxColumn reports whether top, the best block, lies in a column of
// boxes beside the post's block a: the child, holding top, of the nearest
// block holding both has minBoxHeadings headings or more outside top
// ("Recent posts", "Archives"), none of them the page's headline, and its
// text outside top is mostly links. A sidebar's profile box ("About me")
// may far outscore a short post under its title where no class name tells
// it is a sidebar; an article's body with its subheadings holds them
// itself, and a product's tabs are prose.
func (ex *extractor) boxColumn(a, top *html.Node) bool {
	col := top
	for col.Parent != nil && !contains(col.Parent, a) {
		col = col.Parent
	}
	ci, ti := ex.infos[col], ex.infos[top]
	if col.Parent == nil || col == top || ci == nil || ti == nil {
		return false
	}
	if rest := ci.text - ti.text; rest <= 0 || 2*(ci.link-ti.link) < rest {
		return false
	}
	n := 0
	for d := range descendants(col) {
		if heading(d) && !contains(top, d) {
			if ex.titleHeading(d) {
				return false
			}
			n++
		}
	}
	return n >= minBoxHeadings
}

// minBoxHeadings is how many headings outside the best block boxColumn
// asks of a column of boxes.
const minBoxHeadings = 2

// minPostChars is the text outside links besides its headline that
// headlinePost asks of a post's block.
const minPostChars = 150

// minPostShare is how many times its own score the best block's may be for
// headlinePost to take the headline's block over it.
const minPostShare = 5

// minApartLevels is how far below the block holding both a post's block
// lies when the best block beside it is in another column.
const minApartLevels = 4

// titleHeading reports whether the heading n says the page's title: three
// words or more, all of them in the title, and most of the title's.
func (ex *extractor) titleHeading(n *html.Node) bool {
	t := norm(textOfMax(n, 4*len(ex.title)+200))
	if t == ex.title {
		return true
	}
	return len(strings.Fields(t)) >= 3 && overlap(t, ex.title) == 1 && overlap(ex.title, t) >= 0.5
}

// minHeadlineProse is the text besides the headline that headlineBlock
// asks of the block under it.
const minHeadlineProse = minShortArticleChars

// mostlyTeasers reports whether n is, or holds as nearly all its text
// (each block down to it holding mainChildShare of its parent's), a run of
// other stories' teasers (teaserCards).
func (ex *extractor) mostlyTeasers(n *html.Node) bool {
	return ex.teaserRunIn(n) != nil
}

// teaserRunIn returns the run of other stories' teasers (teaserCards)
// that n is or holds as nearly all its text (mostlyTeasers), or nil.
func (ex *extractor) teaserRunIn(n *html.Node) *html.Node {
	for n != nil {
		if ex.teaserCards(n) {
			return n
		}
		n = ex.mainChild(n)
	}
	return nil
}

// mainChild returns the element child of n holding mainChildShare or more
// of n's text, or nil.
func (ex *extractor) mainChild(n *html.Node) *html.Node {
	ni := ex.infos[n]
	if ni == nil || ni.text == 0 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if ci := ex.infos[c]; c.Type == html.ElementNode && ci != nil && float64(ci.text) >= mainChildShare*float64(ni.text) {
			return c
		}
	}
	return nil
}

// mainChildShare is the share of a block's text that its main child holds.
const mainChildShare = 0.8

// markedArticle reports whether n is set in an <article> (or is one): a
// page without JSON-LD that marks its prose so has one article, and a run
// of teasers beside it is other stories' (a town's press release beside
// its column of other releases), where on a listing page the teasers are
// the page's text.
func markedArticle(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// proseOutside returns the candidate outside top (neither holding it nor
// held by it) with the most score from paragraphs rather than list lines,
// holding minProseParas paragraphs or more and nearly free of links; nil
// if none scores minProseScore.
func (ex *extractor) proseOutside(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	var prose *html.Node
	best := 0.0
	for _, c := range cands {
		ci := ex.infos[c]
		ps := ci.score - ci.listScore
		if ps <= best || c == body || contains(c, top) || contains(top, c) ||
			ci.paras < minProseParas || ci.text-ci.link < minProseParas*minProseParaChars || linkDensity(ci) >= 0.25 {
			continue
		}
		prose, best = c, ps
	}
	if best < minProseScore {
		return nil
	}
	return prose
}

// minProseScore is the score of prose (three paragraphs or so) that
// proseBeside looks for beside a list.
const minProseScore = 15

// parentScoringAsWell climbs from top while the parent scores about as
// well (a third of top's score or more) and returns the first scored
// ancestor that scores better than the scored block below it, or top: the
// article's text is sometimes split over sibling blocks under one parent.
// It stays below body.
func (ex *extractor) parentScoringAsWell(top, body *html.Node) *html.Node {
	threshold := ex.infos[top].score / 3
	last := ex.infos[top].score
	for p := top.Parent; p != nil && top != body && p != body; p = p.Parent {
		pi := ex.infos[p]
		if pi == nil || !pi.scored {
			continue
		}
		if pi.score < threshold {
			break
		}
		if pi.score > last {
			if ex.flags&flagWeightClasses != 0 && 2*ex.chromeText(p, top) > pi.text-ex.infos[top].text {
				// What p adds to top is mostly blocks named as
				// chrome (a sidebar's "About me" widget beside a
				// short post): its score is theirs.
				break
			}
			if ex.teasersBeside(p, top) {
				break
			}
			if ex.articleWhole(p, top) {
				break
			}
			return p
		}
		last = pi.score
	}
	return top
}

// splitAncestor returns, where the article's text is split over blocks
// each in wrappers of its own (a body in chunks between which the site
// sets its ads and pictures), the nearest ancestor of top, at most
// maxSplitLevels above it and below body, that holds another block of
// prose set as top is (the same tags down from the ancestor), scoring
// splitShare of top's score or more from paragraphs (minProseParas or
// more, no list items, nearly free of links), both of minSplitChars or
// more, and little else: its text is at most splitSlack times that of the
// two blocks. The blocks are cousins, not siblings, so siblings does not
// join them, and the wrappers between them cut the score each passes up,
// so parentScoringAsWell does not climb to them. Where class names mark
// the body ("article__chunks") their weight lifts it; without them the
// best chunk alone was the text. Else top.
func (ex *extractor) splitAncestor(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	ti := ex.infos[top]
	if top == body || ti == nil || ti.text < minSplitChars {
		return top
	}
	var best *html.Node
	levels := maxSplitLevels + 1
	for _, c := range cands {
		ci := ex.infos[c]
		if c == body || ci.score-ci.listScore < splitShare*ti.score || ci.paras < minProseParas || ci.text < minSplitChars || linkDensity(ci) >= 0.25 || ci.lis > 0 ||
			contains(c, top) || contains(top, c) {
			continue
		}
		a, l := top.Parent, 1
		for ; a != nil && a != body && l < levels && !contains(a, c); a, l = a.Parent, l+1 {
		}
		if a == nil || a == body || l >= levels {
			continue
		}
		if tagPath(a, top) != tagPath(a, c) {
			continue // not two parts of one body, set alike
		}
		if ai := ex.infos[a]; ai == nil || float64(ai.text) > splitSlack*float64(ti.text+ci.text) || linkDensity(ai) >= 0.25 {
			continue
		}
		best, levels = a, l
	}
	if best == nil {
		return top
	}
	ex.scoreOnce(best, ex.infos[best])
	return best
}

// maxSplitLevels is how far above the best block splitAncestor looks for
// the block holding the rest of the text.
const maxSplitLevels = 3

// splitShare is the share of the best block's score that another block of
// prose scores for splitAncestor to join them. A fifth: a body's first
// chunk is often its shortest (a picture and its credit, a lead of few
// commas before the first ad), and the same tags down from the ancestor,
// the text and the slack already say the two are one body.
const splitShare = 0.2

// minSplitChars is the text each part of a split body has for
// splitAncestor: a lead or a box of a few lines set like the body beside
// it is no part of it.
const minSplitChars = 1000

// splitSlack is how many times the text of the two blocks the block
// holding them may have.
const splitSlack = 1.1

// articleWhole reports whether top, an <article>, is whole below its
// ancestor p: p adds one paragraph at most to it (a calculator's teaser
// or a call to action after a glossary entry, whose one paragraph lifts
// the block holding both over the wrapper between them). An article's
// text split over blocks adds more.
func (ex *extractor) articleWhole(p, top *html.Node) bool {
	return top.DataAtom == atom.Article && ex.infos[p].paras-ex.infos[top].paras <= 1
}

// teasersBeside reports whether p, an ancestor of top, holds beside the
// child leading to top a block that is, or mostly is, a run of other
// stories' teasers (mostlyTeasers): a short news item's column beside
// the column of the site's other news, whose summaries' commas lift the
// row holding both over the item (a regional site's grid of col-8 and
// col-4). What p scores more than top is the teasers' score.
func (ex *extractor) teasersBeside(p, top *html.Node) bool {
	path := childHolding(p, top)
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != path && c.Type == html.ElementNode && ex.infos[c] != nil && ex.mostlyTeasers(c) {
			return true
		}
	}
	return false
}

// onlyChildOf returns the outermost ancestor of top (below body) of which
// top is the only content, or top: an only child stands for its parent.
func onlyChildOf(top, body *html.Node) *html.Node {
	for p := top.Parent; p != nil && p != body && onlyElementChild(p) == top; p = p.Parent {
		top = p
	}
	return top
}

// wholerAncestor returns the nearest ancestor of top (below body) that
// holds half again as much text with hardly any links and scores nearly as
// well: a document split into sections under one container (a manual page,
// a long guide), of which the best section was chosen. Else top.
func (ex *extractor) wholerAncestor(top, body *html.Node) *html.Node {
	ti := ex.infos[top]
	for p := top.Parent; p != nil && p != body; p = p.Parent {
		pi := ex.infos[p]
		if pi == nil || !pi.scored {
			continue
		}
		if 2*pi.text >= 3*ti.text && linkDensity(pi) < 0.05 && pi.score >= 0.85*ti.score {
			return p
		}
	}
	return top
}

// spreadAncestor returns, for a page whose text is spread over many
// sections of about equal weight (a service, product or landing page: a
// heading and a few lines per section, none of them an article by itself),
// the nearest ancestor of top that holds most of the page's text. It fires
// only when top holds less than maxSpreadShare of the text the walk kept
// (navigation, header, footer and comments already gone) and that text is
// nearly free of links (below maxSpreadLinkDensity): a news or blog page
// has teaser lists and related links around its article, so its body's
// link density is higher, and its article holds more of the text. Else top.
func (ex *extractor) spreadAncestor(top, body *html.Node) *html.Node {
	ti, bi := ex.infos[top], ex.infos[body]
	if top == body || ti == nil || bi == nil {
		return top
	}
	if float64(ti.text) >= maxSpreadShare*float64(bi.text) || linkDensity(bi) >= maxSpreadLinkDensity {
		return top
	}
	if ex.flags&flagWeightClasses != 0 && float64(ti.text) >= maxSpreadShare*float64(bi.text-ex.chromeText(body, top)) {
		// The rest of the page's text is mostly in blocks named as
		// chrome (a blog's sidebar widgets beside a short post): it
		// is not spread over the page's own sections.
		return top
	}
	p := top
	for p.Parent != nil && p != body {
		if pi := ex.infos[p]; pi != nil && float64(pi.text) >= spreadCover*float64(bi.text) {
			break
		}
		p = p.Parent
	}
	if ex.articleBesideTeasers(top, p) {
		return top
	}
	ex.scoreOnce(p, ex.infos[p])
	return p
}

// articleBesideTeasers reports whether top, an article (markedArticle,
// wrapsArticle, or on a page whose JSON-LD says it is one), has beside it below p a block
// that is mostly other stories' teasers (teasersBeside): the text spread
// outside the article is the teasers' summaries, long and free of links
// (a tabloid's article of one-sentence paragraphs beside a column of
// teasers), not the page's own sections. One look along the path.
func (ex *extractor) articleBesideTeasers(top, p *html.Node) bool {
	if p == top || !(ex.articlePage || markedArticle(top) || wrapsArticle(top)) {
		return false
	}
	for a := top.Parent; a != nil; a = a.Parent {
		if ex.teasersBeside(a, top) {
			return true
		}
		if a == p {
			break
		}
	}
	return false
}

// wrapsArticle reports whether n is a wrapper of an <article>: the
// article is n's only element child, or its only child's, and so on down.
func wrapsArticle(n *html.Node) bool {
	for c := onlyElementChild(n); c != nil; c = onlyElementChild(c) {
		if c.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// chromeText returns the text of the blocks below n, outside top (if not
// nil), whose class weight is negative (sidebars, widget areas, footers)
// or that are a sidebar's widget (class "widget", as WordPress names each:
// its "widget widget_text" says "text" as well), each counted once at its
// outermost.
func (ex *extractor) chromeText(n, top *html.Node) int {
	var path map[*html.Node]bool // top and its ancestors up to n
	if top != nil {
		path = make(map[*html.Node]bool)
		for a := top; a != nil && a != n; a = a.Parent {
			path[a] = true
		}
	}
	return ex.chromeBelow(n, top, path)
}

// chromeBelow is chromeText's walk below n.
func (ex *extractor) chromeBelow(n, top *html.Node, path map[*html.Node]bool) int {
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ci := ex.infos[c]
		if c.Type != html.ElementNode || ci == nil || ci.text == 0 || c == top {
			continue
		}
		if !path[c] && (ex.classWeight(c) < 0 || hasToken(attr(c, "class"), "widget")) {
			sum += ci.text
			continue
		}
		sum += ex.chromeBelow(c, top, path)
	}
	return sum
}

// Bounds of spreadAncestor: top holds under maxSpreadShare of the page's
// text, whose link density is under maxSpreadLinkDensity; the container
// chosen instead holds spreadCover of it.
const (
	maxSpreadShare       = 0.3
	maxSpreadLinkDensity = 0.1
	spreadCover          = 0.8
)

// gridAncestor returns, where top holds under maxSpreadShare of the page's
// text and grids of prose cards (proseCards: a title, a paragraph of
// description and maybe links each, a course catalogue's or a service
// page's offerings) after it hold as much text as top, the nearest
// ancestor of top holding such grids with that much text: the intro of a
// listing page and the listing itself. The grids (whole) and the blocks
// from top's new ancestor down to them are not cleaned away. Else top.
func (ex *extractor) gridAncestor(top, body *html.Node) *html.Node {
	ti, bi := ex.infos[top], ex.infos[body]
	if top == body || ti == nil || bi == nil || float64(ti.text) >= maxSpreadShare*float64(bi.text) {
		return top
	}
	// Only the grids after top: a listing's intro comes first, and a
	// carousel of featured posts above a post is the site's, not its.
	var grids []*html.Node
	after := false
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c == top {
				after = true
				continue
			}
			if c.Type != html.ElementNode || ex.infos[c] == nil {
				continue
			}
			if after && ex.proseCards(c) {
				grids = append(grids, c)
				continue
			}
			find(c)
		}
	}
	find(body)
	if len(grids) == 0 {
		return top
	}
	for p := top.Parent; p != nil && p != body; p = p.Parent {
		text := 0
		var in []*html.Node
		for _, g := range grids {
			if contains(p, g) {
				text += ex.infos[g].text
				in = append(in, g)
			}
		}
		if text < ti.text {
			continue
		}
		ex.cardGrids = make(map[*html.Node]bool)
		for _, g := range in {
			for a := g.Parent; a != p; a = a.Parent {
				ex.cardGrids[a] = true
			}
			for d := range descendants(g) {
				ex.cardGrids[d] = true
			}
			ex.cardGrids[g] = true
		}
		ex.scoreOnce(p, ex.infos[p])
		return p
	}
	return top
}

// proseCards reports whether n is a grid of prose cards: minCards or more
// element children, all of one class, each with a paragraph and
// minCardProse characters of text outside links, not teasers of other
// pages (a heading or a title that links to one, linkedTitle: a news
// site's story grid).
func (ex *extractor) proseCards(n *html.Node) bool {
	run, cls := 0, ""
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		ci := ex.infos[c]
		fc := cardKind(c)
		if ci == nil || (run > 0 && fc != cls) || ci.paras == 0 || ci.text-ci.link < minCardProse || ex.linkedHeading(c, 0) || ex.linkedTitle(c) {
			return false
		}
		run, cls = run+1, fc
	}
	return run >= minCards
}

// cardKind is what makes sibling cards one grid's for proseCards: their
// first class or, where they have none (a page whose class names are
// gone), their tag and their element children's tags in order ("div:p
// div p", a course catalogue's cards of a title paragraph, a list of
// courses and a button's paragraph).
func cardKind(c *html.Node) string {
	if fc := firstClass(c); fc != "" {
		return fc
	}
	var b strings.Builder
	b.WriteString(c.Data + ":")
	for d := c.FirstChild; d != nil; d = d.NextSibling {
		if d.Type == html.ElementNode {
			b.WriteString(" " + d.Data)
		}
	}
	return b.String()
}

// minCardProse is the text outside links of each of proseCards' cards.
const minCardProse = 150

// alternativeAncestor returns the nearest ancestor of top that contains at
// least three other blocks scoring within 75% of it (the article is split in
// parts), or top; it stops at the post's block under its headline where the
// climb beyond it takes in mostly links (belowHeadline).
func (ex *extractor) alternativeAncestor(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	if top == body {
		return top
	}
	ts := ex.infos[top].score
	// The (at most) four best other candidates, as Readability looks at
	// its top five; this also bounds the work on pathological pages.
	var alts []*html.Node
	article := markedArticle(top)
	runs := map[*html.Node]bool{} // teaserCards of the blocks inTeaserRun asked about
	for _, c := range cands {
		if c == top || ex.infos[c].score < 0.75*ts {
			continue
		}
		if article && !sameKind(c, top) && ex.inTeaserRun(c, top, body, runs) {
			continue
		}
		alts = append(alts, c)
		for i := len(alts) - 1; i > 0 && ex.infos[alts[i]].score > ex.infos[alts[i-1]].score; i-- {
			alts[i], alts[i-1] = alts[i-1], alts[i]
		}
		if len(alts) > 4 {
			alts = alts[:4]
		}
	}
	if len(alts) < 3 {
		return top
	}
	for p := top.Parent; p != nil && p != body.Parent; p = p.Parent {
		n := 0
		for _, a := range alts {
			if contains(p, a) {
				n++
			}
		}
		if n >= 3 {
			p = ex.belowHeadline(p, ex.headlineBlockOf(top, body))
			ex.scoreOnce(p, ex.infos[p])
			return p
		}
	}
	return top
}

// maxHeadlineLevels is how far above a short post's block headlineBefore
// looks for its headline.
const maxHeadlineLevels = 3

// maxHeadlineGap is the most text (in bytes) between a short post's block
// and the headline set before it: a date line, a count of comments, an
// edit box; more is another post's text.
const maxHeadlineGap = 200

// headlineBefore returns the text of the page's headline (an <h1> or <h2>
// that headlineOrCaption takes for the page's title, or an <h3> saying
// it: titleH3) set just before top
// or one of its nearest maxHeadlineLevels ancestors, with no more than
// maxHeadlineGap of text between; else "". Blog themes set a post's title
// above the block of its body, beside its date and comment count, so a
// short post's block (a picture's "via" line and a sentence) holds none
// of its headline, which is much of what such a post says (headlineIn
// adds it where the block holds it).
func (ex *extractor) headlineBefore(top, body *html.Node) string {
	gap := 0
	for x, level := top, 0; level < maxHeadlineLevels && x != nil && x != body; x, level = x.Parent, level+1 {
		for s := x.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			if s.DataAtom == atom.H1 || s.DataAtom == atom.H2 {
				if ex.headlineOrCaption(s, &info{}) {
					return clean(textOf(s))
				}
			}
			if ex.titleH3(s) {
				return clean(textOf(s))
			}
			if gap += len(clean(textOf(s))); gap > maxHeadlineGap {
				return ""
			}
		}
	}
	return ""
}

// titleAbove returns the heading that says the page's title
// (titleHeading; an <h1>, <h2> or <h3>) set just before top or one of its
// nearest maxHeadlineLevels ancestors, with no more than maxHeadlineGap of
// text between, where the writing keeps such a heading (headlineOrCaption
// does not take it for the headline it drops) and no block of nodes holds
// it; else nil. Blog themes set a post's title in a heading above the
// block of its body ("<div><h3><a href=permalink>Title</a></h3><div>body
// </div></div>"), and class names ("post", "hentry") lift the best block
// to the post's block holding both; without them the body's block wins
// alone and the title the climb would have kept is lost (dragnet2013
// under no-attr: Blogger's googlenewsblog R538, adwords R605, WordPress's
// healthcare-economist R482, blogs.nfl.com R507, istartedsomething R626).
func (ex *extractor) titleAbove(top, body *html.Node, nodes []*html.Node) *html.Node {
	if ex.title == "" || top == body {
		return nil
	}
	for s := range ex.blocksAbove(top, body) {
		if s.DataAtom != atom.H1 && s.DataAtom != atom.H2 && s.DataAtom != atom.H3 {
			continue
		}
		in := ex.infos[s]
		if in == nil || !ex.titleHeading(s) {
			return nil
		}
		if ex.headlineOrCaption(s, in) {
			return nil
		}
		for _, n := range nodes {
			if contains(n, s) {
				return nil
			}
		}
		return s
	}
	return nil
}

// blocksAbove yields the elements set before top and before each of its
// nearest maxHeadlineLevels ancestors below body, nearest first, until
// those passed over hold more than maxHeadlineGap of text: where a post's
// title and header sit when the best block is the post's body alone
// (titleAbove, postHeaderAbove).
func (ex *extractor) blocksAbove(top, body *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		gap := 0
		for x, level := top, 0; level < maxHeadlineLevels && x != nil && x != body; x, level = x.Parent, level+1 {
			for s := x.PrevSibling; s != nil; s = s.PrevSibling {
				if s.Type != html.ElementNode {
					continue
				}
				if !yield(s) {
					return
				}
				if in := ex.infos[s]; in != nil {
					gap += in.text
				} else {
					gap += len(clean(textOfMax(s, 2*maxHeadlineGap)))
				}
				if gap > maxHeadlineGap {
					return
				}
			}
		}
	}
}

// titleH3 reports whether s is an <h3> that says the page's title
// (titleHeading): blog themes that give the site's name the <h1> set each
// post's title in an <h3> above its body, which class names ("storytitle",
// "entry-header") told apart from a sidebar's box headings; without them
// the words of the page's <title> still do.
func (ex *extractor) titleH3(s *html.Node) bool {
	return s.DataAtom == atom.H3 && ex.title != "" && ex.titleHeading(s)
}

// headlineBlockOf returns the nearest block holding top, not top itself,
// that holds a heading saying the page's title (an <h1>, <h2> or <h3>:
// titleHeading or headlineHeading), or nil where none below body does or
// top holds one: the post's block, its headline set beside the best
// block.
func (ex *extractor) headlineBlockOf(top, body *html.Node) *html.Node {
	if ex.title == "" || top == body {
		return nil
	}
	var hs []*html.Node
	for n := range descendants(body) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && (ex.headlineHeading(n) || ex.titleHeading(n)) {
			hs = append(hs, n)
		}
	}
	for a := top; a != nil && a != body; a = a.Parent {
		for _, h := range hs {
			if contains(a, h) {
				if a == top {
					return nil
				}
				return a
			}
		}
	}
	return nil
}

// belowHeadline returns p, the block a climb from the best block chose,
// unless it holds post, the block holding the best block and the page's
// headline beside it (headlineBlockOf), and what it adds to post is a
// third or more link text: then post. An article split in parts (a
// picture's caption, pages of a slideshow) sets them under its headline;
// blocks scoring as well outside that block amid links are the page's
// other columns (a sidebar's boxes beside its lists of archives and
// recent posts), which class names tell as chrome, and without them the
// climb to the block holding them all took the page whole. The sections
// of a page of prose (an "About me" page, a product's features) add
// prose, not links.
func (ex *extractor) belowHeadline(p, post *html.Node) *html.Node {
	if post == nil || p == post || !contains(p, post) {
		return p
	}
	pi, hi := ex.infos[p], ex.infos[post]
	if pi == nil || hi == nil {
		return p
	}
	if rest := pi.text - hi.text; rest > 0 && 3*(pi.link-hi.link) >= rest {
		return post
	}
	return p
}

// aboutOverPost reports whether top, the block a more lenient attempt
// found, is a sidebar's about box or a column of boxes that an about box
// fills: not holding bestTop, the short post an earlier attempt took, and
// an about box (aboutBox: "About me", "About <site>" over a paragraph or
// so) holding it or held by it with aboutPostShare or more of its text t.
// The first attempt leaves such a box out (skip), whether the block it
// took holds the column or not; the later ones, blind to the names that
// would call the column a sidebar, keep it, and its paragraph of commas,
// with the profile box beside it, runs to more than elsewhereFactor times
// the post's two lines.
func (ex *extractor) aboutOverPost(t string, top, bestTop *html.Node) bool {
	if top == nil || bestTop == nil || contains(top, bestTop) {
		return false
	}
	for a, up := top, 0; a != nil && up <= aboutUpLevels; a, up = a.Parent, up+1 {
		if ex.aboutBox(a) {
			return true
		}
	}
	chars := len([]rune(t))
	for d := range descendants(top) {
		if d.Type != html.ElementNode || !heading(d) || d.Parent == nil || firstElementChild(d.Parent) != d {
			continue
		}
		if box := d.Parent; ex.aboutBox(box) && float64(len([]rune(clean(textOf(box))))) >= aboutPostShare*float64(chars) {
			return true
		}
	}
	return false
}

// picturePost reports whether top, the block an attempt that weighs class
// names took (infos its figures), is a picture's post: a block named for
// the post (a positive class weight: "content", "post_146752194") that
// holds a picture and a paragraph. A photo blog's post is a picture and a
// line under it ("Not your mom's origami."), shorter than the writer's
// profile in the column beside it ("I live. I learn. I teach. ..."): the
// attempts blind to class names go to the profile, or climb to a block
// holding the post, the profile and the column's boxes, for a few lines
// more than the post's.
func (ex *extractor) picturePost(top *html.Node, infos map[*html.Node]*info) bool {
	if top == nil {
		return false
	}
	in := infos[top]
	return in != nil && in.imgs > 0 && in.paras > 0 && ex.hintsOf(top).weight > 0
}

// aboutUpLevels is how far above a later attempt's block aboutOverPost looks
// for the about box holding it (its paragraph's wrappers).
const aboutUpLevels = 2

// aboutPostShare is the share of a later attempt's text that an about box
// in its block holds for aboutOverPost.
const aboutPostShare = 1.0 / 3

// minLayoutCellShare is how many times the unlinked text of any other
// cell of its row layoutCell asks of the post's cell.
const minLayoutCellShare = 3

// layoutCell returns, where the chosen block top is a row of a layout
// table (a <tr> of cells), the cell holding the post: the one with the
// most text outside links, minArticleChars or more of it and
// minLayoutCellShare times any other cell's. A page laid out in a table
// sets its post in one cell and its sidebar (an "About me" paragraph, a
// newsletter box, the archives) in the next; the row, holding both, can
// outscore the post's cell, and class names ("content", "sidebar") no
// longer tell the cells apart. Else top.
func (ex *extractor) layoutCell(top *html.Node) *html.Node {
	if top.DataAtom != atom.Tr {
		return top
	}
	var cell *html.Node
	most, next, cells := 0, 0, 0
	for c := top.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		ci := ex.infos[c]
		if ci == nil {
			continue
		}
		cells++
		switch t := ci.text - ci.link; {
		case t > most:
			cell, most, next = c, t, most
		case t > next:
			next = t
		}
	}
	if cells < 2 || most < minArticleChars || most < minLayoutCellShare*next {
		return top
	}
	return cell
}

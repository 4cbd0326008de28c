package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Readability's conditional cleaning (cleanConditionally): containers inside
// the article dropped for what they hold (clutter), and the tables, lists and
// notes that are text all the same.

// cleanConditionally is Readability's _cleanConditionally: it reports
// whether a container (a div, section, list, table, form, aside or figure)
// is boilerplate by its class weight or, short of ten commas, by its
// make-up (clutter).
func (ex *extractor) cleanConditionally(n *html.Node, in *info) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Form, atom.Fieldset, atom.Dl, atom.Aside, atom.Figure:
	default:
		return false
	}
	weight := ex.classWeight(n)
	if weight == 0 {
		weight = ex.wrappedWeight(n)
	}
	if weight < 0 && mediaNamedProse(n, in) {
		weight = 0
	}
	if weight < 0 {
		return true
	}
	if in.commas >= 10 {
		return false
	}
	return ex.clutter(n, in, weight)
}

// wrappedWeight is the class weight of the one element that n, a wrapper
// with no class or id of its own, holds and nothing beside it (a
// template's bare <div> or <aside> around the post's "entry-body"): the
// wrapper says nothing of what it holds, and judged by its own weight
// (none) a post with a link in every line read as a box of links, where
// the post it wraps, judged by its name, stays. A positive weight only:
// a wrapper around a block named as chrome is judged as before.
func (ex *extractor) wrappedWeight(n *html.Node) int {
	if classID(n) != "" {
		return 0
	}
	c := onlyElementChild(n)
	if c == nil {
		return 0
	}
	return max(ex.classWeight(c), 0)
}

// clutter reports whether a container of class weight weight is, by what
// it holds, not running text: an image gallery, a long list, a form, a
// block of little text, links or embeds.
func (ex *extractor) clutter(n *html.Node, in *info, weight int) bool {
	if ex.cellContent(n) {
		return false // a cell's text, judged with its table
	}
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol
	ld := linkDensity(in)
	if (isList || n.DataAtom == atom.Table) && ingredientList(n) {
		// Its links are the ingredients' names: judged by them,
		// it is a box of links.
		ld = 0
	}
	headDensity := 0.0
	if in.text > 0 {
		headDensity = float64(in.headText) / float64(in.text)
	}
	switch {
	case galleryPictures(in) > 1 && float64(in.paras)/float64(galleryPictures(in)) < 0.5 && !illustratedProse(in) && !(isList && ex.proseItemList(n)):
		// (A list of the article's paragraphs as items, a photo
		// between them, has no <p> and is no gallery.)
		return true
	case !isList && in.lis-100 > in.paras:
		return true
	case controls(in) > in.paras/3 && !recipeTools(n):
		return true
	case !isList && headDensity < 0.9 && in.text < 25 && (in.imgs == 0 || in.imgs > 2) && (in.block || in.link > 0) && !shortNote(n, in) && !ex.keyValueTable(n, in) && !ex.cardTitle(n, in):
		return true
	case !isList && weight < 25 && ld > 0.2 && !proseWithLinks(in, ld) && !ex.copyWithLinks(n, in, ld) && !sentenceWithLinks(n, in) && !ex.linkedParagraphs(n, in) && !ex.listingCard(n) && !ex.cardTitle(n, in) && !(n.DataAtom == atom.Table && (ex.introducedList(n) || ex.listAmidText(n) || ex.linkedDataTable(n))) && !docNote(n):
		return true
	case isList && ld > 0.5 && !ex.proseItems(n) && !ex.introducedList(n) && !ex.inIntroducedTable(n) && !ex.listAmidText(n):
		return true
	case weight >= 25 && ld > 0.5:
		return true
	case in.embeds > 0 && in.text < 75*in.embeds:
		// Embeds with a line of text each at most: a player or a
		// gallery of videos. (Readability drops any block of two
		// embeds, which loses a post that discusses its videos.)
		return true
	}
	return false
}

// maxKeyValueCellChars is the longest cell keyValueTable takes: a label
// or a figure ("Kalorien", "280 kcal"), not a sentence.
const maxKeyValueCellChars = 40

// keyValueTable reports whether the table n is a small fact table of the
// article's: two rows or more of a short label and a short value each
// ("Kalorien | 280 kcal", "Fett | 9 g"; "Price | $20", "Weight | 2 kg"),
// no links, pictures or controls, standing between paragraphs of the text
// (listAmidText). Its few characters would make it "a block of little
// text" to clutter, which dropped a two-row fact box while keeping a
// three-row one; a navigation or layout table has links or no text
// around it.
func (ex *extractor) keyValueTable(n *html.Node, in *info) bool {
	if n.DataAtom != atom.Table || in.link > 0 || in.imgs > 0 || in.inputs > 0 || in.embeds > 0 {
		return false
	}
	rows := 0
	ok := true
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for d := c.FirstChild; d != nil && ok; d = d.NextSibling {
			if d.Type != html.ElementNode {
				continue
			}
			switch d.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(d)
			case atom.Tr:
				rows++
				ok = keyValueRow(d)
			case atom.Caption, atom.Colgroup:
			default:
				ok = false
			}
		}
	}
	walk(n)
	return ok && rows >= 2 && ex.listAmidText(n)
}

// keyValueRow reports whether the table row r holds two cells of short
// text, neither empty nor holding a block: a label and its value.
func keyValueRow(r *html.Node) bool {
	cells := 0
	for c := r.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			return false
		}
		cells++
		for d := range descendants(c) {
			if d.Type == html.ElementNode && blockTags[d.DataAtom] {
				return false
			}
		}
		t := strings.TrimSpace(textOfMax(c, maxKeyValueCellChars+1))
		if t == "" || len(t) > maxKeyValueCellChars {
			return false
		}
	}
	return cells == 2
}

// docNote reports whether n is a documentation page's note set apart from
// the text: an admonition (Sphinx's, MkDocs', Docusaurus' "admonition
// note", "admonition warning"; Asciidoctor's "admonitionblock") or a
// version note ("versionadded", "versionchanged", "deprecated"). Such a
// note names the functions and terms it is about, each linked to its
// entry, so its link density is high, but it is the text's own sentence,
// not a box of links.
func docNote(n *html.Node) bool {
	for f := range strings.FieldsSeq(attr(n, "class")) {
		switch f {
		case "admonition", "admonitionblock", "versionadded", "versionchanged", "deprecated", "deprecated-removed":
			return true
		}
	}
	return false
}

// shortNote reports whether a block of little text is a one-sentence note
// of the text set apart in a paragraph of its own ("Added in version 3.9.",
// a documentation page's version notes): one paragraph, no link or
// picture, three words or more ending in a full stop. Readability's
// short-block rule drops it with the blocks of a label or a button.
func shortNote(n *html.Node, in *info) bool {
	if in.paras != 1 || in.link > 0 || in.imgs > 0 || in.inputs > 0 {
		return false
	}
	t := strings.TrimSpace(textOfMax(n, 64))
	return strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 3
}

// proseWithLinks reports whether a block of link density ld over
// Readability's 0.2 is still running text: a paragraph or more, a third of
// it links at most, and minProseBesideLinks characters outside links (a
// section that links to what it names, a product's or tool's description
// with a "learn more" link), not a box of links with a line between them.
func proseWithLinks(in *info, ld float64) bool {
	return in.paras >= 1 && ld < proseLinkDensity && in.text-in.link >= minProseBesideLinks
}

// copyWithLinks reports whether a block of link density ld over
// Readability's 0.2, without a <p>, is still running text as
// proseWithLinks reads it: its prose is set in other elements (a landing
// page's cards, each a heading, a sentence or two in a <span> or <div>
// and a few links: "Top roles: <a>Bookkeeper</a>"), minCards or more of
// them copySentences, under the density and with the text outside links
// that proseWithLinks wants (copyCards); or it is one such card, of a
// block that is. A box of teasers has its titles linked and one line
// each at most; a footer's lines are short or links.
func (ex *extractor) copyWithLinks(n *html.Node, in *info, ld float64) bool {
	if in.paras > 0 || ld >= proseLinkDensity {
		return false
	}
	if ex.copyCards(n, in, minCards) {
		return true
	}
	p := n.Parent
	if p == nil || ex.infos[p] == nil || !ex.copyCards(n, in, 1) {
		return false
	}
	pi := ex.infos[p]
	return pi.paras == 0 && linkDensity(pi) < proseLinkDensity && ex.copyCards(p, pi, minCards)
}

// copyCards reports whether n, of in, holds want copySentences or more
// (elements without links, of minCopyChars or more, not holding blocks)
// and, for more than one, minProseBesideLinks outside links.
func (ex *extractor) copyCards(n *html.Node, in *info, want int) bool {
	if want > 1 && in.text-in.link < minProseBesideLinks {
		return false
	}
	count := 0
	var walk func(c *html.Node) bool
	walk = func(c *html.Node) bool {
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			if d.Type != html.ElementNode || d.DataAtom == atom.A {
				continue // (a link's text is no copy, however long)
			}
			if di := ex.infos[d]; di != nil && !di.block && di.link == 0 && di.text >= minCopyChars && copySentence(d) {
				if count++; count >= want {
					return true
				}
				continue
			}
			if walk(d) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// proseLinkDensity is the link density under which proseWithLinks and
// copyWithLinks read a block as prose.
const proseLinkDensity = 0.33

// minCopyChars is the shortest text copyWithLinks counts as a card's
// sentence.
const minCopyChars = 80

// copySentence reports whether n's text reads as a sentence: it opens
// with a capital and closes on a full stop, an exclamation or a question
// mark.
func copySentence(n *html.Node) bool {
	t := strings.TrimSpace(clean(textOfMax(n, 2000)))
	first, _ := utf8.DecodeRuneInString(t)
	return t != "" && unicode.IsUpper(first) && strings.ContainsAny(t[len(t)-1:], ".!?")
}

// minProseBesideLinks is the text outside links of a block that
// proseWithLinks keeps.
const minProseBesideLinks = 250

// controls counts a block's form controls: its inputs (<input>, <select>,
// <textarea>), as Readability does. Buttons do not count: a block of text
// with a button in it (a podcast episode's play button, an author's
// "Follow", a product's "Add to cart", a code listing's "Copy") is still
// text, and a sign-up or checkout box has its input fields.
func controls(in *info) int {
	return in.inputs
}

// recipeTools reports whether the block n holds a recipe's ingredients
// (holdsIngredients) and form controls that are all a recipe card's
// tools: the servings calculator's count ("für <input value=4>
// Portionen", a number or text field or a select of servings) and the
// boxes to tick off each ingredient. A box with no paragraph and one
// such field was a form to clutter, which dropped the ingredients whole;
// a newsletter, search or comment form has a text area or an e-mail
// field, or a text field named for one (formFieldName).
func recipeTools(n *html.Node) bool {
	if !holdsIngredients(n) {
		return false
	}
	for d := range descendants(n) {
		switch d.DataAtom {
		case atom.Textarea:
			return false
		case atom.Input:
			switch strings.ToLower(attr(d, "type")) {
			case "number", "checkbox", "range", "hidden", "button":
			case "", "text":
				if formFieldName(attr(d, "name")) {
					return false
				}
			default:
				return false
			}
		}
	}
	return true
}

// formFieldName reports whether name, a text field's name, is a form's
// field for an e-mail address, a search, a comment or the writer's name.
func formFieldName(name string) bool {
	name = strings.ToLower(name)
	switch name {
	case "q", "s", "name", "author":
		return true
	}
	return strings.Contains(name, "mail") || strings.Contains(name, "search") || strings.Contains(name, "such") ||
		strings.Contains(name, "comment") || strings.Contains(name, "kommentar")
}

// minProseChars is the text outside links that makes a list item a line
// of prose with links in it rather than a link with a label.
const minProseChars = 20

// proseItems reports whether a link-heavy list n is text rather than links
// to other pages: at least half of its items carry minProseChars of text
// outside their links (points that cite their sources: "Neil has patches
// up to <a>improve the tab unloader</a>"), or it is a single item of a
// few words, a lone link that filterParagraphs judges by the text around
// it ("<a>Get it on Amazon for $39</a>").
func (ex *extractor) proseItems(n *html.Node) bool {
	items, prose, last := ex.countProseItems(n)
	if items == 1 && len(strings.Fields(textOfMax(last, 200))) >= 3 {
		return true
	}
	return items > 0 && 2*prose >= items
}

// countProseItems counts the list n's items (its <li> children the walk
// kept) and those of them with minProseChars of text outside their links,
// and returns its last item.
func (ex *extractor) countProseItems(n *html.Node) (items, prose int, last *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ci := ex.infos[c]
		if c.DataAtom != atom.Li || ci == nil {
			continue
		}
		items++
		last = c
		if ci.text-ci.link >= minProseChars {
			prose++
		}
	}
	return items, prose, last
}

// introducedList reports whether the list n follows a paragraph of the
// text that introduces it (three words or more ending in a colon, "Here
// is what happened last week:", not a teaser heading such as "Related
// stories:"): the article's own list of links, not one of other stories.
func (ex *extractor) introducedList(n *html.Node) bool {
	return ex.listIntro(n) != ""
}

// readOnIntros are the words of a list's intro that invites the reader
// to other posts ("If you liked this post you might also like:", "below
// are additional resources you can read:"), in English and German, and
// the French, Spanish, Italian, Dutch and Portuguese "read also", "see
// also", "may interest you".
var readOnIntros = []string{"also like", "also enjoy", "might like", "may like", "might enjoy", "may enjoy",
	"further reading", "you can read", "read next", "read more", "also read", "auch interessieren",
	"lesen sie auch", "lesen sie mehr", "weitere artikel", "weiterlesen", "auch gefallen",
	"lire aussi", "lisez aussi", "voir aussi", "vous aimerez aussi", "lee también", "te puede interesar", "leggi anche",
	"potrebbe interessarti", "lees ook", "leia também", "veja também", "também pode gostar",
	// German, French, Spanish, Italian, Dutch: more on the topic, further
	// posts, "also interesting", "you may also like".
	"mehr zum thema", "passend zum thema", "weitere beiträge", "ebenfalls interessant", "lies auch", "lies hier",
	"auch lesenswert", "vous aimerez", "à lire également", "también te puede gustar", "te podría interesar",
	"ti potrebbe piacere", "ti potrebbe interessare", "ook interessant", "misschien ook leuk"}

// listIntro returns the paragraph that introduces the list n
// (introducedList), or "".
func (ex *extractor) listIntro(n *html.Node) string {
	p := n.PrevSibling
	for p != nil && (p.Type != html.ElementNode) {
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			break
		}
		p = p.PrevSibling
	}
	if p == nil {
		return ""
	}
	var t string
	if p.Type == html.TextNode {
		t = p.Data
	} else {
		if pi := ex.infos[p]; pi == nil || (p.DataAtom != atom.P && !paragraphLike(p, pi)) {
			return ""
		}
		t = textOfMax(p, 2000)
	}
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ":") && !teaserHeading(t) && (len(strings.Fields(t)) >= 3 || itemLeadIntro(n, p)) {
		return t
	}
	return ""
}

// listAmidText reports whether the list or table n stands between two
// parts of the text: a paragraph of prose before it (not a teaser
// heading) or a heading of its own (unlinked, not a teaser heading: "Our
// picks at a glance"), and a paragraph or a heading after it, in the same
// block.
func (ex *extractor) listAmidText(n *html.Node) bool {
	return ex.amidText(textSibling(n, -1), textSibling(n, 1))
}

// amidText is listAmidText's test on a list's neighbours, prev and next
// (textSibling), for a caller that has found them already
// (sectionClosingList).
func (ex *extractor) amidText(prev, next *html.Node) bool {
	if prev == nil || next == nil {
		return false
	}
	pt := strings.TrimSpace(textOfMax(prev, 2000))
	switch {
	case prev.DataAtom == atom.P:
		if len(pt) < 40 || teaserHeading(pt) {
			return false
		}
	case heading(prev):
		// The list's or table's own heading ("Our picks at a
		// glance"), not a teaser block's ("Related stories").
		if pi := ex.infos[prev]; pi == nil || pi.link > 0 || teaserHeading(pt) {
			return false
		}
	default:
		return false
	}
	switch next.DataAtom {
	case atom.P:
		t := strings.TrimSpace(textOfMax(next, 2000))
		return len(t) >= 40 && !teaserHeading(t)
	case atom.H2, atom.H3, atom.H4:
		return !teaserHeading(strings.TrimSpace(textOfMax(next, 200)))
	}
	return false
}

// maxIntroducedTableDepth is how far above a list inIntroducedTable looks
// for its table (li's cell, row, tbody, table).
const maxIntroducedTableDepth = 4

// inIntroducedTable reports whether the list n sits in a table that the
// text introduces (introducedList): a digest's table of days, each with
// its list of linked news ("Here is what happened last week:").
func (ex *extractor) inIntroducedTable(n *html.Node) bool {
	p := n.Parent
	for i := 0; p != nil && i < maxIntroducedTableDepth; i++ {
		if p.DataAtom == atom.Table {
			return ex.introducedList(p)
		}
		p = p.Parent
	}
	return false
}

// textSibling is elementSibling past empty elements: a paragraph holding
// only white space, a non-breaking space or a <style> block (editors
// leave such spacers between a paragraph and the table or list after
// it), which stand between a list and the text around it yet say nothing.
func textSibling(n *html.Node, dir int) *html.Node {
	s := elementSibling(n, dir)
	for s != nil && s.DataAtom != atom.Img && strings.TrimSpace(strings.ReplaceAll(textOfMax(s, 64), "\u00a0", "")) == "" && !holdsPicture(s) {
		s = elementSibling(s, dir)
	}
	return s
}

// itemLeadIntro reports whether intro, the text just before the list n,
// is the lead of the list item holding n: n nested in an <li> whose own
// text, before n, is that one intro ("In progress:", "Fixed:" and then
// a list of linked bug titles). An item's lead of a word or two
// introduces its sub-list as a paragraph of three words does a list
// (listIntro): the items are the article's, not other stories', since
// the list they hang from is.
func itemLeadIntro(n, intro *html.Node) bool {
	li := n.Parent
	if li == nil || li.DataAtom != atom.Li {
		return false
	}
	for c := li.FirstChild; c != nil && c != n; c = c.NextSibling {
		if c != intro && !isBlank(c) {
			return false // other text or elements before the sub-list
		}
	}
	return true
}

// minLinkedDataRows is the fewest rows a linkedDataTable holds;
// minCellWordChars the fewest characters outside links that make a linked
// cell more than a link (a separator's "|" is less).
const (
	minLinkedDataRows = 3
	minCellWordChars  = 3
)

// linkedDataTable reports whether the table n, of a link density a box of
// links has, is a table of the article's data whose names the site links
// (a game's line-ups, each player linked to his page: "1. <a>Jane
// Roe</a> (R) LF"): minLinkedDataRows rows or more of two cells or more,
// most of them with a few characters outside the links of each linked
// cell, and a paragraph of the text before it and after it (empty blocks
// between passed over, as a <p> holding the table's <style>). A table of
// navigation is links alone.
func (ex *extractor) linkedDataTable(n *html.Node) bool {
	if n.DataAtom != atom.Table || !ex.proseAround(n) {
		return false
	}
	rows, data := 0, 0
	for d := range descendants(n) {
		if d.Type != html.ElementNode || d.DataAtom != atom.Tr {
			continue
		}
		cells, linkedBare := 0, false
		for c := d.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
				continue
			}
			cells++
			if ci := ex.infos[c]; ci != nil && ci.link > 0 && unlinkedText(c, minCellWordChars) < minCellWordChars {
				linkedBare = true
			}
		}
		if cells < 2 {
			continue
		}
		rows++
		if !linkedBare {
			data++
		}
	}
	return rows >= minLinkedDataRows && 3*data >= 2*rows
}

// proseAround reports whether the block n stands between paragraphs of
// the text: the nearest sibling before it holding text is a <p> of
// minProseLine characters or more, and the nearest after it a <p> or a
// heading; siblings without text between are passed over.
func (ex *extractor) proseAround(n *html.Node) bool {
	near := func(dir int) *html.Node {
		for s := step(n, dir); s != nil; s = step(s, dir) {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				return nil
			}
			if s.Type != html.ElementNode {
				continue
			}
			if si := ex.infos[s]; si != nil && si.text > 0 {
				return s
			}
		}
		return nil
	}
	prev, next := near(-1), near(1)
	if prev == nil || next == nil || prev.DataAtom != atom.P || len(strings.TrimSpace(textOfMax(prev, 200))) < minProseLine {
		return false
	}
	return next.DataAtom == atom.P || heading(next)
}

// maxCellWrapDepth is how far above a block cellContent looks for its
// cell; maxCellChars is the most text it takes for a cell's.
const (
	maxCellWrapDepth = 3
	maxCellChars     = 100
)

// cellContent reports whether n, a <div>, wraps a table cell's content:
// its parent is a <td> or <th>, or a <div> that is (up to
// maxCellWrapDepth levels), each holding n's text alone. Editors exporting
// a table (a blog's table of apps and their sizes, each name linked) set
// every cell's text in a <div>; short and linked, it read as "a block of
// little text" to clutter, which took the names out of the rows and left
// the figures. The table is judged as a whole, as a table.
func (ex *extractor) cellContent(n *html.Node) bool {
	in := ex.infos[n]
	if n.DataAtom != atom.Div || in == nil || in.text > maxCellChars || in.imgs > 0 || in.inputs > 0 || in.embeds > 0 {
		return false
	}
	for p, d := n.Parent, 0; p != nil && d < maxCellWrapDepth; p, d = p.Parent, d+1 {
		if p.DataAtom == atom.Td || p.DataAtom == atom.Th {
			return true
		}
		if pi := ex.infos[p]; p.DataAtom != atom.Div || pi == nil || pi.text != in.text {
			return false
		}
	}
	return false
}

// maxLinkedSentenceChars is the longest block sentenceWithLinks reads as
// one or two sentences; minLinkedSentenceWords the fewest words it holds,
// and minWordsAfterLink the fewest words of a run of unlinked text after
// its first link.
const (
	maxLinkedSentenceChars = 300
	minLinkedSentenceWords = 8
	minWordsAfterLink      = 2
)

// sentenceWithLinks reports whether n, a <div> of inline content only
// (no paragraph, control or embed, no block but <br>s, one picture at
// most: a short post's line broken over lines under its picture, a
// linked picture being no link of the sentence's), is a sentence of the
// text whose links stand inside it: minLinkedSentenceWords words or more,
// opening with a capital letter and closing with a full stop, colon,
// question or exclamation mark, and a run of unlinked words after its
// first link ("<a>According to a report</a>, it began with this post
// from <a>the council</a>:", "<a>More instructions are here</a>. You can
// <a>download the file</a> from our site."). Editors set such a line in
// a <div> between the paragraphs; linked for most of its length, it read
// as a box of links to clutter, which dropped the article's own
// sentence. A box of links is links alone, or a label before them
// ("Related: <a>..</a>"), or links joined by a word ("Filed in
// <a>News</a> and <a>Tools</a>."): no run of words after its first link.
// A link that shows its address ("learn more at
// <a>http://example.org/about</a>.") is read as text, as isLinkOnly
// reads it: a sentence whose links all show their addresses is kept, and
// may end with one.
func sentenceWithLinks(n *html.Node, in *info) bool {
	if n.DataAtom != atom.Div || in.block && !breaksOnly(n) || in.paras > 0 || in.imgs > 1 || in.inputs > 0 || in.embeds > 0 || in.text > maxLinkedSentenceChars {
		return false
	}
	return linkedSentence(n, maxLinkedSentenceChars)
}

// breaksOnly reports whether every block-level child of n is a <br>: a
// sentence broken over lines (under the picture it follows).
func breaksOnly(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c) && c.DataAtom != atom.Br {
			return false
		}
	}
	return true
}

// linkedSentence reports whether n's text, maxChars at most, reads as
// prose whose links stand inside its sentences (sentenceWithLinks); a
// sentence of one link that ends in a full stop, "!" or "?" reads so with
// fewer words before the link (minWordsBeforeOneLink) than one with more
// links (minWordsBeforeLink), whether it closes on the link or a word
// follows it (more words after a link read so already, minWordsAfterLink).
func linkedSentence(n *html.Node, maxChars int) bool {
	t := clean(textOfMax(n, maxChars+1))
	if len(t) > maxChars || len(strings.Fields(t)) < minLinkedSentenceWords {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last := strings.TrimRight(t, "\"'”’)")
	if !unicode.IsUpper(first) || last == "" || !strings.ContainsRune(".:!?", rune(last[len(last)-1])) && !endsWithAddress(t) || crossReference(t) {
		return false
	}
	after, before, links, seenLink, addresses := 0, 0, 0, false, false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			switch {
			case d.Type == html.ElementNode && d.DataAtom == atom.A && !holdsText(d):
				// A linked picture: no link of the sentence's.
			case d.Type == html.ElementNode && d.DataAtom == atom.A && showsAddress(strings.TrimSpace(textOfMax(d, 300))):
				addresses = true
			case d.Type == html.ElementNode && d.DataAtom == atom.A:
				seenLink = true
				links++
			case d.Type == html.ElementNode && !scriptOrStyle(d):
				walk(d)
			case d.Type == html.TextNode && seenLink:
				after = max(after, len(strings.Fields(strings.Trim(d.Data, " .,:;!?()"))))
			case d.Type == html.TextNode:
				before += len(strings.Fields(d.Data))
			}
		}
	}
	walk(n)
	opening := (before >= minWordsBeforeLink || links == 1 && before >= minWordsBeforeOneLink && strings.ContainsRune(".!?", rune(last[len(last)-1]))) && !matchPrefix(strings.ToLower(t), socialVerbs)
	return seenLink && (after >= minWordsAfterLink || opening) || !seenLink && addresses
}

// minWordsBeforeLink is the fewest unlinked words before a linkedSentence's
// first link that make it a sentence whatever follows its links ("The
// incorrect call may have been related to the fact that <a>AP had also
// called the state</a>. It <a>issued this correction</a>:"): more than a
// box of links' label ("Related:", "Filed in", "Read more about") or a
// line that introduces its links ("Listed below are links to weblogs that
// reference <a>the post</a>:", TypePad's trackbacks, eight words). A line
// that opens like a social prompt ("Follow The Daily Star's opinion
// section on <a>Facebook</a>, <a>X (@dailystar)</a> and <a>Instagram</a>.")
// is not read so: its links are the prompt's networks.
const minWordsBeforeLink = 10

// minWordsBeforeOneLink is the fewest unlinked words before the one link
// of a linkedSentence that closes on it, or with one word after it, that
// make it a sentence ("The
// best online programs all hold <a>regional and national accreditation</a>.",
// "Check out these free resources from the <a>Student Support Network</a>!"):
// a label over a box of links has fewer ("Read more about <a>..</a>"), a
// category line joins several links ("This post was filed on May 3 in
// <a>Tools</a> and <a>Audio</a>."), and a line that introduces its link
// ends in a colon ("Listed below are links to weblogs that reference
// <a>the post</a>:").
const minWordsBeforeOneLink = 7

// endsWithAddress reports whether the sentence t closes with a web
// address ("If the link does not work, try http://example.org/guide/"):
// its end, as a full stop is another's.
func endsWithAddress(t string) bool {
	f := strings.Fields(t)
	return len(f) > 0 && showsAddress(f[len(f)-1])
}

// crossReference reports whether t, a linked line, sends the reader to
// another page rather than saying something: a wiki's hatnote ("For the
// river, see Avon River.", "See also: Rivers of England").
func crossReference(t string) bool {
	l := strings.ToLower(t)
	for _, w := range seeWords {
		if strings.HasPrefix(l, w) || strings.Contains(l, ", "+w) {
			return true
		}
	}
	return false
}

// seeWords send a wiki's reader to another page, in English, German,
// French, Spanish, Portuguese, Italian and Dutch ("Siehe auch: ...",
// "Pour la rivière, voir ...", "Véase también ...").
var seeWords = []string{"see ", "siehe ", "voir ", "véase ", "vea ", "veja ", "vedi ", "zie "}

// maxLinkedParaChars is the longest paragraph linkedParagraphs reads.
const maxLinkedParaChars = 1000

// linkedParagraphs reports whether n, a <div> or <section> without
// pictures, controls or embeds, is a box of the text's paragraphs whose
// links stand inside their sentences (linkedSentence): its text is
// headings, lists (judged on their own) and paragraphs, each paragraph
// with links such a one, one at least (a guide's paragraph set in a
// <div> beside an ad slot: "You can check a college's standing in <a>the
// guild's listings</a>, which you can search by town."). Linked for a
// quarter of its few characters, it read as a box of links to clutter,
// which dropped the article's paragraph. A box with a picture is left to
// clutter: an author's box pairs a portrait with a bio that links the
// author's shows.
func (ex *extractor) linkedParagraphs(n *html.Node, in *info) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section || in.paras == 0 || in.imgs > 0 || in.inputs > 0 || in.embeds > 0 {
		return false
	}
	linked, ok := 0, true
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for d := c.FirstChild; d != nil && ok; d = d.NextSibling {
			switch {
			case d.Type == html.TextNode:
				ok = strings.TrimSpace(d.Data) == ""
			case d.Type != html.ElementNode || scriptOrStyle(d) || heading(d) || d.DataAtom == atom.Ul || d.DataAtom == atom.Ol:
			case d.DataAtom == atom.P:
				if pi := ex.infos[d]; pi != nil && pi.link > 0 {
					if !linkedSentence(d, maxLinkedParaChars) {
						ok = false
					}
					linked++
				}
			default:
				walk(d)
			}
		}
	}
	walk(n)
	return ok && linked > 0
}

// maxCardTitleChars is the longest title cardTitle takes.
const maxCardTitleChars = 80

// minCardCopyChars is the shortest copy under a title cardTitle takes.
const minCardCopyChars = 40

// cardTitle reports whether n, a block that is one link to another page
// (pageLink) of a short title (maxCardTitleChars at most, all of it
// linked, no picture), is a card's title over its copy: the element after
// it is a block holding a sentence of minCardCopyChars or more, under a
// quarter of it linked (leadProseOf), and the two are all the text of
// their parent (a service page's feature card: a picture, the linked name
// "Financials", the line "Fraud detection, financial performance
// analysis, ..."). The copy stayed as prose while the name, all link or
// too short, went as a box of links: the cards kept their copy without
// their names. A teaser beside an article goes whole by the teaser rules
// before this is asked; a tab's label links to its panel ("#faq"), and a
// headline's link set after a category's is no block of copy.
func (ex *extractor) cardTitle(n *html.Node, in *info) bool {
	if in.text == 0 || in.text > maxCardTitleChars || in.link < in.text || in.imgs > 0 || n.Parent == nil {
		return false
	}
	links := 0
	for d := range descendants(n) {
		if d.DataAtom == atom.A {
			if !pageLink(d) {
				return false // a tab's or an accordion's label: its panel follows
			}
			links++
		}
	}
	copyBlock := nextElement(n)
	if links != 1 || copyBlock == nil {
		return false
	}
	ci, pi := ex.infos[copyBlock], ex.infos[n.Parent]
	return ci != nil && pi != nil && isBlock(copyBlock) && ci.link*4 < ci.text && pi.text == in.text+ci.text && leadProseOf(copyBlock, minCardCopyChars)
}

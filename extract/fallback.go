package extract

import (
	"math"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"slices"
)

// The fallback: when the main pass finds no usable text, the article is
// most often inside something the main pass removes whole: an unclosed
// <header> or an <aside> wrapping the page, a prefixed element (<atom:link>
// left open), a class that reads as chrome, or the <noscript> copy of a page
// that renders by script. The fallback reads the page again keeping all
// that, and takes the best block found the usual way; failing that, the
// page's largest block of running text. The record is marked
// (Article.Extraction) so a consumer can tell.

// minUsableWords is the word count under which the main pass's text counts
// as nothing usable and the fallback is tried. On the dev sets, nearly all
// the pages the fallback helps had no text at all, while a few words found
// by the main pass are mostly a short post right (a picture's caption, a
// note), which the fallback would swap for comments or a sidebar.
const minUsableWords = 8

// minUsableChars is the text length under which the fallback's first
// reading counts as nothing and the largest block is taken instead.
const minUsableChars = 200

// maxInputChars bounds the text length of a document (MaxInputBytes).
const maxInputChars = MaxInputBytes + 1

// unusable reports whether the main pass's text is too short to use
// (wordsUpTo): a short post in a script written without spaces is as
// usable as in any other language.
func unusable(text string) bool {
	return wordsUpTo(text, minUsableWords) < minUsableWords
}

// wordsUpTo counts the words of text, counting stops once limit is
// reached. Words are counted between spaces, and in scripts written
// without them (Chinese, Japanese, Thai) as one per two letters: a
// sentence of those is one "word" between spaces.
func wordsUpTo(text string, limit int) int {
	n, dense := 0, 0
	for f := range strings.FieldsSeq(text) {
		for _, r := range f {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
				dense++
			}
		}
		if n++; n+dense/2 >= limit {
			break
		}
	}
	return n + dense/2
}

// fallbackText reads the body again with flagKeepChrome (first with the
// class hints and the cleaning, then without, whose text replaces the
// first's only if that is under minUsableChars or it finds half again as
// much; on a document of more than maxRetryElements elements the first
// only), noscript copies parsed in,
// else takes the largest block; it returns the text found, or "" if it
// holds not half again as much as have.
func fallbackText(body *html.Node, title string, elements int, have string) string {
	budget := MaxInputBytes
	parseNoscript(body.Parent, body, &budget)
	ex := &extractor{title: norm(title), hints: make(map[classKey]classHints)}
	best := ""
	for i, flags := range []int{
		flagKeepChrome | flagWeightClasses | flagCleanConditionally,
		flagKeepChrome,
	} {
		if i > 0 && elements > maxRetryElements {
			break // one attempt on generated markup, as in mainText
		}
		ex.flags = flags
		ex.infos = make(map[*html.Node]*info, elements)
		t, top := ex.run(body)
		if ex.labelledRailIn(top, len(t)) != nil {
			continue // other stories' cards, as in mainText
		}
		if len(best) >= minUsableChars && len(t) <= len(best)+len(best)/2 {
			// The post found with the class hints, and the reading
			// blind to them adds little more than the page's chrome
			// around it (a navbar, a loading notice).
			continue
		}
		if len(t) > len(best) {
			best = t
		}
		if len(best) >= minArticleChars {
			break
		}
	}
	if len(best) < minUsableChars {
		if t := ex.largestBlock(body); len(t) > len(best) {
			best = t
		}
	}
	if unusable(best) && elements <= maxRetryElements {
		// Nothing still: the page may hide its wrapper until a script
		// shows it (a loader's style="display:none" on the whole page).
		// Read it as that script leaves it.
		ex.flags = flagKeepChrome | flagKeepHidden
		ex.infos = make(map[*html.Node]*info, elements)
		t, _ := ex.run(body)
		if len(t) < minUsableChars {
			if lb := ex.largestBlock(body); len(lb) > len(t) {
				t = lb
			}
		}
		if len(t) > len(best) {
			best = t
		}
	}
	if len(best) <= len(have)+len(have)/2 || copyrightOnly(best) {
		return ""
	}
	return best
}

// sourcesOnly reports whether text, the main pass's, is nothing but a
// list of sources or of names: minCitations paragraphs or more that read
// as citations (citationLine: citationText, of two commas or more and at
// most maxCitationChars) or as a roster's lines (rosterLine: an open letter's
// signatories, a name, a role and an institution each), and none of more
// than maxSourcesLabelWords words that reads as neither (a "References"
// heading, a "Retrieved from" line are no post).
func sourcesOnly(text string) bool {
	listed := 0
	for p := range strings.SplitSeq(text, "\n\n") {
		if citationLine(p) || rosterLine(p) {
			listed++
			continue
		}
		if len(strings.Fields(p)) > maxSourcesLabelWords {
			return false
		}
	}
	return listed >= minCitations
}

// rosterLine reports whether p reads as a line of a roster: two to
// maxRosterWords words, the first opening with a capital (the words after
// it need not: "Professor of Hydrology"), with no digit and no punctuation
// but hyphens and straight apostrophes (a sentence's, a list of
// ingredients' or a table of figures' lines have them).
func rosterLine(p string) bool {
	words := strings.Fields(p)
	if len(words) < 2 || len(words) > maxRosterWords || strings.ContainsFunc(p, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.IsPunct(r) && r != '-' && r != '\''
	}) {
		return false
	}
	return unicode.IsUpper([]rune(words[0])[0])
}

// maxRosterWords is the most words rosterLine takes: a name, a role and
// an institution.
const maxRosterWords = 12

// maxSourcesLabelWords is the most words a line of a reference list's text
// holds that is no citation: its heading, a note on where it comes from.
const maxSourcesLabelWords = 6

// copyrightOnly reports whether t, the fallback's text, is nothing but the
// site's copyright notice (copyrightLine, "(c)" read as "©": "(c)
// 2007-2012 Zorbic Video Recipes. All Rights Reserved."): the largest
// block of a page whose post is a video or a picture and whose thread the
// fallback leaves out (headedCommentsThread). The main pass's few words
// (the post's title) are the better text.
func copyrightOnly(t string) bool {
	if strings.Contains(t, "\n") {
		return false
	}
	l := strings.ReplaceAll(strings.ToLower(t), "(c)", "©")
	return copyrightLine(l, lineSet.match(l))
}

// keepChromeSkip is skip under flagKeepChrome: only what can never be text
// read on the page (scripts, styles, controls, media, hidden elements but
// under flagKeepHidden).
func (ex *extractor) keepChromeSkip(n *html.Node) bool {
	if chromeTags[n.DataAtom] {
		return ex.flags&flagKeepHidden == 0 && hiddenElement(n)
	}
	if removeTags[n.DataAtom] || n.Namespace == "svg" || n.Namespace == "math" {
		return true
	}
	if n.DataAtom == atom.Form && ex.hintsOf(n).comments {
		// A comment form: its notes ("You may use these HTML tags and
		// attributes") are no post, and must not replace the few words
		// of a video's or a picture's post the main pass found.
		return true
	}
	if headedCommentsThread(n) || commentsOpening(n) {
		return true
	}
	if reviewsPanel(n) {
		// A shop's or a recipe's customer reviews (named so, a run of
		// them: customerReviews), which the main pass reads without
		// (othersIn): on a page whose own text is a few words beside a
		// picture, the fallback took the widget for it.
		return true
	}
	return ex.flags&flagKeepHidden == 0 && hiddenElement(n)
}

// chromeTags are the removeTags whose text is read on the page: the
// fallback reads them.
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true, atom.Menu: true,
	atom.Noscript: true, atom.Label: true, atom.Figcaption: true, atom.Dialog: true,
}

// hiddenElement reports whether n's attributes hide it.
func hiddenElement(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// parseNoscript replaces the raw text of each <noscript> under n that holds
// markup (the parser keeps it as text, as a browser running scripts does)
// by the elements it holds, as a browser without scripts shows them (a
// short one too: a tracking pixel's <img> left as text was the page's text
// where nothing else was), and
// moves those of <head> (where an unclosed <noscript> takes the whole page
// along) to the start of body. budget bounds the bytes parsed again, for
// noscripts nested in noscripts.
func parseNoscript(n, body *html.Node, budget *int) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type != html.ElementNode {
			c = next
			continue
		}
		if c.DataAtom != atom.Noscript {
			parseNoscript(c, body, budget)
			c = next
			continue
		}
		t := c.FirstChild
		if t != nil && t.NextSibling == nil && t.Type == html.TextNode &&
			len(t.Data) <= *budget && strings.Contains(t.Data, "<") {
			*budget -= len(t.Data)
			ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			if nodes, err := html.ParseFragment(strings.NewReader(t.Data), ctx); err == nil {
				c.RemoveChild(t)
				for _, k := range nodes {
					c.AppendChild(k)
				}
				parseNoscript(c, body, budget)
				if n.DataAtom == atom.Head {
					n.RemoveChild(c)
					body.InsertBefore(c, body.FirstChild)
				}
			}
		}
		c = next
	}
}

// largestBlock is the text of the block with the most running text of its
// own, the last resort: a block without block children, or one whose
// children are separated by <br>. Text outside links counts first; where
// the page has none, link text.
func (ex *extractor) largestBlock(body *html.Node) string {
	var best *html.Node
	bestLen := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		in := ex.infos[n]
		if in == nil || in.block && ex.teaserCards(n) && ex.labelledRail(n) {
			return // other stories' cards (labelledRailIn): no summary is the page's text
		}
		if !in.block || brBlock(n) || ex.lineList(n, in) {
			// Own text weighs as much as the block's whole text can.
			if l := (in.text-in.link)*maxInputChars + in.text; l > bestLen {
				best, bestLen = n, l
			}
			if !in.block {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(body)
	if best == nil {
		return ""
	}
	if t := ex.emit([]*html.Node{best}); t != "" {
		return t
	}
	// All of it looks like boilerplate (a run of links); it is still the
	// page's text.
	w := &textWriter{}
	ex.emitNode(w, best, true)
	w.flush()
	paras := make([]string, len(w.paras))
	for i, p := range w.paras {
		paras[i] = p.text
	}
	return strings.Join(paras, "\n\n")
}

// brBlock reports whether n's block children are all line breaks: text
// set out in lines, not in paragraphs.
func brBlock(n *html.Node) bool {
	br := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !isBlock(c) {
			continue
		}
		if c.DataAtom != atom.Br {
			return false
		}
		br = true
	}
	return br
}

// lineList reports whether n, of in, is a list (<ul>, <ol>) of two items
// or more, each a line of text without blocks of its own, less than
// maxLineListLinks of it link text: text set out in items, as brBlock's
// is in lines. A post whose one paragraph is set as such a list (a
// recipe's ingredients, a gift guide's intro cut into items) was, item by
// item, no block to largestBlock, which took a line of the page's chrome
// for the text. A menu or a blog's labels ("<a>Beef</a> (99)") are links;
// a reference list under a picture's post (citationList) is its sources.
func (ex *extractor) lineList(n *html.Node, in *info) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol || linkDensity(in) >= maxLineListLinks || ex.citationList(n) {
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Li {
			return false
		}
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			if d.Type == html.ElementNode && isBlock(d) && d.DataAtom != atom.Br {
				return false
			}
		}
		items++
	}
	return items >= 2
}

// maxLineListLinks is the link density from which lineList takes a list
// for links rather than lines of text.
const maxLineListLinks = 0.25

// headedCommentsThread reports whether n, read by the fallback, is a
// readers' thread under its own "N comments" heading (commentsSection with
// a heading, not a counted line). The fallback reads past class hints, so
// on a post whose body is a video or a picture (a recipe blog's "next up"
// teaser) it took the thread as the article; the few words of the post the
// main pass found are the better text.
func headedCommentsThread(n *html.Node) bool {
	c := n.FirstChild
	for c != nil && (c.Type != html.ElementNode || c.DataAtom == atom.A && c.FirstChild == nil) {
		c = c.NextSibling
	}
	return c != nil && heading(c) && commentsHeading(c)
}

// postNames are the class tokens blog themes give a post's block (a
// WordPress post's "post", "hentry" and "type-post"; microformats'
// "h-entry").
var postNames = []string{"post", "hentry", "type-post", "h-entry"}

// maxPostHeaderChars is the most text a post's header holds: its
// headline, date, byline and category; more is the post's text.
const maxPostHeaderChars = 300

// maxEmptyPostChars is the most text outside links a post's block holds
// beside its header when it has no text of its own: a share box's label,
// the "Previous post:" before a link.
const maxEmptyPostChars = 60

// maxPostChars bounds what emptyPostHeader counts of a post's text: past
// it, the post is no empty one.
const maxPostChars = maxPostHeaderChars + 4*maxEmptyPostChars

// nothingOfThePost reports whether the main pass's text, read from the
// block top, holds nothing of a post: too few words to use, or only page
// chrome (a block the page's tags or class names call its footer or
// sidebar, which a lenient attempt went to for want of anything else).
func (ex *extractor) nothingOfThePost(text string, top, body *html.Node) bool {
	return unusable(text) || top != nil && ex.inChrome(top, body)
}

// emptyPostHeader returns the lines of a post's header (its headline,
// date and byline, as headlineOrCaption finds the headline inside a block
// postNames name or an <article>) when the post's block holds little text
// beside it: a picture's or a video's post whose body is the picture, or
// a post whose text is only its title. The header is then all the post
// says, and the main pass, which leaves headers out, finds nothing; the
// fallback would read the comment thread or the page's footer instead.
// The paragraphs of the post's body block (postBodyAfter), a line or two
// too short to score, follow the header. Else "".
func (ex *extractor) emptyPostHeader(body *html.Node) string {
	var h *html.Node
	for d := range descendants(body) {
		if d.Type == html.ElementNode && (d.DataAtom == atom.H1 || d.DataAtom == atom.H2) && ex.headlineOrCaption(d, &info{}) {
			h = d
			break
		}
	}
	if h == nil {
		return ""
	}
	group := h
	for post := h.Parent; post != nil && post != body; group, post = post, post.Parent {
		if post.DataAtom != atom.Article && !slices.ContainsFunc(postNames, func(w string) bool { return hasToken(attr(post, "class"), w) }) {
			continue
		}
		rail := ex.railChild(group)
		railText, others := 0, 0
		if rail != nil {
			railText = len(clean(textOf(rail)))
		}
		if r := ex.railOut; r != nil && contains(post, r) && !contains(group, r) {
			// Other stories' cards or customer reviews in the
			// post's block, below its header: not the post's text.
			others = unlinkedText(r, math.MaxInt)
		}
		if len(clean(textOf(group)))-railText > maxPostHeaderChars || unlinkedText(post, maxPostChars+others)-others-unlinkedText(group, maxPostChars) > maxEmptyPostChars {
			return ""
		}
		lines := blockLines(group, rail)
		if b := ex.postBodyAfter(post, group); b != nil {
			// The post's own line or two in its body, under the
			// header (a video's post: "Wow… just wow."): short, but
			// the post's, where the share box's label is not.
			lines = append(lines, bodyParagraphs(b)...)
		}
		return strings.Join(lines, "\n\n")
	}
	return ""
}

// bodyParagraphs returns the text of each paragraph (<p>) under b that
// holds text, white space collapsed: a short post's own lines, not the
// labels of a table of its pictures (a cell's "Français" under a book
// cover) nor a share box's buttons.
func bodyParagraphs(b *html.Node) []string {
	var lines []string
	for d := range descendants(b) {
		if d.Type != html.ElementNode || d.DataAtom != atom.P || insideTag(d, b, atom.Table) {
			continue
		}
		if t := clean(textOf(d)); t != "" {
			lines = append(lines, t)
		}
	}
	return lines
}

// postBodyAfter returns the block of post that its class or id names as
// the post's text (a theme's "entry-content", "post-body": hintsOf's
// content), after the post's header group and outside it; nil if none.
// emptyPostHeader reads the few lines it holds with the header.
func (ex *extractor) postBodyAfter(post, group *html.Node) *html.Node {
	after := false
	for d := range descendants(post) {
		if d == group {
			after = true
			continue
		}
		if !after || d.Type != html.ElementNode || contains(group, d) {
			continue
		}
		if ex.hintsOf(d).content {
			return d
		}
	}
	return nil
}

// blockLines returns n's text a line for each block under it: the runs
// of inline text between its blocks, and each block's own lines; white
// space collapsed, empty lines left out; scripts, styles and ruby
// annotations (scriptStyleOrRubyNote) left out, and skip (nil: nothing).
func blockLines(n, skip *html.Node) []string {
	var lines []string
	var run strings.Builder
	flush := func() {
		if t := clean(run.String()); t != "" {
			lines = append(lines, t)
		}
		run.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			run.WriteString(c.Data)
		case c.Type != html.ElementNode || scriptStyleOrRubyNote(c) || c == skip:
		case isBlock(c):
			flush()
			lines = append(lines, blockLines(c, skip)...)
		default:
			walkTexts(c, false, scriptStyleOrRubyNote, func(s string) bool {
				run.WriteString(s)
				return true
			})
		}
	}
	flush()
	return lines
}

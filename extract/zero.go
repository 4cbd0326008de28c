package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rules for pages where the main pass found none of the article's text or
// little of it (issue 12): a post whose only text is its header, a short
// post whose headline is outside its block, an article inside an element
// that is always skipped.

// maxHeadlineLevels is how far above a short post's block headlineBefore
// looks for its headline.
const maxHeadlineLevels = 3

// maxHeadlineGap is the most text (in bytes) between a short post's block
// and the headline set before it: a date line, a count of comments, an
// edit box; more is another post's text.
const maxHeadlineGap = 200

// headlineBefore returns the text of the page's headline (an <h1> or <h2>
// that headlineOrCaption takes for the page's title) set just before top
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
			if gap += len(clean(textOf(s))); gap > maxHeadlineGap {
				return ""
			}
		}
	}
	return ""
}

// openNamespaced reports whether n, an element with a namespace prefix
// (<fb:like>, <g:plusone>, <atom:link>), holds blocks of the page: such
// elements are widgets' placeholders, filled by script and skipped, but
// one written self-closing in the HTML way (<atom:link ... />, which
// the parser leaves open, as it leaves every element it does not know)
// takes every later sibling, and in <head> the whole page.
func openNamespaced(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && isBlock(d) {
			return true
		}
	}
	return false
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
// Else "".
func (ex *extractor) emptyPostHeader(body *html.Node) string {
	var h *html.Node
	for d := range body.Descendants() {
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
		if len(clean(textOf(group))) > maxPostHeaderChars || unlinkedText(post, maxPostChars)-unlinkedText(group, maxPostChars) > maxEmptyPostChars {
			return ""
		}
		return strings.Join(blockLines(group), "\n\n")
	}
	return ""
}

// blockLines returns n's text a line for each block under it: the runs
// of inline text between its blocks, and each block's own lines; white
// space collapsed, empty lines left out.
func blockLines(n *html.Node) []string {
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
		case c.Type != html.ElementNode || c.DataAtom == atom.Script || c.DataAtom == atom.Style:
		case isBlock(c):
			flush()
			lines = append(lines, blockLines(c)...)
		default:
			run.WriteString(textOf(c))
		}
	}
	flush()
	return lines
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

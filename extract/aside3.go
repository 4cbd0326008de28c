package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rules for pages whose article sits inside an element that is always
// removed (issue 12), third round: see asidehead.go for the first.

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

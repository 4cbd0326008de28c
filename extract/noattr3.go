package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Structural cues for pages whose class and id names say nothing the
// hints know (issue 12, held-out sites): the boxes around a short post
// known by their headings and shape rather than their names.

// aboutWords are the openings of a box heading that introduces the site
// or its author rather than the page's text: "About", "About me", "About
// us", "About the author", "About <site>", in the languages the word
// lists know.
var aboutWords = []string{"about", "über mich", "über uns", "über den autor", "über die autorin", "à propos", "a propos",
	"sobre mí", "sobre mi", "sobre nosotros", "acerca de", "chi sono", "chi siamo", "over mij", "over ons", "sobre nós", "quem somos"}

// maxAboutChars is the most text an about box holds besides its heading:
// a profile or a site's description of a paragraph or two.
const maxAboutChars = 1200

// aboutHeading reports whether the heading text t introduces an about
// box: one of aboutWords alone or followed by a few words (a name), at
// most five words in all.
func aboutHeading(t string) bool {
	t = strings.ToLower(clean(strings.TrimRight(clean(t), ":.…")))
	if t == "" || len(strings.Fields(t)) > 5 {
		return false
	}
	for _, w := range aboutWords {
		if t == w || strings.HasPrefix(t, w+" ") {
			return true
		}
	}
	return false
}

// aboutBox reports whether n is a box headed as an about box: its first
// element child a heading (h1-h6) saying "About ..." (aboutHeading) that
// is not the page's title, and at most maxAboutChars of text besides it,
// not two paragraphs of prose (holdsProse: a one-page site's "About us"
// section is its text). Sites set their own description or the author's profile so, in a
// sidebar or under the post; where no class name calls it a sidebar or a
// bio, its one paragraph of commas outscores a short post of two lines.
// The first attempt leaves it out as it leaves out blocks named as chrome
// (skip), and the later ones keep the short post it found (mainText).
func (ex *extractor) aboutBox(n *html.Node) bool {
	h := firstElementChild(n)
	if h == nil || !heading(h) || strings.HasPrefix(ex.title, "about") || holdsProse(n) {
		return false
	}
	ht := textOfMax(h, 80)
	if !aboutHeading(ht) || ex.titleHeading(h) {
		return false
	}
	rest := len(clean(textOfMax(n, 2*maxAboutChars+len(ht)))) - len(clean(ht))
	return rest > 0 && rest <= maxAboutChars
}

// commentsOpening reports whether n opens, past one short block of links
// (linkLine: a "Leave a comment" button, a "Report" link), with a heading
// that says "Comments" (commentsHeading), or with a block wrapping one
// (wrappedCommentsHeading), after a post (textBefore): the readers' thread
// under its heading where no class names it, which commentsSection misses
// for wanting the heading first and bare.
func commentsOpening(n *html.Node) bool {
	c := firstElementChild(n)
	if c == nil {
		return false
	}
	if !commentsHeadingBlock(c) && linkLine(c) {
		c = nextElement(c)
	}
	return c != nil && commentsHeadingBlock(c) && textBefore(n, minShortArticleChars)
}

// commentsHeadingBlock reports whether n is a heading that says
// "Comments" (commentsHeading) or a block wrapping one alone
// (wrappedCommentsHeading).
func commentsHeadingBlock(n *html.Node) bool {
	return heading(n) && commentsHeading(n) || wrappedCommentsHeading(n)
}

// linkLine reports whether n is a block of one short line, no heading,
// all of its text in links: a button or a link set above a thread.
func linkLine(n *html.Node) bool {
	if !isBlock(n) || heading(n) || firstLink(n) == nil {
		return false
	}
	t := textOfMax(n, 4*maxCountLineChars)
	return len(t) <= 4*maxCountLineChars && len(clean(t)) <= maxCountLineChars && unlinkedText(n, 1) == 0 && strings.TrimSpace(t) != ""
}

// nextElement returns the element sibling after n, or nil.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// qualifiedCommentsTitle reports whether l, a heading's text lower-cased,
// is a thread's counted title with a word between the count and the
// words quotedCommentTitles know, and the post's title in quotes after
// them ("8 appreciated comments on “Title”", "12 great responses to
// ..."), or a comments label followed by a call to comment ("Comments (9)
// Add a comment"), or a count before the singular ("1 comment:", Blogger's
// heading of a thread of one): themes word the heading their own way.
func qualifiedCommentsTitle(l string) bool {
	l = clean(l)
	t := strings.TrimLeft(l, " 0123456789")
	if t != l && singularComment[strings.Trim(t, " :")] {
		return true
	}
	if t != l {
		if _, rest, ok := strings.Cut(t, " "); ok {
			for _, o := range quotedCommentTitles {
				if after, ok := strings.CutPrefix(rest, o); ok && opensQuote(after) {
					return true
				}
			}
		}
	}
	for _, call := range commentCalls {
		if head, ok := strings.CutSuffix(l, call); ok && head != l && commentsLabel(head) {
			return true
		}
	}
	return false
}

// singularComment is "comment" in the word lists' languages: counted
// ("1 comment:"), a thread of one; alone, a section of an article.
var singularComment = map[string]bool{"comment": true, "kommentar": true, "commentaire": true, "comentario": true,
	"comentário": true, "commento": true, "reactie": true}

// commentCalls end a comments heading that calls to comment ("Comments (9)
// Add a comment").
var commentCalls = append([]string{"add a comment", "add comment", "post a comment", "kommentieren", "commenter"}, commentForms...)

// maxAuthorBoxChars is the most text an authorProfileBox holds: the author's name
// and a paragraph or two about them.
const maxAuthorBoxChars = 800

// authorProfileBox reports whether n, whose info is in, is the author's box under
// a post: at most maxAuthorBoxChars of text in two paragraphs or fewer,
// a square picture (width and height given alike: the author's photo), and
// a link to the author's page (rel="author", or an address with /author/
// in its path) that is a heading's or a line's whole text (the name,
// "Written by Ann Lee"). Blog themes set it after the post's text, inside
// the post's block; a class name ("author-bio") drops it, and without one
// its paragraph about the author ("I am a teacher turned mother of two")
// reads as the post's last.
func authorProfileBox(n *html.Node, in *info) bool {
	if in.text > maxAuthorBoxChars || in.paras > 2 || in.imgs == 0 || !in.block {
		return false
	}
	photo, named := false, false
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.Img:
			w, h := attr(d, "width"), attr(d, "height")
			photo = photo || w != "" && w == h && len(w) >= 2
		case atom.A:
			named = named || authorLink(d) && nameLine(d)
		}
	}
	return photo && named
}

// authorLink reports whether the link a goes to an author's page.
func authorLink(a *html.Node) bool {
	return strings.EqualFold(attr(a, "rel"), "author") || strings.Contains(strings.ToLower(attr(a, "href")), "/author/")
}

// nameLine reports whether the link a is the whole text of its parent, a
// heading or a short line (the author's name), and holds text.
func nameLine(a *html.Node) bool {
	p := a.Parent
	t := clean(textOfMax(a, 100))
	return p != nil && t != "" && len(t) <= 60 && clean(textOfMax(p, 200)) == t
}

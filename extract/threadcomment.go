package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// postOverComment returns, where the best block top is the body of one
// reader's comment (commentItem: a list item headed by its author's name
// and a date and clock time, in a thread of such items), the best block
// before the thread and outside it with minCommentedPostChars of text or more,
// nearly free of links: a story of one short paragraph must not give way
// to a long comment under it ("by Jane on Tuesday July 24, @01:20PM").
// It also returns the thread, which the climbs must not take back in.
// Else top and nil.
func (ex *extractor) postOverComment(top *html.Node, cands []*html.Node, body *html.Node) (*html.Node, *html.Node) {
	thread := commentThreadOf(top)
	if thread == nil || !textBefore(thread, minCommentedPostChars) {
		return top, nil
	}
	var post *html.Node
	best := 0.0
	for _, c := range cands {
		ci := ex.infos[c]
		if c == body || contains(c, thread) || !precedes(c, thread) ||
			ci.text-ci.link < minCommentedPostChars || linkDensity(ci) >= 0.25 || ci.score <= best {
			continue
		}
		post, best = c, ci.score
	}
	if post == nil {
		return top, nil
	}
	return post, thread
}

// minCommentedPostChars is the shortest post postOverComment takes over a comment.
const minCommentedPostChars = 200

// commentThreadOf returns the thread of readers' comments that top lies
// in: where a list item at most maxCommentLevels above top opens with a
// date and a clock time (stampedHead), the list of the outermost item
// whose replies hold it, if minThreadItems or more of the items in it
// (replies too) open so (stampedItems). A single stamped item is a live
// blog's entry or a dated link as often; a reply's parent comment may
// open with its title, its stamp past the first line, or have none.
// Else nil.
func commentThreadOf(top *html.Node) *html.Node {
	var c *html.Node
	for a, level := top, 0; a != nil && level <= maxCommentLevels; a, level = a.Parent, level+1 {
		if a.Type == html.ElementNode && a.DataAtom == atom.Li && stampedHead(a) {
			c = a
			break
		}
	}
	if c == nil {
		return nil
	}
	for p := itemAbove(c); p != nil; p = itemAbove(c) {
		c = p
	}
	if !stampedItems(c.Parent, minThreadItems) {
		return nil
	}
	return c.Parent
}

// maxCommentLevels is how far above the best block commentThreadOf looks
// for the comment holding it.
const maxCommentLevels = 5

// stampedItems reports whether list holds min list items or more, at any
// depth, that open with a date and a clock time (stampedHead).
func stampedItems(list *html.Node, min int) bool {
	n := 0
	for d := range descendants(list) {
		if d.Type == html.ElementNode && d.DataAtom == atom.Li && stampedHead(d) {
			if n++; n >= min {
				return true
			}
		}
	}
	return false
}

// itemAbove returns the nearest list item holding n's list, two levels
// above the list at most (a reply list set in the item or in a box of it),
// or nil.
func itemAbove(n *html.Node) *html.Node {
	a := n.Parent
	for level := 0; a != nil && level < 3; a, level = a.Parent, level+1 {
		if a.Type == html.ElementNode && a.DataAtom == atom.Li {
			return a
		}
	}
	return nil
}

package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The article's own lists of links: lists that cleaning keeps but whose
// items, link lines in a row, filterParagraphs took for a box of links
// beside the text.

// articleList reports whether the list n is the article's own list of
// links, whose items filterParagraphs keeps as an introduced list's: a
// list of points (pointsList) or a section's closing list
// (sectionClosingList).
func (ex *extractor) articleList(n *html.Node) bool {
	return ex.pointsList(n) || ex.sectionClosingList(n)
}

// sectionClosingList reports whether the list n closes a section of the
// text: it stands amid the text (listAmidText) with a paragraph of prose
// before it and the next section's heading after it, such as a deals
// post's "Get it on Amazon for $58.99" under each deal or a guide's
// further resources at the end of a section. Cleaning keeps such a list;
// its items, link lines in a row, went in the filter. A list of links
// between two paragraphs (a "read also" insert) is left to it.
func (ex *extractor) sectionClosingList(n *html.Node) bool {
	prev, next := textSibling(n, -1), textSibling(n, 1)
	return prev != nil && prev.DataAtom == atom.P && next != nil && heading(next) && ex.amidText(prev, next)
}

// minPointsItems is the fewest items pointsList reads as the article's
// list of points.
const minPointsItems = 3

// pointsList reports whether the list n is the article's own list of
// points: minPointsItems items or more, most of which say something
// outside their links (countProseItems: "<a>Calling All Germs</a> – Do
// you really want to know how dirty your smartphone is?", "We've just
// landed <a>Bug 1553982</a>, which aims to ..."). Its items that are a
// link alone ("<a>Here's our Firefox Year in Review!</a>", a digest's
// headline it lets speak for itself) are points of the same list, not a
// run of link lines beside the text, and filterParagraphs keeps them as
// it keeps an introduced list's. A list of related stories is links
// alone, or links with a date or a source beside them (short of
// minProseChars), and stays as it was.
func (ex *extractor) pointsList(n *html.Node) bool {
	items, prose, _ := ex.countProseItems(n)
	return items >= minPointsItems && 2*prose > items
}

// minProseListItems is the fewest items of prose proseItemList takes.
const minProseListItems = 2

// minProseItemChars is the text outside links that makes a list item a
// paragraph of prose to proseItemList.
const minProseItemChars = 150

// proseItemList reports whether n, a <ul> or <ol>, holds the article's
// paragraphs as its items: minProseListItems items or more of prose
// (proseItem), or items of prose that hold most of the list's text (an
// article of one long paragraph set as an item, the photos and a short
// bold line under it items of their own). drop keeps a block holding most
// of the text being emitted when it has paragraphs; such a list has none
// (its items are <li>s, not <p>s), and its pictures made it a gallery to
// cleanConditionally, which left the post empty, or left only a line
// outside the list ("Ready for more design ideas? Check below!"); clutter
// takes no such list for a gallery either, where it is only part of the
// text (a post's middle paragraphs as items, a photo after each).
func (ex *extractor) proseItemList(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	prose, proseText := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ci := ex.infos[c]
		if c.DataAtom != atom.Li || ci == nil {
			continue
		}
		if proseItem(ci) {
			prose++
			proseText += ci.text - ci.link
			if prose >= minProseListItems {
				return true
			}
		}
	}
	in := ex.infos[n]
	return prose > 0 && in != nil && 3*proseText >= 2*in.text
}

// proseItem reports whether a list item is a paragraph of prose:
// minProseItemChars or more outside links, with a comma, a sentence's
// make-up.
func proseItem(ci *info) bool {
	return ci.text-ci.link >= minProseItemChars && ci.commas > 0
}

// loneProseItem reports whether n is a <ul> or <ol> holding one item
// alone, a paragraph of prose (proseItem) with no blocks in it: it reads
// as a bare paragraph does, and repeatedBlock never takes it for a block
// repeated on the page (an article whose paragraphs are each set as a
// list of one item, two of them alike, as a placeholder text's are).
func (ex *extractor) loneProseItem(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	var item *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type != html.ElementNode:
		case c.DataAtom != atom.Li || item != nil:
			return false
		default:
			item = c
		}
	}
	ci := ex.infos[item]
	return item != nil && ci != nil && !ci.block && proseItem(ci)
}

package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
	for d := range n.Descendants() {
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

package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxLabelCellChars is the length under which a table cell without a
// comma or a block inside is a label (a name, a title, an institution)
// rather than running text.
const maxLabelCellChars = 50

// labelCell reports whether n is a table cell holding a label rather than
// prose: under maxLabelCellChars characters, no comma, no block inside. A
// table of hundreds of such rows (signatories, a squad, a price list)
// scored a point a cell and outscored the short article beside it.
func labelCell(n *html.Node, in *info) bool {
	return (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && in.commas == 0 && in.text < maxLabelCellChars && !in.block
}

// minLabelRows is how many rows of labels a table needs to be a roll
// rather than a fact box (labelTable).
const minLabelRows = 20

// labelTable reports whether n is a roll of names: a table of
// minLabelRows or more rows whose every cell is a label (labelCell) and
// holds no link. A short article's fact box or ingredients stay with it;
// a list of hundreds of signatories or members beside it is not its text.
func (ex *extractor) labelTable(n *html.Node, in *info) bool {
	if n.DataAtom != atom.Table || in.commas > 0 || in.link > 0 || in.paras > 0 {
		return false
	}
	rows := 0
	for r := range descendants(n) {
		if r.Type != html.ElementNode {
			continue
		}
		switch r.DataAtom {
		case atom.Tr:
			rows++
		case atom.Td, atom.Th:
			if ci := ex.infos[r]; ci == nil || !labelCell(r, ci) {
				return false
			}
		case atom.Table:
			if r != n {
				return false
			}
		}
	}
	return rows >= minLabelRows && !holdsDigit(n)
}

// holdsDigit reports whether the text under n holds an ASCII digit: a
// table of figures (results, prices, dates) is data the article reports.
func holdsDigit(n *html.Node) bool {
	for d := range descendants(n) {
		if d.Type == html.TextNode && strings.ContainsAny(d.Data, "0123456789") {
			return true
		}
	}
	return false
}

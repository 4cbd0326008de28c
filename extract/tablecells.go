package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// maxRollLineChars is the longest row a roll of names takes (nameRoll):
// a name, a role and an institution.
const maxRollLineChars = 160

// nameRoll reports whether n is a roll of names set with their roles and
// places, as an open letter's signatories or a society's members are: a
// table, a list or a block of minLabelRows or more rows (a table's <tr>s,
// a list's <li>s, a block's <div>s or <p>s, headings beside them), each
// opening with a person's name (personName: the first cell, or the line
// up to its first comma), under maxRollLinks of it linked (the names, to
// their profiles, at most), each maxRollLineChars or less, none
// ending a sentence, and no digit in any. labelTable's cells are short and
// without commas; a row "Dr. Amara Lindqvist | Professor of Hydrology,
// University of Carrowmore" is neither, and its table, or the same names
// set as list items, outscored the short article beside it.
func (ex *extractor) nameRoll(n *html.Node, in *info) bool {
	if linkDensity(in) >= maxRollLinks || in.text < minLabelRows*personNameMinChars {
		return false
	}
	var item atom.Atom
	switch n.DataAtom {
	case atom.Table:
		item = atom.Tr
	case atom.Ul, atom.Ol:
		item = atom.Li
	case atom.Div, atom.Section:
		item = atom.Div
	default:
		return false
	}
	rows := 0
	if item == atom.Tr {
		for r := range descendants(n) {
			if r.Type != html.ElementNode {
				continue
			}
			switch r.DataAtom {
			case atom.Table:
				if r != n {
					return false
				}
			case atom.Tr:
				cell := firstElementChild(r)
				if rows == 0 && cell != nil && cell.DataAtom == atom.Th {
					continue // the table's header row, "Name | Role"
				}
				if cell == nil || !rollLine(textOfMax(cell, maxRollLineChars+1), true) || len(strings.TrimSpace(textOfMax(r, maxRollLineChars+1))) > maxRollLineChars {
					return false
				}
				rows++
			}
		}
	} else {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || scriptOrStyle(c) || item == atom.Div && heading(c) {
				continue
			}
			ci := ex.infos[c]
			if c.DataAtom != item && !(item == atom.Div && c.DataAtom == atom.P) || ci == nil || ci.block || ci.text > maxRollLineChars || !rollLine(textOfMax(c, maxRollLineChars+1), false) {
				return false
			}
			rows++
		}
	}
	return rows >= minLabelRows && !holdsDigit(n)
}

// maxRollLinks is the share of a roll's text its links may hold: the
// names linked to their profiles, not a list of links.
const maxRollLinks = 0.5

// personNameMinChars is the least text a row of a roll of names holds.
const personNameMinChars = 5

// rollLine reports whether t is a row of a roll of names: a person's name
// (personName), the whole of it where whole is set (a table's first
// cell), else up to its first comma or the end, and no full stop, "!",
// "?" or colon at its end (a sentence of the article's own list, or a
// label before what it heads, is no row).
func rollLine(t string, whole bool) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > maxRollLineChars || strings.ContainsAny(t[len(t)-1:], ".!?:") {
		return false
	}
	if i := strings.IndexByte(t, ','); i >= 0 && !whole {
		t = t[:i]
	}
	return personName(t)
}

// personName reports whether t reads as a person's name: two to five
// words, the first and the last capitalized, any between capitalized or a
// particle (nameParticles: "de", "van").
func personName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		if strings.IndexFunc(w, notNameRune) >= 0 {
			return false // "Specialty:", "(ret.)"
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if i == 0 || i == len(words)-1 || !nameParticles[w] {
			return false
		}
	}
	return true
}

// rollRow reports whether n, a list item, a line (a <div> or <p>), a
// <span> or <font> right inside one, or a table cell of in, reads as a row
// of a roll of names (nameRoll), or a part of one: a list item or a line
// "Name, role, place" (rollItem: rollLine, a comma in it), or a cell of a
// row whose first cell is a person's name. Such a row scores nothing: a roll of a hundred names and
// their institutions, a comma in each, outscored the short article beside
// it, as labelCell's and citationItem's rows did.
func rollRow(n *html.Node, in *info) bool {
	if in.block || linkDensity(in) >= maxRollLinks || in.text > maxRollLineChars {
		return false
	}
	switch n.DataAtom {
	case atom.Li, atom.Div, atom.P:
		return rollItem(n)
	case atom.Span, atom.Font:
		// A part of the row, "<span>Name</span>, <span>role</span>".
		p := n.Parent
		return p != nil && (p.DataAtom == atom.Li || p.DataAtom == atom.Div || p.DataAtom == atom.P) && rollItem(p)
	case atom.Td, atom.Th:
		if n.Parent == nil || n.Parent.DataAtom != atom.Tr || !inLongRun(n.Parent) {
			return false
		}
		first := firstElementChild(n.Parent)
		return first != nil && first != n.Parent.LastChild && rollLine(textOfMax(first, maxRollLineChars+1), true)
	}
	return false
}

// rollItem reports whether the text of n, a list item or a line, is a row
// of a roll of names with a comma in it and no digit: "Name, role, place"
// (rollLine), not a byline's "By Name, 28 May 2010", among minLabelRows
// or more (inLongRun): a product's "Nose Dome, room for the nose" among
// its five features is no roll.
func rollItem(n *html.Node) bool {
	if !inLongRun(n) {
		return false
	}
	t := textOfMax(n, maxRollLineChars+1)
	return strings.IndexByte(t, ',') >= 0 && !strings.ContainsAny(t, "0123456789") && rollLine(t, false)
}

// inLongRun reports whether n's parent holds minLabelRows or more
// elements, n among them: the rows of a roll, not a short list's.
func inLongRun(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	k := 0
	for c := n.Parent.FirstChild; c != nil && k < minLabelRows; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k >= minLabelRows
}

// notNameRune reports whether r stands in no word of a name: a name's
// words are letters, marks, and the full stop, hyphen and apostrophes of
// "J.", "Anne-Marie" and "O'Brien".
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(".-'’", r)
}

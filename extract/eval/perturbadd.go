package eval

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The perturbations here rewrite the article's own markup into a kind a
// held-out page had (ruby annotations, a list) or put beside the article a
// block a held-out page lost its article to (a long reference list, a
// signatories table, a rail of teasers). The added blocks' text is made up
// here, the same on every page, and is not in any truth: kept, it costs
// precision; chosen instead of the article, recall.

// el makes an element tag with the attributes given as key, value pairs.
func el(tag string, attrs ...string) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
	for i := 0; i+1 < len(attrs); i += 2 {
		n.Attr = append(n.Attr, html.Attribute{Key: attrs[i], Val: attrs[i+1]})
	}
	return n
}

// textEl makes an element tag holding the text s.
func textEl(tag, s string, attrs ...string) *html.Node {
	n := el(tag, attrs...)
	n.AppendChild(&html.Node{Type: html.TextNode, Data: s})
	return n
}

// placeBeside puts block next to the article's container (ArticleContainer),
// after it or before it; at the end or the start of <body> where the
// container is <body> or <html> or there is none.
func placeBeside(doc *html.Node, truth string, block *html.Node, after bool) *html.Node {
	c := ArticleContainer(doc, truth)
	if c == nil || c.Parent == nil || c.DataAtom == atom.Body || c.DataAtom == atom.Html {
		body := firstElement(doc, atom.Body)
		if body == nil {
			return doc
		}
		if after {
			body.AppendChild(block)
		} else {
			body.InsertBefore(block, body.FirstChild)
		}
		return doc
	}
	if after {
		c.Parent.InsertBefore(block, c.NextSibling)
	} else {
		c.Parent.InsertBefore(block, c)
	}
	return doc
}

var (
	madeSurnames = []string{"Okonkwo", "Lindqvist", "Haraldsen", "Brennan", "Takahashi", "Moreau", "Castellano", "Petrovic", "Nakamura", "Whitfield", "Delacroix", "Szabo", "Ferreira", "Kowalczyk", "Abernathy", "Vasquez", "Rautio", "Ibsen", "Mbeki", "Quintero", "Halloran", "Dubois", "Yamada", "Gallagher"}
	madeGiven    = []string{"Amara", "Bjorn", "Clarice", "Dmitri", "Eamon", "Farida", "Gustav", "Hiroko", "Ingrid", "Joaquin", "Keziah", "Lorcan", "Marisol", "Niamh", "Osvaldo", "Priya", "Quentin", "Rosalind", "Soren", "Talulah"}
	madeTopics   = []string{"sediment transport", "cooperative housing", "coastal erosion", "municipal budgets", "seed dispersal", "rural broadband", "tidal energy", "school meals", "urban heat islands", "river restoration", "freight logistics", "peat bogs", "public libraries", "wind turbine noise", "orchard pollination", "harbour dredging"}
	madeVerbs    = []string{"Measuring", "Revisiting", "Modelling", "Mapping", "Estimating", "Comparing", "Explaining", "Forecasting"}
	madePlaces   = []string{"northern estuaries", "mid-sized towns", "alpine valleys", "island communities", "post-industrial cities", "dryland farms", "border regions", "delta settlements"}
	madeJournals = []string{"Journal of Applied Field Studies", "Review of Regional Planning", "Quarterly Annals of Survey Methods", "Proceedings of the Society for Landscape Records", "Letters in Environmental Accounting"}
	madeRoles    = []string{"Professor of Hydrology", "Senior Lecturer in Planning", "Director of Field Research", "Emeritus Fellow", "Research Associate", "Chair of the Advisory Board", "Visiting Scholar", "Head of Surveys"}
	madeOrgs     = []string{"Northfold Institute", "University of Carrowmore", "Saltmarsh Research Trust", "Kelvindale Polytechnic", "Westerhaven Academy of Sciences", "Amberley Field Station", "Lowmoor College", "Institute for Estuary Studies"}
)

// madeName is the i'th made-up person's name.
func madeName(i int) string {
	return madeGiven[(i*7)%len(madeGiven)] + " " + madeSurnames[(i*5+i/len(madeSurnames))%len(madeSurnames)]
}

// madeReference is the i'th entry of a made-up reference list.
func madeReference(i int) string {
	s := madeSurnames[(i*5)%len(madeSurnames)]
	s2 := madeSurnames[(i*11+3)%len(madeSurnames)]
	g := madeGiven[(i*3)%len(madeGiven)][:1]
	g2 := madeGiven[(i*13+1)%len(madeGiven)][:1]
	return fmt.Sprintf("%s, %s. and %s, %s. (%d). %s %s in %s: evidence from %d surveys. %s %d (%d): %d-%d. doi:10.%d/%d.%d",
		s, g, s2, g2, 1987+(i*7)%36,
		madeVerbs[(i*3)%len(madeVerbs)], madeTopics[(i*7)%len(madeTopics)], madePlaces[(i*5)%len(madePlaces)], 12+(i*37)%240,
		madeJournals[i%len(madeJournals)], 3+(i*11)%58, 1+i%4, 100+(i*53)%700, 112+(i*53)%700+(i%9)*3,
		1000+(i*97)%9000, 2000+(i*31)%25, 1000+(i*733)%9000)
}

// referencesBlock is a references section of n made-up entries.
func referencesBlock(n int) *html.Node {
	sec := el("section", "class", "references", "id", "references")
	sec.AppendChild(textEl("h2", "References"))
	ol := el("ol", "class", "reference-list")
	for i := 0; i < n; i++ {
		ol.AppendChild(textEl("li", madeReference(i), "id", fmt.Sprintf("cite-note-%d", i+1)))
	}
	sec.AppendChild(ol)
	return sec
}

// signatoriesBlock is a table of n made-up signatories: name, role,
// institution.
func signatoriesBlock(n int) *html.Node {
	div := el("div", "class", "signatories")
	div.AppendChild(textEl("h3", "Signatories"))
	tb := el("table")
	body := el("tbody")
	for i := 0; i < n; i++ {
		tr := el("tr")
		tr.AppendChild(textEl("td", madeName(i)))
		tr.AppendChild(textEl("td", madeRoles[(i*3)%len(madeRoles)]))
		tr.AppendChild(textEl("td", madeOrgs[(i*5+i/7)%len(madeOrgs)]))
		body.AppendChild(tr)
	}
	tb.AppendChild(body)
	div.AppendChild(tb)
	return div
}

// madeTeasers are made-up teaser cards: a headline and its summary.
var madeTeasers = [][2]string{
	{"Ferry timetable changes for the winter months", "Crossings will run every ninety minutes from November, and the late boat on Sundays is cut until the spring, the operator said on Tuesday after a review of passenger numbers."},
	{"Allotment waiting list passes four hundred names", "Gardeners may wait six years for a plot as demand keeps rising, and the council is looking at splitting the larger plots in two to shorten the queue."},
	{"Bridge repairs to close the river road for a month", "Drivers are told to use the bypass while engineers replace the bearings under the old stone bridge, work that was put off twice for lack of money."},
	{"Library extends its opening hours on weekdays", "The central library will stay open until eight in the evening from next month, paid for by a grant that also buys a new van for the mobile service."},
	{"Choir raises money for a new roof at the hall", "Three concerts over the summer brought in enough to fix the leaks that have closed the back room since the storms of last January."},
	{"School canteen wins award for its local menus", "Pupils helped plan meals made with vegetables from farms within twenty miles, and the judges praised the kitchen staff for cutting waste by a third."},
	{"Harbour dredging begins after a two-year delay", "Silt that has kept larger boats out of the inner basin will be taken away by barge and spread on farmland inland, the harbour board confirmed."},
	{"Cycle path along the canal to open in stages", "The first three miles from the lock to the mill will open in spring, with the rest to follow once a footbridge over the railway is finished."},
	{"Museum puts its fishing photographs online", "More than two thousand glass plates showing the town's fleet between the wars have been scanned by volunteers and can now be searched by boat name."},
	{"Market traders ask for cover from the rain", "Stallholders say takings fall by half on wet days and want the square's old canopy back, which was taken down for safety reasons a decade ago."},
	{"Wind farm plan goes back to the inquiry", "The developer has cut the number of turbines from twelve to nine after objections about the view from the hills, and a fresh hearing is set for May."},
	{"Rowing club celebrates its hundredth season", "Members past and present will race on the estuary in August, and the club is still looking for photographs from its early years for an exhibition."},
}

// teasersBlock is a rail of the made-up teaser cards, each a linked
// headline and a summary paragraph.
func teasersBlock() *html.Node {
	div := el("div", "class", "top-stories")
	div.AppendChild(textEl("h2", "Top stories"))
	for i, t := range madeTeasers {
		card := el("div", "class", "story-card")
		h := el("h3")
		h.AppendChild(textEl("a", t[0], "href", fmt.Sprintf("/news/local/story-%d", 4100+i*17)))
		card.AppendChild(h)
		card.AppendChild(textEl("p", t[1]))
		div.AppendChild(card)
	}
	return div
}

// truthWords is the number of words in the truth.
func truthWords(truth string) int { return len(Tokens(truth)) }

// AddReferences puts a made-up reference list after the article's
// container, with about twice the article's words (20 to 150 entries).
func AddReferences(doc *html.Node, truth string) *html.Node {
	n := min(max(truthWords(truth)/20, 20), 150)
	return placeBeside(doc, truth, referencesBlock(n), true)
}

// AddSignatories puts a made-up table of signatories after the article's
// container, with about as many words as the article (30 to 200 rows).
func AddSignatories(doc *html.Node, truth string) *html.Node {
	n := min(max(truthWords(truth)/7, 30), 200)
	return placeBeside(doc, truth, signatoriesBlock(n), true)
}

// AddTeasers puts a rail of twelve made-up teaser cards before the
// article's container, as a landing page's top stories.
func AddTeasers(doc *html.Node, truth string) *html.Node {
	return placeBeside(doc, truth, teasersBlock(), false)
}

// rubyReading is the made-up annotation each annotated word gets.
const rubyReading = "よみがな"

// RubyWords annotates every fourth word of the article's paragraphs
// (truthParagraphs) with ruby: <ruby>word<rp>(</rp><rt>reading</rt><rp>)</rp></ruby>,
// as furigana are written over Japanese text.
func RubyWords(doc *html.Node, truth string) *html.Node {
	for _, p := range truthParagraphs(doc, truth) {
		var texts []*html.Node
		walk(p, func(n *html.Node) {
			if n.Type == html.TextNode && n.Parent != nil && n.Parent.DataAtom != atom.Script && n.Parent.DataAtom != atom.Style {
				texts = append(texts, n)
			}
		})
		k := 0
		for _, t := range texts {
			rubyText(t, &k)
		}
	}
	return doc
}

// rubyText replaces the text node t by its text with every fourth word (k
// counts the words across the paragraph) inside a ruby.
func rubyText(t *html.Node, k *int) {
	s := t.Data
	parent := t.Parent
	var pending strings.Builder
	flush := func() {
		if pending.Len() > 0 {
			parent.InsertBefore(&html.Node{Type: html.TextNode, Data: pending.String()}, t)
			pending.Reset()
		}
	}
	changed := false
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' {
			j++
		}
		if j > i {
			*k++
			if *k%4 == 0 {
				flush()
				r := el("ruby")
				r.AppendChild(&html.Node{Type: html.TextNode, Data: s[i:j]})
				r.AppendChild(textEl("rp", "("))
				r.AppendChild(textEl("rt", rubyReading))
				r.AppendChild(textEl("rp", ")"))
				parent.InsertBefore(r, t)
				changed = true
			} else {
				pending.WriteString(s[i:j])
			}
		}
		for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t') {
			pending.WriteByte(s[j])
			j++
		}
		i = j
	}
	if !changed {
		return
	}
	flush()
	parent.RemoveChild(t)
}

// ListParagraphs turns each run of the article's sibling paragraphs
// (truthParagraphs) into one <ul>, a paragraph an <li>, as recipes write
// their steps and some pages their whole story.
func ListParagraphs(doc *html.Node, truth string) *html.Node {
	done := make(map[*html.Node]bool)
	for _, p := range truthParagraphs(doc, truth) {
		if done[p] || p.Parent == nil {
			continue
		}
		listRun(p, el("ul"), func() *html.Node { return el("li") }, func(c *html.Node) bool {
			if c.Type != html.ElementNode || c.DataAtom != atom.P {
				return false
			}
			done[c] = true
			return true
		})
	}
	return doc
}

// listRun inserts list before p and moves into it the run of siblings from
// p on that take accepts, each one's children in an item of its own
// (item), blank text between them dropped; the run ends at the first
// sibling that is neither.
func listRun(p, list *html.Node, item func() *html.Node, take func(*html.Node) bool) {
	p.Parent.InsertBefore(list, p)
	for c := p; c != nil; {
		next := c.NextSibling
		switch {
		case take(c):
			c.Parent.RemoveChild(c)
			li := item()
			moveChildren(c, li)
			list.AppendChild(li)
		case isBlank(c):
			c.Parent.RemoveChild(c)
		default:
			next = nil
		}
		c = next
	}
}

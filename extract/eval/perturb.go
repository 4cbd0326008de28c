package eval

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsner/newsner/extract"
)

// A Perturbation rewrites a page's markup and keeps the article's text as it
// was: the held-out pages the extractor fails on differ from the dev pages in
// such markup (the article inside an element that is always removed, the
// body only inside <noscript>, paragraphs made of <br>s, no classes), so
// scoring the dev pages perturbed measures how far the extractor leans on
// markup that real pages need not have. Apply gets the parsed page (which it
// may change) and the page's truth, and returns the HTML to extract.
type Perturbation struct {
	Name  string
	About string
	Apply func(doc *html.Node, truth string) []byte
}

// Perturbations lists the markup perturbations eval extract --perturb scores.
var Perturbations = []Perturbation{
	{"rendered", "the page parsed and rendered again, nothing changed: what the others' rendering costs", func(doc *html.Node, _ string) []byte {
		return render(doc)
	}},
	{"aside", "the article's container wrapped in <aside>", func(doc *html.Node, truth string) []byte {
		return render(WrapArticle(doc, truth, "aside"))
	}},
	{"header-open", "the page's first <header> left open: it takes every later sibling", func(doc *html.Node, _ string) []byte {
		return render(OpenFirstHeader(doc))
	}},
	{"header-p", "each of the article's paragraphs inside a <header>", func(doc *html.Node, truth string) []byte {
		return render(HeaderParagraphs(doc, truth))
	}},
	{"noscript", "the body moved into <noscript> behind an empty script-rendered shell", func(doc *html.Node, _ string) []byte {
		return NoscriptBody(doc)
	}},
	{"br", "each run of <p>s made one <div> of text followed by <br><br>", func(doc *html.Node, _ string) []byte {
		return render(BreakParagraphs(doc))
	}},
	{"no-attr", "every class and id attribute removed", func(doc *html.Node, _ string) []byte {
		return render(StripClassID(doc))
	}},
	{"no-semantic", "<article>, <main> and <section> renamed <div>", func(doc *html.Node, _ string) []byte {
		return render(RenameSemantic(doc))
	}},
	{"ruby", "every fourth word of the article's paragraphs given a ruby annotation (<rt>), as furigana", func(doc *html.Node, truth string) []byte {
		return render(RubyWords(doc, truth))
	}},
	{"list", "each run of the article's paragraphs made a <ul>, a paragraph an <li>", func(doc *html.Node, truth string) []byte {
		return render(ListParagraphs(doc, truth))
	}},
	{"references", "a made-up reference list, about twice the article's words, after the article", func(doc *html.Node, truth string) []byte {
		return render(AddReferences(doc, truth))
	}},
	{"signatories", "a made-up table of signatories, about the article's words, after the article", func(doc *html.Node, truth string) []byte {
		return render(AddSignatories(doc, truth))
	}},
	{"teasers", "a rail of twelve made-up teaser cards (linked headline, summary) before the article", func(doc *html.Node, truth string) []byte {
		return render(AddTeasers(doc, truth))
	}},
	{"recipe", "the article's second half a recipe's: an ingredients <ul> of short items, then numbered steps (<ol>)", func(doc *html.Node, truth string) []byte {
		return render(RecipeShape(doc, truth))
	}},
	{"reviews", "a made-up reviews widget (author, rating, date, short comment), about the article's words, after the article", func(doc *html.Node, truth string) []byte {
		return render(AddReviews(doc, truth))
	}},
	{"factbox", "the article's middle paragraph a fact box: a table of label/value rows, a sentence each", func(doc *html.Node, truth string) []byte {
		return render(FactBox(doc, truth))
	}},
}

// OptInPerturbations are scored only where --perturb-only names them: they
// take the article's text out of the markup, so their figures measure a
// reading of something else and would only lower the table's mean.
var OptInPerturbations = []Perturbation{
	{"shell", "the body's markup gone but its scripts (a script-rendered page as served): what the script data gives", func(doc *html.Node, _ string) []byte {
		return render(ScriptShell(doc))
	}},
}

// PerturbationNames lists the perturbations' names.
func PerturbationNames() []string {
	var out []string
	for _, p := range Perturbations {
		out = append(out, p.Name)
	}
	for _, p := range OptInPerturbations {
		out = append(out, p.Name+" (opt-in)")
	}
	return out
}

// ScriptShell empties the page's <body> but for its <script> elements
// (JSON-LD, framework data, code), behind an empty mount point, as a page
// rendered by script is served.
func ScriptShell(doc *html.Node) *html.Node {
	body := firstElement(doc, atom.Body)
	if body == nil {
		return doc
	}
	scripts := elements(body, atom.Script)
	for c := body.FirstChild; c != nil; c = body.FirstChild {
		body.RemoveChild(c)
	}
	body.AppendChild(&html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div,
		Attr: []html.Attribute{{Key: "id", Val: "__next"}}})
	for _, s := range scripts {
		if s.Parent != nil {
			s.Parent.RemoveChild(s)
		}
		body.AppendChild(s)
	}
	return doc
}

// Perturb returns the page's HTML rewritten by p (the page as it was if it
// does not parse).
func Perturb(page []byte, truth string, p Perturbation) []byte {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return page
	}
	return p.Apply(doc, truth)
}

func render(doc *html.Node) []byte {
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		return nil
	}
	return b.Bytes()
}

// walk calls f on n and each node under it, in document order; f may not
// move the node it is given.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// elements returns the elements under doc with tag a, in document order.
func elements(doc *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == a {
			out = append(out, n)
		}
	})
	return out
}

// nodeText is the text under n, scripts and styles left out.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return sb.String()
}

// truthParagraphs returns the <p>s under doc most of whose word 4-grams are
// in the truth: the article's paragraphs.
func truthParagraphs(doc *html.Node, truth string) []*html.Node {
	ts := Shingles(truth, ShingleSize)
	var out []*html.Node
	for _, p := range elements(doc, atom.P) {
		ps := Shingles(nodeText(p), ShingleSize)
		in, all := 0, 0
		for s, c := range ps {
			all += c
			in += min(c, ts[s])
		}
		if all > 0 && 2*in > all {
			out = append(out, p)
		}
	}
	return out
}

// ArticleContainer returns the deepest element holding at least four fifths
// of the text of the article's paragraphs (truthParagraphs), or nil if no
// paragraph is the article's.
func ArticleContainer(doc *html.Node, truth string) *html.Node {
	paras := truthParagraphs(doc, truth)
	if len(paras) == 0 {
		return nil
	}
	weight := make(map[*html.Node]int)
	total := 0
	for _, p := range paras {
		w := len(Tokens(nodeText(p)))
		total += w
		for a := p; a != nil; a = a.Parent {
			weight[a] += w
		}
	}
	// The elements holding enough are one chain of ancestors: take the
	// deepest.
	var best *html.Node
	bestDepth := -1
	for a, wt := range weight {
		if a.Type != html.ElementNode || 5*wt < 4*total {
			continue
		}
		d := 0
		for p := a.Parent; p != nil; p = p.Parent {
			d++
		}
		if d > bestDepth {
			best, bestDepth = a, d
		}
	}
	return best
}

// wrap puts n inside a new element tag, in n's place.
func wrap(n *html.Node, tag string) *html.Node {
	w := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
	n.Parent.InsertBefore(w, n)
	n.Parent.RemoveChild(n)
	w.AppendChild(n)
	return w
}

// WrapArticle wraps the article's container (ArticleContainer; <body>'s
// children if it is <body> or <html>) in a new element tag.
func WrapArticle(doc *html.Node, truth, tag string) *html.Node {
	c := ArticleContainer(doc, truth)
	if c == nil || c.Parent == nil || c.DataAtom == atom.Body || c.DataAtom == atom.Html {
		body := firstElement(doc, atom.Body)
		if body == nil {
			return doc
		}
		w := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
		moveChildren(body, w)
		body.AppendChild(w)
		return doc
	}
	wrap(c, tag)
	return doc
}

func firstElement(doc *html.Node, a atom.Atom) *html.Node {
	if es := elements(doc, a); len(es) > 0 {
		return es[0]
	}
	return nil
}

// moveChildren moves from's children to the end of to.
func moveChildren(from, to *html.Node) {
	for c := from.FirstChild; c != nil; c = from.FirstChild {
		from.RemoveChild(c)
		to.AppendChild(c)
	}
}

// OpenFirstHeader does what a page whose first <header> is never closed
// gets from the parser: the header takes every later sibling up to its
// parent's end. A page without a <header> gets an open one first in <body>.
func OpenFirstHeader(doc *html.Node) *html.Node {
	h := firstElement(doc, atom.Header)
	if h == nil {
		body := firstElement(doc, atom.Body)
		if body == nil {
			return doc
		}
		h = &html.Node{Type: html.ElementNode, Data: "header", DataAtom: atom.Header}
		body.InsertBefore(h, body.FirstChild)
	}
	for s := h.NextSibling; s != nil; s = h.NextSibling {
		h.Parent.RemoveChild(s)
		h.AppendChild(s)
	}
	return doc
}

// HeaderParagraphs wraps each of the article's paragraphs
// (truthParagraphs) in a <header>.
func HeaderParagraphs(doc *html.Node, truth string) *html.Node {
	for _, p := range truthParagraphs(doc, truth) {
		wrap(p, "header")
	}
	return doc
}

// noscriptShell is the body a script-rendered page serves ahead of its
// <noscript> copy: an empty mount point and the script that would fill it.
const noscriptShell = `<div id="app"></div><script src="/static/app.js"></script>`

// NoscriptBody returns the page with its <body> content moved into a
// <noscript> behind noscriptShell (the noscripts it held unwrapped). The
// content is rendered as markup inside <noscript>, which a parser with
// scripting on reads back as raw text.
func NoscriptBody(doc *html.Node) []byte {
	body := firstElement(doc, atom.Body)
	if body == nil {
		return render(doc)
	}
	unwrapNoscripts(body)
	var inner bytes.Buffer
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		html.Render(&inner, c)
	}
	for c := body.FirstChild; c != nil; c = body.FirstChild {
		body.RemoveChild(c)
	}
	// Render the page with a marker in the body, then put the noscript in
	// its place: html.Render escapes a text node's markup.
	const mark = "newsner-perturb-noscript"
	body.AppendChild(&html.Node{Type: html.CommentNode, Data: mark})
	out := render(doc)
	repl := noscriptShell + "<noscript>" + inner.String() + "</noscript>"
	return bytes.Replace(out, []byte("<!--"+mark+"-->"), []byte(repl), 1)
}

// unwrapNoscripts replaces each <noscript> under n by its content parsed in
// its parent's place (by its text if that fails). A <noscript> inside would
// end the new outer one early, yet dropping it would lose the posts some
// pages (forums among them) keep only in their <noscript> copy.
func unwrapNoscripts(n *html.Node) {
	// Content parsed out of one may hold another: a few rounds suffice.
	for round := 0; round < 4; round++ {
		ns := elements(n, atom.Noscript)
		if len(ns) == 0 {
			return
		}
		for _, ns := range ns {
			parent := ns.Parent
			if parent == nil {
				continue
			}
			var raw strings.Builder
			for c := ns.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					raw.WriteString(c.Data)
				} else {
					html.Render(&raw, c)
				}
			}
			ctx := parent
			if ctx.Type != html.ElementNode {
				ctx = &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			}
			nodes, err := html.ParseFragment(strings.NewReader(raw.String()), ctx)
			if err != nil {
				nodes = []*html.Node{{Type: html.TextNode, Data: raw.String()}}
			}
			for _, c := range nodes {
				parent.InsertBefore(c, ns)
			}
			parent.RemoveChild(ns)
		}
	}
	// Whatever is left after the rounds goes as before.
	for _, ns := range elements(n, atom.Noscript) {
		if ns.Parent != nil {
			ns.Parent.RemoveChild(ns)
		}
	}
}

// isBlank reports whether n is a text node of white space only.
func isBlank(n *html.Node) bool {
	return n.Type == html.TextNode && strings.TrimSpace(n.Data) == ""
}

// BreakParagraphs turns each run of sibling <p>s (white space between them
// aside) into one <div> holding each paragraph's content followed by
// <br><br>, as pages typed without paragraph tags have it.
func BreakParagraphs(doc *html.Node) *html.Node {
	var parents []*html.Node
	seen := make(map[*html.Node]bool)
	for _, p := range elements(doc, atom.P) {
		if !seen[p.Parent] {
			seen[p.Parent] = true
			parents = append(parents, p.Parent)
		}
	}
	for _, parent := range parents {
		var div *html.Node
		for c := parent.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.ElementNode && c.DataAtom == atom.P:
				if div == nil {
					div = &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
					parent.InsertBefore(div, c)
				}
				parent.RemoveChild(c)
				moveChildren(c, div)
				div.AppendChild(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br})
				div.AppendChild(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br})
				div.AppendChild(&html.Node{Type: html.TextNode, Data: "\n"})
			case div != nil && isBlank(c):
				parent.RemoveChild(c)
			default:
				div = nil
			}
			c = next
		}
	}
	return doc
}

// StripClassID removes every class and id attribute.
func StripClassID(doc *html.Node) *html.Node {
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		attrs := n.Attr[:0]
		for _, a := range n.Attr {
			if a.Namespace == "" && (a.Key == "class" || a.Key == "id") {
				continue
			}
			attrs = append(attrs, a)
		}
		n.Attr = attrs
	})
	return doc
}

// RenameSemantic renames <article>, <main> and <section> to <div>.
func RenameSemantic(doc *html.Node) *html.Node {
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Section) {
			n.Data, n.DataAtom = "div", atom.Div
		}
	})
	return doc
}

// PerturbSet returns the set with each page's HTML rewritten by p.
func PerturbSet(s Set, p Perturbation) Set {
	out := s
	out.Pages = make([]Page, len(s.Pages))
	for i, pg := range s.Pages {
		pg.HTML = Perturb(pg.HTML, pg.Truth, p)
		out.Pages[i] = pg
	}
	return out
}

// RunPerturb scores extract.FromReader on the dev sets as they are and under
// each perturbation (all, or those named in only), and writes a table of F1
// and empty texts per perturbation and set, with each F1's change from the
// unperturbed figure, and the mean of the sets.
func RunPerturb(ctx context.Context, w io.Writer, sharedDir, half string, only []string, names ...string) error {
	if err := CheckPerturbationNames(only); err != nil {
		return err
	}
	sets, err := LoadHalves(sharedDir, half, names...)
	if err != nil {
		return err
	}
	ps := []Perturbation{{Name: "none", About: "the pages as they are"}}
	for _, p := range Perturbations {
		if len(only) == 0 || want(only, p.Name) {
			ps = append(ps, p)
		}
	}
	for _, p := range OptInPerturbations {
		if len(only) > 0 && want(only, p.Name) {
			ps = append(ps, p)
		}
	}
	results := make([][]SetResult, len(ps))
	errs := make([]error, len(ps))
	var wg sync.WaitGroup
	for i, p := range ps {
		wg.Go(func() {
			for _, s := range sets {
				if p.Apply != nil {
					s = PerturbSet(s, p)
				}
				r, err := ScoreSet(ctx, s, extract.FromReader)
				if err != nil {
					errs[i] = err
					return
				}
				results[i] = append(results[i], r)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "%s on the dev sets%s with their markup perturbed, text kept (F1, change from none, empty texts):\n", extract.Version, halfNote(half))
	fmt.Fprintf(w, "  %-12s", "")
	for _, s := range sets {
		fmt.Fprintf(w, "  %-25s", s.Name)
	}
	fmt.Fprintf(w, "  %s\n", "mean")
	base := results[0]
	baseMean, _, _ := Mean(base)
	for i, p := range ps {
		fmt.Fprintf(w, "  %-12s", p.Name)
		for j, r := range results[i] {
			fmt.Fprintf(w, "  %.4f %+.4f  empty %-4d", r.F1, r.F1-base[j].F1, r.Empty)
		}
		m, _, _ := Mean(results[i])
		fmt.Fprintf(w, "  %.4f %+.4f\n", m, m-baseMean)
	}
	for _, p := range ps[1:] {
		fmt.Fprintf(w, "  %-12s %s\n", p.Name, p.About)
	}
	return nil
}

package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// heroNames are the words of a class or id that name a landing page's
// hero: the banner at the top holding its headline and its introduction.
var heroNames = []string{"hero"}

// maxHeroChars is the most text a hero holds: a headline, a sentence or
// three of introduction and a button; more is a section of its own.
const maxHeroChars = 1000

// maxHeroLevels is how far above the chosen block heroIntro looks.
const maxHeroLevels = 3

// heroIntro returns the introduction (paragraphs of prose, leadProse)
// in a landing page's hero (heroHolder) set before the chosen block top
// or one of its nearest maxHeroLevels ancestors, when nodes holds none of
// it: the hero's few sentences, beside a headline and a button, score
// too little to join the sections below, yet they are the page's intro
// (a brand's "Since 1743, ..." over its "Our story"). Else nil.
func (ex *extractor) heroIntro(top, body *html.Node, nodes []*html.Node) []*html.Node {
	x := top
	for level := 0; level < maxHeroLevels && x != body && x.Parent != nil; level += ex.heroLevel(x) {
		for s := x.PrevSibling; s != nil; s = s.PrevSibling {
			if !ex.heroHolder(s) {
				continue
			}
			var out []*html.Node
			for d := range descendants(s) {
				if di := ex.infos[d]; di != nil && d.Type == html.ElementNode && !heading(d) &&
					paragraphLike(d, di) && !insideTag(d, s, atom.Form) && !holdsNode(out, d) && !holdsNode(nodes, d) && leadProse(d) {
					out = append(out, d)
				}
			}
			return out
		}
		x = x.Parent
	}
	return nil
}

// heroLevel is what climbing from x to its parent counts against
// maxHeroLevels: nothing when the parent holds no text beside x's (a
// wrapper of a wrapper, as sections without class names nest a column
// in a row in a container), else one.
func (ex *extractor) heroLevel(x *html.Node) int {
	if in, pin := ex.infos[x], ex.infos[x.Parent]; in != nil && pin != nil && pin.text == in.text {
		return 0
	}
	return 1
}

// heroHolder reports whether n is a landing page's hero: named so
// (heroNames), at most maxHeroChars of text, with little link text.
func (ex *extractor) heroHolder(n *html.Node) bool {
	in := ex.infos[n]
	if n.Type != html.ElementNode || in == nil || in.text > maxHeroChars || linkDensity(in) >= 0.25 {
		return false
	}
	return namedBy(n, heroNames) || bannerHero(n) || ex.titleHeader(n)
}

// bannerHero reports whether n is a landing page's hero known by its
// shape rather than its name: a block holding the page's <h1> over a
// background picture set in its style (the banner), its text short
// enough for heroHolder. Pages without class names (or with generated
// ones) still set the banner's picture so, and an article's header
// block holding its <h1> carries no background picture.
func bannerHero(n *html.Node) bool {
	h1, banner := false, false
	for d := range descendants(n) {
		if d.Type != html.ElementNode {
			continue
		}
		if d.DataAtom == atom.H1 {
			h1 = true
		}
		if strings.Contains(strings.ToLower(attr(d, "style")), "background-image") {
			banner = true
		}
	}
	return h1 && banner
}

// holdsNode reports whether n is one of nodes or below one.
func holdsNode(nodes []*html.Node, n *html.Node) bool {
	for _, m := range nodes {
		if contains(m, n) {
			return true
		}
	}
	return false
}

// titleHeader reports whether n is a landing page's hero known by its
// class and its title: a block unlikely only for saying "header"
// (classHints.header) holding the page's <h1> saying its title (titleHeading), its text short enough for
// heroHolder ("<div class=\"page-header\"><h1>Managed analytics</h1><p>
// Managed analytics services mean ...</p><a>Contact us</a></div>").
func (ex *extractor) titleHeader(n *html.Node) bool {
	if !ex.hintsOf(n).header {
		return false
	}
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == atom.H1 && ex.titleHeading(d) {
			return true
		}
	}
	return false
}

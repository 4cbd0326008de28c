package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Parts of the text the page hides or folds: accordions and FAQs (panels a
// question opens), text folded away until the reader asks for it, AMP's
// stand-ins, and inline styles that hide.

// namedAccordionQuestion reports whether the button n, without the
// aria-expanded that accordionQuestion wants (a page builder's FAQ, opened
// by its own script), is an accordion's question all the same: its class
// names an accordion's or a FAQ's part ("feature-accordion-question",
// "faq-toggle") and its text asks a question of minQuestionChars or more
// ("What does the checker look at?"). A control's label asks none.
func namedAccordionQuestion(n *html.Node) bool {
	c := strings.ToLower(attr(n, "class"))
	if !strings.Contains(c, "accordion") && !strings.Contains(c, "faq") {
		return false
	}
	t := clean(textOfMax(n, 400))
	return len(t) >= minQuestionChars && len(strings.Fields(t)) >= 3 && strings.HasSuffix(t, "?")
}

// answeredQuestion reports whether the button n, with neither the
// aria-expanded that accordionQuestion wants nor the class names that
// namedAccordionQuestion reads, is a FAQ's question by its shape: it asks
// a question of minQuestionChars or more (three words, a "?") and the
// next element beside it holds the answer, a paragraph of prose
// (leadProseOf, minAnswerChars or more). A control's label asks nothing,
// and a question put to the reader ("Need help?") opens no paragraph.
func answeredQuestion(n *html.Node) bool {
	t := clean(textOfMax(n, 400))
	if len(t) < minQuestionChars || len(strings.Fields(t)) < 3 || !strings.HasSuffix(t, "?") {
		return false
	}
	next := n.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	if next == nil {
		return false
	}
	for d := range descendants(next) {
		if d.Type == html.ElementNode && d.DataAtom == atom.P {
			return leadProseOf(d, minAnswerChars)
		}
	}
	return false
}

// minAnswerChars is the shortest answer answeredQuestion takes.
const minAnswerChars = 60

// accordionQuestion reports whether the button n opens and closes a part
// of the page (aria-expanded) and says what is in it in a phrase of
// minQuestionChars or more, not a control's label ("Menu", "Show more"),
// as an accordion's does: its class says so ("accordion-button", "faq"),
// it is set in a heading (WAI-ARIA's accordion pattern), or it asks a
// question. A disclosure button that shows a menu or a panel ("Open the
// list of related topics") is a control whatever its length.
func accordionQuestion(n *html.Node) bool {
	if !hasAttr(n, "aria-expanded") {
		return false
	}
	t := clean(textOfMax(n, 400))
	if len(t) < minQuestionChars || len(strings.Fields(t)) < 3 {
		return false
	}
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "accordion") || strings.Contains(c, "faq") || strings.HasSuffix(t, "?") ||
		n.Parent != nil && (heading(n.Parent) || n.Parent.DataAtom == atom.Dt)
}

// accordionPanel adds to ids, and returns, the ids of the panels that n
// opens and closes if it is an accordion question (accordionQuestion;
// its aria-controls). A collapsed panel is hidden by its attributes
// (hidden, aria-hidden, a style of height 0, a class "hidden") until its
// question is clicked: a FAQ's answers, a guide's folded sections.
// readMeta asks it of every element in the body, in its one walk.
func accordionPanel(n *html.Node, ids map[string]bool) map[string]bool {
	if !hasAttr(n, "aria-controls") || !accordionQuestion(n) {
		return ids
	}
	for _, id := range strings.Fields(attr(n, "aria-controls")) {
		if ids == nil {
			ids = make(map[string]bool)
		}
		ids[id] = true
	}
	return ids
}

// faqAfter returns the block of accordion questions and answers (a FAQ:
// two or more of the panels accordionPanel found, with
// minFAQChars of text or more and few links) that follows top or one of
// its maxSummaryLevels nearest ancestors, outside the blocks being
// emitted (nodes): an article's or a service page's closing FAQ, set
// apart from its text by the page's layout. Else nil.
func (ex *extractor) faqAfter(top, body *html.Node, nodes []*html.Node) *html.Node {
	if len(ex.panels) < 2 {
		return nil
	}
	x := top
	for level := 0; level < maxSummaryLevels && x != body && x.Parent != nil; level++ {
		for s := x.NextSibling; s != nil; s = s.NextSibling {
			si := ex.infos[s]
			if s.Type != html.ElementNode || si == nil || si.text < minFAQChars || 4*si.link > si.text || slices.Contains(nodes, s) {
				continue
			}
			n := 0
			for d := range descendants(s) {
				if d.Type == html.ElementNode && ex.panels[attr(d, "id")] {
					n++
				}
			}
			if n >= 2 {
				return s
			}
		}
		x = x.Parent
	}
	return nil
}

// minFAQChars is the shortest FAQ faqAfter takes.
const minFAQChars = 300

// accordionToggle reports whether the link a is an accordion's question
// (a Bootstrap accordion's `<a role="button" href="#collapse-2"
// aria-controls="collapse-2">`): it opens a panel of this page
// (accordionPanel) and reads as the question's text, not as a link away,
// so that a FAQ of such questions does not look like a box of links.
func (ex *extractor) accordionToggle(a *html.Node) bool {
	if ex.panels == nil {
		return false
	}
	for _, id := range strings.Fields(attr(a, "aria-controls")) {
		if ex.panels[id] {
			return true
		}
	}
	return false
}

// skipPanel is skip's answer for an accordion's panel (accordionPanel):
// skipped only for a class or id of page chrome or comments, as any block
// is, never for being hidden.
func (ex *extractor) skipPanel(n *html.Node) bool {
	h := ex.hintsOf(n)
	return ex.flags&flagStripUnlikely != 0 && h.unlikely || h.comments
}

// minQuestionChars is the shortest accordion question accordionQuestion
// takes.
const minQuestionChars = 20

// ampStandIn reports whether n, which has a "placeholder" or "fallback"
// attribute, stands in for the AMP component it is a child of while the
// component loads or where it cannot run ("<amp-iframe><div
// placeholder>Loading poll…</div></amp-iframe>", an <amp-ad>'s
// "Advertisement"): the component's, not the page's text.
func ampStandIn(n *html.Node) bool {
	return n.Parent != nil && n.Parent.Type == html.ElementNode && strings.HasPrefix(n.Parent.Data, "amp-")
}

// foldedText reports whether n, hidden by its inline style, is the rest
// of the text folded away until the reader clicks "Read more"
// ("Weiterlesen"): its class or id says so (foldNames, as words) and it
// holds paragraphs of prose (holdsProse). A hidden dialog's text (a cookie
// or newsletter box shown by a script) is named otherwise.
func foldedText(n *html.Node) bool {
	return namedBy(n, foldNames) && holdsProse(n)
}

// foldNames are the words of a class or id that name the folded rest of a
// text, in English and German.
var foldNames = []string{"more", "readmore", "morecontent", "moretext", "fold", "folded", "collapsed", "expandable",
	"rest", "mehr", "weiterlesen", "mehrlesen"}

// hiddenStyle reports whether an inline style hides the element.
func hiddenStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

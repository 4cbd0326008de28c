package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A post's header set apart from its body: the block above the body that
// holds the post's title and its byline or date, which class names
// ("post", "hentry", "entry") joined to the body.

// postHeaderAbove returns the nearest block set just before top or one of
// its nearest maxHeadlineLevels ancestors, with no more than
// maxHeadlineGap of text between (blocksAbove), that is the post's header
// (postHeader: its title heading and a line or two beside it), where no
// block of nodes holds it or lies inside it; else nil. Themes set a post's title and its byline ("By Jane Doe on
// Monday 12th November 2012 3:08 pm") in a block of their own above the
// block of its body, and class names lifted the best block to the post's
// block holding both; without them the body's block wins alone and the
// byline the climb kept is lost (titleAbove keeps a title heading set
// right above the body, not a block holding one). The writing drops the
// title where it is the page's headline, as it did from the post's block.
func (ex *extractor) postHeaderAbove(top, body *html.Node, nodes []*html.Node) *html.Node {
	if ex.title == "" || top == body {
		return nil
	}
	for s := range ex.blocksAbove(top, body) {
		if in := ex.infos[s]; in == nil || !ex.postHeader(s, in) {
			continue
		}
		for _, n := range nodes {
			if contains(n, s) || contains(s, n) {
				return nil
			}
		}
		return s
	}
	return nil
}

// postHeader reports whether s, a block (not a heading), is a post's
// header: its one heading, an <h1> to <h3>, says the page's title
// (titleHeading), and besides it s holds a byline (bylineIn) in a child
// of its own that has three quarters or more of the rest of s's text, no
// more than maxHeadlineGap, under half of it in links; no form, no embed.
// A dek, a kicker or a date beside the title is left where it was.
func (ex *extractor) postHeader(s *html.Node, in *info) bool {
	switch s.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.A, atom.Span:
		return false
	}
	rest := in.text - in.headText
	if in.headText == 0 || rest <= 0 || rest > maxHeadlineGap || in.inputs > 0 || in.embeds > 0 {
		return false
	}
	if 2*max(0, in.link-in.headText) >= rest {
		return false
	}
	var title *html.Node
	for d := range descendants(s) {
		if d.Type == html.ElementNode && (d.DataAtom == atom.H1 || d.DataAtom == atom.H2 || d.DataAtom == atom.H3) {
			title = d
			break
		}
	}
	if title == nil {
		return false
	}
	if ti := ex.infos[title]; ti == nil || ti.text != in.headText || !ex.titleHeading(title) {
		return false
	}
	for c := s.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || contains(c, title) {
			continue
		}
		if ci := ex.infos[c]; ci != nil && bylineIn(c) {
			return 4*ci.text >= 3*rest
		}
	}
	return false
}

// bylineIn reports whether n holds, outside its headings, a byline: an
// element marked as the author (looksLikeByline: rel=author, itemprop
// "author") or a line that opens with "by" or "posted by" ("By Jane Doe
// on Monday 12th November 2012", "by Jane Doe on November 12, 2012"), or
// their twins in other languages (bylineOpeners: "Von Jana Müller am 12.
// November 2012", "Publié par Jeanne Martin").
func bylineIn(n *html.Node) bool {
	if looksLikeByline(n) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			t := strings.ToLower(strings.TrimSpace(c.Data))
			for _, o := range bylineOpeners {
				if strings.HasPrefix(t, o) && (len(t) == len(o) || t[len(o)] == ' ') {
					return true
				}
			}
		case html.ElementNode:
			if !heading(c) && bylineIn(c) {
				return true
			}
		}
	}
	return false
}

// maxSignOffChars is the longest line signOff takes, and signOffOpener
// the words it opens with.
const (
	maxSignOffChars = 120
	signOffOpener   = "posted by "
)

// signOff reports whether n, a credit line (creditLine: "Posted by Jane
// Roe, Product Manager, Mobile Ads"), is a blog post's closing sign-off:
// the last text of the post's body (inBody).
// Blog platforms' official blogs sign each post so inside its body, in a
// span named a byline ("byline-author") or in a block whose linked team
// name made it a box of links to the cleaning; the human truths keep the
// line. Not a line with a date or a separator ("Posted by Jane Roe on
// October 22, 2012 at 04:17 PM | Permalink": the template's stamp under
// the post), nor a byline above the text (the template's, and gone) but
// the credit naming a role that roleCredit takes.
func (ex *extractor) signOff(n *html.Node) bool {
	return ex.inBody(n, true)
}

// roleCredit reports whether n, a credit line (creditLine), names the
// writer's role after a comma ("Posted by Jane Roe, Product Manager,
// Google News") anywhere in the post's body (inBody).
// Google's blogs on Blogger set it so in a span named a byline
// ("byline-author"): their older posts at the end (signOff), their later
// ones at the top of the body under the post's date, and some before an
// update note or a footnote ("*These organizations were funded through
// ..."); the human truths keep the line wherever it stands. A template's
// byline names no role ("Posted by jroe"), stands outside the body, or
// carries a date or a separator.
func (ex *extractor) roleCredit(n *html.Node) bool {
	return strings.Contains(textOfMax(n, maxSignOffChars+20), ", ") && ex.inBody(n, false)
}

// creditLine reports whether n, an element of in, is a line of
// maxSignOffChars at most, without pictures, that opens with "Posted by"
// and holds no digit or "|" (no date, no separator).
func (ex *extractor) creditLine(n *html.Node, in *info) bool {
	if in.text > maxSignOffChars || in.imgs > 0 || in.paras > 1 || ex.rootText == 0 {
		return false
	}
	if t := firstText(n); len(t) < len(signOffOpener) || !strings.EqualFold(t[:len(signOffOpener)], signOffOpener) {
		return false // (most short blocks asked: their text is not copied)
	}
	return !strings.ContainsAny(textOfMax(n, maxSignOffChars+20), "0123456789|")
}

// inBody reports whether n lies in the post's body, the nearest block
// above it holding half the text being emitted or more; with last, as
// that body's last text.
func (ex *extractor) inBody(n *html.Node, last bool) bool {
	for a := n; a.Parent != nil; a = a.Parent {
		for s := a.NextSibling; last && s != nil; s = s.NextSibling {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && !scriptOrStyle(s) && holdsText(s) {
				return false
			}
		}
		if pi := ex.infos[a.Parent]; pi == nil || 2*pi.text >= ex.rootText {
			return pi != nil
		}
	}
	return false
}

// firstText returns the first text under n (outside scripts and styles)
// that holds more than white space, trimmed, or "".
func firstText(n *html.Node) string {
	c := n.FirstChild
	for c != nil {
		if c.Type == html.TextNode {
			if t := strings.TrimSpace(c.Data); t != "" {
				return t
			}
		} else if c.Type == html.ElementNode && c.FirstChild != nil && !scriptOrStyle(c) {
			c = c.FirstChild
			continue
		}
		for c.NextSibling == nil {
			if c = c.Parent; c == n {
				return ""
			}
		}
		c = c.NextSibling
	}
	return ""
}

// bylineOpeners open a byline's line (bylineIn): "by" and "posted by" in
// English, and in German, French, Spanish, Portuguese, Italian and Dutch
// ("Von", "Veröffentlicht von", "Par", "Publié par", "Por", "Scritto da",
// "Door", "Geplaatst door"). (Not the Italian "di" alone: the German
// "Di" is Tuesday, opening a date line.)
var bylineOpeners = []string{"by", "posted by", "von", "veröffentlicht von", "geschrieben von", "verfasst von",
	"gepostet von", "par", "publié par", "écrit par", "posté par", "por", "publicado por", "escrito por",
	"postado por", "scritto da", "pubblicato da", "door", "geplaatst door", "geschreven door"}

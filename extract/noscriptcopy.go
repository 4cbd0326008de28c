package extract

import (
	"math"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page rendered by script serves a copy for readers without scripts in
// <noscript>s, which a parser with scripting on leaves as unparsed markup.
// mainText reads that copy where it is most of the page (noscriptHeavy,
// before the attempts) or the whole of it (noscriptPage, after they found
// nothing usable).

// maxShellChars is the text a script-rendered page's shell may show
// outside its <noscript> copy ("Loading...", "Please enable JavaScript")
// for noscriptPage to take the copy for the page.
const maxShellChars = 200

// minNoscriptCopyMarkup is the least markup the <noscript>s of a page
// must hold for noscriptHeavy to read them as the page's copy.
const minNoscriptCopyMarkup = 2000

// noscriptCopyFactor is how many times the text the page shows outside its
// <noscript>s their markup must outweigh for noscriptHeavy.
const noscriptCopyFactor = 4

// noscriptCopies walks the document of body, once, and counts the text it
// shows outside <noscript>s, scripts, styles, templates and the title
// (shown), stopping once that passes stop, and the markup its unparsed
// <noscript>s hold: in all (markup) and in the longest (longest). A
// negative stop counts no shown text (0), only the markup. each, unless
// nil, is given each copy's markup in turn.
func noscriptCopies(body *html.Node, stop int, each func(markup string)) (shown, markup, longest int) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && (stop < 0 || shown <= stop); c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if stop >= 0 {
					shown += len(strings.TrimSpace(c.Data))
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Noscript:
				if t := c.FirstChild; t != nil && rawText(c) && t.Type == html.TextNode && strings.Contains(t.Data, "<") {
					markup += len(t.Data)
					longest = max(longest, len(t.Data))
					if each != nil {
						each(t.Data)
					}
				}
			case c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Template || c.DataAtom == atom.Title:
			default:
				walk(c)
			}
		}
	}
	walk(body.Parent)
	return shown, markup, longest
}

// noscriptPage reports whether body shows next to nothing (maxShellChars
// of text at most) outside <noscript>s, scripts, styles and the title, and a
// <noscript> (in body or head) holds markup of minUsableChars or more: a
// page rendered by script whose copy for readers without scripts is the
// whole page. mainText reads that copy as the page (unwrapNoscripts).
func noscriptPage(body *html.Node) bool {
	shown, _, longest := noscriptCopies(body, maxShellChars, nil)
	return longest >= minUsableChars && shown <= maxShellChars
}

// noscriptProse returns the text, its characters outside tags and white
// space, of the longest copy held in an unparsed <noscript> of body's
// document (noscriptCopies; markupTextLen).
func noscriptProse(body *html.Node) int {
	longest := 0
	noscriptCopies(body, -1, func(m string) {
		if len(m) > longest { // a copy's text is no longer than its markup
			longest = max(longest, markupTextLen(m))
		}
	})
	return longest
}

// markupTextLen counts the bytes of s, markup, outside its tags and not
// white space: about the length of the text it shows.
func markupTextLen(s string) int {
	n, inTag := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			inTag = true
		case c == '>':
			inTag = false
		case !inTag && c != ' ' && c != '\n' && c != '\t' && c != '\r':
			n++
		}
	}
	return n
}

// noscriptHeavy reports whether most of the page is in its <noscript>s:
// they hold minNoscriptCopyMarkup of markup or more, noscriptCopyFactor
// times the text shown outside them, scripts and styles. Where the copy
// ends early (a "</noscript>" in the copy's own text closes it) the rest of
// it, a footer or the article's end, is shown outside, too much for
// noscriptPage's empty shell, and the page would be read from what spilled
// out.
func noscriptHeavy(body *html.Node) bool {
	if _, markup, _ := noscriptCopies(body, -1, nil); markup < minNoscriptCopyMarkup {
		// Most pages: no copy, whatever they show (not read, which
		// costs a look at every text of the page).
		return false
	}
	shown, markup, _ := noscriptCopies(body, math.MaxInt, nil)
	return markup >= minNoscriptCopyMarkup && markup > noscriptCopyFactor*shown
}

// unwrapNoscripts parses the markup of the <noscript>s in the document of
// body (parseNoscript) and makes what they hold the body, in place of the
// shell around them (a loading notice, a navbar of a link or two), and what
// noscripts nested in them hold part of it; it reports whether it found any
// to unwrap.
func unwrapNoscripts(body *html.Node) bool {
	budget := MaxInputBytes
	parseNoscript(body.Parent, body, &budget)
	copies := parsedNoscripts(body, nil)
	if len(copies) == 0 {
		return false
	}
	for c := body.FirstChild; c != nil; c = body.FirstChild {
		body.RemoveChild(c)
	}
	for _, n := range copies {
		moveChildren(n, body, nil)
	}
	unwrapParsed(body)
	return true
}

// unwrapNoscriptsInPlace parses the markup of the <noscript>s in body's
// document (parseNoscript) and puts what each holds in its place, the
// rest of the page kept: for a page noscriptHeavy finds mostly in its
// copy, whose end may stand outside it.
func unwrapNoscriptsInPlace(body *html.Node) {
	budget := MaxInputBytes
	parseNoscript(body.Parent, body, &budget)
	unwrapParsed(body)
}

// unwrapParsed puts in place of each outermost <noscript> under n whose
// markup parseNoscript parsed what it holds.
func unwrapParsed(n *html.Node) {
	for _, c := range parsedNoscripts(n, nil) {
		moveChildren(c, c.Parent, c)
		c.Parent.RemoveChild(c)
	}
	dropLazyTwins(n)
}

// parsedNoscripts appends to out the outermost <noscript>s under n whose
// markup parseNoscript parsed, in document order.
func parsedNoscripts(n *html.Node, out []*html.Node) []*html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Noscript && !rawText(c) {
			out = append(out, c)
			continue
		}
		out = parsedNoscripts(c, out)
	}
	return out
}

// moveChildren moves from's children under to, before the child before (at
// the end if nil).
func moveChildren(from, to, before *html.Node) {
	for c := from.FirstChild; c != nil; c = from.FirstChild {
		from.RemoveChild(c)
		to.InsertBefore(c, before)
	}
}

// rawText reports whether n holds one text node only: a <noscript> whose
// markup parseNoscript left unparsed.
func rawText(n *html.Node) bool {
	return n.FirstChild == nil || n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode
}

// lazyAttrs are the attributes a lazy image's placeholder keeps its
// picture's address in until a script loads it.
var lazyAttrs = []string{"data-lazy-src", "data-src"}

// dropLazyTwins removes under n each lazy image's placeholder (an <img>
// whose lazyAttrs name a picture) that the same picture follows, white
// space between aside: the <img> its <noscript> held, which
// unwrapParsed made part of the page. Each picture then counts once, as
// it does on the page a reader sees; counted twice, a block of a picture
// beside its text (a service page's picture beside its accordion of
// industries) read as a gallery of pictures and was cleaned away.
func dropLazyTwins(n *html.Node) {
	var twins []*html.Node
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == atom.Img && lazyTwin(d) {
			twins = append(twins, d)
		}
	}
	for _, d := range twins {
		d.Parent.RemoveChild(d)
	}
}

// lazyTwin reports whether the <img> n is a lazy placeholder whose next
// sibling (white space aside) is an <img> of the picture it names.
func lazyTwin(n *html.Node) bool {
	s := n.NextSibling
	for s != nil && isBlank(s) {
		s = s.NextSibling
	}
	if s == nil || s.Type != html.ElementNode || s.DataAtom != atom.Img {
		return false
	}
	src := strings.TrimSpace(attr(s, "src"))
	if src == "" {
		return false
	}
	for _, a := range lazyAttrs {
		if strings.TrimSpace(attr(n, a)) == src {
			return true
		}
	}
	return false
}

// readNoscriptCopyFirst unwraps in place the <noscript>s of a page that
// holds most of itself in them (noscriptHeavy), before its metadata is
// read: the accordions whose panels the text keeps (accordionPanel), the
// language its text is guessed in where it declares none (notEnglish,
// which decides whether a lead in an article's header is read) and its
// element count were read from the empty shell around the copy when
// mainText unwrapped it. It is the one place that unwrapping is done;
// mainText reads the page as it leaves it.
func readNoscriptCopyFirst(root *html.Node) {
	if body := findBody(root); body != nil && noscriptHeavy(body) {
		unwrapNoscriptsInPlace(body)
	}
}

package extract

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// Explain writes, for reading why a page's text comes out as it does, what
// the extractor's first attempt decided on the HTML document doc: the chosen
// container and the siblings merged with it, each with its score, text
// length, link text and paragraph count; and, if find is not empty, the
// ancestors of the element whose text holds find, with the same figures
// ("[skipped]" for those the walk never looked into). `newsner eval
// extract --explain FILE --find TEXT` calls it.
func Explain(w io.Writer, doc []byte, find string) error {
	s, err := decode(doc, "")
	if err != nil {
		return err
	}
	root, err := html.Parse(bytes.NewReader(s))
	if err != nil {
		return err
	}
	body := findBody(root)
	if body == nil {
		_, err := fmt.Fprintln(w, "no <body>")
		return err
	}
	m := readMeta(root)
	ex := &extractor{title: norm(m.title(m.siteName())), flags: flagStripUnlikely | flagWeightClasses | flagCleanConditionally, hints: map[classKey]classHints{}, infos: map[*html.Node]*info{},
		articlePage: m.ld.found, headerLeads: m.notEnglish(root), panels: m.panels}
	ex.breakParagraphs(body)
	unwrapBareBreaks(body)
	unwrapParagraphHeaders(body)
	ex.stats(body)
	top := ex.score(body)
	desc := func(n *html.Node) string {
		in := ex.infos[n]
		d := n.Data + "." + attr(n, "class") + "#" + attr(n, "id")
		if in == nil {
			return d + " [skipped]"
		}
		return fmt.Sprintf("%s score=%.1f text=%d link=%d paras=%d", d, in.score, in.text, in.link, in.paras)
	}
	fmt.Fprintf(w, "top: %s\n", desc(top))
	for _, s := range ex.siblings(top) {
		fmt.Fprintf(w, "  merged: %s\n", desc(s))
	}
	if find == "" {
		return nil
	}
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode && scriptOrStyle(n) {
			return // a script's copy of the text is not where it is shown
		}
		if n.Type == html.TextNode && strings.Contains(n.Data, find) {
			found = n.Parent
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	if found == nil {
		_, err := fmt.Fprintf(w, "%q not found\n", find)
		return err
	}
	fmt.Fprintf(w, "ancestors of %q:\n", find)
	for n := found; n != nil && n.Type == html.ElementNode; n = n.Parent {
		fmt.Fprintf(w, "  %s\n", desc(n))
	}
	return nil
}

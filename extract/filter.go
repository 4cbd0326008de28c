package extract

import (
	"regexp"
	"strings"
)

// boilerplateStarts begin paragraphs that invite the reader elsewhere
// rather than tell the story: related links, newsletter and social prompts.
// They are dropped when the paragraph is short.
var boilerplateStarts = []string{
	"you may also like", "you might also like", "related:", "related articles", "related stories",
	"read more:", "read more", "read also", "also read", "see also", "recommended:", "more from",
	"subscribe to", "subscribe now", "sign up for", "sign up to", "click here to", "get the latest",
	"follow us on", "follow us at", "like us on facebook", "share this", "share on", "copyright ©",
	"© copyright", "all rights reserved", "advertisement", "sponsored content", "this story has been shared",
	"more:", "watch:", "listen:", "don't miss", "don’t miss", "trending:", "this slideshow requires javascript",
}

// shortcode matches WordPress shortcodes left in the text ("[button
// link=...]", "[/button]").
var shortcode = regexp.MustCompile(`\[/?[a-z][a-z_-]*(?:\s[^\[\]]*)?\]`)

// filterParagraphs drops teaser links (runs of paragraphs that are one
// link each, or such a paragraph closing the text) and short paragraphs that
// start like boilerplate. A lone link paragraph amid the text stays: it is
// as often a call to action of the article itself ("Get it at ...").
func filterParagraphs(ps []paragraph) []paragraph {
	linky := make([]bool, len(ps))
	for i, p := range ps {
		if strings.IndexByte(p.text, '[') >= 0 {
			ps[i].text = clean(shortcode.ReplaceAllString(p.text, " "))
		}
		linky[i] = isLinkOnly(ps[i])
	}
	out := ps[:0]
	for i, p := range ps {
		if linky[i] && ((i > 0 && linky[i-1]) || (i+1 < len(ps) && linky[i+1]) || i == len(ps)-1) {
			continue
		}
		if isBoilerplate(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// isLinkOnly reports whether a paragraph is (nearly) all link text, unless
// the link shows its address, which a reader reads as text.
func isLinkOnly(p paragraph) bool {
	n := len(p.text)
	return n > 0 && float64(p.link) >= 0.9*float64(n) && n < 300 &&
		!strings.HasPrefix(p.text, "http") && !strings.HasPrefix(p.text, "www.")
}

func isBoilerplate(p paragraph) bool {
	n := len(p.text)
	if n == 0 {
		return true
	}
	if n > 400 {
		return false
	}
	l := strings.ToLower(p.text)
	for _, b := range boilerplateStarts {
		if strings.HasPrefix(l, b) {
			return true
		}
	}
	// Newsletter prompts.
	if strings.Contains(l, "newsletter") && (strings.Contains(l, "sign up") || strings.Contains(l, "subscribe")) {
		return true
	}
	return false
}

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

// filterParagraphs drops paragraphs that are all link (teasers, "more
// stories" lists) and short ones that start like boilerplate.
func filterParagraphs(ps []paragraph) []paragraph {
	out := ps[:0]
	for _, p := range ps {
		if strings.IndexByte(p.text, '[') >= 0 {
			p.text = clean(shortcode.ReplaceAllString(p.text, " "))
		}
		if isBoilerplate(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func isBoilerplate(p paragraph) bool {
	n := len(p.text)
	if n == 0 {
		return true
	}
	// A paragraph that is one link is a teaser, unless the link shows its
	// address, which a reader reads as text.
	if float64(p.link) >= 0.9*float64(n) && n < 300 && !strings.HasPrefix(p.text, "http") && !strings.HasPrefix(p.text, "www.") {
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

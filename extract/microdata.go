package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Schema.org microdata read as a class name is: the vocabulary is the
// same on every site, where class names are each theme's own.

// bodyWeight is the score an element marked as the article's body by
// microdata (itemprop="articleBody") gets where its class and id say
// nothing either way (classWeight 0): what a class naming the article's
// body ("articleBody", "entry-content") gives it. Sites whose class names
// no hint knows, or that set none, still mark the body so for search
// engines; without the weight the block holding the body and the
// sidebar beside it outscored the body (news-pages' autoracing.com.br
// under no-attr). Not inside an <article>: that holds the body with the
// story's header and dek, which the body's weight would leave behind
// (readability-pages nytimes-4 under no-attr). 0 without
// flagWeightClasses, as classWeight.
func (ex *extractor) bodyWeight(n *html.Node) int {
	if ex.flags&flagWeightClasses == 0 || !hasToken(strings.ToLower(attr(n, "itemprop")), "articlebody") {
		return 0
	}
	if ex.hintsOf(n).weight != 0 {
		return 0
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article {
			return 0 // the <article> holds the story's header too, and scores for it
		}
	}
	return bodyMarkWeight
}

// bodyMarkWeight is bodyWeight's score, a positive class hint's.
const bodyMarkWeight = 25

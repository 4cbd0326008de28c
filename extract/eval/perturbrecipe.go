package eval

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// The perturbations here give the article the shapes of recipe and product
// pages (issue 12: ingredient lists, fact tables and the intro dropped, a
// tips block or a reviews widget kept). RecipeShape and FactBox rewrite the
// article's own text (so the truth stays whole); AddReviews puts a made-up
// widget beside it, in no truth.

// chunkWords cuts s into runs of at most n words.
func chunkWords(s string, n int) []string {
	ws := strings.Fields(s)
	var out []string
	for i := 0; i < len(ws); i += n {
		out = append(out, strings.Join(ws[i:min(i+n, len(ws))], " "))
	}
	return out
}

// RecipeShape rewrites the second half of the article's paragraphs
// (truthParagraphs) as a recipe's: the first third of them (one at least)
// an ingredients <ul> of short items (five words or less each), under an
// "Ingredients" heading; the rest numbered steps, each run of them one <ol>
// under a "Method" heading, a paragraph an <li>. The intro (the first half)
// stays paragraphs.
func RecipeShape(doc *html.Node, truth string) *html.Node {
	paras := truthParagraphs(doc, truth)
	if len(paras) < 2 {
		return doc
	}
	rest := paras[len(paras)/2:]
	nIngr := max(len(rest)/3, 1)
	for i, p := range rest[:nIngr] {
		if p.Parent == nil {
			continue
		}
		if i == 0 {
			p.Parent.InsertBefore(textEl("h2", "Ingredients"), p)
		}
		ul := el("ul", "class", "ingredients")
		for _, c := range chunkWords(nodeText(p), 5) {
			ul.AppendChild(textEl("li", c, "class", "ingredient"))
		}
		p.Parent.InsertBefore(ul, p)
		p.Parent.RemoveChild(p)
	}
	steps := make(map[*html.Node]bool)
	for _, p := range rest[nIngr:] {
		steps[p] = true
	}
	first := true
	for _, p := range rest[nIngr:] {
		if !steps[p] || p.Parent == nil {
			continue
		}
		if first {
			p.Parent.InsertBefore(textEl("h2", "Method"), p)
			first = false
		}
		listRun(p, el("ol", "class", "steps"), func() *html.Node { return el("li", "class", "step") }, func(c *html.Node) bool {
			if !steps[c] {
				return false
			}
			delete(steps, c)
			return true
		})
	}
	return doc
}

// madeReviews are made-up user reviews, short as a shop's or a recipe
// site's.
var madeReviews = []string{
	"Made this twice now and it came out well both times. Will keep it.",
	"Good value for the price, arrived a day early and well packed.",
	"A bit too salty for us, next time I will use half the amount.",
	"Easy to follow and the kids loved it. Thank you!",
	"Not what I expected from the photos, the colour is much darker.",
	"Five stars. Quick, cheap and it keeps for three days in the fridge.",
	"Stopped working after two weeks, the replacement was fine though.",
	"I swapped the cream for yoghurt and it was still lovely.",
	"Great, but it took twice as long as it says here.",
	"Bought one for my mother as well, she uses it every day.",
	"Decent enough. Nothing special, but it does the job.",
	"The instructions were clear and everything fitted first time.",
	"Too sweet for my taste, otherwise a nice easy bake.",
	"Customer service sorted out my problem within an hour, very happy.",
	"We doubled it for a party and there was nothing left.",
	"Smaller than I thought it would be, check the measurements.",
}

// reviewsBlock is a reviews widget of n made-up reviews: an author, a
// rating, a date and a short comment each.
func reviewsBlock(n int) *html.Node {
	div := el("div", "class", "reviews-widget", "id", "reviews")
	div.AppendChild(textEl("h2", fmt.Sprintf("Reviews (%d)", n)))
	for i := 0; i < n; i++ {
		r := el("div", "class", "review")
		r.AppendChild(textEl("span", madeName(i+40), "class", "review-author"))
		stars := 3 + (i*7)%3
		r.AppendChild(textEl("span", strings.Repeat("★", stars)+strings.Repeat("☆", 5-stars), "class", "review-rating"))
		r.AppendChild(textEl("time", fmt.Sprintf("%d March 2024", 1+(i*11)%28)))
		r.AppendChild(textEl("p", madeReviews[(i*5)%len(madeReviews)], "class", "review-text"))
		div.AppendChild(r)
	}
	return div
}

// AddReviews puts a reviews widget of made-up reviews after the article's
// container, about as many words as the article (12 to 60 reviews).
func AddReviews(doc *html.Node, truth string) *html.Node {
	n := min(max(truthWords(truth)/15, 12), 60)
	return placeBeside(doc, truth, reviewsBlock(n), true)
}

// FactBox turns the article's middle paragraph (truthParagraphs) into a
// fact box inside the article: a table of label/value rows, a sentence a
// row (a clause where it has one sentence), its first two words the label
// and the rest the value.
func FactBox(doc *html.Node, truth string) *html.Node {
	paras := truthParagraphs(doc, truth)
	if len(paras) < 3 {
		return doc
	}
	p := paras[len(paras)/2]
	if p.Parent == nil {
		return doc
	}
	text := nodeText(p)
	parts := sentences(text)
	if len(parts) < 2 {
		parts = strings.SplitAfter(text, ",")
	}
	box := el("div", "class", "fact-box")
	tb := el("table")
	body := el("tbody")
	for _, s := range parts {
		ws := strings.Fields(s)
		if len(ws) == 0 {
			continue
		}
		k := min(2, len(ws))
		tr := el("tr")
		tr.AppendChild(textEl("th", strings.Join(ws[:k], " ")))
		tr.AppendChild(textEl("td", strings.Join(ws[k:], " ")))
		body.AppendChild(tr)
	}
	tb.AppendChild(body)
	box.AppendChild(tb)
	p.Parent.InsertBefore(box, p)
	p.Parent.RemoveChild(p)
	return doc
}

// sentences cuts s after each ". ", "! " or "? ".
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			out = append(out, s[start:i+1])
			start = i + 1
		}
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, s[start:])
	}
	return out
}

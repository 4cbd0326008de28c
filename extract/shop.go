package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// priceLine matches a line that is a price and nothing else ("$37.00",
// "29€", "£ 1,299", "USD 12.50", "12,95 EUR", a Swiss shop's "CHF 64.50").
var priceLine = regexp.MustCompile(`^(?:[$€£¥]|USD|EUR|GBP|CHF)?\s?\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,2})?\s?(?:[$€£¥]|USD|EUR|GBP|CHF)?$`)

// price reports whether s, a trimmed line, is a price: priceLine with a
// currency in it (a bare number is a count, a year, a rating). A no-break
// space between the figure and the currency, as German and French set
// them ("29,95&nbsp;€", "29,95&#8239;€"), counts as a space, and a
// footnote's asterisk after it (German shops' "29,95 €*", whose note says
// VAT is included) is left out: priceLine's \s is ASCII only, and German
// shops' carousels were no carousels.
func price(s string) bool {
	s = strings.TrimRight(noBreakSpaces.Replace(s), " *")
	if len(s) < 2 || len(s) > 20 || !priceLine.MatchString(s) {
		return false
	}
	return strings.IndexFunc(s, currencyRune) >= 0
}

// noBreakSpaces turns the no-break spaces of a price into spaces.
var noBreakSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ")

// currencyRune reports whether r, a rune of a priceLine, is of its
// currency: neither a digit nor a separator.
func currencyRune(r rune) bool {
	return (r < '0' || r > '9') && r != ',' && r != '.' && !isSpace(r)
}

// maxCarouselChars is the most text productCarousel looks through.
const maxCarouselChars = 4000

// productCarousel reports whether n, a block beside the page's text, is
// a run of product cards ("Customers also bought", "Shop the range", a
// brand page's bottles under its story): minCards or more pictures and
// prices, and no paragraph of prose (leadProse). The cards' names and
// kinds read as short lines that pass for text, but they are the shop's
// offer, not the page's.
func (ex *extractor) productCarousel(n *html.Node, in *info) bool {
	if in.imgs < minCards || in.text > maxCarouselChars || !in.block {
		return false
	}
	prices := 0
	for d := range descendants(n) {
		switch {
		case d.Type == html.TextNode:
			if price(strings.TrimSpace(d.Data)) {
				prices++
			}
		case d.DataAtom == atom.P && leadProse(d):
			return false
		}
	}
	return prices >= minCards
}

// productSummary returns the paragraphs of prose (leadProse) of a shop's
// product summary set above the chosen block top: a block before top or
// before one of its nearest maxSummaryLevels ancestors (a wrapper that
// adds no text counting no level, heroLevel) that holds the
// order form (an input field) or the product's name and price
// (pricedTitle), and beside it the short description, while top holds
// the long one (a product page's tabs). Else nil. A paragraph that nodes,
// the blocks chosen so far, hold already is left out: a summary the
// siblings merged beside the tabs was emitted twice.
func (ex *extractor) productSummary(top, body *html.Node, nodes []*html.Node) []*html.Node {
	var out []*html.Node
	x := top
	for level := 0; level < maxSummaryLevels && x != body && x.Parent != nil; level += ex.heroLevel(x) {
		for s := x.PrevSibling; s != nil; s = s.PrevSibling {
			si := ex.infos[s]
			if s.Type != html.ElementNode || si == nil || si.paras == 0 || !(si.inputs > 0 && orderForm(s) || pricedTitle(s, si)) {
				continue
			}
			var found []*html.Node
			for d := range descendants(s) {
				if d.DataAtom == atom.P && ex.infos[d] != nil && !insideTag(d, s, atom.Form) && !holdsNode(nodes, d) && leadProse(d) {
					found = append(found, d)
				}
			}
			out = append(found, out...)
		}
		x = x.Parent
	}
	return out
}

// maxPriceChars is the longest text pricedTitle reads as a price.
const maxPriceChars = 24

// pricedTitle reports whether n, of in, is a product's summary known by
// its name and price rather than its order form (a theme's cart button
// posts by script, with no form or field): it holds the page's <h1> and
// an inline element whose text is a price ("$169.95", however its
// currency and figure are split in spans), in maxHeroChars of text or
// less with little link text, as a landing page's hero is.
func pricedTitle(n *html.Node, in *info) bool {
	if in.text > maxHeroChars || linkDensity(in) >= 0.25 {
		return false
	}
	h1, priced := false, false
	for d := range descendants(n) {
		if d.Type != html.ElementNode {
			continue
		}
		if d.DataAtom == atom.H1 {
			h1 = true
		}
		if !priced && !isBlock(d) {
			t := strings.TrimSpace(textOfMax(d, maxPriceChars))
			priced = len(t) <= maxPriceChars && price(t)
		}
	}
	return h1 && priced
}

// orderForm reports whether n holds a shop's order form: a form that
// posts to a cart or is named for one (cartForm), or a quantity field
// (quantityNames, or "qty" as the name or its last part: xt:Commerce's
// and Gambio's "products_qty"; not any number field: a donation box asks
// for an amount).
func orderForm(n *html.Node) bool {
	for d := range descendants(n) {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.Form:
			if cartForm(d) {
				return true
			}
		case atom.Input, atom.Select:
			name := strings.ToLower(attr(d, "name"))
			if name == "qty" || strings.HasSuffix(name, "_qty") || matchAny(name, quantityNames) {
				return true
			}
		}
	}
	return false
}

// cartForm reports whether the form f posts to a cart or is named for
// one: its action, class, id or name holds a word of cartNames.
func cartForm(f *html.Node) bool {
	for _, k := range []string{"action", "class", "id", "name"} {
		if matchAny(strings.ToLower(attr(f, k)), cartNames) {
			return true
		}
	}
	return false
}

// cartNames name a shop's cart in English, German, French, Spanish,
// Italian, Dutch and Portuguese: a German shop's form posts to "/warenkorb/...", an
// xt:Commerce or Gambio shop's is named "cart_quantity" and posts to
// "product_info.php?action=add_product".
var cartNames = []string{"cart", "basket", "warenkorb", "panier", "carrito", "carrello", "winkelwagen", "winkelmand",
	"carrinho"}

// quantityNames name a shop's quantity field in English, German, French,
// Spanish, Italian, Dutch and Portuguese.
var quantityNames = []string{"quantity", "anzahl", "menge", "quantite", "quantité", "cantidad", "quantita", "quantità",
	"aantal", "quantidade"}

// maxSummaryLevels is how far above the chosen block productSummary looks.
const maxSummaryLevels = 3

// minReviewItems is the number of reviews that make a block named
// "reviews" the customers' reviews, found at most maxReviewDepth levels
// below it (which also bounds the work on nested blocks so named).
const (
	minReviewItems = 2
	maxReviewDepth = 4
)

// customerReviews reports whether n, a block whose class or id says
// "reviews", holds a run of minReviewItems consecutive siblings of one
// class that says "review" (reviewRun), and under minArticleChars of n's
// text lies outside the block holding the run (a heading, a summary of
// the ratings, a form): the reviews left by a shop's customers, which are
// no more the product's text than comments are an article's. A block so
// named without such a run (a review article's body in a site's "reviews"
// section, with its "review-verdict" and "review-score") stays, and so
// does one holding an article's text beside the run (a blog's
// <article class="... category-kit-reviews"> holding the post and the
// readers' reviews after it).
func customerReviews(n *html.Node) bool {
	r := reviewRun(n, 1)
	if r == nil {
		return false
	}
	if r == n {
		return true
	}
	all := len(strings.Join(strings.Fields(textOfMax(n, maxReviewsText)), " "))
	return all-len(strings.Join(strings.Fields(textOfMax(r, maxReviewsText)), " ")) < minArticleChars
}

// maxReviewsText is the most text customerReviews reads of a block.
const maxReviewsText = 1 << 17

// reviewRun returns the block at most maxReviewDepth levels below n, or
// n, that holds a run of minReviewItems consecutive children of one class
// that says "review" (reviewItemClass), or nil.
func reviewRun(n *html.Node, depth int) *html.Node {
	var runClass string
	run := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if cl := attr(c, "class"); cl != "" && cl == runClass {
			if run++; run >= minReviewItems {
				return n
			}
		} else if reviewItemClass(cl) {
			runClass, run = cl, 1
		} else {
			runClass, run = "", 0
		}
		if depth < maxReviewDepth {
			if r := reviewRun(c, depth+1); r != nil {
				return r
			}
		}
	}
	return nil
}

// inCustomerReviews reports whether n or one of its ancestors below body
// is a shop's block of customer reviews (named "reviews", holding a run of
// them: customerReviews).
func inCustomerReviews(n, body *html.Node) bool {
	for ; n != nil && n != body; n = n.Parent {
		if reviewsPanel(n) {
			return true
		}
	}
	return false
}

// reviewItemClass reports whether cl, a class, names one customer's
// review: "review" in it, or its word in German, French, Spanish,
// Italian, Dutch (reviewItemWords), or "rev" as a word of it (Judge.me's
// "jdgm-rev", as review widgets abbreviate).
func reviewItemClass(cl string) bool {
	cl = strings.ToLower(cl)
	if strings.Contains(cl, "review") || matchAny(cl, reviewItemWords) {
		return true
	}
	for _, w := range strings.FieldsFunc(cl, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		if w == "rev" {
			return true
		}
	}
	return false
}

// reviewsPanel reports whether n, a block of one class with others (a
// shop's tab panels: Magento's "data item content" each), is the panel of
// the customers' reviews (customerReviews): no post of a thread, though
// its class is the description's.
func reviewsPanel(n *html.Node) bool {
	return reviewsNamed(strings.ToLower(classID(n))) && customerReviews(n)
}

// reviewsNamed reports whether ci, a lower-cased class and id, names a
// block of customer reviews: "reviews", or the word of a German, French,
// Spanish, Italian or Dutch shop (reviewsWords: "produkt-bewertungen",
// "avis-clients"), whose blocks a list of English words missed.
func reviewsNamed(ci string) bool {
	return strings.Contains(ci, "reviews") || matchAny(ci, reviewsWords)
}

// reviewsWords name a block of customer reviews, and reviewItemWords one
// review, in German, French, Spanish, Italian and Dutch (not the Spanish
// "opiniones", a news site's opinion columns as often).
var (
	reviewsWords    = []string{"bewertungen", "rezensionen", "kundenmeinungen", "avis", "valoraciones", "recensioni", "beoordelingen"}
	reviewItemWords = []string{"bewertung", "rezension", "kundenmeinung", "avis", "valoracion", "recensione", "beoordeling"}
)

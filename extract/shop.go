package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// priceLine matches a line that is a price and nothing else ("$37.00",
// "29€", "£ 1,299", "USD 12.50", "12,95 EUR").
var priceLine = regexp.MustCompile(`^(?:[$€£¥]|USD|EUR|GBP)?\s?\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,2})?\s?(?:[$€£¥]|USD|EUR|GBP)?$`)

// price reports whether s, a trimmed line, is a price: priceLine with a
// currency in it (a bare number is a count, a year, a rating).
func price(s string) bool {
	if len(s) < 2 || len(s) > 20 || !priceLine.MatchString(s) {
		return false
	}
	return strings.IndexFunc(s, currencyRune) >= 0
}

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
	for d := range n.Descendants() {
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

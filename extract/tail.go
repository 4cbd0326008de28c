package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// trimTail drops what closes a text after the article's last paragraph
// and is about the publisher, not the story: a press release's
// boilerplate on the company (companyBoilerplate), the reporters'
// credits (reporterCredit). Lines anywhere that
// sell a magazine's subscription go too (deliveryPromo).
func trimTail(ps []paragraph) []paragraph {
	out := ps[:0]
	for _, p := range ps {
		if len(ps) > 1 && deliveryPromo(p.text) {
			continue
		}
		out = append(out, p)
	}
	out = out[:len(out)-companyBoilerplate(out)]
	for len(out) > 1 && reporterCredit(out[len(out)-1].text) {
		out = out[:len(out)-1]
	}
	return out
}

// creditPhrases end a line that credits the story's reporters.
var creditPhrases = []string{"contributed to this report", "contributed to this story", "contributed to this article",
	"contributed reporting",
	// German (its nouns capitalized: the line is read as written),
	// French, Spanish, Italian and Dutch.
	"zu diesem Bericht beigetragen", "an diesem Bericht mitgewirkt", "an diesem Artikel mitgewirkt",
	"an diesem Bericht mitgearbeitet", "zu diesem Artikel beigetragen", "a contribué à cet article", "ont contribué à cet article",
	"contribuyó a este informe", "contribuyeron a este informe", "ha contribuito a questo articolo",
	"hanno contribuito a questo articolo", "heeft bijgedragen aan dit artikel", "hebben bijgedragen aan dit artikel",
	// Portuguese, and the German credit line of the story's other
	// reporters ("Mitarbeit: Jana Müller"; session 20).
	"contribuiu para esta reportagem", "contribuíram para esta reportagem", "colaborou com esta reportagem",
	"colaboraram com esta reportagem", "Mitarbeit: "}

// maxCreditChars is the longest line reporterCredit takes.
const maxCreditChars = 250

// reporterCredit reports whether l, a short line, credits the story's
// reporters ("Jane Roe contributed to this report.", "Jane Roe reported
// from Boston and John Doe from Atlanta."). Human truths leave such
// credits out as they leave out the wires' "(Reporting by ...)"
// (boilerplateStarts): their names are not the story's.
func reporterCredit(l string) bool {
	if len(l) > maxCreditChars {
		return false
	}
	if matchAny(l, creditPhrases) {
		return true
	}
	who, _, ok := strings.Cut(l, " reported from ")
	return ok && capitalizedName(who)
}

// capitalizedName reports whether s is one to four words that all open
// with a capital ("Jane Roe", "CNN's Jane Roe"), a name and not a
// sentence's start ("The illness was first").
func capitalizedName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// deliveryPromo reports whether l sells a subscription to the
// publisher's magazine ("Get Bikes Weekly delivered to your door every
// month."): "get", "delivered" and "your" within a short line.
func deliveryPromo(l string) bool {
	if len(l) > maxOpenerChars || !strings.HasPrefix(l, "Get ") {
		return false
	}
	_, rest, ok := strings.Cut(l, " delivered ")
	return ok && strings.Contains(rest, "your ")
}

// listingPhrases tell where a company's shares trade, as the boilerplate
// closing its press releases does; in English, and in German ("ist im
// Prime Standard der Frankfurter Wertpapierbörse notiert", "(ISIN:
// DE0001234567)", "(FWB: ZFX)").
var listingPhrases = []string{"listed on the", "traded on the", "(NYSE:", "(NASDAQ:", "(Nasdaq:", "(TSX:", "(LSE:",
	"Wertpapierbörse notiert", "Börse notiert", "(ISIN:", "(WKN:", "(FWB:", "(Xetra:", "(XETRA:", "ISIN: DE",
	// Swiss, Austrian, French, Spanish and Italian exchanges.
	"(SIX:", "SIX Swiss Exchange", "Wiener Börse", "(Euronext:", "cotée sur Euronext", "cotizada en", "(BME:",
	"quotata su Euronext", "quotata alla Borsa"}

// companyAboutWords open the heading of a press release's block on the
// company in the languages whose word aboutWords holds only with "me",
// "us" or "the author" after it: the German "Über Acme", the Spanish and
// Portuguese "Sobre Acme", the Italian "Informazioni su Acme", the Dutch
// "Over Acme".
var companyAboutWords = []string{"Über ", "Sobre ", "Informazioni su ", "Over "}

// companyBoilerplate returns how many paragraphs close ps with a press
// release's boilerplate on the company: the last says where its shares
// are listed (listingPhrases) and it and one or more before it open with
// the company's name ("Acme is a ...", "Acme is headquartered in ..."),
// after an "About Acme" heading if there is one.
func companyBoilerplate(ps []paragraph) int {
	n := len(ps)
	if n < 2 || !matchAny(ps[n-1].text, listingPhrases) {
		return 0
	}
	name, _, ok := strings.Cut(ps[n-1].text, " ")
	if !ok || name == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) {
		return 0
	}
	k := 1
	for k < n-1 && strings.HasPrefix(ps[n-1-k].text, name+" ") {
		k++
	}
	if k < 2 {
		// One line on shares ("Its shares, listed on the ..., rose") may
		// be the story's.
		return 0
	}
	if k < n-1 && companyAbout(ps[n-1-k].text, name) {
		k++
	}
	return k
}

// companyAbout reports whether l heads the block on the company name:
// "About Acme" (aboutHeading), "Über Acme" (companyAboutWords).
func companyAbout(l, name string) bool {
	if !strings.HasSuffix(l, " "+name) {
		return false
	}
	return aboutHeading(l) || matchPrefix(l, companyAboutWords)
}

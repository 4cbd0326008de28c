package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// A streaming service the lists give both as a product (productNames:
// "prime video") and as a news outlet (names/media.tsv: "Amazon Prime
// Video", "Prime Video") is an organization where the article names it
// as a broadcaster: a match shown on it, a coach speaking to it. CoNLL-2003
// marks broadcasters so ("told Reuters Television", "told BBC radio",
// "told ZDF": organizations in eng.train; open audits k, l and p's "shown
// on Sky Sports", "told Sky Sports"), while a service subscribed to or an
// app stays the product, MISC ("subscribers to Prime Video", "Prime
// Video's app"; GUM types a site used so an abstract thing, not an
// organization).

// broadcastCuesBefore are the words right before a name that make it a
// broadcaster's: said to it, shown on it ("on" after one of
// broadcastVerbs), or named as one ("broadcaster Prime Video").
var broadcastCuesBefore = setOf(`told broadcaster broadcasters rights-holder rights-holders`)

// broadcastVerbs are the words before "on" or "by" that make the name
// after them a broadcaster ("shown live on", "broadcast by", "live on").
var broadcastVerbs = setOf(`shown broadcast broadcasted televised aired screened live exclusively`)

// broadcastCuesAfter are the words right after a name, or after its
// possessive, that make it a broadcaster's ("Prime Video's coverage",
// "Prime Video pundit").
var broadcastCuesAfter = setOf(`coverage broadcast broadcasts commentary commentator commentators
	pundit pundits presenter rights`)

// broadcastContext reports whether the mention m stands where a
// broadcaster is named: after "told", "broadcaster" or "rights holder",
// after a broadcasting verb and "on" or "by" ("shown live on", "broadcast
// by"), after "interview with", "speaking to" or "interviewed by", or
// before "coverage", "commentator" or "rights" (with or without a
// possessive between).
func broadcastContext(toks []token, m *mention) bool {
	low := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].Text)
	}
	b1, b2 := low(m.t0-1), low(m.t0-2)
	switch {
	case broadcastCuesBefore[b1], b1 == "holder" && b2 == "rights", b1 == "holders" && b2 == "rights":
		return true
	case (b1 == "on" || b1 == "by") && broadcastVerbs[b2]:
		return true
	case b1 == "with" && (b2 == "interview" || b2 == "interviews"), b1 == "by" && b2 == "interviewed":
		return true
	case b1 == "to" && (b2 == "speaking" || b2 == "spoke" || b2 == "talking"):
		return true
	}
	a := m.t1
	if isPossessive(low(a)) {
		a++
	}
	return broadcastCuesAfter[low(a)]
}

// broadcastersOf moves to a group of their own the mentions of prod, a
// group's listed products (listedProductsAsMisc), whose name is also a
// listed news outlet's (listedOrg: "Prime Video") and that stand where a
// broadcaster is named (broadcastContext: "told Prime Video", "shown live
// on Amazon Prime Video"), typed ORGANIZATION; it returns the products
// left and that group (nil if none). The other mentions stay the
// product's.
func broadcastersOf(prod []*mention, toks []token) ([]*mention, []*mention) {
	var keep, casters []*mention
	for _, m := range prod {
		if listedOrg(m.m.Text) && broadcastContext(toks, m) {
			m.typ = newsner.Organization
			casters = append(casters, m)
		} else {
			keep = append(keep, m)
		}
	}
	return keep, casters
}

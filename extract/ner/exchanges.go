package ner

import "github.com/newsner/newsner"

// Rules on an exchange's name that ends in a place: a futures exchange's
// market in a region ("ICE Futures U.S.", "ICE Futures Europe"), which
// the tagger cuts to the place.

// futuresRegions end a futures exchange's name after "Futures" ("Zorbex
// Futures U.S.", "Zorbex Futures Europe").
var futuresRegions = setOf(`U.S. US Europe Canada Singapore Asia`)

// addFuturesExchangeSpans adds an organization's span over a name, "Futures"
// and a region's word (futuresRegions) after it: the name untagged or
// tagged an organization, the region untagged or tagged a place alone
// ("Zorbex Futures U.S.", which the tagger gave as the place "U.S." and
// the acronym apart or untagged; the kind the blind audit s showed,
// found on made-up commodity reports: "ICE" untagged and "U.S." a place).
// CoNLL-2003 marks a futures exchange one organization ("London
// International Financial Futures Exchange"). Not before another
// capitalized word: a longer name goes on.
func addFuturesExchangeSpans(toks []token, spans []tspan) []tspan {
	at := make([]int, len(toks)) // 1 + the index of the span over each token, 0 for none
	for i, s := range spans {
		for k := s.t0; k < s.t1; k++ {
			at[k] = i + 1
		}
	}
	var add []tspan
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text != "Futures" || at[k] != 0 || !futuresRegions[toks[k+1].Text] || !startsUpper(toks[k-1].Text) {
			continue
		}
		t0 := k - 1
		if i := at[t0]; i != 0 {
			if s := spans[i-1]; s.typ != newsner.Organization || s.t1 != k {
				continue
			} else {
				t0 = s.t0
			}
		} else if !isLetters(toks[t0].Text) {
			continue
		}
		if i := at[k+1]; i != 0 && (spans[i-1].typ != newsner.Location || spans[i-1].t0 != k+1 || spans[i-1].t1 != k+2) {
			continue
		}
		if k+2 < len(toks) && startsUpper(toks[k+2].Text) && toks[k+2].Text != "The" {
			continue
		}
		add = append(add, tspan{newsner.Organization, t0, k + 2})
	}
	return replaceSpans(spans, add)
}

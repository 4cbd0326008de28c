package ner

import (
	"github.com/newsner/newsner"
)

// Spans of a legislature's chambers: "House" or "Senate" before a party's
// members, "Commons" and "Lords", and a chamber's span split from its
// members' names.

// partyMembers are a party's members or its adjective after a
// legislative chamber's name ("House Democrats", "Senate Republican
// leaders").
var partyMembers = setOf(`Democrats Republicans Democratic Republican`)

// addChamberSpans adds an organization's span over "House" or "Senate"
// left untagged right before a MISC span of a party's members or its
// adjective ("House Democrats passed the bill", which the tagger reads as
// the party's members alone; it tags "Senate" of "Senate Republicans"):
// the chamber, an organization, its members MISC. Not after a
// capitalized word ("White House Democrats"), but at a sentence's start.
// Thirteenth pass (b).
func addChamberSpans(text string, toks []token, spans []tspan) []tspan {
	var add []tspan
	for i, s := range spans {
		k := s.t0 - 1
		if s.typ != misc || s.t1-s.t0 != 1 || k < 0 || !partyMembers[toks[s.t0].Text] {
			continue
		}
		if w := toks[k].Text; w != "House" && w != "Senate" || toks[k].BEnd == toks[s.t0].BStart {
			continue
		}
		if i > 0 && spans[i-1].t1 > k {
			continue // tagged already
		}
		if k > 0 && startsUpper(toks[k-1].Text) && !startsSentence(text, toks, k) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add) // over untagged tokens: nothing goes
}

// addHouseSpans adds an organization's span over "Commons" or "Lords"
// left untagged after "the" in lower case and before no capitalized word
// ("The Commons will vote on Wednesday, and the Lords on Thursday"): the
// British Parliament's houses by their short names, organizations as
// "House of Commons" is in CoNLL-2003. Thirteenth pass (b).
func addHouseSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	j := 0
	for k := 1; k < len(toks); k++ {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		if w := toks[k].Text; w != "Commons" && w != "Lords" || j < len(spans) && spans[j].t0 <= k {
			continue
		}
		if p := toks[k-1].Text; p != "the" && p != "The" || k+1 < len(toks) && startsUpper(toks[k+1].Text) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add) // over untagged tokens: nothing goes
}

// splitChamberMembers splits an organization's span that is a chamber's
// name and its party's members ("Senate Democrats blocked the bill",
// which the tagger reads as one body at a sentence's start) into the
// chamber, an organization, and the members, MISC, as CoNLL-2003 marks
// them ("House Democrats"). Thirteenth pass (b).
func splitChamberMembers(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		split := s.typ == newsner.Organization && s.t1-s.t0 == 2 && partyMembers[toks[s.t0+1].Text] &&
			(toks[s.t0].Text == "House" || toks[s.t0].Text == "Senate")
		return tspan{newsner.Organization, s.t0, s.t0 + 1}, tspan{misc, s.t0 + 1, s.t1}, split
	})
}

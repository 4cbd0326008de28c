package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of joins_lists.go's rules.

// TestJoinPortfolioLists: a ministry named by its portfolios, cut by the
// tagger at their commas and "and", is one organization
// (joinPortfolioLists); names of their own after it, and a run that goes
// on in capitals, stay apart.
func TestJoinPortfolioLists(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "commas and and",
		text:  "Exports rose, the Ministry of Land, Infrastructure, Transport and Tourism of Zorbia said.",
		spans: []span{{O, "Ministry of Land"}, {O, "Infrastructure"}, {L, "Transport"}, {L, "Zorbia"}},
		want:  []want{{O, "Ministry of Land, Infrastructure, Transport and Tourism", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "and alone, hyphened",
		text:  "Quelbia's Ministry of Housing and Urban-Rural Development set three limits.",
		spans: []span{{L, "Quelbia"}, {O, "Ministry of Housing"}},
		want:  []want{{L, "Quelbia", 1}, {O, "Ministry of Housing and Urban-Rural Development", 1}},
	}, {
		name:  "names of their own",
		text:  "The Ministry of Finance, Zorbco and Quelbtek met on Monday.",
		spans: []span{{O, "Ministry of Finance"}, {O, "Zorbco"}, {O, "Quelbtek"}},
		want:  []want{{O, "Ministry of Finance", 1}, {O, "Zorbco", 1}, {O, "Quelbtek", 1}},
	}, {
		name:  "a title after and",
		text:  "The Ministry of Defence and Interior Minister Quelb Zorbin said so.",
		spans: []span{{O, "Ministry of Defence"}, {P, "Quelb Zorbin"}},
		want:  []want{{O, "Ministry of Defence", 1}, {P, "Quelb Zorbin", 1}},
	}})
}

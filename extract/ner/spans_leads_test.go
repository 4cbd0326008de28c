package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of spans_leads.go's rules.

// TestPoliticalDescriptorsCut: "Opposition", "Ruling" or "Rival" that
// starts a sentence and the tagger read into a party's or a company's
// name is a descriptor, no part of it.
func TestPoliticalDescriptorsCut(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an opposition party",
		text:  "Opposition Quelb Party leader Zorb Quimby backed the deal.",
		spans: []span{{O, "Opposition Quelb Party"}, {P, "Zorb Quimby"}},
		want:  []want{{O, "Quelb Party", 1}, {P, "Zorb Quimby", 1}},
	}})
}

// TestHyphenedLeadCut: a hyphened adjective of a place or a backer
// ("Zorbia-backed") that starts an organization's span is no part of it.
func TestHyphenedLeadCut(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a backer's adjective read into the name",
		text:  "Zorbia-backed Quelb Semiconductor Corp fell.",
		spans: []span{{O, "Zorbia-backed Quelb Semiconductor Corp"}},
		want:  []want{{O, "Quelb Semiconductor Corp", 1}},
	}})
}

// TestHyphenedNameDropped: a name glued into a hyphened adjective ("St.
// Louis-based", "United Nations-sponsored") is MISC as a whole in
// CoNLL-2003: the tagger's span of the name's first words, or of the
// whole, is dropped; a span that goes on after the adjective keeps what
// follows it; a romanized given name after a hyphen, and a name before a
// prefixed word ("Re-elected"), stay as they are.
func TestHyphenedNameDropped(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the first words of a place before -based",
		text:  "Shares of St. Zorbis-based Quelb Bancorp rose, and the Quelb City-based chain closed.",
		spans: []span{{O, "St."}, {O, "Quelb Bancorp"}, {L, "Quelb"}},
		want:  []want{{O, "Quelb Bancorp", 1}},
	}, {
		name:  "a body's name ending in -sponsored",
		text:  "Fighting breached the Zorbian Nations-sponsored ceasefire in Quelbia.",
		spans: []span{{O, "Zorbian Nations-sponsored"}, {L, "Quelbia"}},
		want:  []want{{L, "Quelbia", 1}},
	}, {
		name:  "a span that goes on after the adjective",
		text:  "He joined Zorb Quelbes-based Miss Zorbia Inc last year.",
		spans: []span{{O, "Zorb Quelbes-based Miss Zorbia Inc"}},
		want:  []want{{O, "Miss Zorbia Inc", 1}},
	}, {
		name:  "a prefixed word after a name in a title-case headline",
		text:  "Quelby Re-elected In Landslide As Zorbton Co-owned Firms Rally",
		spans: []span{{P, "Quelby"}, {L, "Zorbton"}},
		want:  []want{{P, "Quelby", 1}, {L, "Zorbton", 1}},
	}, {
		name:  "a given name after a hyphen",
		text:  "Officials told Kim In-so and Zorb Quel-ho about it.",
		spans: []span{{P, "Kim In-so"}, {P, "Zorb Quel-ho"}},
		want:  []want{{P, "Kim In-so", 1}, {P, "Zorb Quel-ho", 1}},
	}})
}

// TestLeadMakerAndLessor: a sentence's first word that is a maker's noun,
// "Lessor" or "Owner" is no part of the name after it (cutLeadDescriptor,
// makerWord); after "Lessor" a person is a company.
func TestLeadMakerAndLessor(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "descriptors",
		text:  "Sales fell. Glassmaker Zorbex said it would cut jobs. Lessor Quelbcap took back jets. Owner Zorb Foods said the chain would stay.",
		spans: []span{{O, "Glassmaker Zorbex"}, {P, "Lessor Quelbcap"}, {O, "Owner Zorb Foods"}},
		want:  []want{{O, "Zorbex", 1}, {O, "Quelbcap", 1}, {O, "Zorb Foods", 1}},
	}})
}

// TestCutLeadTradeWords: a trade's word glued to a sentence's first name
// is cut off, and the name left is an organization (cutLeadTradeWords).
func TestCutLeadTradeWords(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "bottler",
		text:  "Shares fell. Bottler Zorbsa rose 2% on Monday.",
		spans: []span{{P, "Bottler Zorbsa"}},
		want:  []want{{O, "Zorbsa", 1}},
	}, {
		name:  "advisers",
		text:  "Advisers Quelbschild & Co and Zorbard are running the sale.",
		spans: []span{{O, "Advisers Quelbschild & Co"}, {O, "Zorbard"}},
		want:  []want{{O, "Quelbschild & Co", 1}, {O, "Zorbard", 1}},
	}})
}

// TestPartyHeadAfterAdjective: "Democratic Alliance" is a party's name,
// not "Alliance" the town (partyHeadAfterAdjective in cutPartyAdjective).
func TestPartyHeadAfterAdjective(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "alliance",
		text:  "The opposition Democratic Alliance, led by Jon Marzo, said the mayor should resign.",
		spans: []span{{O, "Democratic Alliance"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Democratic Alliance", 1}, {P, "Jon Marzo", 1}},
	}})
}

// TestCutLeadVerbAfterTo: a headline's verb in title case after "to"
// ("Last Chance to Buy Quelbquest Gold") is no part of the name the
// tagger runs it into.
func TestCutLeadVerbAfterTo(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a headline's infinitive",
			text:  "New Release: Last Chance to Buy Zorbly Quelb and Get Credit\nDara Voss wrote about Zorbly Quelb.",
			spans: []span{{O, "Buy Zorbly Quelb"}, {P, "Dara Voss"}, {O, "Zorbly Quelb"}},
			want:  []want{{O, "Zorbly Quelb", 2}, {P, "Dara Voss", 1}},
		},
	})
}

// TestCutLeadKindNoun: a body's kind that starts a sentence before the
// body's name is no part of it where the rest is a listed outlet or the
// tagger typed the whole a person (cutLeadKindNoun); a name that starts
// with the word and whose rest is no listed name keeps it.
func TestCutLeadKindNoun(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "newspaper before a listed outlet",
		text:  "Prices rose. Newspaper Tagesspiegel reported that Quelb Zorbin would resign.",
		spans: []span{{O, "Newspaper Tagesspiegel"}, {P, "Quelb Zorbin"}},
		want:  []want{{O, "Tagesspiegel", 1}, {P, "Quelb Zorbin", 1}},
	}, {
		name:  "after a name's full stop",
		text:  "He said so, said Quelb Zorbin, an analyst at Zorbco Ber. Newspaper Tagesspiegel reported it too.",
		spans: []span{{P, "Quelb Zorbin"}, {O, "Zorbco Ber."}, {O, "Newspaper Tagesspiegel"}},
		want:  []want{{P, "Quelb Zorbin", 1}, {O, "Zorbco Ber", 1}, {O, "Tagesspiegel", 1}},
	}, {
		name:  "union typed a person",
		text:  "Jobs are at risk. Union Zorbdi said it would call a strike at Quelbank.",
		spans: []span{{P, "Union Zorbdi"}, {O, "Quelbank"}},
		want:  []want{{O, "Zorbdi", 1}, {O, "Quelbank", 1}},
	}, {
		name:  "a place's name",
		text:  "Crowds gathered. Union Zorbsquare was closed on Sunday.",
		spans: []span{{newsner.Location, "Union Zorbsquare"}},
		want:  []want{{newsner.Location, "Union Zorbsquare", 1}},
	}, {
		// A listed name that starts with the word keeps it, whatever the
		// tagger typed it.
		name:  "a listed firm typed a person",
		text:  "Freight fell. Union Pacific said that Quelb Zorbin would resign.",
		spans: []span{{P, "Union Pacific"}, {P, "Quelb Zorbin"}},
		want:  []want{{O, "Union Pacific", 1}, {P, "Quelb Zorbin", 1}},
	}, {
		name:  "a name of its own",
		text:  "Freight fell. Union Zorbific said its profit rose.",
		spans: []span{{O, "Union Zorbific"}},
		want:  []want{{O, "Union Zorbific", 1}},
	}})
}

// TestCorpusCommonLeadCut: a common word the training corpora write in
// lower case, that the article writes in neither case elsewhere, is cut
// off a person's name at a sentence's start where the rest is a person
// found inside a sentence; a first name stays.
func TestCorpusCommonLeadCut(t *testing.T) {
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a headline's adjective",
		text:  "Victorious Zorbetti faces old foes.\nThe senator said Zorbetti would win again.",
		spans: []span{{P, "Victorious Zorbetti"}, {P, "Zorbetti"}},
		want:  []want{{P, "Zorbetti", 2}},
	}, {
		name:  "a role's word before a first name and the surname used inside",
		text:  "Rookie Jan Quelbek scored twice on Sunday.\nThe coach said Quelbek had been ill.",
		spans: []span{{P, "Rookie Jan Quelbek"}, {P, "Quelbek"}},
		want:  []want{{P, "Jan Quelbek", 2}},
	}, {
		name:  "a first name stays",
		text:  "Will Zorbetti faces old foes.\nThe senator said Zorbetti would win again.",
		spans: []span{{P, "Will Zorbetti"}, {P, "Zorbetti"}},
		want:  []want{{P, "Will Zorbetti", 2}},
	}})
}

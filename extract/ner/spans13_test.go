package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestListedNamesHostileSize runs the document step on a page of 40,000
// lines, each naming a listed outlet the tagger left untagged and a
// person it tagged: addListedOrgSpans once walked the whole text and every
// span for each listed name it met (personWord, plainInText, its overlap
// test), and this page took 3 min 19 s; now 0.7 s (80,000 lines 1.0 s).
func TestListedNamesHostileSize(t *testing.T) {
	if testing.Short() {
		t.Skip("a large text")
	}
	const n = 40000
	var sb strings.Builder
	for i := range n {
		sb.WriteString("Reuters said Dana Q" + hostileWord(i) + " won.\n")
	}
	text := sb.String()
	toks := splitText(text)
	var spans []tspan
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Text == "Dana" {
			spans = append(spans, tspan{newsner.Person, k, k + 2})
		}
	}
	es := timedBuildEntities(t, text, toks, spans)
	if len(es) < n {
		t.Errorf("%d people and an outlet gave %d entities", n, len(es))
	}
}

// TestSplitAtInnerVerb: a span the tagger runs over a verb in lower case
// ("Times utilized Quelbnet") is the subject's name and the object's; a
// short verb inside a group's name ("Soil is Ours") stays.
func TestSplitAtInnerVerb(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a verb between two names",
			text:  "Reporters at the Zorbville Times met. On election night the Times utilized Quelbnet and Flinko to find stories.",
			spans: []span{{O, "Zorbville Times"}, {O, "Times utilized Quelbnet"}, {O, "Flinko"}},
			want:  []want{{O, "Zorbville Times", 2}, {O, "Quelbnet", 1}, {O, "Flinko", 1}},
		},
		{
			name:  "a group's name with a short verb",
			text:  "Members of Soil is Ours marched in Quelbton.",
			spans: []span{{O, "Soil is Ours"}},
			want:  []want{{O, "Soil is Ours", 1}},
		},
	})
}

// TestCutTrailingNouns: a noun in lower case the tagger runs into a name
// ("the Zorbnet desk") goes where the name stands alone elsewhere; a name
// found only with its noun, and a head CoNLL-2003 keeps ("Quelbia
// ministry"), stay.
func TestCutTrailingNouns(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a network's desk",
			text:  "After Zorbnet called the race, the moment of dissent at the Zorbnet desk was news.",
			spans: []span{{O, "Zorbnet"}, {O, "Zorbnet desk"}},
			want:  []want{{O, "Zorbnet", 2}},
		},
		{
			name:  "no name alone, a kept head",
			text:  "Staff at the Quelbnet desk met. The Quelbia ministry said Quelbia would act.",
			spans: []span{{O, "Quelbnet desk"}, {O, "Quelbia ministry"}, {O, "Quelbia"}},
			want:  []want{{O, "Quelbnet desk", 1}, {O, "Quelbia ministry", 2}},
		},
	})
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

// TestLegalSuffixStop: a legal suffix's full stop that also ends a
// sentence inside a paragraph ("a unit of Zorbco Corp. The bid") is the
// name's (at a line's end, where CoNLL-2003 splits it off, eng.testa and
// eng.train check that it is left out).
func TestLegalSuffixStop(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "inside a paragraph",
			text:  "Westbrook is a unit of Zorbco Corp. The winning bid is due on Tuesday.",
			spans: []span{{O, "Westbrook"}, {O, "Zorbco Corp"}},
			want:  []want{{O, "Westbrook", 1}, {O, "Zorbco Corp.", 1}},
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

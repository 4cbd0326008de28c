package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestMediaWordSpans: an outlet of mediawords.tsv, whose name is also a
// word, a place, a demonym or a person's name, is an organization where a
// cue names it an outlet (mediaWordSpans, mediaWordCue), untagged or
// tagged otherwise, and nowhere else: "the Australian dollar", "the Hindu
// festival", "the Nikkei average", "at Dawn", "Petra" the city or a
// person after a weak cue.
func TestMediaWordSpans(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "told the X",
		text:  "The minister told the Hindu on Monday that talks would resume.",
		spans: []span{},
		want:  []want{{O, "Hindu", 1}},
	}, {
		name:  "told the X, a surname too",
		text:  "A doctor who examined him told the Sun: \"He must rest.\"",
		spans: []span{{P, "Sun"}},
		want:  []want{{O, "Sun", 1}},
	}, {
		name:  "X reported",
		text:  "Shares of Zorbco fell after Quartz reported the deal.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quartz", 1}},
	}, {
		name:  "X reports",
		text:  "The studio plans a sequel, Variety reports.",
		spans: []span{},
		want:  []want{{O, "Variety", 1}},
	}, {
		name:  "according to X",
		text:  "The bill was withdrawn, according to the Intercept.",
		spans: []span{{L, "Intercept"}},
		want:  []want{{O, "Intercept", 1}},
	}, {
		name:  "a strong cue before a person's name: the X newspaper",
		text:  "The bill was withdrawn, the Dawn newspaper said.",
		spans: []span{{P, "Dawn"}},
		want:  []want{{O, "Dawn", 1}},
	}, {
		name:  "guard: a weak cue before a person's name",
		text:  "The bill was withdrawn, according to Dawn.",
		spans: []span{{P, "Dawn"}},
		want:  []want{{P, "Dawn", 1}},
	}, {
		name:  "X said after a prior outlet cue",
		text:  "The talks stalled, Sputnik reported. Sputnik said the envoy had left.",
		spans: []span{},
		want:  []want{{O, "Sputnik", 2}},
	}, {
		name:  "in an interview with X",
		text:  "In an interview with The Athletic, the coach said he would stay.",
		spans: []span{},
		want:  []want{{O, "The Athletic", 1}},
	}, {
		name:  "reported by X, a person's name",
		text:  "The raid was first reported by Wafa, which named three men.",
		spans: []span{{P, "Wafa"}},
		want:  []want{{O, "Wafa", 1}},
	}, {
		name:  "wrote in X",
		text:  "Jane Quelb wrote in Slate that the plan would fail.",
		spans: []span{{P, "Jane Quelb"}},
		want:  []want{{P, "Jane Quelb", 1}, {O, "Slate", 1}},
	}, {
		name:  "X's reporter",
		text:  "Mint's correspondent in Zorbville saw the queues.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{O, "Mint", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a X report",
		text:  "The bank denied a Nikkei report that it would cut jobs.",
		spans: []span{{misc, "Nikkei"}},
		want:  []want{{O, "Nikkei", 1}},
	}, {
		name:  "the X newspaper",
		text:  "The Australian newspaper said the deal was near.",
		spans: []span{{misc, "Australian"}},
		want:  []want{{O, "The Australian", 1}},
	}, {
		name:  "news agency X said, a name and a place",
		text:  "Jordan's official news agency Petra said the king would travel.",
		spans: []span{{L, "Jordan"}, {P, "Petra"}},
		want:  []want{{L, "Jordan", 1}, {O, "Petra", 1}},
	}, {
		name:  "a dateline's (X)",
		text:  "KARACHI (Dawn) - The court adjourned the hearing.",
		spans: []span{{L, "KARACHI"}, {P, "Dawn"}},
		want:  []want{{L, "KARACHI", 1}, {O, "Dawn", 1}},
	}, {
		name:  "guard: the Australian dollar",
		text:  "Traders told the Australian dollar would fall, said one analyst.",
		spans: []span{{misc, "Australian"}},
		want:  []want{},
	}, {
		name:  "guard: a demonym without the",
		text:  "He wanted an Australian newspaper explanation of the rule.",
		spans: []span{{misc, "Australian"}},
		want:  []want{},
	}, {
		name:  "guard: a word of a longer name",
		text:  "Shares rose after American Express reported earnings and Daily Variety said so.",
		spans: []span{},
		want:  []want{},
	}, {
		name:  "guard: the Hindu festival",
		text:  "Crowds gathered for the Hindu festival of lights.",
		spans: []span{{misc, "Hindu"}},
		want:  []want{},
	}, {
		name:  "guard: the Nikkei average",
		text:  "The Nikkei average rose 1.2 percent and the Nikkei 225 index followed.",
		spans: []span{{misc, "Nikkei"}},
		want:  []want{},
	}, {
		name:  "guard: at dawn",
		text:  "The troops moved at dawn and reported no losses.",
		spans: []span{},
		want:  []want{},
	}, {
		name:  "guard: Petra the city",
		text:  "Tourists returned to Petra this spring, the ministry reported.",
		spans: []span{{L, "Petra"}},
		want:  []want{{L, "Petra", 1}},
	}, {
		name:  "guard: Petra the person after a weak cue",
		text:  "Jane Quelb told Petra on Monday that she would stay.",
		spans: []span{{P, "Jane Quelb"}, {P, "Petra"}},
		want:  []want{{P, "Jane Quelb", 1}, {P, "Petra", 1}},
	}})
}

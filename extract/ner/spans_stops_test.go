package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of spans_stops.go's rules.

// TestSuffixStopBeforeOpeningQuote: a legal suffix's full stop before an
// opening quote ends the sentence and stays out of the name; before a
// closing quote in mid-paragraph it stays in.
func TestSuffixStopBeforeOpeningQuote(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an opening quote",
		text:  `The firm hired Zorbco Group Inc. "Investors will watch," said Quelb Marzo.`,
		spans: []span{{O, "Zorbco Group Inc."}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zorbco Group Inc", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "a closing quote",
		text:  `"We hired Zorbco Group Inc." he said, and Quelb Marzo agreed.`,
		spans: []span{{O, "Zorbco Group Inc."}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zorbco Group Inc.", 1}, {P, "Quelb Marzo", 1}},
	}})
}

// TestSuffixStopAdded: a legal suffix with the full stop of the sentence
// it ends glued on ("Plc."), which the tagger leaves out of a company's
// name, is part of it; the full stop is not.
func TestSuffixStopAdded(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a sentence ends in the suffix",
		text:  "Quelb Marzo won an order from Zorbco Holdings Plc.\nThe airline said so.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Zorbco Holdings"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbco Holdings Plc", 1}},
	}})
}

// TestSuffixStopSplit: an organization's span the tagger ran over the full
// stop after a legal suffix into the next sentence's name is two
// organizations; a suffix before another suffix stays inside.
func TestSuffixStopSplit(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two sentences' names in one span",
		text:  "Boeing won an order from Zorbco Holdings Plc. Quelb Airlines Co said it was in talks.",
		spans: []span{{O, "Boeing"}, {O, "Zorbco Holdings Plc. Quelb Airlines Co"}},
		want:  []want{{O, "Boeing", 1}, {O, "Zorbco Holdings Plc", 1}, {O, "Quelb Airlines Co", 1}},
	}, {
		name:  "two suffixes",
		text:  "Zorbco Electronics Co. Ltd. said it would buy Quelbix.",
		spans: []span{{O, "Zorbco Electronics Co. Ltd."}, {O, "Quelbix"}},
		want:  []want{{O, "Zorbco Electronics Co. Ltd.", 1}, {O, "Quelbix", 1}},
	}})
}

// TestSplitAtLoneSuffixStop: a span run over a legal suffix, its full
// stop split off by the tokenizer and a sentence's next name is cut at the
// stop (splitAtLoneSuffixStop); a suffix after the stop keeps it whole.
func TestSplitAtLoneSuffixStop(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "sentence",
		text:  "It approved the merger with carmaker Zorbco SA. Quelbis, the combined group, will be run by Jan Tovar.",
		spans: []span{{O, "Zorbco SA. Quelbis"}, {P, "Jan Tovar"}},
		want:  []want{{O, "Zorbco SA.", 1}, {O, "Quelbis", 1}, {P, "Jan Tovar", 1}},
	}, {
		name:  "place",
		text:  "It bought a stake in Zorbco Corp. Quelbis, its rival, said nothing.",
		spans: []span{{L, "Zorbco Corp. Quelbis"}},
		want:  []want{{O, "Zorbco Corp.", 1}, {L, "Quelbis", 1}},
	}})
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

// TestSuffixStopInTableCell: a legal suffix's full stop before a table's
// next cell on the same line, after a tab or a "|", ends no sentence
// (sentenceStop): it is the name's.
func TestSuffixStopInTableCell(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "tabs",
		text:  "Company\tRevenue\nZorbco Services Inc.\t$7.7B\nQuelb Electric Co.\t$2.5B\n",
		spans: []span{{O, "Zorbco Services Inc."}, {O, "Quelb Electric Co."}},
		want:  []want{{O, "Zorbco Services Inc.", 1}, {O, "Quelb Electric Co.", 1}},
	}, {
		name:  "a pipe",
		text:  "| 9 | Zorbco Healthcare Inc. | $30.94 billion |\n",
		spans: []span{{O, "Zorbco Healthcare Inc."}},
		want:  []want{{O, "Zorbco Healthcare Inc.", 1}},
	}})
}

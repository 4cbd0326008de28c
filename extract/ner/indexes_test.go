package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of indexes.go's rules.

// TestIndexWordsAsMisc: an index named with its word ("Industrial
// Average") or before "index" after its number is MISC, not emitted,
// whatever the tagger typed it; a stock exchange before "index" stays.
func TestIndexWordsAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an average and an index with its number",
		text:  "The Zorbix Industrial Average rose and the Quelb 50 index fell in Zorbville.",
		spans: []span{{O, "Zorbix Industrial Average"}, {O, "Quelb"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}, {
		name:  "an exchange's index",
		text:  "The Zorbville Stock Exchange index rose.",
		spans: []span{{O, "Zorbville Stock Exchange"}},
		want:  []want{{O, "Zorbville Stock Exchange", 1}},
	}})
}

// TestIndexesAsMisc: a stock index's name the tagger typed an
// organization, alone or with its number, is MISC; the rating agency's
// "S&P" stays.
func TestIndexesAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two indexes and an agency",
		text:  "Germany's DAX rose and the CAC 40 fell, while S&P cut Zorbland's rating.",
		spans: []span{{L, "Germany"}, {O, "DAX"}, {O, "CAC 40"}, {O, "S&P"}, {L, "Zorbland"}},
		want:  []want{{L, "Germany", 1}, {O, "S&P", 1}, {L, "Zorbland", 1}},
	}})
}

// TestSkipIndexTail: a name before "stock index" or a numbered tier and
// "index" is the index's, MISC (skipIndexTail in indexWordsAsMisc); a
// company before "stock" and another noun stays.
func TestSkipIndexTail(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "stock index",
		text:  "The Zorbespa stock index rose 1.3% on Monday.",
		spans: []span{{O, "Zorbespa"}},
		want:  nil,
	}, {
		name:  "tier",
		text:  "The Zorbex Top-40 index fell 0.8% on Monday.",
		spans: []span{{O, "Zorbex"}},
		want:  nil,
	}, {
		name:  "company",
		text:  "Zorbco stock rose 1.3% on Monday.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}},
	}})
}

// TestTickersInBrackets: a wire story's instrument code in brackets after
// a company's name ("(ZRB.N)") is no name, whatever the tagger typed it;
// a name in brackets that is no such code (a site's ".com") stays.
func TestTickersInBrackets(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "codes of two exchanges tagged organizations",
		text:  "Zorbco Inc (ZRB.N) and Quelbix Plc (QLBa.L) rose in Zorbville.",
		spans: []span{{O, "Zorbco Inc"}, {O, "ZRB.N"}, {O, "Quelbix Plc"}, {O, "QLBa.L"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco Inc", 1}, {O, "Quelbix Plc", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a bracketed name that is no code",
		text:  "Quelbix Plc rose, and so did Zorbly (Zorbly.com) in Zorbville.",
		spans: []span{{O, "Quelbix Plc"}, {O, "Zorbly"}, {O, "Zorbly.com"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbix Plc", 1}, {O, "Zorbly", 1}, {O, "Zorbly.com", 1}, {L, "Zorbville", 1}},
	}})
}

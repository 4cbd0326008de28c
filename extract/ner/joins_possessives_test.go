package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// Tests of joins_possessives.go's rules.

// TestPluralPossessiveNames: a body named for its members whose name the
// tagger stopped at the members' plural and its apostrophe ("Zorbia State
// Teachers' Retirement System") is one organization; words after the
// apostrophe that end in no body's head word stay out.
func TestPluralPossessiveNames(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a pension fund cut at its apostrophe",
		text:  "Zorbco bowed to the Zorbia State Teachers' Retirement System on Monday in Zorbville.",
		spans: []span{{O, "Zorbco"}, {O, "Zorbia State Teachers"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Zorbia State Teachers' Retirement System", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "an irregular plural's 's and a plural head",
		text:  "The Zorbian Federation of Fishermen's Organisations met Zorbco in Zorbville.",
		spans: []span{{O, "Zorbian Federation of Fishermen"}, {O, "Zorbco"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbian Federation of Fishermen's Organisations", 1}, {O, "Zorbco", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a company's 's before a body's name",
		text:  "Zorbco's Quelb Advisory Council met in Zorbville.",
		spans: []span{{O, "Zorbco"}, {O, "Quelb Advisory Council"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelb Advisory Council", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "no head word after the apostrophe",
		text:  "The Zorbia Quelbers' Annual Picnic drew crowds in Zorbville.",
		spans: []span{{O, "Zorbia Quelbers"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbia Quelbers", 1}, {L, "Zorbville", 1}},
	}})
}

// TestLeadMembersPossessiveJoined: a body named for its members whose
// members' plural and possessive the tagger left out ("Tennis Association"
// of "the Women's Tennis Association") is one organization; a plural's
// possessive before a name that ends in no body's head word stays out.
func TestLeadMembersPossessiveJoined(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an irregular plural and a regular one",
		text:  "The Women's Zorbian Tennis Association and the Quelbers' Union met in Zorbville.",
		spans: []span{{O, "Zorbian Tennis Association"}, {O, "Union"}, {L, "Zorbville"}},
		want:  []want{{O, "Women's Zorbian Tennis Association", 1}, {O, "Quelbers' Union", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "no head word",
		text:  "The Drivers' Zorbco Racing won in Zorbville.",
		spans: []span{{O, "Zorbco Racing"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco Racing", 1}, {L, "Zorbville", 1}},
	}})
}

// TestLowerKeyEnds: lowerKeyEnds gives the lower-cased key of a span and,
// asked for them, where each shorter span's key ends in it; possessiveName,
// which asks of one span, allocates for the key alone, no ends.
func TestLowerKeyEnds(t *testing.T) {
	toks := []token{{Text: "Zorb"}, {Text: "'S"}, {Text: "Quelb"}}
	key, ends := lowerKeyEnds(toks, 0, 3, make([]int, 0, 3))
	if key != "zorb 's quelb" || !slices.Equal(ends, []int{4, 7, 13}) {
		t.Fatalf("lowerKeyEnds = %q, %v", key, ends)
	}
	if k, e := lowerKeyEnds(toks, 0, 3, nil); k != key || e != nil {
		t.Fatalf("lowerKeyEnds without ends = %q, %v", k, e)
	}
	keyOnly := testing.AllocsPerRun(100, func() { lowerKeyEnds(toks, 0, 3, nil) })
	named := testing.AllocsPerRun(100, func() { possessiveName(toks, newsner.Organization, 0, 3, nil) })
	if named != keyOnly {
		t.Fatalf("possessiveName allocates %v times, the key alone %v", named, keyOnly)
	}
}

// TestMembersBodyAfter: a body named for its members that the tagger cut
// in two at the members' possessive, both parts organizations, is one
// name; a place's possessive before a body stays two names.
func TestMembersBodyAfter(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "cut at the plural's possessive",
		text:  "The prize was given by the Quelb Volunteers' International Organisation on Sunday.",
		spans: []span{{O, "Quelb Volunteers"}, {O, "International Organisation"}},
		want:  []want{{O, "Quelb Volunteers' International Organisation", 1}},
	}, {
		name:  "a place's possessive",
		text:  "Zorbia's Interior Ministry said on Monday it would act.",
		spans: []span{{L, "Zorbia"}, {O, "Interior Ministry"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Interior Ministry", 1}},
	}})
}

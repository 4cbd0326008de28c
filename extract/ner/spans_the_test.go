package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// Tests of spans_the.go's rules.

// TestListedAfterSentenceThe: a listed organization's name right after
// the "The" that starts a sentence is found as one after "the" is, the
// tagger's part of it replaced.
func TestListedAfterSentenceThe(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an agency's name cut short after a sentence's The",
		text:  "The Centers for Disease Control and Prevention advised Zorbville.",
		spans: []span{{O, "Centers for Disease Control"}, {L, "Zorbville"}},
		want:  []want{{O, "Centers for Disease Control and Prevention", 1}, {L, "Zorbville", 1}},
	}})
}

// TestSentenceTheCut: the "The" that starts a sentence, read by the tagger
// into an organization's name of two words or more, is no part of it; a
// newspaper's keeps it, and so does a name after a colon (a headline's).
func TestSentenceTheCut(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an agency at a sentence's start",
		text:  "Quelbco lost in Zorbville. The Quelb Trade Department said it would appeal.",
		spans: []span{{O, "Quelbco"}, {L, "Zorbville"}, {O, "The Quelb Trade Department"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbville", 1}, {O, "Quelb Trade Department", 1}},
	}, {
		name:  "a newspaper, a headline's name",
		text:  "Quelbco lost. The Zorbville Post said so.\nFined: The Quelb Safety Office confirms it.",
		spans: []span{{O, "Quelbco"}, {O, "The Zorbville Post"}, {O, "The Quelb Safety Office"}},
		want:  []want{{O, "Quelbco", 1}, {O, "The Zorbville Post", 1}, {O, "The Quelb Safety Office", 1}},
	}})
}

// TestInnerTheSplit: a "the" inside an organization's span right after a
// listed organization's name starts a second name, and is part of
// neither; a "the" after an unlisted name's "of" stays.
func TestInnerTheSplit(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an outlet and an agency run together",
		text:  "Quelb Marzo told the Associated Press the Zorb Department had found nothing.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Associated Press the Zorb Department"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Associated Press", 1}, {O, "Zorb Department", 1}},
	}, {
		name:  "a name with its own the",
		text:  "Quelb Marzo joined the Bank of the Zorb West.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Bank of the Zorb West"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Bank of the Zorb West", 1}},
	}})
}

// TestDatelineSentenceThe: the "The" of a wire story's first sentence,
// after the dateline's dash, that the tagger read into an organization's
// name is cut off, as after a full stop, a listed name's too.
func TestDatelineSentenceThe(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an authority after the dateline",
		text:  "ZORBVILLE (Reuters) - The Quelb Marz Authority said on Monday it would meet.",
		spans: []span{{O, "ZORBVILLE"}, {O, "Reuters"}, {O, "The Quelb Marz Authority"}},
		want:  []want{{L, "ZORBVILLE", 1}, {O, "Reuters", 1}, {O, "Quelb Marz Authority", 1}},
	}, {
		name:  "a listed body after the dateline",
		text:  "ZORBVILLE (Reuters) - The Arab League said on Monday it would meet.",
		spans: []span{{O, "ZORBVILLE"}, {O, "Reuters"}, {O, "The Arab League"}},
		want:  []want{{L, "ZORBVILLE", 1}, {O, "Reuters", 1}, {O, "Arab League", 1}},
	}})
}

// TestListedWithoutTheCut: a listed organization's name that the lists
// give without "The", which the tagger read with a sentence's "The", loses
// it; a listed newspaper's name with its "The" keeps it.
func TestListedWithoutTheCut(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a listed bloc and a listed newspaper",
		text:  "Talks ended in Zorbville. The Arab League said it would meet. The Wall Street Journal said so first.",
		spans: []span{{L, "Zorbville"}, {O, "The Arab League"}, {O, "The Wall Street Journal"}},
		want:  []want{{L, "Zorbville", 1}, {O, "Arab League", 1}, {O, "The Wall Street Journal", 1}},
	}})
}

// TestListedAfterSentenceDeterminer: a listed party's name after a
// sentence's "His", which the tagger cut into its country and the rest, is
// found whole.
func TestListedAfterSentenceDeterminer(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party after His",
		text:  "Talks ended in Zorbville. His Pakistan Tehreek-e-Insaf won the vote.",
		spans: []span{{L, "Zorbville"}, {L, "Pakistan"}, {O, "Tehreek-e-Insaf"}},
		want:  []want{{L, "Zorbville", 1}, {O, "Pakistan Tehreek-e-Insaf", 1}},
	}})
}

// TestAddLineThePublicBody: a "The" on a line of its own before a listed
// public body is not its (eng.testa's heading "The National Bank of
// Poland"), as it is before a listed outlet's name.
func TestAddLineThePublicBody(t *testing.T) {
	O := newsner.Organization
	for _, c := range []struct{ text, span, want string }{
		{"WARSAW 1996-08-30\nThe National Bank of Poland\nrefrained from staging a repo.", "National Bank of Poland", "National Bank of Poland"},
		{"By Jane Roe\nThe Canadian Press\n", "Canadian Press", "The Canadian Press"},
	} {
		toks := testTokens(t, c.text)
		s := tspan{typ: O, t0: -1}
		b0 := strings.Index(c.text, c.span)
		for k, tok := range toks {
			if int(tok.BStart) == b0 {
				s.t0 = k
			}
			if int(tok.BEnd) == b0+len(c.span) {
				s.t1 = k + 1
			}
		}
		if s.t0 < 0 || s.t1 <= s.t0 {
			t.Fatalf("%q: no tokens", c.span)
		}
		got := addLineThe(c.text, toks, s)
		if g := c.text[toks[got.t0].BStart:toks[got.t1-1].BEnd]; g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of datelines.go's rules.

// TestLineDateline: a town in capitals that starts a line before a dash,
// or before a comma, its country and a date that end the line, is a
// dateline's place, not the town's team (lineDateline); a word in
// capitals that is no place before a dash, and a town inside a line, are
// left to the other rules.
func TestLineDateline(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the wire's dateline with its country and date",
		text:  "RUGBY LEAGUE - ZORBS BEAT QUELBS 42-36.\nWIGAN, England 1996-08-31\nResult of the semifinal played on Saturday.",
		spans: []span{{O, "WIGAN"}, {L, "England"}},
		want:  []want{{L, "WIGAN", 1}, {L, "England", 1}},
	}, {
		name:  "no place before a dash, and a town inside a line",
		text:  "ZORBCO — the club said on Friday that Boston had agreed.",
		spans: []span{{O, "ZORBCO"}, {O, "Boston"}},
		want:  []want{{O, "ZORBCO", 1}, {O, "Boston", 1}},
	}})
}

// TestLineDatelineShapes: the two dateline shapes lineDateline reads, a
// known town in capitals at a line's start before a dash and the story's
// words ("BOSTON — ", a web paper's), and a town before a comma, words
// and a date ending the line (the wire's of 1996); not a town inside a
// line, one in lower case, nor a word in capitals no list knows as a
// place before a dash.
func TestLineDatelineShapes(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		want       bool
	}{
		{"Celtics win\nBOSTON — Jay Quelb scored 38 points.", "BOSTON", true},
		{"Thorns win\nPORTLAND - Sophia Quelb scored twice.", "PORTLAND", true},
		{"RUGBY LEAGUE - RESULT.\nWIGAN, England 1996-08-31\nResult of the match.", "WIGAN", true},
		{"ZORBCO — the club said on Friday it had agreed.", "ZORBCO", false},
		{"Celtics win\nBoston — Jay Quelb scored 38 points.", "Boston", false},
		{"They flew from BOSTON — and back.", "BOSTON", false},
		{"WIGAN, England beat them on 1996-08-31 at home.", "WIGAN", false},
	} {
		toks := testTokens(t, tt.text)
		t0 := -1
		for k, tok := range toks {
			if tok.Text == tt.name {
				t0 = k
				break
			}
		}
		if t0 < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.name)
		}
		m := &mention{typ: newsner.Organization, t0: t0, t1: t0 + 1, m: newsner.Mention{Text: tt.name}}
		if got := lineDateline(tt.text, toks, m); got != tt.want {
			t.Errorf("%q: lineDateline(%s) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestDatelineRegionsAsPlaces: the region between a dateline's town and
// the agency's bracket, which the tagger read as MISC, is a place.
func TestDatelineRegionsAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a town and its region",
		text:  "ZORBVILLE, Quelb-Marzia (Reuters) - Troops left the town.",
		spans: []span{{O, "ZORBVILLE"}, {misc, "Quelb-Marzia"}, {O, "Reuters"}},
		want:  []want{{L, "ZORBVILLE", 1}, {L, "Quelb-Marzia", 1}, {O, "Reuters", 1}},
	}})
}

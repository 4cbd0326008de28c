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

// TestIsoDatelineSpans: a 1996-style dateline's town the tagger missed is
// a place (isoDatelineSpans), and so is the same town in the headline
// above after "IN" or "AT" (headlineDatelineTowns); the town a headline
// names before other capitals ("ZORBITZ OPEN") stays.
func TestIsoDatelineSpans(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the town missed in the dateline and the headline",
		text:  "SKI JUMPING - QUELBER WINS IN ZORBITZ .\nZORBITZ , Quelbia 1996-12-20\nTazo Quelber of Marzia won the World Cup event on Saturday.",
		spans: []span{{P, "QUELBER"}, {L, "Quelbia"}, {P, "Tazo Quelber"}, {L, "Marzia"}},
		want:  []want{{P, "Tazo Quelber", 2}, {L, "ZORBITZ", 2}, {L, "Quelbia", 1}, {L, "Marzia", 1}},
	}, {
		name:  "the date alone after the town",
		text:  "TENNIS - RESULTS AT ZORBITZ OPEN .\nZORBITZ 1996-12-20\nResults of the first round on Friday.",
		spans: []span{},
		want:  []want{{L, "ZORBITZ", 1}},
	}})
}

// TestDatelineTail: a wire dateline's town in capitals before its
// country, a second comma, the date and the agency ("ZORBHAVN, Quelbia,
// Dec 6 (Reuters) -") is a place (datelineTail in agencyDatelineDash).
func TestDatelineTail(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "town, country, date",
		text:  "ZORBHAVN, Quelbia, Dec 6 (Reuters) - Marzia beat Tazia 22-20 to win the handball title on Sunday.",
		spans: []span{{L, "Quelbia"}, {O, "Reuters"}, {L, "Marzia"}, {L, "Tazia"}},
		want:  []want{{L, "ZORBHAVN", 1}, {L, "Quelbia", 1}, {O, "Reuters", 1}, {L, "Marzia", 1}, {L, "Tazia", 1}},
	}})
	for _, c := range []struct {
		text string
		want int
	}{
		{"ZORBHAVN, Quelbia, Dec 6 (Reuters) -", 6},
		{"ZORBHAVN, Dec 6 (Reuters) -", 4},
		{"ZORBHAVN (Reuters) -", 1},
	} {
		toks := testTokens(t, c.text)
		if got := datelineTail(toks, 1); got != c.want {
			t.Errorf("datelineTail(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestDatelineWord: a dateline's town in capitals whose word holds an inner
// hyphen or apostrophe ("ZORB-AU-QUELB", "N'ZORBA") is a place before an
// agency's bracket and before a 1996 date (datelineWord), as a town of
// letters is; a lone dash or a word with a dash at its end is none.
func TestDatelineWord(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "hyphens before the agency",
		text:  "ZORB-AU-QUELB (Reuters) - The Quelbian government said on Monday it would hold talks.",
		spans: []span{{O, "Reuters"}},
		want:  []want{{L, "ZORB-AU-QUELB", 1}, {O, "Reuters", 1}},
	}, {
		name:  "an apostrophe before a 1996 date",
		text:  "Talks go ahead.\nN'ZORBA 1996-08-30\nThe government said on Friday it would hold talks.",
		spans: []span{},
		want:  []want{{L, "N'ZORBA", 1}},
	}})
	for w, ok := range map[string]bool{"N'DJAMENA": true, "PORT-AU-PRINCE": true, "BOGOTA": true, "-": false, "ZORB-": false, "'S": false, "Zorb-Quelb": false, "A": false} {
		if datelineWord(w) != ok {
			t.Errorf("datelineWord(%q) = %v, want %v", w, !ok, ok)
		}
	}
}

// TestDatelinePlaceOverParts: a 1996-style dateline's town that the tagger
// found only in part ("HAGUE" of "THE HAGUE", "DAR" and "SALAAM") is the
// whole town where the whole is a known place; a town it found whole, or
// an unknown run, stays as tagged.
func TestDatelinePlaceOverParts(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the article left out",
		text:  "Court reopens enquiry.\nTHE HAGUE 1996-08-30\nThe Quelbian transport ministry said on Friday it would reopen it.",
		spans: []span{{L, "HAGUE"}},
		want:  []want{{L, "THE HAGUE", 1}},
	}, {
		name:  "two parts of a known town",
		text:  "Quake hits region.\nDAR ES SALAAM 1996-08-30\nThe government said on Friday it would hold talks.",
		spans: []span{{L, "DAR"}, {L, "SALAAM"}},
		want:  []want{{L, "DAR ES SALAAM", 1}},
	}, {
		name:  "an unknown run stays",
		text:  "Quelb results.\nZORB QUELB 1996-08-30\nThe government said on Friday it would hold talks.",
		spans: []span{{O, "QUELB"}},
		want:  []want{{O, "QUELB", 1}},
	}})
}

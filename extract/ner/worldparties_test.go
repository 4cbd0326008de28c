package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestWorldParties: parties of parties.tsv and legislatures, central banks
// and regulators of bodies.tsv (issue 11) are organizations, tagged a
// person or a place or left untagged, and a party's acronym and full name
// are one entity; a name two parties go by ("Democratic Progressive
// Party", Taiwan's and Malawi's) is not listed and stays as tagged.
func TestWorldParties(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "parties mistyped or untagged",
		text:  "Zorba Quelle of Fianna Fail said Sinn Fein would back the bill, and Fidesz and Pheu Thai agreed.",
		spans: []span{{P, "Zorba Quelle"}, {P, "Fianna Fail"}, {L, "Sinn Fein"}, {P, "Pheu Thai"}},
		want:  []want{{P, "Zorba Quelle", 1}, {O, "Fianna Fail", 1}, {O, "Sinn Fein", 1}, {O, "Fidesz", 1}, {O, "Pheu Thai", 1}},
	}, {
		name:  "legislatures and regulators mistyped or untagged",
		text:  "The bill passed the Seanad on Monday and goes to the Dail, while the Bundeskartellamt and Ofgem said they would look at it.",
		spans: []span{{L, "Seanad"}, {L, "Dail"}},
		want:  []want{{O, "Seanad", 1}, {O, "Dail", 1}, {O, "Bundeskartellamt", 1}, {O, "Ofgem", 1}},
	}, {
		name:  "a listed central bank's name is one, split at its country by the tagger (aud2020g)",
		text:  "The State Bank of Pakistan sold bonds.",
		spans: []span{{O, "State Bank"}, {L, "Pakistan"}},
		want:  []want{{O, "State Bank of Pakistan", 1}},
	}, {
		name:  "an acronym and its full name are one party",
		text:  "The Bharatiya Janata Party won the vote. BJP leaders said the Kuomintang had sent a note, and KMT officials agreed.",
		spans: []span{{O, "Bharatiya Janata Party"}, {O, "BJP"}, {O, "Kuomintang"}, {O, "KMT"}},
		want:  []want{{O, "Bharatiya Janata Party", 2}, {O, "Kuomintang", 2}},
	}, {
		name:  "a name two parties go by is no listed one",
		text:  "Zorba Quelle of the Democratic Progressive Party spoke in Quellburg.",
		spans: []span{{P, "Zorba Quelle"}, {L, "Democratic Progressive Party"}, {L, "Quellburg"}},
		want:  []want{{P, "Zorba Quelle", 1}, {L, "Democratic Progressive Party", 1}, {L, "Quellburg", 1}},
	}})
	es := caseEntities(t, "The Bharatiya Janata Party won the vote. The BJP said so.", []textSpan{{O, "Bharatiya Janata Party"}, {O, "BJP"}})
	if len(es) != 1 || es[0].Key != "name:org:bharatiya janata party" {
		t.Errorf("BJP: got %+v, want one entity keyed name:org:bharatiya janata party", es)
	}
	es = caseEntities(t, "The BJP said so.", []textSpan{{O, "BJP"}})
	if len(es) != 1 || es[0].Key != "name:org:bharatiya janata party" {
		t.Errorf("BJP alone: got %+v, want the listed party's key", es)
	}
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
			if tok.BStart == b0 {
				s.t0 = k
			}
			if tok.BEnd == b0+len(c.span) {
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

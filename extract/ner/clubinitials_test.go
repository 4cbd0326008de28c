package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddClubTownInitialSpans: a club's name and its town's initial in
// brackets on a results or standings line are one organization, cut or
// missed by the tagger; an acronym in brackets after a party's name and a
// bracket before words stay out.
func TestAddClubTownInitialSpans(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "cut in results and a table, missed after a score",
		text:  "Results:\nQuelbic 2 Zorbnik (K) 0\nMarzo 1 Tav (Q) 0\nStandings:\nZorbnik (K) 4 1 0 3 4 7 3",
		spans: []span{{O, "Quelbic"}, {O, "Zorbnik"}, {O, "Marzo"}, {O, "Zorbnik"}},
		want:  []want{{O, "Quelbic", 1}, {O, "Zorbnik (K)", 2}, {O, "Marzo", 1}, {O, "Tav (Q)", 1}},
	}, {
		name:  "an acronym, and a bracket before words",
		text:  "The Zorb Party (ZP) 12 seats were won. Quelbco (Q) said it would bid.",
		spans: []span{{O, "Zorb Party"}, {O, "Quelbco"}},
		want:  []want{{O, "Zorb Party", 1}, {O, "Quelbco", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCricketAndRacingLeaguesAsMisc: cricket's Twenty20 leagues and motor
// racing's championship, which the tagger typed organizations, are
// competitions (MISC), as CoNLL-2003's leagues are; the teams and the
// drivers stay.
func TestCricketAndRacingLeaguesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a Twenty20 league and its short name",
		text:  "The Zorbville Quelbers won in the Big Bash League, and the IPL will add two teams.",
		spans: []span{{O, "Zorbville Quelbers"}, {O, "Big Bash League"}, {O, "IPL"}},
		want:  []want{{O, "Zorbville Quelbers", 1}},
	}, {
		name:  "motor racing's championship",
		text:  "Marla Quonk took her first Formula One win for Zorbco Racing.",
		spans: []span{{P, "Marla Quonk"}, {O, "Formula One"}, {O, "Zorbco Racing"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbco Racing", 1}},
	}})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestWorldOutlets: outlets of the world-outlets pass of media.tsv (issue
// 11) are organizations, tagged a person or a place or left untagged; a
// paper whose one-word name is also an English word ("Dawn") is not
// listed and stays untagged.
func TestWorldOutlets(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "agencies and dailies mistyped or untagged",
		text:  "Marla Quonk told Kommersant on Monday, the Yomiuri Shimbun reported. Caixin and Folha de Sao Paulo said Zorbville would vote at dawn, Dawn and the Hankyoreh agreed.",
		spans: []span{{P, "Marla Quonk"}, {P, "Kommersant"}, {L, "Yomiuri"}, {L, "Zorbville"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Kommersant", 1}, {O, "Yomiuri Shimbun", 1}, {O, "Caixin", 1}, {O, "Folha de Sao Paulo", 1}, {L, "Zorbville", 1}, {O, "Hankyoreh", 1}},
	}})
}

package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestDoc26RulesHostileSize runs the document step on pages of 8,000
// lines that each meet one of doc26's rules (addEmployerSpans,
// lineDateline's two shapes, groundVenuesAsPlaces, listedPartKey,
// usBodyKey; issue 12: no input may make the step take time in the square
// of its size), the same names on every line, so that a group holds
// thousands of mentions and a rule meets its cue thousands of times. Each
// page must take at most growthLimit times its first quarter
// (checkHostileLines). A page of three lines must first give the entity
// the rule makes, so that the case still meets its rule.
func TestDoc26RulesHostileSize(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	by := typedBy
	cases := []struct {
		hostileLine
		want entityWant // an entity of the rule's on three lines (its type, name and count), or none
		key  string     // and its key, where the rule is a key's
		town bool       // lineDateline reads the page's first word as a dateline's town
	}{
		{hostileLine{"addEmployerSpans", "said Zorbco Research analyst Ada Quell and Quelb Capital chief executive Dan Zorb.\n",
			by(map[string]newsner.EntityType{"Ada": P, "Dan": P})}, entityWant{O, "Zorbco Research", 3}, "", false},
		{hostileLine{"addEmployerSpans, a sentence's start", "Zorbush analyst Ada Quell said so.\n",
			by(map[string]newsner.EntityType{"Ada": P})}, entityWant{O, "Zorbush", 3}, "", false},
		{hostileLine{"lineDateline, a dash", "BOSTON — Ada Quell scored 38 points.\n",
			by(map[string]newsner.EntityType{"BOSTON": O, "Ada": P})}, entityWant{}, "", true}, // a known place: other rules type it too
		{hostileLine{"lineDateline, a date", "WIGAN, England 1996-08-31\nZorbton beat Quelbia 12-10.\n",
			by(map[string]newsner.EntityType{"WIGAN": O, "England": L, "Zorbton": O, "Quelbia": O})}, entityWant{L, "WIGAN", 3}, "", true},
		{hostileLine{"groundVenuesAsPlaces", "fans at the Zorbis Arena cheered.\n", typedAll(P)}, entityWant{L, "Zorbis Arena", 3}, "", false},
		{hostileLine{"listedPartKey", "a deal on Amazon Music Quillo as Amazon and Amazon cut prices.\n", typedAll(O)},
			entityWant{O, "Amazon", 9}, "name:org:amazon", false},
		{hostileLine{"usBodyKey", "the U.S. Senate and the US Supreme Court and the United States Congress voted.\n", typedAll(O)},
			entityWant{O, "U.S. Senate", 3}, "name:org:senate", false},
	}
	var lines []hostileLine
	for _, c := range cases {
		text := strings.Repeat(c.line, 3)
		toks, spans := capitalRunSpans(text, c.typ)
		if c.town && !lineDateline(text, toks, &mention{t0: 0, t1: 1, m: newsner.Mention{Text: toks[0].Text}}) {
			t.Errorf("%s: %q starts no dateline on %q: the line no longer meets the rule", c.rule, toks[0].Text, c.line)
		}
		found := c.want.text == ""
		for _, e := range buildEntities(text, toks, spans) {
			if e.Type == c.want.typ && e.Text == c.want.text && e.Count == c.want.count && (c.key == "" || e.Key == c.key) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no %v (key %q) on three lines of %q: the line no longer meets the rule", c.rule, c.want, c.key, c.line)
		}
		lines = append(lines, c.hostileLine)
	}
	checkHostileLines(t, lines)
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestKeyForms checks keyForm through nameKey: a body's name with its head
// first or last, and a name with or without its hyphens, give one key;
// other names keep theirs.
func TestKeyForms(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	for _, c := range []struct {
		typ  newsner.EntityType
		a, b string
		same bool
	}{
		{O, "Ministry of Defence", "Defence Ministry", true},
		{O, "the Ministry of the Interior", "Interior Ministry", true},
		{O, "Department of Energy", "Energy Department", true},
		{P, "Jean-Luc Moravec", "Jean Luc Moravec", true},
		{O, "Quelby-Marsh Holdings", "Quelby Marsh", true},
		{O, "Ministry of Health of Ruritania", "Health of Ruritania Ministry", false}, // which part is the remit is not clear
		{L, "Department of Energy", "Energy Department", false},                       // a place's name keeps its order
		{O, "Bank of Ruritania", "Ruritania Bank", false},                             // not a government body's head
	} {
		ka, kb := nameKey(c.typ, c.a), nameKey(c.typ, c.b)
		if (ka == kb) != c.same {
			t.Errorf("%s %q keyed %q, %q keyed %q: same %v, want %v", c.typ, c.a, ka, c.b, kb, ka == kb, c.same)
		}
	}
}

// TestKeyFormsJoinInTheArticle: the two ways of writing a body's or a
// person's name are one entity in an article (the entities of one key
// join), under the fullest name, with both mentions.
func TestKeyFormsJoinInTheArticle(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "head first and head last",
			text:  "The Ministry of Defence said on Monday it would buy jets. The Defence Ministry said the deal was signed.",
			spans: []span{{O, "Ministry of Defence"}, {O, "Defence Ministry"}},
			want:  []want{{O, "Ministry of Defence", 2}},
		},
		{
			name:  "with and without the hyphen",
			text:  "Jean-Luc Moravec won the race on Sunday. Jean Luc Moravec said he would retire.",
			spans: []span{{P, "Jean-Luc Moravec"}, {P, "Jean Luc Moravec"}},
			want:  []want{{P, "Jean-Luc Moravec", 2}},
		},
	})
}

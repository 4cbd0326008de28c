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
		{O, "Zorbtec, Inc.", "Zorbtec Inc", true},                                     // the comma before a legal suffix
		{O, "Quelp Holdings , Inc.", "Quelp Holdings Inc.", true},                     // a comma set apart
		{O, "Zorbly™ Shop Channel", "Zorbly Shop Channel", true},                      // a trademark sign
		{O, "OfficeZorb®, Inc.", "OfficeZorb", true},
		{P, "Johnny Zorbshot™", "Johnny Zorbshot", true},
		{O, "Zorbtec, Quelp", "Zorbtec Quelp", false}, // a comma before no suffix stays
		{P, "C. S. Zorbley", "C.S. Zorbley", true},    // initials spaced and glued
		{P, "J. R. R. Quelkien", "J.R.R. Quelkien", true},
		{P, "J. Zorbley", "JZ Zorbley", false},                            // one initial is no run of them
		{O, "A. B. Zorb", "AB Zorb", false},                               // a person's only
		{O, "Zorbly Moving & Storage", "Zorbly Moving and Storage", true}, // an ampersand as a word
		{O, "Q&Z Zorb", "Q and Z Zorb", false},                            // inside a word it stays
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
			name:  "a legal suffix after a comma and without it",
			text:  "MasTec, Inc. won the contract on Monday. MasTec Inc said the work would start in May.",
			spans: []span{{O, "MasTec, Inc."}, {O, "MasTec Inc"}},
			want:  []want{{O, "MasTec, Inc.", 2}},
		},
		{
			name:  "with and without a trademark sign",
			text:  "The Wii™ Shop Channel closed on Monday. The Wii Shop Channel had sold games since 2006.",
			spans: []span{{O, "Wii™ Shop Channel"}, {O, "Wii Shop Channel"}},
			want:  []want{{O, "Wii™ Shop Channel", 2}},
		},
		{
			name:  "an ampersand and its word",
			text:  "Zorbly Moving & Storage won the contract on Monday. Zorbly Moving and Storage said the trucks would roll in May.",
			spans: []span{{O, "Zorbly Moving & Storage"}, {O, "Zorbly Moving and Storage"}},
			want:  []want{{O, "Zorbly Moving and Storage", 2}},
		},
		{
			name:  "initials spaced and glued",
			text:  "H. G. Zorbley wrote the novel in 1895. H.G. Zorbley died in London in 1946.",
			spans: []span{{P, "H. G. Zorbley"}, {P, "H.G. Zorbley"}},
			want:  []want{{P, "H. G. Zorbley", 2}},
		},
		{
			name:  "with and without the hyphen",
			text:  "Jean-Luc Moravec won the race on Sunday. Jean Luc Moravec said he would retire.",
			spans: []span{{P, "Jean-Luc Moravec"}, {P, "Jean Luc Moravec"}},
			want:  []want{{P, "Jean-Luc Moravec", 2}},
		},
	})
}

// TestListKeyForms: a listed company named by its legal name with "& Co."
// or "& Company" and by its name alone gets one key (listKeyForm), in
// made-up articles and in one (the entities of one key join); a name
// that only ends in "and" of no list keeps its own.
func TestListKeyForms(t *testing.T) {
	O := newsner.Organization
	for _, c := range [][2]string{
		{"Merck & Co.", "Merck"},
		{"Wells Fargo & Company", "Wells Fargo"},
		{"JPMorgan Chase & Co", "JPMorgan Chase"},
		{"Eli Lilly & Co", "Eli Lilly"},
	} {
		ka, kb := entityKey(O, c[0], []string{c[0]}), entityKey(O, c[1], []string{c[1]})
		if ka != kb {
			t.Errorf("%q keyed %q, %q keyed %q", c[0], ka, c[1], kb)
		}
	}
	if k := listKeyForm("name:org:quelby and"); k != "name:org:quelby" {
		t.Errorf("listKeyForm(%q) = %q", "name:org:quelby and", k)
	}
	for _, k := range []string{"name:org:procter gamble", "name:person:ada and", "iso3166:US", "name:org:&"} {
		if got := listKeyForm(k); got != k {
			t.Errorf("listKeyForm(%q) = %q, want it as it is", k, got)
		}
	}
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	keysAcrossArticles(t, tg, []keyArticle{
		{"Merck & Co. said on Tuesday its drug cut deaths by a third in a trial of 2,000 patients.",
			[]keyWant{{O, "Merck & Co.", 1, "merck"}}},
		{"Merck said on Monday it would buy the biotech for $11 billion.",
			[]keyWant{{O, "Merck", 1, "merck"}}},
	})
}

// TestLeadInitialsKeyAsGlued: a person named by initials spaced ("C. S.
// Zorbley") is keyed as one whose initials are glued ("C.S. Zorbley"),
// the first initial kept: middleInitialsOutOfKeys leaves out only the
// initials after a first name ("John Q. Zorn" as "John Zorn").
func TestLeadInitialsKeyAsGlued(t *testing.T) {
	P := newsner.Person
	es := []newsner.Entity{
		{Type: P, Text: "C. S. Zorbley", Key: nameKey(P, "C. S. Zorbley")},
		{Type: P, Text: "John Q. Zorn", Key: nameKey(P, "John Q. Zorn")},
	}
	middleInitialsOutOfKeys(es)
	if want := nameKey(P, "C.S. Zorbley"); es[0].Key != want || want != "name:person:cs zorbley" {
		t.Errorf("C. S. Zorbley: key %q, want %q (C.S. Zorbley's) = name:person:cs zorbley", es[0].Key, want)
	}
	if want := nameKey(P, "John Zorn"); es[1].Key != want {
		t.Errorf("John Q. Zorn: key %q, want %q", es[1].Key, want)
	}
}

package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// groupListKeyBefore is groupListKey as it was written before it skipped
// repeated forms.
func groupListKeyBefore(typ newsner.EntityType, forms []string) string {
	key := ""
	for _, f := range forms {
		k := keyListKey(f, typ)
		if k == "" && typ == newsner.Organization {
			k = keyListKey(withoutSuffixes(f, typ), typ)
		}
		if k == "" {
			continue
		}
		if key != "" && k != key {
			return ""
		}
		key = k
	}
	return key
}

// TestGroupListKeyRepeats checks groupListKey against its former
// definition on made-up groups that repeat forms, agree, or disagree.
func TestGroupListKeyRepeats(t *testing.T) {
	groups := [][]string{nil, {"Walmart"}, {"Walmart", "Walmart", "Walmart Inc"}, {"Walmart Inc", "Zorbco", "Walmart"},
		{"Walmart", "Google", "Walmart"}, {"Google", "Walmart", "Google", "Walmart"}, {"Zorbco", "Zorbco"}, {"Paris", "Paris", "France"},
		{"France", "France"}, {"Zorbco Inc", "Zorbco Inc", "Walmart", "Walmart"}, append(strings.Fields(strings.Repeat("Walmart Zorbco ", 12)), "Google")}
	seen := false
	for _, typ := range []newsner.EntityType{newsner.Organization, newsner.Location, newsner.Person} {
		for _, g := range groups {
			got, want := groupListKey(typ, g), groupListKeyBefore(typ, g)
			if got != want {
				t.Errorf("groupListKey(%s, %q) = %q, want %q", typ, g, got, want)
			}
			seen = seen || want != ""
		}
	}
	if !seen {
		t.Error("no group of the test has a key: the lists changed")
	}
}

// TestTopicsSportsText checks that topics' sportsText, which asks the
// memo's sportsTalk first, answers as sportsText on made-up reports.
func TestTopicsSportsText(t *testing.T) {
	sports := false
	for _, text := range []string{
		"Zorbton beat Quelbury 3-1 in the league match and the coach praised the striker after the 2-0 win last week .",
		"Zorbton won the league match and the coach praised the striker .",
		"Zorbco said profits rose 3-1 and 2-0 .",
		"",
	} {
		var toks []token
		for _, w := range strings.Fields(text) {
			toks = append(toks, token{Text: w})
		}
		a := &topics{toks: toks}
		got, want := a.sportsText(), sportsText(toks)
		if got != want {
			t.Errorf("topics.sportsText(%q) = %v, want %v", text, got, want)
		}
		sports = sports || want
	}
	if !sports {
		t.Error("no text of the test is a sports report")
	}
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestGivenNameFormsKeyAlike: a person's given name spelt otherwise
// ("Mohamed", "Mohammed", "Muhammad") or in its short form ("Andy",
// "Andrew"; "Bill", "William") gives one key (givenNameForm), across
// made-up articles and in one, where the two become one entity; another
// given name of the same surname ("Andrea Quellby" beside "Andrew
// Quellby") and a surname that is a short form ("Tom" as the last word)
// keep theirs.
func TestGivenNameFormsKeyAlike(t *testing.T) {
	P := newsner.Person
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Mohamed Zarqalli", "Mohammed Zarqalli", true},
		{"Muhammad Zarqalli", "Mohammad Zarqalli", true},
		{"Andy Quellby", "Andrew Quellby", true},
		{"Bill Dravenport", "William Dravenport", true},
		{"Andrea Quellby", "Andrew Quellby", false},
		{"Quellby Tom", "Quellby Thomas", false},
		{"Andy", "Andrew", false},
	} {
		ka, kb := nameKey(P, c.a), nameKey(P, c.b)
		if (ka == kb) != c.same {
			t.Errorf("%q keyed %q, %q keyed %q: same %v, want %v", c.a, ka, c.b, kb, ka == kb, c.same)
		}
	}
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	keysAcrossArticles(t, tg, []keyArticle{
		{"CAIRO - Egyptian opposition leader Mohamed Zarqalli said on Monday that he would stand in the election.",
			[]keyWant{{P, "Mohamed Zarqalli", 1, "zarqalli"}}},
		{"Supporters of Mohammed Zarqalli marched in Cairo on Friday, and police said the crowd was peaceful.",
			[]keyWant{{P, "Mohammed Zarqalli", 1, "zarqalli"}}},
	})
	runDocCases(t, []docCase{{
		name:  "the short and the full given name",
		text:  "Quarterback Andrew Quellby threw three touchdowns on Sunday. Andy Quellby said the line had played well.",
		spans: []textSpan{{P, "Andrew Quellby"}, {P, "Andy Quellby"}},
		want:  []entityWant{{P, "Andrew Quellby", 2}},
	}})
}

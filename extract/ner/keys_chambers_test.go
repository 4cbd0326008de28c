package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestHouseAloneKeysTheLowerHouse: a made-up article about Congress that
// names "the House" alone keys it as the articles naming the "House of
// Representatives" (lowerHouseKey); one about Westminster, or with no
// word of Congress, keeps the bare key, and the "White House" is not the
// House.
func TestHouseAloneKeysTheLowerHouse(t *testing.T) {
	O, P := newsner.Organization, newsner.Person
	full := nameKey(O, "House of Representatives")
	for _, c := range []struct {
		text  string
		spans []textSpan
		name  string
		want  string
	}{
		{"The bill passed the Senate on Monday, and the House will vote on it next week, Zorb said.",
			[]textSpan{{O, "Senate"}, {O, "House"}, {P, "Zorb"}}, "House", full},
		{"The House voted 210 to 190 for the bill, which Congress sent to the president.",
			[]textSpan{{O, "House"}, {O, "Congress"}}, "House", full},
		{"Republicans in the House want a vote on the bill before Friday, Zorb said.",
			[]textSpan{{O, "House"}, {P, "Zorb"}}, "House", full},
		{"MPs will vote on the deal in the House on Tuesday, the Senate's rules aside, and the Lords after.",
			[]textSpan{{O, "House"}, {O, "Senate"}, {O, "Lords"}}, "House", nameKey(O, "House")},
		{"The House of Zorb sold the castle on Monday.",
			[]textSpan{{O, "House"}}, "House", nameKey(O, "House")},
		{"The White House said the Senate would take up the bill.",
			[]textSpan{{O, "White House"}, {O, "Senate"}}, "White House", nameKey(O, "White House")},
	} {
		checkCaseKey(t, c.text, c.spans, O, c.name, c.want)
	}
}

// TestUSBodyKeysAcrossMadeUpArticles runs the model on made-up articles
// that name the US Senate, Congress and Supreme Court with the country
// before them and without it (usBodyKey): each is keyed alike in every
// article. "U.S. Steel" and the "UK Supreme Court" keep their own keys.
func TestUSBodyKeysAcrossMadeUpArticles(t *testing.T) {
	O := newsner.Organization
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	arts := []keyArticle{
		{"Voters in Quelbury cast ballots in the statewide U.S. Senate race on Tuesday, and the U.S. Supreme Court declined to hear the county's appeal.",
			[]keyWant{{O, "U.S. Senate", 1, "senate"}, {O, "U.S. Supreme Court", 1, "court"}}},
		{"The Senate passed the bill 52-48 on Friday, and the Supreme Court will hear the case in March, Republicans said.",
			[]keyWant{{O, "Senate", 1, "senate"}, {O, "Supreme Court", 1, "court"}}},
		{"The United States Congress approved the aid package on Thursday.",
			[]keyWant{{O, "United States Congress", 1, "congress"}}},
		{"Congress approved the spending bill on Monday, Republicans said.",
			[]keyWant{{O, "Congress", 1, "congress"}}},
		{"U.S. Steel said on Monday its output rose 4%. The UK Supreme Court ruled against the carmaker.",
			[]keyWant{{O, "U.S. Steel", 1, "us steel"}, {O, "UK Supreme Court", 1, "uk court"}}},
	}
	keys := keysAcrossArticles(t, tg, arts)
	for _, pair := range [][2]string{{"us steel", "senate"}, {"uk court", "court"}} {
		for k := range keys[pair[0]] {
			if _, ok := keys[pair[1]][k]; ok {
				t.Errorf("%s and %s share the key %q", pair[0], pair[1], k)
			}
		}
	}
	if len(keys["senate"]) != 1 || len(keys["court"]) != 1 || len(keys["congress"]) != 1 {
		t.Errorf("keys %v", keys)
	}
}

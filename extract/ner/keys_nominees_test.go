package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestNomineeSurnameKeysThePerson: made-up articles naming a listed
// presidential nominee (nominees.tsv) in full and by surname alone key
// the person alike (listedSurnameKey); a surname two listed people share
// ("Clinton": Bill's and Hillary's) or another person of the article
// bears ("Todd Palin") keeps its own key.
func TestNomineeSurnameKeysThePerson(t *testing.T) {
	P := newsner.Person
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	keysAcrossArticles(t, tg, []keyArticle{
		{"BOSTON - Republican challenger Mitt Romney said on Tuesday that the economy was weak. Romney spoke to voters in Ohio.",
			[]keyWant{{P, "Mitt Romney", 2, "romney"}}},
		{"Romney told a rally in Denver on Wednesday that taxes would fall, and Romney aides said the crowd was large.",
			[]keyWant{{P, "Romney", 2, "romney"}}},
		{"Senator John McCain said on Friday the vote would be close. McCain added that he would campaign in Florida.",
			[]keyWant{{P, "John McCain", 2, "mccain"}}},
		{"Asked about the bill on Sunday, McCain said he would vote for it and that he hoped others would too.",
			[]keyWant{{P, "McCain", 1, "mccain"}}},
	})
	for _, c := range []struct {
		text  string
		spans []textSpan
		name  string
	}{
		{"Clinton said on Monday the plan would work.", []textSpan{{P, "Clinton"}}, "Clinton"},
		{"Todd Palin spoke first. Palin said the race was over.", []textSpan{{P, "Todd Palin"}, {P, "Palin"}}, "Palin"},
	} {
		for _, e := range caseEntities(t, c.text, c.spans) {
			if e.Text == c.name && e.Key != nameKey(P, c.name) {
				t.Errorf("%q in %q keyed %q", c.name, c.text, e.Key)
			}
		}
	}
}

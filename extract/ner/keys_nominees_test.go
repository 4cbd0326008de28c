package ner

import (
	"strings"
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

// TestListedPeopleKeyAsTheirNames: nominees.tsv's people have the key
// nameKey gives the first of their names, so an article naming one by a
// form the list lacks keys them alike ("Bob Dole" is keyed as "Robert
// Dole", givenNameForm). (newsmakers.tsv keeps its hyphens: "Son
// Heung-min".)
func TestListedPeopleKeyAsTheirNames(t *testing.T) {
	for _, file := range []string{"names/nominees.tsv"} {
		data, err := namesFS.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			fs := strings.Split(line, "\t")
			if len(fs) < 3 || !strings.HasPrefix(fs[0], "name:person:") {
				continue
			}
			if k := nameKey(newsner.Person, fs[2]); k != fs[0] {
				t.Errorf("%s: %q listed as %q, nameKey %q", file, fs[2], fs[0], k)
			}
		}
	}
}

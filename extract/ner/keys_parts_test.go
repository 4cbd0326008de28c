package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListedPartKeysAcrossMadeUpArticles runs the model on made-up
// articles where a listed organization is joined into a longer name that
// starts or ends with it (listedPartKey): a product of a listed company
// named after it ("Amazon Music Quillo"), a union of its workers ("Amazon Quillo Union"), a byline run on into a listed
// league ("Zorbcast NFL Insider"). The entity is the listed thing, named
// and keyed as the articles that name it alone, with every mention.
// A longer name the article names more often than the listed part keeps
// its own key ("Amazon Quillo Union" twice, "Amazon" once).
func TestListedPartKeysAcrossMadeUpArticles(t *testing.T) {
	O := newsner.Organization
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	arts := []keyArticle{
		{"Get 4 Months of Amazon Music Quillo for $1. Amazon has the best price this week, and Amazon is giving members a gift card.",
			[]keyWant{{O, "Amazon", 3, "amazon"}}},
		{"Workers at Amazon Quillo Union voted on Friday. Amazon said it would appeal, and Amazon shares fell. Amazon declined to comment further.",
			[]keyWant{{O, "Amazon", 4, "amazon"}}},
		{"Amazon said on Tuesday it would hire 100,000 workers for the holidays. Amazon shares rose 2%.",
			[]keyWant{{O, "Amazon", 2, "amazon"}}},
		{"Zorbcast NFL Insider Jo Quell has reported that the NFL will fine the quarterback for his role in the fight. The NFL moved the game to Sunday night.",
			[]keyWant{{O, "NFL", 3, "nfl"}}},
		{"The NFL said on Monday that the game would go ahead. The National Football League fined two players.",
			[]keyWant{{O, "National Football League", 2, "nfl"}}},
	}
	keys := keysAcrossArticles(t, tg, arts)
	if len(keys["amazon"]) != 1 || len(keys["nfl"]) != 1 {
		t.Errorf("keys %v", keys)
	}
	// A longer name named more often than its listed part keeps its own key.
	es := tg.Entities("Workers at Amazon Quillo Union voted on Friday. Amazon Quillo Union said the vote was fair, and Amazon said it would appeal.")
	for _, e := range es {
		if e.Type == O && e.Key == "name:org:amazon" {
			for _, m := range e.Mentions {
				if m.Text == "Amazon Quillo Union" {
					t.Errorf("%q keyed as the listed Amazon though named so more often than Amazon: %+v", m.Text, e)
				}
			}
		}
	}
}

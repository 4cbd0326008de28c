package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAliasKeysAcrossMadeUpArticles runs the model on made-up articles
// that name a person by initials (joinPeopleByInitials), a team by a
// clipped nickname or town (joinClippedTeamNames) and by its town's
// possessive (townPossessivesAsTeams), beside articles that name the same
// things in full only: each thing must be one entity per article with
// every mention counted, and one key in every article. Things that share
// a word, initials or a town with them must stay apart, in the article and
// across articles: two people of one surname and their shared capitals, a
// town and its team outside a sports report.
func TestAliasKeysAcrossMadeUpArticles(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sports := " The defense gave up a touchdown in the fourth quarter and a field goal in the second half, and the team is 5-4 after a 24-3 win in the season opener."
	arts := []keyArticle{
		{"Running back Tobias Wren-Okafor of the Jacksonville Jaguars hurt his foot in a 27-10 loss to the Tennessee Titans on Sunday. The Jags said TWO would miss two weeks." + sports,
			[]keyWant{{P, "Tobias Wren-Okafor", 2, "wren-okafor"}, {O, "Jacksonville Jaguars", 2, "jaguars"}, {O, "Tennessee Titans", 1, "titans"}}},
		{"Tobias Wren-Okafor signed a new contract with the Jacksonville Jaguars on Monday. Wren-Okafor said he was happy to stay in Jacksonville.",
			[]keyWant{{P, "Tobias Wren-Okafor", 2, "wren-okafor"}, {O, "Jacksonville Jaguars", 1, "jaguars"}, {L, "Jacksonville", 1, "jacksonville"}}},
		{"Doug Martin ran for three touchdowns in Tampa Bay's 42-32 win over the Oakland Raiders, and the Tampa Bay Buccaneers are 5-4. The Bucs host the Carolina Panthers next." + sports,
			[]keyWant{{P, "Doug Martin", 1, "martin"}, {O, "Tampa Bay Buccaneers", 3, "buccaneers"}, {O, "Oakland Raiders", 1, "raiders"}, {O, "Carolina Panthers", 1, "panthers"}}},
		{"The Tampa Bay Buccaneers sold the naming rights to their stadium on Tuesday. Voters in Tampa Bay's suburbs had backed a new tax for it.",
			[]keyWant{{O, "Tampa Bay Buccaneers", 1, "buccaneers"}, {L, "Tampa Bay", 1, "tampa bay"}}},
		{"Colin Jessup and Chris Jessup both scored for the Indianapolis Colts in a 30-20 win over the Jacksonville Jaguars on Sunday. Fans in Indy cheered CJ after the game." + sports,
			[]keyWant{{P, "Colin Jessup", 1, "colin"}, {P, "Chris Jessup", 1, "chris"}, {O, "Indianapolis Colts", 1, "colts"}, {O, "Jacksonville Jaguars", 1, "jaguars"}}},
		{"Colin Jessup was traded to the Indianapolis Colts on Monday, the team said.",
			[]keyWant{{P, "Colin Jessup", 1, "colin"}, {O, "Indianapolis Colts", 1, "colts"}}},
	}
	keys := keysAcrossArticles(t, tg, arts)
	// Things that share a word keep their own keys.
	for _, pair := range [][2]string{{"colin", "chris"}, {"buccaneers", "tampa bay"}, {"jaguars", "jacksonville"}} {
		for ka := range keys[pair[0]] {
			if _, ok := keys[pair[1]][ka]; ok {
				t.Errorf("%s and %s share the key %q", pair[0], pair[1], ka)
			}
		}
	}
}

// TestCompanyShortFormAliases: a company news names by its first word
// alone ("Goldman", "Berkshire") keys as its full name does in another
// article (aliases.tsv), and "Ford" of an organization as Ford Motor; a
// person of the name is no company.
func TestCompanyShortFormAliases(t *testing.T) {
	O, P := newsner.Organization, newsner.Person
	key := func(typ newsner.EntityType, forms ...string) string { return entityKey(typ, forms[0], forms) }
	for _, c := range [][2]string{{"Goldman", "Goldman Sachs Group Inc"}, {"Berkshire", "Berkshire Hathaway Inc"}, {"Ford", "Ford Motor Company"}} {
		if a, b := key(O, c[0]), key(O, c[1]); a != b {
			t.Errorf("%q keyed %q, %q keyed %q", c[0], a, c[1], b)
		}
		if a, b := key(P, c[0]), key(O, c[1]); a == b {
			t.Errorf("the person %q keyed as the company, %q", c[0], a)
		}
	}
}

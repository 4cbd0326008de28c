package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestDoc27RulesHostileSize runs the document step on pages of 8,000
// lines that each meet one of doc27's rules (cutLeadKindNoun,
// joinPortfolioLists, arabicArticleListedAsOrganizations; issue 12: no
// input may make the step take time in the square of its size), the same
// names on every line, so that a group holds thousands of mentions. Each
// page must take at most growthLimit times its first quarter
// (checkHostileLines). A page of three lines must first give the entity
// the rule makes, so that the case still meets its rule.
func TestDoc27RulesHostileSize(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	cases := []struct {
		hostileLine
		want entityWant
	}{
		{hostileLine{"cutLeadKindNoun", "Prices fell. Newspaper Tagesspiegel said so.\n", typedAll(O)}, entityWant{O, "Tagesspiegel", 3}},
		{hostileLine{"joinPortfolioLists", "the Ministry of Land, Infrastructure, Transport and Tourism said so.\n", typedAll(O)},
			entityWant{O, "Ministry of Land, Infrastructure, Transport and Tourism", 3}},
		{hostileLine{"arabicArticleListedAsOrganizations", "a game that Al Fayha won 2-1 away.\n", typedAll(P)}, entityWant{O, "Al Fayha", 3}},
	}
	var lines []hostileLine
	for _, c := range cases {
		text := strings.Repeat(c.line, 3)
		toks, spans := capitalRunSpans(text, c.typ)
		found := false
		for _, e := range buildEntities(text, toks, spans) {
			if e.Type == c.want.typ && e.Text == c.want.text && e.Count == c.want.count {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no %v on three lines of %q: the line no longer meets the rule", c.rule, c.want, c.line)
		}
		lines = append(lines, c.hostileLine)
	}
	checkHostileLines(t, lines)
}

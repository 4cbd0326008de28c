package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestDoc27RulesHostileSize runs the document step on pages of 8,000
// lines that each meet one of doc27's rules (cutLeadKindNoun,
// joinPortfolioLists, arabicArticleListedAsOrganizations,
// addAmpersandInitialsSpans, possessiveFirmWords; issue 12: no
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
		{hostileLine{"addAmpersandInitialsSpans", "Marla Quonk said QZE&G and KB&T Inc. would bid.\n", typedBy(map[string]newsner.EntityType{"Marla": P})},
			entityWant{O, "QZE&G", 3}},
		{hostileLine{"possessiveFirmWords", "Rival Quelbman's was also lower, and Zorbley's stores fell.\n", typedAll(P)}, entityWant{O, "Zorbley's", 3}},
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

// TestDoc27RulesOneLongRun runs the document step on pages made of one
// run built for the worst case of a doc27 rule's loop, 5,000 and 20,000
// parts long (issue 12): one ministry's list of portfolios that the
// tagger cut at every comma (joinPortfolioLists' scan and its skip over
// the spans inside), the same list left without its "and" and so never
// joined, one span that starts with a kind's noun (cutLeadKindNoun's
// look-ups of the rest and the whole), one person's span after "Al"
// (arabicArticleListedAsOrganizations), untagged initials joined by "&"
// one after another and one word of initials as long as the page
// (addAmpersandInitialsSpans), and thousands of names each written in the
// possessive before a verb, all inside one person's long span
// (possessiveFirmWords' maps and its pass over the spans). The whole page
// must take at most growthLimit times the page of a quarter of its parts
// (checkLongRuns), and the page of 20 parts must give the entity the rule
// makes, where it makes one, so that the run still meets its rule.
func TestDoc27RulesOneLongRun(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	checkLongRuns(t, []longRun{
		{"joinPortfolioLists", func(n int) (string, []tspan) {
			text := "the Ministry of Trade" + strings.Repeat(", Industry", n) + " and Energy said.\n"
			return text, capitalSpans(text, O)
		}, entityWant{O, "Ministry of Trade" + strings.Repeat(", Industry", 20) + " and Energy", 1}},
		{"joinPortfolioLists, never joined", func(n int) (string, []tspan) {
			text := "the Ministry of Trade" + strings.Repeat(", Industry", n) + ", said Zorb.\n"
			return text, capitalSpans(text, O)
		}, entityWant{O, "Ministry of Trade", 1}},
		{"cutLeadKindNoun", func(n int) (string, []tspan) {
			text := "Prices fell. Newspaper Tagesspiegel" + strings.Repeat(" Zorb", n) + " said so.\n"
			return text, capitalSpans(text, O)
		}, entityWant{}},
		{"arabicArticleListedAsOrganizations", func(n int) (string, []tspan) {
			text := "a game that Al Fayha" + strings.Repeat(" Fayha", n) + " won.\n"
			return text, capitalSpans(text, P)
		}, entityWant{}},
		{"addAmpersandInitialsSpans, one after another", func(n int) (string, []tspan) {
			return "said" + strings.Repeat(" QZE&G and", n) + " KB&T.\n", nil
		}, entityWant{O, "QZE&G", 20}},
		{"addAmpersandInitialsSpans, one long word", func(n int) (string, []tspan) {
			return "said " + strings.Repeat("QZ", n) + "&G on Monday.\n", nil
		}, entityWant{O, strings.Repeat("QZ", 20) + "&G", 1}},
		{"possessiveFirmWords", func(n int) (string, []tspan) {
			var sb strings.Builder
			for i := range n {
				sb.WriteString(madeUpName(i) + "'s was lower. ")
			}
			sb.WriteString("said Marla")
			for i := range n {
				sb.WriteString(" " + madeUpName(i))
			}
			sb.WriteString(" Quonk.\n")
			text := sb.String()
			toks := splitText(text)
			return text, []tspan{{P, len(toks) - 2*n - 3, len(toks) - 1}}
		}, entityWant{}},
	})
}

// capitalSpans is capitalRunSpans typing every run ty.
func capitalSpans(text string, ty newsner.EntityType) []tspan {
	_, spans := capitalRunSpans(text, typedAll(ty))
	return spans
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestArticleBodyWinsListedAcronym: an acronym a name list gives to one
// body names another in an article that names a body whose initials make
// it (with "of", "and", "the" skipped and an "al-" name's capital counted,
// or after the country's adjective the body's name opens with, or with
// title-cased linking words skipped: bodyAcronyms), with or without brackets: it joins that body and
// takes its key. Where the article names the listed body, or neither, the
// list holds; an acronym never joins a name whose initials do not make it.
func TestArticleBodyWinsListedAcronym(t *testing.T) {
	O := newsner.Organization
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name string
		count      int
		key        string
	}{
		// Sudan: the RSF is the Rapid Support Forces, not Reporters Without Borders (orgs.tsv's "RSF").
		{"Fighting between the Sudanese army and the Rapid Support Forces spread to Darfur on Monday. The RSF said it had taken the city of El Fasher.",
			"Rapid Support Forces", 2, "name:org:rapid support forces"},
		{"Fighting between the army and the paramilitary Rapid Support Forces (RSF) spread to Darfur on Monday. The RSF said it had taken the city.",
			"Rapid Support Forces", 3, "name:org:rapid support forces"},
		// Both named: the acronym is the body whose initials make it.
		{"Reporters Without Borders said on Tuesday that two journalists were killed in Khartoum, where the army is fighting the Rapid Support Forces. The RSF denied it had shot them.",
			"Rapid Support Forces", 2, "name:org:rapid support forces"},
		{"Reporters Without Borders said on Tuesday that two journalists were killed in Khartoum, where the army is fighting the Rapid Support Forces. The RSF denied it had shot them.",
			"Reporters Without Borders", 1, "name:org:reporters without borders"},
		// The listed body named: the list holds.
		{"Reporters Without Borders said on Tuesday that 50 journalists were killed this year. RSF called on governments to protect the press.",
			"Reporters Without Borders", 2, "name:org:reporters without borders"},
		// Neither named: the list holds.
		{"Fighting in Sudan spread to Darfur on Monday. The RSF said it had taken the city of El Fasher.",
			"RSF", 1, "name:org:reporters without borders"},
		// "of", "and" skipped; an "al-" name's capital counts.
		{"The Institute of Sports and Wellness said on Monday 40 runners failed tests. ISW director Mark Hale said the results were worrying.",
			"Institute of Sports and Wellness", 2, "name:org:institute of sports and wellness"},
		// A headline's title case: "Of", "For" skipped all the same (titleCaseAcronyms).
		{"The Court Of Arbitration For Sport ruled on Monday. CAS said the ban would stand.",
			"Court Of Arbitration For Sport", 2, "name:org:court of arbitration for sport"},
		{"Rebels of the Hayat Tahrir al-Sham took Aleppo on Saturday, and HTS fighters entered the citadel.",
			"Hayat Tahrir al-Sham", 2, "name:org:hayat tahrir al-sham"},
		// The country's adjective opens the name but not the acronym: "NDP" is parties.tsv's Canadian party.
		{"The Kenyan National Democratic Party won 30 seats. The NDP said on Monday it would join the government.",
			"Kenyan National Democratic Party", 2, "name:org:kenyan national democratic party"},
		{"The Zorbian People's Liberation Movement (PLM) said on Monday it would talk. The PLM said talks would start in Geneva.",
			"Zorbian People's Liberation Movement", 3, "name:org:zorbian people's liberation movement"},
	} {
		found := false
		for _, e := range tg.Entities(c.text) {
			if e.Type == O && e.Text == c.name {
				found = true
				if e.Count != c.count || e.Key != c.key {
					t.Errorf("%q: %q has %d mentions, key %q; want %d, %q", c.text, c.name, e.Count, e.Key, c.count, c.key)
				}
			}
		}
		if !found {
			t.Errorf("%q: no organization %q in %v", c.text, c.name, tg.Entities(c.text))
		}
	}
	// No join where the initials do not make the acronym, after the adjective or not.
	for _, text := range []string{
		"The Kenyan National Unity Party won 30 seats. The NDP said on Monday it would join the government.",
		"The German Football Association said on Monday the coach would stay. The FA in London said nothing.",
	} {
		for _, e := range tg.Entities(text) {
			if e.Type == O && e.Count != 1 {
				t.Errorf("%q: %q has %d mentions, want 1", text, e.Text, e.Count)
			}
		}
	}
}

package extract

import (
	"fmt"
	"strings"
	"testing"
)

// The language-bias check of issue 12: one made-up page in English and in
// German, of the same shapes and the same chrome, must come out the same
// (the same story paragraphs and the same chrome lines kept or left out,
// by position). The extractor's scoring counts characters, commas and
// links, not English words; what once differed were the word lists of the
// chrome (German "Für dieses Video muss JavaScript aktiviert sein.", "Schon
// Abonnent?", "Cookie-Einstellungen", "Rubrik: Lokales", "Mehr von ..."
// stayed where the English went).

// langText is one language's text of the pair: six story paragraphs and
// the chrome lines, in the same order in both languages.
type langText struct {
	lang   string
	story  []string
	chrome []string
	heads  []string
}

var (
	enPair = langText{lang: "en",
		story: []string{
			"The city council agreed on Tuesday evening to rebuild the old bridge over the river, which has carried traffic since 1968, at a cost of about fourteen million euros.",
			"Mayor Thomas Becker said the decision had been long overdue. \"We cannot wait any longer, the bridge is simply worn out,\" he told the members of the council after the vote.",
			"Work is due to begin next spring and should take about two years. During this time, cars will be diverted through the northern district, while buses will use a temporary crossing.",
			"Residents of the northern district fear more noise and longer journeys. An association of local shops has already collected more than two thousand signatures against the plan.",
			"The opposition criticised the costs, which had risen by a third since the first estimate. The treasurer, however, said that the state would pay more than half of the bill.",
			"A final decision on the design of the new bridge is expected in the summer, when three architecture firms will present their drafts to the public in the town hall.",
		},
		chrome: []string{"By Jane Miller", "March 4, 2024", "Updated March 4, 2024 at 10:15 am", "4 min read", "Share this article",
			"Advertisement", "Please enable JavaScript to view this video.", "This video requires JavaScript to play.",
			"Already a subscriber?", "Cookie settings", "Skip to navigation", "Follow us:", "Category: News",
			"Tags: bridge, council", "Related articles", "12 Comments", "Leave a comment", "Reply",
			"© 2024 Herald Media. All rights reserved."},
		heads: []string{"Mayor opens new library in the old town", "Police search for witnesses after crash",
			"Festival returns to the market square", "Swimming pool to close for repairs"},
	}
	dePair = langText{lang: "de",
		story: []string{
			"Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke über den Fluss, die seit 1968 den Verkehr trägt, für rund vierzehn Millionen Euro neu zu bauen.",
			"Bürgermeister Thomas Becker sagte, die Entscheidung sei längst überfällig gewesen. „Wir können nicht länger warten, die Brücke ist einfach verschlissen“, sagte er den Mitgliedern des Rates nach der Abstimmung.",
			"Die Arbeiten sollen im kommenden Frühjahr beginnen und etwa zwei Jahre dauern. In dieser Zeit werden Autos durch den Nordbezirk umgeleitet, Busse nutzen eine provisorische Querung.",
			"Anwohner des Nordbezirks fürchten mehr Lärm und längere Wege. Ein Verein örtlicher Geschäfte hat bereits mehr als zweitausend Unterschriften gegen den Plan gesammelt.",
			"Die Opposition kritisierte die Kosten, die seit der ersten Schätzung um ein Drittel gestiegen sind. Der Kämmerer sagte jedoch, das Land werde mehr als die Hälfte der Rechnung zahlen.",
			"Eine endgültige Entscheidung über die Gestaltung der neuen Brücke wird im Sommer erwartet, wenn drei Architekturbüros ihre Entwürfe im Rathaus der Öffentlichkeit vorstellen.",
		},
		chrome: []string{"Von Jana Müller", "4. März 2024", "Aktualisiert am 4. März 2024 um 10:15 Uhr", "4 Min. Lesezeit", "Diesen Artikel teilen",
			"Anzeige", "Bitte aktivieren Sie JavaScript, um dieses Video anzusehen.", "Für dieses Video muss JavaScript aktiviert sein.",
			"Schon Abonnent?", "Cookie-Einstellungen", "Zur Navigation springen", "Folgen Sie uns:", "Rubrik: Lokales",
			"Schlagworte: Brücke, Stadtrat", "Ähnliche Artikel", "12 Kommentare", "Hinterlasse einen Kommentar", "Antworten",
			"© 2024 Kurier Medien. Alle Rechte vorbehalten."},
		heads: []string{"Bürgermeister eröffnet neue Bibliothek in der Altstadt", "Polizei sucht Zeugen nach Unfall",
			"Stadtfest kehrt auf den Marktplatz zurück", "Hallenbad schließt für Reparaturen"},
	}
)

// pairShapes lays a language's text out in the shapes of the check: the
// story and its chrome as sibling paragraphs in an <article>, in <div>s
// with no class, as <br> lines, and a short story beside a column of
// teasers with descriptions.
var pairShapes = []struct {
	name string
	page func(l langText) string
}{
	{"paragraphs in an article", func(l langText) string {
		var b strings.Builder
		b.WriteString("<article><h1>T</h1>")
		for i, c := range l.chrome {
			fmt.Fprintf(&b, "<p>%s</p>", c)
			if i%3 == 2 && i/3 < len(l.story) {
				fmt.Fprintf(&b, "<p>%s</p>", l.story[i/3])
			}
		}
		return b.String() + "</article>"
	}},
	{"divs without classes", func(l langText) string {
		var b strings.Builder
		b.WriteString("<div><div><h1>T</h1>")
		for i, s := range l.story {
			fmt.Fprintf(&b, "<div><p>%s</p></div><div><p>%s</p></div>", l.chrome[i], s)
		}
		return b.String() + "</div></div>"
	}},
	{"br lines", func(l langText) string {
		var b strings.Builder
		b.WriteString("<div><h1>T</h1><div>")
		for i, s := range l.story {
			fmt.Fprintf(&b, "%s<br>%s<br><br>", l.chrome[len(l.chrome)-1-i], s)
		}
		return b.String() + "</div></div>"
	}},
	{"short story beside teasers", func(l langText) string {
		var b strings.Builder
		fmt.Fprintf(&b, "<div><div><h1>T</h1><p>%s</p><p>%s</p></div><div>", l.story[0], l.story[1])
		for i := 2; i < 6; i++ {
			fmt.Fprintf(&b, `<div><h4><a href="/t%d">%s</a></h4><p>%s</p></div>`, i, l.heads[i-2], l.story[i])
		}
		return b.String() + "</div></div>"
	}},
}

// keptLines returns, for the page of shape made of l, which story
// paragraphs (s0...) and chrome lines (c0...) its text holds as a
// paragraph or line of their own.
func keptLines(t *testing.T, l langText, page func(langText) string) []string {
	t.Helper()
	doc := `<!DOCTYPE html><html lang="` + l.lang + `"><head><meta charset="utf-8"><title>T</title></head><body>` +
		`<nav><a href="/">Home</a> <a href="/a">A</a> <a href="/b">B</a></nav>` + page(l) + `<footer><a href="/x">X</a></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	lines := map[string]bool{}
	for _, p := range strings.FieldsFunc(a.Text, func(r rune) bool { return r == '\n' }) {
		lines[strings.TrimSpace(p)] = true
	}
	var kept []string
	for i, s := range l.story {
		if lines[s] {
			kept = append(kept, fmt.Sprintf("s%d", i))
		}
	}
	for i, c := range l.chrome {
		if lines[c] {
			kept = append(kept, fmt.Sprintf("c%d", i))
		}
	}
	return kept
}

// TestGermanReadsAsEnglish: the German page of each shape keeps the same
// story paragraphs and chrome lines as the English one.
func TestGermanReadsAsEnglish(t *testing.T) {
	for _, sh := range pairShapes {
		en := keptLines(t, enPair, sh.page)
		de := keptLines(t, dePair, sh.page)
		if strings.Join(en, " ") != strings.Join(de, " ") {
			t.Errorf("%s: English keeps %v, German %v", sh.name, en, de)
		}
		if len(en) == 0 {
			t.Errorf("%s: nothing kept", sh.name)
		}
	}
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestNewsOrganizations2020s: organizations of the norgs2 pass of orgs.tsv
// (issue 11: AI and crypto firms, think tanks, pollsters, rating agencies,
// law firms, unions, sports bodies) are organizations, tagged a person or a
// place or left untagged; the short forms left out of the list because they
// are words, surnames or first names ("Tether", "Perplexity", "Gallup",
// "Gunvor") keep the tagger's reading.
func TestNewsOrganizations2020s(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "AI and crypto firms mistyped or untagged",
		text:  "Anthropic and Hugging Face backed the rules, Zorbo Quint said. Groq and Bybit disagreed, and Tether and Perplexity said nothing.",
		spans: []span{{L, "Hugging Face"}, {P, "Zorbo Quint"}, {L, "Groq"}},
		want:  []want{{O, "Anthropic", 1}, {O, "Hugging Face", 1}, {P, "Zorbo Quint", 1}, {O, "Groq", 1}, {O, "Bybit", 1}},
	}, {
		name:  "think tanks, pollsters and forecasters",
		text:  "A poll by Opinium for Chatham House found support falling, Wood Mackenzie and Capital Economics said. Gallup said the same.",
		spans: []span{{L, "Chatham House"}, {P, "Wood Mackenzie"}, {P, "Gallup"}},
		want:  []want{{O, "Opinium", 1}, {O, "Chatham House", 1}, {O, "Wood Mackenzie", 1}, {O, "Capital Economics", 1}, {P, "Gallup", 1}},
	}, {
		name:  "law firms, unions and sports bodies",
		text:  "Clifford Chance advised Unite Here, and the England and Wales Cricket Board asked USADA and KCTU for help.",
		spans: []span{{P, "Clifford Chance"}, {O, "Unite"}, {L, "England"}, {L, "Wales"}, {L, "USADA"}, {L, "KCTU"}},
		want:  []want{{O, "Clifford Chance", 1}, {O, "Unite Here", 1}, {O, "England and Wales Cricket Board", 1}, {O, "USADA", 1}, {O, "KCTU", 1}},
	}, {
		name:  "commodity traders and banks of the 2020s",
		text:  "Trafigura and Vitol bought the cargo from Naftogaz, Silicon Valley Bank said, and Gunvor declined to comment.",
		spans: []span{{L, "Trafigura"}, {L, "Vitol"}, {P, "Gunvor"}},
		want:  []want{{O, "Trafigura", 1}, {O, "Vitol", 1}, {O, "Naftogaz", 1}, {O, "Silicon Valley Bank", 1}, {P, "Gunvor", 1}},
	}})
}

// TestNewsOrganizations2020sVariants: the norgs2 rows' variants of one
// organization are one entity in an article and one key across articles
// (the full name and its acronym or short form; an accented and a plain
// spelling), and a row of a company companies.tsv lists keys as its row.
func TestNewsOrganizations2020sVariants(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a full name and its short form one entity",
		text:  "Trump Media & Technology Group said its shares rose. Trump Media did not say why, and the Institute for the Study of War said ISW maps showed gains.",
		spans: []span{{O, "Trump Media & Technology Group"}, {newsner.Person, "Trump"}, {O, "Institute for the Study of War"}, {O, "ISW"}},
		want:  []want{{O, "Trump Media & Technology Group", 2}, {O, "Institute for the Study of War", 2}},
	}})
	sameKeys(t, O, "name:org:", [][2]string{{"Societe Generale", "SocGen"}, {"Société Générale", "SocGen"}, {"World Anti-Doping Agency", "WADA"},
		{"United Auto Workers", "UAW"}, {"Kroll Bond Rating Agency", "KBRA"}, {"Anduril Industries", "Anduril"}, {"Xiaohongshu", "RedNote"},
		{"Google DeepMind", "DeepMind"}, {"Standard & Poor's", "S&P Global Ratings"}, {"Lloyds Banking Group", "Lloyds Banking Group plc"},
		{"Hon Hai", "Foxconn"}, {"Huawei Technologies", "Huawei"}, {"Evergrande", "China Evergrande Group"}})
}

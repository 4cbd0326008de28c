package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestNewsPlacesAsPlaces: places of 2020s news (names/newsplaces.tsv) that
// the tagger left untagged, typed a person or an organization or cut are
// places (addListedPlaceSpans); a listed place inside a longer name, a
// listed club's name typed an organization and a form that is a first
// name keep the tagger's reading.
func TestNewsPlacesAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	M := newsner.EntityType("MISC")
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "towns of a war missed, typed a person or an organization, cut",
		text:  "Strikes hit Rafah and Khan Younis, aid reached Deir al-Balah, and the Zorbic Forces took El Fasher, Jane Quimble said.",
		spans: []span{{P, "Khan Younis"}, {L, "Deir"}, {O, "Zorbic Forces"}, {O, "El Fasher"}, {P, "Jane Quimble"}},
		want:  []want{{L, "Rafah", 1}, {L, "Khan Younis", 1}, {L, "Deir al-Balah", 1}, {O, "Zorbic Forces", 1}, {L, "El Fasher", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "regions typed organizations",
		text:  "Fighting spread from Tigray to Rakhine and Nagorno-Karabakh, Jane Quimble said.",
		spans: []span{{O, "Tigray"}, {O, "Rakhine"}, {O, "Nagorno-Karabakh"}, {P, "Jane Quimble"}},
		want:  []want{{L, "Tigray", 1}, {L, "Rakhine", 1}, {L, "Nagorno-Karabakh", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "inside longer names, a club, a first name",
		text:  "Zorb Quelby left Shakhtar Donetsk for Dnipro, the Kyiv Post said. Odessa called him.",
		spans: []span{{P, "Zorb Quelby"}, {O, "Shakhtar Donetsk"}, {O, "Dnipro"}, {O, "Kyiv Post"}},
		want:  []want{{P, "Zorb Quelby", 1}, {O, "Shakhtar Donetsk", 1}, {O, "Dnipro", 1}, {O, "Kyiv Post", 1}},
	}, {
		name:  "nicknames of places in US politics typed organizations",
		text:  "Jane Quimble vowed to close Gitmo, and the Beltway elites of the Zorb Party cheered.",
		spans: []span{{P, "Jane Quimble"}, {O, "Gitmo"}, {O, "Beltway"}, {O, "Zorb Party"}},
		want:  []want{{P, "Jane Quimble", 1}, {L, "Gitmo", 1}, {L, "Beltway", 1}, {O, "Zorb Party", 1}},
	}, {
		name:  "the Americas typed MISC",
		text:  "Zorbco's sales rose in Europe and the Americas, Jane Quimble said.",
		spans: []span{{O, "Zorbco"}, {L, "Europe"}, {M, "Americas"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Europe", 1}, {L, "Americas", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "New York City by its initials typed an organization, but its club",
		text:  "Rents in NYC rose, and the show opens at NYC's Duke. NYC FC lost.",
		spans: []span{{O, "NYC"}, {O, "NYC"}, {P, "Duke"}, {O, "NYC FC"}},
		want:  []want{{L, "NYC", 2}, {P, "Duke", 1}, {O, "NYC FC", 1}},
	}, {
		name:  "after a word that opens the clause (openerBefore)",
		text:  "Zorb Quelby said that on Tuesday Khan Younis was shelled again.",
		spans: []span{{P, "Zorb Quelby"}},
		want:  []want{{P, "Zorb Quelby", 1}, {L, "Khan Younis", 1}},
	}})
}

// TestNewsPlaceSpellingsKeyAsOne: the spellings of one place of 2020s
// news are one key across articles and one entity in an article.
func TestNewsPlaceSpellingsKeyAsOne(t *testing.T) {
	L := newsner.Location
	sameKeys(t, L, "name:loc:", [][2]string{{"Kyiv", "Kiev"}, {"Kharkiv", "Kharkov"}, {"Odesa", "Odessa"}, {"Mumbai", "Bombay"},
		{"Yangon", "Rangoon"}, {"Deir al-Balah", "Deir el-Balah"}, {"Nagorno-Karabakh", "Karabakh"}, {"Zaporizhzhia", "Zaporozhye"},
		{"Bakhmut", "Artemivsk"}, {"Almaty", "Alma-Ata"}, {"Chennai", "Madras"}})
	sameKeys(t, L, "iso3166:", [][2]string{{"Turkiye", "Turkey"}, {"Czechia", "Czech Republic"}, {"Eswatini", "Swaziland"},
		{"Myanmar", "Burma"}, {"North Macedonia", "Macedonia"}})
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two spellings of a city in one article",
		text:  "Shelling hit Kharkiv on Monday, and officials in Kharkov said more would follow.",
		spans: []span{{L, "Kharkiv"}, {L, "Kharkov"}},
		want:  []want{{L, "Kharkiv", 2}},
	}})
}

// TestNewsmakersOf2020s: the people of 2020-2025 news newsmakers.tsv
// lists are people, whole, where the tagger cut, missed or typed them an
// organization, their spellings one entity and one key.
func TestNewsmakersOf2020s(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a name cut before its al-, a nickname missed, a surname typed an organization",
		text:  "Abdel Fattah al-Burhan met Zorbic envoys; Hemedti said the Quelb Forces would fight, and Sinwar said Zorbco would not yield.",
		spans: []span{{P, "Abdel Fattah"}, {O, "Quelb Forces"}, {O, "Sinwar"}, {O, "Zorbco"}},
		want:  []want{{P, "Abdel Fattah al-Burhan", 1}, {P, "Hemedti", 1}, {O, "Quelb Forces", 1}, {P, "Sinwar", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "spellings of one name joined",
		text:  "Volodymyr Zelenskiy spoke on Monday. Zelenskyy said Zorbco would help.",
		spans: []span{{P, "Volodymyr Zelenskiy"}, {O, "Zelenskyy"}, {O, "Zorbco"}},
		want:  []want{{P, "Volodymyr Zelenskiy", 2}, {O, "Zorbco", 1}},
	}, {
		name:  "a stage name cut, a surname typed an organization",
		text:  "Bad Bunny sang on Monday, and Hegseth said Zorbco would pay.",
		spans: []span{{P, "Bunny"}, {O, "Hegseth"}, {O, "Zorbco"}},
		want:  []want{{P, "Bad Bunny", 1}, {P, "Hegseth", 1}, {O, "Zorbco", 1}},
	}})
	sameKeys(t, P, "name:person:", [][2]string{{"Zelensky", "Volodymyr Zelenskiy"}, {"Ahmed al-Sharaa", "Abu Mohammed al-Golani"},
		{"Lai Ching-te", "William Lai"}, {"Hemedti", "Mohamed Hamdan Dagalo"}})
}

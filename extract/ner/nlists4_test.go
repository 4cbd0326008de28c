package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestGroupsFirmsBodiesAlliances: the nlists4 rows (issue 11) of
// groups.tsv (armed groups, militias and cartels), orgs.tsv (venture firms,
// AI and space companies, retailers and cosmetics firms; in a second batch
// US political groups, trade associations, charities, internet bodies and
// hospitals; in a third software, web, games and device companies; in a
// fourth security, ad-tech and Korean cosmetics firms), media.tsv
// (fact-checkers and news agencies; US regional papers, public radio,
// sites and journals), bodies.tsv (legislatures, statistics offices,
// health agencies, regulators) and parties.tsv (electoral alliances) are
// organizations where the tagger typed them a person or a place, left them
// untagged or read two as one span. The spans given are the shipped
// tagger's on these made-up sentences; the made-up people and the places
// keep their reading.
func TestGroupsFirmsBodiesAlliances(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "armed groups and cartels typed people or missed",
		text:  "Asa'ib Ahl al-Haq threatened the Azov Regiment, and Tren de Aragua and the Sinaloa Cartel fought on as M23 rebels advanced on Goma, Jane Quimble said.",
		spans: []span{{P, "Asa'ib Ahl al-Haq"}, {O, "Azov Regiment"}, {P, "Tren de Aragua"}, {L, "Goma"}, {P, "Jane Quimble"}},
		want: []want{{O, "Asa'ib Ahl al-Haq", 1}, {O, "Azov Regiment", 1}, {O, "Tren de Aragua", 1}, {O, "Sinaloa Cartel", 1}, {O, "M23", 1},
			{L, "Goma", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "venture firms and start-ups typed people, places or one span",
		text:  "Andreessen Horowitz and Y Combinator backed Tenstorrent, and Tiger Global and Thrive Capital joined, Zorbo Quint said.",
		spans: []span{{P, "Andreessen Horowitz"}, {P, "Y Combinator"}, {L, "Tenstorrent"}, {O, "Tiger Global and Thrive Capital"}, {P, "Zorbo Quint"}},
		want: []want{{O, "Andreessen Horowitz", 1}, {O, "Y Combinator", 1}, {O, "Tenstorrent", 1}, {O, "Tiger Global", 1}, {O, "Thrive Capital", 1},
			{P, "Zorbo Quint", 1}},
	}, {
		name:  "retailers and cosmetics firms typed people or places",
		text:  "Superdrug and Mercadona cut prices, and JCPenney, Neiman Marcus and Hobby Lobby closed stores, Jane Quimble said.",
		spans: []span{{P, "Superdrug"}, {L, "Mercadona"}, {P, "JCPenney"}, {P, "Neiman Marcus"}, {P, "Hobby Lobby"}, {P, "Jane Quimble"}},
		want: []want{{O, "Superdrug", 1}, {O, "Mercadona", 1}, {O, "JCPenney", 1}, {O, "Neiman Marcus", 1}, {O, "Hobby Lobby", 1},
			{P, "Jane Quimble", 1}},
	}, {
		name:  "fact-checkers and agencies typed people, cut or read as one",
		text:  "Vera Files said the video was old, Bangladesh Sangbad Sangstha reported, and Iraqi News Agency and Cyprus News Agency asked Zorbo Quint.",
		spans: []span{{P, "Vera Files"}, {L, "Bangladesh"}, {P, "Sangbad Sangstha"}, {O, "Iraqi News Agency and Cyprus News Agency"}, {P, "Zorbo Quint"}},
		want: []want{{O, "Vera Files", 1}, {O, "Bangladesh Sangbad Sangstha", 1}, {O, "Iraqi News Agency", 1}, {O, "Cyprus News Agency", 1},
			{P, "Zorbo Quint", 1}},
	}, {
		name:  "cosmetics, security and ad-tech firms typed places or people or missed",
		text:  "Etude House and Nature Republic and Holika Holika and Olive Young opened stores, Darktrace and Taboola said, and Zorbo Quint agreed.",
		spans: []span{{L, "Etude House"}, {L, "Nature Republic"}, {P, "Holika Holika"}, {P, "Olive Young"}, {L, "Taboola"}, {P, "Zorbo Quint"}},
		want: []want{{O, "Etude House", 1}, {O, "Nature Republic", 1}, {O, "Holika Holika", 1}, {O, "Olive Young", 1}, {O, "Darktrace", 1},
			{O, "Taboola", 1}, {P, "Zorbo Quint", 1}},
	}, {
		name:  "US papers, sites and journals typed places or people or cut to their town",
		text:  "The Honolulu Star-Advertiser and the Sarasota Herald-Tribune reported it, Deadspin and Gawker said, and the study in PNAS was covered by ProFootballTalk.",
		spans: []span{{L, "Honolulu Star-Advertiser"}, {L, "Sarasota"}, {L, "Deadspin"}, {P, "Gawker"}, {L, "PNAS"}},
		want: []want{{O, "Honolulu Star-Advertiser", 1}, {O, "Sarasota Herald-Tribune", 1}, {O, "Deadspin", 1}, {O, "Gawker", 1}, {O, "PNAS", 1},
			{O, "ProFootballTalk", 1}},
	}, {
		name:  "legislatures, statistics offices, health agencies and regulators mistyped or split",
		text:  "The Africa CDC warned, Anvisa approved the shot, the Mazhilis and the Eerste Kamer voted, and Ofqual and Finansinspektionen fined Zorb Bank.",
		spans: []span{{L, "Africa"}, {O, "CDC"}, {P, "Anvisa"}, {P, "Mazhilis"}, {P, "Eerste Kamer"}, {L, "Ofqual"}, {P, "Finansinspektionen"}, {O, "Zorb Bank"}},
		want: []want{{O, "Africa CDC", 1}, {O, "Anvisa", 1}, {O, "Mazhilis", 1}, {O, "Eerste Kamer", 1}, {O, "Ofqual", 1}, {O, "Finansinspektionen", 1},
			{O, "Zorb Bank", 1}},
	}, {
		name:  "US political groups and charities missed, cut or read as one",
		text:  "Americans for Prosperity backed him, while EMILY's List backed her, and Planned Parenthood and Habitat for Humanity and Everytown thanked Zorbo Quint.",
		spans: []span{{O, "EMILY"}, {O, "Parenthood"}, {O, "Habitat for Humanity and Everytown"}, {P, "Zorbo Quint"}},
		want: []want{{O, "Americans for Prosperity", 1}, {O, "EMILY's List", 1}, {O, "Planned Parenthood", 1}, {O, "Habitat for Humanity", 1},
			{O, "Everytown", 1}, {P, "Zorbo Quint", 1}},
	}, {
		name:  "software, games and device companies typed places or people or missed",
		text:  "Heroku and Netlify and Supabase were down, Larian Studios and Riot Games said, and Anker sold more, Jane Quimble said.",
		spans: []span{{L, "Heroku"}, {L, "Netlify"}, {P, "Supabase"}, {P, "Anker"}, {P, "Jane Quimble"}},
		want: []want{{O, "Heroku", 1}, {O, "Netlify", 1}, {O, "Supabase", 1}, {O, "Larian Studios", 1}, {O, "Riot Games", 1}, {O, "Anker", 1},
			{P, "Jane Quimble", 1}},
	}, {
		name:  "electoral alliances typed people or places",
		text:  "Benno Bokk Yaakaar won, Kenya Kwanza and Azimio la Umoja disputed the count, and Mahayuti and Sumar rallied in Quelbville.",
		spans: []span{{P, "Benno Bokk Yaakaar"}, {P, "Kenya Kwanza"}, {P, "Azimio la Umoja"}, {L, "Mahayuti"}, {L, "Sumar"}, {L, "Quelbville"}},
		want: []want{{O, "Benno Bokk Yaakaar", 1}, {O, "Kenya Kwanza", 1}, {O, "Azimio la Umoja", 1}, {O, "Mahayuti", 1}, {O, "Sumar", 1},
			{L, "Quelbville", 1}},
	}})
}

// TestGroupsFirmsBodiesAlliancesVariants: the nlists4 rows' variants of one
// organization are one entity in an article and one key across articles
// (a full name and its acronym or short form, a name and the one another
// list gives the thing: "Ulta" and "Ulta Beauty", "Houthi movement" and
// "Ansar Allah").
func TestGroupsFirmsBodiesAlliancesVariants(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a full name and its short form or acronym one entity",
		text:  "Ulta Beauty said sales rose. Ulta shares rose 5%, and the Bank of Korea said BOK staff and Statistics Korea and KOSTAT agreed.",
		spans: []span{{O, "Ulta Beauty"}, {O, "Ulta"}, {O, "Bank of Korea"}, {O, "BOK"}, {O, "Statistics Korea"}, {O, "KOSTAT"}},
		want:  []want{{O, "Ulta Beauty", 2}, {O, "Bank of Korea", 2}, {O, "Statistics Korea", 2}},
	}})
	sameKeys(t, O, "name:org:", [][2]string{{"Ulta", "Ulta Beauty"}, {"Ulta", "Ulta Beauty, Inc."}, {"BOK", "Bank of Korea"}, {"SAMA", "Saudi Central Bank"},
		{"Africa CDC", "Africa Centres for Disease Control and Prevention"}, {"Houthi movement", "Ansar Allah"}, {"Jabhat al-Nusra", "Nusra Front"},
		{"Stortinget", "Storting"}, {"Folketinget", "Folketing"}, {"a16z", "Andreessen Horowitz"}, {"Koalicja Obywatelska", "Civic Coalition"},
		{"Agencia EFE", "EFE"}, {"QNA", "Qatar News Agency"}, {"EMA", "European Medicines Agency"}, {"OLAF", "European Anti-Fraud Office"},
		{"TJX", "TJX Companies"}, {"Albertsons", "Albertsons Companies, Inc."}, {"FEC", "Federal Election Commission"}, {"DARPA", "Defense Advanced Research Projects Agency"},
		{"DCCC", "Democratic Congressional Campaign Committee"}, {"RIAA", "Recording Industry Association of America"}, {"ICANN", "Internet Corporation for Assigned Names and Numbers"},
		{"OpenSecrets", "Center for Responsive Politics"}, {"MD Anderson", "MD Anderson Cancer Center"},
		{"Akamai", "Akamai Technologies"}, {"Take-Two", "Take-Two Interactive"}, {"Peloton", "Peloton Interactive, Inc."}, {"Mojang", "Mojang Studios"},
		{"Publicis Groupe", "Publicis"}, {"NordVPN", "Nord Security"}, {"Tony Moly", "TonyMoly"}})
}

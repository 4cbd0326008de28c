package ner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

func TestNormName(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":                   "us",
		"United  States":         "united states",
		"The Hague":              "hague",
		"Moody\u2019s":           "moody",
		"Tottenham Hotspur FC":   "tottenham hotspur fc",
		"Estée Lauder Companies": "estée lauder companies",
	} {
		if got := normName(in); got != want {
			t.Errorf("normName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestListKey(t *testing.T) {
	tests := []struct {
		name string
		typ  newsner.EntityType
		want string
	}{
		{"US", newsner.Location, "iso3166:US"},
		{"U.S.", newsner.Location, "iso3166:US"},
		{"United States of America", newsner.Location, "iso3166:US"},
		{"USA", newsner.Location, "iso3166:US"},
		{"UK", newsner.Location, "iso3166:GB"},
		{"Britain", newsner.Location, "iso3166:GB"},
		{"Calif.", newsner.Location, "iso3166:US-CA"},
		{"Georgia", newsner.Location, ""},    // the country or the state
		{"Washington", newsner.Location, ""}, // the city (the state is "Washington State")
		{"US", newsner.Organization, ""},     // lists are typed
		{"Spurs", newsner.Organization, "name:org:tottenham hotspur fc"},
		{"Tottenham Hotspur", newsner.Organization, "name:org:tottenham hotspur fc"},
		{"Ulta Beauty", newsner.Organization, "name:org:ulta beauty"},
		{"Apple Inc.", newsner.Organization, "name:org:apple"},
		{"Irish Republican Army", newsner.Organization, "name:org:irish republican army"},
		{"IRA", newsner.Organization, ""}, // the Inflation Reduction Act, a retirement account as often
		{"Joe Biden", newsner.Person, "wikidata:Q6279"},
		{"Donald Trump", newsner.Person, "wikidata:Q22686"},
		{"Emmanuel Macron", newsner.Person, ""},
	}
	for _, tt := range tests {
		if got := listKey(tt.name, tt.typ); got != tt.want {
			t.Errorf("listKey(%q, %s) = %q, want %q", tt.name, tt.typ, got, tt.want)
		}
	}
}

// variantsText names things under several names each; the shipped model
// tags these names (checked below through the entity list).
const variantsText = `The United States and Iran traded accusations on Monday. US officials said the International Atomic Energy Agency (IAEA) had found traces of uranium, and the IAEA would report to its board next week. A U.S. envoy in Washington said the government would respond.

Tottenham Hotspur beat Arsenal 2-1 on Sunday. Spurs manager Ange Postecoglou said his side deserved the win, and Tottenham now sit third.

Ulta Beauty shares rose 5% after the retailer raised its forecast. Ulta said sales of fragrances were strong.

George Washington crossed the Delaware in 1776. Today, Washington is remembered as the first president. Wildfires burned across eastern Washington state, and officials in Olympia, Washington, asked residents to leave.`

// TestVariantsOneEntity: every variant of a name is one entity, under its
// fullest name, with every mention counted; two things that share a word
// stay two.
func TestVariantsOneEntity(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	es := tg.Entities(variantsText)
	checkEntities(t, variantsText, es)
	byText := map[string]newsner.Entity{}
	for _, e := range es {
		if _, dup := byText[e.Text]; dup {
			t.Errorf("two entities named %q", e.Text)
		}
		byText[e.Text] = e
	}
	tests := []struct {
		text, key string
		typ       newsner.EntityType
		mentions  []string
	}{
		{"United States", "iso3166:US", newsner.Location, []string{"United States", "US", "U.S."}},
		{"International Atomic Energy Agency", "name:org:international atomic energy agency", newsner.Organization, []string{"International Atomic Energy Agency", "IAEA", "IAEA"}},
		{"Tottenham Hotspur", "name:org:tottenham hotspur fc", newsner.Organization, []string{"Tottenham Hotspur", "Spurs", "Tottenham"}},
		{"Ulta Beauty", "name:org:ulta beauty", newsner.Organization, []string{"Ulta Beauty", "Ulta"}},
		{"George Washington", "name:person:george washington", newsner.Person, []string{"George Washington", "Washington"}},
		{"Washington", "name:loc:washington", newsner.Location, []string{"Washington", "Washington", "Washington"}},
	}
	for _, tt := range tests {
		e, ok := byText[tt.text]
		if !ok {
			t.Errorf("no entity %q in %v", tt.text, names(es))
			continue
		}
		var got []string
		for _, m := range e.Mentions {
			got = append(got, m.Text)
		}
		if e.Key != tt.key || e.Type != tt.typ || strings.Join(got, "|") != strings.Join(tt.mentions, "|") || e.Count != len(tt.mentions) {
			t.Errorf("%q: %s key %q count %d mentions %q; want %s key %q mentions %q", tt.text, e.Type, e.Key, e.Count, got, tt.typ, tt.key, tt.mentions)
		}
	}
}

// TestKeysSameAcrossArticles: the same thing gets the same key in
// articles that name it differently.
func TestKeysSameAcrossArticles(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	keyOf := func(text, name string) string {
		for _, e := range tg.Entities(text) {
			for _, m := range e.Mentions {
				if m.Text == name {
					return e.Key
				}
			}
		}
		t.Errorf("%q not found in %q", name, text)
		return ""
	}
	pairs := [][4]string{
		{"Officials in the United States said on Monday that talks would resume.", "United States", "U.S. officials said on Monday that talks would resume.", "U.S."},
		{"Spurs beat Chelsea 2-0 at home on Saturday.", "Spurs", "Tottenham Hotspur beat Chelsea 2-0 at home on Saturday.", "Tottenham Hotspur"},
		{"President Joe Biden spoke in Delaware on Friday.", "Joe Biden", "Joseph Biden spoke in Delaware on Friday.", "Joseph Biden"},
	}
	for _, p := range pairs {
		a, b := keyOf(p[0], p[1]), keyOf(p[2], p[3])
		if a == "" || a != b {
			t.Errorf("%q has key %q in one article, %q has %q in another", p[1], a, p[3], b)
		}
	}
}

// TestAcronymInBrackets: an acronym defined in brackets joins its full
// name even when its letters are not the name's initials.
func TestAcronymInBrackets(t *testing.T) {
	text := "Doctors Without Borders (MSF) said on Monday that MSF staff had left."
	toks := testTokens(t, text)
	find := func(w string, from int) int {
		for i := from; i < len(toks); i++ {
			if toks[i].Text == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return 0
	}
	d := find("Doctors", 0)
	m1 := find("MSF", 0)
	m2 := find("MSF", m1+1)
	es := buildEntities(text, toks, []tspan{
		{newsner.Organization, d, d + 3},
		{newsner.Organization, m1, m1 + 1},
		{newsner.Location, m2, m2 + 1},
	})
	if len(es) != 1 || es[0].Text != "Doctors Without Borders" || es[0].Count != 3 || es[0].Type != newsner.Organization {
		t.Fatalf("entities %+v, want one ORGANIZATION Doctors Without Borders with 3 mentions", es)
	}
}

func names(es []newsner.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, string(e.Type)+":"+e.Text)
	}
	return out
}

// TestPossessiveInstitutionNames: an institution's name that runs through
// a possessive is one name, whatever pieces the tagger made of it; a
// possessive before another kind of name still splits.
func TestPossessiveInstitutionNames(t *testing.T) {
	tests := []struct {
		text  string
		spans [][3]any // type, first word, words
		want  []string
	}{
		{"He appeared at Westminster Magistrates' Court on Monday.",
			[][3]any{{newsner.Location, "Westminster", 2}, {newsner.Organization, "Court", 1}},
			[]string{"ORGANIZATION:Westminster Magistrates' Court"}},
		{"The patient is at St Mary's Hospital in London.",
			[][3]any{{newsner.Person, "St", 2}, {newsner.Organization, "Hospital", 1}, {newsner.Location, "London", 1}},
			// A hospital is a place, as CoNLL-2003 marks it (facilitiesAsPlaces).
			[]string{"LOCATION:St Mary's Hospital", "LOCATION:London"}},
		{"Russia's Gazprom cut supplies.",
			[][3]any{{newsner.Location, "Russia", 1}, {newsner.Organization, "Gazprom", 1}},
			[]string{"LOCATION:Russia", "ORGANIZATION:Gazprom"}},
	}
	for _, tt := range tests {
		toks := testTokens(t, tt.text)
		var spans []tspan
		for _, s := range tt.spans {
			for i, tok := range toks {
				if tok.Text == s[1].(string) {
					spans = append(spans, tspan{s[0].(newsner.EntityType), i, i + s[2].(int)})
					break
				}
			}
		}
		es := buildEntities(tt.text, toks, spans)
		if got := strings.Join(names(es), "|"); got != strings.Join(tt.want, "|") {
			t.Errorf("%q: %s, want %s", tt.text, got, strings.Join(tt.want, "|"))
		}
	}
}

// TestShortFormsJoin: short forms an article uses for a name it gave in
// full join it; names that only share a word stay apart.
func TestShortFormsJoin(t *testing.T) {
	type sp struct {
		typ   newsner.EntityType
		first string
		n     int
		nth   int // which occurrence of first (0: the first)
	}
	tests := []struct {
		text  string
		spans []sp
		want  []string // type:text:count:key
	}{
		{"North Korea fired shells. The North said the DPRK would respond.",
			[]sp{{newsner.Location, "North", 2, 0}, {newsner.Location, "North", 1, 1}, {newsner.Organization, "DPRK", 1, 0}},
			[]string{"LOCATION:North Korea:3:iso3166:KP"}},
		{"The Church of Scientology denied it. The Church said so.",
			[]sp{{newsner.Organization, "Church", 3, 0}, {newsner.Organization, "Church", 1, 1}},
			[]string{"ORGANIZATION:Church of Scientology:2:name:org:church of scientology"}},
		{"Kansas City won in Kansas.",
			[]sp{{newsner.Location, "Kansas", 2, 0}, {newsner.Location, "Kansas", 1, 1}},
			[]string{"LOCATION:Kansas City:1:name:loc:kansas city", "LOCATION:Kansas:1:iso3166:US-KS"}},
		{"Bank Leumi and the Bank of Israel met. The Bank said rates would rise.",
			[]sp{{newsner.Organization, "Bank", 2, 0}, {newsner.Organization, "Bank", 3, 1}, {newsner.Organization, "Bank", 1, 2}},
			[]string{"ORGANIZATION:Bank Leumi:1:name:org:bank leumi", "ORGANIZATION:Bank of Israel:2:name:org:bank of israel"}},
	}
	for _, tt := range tests {
		toks := testTokens(t, tt.text)
		var spans []tspan
		for _, s := range tt.spans {
			seen := 0
			for i, tok := range toks {
				if tok.Text == s.first {
					if seen == s.nth {
						spans = append(spans, tspan{s.typ, i, i + s.n})
						break
					}
					seen++
				}
			}
		}
		var got []string
		for _, e := range buildEntities(tt.text, toks, spans) {
			got = append(got, fmt.Sprintf("%s:%s:%d:%s", e.Type, e.Text, e.Count, e.Key))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got %s\nwant %s", tt.text, strings.Join(got, "|"), strings.Join(tt.want, "|"))
		}
	}
}

// TestShortFormDoesNotKeyALongerName: a short form that a list gives to
// one thing ("KSC", a club's) does not key an entity whose fullest name
// is another thing's ("Kennedy Space Center (KSC)"), nor bring in that
// thing's other names.
func TestShortFormDoesNotKeyALongerName(t *testing.T) {
	text := "The Kennedy Space Center (KSC) in Florida said KSC staff would stay."
	toks := testTokens(t, text)
	O, L := newsner.Organization, newsner.Location
	es := buildEntities(text, toks, []tspan{{O, 1, 4}, {O, 5, 6}, {L, 8, 9}, {O, 10, 11}})
	if len(es) != 2 || es[0].Text != "Kennedy Space Center" || es[0].Count != 3 {
		t.Fatalf("entities %+v, want Kennedy Space Center with 3 mentions and Florida", es)
	}
	if want := "name:org:kennedy space center"; es[0].Key != want {
		t.Errorf("Kennedy Space Center: key %q, want %q", es[0].Key, want)
	}
	if k := listKey("KSC", O); k != "name:org:karlsruher sc" {
		t.Errorf("KSC alone: key %q, want the club's", k)
	}
}

// TestTownIsNoClubKey: a club named by its town alone does not take the
// list's club key (the town has teams in other sports); named in full, or
// beside its full name, it does.
func TestTownIsNoClubKey(t *testing.T) {
	O := newsner.Organization
	club := listKey("Chicago Fire", O)
	if club == "" || listKey("Chicago", O) != club {
		t.Fatalf("the list no longer gives Chicago Fire's key to Chicago (%q, %q): pick another club", club, listKey("Chicago", O))
	}
	if k := entityKey(O, "Chicago", []string{"Chicago", "CHICAGO"}); k != "name:org:chicago" {
		t.Errorf("Chicago alone: key %q, want name:org:chicago", k)
	}
	if k := entityKey(O, "Chicago Fire", []string{"Chicago Fire", "Chicago"}); k != club {
		t.Errorf("Chicago Fire and Chicago: key %q, want %q", k, club)
	}
}

// TestLegalSuffixKeepsTheKey: a listed company named in full with legal
// suffixes the list leaves out ("SoftBank Group Corp") keeps the
// company's key; a longer name that is another thing does not take it.
func TestLegalSuffixKeepsTheKey(t *testing.T) {
	O := newsner.Organization
	k := listKey("SoftBank", O)
	if k == "" || listKey("SoftBank Group Corp", O) != "" {
		t.Fatalf("the list no longer has SoftBank alone (%q), or has SoftBank Group Corp: pick another company", k)
	}
	if got := entityKey(O, "SoftBank Group Corp", []string{"SoftBank Group Corp", "SoftBank"}); got != k {
		t.Errorf("SoftBank Group Corp: key %q, want %q", got, k)
	}
	if got := entityKey(O, "SoftBank Group Corp", []string{"SoftBank Group Corp"}); got != k {
		t.Errorf("SoftBank Group Corp alone: key %q, want %q", got, k)
	}
	// Unlisted, the key is the name without its suffixes, as another
	// article naming it without them gives it; a web company's without .com.
	for name, want := range map[string]string{"Zorbco Holdings Inc": "name:org:zorbco", "Zorbly.com Inc": "name:org:zorbly", "Zorbly": "name:org:zorbly", "Zorb Fargo & Co": "name:org:zorb fargo", "Zorb & Quelp Co": "name:org:zorb & quelp"} {
		if got := entityKey(O, name, []string{name}); got != want {
			t.Errorf("%s: key %q, want %q", name, got, want)
		}
	}
	if got := entityKey(O, "SoftBank Vision Fund", []string{"SoftBank Vision Fund", "SoftBank"}); got == k {
		t.Errorf("SoftBank Vision Fund took SoftBank's key %q", got)
	}
	if got := entityKey(O, "West Ham", []string{"West Ham"}); got != listKey("West Ham", O) || got == "" {
		t.Errorf("West Ham: key %q, want the club's %q", got, listKey("West Ham", O))
	}
}

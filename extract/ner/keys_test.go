package ner

import (
	"bufio"
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestAliasListKeys: an entity named by any one form of aliases.tsv gets
// its line's key (another list's thing of the name, as the club
// "Metropolitan Police FC", would leave the name unkeyed: the line's key
// must then be the name's own), and the span and type rules' listKey does
// not see the list.
func TestAliasListKeys(t *testing.T) {
	data, err := namesFS.ReadFile("names/" + aliasList)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		if sc.Text() == "" || sc.Text()[0] == '#' {
			continue
		}
		fs := strings.Split(sc.Text(), "\t")
		for _, form := range fs[2:] {
			if k := entityKey(newsner.EntityType(fs[1]), form, []string{form}); k != fs[0] {
				t.Errorf("%q: key %q, want %q", form, k, fs[0])
			}
		}
	}
	if k := listKey("Justice Department", newsner.Organization); k != "" {
		t.Errorf("listKey sees the alias list: %q", k)
	}
}

// TestAliasesKeyAsTheFullName: an organization named by its acronym or
// short form in one article and by its full name in another gets one key;
// a form in capitals does not key the word written otherwise.
func TestAliasesKeyAsTheFullName(t *testing.T) {
	O := newsner.Organization
	sameKeys(t, O, "name:org:", [][2]string{
		{"Fed", "Federal Reserve"},
		{"EU", "European Union"},
		{"WHO", "World Health Organization"},
		{"Pentagon", "Department of Defense"},
		{"Defense Department", "Department of Defense"},
	})
	if k := entityKey(O, "Who", []string{"Who"}); k != "name:org:who" {
		t.Errorf("Who keyed %q, want name:org:who", k)
	}
	if k := entityKey(O, "Eu", []string{"Eu"}); k != "name:org:eu" {
		t.Errorf("Eu keyed %q, want name:org:eu", k)
	}
}

// TestCountryQualifiedKey: a country's name or code before a listed
// organization's keys it as the organization, in any article; a state's
// does not, nor a country's before an unlisted name.
func TestCountryQualifiedKey(t *testing.T) {
	O := newsner.Organization
	sameKeys(t, O, "", [][2]string{
		{"U.S. Federal Reserve", "Federal Reserve"},
		{"US Food and Drug Administration", "FDA"},
		{"the UK Financial Conduct Authority", "Financial Conduct Authority"},
		{"United States Department of Defense", "Pentagon"},
	})
	for name, want := range map[string]string{
		"New York Fed":      "name:org:new york fed",
		"Texas Fed":         "name:org:texas fed",
		"US Quorbix Agency": "name:org:us quorbix agency",
	} {
		if k := entityKey(O, name, []string{name}); k != want {
			t.Errorf("%q keyed %q, want %q", name, k, want)
		}
	}
}

// TestStateCodesKeyAsTheStates: a US state's postal code keys as the state
// ("TX" as "Texas"), but a name in capitals is not the state's AP
// abbreviation ("LA" is Los Angeles, not "La.", Louisiana), and the span
// and type rules still read it as a place.
func TestStateCodesKeyAsTheStates(t *testing.T) {
	L := newsner.Location
	sameKeys(t, L, "iso3166:US-", [][2]string{{"TX", "Texas"}, {"PA", "Pennsylvania"}, {"La.", "Louisiana"}, {"Calif.", "California"}})
	for _, name := range []string{"LA", "L.A.", "WA"} {
		if k := entityKey(L, name, []string{name}); strings.HasPrefix(k, "iso3166:") {
			t.Errorf("%q keyed %q, a state's key", name, k)
		}
	}
	if listKey("LA", L) == "" {
		t.Error(`the span and type rules no longer read "LA" as a place`)
	}
}

// TestCityInitialsAndStateNicknames: "LA" keys as Los Angeles and "NYC"
// as New York City, whichever form an article uses; a state named by its
// nickname keys as the state, alone or beside the state's name.
func TestCityInitialsAndStateNicknames(t *testing.T) {
	L := newsner.Location
	sameKeys(t, L, "", [][2]string{{"LA", "Los Angeles"}, {"L.A.", "Los Angeles"}, {"NYC", "New York City"}, {"Buckeye State", "Ohio"}, {"Evergreen State", "Washington State"}})
	if k := entityKey(L, "Keystone State", []string{"Pennsylvania", "Keystone State"}); k != "iso3166:US-PA" {
		t.Errorf("Pennsylvania named as the Keystone State keyed %q", k)
	}
	if k := entityKey(L, "La.", []string{"La."}); k != "iso3166:US-LA" {
		t.Errorf("La. keyed %q", k)
	}
}

// TestMiddleInitialKeysTheListedPerson: a person named with middle
// initials keys as the listed person whose middle names they begin, not
// one whose do not ("George H. W. Bush" is not "George Walker Bush"), and
// a generational suffix keeps the name apart.
func TestMiddleInitialKeysTheListedPerson(t *testing.T) {
	P := newsner.Person
	sameKeys(t, P, "wikidata:", [][2]string{{"Joseph R. Biden", "Joe Biden"}, {"Barack H. Obama", "Barack Obama"}, {"George W. Bush", "George Walker Bush"}})
	if a, b := entityKey(P, "George H. W. Bush", []string{"George H. W. Bush"}), entityKey(P, "George Walker Bush", []string{"George Walker Bush"}); a == b {
		t.Errorf("George H. W. Bush keyed as his son: %q", a)
	}
	for _, name := range []string{"Joseph X. Biden", "Donald J. Trump Jr.", "Barack Q. Obama"} {
		if k := entityKey(P, name, []string{name}); strings.HasPrefix(k, "wikidata:") {
			t.Errorf("%q keyed %q", name, k)
		}
	}
}

// sameKeys checks that each pair of names, each an entity's only name,
// gets one key, starting with prefix.
func sameKeys(t *testing.T, typ newsner.EntityType, prefix string, pairs [][2]string) {
	t.Helper()
	for _, p := range pairs {
		a, b := entityKey(typ, p[0], []string{p[0]}), entityKey(typ, p[1], []string{p[1]})
		if a != b || !strings.HasPrefix(a, prefix) {
			t.Errorf("%q keyed %q, %q keyed %q (want one key starting %q)", p[0], a, p[1], b, prefix)
		}
	}
}

// TestFormerTeamNamesKeyAsTheFranchise: a team that moved or was renamed
// is one franchise, keyed alike under its former and its present name,
// while two franchises of one nickname stay two.
func TestFormerTeamNamesKeyAsTheFranchise(t *testing.T) {
	O := newsner.Organization
	sameKeys(t, O, "name:org:", [][2]string{{"Oakland Raiders", "Las Vegas Raiders"}, {"San Diego Chargers", "Los Angeles Chargers"},
		{"St. Louis Rams", "Los Angeles Rams"}, {"Washington Redskins", "Washington Commanders"}, {"Cleveland Indians", "Cleveland Guardians"}})
	if a, b := entityKey(O, "New York Giants", []string{"New York Giants"}), entityKey(O, "San Francisco Giants", []string{"San Francisco Giants"}); a == b {
		t.Errorf("the two Giants share key %q", a)
	}
}

// TestTeamNicknameKeysTheTeam: a sports report that names a listed team
// only by its nickname keys it as the team named in full elsewhere; a
// nickname two listed teams share ("Giants") and the same nickname outside
// a sports report keep their own keys.
func TestTeamNicknameKeysTheTeam(t *testing.T) {
	O := newsner.Organization
	report := "The Eagles beat the Giants 27-20 in Sunday's game. The quarterback threw two touchdowns for the Eagles (6-3) and the Giants (2-7) lost again. The Raiders won 31-3 in the season's best game."
	spans := []textSpan{{O, "Eagles"}, {O, "Giants"}, {O, "Eagles"}, {O, "Giants"}, {O, "Raiders"}}
	if k := caseKey(t, report, spans, "Eagles"); k != entityKey(O, "Philadelphia Eagles", []string{"Philadelphia Eagles"}) {
		t.Errorf("the Eagles keyed %q", k)
	}
	if k := caseKey(t, report, spans, "Raiders"); k != entityKey(O, "Oakland Raiders", []string{"Oakland Raiders"}) {
		t.Errorf("the Raiders keyed %q", k)
	}
	if k := caseKey(t, report, spans, "Giants"); k != "name:org:giants" {
		t.Errorf("the Giants keyed %q", k)
	}
	if k := caseKey(t, "The Eagles played a concert. The Eagles sang.", []textSpan{{O, "Eagles"}, {O, "Eagles"}}, "Eagles"); k != "name:org:eagles" {
		t.Errorf("the band keyed %q", k)
	}
}

// TestUncommonTeamNicknameKeysTheTeam: a listed team's nickname that is
// no word ("Redskins") keys the team outside a sports report too, as the
// articles that name it in full do; a nickname that is also a word
// ("Eagles") keeps its own key there.
func TestUncommonTeamNicknameKeysTheTeam(t *testing.T) {
	O := newsner.Organization
	text := "The Redskins will keep their name, the owner said on Tuesday. Critics of the Redskins wrote to the league."
	if k := caseKey(t, text, []textSpan{{O, "Redskins"}, {O, "Redskins"}}, "Redskins"); k != entityKey(O, "Washington Redskins", []string{"Washington Redskins"}) {
		t.Errorf("the Redskins keyed %q", k)
	}
	if k := caseKey(t, "The Eagles played a concert. The Eagles sang.", []textSpan{{O, "Eagles"}, {O, "Eagles"}}, "Eagles"); k != "name:org:eagles" {
		t.Errorf("the band keyed %q", k)
	}
}

// TestListedSurnameKeysThePerson: an article that names a listed person
// by surname alone keys the person as the articles that name them in
// full; not where another person of the article shares the word, nor for
// a surname several listed people have or a word that is also a first
// name.
func TestListedSurnameKeysThePerson(t *testing.T) {
	P := newsner.Person
	keys := func(text string, spans []textSpan) map[string]string {
		t.Helper()
		out := map[string]string{}
		for _, e := range caseEntities(t, text, spans) {
			out[e.Text] = e.Key
		}
		return out
	}
	if k := keys("Obama said the plan would pass. Obama added that he was sure.", []textSpan{{P, "Obama"}, {P, "Obama"}})["Obama"]; k != "wikidata:Q76" {
		t.Errorf("Obama alone keyed %q", k)
	}
	if k := keys("Pelosi told reporters the vote was set.", []textSpan{{P, "Pelosi"}})["Pelosi"]; k != entityKey(P, "Nancy Pelosi", []string{"Nancy Pelosi"}) {
		t.Errorf("Pelosi alone keyed %q", k)
	}
	got := keys("Bush said no. Warren said yes.", []textSpan{{P, "Bush"}, {P, "Warren"}})
	for _, name := range []string{"Bush", "Warren"} {
		if k, ok := got[name]; !ok || strings.HasPrefix(k, "wikidata:") {
			t.Errorf("a shared, several people's or given name: %q keyed %q (%v)", name, k, ok)
		}
	}
}

// TestSurnameSharedInTheArticle: a surname another person of the article
// shares keeps its own key, though the joins left it apart.
func TestSurnameSharedInTheArticle(t *testing.T) {
	es := []newsner.Entity{
		{Type: newsner.Person, Text: "Michelle Obama", Key: "name:person:michelle obama"},
		{Type: newsner.Person, Text: "Obama", Key: "name:person:obama"},
	}
	surnamesAsListedPeople(es)
	if es[1].Key != "name:person:obama" {
		t.Errorf("Obama beside Michelle Obama keyed %q", es[1].Key)
	}
	surnamesAsListedPeople(es[1:])
	if es[1].Key != "wikidata:Q76" {
		t.Errorf("Obama alone keyed %q", es[1].Key)
	}
}

// TestAccentsLeaveTheKey: a name written with and without its accents is
// one key, across articles and in one, where the two entries become one
// entity under the accented name.
func TestAccentsLeaveTheKey(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	sameKeys(t, P, "name:person:", [][2]string{{"José Quelbez Núñez", "Jose Quelbez Nunez"}})
	sameKeys(t, L, "name:loc:", [][2]string{{"Zorbá", "Zorba"}, {"Zorbá", "ZORBA"}})
	runDocCases(t, []docCase{{
		name:  "a dateline in capitals and the town accented",
		text:  "ZORBA - The mayor of Zorbá said on Monday the schools would reopen.",
		spans: []textSpan{{L, "ZORBA"}, {L, "Zorbá"}},
		want:  []entityWant{{L, "Zorbá", 2}},
	}})
}

// TestUnaccentedListedNames: a listed name written without its accents
// keys as the listed thing, as written with them, while the span and
// type rules' listKey keeps to the lists' forms.
func TestUnaccentedListedNames(t *testing.T) {
	O := newsner.Organization
	sameKeys(t, O, "name:org:atlético", [][2]string{{"Atletico Madrid", "Atlético Madrid"}, {"Atletico de Madrid", "Atlético Madrid"}})
	if k := listKey("Atletico Madrid", O); k != "" {
		t.Errorf("listKey reads the unaccented form: %q", k)
	}
}

// TestOneKeyPerListedCompany: a company orgs.tsv and companies.tsv both
// list keys alike under every form either gives (orgs.tsv keys as
// companies.tsv); two keys for one form made it no list's.
func TestOneKeyPerListedCompany(t *testing.T) {
	O := newsner.Organization
	sameKeys(t, O, "name:org:", [][2]string{{"Nestle", "Nestlé SA"}, {"Nestlé", "Nestlé SA"}, {"CVS", "CVS Health"}, {"MUFG", "Mitsubishi UFJ Financial"}, {"Telefonica", "Telefónica"},
		{"Royal Dutch Shell", "Shell plc"}})
	for _, name := range []string{"Nestlé", "CVS Health", "Mitsubishi UFJ Financial Group", "Telefónica"} {
		if listKey(name, O) == "" {
			t.Errorf("%q is no list's", name)
		}
	}
}

// TestTownBesideItsClub: an organization an article names by a one-word
// town and by another listed name of the club keys as the club; by the
// town alone, or beside a nickname the lists do not give, it does not.
func TestTownBesideItsClub(t *testing.T) {
	O := newsner.Organization
	club := entityKey(O, "Tottenham Hotspur", []string{"Tottenham Hotspur"})
	if k := entityKey(O, "Tottenham", []string{"Spurs", "Tottenham"}); k != club {
		t.Errorf("Tottenham beside Spurs keyed %q, want %q", k, club)
	}
	if k := entityKey(O, "Tottenham", []string{"Tottenham"}); k == club {
		t.Errorf("Tottenham alone keyed as the club")
	}
	if k := entityKey(O, "Tottenham", []string{"Tottenham", "Zorbers"}); k == club {
		t.Errorf("Tottenham beside an unlisted nickname keyed as the club")
	}
}

// TestTurkeyKeysAsTheCountry: "Turkey", the name English news gives the
// country, keys as the list's Türkiye.
func TestTurkeyKeysAsTheCountry(t *testing.T) {
	sameKeys(t, newsner.Location, "iso3166:TR", [][2]string{{"Turkey", "Türkiye"}, {"Turkey", "Republic of Turkey"}})
}

// TestClubAliasesWithoutLanguageTags: a club's alias the source tags with
// its language ("Bayern Munich [en]") is listed as the name alone, and
// keys as the club.
func TestClubAliasesWithoutLanguageTags(t *testing.T) {
	sameKeys(t, newsner.Organization, "name:org:", [][2]string{{"Bayern Munich", "FC Bayern München"}, {"AC Sparta Prague", "Sparta Praha"}})
}

// TestCommonAliasesOfCompaniesClubsAndTheCapital: the other names news
// gives a few big companies, clubs and the US capital key as the things.
func TestCommonAliasesOfCompaniesClubsAndTheCapital(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	sameKeys(t, O, "name:org:", [][2]string{{"Wal-Mart", "Walmart"}, {"Wal-Mart Stores Inc", "Walmart"}, {"Toyota Motor Corp", "Toyota"},
		{"World Trade Organisation", "WTO"}, {"U.S. Treasury", "Treasury Department"}, {"PSG", "Paris Saint-Germain"},
		{"Barca", "FC Barcelona"}, {"Barça", "FC Barcelona"}, {"Juve", "Juventus"}})
	sameKeys(t, L, "iso3166:US-DC", [][2]string{{"Washington, D.C.", "D.C."}, {"Washington DC", "District of Columbia"}})
	if k := entityKey(L, "Washington", []string{"Washington"}); strings.HasPrefix(k, "iso3166:") {
		t.Errorf("Washington alone keyed %q", k)
	}
}

// TestMiddleInitialsOutOfKeys: a person no list names keys alike with and
// without middle initials, across articles; two people of one article
// whose names differ only by them keep two keys.
func TestMiddleInitialsOutOfKeys(t *testing.T) {
	P := newsner.Person
	a := caseKey(t, "Quelb T. Marzo said the plan would pass.", []textSpan{{P, "Quelb T. Marzo"}}, "Quelb T. Marzo")
	b := caseKey(t, "Quelb Marzo said the plan would fail.", []textSpan{{P, "Quelb Marzo"}}, "Quelb Marzo")
	if a != b {
		t.Errorf("with and without the initial: %q, %q", a, b)
	}
	text := "Quelb T. Marzo sued Quelb R. Marzo, his cousin."
	spans := []textSpan{{P, "Quelb T. Marzo"}, {P, "Quelb R. Marzo"}}
	if c, d := caseKey(t, text, spans, "Quelb T. Marzo"), caseKey(t, text, spans, "Quelb R. Marzo"); c == d {
		t.Errorf("two people of one article share key %q", c)
	}
}

// caseKey returns the key of the entity named name that buildEntities
// makes of text and the tagger's spans (caseEntities).
func caseKey(t *testing.T, text string, spans []textSpan, name string) string {
	t.Helper()
	for _, e := range caseEntities(t, text, spans) {
		if e.Text == name {
			return e.Key
		}
	}
	t.Fatalf("no entity %q in %q", name, text)
	return ""
}

// TestTownJoinsItsTeamsNickname: a sports report that names a listed team
// only by its town and by its nickname makes one entity of the two, keyed
// as the team; the town of a team the report does not name stays apart.
func TestTownJoinsItsTeamsNickname(t *testing.T) {
	O := newsner.Organization
	report := "Pittsburgh beat Denver 24-10 on Sunday. The quarterback threw two touchdowns as the Steelers (6-3) won the game, and Pittsburgh never trailed. Denver lost again."
	spans := []textSpan{{O, "Pittsburgh"}, {O, "Denver"}, {O, "Steelers"}, {O, "Pittsburgh"}, {O, "Denver"}}
	ents := caseEntities(t, report, spans)
	want := entityKey(O, "Pittsburgh Steelers", []string{"Pittsburgh Steelers"})
	n := 0
	for _, e := range ents {
		if e.Key == want {
			n++
			if e.Count != 3 {
				t.Errorf("the Steelers: %d mentions, want 3 (%+v)", e.Count, e)
			}
		}
	}
	if n != 1 || len(ents) != 2 {
		t.Errorf("want one entity keyed %q and Denver apart, got %+v", want, ents)
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

// TestTownNamedOutletKeepsItsKey: a listed outlet whose short name is also
// a town's ("Xinhua") is no club: named alone it keys as with its full name.
func TestTownNamedOutletKeepsItsKey(t *testing.T) {
	O := newsner.Organization
	agency := listKey("Xinhua News Agency", O)
	if agency == "" || listKey("Xinhua", O) != agency || !isPlaceName("Xinhua") || clubKey(agency) {
		t.Fatalf("the lists no longer give Xinhua alone the agency's key (%q, %q) or the gazetteer no longer has the town (%v): pick another outlet", agency, listKey("Xinhua", O), isPlaceName("Xinhua"))
	}
	if k := entityKey(O, "Xinhua", []string{"Xinhua"}); k != agency {
		t.Errorf("Xinhua alone: key %q, want %q", k, agency)
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
	for name, want := range map[string]string{"Zorbco Holdings Inc": "name:org:zorbco", "Zorbly.com Inc": "name:org:zorbly", "Zorbly": "name:org:zorbly", "Zorb Fargo & Co": "name:org:zorb fargo", "Zorb & Quelp Co": "name:org:zorb and quelp"} {
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

// groupListKeyBefore is groupListKey as it was written before it skipped
// repeated forms.
func groupListKeyBefore(typ newsner.EntityType, forms []string) string {
	key := ""
	for _, f := range forms {
		k := keyListKey(f, typ)
		if k == "" && typ == newsner.Organization {
			k = keyListKey(withoutSuffixes(f, typ), typ)
		}
		if k == "" {
			continue
		}
		if key != "" && k != key {
			return ""
		}
		key = k
	}
	return key
}

// TestGroupListKeyRepeats checks groupListKey against its former
// definition on made-up groups that repeat forms, agree, or disagree.
func TestGroupListKeyRepeats(t *testing.T) {
	groups := [][]string{nil, {"Walmart"}, {"Walmart", "Walmart", "Walmart Inc"}, {"Walmart Inc", "Zorbco", "Walmart"},
		{"Walmart", "Google", "Walmart"}, {"Google", "Walmart", "Google", "Walmart"}, {"Zorbco", "Zorbco"}, {"Paris", "Paris", "France"},
		{"France", "France"}, {"Zorbco Inc", "Zorbco Inc", "Walmart", "Walmart"}, append(strings.Fields(strings.Repeat("Walmart Zorbco ", 12)), "Google")}
	seen := false
	for _, typ := range []newsner.EntityType{newsner.Organization, newsner.Location, newsner.Person} {
		for _, g := range groups {
			got, want := groupListKey(typ, g), groupListKeyBefore(typ, g)
			if got != want {
				t.Errorf("groupListKey(%s, %q) = %q, want %q", typ, g, got, want)
			}
			seen = seen || want != ""
		}
	}
	if !seen {
		t.Error("no group of the test has a key: the lists changed")
	}
}

// TestCountryInitialsKeyAsTheCountry: "NZ" keys as New Zealand, and an
// article naming the country both ways has one entity of it.
func TestCountryInitialsKeyAsTheCountry(t *testing.T) {
	L := newsner.Location
	if k := entityKey(L, "NZ", []string{"NZ"}); k != "iso3166:NZ" {
		t.Errorf("NZ: key %q, want iso3166:NZ", k)
	}
	es := caseEntities(t, "New Zealand won the final in Auckland. NZ will host the next one.",
		[]textSpan{{L, "New Zealand"}, {L, "Auckland"}, {L, "NZ"}})
	if got := names(es); !slices.Equal(got, []string{"LOCATION:New Zealand", "LOCATION:Auckland"}) || es[0].Count != 2 || es[0].Key != "iso3166:NZ" {
		t.Errorf("got %v (%+v), want New Zealand twice, keyed iso3166:NZ, and Auckland", got, es)
	}
}

package ner

import (
	"bufio"
	"embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// The name lists in names/ (countries, US states, football clubs, listed
// companies, US politicians; names/README.md has sources and licences) tell
// the document step which names are variants of one thing ("US", "U.S." and
// "United States"; "Spurs" and "Tottenham Hotspur") and give each thing its
// key ("iso3166:US", "wikidata:Q22686"). They are not model features: the
// tagger finds and types the names, the lists only join and key them.

//go:embed names/*.tsv
var namesFS embed.FS

// brandsText is the list of brands' names (names/README.md): one name a
// line, "#" comments.
//
//go:embed names/brands.txt
var brandsText string

var (
	brandsOnce sync.Once
	brandsIdx  map[string]bool
)

// brandName reports whether name is a brand's of names/brands.txt
// (normName's form).
func brandName(name string) bool {
	brandsOnce.Do(func() {
		brandsIdx = map[string]bool{}
		for _, l := range strings.Split(brandsText, "\n") {
			if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
				brandsIdx[normName(l)] = true
			}
		}
	})
	return byNormName(brandsIdx, name)
}

// listThing is one thing of the name lists.
type listThing struct {
	key string
	typ newsner.EntityType
	// alias: the thing is aliases.tsv's, which only keys and joins
	// (keyListKey); caps: the form indexed names the thing only when
	// written in capitals (capsOnlyForm).
	alias, caps bool
	// abbr: the form is an abbreviation with a full stop, not written in
	// capitals ("La.", "Calif."), which a name in capitals does not match
	// (abbrMatches).
	abbr bool
}

var (
	namesOnce sync.Once
	namesIdx  map[string][]listThing // normalised form -> things it names
	// foldedIdx maps the listed forms with accents, normalised and without
	// them ("nestle" of "Nestlé"), to the things they name (accentedListThings).
	foldedIdx  map[string][]listThing
	namesForms map[string][]string // key -> the forms of the thing, as listed
	// orgListIdx maps the normalised forms of the things of the lists that
	// are organizations wherever named (orgLists) to their keys.
	orgListIdx map[string]string
	// listedOnlyForms maps the keys of generatedOrgLists' things that no
	// hand-made list of orgLists has to the forms those lists give them
	// (orgListForms): not the forms other lists give a thing of the same key
	// ("News" of companies.tsv's News Corp).
	listedOnlyForms map[string][]string
	// plainListIdx holds the normalised forms of orgs.tsv's things, which
	// are no organization after "the" or before a number (plainUse).
	plainListIdx map[string]bool
	// generatedPlainIdx holds the normalised forms of generatedOrgLists'
	// things, which plainUse treats as orgs.tsv's; not makersLine: "Evercore
	// ISI" is no product line of a listed "Evercore".
	generatedPlainIdx map[string]bool
	// teamForms are teams.tsv's forms, as listed (listedNicknames).
	teamForms []string
	// qualifiedIdx holds the normalised forms of qualifiedLists' things.
	qualifiedIdx map[string]bool
	// publicIdx holds the normalised forms of publicLists' things.
	publicIdx map[string]bool
)

// orgLists are the lists whose things are organizations wherever they are
// named, whatever the tagger typed them: news outlets (media.tsv) and armed
// groups (groups.tsv), companies, platforms, agencies and international
// bodies that today's news names often (orgs.tsv; not after "the" or before
// a number: plainUse), North American major league teams by their full
// names (teams.tsv), cricket franchises and rugby clubs by theirs
// (sides.tsv; their nicknames are not listedNicknames'), and the companies
// listed on the US exchanges (listed.tsv, generated from the SEC's tickers
// less forms that are words, places or people's names; as orgs.tsv's, not
// after "the" or before a number), and political parties (parties.tsv) and
// legislatures, central banks and regulators (bodies.tsv) of many
// countries by their distinctive names, which stand after "the" ("the
// Bundestag", "the BJP"). See listedAsOrganizations and addListedOrgSpans.
var orgLists = map[string]bool{"listed.tsv": true, "media.tsv": true, "groups.tsv": true, "orgs.tsv": true, "teams.tsv": true, "sides.tsv": true, "parties.tsv": true, "bodies.tsv": true}

// nameIndex returns the name lists, read once per process.
func nameIndex() map[string][]listThing {
	namesOnce.Do(func() {
		namesIdx = map[string][]listThing{}
		foldedIdx = map[string][]listThing{}
		namesForms = map[string][]string{}
		orgListIdx = map[string]string{}
		listedOnlyForms = map[string][]string{}
		handOrgKeys := map[string]bool{}
		plainListIdx = map[string]bool{}
		generatedPlainIdx = map[string]bool{}
		qualifiedIdx = map[string]bool{}
		publicIdx = map[string]bool{}
		files, _ := namesFS.ReadDir("names")
		for _, f := range files {
			if f.Name() == mediaWordList {
				continue // cued names, not listed ones (mediaWordSpans)
			}
			data, err := namesFS.ReadFile("names/" + f.Name())
			if err != nil {
				continue
			}
			sc := bufio.NewScanner(strings.NewReader(string(data)))
			for sc.Scan() {
				line := sc.Text()
				if line == "" || line[0] == '#' {
					continue
				}
				fs := strings.Split(line, "\t")
				if len(fs) < 3 {
					continue
				}
				thing := listThing{key: listKeyForm(fs[0]), typ: newsner.EntityType(fs[1])}
				namesForms[thing.key] = append(namesForms[thing.key], fs[2:]...)
				for _, form := range fs[2:] {
					n := normName(form)
					th := thing
					th.alias = f.Name() == aliasList
					th.caps = th.alias && isAllCaps(form)
					th.abbr = abbreviation(form)
					if !containsThing(namesIdx[n], th) {
						namesIdx[n] = append(namesIdx[n], th)
					}
					if fn := foldAccents(n); fn != n && !containsThing(foldedIdx[fn], th) {
						foldedIdx[fn] = append(foldedIdx[fn], th)
					}
					if orgLists[f.Name()] {
						orgListIdx[n] = th.key
						if generatedOrgLists[f.Name()] {
							listedOnlyForms[th.key] = append(listedOnlyForms[th.key], form)
						} else {
							handOrgKeys[th.key] = true
						}
					}
					if f.Name() == "orgs.tsv" {
						plainListIdx[n] = true
					}
					if generatedOrgLists[f.Name()] {
						generatedPlainIdx[n] = true
					}
					if qualifiedLists[f.Name()] {
						qualifiedIdx[n] = true
					}
					if publicLists[f.Name()] {
						publicIdx[n] = true
					}
					if f.Name() == "teams.tsv" {
						teamForms = append(teamForms, form)
					}
				}
			}
		}
		for k := range handOrgKeys {
			delete(listedOnlyForms, k)
		}
	})
	return namesIdx
}

// publicLists are the lists of orgLists whose things are political
// parties and public bodies (parties.tsv, bodies.tsv), not outlets or
// companies: no "The" before them is theirs (addLineThe).
var publicLists = map[string]bool{"parties.tsv": true, "bodies.tsv": true}

// listedPublicBody reports whether name is a party's or a public body's of
// publicLists.
func listedPublicBody(name string) bool {
	nameIndex()
	return byNormName(publicIdx, name)
}

// generatedOrgLists are the lists of orgLists made by names/gen.sh from
// outside data, not by hand (names/README.md): their forms only are looked
// for (orgListForms), not those other lists give a thing of the same key.
var generatedOrgLists = map[string]bool{"listed.tsv": true}

func containsThing(ts []listThing, t listThing) bool {
	for _, u := range ts {
		if u == t {
			return true
		}
	}
	return false
}

// aliasList is the list of organizations' other names (acronyms, short
// forms) that only keys and joins: its things are seen by keyListKey, not
// by listKey and the span and type rules that ask it (an alias added for a
// key should not split "Federal Trade Commission and Justice Department").
// Its forms in capitals name the thing only when written so: some are
// words ("WHO", not "Who"; "EU", not "Eu").
const aliasList = "aliases.tsv"

// abbreviation reports whether a listed form is one word shortened with a
// full stop and written with small letters ("La.", "Calif.", "Wash.").
func abbreviation(form string) bool {
	return !strings.Contains(form, " ") && strings.HasSuffix(form, ".") && hasLower(form)
}

// abbrMatches reports whether name may be a listed abbreviation's
// (abbreviation) for a key (keyListKey): not a name in capitals without a
// final full stop, or with one inside. "La." is Louisiana, but "LA" and
// "L.A." are Los Angeles, and "WA" is as often Western Australia as
// Washington; "LA." in a dateline of capitals is the state. The US states'
// postal codes that are mostly the states are in aliasList ("PA", "TX").
// The span and type rules (listKey) still read "LA" as a place.
func abbrMatches(name string) bool {
	if !isAllCaps(name) {
		return true
	}
	return strings.HasSuffix(name, ".") && !strings.Contains(name[:len(name)-1], ".")
}

// listKey returns the key of the one listed thing of type typ that name
// names; "" if none or several ("Georgia", the country and the state).
// aliasList's things are left out (keyListKey has them).
func listKey(name string, typ newsner.EntityType) string {
	return listKeyOf(name, typ, false)
}

// keyListKey is listKey with aliasList's things: the key an entity's
// names give it and by which variants join. An organization's name that
// is a country's before a listed organization's is that organization's
// (countryQualifiedKey).
func keyListKey(name string, typ newsner.EntityType) string {
	k := listKeyOf(name, typ, true)
	if k == "" && typ == newsner.Organization {
		k = countryQualifiedKey(name)
	}
	return k
}

// countryQualifiedKey returns the key of the organization an
// organization's name lists after a country's name or code ("U.S. Federal
// Reserve", "UK Financial Conduct Authority", "US FDA"): the country says
// whose the body is, it names no other thing. Only the hand-made lists'
// organizations (qualifiedLists) count: "India Today" is not a "Today"
// a list might name. A US state's name is no qualifier ("New York Fed" is
// a regional bank). "" if the name is no such.
func countryQualifiedKey(name string) string {
	fs := strings.Fields(name)
	if len(fs) > 0 && strings.EqualFold(fs[0], "the") {
		fs = fs[1:]
	}
	for i := 1; i < len(fs) && i <= 3; i++ {
		c := listKey(strings.Join(fs[:i], " "), newsner.Location)
		if !countryKey(c) {
			continue
		}
		rest := strings.Join(fs[i:], " ")
		if k := listKeyOf(rest, newsner.Organization, true); k != "" && byNormName(qualifiedIdx, rest) {
			return k
		}
	}
	return ""
}

// qualifiedLists are the lists whose organizations a country's name before
// theirs keys as they are (countryQualifiedKey): made by hand, each name
// checked to name the one thing.
var qualifiedLists = map[string]bool{"orgs.tsv": true, aliasList: true, "parties.tsv": true, "bodies.tsv": true}

func listKeyOf(name string, typ newsner.EntityType, aliases bool) string {
	key := ""
	things := byNormName(nameIndex(), name)
	if aliases && len(things) == 0 {
		things = accentedListThings(name)
	}
	for _, t := range things {
		if t.typ != typ || t.alias && !aliases || t.caps && !isAllCaps(name) || t.abbr && aliases && !abbrMatches(name) {
			continue
		}
		if key != "" && key != t.key {
			return ""
		}
		key = t.key
	}
	return key
}

// accentedListThings returns the listed things that name, written
// without accents, names with them ("Nestle", "Sao Paulo FC"): English
// news writes a foreign name both ways, and each way should key the thing
// (keyListKey) as the other. The span and type rules (listKey) keep to the
// lists' forms as written.
func accentedListThings(name string) []listThing {
	n := normName(name)
	if foldAccents(n) != n {
		return nil // accented otherwise than the list
	}
	nameIndex()
	return foldedIdx[n]
}

// normName is the form names are compared in: lower case, without full
// stops ("U.S." is "us"), apostrophes folded, white space single, without
// a leading "the" or a trailing possessive.
func normName(s string) string {
	var buf [128]byte
	n := appendNormName(buf[:0], s)
	if string(n) == s {
		return s
	}
	return string(n)
}

// appendNormName appends normName(s) to b and returns that part of it:
// a map lookup by string(appendNormName(buf[:0], name)) with buf on the
// stack takes no allocation, where normName takes one (and its
// strings.Builder took several: normName's were half the allocations of
// the document step).
func appendNormName(b []byte, s string) []byte {
	start := len(b)
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '\u2019' || r == '`':
			r = '\''
		case unicode.IsSpace(r):
			space = len(b) > start
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	n := b[start:]
	if len(n) >= 4 && string(n[:4]) == "the " {
		n = n[4:]
	}
	if len(n) >= 2 && string(n[len(n)-2:]) == "'s" {
		n = n[:len(n)-2]
	}
	return n
}

// typeSlugs name the types in keys made from names.
var typeSlugs = map[newsner.EntityType]string{newsner.Person: "person", newsner.Location: "loc", newsner.Organization: "org"}

// entityKey is the key of an entity whose mentions' texts are forms and
// whose canonical name is text: the listed thing's key if its forms name
// one thing and its canonical name is one of that thing's (fullListKey),
// else "name:<type>:<normalised canonical name>".
func entityKey(typ newsner.EntityType, text string, forms []string) string {
	if k := fullListKey(typ, text, forms); k != "" {
		return k
	}
	if k := nicknameKey(text, typ); k != "" && groupListKey(typ, forms) == "" {
		return k // "Keystone State" alone is Pennsylvania
	}
	if k := initialsKey(text, typ); k != "" && groupListKey(typ, forms) == "" {
		return k // "Joseph R. Biden" is the listed Joseph Robinette Biden
	}
	if k := tradeWordKey(text, typ); k != "" {
		return k // "Samsung Electronics Co." is the listed Samsung
	}
	if k := usBodyKey(typ, text); k != "" {
		return k // "U.S. Senate" is the "Senate" of most articles
	}
	return nameKey(typ, text)
}

// nameKey is the key of a thing no list names: its type and its canonical
// name normalised (normName), without legal suffixes and without accents,
// which news in English writes or leaves out by outlet and by page
// ("Bogotá" and "Bogota", "Iván Duque" and "Ivan Duque", a dateline's
// "BOGOTA"): one thing, one key, and one entity where an article writes it
// both ways.
func nameKey(typ newsner.EntityType, text string) string {
	return "name:" + typeSlugs[typ] + ":" + keyForm(foldAccents(normName(withoutSuffixes(text, typ))), typ)
}

// fullListKey returns the one list key the forms of a group name, if its
// fullest name full is a listed name of that thing too, but for a legal
// suffix ("SoftBank Group Corp" of a listed "SoftBank"): "KSC" is a
// listed club's short name, but "Kennedy Space Center (KSC)" is not that
// club. An organization named only by a one-word town ("Chicago",
// "Leicester") gets no club's key: the town has teams in more sports than
// the list's one, unless the article also names the club otherwise
// (clubFormBesideTown). "" otherwise.
func fullListKey(typ newsner.EntityType, full string, forms []string) string {
	k := groupListKey(typ, forms)
	if k == "" || keyListKey(withoutSuffixes(full, typ), typ) != k && nicknameKey(full, typ) != k {
		return ""
	}
	if typ == newsner.Organization && !strings.Contains(strings.TrimSpace(full), " ") && isPlaceName(full) && !clubFormBesideTown(k, full, forms) {
		return ""
	}
	return k
}

// clubFormBesideTown reports whether a form of forms other than the town
// full and no place is another listed name of the thing keyed k, whose
// short name the town is ("Spurs" beside "Tottenham"): the article's
// organization is then that club, not one of the town's teams of another
// sport ("Tigers" beside "Leicester" is not Leicester City's).
func clubFormBesideTown(k, full string, forms []string) bool {
	for _, f := range forms {
		if normName(f) != normName(full) && !isPlaceName(f) && keyListKey(withoutSuffixes(f, newsner.Organization), newsner.Organization) == k {
			return true
		}
	}
	return false
}

// nicknameKey returns the key of the US state a place's name is the
// nickname of (stateNicknames: "the Buckeye State" is Ohio's), so that the
// entity an article names both ways, fullest by its nickname, is keyed as
// the state, as are articles that name it by the nickname alone; "" if
// none.
func nicknameKey(name string, typ newsner.EntityType) string {
	state := byNormName(stateNicknames, name)
	if typ != newsner.Location || state == "" {
		return ""
	}
	if k := keyListKey(state, typ); strings.HasPrefix(k, "iso3166:US-") {
		return k
	}
	if k := keyListKey(state+" state", typ); strings.HasPrefix(k, "iso3166:US-") {
		return k // "Evergreen State": "Washington State"
	}
	return ""
}

var (
	middlesOnce sync.Once
	// middleNames maps a listed person's first and last name (lower case)
	// to the things listed under a form with middle names, each with the
	// middle names' initials ("george bush" -> Q207 "w", and "h w").
	middleNames map[string][][2]string
)

// initialsKey returns the key of the one listed person whose listed form
// with middle names the person's name gives by their initials ("Joseph R.
// Biden", "Barack H. Obama", "George W. Bush" of a listed "George Walker
// Bush"): the same first and last name and the same initials, so "George
// H. W. Bush" is not his son. Names without an initial, or with a
// generational suffix ("Donald Trump Jr." is not his father), get none.
func initialsKey(name string, typ newsner.EntityType) string {
	if typ != newsner.Person {
		return ""
	}
	fs := strings.Fields(normName(name))
	if len(fs) < 3 {
		return ""
	}
	initials := make([]string, 0, len(fs)-2)
	for _, w := range fs[1 : len(fs)-1] {
		if utf8.RuneCountInString(w) != 1 {
			return ""
		}
		initials = append(initials, w)
	}
	middlesOnce.Do(func() {
		middleNames = map[string][][2]string{}
		idx := nameIndex()
		for n, things := range idx {
			ws := strings.Fields(n)
			if len(ws) < 3 {
				continue
			}
			var in []string
			for _, w := range ws[1 : len(ws)-1] {
				r, _ := utf8.DecodeRuneInString(w)
				in = append(in, string(r))
			}
			for _, t := range things {
				if t.typ == newsner.Person {
					fl := ws[0] + " " + ws[len(ws)-1]
					middleNames[fl] = append(middleNames[fl], [2]string{t.key, strings.Join(in, " ")})
				}
			}
		}
	})
	key := ""
	for _, c := range middleNames[fs[0]+" "+fs[len(fs)-1]] {
		if c[1] != strings.Join(initials, " ") {
			continue
		}
		if key != "" && key != c[0] {
			return ""
		}
		key = c[0]
	}
	return key
}

// listedSurnames maps the last words, lower case, of the listed people's
// names (people.tsv's presidents and members of Congress, nominees.tsv's,
// newsmakers.tsv's) to the key of the one listed person of that surname,
// "" if several. A form ending in a generational suffix is left out
// ("Angus S. King, Jr.": its plain form "Angus King" is listed too).
var listedSurnames = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for n, things := range nameIndex() {
		ws := strings.Fields(n)
		if len(ws) < 2 || generational[ws[len(ws)-1]] {
			continue
		}
		for _, t := range things {
			if t.typ != newsner.Person {
				continue
			}
			s := ws[len(ws)-1]
			if k, ok := out[s]; ok && k != t.key {
				t.key = "" // two listed people's surname
			}
			out[s] = t.key
		}
	}
	return out
})

// generational are the suffixes after a surname: "Donald Trump Jr." is
// not his father, and his surname is "Trump", not "Jr.".
var generational = setOf(`jr sr ii iii iv`)

// listedSurnameKey returns the key of the one listed person (people.tsv,
// nominees.tsv, newsmakers.tsv) whose surname is word, a person's only
// name in an article: news names a president or a senator by surname
// alone once it has named them in full, and its later articles may name
// them so throughout ("Obama said"). None for a surname several listed
// people have ("Bush", "Clinton") or a word that is also a first name
// ("Warren", "Charles"): those name others as often. A place's name may
// be a listed surname ("Obama" is a town in Japan): the entity is a
// person's. "" if none.
func listedSurnameKey(word string) string {
	if strings.Contains(word, " ") || !startsUpper(word) || firstName(word) {
		return ""
	}
	return byNormName(listedSurnames(), word)
}

// surnamesAsListedPeople keys each person of es named by one word only,
// a listed person's surname (listedSurnameKey), as that person, unless
// another person of the article has the word among their names ("Michelle
// Obama": the surname alone is then either).
func surnamesAsListedPeople(es []newsner.Entity) {
	words := map[string]int{} // a word of the article's people's names -> how many have it
	for _, e := range es {
		if e.Type == newsner.Person {
			eachUnique(strings.Fields(normName(e.Text)), func(w string) { words[w]++ })
		}
	}
	for i := range es {
		e := &es[i]
		n := normName(e.Text)
		if e.Type != newsner.Person || strings.Contains(n, " ") || words[n] != 1 || e.Key != "name:person:"+foldHyphens(n) {
			continue
		}
		if k := listedSurnameKey(e.Text); k != "" {
			e.Key = k
		}
	}
}

// middleInitialsOutOfKeys keys each person of es no list names who is
// named with middle initials ("John Q. Zorn", "Mary A. B. Quell") as the
// name without them, so the articles that name the person with and without
// the initials agree; a generational suffix stays ("John Q. Zorn Jr.").
// Not where another person of the article has the same first name and
// surname ("John Q. Zorn" beside "John R. Zorn": two people), nor for a
// listed person, whom initialsKey keys.
func middleInitialsOutOfKeys(es []newsner.Entity) {
	bare := func(e *newsner.Entity) (string, bool) {
		if e.Type != newsner.Person {
			return "", false
		}
		ws := strings.Fields(foldAccents(normName(e.Text)))
		end := len(ws)
		if end > 0 && generational[ws[end-1]] {
			end--
		}
		if end < 3 {
			return "", false
		}
		for _, w := range ws[1 : end-1] {
			if utf8.RuneCountInString(w) != 1 {
				return "", false
			}
		}
		return strings.Join(append([]string{ws[0]}, ws[end-1:]...), " "), true
	}
	people := map[string]int{} // a person's first name and surname (and suffix) -> how many
	for i := range es {
		if es[i].Type != newsner.Person {
			continue
		}
		if b, ok := bare(&es[i]); ok {
			people[b]++
		} else {
			people[foldAccents(normName(es[i].Text))]++
		}
	}
	for i := range es {
		e := &es[i]
		b, ok := bare(e)
		if !ok || people[b] != 1 || e.Key != nameKey(e.Type, e.Text) {
			continue
		}
		e.Key = nameKey(e.Type, b)
	}
}

// eachUnique calls f with each of words once, in their order: looked up
// among the words before it in a name of a few words, in a map in a long
// one, which a page's run of thousands of names tagged one span makes
// (issue 12: looked up among the words before, its time went with the
// square of the run's length).
func eachUnique(words []string, f func(w string)) {
	if len(words) <= 16 {
		for k, w := range words {
			if !slices.Contains(words[:k], w) {
				f(w)
			}
		}
		return
	}
	seen := make(map[string]bool, len(words))
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			f(w)
		}
	}
}

// legalSuffixes end an organization's full name after the name its lists
// may give ("Group Corp", "Holdings plc", "FC").
var legalSuffixes = setOf(`group holdings holding corp corporation inc incorporated co company ltd limited
plc llc lp ag sa se nv bv gmbh spa ab asa oyj fc afc cf`)

// withoutSuffixes returns an organization's name without the legal
// suffixes it ends in, as long as a name is left and the lists do not
// give the name with them, and a place's formal name without its head
// ("State of Texas" -> "Texas"); other names as they are.
func withoutSuffixes(name string, typ newsner.EntityType) string {
	if typ == newsner.Location && formalPlaceName(name) && keyListKey(name, typ) == "" {
		_, rest, _ := strings.Cut(name, " of ")
		return rest // "State of Texas" is Texas
	}
	if typ != newsner.Organization || keyListKey(name, typ) != "" {
		return name
	}
	fs := strings.Fields(name)
	n := len(fs)
	for n > 1 && legalSuffixes[strings.Trim(strings.ToLower(fs[n-1]), ".,")] {
		n--
		if n > 1 && (fs[n-1] == "&" || fs[n-1] == "and") {
			n-- // "Wells Fargo & Co"
		}
	}
	if n == 1 {
		return siteStem(fs) // "Amazon.com Inc" is Amazon; "NFL.com" alone the site
	}
	return strings.Join(fs[:n], " ")
}

// bareName returns a one-word company name without the ".com" a web
// company writes its formal name with ("Amazon.com", "Overstock.com"), as
// long as two letters or more are left; other words as they are.
func bareName(w string) string {
	if len(w) > 6 && strings.EqualFold(w[len(w)-4:], ".com") {
		return w[:len(w)-4]
	}
	return w
}

// fullestForm returns the longest of forms in code points: the name an
// entity goes by. Of forms as long, one written as names are ("London")
// wins over a headline's capitals ("LONDON"), else the first.
func fullestForm(forms []string) string {
	best, n := "", -1
	for _, f := range forms {
		c := utf8.RuneCountInString(f)
		if c > n || c == n && isAllCaps(best) && !isAllCaps(f) {
			best, n = f, c
		}
	}
	return best
}

// groupListKey returns the one list key the forms of a group name, "" if
// none or more than one.
func groupListKey(typ newsner.EntityType, forms []string) string {
	key := ""
	var done map[string]bool // the forms looked up, for a long group: a group repeats its names, and a form's key is the same each time
	for i, f := range forms {
		if len(forms) <= 16 && slices.Contains(forms[:i], f) || done[f] {
			continue
		}
		if len(forms) > 16 {
			if done == nil {
				done = make(map[string]bool, len(forms))
			}
			done[f] = true
		}
		k := keyListKey(f, typ)
		if k == "" && typ == newsner.Organization {
			k = keyListKey(withoutSuffixes(f, typ), typ) // "Walmart Inc" alone is the listed Walmart
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

// isAcronym reports whether s is an all-capitals word of two or more
// letters ("IAEA", "NATO").
func isAcronym(s string) bool {
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '&' {
			return false
		}
	}
	return true
}

// joinVariants joins groups of mentions (groupMentions) that name one
// thing under different names:
//   - the name lists give them the same key ("US", "U.S." and "United
//     States"; "Spurs" and "Tottenham Hotspur");
//   - an acronym defined in the text, "International Atomic Energy Agency
//     (IAEA)", whatever its letters;
//   - a single word that starts exactly one longer organization name of
//     the article and is typed an organization too ("Ulta" after "Ulta
//     Beauty", "Amazon" after "Amazon.com Inc"), unless it is a word many
//     names start with ("Bank", "New");
//   - two people named alike but for a given name's short form or a typo
//     ("Josh Apte" and "Joshua Apte").
//
// The joined entity takes the type of its fullest name's group.
func joinVariants(groups [][]*mention, toks []token) [][]*mention {
	sets := newGroupSets(len(groups))
	byKey := joinListed(groups, sets)
	joinCountryGovernments(groups, byKey, sets)
	joinBracketAcronyms(groups, toks, sets)
	joinShortNames(groups, toks, sets)
	joinGivenNameVariants(groups, sets)
	return sets.merge(groups)
}

// joinGivenNameVariants joins two people of the article whose names are
// the same but for the given name, where one given name is the start of the
// other ("Josh Apte" and "Joshua Apte") or differs from it by one letter
// in five or more ("Kristen" and "Kristin Wilkins"; "Mohamed" and
// "Mohammed Morsi", a letter more): a short form, a transliteration or a
// typo, not a relative. The later name joins the earlier.
func joinGivenNameVariants(groups [][]*mention, sets groupSets) {
	// maxSameSurname bounds the earlier people of one surname a name is
	// compared with: no article names more than a few, and a hostile text
	// of tens of thousands of "X Smith" would compare each with all.
	const maxSameSurname = 32
	bySurname := map[string][]int{} // the words after the given name -> groups, in order
	for i, g := range groups {
		a := g[0]
		if a.typ != newsner.Person || len(a.words) < 2 {
			continue
		}
		rest := strings.Join(a.words[1:], " ")
		earlier := bySurname[rest]
		if len(earlier) > maxSameSurname {
			earlier = earlier[:maxSameSurname]
		}
		for _, j := range earlier {
			if givenNameVariant(groups[j][0].words[0], a.words[0]) {
				sets.union(i, j)
				break
			}
		}
		bySurname[rest] = append(bySurname[rest], i)
	}
}

// givenNameVariant reports whether given names x and y (lower case) are
// one name's short form and full form, or one letter apart in five or more.
func givenNameVariant(x, y string) bool {
	if x == y || !isLetters(x) || !isLetters(y) {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) >= 3 && strings.HasPrefix(y, x) {
		return true
	}
	if len(y) == len(x)+1 && len(x) >= 5 && oneLetterMore(x, y) {
		return true // "Mohamed" and "Mohammed": a transliteration's doubled letter
	}
	if len(x) != len(y) || len(x) < 5 || x[0] != y[0] || x[len(x)-1] != y[len(y)-1] {
		// A different first letter is another name ("Jason", "Mason"),
		// a different last one often the other sex's ("Maria", "Mario").
		return false
	}
	diff := 0
	for k := range x {
		if x[k] != y[k] {
			diff++
		}
	}
	return diff == 1
}

// groupForms returns the surface forms of a group's mentions.
func groupForms(g []*mention) []string {
	fs := make([]string, len(g))
	for i, m := range g {
		fs[i] = m.m.Text
	}
	return fs
}

// joinListed joins the groups whose names the lists give one key, into the
// group with the most words (the first of them on a tie). It returns the
// group that holds each key.
func joinListed(groups [][]*mention, sets groupSets) map[string]int {
	byKey := map[string]int{}
	for i, g := range groups {
		if !g[0].typ.Valid() {
			continue
		}
		if k := groupListKey(g[0].typ, groupForms(g)); k != "" {
			if j, ok := byKey[k]; ok {
				if len(g[0].words) > len(groups[j][0].words) {
					sets.union(j, i)
					byKey[k] = i
				} else {
					sets.union(i, j)
				}
			} else {
				byKey[k] = i
			}
		}
	}
	return byKey
}

// joinCountryGovernments joins a country the tagger typed an organization
// (its government: "the DPRK said") to the same country where the article
// names it as a place too (byKey from joinListed).
func joinCountryGovernments(groups [][]*mention, byKey map[string]int, sets groupSets) {
	for i, g := range groups {
		if g[0].typ == newsner.Organization {
			if k := groupListKey(newsner.Location, groupForms(g)); countryKey(k) {
				if j, ok := byKey[k]; ok && groups[j][0].typ == newsner.Location {
					sets.union(i, j)
				}
			}
		}
	}
}

// joinBracketAcronyms joins an acronym defined in brackets after a name,
// "International Atomic Energy Agency (IAEA)", and the acronym's other
// mentions, to the name's group; a person's initials are not an acronym,
// nor is what stands in brackets after a name tagged a person, unless it
// is the name's capitals ("PubMed Central (PMC)", the tagger's person).
func joinBracketAcronyms(groups [][]*mention, toks []token, sets groupSets) {
	single := map[int]int{}    // token of a one-token mention -> its group
	var byKey map[string][]int // the groups of each key, made at the first need
	for i, g := range groups {
		for _, m := range g {
			if m.t1-m.t0 == 1 {
				single[m.t0] = i
			}
		}
	}
	for i, g := range groups {
		if !g[0].typ.Valid() {
			continue
		}
		for _, m := range g {
			t := m.t1
			if m.t1-m.t0 < 2 || t+2 >= len(toks) || toks[t].Text != "(" || toks[t+2].Text != ")" {
				continue
			}
			if g[0].typ == newsner.Person && capitals(m.m.Text) != toks[t+1].Text {
				continue // "Philip Cocu (PSV)": a player's club, not his acronym
			}
			if t+3 < len(toks) && dashes[toks[t+3].Text] {
				continue // "New York (CNN) --": a dateline's agency, not the place's acronym
			}
			if j, ok := single[t+1]; ok && j != i && isAcronym(toks[t+1].Text) && groups[j][0].typ != newsner.Person {
				sets.union(j, i)
				// The acronym's other mentions, whatever they were typed.
				if byKey == nil {
					byKey = map[string][]int{}
					for k, h := range groups {
						byKey[h[0].key] = append(byKey[h[0].key], k)
					}
				}
				for _, k := range byKey[groups[j][0].key] {
					if k != i && groups[k][0].typ.Valid() {
						sets.union(k, i)
					}
				}
			}
		}
	}
}

// joinShortNames joins a one-word organization to the one longer
// organization name of the article it starts ("Ulta" after "Ulta Beauty";
// "the Church" after "the Church of Scientology"), and a compass word to
// the one place name it starts ("the North" after "North Korea").
func joinShortNames(groups [][]*mention, toks []token, sets groupSets) {
	gz, _ := sharedGazetteer()
	var starts map[typedWord][]int // the groups of each type and first word, made at the first need
	var makers map[string]bool     // makerPrefixes, made at the first need
	for i, g := range groups {
		short := g[0]
		if len(short.words) != 1 || !startsUpper(short.m.Text) {
			continue
		}
		compass := short.typ == newsner.Location && compassWords[short.words[0]]
		if short.typ != newsner.Organization && !compass {
			continue
		}
		if starts == nil {
			starts = map[typedWord][]int{}
			for j, h := range groups {
				k := typedWord{h[0].typ, siteStem(h[0].words)} // "Amazon" of "Amazon.com Inc"
				starts[k] = append(starts[k], j)
			}
		}
		cands := starts[typedWord{short.typ, short.words[0]}]
		if full := onlyFullName(groups, i, cands, commonStart(gz, short.m.Text) && !compass, sets); full >= 0 && (!listedAcronymParent(short, groups[full][0]) || makersOf(&makers, toks)[short.m.Text]) {
			sets.union(i, full)
		}
	}
}

// listedAcronymParent reports whether short, a one-word organization's
// name in capitals that the lists know ("GE", "BBC", "NASA"), is another
// organization than full, a longer name it starts that the lists do not
// give short's key: the parent of a unit, channel or programme named after
// it ("GE Healthcare", "BBC News", "NASA Earth Observatory", "CNN Election
// Center"), which the distinct-entity gold keeps apart. A full name that
// only adds legal suffixes ("QXR Holdings") is short's own.
func listedAcronymParent(short, full *mention) bool {
	if _, ok := acronymForm(short); !ok || !isLetters(strings.ReplaceAll(short.m.Text, ".", "")) {
		return false
	}
	k := keyListKey(short.m.Text, newsner.Organization)
	if k == "" || groupListKey(newsner.Organization, []string{full.m.Text}) == k {
		return false
	}
	return withoutSuffixes(full.m.Text, newsner.Organization) != short.m.Text
}

// makerPrefixes returns the words the text writes before three or more
// different capitalized words ("HP Service Test", "HP UFT", "HP IT
// Performance Suite"): a maker's name before its products' names, where
// a longer name it starts is more likely a product (MISC) than a unit of
// the maker, so listedAcronymParent does not keep it apart. One walk over
// the text.
func makerPrefixes(toks []token) map[string]bool {
	next := map[string][]string{} // a word -> the first capitalized words after it, up to three
	makers := map[string]bool{}
	for k := 0; k+1 < len(toks); k++ {
		w, n := toks[k].Text, toks[k+1].Text
		if makers[w] || !startsUpper(w) || !startsUpper(n) || slices.Contains(next[w], n) {
			continue
		}
		if next[w] = append(next[w], n); len(next[w]) >= 3 {
			makers[w] = true
		}
	}
	return makers
}

// makersOf returns *makers, making it with makerPrefixes at the first call.
func makersOf(makers *map[string]bool, toks []token) map[string]bool {
	if *makers == nil {
		*makers = makerPrefixes(toks)
	}
	return *makers
}

// typedWord is a name's type and a word of it.
type typedWord struct {
	typ  newsner.EntityType
	word string
}

// onlyFullName returns the group among cands (increasing indexes; those of
// group i's type whose name starts with its word) of the same type whose
// name has two words or more and starts with group i's one word, or a negative number where
// there is none or several that are not yet one entity ("Manchester").
// Where the word is a generic start ("Bank"), only a name that goes on
// with "of" counts: "the Bank" of "Bank of England", not of "Bank Leumi".
func onlyFullName(groups [][]*mention, i int, cands []int, generic bool, sets groupSets) int {
	short := groups[i][0]
	full := -1
	for _, j := range cands {
		h := groups[j]
		first := siteStem(h[0].words) // "Amazon" of "Amazon.com Inc"
		if j == i || h[0].typ != short.typ || len(h[0].words) < 2 && first == h[0].words[0] || first != short.words[0] {
			continue
		}
		if generic && h[0].words[1] != "of" {
			continue // "Bank" is not "Bank Leumi"; it is "the Bank" of "Bank of England"
		}
		if full >= 0 && sets.root(full) != sets.root(j) {
			return -2 // two names start with it: "Manchester"
		}
		full = j
	}
	return full
}

// commonStart reports whether w is a word many organization names start
// with, or a place, a demonym or a title: not a short form of one name.
func commonStart(gz *gazetteer, w string) bool {
	if isDemonym(w) || isTitle(w) || lowered(months, w) {
		return true
	}
	if gz == nil {
		return false
	}
	kinds := gz.phrases[w]
	return kinds&(1<<gzOrgWord|1<<gzCountry|1<<gzPlace) != 0
}

// isPlaceName reports whether w is a country, a US state or a place of the
// gazetteer.
func isPlaceName(w string) bool {
	if listKey(w, newsner.Location) != "" {
		return true
	}
	gz, _ := sharedGazetteer()
	return gz != nil && gz.phrases[w]&(1<<gzCountry|1<<gzPlace) != 0
}

// addListedVariants adds to each group whose names the lists key the
// mentions of the thing's other listed names that the tagger left
// untagged ("Spurs" in an article about "Tottenham Hotspur"), so the
// entity counts every mention. A variant counts where it stands alone: not
// inside another mention, not next to another capitalized word. Names the
// group already has are left as the tagger decided.
func addListedVariants(text string, toks []token, groups [][]*mention) [][]*mention {
	nameIndex()
	covered := make([]bool, len(toks))
	for _, g := range groups {
		for _, m := range g {
			for k := m.t0; k < m.t1; k++ {
				covered[k] = true
			}
		}
	}
	for gi, g := range groups {
		if !g[0].typ.Valid() || g[0].typ == newsner.Person {
			continue
		}
		fs := make([]string, len(g))
		have := map[string]bool{}
		for i, m := range g {
			fs[i] = m.m.Text
			have[normName(m.m.Text)] = true
		}
		key := fullListKey(g[0].typ, fullestForm(fs), fs)
		if key == "" {
			continue
		}
		for _, form := range namesForms[key] {
			if byNormName(have, form) || keyListKey(form, g[0].typ) != key {
				continue
			}
			words := strings.Fields(form)
			for k := 0; k+len(words) <= len(toks); k++ {
				if !matchWords(toks, k, words, covered) {
					continue
				}
				e := k + len(words)
				if !standsAlone(text, toks, k, e) {
					continue
				}
				m := &mention{typ: g[0].typ, t0: k, t1: e, key: strings.ToLower(form)}
				for j := k; j < e; j++ {
					m.words = append(m.words, strings.ToLower(toks[j].Text))
					covered[j] = true
				}
				m.m = newsner.Mention{Start: toks[k].Start, End: toks[e-1].End, Text: text[toks[k].BStart:toks[e-1].BEnd]}
				groups[gi] = append(groups[gi], m)
			}
		}
	}
	return groups
}

// matchWords reports whether toks from k on are words, none covered (nil:
// none is).
func matchWords(toks []token, k int, words []string, covered []bool) bool {
	for j, w := range words {
		if covered != nil && covered[k+j] || toks[k+j].Text != w {
			return false
		}
	}
	return true
}

// startsSentence reports whether toks[i] starts a sentence or a line.
func startsSentence(text string, toks []token, i int) bool {
	if i == 0 || strings.ContainsRune(text[toks[i-1].BEnd:toks[i].BStart], '\n') {
		return true
	}
	switch toks[i-1].Text {
	case ".", "!", "?", ":", "\"", "``", "''":
		return true
	}
	return datelineDash(toks, i-1)
}

// datelineDash reports whether token k is the dash that ends a wire
// story's dateline after the agency's bracket ("ZORBVILLE (Reuters) -"):
// the word after it starts the story's first sentence (world audit,
// eighteenth pass: "GENEVA (Reuters) - The U.N. High Commissioner for
// Refugees" kept a listed name from its sentence's "The" on a made-up
// Reuters-style article).
func datelineDash(toks []token, k int) bool {
	switch toks[k].Text {
	case "-", "--", "–", "—":
		return k > 0 && toks[k-1].Text == ")"
	}
	return false
}

// compassWords stand for a place named by them ("the North" for North
// Korea).
var compassWords = setOf(`north south east west`)

// capitals returns the upper-case letters of name ("PubMed Central" ->
// "PMC").
func capitals(name string) string {
	var sb strings.Builder
	for _, r := range name {
		if unicode.IsUpper(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

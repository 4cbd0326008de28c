package ner

import (
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
// tagger finds and types the names, the lists only join and key them. This
// file reads the lists and looks names up in them (nameIndex, listKey,
// keyListKey, normName); joins_variants.go joins an article's variants by
// them, keys.go and keys_*.go make the entities' keys.

//go:embed names/*.tsv
var namesFS embed.FS

// listRows calls row with the columns of each line of the list names/file
// that names a thing: its key, its type and its forms (fs[2:], one at
// least); "#" comment lines and shorter lines are passed over, and a file
// that cannot be read gives none. Every reader of the lists walks them so
// (nameIndex, listNames, mediaWordForms, markedListForms,
// listFormsByFirst).
func listRows(file string, row func(fs []string)) {
	data, err := namesFS.ReadFile("names/" + file)
	if err != nil {
		return
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		fs := strings.Split(line, "\t")
		if len(fs) < 3 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		row(fs)
	}
}

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
	// clubKeys holds the keys of clubLists' things.
	clubKeys map[string]bool
)

// clubLists are the lists of sports clubs and teams, whose one-word short
// forms are often their towns' names ("Chelsea", "Porto").
var clubLists = map[string]bool{"clubs.tsv": true, "teams.tsv": true, "sides.tsv": true}

// clubKey reports whether k is the key of a club or team of clubLists.
func clubKey(k string) bool {
	nameIndex()
	return clubKeys[k]
}

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
		clubKeys = map[string]bool{}
		files, _ := namesFS.ReadDir("names")
		for _, f := range files {
			if f.Name() == mediaWordList {
				continue // cued names, not listed ones (mediaWordSpans)
			}
			listRows(f.Name(), func(fs []string) {
				thing := listThing{key: listKeyForm(fs[0]), typ: newsner.EntityType(fs[1])}
				if clubLists[f.Name()] {
					clubKeys[thing.key] = true
				}
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
			})
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
		tk := makerKey(t.key)
		if key != "" && key != tk {
			return ""
		}
		key = tk
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
	for i := 0; i < len(s); {
		// ASCII, most of every name, is folded by a table (normASCII)
		// without unicode's tables (a pass of the document step spent a
		// seventh of its own instructions there).
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch f := normASCII[c]; f {
			case normDrop:
			case ' ':
				space = len(b) > start
			default:
				if space {
					b = append(b, ' ')
					space = false
				}
				b = append(b, f)
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch {
		case r == '\u2019':
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

// normASCII is appendNormName's fold of each ASCII byte: a capital to its
// small letter, "`" to "'", the six ASCII spaces to " ", a full stop to
// normDrop (left out), every other byte to itself.
var normASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	t['`'] = '\''
	t['.'] = normDrop
	for _, c := range " \t\n\v\f\r" {
		t[c] = ' '
	}
	return t
}()

// normDrop marks a byte appendNormName leaves out: no ASCII byte.
const normDrop = 0xff

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

// bareName returns a one-word company name without the ".com" a web
// company writes its formal name with ("Amazon.com", "Overstock.com"), as
// long as two letters or more are left; other words as they are.
func bareName(w string) string {
	if len(w) > 6 && strings.EqualFold(w[len(w)-4:], ".com") {
		return w[:len(w)-4]
	}
	return w
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

// isPlaceName reports whether w is a country, a US state or a place of the
// gazetteer.
func isPlaceName(w string) bool {
	if listKey(w, newsner.Location) != "" {
		return true
	}
	gz, _ := sharedGazetteer()
	return gz != nil && gz.phrases[w]&(1<<gzCountry|1<<gzPlace) != 0
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
	if lineBreakBefore(text, toks, i) {
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

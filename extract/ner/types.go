package ner

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
	"golang.org/x/text/unicode/norm"
)

// The document step's typing rules over an article's mentions are in the
// types_*.go files, one per type they give or take: types_places.go,
// types_sports.go, types_people.go, types_orgs.go (organizations by their
// names), types_orgcues.go, types_orgnouns.go and types_orgverbs.go (by the
// words around them), types_products.go and types_misc.go. This file holds
// what several of them use: a place's context, the gazetteer's places
// without accents, retyping by key, names beside names, and the people's
// words of an article.

// locatives are the words before a name that read it as a place;
// strongLocatives those that do whoever else bears the name ("in
// Washington"; "to Jordan" may be a pass).
var (
	locatives       = setOf(`in at from to near across into outside throughout around of`)
	strongLocatives = setOf(`in near across throughout outside inside`)
)

// placeContext reports whether the name over tokens [t0,t1) stands where a
// place does: after a word of before ("in Washington"), after a city and
// a comma ("Seattle, Washington"), or before "state".
func placeContext(toks []token, t0, t1 int, before map[string]bool) bool {
	if t0 > 0 && before[toks[t0-1].Text] {
		return true
	}
	if t0 > 1 && toks[t0-1].Text == "," && isPlaceName(toks[t0-2].Text) {
		return true
	}
	return t1 < len(toks) && strings.EqualFold(toks[t1].Text, "state")
}

// unplacedLocation reports whether m is tagged a place but does not stand
// where a place does (placeContext after strongLocatives: not "in
// Petofi"): the place mentions a rule that retypes a name at every
// mention (retypeByKey) may take.
func unplacedLocation(toks []token, m *mention) bool {
	return m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
}

// iso3166Place reports whether the lists key name as a place with an
// ISO 3166 code: a country or a country's state or region ("Japan",
// "California"), the names the type rules leave a place where a company
// or a party named for a town would not stay one.
func iso3166Place(name string) bool {
	return strings.HasPrefix(listKey(name, newsner.Location), "iso3166:")
}

// countryKey reports whether k, a list's key, is a country's ("iso3166:FR"),
// not a state's or a region's ("iso3166:US-NY").
func countryKey(k string) bool {
	return strings.HasPrefix(k, "iso3166:") && !strings.Contains(k, "-")
}

// knownPlace reports whether name, in any case and with or without its
// accents ("Sao Paulo"), is a place of the lists or the gazetteer.
func knownPlace(name string) bool {
	if isPlaceName(name) {
		return true
	}
	// The name's words in title case (titleWords), looked up without
	// making the string. The lists key it as they key name (normName
	// lower-cases every letter), so only the gazetteer is asked again.
	var buf [128]byte
	title := appendTitleWords(buf[:0], name)
	if gz, _ := sharedGazetteer(); gz != nil && gz.phrases[string(title)]&(1<<gzCountry|1<<gzPlace) != 0 {
		return true
	}
	for _, c := range title {
		if c >= utf8.RuneSelf {
			return foldedPlaces()[foldAccents(string(title))]
		}
	}
	return foldedPlaces()[string(title)] // foldAccents keeps ASCII as it is
}

// appendTitleWords appends to b the words of s (strings.Fields) in title
// case (titleCase) joined by spaces: knownPlace's second form of a name.
func appendTitleWords(b []byte, s string) []byte {
	first := true
	for w := range strings.FieldsSeq(s) {
		if !first {
			b = append(b, ' ')
		}
		first = false
		r, n := utf8.DecodeRuneInString(w)
		b = utf8.AppendRune(b, r)
		for _, r := range w[n:] {
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				b = append(b, byte(r))
				continue
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

var (
	foldedOnce     sync.Once
	foldedPlaceSet map[string]bool
)

// foldedPlaces returns the gazetteer's places written with accents, without
// them ("Sao Paulo" for "São Paulo").
func foldedPlaces() map[string]bool {
	foldedOnce.Do(func() {
		foldedPlaceSet = map[string]bool{}
		gz, _ := sharedGazetteer()
		if gz == nil {
			return
		}
		for p, kinds := range gz.phrases {
			if kinds&(1<<gzCountry|1<<gzPlace) == 0 {
				continue
			}
			if f := foldAccents(p); f != p {
				foldedPlaceSet[f] = true
			}
		}
	})
	return foldedPlaceSet
}

// foldAccents returns s without its combining marks ("São" -> "Sao").
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// lowerNoun reports whether t is a noun in lower case.
func lowerNoun(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r) && strings.HasPrefix(t.Tag, "NN")
}

// makerOrPlace reports whether name is a listed organization or brand or
// a known place, which the product rules leave as they are: such a name
// before a product's word stands for its maker or its host ("the Google
// app", "Zorbco's YouTube", "download Spotify").
func makerOrPlace(name string) bool {
	return listedOrg(name) || listKey(name, newsner.Organization) != "" || brandName(name) || knownPlace(name)
}

// retypeByKey gives type typ to every mention that may take it (may) and
// shares its key with a mention the article's context types (cued): a name
// read as an organization, a person or a work in one sentence is that
// everywhere in the article.
func retypeByKey(ms []*mention, cued, may func(*mention) bool, typ newsner.EntityType) {
	var keys map[string]bool
	for _, m := range ms {
		if cued(m) {
			if keys == nil {
				keys = map[string]bool{}
			}
			keys[m.key] = true
		}
	}
	if keys == nil {
		return // no mention cued: no second walk of the article's mentions
	}
	for _, m := range ms {
		if keys[m.key] && may(m) {
			m.typ = typ
		}
	}
}

// lazyNameWords returns the words of the article's names tagged a person
// of two words or more ("Samus" and "Aran" of "Samus Aran"), made at the
// first call.
func lazyNameWords(p *map[string]bool, ms []*mention) map[string]bool {
	if *p == nil {
		*p = map[string]bool{}
		for _, m := range ms {
			if m.typ == newsner.Person && len(m.words) > 1 {
				for _, w := range m.words {
					(*p)[w] = true
				}
			}
		}
	}
	return *p
}

// lazyPersonWords returns personWords(ms, toks), made at the first call.
func lazyPersonWords(p *map[string]bool, ms []*mention, toks []token) map[string]bool {
	if *p == nil {
		*p = personWords(ms, toks)
	}
	return *p
}

// topicNameMentions returns the mentions of one word that ok accepts and
// names lists, in a text about the names' topic (about, asked at the
// first such mention), less those whose word is a word of a person's
// longer name in the article (personWords): f1TeamsAsTeams' teams in a
// motor racing report, spaceBodiesAsPlaces' planets in a text about space.
func topicNameMentions(ms []*mention, toks []token, names map[string]bool, about func() bool, ok func(*mention) bool) []*mention {
	var out []*mention
	var people map[string]bool
	for _, m := range ms {
		if len(m.words) != 1 || !names[m.m.Text] || !ok(m) || !about() {
			continue
		}
		if people == nil {
			people = personWords(ms, toks)
		}
		if !people[m.words[0]] {
			out = append(out, m)
		}
	}
	return out
}

// coordinatedWith reports whether a mention of type typ stands right
// before or after m with only a comma, "and" or "or" between them.
func coordinatedWith(ms []*mention, toks []token, m *mention, typ newsner.EntityType) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].t0 >= m.t0 })
	joined := func(a, b int) bool { // tokens [a,b) between two names
		if b-a < 1 || b-a > 2 {
			return false
		}
		for _, t := range toks[a:b] {
			if t.Text != "," && t.Text != "and" && t.Text != "or" {
				return false
			}
		}
		return b-a == 1 || toks[a].Text == "," && toks[b-1].Text != ","
	}
	// A comma alone joins names of a list only where m has a list's word
	// on its other side too ("NBC, Quelbix and others"; not "the capital
	// Montpelier, Amtrak spokeswoman ...").
	sep := func(k int) bool {
		return k >= 0 && k < len(toks) && listLink(toks[k].Text)
	}
	// Nor is a list one of organizations where its first name comes after
	// people's plural noun ("friends Nadia and Giancarlo", "co-CEOs
	// Duffield and Bhusri": the tagger read "Nadia" and "Bhusri" as
	// organizations).
	people := func(first *mention) bool {
		return first.t0 > 0 && lowered(peoplePlurals, toks[first.t0-1].Text)
	}
	if p := i - 1; p >= 0 && ms[p].typ == typ && ms[p].t1 <= m.t0 && joined(ms[p].t1, m.t0) && (toks[m.t0-1].Text != "," || m.t0-ms[p].t1 > 1 || sep(m.t1)) &&
		!people(ms[p]) {
		return true
	}
	n := i + 1
	return n < len(ms) && ms[n].typ == typ && ms[n].t0 >= m.t1 && joined(m.t1, ms[n].t0) && (toks[m.t1].Text != "," || ms[n].t0-m.t1 > 1 || sep(m.t0-1)) &&
		!people(m)
}

// peoplePlurals, in lower case right before a list of names, say they are
// people's ("friends Nadia and Giancarlo", "co-CEOs Duffield and Bhusri").
var peoplePlurals = setOf(`friends brothers sisters sons daughters parents children cousins colleagues
co-ceos ceos founders co-founders cofounders players actors singers authors writers coaches`)

// personOrPlace reports whether m is tagged a person or a place.
func personOrPlace(m *mention) bool { return m.typ == newsner.Person || m.typ == newsner.Location }

// hasLower reports whether s has a lower-case letter: a name not written
// in a headline's or a table's capitals.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// personWords returns the surnames (last words) of the people's names
// among ms that are of two words or more and no listed organization's
// ("Al Jazeera" tagged a person), and the words of the names after an
// honorific ("Ms Forbes").
func personWords(ms []*mention, toks []token) map[string]bool {
	return personWordsBut(ms, toks, listedOrg)
}

// personWordsBut returns the words of the names after an honorific
// among ms and the surnames (last words) of the people's names of two
// words or more for which listed is false: personWords' and
// unlistedPersonWords' one loop, each with its own list.
func personWordsBut(ms []*mention, toks []token, listed func(name string) bool) map[string]bool {
	people := map[string]bool{}
	for _, m := range ms {
		switch {
		case afterHonorific(toks, m.t0):
			for _, w := range m.words {
				people[w] = true
			}
		case m.typ == newsner.Person && len(m.words) > 1 && !listed(m.m.Text):
			people[m.words[len(m.words)-1]] = true
		}
	}
	return people
}

// anyIn reports whether one of words is in set.
func anyIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

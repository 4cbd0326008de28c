package ner

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Keys of people: a listed person named by the surname alone, by initials
// of the middle names ("George W. Bush"), or after "President"; and an
// unlisted person's key without middle initials.

// presidentSurnameKey returns the key of the one listed person whose
// surname a person of type typ, named by that one word alone (full, keyed
// k by its name; mentions g over toks), is (listedSurnameKey), where a
// mention stands right after "President": "President Obama" is the
// listed president even where another person of the article bears the
// surname ("First Lady Michelle Obama"), which keeps the bare surname's
// own key otherwise (surnamesAsListedPeople). A surname several listed
// people share ("President Bush") gets none. "" if none.
func presidentSurnameKey(typ newsner.EntityType, full, k string, g []*mention, toks []token) string {
	if typ != newsner.Person || len(g[0].words) != 1 || k != nameKey(typ, full) {
		return ""
	}
	for _, m := range g {
		if m.t0 > 0 && toks[m.t0-1].Text == "President" {
			return listedSurnameKey(full)
		}
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
		if end < 3 || utf8.RuneCountInString(ws[0]) == 1 {
			return "", false // "C. S. Lewis": initials, none of them middle ones (gluedInitials)
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

package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Joins of a name the article spells two ways: a typing slip (two
// neighbouring letters swapped, a letter more or left out), a word's
// ending or a possessive dropped. One test says what a slip is
// (letterSlip, and spellingVariant over it for the endings); one rule
// joins each kind: joinSpellingVariants a name of several words,
// joinMisspeltSurnames a person's surname written alone. Each makes at
// most maxSlips joins in an article.

// maxSlips bounds the joins each spelling join makes in one article: a
// writer slips once or twice in a story; a page where many names are a
// letter's swap apart is a list of codes or names of a pattern (the
// hostile-size tests' "Zorbabcd" and "Zorbbacd"), where each is its own
// thing, and then none joins.
const maxSlips = 4

// joinSlips joins each pair's first group into its second's (a slip into
// the name it misspells); none where the pairs pass maxSlips.
func joinSlips(groups [][]*mention, slips [][2]int) [][]*mention {
	if len(slips) > maxSlips {
		return groups
	}
	var sets groupSets
	for _, p := range slips {
		sets.join(len(groups), p[0], p[1])
	}
	return sets.merge(groups)
}

// joinSpellingVariants joins two organizations or places of an article
// whose names are the same words but one, that one a misspelling, an
// inflection or a possessive of the other (spellingVariant), and two
// people's full names whose surnames alone differ by a slip (personSlip:
// "Philip Oreopoulos", "Philip Oreopoulous"): two letters
// swapped ("Untied Nations" for "United Nations", "Zamazenta Editino"), a
// letter more ("Parliment", "Parliament"), one stem with another ending
// ("STEM Master Teachers Corps", "STEM Master Teaching Corps" for "STEM
// Master Teacher Corps"), "New People Party" for "New People's Party":
// one thing the writer spelled two ways. Names of two words or more only,
// the differing word of four letters or more; not where the lists key two
// of the names apart. Where several names differ from one in that word,
// they join only if each is a variant of the earliest ("North Zorbia",
// "South Zorbia" and "Sout Zorbia" stay apart: names a whole word apart
// are two). The later names' groups join the earliest's; none where the
// article would make more than maxSlips such joins.
func joinSpellingVariants(groups [][]*mention) [][]*mention {
	type slot struct {
		typ  newsner.EntityType
		k    int    // the word left out
		rest string // the name's other words
	}
	slotOf := func(typ newsner.EntityType, w []string, k int) slot {
		return slot{typ, k, strings.Join(w[:k], " ") + "\x00" + strings.Join(w[k+1:], " ")}
	}
	names := make([][]string, len(groups))
	bySlot := map[slot][]int{}
	for i, g := range groups {
		t := g[0].typ
		if t != newsner.Organization && t != newsner.Location && t != newsner.Person {
			continue
		}
		m := g[0]
		if t == newsner.Person {
			m = fullestMention(g) // "Philip Oreopoulos" of a group that opens with "Oreopoulos"
		}
		w := spellingWords(m.words)
		if len(w) < 2 || len(w) > maxSpellingWords {
			continue
		}
		names[i] = w
		for k := range w {
			if t == newsner.Person && k != len(w)-1 {
				continue // a person's surname alone (personSlip)
			}
			s := slotOf(t, w, k)
			bySlot[s] = append(bySlot[s], i)
		}
	}
	var slips [][2]int // a variant's group and the earliest's
	for a, w := range names {
		for k := range w {
			is := bySlot[slotOf(groups[a][0].typ, w, k)]
			if len(is) < 2 || is[0] != a || !allSpellingVariants(groups, names, is, k) {
				continue // each slot once, from its earliest name
			}
			for _, b := range is[1:] {
				slips = append(slips, [2]int{b, a})
			}
			if len(slips) > maxSlips {
				return groups
			}
		}
	}
	return joinSlips(groups, slips)
}

// spellingWords returns a name's words with a possessive that is a token
// of its own put back on the word before it ("people 's" gives
// "people's"), a curly apostrophe made straight.
func spellingWords(words []string) []string {
	var out []string
	for _, w := range words {
		w = strings.ReplaceAll(w, "\u2019", "'")
		if isPossessive(w) && out != nil {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// allSpellingVariants reports whether the names of groups is (the
// earliest first), the same but for word k, each have there a spelling
// variant of the earliest's word, and no two of them are keyed apart by
// the lists.
func allSpellingVariants(groups [][]*mention, names [][]string, is []int, k int) bool {
	typ := groups[is[0]][0].typ
	key := groupListKey(typ, groupForms(groups[is[0]]))
	for _, b := range is[1:] {
		x, y := names[is[0]][k], names[b][k]
		if typ == newsner.Person && !personSlip(x, y) || typ != newsner.Person && !spellingVariant(x, y) {
			return false
		}
		kb := groupListKey(typ, groupForms(groups[b]))
		if kb != "" && key != "" && kb != key {
			return false
		}
		if key == "" {
			key = kb
		}
	}
	return true
}

// personSlip reports whether x and y, the surnames of two people's full
// names whose other words are the same ("Philip Oreopoulos", "Philip
// Oreopoulous"), are one surname with a typing slip (letterSlip) of five
// letters or more: one person the writer spelled two ways. Not an ending
// or a plural's "s" ("Adam" and "Adams" are two surnames), nor a letter
// changed ("Smith" and "Smyth").
func personSlip(x, y string) bool {
	if utf8.RuneCountInString(x) < 5 || utf8.RuneCountInString(y) < 5 || x == y+"s" || y == x+"s" {
		return false
	}
	return letterSlip(x, y)
}

// maxSpellingWords bounds the names joinSpellingVariants compares: each
// is indexed once per word.
const maxSpellingWords = 8

// spellingVariant reports whether x and y, two different lower-case
// words of four letters or more, are one word misspelt (letterSlip),
// inflected (one stem with "s", "er", "ers" or "ing": "teacher",
// "teachers", "teaching") or with its possessive dropped ("people's" or
// "teachers'" beside "people" or "teachers").
func spellingVariant(x, y string) bool {
	bx, px := cutPossessive(x)
	by, py := cutPossessive(y)
	if px != py {
		return bx == by && len(bx) >= 4 && isLetters(bx)
	}
	if bx == by || !isLetters(bx) || !isLetters(by) {
		return false
	}
	if letterSlip(bx, by) {
		return true
	}
	sx, sy := wordStem(bx), wordStem(by)
	return len(sx) >= 4 && sx == sy
}

// cutPossessive returns w without a possessive's "'s" or "'" at its end
// ("people's", "teachers'"), and whether it had one.
func cutPossessive(w string) (string, bool) {
	if b, ok := strings.CutSuffix(w, "'s"); ok {
		return b, true
	}
	return strings.CutSuffix(w, "'")
}

// letterSlip reports whether x and y, two different words of four letters
// or more, are one word with a typing slip: two neighbouring letters
// swapped ("untied", "united") or a letter more or left out ("vetrinary",
// "veterinary").
func letterSlip(x, y string) bool {
	if x == y || len(x) < 4 || len(y) < 4 || !isLetters(x) || !isLetters(y) {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	switch len(y) - len(x) {
	case 0:
		i := 0
		for i < len(x) && x[i] == y[i] {
			i++
		}
		return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && x[i+2:] == y[i+2:]
	case 1:
		return oneLetterMore(x, y)
	}
	return false
}

// wordStem returns w without one ending of "ers", "er", "ing" or "s".
func wordStem(w string) string {
	for _, e := range []string{"ers", "ing", "er", "s"} {
		if s, ok := strings.CutSuffix(w, e); ok {
			return s
		}
	}
	return w
}

// joinMisspeltSurnames joins a name written as one word of five to 30
// letters, the same at every mention, that no list knows, to the one
// person of the article whose surname (of five letters or more) it
// misspells by a letter slip (letterSlip: "Bieker" of "Sven Beiker",
// "Pagnao" of "Chuck Pagano", "Water" of "Kathryn Waters"): a typing slip
// the tagger reads as another thing, an organization or a place (issue
// 11: a BBC page of 2012, "says Bieker", an NFL blog's "Pagnao's pregame
// pep talk", GUM's report of a Warhol exhibit; each a variant reported
// apart with the wrong type). Not a plural's "s" ("the Romneys", the
// family), nor a word two people's surnames give; none where the article
// would make more than maxSlips such joins.
func joinMisspeltSurnames(groups [][]*mention) [][]*mention {
	var surnames map[string]int  // a person's surname, lower case -> the group, -1 where two share it
	var near map[string][]string // slipKeys -> the surnames that give it
	var slips [][2]int           // the slip's group and its person's
	for i, g := range groups {
		w, ok := oneWordForm(g)
		if n := utf8.RuneCountInString(w); !ok || n < 5 || n > 30 {
			continue
		}
		if surnames == nil {
			surnames = surnameGroups(groups)
			near = surnameSlipKeys(surnames)
		}
		if _, own := surnames[w]; own {
			continue
		}
		person := slipPerson(w, surnames, near)
		if person >= 0 && person != i {
			slips = append(slips, [2]int{i, person})
			if len(slips) > maxSlips {
				return groups
			}
		}
	}
	return joinSlips(groups, slips)
}

// maxNearSurnames bounds the surnames a slip key keeps: a key more share
// is a page of names of a pattern, and a word that gives it joins none.
const maxNearSurnames = 4

// slipPerson returns the one person whose surname w is a letter slip of
// (letterSlip), not the surname's plural; -1 if none or several.
func slipPerson(w string, surnames map[string]int, near map[string][]string) int {
	person := -1
	for _, k := range slipKeys(w) {
		ss := near[k]
		if len(ss) > maxNearSurnames {
			return -1
		}
		for _, s := range ss {
			if !letterSlip(w, s) || w == s+"s" {
				continue // "the Romneys", the family of "Mitt Romney"
			}
			j := surnames[s]
			if j < 0 || person >= 0 && person != j {
				return -1
			}
			person = j
		}
	}
	return person
}

// slipKeys returns w and the words w gives with one letter left out: two
// words a letter slip apart share one ("untied" and "united" give
// "unied", "veterinary" gives "vetrinary").
func slipKeys(w string) []string {
	r := []rune(w)
	out := make([]string, 0, len(r)+1)
	out = append(out, w)
	for k := range r {
		out = append(out, string(r[:k])+string(r[k+1:]))
	}
	return out
}

// surnameSlipKeys maps each slip key (slipKeys) of the surnames of five
// letters or more to the surnames that give it, each once; past
// maxNearSurnames it keeps one more, to say a key is crowded.
func surnameSlipKeys(surnames map[string]int) map[string][]string {
	out := map[string][]string{}
	for s := range surnames {
		if utf8.RuneCountInString(s) < 5 {
			continue
		}
		for _, k := range slipKeys(s) {
			ss := out[k]
			if len(ss) > maxNearSurnames || len(ss) > 0 && ss[len(ss)-1] == s {
				continue // crowded, or s's letter doubled ("maurer" gives "mauer" twice)
			}
			out[k] = append(ss, s)
		}
	}
	return out
}

// oneWordForm returns the lower-case word a group's every mention is, if
// it is one capitalized word of letters, of a type the tagger gives names,
// that no list knows as anything and no place is.
func oneWordForm(g []*mention) (string, bool) {
	if !g[0].typ.Valid() {
		return "", false
	}
	w := ""
	for _, m := range g {
		if len(m.words) != 1 || !startsUpper(m.m.Text) || !hasLower(m.m.Text) || w != "" && m.words[0] != w {
			return "", false
		}
		w = m.words[0]
	}
	if !isLetters(w) || knownPlace(g[0].m.Text) {
		return "", false
	}
	for _, t := range []newsner.EntityType{newsner.Person, newsner.Location, newsner.Organization} {
		if keyListKey(g[0].m.Text, t) != "" {
			return "", false
		}
	}
	return w, true
}

// surnameGroups maps the last words of the article's people's names of
// two words or more, lower case, to their groups; -1 where two people
// share one.
func surnameGroups(groups [][]*mention) map[string]int {
	out := map[string]int{}
	for j, h := range groups {
		if h[0].typ != newsner.Person {
			continue
		}
		for _, m := range h {
			if len(m.words) < 2 {
				continue
			}
			s := m.words[len(m.words)-1]
			if k, seen := out[s]; seen && k != j {
				out[s] = -1
				continue
			}
			out[s] = j
		}
	}
	return out
}

// oneLetterMore reports whether y is x with one letter more somewhere
// ("mohamed", "mohammed").
func oneLetterMore(x, y string) bool {
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	return x[i:] == y[i+1:]
}

// joinSpacedNames joins an organization or place the article writes both
// as one word in camel case and as its parts apart ("CloverWorks" and
// "Clover Works", "PlayStation" and "Play Station"): one thing whose
// name the writer spaced two ways, as a slip is. The camel form has a
// capital right after a lower-case letter; the spaced form is two to four
// capitalized words of letters that give the camel form once put
// together. Not names of two types ("BlackRock" the firm, "Black Rock"
// the place), nor two the lists key apart. The later group joins the
// earliest's; none where the article would make more than maxSlips such
// joins.
func joinSpacedNames(groups [][]*mention) [][]*mention {
	camels := map[typedWord]int{} // a type and a camel-case form -> its first group
	for i, g := range groups {
		if t := g[0].typ; t == newsner.Organization || t == newsner.Location {
			for _, m := range g {
				if innerCapital(m.m.Text) {
					if _, ok := camels[typedWord{t, m.m.Text}]; !ok {
						camels[typedWord{t, m.m.Text}] = i
					}
				}
			}
		}
	}
	if len(camels) == 0 {
		return groups
	}
	var slips [][2]int
	for i, g := range groups {
		for _, m := range g {
			glued, ok := spacedParts(m.m.Text)
			if !ok {
				continue
			}
			j, ok := camels[typedWord{g[0].typ, glued}]
			if !ok || j == i {
				continue
			}
			k1, k2 := groupListKey(g[0].typ, groupForms(g)), groupListKey(g[0].typ, groupForms(groups[j]))
			if k1 != "" && k2 != "" && k1 != k2 {
				continue
			}
			a, b := min(i, j), max(i, j)
			slips = append(slips, [2]int{b, a})
			if len(slips) > maxSlips {
				return groups
			}
			break
		}
	}
	return joinSlips(groups, slips)
}

// innerCapital reports whether w is one word of letters with a capital
// right after a lower-case letter ("CloverWorks", "PlayStation").
func innerCapital(w string) bool {
	if !isLetters(w) {
		return false
	}
	prev := false
	for _, r := range w {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = unicode.IsLower(r)
	}
	return false
}

// spacedParts returns name, two to four capitalized words of letters
// joined by single spaces ("Clover Works"), with its spaces taken out
// ("CloverWorks"), and whether it is such a name.
func spacedParts(name string) (string, bool) {
	words := strings.Split(name, " ")
	if len(words) < 2 || len(words) > 4 {
		return "", false
	}
	for _, w := range words {
		if !startsUpper(w) || !isLetters(w) {
			return "", false
		}
	}
	return strings.Join(words, ""), true
}

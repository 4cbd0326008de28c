package ner

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// bodyAcronyms returns the acronyms, of three letters or more, an
// article's body may go by besides acronymsOf's: those of its name without
// the country's adjective it opens with (demonymBodyAcronyms), those
// without the "State" after a state's name (stateBodyAcronyms), and those
// with its linking words skipped where a headline's title case gives them
// capitals (titleCaseAcronyms). The article's own body wins over a name
// list: "NDP" beside "Kenyan National Democratic Party" is that party, not
// parties.tsv's Canadian one, and the group's key is its full name's
// (fullListKey keys no group whose fullest name is unlisted).
func bodyAcronyms(full string) []string {
	var out []string
	for _, a := range slices.Concat(demonymBodyAcronyms(full), stateBodyAcronyms(full), titleCaseAcronyms(full)) {
		if utf8.RuneCountInString(a) >= 3 && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// demonymBodyAcronyms returns the acronyms (acronymsOf) of a body's name
// without the country's adjective it opens with: "NDP" of "Kenyan National
// Democratic Party". The rest must be two words or more (no "FA" of "the
// German Football Association", bodyAcronyms wanting three letters too);
// an acronym that takes the adjective's letter as well ("CCP" of "Chinese
// Communist Party") is acronymsOf's.
func demonymBodyAcronyms(full string) []string {
	fields := strings.Fields(full)
	if len(fields) < 3 || !isDemonym(fields[0]) {
		return nil
	}
	return acronymsOf(strings.Join(fields[1:], " "))
}

// stateBodyAcronyms returns the initials of a body's name of four words
// or more without the "State" inside it after a state's name: "NYAG" of
// "New York State Attorney General" (acronymsOf would give "NYSAG").
func stateBodyAcronyms(full string) []string {
	fields := strings.Fields(full)
	k := slices.Index(fields, "State")
	if len(fields) < 4 || k < 1 || k == len(fields)-1 {
		return nil
	}
	return acronymsOf(strings.Join(slices.Delete(fields, k, k+1), " "))[:1]
}

// titleCaseLinks are the linking words an acronym skips, which a
// headline's title case writes with a capital.
var titleCaseLinks = setOf(`of for on and the in to at`)

// titleCaseAcronyms returns the initials of a name of three words or more
// whose linking words have capitals, those words skipped: "CAS" of "Court
// Of Arbitration For Sport" (acronymsOf would give "COAFS"). A name
// without such a word gives none.
func titleCaseAcronyms(full string) []string {
	fields := strings.Fields(full)
	if len(fields) < 3 {
		return nil
	}
	var ini []rune
	skipped := false
	for k, w := range fields {
		if k > 0 && titleCaseLinks[strings.ToLower(w)] {
			skipped = skipped || startsUpper(w)
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if startsUpper(w) {
			ini = append(ini, r)
		}
	}
	if !skipped {
		return nil
	}
	return []string{string(ini)}
}

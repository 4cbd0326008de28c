package ner

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// demonymBodyAcronyms returns the acronyms (acronymsOf) of a body's name
// without the country's adjective it opens with, those of three letters
// or more: "NDP" of "Kenyan National Democratic Party", which a name list
// gives to another country's party (Canada's New Democratic Party). The
// article's own body wins over the list: its acronym joins it, and the
// group's key is its full name's (fullListKey keys no group whose fullest
// name is unlisted). The rest must be two words or more (no "FA" of "the
// German Football Association"); an acronym that takes the adjective's
// letter too ("CCP" of "Chinese Communist Party") is acronymsOf's.
func demonymBodyAcronyms(full string) []string {
	fields := strings.Fields(full)
	if len(fields) < 3 || !isDemonym(fields[0]) {
		return nil
	}
	var out []string
	for _, a := range acronymsOf(strings.Join(fields[1:], " ")) {
		if utf8.RuneCountInString(a) >= 3 && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

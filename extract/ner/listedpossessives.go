package ner

import (
	"strings"
	"sync"
)

// The lists' organizations whose name ends in "'s" ("Byju's", "Trader
// Joe's", "McDonald's"), read as possessiveNames' curated names are: the
// "'s" stays on the name, not cut off it as a person's possessive.

// listedPossessiveNames holds the lower-cased words before the "'s" (as
// lowerKeyEnds writes them) of the forms of the hand-made lists'
// organizations (orgLists less generatedOrgLists) that end in "'s":
// "byju" of orgs.tsv's "Byju's", which the tagger cut to "Byju" at a
// sentence's start ("Byju's said on Tuesday ..."; nlists8's probe of
// names of the 2020s). Names of one word only: CoNLL-2003 leaves the "'s"
// out of "Standard & Poor's index" (eng.testa), and possessiveNames holds
// the longer ones it keeps ("trader joe"). Not a word that the gazetteer
// knows as a first name or a surname, as possessiveNames leaves out "Kohl"
// and "Wendy": there the possessive is as often a person's.
var listedPossessiveNames = sync.OnceValue(func() map[string]bool {
	nameIndex()
	gz, _ := sharedGazetteer()
	const person = 1<<gzFirstName | 1<<gzSurname
	out := map[string]bool{}
	for _, key := range orgListIdx {
		if _, generated := listedOnlyForms[key]; generated {
			continue
		}
		for _, form := range namesForms[key] {
			ws := splitWords(form)
			if len(ws) < 2 || !possessiveS(ws[len(ws)-1]) {
				continue
			}
			if len(ws) != 2 || gz == nil || gz.phrases[ws[0]]&person != 0 {
				continue
			}
			out[strings.ToLower(ws[0])] = true
		}
	}
	return out
})

// knownPossessive reports whether key, the lower-cased words of a name
// before its "'s" (lowerKeyEnds'), is an organization's or a place's
// name that ends in "'s": possessiveNames' or listedPossessiveNames'.
func knownPossessive(key string) bool {
	return possessiveNames[key] || listedPossessiveNames()[key]
}

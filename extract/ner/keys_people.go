package ner

import (
	"github.com/newsner/newsner"
)

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

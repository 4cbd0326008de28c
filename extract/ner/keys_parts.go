package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// listedPartKey returns the key and name of the listed organization an
// organization's entity is, where its fullest name full (keyed k by its
// name: no list gives it) holds, as its first or last words, the forms
// of its other mentions (g) that the lists key as one organization, and
// those forms make most of its mentions: "Amazon" beside "Amazon Music
// Unlimited" (a product), "NFL" beside "CBS Sports NFL" (a span run on
// from "CBS Sports NFL Insider").
// The short-form joins took the listed company into the longer name, and
// the longer, rarer name made the key, so the company's key differed from
// every article that names it alone. A listed form that is a place's name
// is no such part ("Chicago" of "Chicago Fire", a club by its town), nor
// one whose mentions are half or fewer ("Apple" of "Apple Daily", named
// "Apple Daily" throughout; "Amazon" and "Amazon.com" beside "Amazon Labor
// Union" and its "ALU" twice, a union and the company joined, which
// stays the union's). "", "" otherwise.
func listedPartKey(typ newsner.EntityType, full, k string, g []*mention) (string, string) {
	if typ != newsner.Organization || k != nameKey(typ, full) {
		return "", ""
	}
	forms := groupForms(g)
	lk := groupListKey(typ, forms)
	if lk == "" || lk == k {
		return "", ""
	}
	whole := " " + normName(full) + " "
	var listed []string
	for _, f := range forms {
		if keyListKey(f, typ) != lk && keyListKey(withoutSuffixes(f, typ), typ) != lk {
			continue
		}
		nf := normName(f)
		if isPlaceName(f) || nf == "" || !strings.HasPrefix(whole, " "+nf+" ") && !strings.HasSuffix(whole, " "+nf+" ") {
			return "", ""
		}
		listed = append(listed, f)
	}
	if len(listed) == 0 || 2*len(listed) <= len(forms) {
		return "", ""
	}
	return lk, fullestForm(listed)
}

package ner

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsner/newsner"
)

// The forms keys are made from (nameKey): two ways of writing one name
// give one key, across articles, and one entity in an article (the
// entities of one type and key join in buildEntities).

// keyForm returns n, a name normalised (normName), as its key writes it:
// a government body's head word last (headLast) and hyphens between
// letters as spaces (foldHyphens).
func keyForm(n string, typ newsner.EntityType) string {
	return foldHyphens(headLast(n, typ))
}

// remitHeads are the heads of government bodies news writes both before
// and after their remit: "the Ministry of Defence" and "the Defence
// Ministry", "the Department of Energy" and "the Energy Department".
var remitHeads = setOf(`ministry department`)

// headLast returns an organization's normalised name written "<head> of
// [the] <remit>" (remitHeads) as "<remit> <head>" ("ministry of the
// interior" -> "interior ministry"), the form the other way of writing it
// has; other names as they are. A name with its own "of" after the remit
// ("department of health of ruritania") is left as it is: which part
// is the remit is not clear.
func headLast(n string, typ newsner.EntityType) string {
	if typ != newsner.Organization {
		return n
	}
	fs := strings.Fields(n)
	if len(fs) < 3 || !remitHeads[fs[0]] || fs[1] != "of" {
		return n
	}
	rest := fs[2:]
	if rest[0] == "the" {
		rest = rest[1:]
	}
	if len(rest) == 0 || len(rest) > 5 || slices.Contains(rest, "of") {
		return n
	}
	return strings.Join(rest, " ") + " " + fs[0]
}

// foldHyphens returns s with each hyphen between two letters a space:
// "Jean-Luc Moravec" and "Jean Luc Moravec", "Hewlett-Packard" and
// "Hewlett Packard" are written both ways, by outlet and by page.
func foldHyphens(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '-' && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
			rs[i] = ' '
		}
	}
	return string(rs)
}

// tradeWords are the words of a company's trade a company's name may end
// in, which news writes or leaves out: "Samsung Electronics" and
// "Samsung", "Verizon Wireless" and "Verizon".
var tradeWords = setOf(`electronics wireless communications`)

// tradeWordKey returns the list key of the company an organization's name
// gives without its legal suffixes (withoutSuffixes) and then without a
// last trade word (tradeWords), where the lists name the company by the
// rest ("Samsung Electronics Co." is the listed Samsung), so the articles
// that name it either way agree. A name the lists give whole keeps its
// own key (fullListKey), and a rest no list names gives none: "Quelby
// Electronics" is not some "Quelby". "" if none.
func tradeWordKey(name string, typ newsner.EntityType) string {
	if typ != newsner.Organization {
		return ""
	}
	n := withoutSuffixes(name, typ)
	if keyListKey(n, typ) != "" {
		return ""
	}
	fs := strings.Fields(n)
	if len(fs) < 2 || !tradeWords[strings.ToLower(fs[len(fs)-1])] {
		return ""
	}
	return keyListKey(strings.Join(fs[:len(fs)-1], " "), typ)
}

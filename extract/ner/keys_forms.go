package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// The forms keys are made from (nameKey): two ways of writing one name
// give one key, across articles, and one entity in an article (the
// entities of one type and key join in buildEntities).

// keyForm returns n, a name normalised (normName), as its key writes it:
// a government body's head word last (headLast), a person's leading
// initials glued (gluedInitials) and given name in one form
// (givenNameForm), hyphens between letters as spaces (foldHyphens), and
// an ampersand between words as "and" (ampersandsAsAnd).
func keyForm(n string, typ newsner.EntityType) string {
	return ampersandsAsAnd(foldHyphens(headLast(givenNameForm(gluedInitials(n, typ), typ), typ)))
}

// ampersandsAsAnd returns n, a name normalised, with each "&" that stands
// as a word of its own as "and": "Shleppers Moving & Storage" and
// "Shleppers Moving and Storage" are one firm, which a page writes both
// ways (a firm's logo and its text). An "&" inside a word ("AT&T",
// "S&P") is part of that word and stays.
func ampersandsAsAnd(n string) string {
	return strings.ReplaceAll(n, " & ", " and ")
}

// gluedInitials returns n, a person's name normalised, with the initials
// it starts with, two or more before a name, as one word: "C. S. Lewis"
// (normalised "c s lewis") is "cs lewis", as "C.S. Lewis" is, which news
// writes both ways, by outlet and by page. Other names as they are.
func gluedInitials(n string, typ newsner.EntityType) string {
	if typ != newsner.Person {
		return n
	}
	ws := strings.Fields(n)
	k := 0
	for k < len(ws) && utf8.RuneCountInString(ws[k]) == 1 && unicode.IsLetter([]rune(ws[k])[0]) {
		k++
	}
	if k < 2 || k == len(ws) {
		return n
	}
	return strings.Join(ws[:k], "") + " " + strings.Join(ws[k:], " ")
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
	if len(fs) < 2 {
		return ""
	}
	last := fs[len(fs)-1]
	maker := lowered(makerWords, last)
	if !maker && !lowered(tradeWords, last) {
		return ""
	}
	rest := strings.Join(fs[:len(fs)-1], " ")
	k := keyListKey(rest, typ)
	if maker && !plainListedCompany(k, normName(rest)) {
		return "" // "Mitsubishi Motor" is not the trading house
	}
	return k
}

// makerWords are the words a carmaker's or a technology firm's name ends
// in that news writes or leaves out ("Honda Motor Co" and "Honda",
// "Rivian Automotive" and "Rivian", "Uber Technologies" and "Uber",
// "Spotify Technology SA" and "Spotify"), but that another company of the
// same first word may not have: Yamaha Motor is not the Yamaha
// Corporation of pianos, Phoenix Motor not the Phoenix Group. So a name in
// one of them is the company the lists name by the rest only where the
// lists name that company by the rest alone (plainListedCompany).
var makerWords = setOf(`motor automotive technology technologies`)

// plainListedCompany reports whether the lists give the thing keyed k
// (an organization's key) only the form n, a normalised name: no longer
// form of the lists ("Yamaha Corporation") says it is a company of its
// own, apart from the one with a maker's word (makerWords).
func plainListedCompany(k, n string) bool {
	forms := namesForms[k]
	if len(forms) == 0 || !strings.HasPrefix(k, "name:org:") {
		return false
	}
	for _, f := range forms {
		if normName(f) != n {
			return false
		}
	}
	return true
}

// makerKey returns the key of the company a list's key names with a
// maker's word after its name ("name:org:honda motor" of the listed
// "Honda Motor CO LTD"), where the lists name that company by the rest
// alone (plainListedCompany: "name:org:honda"), so "Honda Motor" and
// "Honda" join in an article and key alike across articles; other keys
// as they are.
func makerKey(key string) string {
	rest, ok := strings.CutPrefix(key, "name:org:")
	if !ok {
		return key
	}
	i := strings.LastIndexByte(rest, ' ')
	if i < 0 || !makerWords[rest[i+1:]] {
		return key
	}
	if short := "name:org:" + rest[:i]; plainListedCompany(short, rest[:i]) {
		return short
	}
	return key
}

// givenNameForms maps given names to the one form person keys write them
// in: the spellings of one name that English news writes by outlet
// ("Mohamed Morsi", "Mohammed Morsi"), and the short forms of a given
// name a person goes by in some articles and not in others ("Andy" and
// "Andrew").
var givenNameForms = map[string]string{
	"mohammed": "muhammad", "mohamed": "muhammad", "mohammad": "muhammad", "muhammed": "muhammad", "mohamad": "muhammad",
	"andy": "andrew", "bill": "william", "bob": "robert", "rob": "robert", "mike": "michael", "jim": "james",
	"tom": "thomas", "joe": "joseph", "dave": "david", "tony": "anthony", "matt": "matthew", "nick": "nicholas",
	"dan": "daniel", "tim": "timothy",
}

// givenNameForm returns n, a person's name normalised, with its first
// word in the form givenNameForms gives it, so that articles spelling the
// given name otherwise key the person alike; a name of one word (a
// surname, or a given name alone) as it is.
func givenNameForm(n string, typ newsner.EntityType) string {
	if typ != newsner.Person {
		return n
	}
	first, rest, ok := strings.Cut(n, " ")
	if f, listed := givenNameForms[first]; ok && listed {
		return f + " " + rest
	}
	return n
}

// listKeyForm returns a list's key for an organization without the "&"
// or "and" its generated short name was left ending in, and the legal
// suffixes before that (legalSuffixes): names/gen.sh cut "Merck & Co."
// and "Wells Fargo & Company" to "Merck &" and "Wells Fargo &", so the
// articles writing the legal name keyed the company "name:org:merck &"
// and those writing "Merck" (no list's name: nameKey) "name:org:merck";
// "Carnival Corporation & plc" is "name:org:carnival", as "Carnival Corp"
// is. Other keys as they are.
func listKeyForm(key string) string {
	rest, ok := strings.CutPrefix(key, "name:org:")
	if !ok {
		return key
	}
	fs := strings.Fields(rest)
	n := len(fs)
	if n < 2 || fs[n-1] != "&" && fs[n-1] != "and" {
		return key
	}
	for n > 1 && (fs[n-1] == "&" || fs[n-1] == "and" || legalSuffixes[fs[n-1]]) {
		n--
	}
	return "name:org:" + strings.Join(fs[:n], " ")
}

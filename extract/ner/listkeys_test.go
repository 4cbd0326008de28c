package ner

import (
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/newsner/newsner"
)

// listKeysApart are pairs of keys of the organization lists whose forms
// look like one thing's but name two companies: Australia's Woolworths
// Group and South Africa's Woolworths Holdings; the US gas producer EQT
// Corporation and Sweden's EQT AB; the US perfumer Inter Parfums, Inc. and
// its French arm Interparfums SA.
var listKeysApart = map[[2]string]bool{
	{"name:org:woolworths", "name:org:woolworths holdings"}: true,
	{"name:org:eqt", "name:org:eqt ab"}:                     true,
	{"name:org:inter parfums", "name:org:interparfums"}:     true,
}

// groupWords are the words for "group" of the languages companies are
// registered in ("ING Groep"), which end a company's name as its legal
// form does.
var groupWords = setOf(`groep gruppe groupe grupo gruppo`)

// bareCompanyName returns a normalised name without the legal forms and
// groupWords it ends in ("ing groep nv" -> "ing"; "solvay s a" ->
// "solvay"), as long as a word is left.
func bareCompanyName(n string) string {
	fs := strings.Fields(strings.ReplaceAll(n, ",", " "))
	for len(fs) > 1 {
		last := fs[len(fs)-1]
		switch {
		case legalSuffixes[last] || groupWords[last] || last == "&" || last == "and":
			fs = fs[:len(fs)-1]
		case len(fs) > 2 && len(last) == 1 && len(fs[len(fs)-2]) == 1 && legalSuffixes[fs[len(fs)-2]+last]:
			fs = fs[:len(fs)-2] // "s a", "n v"
		default:
			return strings.Join(fs, " ")
		}
	}
	return strings.Join(fs, " ")
}

// runTogether returns a normalised name without its spaces and hyphens
// ("sirius xm" and "siriusxm", "coca cola" and "coca-cola" are one).
func runTogether(n string) string {
	return strings.NewReplacer(" ", "", "-", "").Replace(n)
}

// initialsForms returns a normalised name with its first two to four
// words or hyphen-joined parts written as their initials ("anheuser-busch
// inbev" -> "ab inbev"), the rest as it is, as long as the rest has a word
// the training corpora never write in lower case: "cps technologies" is
// not Check Point Software Technologies.
func initialsForms(n string) []string {
	parts := strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' })
	var out []string
	for k := 2; k <= 4 && k < len(parts); k++ {
		rare := false
		for _, p := range parts[k:] {
			if _, ok := corpusCase()[p]; !ok && isLetters(p) {
				rare = true
			}
		}
		if !rare {
			continue
		}
		var b strings.Builder
		ok := true
		for _, p := range parts[:k] {
			r := []rune(p)
			if !unicode.IsLetter(r[0]) {
				ok = false
				break
			}
			b.WriteRune(r[0])
		}
		if ok {
			out = append(out, b.String()+" "+strings.Join(parts[k:], " "))
		}
	}
	return out
}

// TestListKeysOneForAThing checks that the organization lists give one
// thing one key (issue 11): no row's form, that form without its legal form
// ("ING Groep NV" and "Equinor ASA" against companies.tsv's ING and
// orgs.tsv's Equinor), run together ("Sirius XM", "SiriusXM") or with its
// first words written as their initials ("AB InBev", "Anheuser-Busch
// InBev") is another row's form under another key. Two keys for one
// thing split its articles' entities, and a form two keys share gives
// none. Football clubs, teams and sides are left out: a club's "Bayer" or
// "NEC" is not the company.
func TestListKeysOneForAThing(t *testing.T) {
	type where struct{ key, at string }
	forms := map[string][]where{}    // normalised and run-together forms
	initials := map[string][]where{} // initialsForms of the forms
	type row struct {
		file, key string
		forms     []string
	}
	var rows []row
	files, err := namesFS.ReadDir("names")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := f.Name()
		if !strings.HasSuffix(name, ".tsv") || name == mediaWordList || name == "clubs.tsv" || name == "teams.tsv" || name == "sides.tsv" {
			continue
		}
		data, err := namesFS.ReadFile("names/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			fs := strings.Split(l, "\t")
			if l == "" || l[0] == '#' || len(fs) < 3 || fs[1] != string(newsner.Organization) {
				continue
			}
			r := row{name, listKeyForm(fs[0]), fs[2:]}
			rows = append(rows, r)
			for _, form := range r.forms {
				n := normName(form)
				w := where{r.key, name + " " + form}
				forms[n] = append(forms[n], w)
				if rt := runTogether(n); rt != n {
					forms[rt] = append(forms[rt], w)
				}
				for _, i := range initialsForms(bareCompanyName(n)) {
					initials[i] = append(initials[i], w)
				}
			}
		}
	}
	split := map[[2]string]string{}
	for _, r := range rows {
		for _, form := range r.forms {
			n := normName(form)
			bare := bareCompanyName(n)
			var others []where
			for _, v := range []string{n, bare, runTogether(bare)} {
				others = append(others, forms[v]...)
			}
			if strings.Contains(form, " ") && isAcronym(strings.Fields(form)[0]) {
				others = append(others, initials[bare]...)
			}
			for _, o := range others {
				pair := [2]string{r.key, o.key}
				if pair[0] > pair[1] {
					pair[0], pair[1] = pair[1], pair[0]
				}
				if o.key != r.key && !listKeysApart[pair] && split[pair] == "" {
					split[pair] = r.file + " " + form + " | " + o.at
				}
			}
		}
	}
	var msgs []string
	for p, at := range split {
		msgs = append(msgs, p[0]+" and "+p[1]+": "+at)
	}
	sort.Strings(msgs)
	if len(msgs) > 0 {
		t.Errorf("%d pairs of keys name one thing:\n%s", len(msgs), strings.Join(msgs, "\n"))
	}
}

// TestOneKeyAcrossListForms: the forms TestListKeysOneForAThing found
// under two keys key alike ("AB InBev" was companies.tsv's, "Anheuser-Busch
// InBev" listed.tsv's; "HP" orgs.tsv's Hewlett-Packard and companies.tsv's
// HP Inc., so no list's).
func TestOneKeyAcrossListForms(t *testing.T) {
	sameKeys(t, newsner.Organization, "name:org:", [][2]string{{"AB InBev", "Anheuser-Busch InBev"}, {"ING", "ING Groep"},
		{"Equinor", "Equinor ASA"}, {"Sampo", "Sampo Oyj"}, {"SiriusXM", "Sirius XM"}, {"Coca-Cola", "Coca Cola Co"}, {"TSMC", "Taiwan Semiconductor Manufacturing"},
		{"HP", "HP Inc."}, {"DAZN", "DAZN Group"}, {"Kurdistan24", "Kurdistan 24"}, {"Canal+", "Canal Plus SA"}})
}

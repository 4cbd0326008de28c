package ner

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// markedListFiles are the hand-made lists of orgLists whose forms holding
// a bracket or a slash markedListForms takes: not listed.tsv, whose
// registered names carry a registry's remarks ("Dingdong (Cayman) Ltd",
// "Alight, Inc. / Delaware"), nor clubs.tsv, whose brackets give years
// ("AC Cesena (1940-2018)").
var markedListFiles = []string{"media.tsv", "groups.tsv", "orgs.tsv", "teams.tsv", "sides.tsv", "parties.tsv", "bodies.tsv"}

// markedListForms returns the forms of markedListFiles that hold a bracket
// or a slash ("Janata Dal (United)", "JD(U)", "Radio Free Europe/Radio
// Liberty", "RFE/RL"), longest first. The tokenizer cuts such a form
// where the list does not ("JD(U" and ")"), and the span rules cut a name
// at its slash or its bracket (cutSlash, cutGluedBracket), so the token
// matchers (addListedOrgSpans) never find them whole.
var markedListForms = sync.OnceValue(func() []string {
	var forms []string
	for _, file := range markedListFiles {
		listRows(file, func(fs []string) {
			for _, form := range fs[2:] {
				if strings.ContainsAny(form, "()/") {
					forms = append(forms, form)
				}
			}
		})
	}
	sort.Slice(forms, func(i, j int) bool {
		if len(forms[i]) != len(forms[j]) {
			return len(forms[i]) > len(forms[j])
		}
		return forms[i] < forms[j]
	})
	return forms
})

// addMarkedListSpans makes an organization's span of each mention of a
// listed form holding a bracket or a slash (markedListForms), found in the
// text as written, case and all, where it starts at a token's start and
// ends at a token's end, no letter or digit glued to either edge: "Janata
// Dal (United)", which the tagger read as a person and an organization
// "United", and "Radio Free Europe/Radio Liberty", cut at its slash. A
// tagged span across its edges keeps it from being one (a longer name
// holds it); the spans inside it go. A form within a longer one already
// found ("RFE/RL" of none, "Radio Free Europe" of the full name) is not
// looked for there.
func addMarkedListSpans(text string, toks []token, spans []tspan) []tspan {
	var add []tspan
	var taken []bool // tokens of the forms found, made at the first
	sorted := spansInOrder(spans)
	for _, form := range markedListForms() {
		for from := 0; ; {
			i := strings.Index(text[from:], form)
			if i < 0 {
				break
			}
			b := from + i
			from = b + len(form)
			if glued(text, b, from) {
				continue
			}
			a := sort.Search(len(toks), func(k int) bool { return int(toks[k].BStart) >= b })
			e := sort.Search(len(toks), func(k int) bool { return int(toks[k].BEnd) > from })
			if a == len(toks) || int(toks[a].BStart) != b || e == 0 || int(toks[e-1].BEnd) != from || a >= e {
				continue
			}
			if taken == nil {
				taken = make([]bool, len(toks))
			}
			if slices.Contains(taken[a:e], true) || !allInside(spans, overlapping(spans, sorted, a, e), a, e) {
				continue
			}
			for k := a; k < e; k++ {
				taken[k] = true
			}
			add = append(add, tspan{newsner.Organization, a, e})
		}
	}
	return replaceSpans(spans, add)
}

// glued reports whether a letter or a digit touches text[b:e] on either
// side.
func glued(text string, b, e int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:b]); b > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[e:])
	return e < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// markedListSpan reports whether span s is, as written, a listed form
// holding a bracket or a slash (markedListForms): the name keeps its slash
// and its brackets (no cutSlash, slashMentions nor cutGluedBracket).
func markedListSpan(text string, toks []token, s tspan) bool {
	if s.t1 <= s.t0 {
		return false
	}
	name := text[toks[s.t0].BStart:toks[s.t1-1].BEnd]
	if !strings.ContainsAny(name, "()/") {
		return false
	}
	for _, f := range markedListForms() {
		if f == name {
			return true
		}
	}
	return false
}

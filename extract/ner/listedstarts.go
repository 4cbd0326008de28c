package ner

import (
	"slices"

	"github.com/newsner/newsner"
)

// listedOrgForm reports whether tokens [a,e) spell, as written (case
// counts: "AS Roma" is a club, "As Roma won" is not), a form the lists
// give a thing and only organizations (onlyListedOrg): "Real Sociedad"
// of clubs.tsv, "Quest Diagnostics" of companies.tsv, "Baker McKenzie" of
// orgs.tsv. A name that starts with "The" is not one here: whether "The"
// is the name's is addNewspaperThe's and addLineThe's call.
func listedOrgForm(toks []token, a, e int) bool {
	if e-a < 2 || toks[a].Text == "The" {
		return false
	}
	name := joinTokens(toks[a:e])
	if !onlyListedOrg(name) {
		return false
	}
	for _, th := range byNormName(nameIndex(), name) {
		if slices.Contains(namesForms[th.key], name) {
			return true
		}
	}
	return false
}

// personWordOutside reports whether one of words, which personWord found
// a person's, is so outside tokens [a,e), where a listed organization's
// name stands: the last word of a person's span of two tokens or more
// that is no listed organization's and does not lie within [a,e), or a
// word after an honorific. The tagger's person inside the listed name is
// the name's own misreading ("Booz Allen Hamilton said": "Allen Hamilton"
// tagged a person kept addListedOrgSpans from the whole name, which came
// out a person "Allen Hamilton"); "Michael Bloomberg" elsewhere still
// keeps "Bloomberg" from the outlet's name.
func personWordOutside(toks []token, spans []tspan, words []string, a, e int) bool {
	for k := range toks {
		if afterHonorific(toks, k) && slices.Contains(words, toks[k].Text) {
			return true
		}
	}
	for _, s := range spans {
		if s.typ != newsner.Person || s.t1-s.t0 < 2 || a <= s.t0 && s.t1 <= e || !slices.Contains(words, toks[s.t1-1].Text) {
			continue
		}
		if !listedOrg(joinTokens(toks[s.t0:s.t1])) {
			return true
		}
	}
	return false
}

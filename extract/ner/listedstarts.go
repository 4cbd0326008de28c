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

// listedLeadType returns the type of the name made of the capitalized word
// at token k, which starts a sentence, and span s right after it, where the
// lists know that name only as an organization's (listedOrgForm): at a
// sentence's start the tagger reads the capital of a name's first word as
// the sentence's and leaves a common word, a trade's or a first name out
// ("Real Sociedad lost", "Quest Diagnostics said", "Old Dominion Freight
// Line said": "Sociedad", "Diagnostics" and "Dominion Freight Line" alone).
// joinSentenceLead takes it; ok is false where the lists know no such name.
func listedLeadType(toks []token, k int, s tspan) (typ newsner.EntityType, ok bool) {
	if listedOrgForm(toks, k, s.t1) {
		return newsner.Organization, true
	}
	return "", false
}

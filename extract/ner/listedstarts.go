package ner

import (
	"slices"
	"strings"

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
// keeps "Bloomberg" from the outlet's name. A listed name that starts
// with an honorific ("Dr. Reddy's Laboratories", which the tagger cut to
// a person "Reddy") gives the word after it no person's cue: the
// honorific is the name's.
func personWordOutside(toks []token, spans []tspan, words []string, a, e int) bool {
	for k := range toks {
		if k == a+1 && lowered(honorifics, toks[a].Text) {
			continue // the name's own "Dr." ("Dr. Reddy's Laboratories"): no person's title
		}
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

// openerBefore reports whether the capitalized word right before token a,
// where a listed organization's or place's name [a,e) starts
// (addListedOrgSpans, addListedPlaceSpans), is no part of a name
// but opens the clause: a sentence's first word that is an adverb, a
// preposition or a conjunction (openerTags) the training corpora usually
// write in lower case, the name followed by running text (proseAfter:
// "Later Proekt said", not a footer's "About Zorbnews"), or a
// weekday's full name or a month's (not "May") after a word in lower case
// or such a first word ("On Tuesday Proekt said", "last March Zorbcheck
// said"). The word is untagged: a tagged one before the listed name is a
// name of its own or part of it. A weekday at a sentence's start or after
// a capitalized word is left out: it may be a paper's ("Sunday
// Telegraph").
func openerBefore(text string, toks []token, spans []tspan, sorted bool, a, e int) bool {
	if a < 1 || startsSentence(text, toks, a) {
		return false
	}
	w := toks[a-1].Text
	if !isLetters(w) {
		return false
	}
	opens := false
	if startsSentence(text, toks, a-1) {
		opens = openerTags[toks[a-1].Tag] && usuallyLower(w, 20, 10) && !weekdays[w] && !lowered(months, w) && proseAfter(text, toks, e)
	} else if (fullDayNames[w] || lowered(months, w) && !strings.HasSuffix(w, ".") && len(w) > 3) && a >= 2 {
		p := toks[a-2].Text
		opens = isLetters(p) && (p == strings.ToLower(p) || startsSentence(text, toks, a-2) && usuallyLower(p, 20, 10))
	}
	return opens && len(overlapping(spans, sorted, a-1, a)) == 0
}

// proseAfter reports whether token e is a word in lower case on the line
// of token e-1: the name before it stands in running text, not in a
// menu's or a footer's line ("About Zorbnews").
func proseAfter(text string, toks []token, e int) bool {
	if lineBreakBefore(text, toks, e) {
		return false
	}
	w := toks[e].Text
	return isLetters(w) && w == strings.ToLower(w)
}

// openerTags are the part-of-speech tags of a sentence's first word that
// opens a clause: adverbs, prepositions and conjunctions, no adjective
// or noun that may be a name's first word ("Popular Science").
var openerTags = setOf(`RB RBR IN CC WRB`)

// fullDayNames are the weekdays' full names.
var fullDayNames = setOf(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

package ner

import (
	"unicode"

	"github.com/newsner/newsner"
)

// Span rules of a capitalized "The": cut off where it starts a sentence,
// taken into a newspaper's or a news outlet's name ("The Canadian
// Press"), and an organization's span split at a "the" inside it.

// sentenceEnds are the tokens that end a sentence.
var sentenceEnds = setOf(`. ! ?`)

// cutSentenceThe cuts the "The" that starts a sentence off an
// organization's span the tagger read it into ("The Justice Department
// filed", "The Federal Reserve said"): CoNLL-2003 leaves it out of every
// such name but a newspaper's (6 of 150 in eng.train and eng.testa: "The
// Washington Post", "The Times"). A newspaper's or an agency's name (a
// word of it one of theirs: "The Zorbton Daily Ledger"), or a listed one
// with its "The" ("The Canadian Press"), keeps it. Thirteenth
// pass (b). Only before a name of two words or more ("The Canaries", a
// team's nickname, keeps it in eng.train) and after a full stop, a line
// break or a wire story's dateline (datelineDash) (a headline's "The
// Health and Safety Executive" after a colon
// keeps it in btc).
func cutSentenceThe(text string, toks []token, s tspan) tspan {
	if s.typ != newsner.Organization || s.t1-s.t0 < 3 || toks[s.t0].Text != "The" || !startsSentence(text, toks, s.t0) {
		return s
	}
	if k := s.t0; !lineBreakBefore(text, toks, k) && !sentenceEnds[toks[k-1].Text] && !datelineDash(toks, k-1) {
		return s // after a colon or a quote: a headline's or a title's "The"
	}
	for _, t := range toks[s.t0+1 : s.t1] {
		if outletHeads[t.Text] || agencyHeads[t.Text] {
			return s // "The Zorbton Daily Ledger"
		}
	}
	if listedWithThe(toks, s.t0, s.t1) {
		return s
	}
	s.t0++
	return s
}

// listedWithThe reports whether tokens [t0,t1) are a listed organization's
// form that has its "The" ("The Canadian Press"), not a listed name the
// tagger read a sentence's "The" into: listedOrg leaves a "The" out of
// what it compares, so it kept "The Arab League" (orgs.tsv lists "Arab
// League") whole on a made-up Reuters-style article (world audit,
// eighteenth pass), where CoNLL-2003 leaves the "The" out.
func listedWithThe(toks []token, t0, t1 int) bool {
	for _, ws := range orgListForms()["The"] {
		if len(ws) == t1-t0 && matchWords(toks, t0, ws, nil) {
			return true
		}
	}
	return false
}

// addNewspaperThe extends a newspaper's name over a capitalized "The"
// before it ("The Sunday Telegraph quoted ...", "The Times"), which
// CoNLL-2003 counts in the name (8 times of 8 in eng.train and
// eng.testa).
func addNewspaperThe(toks []token, s tspan) tspan {
	if s.typ == newsner.Organization && s.t0 > 0 && toks[s.t0-1].Text == "The" && outletHeads[toks[s.t1-1].Text] {
		s.t0--
	}
	return s
}

// addMidSentenceThe extends an organization's name over a capitalized
// "The" before it inside a sentence (after a word in lower case or a
// comma): "told The Buffalo News", "a recent issue of The Atlantic", "by
// The Associated Press". Inside a sentence the capital says the article is
// the name's, and CoNLL-2003 marks it so (8 of 8 such cases in eng.train
// and eng.testa; at a sentence's start "The" is left out).
func addMidSentenceThe(toks []token, s tspan) tspan {
	if s.typ == newsner.Organization && midSentenceThe(toks, s.t0) {
		s.t0--
	}
	return s
}

// midSentenceThe reports whether a capitalized "The" stands right before
// token k inside a sentence: after a comma or a word in lower case.
func midSentenceThe(toks []token, k int) bool {
	if k < 2 || toks[k-1].Text != "The" {
		return false
	}
	p := toks[k-2].Text
	return p == "," || unicode.IsLower([]rune(p)[0])
}

// midThePersonAsOrg types ORGANIZATION a span tagged a person right after
// a capitalized "The" inside a sentence (after a comma or a word in lower
// case: "did not respond to The Zorbist's request", "a singer for The
// Quelbs"): inside a sentence the capital says the article is part of the
// name, and no person's name has one; an outlet's or a band's does.
// CoNLL-2003 marks no person after such a "The" (eng.train and eng.testa:
// 32 places, 26 organizations, 23 MISC, no person). addMidSentenceThe then
// takes the "The" into the name.
func midThePersonAsOrg(toks []token, s tspan) tspan {
	if s.typ == newsner.Person && midSentenceThe(toks, s.t0) {
		s.typ = newsner.Organization
	}
	return s
}

// agencyHeads end a news agency's or a site's name ("The Canadian Press",
// "The Atlantic Wire").
var agencyHeads = setOf(`Press News Wire Magazine Daily Weekly`)

// addLineThe extends a news outlet's name (a listed outlet's, or one
// ending in a newspaper's or an agency's word) over a "The" before it where the two are a
// line of their own: a page's credit line ("The Canadian Press" under a
// story's date), which writes the name whole; at a sentence's start the
// capital tells nothing. Not other organizations: CoNLL-2003's heading
// "The National Bank of Poland" leaves "The" out, and so not the listed
// parties and public bodies either (listedPublicBody: bodies.tsv lists the
// bank).
func addLineThe(text string, toks []token, s tspan) tspan {
	if s.typ != newsner.Organization || s.t0 < 1 || toks[s.t0-1].Text != "The" {
		return s
	}
	if !lineBreakBefore(text, toks, s.t0-1) || !lineBreakBefore(text, toks, s.t1) {
		return s
	}
	if w, name := toks[s.t1-1].Text, joinTokens(toks[s.t0:s.t1]); outletHeads[w] || agencyHeads[w] || listedOrg(name) && !listedPublicBody(name) {
		s.t0--
	}
	return s
}

// sentenceThe reports whether token k is "The" starting a sentence, which
// addListedOrgSpans reads as it reads "the" ("The Office of the
// Comptroller of the Currency said"; thirteenth pass), or another
// determiner capitalized only as a sentence's first word (sentenceDeterminers:
// "His Zorbia Quelb Movement party said"; world audit, eighteenth pass,
// where "His" kept a listed party's name from being found on a made-up
// Reuters-style article).
func sentenceThe(text string, toks []token, k int) bool {
	return (toks[k].Text == "The" || sentenceDeterminers[toks[k].Text]) && startsSentence(text, toks, k)
}

// sentenceDeterminers are determiners and possessive pronouns as a
// sentence's first word, no part of a name after them.
var sentenceDeterminers = setOf(`A An His Her Its Their Our This That These Those`)

// splitAtInnerThe splits an organization's span at a "the" inside it that
// follows a listed organization's whole name ("told the Associated Press
// the Justice Department had found", which the tagger runs into one
// name): the second name starts after the article, which is no part of
// either. "Bank of the West" keeps its "the" (no listed name before it).
// Thirteenth pass (b).
func splitAtInnerThe(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ == newsner.Organization {
			for k := s.t0 + 1; k+1 < s.t1; k++ {
				if toks[k].Text == "the" && startsUpper(toks[k+1].Text) && listedOrg(joinTokens(toks[s.t0:k])) {
					return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
				}
			}
		}
		return s, s, false
	})
}

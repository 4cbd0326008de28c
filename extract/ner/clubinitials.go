package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Clubs whose name carries their town's initial in brackets: a results
// list or a standings table of a league where two clubs share a name
// ("Mladost (L)", "Radnicki (N)", "Zeleznik (B)", "Rad (B)": the Yugoslav
// league's, the town's initial telling Lucani from Bajina Basta). eng.train
// (doc 259) and eng.testa (doc 131) mark the bracket part of the club's
// name, 21 times of 21 such brackets after a club (the other brackets after
// an organization, "People's Party (PP)", "New Democracy (ND)", are its
// acronym); the tagger found some whole and cut or missed the rest
// ("Zeleznik" and "Radnicki" apart from their brackets, "Rad" missed).

// townInitial reports whether w is a town's initial in a club's bracket:
// one or two capital letters, no listed place's code ("UK", "US").
func townInitial(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 1 || n > 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) || r > unicode.MaxASCII {
			return false
		}
	}
	return n == 1 || listKey(w, newsner.Location) == ""
}

// addClubTownInitialSpans makes an organization of a club's name and the
// town's initial in brackets after it on a results or standings line: a
// span of the tagger's that ends right before "( B )", or an untagged
// capitalized word there that starts its line or follows a score ("Zemun
// 1 Rad (B) 0"), where after the bracket the line ends or a number or a
// dash follows ("Zeleznik (B) 4 1 0 3", "Radnicki (N) - Spartak"). The
// letters are no initials of the name (acronymsOf: "People's Party (PP)")
// nor a place's code (townInitial).
func addClubTownInitialSpans(text string, toks []token, spans []tspan) []tspan {
	var add []tspan
	var owner []int
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Text != "(" || toks[k+2].Text != ")" || !townInitial(toks[k+1].Text) {
			continue
		}
		if e := k + 3; e < len(toks) && !lineBreakBefore(text, toks, e) && !isNumber(toks[e].Text) && toks[e].Text != "-" {
			continue
		}
		if owner == nil {
			owner = spanOwners(spans, len(toks))
		}
		t0 := -1
		if o := owner[k-1]; o >= 0 && spans[o].t1 == k && spans[o].typ.Valid() {
			t0 = spans[o].t0
		} else if o < 0 && startsUpper(toks[k-1].Text) && isLetters(toks[k-1].Text) && (lineBreakBefore(text, toks, k-1) || k > 1 && isNumber(toks[k-2].Text)) {
			t0 = k - 1
		}
		if t0 < 0 || lineBreakBefore(text, toks, k) || acronymsOf(joinTokens(toks[t0:k]))[0] == toks[k+1].Text {
			continue
		}
		add = append(add, tspan{newsner.Organization, t0, k + 3})
	}
	return replaceSpans(spans, add)
}

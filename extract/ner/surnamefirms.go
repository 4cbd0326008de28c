package ner

import "github.com/newsner/newsner"

// surnameFirms types ORGANIZATION, at every mention, a one-word name that
// is the surname of a person the article names in full (personSurnames)
// where the article calls it a company at one mention at least
// (companyCue: "cosmetics maker Puig", "Puig, a family-owned firm"), and
// marks those mentions a firm's, so that
// groupMentions keeps them apart from the person (abbreviates): a family's
// company beside a family member ("Shares of perfume maker Puig fell ...
// Chief Executive Marc Puig ... Puig has lost 30% of its value", the
// fifteenth December 2020 audit, where both "Puig" joined "Marc Puig").
// The mention the person's full name covers stays the person's, and so
// does a mention that stands where a place does. orgCue, tried as a cue
// too, read a rebel leader's surname as a group ("Brunswijk led a rebel
// group", eng.train).
func surnameFirms(ms []*mention, toks []token) {
	surnames := personSurnames(ms)
	if len(surnames) == 0 {
		return
	}
	keys := map[string]bool{}
	for _, m := range ms {
		if len(m.words) != 1 || m.typ == misc {
			continue
		}
		if _, ok := surnames[m.words[0]]; ok && companyCue(toks, m.t0, m.t1) {
			keys[m.words[0]] = true
		}
	}
	for _, m := range ms {
		if len(m.words) == 1 && keys[m.words[0]] && m.typ != misc && !(m.typ == newsner.Location && m.placeCtx) {
			m.typ, m.firm = newsner.Organization, true
		}
	}
}

package ner

import "github.com/newsner/newsner"

// Rules on a nationality's word before a state body's name of two words
// ("the Saudi Energy Ministry", "the Irish High Court"). joinDemonymBodies
// and joinMiscAndBody join such a word to a longer body's name whose head
// makes it part of the name ("Zorbian Civil Aviation Authority"); these
// keep it apart where CoNLL-2003 does.

// demonymSplitHeads end a state body's name that CoNLL-2003 marks without
// the nationality's word before it: a court's ("the Irish High Court", a
// kind the blind audit s showed), named as eng.train and eng.testa name a
// ministry after a demonym, the demonym MISC before each but one
// ("[MISC Turkish] [ORG Foreign Ministry]", "French Interior", "Brazilian
// Foreign", "Bavarian Interior", "German Foreign"; "Palestinian
// Information Ministry" 2 joined), as open audit n's gold "[M Saudi] [O
// Energy Ministry]"; no name of eng.train joins a demonym to a court.
// Not "Ministry": split too, dragnet-news-b fell by one mention
// (0.8033 -> 0.8017) and eng.train by two.
var demonymSplitHeads = setOf(`Court`)

// splitDemonymBodies splits an organization's span of three words, a
// nationality's word, a capitalized word and a head of demonymSplitHeads
// ("Irish High Court", "Indian Supreme Court"), into the nationality's
// word, MISC, and the body's name of two words, as the tagger joins them;
// a listed name stays whole.
func splitDemonymBodies(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ != newsner.Organization || s.t1-s.t0 != 3 || !isDemonym(toks[s.t0].Text) || !startsUpper(toks[s.t0+1].Text) ||
			!demonymSplitHeads[toks[s.t1-1].Text] || listedOrg(joinTokens(toks[s.t0:s.t1])) {
			return s, s, false
		}
		return tspan{misc, s.t0, s.t0 + 1}, tspan{s.typ, s.t0 + 1, s.t1}, true
	})
}

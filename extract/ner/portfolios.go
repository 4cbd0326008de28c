package ner

import "github.com/newsner/newsner"

// splitCountryPortfolios cuts the portfolio's word (portfolioWords) off a
// span that joins a country's name or its adjective to it right before
// "Minister" or "Secretary", where CoNLL-2003 marks the portfolio no name
// ("[LOC United Arab Emirates] Energy Minister", "[MISC Saudi] Oil
// Minister": 20 of 21 portfolios before "Minister" after a tagged word
// are left out in eng.train and eng.testa): the span keeps the country
// alone, a place, or the adjective, MISC. The sixteenth December 2020
// audit's "United Arab Emirates Energy" (Minister) was typed an
// organization. The ministry's form of the kind (the fourteenth audit's
// "Saudi Energy Ministry" taken whole, which eng.train splits "[MISC
// French] [ORG Interior Ministry]" 5 times of 7) was tried and dropped:
// dragnet-news-b fell.
func splitCountryPortfolios(toks []token, spans []tspan) []tspan {
	var add []tspan
	for _, s := range spans {
		if s.t1-s.t0 < 2 || s.t1 >= len(toks) || toks[s.t1].Text != "Minister" && toks[s.t1].Text != "Secretary" || !portfolioWords[toks[s.t1-1].Text] {
			continue
		}
		head := s.t1 - 1 // the portfolio's word; the name before it is the country's
		if portfolioWords[toks[head-1].Text] {
			continue
		}
		name := joinTokens(toks[s.t0:head])
		switch {
		case head-s.t0 == 1 && isDemonym(name):
			add = append(add, tspan{misc, s.t0, head})
		case iso3166Place(name):
			add = append(add, tspan{newsner.Location, s.t0, head})
		}
	}
	return replaceSpans(spans, add)
}

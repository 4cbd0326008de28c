package ner

import (
	"strings"
	"sync"

	"github.com/newsner/newsner"
)

// Places of 2020s news (names/newsplaces.tsv): towns and regions of the
// wars and crises since 2020 that the tagger, trained on 1996's news,
// reads as a person's or an organization's name or leaves untagged
// ("Khan Younis", "El Fasher", "Tigray", "Rafah"), and the spellings of
// one place that the list joins under one key ("Kyiv" and "Kiev").

// newsPlaceForms returns the forms of names/newsplaces.tsv's places by
// first token, longest first, as newsmakerForms does the people's. A form
// of one word that is a first name or a surname of the gazetteer
// ("Odessa") is left out: it is only keyed and joined.
var newsPlaceForms = sync.OnceValue(func() map[string][][]string {
	return listFormsByFirst("newsplaces.tsv", func(ws []string) bool {
		return len(ws) > 1 || !personNameWord(ws[0])
	})
})

// addListedPlaceSpans makes a place's span of each mention of a listed
// place of 2020s news (newsPlaceForms) that the tagger left untagged
// ("aid reached Rafah"), typed a person or an organization ("Khan
// Younis", "El Fasher", "Tigray") or tagged in part ("Deir" of "Deir
// al-Balah"), replacing what it tagged inside. A name counts where it
// stands alone: no tagged name across its edges, no capitalized word right
// after it ("Kyiv Post", "Donetsk People's Republic") nor right before it
// but at a sentence's start or after a word that opens the clause
// (openerBefore: "on Tuesday Khan Younis was shelled"; "Shakhtar
// Donetsk", "North Darfur"). A name a
// listed club goes by that the tagger typed an organization stays one
// ("Dnipro", "Astana"), as does any organization of a sports report,
// where a town names its team.
func addListedPlaceSpans(text string, toks []token, spans []tspan, about *topics) []tspan {
	sorted := spansInOrder(spans)
	return addListedFormSpans(toks, spans, newsPlaceForms(), newsner.Location, func(k, e int, ws []string, over []int) bool {
		if e < len(toks) && startsUpper(toks[e].Text) || k > 0 && startsUpper(toks[k-1].Text) && !startsSentence(text, toks, k) && !openerBefore(text, toks, spans, sorted, k, e) {
			return false
		}
		return !listedTeamTown(spans, over, strings.Join(ws, " "), about)
	})
}

// listedTeamTown reports whether a listed place's name name, over which
// the tagger typed an organization (spans over), may be a team's: a
// listed club's name, or any organization of a sports report.
func listedTeamTown(spans []tspan, over []int, name string, about *topics) bool {
	for _, i := range over {
		if spans[i].typ == newsner.Organization && (listKey(name, newsner.Organization) != "" || about.sportsDoc()) {
			return true
		}
	}
	return false
}

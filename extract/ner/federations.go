package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// A sport's governing body named for its sport and its country, nation or
// region ("Brazilian Football Confederation", "Zorbian Handball
// Federation", "Rugby Football Union", "Football Association of Quelbia"):
// an organization, as eng.train marks such a body 10 times of 13
// ("Zimbabwe Football Association", "Romanian Soccer Federation", "Rugby
// Football Union", "South African Hockey Association", "Football
// Association of Ireland", "Philippine Basketball Association"; MISC are
// "Brazilian Football Confederation" and "U.S. Tennis Association", a
// place "African Football Confederation"), which the tagger typed MISC as
// eng.train's one mention of the Brazilian body, the kind the blind audit
// t showed (a federation and its acronym missed; issue 11).

// federationHeads end a sport's governing body's name after the sport's
// word ("... Football Confederation").
var federationHeads = setOf(`federation association confederation union`)

// federationSports name a sport before a governing body's head
// (federationHeads); "athletic" of "Amateur Athletic Federation".
var federationSports = setOf(sportNameWords + ` athletic ski chess softball canoe equestrian taekwondo karate polo billiards`)

// sportFederationName reports whether words, a mention's, name a sport's
// governing body: a sport's word (federationSports) right before a head
// (federationHeads) that ends the name or comes before "of" and the
// country ("football association of ireland"), with a word before the
// sport's ("zorbian football federation") or a head other than "union"
// ("football association"; "rugby union" is the sport).
func sportFederationName(words []string) bool {
	for h := 1; h < len(words); h++ {
		if !federationHeads[words[h]] || !federationSports[words[h-1]] {
			continue
		}
		if h+1 < len(words) && !(words[h+1] == "of" && h+2 < len(words)) {
			continue
		}
		return h >= 2 || words[h] != "union"
	}
	return false
}

// sportFederationsAsOrganizations types ORGANIZATION a mention whose name
// is a sport's governing body's (sportFederationName), whatever the tagger
// typed it.
func sportFederationsAsOrganizations(ms []*mention) {
	for _, m := range ms {
		if (m.typ == misc || m.typ.Valid()) && m.typ != newsner.Organization && sportFederationName(m.words) {
			m.typ = newsner.Organization
		}
	}
}

// joinDemonymFederations makes one organization of a demonym's span
// tagged MISC and the span right after it that, with it, names a sport's
// governing body (sportFederationName): "Brazilian" + "Football
// Confederation", as the tagger split "the Brazilian Football
// Confederation said" on a made-up report (eng.train's one mention of the
// body is MISC whole, with its acronym, against the 10 of 13 such bodies
// it marks organizations; joinDemonymBodies wants a body's head of three
// words).
func joinDemonymFederations(toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool {
		if s.typ != misc || s.t1-s.t0 != 1 || n.t0 != s.t1 || !isDemonym(toks[s.t0].Text) {
			return false
		}
		words := make([]string, 0, n.t1-s.t0)
		for _, t := range toks[s.t0:n.t1] {
			words = append(words, strings.ToLower(t.Text))
		}
		return sportFederationName(words)
	})
}

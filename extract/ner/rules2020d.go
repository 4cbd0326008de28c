package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules of the fourth December 2020 audit (TestAudit2020d, issue 11):
// sports' governing bodies named for their place, Arabic names joined by
// "bin", firms named for a place, mines of two commodities, companies the
// tagger read as people that a relative "which" or a team's word calls
// organizations, bodies' acronyms read as places, a nationality's word
// cut off a body's name, and ports named where something happens.

// sportBodyWords name a sport before a country's or a state's name in
// the name of the sport's governing body there ("Cricket Australia",
// "Racing Victoria", "Athletics Kenya").
var sportBodyWords = setOf(`Cricket Racing Rugby Tennis Athletics Swimming Cycling Hockey Football
Netball Golf Basketball Rowing Sailing Gymnastics Volleyball Triathlon Squash Bowls Softball Baseball`)

// joinSportBodyPlaces makes one organization of a place's span and the
// untagged sport's word right before it (sportBodyWords): "Zorbia" of
// "Netball Zorbia said", which the tagger tags a place alone, is the
// sport's governing body there, as eng.train marks "Cricket Australia".
func joinSportBodyPlaces(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		k := s.t0 - 1
		if s.typ != newsner.Location || k < 0 || covered[k] || !sportBodyWords[toks[k].Text] {
			continue
		}
		if k > 0 && startsUpper(toks[k-1].Text) && isLetters(toks[k-1].Text) && !strings.EqualFold(toks[k-1].Text, "the") {
			continue // "Women's Rugby ...", a longer name the tagger cut
		}
		spans[i] = tspan{newsner.Organization, k, s.t1}
	}
	return joinPlaceSportBodies(toks, spans)
}

// binWords join an Arabic name's parts ("Mohammed bin Salman").
var binWords = setOf(`bin ibn bint`)

// joinBinNames makes one person's span of the capitalized words around a
// lower-case "bin", "ibn" or "bint" (binWords): the given name before it,
// no title (titles: "Sheikh", "Sultan", "Prince" stay outside as
// CoNLL-2003 marks them), and the father's and family's names after it,
// with "al-" or "Al" ("Zayed bin Quelb al-Zorbi"). The tagger cuts such
// names at "bin" or types a part an organization. A span that reaches
// beyond the run is left as it is.
//
// Whether a span reaches beyond the run is spanReach's answer, made at the
// first run: a walk over every span for each run took 13 s on 40,000
// "bin" names.
func joinBinNames(toks []token, spans []tspan) []tspan {
	var add []tspan
	var cross *spanReach
	for k := 1; k+1 < len(toks); k++ {
		if !binWords[toks[k].Text] || !startsUpper(toks[k+1].Text) {
			continue
		}
		l := k
		for l > 0 && k-l < 3 && startsUpper(toks[l-1].Text) && isLetters(toks[l-1].Text) && !isAcronym(toks[l-1].Text) && !lowered(titles, toks[l-1].Text) {
			l--
		}
		if l == k {
			continue
		}
		r := k + 1
		for r < len(toks) && r-k <= 6 {
			w := toks[r].Text
			switch {
			case binWords[w] && r+1 < len(toks) && startsUpper(toks[r+1].Text):
				r += 2
				continue
			case (w == "Al" || w == "al") && r+1 < len(toks) && startsUpper(toks[r+1].Text):
				r += 2
				continue
			case startsUpper(w) && !isAcronym(w) && (isLetters(w) || strings.HasPrefix(strings.ToLower(w), "al-")):
				r++
				continue
			case strings.HasPrefix(w, "al-") && len(w) > 3:
				r++
				continue
			}
			break
		}
		if cross == nil {
			cross = newSpanReach(spans)
		}
		if !cross.beyond(l, r) {
			add = append(add, tspan{newsner.Person, l, r})
		}
		k = r - 1
	}
	return replaceSpans(spans, add)
}

// placeFirmTails end a firm's name after a place's besides companyHeads
// and legalSuffixes ("Zorbia Street Research", "Quelb Bay Consulting").
var placeFirmTails = setOf(`research consulting advisors advisers associates games`)

// joinPlaceFirmNames makes one organization of a place's span and the
// one or two capitalized words right after it that the tagger left
// untagged, up to a word in lower case or a mark, where the last of them
// ends a company's name (companyHeads, legalSuffixes, placeFirmTails): a
// firm named for a street or a town ("New Quelb Research", tagged "New
// Quelb" a place). joinPersonFirmNames does the same after a person's
// name.
func joinPlaceFirmNames(toks []token, spans []tspan) []tspan {
	return joinFirmTails(toks, spans, newsner.Location, 2, placeFirmTails, nil)
}

// sitesOfCommodityListsAsPlaces types LOCATION a name tagged an
// organization, a person or MISC after "its", "their", "'s" or "the"
// and before two or three commodities' words joined by "and" or commas
// and a site's noun: "its Zorb copper and cobalt mine". sitesAsPlaces
// takes one commodity's word; the name is the mine's as much with two.
func sitesOfCommodityListsAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if !ownedSiteName(toks, m) {
			continue
		}
		k, n := m.t1, 0
		for k < len(toks) && k-m.t1 < 6 && (commodityWords[toks[k].Text] || n > 0 && (toks[k].Text == "and" || toks[k].Text == ",")) {
			if commodityWords[toks[k].Text] {
				n++
			}
			k++
		}
		if n >= 2 && k < len(toks) && siteNouns[toks[k].Text] && commodityWords[toks[k-1].Text] {
			m.typ = newsner.Location
		}
	}
}

// whichAsOrganizations types ORGANIZATION a one-word name tagged a
// person right before ", which" ("Quelbox, which lost the case, said"):
// news says "who" of a person. Not after "said" (the "which" may be of
// the quote), "of" or a title (eng.testa: "a company controlled by a son
// of President Zorbo, which plans", the which of the company), a first
// name or the last word of a person's fuller name in the article. Every mention of the name follows (retypeByKey).
func whichAsOrganizations(ms []*mention, toks []token) {
	surnames := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Person && len(m.words) > 1 {
			surnames[m.words[len(m.words)-1]] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person || m.t1-m.t0 != 1 || m.t1+1 >= len(toks) || toks[m.t1].Text != "," || toks[m.t1+1].Text != "which" {
			return false
		}
		if m.t0 > 0 {
			b := strings.ToLower(toks[m.t0-1].Text)
			if b == "said" || b == "says" || b == "of" || titles[b] {
				return false // "a son of President Zorbo, which": the which is another's
			}
		}
		return !firstName(toks[m.t0].Text) && !surnames[m.words[0]]
	}, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1
	}, newsner.Organization)
}

// teamRoleWords follow "team" after a team's name ("Zorb Racing team
// boss Jon Marzo").
var teamRoleWords = setOf(`boss principal chief manager owner director`)

// teamNamesAsOrganizations types ORGANIZATION a name tagged a person
// right after "team" in lower case ("Esports team Quelb Clan said") or
// before "team" and a role's word (teamRoleWords: "Zorb-Sport Quelb team
// boss"): a team, which a person's name is not called. Every mention of
// the name follows (retypeByKey).
func teamNamesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person {
			return false
		}
		if m.t0 > 0 && toks[m.t0-1].Text == "team" {
			return true
		}
		return m.t1+1 < len(toks) && toks[m.t1].Text == "team" && teamRoleWords[toks[m.t1+1].Text]
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// acronymsOfBodiesAsOrganizations types ORGANIZATION a one-word name in
// capitals tagged a place or a person whose letters are the initials of
// an organization named in the article in two words or more
// (acronymsOf): "ZCTU" after "the Zorbian Confederation of Trade Unions",
// which the tagger reads as a place. Not a known place ("USA" beside a
// "United States Army"). Every mention of it follows (retypeByKey).
func acronymsOfBodiesAsOrganizations(ms []*mention, toks []token) {
	acrs := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Organization && len(m.words) > 1 {
			for _, a := range acronymsOf(m.m.Text) {
				if len(a) >= 3 {
					acrs[a] = true
				}
			}
		}
	}
	if len(acrs) == 0 {
		return
	}
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Location && m.typ != newsner.Person {
			return false
		}
		a, ok := acronymForm(m)
		return ok && acrs[a] && !knownPlace(m.m.Text)
	}, func(m *mention) bool {
		return m.typ == newsner.Location || m.typ == newsner.Person
	}, newsner.Organization)
}

// demonymBodyHeads end a national body's name that starts with the
// nation's adjective ("the Zorbian Civil Aviation Authority").
var demonymBodyHeads = setOf(`authority agency corporation commission board council federation association
organisation organization`)

// joinDemonymBodies makes one organization of a nationality's word tagged
// MISC and the organization's span of three words or more right after it
// that ends in a national body's head word (demonymBodyHeads): "the
// Zorbian Civil Aviation Authority", whose adjective the tagger cuts off.
// eng.train marks a nationality inside a body's name 131 times and before
// one 16, those before a ministry, a parliament or a party of two words
// ("Brazilian Foreign Ministry", "Liberian Senate"), which stay apart.
// Not before a bracket: an acronym in it tells whether the adjective is
// the name's (joinDemonymAcronyms: "French Zorbco Quelb Agency (ZQA)"
// keeps "French" apart).
func joinDemonymBodies(toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool {
		if s.typ != misc || s.t1-s.t0 != 1 || n.t0 != s.t1 || !isDemonym(toks[s.t0].Text) {
			return false
		}
		bracket := n.t1 < len(toks) && toks[n.t1].Text == "(" // an acronym there says (joinDemonymAcronyms)
		return n.typ == newsner.Organization && n.t1-n.t0 >= 3 && lowered(demonymBodyHeads, toks[n.t1-1].Text) && !bracket
	})
}

// placePrepositions put a port's name where something happens.
var placePrepositions = setOf(`at in near to from through into via outside off`)

// portsAsPlaces types LOCATION a name tagged an organization that is
// "Port of" and a name, after a preposition of place (placePrepositions)
// and "the" or not: "throughput at the Port of Zorbdam", a place, as the
// December 2020 audit marks "near the Port of Dover". The port's operator
// is "the Port of Zorbdam Authority", whose head word ends the name; the
// port speaking ("the Port of Zorbdam said") stays an organization.
func portsAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		w := m.words
		if m.typ != newsner.Organization || len(w) < 3 || w[0] != "port" || w[1] != "of" || orgHeads[w[len(w)-1]] || companyHeads[w[len(w)-1]] {
			continue
		}
		k := m.t0 - 1
		if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k >= 0 && placePrepositions[toks[k].Text] {
			m.typ = newsner.Location
		}
	}
}

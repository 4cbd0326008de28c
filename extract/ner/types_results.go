package ner

import (
	"github.com/newsner/newsner"
)

// Typing rules that give ORGANIZATION to the names a sentence has report
// a company's results ("Zorbton reported a 12% rise in quarterly
// profit"), and to the names of the company lists tagged something else.
// Issue 11: companies named for places or people ("Santos", "Woodside")
// the tagger types a place or a person.

// resultsVerbs, right after a name, and resultsNouns a few words later
// say the name reports its results: a company's ("Zorbton posted a net
// loss", "Quelb reported higher first-half earnings").
var (
	resultsVerbs = setOf(`reported reports posted posts booked books`)
	resultsNouns = setOf(`profit profits loss losses earnings revenue revenues sales income`)
)

// resultsCue reports whether the name that ends before token t1 stands
// right before a results verb (resultsVerbs) and, seven words at most
// later, in lower case or figures with no mark of a clause's end between,
// a results noun (resultsNouns): "reported a 12 percent rise in
// second-quarter net profit".
func resultsCue(toks []token, t1 int) bool {
	if t1 >= len(toks) || !resultsVerbs[toks[t1].Text] {
		return false
	}
	for k := t1 + 1; k < len(toks) && k <= t1+8; k++ {
		w := toks[k].Text
		if resultsNouns[w] {
			return true
		}
		switch w {
		case ".", ",", ";", ":", "that", "to", "by", "\"":
			return false
		}
		if startsUpper(w) {
			return false
		}
	}
	return false
}

// resultsReportersAsOrganizations types ORGANIZATION, at every mention
// but those after "in" and the like, a name tagged a person or a place
// that reports results (resultsCue), alone or as a list's names before
// the verb ("Zorbton and Quelbville reported higher profit"): what
// reports a profit or a loss by name is a company. The tagger reads a
// company named for a town or a person as the town or the person (issue
// 11: "Santos and Woodside reported" gave two places). Not a country's
// or a US state's name ("Japan reported record sales" of its shops), a
// name starting with a first name, after an honorific, or holding a word
// of a person's longer name in the article.
func resultsReportersAsOrganizations(ms []*mention, toks []token) {
	cued := map[*mention]bool{}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if resultsCue(toks, m.t1) || i+1 < len(ms) && cued[ms[i+1]] && listGap(toks, m.t1, ms[i+1].t0) {
			cued[m] = true
		}
	}
	if len(cued) == 0 {
		return
	}
	var people map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return cued[m] && personOrPlace(m) && !iso3166Place(m.m.Text) && !firstName(m.m.Text) &&
			!afterHonorific(toks, m.t0) && !anyIn(m.words, lazyPersonWords(&people, ms, toks))
	}, func(m *mention) bool {
		return m.typ == newsner.Person || unplacedLocation(toks, m)
	}, newsner.Organization)
}

// listedCompaniesAsOrganizations types ORGANIZATION, at every mention, a
// name of two words or more tagged a person or MISC that is a company's
// or a club's of the lists whole (listKey: companies.tsv, listed.tsv,
// clubs.tsv): the tagger reads a company named for a people or a person
// ("Anglo American", issue 11) as MISC or a person. Not a name starting
// with a first name ("Jane Quelb" the person of "Jane Quelb Inc"), after
// an honorific, nor one holding the surname of a person's unlisted longer
// name in the article (unlistedPersonWords).
func listedCompaniesAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != misc || len(m.words) < 2 || !hasLower(m.m.Text) || listKey(m.m.Text, newsner.Organization) == "" ||
			firstName(m.m.Text) || afterHonorific(toks, m.t0) {
			return false
		}
		if people == nil {
			people = unlistedPersonWords(ms, toks)
		}
		return !anyIn(m.words, people)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc
	}, newsner.Organization)
}

// unlistedPersonWords returns personWords less the names the lists give
// an organization: the surnames of the article's people's longer names
// that name no listed company or club, and the words after an honorific.
func unlistedPersonWords(ms []*mention, toks []token) map[string]bool {
	return personWordsBut(ms, toks, func(name string) bool { return listKey(name, newsner.Organization) != "" })
}

// townCompanyPossessions are what only a company has after its name and
// "'s": a town's name so cued is a company's ("Woodside's shares").
var townCompanyPossessions = setOf(`shares stock shareholders profit profits ceo cfo`)

// townCompanyCue reports whether the name that ends before token t1
// stands before "'s" and a company's possession (townCompanyPossessions)
// or its chief officer (chiefOfficerHolder).
func townCompanyCue(toks []token, t1 int) bool {
	return t1+1 < len(toks) && isPossessive(toks[t1].Text) && lowered(townCompanyPossessions, toks[t1+1].Text) || chiefOfficerHolder(toks, t1)
}

// townCompaniesAsOrganizations types ORGANIZATION, at every mention but
// those after "in" and the like, a known town's name tagged a place that
// has shares, a profit or a chief executive somewhere in the article
// (townCompanyCue: "Woodside's shares fell", "Santos's chief executive"):
// a company named for a town, which cuedAsOrganizations leaves alone as
// it does every known place (issue 11). Not a country's or a US state's
// name ("California's profit" of its budget is the state's).
func townCompaniesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Location && townCompanyCue(toks, m.t1) && knownPlace(m.m.Text) && !iso3166Place(m.m.Text)
	}, func(m *mention) bool {
		return unplacedLocation(toks, m)
	}, newsner.Organization)
}

// orListedCompaniesAsOrganizations types ORGANIZATION, at every mention
// but those after "in" and the like, a name tagged a place right after
// "or" and a listed company's or brand's name tagged an organization ("on
// Zorbify or Pandora": the lists name "Zorbify"): a choice between a
// company and what its list offers is between companies (issue 11: a
// music service named for a place typed LOC beside a listed one). Not a
// country's or a US state's name ("Apple or China"). Known places,
// which coordinatedAsOrganizations leaves alone, and other names alike:
// it does not ask knownPlace.
func orListedCompaniesAsOrganizations(ms []*mention, toks []token) {
	var listedEnds map[int]bool // made at the first place after "or"
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Location || m.t0 < 2 || toks[m.t0-1].Text != "or" || iso3166Place(m.m.Text) {
			return false
		}
		if listedEnds == nil {
			listedEnds = listedOrgEnds(ms)
		}
		return listedEnds[m.t0-1]
	}, func(m *mention) bool {
		return unplacedLocation(toks, m)
	}, newsner.Organization)
}

// listedOrgEnds returns the token ends (t1) of the mentions among ms
// tagged an organization whose name is a listed company's or a brand's
// (listKey, brandName): orListedCompaniesAsOrganizations looks its places'
// "or" up in them, once each rather than over every mention.
func listedOrgEnds(ms []*mention) map[int]bool {
	ends := map[int]bool{}
	for _, o := range ms {
		if o.typ == newsner.Organization && (listKey(o.m.Text, newsner.Organization) != "" || brandName(o.m.Text)) {
			ends[o.t1] = true
		}
	}
	return ends
}

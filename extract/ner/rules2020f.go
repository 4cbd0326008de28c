package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules of the sixth December 2020 audit (TestAudit2020f, issue 11): the
// United States' federal bodies after "U.S.", a chamber or the Treasury
// in a title before a person's name, ports speaking as organizations,
// bodies' names in a bare apposition or after a regulator's noun, people
// named with a plural role and another person, clubs after a score and
// "by", "to" or "with", people before "and his son", names after
// "founder of", and golf clubs played at.

// usBodyWords start the name of a federal body of the United States
// that CoNLL-2003 marks as one organization with the "U.S." before it
// (eng.train: "U.S. Treasury" 4 of 4, "U.S. Senate", "U.S. Navy", "U.S.
// District Court", "U.S. Postal Service"; the tagger reads "U.S." a place
// and the body's word an organization apart).
var usBodyWords = setOf(`Congress Senate House Treasury Navy Army Marine Marines Coast Supreme District
Postal Mint Justice Commerce Defense Labor Agriculture Transportation Interior Education Census`)

// joinUSBodies makes one organization of a place's span "U.S." (or "US")
// and the organization's span right after it that starts with a federal
// body's word (usBodyWords): "the U.S. Senate" (sixth December 2020
// audit: "control of the U.S. Senate", "leaders in the U.S. Congress"
// split in two). Also before a noun the name modifies: eng.train marks
// "a U.S. Senate seat" as a place and an organization once, and "U.S.
// Treasury balances" as one organization 4 times; dragnet-web's gold "the
// statewide U.S. Senate race" one organization.
func joinUSBodies(toks []token, spans []tspan) []tspan {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && s.typ == newsner.Location && s.t1-s.t0 == 1 && (toks[s.t0].Text == "U.S." || toks[s.t0].Text == "US") {
			n := spans[i+1]
			if n.typ == newsner.Organization && n.t0 == s.t1 && usBodyWords[toks[n.t0].Text] {
				out = append(out, tspan{newsner.Organization, s.t0, n.t1})
				i++
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// titleBodyWords are the bodies whose name stands in a person's title
// ("House Speaker", "Treasury Secretary", "Senate Majority Leader"),
// which CoNLL-2003 marks as organizations there (eng.train: "House
// Speaker" twice, "Treasury secretary" twice), unlike a portfolio's word
// ("Health Secretary").
var titleBodyWords = setOf(`House Senate Treasury Pentagon`)

// bodyTitleWords follow titleBodyWords in a title.
var bodyTitleWords = setOf(`Speaker Secretary Majority Minority Leader Whip`)

// addBodyTitleSpans adds an organization's span over an untagged body's
// word (titleBodyWords) before a title's word (bodyTitleWords) and, at
// most two words on, a person's span: "House Speaker Jane Doe",
// "Treasury Secretary John Roe" (sixth December 2020 audit: both left
// untagged; cutPortfolioWords drops "Treasury" before "Secretary" as a
// portfolio).
func addBodyTitleSpans(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	starts := map[int]newsner.EntityType{}
	for _, s := range spans {
		starts[s.t0] = s.typ
	}
	var add []tspan
	for k := 0; k+2 < len(toks); k++ {
		if covered[k] || !titleBodyWords[toks[k].Text] || !bodyTitleWords[toks[k+1].Text] {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+4; j++ {
			if starts[j] == newsner.Person {
				add = append(add, tspan{newsner.Organization, k, k + 1})
				break
			}
			if !startsUpper(toks[j].Text) {
				break
			}
		}
	}
	return replaceSpans(spans, add)
}

// portActWords, right after "Port of" and a town, have the port's
// authority speak or employ ("the Port of Zorbton said", "Port of Zorbton
// chief executive").
var portActWords = setOf(`said says chief executive chairman spokesman spokeswoman director authority's`)

// joinPortOfNames makes one organization of an untagged "Port of" and
// the place's span right after it ("Port of Zorbton chief executive Jon
// Marzo said", where the tagger tags the town alone): the port's
// authority, as "the Port of Rotterdam said" is; portsAsPlaces then makes
// it a place where something happens there ("near the Port of Zorbton").
// Only before a word that has the port act or employ (portActWords:
// "said", "chief executive"): eng.train's "Port of Tauranga year profit
// climbs", a headline, marks the town alone. Not a country's name ("Port
// of Spain", a town) nor a place the lists know as a whole.
func joinPortOfNames(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		k := s.t0
		if s.typ != newsner.Location || k < 2 || toks[k-1].Text != "of" || toks[k-2].Text != "Port" || covered[k-1] || covered[k-2] ||
			s.t1 >= len(toks) || !lowered(portActWords, toks[s.t1].Text) {
			continue
		}
		name := joinTokens(toks[s.t0:s.t1])
		if strings.HasPrefix(listKey(name, newsner.Location), "iso3166:") || knownPlace("Port of "+name) {
			continue
		}
		spans[i] = tspan{newsner.Organization, k - 2, s.t1}
	}
	return spans
}

// bareBodyAppositionsAsOrganizations types ORGANIZATION, at every
// mention, a name tagged a place, a person or MISC, no demonym and no
// known place, that stands between a body's noun and a comma (bodyNouns)
// and a comma or "said": the body's name in apposition without "the"
// ("the United Nations refugee agency, UNHCR, said", typed a place; sixth
// December 2020 audit), as bodyAppositionsAsOrganizations reads it with
// "the".
func bareBodyAppositionsAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location || isDemonym(m.m.Text) || knownPlace(m.m.Text) {
			return false
		}
		return m.t0 >= 2 && toks[m.t0-1].Text == "," && bodyNouns[toks[m.t0-2].Text] &&
			m.t1 < len(toks) && (toks[m.t1].Text == "," || toks[m.t1].Text == "said")
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// regulatorNouns, in lower case right before a name, say it is a public
// body or a broadcaster ("health regulator Zorbisa", "watchdog Quelbcom",
// "broadcaster Zorb-TV"): no person or place is called so; companyNouns
// has the companies' words.
var regulatorNouns = setOf(`regulator watchdog broadcaster`)

// regulatorNamesAsOrganizations types ORGANIZATION, at every mention, a
// name of one or two words tagged a person, a place or MISC right after a
// regulator's noun (regulatorNouns), with no first name, demonym or known
// place: "health regulator Anvisa", typed a person (sixth December 2020
// audit).
func regulatorNamesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location || m.t1-m.t0 > 2 || m.t0 == 0 || !regulatorNouns[toks[m.t0-1].Text] {
			return false
		}
		return !firstName(m.m.Text) && !isDemonym(m.m.Text) && !knownPlace(m.m.Text)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// pluralPersonRoles, in lower case right before a list of names, say the
// names are people's ("protest leaders Zorb Quelbin and Jane Doe",
// "activists ...").
var pluralPersonRoles = setOf(`leaders activists dissidents lawmakers protesters campaigners`)

// listedLeadersAsPeople types PERSON a name of two or three words tagged
// an organization, with no organization's head or company's word, right
// after a plural person's role (pluralPersonRoles) and before "and" and a
// person's name: "Protest leaders Parit Chiwarak and Arnon Nampa", where
// the tagger typed the first an organization (sixth December 2020
// audit). The person after "and" keeps "leaders Zorbia and Quelbton" of
// a sports table (clubs) out.
func listedLeadersAsPeople(ms []*mention, toks []token) {
	for i, m := range ms {
		if m.typ != newsner.Organization || len(m.words) < 2 || len(m.words) > 3 || m.t0 == 0 || !pluralPersonRoles[toks[m.t0-1].Text] || i+1 >= len(ms) {
			continue
		}
		n := ms[i+1]
		if n.typ != newsner.Person || m.t1+1 != n.t0 || toks[m.t1].Text != "and" || len(n.words) < 2 {
			continue
		}
		last := m.words[len(m.words)-1]
		if orgHeads[last] || companyHeads[last] || legalSuffixes[last] || listedOrg(m.m.Text) {
			continue
		}
		m.typ = newsner.Person
	}
}

// scoreOpponentWords come between a score and the side a team played
// ("held 1-1 by Zorbia", "lost 2-1 to Zorbia", "drew 0-0 with Zorbia").
var scoreOpponentWords = setOf(`by to with against`)

// clubsAfterScores types ORGANIZATION, in a sports report, a listed
// club's name tagged a place right after a score and "by", "to", "with"
// or "against": the side that held, beat or drew with another, whose
// town is its name (sixth December 2020 audit: "held 1-1 by Getafe"
// typed a place), as clubAtScore reads one after "at".
func clubsAfterScores(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		if m.typ != newsner.Location || m.place || m.t0 < 2 || !scoreOpponentWords[toks[m.t0-1].Text] || !isScore(toks[m.t0-2].Text) || listKey(m.m.Text, newsner.Organization) == "" {
			continue
		}
		if about.sportsText() {
			m.typ = newsner.Organization
		}
	}
}

// kinNouns name a person's relatives after "and his" or "and her".
var kinNouns = setOf(`son sons daughter daughters wife husband father mother brother sister children family
partner fiancee fiance`)

// kinNamesAsPeople types PERSON, at every mention, a name of two or three
// words tagged a place or an organization, no known place or listed
// organization, before "and his" or "and her" and a relative's noun
// (kinNouns), at most one word between: "Tiger Woods and his 11-year-old
// son Charlie", typed a place after "In Orlando," (sixth December 2020
// audit). No place or company has a son.
func kinNamesAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Location && m.typ != newsner.Organization || len(m.words) < 2 || len(m.words) > 3 || knownPlace(m.m.Text) || listedOrg(m.m.Text) {
			return false
		}
		k := m.t1
		if k+2 >= len(toks) || toks[k].Text != "and" || toks[k+1].Text != "his" && toks[k+1].Text != "her" {
			return false
		}
		return kinNouns[toks[k+2].Text] || k+3 < len(toks) && kinNouns[toks[k+3].Text]
	}, func(m *mention) bool {
		return m.typ == newsner.Location || m.typ == newsner.Organization
	}, newsner.Person)
}

// founderWords come before "of" and the organization a person founded.
var founderWords = setOf(`founder co-founder cofounder`)

// addFounderOfSpans adds an organization's span over an untagged run of
// one to four capitalized words (proper nouns) after "founder of" or
// "co-founder of": what a person founded ("Lai, founder of Next Digital
// and its tabloid", left untagged; sixth December 2020 audit). Not a
// known place ("founder of Singapore"), not a run after "the" that a
// lower-case word follows in the name ("founder of the Zorb movement").
func addFounderOfSpans(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text != "of" || !lowered(founderWords, toks[k-1].Text) {
			continue
		}
		t0 := k + 1
		t1 := untaggedRunEnd(toks, covered, t0, 4, func(t token) bool { return t.Tag == "NNP" || t.Tag == "NNPS" })
		if t1 == t0 || t1 < len(toks) && covered[t1] {
			continue
		}
		name := joinTokens(toks[t0:t1])
		if knownPlace(name) || isDemonym(name) || firstName(name) {
			continue
		}
		add = append(add, tspan{newsner.Organization, t0, t1})
	}
	return replaceSpans(spans, add)
}

// golfClubsAsPlaces types LOCATION a name tagged an organization that
// ends in "Golf Club" or "Country Club" and stands after "at": the course
// a tournament is played at ("three birdies at Zorb Hills Golf Club"),
// which the audits mark a place as they do courses and stadiums (sixth
// December 2020 audit); the club speaking stays an organization.
func golfClubsAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		n := len(m.words)
		if m.typ != newsner.Organization || n < 3 || m.words[n-1] != "club" || m.words[n-2] != "golf" && m.words[n-2] != "country" {
			continue
		}
		k := m.t0 - 1
		if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k >= 0 && toks[k].Text == "at" {
			m.typ = newsner.Location
		}
	}
}

// addRegulatorNameSpans adds an organization's span over an untagged run
// of one or two proper nouns (NNP) right after a regulator's noun
// (regulatorNouns), with no first name and no known place: "the Atlanta
// studio of broadcaster WSB-TV", left untagged (sixth December 2020
// audit); regulatorNamesAsOrganizations retypes such a name the tagger
// tagged.
func addRegulatorNameSpans(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 1; k < len(toks); k++ {
		if !regulatorNouns[toks[k-1].Text] {
			continue
		}
		t1 := untaggedRunEnd(toks, covered, k, 2, func(t token) bool { return t.Tag == "NNP" })
		if t1 == k || t1 < len(toks) && (covered[t1] || startsUpper(toks[t1].Text)) {
			continue
		}
		name := joinTokens(toks[k:t1])
		if firstName(name) || knownPlace(name) || isDemonym(name) || weekdays[name] {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, t1})
	}
	return replaceSpans(spans, add)
}

// standingWords, before "of the" or "in the" and a league's name, put a
// team in the league's table ("top of the Zorbian League", "third in the
// Quelb League"): the competition, MISC as CoNLL-2003 marks it (eng.train
// and eng.testa: "lead in the National League" twice, "top of the
// Bundesliga" MISC).
var standingWords = setOf(`top bottom foot summit lead first second third fourth fifth sixth seventh
eighth ninth tenth place clear`)

// standingLeaguesAsMisc makes MISC a name tagged an organization that
// ends in "League" and stands after a standing's word (standingWords),
// "of" or "in", and "the": the competition a side is placed in ("went top
// of the Premier League", typed an organization; sixth December 2020
// audit), not the body that runs it ("asked the Premier League to
// explain").
func standingLeaguesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Organization || m.words[len(m.words)-1] != "league" || m.t0 < 3 || toks[m.t0-1].Text != "the" {
			continue
		}
		if p := toks[m.t0-2].Text; (p == "of" || p == "in") && lowered(standingWords, toks[m.t0-3].Text) {
			m.typ = misc
		}
	}
}

// medicineNouns name a medicine or a vaccine after its own name ("the
// Zorbavac shot").
var medicineNouns = setOf(`vaccine vaccines shot shots jab jabs drug drugs pill pills`)

// madeVerbs, before "by", name the maker of a product.
var madeVerbs = setOf(`made developed produced manufactured`)

// madeProductsAsMisc makes MISC a one-word name tagged an organization
// before a medicine's noun (medicineNouns) and, next, "made by" or
// "developed by": the product, whose maker the article names after it
// ("the CoronaVac shot made by Chinese firm Sinovac", typed an
// organization; sixth December 2020 audit); a maker's name before the
// noun has no "made by" after ("the Zorbco vaccine, which ...").
func madeProductsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		k := m.t1
		if m.typ != newsner.Organization || len(m.words) != 1 || k+2 >= len(toks) || !medicineNouns[toks[k].Text] || !madeVerbs[toks[k+1].Text] || toks[k+2].Text != "by" {
			continue
		}
		m.typ = misc
	}
}

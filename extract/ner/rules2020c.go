package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules of the third December 2020 audit (TestAudit2020c, issue 11):
// organizations' names the tagger cut at an "and" or a comma, and names
// it typed a person that the word after them calls a union.

// andTailHeads end the tail of a company's name after "and" besides a
// body's or a company's head word: the "Exploration and Production" of
// oil companies, the "Research and Development" of institutes.
var andTailHeads = setOf(`production productions development distribution exploration`)

// joinAndHeadTails extends an organization's span over "and" and the one
// to three capitalized words after it that the tagger left untagged, up
// to a word in lower case or a mark, where the last of them is a body's or
// a company's head word (orgHeads, companyHeads, legalSuffixes,
// andTailHeads): one name ("Daily Mail" + "and General Trust", "Zorb
// Exploration" + "and Production"). A name of its own after "and" the
// tagger tags; an untagged capitalized run that ends in a head word is the
// name's tail.
func joinAndHeadTails(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		if s.typ != newsner.Organization || s.t1+1 >= len(toks) || toks[s.t1].Text != "and" || covered[s.t1+1] {
			continue
		}
		e := s.t1 + 1
		for e < len(toks) && e-s.t1 <= 4 && !covered[e] && startsUpper(toks[e].Text) && isLetters(toks[e].Text) && !isAcronym(toks[e].Text) {
			e++
		}
		if e == s.t1+1 || e-s.t1 > 4 || e < len(toks) && startsUpper(toks[e].Text) {
			continue
		}
		last := strings.ToLower(toks[e-1].Text)
		if !orgHeads[last] && !companyHeads[last] && !legalSuffixes[last] && !andTailHeads[last] {
			continue
		}
		if tail := spanWords(toks, s.t1+1, e); listedOrg(tail) || listKey(tail, newsner.Organization) != "" {
			continue
		}
		spans[i].t1 = e
	}
	return spans
}

// joinCommaListNames extends an organization's span that ends in a body's
// head word (orgHeads) back over a list of capitalized words the tagger
// left untagged before it, "the" A "," B "and": "the Retail, Wholesale and
// Department Store Union", tagged from "Department". joinAndNames does
// the same for one word ("the Rock and Roll Hall of Fame").
func joinCommaListNames(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		k := s.t0
		if s.typ != newsner.Organization || k < 5 || !lowered(orgHeads, toks[s.t1-1].Text) || toks[k-1].Text != "and" || toks[k-3].Text != "," || toks[k-5].Text != "the" && toks[k-5].Text != "The" {
			continue
		}
		ok := true
		for _, j := range []int{k - 2, k - 4} {
			w := toks[j].Text
			if covered[j] || !startsUpper(w) || !isLetters(w) || isAcronym(w) || listedOrg(w) || listKey(w, newsner.Organization) != "" {
				ok = false
			}
		}
		if ok {
			spans[i].t0 = k - 4
		}
	}
	return spans
}

// namesBeforeUnionAsOrganizations types ORGANIZATION a one-word name the
// tagger typed a person or a place between "the" and "union" ("the Zorbi
// union called strikes"): the word names the union, as "the Teamsters
// union" does. Every mention of the name follows (retypeByKey).
func namesBeforeUnionAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return (m.typ == newsner.Person || m.typ == newsner.Location) && m.t1-m.t0 == 1 && m.t0 >= 1 && m.t1 < len(toks) &&
			strings.EqualFold(toks[m.t0-1].Text, "the") && (toks[m.t1].Text == "union" || toks[m.t1].Text == "unions")
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == newsner.Location
	}, newsner.Organization)
}

// labelWords end a music label's or a publisher's name ("Zorb Music",
// "Quelb Records").
var labelWords = setOf(`Music Records`)

// labelNamesAsOrganizations types ORGANIZATION a name of two words or
// more tagged a person whose last word is a label's (labelWords): "Sony
// Music", which the tagger reads as a person named Music; a person's name
// does not end in either word.
func labelNamesAsOrganizations(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ == newsner.Person && m.t1-m.t0 >= 2 && labelWords[toks[m.t1-1].Text] {
			m.typ = newsner.Organization
		}
	}
}

// fameWords are what a person is known as that a sentence may start with
// before the person's name, no part of it as CoNLL-2003 marks it
// ("Billionaire Jane Doe said", "Tycoon John Roe").
var fameWords = setOf(`billionaire tycoon philanthropist businessman businesswoman entrepreneur
socialite singer rapper actor actress comedian novelist songwriter activist`)

// cutLeadFameWords starts a person's span of three words or more after a
// first word that says what the person is known as (fameWords), which the
// tagger reads into the name at a sentence's start ("Billionaire Jane Doe
// gave $4 billion"); cutLeadingTitles cuts titles and roles, not these.
func cutLeadFameWords(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.typ == newsner.Person && s.t1-s.t0 >= 3 && lowered(fameWords, toks[s.t0].Text) && startsUpper(toks[s.t0+1].Text) {
			spans[i].t0++
		}
	}
	return spans
}

// firmTailHeads end the name of a firm named for its founder besides
// companyHeads and legalSuffixes ("Jane Doe Investment Management",
// "Roe Associates").
var firmTailHeads = setOf(`management associates advisors advisers`)

// joinPersonFirmNames makes one organization of a span tagged a person and
// the one to three capitalized words right after it that the tagger left
// untagged, up to a word in lower case or a mark, where the last of them
// ends a company's name (companyHeads, legalSuffixes, firmTailHeads) and
// no body's (orgHeads: "the Obama Administration" on dragnet-web): a firm
// named for its founder ("Zorbford Investment Management", tagged
// "Zorbford" alone). A person's name is not followed by such a run.
func joinPersonFirmNames(toks []token, spans []tspan) []tspan {
	return joinFirmTails(toks, spans, newsner.Person, 3, firmTailHeads, orgHeads)
}

// joinFirmTails makes one organization of a span of type typ and the one
// to most capitalized words right after it that the tagger left untagged
// (no acronyms), up to a word in lower case or a mark, where the last of
// them ends a company's name (companyHeads, legalSuffixes, tails) and is
// not in notHeads: the walk joinPersonFirmNames and joinPlaceFirmNames
// share.
func joinFirmTails(toks []token, spans []tspan, typ newsner.EntityType, most int, tails, notHeads map[string]bool) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		if s.typ != typ || s.t1 >= len(toks) || covered[s.t1] {
			continue
		}
		e := s.t1
		for e < len(toks) && e-s.t1 <= most && !covered[e] && startsUpper(toks[e].Text) && isLetters(toks[e].Text) && !isAcronym(toks[e].Text) {
			e++
		}
		if e == s.t1 || e-s.t1 > most || e < len(toks) && startsUpper(toks[e].Text) {
			continue
		}
		last := strings.ToLower(toks[e-1].Text)
		if !companyHeads[last] && !legalSuffixes[last] && !tails[last] || notHeads[last] {
			continue // "the Obama Administration": a body's head after a leader's name
		}
		spans[i] = tspan{newsner.Organization, s.t0, e}
	}
	return spans
}

// siteNouns follow a mine's, a refinery's or a smelter's name.
var siteNouns = setOf(`mine mines refinery smelter`)

// commodityWords may stand between such a name and its noun ("the Zorb
// copper mine").
var commodityWords = setOf(`copper gold iron coal lithium nickel zinc potash uranium silver diamond oil
bauxite tin platinum cobalt alumina`)

// sitesAsPlaces types LOCATION a name tagged an organization, a person or
// MISC after "its", "their", "'s" or "the" and before a site's noun
// (siteNouns), a commodity's word between or not: "its Zorb potash mine".
// eng.train and eng.testa mark such names places ("Codelco's Salvador
// mine", "Repsol's Puertollano refinery", "the Trepca mine"). Not a listed
// organization: "the Zorbco mine" of a company.
func sitesAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if !ownedSiteName(toks, m) {
			continue
		}
		k := m.t1
		if commodityWords[toks[k].Text] && k+1 < len(toks) {
			k++
		}
		if siteNouns[toks[k].Text] {
			m.typ = newsner.Location
		}
	}
}

// ownedSiteName reports whether m, a name tagged an organization, a
// person or MISC and no listed organization's, stands after "its",
// "their", "'s" or "the" with a token after it: where a site's name
// stands before its noun (sitesAsPlaces, sitesOfCommodityListsAsPlaces).
func ownedSiteName(toks []token, m *mention) bool {
	if !m.typ.Valid() && m.typ != misc || m.typ == newsner.Location || m.t0 < 1 || m.t1 >= len(toks) || listedOrg(m.m.Text) {
		return false
	}
	b := toks[m.t0-1].Text
	return b == "its" || b == "their" || b == "'s" || b == "the"
}

// tradeNouns say what trade a company is in, in a word right before its
// name ("publisher Zorbly", "insurer Quelb"), beyond companyNouns; a
// person takes them too, but with a first name, which a lone word has not.
var tradeNouns = setOf(`publisher broadcaster insurer miner refiner streamer wholesaler distributor`)

// addTradeNounSpans adds an organization's span over a lone capitalized
// word the tagger left untagged right after a trade's noun in lower case
// (tradeNouns) and before a comma, "'s" or a verb in the past or the
// present ("Rival publisher Zorbly, owner of the Daily Quelb, said"): a
// company named by a common word, which the tagger leaves untagged as it
// does the word. Not at a sentence's start, a weekday or a month, a known
// place or a first name.
func addTradeNounSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].Text
		if covered[k] || !tradeNouns[toks[k-1].Text] || !startsUpper(w) || !isLetters(w) || !hasLower(w) || startsSentence(text, toks, k) {
			continue
		}
		if weekdays[w] || lowered(months, w) || knownPlace(w) || firstName(w) {
			continue
		}
		if n := toks[k+1]; n.Text != "," && !isPossessive(n.Text) && n.Tag != "VBD" && n.Tag != "VBZ" {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add)
}

// bodyKinds name a kind of body in space right before its name ("the
// asteroid Zorbu", "comet Quelbwise").
var bodyKinds = setOf(`asteroid comet planet moon exoplanet`)

// namedBodiesAsPlaces types LOCATION a name tagged a person, an
// organization or MISC right after a space body's kind in lower case
// (bodyKinds): "samples from the asteroid Zorbu", which the tagger reads
// as a person. Planets and moons are places (spaceBodiesAsPlaces); the
// bodies news names by their kind are too. Every mention of the name
// follows (retypeByKey).
func namedBodiesAsPlaces(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ != newsner.Location && (m.typ.Valid() || m.typ == misc) && m.t0 >= 1 && bodyKinds[toks[m.t0-1].Text]
	}, func(m *mention) bool {
		return m.typ != newsner.Location && (m.typ.Valid() || m.typ == misc)
	}, newsner.Location)
}

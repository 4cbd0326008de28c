package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Typing rules that give ORGANIZATION by what a name does or has done to
// it: "said it" and "said its", "owned by" and "owner of", bought or
// sold, merged, "run by" or founded, customers, shares that moved,
// "investors led by", ", which", a report's source ("according to"), a
// disclaimer's owner.

// saidItAsOrganizations types ORGANIZATION, at every mention, a one-word
// name tagged a person that the article has say "it" ("Zorbix said it
// would ...", "Zorbix said on Monday it had ..."): a company speaking of
// itself, which Reuters-style news never writes of a person; the tagger
// reads an unknown Japanese, Korean or Indonesian company's name as a
// person's (regional audit, nineteenth pass: 4 of 4 such names typed
// PERSON on made-up Reuters-style articles). Not a first name, a name
// after an honorific, nor the last word of a person's longer name in the
// article ("Jane Doe ... Doe said it was").
func saidItAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1 && saidItCue(toks, m.t1) && !firstName(m.m.Text) && !afterHonorific(toks, m.t0) && !anyIn(m.words, lazyPersonWords(&people, ms, toks))
	}, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1
	}, newsner.Organization)
}

// saidItCue reports whether "said", an optional "on" and weekday, and "it"
// or "its" before a word in lower case start at token k.
func saidItCue(toks []token, k int) bool {
	if k >= len(toks) || toks[k].Text != "said" {
		return false
	}
	k++
	if k+1 < len(toks) && toks[k].Text == "on" && weekdays[toks[k+1].Text] {
		k += 2
	}
	return k+1 < len(toks) && (toks[k].Text == "it" || toks[k].Text == "its") && !startsUpper(toks[k+1].Text) && isLetters(toks[k+1].Text)
}

// saidItsAsOrganizations types ORGANIZATION, at every mention, a name of
// any length tagged a person that the article has say "its" ("Quelba
// Marlo said its skincare business grew", "Zorbin Retail said on Monday
// its sales fell"): a company speaking of what it has; a person says
// "his" or "her", and eng.train and eng.testa have no person's name
// before "said its". The tagger types a company named like a person a
// person (December 2020 audit: "Rival Estee Lauder said its skincare
// business grew"). saidItAsOrganizations takes one-word names before
// "it" too; this one takes longer names and first names, but only before
// "its", and not a name the article gives a person's title or role at
// another mention ("Ms Marlo", "chief executive Quelba Marlo").
func saidItsAsOrganizations(ms []*mention, toks []token) {
	styled := map[string]bool{} // keys of the mentions after an honorific or a person's role
	for _, m := range ms {
		if m.t0 > 0 && (afterHonorific(toks, m.t0) || personRoles[toks[m.t0-1].Text] || isTitle(toks[m.t0-1].Text)) {
			styled[m.key] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && saidItsCue(toks, m.t1) && !styled[m.key]
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// saidItsCue reports whether saidItCue holds at token k with "its".
func saidItsCue(toks []token, k int) bool {
	if !saidItCue(toks, k) {
		return false
	}
	k++
	if toks[k].Text == "on" {
		k += 2
	}
	return toks[k].Text == "its"
}

// ownedAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person that stands before a comma, "owned by" and a
// capitalized name ("Rival Zorbix, owned by Quelb Hero, said ..."): what
// is owned is no person; the tagger read an unknown Korean company's name
// as a person's (regional audit, nineteenth pass). Not a name read as a
// person's by its words (firstNamed: a first name alone or before a known
// name's word), nor a one-word name that is the last word of a person's
// longer name in the article.
func ownedAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && ownedByCue(toks, m.t1) && !firstNamed(m) && (len(m.words) > 1 || !anyIn(m.words, lazyPersonWords(&people, ms, toks)))
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// ownedByCue reports whether a comma, "owned by" and a capitalized word
// start at token k.
func ownedByCue(toks []token, k int) bool {
	return k+3 < len(toks) && toks[k].Text == "," && toks[k+1].Text == "owned" && toks[k+2].Text == "by" && startsUpper(toks[k+3].Text)
}

// ownedNamesAsOrganizations types ORGANIZATION, at every mention but
// those that stand where a place does, a name tagged a place after "owner
// of" or "owners of" that is no country and no facility's or ground's
// name: what a company owns by name is a company or a brand ("Natura &Co,
// the Brazilian owner of Avon", where the tagger read the cosmetics brand
// as the English county; December 2020 audit).
func ownedNamesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Location || m.t0 < 2 || toks[m.t0-1].Text != "of" || toks[m.t0-2].Text != "owner" && toks[m.t0-2].Text != "owners" {
			return false
		}
		last := m.words[len(m.words)-1]
		return !facilityHeads[last] && !groundHeads[last] && !iso3166Place(m.m.Text)
	}, func(m *mention) bool {
		return unplacedLocation(toks, m)
	}, newsner.Organization)
}

// buyVerbs, right before a name, say the name is bought or sold whole
// ("agreed to buy Zorba Quelling", "it had acquired Jane Marlo").
var buyVerbs = setOf(`buy buys bought buying acquire acquires acquired acquiring`)

// acquireVerbs, right before a name tagged a place that no list knows as
// one, say a company acquires it ("Zorbcloud acquires Quelbez", "has
// acquired Quelbez, an identity platform": a 2025 deals roundup of
// modern-web-a, which sportsTalk reads as sports, the bought startup
// typed a place), in any article: clubs acquire players, not places. A
// known place stays ("acquired Alaska"), and "buy" is left to people's
// names ("buy Manhattan").
var acquireVerbs = setOf(`acquire acquires acquired acquiring`)

// boughtAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person that stands right after a verb of buying (buyVerbs):
// outside sports (sportsTalk), where clubs acquire players (eng.train's
// one person after such a verb, "acquiring Denny Neagle", is a baseball
// trade, in an article with no score but "pitcher" and "season"), what
// a company buys by name is a company or a brand, and one named like a
// person is typed a person by the tagger (issue 11: a retailer's brands
// "Dorothy Perkins" and "Wallis" after "buy" typed PER on a made-up
// Reuters-style article), and so is the list's next name ("buy Zorba
// Quelling and Tovey", which coordinatedAsOrganizations leaves to the
// tagger where it starts with a first name). A name tagged a place that
// no list knows right after "acquire" (acquireVerbs) too, in any article.
func boughtAsOrganizations(ms []*mention, toks []token, about *topics) {
	sports := about.sportsTalk()
	bought := map[*mention]bool{}
	for i, m := range ms {
		if m.t0 == 0 {
			continue
		}
		if m.typ == newsner.Location {
			bought[m] = acquireVerbs[toks[m.t0-1].Text] && !knownPlace(m.m.Text)
			continue
		}
		if m.typ != newsner.Person || sports {
			continue
		}
		// A list's later name: "buy Zorba Quelling and Tovey".
		if w := toks[m.t0-1].Text; buyVerbs[w] || i > 0 && bought[ms[i-1]] && (w == "and" || w == ",") && ms[i-1].t1 == m.t0-1 {
			bought[m] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return bought[m]
	}, func(m *mention) bool {
		return m.typ == newsner.Person || unplacedLocation(toks, m)
	}, newsner.Organization)
}

// mergerCue reports whether the words right before token t0 make the
// name there a party to a deal: "merger with", "merge with", "merged
// with", "merging with", "tie-up with", "takeover of", "buyout of".
func mergerCue(toks []token, t0 int) bool {
	if t0 < 2 {
		return false
	}
	switch toks[t0-1].Text {
	case "with":
		switch toks[t0-2].Text {
		case "merger", "merge", "merged", "merging", "tie-up":
			return true
		}
	case "of":
		switch toks[t0-2].Text {
		case "takeover", "buyout":
			return true
		}
	}
	return false
}

// mergerPartnersAsOrganizations types ORGANIZATION, at every mention, a
// name tagged a person (no first name) or a place no list knows after a
// merger's words (mergerCue): "completed its merger with Quelbracen"
// (the tagger typed the miner a place; fifth December 2020 audit). What
// merges with a company or is taken over is a company.
func mergerPartnersAsOrganizations(ms []*mention, toks []token) {
	cuedNamesAsOrganizations(ms, toks, func(m *mention) bool { return mergerCue(toks, m.t0) })
}

// cuedNamesAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person (no first name) or a place no list knows where cue
// holds at one of its mentions; a place's other mentions that a locative
// places (placeContext) stay. The body of mergerPartnersAsOrganizations,
// runByAsOrganizations and customersAsOrganizations.
func cuedNamesAsOrganizations(ms []*mention, toks []token, cue func(m *mention) bool) {
	retypeByKey(ms, func(m *mention) bool {
		return cue(m) && (m.typ == newsner.Person && !firstName(m.m.Text) || m.typ == newsner.Location && !knownPlace(m.m.Text))
	}, func(m *mention) bool {
		return m.typ == newsner.Person && !firstName(m.m.Text) || m.typ == newsner.Location && !knownPlace(m.m.Text) && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// runByCue reports whether a comma, "run", "founded", "co-founded",
// "controlled", "chaired" or "headed", "by" and a capitalized word start
// at token k: what someone runs or founds is a firm or a body ("Fifth
// Quay, run by Jane Quimby, told clients").
func runByCue(toks []token, k int) bool {
	if k+3 >= len(toks) || toks[k].Text != "," || toks[k+2].Text != "by" || !startsUpper(toks[k+3].Text) {
		return false
	}
	switch toks[k+1].Text {
	case "run", "founded", "co-founded", "controlled", "chaired", "headed":
		return true
	}
	return false
}

// runByAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person (no first name) or a place no list knows before a
// comma and "run by" (runByCue): "Fifth Quay, run by Jane Quimby, told
// clients" (the tagger typed the hedge fund a place; fifth December 2020
// audit). A known place run by someone ("Gaza, run by Hamas") stays one.
func runByAsOrganizations(ms []*mention, toks []token) {
	cuedNamesAsOrganizations(ms, toks, func(m *mention) bool { return runByCue(toks, m.t1) })
}

// customerCue reports whether the words right before token t0 are a
// contract's or an order's and "from" ("won a 5G contract from Zorbia
// Telecom", "an order from Quelbrola"): a customer, a company or a body.
func customerCue(toks []token, t0 int) bool {
	if t0 < 2 || toks[t0-1].Text != "from" {
		return false
	}
	switch toks[t0-2].Text {
	case "contract", "contracts", "order", "orders":
		return true
	}
	return false
}

// customersAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person (no first name) or a place no list knows after a
// contract's or an order's "from" (customerCue): "it had won a 5G
// contract from Telia" gave a place (fifth December 2020 audit); a
// country's order ("an order from India") stays a place.
func customersAsOrganizations(ms []*mention, toks []token) {
	cuedNamesAsOrganizations(ms, toks, func(m *mention) bool { return customerCue(toks, m.t0) })
}

// sharesSubjectsAsOrganizations types ORGANIZATION, at every mention, a
// name of two words or more tagged MISC right before "shares" and a verb
// in the past or the present ("Bavarian Zorbic shares jumped 10%"): a
// company whose name starts with a demonym, which the tagger reads as a
// demonym's phrase (fifth December 2020 audit). Not a name of demonyms
// and places only ("Latin American shares fell"), nor one with a word the
// corpora usually write in lower case.
func sharesSubjectsAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		k := m.t1
		if m.typ != misc || m.t1-m.t0 < 2 || k+1 >= len(toks) || toks[k].Text != "shares" {
			return false
		}
		if !finiteVerbTags[toks[k+1].Tag] {
			return false
		}
		proper := false
		for j := m.t0; j < m.t1; j++ {
			w := toks[j].Text
			if !isLetters(w) || usuallyLower(w, 20, 10) {
				return false
			}
			if !isDemonym(w) && !knownPlace(w) {
				proper = true
			}
		}
		return proper
	}, func(m *mention) bool {
		return m.typ == misc && m.t1-m.t0 >= 2
	}, newsner.Organization)
}

// ledByInvestors types ORGANIZATION a name tagged a person, no first
// name, after "investors led by" or "round led by" ("raised $15 million
// from investors led by Zorbcroft"): a venture firm, which the tagger
// reads as a person's surname ("Andreessen Horowitz").
func ledByInvestors(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Person || firstName(m.m.Text) || m.t0 < 3 || toks[m.t0-1].Text != "by" || toks[m.t0-2].Text != "led" {
			continue
		}
		switch toks[m.t0-3].Text {
		case "investors", "round", "investor", "consortium", "funding":
			m.typ = newsner.Organization
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

// reportCue reports whether the name over tokens [t0,t1) stands where a
// news outlet does: after "according to", "published by" or "reported
// by" (and "the"), before a full stop, a comma, a colon or "on"/"that".
func reportCue(toks []token, t0, t1 int) bool {
	k := t0 - 1
	if k > 0 && toks[k].Text == "the" {
		k--
	}
	if k < 1 || t1 >= len(toks) {
		return false
	}
	switch toks[t1].Text {
	case ".", ",", ":", "on", "that":
	default:
		return false
	}
	w := toks[k].Text
	return w == "to" && toks[k-1].Text == "according" || w == "by" && (toks[k-1].Text == "published" || toks[k-1].Text == "reported")
}

// reportedAsOrganizations types ORGANIZATION, at every mention but those
// tagged a place that stand after "in", "near" and the like
// (strongLocatives), a name tagged a person or a place, known as no place,
// starting with no first name and, of one word, no name the gazetteer
// knows as a person's ("according to Schumer.": a surname alone), that
// stands where a news outlet does somewhere (reportCue).
func reportedAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return personOrPlace(m) && reportCue(toks, m.t0, m.t1) && !knownPlace(m.m.Text) && !firstName(m.m.Text) && !(len(m.words) == 1 && personNameWord(m.m.Text))
	}, func(m *mention) bool {
		return m.typ == newsner.Person || unplacedLocation(toks, m)
	}, newsner.Organization)
}

// disclaimerVerbs say whose views a text's own do or do not stand for in
// a publisher's disclaimer ("do not necessarily reflect those of").
var disclaimerVerbs = setOf(`reflect reflects represent represents`)

// disclaimerOwner reports whether m stands right after a disclaimer's
// "reflect those of" or "represent the views of" ("The views expressed
// do not necessarily reflect those of Zorbnik."), "the" between or not,
// and is no known place and not followed by "'s" or a word in lower case
// ("those of the Quelbian government").
func disclaimerOwner(toks []token, m *mention) bool {
	k := m.t0 - 1
	if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k < 2 || toks[k].Text != "of" {
		return false
	}
	switch toks[k-1].Text {
	case "those", "views", "opinions", "position", "positions":
	default:
		return false
	}
	v := k - 2
	if toks[k-1].Text != "those" && v >= 0 && toks[v].Text == "the" {
		v--
	}
	if v < 0 || !disclaimerVerbs[toks[v].Text] {
		return false
	}
	if m.t1 < len(toks) && (isPossessive(toks[m.t1].Text) || isLetters(toks[m.t1].Text) && toks[m.t1].Text == strings.ToLower(toks[m.t1].Text)) {
		return false
	}
	return !knownPlace(m.m.Text)
}

// disclaimerOwnersAsOrganizations types ORGANIZATION, at every mention, a
// name tagged a place or a person that a publisher's disclaimer names as
// the owner of the views a text does not stand for (disclaimerOwner:
// "do not necessarily reflect those of Zorbnik"): the outlet that prints
// the column, which the tagger, with no company's word around, types a
// place.
func disclaimerOwnersAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return (m.typ == newsner.Location || m.typ == newsner.Person) && disclaimerOwner(toks, m)
	}, personOrPlace, newsner.Organization)
}

// useVerbs take a service or an app as their object when the object is
// a one-word name: "Who should use Zorbly?", "teams using Quelbo".
var useVerbs = setOf(`use uses using`)

// usedAsOrganizations types ORGANIZATION, at every mention, a one-word
// name tagged a person right after a use verb (useVerbs: "Who should use
// Zorbly?", modern-web-a's streaming service typed a person): a service,
// an app or a company's product that the article names as its maker, as
// whichAsOrganizations reads ", which". Not a first name, the last word of
// a person's fuller name in the article, a name after a title anywhere,
// nor one any mention of which "who" follows ("decided not to use Silva,
// who had claimed", eng.testa's player: a coach uses a player).
func usedAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool // a fuller person's name's last word; a one-word name's key that "who" follows or a title precedes
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person || m.t1-m.t0 != 1 || m.t0 == 0 || !useVerbs[toks[m.t0-1].Text] || firstName(m.m.Text) {
			return false
		}
		if people == nil {
			people = map[string]bool{}
			for _, o := range ms {
				if o.typ != newsner.Person {
					continue
				}
				if len(o.words) > 1 {
					people[o.words[len(o.words)-1]] = true
					continue
				}
				k := o.t1
				if k < len(toks) && toks[k].Text == "," {
					k++
				}
				if k < len(toks) && toks[k].Text == "who" || o.t0 > 0 && titles[strings.ToLower(toks[o.t0-1].Text)] {
					people[o.key] = true
				}
			}
		}
		return !people[m.key] && !people[m.words[0]]
	}, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1
	}, newsner.Organization)
}

package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Typing rules that give ORGANIZATION by a common noun beside a name: in an
// apposition after it ("Zorbco, a miner", "the Quelb, a lobby group",
// "COUNTRY's ... agency") or before it ("health regulator Zorbisa",
// "services union Quelbdi"), or right after it ("Greenpeace activists",
// "a Quelbton hotel", "the Zorbi union", "the Gavi vaccine alliance",
// "his Zorbo Hope party").

// bodyNouns, in lower case before a comma, "the" and a name, say what
// public body the name is ("the competition authority, the Zorbamt,").
var bodyNouns = setOf(`authority regulator watchdog agency office ministry commission`)

// bodyAppositionsAsOrganizations types ORGANIZATION, at every mention, a
// name tagged a person, MISC (no demonym) or a place no list knows that
// stands after a body's noun (bodyNouns), a comma and "the", and before a
// comma or "said": the body's own name in apposition ("Zorbia's
// competition authority, the Bundeskartellamt, said", which the tagger
// typed MISC; December 2020 audit).
func bodyAppositionsAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location || isDemonym(m.m.Text) || knownPlace(m.m.Text) {
			return false
		}
		return m.t0 >= 3 && toks[m.t0-1].Text == "the" && toks[m.t0-2].Text == "," && bodyNouns[toks[m.t0-3].Text] &&
			m.t1 < len(toks) && (toks[m.t1].Text == "," || toks[m.t1].Text == "said")
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || unplacedLocation(toks, m)
	}, newsner.Organization)
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

// memberBodyNouns name, in lower case right before a comma and a name in
// apposition, a body of members: a party, a union, a movement, a group
// ("its party, Zorbakutik, had backed", "the country's biggest union
// group, Quelbgo, said"); bodyNouns has the public bodies'.
var memberBodyNouns = setOf(`group party union movement alliance coalition federation confederation association front`)

// memberAppositionsAsOrganizations types ORGANIZATION, at every mention,
// a name tagged a place, MISC or, in one word that is no first name, a
// person, no demonym, no country's or state's name (iso3166Place; a
// town's may be a body's: Rengo is also a Chilean town) and, tagged MISC
// or a person, no known place, that stands after a member body's noun
// (memberBodyNouns) and a comma, and before a comma: the body's own name
// in apposition, as bareBodyAppositionsAsOrganizations reads a public
// body's. Audit n's "Japan's biggest union group, Rengo, said" and audit
// o's "its party, Pachakutik, had backed" were typed places. A person's
// name of two words ("a spokesman for the group, Jane Quimble, said") or
// a name before "said" alone is left as it is.
func memberAppositionsAsOrganizations(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		switch {
		case m.typ == newsner.Person:
			if len(m.words) != 1 || firstName(m.m.Text) {
				return false
			}
		case m.typ != misc && m.typ != newsner.Location:
			return false
		}
		return !isDemonym(m.m.Text) && !iso3166Place(m.m.Text) && (m.typ == newsner.Location || !knownPlace(m.m.Text))
	}
	retypeByKey(ms, func(m *mention) bool {
		return cued(m) && m.t0 >= 2 && toks[m.t0-1].Text == "," && memberBodyNouns[toks[m.t0-2].Text] &&
			m.t1 < len(toks) && toks[m.t1].Text == ","
	}, func(m *mention) bool {
		return m.typ == newsner.Person && cued(m) || m.typ == misc || unplacedLocation(toks, m)
	}, newsner.Organization)
}

// appositionNouns, after a name, a comma, "a", "an" or "the" and up to
// three words in lower case, say that the name is an organization's
// (companyNouns' words and bodies': "Gavi, the vaccine alliance",
// "Quelbfam, a British charity").
var appositionNouns = setOf(`company firm startup start-up retailer automaker carmaker chipmaker drugmaker
conglomerate lender airline brewer manufacturer consultancy maker alliance coalition charity
nonprofit broadcaster publisher insurer`)

// companyApposition reports whether the name that ends before token t1
// has an apposition right after it that calls it an organization: a
// comma, "a", "an" or "the", and an appositionNouns word within four words
// in lower case ("Gavi, the vaccine alliance", "Zorbco, the drugmaker,");
// not a noun that word modifies ("a company spokesman", "the firm's
// founder": a person's).
func companyApposition(toks []token, t1 int) bool {
	if t1+3 >= len(toks) || toks[t1].Text != "," {
		return false
	}
	if w := toks[t1+1].Text; w != "a" && w != "an" && w != "the" {
		return false
	}
	for k := t1 + 2; k < len(toks) && k <= t1+5; k++ {
		w := toks[k].Text
		if appositionNouns[w] {
			return k+1 >= len(toks) || !isPossessive(toks[k+1].Text) && !lowerNoun(toks[k+1])
		}
		if !isLetters(strings.ReplaceAll(w, "-", "")) || startsUpper(w) {
			return false
		}
	}
	return false
}

// appositionsAsOrganizations types ORGANIZATION, at every mention, a
// name of one or two words tagged a person (no first name), MISC (no
// demonym) or a place no list knows, that an apposition right after it
// calls an organization (appositionNouns: "Gavi, the vaccine alliance
// which", "Beiersdorf, the maker of Zorb cream", typed MISC and a place
// on made-up Reuters-style articles); a noun the apposition's word
// modifies ("a company spokesman", "the firm's founder") is a person's,
// and a name after "in"-like words (strongLocatives) a place.
func appositionsAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.t1-m.t0 > 2 || m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location || isDemonym(m.m.Text) || knownPlace(m.m.Text) ||
			m.typ == newsner.Person && firstName(m.m.Text) {
			return false
		}
		if k := m.t0 - 1; k > 0 && strings.EqualFold(toks[k].Text, "the") && strongLocatives[toks[k-1].Text] || k >= 0 && strongLocatives[toks[k].Text] {
			return false // "power failed in the Quarnest, a start-up said" (companyCue's)
		}
		return companyApposition(toks, m.t1)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || unplacedLocation(toks, m)
	}, newsner.Organization)
}

// placeBodyNouns, ending an apposition "COUNTRY's ... NOUN" after a name,
// say the name is the country's body or company ("Zorbada, Zorbia's
// anti-doping agency,"): appositionNouns' and bodyNouns' words and a few
// more a country has one of.
var placeBodyNouns = setOf(`authority regulator watchdog agency office ministry commission company firm
carrier airline lender bank insurer miner broadcaster utility conglomerate union party fund exchange
federation association council body institute operator producer maker`)

// placeBodyAppositionsAsOrganizations types ORGANIZATION, at every
// mention, a name tagged a person (no first name), MISC (no demonym) or a
// place no list knows, before a comma, a place (tagged or known), "'s" and up to
// three words in lower case ending in a body's or a company's noun
// (placeBodyNouns) that no noun in lower case follows: "Zorbada,
// Zorbia's anti-doping agency, said" (the tagger typed the agency's
// acronym a place; fifth December 2020 audit). A name where a place
// stands ("in") is left alone: "in Quelbton, Zorbia's oil hub".
func placeBodyAppositionsAsOrganizations(ms []*mention, toks []token) {
	places := map[int]bool{} // the first tokens of one-word mentions tagged a place
	for _, m := range ms {
		if m.typ == newsner.Location && m.t1-m.t0 == 1 {
			places[m.t0] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		switch {
		case m.typ == newsner.Person && firstName(m.m.Text), m.typ == misc && isDemonym(m.m.Text), m.typ == newsner.Location && knownPlace(m.m.Text):
			return false
		case m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location:
			return false
		}
		k := m.t1
		if k+3 >= len(toks) || toks[k].Text != "," || !places[k+1] && !knownPlace(toks[k+1].Text) || !isPossessive(toks[k+2].Text) || placeContext(toks, m.t0, m.t1, strongLocatives) {
			return false
		}
		for j := k + 3; j < len(toks) && j <= k+5; j++ {
			w := toks[j].Text
			if placeBodyNouns[w] {
				return j+1 >= len(toks) || !isPossessive(toks[j+1].Text) && !lowerNoun(toks[j+1])
			}
			if !isLetters(strings.ReplaceAll(w, "-", "")) || startsUpper(w) {
				return false
			}
		}
		return false
	}, func(m *mention) bool {
		return m.typ == newsner.Person && !firstName(m.m.Text) || m.typ == misc && !isDemonym(m.m.Text) || m.typ == newsner.Location && !knownPlace(m.m.Text) && !placeContext(toks, m.t0, m.t1, strongLocatives)
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

// tradeNameNouns are tradeRunNouns that make a name tagged a person an
// organization too; "investor" and "developer" are left out (a person's
// trades too: "investor Buffett", "game developer Zorbo"), and "studio"
// (a studio is a place as often: "at recording studio Quelb Road"); "miner"
// is put in (a miner is not named by his surname alone). With "studio" and
// "developer" the rule cost modern-web 0.0008 F1.
var tradeNameNouns = setOf(`union watchdog regulator bakery bottler distiller miner`)

// tradeNamesAsOrganizations types ORGANIZATION, at every mention, a name
// tagged a person or a place no list knows, right after a trade's noun
// (tradeNameNouns; at a sentence's start capitalized: "Miner Zorba
// said"): "services union Quelbdi called strikes", "Argentine bakery
// Panificadora Zorbas", which the tagger read as people on made-up
// Reuters-style articles. A person's name of two words or more takes no
// first name; a one-word one may be a first name ("Miner Vale", a
// company a given name spells) but no word of a person's longer name in
// the article. Not where a place stands ("in").
func tradeNamesAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	person := func(m *mention) bool {
		if len(m.words) == 1 {
			return !anyIn(m.words, lazyPersonWords(&people, ms, toks))
		}
		return !firstName(m.m.Text)
	}
	retypeByKey(ms, func(m *mention) bool {
		if m.t0 == 0 || m.typ != newsner.Person && m.typ != newsner.Location || !lowered(tradeNameNouns, toks[m.t0-1].Text) {
			return false
		}
		if m.typ == newsner.Person {
			return person(m)
		}
		return !knownPlace(m.m.Text)
	}, func(m *mention) bool {
		return m.typ == newsner.Person && person(m) || m.typ == newsner.Location && !knownPlace(m.m.Text) && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// memberWords, after a group's name, say its people act for it
// ("Greenpeace activists climbed ...").
var memberWords = setOf(`activists campaigners volunteers`)

// activistsAsOrganizations types ORGANIZATION, at every mention, a
// one-word name tagged a person right before "activists", "campaigners"
// or "volunteers": the group they act for (December 2020 audit:
// "Greenpeace activists climbed" gave PER "Greenpeace"). Not a first name,
// nor a word of a person's longer name in the article ("Navalny
// activists" beside "Alexei Navalny").
func activistsAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1 && m.t1 < len(toks) && memberWords[toks[m.t1].Text] && !firstName(m.m.Text) && !anyIn(m.words, lazyPersonWords(&people, ms, toks))
	}, func(m *mention) bool {
		return m.typ == newsner.Person && m.t1-m.t0 == 1
	}, newsner.Organization)
}

// chainNouns, in lower case right after a name, say it is a chain's
// brand: a company's ("a Quelbton hotel", "the Zorbly chain").
var chainNouns = setOf(`hotel hotels chain resorts stores restaurants`)

// chainsAsOrganizations types ORGANIZATION, at every mention, a one-word
// name tagged a person right before a chain's noun (chainNouns): a hotel
// or a shop chain named for its founder, which the tagger reads as the
// person (issue 11: a hotel company's name before "hotel" and "chain"
// typed PER; the name was also a first name of the gazetteer, so first
// names are let in). Not after an honorific, nor a word of a person's
// longer name in the article ("Trump hotels" beside "Donald Trump").
func chainsAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && len(m.words) == 1 && m.t1 < len(toks) && chainNouns[toks[m.t1].Text] &&
			!afterHonorific(toks, m.t0) && !anyIn(m.words, lazyPersonWords(&people, ms, toks))
	}, func(m *mention) bool {
		return m.typ == newsner.Person && len(m.words) == 1
	}, newsner.Organization)
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

// allianceNamesAsOrganizations types ORGANIZATION, at every mention, a
// one-word name tagged a person, MISC or a place no list knows, no
// demonym and no hyphened word ("Saudi-led"), that stands before one word
// in lower case and "alliance" or "coalition": the alliance's own name
// ("the Gavi vaccine alliance said", which the tagger typed MISC;
// December 2020 audit).
func allianceNamesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location || m.t1-m.t0 != 1 || isDemonym(m.m.Text) || strings.Contains(m.m.Text, "-") || knownPlace(m.m.Text) {
			return false
		}
		k := m.t1
		return k+1 < len(toks) && lowerNoun(toks[k]) && (toks[k+1].Text == "alliance" || toks[k+1].Text == "coalition")
	}, func(m *mention) bool {
		return m.t1-m.t0 == 1 && (m.typ == newsner.Person || m.typ == misc || unplacedLocation(toks, m))
	}, newsner.Organization)
}

// partyNamesAsOrganizations types ORGANIZATION, at every mention but those
// that stand where a place does, a name tagged a person or a place that
// stands right before "party" in lower case ("his Zorbo Hope party", "the
// Quelb party of Marla Quonk"): a party's name, even one a gazetteer knows
// as a town (world audit, eighteenth pass: "his New Hope party" gave LOC
// on a made-up Reuters-style article). In eng.train and eng.testa the names
// before "party" are organizations but for party adjectives ("Democratic",
// "Nazi"), MISC, which this leaves alone; a country's name stays a place
// ("a Zorbia party" is a party held there).
func partyNamesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return personOrPlace(m) && m.t1 < len(toks) && toks[m.t1].Text == "party" && !isDemonym(m.m.Text) && !iso3166Place(m.m.Text)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || unplacedLocation(toks, m)
	}, newsner.Organization)
}

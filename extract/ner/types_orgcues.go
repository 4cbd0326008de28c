package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Typing rules that give ORGANIZATION by the words around a name: an
// organization's roles and holdings ("chief executive of"), a kind of group
// or company before it, "which runs", a unit's apposition, "said it",
// activists, public bodies, alliances, owners ("owned by"), parties, "known
// as", news reports ("according to"), purchases ("agreed to buy"), and names
// listed beside organizations.

// Organization cues (orgCue): the roles and holdings of a company before
// "of" or "in" and its name ("chief executive officer of Petofi", "a stake
// in Ruch"), the people who watch it or work for it before "at" or "with"
// ("analysts at Indosuez", "chief technology officer at Zorbsec", "layoffs
// at Zorbly"; a director, a partner or a principal "at" too, added in the
// fifth business audit: "investment director at Quelb Zorb" gave a
// person), and what it has after its name and "'s" ("Petofi's board",
// "Ulta's shares", "Zorbly's co-founder", "Zorbly's founders", "Zorbly's app"; not what a
// person has too: a website, a stake, employees, subscribers, as a
// writer's or a video maker's "Smith's subscribers"). "the acquisition of
// Zorbly" and "shares of Zorbly" are a company's too.
var (
	orgRolesOf = setOf(`executive officer ceo cfo chairman chairwoman founder co-founder subsidiary
unit employees manager director stake shares cofounder acquisition`)
	orgWatchers = setOf(`analyst analysts economist economists strategist strategists
officer executive executives ceo cto cfo coo engineer engineers employee employees staffers layoffs
director partner principal`)
	orgPossessed = setOf(`board shares stock chairman chairwoman executives shareholders subsidiary
unit parent profit profits revenue revenues earnings sales ceo cfo headquarters workforce
founder founders co-founder cofounder app apps customers`)
)

// dealNouns, before "of" or "in", name a company's deal or its holdings
// (dealNounOf).
var dealNouns = setOf(`stakes purchase takeover`)

// dealNounOf reports whether w, lower case, is a deal's noun that puts a
// company after "of" or "in" ("the purchase of Zorbly", "the takeover of
// Quelb", "its stakes in Zorbia Mining and Quelbcore"), as orgRolesOf's
// "acquisition" and "stake" do (ninth December 2020 audit: "the purchase
// of Shire" and "stakes in Anglo American and Glencore" typed places on
// made-up Reuters-style articles). In eng.train the capitalized names
// after these are organizations but "purchase of U.S. wheat", a known
// place, which cuedAsOrganizations leaves alone.
func dealNounOf(w string) bool {
	return dealNouns[w]
}

// orgCue reports whether the name over tokens [t0,t1) stands where only
// an organization does (orgRolesOf, orgWatchers, orgPossessed; a manager
// or director only a general manager or a managing director). In
// eng.train, GUM, wikigold, re3d and the tweets, 29 of the 31 names after
// such a role and "of"/"in" that are not demonyms are organizations (the
// others known places, "Jacksonville" and "Crimea", which
// cuedAsOrganizations leaves alone), and so are the 6 names after such a
// watcher and the 8 before such a possession.
func orgCue(toks []token, t0, t1 int) bool {
	k := t0 - 1
	if k > 0 && toks[k].Text == "the" {
		k--
	}
	if k > 0 {
		switch toks[k].Text {
		case "of", "in":
			w := strings.ToLower(toks[k-1].Text)
			if orgRolesOf[w] && !(w == "manager" || w == "director") || (w == "manager" || w == "director") && k > 1 && (toks[k-2].Text == "general" || toks[k-2].Text == "managing") || dealNounOf(w) {
				return true
			}
		case "at", "with":
			if w := strings.ToLower(toks[k-1].Text); orgWatchers[w] && (w != "officer" || chiefOfficer(toks, k-1)) || fundManager(toks, k-1) {
				return true
			}
		case "like", "including":
			if companyKind(toks, k-1) {
				return true
			}
		case "as":
			if k > 1 && toks[k-1].Text == "such" && companyKind(toks, k-2) {
				return true
			}
		case "by":
			if publishedBy(toks, k, t0) {
				return true
			}
		}
	}
	return t1+1 < len(toks) && isPossessive(toks[t1].Text) && lowered(orgPossessed, toks[t1+1].Text) || chiefOfficerHolder(toks, t1) || unitAppositive(toks, t1) || employerBeforeRole(toks, t1) || whichRunsCue(toks, t1) || groupKindCue(toks, t1) || groupBeforeName(toks, t0) || kindBeforeName(toks, t0)
}

// chiefOfficerHolder reports whether the name that ends before token t1
// stands before "'s", "chief" and a company officer's word (chiefOfficers:
// "Quelbara's chief executive", "Marzoli's chief financial officer"):
// what has a chief executive is a company (issue 11: a fund and a
// company so cued typed a place and a person on made-up text; orgPossessed
// has "ceo" and "cfo" only as one word).
func chiefOfficerHolder(toks []token, t1 int) bool {
	return t1+2 < len(toks) && isPossessive(toks[t1].Text) && toks[t1+1].Text == "chief" && chiefOfficers[toks[t1+2].Text]
}

// groupBeforeName reports whether the name that starts at token t0 stands
// right after "group" in lower case ("the rights group Quelbana", "the
// militant group Zorb Front", "telecoms group Zorbcom"): in eng.train and
// eng.testa the 23 names there are all organizations; the tagger typed a
// rights group so named a person on a made-up Reuters-style article (world
// audit, eighteenth pass, third set).
func groupBeforeName(toks []token, t0 int) bool {
	return t0 > 0 && toks[t0-1].Text == "group"
}

// kindBeforeName reports whether the name that starts at token t0 stands
// right after a kind of companies in the plural, in lower case
// (companyKind: "pharmacy chains Zorbo and Quelbix", "carmakers Zorbia
// Motors and ..."): the list's names are companies, as after "chains
// like"; coordinatedAsOrganizations takes the rest of the list (December
// 2020 audit: "Pharmacy chains Boots and Superdrug" left "Boots" untagged
// and typed "Superdrug" a person). One space apart only (not a heading's
// "sites" and a paragraph's first word), not a first name ("publishers
// Jann Wenner" are the people), nor after "publishers", who are people
// too.
func kindBeforeName(toks []token, t0 int) bool {
	if t0 == 0 || toks[t0].Start-toks[t0-1].End != 1 || firstName(toks[t0].Text) {
		return false
	}
	w := toks[t0-1].Text
	return w == strings.ToLower(w) && w != "publishers" && companyKind(toks, t0-1)
}

// publishedBy reports whether token k is the "by" of "published by" (two
// words at most between: "published this month by") and the name after
// it, at token t0, starts with no first name: a book's or a paper's
// publisher, an organization (eng.train: "published by Deutsche Lufthansa
// AG", "published by Prensa Latina"); "published by Jane Quimble" names
// its author.
func publishedBy(toks []token, k, t0 int) bool {
	if toks[k].Text != "by" || firstName(toks[t0].Text) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].Text == "published" {
			return true
		}
		if !isLetters(toks[j].Text) {
			return false
		}
	}
	return false
}

// groupKinds say, before "group", what kind of body a named group is
// ("human rights group", "media group", "rebel group").
var groupKinds = setOf(`rights media advocacy opposition rebel militant activist lobby campaign watchdog
environmental`)

// groupKindCue reports whether the name that ends before token t1 stands
// before a group's kind (groupKinds), after at most one lower-case word,
// and "group": the body's own name ("the Viasna human rights group", which
// the tagger typed a place; world news audit). cuedAsOrganizations leaves
// known places alone ("the Hong Kong media group").
func groupKindCue(toks []token, t1 int) bool {
	for k := t1; k < len(toks) && k <= t1+2; k++ {
		w := toks[k].Text
		if w != strings.ToLower(w) {
			return false
		}
		if groupKinds[w] {
			return k+1 < len(toks) && toks[k+1].Text == "group"
		}
	}
	return false
}

// businessVerbs, after a name, a comma and "which", say what a company
// does with what it holds ("Zorbco, which manages $2 billion"); "bought"
// and "acquired" added for issue 11 ("Zorbco, which bought a majority of
// Quelb Cosmetics": what buys a company is one).
var businessVerbs = setOf(`manages owns operates runs controls makes sells invests lends insures
publishes manufactures bought acquired`)

// whichRunsCue reports whether the name that ends before token t1 stands
// before a comma, "which" and a business's verb (businessVerbs): a thing,
// not a person (who), that manages or owns, a company ("a principal at
// Quelb Capital, which manages IPO funds"; business audit, fifth: such a
// fund manager tagged LOC on a made-up Reuters-style article).
// cuedAsOrganizations leaves known places ("Norway, which owns 67%") alone.
func whichRunsCue(toks []token, t1 int) bool {
	return t1+2 < len(toks) && toks[t1].Text == "," && toks[t1+1].Text == "which" && businessVerbs[toks[t1+2].Text]
}

// companyRoles, right after a name and before a person's, say the name is
// the company the person founded or runs ("Zorbco founder Quelb Marzo");
// "chief" only before a company officer's word ("Zorbco chief executive").
var (
	companyRoles  = setOf(`founder co-founder cofounder CEO ceo`)
	chiefOfficers = setOf(`executive financial operating technology`)
)

// employerBeforeRole reports whether the name that ends before token t1
// stands before a company's role (companyRoles, "chief executive") and a
// capitalized word, the person's name: "Zorbco founder Quelb Marzo",
// "Zorbco chief executive Quelb Marzo", where the tagger read the company
// as a person (business audit, fifth: "Nikola founder Trevor Milton" gave
// PER "Nikola" on a made-up Reuters-style article). Not "chairman",
// which a country's body has too, nor "chief" alone ("Zorbia chief
// negotiator").
func employerBeforeRole(toks []token, t1 int) bool {
	k := t1
	if k < len(toks) && companyRoles[toks[k].Text] {
		k++
	} else if k+1 < len(toks) && toks[k].Text == "chief" && chiefOfficers[toks[k+1].Text] {
		k += 2
		if k < len(toks) && toks[k].Text == "officer" {
			k++
		}
	} else {
		return false
	}
	return k < len(toks) && startsUpper(toks[k].Text) && isLetters(toks[k].Text)
}

// unitWords say, before "of", what part of a group a company is.
var unitWords = setOf(`unit subsidiary division arm affiliate part`)

// unitAppositive reports whether the name that ends before token t1 stands
// before a comma and what part of a group it is: ", a unit of", ", now part
// of", ", a subsidiary of" and a capitalized name ("Westinghouse, a unit of
// Zorbco", "Quimby Ross, now part of Zorbitt"): a company; the tagger read
// "Quimby Ross" as a person.
func unitAppositive(toks []token, t1 int) bool {
	j := t1 + 1
	if t1 >= len(toks) || toks[t1].Text != "," {
		return false
	}
	if j < len(toks) && toks[j].Text == "now" {
		j++
	}
	if j < len(toks) && (toks[j].Text == "a" || toks[j].Text == "an") {
		j++
	}
	return j+2 < len(toks) && unitWords[toks[j].Text] && toks[j+1].Text == "of" && startsUpper(toks[j+2].Text)
}

// fundManager reports whether token k is "manager" after "fund",
// "portfolio" or "investment" ("a portfolio manager at Ninety Quelb"):
// one works at a firm, while a plain manager works at a hotel or a place
// too (orgWatchers leave "manager" out); regional audit, nineteenth pass:
// a fund firm named by number words was read as a place.
func fundManager(toks []token, k int) bool {
	return k > 0 && toks[k].Text == "manager" && (toks[k-1].Text == "fund" || toks[k-1].Text == "portfolio" || toks[k-1].Text == "investment")
}

// chiefOfficer reports whether the officer at token k is a chief one
// ("chief technology officer at Zorbsec"): a security or police officer
// stands at a place too ("a security officer at Heathrow").
func chiefOfficer(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if strings.EqualFold(toks[j].Text, "chief") {
			return true
		}
	}
	return false
}

// companyKinds, before "like", "including" or "such as" and a name, say
// it is a company's ("sites like Zorbly", "manufacturers including
// Quelbix"); coordinatedAsOrganizations takes the rest of the list.
var companyKinds = setOf(`companies firms startups start-ups brands retailers manufacturers automakers
carmakers makers sites websites apps platforms outlets publishers lenders airlines labels studios chains`)

// placeSites are the words that make the sites before "like" places, not
// the web's ("archaeological sites like Gobekli Tepe", "test sites like
// Semipalatinsk", "polling sites like Quelbville High School").
var placeSites = setOf(`archaeological heritage historic historical test testing launch nuclear polling
voting construction burial holy sacred religious pilgrimage tourist military missile drilling mining
landfill camp camping crash disaster memorial cultural industrial storage dump waste`)

// companyKind reports whether token j is a kind of companies
// (companyKinds), "sites" not after a place's word (placeSites).
func companyKind(toks []token, j int) bool {
	w := strings.ToLower(toks[j].Text)
	return companyKinds[w] && (w != "sites" || j == 0 || !lowered(placeSites, toks[j-1].Text))
}

// miscNoun reports whether m, tagged MISC, is a name used as a noun: no
// demonym, no "-based", not before a word in lower case ("the Tibetan
// government").
func miscNoun(toks []token, m *mention) bool {
	if isDemonym(m.m.Text) || strings.Contains(m.m.Text, "-") {
		return false
	}
	if m.t1 < len(toks) {
		r, _ := utf8.DecodeRuneInString(toks[m.t1].Text)
		return !unicode.IsLower(r)
	}
	return true
}

// companyNouns say what kind of company a name is, in a word right before
// it ("the startup Zorbly", "retailer Zorbly", "giant telecom Zorbly") or
// ending an apposition after it ("Zorbly, an Internet security firm"):
// words no person or place is called. "maker" added in the December 2020
// audit (", a Swedish maker of temperature-controlled containers" left the
// maker untagged; the trades' makers are one word: "filmmaker").
var companyNouns = setOf(`company firm startup start-up retailer automaker carmaker chipmaker drugmaker
conglomerate telecom lender airline brewer app platform website brand manufacturer consultancy bank utility maker
group lobby seller`)

// appositionCompanyNouns end an apposition after a name the way
// companyNouns do ("Zorbco, the Abu Dhabi fund", "Quelb, Australia's
// biggest gas supplier"), but not right before a name, where they are a
// verb ("to fund Nadir's lifestyle") or a person's trade ("insurer Jane
// Doe"): issue 11, a state fund read as a place.
var appositionCompanyNouns = setOf(`fund insurer miner refiner supplier`)

// firmPlurals are the trades a firm is named by in the plural after its
// name, a comma and "the" ("Zorbitt, the shareholder advisers", "Quell &
// Quimby, the lawyers"): one name that is many people is a firm
// (companyCue). Only after the name: before names the plural is the
// people's ("analysts Jane Doe and John Roe").
var firmPlurals = setOf(`advisers advisors consultants lobbyists auditors accountants lawyers solicitors
brokers bankers architects engineers builders developers pollsters`)

// firmPlural reports whether token k, in the words after a name that ends
// before token t1, a comma and "the", is a trade in the plural
// (firmPlurals).
func firmPlural(toks []token, t1, k int) bool {
	return firmPlurals[toks[k].Text] && toks[t1+1].Text == "the"
}

// companyCue reports whether the name over tokens [t0,t1) is one the
// article calls a company: a company's noun right before it ("the startup
// Zorbly") or "a", "an" or "the", up to four words before any "of" and a
// company's noun right after it and a comma ("Zorbly, an Internet and
// network security firm"; personCue's shape), where the name stands after
// no "in"-like word (strongLocatives: not "power in the Northeast, a New
// York start-up came up with").
func companyCue(toks []token, t0, t1 int) bool {
	if t0 > 0 && companyNouns[toks[t0-1].Text] {
		return true
	}
	if t1+2 >= len(toks) || toks[t1].Text != "," {
		return false
	}
	if w := toks[t1+1].Text; w != "a" && w != "an" && w != "the" {
		return false
	}
	k := t0 - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k >= 0 && strongLocatives[toks[k].Text] {
		return false // "power in the Northeast, a New York start-up came up with"
	}
	for k := t1 + 2; k < len(toks) && k <= t1+6; k++ {
		w := toks[k].Text
		if companyNouns[w] || appositionCompanyNouns[w] || firmPlural(toks, t1, k) {
			// Not "a company's founder", nor a noun the company's word
			// modifies: "an app developer", "a company spokesman", "an
			// airline pilot", "a telecom analyst" are people.
			return k+1 >= len(toks) || !isPossessive(toks[k+1].Text) && !lowerNoun(toks[k+1]) || companysHolder(toks, k+1)
		}
		if w == "of" || !isLetters(strings.ReplaceAll(w, "-", "")) && !isPossessive(w) { // "the employers' lobby"
			return false
		}
	}
	return false
}

// holderWords, after a company's noun and "'s", say the name is the
// company that holds it ("Zorbco, the airline's parent").
var holderWords = setOf(`parent owner`)

// companysHolder reports whether token k is "'s" and a holder's word
// (holderWords) after a company's noun: the name the apposition follows
// owns a company, so is one (December 2020 audit: "inject money into
// Hanjin KAL, the airline's parent" typed a person); "a company's
// founder" stays a person's apposition.
func companysHolder(toks []token, k int) bool {
	return k+1 < len(toks) && isPossessive(toks[k].Text) && holderWords[toks[k+1].Text]
}

// cuedAsOrganizations types ORGANIZATION a name tagged a person or a place
// (or MISC, used as a noun and not after "the": "the CEO of Hipcricket, a
// mobile marketing company", not an event's "apps like the Olympics"),
// known as no place, that the article puts where only an organization
// stands (orgCue) somewhere, or calls a company (companyCue; not a name
// starting with a first name), at every mention of it but those that stand
// where a place does ("in Petofi").
func cuedAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if !(personOrPlace(m) || m.typ == misc && miscNoun(toks, m) && !(m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the"))) {
			return false
		}
		return (orgCue(toks, m.t0, m.t1) || companyCue(toks, m.t0, m.t1) && !firstName(m.m.Text)) && !knownPlace(m.m.Text) || companyBeforeTown(toks, m)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || unplacedLocation(toks, m) || m.typ == newsner.Location && cueAfterIn(toks, m)
	}, newsner.Organization)
}

// cueAfterIn reports whether m, a mention after "in" or "of", is itself
// where only an organization stands (orgCue: "a stake in Zorbix", "shares
// in Zorbix", "chief executive of Zorbix"): the word before "in" says it
// is no place, so the mention the cue is read from is retyped with the
// others (regional audit, nineteenth pass: "owns a stake in Zorbix" kept
// LOC while the article's other mentions became an organization).
func cueAfterIn(toks []token, m *mention) bool {
	return orgCue(toks, m.t0, m.t1)
}

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

// ampersandNamesAsOrganizations types ORGANIZATION, at every mention, a
// name tagged a person with an ampersand among its words ("Natura &Co",
// "Quelb & Marzo"): one person's name never holds "&", a firm's named for
// its founders or its brands does; the tagger read a cosmetics group's
// "Natura &Co" as a person (December 2020 audit).
func ampersandNamesAsOrganizations(ms []*mention) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && len(m.words) > 1 && ampersandWord(m.words)
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// ampersandWord reports whether a word of words is or starts with "&"
// ("&", "&co").
func ampersandWord(words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, "&") {
			return true
		}
	}
	return false
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

// firstNamed reports whether m reads as a person's name by its words: a
// first name (firstName) alone or before a word the training corpora do
// not usually write in lower case (usuallyLower: "Jane Doe"). A first name
// before a common word is a firm's name as often ("Brooks Running, owned
// by Berkshire Hathaway", the eleventh December 2020 audit; "Brooks
// Brothers"), which ownedByCue then tells; the gazetteer's surnames hold
// "Running" too, so they cannot tell.
func firstNamed(m *mention) bool {
	if !firstName(m.m.Text) {
		return false
	}
	return len(m.words) == 1 || !usuallyLower(m.words[len(m.words)-1], 5, 3)
}

// ownedByCue reports whether a comma, "owned by" and a capitalized word
// start at token k.
func ownedByCue(toks []token, k int) bool {
	return k+3 < len(toks) && toks[k].Text == "," && toks[k+1].Text == "owned" && toks[k+2].Text == "by" && startsUpper(toks[k+3].Text)
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

// knownAsOrganizations types ORGANIZATION, at every mention but those
// that stand where a place does, a name tagged a person, a place or MISC
// that an organization's name is said to be known or called by ("The
// Zorbia Health Foundation, known as Zorbcruz,", "... , also called
// Quelbco"): another name of the same thing (fourth audit: "The Oswaldo
// Cruz Foundation, known as Fiocruz," gave LOC "Fiocruz" on a made-up
// Reuters-style article).
func knownAsOrganizations(ms []*mention, toks []token) {
	var ends map[int]bool
	retypeByKey(ms, func(m *mention) bool {
		return (personOrPlace(m) || m.typ == misc) && knownAsOrg(ms, toks, m, &ends)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || unplacedLocation(toks, m)
	}, newsner.Organization)
}

// knownAsOrg reports whether m stands after an organization's mention, a
// comma and "known as" or "called" ("also" or "commonly" may come between
// the comma and the verb). ends holds the organizations' ends
// (mentionEnds).
func knownAsOrg(ms []*mention, toks []token, m *mention, ends *map[int]bool) bool {
	return knownAsAfter(ms, toks, m, newsner.Organization, ends)
}

// knownAsAfter reports whether m stands after a mention of type typ, a
// comma and "known as" or "called" ("also" or "commonly" may come between
// the comma and the verb): another name of what that mention names.
func knownAsAfter(ms []*mention, toks []token, m *mention, typ newsner.EntityType, ends *map[int]bool) bool {
	k := m.t0 - 1
	if k < 2 || toks[k].Text != "as" && toks[k].Text != "called" {
		return false
	}
	if toks[k].Text == "as" {
		if toks[k-1].Text != "known" {
			return false
		}
		k--
	}
	k--
	if k > 0 && (toks[k].Text == "also" || toks[k].Text == "commonly") {
		k--
	}
	if k < 1 || toks[k].Text != "," {
		return false
	}
	return mentionEnds(ends, ms, func(n *mention) bool { return n.typ == typ })[k]
}

// mentionEnds returns the tokens at which a mention that keep accepts
// ends, made into *p at the first call: a rule that asks, at each of its
// cues, whether a mention ends there reads the set instead of walking
// every mention (20,000 "X, known as Y," took four times the time of
// 10,000 twice over). The set holds for as long as no mention is retyped:
// it serves one pass of retypeByKey's cue.
func mentionEnds(p *map[int]bool, ms []*mention, keep func(*mention) bool) map[int]bool {
	if *p == nil {
		*p = map[int]bool{}
		for _, n := range ms {
			if keep(n) {
				(*p)[n.t1] = true
			}
		}
	}
	return *p
}

// companyBeforeTown reports whether m, a known place's name tagged a
// place, stands right after a company's noun ("startup Aurora", "lender
// Santander") and is no listed place (a country, a US state): a company
// named for a town, which the tagger reads as the town, a first name or
// not (fourth audit: "sell its unit to startup Aurora" gave LOC "Aurora"
// on a made-up Reuters-style article; companyCue's other cues stay off
// known places and first names).
func companyBeforeTown(toks []token, m *mention) bool {
	return m.typ == newsner.Location && m.t0 > 0 && companyNouns[toks[m.t0-1].Text] && knownPlace(m.m.Text) && listKey(m.m.Text, newsner.Location) == ""
}

// affiliationsAsOrganizations types ORGANIZATION a name tagged a person
// that stands right after a person's name and "of" or "of the" ("Nick
// Rhodes of Duran Duran", "Michael Tien of NPP"): what a person is "of" is
// a country or a town (known places, left alone) or an organization. In
// eng.train, of the 90 names after a person and "of", 80 are places, 9
// organizations, 1 a demonym, and none a person. Not a name that starts
// with a first name ("Daughter of Henry VIII").
func affiliationsAsOrganizations(ms []*mention, toks []token) {
	for i, m := range ms {
		if i == 0 || m.typ != newsner.Person || m.t0 < 2 || firstName(m.m.Text) {
			continue
		}
		k := m.t0 - 1
		if toks[k].Text == "the" {
			k--
		}
		if k < 1 || toks[k].Text != "of" || ms[i-1].typ != newsner.Person || ms[i-1].t1 != k || knownPlace(m.m.Text) {
			continue
		}
		m.typ = newsner.Organization
	}
}

// coordinatedAsOrganizations types ORGANIZATION, at every mention but
// those that stand where a place does, a name tagged a person or a place
// that the article lists beside an organization, with nothing between the
// two but a comma, "and" or "or" ("General Motors and Zorbler", "NBC,
// Quelbix and others", "Spotify or Zorbly"): a list's names are of one
// kind. Not a known place, a name starting with a first name, a word of a
// person's longer name in the article or a name after an honorific
// ("Facebook and Zuckerberg" where "Mark Zuckerberg" is named).
func coordinatedAsOrganizations(ms []*mention, toks []token) {
	var people, names map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return personOrPlace(m) && !m.place && coordinatedWith(ms, toks, m, newsner.Organization) && !knownPlace(m.m.Text) && !firstName(m.m.Text) &&
			!townBeforeState(ms, toks, m) && !placeHeadOf(m.words) && !placeModifier(toks, m) &&
			!afterHonorific(toks, m.t0) && !anyIn(m.words, lazyPersonWords(&people, ms, toks)) && !anyIn(m.words, lazyNameWords(&names, ms))
	}, func(m *mention) bool {
		return m.typ == newsner.Person || unplacedLocation(toks, m) && !m.place
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

// buyVerbs, right before a name, say the name is bought or sold whole
// ("agreed to buy Zorba Quelling", "it had acquired Jane Marlo").
var buyVerbs = setOf(`buy buys bought buying acquire acquires acquired acquiring`)

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
// tagger where it starts with a first name).
func boughtAsOrganizations(ms []*mention, toks []token, about *topics) {
	if about.sportsTalk() {
		return
	}
	bought := map[*mention]bool{}
	for i, m := range ms {
		if m.typ != newsner.Person || m.t0 == 0 {
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
		return m.typ == newsner.Person
	}, newsner.Organization)
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

// jointVentureCue reports whether a comma, "a" or "an", "joint venture",
// "of", "between" or "with", an optional "the" and a capitalized word
// start at token k: what is a joint venture of named owners is a company
// ("Zorbet, a joint venture of Marzo Resorts and Quelbco, said").
func jointVentureCue(toks []token, k int) bool {
	if k+5 >= len(toks) || toks[k].Text != "," || toks[k+1].Text != "a" && toks[k+1].Text != "an" || toks[k+2].Text != "joint" || toks[k+3].Text != "venture" {
		return false
	}
	switch toks[k+4].Text {
	case "of", "between", "with":
	default:
		return false
	}
	j := k + 5
	if toks[j].Text == "the" && j+1 < len(toks) {
		j++
	}
	return startsUpper(toks[j].Text)
}

// jointVenturesAsOrganizations types ORGANIZATION, at every mention, a
// name tagged a person (no first name) or a place no list knows before a
// comma and "a joint venture of" its owners (jointVentureCue): audit
// 2020l article 8's "BetMGM, a joint venture of MGM Resorts International
// and ..." gave a place, as runByAsOrganizations' "run by" names did
// before it (a known place stays one).
func jointVenturesAsOrganizations(ms []*mention, toks []token) {
	cuedNamesAsOrganizations(ms, toks, func(m *mention) bool { return jointVentureCue(toks, m.t1) })
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
		switch toks[k+1].Tag {
		case "VBD", "VBZ", "VBP":
		default:
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

// coordinatedLongNamesAsOrganizations types ORGANIZATION, at every
// mention, a name of three words or more tagged a person, with no first
// name, no title and no hyphen, that the article lists beside an
// organization by "and" or "or" (joinedWithOrg: "Rivals Zorblaters and Quelbfields
// Bruckhaus Zorbinger are expected to follow"; a law firm of three
// founders' names), as coordinatedAsOrganizations does shorter names:
// that rule leaves out a name whose words are a longer person's name's
// (lazyNameWords), and a long name's words are its own. Here only other
// people's names count ("Zorbco and Quelb Zorbert Chan" where "Priscilla
// Chan" is named stays). Names of two words or with a hyphened given name
// are as often people's ("Lau Siu-lai and Zorbspiration", "Sister
// Margaret and Quelb College" on gum-news, which cost it 0.0017); a
// comma alone between the two is an apposition's as often ("the envoy to
// the United Nations, Majid Takht Ravanchi, said", eng.train).
func coordinatedLongNamesAsOrganizations(ms []*mention, toks []token) {
	var orgs *orgEdges
	var keys map[string]wordKeys
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person || len(m.words) < 3 || strings.Contains(m.m.Text, "-") || isTitle(toks[m.t0].Text) || firstName(m.m.Text) || firstName(toks[m.t0].Text) || afterHonorific(toks, m.t0) || !joinedWithOrg(ms, toks, m, &orgs) {
			return false
		}
		keys = lazyPersonWordKeys(keys, ms)
		for _, w := range m.words {
			if k, ok := keys[w]; ok && (k.many || k.key != m.key) {
				return false // another person's name shares the word
			}
		}
		return true
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// wordKeys is the key of the people's mentions a word is in, or many if
// they are of more than one key.
type wordKeys struct {
	key  string
	many bool
}

// lazyPersonWordKeys returns keys, or if nil the keys of the people's
// mentions each word is in: whether a person's mention of another key
// shares one of a name's words is then one look-up a word, not a walk over
// every mention (20,000 "Rivals X and A B C met." took four times the time
// of 10,000 twice over).
func lazyPersonWordKeys(keys map[string]wordKeys, ms []*mention) map[string]wordKeys {
	if keys != nil {
		return keys
	}
	keys = map[string]wordKeys{}
	for _, o := range ms {
		if o.typ != newsner.Person {
			continue
		}
		for _, w := range o.words {
			if k, ok := keys[w]; !ok {
				keys[w] = wordKeys{key: o.key}
			} else if !k.many && k.key != o.key {
				keys[w] = wordKeys{many: true}
			}
		}
	}
	return keys
}

// orgEdges are the tokens at which the organizations' mentions start and
// end.
type orgEdges struct {
	starts, ends map[int]bool
}

// joinedWithOrg reports whether m stands right after an organization's
// mention and "and" or "or", or right before "and" or "or" and one. *orgs
// is made at the first call, of ms as they are typed then.
func joinedWithOrg(ms []*mention, toks []token, m *mention, orgs **orgEdges) bool {
	if *orgs == nil {
		*orgs = &orgEdges{starts: map[int]bool{}, ends: map[int]bool{}}
		for _, o := range ms {
			if o.typ == newsner.Organization {
				(*orgs).starts[o.t0] = true
				(*orgs).ends[o.t1] = true
			}
		}
	}
	if k := m.t0 - 1; k >= 0 && (*orgs).ends[k] && (toks[k].Text == "and" || toks[k].Text == "or") {
		return true
	}
	return m.t1 < len(toks) && (*orgs).starts[m.t1+1] && (toks[m.t1].Text == "and" || toks[m.t1].Text == "or")
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

// orAliasesAsOrganizations types ORGANIZATION, at every mention but
// those that stand where a place does, a one-word name tagged a person, a
// place or MISC right after an organization's name of two words or more,
// a comma and "or", and before a comma, a bracket or a full stop ("the
// Zorbian Renewal Movement, or Zorena, said"): the body's short name or
// acronym (seventh December 2020 audit: a party's short name typed a
// place (a town's name too) on a made-up Reuters-style article; "Petroleos Mexicanos, or
// Pemex," came out right as the name is listed).
func orAliasesAsOrganizations(ms []*mention, toks []token) {
	var ends map[int]bool
	retypeByKey(ms, func(m *mention) bool {
		return (personOrPlace(m) || m.typ == misc) && orAliasOf(ms, toks, m, &ends)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || m.typ == newsner.Location && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// orAliasOf reports whether m, one word, stands after an organization's
// mention of two words or more, a comma and "or", and before a comma, a
// closing bracket or a full stop. ends holds where those organizations'
// mentions end (mentionEnds).
func orAliasOf(ms []*mention, toks []token, m *mention, ends *map[int]bool) bool {
	k := m.t0 - 2
	if m.t1-m.t0 != 1 || k < 1 || toks[k+1].Text != "or" || toks[k].Text != "," || m.t1 >= len(toks) {
		return false
	}
	if w := toks[m.t1].Text; w != "," && w != ")" && w != "." {
		return false
	}
	return mentionEnds(ends, ms, func(n *mention) bool { return n.typ == newsner.Organization && n.t1-n.t0 >= 2 })[k]
}

// coordinatedMoversAsOrganizations types ORGANIZATION, at every mention
// typed a place, a name tagged a place that stands beside a company's
// name (an organization's mention ending in a legal suffix or a
// company's head word: "Quelb Group", "Zorb Airlines"), with "and"
// between, where the two are the subject of how shares moved
// (shareMoves right after the pair): "Miners Santos and Quelb Group fell
// more than 1%" (eighth December 2020 audit: a miner whose name is a
// river's typed a place on a made-up Reuters-style markets report). A
// place does not rise or fall beside a company; coordinatedAsOrganizations
// leaves known places alone, which this rule takes only there.
func coordinatedMoversAsOrganizations(ms []*mention, toks []token) {
	starts, ends := map[int]*mention{}, map[int]*mention{}
	for _, m := range ms {
		starts[m.t0], ends[m.t1] = m, m
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Location && !m.place && moverBesideCompany(starts, ends, toks, m)
	}, func(m *mention) bool {
		return m.typ == newsner.Location && !m.place
	}, newsner.Organization)
}

// moverBesideCompany reports whether m and a company's mention
// (companyNamed), found by where it starts or ends, stand together, "and"
// between them, right before a verb of shareMoves.
func moverBesideCompany(starts, ends map[int]*mention, toks []token, m *mention) bool {
	if o := starts[m.t1+1]; o != nil && m.t1 < len(toks) && toks[m.t1].Text == "and" && companyNamed(o) && o.t1 < len(toks) && shareMoves[toks[o.t1].Text] {
		return true
	}
	o := ends[m.t0-1]
	return o != nil && m.t0 >= 1 && toks[m.t0-1].Text == "and" && companyNamed(o) && m.t1 < len(toks) && shareMoves[toks[m.t1].Text]
}

// companyNamed reports whether o is an organization's mention of two
// words or more ending in a legal suffix or a company's head word
// ("Quelb Group", "Zorb Airlines").
func companyNamed(o *mention) bool {
	if o.typ != newsner.Organization || len(o.words) < 2 {
		return false
	}
	last := strings.TrimSuffix(o.words[len(o.words)-1], ".")
	return legalSuffixes[last] || companyHeads[last]
}

// placeSaidItsCue reports whether the name that ends before token t1 is
// the subject of "said" (or "says") whose words after, in lower case, hold
// "it" or "its" within four words ("Zorbco said it met two", "Quelbco
// said output at its mines rose", "the mission, ZORMISC, said two of its
// soldiers"): a body or a company speaking of itself or what it has. The
// name may close an apposition (a comma before it and after it) or a
// bracket ("the Zorbia Biomedical Centre (ZBC) said it had").
func placeSaidItsCue(toks []token, t0, t1 int) bool {
	k := t1
	if k < len(toks) && t0 > 0 && (toks[k].Text == "," && toks[t0-1].Text == "," || toks[k].Text == ")" && toks[t0-1].Text == "(") {
		k++
	}
	if k >= len(toks) || toks[k].Text != "said" && toks[k].Text != "says" {
		return false
	}
	k++
	if k+1 < len(toks) && toks[k].Text == "on" && weekdays[toks[k+1].Text] {
		k += 2
	}
	for j := k; j < len(toks) && j < k+4; j++ {
		w := toks[j].Text
		if w == "its" {
			return true // "its South African soldiers"
		}
		if w == "it" {
			return j+1 < len(toks) && !startsUpper(toks[j+1].Text)
		}
		if !isLetters(w) && !isNumber(w) || startsUpper(w) {
			return false
		}
	}
	return false
}

// saidItsPlacesAsOrganizations types ORGANIZATION, at every mention but
// those a locative places, a name tagged a place that no list knows and
// that the article has say "it" or "its" (placeSaidItsCue): a company or
// a body speaking of itself, which the tagger read as an unknown place. A
// known place that says so stays a place, as CoNLL-2003 marks a capital
// speaking for its government ("Beijing said it would"), and so does a
// seat of power after "the" ("The Kremlin said it", world audit 16's
// article 34, a place in CoNLL-2003 as "the White House" is). Audit 2020l
// article 1 ("Country Garden said it met two"), audit 2020c's check
// article 2 ("The United Nations peacekeeping mission, MINUSCA, said three
// of its soldiers") and
// audit 2020j article 5 ("The U.N. peacekeeping mission, MONUSCO, said
// two of its South African soldiers"), each typed a place, found so. Left:
// audit 2020o article 14's "the Rwanda Biomedical Centre (RBC) said it
// had given", which facilitiesAsPlaces makes a place with its acronym
// (a name ending in "Centre").
func saidItsPlacesAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Location && !knownPlace(m.m.Text) && listKey(m.m.Text, newsner.Location) == "" && placeSaidItsCue(toks, m.t0, m.t1) &&
			!(m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the"))
	}, func(m *mention) bool {
		return m.typ == newsner.Location && !knownPlace(m.m.Text) && !placeContext(toks, m.t0, m.t1, strongLocatives)
	}, newsner.Organization)
}

// academicRoles are the posts a university, an institute or a think tank
// gives, before "at" and its name ("a professor at Quelb", "a fellow at
// the Zorbia Institute").
var academicRoles = setOf(`professor professors lecturer lecturers fellow fellows researcher researchers
scientist scientists epidemiologist epidemiologists virologist virologists`)

// academicAtCue reports whether the name that starts at token t0 stands
// after an academic post (academicRoles), "at" and an optional "the".
func academicAtCue(toks []token, t0 int) bool {
	k := t0 - 1
	if k > 0 && toks[k].Text == "the" {
		k--
	}
	return k > 0 && toks[k].Text == "at" && academicRoles[toks[k-1].Text]
}

// academicsAtAsOrganizations types ORGANIZATION, at every mention but
// those a locative places, a name tagged a person or a place after an
// academic post and "at" (academicAtCue): the university, the institute
// or the think tank the post is at, a known town's name too ("a professor
// at Oxford" is the university; in the audits' gold every name so placed
// is an organization, 11 of 11, as eng.train's one is: "a scientist at
// the Mironivka Wheat Institute"). Not a country
// or a state (a university's short name that is a state's, "a professor
// at Texas", is left to the tagger), nor a name before "'s". Audit 2020d
// article 21 ("Neil Ferguson, a professor at Imperial", typed a place)
// and audit 2020i's check article 2 ("a fellow at the Middle East
// Institute in Washington", typed a place).
func academicsAtAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return personOrPlace(m) && academicAtCue(toks, m.t0) && !iso3166Place(m.m.Text) && !(m.t1 < len(toks) && isPossessive(toks[m.t1].Text)) &&
			!(m.typ == newsner.Person && firstName(m.m.Text))
	}, func(m *mention) bool {
		return m.typ == newsner.Person && !firstName(m.m.Text) || unplacedLocation(toks, m)
	}, newsner.Organization)
}

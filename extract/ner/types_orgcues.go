package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Typing rules that give ORGANIZATION by the words around a name where only
// an organization stands (orgCue, companyCue): an organization's roles and
// holdings ("chief executive of"), a kind of group or company before it,
// "which runs", a unit's apposition, a deal's noun, "published by". By
// topic: types_orgnouns.go (a common noun beside the name),
// types_orgverbs.go (what the name does or has done to it),
// listpeers.go (names listed beside organizations), knownas.go ("known
// as", "or"), orgforms.go (the name's form).

// Organization cues (orgCue): the roles and holdings of a company before
// "of" or "in" and its name ("chief executive officer of Petofi", "a stake
// in Ruch"), the people who watch it or work for it before "at" or "with"
// ("analysts at Indosuez", "chief technology officer at Zorbsec", "layoffs
// at Zorbly"; a director, a partner or a principal "at" too, added in the
// fifth business audit: "investment director at Quelb Zorb" gave a
// person), and what it has after its name and "'s" ("Petofi's board",
// "Ulta's shares", "Zorbly's co-founder", "Zorbly's founders", "Zorbly's
// app", "Quelbong's engineers": a plumbing firm's on its own page,
// modern-web-a, typed a person at fourteen mentions; not what a person has
// too: a website, a stake, employees, subscribers, as a writer's or a
// video maker's "Smith's subscribers"). "the acquisition of Zorbly" and
// "shares of Zorbly" are a company's too.
var (
	orgRolesOf = setOf(`executive officer ceo cfo chairman chairwoman founder co-founder subsidiary
unit employees manager director stake shares cofounder acquisition`)
	orgWatchers = setOf(`analyst analysts economist economists strategist strategists
officer executive executives ceo cto cfo coo engineer engineers employee employees staffers layoffs
director partner principal`)
	orgPossessed = setOf(`board shares stock chairman chairwoman executives shareholders subsidiary
unit parent profit profits revenue revenues earnings sales ceo cfo headquarters workforce
founder founders co-founder cofounder app apps customers engineers`)
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
	if k > 0 && (toks[k].Text == "the" || toks[k].Text == "The") {
		k-- // "such bands as The Zorbling Quire": a name's "The" the tagger left out
	}
	if k > 0 {
		switch toks[k].Text {
		case "of", "in":
			w := strings.ToLower(toks[k-1].Text)
			if orgRolesOf[w] && !(w == "manager" || w == "director") || (w == "manager" || w == "director") && k > 1 && (toks[k-2].Text == "general" || toks[k-2].Text == "managing") || dealNounOf(w) {
				return true
			}
		case "at", "with":
			if w := strings.ToLower(toks[k-1].Text); orgWatchers[w] && (w != "officer" || chiefOfficer(toks, k-1)) || fundManager(toks, k-1) || toks[k].Text == "at" && (fieldHeadAt(toks, k) || namedWatcherAt(toks, k)) {
				return true
			}
		case "like", "including":
			if companyKind(toks, k-1) {
				return true
			}
		case "as":
			if k > 1 && (toks[k-1].Text == "such" && companyKind(toks, k-2) || toks[k-2].Text == "such" && companyKind(toks, k-1)) {
				return true // "labels such as", "such bands as"
			}
		case "by":
			if publishedBy(toks, k, t0) {
				return true
			}
		}
	}
	return t1+1 < len(toks) && isPossessive(toks[t1].Text) && lowered(orgPossessed, toks[t1+1].Text) || chiefOfficerHolder(toks, t1) || unitAppositive(toks, t1) || employerBeforeRole(toks, t1) || whichRunsCue(toks, t1) || groupKindCue(toks, t1) || groupBeforeName(toks, t0) || kindBeforeName(toks, t0) ||
		weAtCue(toks, t0, t1)
}

// weAtCue reports whether the name over tokens [t0,t1) stands after a
// capitalized "At" and before a comma and "we" or "our" ("At Zorbco, we
// build tools", "At Quelb, our engineers"): a company speaking of itself
// on its own pages (modern-web-a, 2025 pages of two software firms, the
// tagger typed both places). A known place ("At Wembley, we saw") stays,
// as cuedAsOrganizations leaves known places.
func weAtCue(toks []token, t0, t1 int) bool {
	return t0 > 0 && toks[t0-1].Text == "At" && t1+1 < len(toks) && toks[t1].Text == "," && (toks[t1+1].Text == "we" || toks[t1+1].Text == "our")
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
// audit, eighteenth pass, third set). Or after "band" ("the band
// Zorbpony", "metal band Quelb Halen"), a name's "The" between: in
// wikigold the 12 names after "band" or "bands like" or "including" are
// organizations, as CoNLL-2003 marks bands.
func groupBeforeName(toks []token, t0 int) bool {
	if t0 > 1 && toks[t0-1].Text == "The" {
		t0-- // "the band The Zorbling Quire": the name's "The" left out
	}
	return t0 > 0 && (toks[t0-1].Text == "group" || toks[t0-1].Text == "band")
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
// Quelb Cosmetics": what buys a company is one), "specializes" in session
// 27 ("head of machine learning at Zorbsho, which specializes in AI": a
// firm's trade, typed a place on a 2025 article of modern-web-a; a person
// who specializes is "who").
var businessVerbs = setOf(`manages owns operates runs controls makes sells invests lends insures
publishes manufactures bought acquired specializes specialises`)

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

// fieldHeads, in lower case, head a field of work before "of", the
// field and "at" and the employer's name ("head of currency strategy at
// Zorbank", "director of research at Quelbco", "professor of physics at
// Zorbia State University"), as orgWatchers stand right before "at".
var fieldHeads = setOf(`head heads director directors professor professors lecturer researcher
analyst analysts economist strategist manager managers officer`)

// fieldHeadAt reports whether the "at" at token k ends a job in a field
// (fieldHeads, "of" and one to four words in lower case, no article:
// "head of foreign exchange strategy at"): what follows is the employer
// (issue 11's blind audits: a bank so named typed a place; dragnet-news'
// "director of product marketing at", "director of maize research at").
// An article in the field ("director of the museum at Giza") says a
// place as often, and is left, and so is a head of state or government,
// who meets at a place ("heads of state at Zorbia Castle").
func fieldHeadAt(toks []token, k int) bool {
	for j := k - 1; j > 0 && j >= k-5; j-- {
		w := toks[j].Text
		if w == "of" {
			return j < k-1 && fieldHeads[strings.ToLower(toks[j-1].Text)] && !statecraft[toks[j+1].Text]
		}
		if !isLetters(strings.ReplaceAll(w, "-", "")) || startsUpper(w) || w == "the" || w == "a" || w == "an" {
			return false
		}
	}
	return false
}

// namedWatcherAt reports whether the "at" at token k follows a watcher
// of markets (orgWatchers' analysts, economists and strategists) and a
// person's name of one to three capitalized words ("said analyst Paula
// Buratti at Indosuez", eng.testa; "economist Jane Doe at Zorbank"): the
// watcher's employer, as "an analyst at" says it without the name.
func namedWatcherAt(toks []token, k int) bool {
	for j := k - 1; j > 0 && j >= k-3; j-- {
		if !capWord(toks[j].Text) {
			return false
		}
		if w := strings.ToLower(toks[j-1].Text); marketWatchers[w] {
			return true
		}
	}
	return false
}

// statecraft are the fields of a head of state or government.
var statecraft = setOf(`state government`)

// marketWatchers are the orgWatchers whose name a news text writes
// between the job and "at" (namedWatcherAt).
var marketWatchers = setOf(`analyst analysts economist economists strategist strategists`)

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

// companyKinds, before "like", "including" or "such as" and a name, or
// between "such" and "as", say it is a company's ("sites like Zorbly",
// "manufacturers including Quelbix", "such bands as The Zorbling
// Quire"); coordinatedAsOrganizations takes the rest of the list.
var companyKinds = setOf(`companies firms startups start-ups brands retailers manufacturers automakers
carmakers makers sites websites apps platforms outlets publishers lenders airlines labels studios chains bands`)

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
// starting with a first name), or, tagged a place, has a study's report
// (researchHolder) or pays a sum (paidFrom), or stands before a thing a
// service's users have on it (platformThing), at every mention of it but
// those that stand where a place does ("in Petofi").
func cuedAsOrganizations(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if !(personOrPlace(m) || m.typ == misc && miscNoun(toks, m) && !(m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the"))) {
			return false
		}
		return (orgCue(toks, m.t0, m.t1) || (companyCue(toks, m.t0, m.t1) || companyCopula(toks, m.t1) || kindBetweenCommas(toks, m.t0, m.t1)) && !firstName(m.m.Text) || m.typ == newsner.Location && (researchHolder(toks, m.t1) || paidFrom(toks, m.t0)) || platformThing(toks, m)) && !knownPlace(m.m.Text) || companyBeforeTown(toks, m)
	}, func(m *mention) bool {
		return m.typ == newsner.Person || m.typ == misc || unplacedLocation(toks, m) || m.typ == newsner.Location && cueAfterIn(toks, m)
	}, newsner.Organization)
}

// researchNouns are what a research firm, a pollster or a data provider
// publishes, after its name and "'s" ("Zorbavio's market analysis shows",
// "Quelbfin's latest report"), which a person has too (a writer's report)
// but no town: researchHolder's cue holds for a name tagged a place.
var researchNouns = setOf(`analysis analyses report reports survey surveys data forecast forecasts estimates
study studies research`)

// researchHolder reports whether the name that ends at token t1 stands
// before "'s" and, at most two words in lower case between, a research
// firm's product (researchNouns) that no noun follows.
func researchHolder(toks []token, t1 int) bool {
	if t1+1 >= len(toks) || !isPossessive(toks[t1].Text) {
		return false
	}
	for k := t1 + 1; k < len(toks) && k <= t1+3; k++ {
		w := toks[k].Text
		if researchNouns[w] {
			return k+1 >= len(toks) || !lowerNoun(toks[k+1])
		}
		if !isLetters(strings.ReplaceAll(w, "-", "")) || w != strings.ToLower(w) {
			return false
		}
	}
	return false
}

// platformThings, after a service's name, are what its users have on it
// ("a Zorbly channel", "old Quelb threads", "his Zorbly account").
var platformThings = setOf(`channel channels thread threads account accounts feed feeds handle profile workspace server servers`)

// platformThing reports whether m, one word tagged a place or a person (no
// first name), stands before a thing a service's users have on it
// (platformThings) that no noun in lower case follows ("the Zorbly
// account manager" is a person's role): an online service the tagger read
// as an unknown place.
func platformThing(toks []token, m *mention) bool {
	if len(m.words) != 1 || m.t1 >= len(toks) || !platformThings[toks[m.t1].Text] || m.typ == newsner.Person && firstName(m.m.Text) {
		return false
	}
	return m.t1+1 >= len(toks) || !lowerNoun(toks[m.t1+1])
}

// currencySigns stand before an amount of money ("$", "£", "€").
var currencySigns = setOf(`$ £ €`)

// paidFrom reports whether the name starting at token t0 stands after
// "from" and, before it, an amount of money and at most four words in
// lower case ("$10,000 of post-production services from Zorbka", "a
// $6,000 sound mix from Quelbflower", "$25,000 from Zorb Virtual"): what
// a sum comes from, a town's name the tagger gave a firm, is a payer's, a
// grant giver's or a seller's; a person so cued is typed a person and a
// known place (cuedAsOrganizations) stays one ("$2 billion in aid from
// Kuwait").
func paidFrom(toks []token, t0 int) bool {
	if t0 < 3 || toks[t0-1].Text != "from" {
		return false
	}
	for j := t0 - 2; j > 0 && j >= t0-6; j-- {
		w := toks[j].Text
		if currencySigns[toks[j-1].Text] && amountNumber(w) {
			return true
		}
		if w != strings.ToLower(w) || !isLetters(strings.ReplaceAll(w, "-", "")) {
			return false
		}
	}
	return false
}

// kindBetweenCommas reports whether the name over tokens [t0,t1) stands
// between commas right after a company's noun (companyNouns) or
// "software", the noun naming what the name is ("Our tour operator
// software, Zorbun, offers a partner network", "the ride-hailing app,
// Quelbr, said"): modern-web-a, a 2025 booking-software page whose product
// and maker the tagger typed a place at every mention. Both commas, as the
// apposition's shape; companyCue reads the noun right before a name
// without its comma. Read for tagged names only, not to add spans.
func kindBetweenCommas(toks []token, t0, t1 int) bool {
	if t0 < 2 || t1 >= len(toks) || toks[t0-1].Text != "," || toks[t1].Text != "," {
		return false
	}
	w := toks[t0-2].Text
	return companyNouns[w] || w == "software"
}

// companyCopula reports whether the words after a name that ends at token
// t1 call it a company the way companyCue's apposition does, by "is a" or
// "is an" ("Zorbly is a chill, easy-to-use learning platform", a review's
// pick typed a person): a company's noun (companyNouns) within six words,
// not one that another noun or "'s" follows ("is a company director", "is
// a brand ambassador", "is a company's founder": people).
func companyCopula(toks []token, t1 int) bool {
	if t1+2 >= len(toks) || toks[t1].Text != "is" {
		return false
	}
	if w := toks[t1+1].Text; w != "a" && w != "an" {
		return false
	}
	for k := t1 + 2; k < len(toks) && k <= t1+7; k++ {
		w := toks[k].Text
		if companyNouns[w] {
			return k+1 >= len(toks) || !isPossessive(toks[k+1].Text) && !lowerNoun(toks[k+1])
		}
		if w == "of" || w != "," && !isLetters(strings.ReplaceAll(w, "-", "")) {
			return false
		}
	}
	return false
}

// academyKinds, before "like", "including" or "such as" and a name, say
// it is a university's: "a university like Cambridge", "universities such
// as Oxford and Cambridge", "colleges like Yale and Princeton". The
// tagger reads a university named by its town as the town (a place) or a
// person ("Yale"), and cuedAsOrganizations leaves a known place alone.
var academyKinds = setOf(`university universities college colleges`)

// academyLike reports whether the name starting at token t0 stands after
// an academy's kind (academyKinds) and "like", "including" or "such as".
func academyLike(toks []token, t0 int) bool {
	k := kindBeforeLike(toks, t0)
	return k >= 0 && academyKinds[strings.ToLower(toks[k].Text)]
}

// companyLike reports whether the name starting at token t0 stands after
// a kind of companies (companyKind) and "like", "including" or "such as",
// as orgCue reads it for a name no list knows as a place.
func companyLike(toks []token, t0 int) bool {
	k := kindBeforeLike(toks, t0)
	return k >= 0 && companyKind(toks, k)
}

// kindBeforeLike returns the token before the "like", "including" or
// "such as" right before token t0, or between "such" and "as" (where a
// list's kind stands: "a university like", "companies such as", "such
// bands as"), a name's "The" between, or -1.
func kindBeforeLike(toks []token, t0 int) int {
	k := t0 - 1
	if k > 1 && toks[k].Text == "The" {
		k-- // "bands like The Zorbs": the name's "The" left out
	}
	if k < 1 {
		return -1
	}
	switch toks[k].Text {
	case "like", "including":
		return k - 1
	case "as":
		if k > 1 && toks[k-1].Text == "such" {
			return k - 2
		}
		if k > 1 && toks[k-2].Text == "such" {
			return k - 1 // "such bands as"
		}
	}
	return -1
}

// academiesAsOrganizations types ORGANIZATION a name tagged a place or a
// person that stands after an academy's kind and "like" (academyLike), or
// later in the list it opens ("such as Oxford and Cambridge"), and its
// mentions that stand where no place does: "When you have a university
// like Cambridge saying ..." (dragnet-news-a 191, typed a place; the
// lists make it an organization, as eng.train marks "Oxford" and
// "Cambridge" 16 times of 19). Not a country or a country's state
// (iso3166Place), and its mentions after "in" stay places. A list after
// a kind of companies (companyLike) too, whose members a list of places
// knows: "big-name companies like Google, IBM, and Stanford", "brands
// like Dove, Maybelline, and Virgin" (modern-web-a, a 2025 list of design
// courses, both typed people; orgCue and coordinatedAsOrganizations leave
// known places alone).
func academiesAsOrganizations(ms []*mention, toks []token) {
	var heads []int
	cued := map[*mention]bool{}
	kindLike := func(t0 int) bool { return academyLike(toks, t0) || companyLike(toks, t0) }
	for i, m := range ms {
		if !personOrPlace(m) || iso3166Place(m.m.Text) {
			continue
		}
		if kindLike(m.t0) {
			cued[m] = true
			continue
		}
		if heads == nil {
			heads = listHeads(ms, toks)
		}
		if j := heads[i]; j < i && kindLike(ms[j].t0) {
			cued[m] = true
		}
	}
	if len(cued) == 0 {
		return
	}
	retypeByKey(ms, func(m *mention) bool { return cued[m] }, func(m *mention) bool {
		return cued[m] || m.typ == newsner.Person || unplacedLocation(toks, m)
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

// platformsAsOrganizations types ORGANIZATION, at every mention but those
// a locative places, a one-word name tagged a place that no list or
// gazetteer knows as one, that is a brand's (names/brands.txt) or a word
// the corpora write in lower case, and that stands after a lower-case "on"
// ("a rating on Trustpilot", "chat on Slack", "4/5 on Letterboxd"): an
// online service a page's readers are on, which the tagger reads as an
// unknown place (modern-web-a, 2025 pages: three services on three
// pages). An island the gazetteer lacks ("on Crete") is neither a brand
// nor a word, so stays. Not where the article places the name elsewhere
// ("in Zorbholm") or calls it a place in an apposition ("on Zorbholm, a
// small island"), nor a name before "'s" or a capitalized word ("on Quelb
// Island").
func platformsAsOrganizations(ms []*mention, toks []token) {
	placed := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Location && placeContext(toks, m.t0, m.t1, strongLocatives) {
			placed[m.key] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Location || len(m.words) != 1 || m.t0 == 0 || toks[m.t0-1].Text != "on" || placed[m.key] {
			return false
		}
		if knownPlace(m.m.Text) || listKey(m.m.Text, newsner.Location) != "" || !brandName(m.m.Text) && !usuallyLower(m.m.Text, 1, 2) {
			return false
		}
		if m.t1 < len(toks) && (isPossessive(toks[m.t1].Text) || startsUpper(toks[m.t1].Text)) {
			return false
		}
		return !placeApposition(toks, m.t1)
	}, func(m *mention) bool {
		return unplacedLocation(toks, m)
	}, newsner.Organization)
}

// placeApposition reports whether an apposition after token t1 calls the
// name before it a place: a comma, "a", "an" or "the", and a place's noun
// (geoNouns, geoOf) within three words ("Zorbholm, a small island").
func placeApposition(toks []token, t1 int) bool {
	if t1+1 >= len(toks) || toks[t1].Text != "," {
		return false
	}
	if w := toks[t1+1].Text; w != "a" && w != "an" && w != "the" {
		return false
	}
	for k := t1 + 2; k < len(toks) && k <= t1+4; k++ {
		if w := toks[k].Text; geoNouns[w] || geoOf[w] {
			return true
		}
	}
	return false
}

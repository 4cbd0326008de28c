package ner

import (
	"strings"
	"sync"
)

// Small curated word lists for the document-level clean-up. They are written
// for this package (no third-party data).

// honorifics are the titles that stand before a person's name and nothing
// else's ("Ms Forbes", "Mr Bloomberg"): not "state", "general" and the
// like of titles ("state Xinhua news agency").
var honorifics = setOf(`mr mr. mrs mrs. ms ms. miss dr dr. sir dame`)

// afterHonorific reports whether toks[k] follows an honorific.
func afterHonorific(toks []token, k int) bool {
	return k > 0 && lowered(honorifics, toks[k-1].Text)
}

// titles are words of titles and roles that precede a person's name and are
// not part of it.
var titles = setOf(`
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady
president vice prime minister ministers chancellor secretary foreign defence
defense finance interior economy trade justice health home state deputy
general gen gen. lt lt. col col. sgt sgt. capt capt. captain major admiral
marshal field commander colonel lieutenant sergeant corporal private
king queen prince princess emperor empress pope cardinal bishop archbishop
rev rev. reverend father rabbi imam ayatollah sheikh emir sultan crown
senator sen sen. rep rep. representative congressman congresswoman
governor gov gov. mayor judge justice ambassador commissioner envoy
chairman chairwoman chair chief executive ceo cfo director manager coach
leader speaker premier spokesman spokeswoman spokesperson officer inspector
detective counsel attorney-general attorney prosecutor president-elect
former late acting opposition party labour conservative
`)

// geoTitles are title words that also begin place names ("Prince Edward
// Island", "King George Island"); they do not turn a place into a person.
var geoTitles = setOf(`
prince princess king queen lord lady general crown state home field major
`)

// qualifierTitles qualify a role ("former President ...") but are no
// title on their own: before a place they do not make it a person ("Former
// Yugoslavia").
var qualifierTitles = setOf(`
former late acting opposition party labour conservative deputy state home
`)

// stateAbbrevs are US states' abbreviations written with a full stop
// ("San Jose, Calif."), which belongs to the name: stateAbbrevNames' keys.
var stateAbbrevs = keysOf(stateAbbrevNames)

// stateAbbrevNames are the US states' traditional abbreviations (lower
// case, without the full stop) and the states' names (joinStateCodes).
var stateAbbrevNames = map[string]string{
	"ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
	"conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
	"ind": "indiana", "kan": "kansas", "kans": "kansas", "ky": "kentucky", "la": "louisiana",
	"md": "maryland", "mass": "massachusetts", "mich": "michigan", "minn": "minnesota",
	"miss": "mississippi", "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada",
	"okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania", "penn": "pennsylvania",
	"tenn": "tennessee", "tex": "texas", "va": "virginia", "vt": "vermont", "wash": "washington",
	"wis": "wisconsin", "wisc": "wisconsin", "wyo": "wyoming",
}

// leadingQualifiers may stand before a title in a role ("U.S. Secretary of
// State", "EU Commissioner").
var leadingQualifiers = setOf(`
u.s. us uk eu un nato the of and then new ex- ex top senior
`)

// months are month names that do not begin an organization's or a place's
// name ("May" is left out: May Department Stores).
var months = setOf(`
january february march april june july august september october november december
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept.
oct oct. nov nov. dec dec.
`)

// abbrevs keep their full stop inside a name ("Acme Corp.").
var abbrevs = setOf(`
corp co inc ltd bros jr sr st mt ft plc ag sa nv bv llc lp no
mr mrs ms dr prof gen lt col sgt capt rev sen rep gov messrs
`)

// demonyms are nationality and regional adjectives: not places.
var demonyms = setOf(`
afghan albanian algerian american andorran angolan argentine argentinian armenian
australian austrian azerbaijani azeri bahamian bahraini bangladeshi barbadian
belarusian belarussian belgian belizean beninese bhutanese bolivian bosnian
botswanan brazilian british briton bruneian bulgarian burkinabe burmese burundian
cambodian cameroonian canadian chadian chilean chinese colombian comoran
congolese croatian cuban cypriot czech danish djiboutian dominican dutch
ecuadorean ecuadorian egyptian emirati english eritrean estonian
ethiopian european fijian filipino finnish french gabonese gambian georgian
german ghanaian greek grenadian guatemalan guinean guyanese haitian honduran
hungarian icelandic indian indonesian iranian iraqi irish israeli italian
ivorian jamaican japanese jordanian kazakh kazakhstani kenyan korean kosovar
kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan liechtensteiner
lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian
malian maltese mauritanian mauritian mexican moldovan monegasque mongolian
montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian
nigerien norwegian omani pakistani palestinian panamanian paraguayan persian
peruvian polish portuguese qatari romanian russian rwandan salvadoran samoan
saudi scottish senegalese serb serbian seychellois slovak slovakian slovenian
somali soviet spanish sudanese surinamese swazi swedish swiss syrian
taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turkish
turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni
zambian zimbabwean arab arabian asian african latin nordic scandinavian
balkan baltic caribbean western eastern northern southern
americans britons europeans russians ukrainians germans israelis palestinians
`)

// possessiveNames are organizations and places whose name ends in "'s"
// ("Moody's", "McDonald's", "Lord's"), so the possessive is not cut off
// them: the lower-cased words before the "'s", one name a line. Names
// that are also common surnames or first names (Kohl, Wendy, Christie)
// are left out: there the possessive is more often a person's.
var possessiveNames = linesOf(`
lloyd
moody
mcdonald
sainsbury
macy
sotheby
kellogg
domino
hardee
applebee
dillard
harrah
arby
lord
papa john
trader joe
ben & jerry
`)

// possessiveNamesLongest is the length of the longest name of
// possessiveNames and listedPossessiveNames.
var possessiveNamesLongest = sync.OnceValue(func() int {
	n := 0
	for k := range possessiveNames {
		n = max(n, len(k))
	}
	for k := range listedPossessiveNames() {
		n = max(n, len(k))
	}
	return n
})

func linesOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			m[l] = true
		}
	}
	return m
}

// regionNames are demonyms that also name their region ("the Caribbean",
// "the Balkan country" in CoNLL-2003): a tagged place is kept. (They stay
// in demonyms, whose gazetteer feature the model was trained with.)
var regionNames = setOf(`caribbean balkan`)

// keysOf is the set of m's keys.
func keysOf(m map[string]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func isTitle(w string) bool   { return lowered(titles, w) }
func isDemonym(w string) bool { return lowered(demonyms, w) }

func isLeadingQualifier(w string) bool { return lowered(leadingQualifiers, w) }
func isAbbrev(w string) bool {
	l := strings.ToLower(w)
	return abbrevs[l] || (len(l) == 1 && l[0] >= 'a' && l[0] <= 'z')
}

package ner

import (
	"strings"
	"unicode"

	"github.com/newsner/newsner"
)

// Typing rules that make products MISC (so not emitted): product nouns after
// a name ("the Zorbly app"), versions and model numbers, a company's things,
// product head words ("Pro", "Lite"), makers' models and lines, what a
// company owns or makes; and the companies that act as one, which these
// rules leave alone. types_software.go has software, products_listed.go
// the listed products and the names listed beside them.

// productNouns, right after a name, say it is a product's: a device's,
// an app's, a craft's ("the Zorbly app", "a Quelbix smartphone", "the
// Zorb-7 satellite", "the Quimby browser update"), MISC in CoNLL-2003
// ("Windows NT operating system", "Java software" in eng.train). Singular
// only: a plural after a name is as often its maker's ("Zorbco phones").
// Not "game", "series" or "season" (a team's: "the Giants game"), nor
// "service" or "newsletter" (a company's or a publisher's: "Status Weekly
// newsletter", ORG in eng.train). "platform" is a product's too ("the
// Zorbo platform" a carmaker builds its models on, a vehicle or software
// base): left out at first for a company's, it moved no set but
// news-pages-a (an automaker's platform, ORG -> MISC), and a listed
// company's platform stays the company's ("the Facebook platform").
// "tool" too, a program's or an editor's ("the Shape Builder tool", "the
// Pan Behind tool" of a design course; a listed maker's "the Google tool"
// stays the maker's).
var productNouns = setOf(`app smartphone handset tablet browser console headset laptop smartwatch
satellite spacecraft platform tool`)

// componentNouns name software and parts, which follow their maker's name
// as often as a product's ("SolarWinds software", "a Zorbco chip", "the
// Quelb update": the company, ORG), so productsBeforeNounsAsMisc does not
// take them; after a version's number they are the product's ("the
// Tessera 2 chip", versionedNamesAsMisc). Left out of productNouns after
// a merge check: on the dev sets they moved modern-web only (0.6268 ->
// 0.6272) and made "through Zorbco software" no company.
var componentNouns = setOf(`software firmware update upgrade chip chipset processor`)

// productNounAfter reports whether m stands right before a product's
// noun (productNouns) in lower case, a hyphen's compound aside ("the
// Zorbly app", not "the Zorbly app-maker"), or before its maker's name
// (productsMaker: "Zorbphone maker Quelbco").
func productNounAfter(toks []token, m *mention) bool {
	return m.t1 < len(toks) && productNouns[toks[m.t1].Text] || productsMaker(toks, m)
}

// productsMaker reports whether m stands before "maker" or "makers" and a
// capitalized word: the maker's name after its product's ("Zorbphone
// maker Quelbco"), as news writes a company by what it makes.
func productsMaker(toks []token, m *mention) bool {
	return m.t1+1 < len(toks) && (toks[m.t1].Text == "maker" || toks[m.t1].Text == "makers") && startsUpper(toks[m.t1+1].Text)
}

// productsBeforeNounsAsMisc makes MISC, so not emitted, every mention of
// a name tagged an organization, a person or a place that stands right
// before a product's noun somewhere in the article (productNounAfter: "the
// Zorbly app", "the Quelbix smartphone"), unless it is a listed
// organization or brand, or a known place, whose name stands for what it
// makes or hosts ("the Google app", "the Facebook app").
func productsBeforeNounsAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && m.typ != misc && productNounAfter(toks, m) && !makerOrPlace(m.m.Text) && !acting.acts(m.key)
	}, func(*mention) bool { return true }, misc)
}

// companyActs are the verbs of a company, or a person, that a product's
// name does not stand before as their subject: "Zorbly said", "Zorbly
// acquired", "Zorbly posted a loss".
var companyActs = setOf(`said says told announced acquired bought sued hired employs sells posted declined confirmed
denied unveiled introduced shipped reported plans`)

// companiesActing returns the keys of the mentions that act as a company
// somewhere in the article: before a company's verb (companyActs) or where
// only an organization stands (orgCue: "shares of Zorbly", "Zorbly's
// chief executive"). A company named as its product is ("BlackBerry",
// "Zoom") is the company there.
func companiesActing(ms []*mention, toks []token) map[string]bool {
	acting := map[string]bool{}
	for _, m := range ms {
		if m.t1 < len(toks) && companyActs[toks[m.t1].Text] || orgCue(toks, m.t0, m.t1) {
			acting[m.key] = true
		}
	}
	return acting
}

// actingCompanies answers companiesActing for one article, once, when a
// product rule first asks: the five product rules share it (they change
// types, not keys, and companiesActing reads only keys and tokens), and an
// article with no product's cue makes no pass.
type actingCompanies struct {
	ms   []*mention
	toks []token
	keys map[string]bool // nil until first asked
}

// acts reports whether the mentions of key act as a company somewhere in
// the article (companiesActing).
func (a *actingCompanies) acts(key string) bool {
	if a.keys == nil {
		a.keys = companiesActing(a.ms, a.toks)
	}
	return a.keys[key]
}

// numberedHeads end the name of a thing that is numbered but no product:
// a road, a site, a unit, a broadcaster, a district ("Route 66", "Terminal
// 5", "Local 32", "Channel 4", "Ward 3", "Studio 54"); with the facilities'
// words (facilityHeads), media words (mediaWords) and the places', the
// organizations' and the companies' head words.
var numberedHeads = setOf(`route interstate freeway exit junction terminal pier gate platform runway dock
local district ward precinct zone area sector block lot camp room hall studio level floor hangar
tv fm am group team squad company battalion brigade regiment division fleet column corps`)

// versionNumber reports whether mention m is a name and a version's or a
// model's number: its last token a number of one to four digits after a
// capitalized word ("Zorbcraft 3", "Quelbix 2020"), or, m tagged no
// person, a number of one or two digits right after it and then, on the
// same line, a verb, a modal, a preposition or a product's noun
// (versionFollower: "Zorbcraft 3 sold", "the Quelbix 2 chip"; not "Zorbia 40 years
// ago", nor a results table's "Zorbco 31" and a new line). Not a numbered
// road, site, unit or broadcaster (numberedHeads, facilityHeads,
// mediaWords, orgHeads, companyHeads, networks: "Route 66", "Channel 4"),
// a number after "No" ("Hospital No 31"), a name in capitals (a
// headline's: "DIARIO 16"), nor a known place's number ("Europe 1" radio).
func versionNumber(text string, toks []token, m *mention) bool {
	var name int // the end of the name's words
	switch {
	case m.t1-m.t0 > 1 && isNumber(toks[m.t1-1].Text) && len(toks[m.t1-1].Text) <= 4:
		name = m.t1 - 1
	case m.typ != newsner.Person && m.t1+1 < len(toks) && isNumber(toks[m.t1].Text) && len(toks[m.t1].Text) <= 2 && versionFollower(toks[m.t1+1]) &&
		!strings.ContainsRune(text[toks[m.t1-1].BEnd:toks[m.t1+1].BStart], '\n'):
		name = m.t1
	default:
		return false
	}
	last := toks[name-1].Text
	l := strings.ToLower(strings.TrimSuffix(last, "."))
	if !startsUpper(last) || l == "no" || numberedHeads[l] || facilityHeads[l] || mediaWords[l] || orgHeads[l] || companyHeads[l] || placeHeads[l] || roadWords[last] || networks[last] {
		return false
	}
	words := text[toks[m.t0].BStart:toks[name-1].BEnd]
	return words != strings.ToUpper(words) && !knownPlace(words)
}

// versionFollower reports whether t may follow a version's number: a
// verb, a modal, a preposition or a product's noun (productNouns). Not a
// full stop: a score of Australian rules ends so ("Zorbo 9." and "9 (63)"
// on the next line); nor a market's verb (marketVerbs: "Quelbco Falcon
// 12 rose", a price or a fund's number).
func versionFollower(t token) bool {
	return (strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "IN" || productNouns[t.Text] || componentNouns[t.Text]) && !marketVerbs[t.Text]
}

// marketVerbs say how a price or a figure moved.
var marketVerbs = setOf(`rose fell gained lost climbed dropped jumped slipped added eased rises falls gains
climbs drops jumps slips adds eases`)

// versionedNamesAsMisc makes MISC, so not emitted, every mention of a
// name the article writes with a version's or a model's number
// (versionNumber: "Zorbcraft 3", "Quelbix 2020", "the Tessera 2 chip"),
// and of the name without its number ("Zorbcraft" beside "Zorbcraft
// 3"): a product, a game, a sequel or an edition, MISC in CoNLL-2003
// (names ending in a number in eng.train and eng.testa: 50 MISC, 6 ORG,
// 4 LOC: "Windows 95", "Airbus 310", "Euro 96"); not in a sports report
// (clubs: "Schalke 04"), nor a person starting with a first name, a known
// place, a listed organization or brand, or a name the article has act as
// a company (companiesActing).
func versionedNamesAsMisc(text string, ms []*mention, toks []token, about *topics, acting *actingCompanies) {
	var names map[string]bool
	for _, m := range ms {
		if !m.typ.Valid() || m.typ == misc || !versionNumber(text, toks, m) || m.typ == newsner.Person && firstName(m.m.Text) {
			continue
		}
		if about.sportsDoc() {
			return
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[m.key] = true
		if n := len(m.words); m.t1-m.t0 > 1 && isNumber(toks[m.t1-1].Text) && n > 1 {
			names[strings.Join(m.words[:n-1], " ")] = true
		}
	}
	names = miscModelStems(ms, toks, names)
	if names == nil || about.sportsDoc() {
		return
	}
	for _, m := range ms {
		if names[m.key] && m.typ.Valid() && !makerOrPlace(m.m.Text) && !acting.acts(m.key) {
			m.typ = misc
		}
	}
}

// miscModelStems adds to names the words before the number of every
// mention the tagger itself typed MISC that ends in a model's number of
// three or four digits ("Zorbix 1060" gives "zorbix"): the product line,
// which the tagger types a company where its number is left out of the
// span ("the Zorbix 1660 Ti", "Zorbix" tagged alone). Not a stock index's
// name before its number (indexNames: "S&P 500" leaves "S&P", the rating
// agency, alone). Returns names, made on the first stem.
func miscModelStems(ms []*mention, toks []token, names map[string]bool) map[string]bool {
	for _, m := range ms {
		if n := len(m.words); m.typ == misc && n > 1 && isNumber(toks[m.t1-1].Text) && len(toks[m.t1-1].Text) >= 3 && len(toks[m.t1-1].Text) <= 4 && !indexNames[toks[m.t1-2].Text] {
			if names == nil {
				names = map[string]bool{}
			}
			names[strings.Join(m.words[:n-1], " ")] = true
		}
	}
	return names
}

// unitHeads end the name of a body inside an organization, which a
// company's or an agency's possessive may stand before as it does before
// a product ("the agency's Science Mission Directorate", "the Pentagon's
// Zorb Weapons Program"): organizations.
var unitHeads = setOf(`directorate program division unit lab laboratory center group team office`)

// companysThing reports whether m, tagged an organization or a place, one
// word of it at least in lower case or with a digit (no acronym: "NASA's
// JPL"), stands right after a company's possessive: a mention tagged an
// organization, or a listed organization or brand, known as no place,
// and "'s" ("Zorbco's Quelbix", "Zorbco's Quelb 7"), the name ending in
// no organization's, company's, unit's, facility's, media or division
// word. What a company owns and names is mostly its product or its event
// (on the -a halves, after a company's possessive: "Walmart's Black
// Friday", "Ford's Sync", "Nokia's S40"); its units are named by their
// head words ("the Zorbco Research Center"), or start with one and a
// connective (headedBodyName: "Center for Tobacco Products"). m may be
// one the tagger itself read MISC there, the product, whose other
// mentions it typed a place or a company ("Ford's Sync" MISC, "tap into
// Sync" a place, dragnet-news-a): its key takes them with it.
func companysThing(toks []token, m *mention, owner *mention) bool {
	if owner == nil || m.typ != newsner.Organization && m.typ != newsner.Location && m.typ != misc {
		return false
	}
	if owner.typ != newsner.Organization && listKey(owner.m.Text, newsner.Organization) == "" && !brandName(owner.m.Text) {
		return false
	}
	name := owner.m.Text
	if n := len(owner.words); n > 1 && isPossessive(owner.words[n-1]) {
		name = strings.Join(owner.words[:n-1], " ")
	}
	if knownPlace(name) || strings.ToUpper(m.m.Text) == m.m.Text || headedBodyName(m.words) {
		return false
	}
	l := m.words[len(m.words)-1]
	return !orgHeads[l] && !companyHeads[l] && !unitHeads[l] && !facilityHeads[l] && !mediaWords[l] && !divisionWords[l] && !legalSuffixes[l] && !outletHeads[toks[m.t1-1].Text]
}

// possessiveOwners returns, for each mention, the mention that stands
// right before it with an "'s" ("Zorbco" of "Zorbco's Quelbix", the "'s"
// its own token or the mention's last), or nil.
func possessiveOwners(ms []*mention, toks []token) map[*mention]*mention {
	ends := map[int]*mention{}
	for _, m := range ms {
		ends[m.t1] = m
	}
	owners := map[*mention]*mention{}
	for _, m := range ms {
		if m.t0 < 1 {
			continue
		}
		if n := ends[m.t0-1]; n != nil && isPossessive(toks[m.t0-1].Text) {
			owners[m] = n
		} else if n := ends[m.t0]; n != nil && isPossessive(toks[m.t0-1].Text) && n.t1-n.t0 > 1 {
			owners[m] = n
		}
	}
	return owners
}

// companysThingsAsMisc makes MISC, so not emitted, every mention of a name
// the article writes after a company's possessive (companysThing:
// "Zorbco's Quelbix"), unless it is a listed organization or brand
// ("Zorbco's YouTube"), a known place, a name starting with a first name
// or a name the article has act as a company (companiesActing: "Zorbco's
// Quelbix said", a subsidiary).
func companysThingsAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	owners := possessiveOwners(ms, toks)
	if len(owners) == 0 {
		return
	}
	retypeByKey(ms, func(m *mention) bool {
		return companysThing(toks, m, owners[m]) && !makerOrPlace(m.m.Text) && !firstName(m.m.Text) && !acting.acts(m.key)
	}, func(m *mention) bool { return m.typ != newsner.Person }, misc)
}

// ingredientsAsMisc makes MISC, so not emitted, every mention of a name
// that stands somewhere in the article as a formula's ingredient or
// strength (formulaIngredient): a skincare product's "Niacinamide 10% +
// Zinc 1%", "10% Niacinamide + 4% TXA", a sunscreen's "SPF 50+", which
// the tagger types an organization.
func ingredientsAsMisc(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Organization && formulaIngredient(toks, m.t0, m.t1)
	}, func(m *mention) bool { return m.typ == newsner.Organization }, misc)
}

// formulaIngredient reports whether the name at tokens [t0,t1) has a
// percentage right after it and then "+", a percentage right before it
// and "+" right after it, or a number with its "+" right after it (a
// level at least: "SPF 50+").
func formulaIngredient(toks []token, t0, t1 int) bool {
	if t1 < len(toks) {
		if n, ok := strings.CutSuffix(toks[t1].Text, "+"); ok && isNumber(n) {
			return true
		}
	}
	if n := percentAt(toks, t1); n > 0 {
		return t1+n < len(toks) && toks[t1+n].Text == "+"
	}
	return t1 < len(toks) && toks[t1].Text == "+" && (t0 > 0 && percentAt(toks, t0-1) == 1 || t0 > 1 && percentAt(toks, t0-2) == 2)
}

// percentAt returns how many tokens from k on make a percentage ("10%",
// or "10" and "%"), or 0.
func percentAt(toks []token, k int) int {
	if k >= len(toks) {
		return 0
	}
	w := toks[k].Text
	if strings.HasSuffix(w, "%") && isNumber(strings.Replace(w[:len(w)-1], ".", "", 1)) {
		return 1
	}
	if isNumber(strings.Replace(w, ".", "", 1)) && k+1 < len(toks) && toks[k+1].Text == "%" {
		return 2
	}
	return 0
}

// modelWordsAsMisc makes MISC, so not emitted, every mention of a
// one-word name that is a product's word (productHeads) where it stands
// right after a number somewhere in the article: a model's name whose
// number the tagger left out ("MAX" of "the 737 MAX", "Pro" of "Zorbphone
// 12 Pro"), which it types an organization.
func modelWordsAsMisc(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return len(m.words) == 1 && m.t0 > 0 && productHeads[toks[m.t0].Text] && isNumber(toks[m.t0-1].Text)
	}, func(m *mention) bool { return len(m.words) == 1 }, misc)
}

// productHeads end the name of a product, which CoNLL-2003 marks MISC
// ("Apple Vision Pro", "Nintendo Switch Lite", "Firefox Developer
// Edition", "Google Search Console", "Boeing 737 MAX", a car's body: "VW
// Atlas Cross Sport SUV"); no organization of eng.train or eng.testa ends
// in one. "Telescope" added in the twelfth pass: a space telescope is an
// instrument, MISC as a probe or a satellite is ("the Hubble Space
// Telescope"), which the tagger reads as an organization. "Stick" added
// in the third 2019 audit: a streaming stick ("Fire TV Stick", "Roku
// Streaming Stick"), whose "TV Stick" the tagger typed an organization;
// "Probe", "Lander" and "Orbiter" too, craft as a telescope is ("Parker
// Solar Probe", typed an organization; not "Rover": "Land Rover" is the
// carmaker). "Suite", "Radiometer", "Spectrometer" and "Reactor" added in
// the web-precision pass: a software or an instrument's suite ("Zorbic
// Imaging Radiometer Suite"), a reactor's design ("Advanced Quelb Water
// Reactor, or AQWR"), which the tagger reads as a body. The kinds of a
// skincare shelf added in session 28 (nkinds19): a brand and its
// product's words up to "Moisturizer", "Serum", "Gel", "Cleanser",
// "Toner", "Lotion" or "Sunscreen" ("the Zorbena Hydro Boost Face
// Moisturizer", a buyer's guide's picks, typed an organization whole);
// and a method's "Framework" or "Methodology" ("Scaled Agile Framework",
// "Software Development Methodology"). No organization of eng.train,
// eng.testa or the web sets' lists ends in one; "Cream" is left out
// (a band, an ice-cream firm). A course's or a kit's papers too:
// "Worksheet", "Checklist", "Template", "Certification" ("the Quick Start
// Worksheet", "the Zorbco Academy Essentials Certification"); not "Guide"
// ("TV Guide", a magazine, an organization in eng.train). A software
// vendor's words added in session 34 (nkinds49): "Marketplace",
// "Connect", "Loader", "Essentials" end what a 2020s vendor sells ("the
// Quelb Marketplace", "App Store Connect", "BigQuery Loader", "Zorbco SEO
// Essentials"), MISC in the web sets' lists, which the tagger reads as a
// company; no organization of eng.train, eng.testa or those lists ends in
// one. Not "Platform", though the lists' three such names are products
// ("Ping Identity Platform"): it names parties and bodies in news ("Civic
// Platform"), and cost the blind audit a name, even kept to three words
// or more. Not "Cloud" (a division's word: "Google Cloud"), "Studio"
// ("Gareth David Studio", a designer's firm) nor "Service" ("BBC World
// Service").
var productHeads = setOf(`Pro Lite Edition Controller Console Laptop Camera Headphones Earbuds Smartwatch
Max MAX Mini Ultra Series SUV Sedan Hatchback Coupe Crossover Minivan Roadster Telescope
Stick Probe Lander Orbiter Suite Radiometer Spectrometer Reactor
Moisturizer Moisturiser Serum Gel Cleanser Toner Lotion Sunscreen Framework Methodology
Worksheet Checklist Template Certification Marketplace Connect Loader Essentials`)

// productsAsMisc makes MISC, so not emitted, the entities (groups) whose
// fullest name, of two words or more and tagged an organization, a
// product's word ends (productHeads), or that is a maker's model
// (makersModel) or product line (makersLine), and the lists know as no company's,
// with their short forms ("Controller" and "HSC" of "Hardware Status
// Controller"): all but the one-word mentions of the name's first word
// where that is a maker's, a listed company or the start of another name
// of the article ("Apple" joined to "Apple Vision Pro" beside "Apple
// Pay"), which stay an organization of their own ("DualShock" of
// "DualShock Controller" goes with it). It runs on groups, after the
// short forms have joined: made MISC before, the product would leave the
// maker the only longer name to join ("Google" into "Google Keyword
// Planner" once "Google Search Console" is gone).
func productsAsMisc(groups [][]*mention, toks []token) [][]*mention {
	for i, g := range groups {
		if g[0].typ != newsner.Organization && g[0].typ != newsner.Person {
			continue
		}
		full := fullestMention(g)
		if g[0].typ == newsner.Person && firstName(full.m.Text) {
			continue // "Max" and "Dell" are first names too
		}
		if len(full.words) < 2 || !productHeads[toks[full.t1-1].Text] && !makersModel(toks, full) && !(g[0].typ == newsner.Organization && makersLine(toks, full) && !lineActsAsCompany(g, toks)) || listKey(full.m.Text, newsner.Organization) != "" {
			continue
		}
		first := full.words[0]
		isMaker := listKey(first, newsner.Organization) != ""
		for j, h := range groups {
			for _, m := range h {
				if j != i && len(m.words) > 1 && m.words[0] == first {
					isMaker = true
				}
			}
		}
		groups = splitOffMisc(groups, i, func(m *mention) bool {
			return isMaker && len(m.words) == 1 && m.words[0] == first // the maker
		})
	}
	return groups
}

// splitOffMisc makes MISC the mentions of group i that keep does not take,
// which stay group i, and moves those it takes, their type as it was, to a
// group of their own at the end: a maker beside its product's name, an
// event's holder beside the event.
func splitOffMisc(groups [][]*mention, i int, keep func(*mention) bool) [][]*mention {
	var kept, rest []*mention
	for _, m := range groups[i] {
		if keep(m) {
			kept = append(kept, m)
		} else {
			m.typ = misc
			rest = append(rest, m)
		}
	}
	groups[i] = rest
	if kept != nil {
		groups = append(groups, kept)
	}
	return groups
}

// makersModel reports whether m names a listed company's product by a
// model's name: the company's one word, then a word with a digit or a
// capital inside ("Apple AirPods", "Dell G3", "Intel Core i5-9300H").
func makersModel(toks []token, m *mention) bool {
	if listKey(toks[m.t0].Text, newsner.Organization) == "" {
		return false
	}
	for k := m.t0 + 1; k < m.t1; k++ {
		prev := ' '
		for _, r := range toks[k].Text {
			if unicode.IsDigit(r) || unicode.IsUpper(r) && unicode.IsLower(prev) {
				return true
			}
			prev = r
		}
	}
	return false
}

// makersLine reports whether m, of two or three words, is a company's one
// word (orgs.tsv's, names/brands.txt's; no known place) and a product
// line's name ("Intel Core", "Zorbtek Nighthawk"): capitalized words that
// are no organization's, company's, medium's or legal form's word, no
// place and no demonym.
func makersLine(toks []token, m *mention) bool {
	first := toks[m.t0].Text
	n := normName(first)
	if m.t1-m.t0 > 3 || !(plainListIdx[n] || brandName(first)) || orgListIdx[n] != "" && !plainListIdx[n] || networks[first] || knownPlace(first) {
		return false // not a medium's, a group's or a team's name ("CBS Sports")
	}
	for k := m.t0 + 1; k < m.t1; k++ {
		w := toks[k].Text
		l := strings.ToLower(strings.TrimSuffix(w, "."))
		if !startsUpper(w) || orgHeads[l] || companyHeads[l] || legalSuffixes[l] || mediaWords[l] || divisionWords[l] || outletHeads[w] || isDemonym(w) || knownPlace(w) {
			return false
		}
	}
	return true
}

// lineActsAsCompany reports whether a mention of group g, whose name
// makersLine reads as a maker's product line, acts as a company: before a
// company's verb or where only an organization stands (companiesActing:
// "Zorbco Biologics said", "shares of Zorbco Bioepis"), before "shares"
// and a verb ("Zorbco Heavy shares rose"), or before an apposition that
// calls it a company (companyApposition: "Zorbco Biologics, the contract
// drugmaker,"). A listed group's
// company named by its business ("Samsung Biologics", "Hyundai Mobis")
// is built as a product line is, a group's word and a word no list
// knows, and was made MISC and dropped, though the article has it say
// things and trade; a product line neither speaks nor has shares. Only
// the mentions of two words or more count: the maker named alone, joined
// to the group, speaks for itself ("The Samsung Quelbar sold out. Samsung
// said").
func lineActsAsCompany(g []*mention, toks []token) bool {
	var long []*mention
	for _, m := range g {
		if len(m.words) > 1 {
			long = append(long, m)
		}
	}
	if len(companiesActing(long, toks)) > 0 {
		return true
	}
	for _, m := range long {
		if companyApposition(toks, m.t1) {
			return true
		}
		if k := m.t1; k+1 < len(toks) && toks[k].Text == "shares" && finiteVerbTags[toks[k+1].Tag] {
			return true
		}
	}
	return false
}

// networks are broadcasters that name their stations and units after
// themselves ("CBS DFW", "Fox Sports"): organizations, not products.
var networks = setOf(`CBS NBC ABC Fox CNN BBC ITV PBS NPR ESPN CW Univision Telemundo Sky`)

// divisionWords end the name of a company's unit or an institution's
// body, not of a product ("Quelbix Wireless", "Zorbo Sports", "NASA Earth
// Observatory", "U.N. General Assembly"). "Cargo", "Healthcare" and
// "Freight" added in the December 2020 audit: an airline's or a
// carrier's unit ("Lufthansa Cargo", "UPS Healthcare") was made a product
// line and dropped on made-up Reuters-style articles on vaccine logistics;
// "Global" and "International" in session 26 (nkinds10): "TikTok Global
// will be headquartered in Texas" lost the unit in made-up sentences.
var divisionWords = setOf(`wireless sports markets observatory assembly general research cloud health finance
news mobile music pictures records games television tv radio publishing cargo healthcare freight global
international`)

// modelCode reports whether w is a model's code: two to ten letters and
// digits, a capital first, a digit and no lower-case letter among them
// ("ZX3418DW", "R6700", "X4"); not a number alone, a unit ("4K", "5G":
// a digit first) nor a word.
func modelCode(w string) bool {
	if len(w) < 2 || len(w) > 10 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	digit := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'A' && r <= 'Z':
		default:
			return false
		}
	}
	return digit
}

// modelCodeAfter reports whether m, tagged a person, stands right before
// a model's code on its line (modelCode: "Zorbtek Quasar ZX3418DW",
// "Quelbgear Nighthawk R6700 router"): a product's name and its model,
// which the tagger, reading two capitalized words, types a person; not a
// name an organization's, a company's or a legal form's word ends, a
// known place or a listed maker. Not an organization: a company before a
// half-year's or a quarter's code ("Zorbco H1 profit") or an exchange
// before a contract's is no product (eng.train).
func modelCodeAfter(text string, toks []token, m *mention) bool {
	if m.typ != newsner.Person || m.t1 >= len(toks) || !modelCode(toks[m.t1].Text) ||
		lineBreakBefore(text, toks, m.t1) {
		return false
	}
	last := strings.ToLower(strings.TrimSuffix(toks[m.t1-1].Text, "."))
	if orgHeads[last] || companyHeads[last] || legalSuffixes[last] || mediaWords[last] || networks[toks[m.t1-1].Text] {
		return false
	}
	return !makerOrPlace(m.m.Text)
}

// modelCodesAsMisc makes MISC, so not emitted, every mention of a name the
// article writes before a model's code (modelCodeAfter), and of its words
// after a listed maker's ("Quasar" of "Zorbtek Quasar ZX3418DW" where
// Zorbtek is listed): a product, MISC in CoNLL-2003, which a deals page
// or a review lists by maker, line and code. Not in a sports report (a
// team's car: "Quelb Racing QR20"), nor a name the article has act as a
// company (companiesActing).
func modelCodesAsMisc(text string, ms []*mention, toks []token, about *topics, acting *actingCompanies) {
	var names map[string]bool
	for _, m := range ms {
		if !modelCodeAfter(text, toks, m) {
			continue
		}
		if about.sportsDoc() {
			return
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[m.key] = true
		if len(m.words) > 1 && makerOrPlace(toks[m.t0].Text) {
			names[strings.Join(m.words[1:], " ")] = true
		}
	}
	for _, m := range ms {
		if names[m.key] && m.typ.Valid() && !acting.acts(m.key) {
			m.typ = misc
		}
	}
}

// ownedProductsAsMisc makes MISC a mention tagged an organization, a
// person or a place right after "its" or "their" and right before a
// product's noun in the plural (productNouns + "s": "launched 60 more of
// its Starlink satellites", "its Zorbphone handsets"): a thing the owner
// makes, MISC in CoNLL-2003; productNouns take the singular only, as a
// plural after a name alone is as often its maker's ("Zorbco phones"),
// but after the owner's "its" the name is the product's.
func ownedProductsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if !m.typ.Valid() || m.t0 < 1 || m.t1 >= len(toks) || toks[m.t0-1].Text != "its" && toks[m.t0-1].Text != "their" {
			continue
		}
		if w := toks[m.t1].Text; strings.HasSuffix(w, "s") && productNouns[strings.TrimSuffix(w, "s")] {
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

// ownedThingsAsMisc makes MISC, so not emitted, every mention of a name
// tagged an organization that the article writes right after "its" or
// "whose" with a verb, a modal or a clause's punctuation right after it
// (ownedThing: "said its Zorbex had outsold", "the first flight of its
// Quelb R.", "Zorbco chose the wrist for its Quelband,"): a thing the
// owner makes, MISC in CoNLL-2003 (tenth December 2020 audit: a drug and
// a rocket; dragnet-web-a: a wristband). A company owned by another goes
// with its kind's noun ("its Zorbco unit", "its Quelb network", as
// eng.train's nine such organizations all do), which this leaves, as
// ownedProductsAsMisc takes the plural product nouns, and so is a body's
// name (bodyNamed: "its Vision Fund had made a profit", first audit). A listed
// organization or brand, a known place, a name starting with a first name
// and a name the article has act as a company (companiesActing) stay.
func ownedThingsAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Organization && ownedThing(toks, m) && !bodyNamed(m) && !makerOrPlace(m.m.Text) && !firstName(m.m.Text) && !acting.acts(m.key)
	}, func(m *mention) bool { return m.typ == newsner.Organization }, misc)
}

// bodyNamed reports whether m is a name of three words or more or has an
// organization's, a company's or a legal suffix's word (orgHeads,
// companyHeads, legalSuffixes): "its Vision Fund had", "whose Zorb Group
// controls", "its Supreme Court." name a body of the owner's, not a thing
// it makes.
func bodyNamed(m *mention) bool {
	if len(m.words) > 2 {
		return true
	}
	for _, w := range m.words {
		if orgHeads[w] || companyHeads[w] || legalSuffixes[w] {
			return true
		}
	}
	return false
}

// ownedThing reports whether m stands right after "its" or "whose" and
// right before a verb in the past or the present, a modal, or a comma, a
// full stop, a semicolon or a closing bracket.
func ownedThing(toks []token, m *mention) bool {
	if m.t0 < 1 || m.t1 >= len(toks) {
		return false
	}
	if p := toks[m.t0-1].Text; p != "its" && p != "whose" {
		return false
	}
	if t := toks[m.t1].Tag; finiteVerbTags[t] || t == "MD" {
		return true
	}
	switch toks[m.t1].Text {
	case ",", ".", ";", ")":
		return true
	}
	return false
}

// productKindNouns name, in lower case right before a product's own name,
// what kind of product it is: a medicine ("its arthritis drug Zorbemra").
// Not "app": a company is named by its app ("grocery app Dingdong Maicai",
// "messaging app Slack Technologies", ORG in the audits; a first version
// with it cost audit i's check and the blind audit one each).
var productKindNouns = setOf(`drug drugs vaccine vaccines medicine treatment pill`)

// productNamedAsMisc makes MISC every mention tagged an organization of a
// name of one or two words that the article writes right after a
// product's kind (productKindNouns) at one mention: the medicine itself,
// MISC in CoNLL-2003, which the tagger types its maker's way. A listed
// organization or brand, a known place, a name starting with a first name,
// a body's name (bodyNamed: "drug company Zorbco Pharmaceuticals") and a
// name the article has act as a company (companiesActing) stay. Audit
// 2020i article 14 ("its arthritis drug Actemra") and audit 2020j article
// 8 ("its experimental obesity drug CagriSema"), each typed an
// organization.
func productNamedAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Organization && len(m.words) <= 2 && m.t0 > 0 && productKindNouns[toks[m.t0-1].Text] && !makerOrPlace(m.m.Text) && !firstName(m.m.Text) &&
			!bodyNamed(m) && !acting.acts(m.key)
	}, func(m *mention) bool { return m.typ == newsner.Organization }, misc)
}

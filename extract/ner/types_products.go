package ner

import (
	"strings"
	"unicode"

	"github.com/newsner/newsner"
)

// Typing rules that make products MISC (so not emitted): product nouns after
// a name ("the Zorbly app"), versions and model numbers, a company's things,
// software installed or switched to, products listed beside listed ones,
// product head words ("Pro", "Lite"), the lists of products and game series,
// and makers' models; and the companies that act as one, which these rules
// leave alone.

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
var productNouns = setOf(`app smartphone handset tablet browser console headset laptop smartwatch
satellite spacecraft platform`)

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
// connective (headedBodyName: "Center for Tobacco Products").
func companysThing(toks []token, m *mention, owner *mention) bool {
	if owner == nil || m.typ != newsner.Organization && m.typ != newsner.Location {
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

// installVerbs take software as their object: what one downloads or
// installs is an app, a game or a system ("download Zorbcraft", "installed
// Quelbix").
var installVerbs = setOf(`download downloads downloaded downloading install installs installed installing
uninstall uninstalled reinstall reinstalled`)

// upgradeVerbs, before "to", take a product's new version as their object
// ("upgrade to Quelbix", "updated to Zorb Lion").
var upgradeVerbs = setOf(`upgrade upgrades upgraded upgrading update updates updated updating`)

// softwareObject reports whether m stands right after an install verb
// (installVerbs), or an upgrade verb or noun and "to" (upgradeVerbs; "a
// free upgrade to Zorb Lion") or a switch verb and "to" (switchedTo), "the" between or not, and before no
// possessive ("download Zorbco's app": the maker).
func softwareObject(toks []token, m *mention) bool {
	k := m.t0 - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k < 0 || isPossessive(toks[m.t1-1].Text) || m.t1 < len(toks) && isPossessive(toks[m.t1].Text) {
		return false
	}
	if lowered(installVerbs, toks[k].Text) || runsSystem(toks, k) {
		return true
	}
	return toks[k].Text == "to" && k > 0 && (lowered(upgradeVerbs, toks[k-1].Text) || switchedTo(toks, m, k-1))
}

// runnerNouns run an operating system or an app: devices and their users
// ("Macs running Zorb Lion", "owners running Quelbix 7").
var runnerNouns = setOf(`devices device phones phone smartphones computers computer machines pcs macs laptops
tablets servers users owners customers`)

// runsSystem reports whether token k is "running" after a device or its
// user (runnerNouns): what such a thing runs is software, where a person
// "running" a company is no device ("the founder running Zorbco").
func runsSystem(toks []token, k int) bool {
	return k > 0 && toks[k].Text == "running" && lowered(runnerNouns, toks[k-1].Text)
}

// switchVerbs, before "to", take what a user moves to: an app or a
// service ("teams switched to Meetly").
var switchVerbs = setOf(`switch switches switched switching`)

// switchedTo reports whether token k is a switch verb (switchVerbs) and m,
// after it and "to", is no person: "users switched to Meetly" names an app;
// "the coach switched to Quimby" a player.
func switchedTo(toks []token, m *mention, k int) bool {
	return lowered(switchVerbs, toks[k].Text) && m.typ != newsner.Person
}

// softwareAsMisc makes MISC, so not emitted, every mention of a name the
// article has downloaded, installed or upgraded to somewhere
// (softwareObject: "download Zorbcraft", "a free upgrade to Zorb Lion"): an
// app, a game or a system, MISC in CoNLL-2003; unless it is a listed
// organization or brand ("download Spotify"), a known place, a name
// starting with a first name, or a name acting as a company
// (companiesActing: "install Zoom" where "Zoom said").
func softwareAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && m.typ != misc && softwareObject(toks, m) && !makerOrPlace(m.m.Text) && !firstName(m.m.Text) && !acting.acts(m.key)
	}, func(*mention) bool { return true }, misc)
}

// listedProductNeighbour reports whether m stands in a list beside a
// listed product's name (products: the mentions listedProduct takes, by
// their first and their end token), with nothing between the two but a
// comma, "and" or "or" ("on Zorbchat, WhatsApp and Android", "iOS or
// Quelbix"): a list's names are of one kind.
func listedProductNeighbour(toks []token, m *mention, starts, ends map[int]bool) bool {
	sep := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].Text == "," || toks[k].Text == "and" || toks[k].Text == "or")
	}
	for _, k := range []int{m.t0 - 1, m.t0 - 2} { // a product ending before: one or two separators
		if k >= 0 && ends[k] && sep(k) && (k == m.t0-1 || sep(m.t0-1)) {
			return true
		}
	}
	for _, k := range []int{m.t1 + 1, m.t1 + 2} { // a product starting after
		if starts[k] && sep(m.t1) && (k == m.t1+1 || sep(m.t1+1)) {
			return true
		}
	}
	return false
}

// miscMentions returns the mentions ms holds typed MISC.
func miscMentions(ms []*mention) map[*mention]bool {
	was := map[*mention]bool{}
	for _, m := range ms {
		if m.typ == misc {
			was[m] = true
		}
	}
	return was
}

// cuedProducts returns the mentions of ms typed MISC that were not in
// wasMisc: the names the product rules (productsBeforeNounsAsMisc,
// versionedNamesAsMisc, companysThingsAsMisc, softwareAsMisc) found to be
// products, whose neighbours in a list are products as a listed product's
// are ("the Zorbly app" and later "Quelbchat, Zorbly and Quelbmail");
// the tagger's own MISC (a demonym, an event) says nothing of a list.
func cuedProducts(ms []*mention, wasMisc map[*mention]bool) map[*mention]bool {
	cued := map[*mention]bool{}
	for _, m := range ms {
		if m.typ == misc && !wasMisc[m] {
			cued[m] = true
		}
	}
	return cued
}

// listedProductsNeighboursAsMisc makes MISC, so not emitted, every
// mention of a name the article lists beside a listed product, or beside
// a product a product rule found (cued: cuedProducts), somewhere
// (listedProductNeighbour: "Zorbchat, Android and iOS"): a product too;
// unless it is a listed organization or brand ("Facebook, Android and
// Skype": the company), a known place, a name starting with a first name,
// or a name acting as a company (companiesActing).
func listedProductsNeighboursAsMisc(ms []*mention, toks []token, cued map[*mention]bool, acting *actingCompanies) {
	var starts, ends map[int]bool // the listed products' first tokens and the separators right after them
	for _, n := range ms {
		if listedProduct(n.words) || cued[n] {
			if starts == nil {
				starts, ends = map[int]bool{}, map[int]bool{}
			}
			starts[n.t0], ends[n.t1] = true, true
		}
	}
	if starts == nil {
		return
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && m.typ != misc && !listedProduct(m.words) && listedProductNeighbour(toks, m, starts, ends) && !makerOrPlace(m.m.Text) &&
			!firstName(m.m.Text) && !acting.acts(m.key)
	}, func(*mention) bool { return true }, misc)
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
// Reactor, or AQWR"), which the tagger reads as a body.
var productHeads = setOf(`Pro Lite Edition Controller Console Laptop Camera Headphones Earbuds Smartwatch
Max MAX Mini Ultra Series SUV Sedan Hatchback Coupe Crossover Minivan Roadster Telescope
Stick Probe Lander Orbiter Suite Radiometer Spectrometer Reactor`)

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

// productNames are products that today's news names often, in lower
// case: devices, consoles, assistants, operating systems and apps' makers'
// products that are no company of their own; MISC in CoNLL-2003 ("Windows":
// 15 of 16 in eng.train and eng.testa). Names that are also common words or
// companies ("Echo", "Switch", "Galaxy", "Pixel", "Roku"; cars: "Mustang",
// "Civic", "Accord", "Tacoma") are listed only with their maker's or
// model's word. The last 36 added in the twelfth pass (office and cloud
// software, streaming services, devices, from what 2020s news names, not
// from a page's errors); not "Google Cloud", a business the lists give as
// an organization, nor "Outlook", a word. The crude's grade "West Texas
// Intermediate" ("WTI") added in the thirteenth pass, a commodity's name,
// MISC as a product's is (not "Brent": an organization 4 times of 6 in
// eng.train and eng.testa, its market's), and late-2020's vaccines and
// drugs by their brand names ("Covaxin", "Covishield", "Comirnaty",
// "bamlanivimab") and the nerve agent "Novichok", which the tagger reads
// as a place or a company. Thirteenth pass (b): the Russian vaccine
// "Sputnik V" (not "Sputnik" alone, also the news agency) and SpaceX's
// rockets and craft ("Falcon 9", "Falcon Heavy", "Starship", "Crew
// Dragon"; not "Dragon" alone, a word), which the tagger typed a company,
// found whole by addProductTail. Third 2019 audit: Boeing's craft
// "Starliner" and Google's phones by their numbers ("Pixel 4"; not
// "Pixel" alone, a word), which the tagger typed a company; a poll's and
// a chart's names with their numbers ("AP Top 25", "Billboard 200"),
// MISC as works are, whose "AP Top" the tagger typed a company. Third
// December 2020 audit: the cryptocurrencies "XRP" and "Litecoin" beside
// "bitcoin", which the tagger typed a company.
var productNames = linesOf(`iphone
ipad
ipod
macbook
macbook air
macbook pro
imac
airpods
apple watch
apple tv
nintendo switch
playstation
ps4
ps5
xbox
xbox one
xbox series x
echo dot
amazon echo
alexa
kindle
fire tv
chromecast
google home
android
ios
windows
windows 10
windows 11
chatgpt
galaxy s10
samsung galaxy
google pixel
tesla model 3
model 3
model s
model y
model x
camry
corolla
prius
rav4
altima
maxima
sentra
silverado
jetta
passat
tiguan
f-150
mach-e
mach e
elantra
sportage
cybertruck
wii
wii u
nintendo wii
nintendo ds
nintendo 3ds
game boy
xbox 360
playstation 2
playstation 3
playstation 4
playstation 5
ps2
ps3
steam deck
oculus quest
meta quest
ford mustang
mustang mach-e
mustang mach e
ford bronco
ford explorer
ford focus
ford fiesta
honda civic
honda accord
toyota tacoma
chevrolet corvette
chevy corvette
chevrolet bolt
nissan leaf
jeep wrangler
jeep cherokee
volkswagen beetle
vw beetle
volkswagen golf
vw golf
viagra
lipitor
crestor
nexium
prozac
xanax
zoloft
ambien
adderall
oxycontin
ozempic
wegovy
mounjaro
humira
keytruda
tylenol
advil
remdesivir
paxlovid
covaxin
covishield
comirnaty
bamlanivimab
novichok
sputnik v
falcon 9
falcon heavy
starship
crew dragon
starliner
pixel 3
pixel 3a
pixel 4
pixel 4a
pixel 5
ap top 25
billboard 200
gmail
itunes
facetime
imessage
siri
cortana
photoshop
powerpoint
google maps
apple maps
google play
play store
app store
apple pay
google pay
apple music
prime video
google docs
google drive
microsoft teams
microsoft office
office 365
google chrome
internet explorer
firefox
windows phone
xbox live
playstation network
google assistant
google translate
google earth
street view
chromebook
macos
os x
ipados
watchos
gpt-3
gpt-4
gpt-4o
gpt-5
dall-e
stable diffusion
github copilot
microsoft copilot
bing chat
linux
ubuntu
kubernetes
javascript
typescript
tensorflow
pytorch
wordpress
bitcoin
ethereum
dogecoin
xrp
litecoin
google sheets
google slides
google meet
google analytics
google ads
google search
google workspace
google lens
microsoft word
microsoft excel
excel
onedrive
microsoft edge
microsoft azure
azure
amazon prime
prime day
apple tv+
disney+
carplay
apple carplay
android auto
airtag
homepod
apple vision pro
thinkpad
surface pro
galaxy tab
game pass
xbox game pass
youtube tv
youtube music
youtube shorts
instagram reels
west texas intermediate
wti`)

// gameSeries are video games', toys' and films' or shows' series names,
// in lower case: a name they start is a game, a toy, a film, a show or a
// character of the series ("Pokemon Sword and Shield", "Call of Duty:
// Modern Warfare", "Star Wars: The Rise of Skywalker", "Batman"), MISC in
// CoNLL-2003 (the films' series added in the eleventh pass).
var gameSeries = linesOf(`pokemon
pokémon
fortnite
minecraft
call of duty
grand theft auto
gran turismo
super mario
mario kart
zelda
legend of zelda
animal crossing
final fantasy
street fighter
red dead redemption
world of warcraft
league of legends
apex legends
overwatch
candy crush
lego star wars
star wars
star trek
harry potter
game of thrones
the simpsons
breaking bad
stranger things
lord of the rings
the lord of the rings
the mandalorian
squid game
jurassic park
jurassic world
toy story
x-men
spider-man
batman
the walking dead
meet the press
face the nation
good morning america
saturday night live
the daily show
the tonight show
the late show
nightly news
world news tonight
60 minutes`)

// listedProductsAsMisc makes MISC, so not emitted, every mention whose
// name is a listed product (productNames) or a word and one ("Apple
// AirPods"), whatever the tagger typed it; the rest of its entity (the
// maker named alone, joined to it) stays as it was.
func listedProductsAsMisc(groups [][]*mention) [][]*mention {
	for i, g := range groups {
		var prod, rest []*mention
		for _, m := range g {
			if listedProduct(m.words) && !(len(m.words) > 1 && m.typ == newsner.Person && firstName(m.m.Text)) { // not "Matt Windows"
				prod = append(prod, m)
			} else {
				rest = append(rest, m)
			}
		}
		if prod == nil {
			continue
		}
		prod, rest = modelNamesOf(prod, rest)
		for _, m := range prod {
			m.typ = misc
		}
		groups[i] = prod
		if rest != nil {
			groups = append(groups, rest)
		}
	}
	return groups
}

// modelNamesOf moves to prod the mentions of rest that name a listed
// product of prod by its model's words without its maker's ("Mustang" of
// "Ford Mustang", "Galaxy S10" of "Samsung Galaxy S10"), which joinVariants
// joined to it, and returns both; the others stay in rest (the maker named
// alone, "Ford").
func modelNamesOf(prod, rest []*mention) ([]*mention, []*mention) {
	var keep []*mention
	for _, m := range rest {
		model := false
		for _, p := range prod {
			if n := len(p.words) - len(m.words); n > 0 && equalWords(m.words, p.words[n:]) {
				model = true
				break
			}
		}
		if model {
			prod = append(prod, m)
		} else {
			keep = append(keep, m)
		}
	}
	return prod, keep
}

// listedProduct reports whether words, lower case, are a listed product's
// name or a word and one, or start with a game series' name.
func listedProduct(words []string) bool {
	if len(words) == 0 {
		return false
	}
	name := strings.Join(words, " ")
	if productNames[name] {
		return true
	}
	for n := 1; n <= len(words) && n <= 3; n++ {
		if gameSeries[strings.Join(words[:n], " ")] {
			return true
		}
	}
	return len(words) > 1 && productNames[strings.Join(words[1:], " ")]
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
		if k := m.t1; k+1 < len(toks) && toks[k].Text == "shares" {
			switch toks[k+1].Tag {
			case "VBD", "VBZ", "VBP":
				return true
			}
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
// line and dropped on made-up Reuters-style articles on vaccine logistics.
var divisionWords = setOf(`wireless sports markets observatory assembly general research cloud health finance
news mobile music pictures records games television tv radio publishing cargo healthcare freight`)

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
		strings.ContainsRune(text[toks[m.t1-1].BEnd:toks[m.t1].BStart], '\n') {
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
	switch toks[m.t1].Tag {
	case "VBD", "VBZ", "VBP", "MD":
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

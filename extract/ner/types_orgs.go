package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Typing rules that give ORGANIZATION by a name itself: its head word (a
// company's legal suffix, "Foundation", "Records"), its lead word ("Banco"),
// the lists (orgs.tsv, brands, media) and their plain uses, namesakes,
// chambers, acronyms, bodies, sites named by their address, and names the
// gazetteer does not know as places.

// webCompaniesAsOrganizations types ORGANIZATION a one-word mention of
// any type that is an organization's ".com" name without it ("Amazon" where
// the article names "Amazon.com Inc"; bareName), but after "the" ("the
// Amazon", the river and its forest, which stays a place if tagged one).
// The tagger reads "Amazon" alone as the place. A one-word mention tagged
// a person or a place whose word is the name of a web site the text
// writes out (siteNames: "Redfin (2025). Data Center.
// https://www.redfin.com/news/data-center/", a 2025 housing report's
// reference, typed a place at six mentions, modern-web-a) is one too,
// unless it is a known place ("www.chicago.gov"), a first name, or a word
// of a person's longer name in the article.
func webCompaniesAsOrganizations(ms []*mention, toks []token) {
	var web, sites, people map[string]bool
	for _, m := range ms {
		if m.typ == newsner.Organization {
			if b := bareName(m.words[0]); b != m.words[0] {
				if web == nil {
					web = map[string]bool{}
				}
				web[b] = true
			}
		} else if sites == nil && len(m.words) == 1 && personOrPlace(m) {
			sites = siteNames(toks)
		}
	}
	if web == nil && len(sites) == 0 {
		return
	}
	for _, m := range ms {
		if len(m.words) != 1 || m.typ == newsner.Organization {
			continue
		}
		if !web[m.words[0]] && !(sites[m.words[0]] && personOrPlace(m) && !knownPlace(m.m.Text) && !iso3166Place(m.m.Text) && !firstName(m.m.Text) &&
			!anyIn(m.words, lazyPersonWords(&people, ms, toks))) {
			continue
		}
		if m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the") {
			m.place = m.place || m.typ == newsner.Location // unifyTypes leaves it a place
			continue
		}
		m.typ, m.place = newsner.Organization, false
	}
}

// siteSuffixes end the web addresses siteNames reads ("redfin.com",
// "www.zorbly.io"): a word with a full stop inside ends in many other
// things ("U.S", "p.m"). siteNameSuffixes, the first four of them
// (siteNameEndings) and a few countries' and new domains a site takes as
// its name ("CBC.ca", "Zorbly.io"), end a site's name written as its
// address with a capital (siteName: "NBCNews.com"; besides, ".co.uk" and
// ".com.au").
var (
	siteSuffixes     = setOf(siteNameEndings + ` io co ai app dev info biz`)
	siteNameSuffixes = setOf(siteNameEndings + ` ca io ai us co fm`)
)

// siteNameEndings are the web addresses' endings a news site is named by
// ("NBCNews.com", "KARE11.tv"): one list for siteSuffixes and
// siteNameSuffixes.
const siteNameEndings = `com org net tv`

// siteNames returns, lower case, the names of the web sites whose
// addresses tokens of the text are ("https://www.redfin.com/news/" gives
// "redfin", "zorbly.co.uk" "zorbly"): the address's host's word before
// its suffix, or before a country's code after one of siteSuffixes.
func siteNames(toks []token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		w := t.Text
		if strings.IndexByte(w, '.') < 0 {
			continue
		}
		if i := strings.Index(w, "://"); i >= 0 {
			w = w[i+3:]
		}
		if i := strings.IndexAny(w, "/?#"); i >= 0 {
			w = w[:i]
		}
		labels := strings.Split(strings.ToLower(w), ".")
		n := len(labels)
		if n < 2 {
			continue
		}
		if n >= 3 && len(labels[n-1]) == 2 && siteSuffixes[labels[n-2]] {
			n-- // "zorbly.co.uk"
		}
		if !siteSuffixes[labels[n-1]] {
			continue
		}
		if name := labels[n-2]; name != "www" && name != "" {
			out[name] = true
		}
	}
	return out
}

// orgHeads are the words that head an organization's name and may be
// followed by what it is of or for ("Foundation for the Visual Arts",
// "Commission on Presidential Debates", "Organisation for Economic
// Co-operation and Development").
var orgHeads = setOf(`foundation institute institution center centre council society association
commission committee agency office department ministry fund trust school college university
academy bank court organization organisation union league federation board authority service
alliance coalition party movement front army forces corps bureau administration house`)

// mediaWords name what a newspaper, magazine, broadcaster or agency is
// ("the news weekly Der Spiegel", "Zycie Warszawy daily said").
var mediaWords = setOf(`newspaper newspapers daily weekly magazine tabloid broadsheet journal
agency broadcaster channel network station radio television`)

// mediaAsOrganizations types ORGANIZATION a name tagged a person or a
// place that a media word stands right before or after somewhere in the
// article, at every mention: "the news weekly Der Spiegel", "Britain's Sun
// newspaper", "Zycie Warszawy daily said". A name tagged a place needs
// the media word before it ("HK newspaper editorials"), and a place's name
// stays a place ("the Paris daily Le Monde", "Denver television stations":
// placeBeforeMedia).
func mediaAsOrganizations(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != newsner.Location || placeBeforeMedia(toks, m) {
			return false
		}
		if printedIn(toks, m) {
			return true
		}
		before := m.t0 > 0 && mediaWords[toks[m.t0-1].Text]
		after := m.t1 < len(toks) && mediaWords[toks[m.t1].Text]
		return (before || after) && (m.typ == newsner.Person || before && !isPlaceName(m.m.Text) && !placeContext(toks, m.t0, m.t1, locatives))
	}
	retypeByKey(ms, cued, personOrPlace, newsner.Organization)
}

// printedWords are what a newspaper or magazine prints: before "in" or
// "of" and a name, they say it is a publication's ("a cover story in
// Quelb", "an issue of The Quelb"). Not the plurals: "Pocket stories in
// AU and NZ" are shown in the places.
var printedWords = setOf(`story column article op-ed editorial issue edition piece`)

// printedIn reports whether the name m stands after a printed thing and
// "in" ("a cover story in Quelb"), or "of" and a capitalized "The" ("an
// issue of The Atlantic"); a known place only after that "The" too (not
// "a story in New York"), and no name before "'s" ("an article in Smith's
// blog"). After "of" without "The" the name is the story's subject or a
// piece's whole: on the Dragnet pages "the story of Sergio Vieira de
// Mello", "a piece of Uluru", "a piece of Steve" (a tumour), "edition of
// John Piper's book"; one publication, "an issue of The Atlantic".
func printedIn(toks []token, m *mention) bool {
	k := m.t0 - 1
	the := k > 0 && toks[k].Text == "The"
	if the || k > 0 && toks[k].Text == "the" {
		k--
	}
	if k < 1 || toks[k].Text != "in" && !(the && toks[k].Text == "of") || !printedWords[toks[k-1].Text] {
		return false
	}
	if isPossessive(toks[m.t1-1].Text) || m.t1 < len(toks) && isPossessive(toks[m.t1].Text) {
		return false
	}
	return the || !knownPlace(m.m.Text)
}

// companyHeads are the capitalized last words that make a name an
// organization's, never a person's: legal suffixes (legalSuffixes), the
// words companies name themselves by, and institutions' head words. No
// person in CoNLL-2003's eng.train or eng.testa has a name ending in one
// (554 organizations do); "Bank", "Federation" and "League" are left out
// ("West Bank", "Russian Federation" are places, "Premier League" MISC).
var companyHeads = setOf(`studios pictures records entertainment media labs laboratories systems
technologies airlines airways motors design partners capital ventures pharmaceuticals brands foods
energy bancorp bancshares insurance securities investments industries electronics software networks
communications telecom enterprises foundation institute council commission agency department
ministry school college university academy organization organisation authority alliance coalition
bureau administration hotels resorts stores restaurants brewing brewery pharma therapeutics biosciences
biotech robotics aerospace automotive semiconductor solutions services logistics petroleum mining
chemicals financial realty properties apparel cosmetics technology chem chemical air`)

// labelHeads are the last words of a record label's or a film studio's
// name ("Republic Records", "Warner Bros. Pictures", "Lionsgate Films");
// no place of eng.train or eng.testa ends in one.
var labelHeads = setOf(`records studios pictures entertainment films`)

// firmHeads are the last words of a fund manager's, an adviser's or a
// research firm's name ("Quelb Capital", "Zorbitt Partners", "Marzo
// Management"), which the tagger reads as a place (a capital city) or a
// person (a surname first); business audit, fifth: "a principal at Quelb
// Capital" gave a place and "Quimby Management" a person on made-up
// Reuters-style articles.
var firmHeads = setOf(`capital partners securities investments ventures advisors advisers management
holdings research associates`)

// headedAsOrganizations types ORGANIZATION a name of two words or more
// tagged a person that ends in a company's or institution's word
// ("Marvel Studios", "Peter Koros Design", "Boatmen's Bancshares"), or
// tagged MISC that ends in a legal suffix, not after "the" ("Zorbus SE"
// before a ticker in brackets; the thirteenth pass: every name of
// eng.train and eng.testa that ends in one is an organization) or in a
// body's head word (bodyHeadedMisc), at every mention of it.
//
// A name tagged a place is one only when it ends in a record label's or a
// film studio's word (labelHeads): "through Republic Records", which the
// tagger read as a place on a made-up music paragraph (third 2019 audit).
func headedAsOrganizations(ms []*mention, toks []token, about *topics) {
	cued := func(m *mention) bool {
		if m.typ != newsner.Person && m.typ != misc && m.typ != newsner.Location || m.t1-m.t0 < 2 {
			return false
		}
		w := strings.TrimSuffix(toks[m.t1-1].Text, ".")
		l := strings.ToLower(w)
		if m.typ == newsner.Location {
			return startsUpper(w) && (labelHeads[l] || firmHeads[l]) && !knownPlace(m.m.Text)
		}
		if m.typ == misc { // not a title's end after "the" ("History in the Making Ltd")
			return startsUpper(w) && legalSuffixes[l] && !sportsClubSuffix[l] && !(m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the")) || bodyHeadedMisc(toks, m, about)
		}
		return startsUpper(w) && (companyHeads[l] || firmHeads[l] || legalSuffixes[l] && len(l) >= 3)
	}
	retypeByKey(ms, cued, func(m *mention) bool { return m.typ == newsner.Person || cued(m) }, newsner.Organization)
}

// leadBankWords start a Spanish, Portuguese, Italian or French bank's or
// group's name ("Banco Quelb", "Grupo Zorbix"); eng.train marks every
// name so started an organization (Banco 3 of 3).
var leadBankWords = setOf(`Banco Banca Banque Grupo Caixa`)

// leadWordsAsOrganizations types ORGANIZATION, at every mention, a name of
// two words or more tagged a place or a person that starts with a bank's
// or group's leading word (leadBankWords): "an analyst at Banco Quelb",
// which the tagger read as a place (business audit check set), and
// facilitiesAsPlaces leaves such a name alone ("Banco Base" is a bank's,
// not a base).
func leadWordsAsOrganizations(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		return (m.typ == newsner.Location || m.typ == newsner.Person) && m.t1-m.t0 >= 2 && leadBankWords[toks[m.t0].Text]
	}
	retypeByKey(ms, cued, cued, newsner.Organization)
}

// techSchoolsAsOrganizations types ORGANIZATION, at every mention, a name
// of a US state or a known place and "Tech" tagged a place or a person
// ("at Virginia Tech", "Georgia Tech's coach"): an institute of
// technology named so, which the tagger reads as the place.
func techSchoolsAsOrganizations(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		return (m.typ == newsner.Location || m.typ == newsner.Person) && m.t1-m.t0 >= 2 && toks[m.t1-1].Text == "Tech" &&
			knownPlace(joinTokens(toks[m.t0:m.t1-1]))
	}
	retypeByKey(ms, cued, func(m *mention) bool { return m.typ == newsner.Location || m.typ == newsner.Person }, newsner.Organization)
}

// lawCourtWords name a court of law's kind before "Court" ("the High
// Court", "Zorbia's Supreme Court", "Quelb Crown Court"): a body that
// hears cases, which CoNLL-2003 marks an organization where it marks it
// at all (eng.train "Supreme Court" 6 of 6, "District Court" 4 of 5, "High
// Court" 1 of 2, the others unmarked), not a tennis court's ground
// ("Centre Court", "Court Philippe Chatrier").
var lawCourtWords = setOf(`high supreme district federal appeals appellate crown magistrates
constitutional circuit superior county family juvenile criminal civil military administrative
municipal sessions tax bankruptcy commercial labour labor industrial
revolutionary`)

// lawCourtsAsOrganizations types ORGANIZATION, at every mention, a name of
// two words or more tagged a place that ends in "Court" after a court of
// law's kind (lawCourtWords): "Chen told the High Court after
// sentencing", which the tagger read as a place (eng.testa); a listed
// place stays.
func lawCourtsAsOrganizations(ms []*mention, toks []token) {
	cued := func(m *mention) bool {
		return m.typ == newsner.Location && m.t1-m.t0 >= 2 && toks[m.t1-1].Text == "Court" && lowered(lawCourtWords, toks[m.t1-2].Text) && !knownPlace(m.m.Text)
	}
	retypeByKey(ms, cued, func(m *mention) bool { return m.typ == newsner.Location }, newsner.Organization)
}

// sportsClubSuffix are the legal suffixes that are a club's ("FC"), which
// headedAsOrganizations leaves to the sports rules where tagged MISC.
var sportsClubSuffix = setOf(`fc afc cf`)

// countryOwnedAsOrganizations types ORGANIZATION a one-word name tagged a
// place that no list or gazetteer knows and that follows a country's name
// and "'s" ("Zorbland's Quelbcom"): what a country has that the lists do
// not know as a town is mostly a company of it; a known place stays
// ("Zorbland's Quenton"), as does a plural, a region of several ("Canada's
// Prairies", "Zorbland's Highlands"), or a name before a geographic noun
// (geoNounAfter: "Zorbland's Quelbara region").
func countryOwnedAsOrganizations(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Location || m.place || len(m.words) != 1 || strings.HasSuffix(m.words[0], "s") || m.t0 < 2 || !isPossessive(toks[m.t0-1].Text) || knownPlace(m.m.Text) || geoNounAfter(toks, m) {
			continue
		}
		if k := listKey(toks[m.t0-2].Text, newsner.Location); countryKey(k) {
			m.typ = newsner.Organization
		}
	}
}

// geoNounAfter reports whether a geographic noun in lower case (geoNouns)
// follows m: "Zorbland's Quelbara region" is a place of the country, not
// its company (world audit, eighteenth pass, third set: "Ethiopia's Amhara
// region", tagged a place, became an organization on a made-up
// Reuters-style article).
func geoNounAfter(toks []token, m *mention) bool {
	return m.t1 < len(toks) && geoNouns[toks[m.t1].Text]
}

// unknownPlacesAsOrganizations types ORGANIZATION, at every mention, a
// name the article tags an organization more often than a place, or as
// often where no mention tagged a place stands after "in", "near" and the
// like (strongLocatives) and none is written in capitals (a headline's or
// a table's "ST LOUIS", "MANCHESTER UNITED": towns and their clubs), or
// less often but once at least where, besides, no mention tagged a place
// stands where a place does after "at", "from", "to", "of" and the like
// (locatives: "Hotwire" 10 times a place, never so placed, once an
// organization; not "the Moon", celestialBodies), where
// no list or gazetteer knows it as a place and no mention of it stands
// before a comma and a country or state ("TAIBE, Israel", a dateline): the
// tagger guesses a name it does not know one way here and another there
// ("leadership in Civic Passion" a place after "localist group Civic
// Passion's"; "invest $200 million in Ruch" after Ruch, the company).
func unknownPlacesAsOrganizations(ms []*mention, toks []token) {
	n := map[string]int{}
	placed := map[string]bool{}  // keys a tie leaves places
	orgs := map[string]bool{}    // keys tagged an organization somewhere
	located := map[string]bool{} // keys a place's context reads as a place somewhere
	dated := map[string]bool{}   // keys of a mention before a comma and a country or state
	for _, m := range ms {
		if m.typ == newsner.Organization {
			orgs[m.key] = true
		}
		if m.typ == newsner.Location && (placeContext(toks, m.t0, m.t1, locatives) || m.t0 > 0 && lowered(locatives, toks[m.t0-1].Text)) {
			located[m.key] = true
		}
		if (m.typ == newsner.Organization || m.typ == newsner.Location) && !hasLower(m.m.Text) {
			placed[m.key] = true
		}
		switch m.typ {
		case newsner.Organization:
			n[m.key]++
		case newsner.Location:
			n[m.key]--
			if m.t1+1 < len(toks) && toks[m.t1].Text == "," && listKey(toks[m.t1+1].Text, newsner.Location) != "" {
				n[m.key] -= len(ms) // "TAIBE, Israel"
				dated[m.key] = true
			}
			if placeContext(toks, m.t0, m.t1, strongLocatives) || m.t0 > 0 && lowered(strongLocatives, toks[m.t0-1].Text) {
				placed[m.key] = true
			}
		}
	}
	for _, m := range ms {
		if m.typ == newsner.Location && !m.place && (n[m.key] > 0 || n[m.key] == 0 && !placed[m.key] || !dated[m.key] && orgs[m.key] && !located[m.key] && !placed[m.key] && !celestialBodies[m.m.Text]) && !knownPlace(m.m.Text) {
			m.typ = newsner.Organization
		}
	}
}

// namesakesAsOrganizations types ORGANIZATION a one-word name tagged a
// person or a place that starts an organization's longer name in the
// article ("Goddard" after "NASA's Goddard Space Flight Center", "Everfit"
// beside "Everfit AI", "Nintendo" beside "Nintendo Direct"): the
// organization's short form, which joinShortNames then joins to it. Not a
// known place ("Boulder" of "Boulder Flatirons"), a word of a person's
// longer name in the article ("Ford" where "Bill Ford" is named), nor a
// word many names start with ("New", "Bank", a demonym, a title). Only a
// name tagged a person: the gazetteer lacks many places ("Frankfurt",
// "Punjab"), and places tagged so beside "Frankfurt Stock Exchange" cost
// eng.testa 0.0003 and eng.train 10 spans.
func namesakesAsOrganizations(ms []*mention) {
	gz, _ := sharedGazetteer()
	starts, people := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		switch {
		case m.typ == newsner.Organization && len(m.words) >= 2 && m.words[0] != "the":
			starts[m.words[0]] = true
		case m.typ == newsner.Person && len(m.words) >= 2:
			for _, w := range m.words {
				people[w] = true
			}
		}
	}
	cued := func(m *mention) bool {
		return m.typ == newsner.Person && len(m.words) == 1 && starts[m.words[0]] && !people[m.words[0]] && startsUpper(m.m.Text) &&
			!knownPlace(m.m.Text) && !commonStart(gz, m.m.Text)
	}
	// Its mentions tagged a place go with it, as unifyTypes would have
	// taken them to the person: "Netscape" is not split in two.
	retypeByKey(ms, cued, func(m *mention) bool { return personOrPlace(m) && !m.place }, newsner.Organization)
}

// brothersAsOrganizations types ORGANIZATION a mention of two words or
// more tagged a person that ends in "Bros", "Bros." or "Brothers": a firm
// or a band named for its founders' family ("Salomon Bros.' chief equity
// strategist", eng.testa; eng.train and eng.testa mark each such name an
// organization, "Warner Bros" and "Brothers" 5 of 5). The tagger reads
// the dotted "Bros." as a person's abbreviated suffix, as "Jr.".
func brothersAsOrganizations(ms []*mention) {
	for _, m := range ms {
		n := len(m.words)
		for n > 0 && strings.Trim(m.words[n-1], ".'’") == "" {
			n-- // the full stop and the possessive's apostrophe, tokens of their own
		}
		if m.typ != newsner.Person || n < 2 {
			continue
		}
		switch strings.TrimSuffix(m.words[n-1], ".") {
		case "bros", "brothers":
			m.typ = newsner.Organization
		}
	}
}

// listedOrg reports whether name is that of a thing of the lists that is
// an organization wherever named (orgLists: news agencies, broadcasters,
// newspapers, magazines, news sites and fact-checkers; armed groups).
func listedOrg(name string) bool {
	nameIndex()
	return byNormName(orgListIdx, name) != ""
}

// listedAsOrganizations types ORGANIZATION every mention tagged a person,
// a place or MISC whose name is a listed news outlet's or armed group's
// (listedOrg: "Politifact", "Al Jazeera", "Agence France-Presse",
// "Engadget", "Boko Haram", "Taliban"), unless a word of it is the surname
// of a person's longer name the article gives or a name after an
// honorific ("Bloomberg" where "Michael Bloomberg" or "Mr Bloomberg" is
// named, "Forbes" beside "Kate Forbes" or "Ms Forbes"; not "Al Jazeera"
// beside "Al Gore").
func listedAsOrganizations(ms []*mention, toks []token) {
	var people map[string]bool
	plain := map[string]bool{} // names used as something else somewhere
	for _, m := range ms {
		if plainUse(m.m.Text, toks, m.t0, m.t1, false) {
			plain[normName(m.m.Text)] = true
		}
	}
	for _, m := range ms {
		if m.typ != newsner.Organization && listedOrg(m.m.Text) {
			if people == nil {
				people = personWords(ms, toks)
			}
			if m.typ != newsner.Person && m.typ != newsner.Location && m.typ != misc || anyIn(m.words, people) || byNormName(plain, m.m.Text) || plainUse(m.m.Text, toks, m.t0, m.t1, true) {
				continue
			}
			m.typ = newsner.Organization
		}
	}
}

// arabicArticleListedAsOrganizations types ORGANIZATION a name of two
// words or more tagged a person that starts with the Arabic article
// written apart ("Al", "El") and that, with the article joined by a
// hyphen, is only an organization's name on the lists ("Al Hilal" for
// clubs.tsv's "Al-Hilal", "Al Ittihad" though three clubs share it): the
// tagger reads the article as the first name "Al". A person's name so
// written ("Al Gore", "Al Unser") is no listed organization's. Shown by
// blind audit m article 11 (football in Saudi Arabia: "Al Hilal won 2-0
// away to Al Nassr"), audit2020j article 14 (a fund's clubs, five
// mentions) and audit2020gCheck article 4.
func arabicArticleListedAsOrganizations(ms []*mention) {
	for _, m := range ms {
		if m.typ != newsner.Person || len(m.words) < 2 || m.words[0] != "al" && m.words[0] != "el" {
			continue
		}
		// The article ends at any white space: a page's no-break space
		// ("Al\u00a0Hilal") or a doubled space stands where a space does.
		i := strings.IndexFunc(m.m.Text, unicode.IsSpace)
		if i < 0 {
			continue
		}
		article, rest := m.m.Text[:i], strings.TrimLeftFunc(m.m.Text[i:], unicode.IsSpace)
		if article != "Al" && article != "El" {
			continue
		}
		if onlyListedOrg(article + "-" + rest) {
			m.typ = newsner.Organization
		}
	}
}

// onlyListedOrg reports whether the lists know name, and only as an
// organization's (one or several: "Al-Ittihad").
func onlyListedOrg(name string) bool {
	things := byNormName(nameIndex(), name)
	for _, t := range things {
		if t.typ != newsner.Organization {
			return false
		}
	}
	return len(things) > 0
}

// brandsAsOrganizations types ORGANIZATION every mention of a brand's name
// (names/brands.txt: companies, online services and software of
// simple-icons' titles, less English words, places and people's names)
// that the tagger tagged a person, where the article agrees: "its" follows
// a mention in its sentence before any person's pronoun (itsCue: "Zorbly
// offers a free version of its software"), and none of its mentions
// starts with a first name, is a known place, holds a word of a person's
// longer name in the article, stands after an honorific, or, of one word,
// is written in lower case there. The tagger reads an online service it
// never saw as a person ("Dashlane"). Only names tagged a person: tagged a
// place too, news-pages-b lost a name.
func brandsAsOrganizations(ms []*mention, toks []token, lower map[string]string) {
	cued := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Person && brandName(m.m.Text) && itsCue(toks, m.t1) {
			cued[m.key] = true
		}
	}
	if len(cued) == 0 {
		return
	}
	people := personWords(ms, toks)
	var names map[string]bool
	for _, m := range ms {
		if cued[m.key] && (knownPlace(m.m.Text) || firstName(m.m.Text) || anyIn(m.words, people) || anyIn(m.words, lazyNameWords(&names, ms)) || afterHonorific(toks, m.t0) ||
			len(m.words) == 1 && lower[m.words[0]] == "lower") {
			delete(cued, m.key)
		}
	}
	for _, m := range ms {
		if cued[m.key] && m.typ == newsner.Person {
			m.typ = newsner.Organization
		}
	}
}

// itsCue reports whether "its" follows token k-1 within its sentence, 12
// tokens at most, with no person's pronoun before it: the name before is
// a thing's.
func itsCue(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+12; j++ {
		switch strings.ToLower(toks[j].Text) {
		case "its":
			return true
		case "he", "his", "him", "she", "her", "they", "their", "them", ".", "?", "!", ";":
			return false
		}
	}
	return false
}

// plainUse reports whether name, over tokens [t0,t1), is one of orgs.tsv's
// used as something else than the organization: a name of one word after
// "the" but before a noun that makes it the company's (companyNoun: "the
// Amazon", the river; "the Airbus plane", MISC in CoNLL-2003; not "the
// Twitter reaction"; a name of more words, an agency's, takes "the": "the
// National Institute of Allergy and Infectious Diseases", thirteenth pass)
// or, with number, before a number ("Boeing 707"). An acronym of three
// letters or more that is no brand's ("the RIAA", "the AARP", "the NLRB")
// is the body after "the" too, as a body's acronym stands there ("the
// FBI"); a brand's ("the BMW") may be the thing it makes.
func plainUse(name string, toks []token, t0, t1 int, number bool) bool {
	nameIndex()
	if n := normName(name); !plainListIdx[n] && !generatedPlainIdx[n] {
		return false
	}
	if t1-t0 == 1 && t0 > 0 && toks[t0-1].Text == "the" && (t1 >= len(toks) || !companyNoun(toks[t1])) && !bodyAcronym(name) {
		return true
	}
	return number && t1 < len(toks) && isNumber(toks[t1].Text)
}

// bodyAcronym reports whether name is an acronym of three letters or more
// that no brand of names/brands.txt has: a body's, which stands after
// "the" as its name (plainUse).
func bodyAcronym(name string) bool {
	return utf8.RuneCountInString(name) >= 3 && isAcronym(name) && !brandName(name)
}

// plainNouns, after a company's name, make it a thing of the company's or
// of its namesake ("the Airbus plane", "the Amazon rainforest").
var plainNouns = setOf(`plane planes jet jets aircraft airliner airliners river basin rainforest rain forest jungle`)

// companyNoun reports whether t, right after a company's name, is a noun
// in lower case that makes the name the company's ("the Twitter
// reaction", "the Apple store"), not a thing of it or of its namesake
// (plainNouns: "the Airbus plane", "the Amazon rainforest").
func companyNoun(t token) bool {
	return lowerNoun(t) && !plainNouns[t.Text]
}

// plainNames answers inText for one text: where each word stands after
// "the", and the answers given, made at the first call.
type plainNames struct {
	afterThe map[string][]int // a word -> the tokens where it stands after "the"
	answers  map[string]bool  // a name -> inText's answer
}

// inText reports whether the words ws, one of orgs.tsv's names, stand
// after "the" somewhere in toks (plainUse): the article names something
// else so ("the Amazon", the river), and every mention is left as tagged.
// Each name is looked for once, at the places its first word stands after
// "the": a page of many listed names is not walked once per name.
func (p *plainNames) inText(toks []token, ws []string) bool {
	if p.afterThe == nil {
		p.afterThe, p.answers = map[string][]int{}, map[string]bool{}
		for k := 1; k < len(toks); k++ {
			if toks[k-1].Text == "the" {
				p.afterThe[toks[k].Text] = append(p.afterThe[toks[k].Text], k)
			}
		}
	}
	name := strings.Join(ws, " ")
	if v, ok := p.answers[name]; ok {
		return v
	}
	v := false
	for _, k := range p.afterThe[ws[0]] {
		if k+len(ws) <= len(toks) && matchWords(toks, k, ws, nil) && plainUse(name, toks, k, k+len(ws), false) {
			v = true
			break
		}
	}
	p.answers[name] = v
	return v
}

// chamberNames are legislatures and cabinets named by one word ("the
// House", "the Senate", "the Duma"): CoNLL-2003 marks them organizations
// (House 4 of 4, Senate 15 of 15, Congress 11 of 11 in eng.train and
// eng.testa).
var chamberNames = setOf(`House Senate Congress Parliament Assembly Cabinet Duma Knesset Bundestag Legislature Storting Riksdag Sejm Majlis`)

// chambersAsOrganizations types ORGANIZATION a one-word mention tagged a
// person or a place that is a chamber's name (chamberNames): the tagger
// reads "control of the House" as a building's.
func chambersAsOrganizations(ms []*mention) {
	for _, m := range ms {
		if len(m.words) == 1 && personOrPlace(m) && chamberNames[m.m.Text] {
			m.typ = newsner.Organization
		}
	}
}

// siteName reports whether w is a site's name written as its address with
// a capital ("NBCNews.com", "RedState.com", "Omaha.com", "BBC.co.uk",
// "CBC.ca"): a capitalized word of letters, digits and hyphens before the
// ending (one of siteNameSuffixes, lower case, or ".co.uk" or ".com.au"),
// no other dot. A lower-case address ("nytimes.com") is a link's, not a
// name's.
func siteName(w string) bool {
	if len(w) < 6 || !isASCIIUpper(w[0]) {
		return false
	}
	stem, ok := strings.CutSuffix(w, ".co.uk")
	if !ok {
		stem, ok = strings.CutSuffix(w, ".com.au")
	}
	if !ok {
		i := strings.LastIndexByte(w, '.')
		if i < 0 || !siteNameSuffixes[w[i+1:]] {
			return false
		}
		stem = w[:i]
	}
	if len(stem) < 2 {
		return false
	}
	for i := 0; i < len(stem); i++ {
		c := stem[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// addSiteSpans makes a site's name written as its address ("told
// WGRZ.com", "a piece on CNN.com", "RedState.com editor") an
// organization: the news site or the company that runs it, as the entity
// lists give them (every such name of the tuned pages is). The tagger
// leaves most of them untagged, never having seen one in Reuters 1996; a
// span of the token alone tagged otherwise becomes an organization, one
// that holds it with other words is left.
func addSiteSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	j := 0
	for k := range toks {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		if !siteName(toks[k].Text) {
			continue
		}
		if j < len(spans) && spans[j].t0 <= k {
			if spans[j].t0 == k && spans[j].t1 == k+1 {
				spans[j].typ = newsner.Organization
			}
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add) // over untagged tokens: nothing goes
}

// siteStem returns the first of a name's words (lower case) without its
// ".com" where a company's formal name follows on with a legal suffix
// ("amazon" of "Amazon.com Inc"), the word as it is otherwise: a site's
// address alone ("NFL.com", "CNN.com") names the site, which the entity
// lists give apart from the league or the network ("NFL", "CNN"), so the
// short name is no short form of it.
func siteStem(words []string) string {
	if len(words) < 2 {
		return words[0]
	}
	return bareName(words[0])
}

// aliasAcronym reports whether name, one word in capitals of three
// letters or more, is an organization's acronym that aliases.tsv lists in
// capitals ("GOP", "NATO", "IAEA"): a body's name wherever it is written
// so, which the list keys and joins but the type rules do not see.
func aliasAcronym(name string) bool {
	if strings.ContainsAny(name, " .") || utf8.RuneCountInString(name) < 3 || !isAllCaps(name) || !isLetters(name) {
		return false
	}
	for _, t := range byNormName(nameIndex(), name) {
		if t.alias && t.caps && t.typ == newsner.Organization {
			return true
		}
	}
	return false
}

// aliasAcronymsAsOrganizations types ORGANIZATION a mention tagged MISC
// whose name is an organization's listed acronym (aliasAcronym): the
// tagger reads a party's acronym before a noun as an adjective ("the
// ZORB primary", "a ZORB debate", as it reads "Republican"), but the body
// is an organization. CoNLL-2003 marks its one "GOP" MISC. Not in a
// sports report, where capitals are a game's terms ("six RBI", "an RBI
// single": runs batted in, not the Reserve Bank of India; eng.testa and
// eng.train), nor after a number ("three ZORB").
func aliasAcronymsAsOrganizations(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		if m.typ == misc && aliasAcronym(m.m.Text) && (m.t0 == 0 || toks[m.t0-1].Tag != "CD") && !about.sportsDoc() {
			m.typ = newsner.Organization
		}
	}
}

// bodyHeads are the last words of a body's name ("International Zorb
// Federation", "Quelb Tennis Association", "Olympic Committee") that the
// tagger types MISC where it reads the name's first words as an event's
// or a people's; companyHeads leaves them out for tagged people.
var bodyHeads = setOf(`federation committee association`)

// bodyHeadedMisc reports whether m, tagged MISC, ends in a body's head
// word (bodyHeads), or in "League" outside a sports report (sportsDoc)
// and no listed league's name (leagueNames, which leaguesAsMisc made
// MISC): the body, not a thing named for it ("the Anti-Zorb League
// said"). In a sports report "League" ends a competition's name, MISC in
// CoNLL-2003 (73 such names in eng.train). eng.train marks three MISC
// names of its 1996 sport pages ("Russian National Olympic Committee")
// that this makes organizations.
func bodyHeadedMisc(toks []token, m *mention, about *topics) bool {
	w := toks[m.t1-1].Text
	return startsUpper(w) && (lowered(bodyHeads, w) || w == "League" && !leagueNames[strings.Join(m.words, " ")] && !about.sportsDoc())
}

// acronymPlacesAsOrganizations types ORGANIZATION a name tagged a place
// whose first word is an acronym the lists know as an organization's
// and whose other words are a known place ("NHS Zorbshire", "UEFA
// Europe"): a body's branch for that place, named by the body first (an
// organization by CoNLL-2003's guidelines); the tagger read "NHS England"
// as the country (December 2020 audit). Not an acronym a list knows as a
// place too ("UK England" stays). Only the tagger's own span: an
// untagged acronym before a place is often a modifier ("UN Syria
// envoy"), so no span is added.
func acronymPlacesAsOrganizations(ms []*mention) {
	for _, m := range ms {
		if m.typ != newsner.Location || len(m.words) < 2 {
			continue
		}
		first, rest, _ := strings.Cut(m.m.Text, " ")
		if isAcronym(first) && listKeyOf(first, newsner.Organization, true) != "" && !knownPlace(first) && knownPlace(rest) {
			m.typ = newsner.Organization
		}
	}
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

// acronymsOfBodiesAsOrganizations types ORGANIZATION a one-word name in
// capitals tagged a place or a person whose letters are the initials of
// an organization named in the article in two words or more
// (acronymsOf): "ZCTU" after "the Zorbian Confederation of Trade Unions",
// which the tagger reads as a place. Not a known place ("USA" beside a
// "United States Army"). Every mention of it follows (retypeByKey).
func acronymsOfBodiesAsOrganizations(ms []*mention, toks []token) {
	acrs := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Organization && len(m.words) > 1 {
			for _, a := range acronymsOf(m.m.Text) {
				if len(a) >= 3 {
					acrs[a] = true
				}
			}
		}
	}
	if len(acrs) == 0 {
		return
	}
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Location && m.typ != newsner.Person {
			return false
		}
		a, ok := acronymForm(m)
		return ok && acrs[a] && !knownPlace(m.m.Text)
	}, func(m *mention) bool {
		return m.typ == newsner.Location || m.typ == newsner.Person
	}, newsner.Organization)
}

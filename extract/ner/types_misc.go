package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Typing rules that make other names MISC (so not emitted): awards, honours
// and policy terms, things "called" a name, plurals and peoples, partisans,
// acronyms of MISC names, things counted with "a", and party adjectives.
// types_works.go has works and vessels, types_events.go events, laws and
// storms, types_space.go crafts.

// awardNames are the entertainment awards' names, in lower case, MISC in
// CoNLL-2003 as prizes are ("Oscars" 1 of 1 in eng.train and eng.testa);
// the tagger reads "Grammy" and "Golden Globe" as organizations and
// "Emmy" as a person; festivals' prizes too ("won the Golden Lion at
// Venice"). The singulars that are first names too ("Emmy",
// "Tony") are in personalAwards.
var awardNames = linesOf(`grammy
grammys
emmys
oscars
golden globe
golden globes
academy award
bafta award
bafta awards
brit award
golden lion
golden bear`)

// personalAwards are the awards named as a first name is: an award only
// right after "the", "an" or "a" ("won an Emmy", "the Tony for best
// play"), a person otherwise. Not "Oscar": eng.testa marks "nominated
// for an Oscar" a person (as it does "Oscar" 5 of 5 times), and the rule
// lost it.
var personalAwards = setOf(`emmy tony`)

// awardArticles are the articles before a personal award's name.
var awardArticles = setOf(`the The a A an An`)

// policyTerms are the names of policies, programmes, diseases and
// processes of 2020s news that are MISC in CoNLL-2003's scheme (as
// "Medicare", 6 of 6 in eng.train and eng.testa), in lower case: the
// tagger types "Brexit" an organization or a place ("resumed Brexit
// talks", "After Brexit,") and "Covid" an organization. The last lines
// (session 26): laws by their acronyms, MISC as a law named in full is
// (eventHeads' "Act"), which the tagger types an organization each ("the
// DMCA", "Under GDPR"; dragnet-web-a T103's "DMCA", made-up probes for the
// rest); not acronyms other things share ("FISA" of the FISA court, "ADA",
// "DSA", "DMA", "ACTA"). The workplace's laws by their acronyms added in
// session 33 ("paid sick leave, FMLA, ADA and other types of protected
// leave", modern-web-a; "ADA" stays out).
var policyTerms = linesOf(`brexit
covid
covid-19
obamacare
medicaid
medicare
dmca
gdpr
ccpa
hipaa
sopa
pipa
cispa
cfaa
coppa
ferpa
calea
ndaa
usmca
nafta
fmla
flsa
erisa`)

// awardsAndTermsAsMisc makes MISC, so not emitted, a mention of a listed award
// (awardNames, or personalAwards after an article) or policy term
// (policyTerms) whatever the tagger typed it: "led the Grammy
// nominations", "won an Emmy", "earned a Golden Globe", "Brexit talks".
func awardsAndTermsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		name := strings.Join(m.words, " ")
		if !m.typ.Valid() {
			continue
		}
		if awardNames[name] || policyTerms[name] || personalAwards[name] && m.t0 > 0 && awardArticles[toks[m.t0-1].Text] {
			m.typ = misc
		}
	}
}

// definedTermHeads end the names of methods, systems and measures that a page
// defines by their acronym: "Rapid Application Development (RAD)",
// "Learning Management System (LMS)", "APIs (Application Programming
// Interfaces)". Such a name is a term, not a body: no name in eng.train
// or eng.testa that its acronym follows in brackets ends in one (its
// bodies end in "Party", "Exchange", "Bureau", "Council"; its one such
// term, "Intelligent Network (IN)", is MISC). Not "systems" (Electronic
// Data Systems, a company), "services" or "intelligence" (an agency's).
var definedTermHeads = setOf(`development management system interface interfaces engineering learning testing design
analytics analysis methodology method methods model models protocol process framework architecture integration
deployment computing processing programming optimization optimisation modeling modelling planning marketing
automation storage software language cost costs rate ratio value score indicator indicators metric metrics`)

// definedTerm reports whether m, two words or more, is a term defined by
// its acronym beside it: "(ACR)" right after it or "ACR (" right before
// it, the acronym's capitals (a plural's "s" aside: "APIs") the
// initials of m's words, its last word a term's head (definedTermHeads), and
// every word before it (each part of a hyphened one: "Feature-Driven") one
// the training corpora usually write in lower case (usuallyLower) or the
// article writes in lower case (lower), none a body's head word
// (orgHeads, companyHeads: "Bureau of Land Management (BLM)") and no list
// knowing the name.
func definedTerm(toks []token, m *mention, lower map[string]string) (acronym string, ok bool) {
	if len(m.words) < 2 || !definedTermHeads[m.words[len(m.words)-1]] {
		return "", false
	}
	switch {
	case m.t1+2 < len(toks) && toks[m.t1].Text == "(" && toks[m.t1+2].Text == ")":
		acronym = toks[m.t1+1].Text
	case m.t0 >= 2 && m.t1 < len(toks) && toks[m.t0-1].Text == "(" && toks[m.t1].Text == ")":
		acronym = toks[m.t0-2].Text
	default:
		return "", false
	}
	if !isAcronym(strings.TrimSuffix(acronym, "s")) || capitals(strings.TrimSuffix(acronym, "s")) != capitals(m.m.Text) {
		return "", false
	}
	for k := m.t0; k < m.t1; k++ {
		for _, w := range strings.Split(toks[k].Text, "-") {
			l := strings.ToLower(w)
			if !startsUpper(w) || orgHeads[l] || companyHeads[l] || k < m.t1-1 && !usuallyLower(w, 2, 2) && lower[l] != "lower" {
				return "", false
			}
		}
	}
	if makerOrPlace(m.m.Text) || len(byNormName(nameIndex(), m.m.Text)) > 0 {
		return "", false
	}
	return strings.TrimSuffix(acronym, "s"), true
}

// definedTermsAsMisc makes MISC, so not emitted, every mention of a term
// defined by its acronym (definedTerm: "Feature-Driven Development
// (FDD)", "APIs (Application Programming Interfaces)") and of that
// acronym: a method's, a system's or a measure's name, which names no
// person, place or body, and which the tagger types an organization as
// it does a body defined so (modern-web-a: four such terms on three
// 2025 pages on software and learning).
func definedTermsAsMisc(ms []*mention, toks []token, lower map[string]string) {
	var keys map[string]bool
	for _, m := range ms {
		if !m.typ.Valid() {
			continue
		}
		if acr, ok := definedTerm(toks, m, lower); ok {
			if keys == nil {
				keys = map[string]bool{}
			}
			keys[m.key] = true
			keys[strings.ToLower(acr)] = true
		}
	}
	if keys != nil {
		retypeByKey(ms, func(m *mention) bool { return keys[m.key] }, func(m *mention) bool { return m.typ.Valid() }, misc)
	}
}

// awardHeads end the names of prizes, medals and trophies, and of a
// league's or a game's most valuable player title ("NFL MVP", "Super Bowl
// MVP": an award, MISC, which else joins the league named alone into it).
var awardHeads = setOf(`prize prizes award awards medal medals trophy cup mvp`)

// awardHeadsAsMisc makes MISC, so not emitted, a mention of two words or
// more that ends in a prize's, medal's or trophy's word (awardHeads),
// whatever the tagger typed it: in eng.train and eng.testa each of the 112
// such names is MISC ("Nobel Peace Prize", "Davis Cup"); the tagger typed
// a rights prize a person on a made-up Reuters-style article (world audit,
// eighteenth pass: "won the Zorbian Parliament's Quelbov Prize").
func awardHeadsAsMisc(ms []*mention) {
	for _, m := range ms {
		if m.typ.Valid() && len(m.words) > 1 && awardHeads[m.words[len(m.words)-1]] {
			m.typ = misc
		}
	}
}

// heroTitlesAsMisc makes MISC, so not emitted, a mention that is a listed
// organization's name and then "Hero" or "Heroes" ("CNN Hero", "CNN
// Heroes"): an honour the organization gives, MISC as an award is
// (awardHeadsAsMisc), whatever the tagger typed it. Typed an organization
// it was an entity of its own, or the giver named alone joined into it.
// Only after a listed giver: "Help for Heroes" is a charity.
func heroTitlesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		n := len(m.words)
		if !m.typ.Valid() || n < 2 || m.words[n-1] != "hero" && m.words[n-1] != "heroes" {
			continue
		}
		giver := make([]string, 0, n-1)
		for _, t := range toks[m.t0 : m.t1-1] {
			giver = append(giver, t.Text)
		}
		if keyListKey(strings.Join(giver, " "), newsner.Organization) != "" {
			m.typ = misc
		}
	}
}

// thingNouns are kinds of things, not of organizations, people or
// places, that a name given after "called", "dubbed" or "named" may be of
// ("a device called ...", "a program called W-2" and "an event called
// Eco-Challenge" in eng.train, both MISC): products, software, weapons,
// drugs, vehicles, events, shows and ideas, which CoNLL-2003 marks MISC.
var thingNouns = setOf(`product products device devices gadget gadgets system systems tool tools feature features
solution solutions software program programs programme programmes version versions model models drug drugs pill
pills vaccine vaccines weapon weapons technology technologies technique phenomenon effect event events game games
show shows series episode offering vehicle vehicles car cars truck trucks wagon robot robots toy toys algorithm
format protocol treatment therapy method process chip chips processor console phone phones smartphone`)

// calledThing reports whether the name m stands after a thing's noun
// (thingNouns), a comma or not, "called", "dubbed" or "named", and "the"
// or not: "an offering called Zorbly", "the military version, called the
// Quibble System"; or after a thing's noun and "under the name" or "under
// the brand name" ("markets the device under the name Silent Guardian",
// dragnet-news-a), the name it is sold by.
func calledThing(toks []token, m *mention) bool {
	k := m.t0 - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k := underTheName(toks, k); k >= 0 {
		return thingNouns[toks[k].Text]
	}
	if k < 1 || !(toks[k].Text == "called" || toks[k].Text == "dubbed" || toks[k].Text == "named") {
		return false
	}
	k--
	if k > 0 && toks[k].Text == "," {
		k--
	}
	return thingNouns[toks[k].Text]
}

// underTheName returns, where token k is the "name" of "under the name" or
// "under the brand name", the index of the token before "under", else -1.
func underTheName(toks []token, k int) int {
	if k < 3 || toks[k].Text != "name" {
		return -1
	}
	k--
	if toks[k].Text == "brand" {
		k--
	}
	if k < 2 || toks[k].Text != "the" || toks[k-1].Text != "under" {
		return -1
	}
	return k - 2
}

// calledThingsAsMisc makes MISC, so not emitted, every mention of a name
// the article gives a thing (calledThing), unless it is a known place, a
// listed organization, or a name the article tags a person elsewhere
// ("the firm that supplied the weapon, called Quimby and asked him":
// "called" the verb).
func calledThingsAsMisc(ms []*mention, toks []token) {
	people := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Person && !calledThing(toks, m) {
			people[m.key] = true
		}
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ.Valid() && !people[m.key] && calledThing(toks, m) && !knownPlace(m.m.Text) && !listedOrg(m.m.Text)
	}, func(*mention) bool { return true }, misc)
}

// pluralStem returns the name a one-word name is the plural of ("Zorbphones"
// -> "Zorbphone", "ABWRs" -> "ABWR"), or "" if it ends in no plural "s"
// (pluralS) or in "us" or "is" ("Corpus", "Genesis").
func pluralStem(name string) string {
	if len(name) < 4 || strings.ContainsAny(name, " '’") || strings.HasSuffix(name, "us") || strings.HasSuffix(name, "is") {
		return ""
	}
	return pluralS(name)
}

// pluralS returns w without the "s" a plural ends in ("Polaroids" ->
// "Polaroid"), or "" where w ends in no "s" or in "ss": the one cut of a
// plural's "s", which pluralStem and the count nouns' rules
// (countnouns.go) refine.
func pluralS(w string) string {
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return ""
	}
	return w[:len(w)-1]
}

// pluralsAsMisc makes MISC, so not emitted, a one-word name tagged an
// organization, a person or a place that is the plural of a brand's or company's
// name (names/brands.txt, the lists' organizations) or of a word of a name
// the article tags an organization or MISC ("one of those Zorbphones"
// beside "the Zorbphone X2", "four ABWRs"): things of the make, products,
// MISC in CoNLL-2003. Not where the name or its stem is a known place or a
// listed organization, nor a word of a name the article tags a person ("the
// Quimbys", a family), nor after a capitalized word (a group's name the
// tagger cut: "Tamil Tigers"), nor in a sports report, where teams are
// plural. A "The" the tagger took in is read past ("The Nighthawks are
// one of the most popular AC routers" beside "Netgear Nighthawk R6700":
// news-pages-a), the word before it as before the name.
func pluralsAsMisc(ms []*mention, toks []token, about *topics) {
	var orgWords, personWords map[string]bool
	for _, m := range ms {
		if !m.typ.Valid() || m.typ == misc {
			continue
		}
		name := m.m.Text
		if len(m.words) == 2 && m.words[0] == "the" {
			name = toks[m.t0+1].Text
		} else if len(m.words) != 1 {
			continue
		}
		stem := pluralStem(name)
		if stem == "" || m.t0 > 0 && startsUpper(toks[m.t0-1].Text) || knownPlace(name) || listedOrg(name) || knownPlace(stem) {
			continue
		}
		if orgWords == nil {
			orgWords, personWords = map[string]bool{}, map[string]bool{}
			for _, n := range ms {
				for k := n.t0; k < n.t1; k++ {
					switch n.typ {
					case newsner.Organization, misc:
						orgWords[toks[k].Text] = true
					case newsner.Person:
						personWords[toks[k].Text] = true
					}
				}
			}
		}
		if personWords[stem] || !(orgWords[stem] || brandName(stem) || listedOrg(stem)) || about.sportsDoc() {
			continue
		}
		m.typ = misc
	}
}

// peoplesAndFaiths are the names of peoples, faiths and languages that
// demonyms leaves out ("Hispanic", "Roman", "Kurds", "Sunni", "Swahili"):
// MISC in CoNLL-2003, as every one of them is in eng.train and eng.testa
// (130 of 130).
var peoplesAndFaiths = setOf(`hispanic hispanics latino latinos latina latinas roman romans jewish jew jews
muslim muslims christian christians catholic catholics protestant protestants sunni sunnis shia shiite shiites
kurdish kurd kurds tamil tamils sikh sikhs hindu hindus buddhist buddhists swahili mandarin cantonese hindi urdu
tagalog yiddish hebrew arabic farsi pashto dari bengali punjabi creole maori inuit islamic islamist islamists
evangelical evangelicals mormon mormons pashtun pashtuns uighur uighurs uyghur uyghurs rohingya yazidi yazidis
druze alawite alawites`)

// partisans are the members of a party or a movement named by one word
// ("Republicans", "Tories", "Maoists"): MISC in CoNLL-2003 (every one of
// the 73 one-word such names in eng.train and eng.testa); not a party's
// own name ("Labour", "Greens", organizations there), nor the adjectives
// that start one ("Conservative Party"), nor a British party's plural
// ("the Tories and Lib Dems opposed it", the party: ORG in the tweets'
// corpus).
//
// "Houthi" and "Houthis", the Yemeni movement's followers named for its
// founders' family (world news audit: the tagger typed them an organization
// or a place), are such members too: MISC as eng.train marks the movement
// of 1996 named so, "Taleban" (9 of 9); the movement's own name, "Ansar
// Allah", is no such word.
var partisans = setOf(`republican republicans democrat democrats tory blairite blairites
brexiteer brexiteers communists maoist maoists marxist marxists nazi nazis zionist zionists houthi houthis`)

// peoplesAsMisc makes MISC, so not emitted, a one-word mention tagged a
// person, a place or an organization that names a people, a faith or a
// language (peoplesAndFaiths) or a party's members (partisans): the tagger
// reads "Hispanic and poorly educated men" as a person's name.
func peoplesAsMisc(ms []*mention) {
	for _, m := range ms {
		if len(m.words) == 1 && m.typ.Valid() && (peoplesAndFaiths[m.words[0]] || partisans[m.words[0]]) || partisanPlural(m) {
			m.typ = misc
		}
	}
}

// dollarPrefixes are the country codes written before "$" to say whose
// dollar an amount is in ("NZ$26 million", "HK$5 billion", "US$"):
// eng.train marks the prefixed sign MISC ("C$" 27 times, "A$" 20, "US$"
// and "HK$" 8, "NZ$" 2), one token there.
var dollarPrefixes = setOf(`A AU C CA HK NT NZ S SG T US Z`)

// dollarPrefixesAsMisc makes MISC, so not emitted, a one-word mention
// tagged a place or an organization that is a dollar's country code
// (dollarPrefixes) written apart from the "$" and the amount after it
// ("an estimated cost of NZ $ 26 million", gum-news; "US $5 billion"):
// the currency's name, as the sign written with it is, which the tagger
// typed the country. Not after "the" ("owes the US $5 billion", the
// country).
func dollarPrefixesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if len(m.words) != 1 || m.typ != newsner.Location && m.typ != newsner.Organization || !dollarPrefixes[m.m.Text] ||
			m.t1+1 >= len(toks) || toks[m.t1].Text != "$" || !amountNumber(toks[m.t1+1].Text) ||
			m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the") {
			continue
		}
		m.typ = misc
	}
}

// memberPlurals name a party's members in the plural at the end of a
// name of two words or more ("Christian Democrats", "Social Democrats",
// "National Socialists").
var memberPlurals = setOf(`democrats republicans socialists conservatives liberals communists`)

// partisanPlural reports whether m, tagged a person, is a party's members
// named by two words or more ending in a plural of memberPlurals ("Angela
// Merkel's Christian Democrats" gave PERSON "Christian Democrats" on a
// made-up Reuters-style article, fourth audit): no person's name ends so;
// MISC as CoNLL-2003 marks "Social Democrats" (2 of 2 in eng.train and
// eng.testa). Tagged an organization it stays ("Australian Democrats", a
// party's name there).
func partisanPlural(m *mention) bool {
	return m.typ == newsner.Person && len(m.words) >= 2 && memberPlurals[m.words[len(m.words)-1]]
}

// acronymsOfMiscAsMisc makes MISC every mention of an acronym that the
// article gives in brackets right after a name it reads as MISC ("the
// Quibble Denial System (QDS)", a weapon; "Zorbo Water Reactor (ZWR)"),
// or after its closing quotation mark (a component called "Buffer
// Overflow Protection System" (BOPS), dragnet-web-a R375): the acronym is
// the same thing. The name's capitals give the acronym, or do with those
// of the capitalized word before it, which the tagger may leave out of the
// name ("Uniform Plumbing Code (UPC)" read "Plumbing Code", modern-web-a).
// Run after the rules that make names MISC.
func acronymsOfMiscAsMisc(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if !m.typ.Valid() || len(m.words) != 1 || m.t0 < 2 || m.t1 >= len(toks) || toks[m.t0-1].Text != "(" || toks[m.t1].Text != ")" {
			return false
		}
		i := sort.Search(len(ms), func(i int) bool { return ms[i].t0 >= m.t0 })
		if i == 0 {
			return false
		}
		p := ms[i-1]
		next := p.t1 == m.t0-1 || p.t1 == m.t0-2 && toks[p.t1].Text == `"` // a closing quotation mark between
		if p.typ != misc || !next || len(p.words) < 2 {
			return false
		}
		acr := capitals(p.m.Text)
		if acr != m.m.Text && p.t0 > 0 && startsUpper(toks[p.t0-1].Text) && isLetters(toks[p.t0-1].Text) {
			acr = capitals(toks[p.t0-1].Text) + acr // a first word the tagger left out ("Uniform Plumbing Code (UPC)")
		}
		return acr == m.m.Text
	}, func(*mention) bool { return true }, misc)
}

// acronymsOfTermsAsMisc makes MISC, so not emitted, every mention of an
// acronym that the article gives in brackets right after the lower-case
// words it abbreviates (termAcronym: "the extragalactic background light
// (EBL)", "liquefied natural gas (LNG)", "fast radio bursts (FRBs)"): a
// term, no name, which the tagger reads as an organization. eng.train
// leaves such an acronym unmarked or marks it MISC 10 times of 11 ("gross
// domestic product (GDP)", "bovine spongiform encephalopathy (BSE)"; the
// one organization "crude distillation unit (CDU)"). Session 27
// (modern-web-a, business and security pages of 2025): the words may open
// their sentence with a capital ("Paid time off (PTO) is"), an "&" may
// stand for "and" ("merger and acquisition (M&A)"), and an "X" for a
// word's "ex" ("extended detection and response (XDR)").
func acronymsOfTermsAsMisc(text string, ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if !m.typ.Valid() || len(m.words) != 1 || m.t0 < 2 || m.t1 >= len(toks) || toks[m.t0-1].Text != "(" || toks[m.t1].Text != ")" {
			return false
		}
		return termAcronym(text, toks, m.t0-1, m.m.Text) && !listedOrg(m.m.Text)
	}, func(*mention) bool { return true }, misc)
}

// acronymsOfTitledTermsAsMisc makes MISC, so not emitted, every mention of
// an acronym whose letters spell, elsewhere in the article, a run of
// capitalized words in a sentence that no mention covers and that ends in
// a plural ("financial options like Income Share Agreements and
// installment plans" ... "payment options including ISA"): the article
// writes out the term, a kind of thing in title case that the tagger and
// the rules leave no name, so its letters name nothing either, as
// acronymsOfTermsAsMisc's bracketed letters of lower-case words. The
// letters of a run shaped as a name (namedLike, or a body's head word in
// the plural: "Career Management Services"), of a run some mention
// covers, or of a listed organization stay.
func acronymsOfTitledTermsAsMisc(text string, ms []*mention, toks []token) {
	var terms map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		if !m.typ.Valid() || len(m.words) != 1 || m.t1-m.t0 != 1 || !isAcronym(m.m.Text) || listedOrg(m.m.Text) {
			return false
		}
		if terms == nil {
			terms = titledTerms(text, ms, toks)
		}
		return terms[strings.TrimSuffix(m.m.Text, "s")]
	}, func(*mention) bool { return true }, misc)
}

// titledTerms returns the initials of the runs of two to five capitalized
// words the article holds inside a sentence, between words that are not
// capitalized, whose last word is a plural of four letters or more, that no
// mention of ms covers in part and that are not shaped as a name
// (namedLike, or ending in a body's head word in the plural, orgHeads:
// "Services"). One walk of the tokens.
func titledTerms(text string, ms []*mention, toks []token) map[string]bool {
	covered := make([]bool, len(toks))
	for _, m := range ms {
		for k := m.t0; k < m.t1 && k < len(toks); k++ {
			covered[k] = true
		}
	}
	terms := map[string]bool{}
	for a := 0; a < len(toks); {
		if !startsUpper(toks[a].Text) || a > 0 && startsUpper(toks[a-1].Text) {
			a++
			continue
		}
		e := a
		for e < len(toks) && startsUpper(toks[e].Text) {
			e++
		}
		n := e - a
		ok := n >= 2 && n <= 5 && (e == len(toks) || !startsUpper(toks[e].Text))
		initials := make([]byte, 0, n)
		for k := a; k < e && ok; k++ {
			w := toks[k].Text
			ok = len(w) > 1 && !isAcronym(w) && isLetters(w) && !covered[k]
			if ok {
				initials = append(initials, w[0])
			}
		}
		if ok {
			last := strings.ToLower(toks[e-1].Text)
			ok = len(last) >= 4 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !orgHeads[last[:len(last)-1]]
		}
		if ok && !startsSentence(text, toks, a) && !namedLike(toks, tspan{t0: a, t1: e}) {
			terms[string(initials)] = true
		}
		a = e
	}
	return terms
}

// termLinks are the small words an acronym of a term may skip ("rate of
// return (ROR)").
var termLinks = setOf(`of and for the`)

// termAcronym reports whether acr, in capitals and perhaps a plural "s"
// ("UAVs"), spells the initials of the lower-case words that end right
// before token open, each word's or, for a hyphened word, each part's
// ("post-traumatic stress disorder (PTSD)"), linking words
// (termLinks) skipped or not; an "&" in acr stands for a skipped "and"
// ("M&A"), an "x" may spell a word's "ex" ("extended detection and
// response (XDR)"), and the first word may be capitalized where it opens
// its sentence ("Paid time off (PTO)").
func termAcronym(text string, toks []token, open int, acr string) bool {
	if strings.HasSuffix(acr, "s") {
		acr = acr[:len(acr)-1]
	}
	if !isAcronym(acr) || len(acr) > 6 {
		return false
	}
	want := strings.ToLower(strings.ReplaceAll(acr, "&", ""))
	if len(want) < 2 {
		return false
	}
	initial := func(w string, c byte) bool {
		return w[0] == c || c == 'x' && strings.HasPrefix(w, "ex")
	}
	// match the letters of want from the end against the words before
	// open, from the last word back.
	var match func(k, n int) bool
	match = func(k, n int) bool {
		if n == 0 {
			return true
		}
		if k < 0 {
			return false
		}
		w := toks[k].Text
		if termLinks[w] && n < len(want) && match(k-1, n) { // a link never ends the words
			return true
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !isLetters(strings.ReplaceAll(w, "-", "")) {
			return false
		}
		if !unicode.IsLower(r) {
			// only the first letter's word, opening its sentence
			if n != 1 || !unicode.IsUpper(r) || !startsSentence(text, toks, k) {
				return false
			}
			w = strings.ToLower(w)
		}
		if initial(w, want[n-1]) && match(k-1, n-1) {
			return true
		}
		parts := strings.Split(w, "-")
		if len(parts) < 2 || len(parts) > n {
			return false
		}
		for i, p := range parts {
			if p == "" || p[0] != want[n-len(parts)+i] {
				return false
			}
		}
		return match(k-1, n-len(parts))
	}
	return match(open-1, len(want))
}

// articleThingFollowers are the words that may follow a thing's name after
// "a" or "an" where the name is no modifier of a noun: a preposition or a
// conjunction ("a Zorbphone or a truck", "bought a Quibbook after June").
var articleThingFollowers = setOf(`and or on after before in with for to at from that which but than like`)

// thingAfterArticle reports whether m, a one-word name tagged an
// organization or a place, stands after "a" or "an" and before a
// punctuation mark or a word of articleThingFollowers: a thing of the
// name, counted as one is ("unlike a Zorbgun, which", "put on a Quelbvee
// or a truck"), not "a NATO official", where the name modifies a noun.
func thingAfterArticle(toks []token, m *mention) bool {
	if len(m.words) != 1 || m.t0 < 1 || m.t1 >= len(toks) || m.typ != newsner.Organization && m.typ != newsner.Location {
		return false
	}
	if a := strings.ToLower(toks[m.t0-1].Text); a != "a" && a != "an" {
		return false
	}
	next := toks[m.t1].Text
	r, _ := utf8.DecodeRuneInString(next)
	return articleThingFollowers[next] || unicode.IsPunct(r) && !isPossessive(next)
}

// thingsAfterArticleAsMisc makes MISC, so not emitted, every mention of a
// one-word name the article counts as a thing (thingAfterArticle: "unlike
// a Zorbgun, which", "bought a Quibbook after June"): a product, as
// CoNLL-2003 reads "an Uzi." and "an AK47."; not a listed organization or
// brand, whose maker's name stands for its car ("a Ducati before", ORG in
// eng.train), not a known place, nor in a sports report ("a Reds' fan"),
// nor a name the article writes beside a number as a results table or a
// standings line writes a team (resultsLine: "driving a Zorbari, won"
// above "3. Zorbari 48", a racing team, ORG in eng.train).
func thingsAfterArticleAsMisc(ms []*mention, toks []token, about *topics) {
	var teams map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		if !thingAfterArticle(toks, m) || listedOrg(m.m.Text) || brandName(m.m.Text) || knownPlace(m.m.Text) || about.sportsDoc() {
			return false
		}
		if teams == nil {
			teams = map[string]bool{}
			for _, n := range ms {
				if resultsLine(toks, n) {
					teams[n.key] = true
				}
			}
		}
		return !teams[m.key]
	}, func(m *mention) bool { return m.typ != newsner.Person }, misc)
}

// partyAdjectivesAsMisc makes MISC, so not emitted, a one-word mention
// tagged an organization or a person that is a party's adjective
// (partyAdjectives, spans_leads.go) right before "party" in lower case, which the tagger
// left out of the name: CoNLL-2003 marks the word alone MISC there
// ("Democratic party": 4 times, ORG once), as it does an adjective.
func partyAdjectivesAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if len(m.words) == 1 && m.t1 < len(toks) && toks[m.t1].Text == "party" && partyAdjectives[m.m.Text] &&
			(m.typ == newsner.Organization || m.typ == newsner.Person) {
			m.typ = misc
		}
	}
}

// termHeads end the names of rules and aims ("the Same Quelb Policy", "the
// Zorbian Patient Safety Goals"): MISC in CoNLL-2003's scheme, as laws are;
// no name of eng.train or eng.testa ends in one.
var termHeads = setOf(`policy goal goals`)

// termHeadsAsMisc makes MISC, so not emitted, a mention of three words or
// more that ends in a rule's or an aim's word (termHeads), holds no "of" or
// "for" ("the Center for Zorbian Policy" is an organization) and the lists
// do not name an organization: the tagger types a web browser's security
// policy an organization. Two words are left alone ("Foreign Policy", a
// magazine).
func termHeadsAsMisc(ms []*mention) {
	for _, m := range ms {
		n := len(m.words)
		if !m.typ.Valid() || n < 3 || !termHeads[m.words[n-1]] || listKey(m.m.Text, newsner.Organization) != "" {
			continue
		}
		if !slices.Contains(m.words, "of") && !slices.Contains(m.words, "for") {
			m.typ = misc
		}
	}
}

// formulaBefore and formulaAfter stand before and after a formula's
// term: an operation's sign, and the bracket that opens or closes a group
// of terms. Not a bracket that opens after it: "Elect Res = Electoral
// Research Group (Forschungsgruppe Wahlen)", eng.train's key to a poll's
// table, names a body.
var (
	formulaBefore = setOf(`/ = + - − * × (`)
	formulaAfter  = setOf(`/ = + - − * × )`)
)

// formulaSigns are the operators that say a formula, as brackets and a
// dash alone do not ("(Zorbco) -").
var formulaSigns = setOf(`/ = * ×`)

// formulaTerm reports whether m stands as a term of a formula written out
// in words: an operator right before it and right after it
// (formulaBefore, formulaAfter), one of the two a sign (formulaSigns), on a line
// that holds "=" ("ROI = (Net Gain / Cost of Home Improvement) x 100").
// The line is looked at up to 40 tokens either way.
func formulaTerm(text string, toks []token, m *mention) bool {
	if m.t0 == 0 || m.t1 >= len(toks) {
		return false
	}
	before, after := toks[m.t0-1].Text, toks[m.t1].Text
	if !formulaBefore[before] || !formulaAfter[after] || !formulaSigns[before] && !formulaSigns[after] {
		return false
	}
	if before == "=" || after == "=" {
		return true
	}
	for k := m.t0 - 1; k > 0 && k >= m.t0-40 && !lineBreakBefore(text, toks, k); k-- {
		if toks[k-1].Text == "=" {
			return true
		}
	}
	for k := m.t1; k+1 < len(toks) && k < m.t1+40 && !lineBreakBefore(text, toks, k+1); k++ {
		if toks[k+1].Text == "=" {
			return true
		}
	}
	return false
}

// formulaTermsAsMisc makes MISC, so not emitted, every mention of a
// title-cased term of two words or more that the article writes as a
// formula's term somewhere (formulaTerm: "Home Improvement ROI = (Net
// Gain from Home Improvement / Cost of Home Improvement) x 100",
// modern-web-a, and "the Cost of Home Improvement is $10,000" after it):
// a measure's name, no body's. Every capitalized word is one the corpora
// usually write in lower case (usuallyLower), the others are joining
// words ("of", "from"), and no list knows the name.
func formulaTermsAsMisc(text string, ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if !m.typ.Valid() || len(m.words) < 2 || !formulaTerm(text, toks, m) {
			return false
		}
		for k := m.t0; k < m.t1; k++ {
			w := toks[k].Text
			if !headlineSmallWords[w] && (!startsUpper(w) || !usuallyLower(w, 2, 2)) {
				return false
			}
		}
		return !makerOrPlace(m.m.Text) && len(byNormName(nameIndex(), m.m.Text)) == 0
	}, func(m *mention) bool { return m.typ.Valid() }, misc)
}

// standardCode reports whether w is a standard's or a document's number
// after a body's letters: three digits or more that are no year ("RFC
// 2822", "ISO 27001"), or two digits or more and one capital ("NFPA
// 70E"). Not an ordinal ("AUGUST 24TH"), a unit ("125CC") nor a score of
// one or two digits.
func standardCode(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch {
	case n == len(w):
		return n >= 3 && !isYear(w)
	case n >= 2 && n == len(w)-1:
		return w[n] >= 'A' && w[n] <= 'Z'
	}
	return false
}

// standardTitleHeads open the title that follows a standard's number
// ("NFPA 70E Standard for Electrical Safety in the Workplace").
var standardTitleHeads = setOf(`Standard Standards Code Guide Guidelines Specification Recommendation`)

// standardCodesAsMisc makes MISC, so not emitted, a mention of one
// acronym right before a standard's number on the same line (standardCode)
// and the mention right after that number that opens with a standard's
// word (standardTitleHeads): "in accordance with the NFPA 70E Standard
// for Electrical Safety in the Workplace", "RFC 2822". The whole is a
// standard or a document, MISC in CoNLL-2003 as "ISO 9002" and "FTSE 100"
// are (eng.train), not the body that issues it; the tagger typed the
// letters and the title organizations (modern-web-a, a 2025 page on
// mines' safety). Not in a sports report (a team's letters and its
// points), nor a known place ("USA 382" of a table) or a listed maker.
func standardCodesAsMisc(text string, ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		code := m.t1
		if !m.typ.Valid() || m.t1-m.t0 != 1 || code >= len(toks) || !isAcronym(toks[m.t0].Text) || !standardCode(toks[code].Text) ||
			lineBreakBefore(text, toks, code) || makerOrPlace(m.m.Text) || about.sportsDoc() {
			continue
		}
		m.typ = misc
		for _, n := range ms {
			if n.t0 == code+1 && n.typ.Valid() && standardTitleHeads[toks[n.t0].Text] {
				n.typ = misc
			}
		}
	}
}

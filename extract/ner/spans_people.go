package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Span rules of people's names: titles and roles cut off before a name
// ("Polish Prime Minister Donald Tusk"), a role's first name given back,
// a fame word and a minister's portfolio word cut off, particles ("de
// los") and regnal numbers ("Henry VIII") taken in, and a span cut after
// a surname and an initial that ends a sentence.

// cutLeadingTitles starts a person's or a place's span after the last
// title in its leading run of titles, demonyms and country abbreviations
// ("Polish Prime Minister Donald Tusk" -> "Donald Tusk"), and makes it a
// person. An organization's span that an honorific starts is a person's
// too (honorificOrg).
func cutLeadingTitles(toks []token, s tspan) tspan {
	if honorificOrg(toks, s) {
		s.typ = newsner.Person
	}
	if s.typ != newsner.Person && s.typ != newsner.Location {
		return s
	}
	cut := -1
	for k := s.t0; k < s.t1-1; k++ {
		w := toks[k].Text
		if l := strings.ToLower(w); leadingRole(w) && (s.typ == newsner.Person || !geoTitles[l] && !qualifierTitles[l]) || s.typ == newsner.Person && personPluralTitles[l] {
			cut = k
			if toks[k+1].Text == "." && k+2 < s.t1 && lowered(titles, w+".") {
				cut = k + 1 // "Prof." and "Capt.", which the tokenizer splits at the full stop
				k++
			}
			continue
		}
		if leadingRole(w) || isDemonym(w) || isLeadingQualifier(w) {
			continue
		}
		break
	}
	if cut >= 0 && startsUpper(toks[cut+1].Text) {
		s.t0 = cut + 1
		s.typ = newsner.Person
	}
	return s
}

// cutTitleOfPlace cuts a rank held of a place off a span that is the rank,
// "of" and the place ("the Duke of Edinburgh", "Duke of Orleans", "the
// Emir of Qatar"), which the tagger reads as one person or body: CoNLL-2003
// marks the rank no name and the place a place ("under Duke of [LOC
// Orleans]", "Archbishop of [LOC Cape Town]", "Queen of the [LOC
// Netherlands]", "King of [LOC Scotland]": every such rank of eng.train
// and eng.testa). The rank is one of placeRanks, the rest a known place
// (isPlaceName or the gazetteer's), the whole none ("King of Prussia", a
// town), no "'s" after it ("Duke of Norfolk's XI", a cricket side) and
// no capitalized word of the same line but "The" before it ("The Rogue
// Prince of Persia", a game's title), nor in the tagger's MISC ("The
// Prince of Egypt", a film). A span that is the rank alone before "of" and a
// capitalized word ("the Duchess" of "the Duchess of Cornwall", the
// tagger typing the place apart) is no name: dropRank.
func cutTitleOfPlace(text string, toks []token, s tspan) (_ tspan, dropRank bool) {
	if s.typ == misc || !placeRanks[toks[s.t0].Text] || s.t0 > 0 && startsUpper(toks[s.t0-1].Text) && !lineBreakBefore(text, toks, s.t0) && toks[s.t0-1].Text != "The" {
		return s, false
	}
	if s.t1-s.t0 == 1 {
		return s, s.t1+1 < len(toks) && toks[s.t1].Text == "of" && startsUpper(toks[s.t1+1].Text)
	}
	if toks[s.t0+1].Text != "of" {
		return s, false
	}
	r := s.t0 + 2
	if r < s.t1 && toks[r].Text == "the" {
		r++
	}
	if r >= s.t1 || s.t1 < len(toks) && isPossessive(toks[s.t1].Text) {
		return s, false
	}
	if place := spanText(text, toks, r, s.t1); !knownPlace(place) || knownPlace(spanText(text, toks, s.t0, s.t1)) {
		return s, false
	}
	return tspan{newsner.Location, r, s.t1}, false
}

// placeRanks are ranks held of a place, written "Rank of Place": a
// royal's, a noble's, a monarch's and a see's.
var placeRanks = setOf(`Duke Duchess Prince Princess Earl Countess Marquess Marchioness Viscount
Viscountess Baron Baroness King Queen Emir Sultan Archbishop Bishop`)

// personPluralTitles are plural titles the tagger reads into the first of
// two people's names ("Presidents Obama and George W. Bush", whose
// "Presidents Obama" kept the listed president's key from him), cut off a
// person's span only: not roleWords, which notAName drops alone and
// cutLeadingTitles cuts off places too ("the Presidents" a team, "Presidents
// Cup" read as a place).
var personPluralTitles = setOf(`presidents`)

// honorificOrg reports whether s, an organization's span of three words
// or more, starts with an honorific and another title ("Mr Justice Jane
// Doe", "Dr. Rev. John Roe"): a person addressed by a title, which the
// tagger reads as a body ("Justice"); no organization's name starts so.
func honorificOrg(toks []token, s tspan) bool {
	return s.typ == newsner.Organization && s.t1-s.t0 >= 3 && lowered(honorifics, toks[s.t0].Text) && isTitle(toks[s.t0+1].Text)
}

// roleWords are roles and affiliations that stand before a person's name
// and are not part of it, as CoNLL-2003 marks them ("Administrator Jane
// Doe", "Democrat Walter Mondale"), beyond the titles the model reads as a
// feature (titles). The line before last, the plural titles of lawmakers
// before the first of two names ("Senators Jane Doe and John Roe"), added
// in the thirteenth pass: the tagger reads "Senators" into the name (not
// "Governors": "Governors Island"). The last, honorifics of other
// languages ("Madame Lagarde", "Herr Scholz") and "Mx", which the tagger
// reads into the surname, so the person an article named in full stood
// apart under them. "Hon." and "Rt. Hon." ("Honourable", "Right
// Honourable"), a Commonwealth legislator's titles, go too ("Rt. Hon. B.
// U. Nzeribe" and "Hon. Funke Adedoyin", news-pages-spans); here, not in
// titles, whose words the model's features read (TestModelMatchesWordLists).
// Last, a Muslim cleric's or leader's title in the spelling titles lacks
// ("Sheik"; titles has "Sheikh") and "Prophet" before Muhammad's name,
// which CoNLL-2003 leaves out of the name as it does "Sheikh" ("Sheikh
// [PER Hasina]", eng.train) and the tagger read into it ("Sheik
// Mahmoud", "the Prophet Muhammad", dragnet-news). Not "Shaikh", as
// often a surname ("Abdul Hafeez Shaikh"), which notAName would drop
// where it stands alone.
var roleWords = setOf(`administrator democrat republican councillor councilor councilman
councilwoman alderman assemblyman assemblywoman lawmaker legislator mp mep treasurer
superintendent sheriff magistrate comptroller ombudsman solicitor pastor deacon provost
registrar goalkeeper striker defender midfielder curator nonpartisan pan-democrat emeritus
senators sens sens. representatives reps reps. congressmen congresswomen lawmakers
madame mme monsieur herr frau señor senor señora senora signor signora mx
hon hon. honourable honorable rt.
sheik prophet`)

// isRole reports whether w is a title or role before a person's name.
func isRole(w string) bool { return isTitle(w) || lowered(roleWords, w) }

// leadingRole reports whether w, starting a person's span, is a title or
// role (isRole) or a company's role (companyRoles: "Founder Jane Doe",
// "Co-founder Jane Doe" at a sentence's start), which CoNLL-2003 leaves
// out of the name (regional audit, nineteenth pass: "Founder Bom Kim"
// typed one person on a made-up Reuters-style article), or a newsroom's
// staff role (staffRoles: "Editor Heather Urquides" after "St. Petersburg
// City", dragnet-web-a R587). Not in isRole, which the GUM reader shares.
func leadingRole(w string) bool {
	return isRole(w) || lowered(companyRoles, w) || lowered(staffRoles, w)
}

// joinRoleFirstNames gives back to a person's span the capitalized word
// the tagger left out right before it, where that word is untagged and
// stands after a role in lower case ("founder Vijay Quelb Marzo", whose
// "Vijay" stayed out of "Quelb Marzo"): after a role comes the whole name
// (regional audit, nineteenth pass: an Indian first name left out after
// "founder" on a made-up Reuters-style article). Not a month or weekday.
func joinRoleFirstNames(toks []token, spans []tspan) []tspan {
	prevEnd := 0
	for i, s := range spans {
		k := s.t0 - 1
		if s.typ == newsner.Person && k-1 >= prevEnd && startsUpper(toks[k].Text) && isLetters(toks[k].Text) && !lowered(months, toks[k].Text) && !weekdays[toks[k].Text] {
			if w := toks[k-1].Text; !startsUpper(w) && leadingRole(w) {
				spans[i].t0 = k
			}
		}
		prevEnd = spans[i].t1
	}
	return spans
}

// maxRoleNameWords bounds the name joinRoleNames reads after a role: a
// first name, one or two middle names, a surname.
const maxRoleNameWords = 4

// joinRoleNames makes one person's span of the run of two to four
// capitalized words right after a person's role in lower case
// (personRoles, occupationRoles) that the tagger left untagged
// ("Ericsson spokesman Per Zetterquist told", "Suu Kyi's assistant Win
// Htein."), and gives back to a person's span that starts inside such a
// run the words before it the tagger left out ("Pan-democrat veteran Cyd
// Ho", only "Ho" tagged): after these roles comes the whole name (issue 11,
// nspans50; in eng.train and eng.testa every run of two or more
// capitalized words after one is a person's name, but for a title before
// it: "leader General Abdul Rashid Dostum", "chairman Sir Nigel Mobbs").
// The run is of letters only, on one line, and stops at a mark or a word
// in lower case; a word of it is no title or role (isRole: "Sir",
// "General"), month, weekday, acronym in capitals, known place or listed
// organization, and the whole is neither a known place nor a listed
// organization nor ends in a company's word. An untagged run ends at a
// mark, a word in lower case, a line's end, a weekday or a month;
// before any other capitalized word it is left alone.
func joinRoleNames(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	personAt := make(map[int]int) // a person's span's first token: its index
	for i, s := range spans {
		if s.typ == newsner.Person {
			personAt[s.t0] = i
		}
	}
	var add []tspan
	for k := 0; k+2 < len(toks); k++ {
		if w := toks[k].Text; !personRoles[w] && !occupationRoles[w] || covered[k] {
			continue
		}
		a := k + 1
		e := a
		for e < len(toks) && e-a < maxRoleNameWords && !covered[e] && roleNameWord(toks[e].Text) && !lineBreakBefore(text, toks, e) {
			e++
		}
		if e == a {
			continue
		}
		if i, ok := personAt[e]; ok && e < len(toks) && !lineBreakBefore(text, toks, e) {
			if spans[i].t1-a <= maxRoleNameWords+1 && !roleNameStop(toks, a, spans[i].t1) {
				spans[i].t0 = a // the words the tagger left out of the name
			}
			continue
		}
		if e-a < 2 || roleNameStop(toks, a, e) {
			continue
		}
		if e < len(toks) && startsUpper(toks[e].Text) && !lineBreakBefore(text, toks, e) && !weekdays[toks[e].Text] && !lowered(months, toks[e].Text) {
			continue // before another capitalized word: a longer name, or a title's
		}
		add = append(add, tspan{newsner.Person, a, e})
		k = e - 1
	}
	if add == nil {
		return spans
	}
	spans = append(spans, add...)
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].t0 < spans[j].t0 })
	return spans
}

// roleNameWord reports whether w may be a word of a name after a role
// (joinRoleNames): capitalized letters, not all in capitals, no title or
// role, month, weekday, known place or listed organization.
func roleNameWord(w string) bool {
	return startsUpper(w) && isLetters(w) && (len(w) < 2 || strings.ToUpper(w) != w) && !isRole(w) && !lowered(months, w) && !weekdays[w] && !knownPlace(w) && !listedOrg(w)
}

// roleNameStop reports whether the run toks[a:e] after a role is a known
// place, a listed organization, or ends in a company's word: no person's
// name.
func roleNameStop(toks []token, a, e int) bool {
	name := joinTokens(toks[a:e])
	last := strings.ToLower(toks[e-1].Text)
	return knownPlace(name) || listedOrg(name) || companyHeads[last] || legalSuffixes[last]
}

// addNameParticles extends a person's span over the lower-case particles
// before a surname, which are part of the name ("von der Leyen", "de
// Gaulle", "bin Salman"); the model tends to leave them out, mostly where
// the name stands without its first name.
func addNameParticles(toks []token, s tspan) tspan {
	if s.typ == newsner.Person {
		for s.t0 > 0 && nameParticles[toks[s.t0-1].Text] && toks[s.t0-1].End < toks[s.t0].Start {
			s.t0--
		}
	}
	return s
}

// binSurnameAsPerson types a person a span of any type, MISC too, right
// after a lower-case "bin", "ibn" or "bint" (binWords) that no
// capitalized word stands before: an Arabic surname named with its
// particle and without a given name ("the killing of bin Laden", whose
// "Laden" the tagger typed MISC: dragnet-news-a 386, twice), which
// addNameParticles then extends over the particle. A given name before
// the particle is joinBinNames' ("Hamza bin Laden").
func binSurnameAsPerson(toks []token, s tspan) tspan {
	k := s.t0 - 1
	if k < 0 || !binWords[toks[k].Text] || !startsUpper(toks[s.t0].Text) || toks[k].End == toks[s.t0].Start {
		return s
	}
	if k > 0 && startsUpper(toks[k-1].Text) {
		return s
	}
	s.typ = newsner.Person
	return s
}

// nameParticles are the lower-case words that join a surname in European and
// Arabic names.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"del": true, "della": true, "dos": true, "das": true, "du": true, "le": true, "la": true,
	"ter": true, "ten": true, "bin": true, "ibn": true, "al": true, "el": true,
}

// onlyParticles reports whether every token is a name particle ("de los").
func onlyParticles(toks []token) bool {
	for _, t := range toks {
		if l := strings.ToLower(t.Text); !nameParticles[l] && l != "los" && l != "las" {
			return false
		}
	}
	return true
}

// regnalNumbers are the numbers after a monarch's or a pope's name.
var regnalNumbers = setOf(`I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII`)

// addRegnalNumber extends a person's span over the Roman number after it
// ("Pope John Paul II", "King Baudouin I"), which CoNLL-2003 counts in the
// name; "I" only after a title, as it is also the pronoun.
func addRegnalNumber(toks []token, s tspan) tspan {
	if s.typ != newsner.Person || s.t1 >= len(toks) || !regnalNumbers[toks[s.t1].Text] {
		return s
	}
	if toks[s.t1].Text == "I" && (s.t0 == 0 || !isTitle(toks[s.t0-1].Text)) {
		return s
	}
	s.t1++
	return s
}

// cutPastInitial cuts a person's span that starts with a surname and an
// initial after it, two words or more following: the initial's full stop
// ends a citation's author ("Quimble D. Zorb Rev Quelbol.", a reference
// list's author and journal, which the tagger ran into one person). No
// person of eng.train has two words after an inner initial ("George W.
// Bush"), a generational suffix or a regnal number apart ("Benigno S.
// Aquino III"); a first name before the initial ("Lyndon B. Johnson Space
// Center") is no citation's surname. The words after the stop are
// dropped.
func cutPastInitial(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t0 + 1
		if s.typ != newsner.Person || k >= s.t1 || firstName(toks[s.t0].Text) {
			continue
		}
		e := k + 1 // after the initial's full stop
		if initialAt(toks, k) {
			e = k + 2
		} else if !gluedInitial(toks[k].Text) {
			continue
		}
		end := s.t1
		for end > e && (regnalNumbers[toks[end-1].Text] || nameSuffixes[toks[end-1].Text]) {
			end--
		}
		if end-e >= 2 {
			spans[i].t1 = e
		}
	}
	return spans
}

// gluedInitial reports whether w is one capital letter and a full stop.
func gluedInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n+1 == len(w) && w[n] == '.' && unicode.IsUpper(r)
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

// portfolioWords name a minister's portfolio before "Minister" ("Justice
// Minister Zorb Quelby"), where CoNLL-2003 marks no name (eng.train and
// eng.testa: a handful of such words tagged against hundreds left out).
var portfolioWords = setOf(`Justice Finance Foreign Interior Defence Defense Health Trade Economy Economics
Energy Education Agriculture Transport Labour Labor Environment Culture Industry Treasury`)

// cutPortfolioWords drops a span that is one portfolio's word
// (portfolioWords) right before "Minister" or "Secretary", or a
// portfolio's "Affairs" with the word before it ("Foreign Affairs", "Home
// Affairs") right before either title in capitals or not: the tagger
// reads "Justice" of "Justice Minister" as an organization where the
// article names a court of justice too, and "Foreign Affairs" of "resign
// as Foreign Affairs minister" (gum-news) as one; eng.train leaves "Legal
// Affairs Minister" and "Foreign Affairs Minister" unmarked. The one
// word before a title in lower case ("Treasury secretary") stays the
// tagger's.
func cutPortfolioWords(toks []token, spans []tspan) []tspan {
	out := spans[:0]
	for _, s := range spans {
		if s.t1 < len(toks) && (s.t1-s.t0 == 1 && portfolioWords[toks[s.t0].Text] && portfolioTitles[toks[s.t1].Text] ||
			s.t1-s.t0 == 2 && toks[s.t1-1].Text == "Affairs" && isLetters(toks[s.t0].Text) && ministerTitle(toks[s.t1].Text)) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// ministerTitle reports whether w is a minister's title after a
// portfolio, in capitals or not ("Minister", "secretary").
func ministerTitle(w string) bool {
	return w == "Minister" || w == "minister" || w == "Secretary" || w == "secretary"
}

// portfolioTitles, after a demonym and a minister's portfolio, end a
// person's title ("Saudi Energy Minister", "British Health Secretary").
var portfolioTitles = setOf(`Minister Secretary`)

// portfoliosAsNone makes no name of a mention tagged an organization that
// is a demonym and a portfolio right before a minister's title ("Saudi
// Energy" of "Saudi Energy Minister Prince Zorbaziz"): the title's start,
// which CoNLL-2003 leaves out but the demonym (MISC, not emitted).
func portfoliosAsNone(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ == newsner.Organization && m.t1-m.t0 >= 2 && m.t1 < len(toks) && portfolioTitles[toks[m.t1].Text] && isDemonym(toks[m.t0].Text) {
			m.typ = misc
		}
	}
}

// insetCloses pairs each mark that opens a nickname set inside a person's
// name with the mark that closes it.
var insetCloses = map[string]string{`"`: `"`, "\u201c": "\u201d", "(": ")"}

// insetNickname reports whether toks[a] opens a nickname set inside a
// person's name and returns the index of its closing mark: one to four
// tokens between, starting and ending with a capitalized word or an
// initial ("Hands of Stone", "A.J.P.", "El Chapo"), no punctuation among
// them, on one line (insetJoin keeps the names around it on that line
// too: "Kevin Kim (U.S.)\nNicolas Lapentti", a draw's lines, is two).
func insetNickname(text string, toks []token, a int) (int, bool) {
	closing, ok := insetCloses[toks[a].Text]
	if !ok {
		return 0, false
	}
	for c := a + 2; c < len(toks) && c <= a+5; c++ {
		if lineBreakBefore(text, toks, c) {
			return 0, false
		}
		if toks[c].Text == closing {
			return c, startsUpper(toks[c-1].Text)
		}
		w := toks[c-1].Text
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) || c-1 == a+1 && !startsUpper(w) {
			return 0, false
		}
	}
	return 0, false
}

// joinInsetNicknames makes one person of a name with a nickname set inside
// it in quotes or brackets ("Roberto \" Hands of Stone \" Duran", "James
// Leander (Leo) Nichols", "Alan John Percivale (A.J.P.) Taylor"), which
// the tagger splits into two people or leaves a part of untagged:
// CoNLL-2003 marks the whole a person (eng.testa 4 of 4, eng.train's
// "Francois-Rene ( Vicomte de ) Chateaubriand" and "E.F. ( Fritz )
// Schumacher"), as wire copy still writes such names ("Joaquin \"El Chapo\"
// Guzman"). The name before the mark is a person's span, or a first name
// of the gazetteer left untagged or tagged MISC alone (insetFirstName);
// the one after it is a person's span that starts right after the closing
// mark or, where the tagger ran it over the mark ("Leo ) Nichols"), inside
// the nickname. Within the marks only spans that may be a nickname
// (insetSpan): "Damon Hill (Britain) Williams", a results line, is two
// names.
func joinInsetNicknames(text string, toks []token, spans []tspan) []tspan {
	var add []tspan
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.typ != newsner.Person && !(s.typ == misc && s.t1-s.t0 == 1 && insetFirstName(toks[s.t0].Text)) || s.t1 >= len(toks) {
			continue
		}
		if t0, ok := insetJoin(text, toks, spans, i, s.t1); ok {
			add = append(add, tspan{newsner.Person, s.t0, t0})
		}
	}
	covered := spanCover(len(toks), spans)
	for a := 1; a < len(toks); a++ { // an untagged first name before the mark
		if covered[a-1] || !insetFirstName(toks[a-1].Text) {
			continue
		}
		if t1, ok := insetJoin(text, toks, spans, -1, a); ok {
			add = append(add, tspan{newsner.Person, a - 1, t1})
		}
	}
	return replaceSpans(spans, add)
}

// insetFirstName reports whether w, a word before a nickname's mark that
// the tagger left untagged or tagged MISC alone ("Hector \" Macho \"
// Camacho"), is a first name of the gazetteer.
func insetFirstName(w string) bool {
	return isLetters(w) && startsUpper(w) && firstName(w)
}

// insetSpan reports whether n, a span inside a nickname's marks, may be
// the nickname: a person's, or a MISC span that is no demonym (the tagger
// reads "Hands of Stone" and "Macho" so), or an organization's of dotted
// initials that name no place ("A.J.P."; not "U.S."); not a place's or a
// body's ("Hill (Britain) Williams", "Vega (Cagliari) Raphael" in
// eng.train's results).
func insetSpan(toks []token, n tspan) bool {
	w := joinTokens(toks[n.t0:n.t1])
	return n.typ == newsner.Person || n.typ == misc && !isDemonym(w) || n.typ == newsner.Organization && n.t1-n.t0 == 1 && dottedInitials(w) && !knownPlace(w)
}

// insetJoin reports where the person's name that the nickname opening at
// toks[a] leads into ends, for joinInsetNicknames; i is the index of the
// span before the mark in spans, or -1 where it is an untagged first name
// (spans are in token order).
func insetJoin(text string, toks []token, spans []tspan, i, a int) (int, bool) {
	c, ok := insetNickname(text, toks, a)
	if !ok || lineBreakBefore(text, toks, a) || c+1 < len(toks) && lineBreakBefore(text, toks, c+1) {
		return 0, false
	}
	from := i + 1
	if i < 0 {
		from = sort.Search(len(spans), func(j int) bool { return spans[j].t0 >= a })
	}
	for j := from; j < len(spans); j++ {
		n := spans[j]
		if n.t0 < a {
			continue
		}
		if n.t1 <= c && n.t0 > a && insetSpan(toks, n) {
			continue
		}
		if n.typ != newsner.Person {
			return 0, false
		}
		if n.t0 > c+1 || n.t0 < c && n.t0 != a+1 {
			return 0, false
		}
		return n.t1, true
	}
	return 0, false
}

// dottedInitials reports whether w is two or more capital letters each
// followed by a full stop ("A.J.P.", "J.R.").
func dottedInitials(w string) bool {
	n := 0
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
		n++
	}
	return n >= 4 && n%2 == 0
}

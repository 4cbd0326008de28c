package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Typing rules that give PERSON: surnames of the article's people, leaders
// before "administration", appositions and roles only a person takes, wire
// stories' credit lines, families, names in brackets after a person's, and
// owners.

// surnameListsAsPeople types PERSON a one-word mention tagged a place or
// an organization inside a list of one-word names on one line, joined by
// commas or "and" (listGap), five names or more of which at least two in
// three are tagged people: a team's line-up or a squad ("Given, Breen,
// Staunton, Irwin, McAteer, Harte, McLoughlin", eng.testa's Irish side,
// where the tagger typed two of the players a place and one an
// organization; issue 11's blind audits, a footballer typed a place). A
// country's name and a listed organization stay: a list of surnames has
// neither.
func surnameListsAsPeople(text string, ms []*mention, toks []token) {
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].t1-ms[j].t0 == 1 && ms[j-1].t1-ms[j-1].t0 == 1 && listGap(toks, ms[j-1].t1, ms[j].t0) && !lineBreakWithin(text, toks, ms[j-1].t0, ms[j].t0) {
			j++
		}
		if n := j - i; n >= 5 {
			people := 0
			for _, m := range ms[i:j] {
				if m.typ == newsner.Person {
					people++
				}
			}
			if 3*people >= 2*n {
				for _, m := range ms[i:j] {
					if (m.typ == newsner.Location || m.typ == newsner.Organization) && !iso3166Place(m.m.Text) && listKey(m.m.Text, newsner.Organization) == "" {
						m.typ = newsner.Person
					}
				}
			}
		}
		i = j
	}
}

// lineBreakWithin reports whether a line starts at a token of (a,b].
func lineBreakWithin(text string, toks []token, a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if lineBreakBefore(text, toks, k) {
			return true
		}
	}
	return false
}

// surnamesAsPeople types PERSON the one-word mentions tagged a place that
// are the surname of a person the article names in full, unless the
// mention stands where a place does (placeContext) or comes before the
// person is named in full: "Washington" after "MaliVai Washington" is the
// player, "in Washington" the place. The surname then joins the person's
// entity (groupMentions).
func surnamesAsPeople(ms []*mention, toks []token) {
	surnames := personSurnames(ms)
	for _, m := range ms {
		if first, ok := surnames[m.words[0]]; ok && m.typ == newsner.Location && len(m.words) == 1 && m.m.Start > first && !placeContext(toks, m.t0, m.t1, locatives) {
			m.typ = newsner.Person
			m.key = m.words[0]
		}
	}
}

// firstNamesAsPeople types PERSON the one-word mentions tagged an
// organization or a place that are the first name of a person the article
// has named in full before them, a first name the gazetteer knows, and no
// known place, listed organization or brand, unless the mention stands
// where a place does (placeContext): "Michael Oh of TSP joins me ... a
// magazine Michael had read", where the tagger read the lone first name
// as a company (issue 11, modern-web-a). surnamesAsPeople's twin for the
// first word.
func firstNamesAsPeople(ms []*mention, toks []token) {
	var firsts map[string]int
	for _, m := range ms {
		if m.typ != newsner.Organization && m.typ != newsner.Location || len(m.words) != 1 {
			continue
		}
		if firsts == nil {
			firsts = map[string]int{}
			for _, p := range ms {
				if p.typ == newsner.Person && len(p.words) > 1 {
					if _, ok := firsts[p.words[0]]; !ok {
						firsts[p.words[0]] = p.m.Start
					}
				}
			}
		}
		first, ok := firsts[m.words[0]]
		if !ok || m.m.Start <= first || placeContext(toks, m.t0, m.t1, locatives) {
			continue
		}
		if name := m.m.Text; firstName(name) && !knownPlace(name) && !listedOrg(name) && !brandName(name) {
			m.typ = newsner.Person
		}
	}
}

// familyPluralsAsPeople types PERSON a one-word mention tagged an
// organization or a place, right after "the", that is the plural of the
// surname of a person the article names in full ("Thomas Sam and his wife
// Manju Sam ... the Sams continued", gum-news; "the Joneses" of a
// "Jones"): the family, which CoNLL-2003 marks a person ("the Kennedys",
// "The Roosevelts", "The Bradys" in eng.train) as GUM does. Not a known
// place nor a listed organization ("the Browns", a team).
func familyPluralsAsPeople(ms []*mention, toks []token) {
	var surnames map[string]int
	for _, m := range ms {
		if m.typ != newsner.Organization && m.typ != newsner.Location || len(m.words) != 1 || m.t0 == 0 || !strings.EqualFold(toks[m.t0-1].Text, "the") {
			continue
		}
		w := m.words[0]
		if !strings.HasSuffix(w, "s") || knownPlace(w) || listedOrg(w) {
			continue
		}
		if surnames == nil {
			surnames = personSurnames(ms)
		}
		_, one := surnames[strings.TrimSuffix(w, "s")]
		_, es := surnames[strings.TrimSuffix(w, "es")]
		if one || strings.HasSuffix(w, "es") && es {
			m.typ = newsner.Person
		}
	}
}

// personSurnames maps the last word of each person's name of two words or
// more among ms to the start of its first such mention.
func personSurnames(ms []*mention) map[string]int {
	surnames := map[string]int{}
	for _, m := range ms {
		if m.typ == newsner.Person && len(m.words) > 1 {
			if _, ok := surnames[m.words[len(m.words)-1]]; !ok {
				surnames[m.words[len(m.words)-1]] = m.m.Start
			}
		}
	}
	return surnames
}

// leaderNouns are what a leader's surname names before them in lower case
// ("the Trump administration", "the Biden campaign", "the Obama era"):
// CoNLL-2003 marks the surname a person there ("Clinton administration",
// "Dole campaign", "Dole team": 7 of 7 in eng.train and eng.testa).
var leaderNouns = setOf(`administration campaign transition camp presidency era`)

// leadersAsPeople types PERSON a one-word mention tagged an organization
// right before a leader's noun in lower case (leaderNouns) that is the
// surname of a listed person or of a person the article names ("a lawsuit
// by the Trump campaign", which the tagger reads as a body). Thirteenth
// pass (b).
func leadersAsPeople(ms []*mention, toks []token) {
	var surnames map[string]int
	for _, m := range ms {
		if m.typ != newsner.Organization || len(m.words) != 1 || m.t1 >= len(toks) || !leaderNouns[toks[m.t1].Text] {
			continue
		}
		if surnames == nil {
			surnames = personSurnames(ms)
		}
		_, listed := listedSurnames()[m.words[0]]
		if _, ok := surnames[m.words[0]]; ok || listed {
			m.typ = newsner.Person
		}
	}
}

// listedSurnameOrgsAsPeople types PERSON every mention of a one-word name
// tagged an organization that is the surname of a listed person
// (listedSurnames: people.tsv's, nominees.tsv's, newsmakers.tsv's), several
// listed people's too ("Bush"), where the article gives the word in no
// longer name (no "Bush Industries"), no list knows it as an organization,
// a brand, a place (isPlaceName) or a first name ("Ford", "Hilton"), it
// holds no apostrophe ("Moody's") and no mention of it acts as a company
// (companiesActing: "Zorbco said", "shares of Zorbco"): "different than
// Bush's", "the Bush years" (dragnet-news-a page 386, four mentions of the
// president the tagger typed an organization); eng.train and eng.testa
// mark "Bush" a person 3 of 3. leadersAsPeople does it before a leader's
// noun alone.
func listedSurnameOrgsAsPeople(ms []*mention, toks []token) {
	var inLonger map[string]bool
	var acting map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Organization || len(m.words) != 1 {
			return false
		}
		w := m.words[0]
		if _, listed := listedSurnames()[w]; !listed {
			return false
		}
		name := m.m.Text
		if strings.ContainsAny(name, "'’") || !startsUpper(name) || isAcronym(name) || listedOrg(name) || brandName(name) || isPlaceName(name) || firstName(name) {
			return false
		}
		if inLonger == nil {
			inLonger = map[string]bool{}
			for _, o := range ms {
				if len(o.words) > 1 {
					for _, x := range o.words {
						inLonger[x] = true
					}
				}
			}
			acting = companiesActing(ms, toks)
		}
		return !inLonger[w] && !acting[m.key]
	}, func(m *mention) bool { return m.typ == newsner.Organization }, newsner.Person)
}

// personNouns head an apposition that says a name is a person's ("Valeska
// Paris, an Australian woman and ...", "Fowler, a lawyer and ...").
var personNouns = setOf(`woman man girl boy mother father resident student teacher lawyer veteran widow
businessman businesswoman farmer doctor nurse worker
spokesman spokeswoman spokesperson executive founder co-founder cofounder chairman chairwoman
minister adviser advisor economist strategist lawmaker senator governor mayor ambassador envoy billionaire`)

// personCue reports whether the name over tokens [t0,t1) is followed by an
// apposition only a person takes: an age ("Onarheim, 29, told Reuters"; 59
// of 59 such names in eng.train, GUM, wikigold, re3d and the tweets are
// people), or "a"/"an"/"the", up to three lower-case words or demonyms and
// a person's noun before any "of" and no noun after it ("Valeska Paris, an
// Australian woman"; 8 of 8, and "Turnhout, a group of boy scouts" is left
// alone). The roles of business and politics in personNouns and "the"
// added in the thirteenth pass ("Zorb Quelbin, the chief executive of
// Zorbco"); not a name after "the", which is no person's ("Sir Jane Doe of
// the Zorb Academy, a specialist adviser": the apposition is hers).
func personCue(toks []token, t0, t1 int) bool {
	if t1+2 >= len(toks) || toks[t1].Text != "," {
		return false
	}
	if t0 > 0 && strings.EqualFold(toks[t0-1].Text, "the") {
		return false
	}
	if w := toks[t1+1].Text; len(w) == 2 && isNumber(w) && w >= "16" && toks[t1+2].Text == "," {
		return true
	}
	if w := toks[t1+1].Text; w != "a" && w != "an" && w != "the" {
		return false
	}
	for k := t1 + 2; k < len(toks) && k <= t1+5; k++ {
		w := toks[k].Text
		if personNouns[w] {
			// Not a noun the person's word modifies: "a Democratic
			// strategy firm", "an executive search firm" are no people.
			return k+1 >= len(toks) || !lowerNoun(toks[k+1])
		}
		if r, _ := utf8.DecodeRuneInString(w); w == "of" || !unicode.IsLower(r) && !isDemonym(w) {
			return false
		}
	}
	return false
}

// personRoles, in lower case right before a name, say it is a person's
// ("Brazil star Zorbinho", "singer Quelba"): roles no organization or
// place takes (playerRoles too). The second line, added in the thirteenth
// pass, the offices of business and politics ("Zorbco founder Quelb
// Marzo", "Zorbco chief Quelb Marzo", "opposition leader Quelb Marzo"):
// the tagger reads an unknown name of two words with no first name of its
// lists an organization ("Elon Musk"); in eng.train and eng.testa every
// name right after one of these words is a person's (leader 40, spokesman
// 36, president 19, minister 12, chairman 11, chief 8, secretary 8,
// analyst 7, governor 5, spokeswoman 5, envoy 4; "manager" and "director"
// left out: "lead manager Lehman Brothers"). "player" and "forward" added
// for issue 11 (nkinds3): a sportsman's ("Welsh player Gerwyn Price", an
// organization in open audit l, after which he "beat" a rival by a
// score; "Colombian forward Faustino Asprilla", "Davis Cup player Todd
// Martin", "Brazilian player Claudio Moura": persons in eng.train, every
// name after "player" or a player's position; the plural "players" is
// not a role: "(players U.S. unless stated)" in eng.train's tables).
var personRoles = setOf(`star superstar singer rapper actor actress comedian novelist songwriter
guitarist drummer golfer boxer swimmer sprinter player forward
founder co-founder cofounder chief boss CEO ceo chairman chairwoman executive leader spokesman spokeswoman
spokesperson president minister secretary envoy governor mayor adviser advisor lawmaker negotiator
billionaire tycoon analyst ambassador commander`)

// occupationRoles, in lower case right before a name of two or more
// words, say it is a person's ("documentarian Quelb Marzo", "Zorbco
// columnist Quelb Marzo"): the trades of the arts, letters, the press,
// learning and the law, which no organization or place takes (issue 11,
// nkinds58). In eng.train and eng.testa every name of two or more words
// right after one is a person's (director 4, economist 3, dissident 4,
// prosecutor 3, officer 3, dictator 3, strategist 2, veteran 6, ...;
// assistant 3, added by nspans50 for joinRoleNames: "Suu Kyi's assistant
// Win Htein").
// Left out as a class by suffix: "-ist" takes a party's creed ("leftist
// Popular Revolutionary Army", "communist North Korea" in eng.train) and
// "-er" a firm's trade ("operator", "maker", "miner", "lender"); left
// out by name: "designer" ("chip designer Imagination Technologies" in
// dragnet-web), "investor" ("investor Lightspeed Venture Partners"),
// "producer" ("oil producer"), "owner" and "publisher", which firms are
// too.
var occupationRoles = setOf(`director chef historian musician librarian physician politician economist
journalist columnist artist pianist violinist cellist bassist vocalist cartoonist illustrator
photographer filmmaker documentarian screenwriter playwright poet author writer editor reporter
correspondent scientist physicist professor lawyer attorney activist dissident prosecutor strategist
aide entrepreneur sculptor painter composer choreographer mathematician scholar researcher
philosopher biographer commentator presenter dictator veteran assistant`)

// roleCue reports whether the name m, tagged an organization or a place,
// stands right after a person's role in lower case (personRoles,
// playerRoles, and occupationRoles before a name of two or more words):
// "Brazil star Zorbinho", "documentarian Quelb Marzo". Not a known place,
// a listed organization, or a name ending in a company's word.
func roleCue(toks []token, m *mention) bool {
	if m.t0 == 0 {
		return false
	}
	if w := toks[m.t0-1].Text; !(personRoles[w] || playerRoles[w] || occupationRoles[w] && m.t1-m.t0 >= 2) {
		return false
	}
	last := strings.ToLower(strings.TrimSuffix(toks[m.t1-1].Text, "."))
	return !knownPlace(m.m.Text) && !listedOrg(m.m.Text) && !companyHeads[last] && !legalSuffixes[last]
}

// creditVerbs are the credit line's jobs before "by" at a wire story's
// end ("Reporting by Jane Doe in Zorbville; Editing by John Roe").
var creditVerbs = setOf(`reporting editing writing`)

// creditLinePeople types PERSON a name tagged an organization, a place or
// MISC in a wire story's credit line: after "Reporting by", "Editing by"
// or "Writing by" and only capitalized words, commas and "and" ("Reporting
// by Jane Doe and Quelb Marzo in Zorbville; Editing by John Roe"), the
// staff who wrote and edited the story, while the place after "in" stays
// (business audit, fifth: a Chinese reporter's name was read as an
// organization). Not a known place, a company's name ("compiled by
// Zorbco Inc" in eng.train: hence no "compiled"), nor a bureau
// ("Reporting by Zorbville Newsroom").
func creditLinePeople(ms []*mention, toks []token) {
	for _, m := range ms {
		last := strings.ToLower(strings.TrimSuffix(toks[m.t1-1].Text, "."))
		if m.typ == newsner.Person || !creditLineName(toks, m.t0) || knownPlace(m.m.Text) || legalSuffixes[last] || companyHeads[last] ||
			m.t1 < len(toks) && strings.EqualFold(toks[m.t1].Text, "newsroom") || strings.EqualFold(toks[m.t1-1].Text, "newsroom") {
			continue
		}
		m.typ = newsner.Person
	}
}

// creditLineName reports whether the name starting at token t0 is in a
// credit line's list of staff: before it, back to "by" and a credit's job
// (creditVerbs), only capitalized words, commas and "and".
func creditLineName(toks []token, t0 int) bool {
	for k := t0 - 1; k >= 1 && k >= t0-12; k-- {
		switch w := toks[k].Text; {
		case w == "by":
			return lowered(creditVerbs, toks[k-1].Text)
		case w == "," || w == "and" || startsUpper(w):
		default:
			return false
		}
	}
	return false
}

// cuedAsPeople types PERSON a name tagged an organization or a place that
// an apposition says is a person's somewhere in the article (personCue),
// or that stands after a person's role (roleCue), at every mention of it
// but those that stand where a place does ("in Jordan").
func cuedAsPeople(ms []*mention, toks []token) {
	orgOrPlace := func(m *mention) bool { return m.typ == newsner.Organization || m.typ == newsner.Location }
	retypeByKey(ms, func(m *mention) bool { return orgOrPlace(m) && (personCue(toks, m.t0, m.t1) || roleCue(toks, m)) }, func(m *mention) bool {
		return m.typ == newsner.Organization || unplacedLocation(toks, m)
	}, newsner.Person)
}

// familyNamesAsPeople types PERSON, at every mention, a one-word name
// tagged a place right before "family" in lower case that is no known
// place: a family's surname ("members of the Sackler family", which the
// tagger typed a place; December 2020 audit), as eng.train marks "the
// Sanchez Zarraga family" and eng.testa "the Wang family"; a known place
// stays one ("a County Antrim family").
func familyNamesAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Location && m.t1-m.t0 == 1 && m.t1 < len(toks) && toks[m.t1].Text == "family" && !knownPlace(m.m.Text)
	}, func(m *mention) bool {
		return m.typ == newsner.Location && m.t1-m.t0 == 1
	}, newsner.Person)
}

// eponymsAsPeople types PERSON every mention of a one-word name tagged an
// organization or a place, no known place or listed organization, that
// stands somewhere before "'s" and an eponym's noun (eponymNouns) that no
// noun follows: the person an idea is named after, which the tagger reads
// as a place ("Ever heard of Maslow's hierarchy of needs?"). Not before
// "law", a country's or a town's as often ("Zorbia's law").
func eponymsAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Organization && m.typ != newsner.Location || m.t1-m.t0 != 1 || m.t1+1 >= len(toks) {
			return false
		}
		if p := toks[m.t1].Text; p != "'s" && p != "\u2019s" || !eponymNouns[toks[m.t1+1].Text] || toks[m.t1+1].Text == "law" || m.t1+2 < len(toks) && lowerNoun(toks[m.t1+2]) {
			return false
		}
		return !knownPlace(m.m.Text) && !listedOrg(m.m.Text)
	}, func(m *mention) bool { return m.typ == newsner.Organization || unplacedLocation(toks, m) }, newsner.Person)
}

// citationAuthorsAsPeople types PERSON every mention of a one-word name
// tagged an organization or a place that stands somewhere in the article
// as an author of a bracketed citation (citationAuthor: "(Zorbell,
// Quelban and Quimm, 2020)", "(Zorbell et al., 2019)"): a research
// summary's surnames, which the tagger reads as companies. Not a known
// place or a listed organization.
func citationAuthorsAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return (m.typ == newsner.Organization || m.typ == newsner.Location) && m.t1-m.t0 == 1 && citationAuthor(toks, m.t0) &&
			!knownPlace(m.m.Text) && !listedOrg(m.m.Text)
	}, func(m *mention) bool { return m.t1-m.t0 == 1 }, newsner.Person)
}

// addCitationAuthorSpans adds a person's span over each name of one or
// two capitalized words of letters that is an author of a bracketed
// citation (citationAuthor: "(Zorbell, Quelban and Quimm, 2020)"),
// standing between the bracket, a comma, "and" or "&" and the next of
// these or "et al.", where no span but a MISC one holds it: the tagger,
// which tags some of a citation's surnames people or organizations
// (citationAuthorsAsPeople types these), tags others MISC, most often the
// first after the bracket (modern-web-a: "(Nickow, Oreopoulos and Quan,
// 2020)", "(Dietrichson, Bøg, Filges, Klint Jørgensen, 2017)": "Nickow",
// "Dietrichson" and "Bøg" MISC). Not an acronym, a known place or a
// listed organization ("(WHO and UNICEF, 2021)").
func addCitationAuthorSpans(toks []token, spans []tspan) []tspan {
	covered := taggedNotMisc(len(toks), spans)
	var add []tspan
	for k := 1; k < len(toks); k++ {
		if covered[k] || !startsUpper(toks[k].Text) || !isLetters(toks[k].Text) || !citationSeparator(toks[k-1].Text) {
			continue
		}
		e := k + 1
		if e < len(toks) && !covered[e] && startsUpper(toks[e].Text) && isLetters(toks[e].Text) {
			e++
		}
		if e >= len(toks) || !citationSeparator(toks[e].Text) && toks[e].Text != "et" || !citationAuthor(toks, k) {
			continue
		}
		if name := joinTokens(toks[k:e]); isAcronym(name) || knownPlace(name) || listedOrg(name) {
			continue
		}
		add = append(add, tspan{newsner.Person, k, e})
		k = e
	}
	return replaceSpans(spans, add)
}

// citationSeparator reports whether w opens a bracketed citation or parts
// its authors (citationAuthor).
func citationSeparator(w string) bool {
	return w == "(" || w == "," || w == "and" || w == "&"
}

// citationAuthor reports whether token k stands in a bracket that holds an
// author-year citation: capitalized names of one or two words, two names
// or more parted by commas, "and" or "&", or one and "et al.", then a
// comma and a year before the closing bracket. One name and a year alone
// ("(Quelbco, 2020)") is as often a company's report, cited so.
func citationAuthor(toks []token, k int) bool {
	a := k
	for a >= 0 && k-a <= 16 && toks[a].Text != "(" {
		a--
	}
	if a < 0 || toks[a].Text != "(" {
		return false
	}
	names, words, etAl := 0, 0, false
	for j := a + 1; j < len(toks) && j-a <= 20; j++ {
		w := toks[j].Text
		switch {
		case w == ")":
			return false
		case isYear(w):
			return j > a+1 && toks[j-1].Text == "," && j+1 < len(toks) && toks[j+1].Text == ")" && j > k && (names >= 2 || names == 1 && etAl)
		case w == "," || w == "and" || w == "&":
			if words == 0 {
				return false
			}
			words = 0
		case w == "et" && j+1 < len(toks) && strings.TrimSuffix(toks[j+1].Text, ".") == "al":
			etAl = true
			if j++; j+1 < len(toks) && toks[j+1].Text == "." {
				j++ // "al" and "." apart
			}
		case startsUpper(w) && isLetters(w):
			if words == 0 {
				names++
			}
			if words++; words > 2 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// bracketedAfterPeople types a one-word name tagged a person that stands
// in brackets right after a person's name ("Jaap Stam (PSV)", "Lance
// Armstrong (USA)"): a player's club or country, as results and squads
// write them: a place if it is a known one, else an organization; not a
// name the gazetteer knows as a person's ("Saddam (Hussein)"; "Jin (John
// Cho)" has two words), nor the capitals of the name before it ("PubMed
// Central (PMC)", typed a person by the tagger). In the training corpora, of 1,717
// names in brackets after a capitalized word, 1,424 are places, 243
// organizations and 6 people.
func bracketedAfterPeople(ms []*mention, toks []token) {
	for i, m := range ms {
		if i == 0 || m.typ != newsner.Person || m.t1-m.t0 != 1 || m.t0 < 2 || m.t1 >= len(toks) || toks[m.t0-1].Text != "(" || toks[m.t1].Text != ")" {
			continue
		}
		if p := ms[i-1]; p.typ != newsner.Person || p.t1 != m.t0-1 || capitals(p.m.Text) == m.m.Text {
			continue // "PubMed Central (PMC)"
		}
		switch {
		case knownPlace(m.m.Text):
			m.typ = newsner.Location
		case personNameWord(m.m.Text):
			// "Saddam (Hussein)": the rest of his name
		default:
			m.typ = newsner.Organization
		}
	}
}

// ownersAsPeople types PERSON every mention of a name of two capitalized
// words tagged an organization that stands before "'s" and a listed
// company's name somewhere in the article ("Elon Musk's SpaceX", the
// tagger reading a first name it does not know as a company's word): an
// owner named so is a person, unless the name is itself listed, ends in a
// company's or an institution's word ("Alibaba Group's Ant") or starts
// with a known place or a demonym.
func ownersAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Organization || m.t1-m.t0 != 2 || m.t1+1 >= len(toks) || !isPossessive(toks[m.t1].Text) {
			return false
		}
		if !ownerNameWords(toks[m.t0:m.t1]) {
			return false
		}
		if listKey(m.m.Text, newsner.Organization) != "" || knownPlace(toks[m.t0].Text) || isDemonym(toks[m.t0].Text) {
			return false
		}
		return listKey(toks[m.t1+1].Text, newsner.Organization) != "" || firstName(toks[m.t0].Text) && possessiveS(toks[m.t1].Text) && companyAfterOwner(ms, toks, m.t1+1)
	}, func(m *mention) bool { return m.typ == newsner.Organization }, newsner.Person)
}

// ownerNameWords reports whether every token of ts is a capitalized word
// of letters that is no company's, legal form's or institution's word
// (companyHeads, legalSuffixes, orgHeads): a name that may be a person's,
// for ownersAsPeople and authorsAsPeople.
func ownerNameWords(ts []token) bool {
	for _, t := range ts {
		w := t.Text
		l := strings.ToLower(strings.TrimSuffix(w, "."))
		if !startsUpper(w) || !isLetters(w) || companyHeads[l] || legalSuffixes[l] || orgHeads[l] {
			return false
		}
	}
	return true
}

// companyAfterOwner reports whether a mention tagged an organization
// starts at token k, or after one word in lower case there ("Philip
// Green's collapsed Arcadia Group"): what an owner named by a first name
// has is a company; ownersAsPeople asks this of a name starting with a
// known first name where the company is no listed one (December 2020
// audit: the tagger typed the retail tycoon an organization), before "'s"
// only: a plural's bare "'" is a body's ("the Lay Volunteers'
// International Organisation" in eng.testa).
func companyAfterOwner(ms []*mention, toks []token, k int) bool {
	if k < len(toks) && toks[k].Text == strings.ToLower(toks[k].Text) && isLetters(toks[k].Text) {
		k++
	}
	for _, m := range ms {
		if m.t0 == k && m.typ == newsner.Organization {
			return true
		}
	}
	return false
}

// authorsAsPeople types PERSON every mention of a name of two or three
// capitalized words tagged an organization that starts with a first name
// of the gazetteer and stands before "'s" and an opening quote somewhere
// in the article ("Tovan Bresk's \u201cThe Salt Road\u201d"): a work's
// author, named so, is a person; the tagger reads a first name it meets
// rarely as a company's word. Not a listed organization ("Walt Disney"),
// nor a name ending in a company's, a legal form's or an institution's
// word.
func authorsAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Organization || m.t1-m.t0 < 2 || m.t1-m.t0 > 3 || m.t1+1 >= len(toks) || !isPossessive(toks[m.t1].Text) || !titleQuote(toks[m.t1+1].Text) {
			return false
		}
		if !ownerNameWords(toks[m.t0:m.t1]) {
			return false
		}
		return firstName(toks[m.t0].Text) && listKey(m.m.Text, newsner.Organization) == "" && !listedOrg(m.m.Text)
	}, func(m *mention) bool { return m.typ == newsner.Organization }, newsner.Person)
}

// titleQuote reports whether w is a quotation mark that may open a
// title: one that opens a double-quoted quotation (openQuotes), or a curly
// opening single quote, which a title may stand in too.
func titleQuote(w string) bool {
	return openQuotes[w] || w == "\u2018"
}

// pluralPersonRoles, in lower case right before a list of names, say the
// names are people's ("protest leaders Zorb Quelbin and Jane Doe",
// "activists ...").
var pluralPersonRoles = setOf(`leaders activists dissidents lawmakers protesters campaigners`)

// listedLeadersAsPeople types PERSON a name of two or three words tagged
// an organization, with no organization's head or company's word, right
// after a plural person's role (pluralPersonRoles) and before "and" and a
// person's name: "Protest leaders Parit Chiwarak and Arnon Nampa", where
// the tagger typed the first an organization (sixth December 2020
// audit). The person after "and" keeps "leaders Zorbia and Quelbton" of
// a sports table (clubs) out.
func listedLeadersAsPeople(ms []*mention, toks []token) {
	for i, m := range ms {
		if m.typ != newsner.Organization || len(m.words) < 2 || len(m.words) > 3 || m.t0 == 0 || !pluralPersonRoles[toks[m.t0-1].Text] || i+1 >= len(ms) {
			continue
		}
		n := ms[i+1]
		if n.typ != newsner.Person || m.t1+1 != n.t0 || toks[m.t1].Text != "and" || len(n.words) < 2 {
			continue
		}
		last := m.words[len(m.words)-1]
		if orgHeads[last] || companyHeads[last] || legalSuffixes[last] || listedOrg(m.m.Text) {
			continue
		}
		m.typ = newsner.Person
	}
}

// kinNouns name a person's relatives after "and his" or "and her".
var kinNouns = setOf(`son sons daughter daughters wife husband father mother brother sister children family
partner fiancee fiance`)

// kinNamesAsPeople types PERSON, at every mention, a name of two or three
// words tagged a place or an organization, no known place or listed
// organization, before "and his" or "and her" and a relative's noun
// (kinNouns), at most one word between: "Tiger Woods and his 11-year-old
// son Charlie", typed a place after "In Orlando," (sixth December 2020
// audit). No place or company has a son.
func kinNamesAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Location && m.typ != newsner.Organization || len(m.words) < 2 || len(m.words) > 3 || knownPlace(m.m.Text) || listedOrg(m.m.Text) {
			return false
		}
		k := m.t1
		if k+2 >= len(toks) || toks[k].Text != "and" || toks[k+1].Text != "his" && toks[k+1].Text != "her" {
			return false
		}
		return kinNouns[toks[k+2].Text] || k+3 < len(toks) && kinNouns[toks[k+3].Text]
	}, func(m *mention) bool {
		return m.typ == newsner.Location || m.typ == newsner.Organization
	}, newsner.Person)
}

// pronounsAsPeople types PERSON every mention tagged an organization of a
// one-word name that the gazetteer knows as a first name, no known place,
// listed organization or brand, where "she" or "he" follows one of its
// mentions within its sentence or the next with no other name between
// (pronounAfter): "Emilia has been leveling up. Last year, she was the
// trainee" (modern-web-a), which the tagger read as a company. Not a name
// tagged a place: an unknown town's name before "he" is as often a town
// (eng.train, dragnet-news-a).
func pronounsAsPeople(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Organization || m.t1-m.t0 != 1 {
			return false
		}
		name := m.m.Text
		return firstName(name) && !knownPlace(name) && !listedOrg(name) && !brandName(name) && pronounAfter(ms, toks, m)
	}, func(m *mention) bool { return m.typ == newsner.Organization }, newsner.Person)
}

// pronounAfter reports whether "she" or "he" stands after m within 15
// tokens, in m's sentence or the next, with no other mention starting
// between and no possessive right after m ("Zorbco's chief said he").
func pronounAfter(ms []*mention, toks []token, m *mention) bool {
	if m.t1 < len(toks) && (toks[m.t1].Text == "'s" || toks[m.t1].Text == "\u2019s") {
		return false
	}
	next := len(toks)
	for _, o := range ms {
		if o.t0 >= m.t1 && o.t0 < next {
			next = o.t0
		}
	}
	ends := 0
	for k := m.t1; k < len(toks) && k < m.t1+15 && k < next; k++ {
		switch w := toks[k].Text; w {
		case "she", "he", "She", "He":
			return true
		case ".", "!", "?":
			if ends++; ends > 1 {
				return false
			}
		}
	}
	return false
}

package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Rules of the second December 2020 audit (TestAudit2020b, issue 11):
// names of the 2020s' news that the tagger cut, split or typed as a person
// or a place.

// airlineWords end an airline's name ("Wizz Air", "Norwegian Air",
// "Sudan Airways"; eng.train's names so ending are all organizations).
var airlineWords = setOf(`Air Airways Airlines`)

// joinAirlineNames makes one organization of a name that ends in an
// airline's word (airlineWords) after a capitalized word: the tagger
// reads "Wizz Air" as a person's name, and "Norwegian Air" as a
// nationality (MISC) and a person "Air". A span that goes on past the
// word ("Air Force", "Air Canada") is left as it is, and so is one the
// name goes on after (airNameGoesOn: "National Air and Space Museum").
func joinAirlineNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if !s.typ.Valid() && s.typ != misc {
			out = append(out, s)
			continue
		}
		// "Norwegian" (MISC) + "Air" (any type) right after it.
		if i+1 < len(spans) && spans[i+1].t0 == s.t1 && spans[i+1].t1-spans[i+1].t0 == 1 && airlineWords[toks[s.t1].Text] && startsUpper(toks[s.t1-1].Text) && !airNameGoesOn(toks, s.t1+1) {
			s = tspan{newsner.Organization, s.t0, spans[i+1].t1}
			i++
		} else if s.t1-s.t0 >= 2 && airlineWords[toks[s.t1-1].Text] && startsUpper(toks[s.t1-2].Text) && s.typ != newsner.Organization && !airNameGoesOn(toks, s.t1) {
			s.typ = newsner.Organization
		}
		out = append(out, s)
	}
	return out
}

// unionBodyWords end the name of a body of a union or an organization
// that takes the union's name after "of the" ("Court of Justice of the
// European Union", "Council of the European Union").
var unionBodyWords = setOf(`Court Justice Council Parliament Commission Committee Assembly Auditors Ombudsman`)

// joinUnionBodies makes one organization of a body's name (an
// organization's span, or the capitalized word right after "the", ending
// in unionBodyWords) and the organization right after it behind "of the"
// whose name ends in "Union" ("the Council of the European Union", "the
// Court of Justice of the European Union"): the tagger tags the union
// alone or the body and the union apart, and joinOfNames leaves a name
// that is an organization's own. One body of the union, one name.
func joinUnionBodies(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.typ != newsner.Organization || s.t1-s.t0 < 2 || toks[s.t1-1].Text != "Union" || s.t0 < 3 || toks[s.t0-1].Text != "the" || toks[s.t0-2].Text != "of" {
			out = append(out, s)
			continue
		}
		k := s.t0 - 3 // the body's last word
		if !unionBodyWords[toks[k].Text] {
			out = append(out, s)
			continue
		}
		if n := len(out); n > 0 && out[n-1].t1 == k+1 && out[n-1].typ == newsner.Organization {
			out[n-1].t1 = s.t1 // "Court of Justice" + "of the European Union"
			continue
		}
		if k > 0 && toks[k-1].Text == "the" && (len(out) == 0 || out[len(out)-1].t1 <= k) {
			out = append(out, tspan{newsner.Organization, k, s.t1}) // "the Council" + ...
			continue
		}
		out = append(out, s)
	}
	return out
}

// portfolioWords name a minister's portfolio before "Minister" ("Justice
// Minister Zorb Quelby"), where CoNLL-2003 marks no name (eng.train and
// eng.testa: a handful of such words tagged against hundreds left out).
var portfolioWords = setOf(`Justice Finance Foreign Interior Defence Defense Health Trade Economy Economics
Energy Education Agriculture Transport Labour Labor Environment Culture Industry Treasury`)

// cutPortfolioWords drops a span that is one portfolio's word
// (portfolioWords) right before "Minister" or "Secretary": the tagger
// reads "Justice" of "Justice Minister" as an organization where the
// article names a court of justice too.
func cutPortfolioWords(toks []token, spans []tspan) []tspan {
	out := spans[:0]
	for _, s := range spans {
		if s.t1-s.t0 == 1 && s.t1 < len(toks) && portfolioWords[toks[s.t0].Text] && (toks[s.t1].Text == "Minister" || toks[s.t1].Text == "Secretary") {
			continue
		}
		out = append(out, s)
	}
	return out
}

// splitSpeakerOfOrg splits an organization's span that reads "First Last
// of Name" right after "said" or "says" (a first name or a surname of
// the gazetteer, "of", then capitalized words): a quote's speaker
// and the firm the speaker works for ("said Zora Quell of Quelb
// Analytics"), which the tagger reads as one organization's name.
func splitSpeakerOfOrg(toks []token, spans []tspan) []tspan {
	var out []tspan
	for _, s := range spans {
		if s.typ == newsner.Organization && s.t1-s.t0 >= 4 && s.t0 > 0 && (toks[s.t0-1].Text == "said" || toks[s.t0-1].Text == "says") &&
			toks[s.t0+2].Text == "of" && startsUpper(toks[s.t0+1].Text) && startsUpper(toks[s.t0+3].Text) && (firstName(toks[s.t0].Text) || personNameWord(toks[s.t0+1].Text)) && !lowered(orgHeads, toks[s.t0+1].Text) {
			out = append(out, tspan{newsner.Person, s.t0, s.t0 + 2}, tspan{newsner.Organization, s.t0 + 3, s.t1})
			continue
		}
		out = append(out, s)
	}
	return out
}

// addNamedAcronymSpans adds an organization's span over each untagged
// mention of a word in capitals that is the acronym (acronymsOf) of an
// organization's name of three words or more the tagger found earlier in
// the article ("World Health Organization" ... "WHO Director-General"):
// the tagger leaves it untagged where it is also a common word
// (usuallyLower: "WHO"), and only there. Not in a run of words in
// capitals (a headline's "WHO SAID IT").
func addNamedAcronymSpans(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	first := map[string]int{} // acronym -> token after the name's first mention
	for _, s := range spans {
		if s.typ != newsner.Organization || s.t1-s.t0 < 3 {
			continue
		}
		for _, a := range acronymsOf(joinTokens(toks[s.t0:s.t1])) {
			if n := utf8.RuneCountInString(a); n >= 2 && n <= 6 {
				if _, ok := first[a]; !ok {
					first[a] = s.t1
				}
			}
		}
	}
	if len(first) == 0 {
		return spans
	}
	var add []tspan
	for k, tok := range toks {
		from, ok := first[tok.Text]
		if !ok || covered[k] || k < from || !isAcronym(tok.Text) || !usuallyLower(tok.Text, 20, 10) || k > 0 && capsWord(toks[k-1].Text) || k+1 < len(toks) && capsWord(toks[k+1].Text) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 1})
	}
	return replaceSpans(spans, add)
}

// capsWord reports whether w is a word of two letters or more in capitals.
func capsWord(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && isLetters(w) && !hasLower(w)
}

// f1Teams are the Formula One constructors of the 2010s and 2020s by the
// names news gives them: organizations in a report on motor racing, where
// the tagger reads "Haas" or "Williams" as a person's surname and
// "Mercedes" as a first name.
var f1Teams = setOf(`Mercedes Ferrari McLaren Williams Haas Renault Alpine AlphaTauri Sauber Lotus Caterham
Marussia Manor Brawn`)

// motorRacingText reports whether toks read as a motor racing report:
// "Grand Prix", "Formula One" or "F1" and a word of the sport ("pole",
// "lap", "constructors'", "podium").
func motorRacingText(toks []token) bool {
	race, word := false, false
	for k, t := range toks {
		switch t.Text {
		case "Prix":
			race = race || k > 0 && toks[k-1].Text == "Grand"
		case "Formula", "F1":
			race = true
		case "pole", "lap", "laps", "podium", "constructors", "constructors'", "pit":
			word = true
		}
	}
	return race && word
}

// f1TeamsAsTeams types ORGANIZATION a one-word mention tagged a person or
// a place that is a Formula One team's name (f1Teams) in a motor racing
// report (motorRacingText), unless a longer name of a person in the
// article holds the word ("Frank Williams", the team's founder) or a
// title stands before it.
func f1TeamsAsTeams(ms []*mention, toks []token, about *topics) {
	ok := func(m *mention) bool {
		return (m.typ == newsner.Person || m.typ == newsner.Location) && !afterHonorific(toks, m.t0)
	}
	for _, m := range topicNameMentions(ms, toks, f1Teams, about.motorRacingText, ok) {
		m.typ = newsner.Organization
	}
}

// listedClubAsOpponent reports whether m, one word tagged a person, is a
// listed club's name (no first name) right after a match's word
// (teamBefore: "after beating Zorbia 3-2"), as listedClubAsPerson reads
// one before a match's verb.
func listedClubAsOpponent(toks []token, m *mention) bool {
	return m.typ == newsner.Person && len(m.words) == 1 && m.t0 > 0 && lowered(teamBefore, toks[m.t0-1].Text) &&
		!firstName(m.m.Text) && listKey(m.m.Text, newsner.Organization) != ""
}

// clubAtScore reports whether m, tagged a place, is a listed club's name
// right after a score and "at" ("won 2-1 at Zorbia", "losing 2-0 at
// Quelb"): the side played away at, whose town is its name. A stadium's
// name is no club's ("4-1 at Wembley", a place in eng.train).
func clubAtScore(toks []token, m *mention) bool {
	return m.typ == newsner.Location && !m.place && m.t0 > 1 && toks[m.t0-1].Text == "at" && isScore(toks[m.t0-2].Text) &&
		listKey(m.m.Text, newsner.Organization) != ""
}

// clubsAsOpponents types ORGANIZATION, in a sports report, the listed
// clubs listedClubAsOpponent or clubAtScore finds.
func clubsAsOpponents(ms []*mention, toks []token, about *topics) {
	for _, m := range ms {
		if (listedClubAsOpponent(toks, m) || clubAtScore(toks, m)) && about.sportsText() {
			m.typ = newsner.Organization
		}
	}
}

// makerWord reports whether w, lower case, is a maker's or a packer's
// noun of one word ("glassmaker", "meatpacker", "toolmakers"), which
// describes a company or a person ("Lawmaker Zora Quell") as
// roleDescriptors' words do: cut off, the name keeps its type.
func makerWord(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return len(w) > len("maker")+2 && (strings.HasSuffix(w, "maker") || strings.HasSuffix(w, "packer")) && isLetters(w)
}

// airNameGoesOn reports whether the token at k goes on a name that ends
// before it: "and", "&" or a capitalized word ("Air and Space").
func airNameGoesOn(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].Text
	return w == "and" || w == "&" || startsUpper(w)
}

// raceHeads end the name of a race that starts with a place's name ("the
// Quelbton Grand Prix"), MISC as a whole in CoNLL-2003 (eng.train: Prix 14
// of 14): placesStartingEventsAsMisc reads them as festivalHeads. Not
// "Cup", "Open" and the like: a place stands before another event's name
// there ("Ireland World Cup squad", "U.S. Davis Cup player", eng.train,
// lost 2 places with them).
var raceHeads = setOf(`Prix`)

// participleClause reports whether token k, a verb after a company's
// noun, is a participle that a preposition follows ("a payments start-up
// founded in Lagos", "a firm based in Zorbia", "a group backed by"): the
// noun's modifier, not a clause's verb (nounThenVerb).
func participleClause(toks []token, k int) bool {
	return toks[k].Tag == "VBN" && k+1 < len(toks) && toks[k+1].Tag == "IN"
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

// joinMiscAndBody makes one organization of a MISC span of two words or
// more that starts with a nationality's word, "and", and an organization's
// span ending in a body's head word (orgHeads) right after it: "the
// Zorbian Competition and Consumer Commission", whose first half the
// tagger reads as MISC ("Australian Competition") and cuts off.
func joinMiscAndBody(toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool {
		return s.typ == misc && s.t1-s.t0 >= 2 && isDemonym(toks[s.t0].Text) && s.t1 < len(toks) && toks[s.t1].Text == "and" &&
			n.typ == newsner.Organization && n.t0 == s.t1+1 && lowered(orgHeads, toks[n.t1-1].Text)
	})
}

// headNameRoles follow a company's name as its title's holder ("Quelb
// Group founder Zora Marzo"), as a verb follows it as its subject ("Zorb
// Media said").
var headNameRoles = setOf(`founder co-founder chairman chairwoman chief owner spokesman spokeswoman shares`)

// addHeadNameSpans adds an organization's span over an untagged run of
// two capitalized words whose second is a company's head word or a legal
// suffix ("Media", "Group", "Capital"; companyHeads, legalSuffixes) and
// that a verb or a role's word follows ("Vice Media said", "Future Group
// founder Kishore Biyani"): the tagger leaves such a name untagged where
// its first word is also a common word. Not a body's head (orgHeads:
// eng.train's headline "Cultural Ministry planning to"), not after "The"
// or a capitalized word inside a sentence (a longer name's tail), nor a
// known place's.
func addHeadNameSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var add []tspan
	for k := 0; k+2 < len(toks); k++ {
		a, b, next := toks[k], toks[k+1], toks[k+2]
		if covered[k] || covered[k+1] || !startsUpper(a.Text) || !isLetters(a.Text) || isAcronym(a.Text) || a.Text == "The" || !startsUpper(b.Text) {
			continue
		}
		l := strings.ToLower(b.Text)
		if !companyHeads[l] && !legalSuffixes[l] || orgHeads[l] || k > 0 && startsUpper(toks[k-1].Text) && !startsSentence(text, toks, k) || knownPlace(a.Text) || isDemonym(a.Text) {
			continue
		}
		if next.Tag != "VBD" && next.Tag != "VBZ" && !headNameRoles[next.Text] {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, k + 2})
	}
	return replaceSpans(spans, add)
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

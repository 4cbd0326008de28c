package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// The document step's joins and splits: tagged runs that are one name
// (through a possessive, an of/for/on, a newspaper's head word, a short
// surname) or two (an open bracket).

// possessiveAfter returns the length in bytes of the "'s" (or "’s", or a
// headline's "'S") s starts with, 0 if it does not start with one ending a
// word.
func possessiveAfter(s string) int {
	for _, p := range []string{"'s", "\u2019s", "'S", "\u2019S"} {
		if strings.HasPrefix(s, p) {
			r, _ := utf8.DecodeRuneInString(s[len(p):])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return len(p)
			}
		}
	}
	return 0
}

// possessiveName reports whether tokens [t0,t1) of type typ are an
// organization's or a place's name that ends in "'s" (possessiveNames).
func possessiveName(toks []token, typ newsner.EntityType, t0, t1 int, poss map[string]bool) bool {
	if typ != newsner.Organization && typ != newsner.Location || t1 <= t0 {
		return false
	}
	key, _ := lowerKeyEnds(toks, t0, t1, nil)
	return possessiveNames[key] || poss[key]
}

// lowerKeyEnds returns the lower-cased words of tokens [t0,t1) joined by
// spaces, as possessiveName compares them, and, where ends is not nil,
// ends with where the words of each [t0,t) end in it appended
// (ends[t-t0-1]): each shorter span's key is a prefix of the whole's,
// which trimSpanEdges, asking of ever shorter spans, makes once.
// possessiveName, asking of one span, passes nil and makes no ends.
func lowerKeyEnds(toks []token, t0, t1 int, ends []int) (string, []int) {
	var sb strings.Builder
	for k := t0; k < t1; k++ {
		if k > t0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(strings.ToLower(toks[k].Text))
		if ends != nil {
			ends = append(ends, sb.Len())
		}
	}
	return sb.String(), ends
}

func isPossessive(w string) bool {
	switch w {
	case "'s", "'S", "'", "\u2019s", "\u2019":
		return true
	}
	return false
}

// institutionHeads are the words that head an institution's name after a
// possessive ("St Mary's Hospital", "Westminster Magistrates' Court").
var institutionHeads = setOf(`hospital university college court school church cathedral chapel institute academy
hall infirmary clinic society club fund foundation trust museum library centre center theatre theater inn
college's`)

// joinPossessiveNames makes one name of "St Mary's Hospital", "Queen's
// University" and "Westminster Magistrates' Court": a span that starts
// with an institution's head word right after a possessive takes in the
// capitalized words before the possessive (which the tagger may have
// tagged as a name of their own, or not at all), and is an organization
// unless it was tagged a place. "Russia's Gazprom" stays two names, as do
// a body's name and its possessive before another's (ownerBodyBefore:
// "the Food and Drug Administration's Center for Tobacco Products").
func joinPossessiveNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		k := s.t0
		if k < 2 || !isPossessive(toks[k-1].Text) || toks[k-2].End != toks[k-1].Start || !startsUpper(toks[k-2].Text) ||
			!lowered(institutionHeads, toks[k].Text) && !companyAfterPossessive(toks, s) {
			out = append(out, s)
			continue
		}
		t0 := k - 2
		for t0 > 0 && (startsUpper(toks[t0-1].Text) || toks[t0-1].Text == ".") && toks[t0-1].Text != "The" && !isTitle(toks[t0-1].Text) {
			t0--
		}
		if ownerBodyBefore(toks, out, k, t0) {
			out = append(out, s)
			continue
		}
		for len(out) > 0 && out[len(out)-1].t1 > t0 {
			out = out[:len(out)-1] // the part before the possessive, tagged on its own
		}
		if s.typ != newsner.Location {
			s.typ = newsner.Organization
		}
		s.t0 = t0
		out = append(out, s)
	}
	return out
}

// possessiveOrg types ORGANIZATION a span tagged a person that is a name
// the article spells with an "'s" inside an organization's name
// (docPossessives), or a listed name ending in "'s" (listedPossessive),
// where an "'s" follows it: "Boatmen's" after "Boatmen's Bancshares
// Inc.".
func possessiveOrg(text string, toks []token, s tspan, poss map[string]bool) tspan {
	if s.typ != newsner.Person {
		return s
	}
	t1 := s.t1
	if isPossessive(toks[t1-1].Text) {
		t1--
	} else if t1 >= len(toks) || !isPossessive(toks[t1].Text) {
		return s
	}
	words := make([]string, 0, t1-s.t0)
	for k := s.t0; k < t1; k++ {
		words = append(words, strings.ToLower(toks[k].Text))
	}
	if key := strings.Join(words, " "); poss[key] || listedPossessive(toks, s.t0, key) {
		s.typ = newsner.Organization
	}
	return s
}

// listedPossessive reports whether key, the lower-cased words of a name
// tagged a person from token t0 on before an "'s", is a listed name that
// ends in "'s" (possessiveNames: "Kellogg's", "Sotheby's") and the name
// starts with no first name ("Lloyd's wife" is a person's).
func listedPossessive(toks []token, t0 int, key string) bool {
	return possessiveNames[key] && !firstName(toks[t0].Text)
}

// companyAfterPossessive reports whether span s, right after a
// possessive, is a company's name ending in a company word ("Bancshares
// Inc." of "Boatmen's Bancshares Inc.") and the one word before the
// possessive is no place, demonym or person's name the gazetteer knows
// ("Germany's Siemens AG", "Buffett's Berkshire Hathaway Inc." stay two).
func companyAfterPossessive(toks []token, s tspan) bool {
	gz, _ := sharedGazetteer()
	if gz == nil || s.typ != newsner.Organization || s.t1-s.t0 < 2 || !legalSuffixes[strings.TrimSuffix(strings.ToLower(toks[s.t1-1].Text), ".")] {
		return false
	}
	k := s.t0 - 2
	if k > 0 && startsUpper(toks[k-1].Text) && toks[k-1].Text != "The" {
		return false // more than one word before the possessive
	}
	const known = 1<<gzCountry | 1<<gzPlace | 1<<gzDemonym | 1<<gzFirstName | 1<<gzSurname | 1<<gzTitle
	w := toks[k].Text
	return gz.phrases[w]&known == 0 && gz.phrases[titleCase(w)]&known == 0 && !isPlaceName(w)
}

// joinPluralPossessives extends an organization's span that ends in a
// plural and its glued possessive ("Teachers" + "'", "Fishermen" + "'s":
// membersPossessive) over the one to four capitalized words after it that
// end in a body's head word (orgHeads or its plural, "System") and no
// other span holds: a body named for its members ("the California State
// Teachers' Retirement System", where the tagger stopped at "Teachers" on
// a made-up Reuters-style article, fourth audit; "National Federation of
// Fishermen's Organisations"; "Zorbia Workers' Party").
func joinPluralPossessives(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t1
		if s.typ != newsner.Organization || k+1 >= len(toks) || toks[k-1].End != toks[k].Start || !membersPossessive(toks[k-1].Text, toks[k].Text) {
			continue
		}
		next := len(toks)
		if i+1 < len(spans) {
			next = spans[i+1].t0
		}
		end := -1
		for j := k + 1; j < next && j <= k+4 && startsUpper(toks[j].Text) && isLetters(toks[j].Text); j++ {
			if w := strings.ToLower(toks[j].Text); orgHeads[w] || orgHeads[strings.TrimSuffix(w, "s")] || w == "system" {
				end = j + 1
			}
		}
		if end > 0 {
			spans[i].t1 = end
		}
	}
	return spans
}

// joinLeadMembersPossessive extends an organization's span that ends in a
// body's head word (orgHeads) back over a capitalized members' plural and
// its glued possessive right before it (membersPossessive: "Women's",
// "Footballers'") that no span holds: a body named for its members, where
// the tagger left them out ("Tennis Association" of "the Women's Tennis
// Association" on a made-up Reuters-style sports article, sports audit).
// Not before a name with a possessive of its own ("the Zorbians' Quelb's
// Investors Council": the plural is the owner's).
func joinLeadMembersPossessive(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t0
		if s.typ != newsner.Organization || k < 2 || !lowered(orgHeads, toks[s.t1-1].Text) {
			continue
		}
		word, pos := toks[k-2], toks[k-1]
		if word.End != pos.Start || !startsUpper(word.Text) || !isLetters(word.Text) || !membersPossessive(word.Text, pos.Text) {
			continue
		}
		if i > 0 && spans[i-1].t1 > k-2 || hasPossessive(toks, s.t0, s.t1) {
			continue
		}
		spans[i].t0 = k - 2
	}
	return spans
}

// joinDemonymAcronyms makes one organization of a demonym tagged MISC and
// the organization's span right after it where the acronym in brackets
// after them starts with the demonym's first letters and goes on with the
// organization's initials: the body is named with its country's adjective
// ("Russian" and "Anti-Doping Agency" of "the Russian Anti-Doping Agency
// (RUSADA)", sports audit; "Zorbian Football Union (ZFU)"). Without such
// an acronym the demonym stays apart, as CoNLL-2003 keeps it before a
// ministry ("French Interior Ministry").
func joinDemonymAcronyms(toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool {
		return s.typ == misc && s.t1-s.t0 == 1 && n.t0 == s.t1 && n.typ == newsner.Organization && isDemonym(toks[s.t0].Text) &&
			n.t1+2 < len(toks) && toks[n.t1].Text == "(" && toks[n.t1+2].Text == ")" && demonymAcronym(toks[s.t0].Text, textWords(toks, n.t0, n.t1), toks[n.t1+1].Text)
	})
}

// joinNextAsOrg returns spans with each span s and the span n right after
// it made one organization's span where join(s, n) says they are one
// name; n, so taken, is not looked at again (joinDemonymAcronyms,
// joinDemonymBodies, joinMiscAndBody, joinPlaceAcronymBodies).
func joinNextAsOrg(spans []tspan, join func(s, n tspan) bool) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && join(s, spans[i+1]) {
			out = append(out, tspan{newsner.Organization, s.t0, spans[i+1].t1})
			i++
			continue
		}
		out = append(out, s)
	}
	return out
}

// demonymAcronym reports whether acr, all capitals, is one to four first
// letters of the demonym and then the initials of words ("RUS" + "ADA" of
// "Russian" and "Anti-Doping Agency"; hyphened parts count apart).
func demonymAcronym(demonym string, words []string, acr string) bool {
	if len(acr) < 3 || strings.ToUpper(acr) != acr || !isLetters(acr) {
		return false
	}
	var ini strings.Builder
	for _, w := range words {
		for _, p := range strings.Split(w, "-") {
			if p != "" && startsUpper(p) {
				ini.WriteString(strings.ToUpper(p[:1]))
			}
		}
	}
	rest := ini.String()
	if rest == "" || !strings.HasSuffix(acr, rest) {
		return false
	}
	lead := acr[:len(acr)-len(rest)]
	return len(lead) >= 1 && len(lead) <= 4 && strings.HasPrefix(strings.ToUpper(demonym), lead)
}

// hasPossessive reports whether a token of [t0,t1) is a possessive.
func hasPossessive(toks []token, t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if isPossessive(toks[k].Text) {
			return true
		}
	}
	return false
}

// membersPossessive reports whether word and its glued possessive pos
// are a plural's: "Teachers" + "'", or an irregular plural and "'s"
// ("Fishermen's", "Women's", "Children's", "People's").
func membersPossessive(word, pos string) bool {
	if pos == "'" {
		return strings.HasSuffix(word, "s")
	}
	return (pos == "'s" || pos == "’s") && (strings.HasSuffix(word, "men") && len(word) > 3 || word == "Children" || word == "People")
}

// joinOfNames makes one organization of an organization whose name ends
// in a head word (orgHeads) and the name right after it behind "of",
// "for" or "on" and an optional "the": the tagger often tags "Andy Warhol
// Foundation" and "Visual Arts" of "Andy Warhol Foundation for the Visual
// Arts" apart. Not where the name after is tagged a person or a place
// ("the State Bank of Pakistan" is two names in CoNLL-2003) or is an
// organization's own name.
func joinOfNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		for i+1 < len(spans) && s.typ == newsner.Organization && (lowered(orgHeads, toks[s.t1-1].Text) || appealsCourt(toks, s)) {
			n := spans[i+1]
			k := s.t1
			if k >= len(toks) || !nameLinks[toks[k].Text] {
				break
			}
			k++
			if k < len(toks) && toks[k].Text == "the" {
				k++
			}
			if n.t0 != k || n.typ == newsner.Person || n.typ == newsner.Location && !partyOfPlace(toks, s, n) && !republicOfPlace(toks, s, n) || !n.typ.Valid() && n.typ != misc || ownOrgName(toks, n) {
				break
			}
			s.t1 = n.t1
			i++
		}
		out = append(out, s)
	}
	return out
}

// appealsCourt reports whether s, an organization's name, ends in "Court
// of Appeals" (or "Appeal"), whose circuit or district follows as a head
// word's would: "the Court of Appeals for the Ninth Circuit" is one court,
// which the tagger tags in two pieces.
func appealsCourt(toks []token, s tspan) bool {
	n := s.t1 - s.t0
	if n < 3 {
		return false
	}
	w := toks[s.t1-1].Text
	return (w == "Appeals" || w == "Appeal") && toks[s.t1-2].Text == "of" && toks[s.t1-3].Text == "Court"
}

// partyHeads end the names of parties and political or armed movements
// that take their country's name after "of".
var partyHeads = setOf(`party front movement alliance`)

// partyOfPlace reports whether s, an organization's name of two words or
// more ending in a party's head word (partyHeads), and n, a place's name
// right after "of", are one party's name: "the United Socialist Party of
// Venezuela", which the tagger cut before its country where a second "of"
// followed ("of President Zorb"); eng.train's "Democratic Party of Iran" is
// one name, while its "State Bank of Pakistan" (no party) is two. World
// news audit.
func partyOfPlace(toks []token, s, n tspan) bool {
	return s.t1-s.t0 >= 2 && lowered(partyHeads, toks[s.t1-1].Text) && toks[s.t1].Text == "of" && n.t1-n.t0 == 1
}

// republicOfPlace reports whether n, a place's name of three words or
// more starting "Republic" ("Republic of Zorbia"), stands right after s,
// an organization's name, "of" and "the": one body named for its state
// in full ("the Central Bank of the Republic of Zorbia", "the National
// Assembly of the Republic of Quelbia"), which the tagger cut into an
// organization and a place (regional audit, nineteenth pass; business
// audit, fifth). eng.train's one split bank, "State Bank of Pakistan", has
// no "the Republic".
func republicOfPlace(toks []token, s, n tspan) bool {
	return n.t1-n.t0 >= 3 && toks[n.t0].Text == "Republic" && toks[n.t0+1].Text == "of" && toks[s.t1].Text == "of" && toks[s.t1+1].Text == "the"
}

// joinAndNames gives back to an organization's name the capitalized word
// and "and" the tagger left out before it ("Rock and" of "the Rock and Roll
// Hall of Fame", "Test and" of "the Test and County Cricket Board"): where
// that word is untagged, no listed organization's name, and stands after
// "the". At a sentence's or a line's start the word is capitalized anyway:
// on the readability and modern2026 pages that joined headings and lists
// ("Leadership and Culture", "Reddit and Facebook", "Didymos and
// Dimorphos"); after other words, eng.train's "Secretary of State for
// Foreign and Commonwealth Affairs" has only "Commonwealth" marked.
func joinAndNames(toks []token, spans []tspan) []tspan {
	prevEnd := 0
	for i, s := range spans {
		k := s.t0 - 2
		if s.typ == newsner.Organization && k >= prevEnd && k >= 1 && toks[k+1].Text == "and" && startsUpper(toks[k].Text) && isLetters(toks[k].Text) &&
			toks[k-1].Text == "the" && !listedOrg(toks[k].Text) && listKey(toks[k].Text, newsner.Organization) == "" {
			spans[i].t0 = k
		}
		prevEnd = spans[i].t1
	}
	return spans
}

// pairSuffixes end a company's name that joins two words with "and"
// ("Nippon Telegraph and Telephone Corp", "Import and Export Corp"):
// legalSuffixes less a group's words ("Group", "Holdings"), a club's
// ("FC") and "Company", which end other bodies' names too.
var pairSuffixes = setOf(`corp corporation inc incorporated co ltd limited plc llc lp ag sa se nv bv gmbh spa ab asa oyj`)

// joinAndSuffixNames joins two organizations' spans the tagger cut at
// their "and" where the second ends in a company's legal suffix
// (pairSuffixes) and the first in none, and neither is a listed name:
// one company's name ("Nippon Telegraph" + "Telephone Corp" gave two
// organizations on a made-up Reuters-style markets article, fourth
// audit). Two companies named in full are written each with its suffix
// ("Exxon Corp and Texaco Inc", as eng.train has them), and a listed
// first one is a company of its own ("Toyota and Honda Motor Co"), as is
// one that ends in a company's or a body's head word or has an "of"
// ("Zorb Robotics and Quelb Systems Inc", "the Zorb Heart Foundation and
// Quelb Pharma GmbH", both on news-pages and eng.train).
func joinAndSuffixNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && andSuffixPair(toks, s, spans[i+1]) {
			s.t1 = spans[i+1].t1
			i++
		}
		out = append(out, s)
	}
	return out
}

// andSuffixPair reports whether a and b are the two halves of one
// company's name cut at its "and" (joinAndSuffixNames).
func andSuffixPair(toks []token, a, b tspan) bool {
	if a.typ != newsner.Organization || b.typ != newsner.Organization || b.t0 != a.t1+1 || toks[a.t1].Text != "and" || b.t1-b.t0 < 2 {
		return false
	}
	if !lowered(pairSuffixes, strings.TrimSuffix(toks[b.t1-1].Text, ".")) || lowered(legalSuffixes, strings.TrimSuffix(toks[a.t1-1].Text, ".")) {
		return false
	}
	if last := strings.ToLower(toks[a.t1-1].Text); companyHeads[last] || orgHeads[last] || hasToken(toks[a.t0:a.t1], "of") {
		return false // a body's full name of its own: "Zorb Robotics and Quelb Systems Inc", "Zorb Co of Quelbia and ..."
	}
	first, second := spanWords(toks, a.t0, a.t1), spanWords(toks, b.t0, b.t1)
	return !listedOrg(first) && listKey(first, newsner.Organization) == "" && listKey(second, newsner.Organization) == ""
}

// purposeHeads end the part of a body's name before its purpose's "to"
// ("Committee to Protect Journalists", "Campaign to Stop Killer Robots").
var purposeHeads = setOf(`committee campaign coalition alliance foundation fund council movement
center centre project initiative`)

// maxPurposeWords bounds the capitalized words after a purpose's "to"
// (joinPurposeNames).
const maxPurposeWords = 3

// joinPurposeNames extends an organization's span that ends in a
// purpose's head word (purposeHeads) over "to" and the one to three
// capitalized words after it the tagger left untagged, up to a word in
// lower case or a mark: the body's name states its purpose ("the
// Committee to Protect Journalists said", which the tagger cut to
// "Committee"; December 2020 audit). eng.train and eng.testa have no
// capitalized word after a name and "to" that is not a name of its own,
// which the tagger tags ("Khartoum to Amman").
func joinPurposeNames(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		if s.typ != newsner.Organization || s.t1+1 >= len(toks) || toks[s.t1].Text != "to" || !lowered(purposeHeads, toks[s.t1-1].Text) {
			continue
		}
		e := s.t1 + 1 // after "to"
		for e < len(toks) && e-(s.t1+1) < maxPurposeWords && !covered[e] && startsUpper(toks[e].Text) && isLetters(toks[e].Text) {
			e++
		}
		if e == s.t1+1 || e < len(toks) && startsUpper(toks[e].Text) {
			continue // none, or more than maxPurposeWords
		}
		spans[i].t1 = e
	}
	return spans
}

// joinPurposeRuns makes one organization of a purpose's head word
// (purposeHeads), capitalized, "to" and the one to maxPurposeWords
// capitalized words after it, the first a word the training corpora
// usually write in lower case (a verb: "Stop", "Protect", "Abolish"), up
// to a word in lower case or a mark, with the capitalized words before
// the head that the head's span holds or, untagged, that go with it
// ("International Campaign"): the tagger tags the purpose alone ("Stop
// Killer Robots" of "the Campaign to Stop Killer Robots"), the head and
// the purpose apart ("The Foundation" and "Promote Open Society"), a
// person ("Gun Violence") or nothing, where joinPurposeNames finds no
// head's span with untagged words after it. A place after "to" is no
// purpose ("the Zorb Council to Quelbia"); spans across the run's edges
// keep it.
func joinPurposeRuns(text string, toks []token, spans []tspan) []tspan {
	var add []tspan
	var spanAt []int // the span each token lies in (-1: none), made at the first run
	sorted := spansInOrder(spans)
	for k := 0; k+2 < len(toks); k++ {
		w := toks[k+2].Text
		if !startsUpper(toks[k].Text) || !lowered(purposeHeads, toks[k].Text) || toks[k+1].Text != "to" || !startsUpper(w) || !isLetters(w) || !usuallyLower(w, 3, 3) {
			continue
		}
		e := k + 2
		for e < len(toks) && e-(k+2) < maxPurposeWords && startsUpper(toks[e].Text) && isLetters(toks[e].Text) {
			e++
		}
		if e < len(toks) && startsUpper(toks[e].Text) {
			continue // more than maxPurposeWords
		}
		if spanAt == nil {
			spanAt = spanIndexes(len(toks), spans)
		}
		a := k
		if i := spanAt[k]; i >= 0 {
			a = spans[i].t0
		} else {
			for a > 0 && k-a < 2 && startsUpper(toks[a-1].Text) && isLetters(toks[a-1].Text) && !sentenceThe(text, toks, a-1) && toks[a-1].Text != "The" && !startsSentence(text, toks, a-1) {
				a--
			}
		}
		if !allInside(spans, overlapping(spans, sorted, a, e), a, e) {
			continue
		}
		add = append(add, tspan{newsner.Organization, a, e})
		k = e - 1
	}
	return replaceSpans(spans, add)
}

// spanIndexes returns, for each of n tokens, the index of the first span
// that holds it, -1 where none does.
func spanIndexes(n int, spans []tspan) []int {
	at := make([]int, n)
	for k := range at {
		at[k] = -1
	}
	for i, s := range spans {
		for k := s.t0; k < s.t1 && k < n; k++ {
			if at[k] < 0 {
				at[k] = i
			}
		}
	}
	return at
}

// joinCommaFirmNames joins to an organization's span with an "&" inside
// it ("Holt & Co", "Rosen & Katz") the one-word names before it that only
// commas part, each tagged a person alone, or untagged and no known place
// nor listed organization: a firm named for its partners ("Tudor,
// Pickering, Holt & Co", "Wachtell, Lipton, Rosen & Katz"), which the
// tagger cut into people and the last pair (December 2020 audit). A list
// of companies is tagged organizations, which stay ("Zorbco, Quelb &
// Marzo").
func joinCommaFirmNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		if s.typ == newsner.Organization && s.t1-s.t0 >= 3 && hasToken(toks[s.t0+1:s.t1-1], "&") {
			t0 := s.t0
			for t0 >= 2 && toks[t0-1].Text == "," && startsUpper(toks[t0-2].Text) && isLetters(toks[t0-2].Text) {
				n := len(out)
				switch {
				case n > 0 && out[n-1].t1 > t0-2 && out[n-1].typ == newsner.Person && out[n-1].t0 == t0-2 && out[n-1].t1 == t0-1:
					out = out[:n-1] // a partner tagged a person
				case (n == 0 || out[n-1].t1 <= t0-2) && !knownPlace(toks[t0-2].Text) && !listedOrg(toks[t0-2].Text):
				default:
					n = -1
				}
				if n < 0 {
					break
				}
				t0 -= 2
			}
			s.t0 = t0
		}
		out = append(out, s)
	}
	return out
}

// joinPortfolioLists extends an organization's span that ends in a
// body's head word (orgHeads), "of" and one portfolio's word
// (portfolioWord: "Ministry of Trade") over the rest of the portfolios its
// name lists, commas between them and "and" before the last one or two
// words, up to a word in lower case or a mark: "the Ministry of Trade,
// Industry and Energy", "the Ministry of Land, Infrastructure, Transport
// and Tourism" and "the Ministry of Housing and Urban-Rural Development",
// which the tagger cut at the commas or the "and" into two or three
// organizations or a place (blind audit m articles 1 and 12, a central
// bank in Korea and a carmaker's results in Japan; audit2020l article 1,
// audit2020i article 30's "Ministry of Economy, Trade and Industry"). The
// spans inside the list go. A list of names of their own is no
// portfolio's ("the Ministry of Finance, Zorbco and Quelbco"), nor is a
// run that goes on in capitals ("and Interior Minister Quelb Zorb").
func joinPortfolioLists(toks []token, spans []tspan) []tspan {
	return joinListTails(spans, func(s tspan) (int, bool) { return portfolioListEnd(toks, s) })
}

// joinListTails extends each span s for which listEnd gives an end over
// the list after it, up to that end, where no span reaches past it: the
// spans inside the list go (joinPortfolioLists, joinHeadedLists,
// joinGroupConnectiveNames).
func joinListTails(spans []tspan, listEnd func(s tspan) (int, bool)) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if e, ok := listEnd(s); ok {
			j := i + 1
			for j < len(spans) && spans[j].t1 <= e {
				j++
			}
			if j == len(spans) || spans[j].t0 >= e {
				s.t1 = e
				i = j - 1
			}
		}
		out = append(out, s)
	}
	return out
}

// portfolioListEnd returns the end of the list of portfolios that goes on
// after s, an organization's span "... HEAD of WORD" (joinPortfolioLists),
// and whether there is one.
func portfolioListEnd(toks []token, s tspan) (int, bool) {
	if s.typ != newsner.Organization || s.t1-s.t0 < 3 || toks[s.t1-2].Text != "of" || !lowered(orgHeads, toks[s.t1-3].Text) || !portfolioWord(toks[s.t1-1].Text) {
		return 0, false
	}
	return wordListEnd(toks, s.t1, portfolioWord)
}

// wordListEnd returns the end of a list of capitalized common words
// (word: portfolioWord or a wider test) that goes on from token k,
// ", WORD" once or more or not at all and then "and" (after a serial
// comma too) and one or two words, before a word in lower case or a
// mark, and whether there is one: the rest of a name that lists what the
// body is for (portfolioListEnd, headedListEnd).
func wordListEnd(toks []token, k int, word func(w string) bool) (int, bool) {
	commas := 0
	for k+1 < len(toks) && toks[k].Text == "," && word(toks[k+1].Text) {
		k += 2
		commas++
	}
	if commas > 0 && k+1 < len(toks) && toks[k].Text == "," && toks[k+1].Text == "and" {
		k++ // a serial comma
	}
	if k+1 >= len(toks) || toks[k].Text != "and" {
		return 0, false
	}
	e := k + 1
	for e < len(toks) && e-k <= 2 && word(toks[e].Text) {
		e++
	}
	if e == k+1 || e < len(toks) && startsUpper(toks[e].Text) {
		return 0, false
	}
	return e, true
}

// portfolioWord reports whether w, capitalized, is a word of a ministry's
// portfolio ("Trade", "Infrastructure", "Urban-Rural"): each part of it
// between hyphens a common noun or adjective that the training corpora
// write in lower case at least twice and at least a third as often as
// capitalized inside a sentence ("Labour" 8 to 20), not a body's head word
// ("and Foreign Ministry" names a body of its own) nor an acronym. A name
// of its own ("Zorbco", "Exxon") is no such word. Not portfolioWords,
// cutPortfolioWords' hand list of the few portfolios a minister's title
// takes ("Justice Minister"): a ministry's name lists any ("Land",
// "Tourism", "Urban-Rural").
func portfolioWord(w string) bool {
	if !startsUpper(w) || isAcronym(w) || lowered(orgHeads, w) {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		c, ok := corpusCase()[strings.ToLower(part)]
		if !ok || !isLetters(part) || c.lower < 2 || 3*c.lower < c.upper {
			return false
		}
	}
	return true
}

// joinOfAndPlurals extends an organization's span with an "of" inside it
// that the tagger ended before "and" over "and" and one untagged
// capitalized plural word after it, before a word in lower case or a
// mark: the second half of what the body's name says it gathers ("the
// Society of Motor Manufacturers and Traders", cut to "Society of Motor
// Manufacturers"; December 2020 audit). A second name of its own is a
// proper noun the tagger tags, not a plural ("Bank of Zorbia and
// Quelbco").
func joinOfAndPlurals(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		k := s.t1 + 1
		if s.typ != newsner.Organization || k >= len(toks) || toks[s.t1].Text != "and" || covered[k] || !hasToken(toks[s.t0:s.t1], "of") {
			continue
		}
		w := toks[k].Text
		if toks[k].Tag != "NNPS" && !(toks[k].Tag == "NNP" && strings.HasSuffix(w, "s")) || !startsUpper(w) || !isLetters(w) || !startsUpper(toks[s.t1-1].Text) || !strings.HasSuffix(toks[s.t1-1].Text, "s") {
			continue
		}
		if k+1 < len(toks) && startsUpper(toks[k+1].Text) {
			continue
		}
		spans[i].t1 = k + 1
	}
	return spans
}

// splitCountryOrgs splits an organization's span that is a country's name
// and a listed organization's ("US EPA", "U.S. FDA") into the place and
// the organization, as CoNLL-2003 marks "U.S." and "TV" of "U.S. TV".
func splitCountryOrgs(toks []token, spans []tspan) []tspan {
	var out []tspan
	for i, s := range spans {
		if c := countryPrefix(toks, s); c > 0 {
			if out == nil {
				out = append(out, spans[:i]...)
			}
			out = append(out, tspan{newsner.Location, s.t0, c}, tspan{s.typ, c, s.t1})
		} else if out != nil {
			out = append(out, s)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// splitCountryStopFirms splits an organization's span that a country's
// dotted abbreviation ("U.K.", "U.S.") starts and a firm's legal form ends,
// two words or more between, into the place and the firm: the
// abbreviation's full stop ended a sentence and the next opened with the
// firm ("... new reactors in the U.K. Zorbité de Quelb SA, along with
// ...", which the tagger read as one organization). No name of eng.train
// starts with a country's abbreviation and ends in a legal form; a listed
// name stays whole.
func splitCountryStopFirms(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ != newsner.Organization || s.t1-s.t0 < 4 || !strings.HasSuffix(toks[s.t0].Text, ".") || !lowered(firmForms, strings.TrimSuffix(toks[s.t1-1].Text, ".")) {
			return s, s, false
		}
		k := listKey(toks[s.t0].Text, newsner.Location)
		if !countryKey(k) || listedOrg(joinTokens(toks[s.t0:s.t1])) {
			return s, s, false
		}
		return tspan{newsner.Location, s.t0, s.t0 + 1}, tspan{s.typ, s.t0 + 1, s.t1}, true
	})
}

// cutCountryOlympic cuts "Olympic" (or "Paralympic") off the end of a span
// that a country's name starts and a word in lower case follows: "the
// United States Olympic trials" names the country, a place, and the Games'
// adjective, MISC, as eng.train marks "at the U.S. Olympic trials" (every
// "Olympic" of eng.train before a word in lower case is MISC, 37 of 37),
// where the tagger gave "United States Olympic" as one organization. A
// body's name stays whole ("United States Olympic Committee": no lower
// case after it).
func cutCountryOlympic(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		e := s.t1 - 1
		if s.t1-s.t0 < 2 || s.t1 >= len(toks) || (toks[e].Text != "Olympic" && toks[e].Text != "Paralympic") || startsUpper(toks[s.t1].Text) || !hasLower(toks[s.t1].Text) {
			continue
		}
		k := listKey(joinTokens(toks[s.t0:e]), newsner.Location)
		if countryKey(k) {
			spans[i] = tspan{newsner.Location, s.t0, e}
		}
	}
	return spans
}

// firmForms are the legal forms that end a company's full name
// (legalSuffixes less a group's, a company's and a club's words).
var firmForms = setOf(`corp corporation inc incorporated ltd limited plc llc ag sa nv bv gmbh spa`)

// countryPrefix returns where the listed organization's name starts in s,
// an organization's span that a country's name of one or two tokens
// starts, 0 if it is not such a span. A listed product's name after the
// country splits off too, from a place's span as well ("U.S." and "West
// Texas Intermediate", the crude's grade, which listedProductsAsMisc then
// makes MISC; thirteenth pass).
func countryPrefix(toks []token, s tspan) int {
	if s.typ != newsner.Organization && s.typ != newsner.Location {
		return 0
	}
	for c := s.t0 + 1; c < s.t1 && c-s.t0 <= 2; c++ {
		k := listKey(joinTokens(toks[s.t0:c]), newsner.Location)
		if !countryKey(k) {
			continue
		}
		if s.typ == newsner.Organization && c+1 == s.t1 && isAcronym(toks[c].Text) && listedOrg(toks[c].Text) || listedProduct(lowerTokens(toks[c:s.t1])) {
			return c
		}
	}
	return 0
}

// lowerTokens returns the tokens' texts in lower case.
func lowerTokens(toks []token) []string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = strings.ToLower(t.Text)
	}
	return ws
}

// joinTokens returns the tokens' texts joined by spaces.
func joinTokens(ts []token) string {
	switch len(ts) {
	case 0:
		return ""
	case 1:
		return ts[0].Text
	}
	n := len(ts) - 1
	for _, t := range ts {
		n += len(t.Text)
	}
	var sb strings.Builder
	sb.Grow(n)
	for i, t := range ts {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Text)
	}
	return sb.String()
}

// ownOrgName reports whether span s is an organization's name on its own:
// a listed company's or club's, or one that ends in a company word ("left
// Deutsche Bank for Goldman Sachs").
func ownOrgName(toks []token, s tspan) bool {
	words := make([]string, 0, s.t1-s.t0)
	for k := s.t0; k < s.t1; k++ {
		words = append(words, toks[k].Text)
	}
	if listKey(strings.Join(words, " "), newsner.Organization) != "" {
		return true
	}
	gz, _ := sharedGazetteer()
	return gz != nil && gz.phrases[toks[s.t1-1].Text]&(1<<gzOrgWord) != 0
}

// nameLinks join an organization's head word to what it is of or for.
var nameLinks = setOf(`of for on`)

// inCapitalRun reports whether toks[i] is one word of a longer capitalized
// name: a capitalized word next to it, or "of", "for", "and" or "&" and
// then one ("University of Arkansas").
func inCapitalRun(toks []token, i int) bool {
	if i > 0 && startsUpper(toks[i-1].Text) && !isAcronym(toks[i-1].Text) {
		return true
	}
	if i+1 < len(toks) && startsUpper(toks[i+1].Text) {
		return true
	}
	if i+2 < len(toks) && joinWords[toks[i+1].Text] && startsUpper(toks[i+2].Text) {
		return true
	}
	return i > 1 && joinWords[toks[i-1].Text] && startsUpper(toks[i-2].Text)
}

var joinWords = setOf(`of for and & at`)

// docPossessives returns the names the article spells with an "'s" inside
// a longer organization's name ("Boatmen's Bancshares Inc."), lower-cased
// as possessiveName compares them: the article's "Boatmen's" on its own is
// then that name, "'s" and all, as a listed "Moody's" is.
func docPossessives(toks []token, spans []tspan) map[string]bool {
	var poss map[string]bool
	for _, s := range spans {
		if s.typ != newsner.Organization {
			continue
		}
		for k := s.t0 + 1; k < s.t1-1; k++ {
			if !isPossessive(toks[k].Text) || toks[k-1].End != toks[k].Start || !startsUpper(toks[k+1].Text) {
				continue
			}
			words := make([]string, 0, k-s.t0)
			for j := s.t0; j < k; j++ {
				words = append(words, strings.ToLower(toks[j].Text))
			}
			if poss == nil {
				poss = map[string]bool{}
			}
			poss[strings.Join(words, " ")] = true
			break
		}
	}
	return poss
}

// splitOpenBrackets splits a span at a bracket it opens but does not close:
// "Hizbollah (Party" of "Hizbollah (Party of God)" is two names, the
// second going on past the span. "Mladost (L)" stays whole.
func splitOpenBrackets(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		k := s.t0
		for k < s.t1 && toks[k].Text != "(" {
			k++
		}
		if k == s.t1 || hasToken(toks[k+1:s.t1], ")") {
			out = append(out, s)
			continue
		}
		if k > s.t0 {
			out = append(out, tspan{s.typ, s.t0, k})
		}
		if k+1 < s.t1 {
			out = append(out, tspan{s.typ, k + 1, s.t1})
		}
	}
	return out
}

// outletHeads end a newspaper's name after a place ("New Zealand Herald",
// "Jakarta Post", "Irish Times").
var outletHeads = setOf(`Herald Times Post Journal Gazette Tribune Telegraph Guardian Chronicle Observer
Standard Express Independent Mirror Courier Examiner Inquirer Bulletin Dispatch Register Sun Star`)

// joinOutletNames makes one organization of a place, or a demonym, and a
// newspaper's word right after it that the tagger left out or tagged
// apart: "New Zealand" + "Herald" is the New Zealand Herald. The word must
// end the name ("the U.S. Post Office" is not a paper).
func joinOutletNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		k := s.t1
		if s.typ != newsner.Location && s.typ != misc || k >= len(toks) || !outletHeads[toks[k].Text] {
			out = append(out, s)
			continue
		}
		end := k + 1
		if i+1 < len(spans) && spans[i+1].t0 == k {
			if spans[i+1].typ != newsner.Organization && spans[i+1].typ != misc {
				out = append(out, s)
				continue
			}
			end = spans[i+1].t1
			i++
		} else if i+1 < len(spans) && spans[i+1].t0 < end || end < len(toks) && startsUpper(toks[end].Text) {
			out = append(out, s) // "the U.S. Post Office"
			continue
		}
		out = append(out, tspan{newsner.Organization, s.t0, end})
	}
	return out
}

// joinShortSurnames adds to a person's name the short capitalized word the
// tagger left out right after it, on the same line, before a word in
// lower case or punctuation: "Regina Ip", "Cyd Ho from", "Wilson Or was"
// (Cantonese surnames of two letters, which the model reads as the words
// "or" and "to"), and a hyphened given name after a surname ("Lam
// Cheuk-ting", "Wong Yeung-tat": Cantonese, Korean and Thai names written
// surname first). Not in title-case headlines ("Obama To Visit China"),
// nor before a colon (a mail's "To:").
func joinShortSurnames(text string, toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t1
		if s.typ != newsner.Person || k >= len(toks) || i+1 < len(spans) && spans[i+1].t0 == k || s.t0 > 0 && toks[s.t0-1].Text == "@" {
			continue // "@ HashmiZahra Are you": a tweet's user name, then its sentence
		}
		w := toks[k].Text
		if n := utf8.RuneCountInString(w); (n < 2 || n > 3 || !startsUpper(w) || strings.ToUpper(w) == w || !isLetters(w) || lowered(shortWords, w)) && !hyphenedGivenName(w) ||
			startsSentence(text, toks, k) || strings.ContainsRune(text[toks[k-1].BEnd:toks[k].BStart], '\n') {
			continue
		}
		if k+1 < len(toks) && !strings.ContainsRune(text[toks[k].BEnd:toks[k+1].BStart], '\n') {
			if r, _ := utf8.DecodeRuneInString(toks[k+1].Text); unicode.IsUpper(r) || unicode.IsDigit(r) || r == ':' {
				continue // "Michael Shalayeff To: ...", a mail's header
			}
		}
		spans[i].t1 = k + 1
	}
	return spans
}

// shortWords are English words of two or three letters that start a
// sentence written without a full stop before it ("@ user Are you", "Ha
// Ha"), and abbreviations that end a place's or team's name ("Undercliff
// Ave"); "To" and "Or" are left out: they are surnames ("James To").
var shortWords = setOf(`you are it its but the and for was has had his her him our not yes
can all any how who why off may now one two get got new old out we he she they me my us
do did does is am be no so if as at by in on up an ha lol omg oh ok hey hi ave st rd dem jay`)

// splitListedNames splits an organization's span that is a list of names
// the tagger ran together: "Mercantile and Commerce", "Mercantile, Commerce
// and Roosevelt", "Mercantile or Commerce". Each part must be capitalized
// words only; a list joined by "or" is always split (no name of
// CoNLL-2003, GUM or wikigold holds an "or"), one joined by "and" or commas
// only where each part is one word, one of them stands as a name on its
// own elsewhere in the article, and the last is no company word
// ("Goldman, Sachs and Co", "Securities and Exchange Commission", "Trinidad
// and Tobago" stay whole).
func splitListedNames(text string, toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		parts, or := listParts(toks, s)
		if parts == nil || !or && (!oneWordEach(parts) || !listEvidence(text, toks, s, parts)) {
			out = append(out, s)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// splitListedPair splits an organization's span "A and B" where A and B
// are each a listed organization's name and the whole is none ("Morgan
// Stanley and Bank of America", which the tagger ran together; "of"
// inside keeps splitListedNames off it).
func splitListedPair(text string, toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		out = append(out, s)
		if s.typ != newsner.Organization || s.t1-s.t0 < 3 || listKey(spanText(text, toks, s.t0, s.t1), newsner.Organization) != "" {
			continue
		}
		for k := s.t0 + 1; k < s.t1-1; k++ {
			if toks[k].Text != "and" {
				continue
			}
			a, b := tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}
			if listKey(spanText(text, toks, a.t0, a.t1), newsner.Organization) != "" && listKey(spanText(text, toks, b.t0, b.t1), newsner.Organization) != "" {
				out = append(out[:len(out)-1], a, b)
				break
			}
		}
	}
	return out
}

// spanText returns the text of tokens [t0,t1).
func spanText(text string, toks []token, t0, t1 int) string {
	return text[toks[t0].BStart:toks[t1-1].BEnd]
}

// listParts returns the parts of span s if it is an organization's span
// of capitalized parts joined by commas and a last "and" or "or" (or is
// set where an "or" joins them); nil otherwise.
func listParts(toks []token, s tspan) (parts []tspan, or bool) {
	if s.typ != newsner.Organization {
		return nil, false
	}
	start, conj := s.t0, false
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		if w != "," && w != "and" && w != "or" {
			if !startsUpper(w) {
				return nil, false
			}
			continue
		}
		if conj || k == start || k+1 >= s.t1 {
			return nil, false
		}
		parts = append(parts, tspan{s.typ, start, k})
		start = k + 1
		if w != "," {
			conj, or = true, w == "or"
		}
	}
	if !conj {
		return nil, false
	}
	last := strings.TrimSuffix(strings.ToLower(toks[s.t1-1].Text), ".")
	if legalSuffixes[last] || companyHeads[last] {
		return nil, false
	}
	return append(parts, tspan{s.typ, start, s.t1}), or
}

// listEvidence reports whether one of parts stands as a name on its own
// elsewhere in the text: outside span s, not at a sentence's start, with
// no capitalized word, "and", "or", "&" or "of" next to it.
func listEvidence(text string, toks []token, s tspan, parts []tspan) bool {
	for _, p := range parts {
		n := p.t1 - p.t0
		for k := 0; k+n <= len(toks); k++ {
			if k+n > s.t0 && k < s.t1 || startsSentence(text, toks, k) {
				continue
			}
			if !sameTokens(toks, k, p.t0, n) || startsUpper(toks[k-1].Text) || toks[k-1].Text == "&" {
				continue
			}
			if e := k + n; e < len(toks) && (startsUpper(toks[e].Text) || listGlue[toks[e].Text]) {
				continue
			}
			return true
		}
	}
	return false
}

var listGlue = setOf(`and or & of`)

// oneWordEach reports whether every part is one token.
func oneWordEach(parts []tspan) bool {
	for _, p := range parts {
		if p.t1-p.t0 != 1 {
			return false
		}
	}
	return true
}

// hyphenedGivenName reports whether w is a capitalized word, a hyphen and
// a lower-case word ("Cheuk-ting", "Jong-un"), as romanized given names
// of two syllables are written.
func hyphenedGivenName(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || !isLetters(a) || !isLetters(b) || !startsUpper(a) || utf8.RuneCountInString(a) > 5 || utf8.RuneCountInString(b) > 5 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLower(r) && strings.ToLower(a[1:]) == a[1:]
}

// splitAtEllipsis splits a span after each of its tokens but the last that
// ends in an ellipsis or a sentence's full stop (gluedStop) glued to a
// word ("Obama… Christie" of "take that fight to President Obama…
// Christie also is seen"; "Jack Ma. Alibaba"): the ellipsis breaks
// off a sentence or a list, as a full stop does, and no name runs across
// it (cutEllipsis takes it off the first name).
func splitAtEllipsis(toks []token, spans []tspan) []tspan {
	var out []tspan
	for i, s := range spans {
		a := s.t0
		for k := s.t0; k < s.t1-1; k++ {
			if endsInEllipsis(toks[k].Text) || k > a && gluedStop(toks, k) {
				if out == nil {
					out = append(out, spans[:i]...)
				}
				out = append(out, tspan{s.typ, a, k + 1})
				a = k + 1
			}
		}
		if out != nil {
			out = append(out, tspan{s.typ, a, s.t1})
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// nameAbbrevs are abbreviations of honorifics and addresses that go on
// with a name after their full stop.
var nameAbbrevs = setOf(`Rt Hon Esq Ave Blvd Dept Univ Assn Intl Natl Cie`)

// gluedStop reports whether token k is a capitalized word with the full
// stop that ends its sentence glued on, before a capitalized word: the
// tokenizer keeps a capital and one to two small letters and a full stop
// whole, as it keeps "Mr." ("Jack Ma." of "founded by Jack Ma. Alibaba
// shares fell", "Wang Yi. China"), and the tagger runs one name across
// it. Not an abbreviation that goes on with a name ("St.", "Gen.", "Corp.",
// "Fla.", "Rt. Hon."), and splitAtEllipsis asks only after a word of the
// name before it ("Lou. Hope you enjoyed it", a tweet's one word, stays:
// two wrong names would come of one). Thirteenth pass (b).
func gluedStop(toks []token, k int) bool {
	w := toks[k].Text
	stem, ok := strings.CutSuffix(w, ".")
	if !ok || len(stem) < 2 || !startsUpper(stem) || !isLetters(stem) || isAbbrev(stem) || isTitle(w) || isTitle(stem) || lowered(stateAbbrevs, w) || nameAbbrevs[stem] {
		return false
	}
	return k+1 < len(toks) && startsUpper(toks[k+1].Text) && toks[k].BEnd < toks[k+1].BStart
}

// endsInEllipsis reports whether w is a word with an ellipsis ("…") glued
// after it.
func endsInEllipsis(w string) bool {
	b, ok := strings.CutSuffix(w, "\u2026")
	return ok && hasLetter(b)
}

// cutEllipsis returns how many bytes of span s's last token its name keeps
// where the token ends in a glued ellipsis ("Obama…"), else cut as it was
// (cutGluedBracket's and cutSlash's: -1 for the whole token).
func cutEllipsis(toks []token, s tspan, cut int) int {
	if s.t1 <= s.t0 {
		return cut
	}
	w := toks[s.t1-1].Text
	if cut >= 0 {
		w = w[:cut]
	}
	if endsInEllipsis(w) {
		return len(w) - len("\u2026")
	}
	return cut
}

// adWords are what a medium's word stands before in "a Romney TV ad".
var adWords = setOf(`ad ads advert adverts spot spots commercial commercials`)

// cutAdMedium cuts "TV" off the end of a span where an ad's word in lower
// case follows ("a Romney TV ad", "New Obama TV ad tries"): the name is
// the ad's sponsor, a person or a party, and "TV" the medium, no part of
// it; left in, it made the sponsor a channel, an organization.
func cutAdMedium(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.t1-s.t0 >= 2 && s.t1 < len(toks) && toks[s.t1-1].Text == "TV" && adWords[toks[s.t1].Text] {
			spans[i].t1--
		}
	}
	return spans
}

// namesakeInstitutions head an organization named after a person ("Conrad
// Hilton College", "John Jay College", "Gerald Ford Foundation").
var namesakeInstitutions = setOf(`college university school academy institute foundation`)

// joinNamesakeHeads extends a person's full name (two words or more) over
// the capitalized head word right after it that the tagger left out, on
// the same line and before no other capitalized word: a building or
// facility (facilityHeads, tunnel: "the Conrad Hilton Hotel", "the John
// Smith Stadium") is a place, an institution (namesakeInstitutions:
// "Conrad Hilton College") an organization. The tagger reads the person's
// name and stops at the common noun. A place's name takes a facility's
// word the same way ("the Holland Tunnel", tagged "Holland"); a word in
// capitals is left (CoNLL-2003's dateline "SALANG TUNNEL" marks "SALANG").
func joinNamesakeHeads(text string, toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t1
		if !(s.typ == newsner.Person && s.t1-s.t0 >= 2 || s.typ == newsner.Location) || k >= len(toks) || i+1 < len(spans) && spans[i+1].t0 <= k ||
			!mixedCaseWord(toks[k].Text) || text[toks[k-1].BEnd:toks[k].BStart] != " " {
			continue
		}
		if k+1 < len(toks) && startsUpper(toks[k+1].Text) && text[toks[k].BEnd:toks[k+1].BStart] == " " {
			continue // "the Conrad Hilton Hotel Group": a longer name the rule does not know
		}
		switch h := strings.ToLower(toks[k].Text); {
		case facilityHeads[h] || h == "tunnel":
			spans[i].typ = newsner.Location
		case namesakeInstitutions[h] && s.typ == newsner.Person:
			spans[i].typ = newsner.Organization
		default:
			continue
		}
		spans[i].t1 = k + 1
	}
	return spans
}

// joinMiddleNames joins a person's name of two words to the one longer
// name of a person of the article with the same first and last words and
// more between them
// (a middle name, initials): "James Holmes" and "James Eagan Holmes",
// "John Kennedy" and "John F. Kennedy" are one person, whom the article
// names in full once and short elsewhere. Where two longer names fit
// ("George H. W. Bush" and "George W. Bush"), the short one joins neither.
// A group's name is its mention of most words.
func joinMiddleNames(groups [][]*mention) [][]*mention {
	type ends struct{ first, last string }
	names := make([][]string, len(groups))
	longer := map[ends][]int{} // names of three words or more by their ends
	for i, g := range groups {
		if g[0].typ != newsner.Person {
			continue
		}
		for _, m := range g {
			w := m.words
			if n := len(w); n > 1 && isPossessive(w[n-1]) {
				w = w[:n-1]
			}
			if len(w) > len(names[i]) {
				names[i] = w
			}
		}
		if w := names[i]; len(w) >= 3 {
			longer[ends{w[0], w[len(w)-1]}] = append(longer[ends{w[0], w[len(w)-1]}], i)
		}
	}
	var sets groupSets
	for i, w := range names {
		if len(w) != 2 {
			continue // a name of first name and surname only: every longer one with its ends fits, so the loop stops at the second
		}
		fit := -1
		for _, j := range longer[ends{w[0], w[1]}] {
			if fit >= 0 {
				fit = -2 // two longer names: which is unknown
				break
			}
			fit = j
		}
		if fit >= 0 {
			sets.join(len(groups), i, fit)
		}
	}
	return sets.merge(groups)
}

// joinSuffixLeads extends an organization's span of a legal suffix or a
// company's head word and a legal suffix ("Group Inc." of "Canada's
// SNC-Lavalin Group Inc.", "Holdings Ltd") over the capitalized words right
// before it on its line that the tagger left untagged (hyphened ones too,
// which it reads least well): no company's name is its suffixes alone. The
// run stops at a word in lower case, a possessive, a sentence's start or
// "The". (Spans that only start with such a word, "Group" + more, cost
// modern-web a span.)
func joinSuffixLeads(text string, toks []token, spans []tspan) []tspan {
	prevEnd := 0
	for i, s := range spans {
		if w := strings.ToLower(strings.TrimSuffix(toks[s.t0].Text, ".")); s.typ == newsner.Organization && s.t1-s.t0 >= 2 &&
			(legalSuffixes[w] || companyHeads[w]) && lowered(legalSuffixes, strings.TrimSuffix(toks[s.t1-1].Text, ".")) && s.t0 > prevEnd {
			k := s.t0
			for k > prevEnd && startsUpper(toks[k-1].Text) && hasLetter(toks[k-1].Text) && toks[k-1].Text != "The" &&
				text[toks[k-1].BEnd:toks[k].BStart] == " " {
				k--
				if startsSentence(text, toks, k) {
					break
				}
			}
			spans[i].t0 = k
		}
		prevEnd = spans[i].t1
	}
	return spans
}

// joinSentenceLead extends a span over the capitalized word right before
// it that starts a sentence where the article names the two words and the
// span's as one name elsewhere ("Team Zorbia's two games ..." beside
// "players from Team Zorbia"): at a sentence's start the tagger reads the
// capital of the name's first word as the sentence's and leaves the word
// out, naming "Zorbia" a place. The span takes the longer name's type. A
// name the lists know only as an organization's (listedOrgForm) is taken
// as an organization named elsewhere, the word left out a common word, a
// trade's or a first name ("Real Sociedad lost 2-1", "Quest Diagnostics
// said", "Old Dominion Freight Line said": "Sociedad", "Diagnostics" and
// "Dominion Freight Line" alone).
func joinSentenceLead(text string, toks []token, spans []tspan) []tspan {
	var names map[string]newsner.EntityType // the article's spans of two words or more, made at the first candidate
	for i, s := range spans {
		k := s.t0 - 1
		if k < 0 || i > 0 && spans[i-1].t1 > k || !startsUpper(toks[k].Text) || !isLetters(toks[k].Text) ||
			!startsSentence(text, toks, k) || text[toks[k].BEnd:toks[s.t0].BStart] != " " {
			continue
		}
		if names == nil {
			names = map[string]newsner.EntityType{}
			for _, o := range spans {
				if o.t1-o.t0 >= 2 {
					names[joinTokens(toks[o.t0:o.t1])] = o.typ
				}
			}
		}
		if typ, ok := names[joinTokens(toks[k:s.t1])]; ok {
			spans[i].t0, spans[i].typ = k, typ
		} else if listedOrgForm(toks, k, s.t1) {
			spans[i].t0, spans[i].typ = k, newsner.Organization
		}
	}
	return spans
}

// joinLeadInitials extends a span that starts with an initial ("M." of
// "W. M. Keck Observatory", "J." of "A. J. Smith") over the initials right
// before it (a capital letter and its glued full stop each), which the
// tagger left out or tagged as a name of their own (dropped here): a name's
// initials are all of them or none.
func joinLeadInitials(text string, toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		k := s.t0
		for k >= 2 && !onlyInitials(toks, s) && initialAt(toks, k) && toks[k-1].Text == "." && initialAt(toks, k-2) &&
			text[toks[k-1].BEnd:toks[k].BStart] == " " {
			k -= 2
		}
		if k < s.t0 {
			for len(out) > 0 && out[len(out)-1].t1 > k {
				out = out[:len(out)-1] // "W" tagged alone
			}
			s.t0 = k
		}
		out = append(out, s)
	}
	return out
}

// onlyInitials reports whether span s holds no word but initials and their
// full stops ("A." of "Zorb, C. A.", an author's in a list of references,
// which lettersAsNone drops).
func onlyInitials(toks []token, s tspan) bool {
	for k := s.t0; k < s.t1; k++ {
		if w := toks[k].Text; w != "." && utf8.RuneCountInString(strings.TrimSuffix(w, ".")) > 1 {
			return false
		}
	}
	return true
}

// initialAt reports whether toks[k] is an initial: one capital letter with
// a full stop glued after it.
func initialAt(toks []token, k int) bool {
	w := toks[k].Text
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r) && k+1 < len(toks) && toks[k+1].Text == "." && toks[k].End == toks[k+1].Start
}

// namesakeHeadsInSpan types a person's span that ends in an institution's
// head word (namesakeInstitutions, observatory, laboratory, hotels) an
// organization, and one of three words or more that ends in a building's
// (hotel, hospital, museum, stadium, airport) a place: "W. M. Keck
// Observatory", "Hilton Hotels", "the John Paul Smith Stadium" are named
// after a person but are not one, which the tagger, reading the person's
// name, missed. The building's words are surnames too: CoNLL-2003 has a
// golfer "Domingo Hospital".
func namesakeHeadsInSpan(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.typ != newsner.Person || s.t1-s.t0 < 2 || !startsUpper(toks[s.t1-1].Text) {
			continue
		}
		switch h := strings.ToLower(toks[s.t1-1].Text); {
		case namesakeInstitutions[h] || h == "observatory" || h == "laboratory" || h == "hotels":
			spans[i].typ = newsner.Organization
		case (h == "hotel" || h == "hospital" || h == "museum" || h == "stadium" || h == "airport") && s.t1-s.t0 >= 3:
			spans[i].typ = newsner.Location // a golfer "Domingo Hospital": two words may be a person's
		}
	}
	return spans
}

// peerTitles stand before a British peer's name.
var peerTitles = setOf(`Lord Baroness Baron Lady Viscount Earl`)

// joinParticleNames makes one person of two people's spans that only name
// particles in lower case stand between ("Prince Abdulaziz" + "bin" +
// "Salman", "Jan" + "van der" + "Zorb"): the tagger, which read the
// particle as no name's, split the name at it (addNameParticles gives a
// particle back only to the span after it, which left "Abdulaziz" and "bin
// Salman" two people).
func joinParticleNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.typ == newsner.Person && out[n-1].typ == newsner.Person && s.t0 > out[n-1].t1 && particlesBetween(toks, out[n-1].t1, s.t0) {
			out[n-1].t1 = s.t1
			continue
		}
		out = append(out, s)
	}
	return out
}

// particlesBetween reports whether tokens [a,e) are all name particles in
// lower case (nameParticles), each after a space.
func particlesBetween(toks []token, a, e int) bool {
	for k := a; k < e; k++ {
		if !nameParticles[toks[k].Text] || toks[k-1].End >= toks[k].Start {
			return false
		}
	}
	return true
}

// joinPeerNames makes one person of a peer's name and the place of the
// title after "of": "the late Lord Harris of Greenwich" is Harris of
// Greenwich, whom the tagger reads as a person and a place. The name must
// follow a peer's title, and the place be one to three capitalized words
// (tagged a place or untagged) before a word in lower case or punctuation.
func joinPeerNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		k := s.t1
		titled := peerTitles[toks[s.t0].Text] && s.t1-s.t0 >= 2 || s.t0 > 0 && peerTitles[toks[s.t0-1].Text] // "Lord Harris", the tagger's span or not
		if s.typ != newsner.Person || !titled || k+1 >= len(toks) || toks[k].Text != "of" || !startsUpper(toks[k+1].Text) {
			out = append(out, s)
			continue
		}
		e := k + 1
		for e < len(toks) && e-k <= 3 && startsUpper(toks[e].Text) && isLetters(toks[e].Text) {
			e++
		}
		next := i + 1
		if next < len(spans) && spans[next].t0 == k+1 {
			if spans[next].typ != newsner.Location || spans[next].t1 != e {
				out = append(out, s)
				continue
			}
			i++ // the place, now part of the name
		} else if next < len(spans) && spans[next].t0 < e {
			out = append(out, s)
			continue
		}
		s.t1 = e
		out = append(out, s)
	}
	return out
}

// splitAtPositions splits a span at a player's position in capitals inside
// it (positions: "Browns DL Sheldon Richardson" is the team "Browns" and
// the player "Sheldon Richardson"), in a sports report: the part after the
// position is a person, the part before keeps the span's type (a team's
// nickname is then the team's, teamsAsTeams). The words on both sides must
// be capitalized and not all in capitals (a line in capitals stays whole).
func splitAtPositions(toks []token, spans []tspan, about *topics) []tspan {
	return splitBeforePerson(spans, func(s tspan) int {
		k := s.t0 + 1
		for k < s.t1-1 && !(positions[toks[k].Text] && mixedCaseWord(toks[k-1].Text) && mixedCaseWord(toks[k+1].Text)) {
			k++
		}
		if k >= s.t1-1 || !about.sportsDoc() {
			return -1
		}
		return k
	})
}

// innerTitles are the titles, capitalized, that stand inside a span
// between a body's or a place's name and a person's ("Cubao Bishop Jane
// Doe", "Zorbland Supreme Court Justice John Roe"); not "General" nor
// "State", which start and end names ("Kraft General Foods").
var innerTitles = setOf(`Bishop Archbishop Cardinal Pastor Rabbi Imam Colonel Lieutenant Sergeant Captain Admiral
Justice Judge Senator Governor Mayor Ambassador Commissioner Director Editor Coach Chairman Chairwoman
Spokesman Spokeswoman`)

// splitAtInnerTitles splits an organization's or a place's span at a
// title inside it that one to three capitalized words, none a title nor a
// body's head ("Hospital", "Foods", "Inc."), end: the tagger runs the
// body or the place, the title and the person into one name ("Cubao
// Bishop Jane Doe" an organization); CoNLL-2003 marks the body or the
// place, leaves the title out and marks the person (as cutLeadingTitles
// does a leading title). The part before keeps the span's type, the part
// after is a person. A run of titles ("Lieutenant Governor") is cut
// whole; a span the titles start is cutLeadingTitles'.
func splitAtInnerTitles(toks []token, spans []tspan) []tspan {
	return splitBeforePerson(spans, func(s tspan) int {
		if s.typ != newsner.Organization && s.typ != newsner.Location {
			return -1
		}
		for k := s.t0 + 1; k < s.t1-1; k++ {
			if !innerTitles[toks[k].Text] {
				continue
			}
			j := k // the run's first title
			for j > s.t0 && isTitle(toks[j-1].Text) {
				j--
			}
			if j == s.t0 || !mixedCaseWord(toks[j-1].Text) || s.t1-k-1 > 3 {
				return -1
			}
			for i := k + 1; i < s.t1; i++ {
				w := toks[i].Text
				if !mixedCaseWord(w) || isTitle(w) || bodyWord(w) {
					return -1
				}
			}
			return k
		}
		return -1
	})
}

// speakerVerbs follow a speaker's name at the end of a quote.
var speakerVerbs = setOf(`said says told added`)

// splitSpeakerTail splits an organization's span of four words or more
// whose last two are a first name (the gazetteer's) and a capitalized
// word, no body's head nor legal suffix ("Edison Co"), right before
// "said" or another speaker's verb, into the body and
// the person: the tagger runs a speaker's unit and name into one ("the
// Quarry Scouting Bureau Tom Vell said", after "Director of"). Not where
// the lists know the whole or its last two words as an organization
// ("Bank of America Merrill Lynch said"), nor where the first name is a
// country's (countryFirstName: "Confederation of All India Traders said").
func splitSpeakerTail(text string, toks []token, spans []tspan) []tspan {
	var out []tspan
	for i, s := range spans {
		k := s.t1 - 2
		ok := s.typ == newsner.Organization && s.t1-s.t0 >= 4 && s.t1 < len(toks) && speakerVerbs[toks[s.t1].Text] &&
			firstName(toks[k].Text) && !countryFirstName(toks[k].Text) && mixedCaseWord(toks[k+1].Text) && !bodyWord(toks[k+1].Text) && mixedCaseWord(toks[k-1].Text) && !firstName(toks[k-1].Text) &&
			keyListKey(text[toks[s.t0].BStart:toks[s.t1-1].BEnd], newsner.Organization) == "" &&
			keyListKey(text[toks[k].BStart:toks[s.t1-1].BEnd], newsner.Organization) == ""
		if !ok {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(out, spans[:i]...)
		}
		out = append(out, tspan{s.typ, s.t0, k}, tspan{newsner.Person, k, s.t1})
	}
	if out == nil {
		return spans
	}
	return out
}

// bodyWord reports whether w is a body's head or a legal suffix
// ("Hospital", "Foods", "Co"), which ends an organization's name, no
// person's.
func bodyWord(w string) bool {
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	return orgHeads[l] || companyHeads[l] || legalSuffixes[l]
}

// splitBeforePerson splits each span at the token cut(span) returns (-1:
// none): the part before keeps the span's type, the token at the cut (a
// title, a position) belongs to neither, the part after is a person.
func splitBeforePerson(spans []tspan, cut func(tspan) int) []tspan {
	var out []tspan
	for i, s := range spans {
		k := cut(s)
		if k < 0 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(out, spans[:i]...)
		}
		out = append(out, tspan{s.typ, s.t0, k}, tspan{newsner.Person, k + 1, s.t1})
	}
	if out == nil {
		return spans
	}
	return out
}

// mixedCaseWord reports whether w is capitalized and not all in capitals.
func mixedCaseWord(w string) bool {
	return startsUpper(w) && strings.ToUpper(w) != w
}

// oneLetterMore reports whether y is x with one letter more somewhere
// ("mohamed", "mohammed").
func oneLetterMore(x, y string) bool {
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	return x[i:] == y[i+1:]
}

// joinCountyNames joins a place's name to the article's one name of it
// and "County" or "Parish" ("Westchester" and "Westchester County",
// "Cuyahoga" and "Cuyahoga County"): the county named short. Not a
// country's or a state's name ("New York" beside "New York County").
func joinCountyNames(groups [][]*mention) [][]*mention {
	full := map[string]int{} // "westchester" -> the group of "Westchester County"
	for i, g := range groups {
		if g[0].typ != newsner.Location {
			continue
		}
		for _, m := range g {
			if n := len(m.words); n >= 2 && (m.words[n-1] == "county" || m.words[n-1] == "parish") {
				k := strings.Join(m.words[:n-1], " ")
				if j, ok := full[k]; ok && j != i {
					full[k] = -1 // two counties of that name: which is unknown
				} else if !ok {
					full[k] = i
				}
			}
		}
	}
	var sets groupSets
	for i, g := range groups {
		m := g[0]
		j, ok := full[m.key]
		if m.typ != newsner.Location || !ok || j < 0 || j == i || iso3166Place(m.m.Text) {
			continue
		}
		sets.join(len(groups), i, j)
	}
	return sets.merge(groups)
}

// cutBrandProducts cuts a span tagged a person whose first word is a name
// the article tags alone as an organization elsewhere ("Dell" beside "Dell
// Alienware AW3418DW", "Netgear" beside "Netgear Nighthawk R6700") to that
// word, an organization: a brand and its product's name, which the tagger
// reads as a given name and a surname. Not a word the gazetteer has as a
// person's name (eng.train's "Shen" of "Shen Guofang", tagged alone an
// organization once).
func cutBrandProducts(toks []token, spans []tspan) []tspan {
	var orgs map[string]bool
	for i, s := range spans {
		if s.typ != newsner.Person || s.t1-s.t0 < 2 {
			continue
		}
		if orgs == nil {
			orgs = map[string]bool{}
			for _, o := range spans {
				if o.typ == newsner.Organization && o.t1-o.t0 == 1 {
					orgs[toks[o.t0].Text] = true
				}
			}
		}
		if w := toks[s.t0].Text; orgs[w] && !personNameWord(w) {
			spans[i] = tspan{newsner.Organization, s.t0, s.t0 + 1}
		}
	}
	return spans
}

// stateNicknames are US states' nicknames, lower case, and the states'
// names ("the Buckeye State" is Ohio).
var stateNicknames = map[string]string{
	"yellowhammer state": "alabama", "last frontier": "alaska", "grand canyon state": "arizona",
	"natural state": "arkansas", "golden state": "california", "centennial state": "colorado",
	"constitution state": "connecticut", "first state": "delaware", "sunshine state": "florida",
	"peach state": "georgia", "aloha state": "hawaii", "gem state": "idaho", "prairie state": "illinois",
	"hoosier state": "indiana", "hawkeye state": "iowa", "sunflower state": "kansas",
	"bluegrass state": "kentucky", "pelican state": "louisiana", "pine tree state": "maine",
	"old line state": "maryland", "bay state": "massachusetts", "wolverine state": "michigan",
	"great lakes state": "michigan", "north star state": "minnesota", "magnolia state": "mississippi",
	"show-me state": "missouri", "show me state": "missouri", "treasure state": "montana",
	"cornhusker state": "nebraska", "silver state": "nevada", "granite state": "new hampshire",
	"garden state": "new jersey", "land of enchantment": "new mexico", "empire state": "new york",
	"tar heel state": "north carolina", "peace garden state": "north dakota", "buckeye state": "ohio",
	"sooner state": "oklahoma", "beaver state": "oregon", "keystone state": "pennsylvania",
	"ocean state": "rhode island", "palmetto state": "south carolina", "mount rushmore state": "south dakota",
	"volunteer state": "tennessee", "lone star state": "texas", "beehive state": "utah",
	"green mountain state": "vermont", "old dominion": "virginia", "evergreen state": "washington",
	"mountain state": "west virginia", "badger state": "wisconsin", "equality state": "wyoming",
	"cowboy state": "wyoming",
}

// joinStateNicknames joins a place named by a US state's nickname ("the
// Buckeye State", "the Keystone State") to the article's place of that
// state's name, one thing named two ways (campaign news names swing states
// so).
func joinStateNicknames(groups [][]*mention) [][]*mention {
	var nick []int
	for i, g := range groups {
		if g[0].typ == newsner.Location && stateNicknames[g[0].key] != "" {
			nick = append(nick, i)
		}
	}
	if nick == nil {
		return groups
	}
	byName := map[string]int{}
	for i, g := range groups {
		if g[0].typ == newsner.Location {
			byName[g[0].key] = i
		}
	}
	var sets groupSets
	for _, i := range nick {
		if j, ok := byName[stateNicknames[groups[i][0].key]]; ok && j != i {
			sets.join(len(groups), i, j)
		}
	}
	return sets.merge(groups)
}

// cutAdministration makes "the Obama Administration" the person it names,
// as CoNLL-2003 marks "the Clinton administration": a span of two to four
// words ending in a capitalized "Administration" whose words before it end
// in a word the article tags elsewhere as a person's name (the last word
// of a person's span). Agencies ("Food and Drug Administration", "Small
// Business Administration") have no person's word there and stay.
func cutAdministration(toks []token, spans []tspan) []tspan {
	var people map[string]bool
	for i, s := range spans {
		if n := s.t1 - s.t0; n < 2 || n > 4 || toks[s.t1-1].Text != "Administration" || !startsUpper(toks[s.t1-2].Text) {
			continue
		}
		if people == nil {
			people = map[string]bool{}
			for _, p := range spans {
				if p.typ == newsner.Person && !(p.t1-p.t0 > 1 && toks[p.t1-1].Text == "Administration") {
					people[toks[p.t1-1].Text] = true
				}
			}
		}
		if people[toks[s.t1-2].Text] || presidentialSurname(toks, s) {
			spans[i] = tspan{newsner.Person, s.t0, s.t1 - 1}
		}
	}
	return spans
}

// presidentialSurname reports whether span s is two words, a listed
// person's surname (listedSurnameKey) and "Administration": "the Obama
// Administration" in an article that names him nowhere else, which
// cutAdministration then makes the person.
func presidentialSurname(toks []token, s tspan) bool {
	return s.t1-s.t0 == 2 && listedSurnameKey(toks[s.t0].Text) != ""
}

// bylineStamps are the words a web page's byline puts after the author's
// name: a time stamp's ("by Jane Doe Published Nov. 7, 2012") or the
// author's role ("by John Doe Writer on Nov 1st").
var bylineStamps = setOf(`Published Updated Posted Writer`)

// cutBylineStamps ends a span before a byline's stamp word (bylineStamps)
// after two capitalized words or more, where the span starts right after
// "by" or the stamp stands before a month's name or the span's end: the
// tagger runs the author's name on into "Published Nov." The name after
// "by" is a person's, and takes in the capitalized words the tagger left
// out between it and the stamp ("by Jane [Doe] Published").
func cutBylineStamps(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if k := bylineStampAfter(toks, s); k > s.t1 && (i+1 == len(spans) || spans[i+1].t0 >= k) {
			spans[i] = tspan{newsner.Person, s.t0, k}
			continue
		}
		for k := s.t0 + 2; k < s.t1; k++ {
			if !bylineStamps[toks[k].Text] {
				continue
			}
			by := s.t0 > 0 && strings.EqualFold(toks[s.t0-1].Text, "by")
			if !by && k+1 < s.t1 && !lowered(months, strings.TrimSuffix(toks[k+1].Text, ".")) {
				break
			}
			spans[i].t1 = k
			if by {
				spans[i].typ = newsner.Person
			}
			break
		}
	}
	return spans
}

// bylineStampAfter returns where a byline's stamp word (bylineStamps)
// stands after span s, which starts right after "by", with nothing but
// capitalized words between, the name three words at most ("by Jane Doe
// Published"), or -1.
func bylineStampAfter(toks []token, s tspan) int {
	if s.t0 == 0 || !strings.EqualFold(toks[s.t0-1].Text, "by") {
		return -1
	}
	for k := s.t1; k < len(toks) && k < s.t0+4; k++ {
		if bylineStamps[toks[k].Text] {
			return k
		}
		if !startsUpper(toks[k].Text) || !isLetters(toks[k].Text) {
			return -1
		}
	}
	return -1
}

// spouseApart reports whether short, a person's bare surname, names
// another person than full, the full name it would join: full stands after
// a spouse's title ("First Lady Michelle Obama", "Mrs. Ann Romney") and
// short after an office's or a man's title ("President Obama", "Mr.
// Romney"): the office holder, whom the article names by surname alone.
func spouseApart(short, full []*mention, toks []token) bool {
	if short[0].typ != newsner.Person || full[0].typ != newsner.Person || len(short[0].words) != 1 {
		return false
	}
	spouse := false
	for _, m := range full {
		if spouseTitleBefore(toks, m.t0) {
			spouse = true
			break
		}
	}
	if !spouse {
		return false
	}
	for _, m := range short {
		if m.t0 > 0 && lowered(officeTitles, toks[m.t0-1].Text) {
			return true
		}
	}
	return false
}

// officeTitles are the titles before a surname that name a man or an
// office holder, not his spouse.
var officeTitles = setOf(`president mr mr. sir`)

// spouseTitleBefore reports whether a spouse's title ("First Lady",
// "Mrs.") ends right before toks[k].
func spouseTitleBefore(toks []token, k int) bool {
	if k > 0 && (toks[k-1].Text == "Mrs." || toks[k-1].Text == "Mrs") {
		return true
	}
	return k > 1 && strings.EqualFold(toks[k-2].Text, "first") && strings.EqualFold(toks[k-1].Text, "lady")
}

// familyNouns are the words after "the" and a surname that name the
// family, not one of its members ("the Zorb household").
var familyNouns = setOf(`family household clan`)

// familyApart reports whether short, a person's bare surname, names a
// family rather than full, the member's full name it would join: every
// mention of it stands between "the" and a family's noun (familyNouns:
// "the Zorb household" beside "Ada Zorb"), a thing of its own in the
// distinct-entity gold.
func familyApart(short, full []*mention, toks []token) bool {
	if short[0].typ != newsner.Person || full[0].typ != newsner.Person || len(short[0].words) != 1 {
		return false
	}
	for _, m := range short {
		if m.t0 == 0 || !strings.EqualFold(toks[m.t0-1].Text, "the") || m.t1 >= len(toks) || !familyNouns[toks[m.t1].Text] {
			return false
		}
	}
	return true
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

// binWords join an Arabic name's parts ("Mohammed bin Salman").
var binWords = setOf(`bin ibn bint`)

// joinBinNames makes one person's span of the capitalized words around a
// lower-case "bin", "ibn" or "bint" (binWords): the given name before it,
// no title (titles: "Sheikh", "Sultan", "Prince" stay outside as
// CoNLL-2003 marks them), and the father's and family's names after it,
// with "al-" or "Al" ("Zayed bin Quelb al-Zorbi"). The tagger cuts such
// names at "bin" or types a part an organization. A span that reaches
// beyond the run is left as it is.
//
// Whether a span reaches beyond the run is spanReach's answer, made at the
// first run: a walk over every span for each run took 13 s on 40,000
// "bin" names.
func joinBinNames(toks []token, spans []tspan) []tspan {
	var add []tspan
	var cross *spanReach
	for k := 1; k+1 < len(toks); k++ {
		if !binWords[toks[k].Text] || !startsUpper(toks[k+1].Text) {
			continue
		}
		l := k
		for l > 0 && k-l < 3 && startsUpper(toks[l-1].Text) && isLetters(toks[l-1].Text) && !isAcronym(toks[l-1].Text) && !lowered(titles, toks[l-1].Text) {
			l--
		}
		if l == k {
			continue
		}
		r := k + 1
		for r < len(toks) && r-k <= 6 {
			w := toks[r].Text
			switch {
			case binWords[w] && r+1 < len(toks) && startsUpper(toks[r+1].Text):
				r += 2
				continue
			case (w == "Al" || w == "al") && r+1 < len(toks) && startsUpper(toks[r+1].Text):
				r += 2
				continue
			case startsUpper(w) && !isAcronym(w) && (isLetters(w) || strings.HasPrefix(strings.ToLower(w), "al-")):
				r++
				continue
			case strings.HasPrefix(w, "al-") && len(w) > 3:
				r++
				continue
			}
			break
		}
		if cross == nil {
			cross = newSpanReach(spans)
		}
		if !cross.beyond(l, r) {
			add = append(add, tspan{newsner.Person, l, r})
		}
		k = r - 1
	}
	return replaceSpans(spans, add)
}

// splitPartyLeaderNames cuts an organization's span of a party's name
// (two words or more ending in a party's head word, partyHeads), "of" and
// two capitalized words that are no place's name and end in no body's or
// place's head word into the party and a person: "the Nationalist Zorb
// Party of Jan Quelbic", its leader, which the tagger read as one name
// (seventh December 2020 audit). "of" and a country ("the Democratic
// Party of Zorbia", joinOfNames' partyOfPlace) stays one name.
func splitPartyLeaderNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		j := s.t1 - 3
		if s.typ != newsner.Organization || j-s.t0 < 2 || toks[j].Text != "of" || !lowered(partyHeads, toks[j-1].Text) {
			out = append(out, s)
			continue
		}
		a, b := toks[j+1].Text, strings.TrimSuffix(toks[j+2].Text, ".")
		rest := a + " " + b
		if !capWord(a) || !capWord(b) || knownPlace(rest) || knownPlace(b) || listKey(rest, newsner.Location) != "" || lowered(orgHeads, b) || lowered(placeHeads, a) || lowered(groundHeads, b) {
			out = append(out, s)
			continue
		}
		out = append(out, tspan{newsner.Organization, s.t0, j}, tspan{newsner.Person, j + 1, s.t1})
	}
	return out
}

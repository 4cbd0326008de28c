package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Joins of people's names: a short surname, a middle name, initials, a
// particle ("bin", "de"), a peer's place ("Lord Harris of Greenwich"),
// a namesake institution ("Conrad Hotel"); spans of a president's
// "Administration" and a brand tagged a person cut to what they name; and
// a spouse or a family kept apart from a person of the same surname.

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
			startsSentence(text, toks, k) || lineBreakBefore(text, toks, k) {
			continue
		}
		if !lineBreakBefore(text, toks, k+1) {
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
	names := personNames(groups, nil)
	longer := map[ends][]int{} // names of three words or more by their ends
	for i, w := range names {
		if len(w) >= 3 {
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

// joinInitialledNames joins a person's name written as initials and a
// surname ("B. U. Nzeribe", "J. Quell") to the one person of the article
// named with a given name that starts with the first initial and the same
// surname ("Benjamin Nzeribe"): one person, whom the article names in
// full once and by initials in a title's line ("Rt. Hon. B. U. Nzeribe").
// Where two people of that surname fit ("Bola Nzeribe" beside "Benjamin
// Nzeribe"), the initials join neither; a given name of another letter
// ("Ada Nzeribe") fits none.
func joinInitialledNames(groups [][]*mention) [][]*mention {
	type full struct {
		first rune // the given name's first letter, lower-cased
		last  string
	}
	names := personNames(groups, withoutStops)
	byFull := map[full][]int{}
	for i, w := range names {
		if len(w) >= 2 && !initialsOnly(w[:1]) {
			r, _ := utf8.DecodeRuneInString(w[0])
			f := full{r, w[len(w)-1]}
			byFull[f] = append(byFull[f], i)
		}
	}
	var sets groupSets
	for i, w := range names {
		if len(w) < 2 || !initialsOnly(w[:len(w)-1]) || initialsOnly(w[len(w)-1:]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[0])
		if fits := byFull[full{r, w[len(w)-1]}]; len(fits) == 1 {
			sets.join(len(groups), i, fits[0])
		}
	}
	return sets.merge(groups)
}

// personNames returns each person group's name: the words of its mention
// of most words (in form, when form is not nil), without a closing
// possessive; nil for a group of another type.
func personNames(groups [][]*mention, form func([]string) []string) [][]string {
	names := make([][]string, len(groups))
	for i, g := range groups {
		if g[0].typ != newsner.Person {
			continue
		}
		for _, m := range g {
			w := m.words
			if form != nil {
				w = form(w)
			}
			if n := len(w); n > 1 && isPossessive(w[n-1]) {
				w = w[:n-1]
			}
			if len(w) > len(names[i]) {
				names[i] = w
			}
		}
	}
	return names
}

// withoutStops returns words, a mention's lower-cased words, without the
// full stops its initials are written with ("b", ".", "u", "." ->
// "b", "u"); words itself if it has none.
func withoutStops(words []string) []string {
	if !slices.Contains(words, ".") {
		return words
	}
	out := make([]string, 0, len(words))
	for _, w := range words {
		if w != "." {
			out = append(out, w)
		}
	}
	return out
}

// initialsOnly reports whether each of words, lower-cased and without
// full stops, is one letter: a person's initials (joinInitialledNames).
// spanOfInitials asks the same of a span's tokens, more loosely.
func initialsOnly(words []string) bool {
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(strings.TrimSuffix(w, "."))
		if n == 0 || n != len(strings.TrimSuffix(w, ".")) || !unicode.IsLetter(r) {
			return false
		}
	}
	return len(words) > 0
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
		for k >= 2 && !spanOfInitials(toks, s) && initialAt(toks, k) && toks[k-1].Text == "." && initialAt(toks, k-2) &&
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

// spanOfInitials reports whether span s holds no word but initials and
// their full stops ("A." of "Zorb, C. A.", an author's in a list of
// references, which lettersAsNone drops), for joinLeadInitials. It is
// initialsOnly for a span's tokens, where the full stops stand as tokens of
// their own, and looser than it: a token of any one character counts, a
// letter or not ("&" of "B & Q", a digit), where initialsOnly wants a
// letter; joinLeadInitials leaves such spans alone too, and making the two
// one would change that.
func spanOfInitials(toks []token, s tspan) bool {
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

// peerTitles stand before a British peer's name.
var peerTitles = setOf(`Lord Baroness Baron Lady Viscount Earl`)

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

// joinArabicArticleTails extends a person's, a place's or an
// organization's span over the untagged words right after it, on its line
// and each after a space, that are an Arabic article in lower case glued
// to a capitalized word (arabicArticleTail: "Nur" + "el-Din", "Majed" +
// "al-Nour"): the tagger, which read the lower-case start as no name's,
// cut the name before them, or tagged such a word MISC alone ("Majed" a
// place, "al-Nour" MISC: dragnet-news-a 29), which is taken in too.
// eng.train and eng.testa take such a word into the name before it 12
// times of 13 ("Rami al-Saadani", "Jebel al-Akhdar"); joinParticleNames is
// its twin for a particle standing apart.
func joinArabicArticleTails(text string, toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.typ == newsner.Person || s.typ == newsner.Location || s.typ == newsner.Organization {
			for s.t1 < len(toks) && arabicArticleTail(toks[s.t1].Text) && toks[s.t1-1].End < toks[s.t1].Start && !lineBreakBefore(text, toks, s.t1) {
				if i+1 < len(spans) && spans[i+1].t0 == s.t1 {
					if n := spans[i+1]; n.typ != misc || n.t1 != n.t0+1 {
						break
					}
					i++ // the tagger's MISC word, now part of the name
				}
				s.t1++
			}
		}
		out = append(out, s)
	}
	return out
}

// arabicArticleTail reports whether w is an Arabic article in lower case
// (arabicArticles) glued to a capitalized word: "al-Nour", "el-Din", not
// "Al-Jazeera" (a name of its own) nor "al-" alone.
func arabicArticleTail(w string) bool {
	for _, a := range arabicArticles {
		if rest, ok := strings.CutPrefix(w, a); ok {
			return startsUpper(rest)
		}
	}
	return false
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
		if n := namesakeAirport(text, toks, k); n > 0 {
			spans[i].typ, spans[i].t1 = newsner.Location, k+n
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

// airportWords stand between the name an airport is named after and
// "Airport" ("John F. Kennedy International Airport", "Quelb Regional
// Airport"), and end its short name ("John F. Kennedy International").
var airportWords = setOf(`International Regional Municipal`)

// namesakeAirport returns how many words after a name, from token k, end
// an airport's name that the tagger left out, reading the name of the
// person it is named after: two for an airportWords word and "Airport"
// ("John F. Kennedy International Airport", typed a person without its
// tail), one for an airportWords word alone that no capitalized word
// follows where "airport" or "airports" stands before it in its sentence
// ("the major airports -- Newark Liberty International, John F. Kennedy
// International and LaGuardia", dragnet-news-a, whose list names the
// place so; the full stop of an initial ends no sentence); else 0.
func namesakeAirport(text string, toks []token, k int) int {
	if !airportWords[toks[k].Text] {
		return 0
	}
	if k+1 < len(toks) && toks[k+1].Text == "Airport" && text[toks[k].BEnd:toks[k+1].BStart] == " " {
		return 2
	}
	if k+1 < len(toks) && startsUpper(toks[k+1].Text) {
		return 0
	}
	for j := k - 1; j >= 0 && j >= k-30; j-- {
		switch w := toks[j].Text; {
		case strings.EqualFold(w, "airport") || strings.EqualFold(w, "airports"):
			return 1
		case w == "." && j > 0 && len(toks[j-1].Text) > 1 || w == "!" || w == "?" || lineBreakBefore(text, toks, j+1):
			return 0
		}
	}
	return 0
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

// spouseApart reports whether short, a person's bare surname, names
// another person than full, the full name it would join: full stands after
// a spouse's title ("First Lady Michelle Obama", "Mrs. Ann Romney") and
// short after an office's or a man's title ("President Obama", "Mr.
// Romney"): the office holder, whom the article names by surname alone.
// So too where full stands as the second of two given names sharing its
// surname ("young Malia and Sasha Obama", pairedGivenNameBefore: a
// family's member named beside another) and short after "President"
// alone: "Mr." may be the pair's husband ("Jeanne and John Schwartz ...
// Mr. Schwartz"). A pair's full name that the lists key as the listed
// person the surname after "President" names ("Michelle and Barack
// Obama") is that person, and joins.
func spouseApart(short, full []*mention, toks []token) bool {
	if short[0].typ != newsner.Person || full[0].typ != newsner.Person || len(short[0].words) != 1 {
		return false
	}
	spouse, paired := false, false
	for _, m := range full {
		if spouseTitleBefore(toks, m.t0) {
			spouse = true
			break
		}
		paired = paired || len(m.words) >= 2 && pairedGivenNameBefore(toks, m.t0)
	}
	if !spouse && !paired {
		return false
	}
	if !spouse {
		if k := listedSurnameKey(short[0].m.Text); k != "" && keyListKey(fullestMention(full).m.Text, newsner.Person) == k {
			return false // "Michelle and Barack Obama": the president himself
		}
	}
	for _, m := range short {
		if m.t0 == 0 {
			continue
		}
		if w := toks[m.t0-1].Text; spouse && lowered(officeTitles, w) || w == "President" {
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

// pairedGivenNameBefore reports whether a given name of the gazetteer,
// alone, and "and" end right before toks[k] ("Malia and" of "young Malia
// and Sasha Obama"): the full name there is one of two people who share
// its surname. Not after another capitalized word: "Herb Asher and Paul
// A. Beck" are two names.
func pairedGivenNameBefore(toks []token, k int) bool {
	if k < 2 || toks[k-1].Text != "and" {
		return false
	}
	w := toks[k-2].Text
	if k > 2 && startsUpper(toks[k-3].Text) {
		return false
	}
	return startsUpper(w) && isLetters(w) && firstName(w)
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

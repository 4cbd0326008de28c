package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Joins and types through a possessive: a name with an "'s" inside ("St
// Mary's Hospital", "Moody's"), a body named for its members ("Teachers'
// Retirement System", "the Women's Tennis Association"), and the names
// the article spells with an "'s" inside (docPossessives).

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
	return knownPossessive(key) || poss[key]
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

// possessiveS reports whether w is a possessive's "'s" (isPossessive's
// forms but the bare apostrophe, which a plural's possessive and a closing
// quote are written with).
func possessiveS(w string) bool {
	return isPossessive(w) && w != "'" && w != "\u2019"
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
	return knownPossessive(key) && !firstName(toks[t0].Text)
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
// other span holds, or over the organization's span right after it that
// ends in one (membersBodyAfter): a body named for its members ("the California State
// Teachers' Retirement System", where the tagger stopped at "Teachers" on
// a made-up Reuters-style article, fourth audit; "National Federation of
// Fishermen's Organisations"; "Zorbia Workers' Party").
func joinPluralPossessives(toks []token, spans []tspan) []tspan {
	var drop map[int]bool
	for i, s := range spans {
		if drop[i] {
			continue
		}
		k := s.t1
		if s.typ != newsner.Organization || k+1 >= len(toks) || toks[k-1].End != toks[k].Start || !membersPossessive(toks[k-1].Text, toks[k].Text) {
			continue
		}
		next := len(toks)
		if i+1 < len(spans) {
			next = spans[i+1].t0
			if membersBodyAfter(toks, spans[i+1], k+1) {
				if drop == nil {
					drop = map[int]bool{}
				}
				spans[i].t1, drop[i+1] = spans[i+1].t1, true // one span: the body's is dropped below
				continue
			}
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
	if drop == nil {
		return spans
	}
	out := spans[:0]
	for i, s := range spans {
		if !drop[i] {
			out = append(out, s)
		}
	}
	return out
}

// membersBodyAfter reports whether span b, right at token k after a
// members' plural and its possessive that end an organization's span,
// is the rest of one body's name the tagger cut in two at the possessive:
// an organization of its own ending in a body's head word (orgHeads), with
// no possessive inside ("Lay Volunteers" + "' " + "International
// Organisation", eng.testa doc 211, as eng.train marks "Welsh National
// Farmers ' Union", "All Fishermen 's Association" and "Revolutionary
// Workers ' Party" whole: a body named for its members, the issue's kind
// of an institution's name split at a possessive). The members are a
// common noun the training corpora write in lower case (usuallyLower): an
// owner's name with a plural's bare apostrophe before a tagged body
// ("Philip Quelbers' Zorb Organisation") stays apart.
func membersBodyAfter(toks []token, b tspan, k int) bool {
	return b.t0 == k && k >= 2 && b.typ == newsner.Organization && lowered(orgHeads, strings.TrimSuffix(toks[b.t1-1].Text, ".")) &&
		!hasPossessive(toks, b.t0, b.t1) && usuallyLower(toks[k-2].Text, 1, 1)
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

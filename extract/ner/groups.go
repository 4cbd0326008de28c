package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Mentions grouped into entities (groupMentions): the same surface form
// and type, and a short form joined to the nearest full form it
// abbreviates (abbreviates: a surname, an acronym, a name without its
// "the"), over groupSets' union of groups. The joins by topic after it
// (joins_variants.go, joins_spelling.go, joins_aliases.go, ...) use
// groupSets too.

// groupMentions groups mentions into entities: same surface form and type, and short
// forms joined to the full form they abbreviate: a person's surname or other
// part of their name ("Macron" after "Emmanuel Macron"), an organization's
// initials ("ECB" for "European Central Bank"). A short form that could
// belong to several full forms joins the nearest one before it.
func groupMentions(ms []*mention, toks []token) [][]*mention {
	groups := groupBySurface(ms)
	markPlaceContext(groups, toks)
	// Join short forms into full forms, longest full forms first.
	sets := newGroupSets(len(groups))
	idx := newFullForms(groups)
	budget := maxJoinChecks
	for i := range groups {
		cands := idx.candidates(groups[i][0])
		if budget -= len(cands); budget < 0 {
			break
		}
		if j := nearestFullForm(groups, i, cands, idx.acronyms); j >= 0 && !spouseApart(groups[i], groups[j], toks) && !familyApart(groups[i], groups[j], toks) {
			sets.union(i, j)
		}
	}
	return sets.merge(groups)
}

// maxJoinChecks bounds the comparisons of short forms with full forms in
// one text. A real article makes a few hundred; a hostile text of tens of
// thousands of distinct names sharing their words would make billions
// (every name against every other). Past the bound the remaining short
// forms stay entities of their own.
const maxJoinChecks = 1 << 22

// fullForms indexes the groups a short form may abbreviate (abbreviates),
// so that each short form is compared with the few names it could be
// part of rather than with every name of the text: a person's or an
// organization's name by each of its words (a short form of it holds its
// own first and last words: "Macron", "the Commission", "Andy Warhol
// Foundation"), an organization's by its acronyms ("ECB"; "NDP" of
// "Kenyan National Democratic Party", bodyAcronyms).
type fullForms struct {
	byWord    map[string][]int
	byAcronym map[string][]int
	acronyms  map[int][]string // an organization's group -> its acronyms (groupAcronyms)
}

func newFullForms(groups [][]*mention) fullForms {
	idx := fullForms{byWord: map[string][]int{}, byAcronym: map[string][]int{}, acronyms: map[int][]string{}}
	for j, g := range groups {
		h := g[0]
		if h.typ != newsner.Person && h.typ != newsner.Organization {
			continue
		}
		eachUnique(h.words, func(w string) { idx.byWord[w] = append(idx.byWord[w], j) })
		if h.typ == newsner.Organization {
			as := groupAcronyms(g)
			idx.acronyms[j] = as
			for _, a := range as {
				idx.byAcronym[a] = append(idx.byAcronym[a], j)
			}
		}
	}
	return idx
}

// maxAcronymForms bounds the written forms of one group whose acronyms
// groupAcronyms takes: an article writes a name in a few ways at most
// ("Research in Motion", "Research In Motion"), and a hostile text could
// write one in thousands.
const maxAcronymForms = 8

// groupAcronyms returns the acronyms an organization's group may go by
// (acronymsOf, bodyAcronyms), each once, over every way the article writes
// its name, up to maxAcronymForms of them: the mentions of a group share a
// key but not their capitals, so "RIM" is the "Research In Motion" of an
// article that first wrote "Research in Motion" (acronymsOf: "RM").
func groupAcronyms(g []*mention) []string {
	var out, forms []string
	for _, m := range g {
		if slices.Contains(forms, m.m.Text) {
			continue
		}
		if forms = append(forms, m.m.Text); len(forms) > maxAcronymForms {
			break
		}
		for _, a := range slices.Concat(acronymsOf(m.m.Text), bodyAcronyms(m.m.Text)) {
			if !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// candidates returns, in increasing order, the groups short may
// abbreviate: a superset of those for which abbreviates holds.
func (idx fullForms) candidates(short *mention) []int {
	sw := withoutThe(short.words)
	if len(sw) == 0 {
		return nil
	}
	// Every kind of short form holds its first word after "the" and its
	// last word: take the rarer.
	cands := idx.byWord[sw[0]]
	if last := idx.byWord[sw[len(sw)-1]]; len(last) < len(cands) {
		cands = last
	}
	if a, ok := acronymForm(short); ok {
		cands = mergeSorted(cands, idx.byAcronym[a])
	}
	return cands
}

// mergeSorted merges two increasing lists of group indexes, each index
// once.
func mergeSorted(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			out, a = append(out, a[0]), a[1:]
		case len(a) == 0 || b[0] < a[0]:
			out, b = append(out, b[0]), b[1:]
		default:
			out, a, b = append(out, a[0]), a[1:], b[1:]
		}
	}
	return out
}

// groupBySurface puts mentions with the same key and type in one group, in
// the order of their first mentions.
func groupBySurface(ms []*mention) [][]*mention {
	type gkey struct {
		key string
		typ newsner.EntityType
	}
	byKey := map[gkey]int{}
	var groups [][]*mention
	for _, m := range ms {
		i, ok := byKey[gkey{m.key, m.typ}]
		if !ok {
			i = len(groups)
			byKey[gkey{m.key, m.typ}] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], m)
	}
	return groups
}

// markPlaceContext marks a place group whose mentions stand where a place
// does ("in Jordan") at least once. A locative's possessive ("in Obama's
// favor", "interest in Levin's work") is no place's stand of itself: the
// "in" governs the noun after the "'s"; nor is a town's comma before a
// clause ("from London, Harper remembered"). Such a mention marks the
// group only where it names a country or a state ("in Georgia's
// capital", "in Washington's suburbs"), so a surname typed a place there still joins
// the person's full name (abbreviates), while "in Jackson, Miss." keeps
// a town apart from "Andrew Jackson".
func markPlaceContext(groups [][]*mention, toks []token) {
	for _, g := range groups {
		if g[0].typ != newsner.Location {
			continue
		}
		for _, m := range g {
			if placeContext(toks, m.t0, m.t1, locatives) && !locativePossessive(toks, m) {
				g[0].placeCtx = true
				break
			}
		}
	}
}

// locativePossessive reports whether m, a word of no country or state
// (iso3166Place, the gazetteer's countries and states), stands in a place's context only by its look: after a
// locative and before a possessive ("in Obama's favor"), or after a town
// and its comma and before a word in lower case, a clause's subject
// ("Settling into his hometown of Chicago, Obama made", "from London,
// Harper remembered"), where a town's region is followed by punctuation
// ("Jackson, Miss.").
func locativePossessive(toks []token, m *mention) bool {
	if m.t1-m.t0 != 1 || m.t1 >= len(toks) || m.t0 == 0 || iso3166Place(m.m.Text) {
		return false
	}
	if gz, _ := sharedGazetteer(); gz != nil && gz.phrases[m.m.Text]&(1<<gzCountry) != 0 {
		return false // the gazetteer's countries and states: "Washington", "Georgia"
	}
	if locatives[toks[m.t0-1].Text] {
		return isPossessive(toks[m.t1].Text)
	}
	r, _ := utf8.DecodeRuneInString(toks[m.t1].Text)
	return toks[m.t0-1].Text == "," && unicode.IsLower(r)
}

// nearestFullForm returns the group among cands (increasing indexes) with
// more words (besides a leading "the") whose name group i's short form
// abbreviates, or -1: of several, the one whose first mention is
// nearest before group i's first mention, else the earliest after it.
func nearestFullForm(groups [][]*mention, i int, cands []int, acronyms map[int][]string) int {
	short := groups[i][0]
	bestJ, bestPos := -1, -1
	surname := false // the best so far ends in the short form
	for _, j := range cands {
		h := groups[j]
		if i == j || len(withoutThe(h[0].words)) <= len(withoutThe(short.words)) {
			continue // "The Times" is shorter than "Seattle Times", not as long
		}
		if !abbreviates(short, h[0], acronyms[j]) {
			continue
		}
		if h[0].typ == newsner.Person {
			// A person's surname joins a name it ends rather than one it
			// starts or is inside: "Warhol" is Andy Warhol, not the
			// tagger's "Warhol Polaroids".
			ends := equalWords(h[0].words[len(h[0].words)-len(short.words):], short.words)
			if surname && !ends {
				continue
			}
			if ends && !surname {
				bestJ, bestPos, surname = -1, -1, true
			}
		}
		pos := h[0].m.Start
		if pos < short.m.Start {
			if bestPos < 0 || bestPos > short.m.Start || pos > bestPos {
				bestJ, bestPos = j, pos
			}
		} else if bestJ < 0 || (bestPos > short.m.Start && pos < bestPos) {
			bestJ, bestPos = j, pos
		}
	}
	return bestJ
}

// groupSets records which groups of mentions name one entity: a
// union-find forest over group indexes.
type groupSets []int

func newGroupSets(n int) groupSets {
	s := make(groupSets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// root returns the group that stands for group i's set. Each step points
// the group it passes at its grandparent (path halving), so that later
// walks are short however long a chain of joins grew; the walk is capped
// at one step per group, so a cycle could not make it loop.
func (s groupSets) root(i int) int {
	for n := 0; s[i] != i && n < len(s); n++ {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// union puts group short's set into group full's: the merged entity takes
// the type of full's root.
func (s groupSets) union(short, full int) {
	a, b := s.root(short), s.root(full)
	if a != b {
		s[a] = b
	}
}

// join puts group short's set into group full's (union), making the forest
// for n groups on the first join: most texts join nothing, and then
// allocate nothing.
func (s *groupSets) join(n, short, full int) {
	if *s == nil {
		*s = newGroupSets(n)
	}
	s.union(short, full)
}

// merge joins the groups of each set into one, ordered by the root's index,
// its mentions in group order, every mention typed as the root's first;
// with no sets made (join never called), it returns groups as they are.
func (s groupSets) merge(groups [][]*mention) [][]*mention {
	if s == nil {
		return groups
	}
	merged := make([][]*mention, len(groups))
	for i, g := range groups {
		r := s.root(i)
		for _, m := range g {
			m.typ = groups[r][0].typ
		}
		merged[r] = append(merged[r], g...)
	}
	out := merged[:0]
	for _, g := range merged {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// abbreviates reports whether short is a short form of full, an
// organization's acronyms (groupAcronyms) those of full's group.
func abbreviates(short, full *mention, acronyms []string) bool {
	switch full.typ {
	case newsner.Person:
		// A contiguous part of the name: "Macron", "von der Leyen". A
		// single word joins if it is the surname even when it was typed
		// differently, unless it is a place typed as one and read as a
		// place somewhere ("in Washington", "Seattle, Washington": the
		// state is not George Washington); other parts only when typed
		// PERSON.
		if short.typ != newsner.Person && !(short.typ.Valid() && len(short.words) == 1 && short.words[0] == full.words[len(full.words)-1]) {
			return false
		}
		if short.typ == newsner.Location && short.placeCtx || short.firm {
			return false
		}
		return containsRun(full.words, short.words)
	case newsner.Organization:
		if sw := withoutThe(short.words); short.typ == newsner.Organization && len(withoutThe(full.words)) > len(sw) &&
			equalWords(full.words[len(full.words)-len(sw):], sw) && startsUpper(short.m.Text) {
			// "the Commission" after "the European Commission", "The
			// Times" after "The New York Times".
			return true
		}
		if n := len(short.words); short.typ == newsner.Organization && n >= 2 && len(full.words) > n+1 && (full.m.Start < short.m.Start || placePairTail(full.words[n:])) &&
			orgHeads[short.words[n-1]] && nameLinks[full.words[n]] && equalWords(full.words[:n], short.words) {
			// "Andy Warhol Foundation" after "Andy Warhol Foundation for
			// the Visual Arts": the name up to its head word, once the full
			// name has been given ("Harvard Business School" before "the
			// 'Harvard Business School of Texas'" is not that), or before
			// a full name of two places (placePairTail: "the Port
			// Authority's airports" before "the Port Authority of New York
			// and New Jersey", dragnet-news-a page R567).
			return true
		}
		if short.typ != newsner.Organization && short.typ.Valid() {
			return false
		}
		s, ok := acronymForm(short)
		return ok && slices.Contains(acronyms, s)
	}
	return false
}

// placePairTail reports whether tail, the words of a body's name from its
// head word's "of" on, names two places joined by "and" ("of new york and
// new jersey", joinOfPlacePairs): a body of two states, whose head part
// said alone ("the Port Authority") is the body itself, before the full
// name as after it.
func placePairTail(tail []string) bool {
	return len(tail) >= 4 && tail[0] == "of" && slices.Contains(tail[2:len(tail)-1], "and")
}

// acronymForm returns a one-word name as the acronym it may be, its full
// stops dropped ("U.N."), if it is of capitals only.
func acronymForm(short *mention) (string, bool) {
	if len(short.words) != 1 {
		return "", false
	}
	s := strings.ReplaceAll(short.m.Text, ".", "")
	return s, utf8.RuneCountInString(s) >= 2 && strings.ToUpper(s) == s
}

// acronymsOf returns the acronyms a name may go by: the capitals that
// start its words, and, for a name of several words, all its capitals
// (the capitals inside a word count too: "SBJ" is "SportsBusiness
// Journal").
func acronymsOf(name string) []string {
	var ini []rune
	fields := strings.Fields(name)
	for _, w := range fields {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			ini = append(ini, r)
		}
	}
	if len(fields) > 1 {
		return []string{string(ini), capitals(name)}
	}
	return []string{string(ini)}
}

// containsRun reports whether sub occurs as a contiguous run in words.
func containsRun(words, sub []string) bool {
	for i := 0; i+len(sub) <= len(words); i++ {
		ok := true
		for k := range sub {
			if words[i+k] != sub[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// withoutThe returns words without a leading "the" ("the times" of "The
// Times"), as mention keys leave it out of an organization's name.
func withoutThe(words []string) []string {
	if len(words) > 1 && words[0] == "the" {
		return words[1:]
	}
	return words
}

// fullestMention returns the mention of g with the most words, the first
// on a tie.
func fullestMention(g []*mention) *mention {
	full := g[0]
	for _, m := range g[1:] {
		if len(m.words) > len(full.words) {
			full = m
		}
	}
	return full
}

// longestMention returns the mention of g with the most characters, the
// first on a tie: the fullest name where fullestMention's word count ties
// ("Ellis Park" over "Ellis").
func longestMention(g []*mention) *mention {
	full := g[0]
	for _, m := range g[1:] {
		if utf8.RuneCountInString(m.m.Text) > utf8.RuneCountInString(full.m.Text) {
			full = m
		}
	}
	return full
}

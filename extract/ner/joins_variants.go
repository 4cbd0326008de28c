package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Joins of an article's groups of mentions that name one thing
// (joinVariants): names the lists give one key, a country and its
// government, an acronym defined in brackets or after a comma and "the"
// (joinAcronymAppositions), a one-word short name that starts one longer
// name, a given name's short form; and the untagged mentions of a listed
// thing's other names (addListedVariants).

// joinVariants joins groups of mentions (groupMentions) that name one
// thing under different names:
//   - the name lists give them the same key ("US", "U.S." and "United
//     States"; "Spurs" and "Tottenham Hotspur");
//   - an acronym defined in the text, "International Atomic Energy Agency
//     (IAEA)", whatever its letters;
//   - a single word that starts exactly one longer organization name of
//     the article and is typed an organization too ("Ulta" after "Ulta
//     Beauty", "Amazon" after "Amazon.com Inc"), unless it is a word many
//     names start with ("Bank", "New") or the longer name is a committee
//     or force of it ("House Budget Committee", subBodyOf);
//   - two people named alike but for a given name's short form or a typo
//     ("Josh Apte" and "Joshua Apte").
//
// The joined entity takes the type of its fullest name's group.
func joinVariants(groups [][]*mention, toks []token) [][]*mention {
	sets := newGroupSets(len(groups))
	byKey := joinListed(groups, sets)
	joinCountryGovernments(groups, byKey, sets)
	joinBracketAcronyms(groups, toks, sets)
	joinShortNames(groups, toks, sets)
	joinBlendedShortNames(groups, sets)
	joinGivenNameVariants(groups, sets)
	return sets.merge(groups)
}

// joinGivenNameVariants joins two people of the article whose names are
// the same but for the given name, where one given name is the start of the
// other ("Josh Apte" and "Joshua Apte") or differs from it by one letter
// in five or more ("Kristen" and "Kristin Wilkins"; "Mohamed" and
// "Mohammed Morsi", a letter more): a short form, a transliteration or a
// typo, not a relative. The later name joins the earlier.
func joinGivenNameVariants(groups [][]*mention, sets groupSets) {
	// maxSameSurname bounds the earlier people of one surname a name is
	// compared with: no article names more than a few, and a hostile text
	// of tens of thousands of "X Smith" would compare each with all.
	const maxSameSurname = 32
	bySurname := map[string][]int{} // the words after the given name -> groups, in order
	for i, g := range groups {
		a := g[0]
		if a.typ != newsner.Person || len(a.words) < 2 {
			continue
		}
		rest := strings.Join(a.words[1:], " ")
		earlier := bySurname[rest]
		if len(earlier) > maxSameSurname {
			earlier = earlier[:maxSameSurname]
		}
		for _, j := range earlier {
			if givenNameVariant(groups[j][0].words[0], a.words[0]) {
				sets.union(i, j)
				break
			}
		}
		bySurname[rest] = append(bySurname[rest], i)
	}
}

// givenNameVariant reports whether given names x and y (lower case) are
// one name's short form and full form, or one letter apart in five or more.
func givenNameVariant(x, y string) bool {
	if x == y || !isLetters(x) || !isLetters(y) {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) >= 3 && strings.HasPrefix(y, x) {
		return true
	}
	if len(y) == len(x)+1 && len(x) >= 5 && oneLetterMore(x, y) {
		return true // "Mohamed" and "Mohammed": a transliteration's doubled letter
	}
	if len(x) != len(y) || len(x) < 5 || x[0] != y[0] || x[len(x)-1] != y[len(y)-1] {
		// A different first letter is another name ("Jason", "Mason"),
		// a different last one often the other sex's ("Maria", "Mario").
		return false
	}
	diff := 0
	for k := range x {
		if x[k] != y[k] {
			diff++
		}
	}
	return diff == 1
}

// groupForms returns the surface forms of a group's mentions.
func groupForms(g []*mention) []string {
	fs := make([]string, len(g))
	for i, m := range g {
		fs[i] = m.m.Text
	}
	return fs
}

// joinListed joins the groups whose names the lists give one key, into the
// group with the most words (the first of them on a tie). It returns the
// group that holds each key.
func joinListed(groups [][]*mention, sets groupSets) map[string]int {
	byKey := map[string]int{}
	for i, g := range groups {
		if !g[0].typ.Valid() {
			continue
		}
		if k := groupListKey(g[0].typ, groupForms(g)); k != "" {
			if j, ok := byKey[k]; ok {
				if len(g[0].words) > len(groups[j][0].words) {
					sets.union(j, i)
					byKey[k] = i
				} else {
					sets.union(i, j)
				}
			} else {
				byKey[k] = i
			}
		}
	}
	return byKey
}

// joinCountryGovernments joins a country the tagger typed an organization
// (its government: "the DPRK said") to the same country where the article
// names it as a place too (byKey from joinListed); not a one-word name
// that starts a longer organization's name of the article (firmStarts):
// a company's short form ("Emirates" of "Emirates Airline",
// countryWordFirmsAsOrganizations), which joinShortNames joins.
func joinCountryGovernments(groups [][]*mention, byKey map[string]int, sets groupSets) {
	var starts map[string]bool // firmStarts, made at the first need
	for i, g := range groups {
		if g[0].typ == newsner.Organization {
			if len(g[0].words) == 1 {
				if starts == nil {
					starts = firmStarts(groups)
				}
				if starts[g[0].words[0]] {
					continue
				}
			}
			if k := groupListKey(newsner.Location, groupForms(g)); countryKey(k) {
				if j, ok := byKey[k]; ok && groups[j][0].typ == newsner.Location {
					sets.union(i, j)
				}
			}
		}
	}
}

// firmStarts returns the first words of the organizations' names of two
// words or more among groups (lower case).
func firmStarts(groups [][]*mention) map[string]bool {
	starts := map[string]bool{}
	for _, g := range groups {
		if g[0].typ == newsner.Organization && len(g[0].words) > 1 {
			starts[g[0].words[0]] = true
		}
	}
	return starts
}

// joinBracketAcronyms joins an acronym defined in brackets after a name,
// "International Atomic Energy Agency (IAEA)", and the acronym's other
// mentions, to the name's group; a person's initials are not an acronym,
// nor is what stands in brackets after a name tagged a person, unless it
// is the name's capitals ("PubMed Central (PMC)", the tagger's person).
func joinBracketAcronyms(groups [][]*mention, toks []token, sets groupSets) {
	single := map[int]int{}    // token of a one-token mention -> its group
	var byKey map[string][]int // the groups of each key, made at the first need
	for i, g := range groups {
		for _, m := range g {
			if m.t1-m.t0 == 1 {
				single[m.t0] = i
			}
		}
	}
	for i, g := range groups {
		if !g[0].typ.Valid() {
			continue
		}
		for _, m := range g {
			t := m.t1
			if m.t1-m.t0 < 2 || t+2 >= len(toks) || toks[t].Text != "(" || toks[t+2].Text != ")" {
				continue
			}
			if g[0].typ == newsner.Person && capitals(m.m.Text) != toks[t+1].Text {
				continue // "Philip Cocu (PSV)": a player's club, not his acronym
			}
			if t+3 < len(toks) && dashes[toks[t+3].Text] {
				continue // "New York (CNN) --": a dateline's agency, not the place's acronym
			}
			if j, ok := single[t+1]; ok && j != i && isAcronym(toks[t+1].Text) && groups[j][0].typ != newsner.Person {
				sets.union(j, i)
				// The acronym's other mentions, whatever they were typed.
				if byKey == nil {
					byKey = map[string][]int{}
					for k, h := range groups {
						byKey[h[0].key] = append(byKey[h[0].key], k)
					}
				}
				for _, k := range byKey[groups[j][0].key] {
					if k != i && groups[k][0].typ.Valid() {
						sets.union(k, i)
					}
				}
			}
		}
	}
}

// joinShortNames joins a one-word organization to the one longer
// organization name of the article it starts ("Ulta" after "Ulta Beauty";
// "the Church" after "the Church of Scientology"; a demonym typed an
// organization, "Norwegian" after "Norwegian Air"), and a compass word to
// the one place name it starts ("the North" after "North Korea").
func joinShortNames(groups [][]*mention, toks []token, sets groupSets) {
	gz, _ := sharedGazetteer()
	var starts map[typedWord][]int // the groups of each type and first word, made at the first need
	var makers map[string]bool     // makerPrefixes, made at the first need
	var places map[string]bool     // placeWordsOf, made at the first need
	for i, g := range groups {
		short := g[0]
		if len(short.words) != 1 || !startsUpper(short.m.Text) {
			continue
		}
		compass := short.typ == newsner.Location && compassWords[short.words[0]]
		if short.typ != newsner.Organization && !compass {
			continue
		}
		if starts == nil {
			starts = map[typedWord][]int{}
			for j, h := range groups {
				k := typedWord{h[0].typ, siteStem(h[0].words)} // "Amazon" of "Amazon.com Inc"
				starts[k] = append(starts[k], j)
			}
		}
		cands := starts[typedWord{short.typ, short.words[0]}]
		// A demonym typed an organization is a company's short form
		// (demonymFirmsAsOrganizations), and so is a town's word no list
		// names as an organization where the article names no such place
		// (townFirmStart: "Cochrane" of "the Cochrane Collaboration").
		generic := commonStart(gz, short.m.Text) && !compass && !isDemonym(short.m.Text) && !townFirmStart(gz, short, placeWordsOf(&places, groups))
		if full := namesakeFirmOf(groups, i, cands, sets); full >= 0 { // "Hilton" of "Hilton Hotels", not of "Hilton Space Station"
			sets.union(i, full)
			continue
		}
		if full := onlyFullName(groups, i, cands, generic, sets); full >= 0 && (!listedAcronymParent(short, groups[full][0]) || makersOf(&makers, toks)[short.m.Text] && !listedApart(short, groups[full])) &&
			!listedUnitParent(short, groups[full]) && !subBodyOf(groups[full][0]) {
			sets.union(i, full)
		}
	}
}

// listedAcronymParent reports whether short, a one-word organization's
// name in capitals that the lists know ("GE", "BBC", "NASA"), is another
// organization than full, a longer name it starts that the lists do not
// give short's key: the parent of a unit, channel or programme named after
// it ("GE Healthcare", "BBC News", "NASA Earth Observatory", "CNN Election
// Center"), which the distinct-entity gold keeps apart. A full name that
// only adds legal suffixes ("QXR Holdings") is short's own.
func listedAcronymParent(short, full *mention) bool {
	if _, ok := acronymForm(short); !ok || !isLetters(strings.ReplaceAll(short.m.Text, ".", "")) {
		return false
	}
	k := keyListKey(short.m.Text, newsner.Organization)
	if k == "" || groupListKey(newsner.Organization, []string{full.m.Text}) == k {
		return false
	}
	return withoutSuffixes(full.m.Text, newsner.Organization) != short.m.Text
}

// unitTails end the name of a company's unit or arm after its parent's
// one-word name ("Google Cloud", "Amazon Web Services", "TikTok Global",
// "Walmart International", "Goldman Sachs Asset Management" aside), as
// the words after the first, lower case.
var unitTails = setOf(`cloud global international health healthcare capital ventures research studios pictures
music games foundation securities investments`)

// unitTailPairs are unitTails of two words.
var unitTailPairs = setOf(`web_services asset_management`)

// listedUnitParent reports whether short, a one-word organization the
// lists know ("Google", "Amazon", "TikTok"), is another organization than
// full, its name and a unit's word (unitTails: "Google Cloud", "Amazon Web
// Services", "TikTok Global"), which the lists do not give short's key:
// the parent beside its unit, which the distinct-entity gold keeps apart,
// as listedAcronymParent keeps "BBC" from "BBC News". A unit the lists
// key as its parent ("Amnesty International" as "Amnesty") is the
// parent's own name.
func listedUnitParent(short *mention, full []*mention) bool {
	f := full[0]
	switch n := len(f.words); {
	case n == 2 && unitTails[f.words[1]], n == 3 && unitTailPairs[f.words[1]+"_"+f.words[2]]:
	default:
		return false
	}
	k := keyListKey(short.m.Text, newsner.Organization)
	return k != "" && groupListKey(newsner.Organization, groupForms(full)) != k
}

// subBodyTails end the name of a body inside an organization, after the
// organization's one-word name ("House Budget Committee", "Senate
// Judiciary Subcommittee", "BART Police", "Senate Democratic Caucus"),
// lower case.
var subBodyTails = setOf(`committee subcommittee police caucus`)

// subBodyOf reports whether full, a name of two words or more that
// starts with a one-word organization's name, ends in a sub-body's head
// (subBodyTails): a committee or force of that organization, not its
// longer name, so "the House" beside "the House Budget Committee" stays
// the chamber, keyed as the House of every other article (lowerHouseKey),
// as the distinct-entity gold keeps them apart.
func subBodyOf(full *mention) bool {
	return len(full.words) >= 2 && subBodyTails[full.words[len(full.words)-1]]
}

// listedApart reports whether full, a group whose name starts with
// short's, a listed organization's name in capitals, is a listed thing of
// its own that the lists key apart from short ("NFL Network" of media.tsv
// and "NFL" of aliases.tsv; "BBC Sport" and "BBC"): a channel, unit or arm
// named after a listed organization. Not a town's name that names a club
// too ("Dallas" of FC Dallas, the town of the "Dallas Cowboys").
// It is no product of a maker however many names the word starts in the
// article (makerPrefixes: "NFL Draft", "NFL Network", "NFL Commissioner";
// joinShortNames), and no team of a town "NHL" (joinTeamTowns, which
// joined a dragnet-web-a page's "NHL" into its "NHL Network" and another's
// "NFL" into "NFL Network"), so the organization named alone stays itself.
func listedApart(short *mention, full []*mention) bool {
	if _, ok := acronymForm(short); !ok {
		return false
	}
	k := keyListKey(short.m.Text, newsner.Organization)
	f := groupListKey(newsner.Organization, groupForms(full))
	return k != "" && f != "" && f != k
}

// makerPrefixes returns the words the text writes before three or more
// different capitalized words ("HP Service Test", "HP UFT", "HP IT
// Performance Suite"): a maker's name before its products' names, where
// a longer name it starts is more likely a product (MISC) than a unit of
// the maker, so listedAcronymParent does not keep it apart. One walk over
// the text.
func makerPrefixes(toks []token) map[string]bool {
	next := map[string][]string{} // a word -> the first capitalized words after it, up to three
	makers := map[string]bool{}
	for k := 0; k+1 < len(toks); k++ {
		w, n := toks[k].Text, toks[k+1].Text
		if makers[w] || !startsUpper(w) || !startsUpper(n) || slices.Contains(next[w], n) {
			continue
		}
		if next[w] = append(next[w], n); len(next[w]) >= 3 {
			makers[w] = true
		}
	}
	return makers
}

// makersOf returns *makers, making it with makerPrefixes at the first call.
func makersOf(makers *map[string]bool, toks []token) map[string]bool {
	if *makers == nil {
		*makers = makerPrefixes(toks)
	}
	return *makers
}

// typedWord is a name's type and a word of it.
type typedWord struct {
	typ  newsner.EntityType
	word string
}

// onlyFullName returns the group among cands (increasing indexes; those of
// group i's type whose name starts with its word) of the same type whose
// name has two words or more and starts with group i's one word, or a negative number where
// there is none or several that are not yet one entity ("Manchester").
// Where the word is a generic start ("Bank"), only a name that goes on
// with "of" counts: "the Bank" of "Bank of England", not of "Bank Leumi".
func onlyFullName(groups [][]*mention, i int, cands []int, generic bool, sets groupSets) int {
	short := groups[i][0]
	full := -1
	for _, j := range cands {
		h := groups[j]
		first := siteStem(h[0].words) // "Amazon" of "Amazon.com Inc"
		if j == i || h[0].typ != short.typ || len(h[0].words) < 2 && first == h[0].words[0] || first != short.words[0] {
			continue
		}
		if generic && h[0].words[1] != "of" {
			continue // "Bank" is not "Bank Leumi"; it is "the Bank" of "Bank of England"
		}
		if full >= 0 && sets.root(full) != sets.root(j) {
			return -2 // two names start with it: "Manchester"
		}
		full = j
	}
	return full
}

// commonStart reports whether w is a word many organization names start
// with, or a place, a demonym or a title: not a short form of one name.
func commonStart(gz *gazetteer, w string) bool {
	if isDemonym(w) || isTitle(w) || lowered(months, w) {
		return true
	}
	if gz == nil {
		return false
	}
	kinds := gz.phrases[w]
	return kinds&(1<<gzOrgWord|1<<gzCountry|1<<gzPlace) != 0
}

// addListedVariants adds to each group whose names the lists key the
// mentions of the thing's other listed names that the tagger left
// untagged ("Spurs" in an article about "Tottenham Hotspur"), so the
// entity counts every mention. A variant counts where it stands alone: not
// inside another mention, not next to another capitalized word. Names the
// group already has are left as the tagger decided, and so is a place's
// one-word form that starts an organization's longer name of the article
// (firmStarts: "Emirates" beside "Emirates Airline", the airline's).
func addListedVariants(text string, toks []token, groups [][]*mention) [][]*mention {
	nameIndex()
	var starts map[string]bool // firmStarts, made at the first need
	covered := groupCover(len(toks), groups)
	for gi, g := range groups {
		if !g[0].typ.Valid() || g[0].typ == newsner.Person {
			continue
		}
		fs := make([]string, len(g))
		have := map[string]bool{}
		for i, m := range g {
			fs[i] = m.m.Text
			have[normName(m.m.Text)] = true
		}
		key := fullListKey(g[0].typ, fullestForm(fs), fs)
		if key == "" {
			continue
		}
		for _, form := range namesForms[key] {
			if byNormName(have, form) || keyListKey(form, g[0].typ) != key {
				continue
			}
			words := strings.Fields(form)
			if g[0].typ == newsner.Location && len(words) == 1 {
				if starts == nil {
					starts = firmStarts(groups)
				}
				if starts[strings.ToLower(form)] {
					continue // "Emirates" where "Emirates Airline" is named: the firm's short form (joinCountryGovernments)
				}
			}
			for k := 0; k+len(words) <= len(toks); k++ {
				if !matchWords(toks, k, words, covered) {
					continue
				}
				e := k + len(words)
				if !standsAlone(text, toks, k, e) {
					continue
				}
				m := &mention{typ: g[0].typ, t0: k, t1: e, key: strings.ToLower(form)}
				for j := k; j < e; j++ {
					m.words = append(m.words, strings.ToLower(toks[j].Text))
					covered[j] = true
				}
				m.m = newsner.Mention{Start: int(toks[k].Start), End: int(toks[e-1].End), Text: text[toks[k].BStart:toks[e-1].BEnd]}
				groups[gi] = append(groups[gi], m)
			}
		}
	}
	return groups
}

// joinAcronymAppositions joins an organization named by one word in
// capitals or with a capital inside (acronymLike) to the organization
// named right after it by a comma and "the" whose capitalized words'
// initials are the word's capitals in order (acronymSpells): "said Chris
// Collins of amFAR, the Foundation for AIDS Research" names one body
// twice, which the entity lists give as one (issue 11, the organizations
// pass: dragnet-news-a 524, msnbc.msn.com). The acronyms the initials of a
// name spell in full ("the Zorb Quelb Council (ZQC)") joinVariants joins.
func joinAcronymAppositions(groups [][]*mention, toks []token) [][]*mention {
	var at map[int]groupedMention // the first token of an organization's mention -> it and its group, lazily
	var sets groupSets
	for i, g := range groups {
		if g[0].typ != newsner.Organization {
			continue
		}
		for _, m := range g {
			k := m.t1
			if m.t1-m.t0 != 1 || k+2 >= len(toks) || toks[k].Text != "," || !strings.EqualFold(toks[k+1].Text, "the") || !acronymLike(toks[m.t0].Text) {
				continue
			}
			if at == nil {
				at = mentionStarts(groups, newsner.Organization)
			}
			n, ok := at[k+2]
			if ok && n.g != i && acronymSpells(toks[m.t0].Text, textWords(toks, n.m.t0, n.m.t1)) {
				sets.join(len(groups), i, n.g)
			}
		}
	}
	return sets.merge(groups)
}

// acronymSpells reports whether the capitals of acronym, in order, are the
// initials of the capitalized words of name, two at least ("FAR" of
// "amFAR" and "Foundation for AIDS Research").
func acronymSpells(acronym string, name []string) bool {
	caps := capitals(acronym)
	var initials []rune
	for _, w := range name {
		if startsUpper(w) {
			initials = append(initials, []rune(w)[0])
		}
	}
	return utf8.RuneCountInString(caps) >= 2 && caps == string(initials)
}

// townFirmStart reports whether short, a one-word organization whose word
// the gazetteer knows only as a town's ("Cochrane", "Cleveland",
// "Liberty"), is the short form of a longer organization name it starts
// rather than a town's word: no list names it (a club by its town:
// "Chicago"; a listed city), and the article names no place by it (places:
// the words of its places' names, placeWordsOf). "Cochrane" after "the
// Cochrane Collaboration" ("a separate Cochrane review") is the network,
// as "Cleveland" after "Cleveland Electric Co." is the contractor.
func townFirmStart(gz *gazetteer, short *mention, places map[string]bool) bool {
	w := short.m.Text
	if gz == nil || isTitle(w) || lowered(months, w) || gz.phrases[w]&(1<<gzOrgWord|1<<gzCountry) != 0 || gz.phrases[w]&(1<<gzPlace) == 0 {
		return false
	}
	if keyListKey(w, newsner.Organization) != "" || keyListKey(w, newsner.Location) != "" {
		return false
	}
	return !places[short.words[0]]
}

// placeWordsOf returns *words, made first from groups if nil: the words of
// the names of the article's places (its LOCATION groups).
func placeWordsOf(words *map[string]bool, groups [][]*mention) map[string]bool {
	if *words == nil {
		*words = map[string]bool{}
		for _, g := range groups {
			if g[0].typ == newsner.Location {
				for _, w := range g[0].words {
					(*words)[w] = true
				}
			}
		}
	}
	return *words
}

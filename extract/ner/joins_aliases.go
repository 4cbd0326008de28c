package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Joins of short forms that share no whole word with the full name: a
// person's initials ("MJD" of "Maurice Jones-Drew") and a team's clipped
// nickname or town ("Jags", "Bucs", "Indy"). Each leaves the short form
// apart where it fits two things of the article.

// joinPeopleByInitials joins a name written only as two to four capitals
// ("MJD", "AOC") to the one person of the article whose name's capitals
// they are ("Maurice Jones-Drew", "Alexandria Ocasio-Cortez"): news and
// sports pages call people so once they have named them. Not a name the
// lists know ("UK", "NBA"), nor the capitals of an organization's or a
// place's name of the article ("Jackson Memorial Dept" beside "JMD"), nor
// capitals two people share ("CJ" beside Chris and Calvin Johnson). The
// joined entity is the person.
func joinPeopleByInitials(groups [][]*mention) [][]*mention {
	var people map[string]int // capitals -> the person group, -1 where two share them
	var other map[string]bool // capitals and acronyms of other names
	var sets groupSets
	for i, g := range groups {
		ini, ok := initialsForm(g)
		if !ok {
			continue
		}
		if people == nil {
			people, other = map[string]int{}, map[string]bool{}
			for j, h := range groups {
				if !h[0].typ.Valid() {
					continue
				}
				for _, m := range h {
					if len(m.words) < 2 {
						continue
					}
					if h[0].typ != newsner.Person {
						for _, a := range acronymsOf(m.m.Text) {
							other[a] = true
						}
						continue
					}
					c := capitals(m.m.Text)
					if k, seen := people[c]; seen && k != j {
						people[c] = -1
						continue
					}
					people[c] = j
				}
			}
		}
		j, found := people[ini]
		if !found || j < 0 || j == i || other[ini] {
			continue
		}
		sets.join(len(groups), i, j)
	}
	return sets.merge(groups)
}

// initialsForm returns the capitals a group's every mention is, if they
// may be a person's initials: one word of two to four capitals (full stops
// dropped: "J.F.K."), of a type the tagger gives names, that no list
// knows as anything.
func initialsForm(g []*mention) (string, bool) {
	if !g[0].typ.Valid() {
		return "", false
	}
	ini := ""
	for _, m := range g {
		s, ok := acronymForm(m)
		if !ok || !isLetters(s) || utf8.RuneCountInString(s) > 4 || ini != "" && s != ini {
			return "", false
		}
		ini = s
	}
	for _, t := range []newsner.EntityType{newsner.Person, newsner.Location, newsner.Organization} {
		if keyListKey(ini, t) != "" || keyListKey(g[0].m.Text, t) != "" {
			return "", false
		}
	}
	return ini, true
}

// joinClippedTeamNames joins, in a sports report, an organization's
// one-word name that clips a team's nickname or town and ends in "s" or
// "y" ("Jags" of the Jaguars, "Bucs" of the Buccaneers, "Indy" of the
// Indianapolis Colts) to the one team of the article whose nickname or
// town starts with the clipped stem (three letters or more). Not a listed
// team's nickname itself ("Rays", "Mets": a name of its own), nor a stem
// two teams of the article start with.
func joinClippedTeamNames(groups [][]*mention, toks []token, about *topics) [][]*mention {
	if !about.sportsDoc() {
		return groups
	}
	var teams map[int][]string // team group -> its nickname and town words, lower case
	var sets groupSets
	for i, g := range groups {
		stem, ok := clippedStem(g)
		if !ok {
			continue
		}
		if teams == nil {
			teams = teamWords(groups, toks)
		}
		team := -1
		for j, ws := range teams {
			if j == i || !clipsAny(stem, ws) {
				continue
			}
			if team >= 0 && team != j {
				team = -2 // two teams start so
				break
			}
			team = j
		}
		if team >= 0 {
			sets.join(len(groups), i, team)
		}
	}
	return sets.merge(groups)
}

// clippedStem returns the lower-case stem of a group named by one
// capitalized word, typed an organization, ending in "s" or "y" ("jag" of
// "Jags", "ind" of "Indy"), that is no listed team's nickname.
func clippedStem(g []*mention) (string, bool) {
	m := g[0]
	if m.typ != newsner.Organization || len(m.words) != 1 || !startsUpper(m.m.Text) || !hasLower(m.m.Text) {
		return "", false
	}
	w := m.words[0]
	for _, o := range g {
		if len(o.words) != 1 || o.words[0] != w {
			return "", false
		}
	}
	return clippedWordStem(w)
}

// clippedWordStem returns w, a lower-case word, without its last letter
// if w may clip a team's name: letters only, ending in "s" or "y", no
// listed team's nickname ("rays"), a stem of three letters or more.
func clippedWordStem(w string) (string, bool) {
	if !isLetters(w) || listedNicknames()[w] || !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "y") || len(w) < 4 {
		return "", false
	}
	return w[:len(w)-1], true
}

// teamWords maps each team group of the article (a mention names a town
// and nickname, teamTown, or its names are a listed team's nickname,
// teamNicknameKey) to its nicknames and town's first words, lower case.
func teamWords(groups [][]*mention, toks []token) map[int][]string {
	out := map[int][]string{}
	for j, h := range groups {
		if h[0].typ != newsner.Organization {
			continue
		}
		listed := teamNicknameKey(newsner.Organization, groupForms(h)) != ""
		var ws []string
		for _, m := range h {
			if town, ok := teamTown(toks, m); ok {
				ws = append(ws, strings.Fields(town)[0], m.words[len(m.words)-1])
			} else if listed && len(m.words) == 1 {
				ws = append(ws, m.words[0])
			}
		}
		if len(ws) > 0 {
			out[j] = ws
		}
	}
	return out
}

// clipsAny reports whether stem starts one of words and is shorter than
// it by more than its last letter ("jag" of "jaguars", not "ray" of "rays").
func clipsAny(stem string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, stem) && len(w) > len(stem)+1 {
			return true
		}
	}
	return false
}

// clippedFormOf reports whether form is a clipped team name
// (clippedStem's shape: one word ending in "s" or "y", no listed
// nickname) whose stem starts another of forms' words and is shorter than
// it: "Jags" of a group that also says "Jaguars". teamNicknameKey passes
// over it, so the team that joinClippedTeamNames gave it keys as without.
func clippedFormOf(form string, forms []string) bool {
	stem, ok := clippedWordStem(strings.ToLower(form))
	if !ok {
		return false
	}
	for _, f := range forms {
		if f != form && clipsAny(stem, strings.Fields(strings.ToLower(f))) {
			return true
		}
	}
	return false
}

// teamPossessions are the words after a town's possessive that make the
// town its team in a sports report: "Tampa Bay's win", "Dallas's defense".
var teamPossessions = setOf(`win wins victory loss losses defeat defense defence offense offence
quarterback coach roster lineup`)

// townPossessivesAsTeams types ORGANIZATION, in a sports report, a place's
// mention right before a possessive and a word of teamPossessions (a
// score may stand between: "Tampa Bay's 42-32 win") whose
// words are the town of a team the article names by town and nickname
// (teamTown: "Tampa Bay's win" beside the Tampa Bay Buccaneers), so that
// joinTeamTowns joins it to the team: a town wins no game, its team does.
// The town's other mentions ("in Tampa Bay") keep their type.
func townPossessivesAsTeams(ms []*mention, toks []token, about *topics) {
	var towns map[string]bool // the article's teams' towns, made at the first need
	for _, m := range ms {
		if m.typ != newsner.Location || m.t1+1 >= len(toks) || !isPossessive(toks[m.t1].Text) {
			continue
		}
		k := m.t1 + 1
		if isRecord(toks[k].Text) && k+1 < len(toks) {
			k++ // "Tampa Bay's 42-32 win"
		}
		if !lowered(teamPossessions, toks[k].Text) {
			continue
		}
		if !about.sportsDoc() {
			return
		}
		if towns == nil {
			towns = teamTowns(ms, toks)
		}
		if towns[m.key] {
			m.typ = newsner.Organization
		}
	}
}

// joinMisspeltSurnames joins a name written as one word of five to 30
// letters, the same at every mention, that no list knows, to the one
// person of the article whose surname it misspells by two neighbouring
// letters swapped (swappedPairs: "Bieker" of "Sven Beiker", "Pagnao" of
// "Chuck Pagano"): a typing slip the tagger reads as another thing, an
// organization or a place (issue 11: a BBC page of 2012, "says Bieker",
// and an NFL blog's "Pagnao's pregame pep talk", each a variant reported
// apart with the wrong type), or by a letter left out or one too many
// (droppedLetters: "Water" of "Kathryn Waters" in GUM's report of a Warhol
// exhibit), but for a plural's "s" ("the Romneys", the family). Not a
// word two people's surnames give.
func joinMisspeltSurnames(groups [][]*mention) [][]*mention {
	var surnames map[string]int  // a person's surname, lower case -> the group, -1 where two share it
	var shortened map[string]int // a surname with a letter left out -> the group (droppedLetterGroups)
	var slips [][2]int           // the slip's group and its person's
	for i, g := range groups {
		w, ok := oneWordForm(g)
		if n := utf8.RuneCountInString(w); !ok || n < 5 || n > 30 {
			continue
		}
		if surnames == nil {
			surnames = surnameGroups(groups)
		}
		if _, own := surnames[w]; own {
			continue
		}
		if shortened == nil {
			shortened = droppedLetterGroups(surnames)
		}
		person := -1
		candidates := append(swappedPairs(w), droppedLetters(w)...)
		for k := 0; k <= len(candidates) && person != -2; k++ {
			j, found := shortened[w] // "Mauer" of "Maurer"
			if k < len(candidates) {
				if candidates[k]+"s" == w {
					continue // "the Romneys", the family of "Mitt Romney"
				}
				j, found = surnames[candidates[k]]
			}
			if !found || j == i {
				continue
			}
			if j < 0 || person >= 0 && person != j {
				person = -2
				break
			}
			person = j
		}
		if person >= 0 {
			slips = append(slips, [2]int{i, person})
		}
	}
	if len(slips) > maxSlips {
		return groups
	}
	var sets groupSets
	for _, p := range slips {
		sets.join(len(groups), p[0], p[1])
	}
	return sets.merge(groups)
}

// maxSlips bounds the slips (a misspelt name, a word's ending changed) the
// slip joins (joinMisspeltSurnames, joinMisspeltNames, joinInflectedNames)
// make in one article: a writer slips once or twice in a story; a page
// where many names are a letter's swap apart is a list of codes or names
// of a pattern (the hostile-size tests' "Zorbabcd" and "Zorbbacd"), where
// each is its own thing, and then none joins.
const maxSlips = 4

// droppedLetters returns the words w gives with one letter left out, for
// a word of six letters or more ("maurerr" gives "maurer" and the rest).
func droppedLetters(w string) []string {
	r := []rune(w)
	if len(r) < 6 {
		return nil
	}
	out := make([]string, 0, len(r))
	for k := range r {
		out = append(out, string(r[:k])+string(r[k+1:]))
	}
	return out
}

// droppedLetterGroups maps each surname's spellings with one letter left
// out (droppedLetters) to the surname's group; -1 where two groups give
// one spelling.
func droppedLetterGroups(surnames map[string]int) map[string]int {
	out := map[string]int{}
	for s, j := range surnames {
		for _, d := range droppedLetters(s) {
			if k, seen := out[d]; seen && k != j {
				out[d] = -1
				continue
			}
			out[d] = j
		}
	}
	return out
}

// oneWordForm returns the lower-case word a group's every mention is, if
// it is one capitalized word of letters, of a type the tagger gives names,
// that no list knows as anything and no place is.
func oneWordForm(g []*mention) (string, bool) {
	if !g[0].typ.Valid() {
		return "", false
	}
	w := ""
	for _, m := range g {
		if len(m.words) != 1 || !startsUpper(m.m.Text) || !hasLower(m.m.Text) || w != "" && m.words[0] != w {
			return "", false
		}
		w = m.words[0]
	}
	if !isLetters(w) || knownPlace(g[0].m.Text) {
		return "", false
	}
	for _, t := range []newsner.EntityType{newsner.Person, newsner.Location, newsner.Organization} {
		if keyListKey(g[0].m.Text, t) != "" {
			return "", false
		}
	}
	return w, true
}

// surnameGroups maps the last words of the article's people's names of
// two words or more, lower case, to their groups; -1 where two people
// share one.
func surnameGroups(groups [][]*mention) map[string]int {
	out := map[string]int{}
	for j, h := range groups {
		if h[0].typ != newsner.Person {
			continue
		}
		for _, m := range h {
			if len(m.words) < 2 {
				continue
			}
			s := m.words[len(m.words)-1]
			if k, seen := out[s]; seen && k != j {
				out[s] = -1
				continue
			}
			out[s] = j
		}
	}
	return out
}

// swappedPairs returns the words w gives with two neighbouring, unlike
// letters swapped ("bieker" gives "ibeker", "beiker", "biekre" and the
// rest): the spellings whose slip w may be, one look-up each.
func swappedPairs(w string) []string {
	r := []rune(w)
	out := make([]string, 0, len(r)-1)
	for k := 0; k+1 < len(r); k++ {
		if r[k] == r[k+1] {
			continue
		}
		r[k], r[k+1] = r[k+1], r[k]
		out = append(out, string(r))
		r[k], r[k+1] = r[k+1], r[k]
	}
	return out
}

// joinInflectedNames joins organizations of the article whose names, of
// three words or more, are one name but for the ending of a word (stemKey:
// "STEM Master Teacher Corps", "STEM Master Teachers Corps" and "STEM
// Master Teaching Corps" on a White House page; "New People's Party" and
// "New People Party" in GUM's Hong Kong election report): a writer's
// slip or a possessive dropped, not two bodies. Issue 11: each was a
// variant reported apart. The later name joins the earliest.
func joinInflectedNames(groups [][]*mention, sets groupSets) {
	var first map[string]int // stemKey -> the earliest group
	var slips [][2]int       // a variant's group and the earliest's
	for i, g := range groups {
		m := g[0]
		if m.typ != newsner.Organization || len(m.words) < 3 || len(m.words) > 12 {
			continue
		}
		if first == nil {
			first = map[string]int{}
		}
		k := stemKey(m.words)
		if j, ok := first[k]; ok {
			slips = append(slips, [2]int{i, j})
			continue
		}
		first[k] = i
	}
	if len(slips) <= maxSlips {
		for _, p := range slips {
			sets.union(p[0], p[1])
		}
	}
}

// inflections are the endings stemKey takes off a word of five letters or
// more, longest first, that leave four letters at least.
var inflections = []string{"ing", "ers", "er", "es", "s"}

// stemKey is a name's words with a possessive's "'s" and an inflection's
// ending (inflections) taken off each: "teacher", "teachers" and
// "teaching" give "teach", "people's" gives "people".
func stemKey(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if isPossessive(w) {
			continue // "People 's", the possessive a token of its own
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
		if len(w) >= 5 && isLetters(w) {
			for _, e := range inflections {
				if len(w)-len(e) >= 4 && strings.HasSuffix(w, e) {
					w = w[:len(w)-len(e)]
					break
				}
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// joinMisspeltNames joins a name of two to twelve words to an earlier name
// of the article of the same type that it misspells in one word of five
// letters or more by two neighbouring letters swapped (swappedPairs:
// "Untied Nations" of the "United Nations", GUM's report of a migrants'
// boat), as joinMisspeltSurnames joins a surname's slip to its person;
// at most maxSlips in an article.
func joinMisspeltNames(groups [][]*mention, sets groupSets) {
	var names map[string]int // type and name, lower case -> the earliest group
	var slips [][2]int       // the slip's group and the name's
	key := func(typ newsner.EntityType, words []string) string {
		return string(typ) + "\x00" + strings.Join(words, " ")
	}
	for i, g := range groups {
		m := g[0]
		if !m.typ.Valid() || len(m.words) < 2 || len(m.words) > 12 {
			continue
		}
		if names == nil {
			names = map[string]int{}
		}
		k := key(m.typ, m.words)
		if _, ok := names[k]; ok {
			continue
		}
		words := slices.Clone(m.words)
		joined := false
		for p, w := range m.words {
			if n := utf8.RuneCountInString(w); n < 5 || n > 30 || !isLetters(w) {
				continue
			}
			for _, v := range swappedPairs(w) {
				words[p] = v
				if j, ok := names[key(m.typ, words)]; ok && j != i {
					slips = append(slips, [2]int{i, j})
					joined = true
					break
				}
			}
			words[p] = w
			if joined {
				break
			}
		}
		if !joined {
			names[k] = i
		}
	}
	if len(slips) <= maxSlips {
		for _, p := range slips {
			sets.union(p[0], p[1])
		}
	}
}

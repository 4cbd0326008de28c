package ner

import (
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

// joinBlendedShortNames joins a one-word name, whatever it was typed, to
// the one organization of the article whose name's words it blends: a
// start of each word in turn, the first of two letters or more, Romance
// links and legal suffixes skipped ("Nornickel" of "Norilsk Nickel",
// "Pemex" of "Petroleos Mexicanos", "Telmex" of "Telefonos de Mexico").
// Companies go by such short forms once named in full, and the tagger,
// which never saw the word, types it a place by the place the company is
// named for (blind audit t's "Nornickel" near "Norilsk"). Not a name in
// capitals (an acronym: joinBracketAcronyms, abbreviates), nor a name the
// lists know as a place or a person, nor a blend of two organizations'
// names. The joined entity is the organization.
func joinBlendedShortNames(groups [][]*mention, sets groupSets) {
	var byStarts map[string][]blendName // made at the first need
	for i, g := range groups {
		short := g[0]
		w := short.m.Text
		if len(short.words) != 1 || !short.typ.Valid() || utf8.RuneCountInString(w) < 4 || !startsUpper(w) || isAllCaps(w) || !isLetters(w) ||
			listKey(w, newsner.Location) != "" || listKey(w, newsner.Person) != "" {
			continue
		}
		if byStarts == nil {
			byStarts = blendNamesByStarts(groups)
		}
		s := short.words[0]
		full := -1
		seen := 0
	splits:
		for p := 2; p+2 <= len(s); p++ {
			for _, c := range byStarts[s[:2]+s[p:p+2]] {
				if seen++; seen > maxBlendCandidates {
					full = -2 // the starts of that many names: no one's short form
					break splits
				}
				if c.group == i || !blends(s, c.words) {
					continue
				}
				if full >= 0 && sets.root(full) != sets.root(c.group) {
					full = -2
					break splits
				}
				full = c.group
			}
		}
		if full >= 0 {
			sets.union(i, full)
		}
	}
}

// maxBlendCandidates bounds the names joinBlendedShortNames tries for one
// short form: an article (or a hostile text) naming more organizations
// that start as it does gives it to none of them.
const maxBlendCandidates = 16

// blendName is one name of an organization's group (joinBlendedShortNames):
// its words a blend is made of (blendWords).
type blendName struct {
	group int
	words []string
}

// blendNamesByStarts indexes the names of the organizations of two words
// or more by their first two words' first two letters each, which a blend
// of them starts with and holds after its first part.
func blendNamesByStarts(groups [][]*mention) map[string][]blendName {
	idx := map[string][]blendName{}
	for j, h := range groups {
		if h[0].typ != newsner.Organization || len(h[0].words) < 2 {
			continue
		}
		done := map[string]bool{}
		for _, m := range h {
			if done[m.m.Text] {
				continue
			}
			done[m.m.Text] = true
			ws := blendWords(m.m.Text)
			if len(ws) < 2 || len(ws) > 4 || len(ws[0]) < 3 || len(ws[1]) < 2 {
				continue
			}
			k := ws[0][:2] + ws[1][:2]
			idx[k] = append(idx[k], blendName{j, ws})
		}
	}
	return idx
}

// blendWords returns the words of an organization's name a blend is made
// of (blends): in lower case, the name's words in lower case ("de", "of")
// and legal suffixes left out.
func blendWords(name string) []string {
	var words []string
	for _, f := range strings.Fields(withoutSuffixes(name, newsner.Organization)) {
		if !startsUpper(f) {
			continue
		}
		words = append(words, strings.ToLower(f))
	}
	return words
}

// blends reports whether short, a word in lower case, is a blend of words
// (blendWords): two to four of them, each giving a start of two letters or
// more in turn, the first not the whole word, and nothing left over:
// "detroit" is no blend of "Detroit Tigers", nor "london" of "London
// Newsroom" ("londo" + "n").
func blends(short string, words []string) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	var part func(s string, ws []string, max int) bool
	part = func(s string, ws []string, max int) bool {
		if len(ws) == 0 {
			return s == ""
		}
		for n := 2; n <= len(s) && n <= max; n++ {
			if s[:n] != ws[0][:n] {
				break
			}
			if len(ws) > 1 && part(s[n:], ws[1:], len(ws[1])) {
				return true
			}
			if len(ws) == 1 && n == len(s) {
				return true
			}
		}
		return false
	}
	return part(short, words, len(words[0])-1)
}

package ner

import (
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Joins of short forms that share no whole word with the full name: a
// person's initials ("MJD" of "Maurice Jones-Drew"). Each leaves the short
// form apart where it fits two things of the article.

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

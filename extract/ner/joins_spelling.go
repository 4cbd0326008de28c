package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// joinSpellingVariants joins two organizations or places of an article
// whose names are the same words but one, that one a misspelling or an
// inflection of the other: two letters swapped ("Untied Nations" for
// "United Nations"), a letter more ("Parliment", "Parliament"), or one
// stem with another ending ("STEM Master Teachers Corps", "STEM Master
// Teaching Corps" for "STEM Master Teacher Corps"): one thing the writer
// spelled two ways. Names of two words or more only, the differing word of
// four letters or more; not where the lists key two of the names apart.
// Where several names differ from one in that word, they join only if
// each is a variant of the earliest ("North Zorbia", "South Zorbia" and
// "Sout Zorbia" stay apart). The later names' groups join the earliest's.
func joinSpellingVariants(groups [][]*mention) [][]*mention {
	type slot struct {
		typ  newsner.EntityType
		k    int    // the word left out
		rest string // the name's other words
	}
	slotOf := func(typ newsner.EntityType, w []string, k int) slot {
		return slot{typ, k, strings.Join(w[:k], " ") + "\x00" + strings.Join(w[k+1:], " ")}
	}
	names := make([][]string, len(groups))
	bySlot := map[slot][]int{}
	for i, g := range groups {
		if t := g[0].typ; t != newsner.Organization && t != newsner.Location {
			continue
		}
		w := g[0].words
		if len(w) < 2 || len(w) > maxSpellingWords {
			continue
		}
		names[i] = w
		for k := range w {
			s := slotOf(g[0].typ, w, k)
			bySlot[s] = append(bySlot[s], i)
		}
	}
	var sets groupSets
	for a, w := range names {
		for k := range w {
			is := bySlot[slotOf(groups[a][0].typ, w, k)]
			if len(is) < 2 || is[0] != a || !allSpellingVariants(groups, names, is, k) {
				continue // each slot once, from its earliest name
			}
			for _, b := range is[1:] {
				sets.join(len(groups), b, a)
			}
		}
	}
	return sets.merge(groups)
}

// allSpellingVariants reports whether the names of groups is (the
// earliest first), the same but for word k, each have there a spelling
// variant of the earliest's word, and no two of them are keyed apart by
// the lists.
func allSpellingVariants(groups [][]*mention, names [][]string, is []int, k int) bool {
	typ := groups[is[0]][0].typ
	key := groupListKey(typ, groupForms(groups[is[0]]))
	for _, b := range is[1:] {
		if !spellingVariant(names[is[0]][k], names[b][k]) {
			return false
		}
		kb := groupListKey(typ, groupForms(groups[b]))
		if kb != "" && key != "" && kb != key {
			return false
		}
		if key == "" {
			key = kb
		}
	}
	return true
}

// maxSpellingWords bounds the names joinSpellingVariants compares: each
// is indexed once per word.
const maxSpellingWords = 8

// spellingVariant reports whether x and y, two different lower-case
// words of four letters or more, are one word misspelt or inflected: two
// neighbouring letters swapped, a letter more, or one stem with "s",
// "er", "ers" or "ing" ("teacher", "teachers", "teaching").
func spellingVariant(x, y string) bool {
	if x == y || len(x) < 4 || len(y) < 4 || !isLetters(x) || !isLetters(y) {
		return false
	}
	if len(x) == len(y) {
		i := 0
		for i < len(x) && x[i] == y[i] {
			i++
		}
		if i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && x[i+2:] == y[i+2:] {
			return true
		}
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y) == len(x)+1 && oneLetterMore(x, y) {
		return true
	}
	sx, sy := wordStem(x), wordStem(y)
	return len(sx) >= 4 && sx == sy
}

// wordStem returns w without one ending of "ers", "er", "ing" or "s".
func wordStem(w string) string {
	for _, e := range []string{"ers", "ing", "er", "s"} {
		if s, ok := strings.CutSuffix(w, e); ok {
			return s
		}
	}
	return w
}

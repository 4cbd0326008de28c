package ner

import (
	"slices"

	"github.com/newsner/newsner"
)

// congressCues are the words of an article about the US Congress, whose
// lower house it names "the House" once it has named it in full, and in
// full in other articles: the chambers' names and the parties' members
// ("House Republicans"; a British article's "Liberal Democrats" comes with
// westminsterCues).
var congressCues = []string{"Congress", "Senate", "congressional", "Republicans", "Democrats", "GOP"}

// westminsterCues are the words of an article about a parliament whose
// "House" is the House of Commons (or Lords).
var westminsterCues = []string{"Commons", "Lords", "MPs", "MP"}

// lowerHouseKey returns the key the "House of Representatives" gets
// (nameKey) for an organization of type typ named "House" alone (full,
// keyed k by its name) in an article (toks) that names the Congress, the
// Senate or the parties' members (congressCues) and no House of Commons
// nor Lords (westminsterCues): news
// names the chamber "the House" throughout once the reader knows it, and
// an article that names it so alone should key it as the articles that
// write its full name. "" otherwise (a "House" named in full in the
// article joins it there).
func lowerHouseKey(typ newsner.EntityType, full, k string, toks []token) string {
	if typ != newsner.Organization || normName(full) != "house" || k != nameKey(typ, full) {
		return ""
	}
	has := func(w string) bool { return hasToken(toks, w) }
	if !slices.ContainsFunc(congressCues, has) || slices.ContainsFunc(westminsterCues, has) {
		return ""
	}
	return nameKey(typ, "House of Representatives")
}

package ner

import (
	"slices"
	"strings"

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

// usFederalBodies are the US federal bodies news names with the country
// before them ("the U.S. Senate", "the US Supreme Court") and, in most
// articles, without it ("the Senate"), normalised (normName), each with
// the name its key is made from ("U.S. House" is the House of
// Representatives, as lowerHouseKey keys the House).
var usFederalBodies = map[string]string{"senate": "senate", "congress": "congress", "house": "house of representatives",
	"house of representatives": "house of representatives", "supreme court": "supreme court"}

// usBodyKey returns the key an organization of type typ named a US
// federal body (usFederalBodies) with the country's name or code before it
// (full: "U.S. Senate", "United States Congress") gets, that of the body's
// name alone (nameKey: "Senate"), so that the article writing "the U.S.
// Senate" and those writing "the Senate" key it alike (dragnet-web-a R311's
// "statewide U.S. Senate race", R563's "a Democratic Senate"). Only the US
// and only these bodies: "UK Supreme Court" and "U.S. Steel" keep their
// names. "" otherwise.
func usBodyKey(typ newsner.EntityType, full string) string {
	if typ != newsner.Organization {
		return ""
	}
	n := normName(full)
	for _, q := range []string{"us ", "united states ", "usa "} {
		if rest, ok := strings.CutPrefix(n, q); ok && usFederalBodies[rest] != "" {
			return nameKey(typ, usFederalBodies[rest])
		}
	}
	return ""
}

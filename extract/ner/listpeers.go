package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// A company new since the tagger's training data is often typed MISC, or
// left untagged, where the sentence names it in a list beside companies
// the tagger knows: "competing with OpenAI and Anthropic", "Xpeng, Nio
// and Li Auto" (MISC; tenth December 2020 audit, articles 6 and 12),
// "shared on either Facebook or Path" (untagged; dragnet-web-a R247,
// gigaom.com). The members of such a list are things of one kind: where
// every other member is an organization, so is the name (issue 11, the
// organizations pass). The names the tagger leaves untagged are left
// alone: a rule adding them found Path but added four wrong names on the
// -b halves.

// listJoin reports whether the tokens [a,b) between two names join them
// in a list: a comma, a lower-case "and" or "or", or a comma and either.
// The second result is set where the join is "and" or "or", which a list
// ends with.
func listJoin(toks []token, a, b int) (join, last bool) {
	switch b - a {
	case 1:
		switch toks[a].Text {
		case ",":
			return true, false
		case "and", "or":
			return true, true
		}
	case 2:
		return toks[a].Text == "," && (toks[a+1].Text == "and" || toks[a+1].Text == "or"), true
	}
	return false, false
}

// listPeer reports whether a mention over [t0,t1) could be a
// company named in a list: it starts with a capital and is no demonym,
// first name, title, weekday or month ("Chinese, Nio and Li Auto" keeps
// "Chinese" a nationality), and no word with a capital stands right
// before or after it: it is no modifier of a longer name ("a Republican
// House of Representatives, and Democratic Senate", dragnet-news-a R563).
// Nor a name of words usually written in lower case, which ends the name
// before "and" rather than naming a second body ("Adani Ports and Special
// Economic Zone", ninth December 2020 audit).
func listPeer(toks []token, t0, t1 int) bool {
	w := toks[t0].Text
	if t0 > 0 && startsUpper(toks[t0-1].Text) || t1 < len(toks) && startsUpper(toks[t1].Text) {
		return false
	}
	if !startsUpper(w) || isDemonym(w) || firstName(w) || isTitle(w) || weekdays[w] || lowered(months, w) {
		return false
	}
	common := true
	for k := t0; k < t1; k++ {
		if strings.ContainsRune(toks[k].Text, '-') && isDemonym(strings.SplitN(toks[k].Text, "-", 2)[0]) {
			return false // "Chinese-made"
		}
		common = common && usuallyLower(toks[k].Text, 5, 2)
	}
	return !common
}

// listModifier reports whether a noun in lower case follows a list ending
// before token k: the names modify it ("the Zorb and Quelb families", the
// families of two people, a business audit), and say nothing of their kind.
func listModifier(toks []token, k int) bool {
	return k < len(toks) && strings.HasPrefix(toks[k].Tag, "NN") && !startsUpper(toks[k].Text)
}

// listPeersAsOrganizations types ORGANIZATION a MISC mention in a list of
// names ("A and B", "A, B and C", "A or B": joined by listJoin, ending
// with "and" or "or") whose other members are all organizations: a
// company the tagger does not know, named among ones it does ("with
// OpenAI and Anthropic", "Xpeng, Nio and Li Auto"). A list holding a
// place, a person, or a MISC that listPeer refuses (a demonym, a first
// name, a modifier of a longer name, common words) is left alone, and so
// is a list before a noun (listModifier: "the Porsche and Piech
// families"). Run right after the
// mentions are made, on the tagger's own MISC: the rules for products
// after it still see the name.
func listPeersAsOrganizations(ms []*mention, toks []token) {
	for i := 0; i < len(ms); {
		// The chain of mentions ms[i:j] joined by listJoin.
		j, ends := i+1, false
		for j < len(ms) {
			join, last := listJoin(toks, ms[j-1].t1, ms[j].t0)
			if !join || ends {
				break // a comma after "and" starts another phrase
			}
			ends = last
			j++
		}
		if j-i >= 2 && ends && !listModifier(toks, ms[j-1].t1) {
			orgs, others := 0, 0
			for _, m := range ms[i:j] {
				switch {
				case m.typ == newsner.Organization:
					orgs++
				case m.typ != misc || !listPeer(toks, m.t0, m.t1):
					others++
				}
			}
			if orgs > 0 && others == 0 {
				for _, m := range ms[i:j] {
					if m.typ == misc {
						m.typ = newsner.Organization
					}
				}
			}
		}
		i = j
	}
}

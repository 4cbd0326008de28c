package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules on a company named by its nationality's word: "Norwegian" for
// "Norwegian Cruise Line Holdings" or "Norwegian Air", "Swiss" for "Swiss
// International Air Lines", once the article has given the full name.

// demonymFirmsAsOrganizations types ORGANIZATION a nationality's word
// alone tagged MISC ("Norwegian said it would ...") in an article that
// names a company by a name of two words or more starting with that word
// (tagged an organization: "Norwegian Cruise Line Holdings"), where the
// word stands alone as a name does (demonymStandsAlone): a verb or a
// possessive after it, no article before it. The tagger reads the word
// as the nationality wherever the full name is not (open audit l's
// "Norwegian" after "Norwegian Cruise Line Holdings", the blind audit s's
// kind: an airline's short form missed three times). A body's name
// (orgHeads: "Norwegian Football Federation") names no company, and the
// nationality before a noun stays one ("the Norwegian government").
func demonymFirmsAsOrganizations(ms []*mention, toks []token) {
	var firms map[string]bool // the demonyms that start a company's name
	for _, m := range ms {
		if m.typ == newsner.Organization && m.t1-m.t0 >= 2 && isDemonym(toks[m.t0].Text) && !orgHeads[m.words[len(m.words)-1]] {
			if firms == nil {
				firms = map[string]bool{}
			}
			firms[toks[m.t0].Text] = true
		}
	}
	if firms == nil {
		return
	}
	for _, m := range ms {
		if m.typ == misc && m.t1-m.t0 == 1 && firms[toks[m.t0].Text] && demonymStandsAlone(toks, m.t0) {
			m.typ = newsner.Organization
		}
	}
}

// demonymStandsAlone reports whether the word at k stands as a name, not
// a nationality's adjective: no determiner right before it, and a verb
// of a singular subject or a possessive right after it ("Norwegian
// said", "Norwegian has", "Norwegian will", "Norwegian's creditors").
// Not a verb of the present that agrees with a plural (VBP): the tagger
// reads "Swiss rival Swiss Re" so (open audit d). Not before "shares":
// eng.train's "Dutch shares drifted", "100 leading British shares had
// risen" in articles naming such a company, where open audit l's
// "Norwegian shares fell" is the company's.
func demonymStandsAlone(toks []token, k int) bool {
	if k > 0 && (toks[k-1].Tag == "DT" || toks[k-1].Tag == "PRP$") {
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].Tag {
	case "VBD", "VBZ", "MD":
		return true
	}
	return isPossessive(toks[k+1].Text)
}

// countryWordFirmsAsOrganizations types ORGANIZATION a country's plural
// one-word name ("Emirates", the lists' form of the United Arab Emirates)
// in an article that names a company by a name of two words or more
// starting with that word (tagged an organization: "Emirates Airline"),
// where the word stands without the article such a country's name takes
// ("Emirates said", "Emirates is the number one buyer"), or after "the"
// before a noun it modifies ("the Emirates fleet"): the company's short
// form, which the lists key as the country and joinListed joined to the
// article's "United Arab Emirates" (a news-pages-a page, 374ac9: four
// mentions of the airline in the country's entity; the open audit
// asia16's article 22, "Emirates said ... after the United Arab
// Emirates"). A body's name (orgHeads) names no company.
func countryWordFirmsAsOrganizations(ms []*mention, toks []token) {
	var firms map[string]bool // the country words that start a company's name
	for _, m := range ms {
		if m.typ != newsner.Organization || m.t1-m.t0 < 2 || orgHeads[m.words[len(m.words)-1]] || !pluralCountryWord(toks[m.t0].Text) {
			continue
		}
		if firms == nil {
			firms = map[string]bool{}
		}
		firms[toks[m.t0].Text] = true
	}
	for _, m := range ms {
		if m.t1-m.t0 != 1 || !firms[toks[m.t0].Text] || m.typ == newsner.Person {
			continue
		}
		if the := m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the"); !the || modifiesNoun(toks, m.t1) {
			m.typ = newsner.Organization
		}
	}
}

// pluralCountryWord reports whether w is a listed country's name of one
// word in the plural, not the country's full name's first word ("Emirates",
// "Netherlands", "Philippines", "Bahamas", "Maldives"), the names English
// writes after "the".
func pluralCountryWord(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && startsUpper(w) && isLetters(w) && countryKey(listKey(w, newsner.Location))
}

// addCountryWordFirmShortForms adds to the group of a company named by a
// country's plural one-word name and more ("Emirates Airline") each
// mention of that word alone that the tagger left untagged, where
// countryWordFirmsAsOrganizations would have typed a tagged one the
// company's: it stands alone (standsAlone), not after "the" unless it
// modifies a noun ("Emirates also said it would hire 200 pilots" after
// "Emirates Airline said ...", where the tagger tagged the short form at a
// sentence's start nowhere; nlists8's probe of names of the 2020s). A
// word that starts two such companies' names is left alone, as is a body's
// name (orgHeads).
func addCountryWordFirmShortForms(text string, toks []token, groups [][]*mention) [][]*mention {
	var firms map[string]int // the country word -> the group of the company it starts; -1 for several
	for gi, g := range groups {
		m := g[0]
		if m.typ != newsner.Organization || m.t1-m.t0 < 2 || orgHeads[m.words[len(m.words)-1]] || !pluralCountryWord(toks[m.t0].Text) {
			continue
		}
		firms = markShortForm(firms, toks[m.t0].Text, gi)
	}
	return addShortFormMentions(text, toks, groups, firms, func(k int) bool {
		// "the Emirates": the country
		return k == 0 || !strings.EqualFold(toks[k-1].Text, "the") || modifiesNoun(toks, k+1)
	})
}

// markShortForm records in words, made if nil, that w is the short form
// of group gi's name, or -1 if it is already another group's (the short
// form of several names), and returns words: the map addShortFormMentions
// reads.
func markShortForm(words map[string]int, w string, gi int) map[string]int {
	if words == nil {
		words = map[string]int{}
	}
	if j, ok := words[w]; ok && j != gi {
		words[w] = -1
	} else {
		words[w] = gi
	}
	return words
}

// addShortFormMentions adds to group words[w] each token w that no
// group's mention covers and that stands alone (standsAlone) where keep
// allows it, as an organization's mention of one word: the short forms of
// a longer name (addCountryWordFirmShortForms, addClubWordShortForms,
// addDepartmentShortForms). A word mapped to -1 (the short form of several
// names: markShortForm) is left alone.
func addShortFormMentions(text string, toks []token, groups [][]*mention, words map[string]int, keep func(k int) bool) [][]*mention {
	if len(words) == 0 {
		return groups
	}
	covered := groupCover(len(toks), groups)
	for k, tok := range toks {
		gi, ok := words[tok.Text]
		if !ok || gi < 0 || covered[k] || !standsAlone(text, toks, k, k+1) || !keep(k) {
			continue
		}
		m := &mention{typ: newsner.Organization, t0: k, t1: k + 1, key: strings.ToLower(tok.Text), words: []string{strings.ToLower(tok.Text)},
			m: newsner.Mention{Start: int(tok.Start), End: int(tok.End), Text: text[tok.BStart:tok.BEnd]}}
		groups[gi] = append(groups[gi], m)
	}
	return groups
}

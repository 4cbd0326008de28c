package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// surnameFirms types ORGANIZATION, at every mention, a one-word name that
// is the surname of a person the article names in full (personSurnames)
// where the article calls it a company at one mention at least
// (companyCue: "cosmetics maker Puig", "Puig, a family-owned firm"), and
// marks those mentions a firm's, so that
// groupMentions keeps them apart from the person (abbreviates): a family's
// company beside a family member ("Shares of perfume maker Puig fell ...
// Chief Executive Marc Puig ... Puig has lost 30% of its value", the
// fifteenth December 2020 audit, where both "Puig" joined "Marc Puig").
// The mention the person's full name covers stays the person's, and so
// does a mention that stands where a place does. orgCue, tried as a cue
// too, read a rebel leader's surname as a group ("Brunswijk led a rebel
// group", eng.train).
func surnameFirms(ms []*mention, toks []token) {
	surnames := personSurnames(ms)
	if len(surnames) == 0 {
		return
	}
	keys := map[string]bool{}
	for _, m := range ms {
		if len(m.words) != 1 || m.typ == misc {
			continue
		}
		if _, ok := surnames[m.words[0]]; ok && companyCue(toks, m.t0, m.t1) {
			keys[m.words[0]] = true
		}
	}
	for _, m := range ms {
		if len(m.words) == 1 && keys[m.words[0]] && m.typ != misc && !(m.typ == newsner.Location && m.placeCtx) {
			m.typ, m.firm = newsner.Organization, true
		}
	}
}

// namesakeFirmTails end the full name of a company named for a person or a
// family ("Puig Brands", "Hilton Hotels", "Ford Motor Co"): a name the
// surname starts and one of these ends is a firm's, not a body's or a
// foundation's ("Clinton Foundation" beside "Bill Clinton", whose "Clinton"
// stays the man).
// Lower case, as a mention's words are.
var namesakeFirmTails = setOf(`brands hotels resorts motor motors company co co. corp corp. corporation inc inc.
holdings group industries enterprises laboratories pharmaceuticals foods stores airlines cosmetics`)

// namesakeFirmShortForms types ORGANIZATION, at every one-word mention, a
// surname of a person the article names in full (personSurnames) where the
// article also names a company the surname starts (namesakeFirmTails:
// "Hilton Hotels" beside "Conrad Hilton", "Puig Brands" beside "Marc
// Puig") and one mention at least stands where only a thing does
// (namesakeFirmUse: "a Hilton hotel", "the Hilton chain", "Hilton's
// plans"), and marks them a firm's so that groupMentions keeps them apart
// from the person, as surnameFirms does for a company's noun. The
// documents: a dragnet-news-a page (the hotel chain on the Moon, eleven
// "Hilton" typed the man), and the blind audit x's floor comment ("Puig"
// after "Puig Brands" beside "Marc Puig", "Ford" beside "Bill Ford").
func namesakeFirmShortForms(ms []*mention, toks []token) {
	surnames := personSurnames(ms)
	if len(surnames) == 0 {
		return
	}
	named := map[string]bool{}
	for _, m := range ms {
		if m.typ == newsner.Organization && len(m.words) >= 2 && namesakeFirmTails[m.words[len(m.words)-1]] {
			if _, ok := surnames[m.words[0]]; ok {
				named[m.words[0]] = true
			}
		}
	}
	if len(named) == 0 {
		return
	}
	keys := map[string]bool{}
	for _, m := range ms {
		if len(m.words) == 1 && named[m.words[0]] && m.typ != misc && namesakeFirmUse(toks, m.t0, m.t1) {
			keys[m.words[0]] = true
		}
	}
	for _, m := range ms {
		if len(m.words) == 1 && keys[m.words[0]] && m.typ != misc && !(m.typ == newsner.Location && m.placeCtx) {
			m.typ, m.firm = newsner.Organization, true
		}
	}
}

// familyTails, with familyNouns, follow a family's surname in lower case
// ("the Ford family", "the Hilton heirs"): the name is the family's, a
// person's in CoNLL-2003, not the firm's.
var familyTails = setOf(`families dynasty heirs heir estate brothers sisters`)

// familyWord reports whether w names a family after its surname.
func familyWord(w string) bool { return familyNouns[w] || familyTails[w] }

// firmOfNouns, before "of" or "at" and a namesake firm's short form, say
// the name is the employer's or the issuer's ("chief executive of Ford",
// "an analyst at Puig", "shares of Puig").
var firmOfNouns = setOf(`shares stock executive officer chairman chairwoman president director spokesman
spokeswoman spokesperson analyst engineer employee employees workers`)

// firmPossessiveHeads, after a namesake firm's short form and "'s", say
// the name is the company's ("Ford's chief executive", "Puig's shares");
// with firmPossessiveNext.
var firmPossessiveHeads = setOf(`chief shares stock headquarters employees workers board factory plant plants
factories brands sales profit revenue`)

// namesakeFirmUse reports whether the name over toks[t0:t1] stands where a
// company does and a person seldom: after "a" or "the" ("a Hilton hotel",
// "the Hilton chain"), before a lower-case noun it modifies that is no
// leader's nor a family's ("Puig shares"; not "the Clinton administration",
// "the Ford family"), after an employer's or issuer's noun and "of" or
// "at" (firmOfNouns: "shares of Puig", "chief executive of Ford"), or
// before "'s" and a firm's word (firmPossessiveNext, firmPossessiveHeads:
// "Hilton's plans", "Ford's chief executive").
func namesakeFirmUse(toks []token, t0, t1 int) bool {
	if t0 > 0 {
		switch strings.ToLower(toks[t0-1].Text) {
		case "a", "an", "the":
			return t1 >= len(toks) || !leaderNouns[toks[t1].Text] && !familyWord(toks[t1].Text)
		case "of", "at":
			if t0 > 1 && firmOfNouns[toks[t0-2].Text] {
				return true
			}
		}
	}
	if t1 < len(toks) && lowerNoun(toks[t1]) && !leaderNouns[toks[t1].Text] && !familyWord(toks[t1].Text) {
		return true
	}
	return t1+1 < len(toks) && isPossessive(toks[t1].Text) && (firmPossessiveNext[toks[t1+1].Text] || firmPossessiveHeads[toks[t1+1].Text])
}

// namesakeFirmOf returns the group of the one full name of a company that
// groups[i], a surname read as its namesake firm's (surnameFirms,
// namesakeFirmShortForms), is the short form of: an organization of the
// article's candidates (cands, the groups its word starts) whose name ends
// in a firm's word (namesakeFirmTails: "Hilton" of "Hilton Hotels", where
// "Hilton Space Station" starts with it too), or -1.
func namesakeFirmOf(groups [][]*mention, i int, cands []int, sets groupSets) int {
	short := groups[i][0]
	if !short.firm {
		return -1
	}
	full := -1
	for _, j := range cands {
		h := groups[j][0]
		if j == i || h.typ != newsner.Organization || len(h.words) < 2 || h.words[0] != short.words[0] || !namesakeFirmTails[h.words[len(h.words)-1]] {
			continue
		}
		if full >= 0 && sets.root(full) != sets.root(j) {
			return -1
		}
		full = j
	}
	return full
}

// personNamedFirmSurnames types ORGANIZATION a one-word mention tagged a
// person that is the surname of a listed company named like a person,
// a first name and a surname, by its full name or those two words ("Eli
// Lilly", "Eli Lilly and Co", "Estee Lauder", "Charles Schwab"), which
// the article names: the short form a wire story uses
// after the full name ("Eli Lilly and Co said ... Lilly expects sales
// of"), which the tagger reads as the person's surname alone, as it reads
// any first-name-and-surname run. Not where the article names a person of
// more words with that word ("Jane Lilly", "Lilly Allen") or one after an
// honorific ("Mr Lauder"): the one-word mention may be theirs.
func personNamedFirmSurnames(ms []*mention, toks []token) {
	firms := map[string]string{} // the surname -> the firm's mention's key
	for _, m := range ms {
		if m.typ != newsner.Organization || len(m.words) < 2 {
			continue
		}
		w0, w1 := toks[m.t0].Text, toks[m.t0+1].Text
		if !isLetters(w1) || !startsUpper(w1) || !(firstName(w0) || surname(w1)) ||
			listKey(m.m.Text, newsner.Organization) == "" && listKey(w0+" "+w1, newsner.Organization) == "" {
			continue
		}
		if _, ok := firms[m.words[1]]; !ok {
			firms[m.words[1]] = m.key
		}
	}
	if len(firms) == 0 {
		return
	}
	for _, m := range ms {
		if m.typ != newsner.Person {
			continue
		}
		if len(m.words) >= 2 || m.t0 > 0 && lowered(honorifics, toks[m.t0-1].Text) {
			for _, w := range m.words {
				delete(firms, w)
			}
		}
	}
	for _, m := range ms {
		if key, ok := firms[m.words[0]]; ok && m.typ == newsner.Person && len(m.words) == 1 {
			m.typ, m.key = newsner.Organization, key // one entity with the full name
		}
	}
}

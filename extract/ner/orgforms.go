package ner

import (
	"strings"
	"unicode"

	"github.com/newsner/newsner"
)

// Organizations told by the form of their name alone, where the tagger
// reads no cue around it (issue 11, the name-forms pass): initials joined
// by an ampersand ("AT&T", "PSE&G"), which no person's or place's name
// takes, and a one-word name the article writes only in the possessive
// ("Lowe's was also lower", "Kohl's stores"), a firm's.

// ampersandPhrases are initials joined by "&" that stand for a phrase of
// common words, not a firm: "R&D" (research and development), "Q&A",
// "M&A", "B&B", "P&L", "R&B", "A&E" (accident and emergency, as often
// as the channel).
var ampersandPhrases = setOf(`R&D Q&A M&A B&B P&L R&B R&R F&B D&D T&C B&W A&R G&T E&O L&D O&M P&C S&L C&I A&E
H&S B&E I&D S&T R&I M&E C&F F&O RD&E EH&S HS&E`)

// ampersandInitials reports whether w is initials in capitals on both
// sides of one "&", three letters or more in all ("AT&T", "PSE&G"; not
// "H&M", as two letters stand as often for a phrase: "T&E"), and no
// ampersandPhrases.
func ampersandInitials(w string) bool {
	i := strings.IndexByte(w, '&')
	if i <= 0 || i == len(w)-1 || strings.Count(w, "&") != 1 || len(w) < 4 || ampersandPhrases[w] {
		return false
	}
	for _, r := range w {
		if r != '&' && (r > unicode.MaxASCII || !unicode.IsUpper(r)) {
			return false
		}
	}
	return true
}

// addAmpersandInitialsSpans adds an organization's span over each
// untagged word of initials joined by an ampersand (ampersandInitials):
// a utility's "PSE&G" (dragnet-news-a R567) and a carrier's "AT&T" (the
// fourth and sixth December 2020 audits) left untagged, where no
// person's, place's or product's name is so written. Not before a
// number (an index: "S&P 500", indexNames) nor beside another word in
// capitals (a headline's "Q&A WITH"), nor before a capitalized word other
// than a legal suffix ("AT&T Stadium", a place; "AT&T Inc." is taken
// whole), nor where a span covers the word.
func addAmpersandInitialsSpans(toks []token, spans []tspan) []tspan {
	return addShapedNameSpans(toks, spans, ampersandInitials)
}

// addShapedNameSpans adds an organization's span over each untagged word
// whose form alone (shaped) makes it a firm's name, as
// addAmpersandInitialsSpans tells: not before a number, nor beside another
// word in capitals, nor before a capitalized word other than a legal
// suffix, nor where a span covers the word.
func addShapedNameSpans(toks []token, spans []tspan, shaped func(string) bool) []tspan {
	var covered []bool // spanCover, made at the first such word
	var add []tspan
	for k, tok := range toks {
		if !shaped(tok.Text) {
			continue
		}
		if covered == nil {
			covered = spanCover(len(toks), spans)
		}
		if covered[k] || k > 0 && isAllCaps(toks[k-1].Text) || k+1 < len(toks) && (isAllCaps(toks[k+1].Text) || isNumber(toks[k+1].Text)) {
			continue
		}
		e := k + 1
		if e < len(toks) && capWord(toks[e].Text) {
			if !legalSuffixes[strings.ToLower(strings.TrimSuffix(toks[e].Text, "."))] {
				continue // "AT&T Fiber", a product, or "AT&T Stadium", a place
			}
			e++ // "AT&T Inc."
		}
		add = append(add, tspan{newsner.Organization, k, e})
	}
	return replaceSpans(spans, add)
}

// firmPossessiveNext are the words after a name and its "'s" that make
// the two one noun, a firm named in the possessive, not an owner and what
// it owns: a verb of which "Lowe's" is the subject ("Lowe's was also
// lower"), none of which follows a contracted "is" (the past forms may
// follow a contracted "has": "Quonk's posted", which news prose seldom
// writes after a name; "Quonk's said" is rare outside quotes, but "said"
// is left out for it; "is" and "has" too, as an eponym's disease is
// "Crohn's is", eng.train), or the
// premises a chain's name goes before ("Checker's restaurant", eng.train;
// "Kohl's stores").
var firmPossessiveNext = setOf(`was had will would reported posted announced rose fell plans
stores store restaurants restaurant outlets locations branches shops supermarkets`)

// eponymNouns follow a person's name and "'s" in the name of what is
// named for them ("Crohn's disease", "Murphy's law", "Maslow's hierarchy
// of needs", "Occam's razor"): such a name is no firm's, and
// eponymsAsPeople makes it a person's.
var eponymNouns = setOf(`disease diseases syndrome disorder law theorem principle hierarchy paradox razor
conjecture equation`)

// possessiveFirmWords adds to poss (docPossessives', lower-cased as
// possessiveName compares them) each one-word name the article writes
// only with an "'s" glued to it, once at least before a
// firmPossessiveNext word: a chain named in the possessive that
// possessiveNames leaves out because it is also a surname ("Lowe's",
// "Kohl's"), which the tagger cut to "Lowe" and typed a person
// (news-pages-a; the orglists audit's "Kohl's stores" too). possessiveOrg
// then types it an organization and mentionEnd keeps its "'s". Not a
// first name that is no surname too ("Julie's"), nor a word of a person's longer name the
// tagger found ("Helmut Kohl's"), nor a name the article also writes
// bare ("Ford" beside "Ford's plants") or before an eponymNouns word. It returns poss, made if nil.
func possessiveFirmWords(poss map[string]bool, toks []token, spans []tspan) map[string]bool {
	cued := map[string]bool{}
	bare := map[string]bool{}
	for k, tok := range toks {
		w := tok.Text
		if !capWord(w) || strings.Contains(w, "-") {
			continue
		}
		if k+1 >= len(toks) || !possessiveS(toks[k+1].Text) || toks[k+1].Start != tok.End {
			bare[w] = true
			continue
		}
		if k+2 < len(toks) && eponymNouns[toks[k+2].Text] {
			bare[w] = true // "Crohn's disease": no firm anywhere in the article
		} else if k+2 < len(toks) && firmPossessiveNext[toks[k+2].Text] {
			cued[w] = true
		}
	}
	for w := range cued {
		if bare[w] || firstName(w) && !surname(w) {
			delete(cued, w)
		}
	}
	if len(cued) == 0 {
		return poss
	}
	for _, s := range spans {
		t0 := s.t0
		if t0 < s.t1 && leadDescriptor(toks[t0].Text) {
			t0++ // "Rival Lowe", "Watchmaker Lowe", cut by cutLeadDescriptor
		}
		if s.typ != newsner.Person || s.t1-t0 < 2 {
			continue
		}
		for k := t0; k < s.t1; k++ {
			delete(cued, toks[k].Text)
		}
	}
	for w := range cued {
		if poss == nil {
			poss = map[string]bool{}
		}
		poss[strings.ToLower(w)] = true
	}
	return poss
}

// ampersandNamesAsOrganizations types ORGANIZATION, at every mention, a
// name tagged a person with an ampersand among its words ("Natura &Co",
// "Quelb & Marzo"): one person's name never holds "&", a firm's named for
// its founders or its brands does; the tagger read a cosmetics group's
// "Natura &Co" as a person (December 2020 audit).
func ampersandNamesAsOrganizations(ms []*mention) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Person && len(m.words) > 1 && ampersandWord(m.words)
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// ampersandWord reports whether a word of words is or starts with "&"
// ("&", "&co").
func ampersandWord(words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, "&") {
			return true
		}
	}
	return false
}

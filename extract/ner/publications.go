package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Publications named where only a publication stands: the paper, magazine
// or journal a piece of writing appeared in ("a report in the Zorbville
// Leader", "an article in the Sun", "the December issue of Quelb
// Monthly", "the journal Zorb Letters"). The tagger leaves such names
// untagged when their words are common ("Leader", "Sun", "Time") or reads
// them as places; CoNLL-2003 marks a publication an organization (issue
// 11, the organizations pass: "Argus Leader" and "Monthly Notices of the
// Royal Astronomical Society" on two news-pages sites, "Sun", "Time",
// "The Atlantic" and "Science Express" on four Dragnet sites; eng.testa's
// "Britain's Sun newspaper" and "told the Sun" are of the kind too, with
// cues mediaWordCue reads for the outlets of names/mediawords.tsv).

// readingNouns name a piece of writing that news places in a publication
// by "in": "a report in the Zorbville Leader".
var readingNouns = setOf(`article articles report story column editorial op-ed essay`)

// periodicalNouns name a publication by its kind right before its name:
// "the journal Zorb Letters", "the magazine Quelb".
var periodicalNouns = setOf(`journal magazine newspaper tabloid`)

// issueLeads stand right before "issue of" where the issue is a
// publication's number ("the December 2019 issue of", "a recent issue
// of"), not a matter ("the issue of Zorbian independence"): a month or a
// year is checked apart.
var issueLeads = setOf(`a an recent latest current new next last special week's month's year's`)

// publicationCue reports whether a cue for a publication's name ends at
// token k-1, so that the name would start at k, and whether the cue is
// one that places alone do not take ("issue of", "the journal"), so that a
// known place's name there ("The Atlantic") is the publication's.
func publicationCue(toks []token, k int) (cued, strong bool) {
	j := k
	if j > 0 && (toks[j-1].Text == "the" || toks[j-1].Text == "The") {
		j--
	}
	if j > 0 && periodicalNouns[toks[j-1].Text] {
		// "the journal Zorb Letters", "an issue of the journal Zorb".
		return true, true
	}
	if j > 0 && periodicalAdjectives[toks[j-1].Text] {
		j-- // "published in daily Zorb Mundo"
	}
	if j < 2 || toks[j-1].Text != "in" && toks[j-1].Text != "of" && toks[j-1].Text != "on" {
		return false, false
	}
	cue := toks[j-2].Text
	if toks[j-1].Text != "of" {
		if toks[j-1].Text == "in" && readingNouns[cue] || publishedBefore(toks, j-1) {
			return true, false
		}
		return false, false
	}
	if cue != "issue" || j < 3 {
		return false, false
	}
	lead := toks[j-3].Text
	if issueLeads[lead] || isYear(lead) || lowered(months, lead) {
		return true, true
	}
	return false, false
}

// periodicalAdjectives say how often a paper comes out, in lower case
// between "in" and its name ("published in daily Zorb Mundo", eng.train's
// "El Mundo").
var periodicalAdjectives = setOf(`daily weekly`)

// publishedVerbs put a piece of writing in a publication by "in" or "on".
var publishedVerbs = setOf(`published appeared`)

// publishedBefore reports whether the "in" or "on" at token i follows a
// verb of publishing (publishedVerbs), right before it or with one word in
// lower case or a weekday between ("published Thursday on Zorb Express",
// "published online in Quelb"): the publication's name comes next
// (dragnet-web-a R227, "published Thursday on Science Express").
func publishedBefore(toks []token, i int) bool {
	if i >= 1 && publishedVerbs[toks[i-1].Text] {
		return true
	}
	if i < 2 || !publishedVerbs[toks[i-2].Text] {
		return false
	}
	w := toks[i-1].Text
	return weekdays[w] || isLetters(w) && w == strings.ToLower(w)
}

// publicationRunEnd returns the end of a publication's name from token k:
// capitalized words, and "of" or "of the" between two of them ("Monthly
// Notices of the Royal Astronomical Society") unless a known place or a
// name tagged a place (placeAt) follows ("the Zorbville Leader of Sioux
// Falls"), eight tokens at most; k if the name does not start there.
func publicationRunEnd(toks []token, k int, placeAt func(int) bool) int {
	e := k
	for e < len(toks) && e-k < 8 {
		w := toks[e].Text
		if startsUpper(w) && hasLetter(w) && !isPossessive(w) {
			e++
			continue
		}
		if e > k && w == "of" {
			n := e + 1
			if n < len(toks) && toks[n].Text == "the" {
				n++
			}
			if n < len(toks) && startsUpper(toks[n].Text) && !placeAt(n) && !knownPlace(joinTokens(toks[n:capitalRunEnd(toks, n)])) {
				e = n
				continue
			}
		}
		break
	}
	return e
}

// addPublicationSpans adds an organization's span over a publication's
// name after a cue that names a piece of writing in it or an issue of it
// (publicationCue: "a report in the Zorbville Leader of Quelbton", "a
// cover story in Zorb", "a recent issue of The Quelbic", "the journal
// Zorb Notices of the Quelb Society"): the name untagged, tagged in part,
// or tagged a place, a person or MISC. A name after "in" is none where it
// is a known place ("a report in Britain"), a person's name, a weekday
// or a month (not after "the": "the Sun"), a title or a demonym; a name
// before "'s" is a possessor ("an article in Zorbia's Quelb"), and a span
// reaching outside the name is left alone.
func addPublicationSpans(toks []token, spans []tspan) []tspan {
	placeAt := placeStarts(spans, func(s tspan) (newsner.EntityType, int) { return s.typ, s.t0 })
	sorted := spansInOrder(spans)
	var add []tspan
	for k := 2; k < len(toks); k++ {
		e, ok := publicationAt(toks, k, placeAt)
		if !ok || !publicationSpansFit(spans, sorted, k, e) {
			continue
		}
		add = append(add, tspan{newsner.Organization, k, e})
		k = e - 1
	}
	return replaceSpans(spans, add)
}

// publicationAt returns the end of a publication's name starting at token
// k after a cue (addPublicationSpans), and whether one starts there;
// placeAt tells the tokens where a name tagged a place starts.
func publicationAt(toks []token, k int, placeAt func(int) bool) (int, bool) {
	if k < 2 || !startsUpper(toks[k].Text) {
		return 0, false
	}
	cued, strong := publicationCue(toks, k)
	if !cued {
		return 0, false
	}
	e := publicationRunEnd(toks, k, placeAt)
	if e == k || e < len(toks) && isPossessive(toks[e].Text) || !publicationName(toks, k, e, strong) {
		return 0, false
	}
	return e, true
}

// placeStarts returns publicationAt's placeAt over xs (spans or
// mentions, read by at: the type and first token of each): whether a name
// typed a place starts at token n. The tokens are gathered at the first
// question, as xs stand then.
func placeStarts[T any](xs []T, at func(T) (newsner.EntityType, int)) func(n int) bool {
	var places map[int]bool
	return func(n int) bool {
		if places == nil {
			places = map[int]bool{}
			for _, x := range xs {
				if typ, t0 := at(x); typ == newsner.Location {
					places[t0] = true
				}
			}
		}
		return places[n]
	}
}

// publicationsAsOrganizations types ORGANIZATION a mention that is the
// whole of a publication's name after a cue (publicationAt), which the
// place rules retyped after "in" ("a cover story in Zorb", Zorb a town's
// name too) or the tagger typed a place, a person or MISC.
func publicationsAsOrganizations(ms []*mention, toks []token) {
	placeAt := placeStarts(ms, func(m *mention) (newsner.EntityType, int) { return m.typ, m.t0 })
	for _, m := range ms {
		if m.typ == newsner.Organization || !m.typ.Valid() && m.typ != misc {
			continue
		}
		if e, ok := publicationAt(toks, m.t0, placeAt); ok && e == m.t1 {
			m.typ, m.place = newsner.Organization, false
		}
	}
}

// publicationName reports whether tokens [k,e) may be a publication's name
// after a cue (strong: one places do not take).
func publicationName(toks []token, k, e int, strong bool) bool {
	w := toks[k].Text
	afterThe := toks[k-1].Text == "the" || toks[k-1].Text == "The"
	if isTitle(w) || (weekdays[w] || lowered(months, w)) && !afterThe {
		return false
	}
	if e-k == 1 && isDemonym(w) {
		return false
	}
	if strong {
		return true
	}
	if e-k > 1 && firstName(w) {
		return false
	}
	// A known place's name that is a common word is the publication's:
	// "a cover story in Time" (a town of Norway).
	return !knownPlace(joinTokens(toks[k:e])) || e-k == 1 && usuallyLower(w, 20, 10)
}

// capitalRunEnd returns the end of the run of capitalized words from token
// k.
func capitalRunEnd(toks []token, k int) int {
	for k < len(toks) && startsUpper(toks[k].Text) {
		k++
	}
	return k
}

// publicationSpansFit reports whether no span reaches outside tokens
// [k,e) and none inside is a person's name of two words or more. It looks
// only at the spans over [k,e) (overlapping; sorted: spansInOrder), so a
// page of many cues and many spans is not walked once per cue.
func publicationSpansFit(spans []tspan, sorted bool, k, e int) bool {
	for _, i := range overlapping(spans, sorted, k, e) {
		s := spans[i]
		if s.t0 < k || s.t1 > e || s.typ == newsner.Organization && s.t0 == k && s.t1 == e {
			return false
		}
		if s.typ == newsner.Person && s.t1-s.t0 > 1 {
			return false
		}
	}
	return true
}

package ner

import (
	"github.com/newsner/newsner"
)

// Names in a text about space (spaceText): planets, moons and bodies
// ("asteroid Zorb") are places, their untagged names get a place's span;
// a craft's or an instrument's short name is MISC; a lone cosmic word
// ("Universe") names nothing.

// addSpaceBodySpans adds a place's span over each planet's or moon's name
// (spaceBodies) the tagger left untagged in a text about space
// (spaceText: "Getting to the Moon", "send astronauts to Mars"), or
// "the Moon" after a preposition in any text (theMoonCued: "send tourists
// to the Moon"), where it stands alone: not at a sentence's start, no
// capitalized word right before it ("Blue Moon", "Bruno Mars") or after
// it.
func addSpaceBodySpans(text string, toks []token, spans []tspan, about *topics) []tspan {
	var add []tspan
	j := 0 // spans[j:] end after token k
	for k := 1; k+1 < len(toks); k++ {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		if !spaceBodies[toks[k].Text] || j < len(spans) && spans[j].t0 <= k || startsUpper(toks[k-1].Text) || startsUpper(toks[k+1].Text) || startsSentence(text, toks, k) {
			continue
		}
		if about.spaceText() || theMoonCued(toks, k, k+1) {
			add = append(add, tspan{newsner.Location, k, k + 1})
		}
	}
	return replaceSpans(spans, add) // over untagged tokens: nothing goes
}

// celestialBodies are places no gazetteer lists ("pass the Moon").
var celestialBodies = setOf(`Moon Earth Sun Mars Venus Mercury Jupiter Saturn Uranus Neptune Pluto`)

// spaceBodies are the planets, dwarf planets and moons that news of space
// names, places as the page lists have them ("the Moon", "Mars", "Jupiter's
// moon Europa"); not "Sun" ("The Sun", a paper) nor "Io".
var spaceBodies = setOf(`Moon Earth Mars Venus Mercury Jupiter Saturn Uranus Neptune Pluto Ceres Charon
Europa Ganymede Callisto Titan Enceladus Triton Phobos Deimos`)

// spaceWords, in lower case, say a text is about space.
var spaceWords = setOf(`planet planets moon moons orbit orbiter orbiters spacecraft asteroid asteroids telescope
lander landers rover rovers astronaut astronauts astronomer astronomers solar`)

// spaceText reports whether toks hold a word of spaceWords.
func spaceText(toks []token) bool {
	for _, t := range toks {
		if spaceWords[t.Text] {
			return true
		}
	}
	return false
}

// spaceBodiesAsPlaces types LOCATION, in a text about space (spaceText),
// every mention of one word that is a planet's or a moon's name
// (spaceBodies) and no word of a person's name of the article ("Bruno
// Mars"): the tagger calls "Europa" an organization.
func spaceBodiesAsPlaces(ms []*mention, toks []token, about *topics) {
	ok := func(m *mention) bool { return m.typ != newsner.Location }
	for _, m := range topicNameMentions(ms, toks, spaceBodies, about.spaceText, ok) {
		m.typ, m.place = newsner.Location, true
	}
}

// theMoonPreps, before "the Moon", put the Earth's moon where a place
// stands ("a hotel on the Moon", "to go to the Moon").
var theMoonPreps = setOf(`on to from around orbiting reach reached reaching`)

// theMoonCued reports whether tokens [t0,t1) are "Moon" after "the" and a
// preposition (theMoonPreps), with no capitalized word after it ("the Moon
// Festival").
func theMoonCued(toks []token, t0, t1 int) bool {
	return t1-t0 == 1 && toks[t0].Text == "Moon" && t0 > 1 && toks[t0-1].Text == "the" &&
		theMoonPreps[toks[t0-2].Text] && !(t1 < len(toks) && startsUpper(toks[t1].Text))
}

// theMoonAsPlace types LOCATION every mention of "Moon" tagged an
// organization, a person or MISC in an article that puts it after a
// preposition and "the" (theMoonCued: "a Hilton hotel on the Moon",
// dragnet-news-a 35, a history of hotels no space report, which
// spaceBodiesAsPlaces needs; the tagger typed it an organization there),
// unless the article names a person with the word ("President Moon").
func theMoonAsPlace(ms []*mention, toks []token) {
	cued := false
	for _, m := range ms {
		cued = cued || theMoonCued(toks, m.t0, m.t1)
	}
	if !cued {
		return
	}
	ok := func(m *mention) bool { return m.typ != newsner.Location }
	for _, m := range topicNameMentions(ms, toks, theMoon, func() bool { return true }, ok) {
		m.typ, m.place = newsner.Location, true
	}
}

// theMoon is the name theMoonAsPlace types.
var theMoon = setOf(`Moon`)

// bodyKinds name a kind of body in space right before its name ("the
// asteroid Zorbu", "comet Quelbwise").
var bodyKinds = setOf(`asteroid comet planet moon exoplanet`)

// namedBodiesAsPlaces types LOCATION a name tagged a person, an
// organization or MISC right after a space body's kind in lower case
// (bodyKinds): "samples from the asteroid Zorbu", which the tagger reads
// as a person. Planets and moons are places (spaceBodiesAsPlaces); the
// bodies news names by their kind are too. Every mention of the name
// follows (retypeByKey).
func namedBodiesAsPlaces(ms []*mention, toks []token) {
	retypeByKey(ms, func(m *mention) bool {
		return m.typ != newsner.Location && (m.typ.Valid() || m.typ == misc) && m.t0 >= 1 && bodyKinds[toks[m.t0-1].Text]
	}, func(m *mention) bool {
		return m.typ != newsner.Location && (m.typ.Valid() || m.typ == misc)
	}, newsner.Location)
}

// cosmicWords are the words for all there is, or a galaxy, that writers on
// space capitalise as common nouns ("light in the Universe", "the Cosmos",
// "our Galaxy"): no one's name, but the tagger types them an organization
// or a place.
var cosmicWords = setOf(`Universe Cosmos Galaxy`)

// cosmicWordsAsNone makes no name of a lone cosmic word (cosmicWords) in a
// text about space (spaceText), unless it is a word of a person's longer
// name in the article.
func cosmicWordsAsNone(ms []*mention, toks []token, about *topics) {
	ok := func(m *mention) bool { return m.typ != misc }
	for _, m := range topicNameMentions(ms, toks, cosmicWords, about.spaceText, ok) {
		m.typ = misc
	}
}

// craftHeads end the names of instruments sent or pointed at the sky
// ("the Quelbi Gamma-ray Space Telescope"), MISC in CoNLL-2003's scheme.
var craftHeads = setOf(`Telescope Spacecraft`)

// craftShortNamesAsMisc makes MISC, so not emitted, in a text about space
// (spaceText), a one-word mention typed an organization whose word stands
// in the capitalised run before a craft's head word (craftHeads) somewhere
// in the text: "detected by Quelbi" after "the Quelbi Gamma-ray Space
// Telescope" is the telescope's short name, which the tagger types an
// organization. A listed organization ("NASA" in "the NASA Zorb
// Telescope") is left alone.
func craftShortNamesAsMisc(ms []*mention, toks []token, about *topics) {
	var words map[string]bool
	for k, t := range toks {
		if !craftHeads[t.Text] || !about.spaceText() {
			continue
		}
		if words == nil {
			words = make(map[string]bool)
		}
		for j := k - 1; j >= 0 && j >= k-8 && craftNameWord(toks, j); j-- {
			words[toks[j].Text] = true
		}
	}
	if words == nil {
		return
	}
	for _, m := range ms {
		if m.typ == newsner.Organization && len(m.words) == 1 && words[m.m.Text] && listKey(m.m.Text, newsner.Organization) == "" {
			m.typ = misc
		}
	}
}

// craftNameWord reports whether token j may stand in a craft's name before
// its head: a capitalised word, a hyphen, or a word a hyphen joins
// ("Gamma-ray").
func craftNameWord(toks []token, j int) bool {
	w := toks[j].Text
	return startsUpper(w) || w == "-" || j > 0 && toks[j-1].Text == "-"
}

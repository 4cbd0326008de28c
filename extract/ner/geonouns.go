package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// geoNouns, in lower case right after a name, make it a place's name ("the
// Giudecca canal", "the Lazio region", "Lake counties"); geoOf, in lower
// case before "of" and a name, too ("the island of Giglio", "the city of
// Norfolk").
var (
	geoNouns = setOf(`canal river rivers island islands lake lakes region province county counties district
valley mountains mountain peninsula coast desert sea bay strait archipelago`)
	geoOf = setOf(`island islands city town village region province county state district republic
capital port`)
)

// geoNounsAsPlaces types LOCATION a mention tagged a person or an
// organization that a geographic common noun names a place: right after
// it in lower case ("the Giudecca canal", "the Lazio region"), or before
// it with "of" ("the island of Giglio"); unless the lists name it an
// organization. The place stays one (unifyTypes leaves it).
func geoNounsAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Person && m.typ != newsner.Organization || !startsUpper(m.m.Text) {
			continue
		}
		after := m.t1 < len(toks) && geoNouns[toks[m.t1].Text]
		of := m.t0 > 1 && toks[m.t0-1].Text == "of" && geoOf[toks[m.t0-2].Text]
		if !after && !of || listKey(m.m.Text, newsner.Organization) != "" || strings.EqualFold(m.words[0], "the") {
			continue
		}
		m.typ, m.place = newsner.Location, true
	}
}

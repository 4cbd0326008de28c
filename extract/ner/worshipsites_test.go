package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddWorshipSiteSpans: a mosque's or a cathedral's name the tagger
// left untagged, or cut before its head, is a place
// (addWorshipSiteSpans); "Masjid" and a word with an Arabic article typed
// a person is a place (arabicPlacesAsPlaces); a church's name with a
// saint's or a feast's word typed an organization is a place (churchSite)
// but a denomination's stays an organization.
func TestAddWorshipSiteSpans(t *testing.T) {
	P, L, O, M := newsner.Person, newsner.Location, newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged",
		text:  "Pilgrims prayed at the Grand Mosque in Quelbah on Friday. The Blue Mosque reopened.",
		spans: []span{{L, "Quelbah"}},
		want:  []want{{L, "Grand Mosque", 1}, {L, "Quelbah", 1}, {L, "Blue Mosque", 1}},
	}, {
		name:  "typed MISC",
		text:  "A crane fell into Quelbah's Grand Mosque on Friday.",
		spans: []span{{L, "Quelbah"}, {M, "Grand Mosque"}},
		want:  []want{{L, "Quelbah", 1}, {L, "Grand Mosque", 1}},
	}, {
		name:  "cut before its head",
		text:  "Police entered the Al-Zorba Mosque compound on Friday.",
		spans: []span{{O, "Al-Zorba"}},
		want:  []want{{L, "Al-Zorba Mosque", 1}},
	}, {
		name:  "a mosque typed a person",
		text:  "Pilgrims circled the shrine in Masjid al-Quelb on Sunday.",
		spans: []span{{P, "Masjid al-Quelb"}},
		want:  []want{{L, "Masjid al-Quelb", 1}},
	}, {
		name: "a mosque untagged",
		text: "Pilgrims circled the shrine in Masjid al-Quelb on Sunday.",
		want: []want{{L, "Masjid al-Quelb", 1}},
	}, {
		name:  "a church's building",
		text:  "Pilgrims visited the Church of the Holy Zorb in Quelbah on Sunday.",
		spans: []span{{O, "Church of the Holy Zorb"}, {L, "Quelbah"}},
		want:  []want{{L, "Church of the Holy Zorb", 1}, {L, "Quelbah", 1}},
	}, {
		name:  "tagged after its of",
		text:  "Pilgrims visited the Church of the Holy Zorb in Quelbah on Sunday.",
		spans: []span{{L, "Holy Zorb"}, {L, "Quelbah"}},
		want:  []want{{L, "Church of the Holy Zorb", 1}, {L, "Quelbah", 1}},
	}, {
		name:  "a denomination",
		text:  "The Church of Zorbia said on Monday it would appeal.",
		spans: []span{{O, "Church of Zorbia"}},
		want:  []want{{O, "Church of Zorbia", 1}},
	}})
}

// TestPlainsAsPlaces: a name ending in "Plains" or headed by it before
// "of", typed an organization or a person, is a place (landformName), as
// eng.train marks "High Plains".
func TestPlainsAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a plain",
		text:  "Farmers on the Quelb Plains said the drought had cut their wheat crop.",
		spans: []span{{O, "Quelb Plains"}},
		want:  []want{{L, "Quelb Plains", 1}},
	}, {
		name:  "of a name",
		text:  "Pilgrims gathered on the Plains of Zorbat on Monday.",
		spans: []span{{P, "Plains of Zorbat"}},
		want:  []want{{L, "Plains of Zorbat", 1}},
	}})
}

// TestAddSaintSiteSpans: a saint's name, its possessive and a building's
// head word is one place (addSaintSiteSpans), where the tagger tagged the
// saint's name alone, as a place or a person; a longer name is left.
func TestAddSaintSiteSpans(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "cut at the possessive",
		text:  "Mass was held at St Zorba's Cathedral in Quelbtown on Sunday.",
		spans: []span{{L, "St Zorba"}, {L, "Quelbtown"}},
		want:  []want{{L, "St Zorba's Cathedral", 1}, {L, "Quelbtown", 1}},
	}, {
		name:  "typed a person",
		text:  "Fans left St. Quelba's Stadium early.",
		spans: []span{{P, "St. Quelba"}},
		want:  []want{{L, "St. Quelba's Stadium", 1}},
	}, {
		name:  "a saint alone",
		text:  "Pilgrims honoured St Zorba's relics in Quelbtown.",
		spans: []span{{P, "St Zorba"}, {L, "Quelbtown"}},
		want:  []want{{P, "St Zorba", 1}, {L, "Quelbtown", 1}},
	}})
}

// TestChapelAsPlace: a name ending in "Chapel" is a building's, a place,
// whatever type the tagger gave it; a chapel's head before "of" still
// needs a saint's or a feast's word.
func TestChapelAsPlace(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a chapel among sights",
		text:  "Tours take in the Colosseum, the Pantheon, the Quelbine Chapel and other sights.",
		spans: []span{{L, "Colosseum"}, {L, "Pantheon"}, {P, "Quelbine Chapel"}},
		want:  []want{{L, "Colosseum", 1}, {L, "Pantheon", 1}, {L, "Quelbine Chapel", 1}},
	}})
	for _, c := range []struct {
		words []string
		head  string
		want  bool
	}{
		{[]string{"quelbine", "chapel"}, "chapel", true},
		{[]string{"chapel", "of", "quelbing", "hope"}, "chapel", false},
		{[]string{"chapel", "of", "st", "quelb"}, "chapel", true},
	} {
		if got := churchSite(c.words, c.head); got != c.want {
			t.Errorf("churchSite(%q, %q) = %v, want %v", c.words, c.head, got, c.want)
		}
	}
}

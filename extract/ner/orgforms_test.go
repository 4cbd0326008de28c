package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAmpersandInitials: initials joined by "&" that the tagger left
// untagged are an organization (addAmpersandInitialsSpans), alone or
// with a legal suffix; not a phrase's initials ("R&D", "Q&A"), an
// index before its number, a product's or a place's name after them,
// nor a headline's word in capitals.
func TestAmpersandInitials(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a utility and a carrier untagged",
		text:  "Zorbia's biggest power supplier, QZE&G, said on Monday that Marla Quonk would lead it. Rival KB&T Inc. and QZE&G will bid for the licences in Quelbtown.",
		spans: []span{{L, "Zorbia"}, {P, "Marla Quonk"}, {L, "Quelbtown"}},
		want:  []want{{L, "Zorbia", 1}, {O, "QZE&G", 2}, {P, "Marla Quonk", 1}, {O, "KB&T Inc.", 1}, {L, "Quelbtown", 1}},
	}, {
		name:  "phrases, an index, a product, a place and a headline",
		text:  "Marla Quonk spent more on R&D and took part in a Q&A. The ZQ&X 300 rose 2%. She bought a KB&T Fiberline plan near KB&T Stadium.\nQZ&G CHIEF QUITS",
		spans: []span{{P, "Marla Quonk"}},
		want:  []want{{P, "Marla Quonk", 1}},
	}})
}

// TestPossessiveFirmWords: a one-word name the article writes only with
// a glued "'s", once before a verb or a chain's premises, is a firm's
// name, "'s" and all (possessiveFirmWords), after a role's descriptor
// too; not a person's longer name's word, a name also written bare, nor
// an eponym's ("Zorbitt's disease").
func TestPossessiveFirmWords(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "chains in the possessive",
		text:  "Rival Quelbman's was also lower on Monday. Marla Quonk said she would open shops in Zorbley's stores.",
		spans: []span{{P, "Rival Quelbman"}, {P, "Marla Quonk"}, {P, "Zorbley"}},
		want:  []want{{O, "Quelbman's", 1}, {P, "Marla Quonk", 1}, {O, "Zorbley's", 1}},
	}, {
		// A maker's noun no list holds (makerWord) is a descriptor
		// cutLeadDescriptor cuts too.
		name:  "after a maker's noun",
		text:  "Watchmaker Quelbman's was also lower on Monday.",
		spans: []span{{P, "Watchmaker Quelbman"}},
		want:  []want{{O, "Quelbman's", 1}},
	}, {
		name:  "owners, bare names and eponyms",
		text:  "Marla Quonk's shop was closed. Quelbman's plants rose, and Quelbman said so. Zorbitt's disease is rare; Zorbitt's was first seen in 1932.",
		spans: []span{{P, "Marla Quonk"}, {O, "Quelbman"}, {O, "Quelbman"}, {P, "Zorbitt"}, {P, "Zorbitt"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Quelbman", 2}, {P, "Zorbitt", 2}},
	}})
}

// TestAmpersandNamesAsOrganizations: a name tagged a person with "&" in
// it is a firm (ampersandNamesAsOrganizations).
func TestAmpersandNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "glued ampersand",
		text:  "Zorbia's Quelba &Co reported a rise in sales, said Jane Marzo.",
		spans: []span{{P, "Quelba &Co"}, {P, "Jane Marzo"}},
		want:  []want{{O, "Quelba &Co", 1}, {P, "Jane Marzo", 1}},
	}, {
		name:  "founders' names",
		text:  "Lawyers at Quimby & Marzo said the deal would close. Quimby & Marzo declined to comment.",
		spans: []span{{P, "Quimby & Marzo"}, {P, "Quimby & Marzo"}},
		want:  []want{{O, "Quimby & Marzo", 2}},
	}})
}

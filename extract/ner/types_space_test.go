package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of types_space.go's rules.

// TestNamedBodiesAsPlaces: a name after "asteroid" is the body's, a place
// (namedBodiesAsPlaces), every mention of it.
func TestNamedBodiesAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "asteroid",
		text:  "The Zorb Space Agency said its capsule carried samples from the asteroid Quelbu. Quelbu is 900 metres wide.",
		spans: []span{{O, "Zorb Space Agency"}, {P, "Quelbu"}, {P, "Quelbu"}},
		want:  []want{{O, "Zorb Space Agency", 1}, {L, "Quelbu", 2}},
	}})
}

// TestCraftAsMisc: a spacecraft's name ending in a craft's word ("Probe",
// "Lander", "Orbiter") the tagger typed an organization is MISC; its
// agency stays.
func TestCraftAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a probe and a lander",
		text:  "Quelbco's Zorbic Solar Probe and the Quonk Lander flew on.",
		spans: []span{{O, "Quelbco"}, {O, "Zorbic Solar Probe"}, {O, "Quonk Lander"}},
		want:  []want{{O, "Quelbco", 1}},
	}})
}

// TestTelescopesAsMisc: a space telescope is an instrument, MISC; the
// agency beside it stays.
func TestTelescopesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a telescope tagged an organization",
		text:  "Data from the Zorbo Space Telescope reached the Quimby Space Agency on Monday.",
		spans: []span{{O, "Zorbo Space Telescope"}, {O, "Quimby Space Agency"}},
		want:  []want{{O, "Quimby Space Agency", 1}},
	}})
}

// TestTheMoonAsPlace: "the Moon" after a preposition is the Earth's moon, a
// place, in a text that is no space report: typed an organization, and
// left untagged; a person named Moon stays.
func TestTheMoonAsPlace(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a hotel on the Moon typed an organization",
		text:  "Quelbco wanted a hotel on the Moon in 1958, Jane Quimble said.",
		spans: []span{{O, "Quelbco"}, {O, "Moon"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Moon", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "tourists to the Moon left untagged",
		text:  "Quelbco plans to send tourists to the Moon, Jane Quimble said.",
		spans: []span{{O, "Quelbco"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Moon", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "a president named Moon",
		text:  "President Zorb Moon flew to the Moon exhibition, Moon said.",
		spans: []span{{P, "Zorb Moon"}, {P, "Moon"}},
		want:  []want{{P, "Zorb Moon", 2}},
	}})
}

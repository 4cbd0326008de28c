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

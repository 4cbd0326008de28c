package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestSportFederationsAsOrganizations: a sport's governing body named for
// its sport and its country is an organization, whatever the tagger typed
// it (sportFederationsAsOrganizations); the sport alone ("Rugby Union")
// and a place's "Union" stay.
func TestSportFederationsAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "typed MISC, a place or a person",
		text:  "The Zorbian Football Confederation said on Friday that Quelb Zorbsen would coach the side. The Football Association of Quelbia and the Marzian Handball Federation agreed.",
		spans: []span{{misc, "Zorbian Football Confederation"}, {P, "Quelb Zorbsen"}, {L, "Football Association of Quelbia"}, {P, "Marzian Handball Federation"}},
		want:  []want{{O, "Zorbian Football Confederation", 1}, {P, "Quelb Zorbsen", 1}, {O, "Football Association of Quelbia", 1}, {O, "Marzian Handball Federation", 1}},
	}, {
		name:  "not a sport's body",
		text:  "The Zorbian Farmers Union met officials of the Quelbian Federation on Friday.",
		spans: []span{{O, "Zorbian Farmers Union"}, {L, "Quelbian Federation"}},
		want:  []want{{O, "Zorbian Farmers Union", 1}, {L, "Quelbian Federation", 1}},
	}})
}

// TestSportFederationName: the shapes of a sport's governing body's name.
func TestSportFederationName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"brazilian football confederation", true},
		{"rugby football union", true},
		{"football association", true},
		{"football association of ireland", true},
		{"rugby union", false},
		{"football association cup", false},
		{"soviet union", false},
		{"russian federation", false},
	} {
		if got := sportFederationName(strings.Fields(c.name)); got != c.want {
			t.Errorf("sportFederationName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestJoinDemonymFederations: a demonym tagged MISC and a sport's body's
// words tagged apart after it are one organization
// (joinDemonymFederations); a demonym before a club stays apart.
func TestJoinDemonymFederations(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "split at the demonym",
		text:  "The Peruvian Football Confederation said on Friday the season would end in February.",
		spans: []span{{misc, "Peruvian"}, {O, "Football Confederation"}},
		want:  []want{{O, "Peruvian Football Confederation", 1}},
	}, {
		name:  "a demonym before a club",
		text:  "The Peruvian side Quelbton Football Club said on Friday the season would end in February.",
		spans: []span{{misc, "Peruvian"}, {O, "Quelbton Football Club"}},
		want:  []want{{O, "Quelbton Football Club", 1}},
	}})
}

package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// TestCountriesThatSpeak: a country's name of two words or more that the
// tagger typed an organization, as a body that says something, is a
// place.
func TestCountriesThatSpeak(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a country of three words said",
		text:  "Marla Quonk left, and the United Arab Emirates said the Zorbax shot worked.",
		spans: []span{{P, "Marla Quonk"}, {O, "United Arab Emirates"}},
		want:  []want{{P, "Marla Quonk", 1}, {L, "United Arab Emirates", 1}},
	}, {
		name:  "a hyphened country said",
		text:  "Marla Quonk left, and Bosnia-Herzegovina said the Zorbax shot worked.",
		spans: []span{{P, "Marla Quonk"}, {O, "Bosnia-Herzegovina"}},
		want:  []want{{P, "Marla Quonk", 1}, {L, "Bosnia-Herzegovina", 1}},
	}})
}

// TestPlacesBeforeTitles: a known place's name right before a governor's
// or a mayor's office and the holder's name is the place, whatever the
// tagger typed it; an unknown name there stays as tagged, but one word
// typed an organization before a church's rank (a see's town), not a
// faith's.
func TestPlacesBeforeTitles(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a state typed a body, a city typed a person",
		text:  "Texas Governor Quelb Marzo and Sao Paulo Mayor Zorb Quimby met.",
		spans: []span{{O, "Texas"}, {P, "Quelb Marzo"}, {P, "Sao Paulo"}, {P, "Zorb Quimby"}},
		want:  []want{{L, "Texas", 1}, {P, "Quelb Marzo", 1}, {L, "Sao Paulo", 1}, {P, "Zorb Quimby", 1}},
	}, {
		name:  "an unknown name before the office",
		text:  "Quelbco Governor Zorb Quimby spoke.",
		spans: []span{{O, "Quelbco"}, {P, "Zorb Quimby"}},
		want:  []want{{O, "Quelbco", 1}, {P, "Zorb Quimby", 1}},
	}, {
		name:  "a see's town before a church's rank, typed an organization, the tagger's one name split",
		text:  "Quelbao Bishop Zorb Quimby said mass. Anglican Bishop Jon Marzo agreed.",
		spans: []span{{O, "Quelbao Bishop Zorb Quimby"}, {O, "Anglican"}, {P, "Jon Marzo"}},
		want:  []want{{L, "Quelbao", 1}, {P, "Zorb Quimby", 1}, {O, "Anglican", 1}, {P, "Jon Marzo", 1}},
	}})
}

// TestPlacesBeforeMedia: a known town typed an organization or a person
// before a local media noun ("Denver television stations") is the place,
// and its dateline stays one (placesBeforeMedia, placeBeforeMedia); an
// outlet's own name before "radio" stays an organization.
func TestPlacesBeforeMedia(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a town's television and newspapers",
		text:  "DENVER (Reuters) - Witnesses told Denver television stations they heard two blasts, and Seattle newspapers said the mayor would visit.",
		spans: []span{{L, "DENVER"}, {O, "Reuters"}, {P, "Denver"}, {O, "Seattle"}},
		want:  []want{{L, "Denver", 2}, {O, "Reuters", 1}, {L, "Seattle", 1}},
	}, {
		name:  "an outlet's own name",
		text:  "Quelbfunk radio said the talks would resume.",
		spans: []span{{O, "Quelbfunk"}},
		want:  []want{{O, "Quelbfunk", 1}},
	}})
}

// TestCompassRegionAfterInThe: a compass region's word after "in the" (and
// the like) is a place, untagged or tagged MISC alone, but not before a
// noun ("the Northeast corridor") nor after "the" without a place's word
// before it ("flew the Southwest").
func TestCompassRegionAfterInThe(t *testing.T) {
	text := "Storms cut power in the Northeast, and towers across the Southeast failed. Fares in the Northwest corridor rose. They flew the Southwest."
	toks := testTokens(t, text)
	var spans []tspan
	for k, tok := range toks {
		if tok.Text == "Southeast" {
			spans = append(spans, tspan{misc, k, k + 1})
		}
	}
	es := buildEntities(text, toks, spans)
	checkEntities(t, text, es)
	var got []string
	for _, e := range es {
		got = append(got, string(e.Type)+" "+e.Text)
	}
	want := []string{string(newsner.Location) + " Northeast", string(newsner.Location) + " Southeast"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestStateBesideCityApart: "New York" listed beside other states twice
// is the state, not joined to the article's "New York City"
// (coordinatedWithState); named once beside the city, it still joins.
func TestStateBesideCityApart(t *testing.T) {
	L := newsner.Location
	text := "Crews in New York City restored power on Friday. Outages remained in New York and New Jersey, officials said. " +
		"Utilities in New Jersey, New York and Delaware sent trucks."
	es := caseEntities(t, text, []textSpan{{L, "New York City"}, {L, "New York"}, {L, "New Jersey"}, {L, "New Jersey"}, {L, "New York"}, {L, "Delaware"}})
	want := []string{"LOCATION:New York City", "LOCATION:New York", "LOCATION:New Jersey", "LOCATION:Delaware"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	text = "Crews in New York City restored power on Friday. Traffic in New York was light, officials said."
	es = caseEntities(t, text, []textSpan{{L, "New York City"}, {L, "New York"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one place", got)
	}
}

// TestSideRegionsAsPlaces: a region that fields a national side, typed an
// organization, is a place as a country is.
func TestSideRegionsAsPlaces(t *testing.T) {
	L := newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "cricket's West Indies",
		text:  "Zorbia beat the West Indies by an innings at Zorbville.",
		spans: []span{{L, "Zorbia"}, {newsner.Organization, "West Indies"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbia", 1}, {L, "West Indies", 1}, {L, "Zorbville", 1}},
	}})
}

// TestPlacesAfterLeadIn: a known place between a sentence's opening "In"
// and a comma is a place, typed a person (apposition) or an organization
// (a town in a football report) by the tagger; not an unknown name, nor
// one after a lower-case "in" or without the comma.
func TestPlacesAfterLeadIn(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a capital typed a person before an apposition-like phrase",
		text:  "Talks stalled. In Lisbon, a spokesman for Quelb Holdings said nothing.",
		spans: []span{{P, "Lisbon"}, {O, "Quelb Holdings"}},
		want:  []want{{L, "Lisbon", 1}, {O, "Quelb Holdings", 1}},
	}, {
		name:  "a town typed an organization in a results item",
		text:  "Zorb United won 2-0. In Rosario, Quelb FC beat Marzo City 1-0.",
		spans: []span{{O, "Zorb United"}, {O, "Rosario"}, {O, "Quelb FC"}, {O, "Marzo City"}},
		want:  []want{{O, "Zorb United", 1}, {L, "Rosario", 1}, {O, "Quelb FC", 1}, {O, "Marzo City", 1}},
	}, {
		name:  "an unknown name stays",
		text:  "In Quelbco, Zorb Marzo said nothing.",
		spans: []span{{O, "Quelbco"}, {P, "Zorb Marzo"}},
		want:  []want{{O, "Quelbco", 1}, {P, "Zorb Marzo", 1}},
	}, {
		name:  "no comma",
		text:  "In Lisbon Quelb said nothing.",
		spans: []span{{O, "Lisbon Quelb"}},
		want:  []want{{O, "Lisbon Quelb", 1}},
	}})
}

// TestStateTownSpans: an untagged town before a comma and a US state's
// code that ends its line or comes before a number is a place
// (addStateTownSpans), one that a capitalized word opens with "The" too;
// a run in capitals, a first name and more, a word before a code that is
// also a word or a degree, and a code before a word get no span.
func TestStateTownSpans(t *testing.T) {
	L := newsner.Location
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a ranking's towns",
		text:  "Top midsize cities\n\n1. Quelbvale, CA 96.2\n\n2. Zorbers, NY 73.4\n\n6. The Quimlages, FL 12.2\n",
		spans: nil,
		want:  []want{{L, "Quelbvale", 1}, {L, "Zorbers", 1}, {L, "The Quimlages", 1}},
	}, {
		name:  "no town",
		text:  "QUELBTON, IL 5\nJane Quimby, NJ 4\nRight, OK.\nSee Quelb, MD.\nZorbco, CA Technologies\n",
		spans: nil,
		want:  nil,
	}})
}

// TestTownsBeforeStateCodes: a name tagged a person or an organization
// before a comma and a US state's code that ends its line or comes before
// a number is a town; a person with a degree the
// code spells ("Jane Quimby, MD") or a name of a first name and more, a
// name in capitals and a code before a capitalized word stay as they
// were.
func TestTownsBeforeStateCodes(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a ranking of towns",
		text:  "Top cities\n1. Quelbton, AZ 25.3\n2. Zorb Springs, FL 17.0\n3. Zorbfield, NJ\n",
		spans: []span{{P, "Quelbton"}, {P, "Zorb Springs"}, {O, "Zorbfield"}},
		want:  []want{{L, "Quelbton", 1}, {L, "Zorb Springs", 1}, {L, "Zorbfield", 1}},
	}, {
		name:  "a doctor and a company",
		text:  "Jane Quimby, MD\nQUELBTON, IL\nthe defense, Tom Quelby, SC, said. Zorbco, CA Technologies and Quelbco agreed.",
		spans: []span{{P, "Jane Quimby"}, {O, "QUELBTON"}, {P, "Tom Quelby"}, {O, "Zorbco"}, {O, "CA Technologies"}, {O, "Quelbco"}},
		want:  []want{{P, "Jane Quimby", 1}, {O, "QUELBTON", 1}, {P, "Tom Quelby", 1}, {O, "Zorbco", 1}, {O, "CA Technologies", 1}, {O, "Quelbco", 1}},
	}})
}

// TestTownModifiersAsPlaces: a known town tagged an organization right
// before a noun in lower case naming a part of it or its homes ("a
// Groningen office") is a place, and so are its other mentions so tagged;
// a listed organization's name and a sports report's town stay.
func TestTownModifiersAsPlaces(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a town before a noun it modifies, and its other mention",
		text:  "The team moved into a new Groningen office this year. When we got back to Groningen, we lit the room.",
		spans: []span{{O, "Groningen"}, {O, "Groningen"}},
		want:  []want{{L, "Groningen", 2}},
	}, {
		name:  "a listed organization stays",
		text:  "Staff moved into the new Nokia offices this year. Nokia said the deal was done.",
		spans: []span{{O, "Nokia"}, {O, "Nokia"}},
		want:  []want{{O, "Nokia", 2}},
	}, {
		name:  "a sports report's town stays",
		text:  "Groningen beat Ajax 2-1 and Utrecht drew 0-0 with Twente. The striker scored twice. Fans in the Groningen area cheered the coach.",
		spans: []span{{O, "Groningen"}, {O, "Ajax"}, {O, "Utrecht"}, {O, "Twente"}, {O, "Groningen"}},
		want:  []want{{O, "Groningen", 2}, {O, "Ajax", 1}, {O, "Utrecht", 1}, {O, "Twente", 1}},
	}})
}

package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

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

// TestSpouseApart: a bare surname after "President" is not joined to the
// full name of a spouse titled "First Lady" or "Mrs." (spouseApart); with
// no such titles it joins the full name.
func TestSpouseApart(t *testing.T) {
	P := newsner.Person
	text := "President Varrow spoke in Ohio on Monday. First Lady Delia Varrow visited a school. Varrow left at noon."
	es := caseEntities(t, text, []textSpan{{P, "Varrow"}, {P, "Delia Varrow"}, {P, "Varrow"}})
	want := []string{"PERSON:Varrow", "PERSON:Delia Varrow"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	text = "Delia Varrow visited a school on Monday. Varrow left at noon."
	es = caseEntities(t, text, []textSpan{{P, "Delia Varrow"}, {P, "Varrow"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one person", got)
	}
}

// TestAppealsCourtCircuit: "Court of Appeals" and its circuit after "for
// the", tagged apart, are one court (appealsCourt in joinOfNames).
func TestAppealsCourtCircuit(t *testing.T) {
	O := newsner.Organization
	text := "The ruling goes to the Quarrel Court of Appeals for the Tenth Circuit next month."
	es := caseEntities(t, text, []textSpan{{O, "Quarrel Court of Appeals"}, {O, "Tenth Circuit"}})
	want := []string{"ORGANIZATION:Quarrel Court of Appeals for the Tenth Circuit"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestCommonWordCut: a common word that a teaser's ellipsis cuts off at a
// sentence's start ("All...", "Every…") is no name (commonWordCut), as the
// tagger may find it; a name before an ellipsis stays.
func TestCommonWordCut(t *testing.T) {
	L := newsner.Location
	text := "Players grind their way to the end of every game.\n\nAll...\n\nFans in Quarlton waited.\n\nEvery\u2026"
	es := caseEntities(t, text, []textSpan{{L, "All."}, {L, "Quarlton"}, {L, "Every\u2026"}})
	want := []string{"LOCATION:Quarlton"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	text = "Players waited for hours.\n\nQuarlton..."
	es = caseEntities(t, text, []textSpan{{L, "Quarlton."}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one place", got)
	}
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestBareCityNameKeysTheCity: made-up articles naming New York bare key
// it as the articles naming "New York City" do (cityOrStateKey); one that
// places it as the state (a region's word, a word of the state's
// government after it, another state beside it in a list, "State of")
// keys the state; one before its own state's abbreviation stays the
// city; the name of an organization ("New York beat Boston", the team)
// is left alone, and so is a bare name an article keeps apart from its
// "NYC" (keyUnlessTaken).
func TestBareCityNameKeysTheCity(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	city, state := keyListKey("New York City", L), keyListKey("New York State", L)
	if city == "" || state == "" {
		t.Fatalf("the lists key New York City %q, New York State %q", city, state)
	}
	for _, c := range []struct {
		text  string
		spans []textSpan
		typ   newsner.EntityType
		name  string
		want  string
	}{
		{"Quelbo Corp opened an office in New York on Monday, its third.", []textSpan{{O, "Quelbo Corp"}, {L, "New York"}}, L, "New York", city},
		{"NEW YORK (Zorb News) - Shares of Quelbo rose on Tuesday.", []textSpan{{L, "NEW YORK"}, {O, "Zorb News"}, {O, "Quelbo"}}, L, "NEW YORK", city},
		{"Flights to New York, N.Y., were cut on Friday.", []textSpan{{L, "New York"}, {L, "N.Y."}}, L, "New York", city},
		{"The Zorbs farm apples in upstate New York and sell them in town.", []textSpan{{L, "New York"}}, L, "New York", state},
		{"Heavy snow fell across New York, New Jersey and Connecticut overnight.", []textSpan{{L, "New York"}, {L, "New Jersey"}, {L, "Connecticut"}}, L, "New York", state},
		{"New York Gov. Ada Zorb signed the bill on Monday.", []textSpan{{L, "New York"}, {newsner.Person, "Ada Zorb"}}, L, "New York", state},
		{"New York's attorney general sued Quelbo Corp on Monday.", []textSpan{{L, "New York"}, {O, "Quelbo Corp"}}, L, "New York", state},
		{"The State of New York sued Quelbo Corp on Monday.", []textSpan{{L, "State of New York"}, {O, "Quelbo Corp"}}, L, "State of New York", state},
		{"New York beat Boston 3-1 on Sunday night.", []textSpan{{O, "New York"}, {O, "Boston"}}, O, "New York", nameKey(O, "New York")},
		{"The storm hit NYC on Monday. By Tuesday New York had power again.", []textSpan{{L, "NYC"}, {L, "New York"}}, L, "New York", nameKey(L, "New York")},
	} {
		checkCaseKey(t, c.text, c.spans, c.typ, c.name, c.want)
	}
}

// checkCaseKey runs buildEntities on text with the tagger's spans
// (caseEntities) and checks that the entity of type typ named name is
// keyed want.
func checkCaseKey(t *testing.T, text string, spans []textSpan, typ newsner.EntityType, name, want string) {
	t.Helper()
	found := false
	for _, e := range caseEntities(t, text, spans) {
		if e.Type == typ && e.Text == name {
			found = true
			if e.Key != want {
				t.Errorf("%s %q in %q keyed %q, want %q", typ, name, text, e.Key, want)
			}
		}
	}
	if !found {
		t.Errorf("no %s %q in %q", typ, name, text)
	}
}

// TestBareWashingtonKeysTheCapital: made-up articles naming Washington
// bare key it as the capital, as the article that writes "Washington, DC"
// (two mentions, joinCityDistricts) and "Washington, D.C." does, and an
// article placing it as the state (a town and its comma before it,
// "state" after it, another state beside it in a list) keys the state:
// the state and the capital key apart (cityStates). A subject after an
// opening town ("In Tokyo, Washington said") stays the capital.
func TestBareWashingtonKeysTheCapital(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	capital, state := keyListKey("Washington, D.C.", L), keyListKey("Washington State", L)
	if capital == "" || state == "" || capital == state {
		t.Fatalf("the lists key Washington, D.C. %q, Washington State %q", capital, state)
	}
	for _, c := range []struct {
		text  string
		spans []textSpan
		name  string
		want  string
	}{
		{"Quelbo Corp lobbied hard in Washington this year.", []textSpan{{O, "Quelbo Corp"}, {L, "Washington"}}, "Washington", capital},
		{"The judge sits in Washington, DC, where the court meets.", []textSpan{{L, "Washington"}, {L, "DC"}}, "Washington", capital},
		{"The plant in Spokane, Washington, closed on Monday.", []textSpan{{L, "Spokane"}, {L, "Washington"}}, "Washington", state},
		{"Voters in Washington state backed the measure.", []textSpan{{L, "Washington"}}, "Washington", state},
		{"Voters in Oregon and Washington backed the measure.", []textSpan{{L, "Oregon"}, {L, "Washington"}}, "Washington", state},
		{"In Tokyo, Washington said little about the talks.", []textSpan{{L, "Tokyo"}, {L, "Washington"}}, "Washington", capital},
	} {
		checkCaseKey(t, c.text, c.spans, L, c.name, c.want)
	}
}

package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// TestListedTailSplitsOff: an outlet's name the tagger ran into a listed
// organization's that the article also names alone ("ZNN Pentagon
// correspondent", "the Pentagon") is two organizations, and the
// Pentagon's mentions one entity keyed as the listed Pentagon; a company
// form before the name ("RAO Gazprom") and a place before it ("New York
// Fed") stay whole.
func TestListedTailSplitsOff(t *testing.T) {
	O := newsner.Organization
	text := "By Jane Quell, ZNN Pentagon correspondent. The Pentagon said on Monday that troops would leave."
	es := caseEntities(t, text, []textSpan{{newsner.Person, "Jane Quell"}, {O, "ZNN Pentagon"}, {O, "Pentagon"}})
	want := []string{"PERSON:Jane Quell", "ORGANIZATION:ZNN", "ORGANIZATION:Pentagon"}
	if got := names(es); !slices.Equal(got, want) || es[2].Count != 2 {
		t.Fatalf("got %v (%+v), want %v, the Pentagon twice", got, es, want)
	}
	if es[2].Key != entityKey(O, "Pentagon", []string{"Pentagon"}) {
		t.Errorf("the Pentagon keyed %q", es[2].Key)
	}
	for _, c := range []struct{ text, whole, tail string }{
		{"A stake in RAO Gazprom was sold. Gazprom shares rose.", "RAO Gazprom", "Gazprom"},
		{"The New York Fed said on Monday that the Fed would act.", "New York Fed", "Fed"},
	} {
		es := caseEntities(t, c.text, []textSpan{{O, c.whole}, {O, c.tail}})
		if len(es) == 0 || es[0].Text != c.whole {
			t.Errorf("%q: got %v, want %q whole", c.text, names(es), c.whole)
		}
	}
}

// TestMVPIsAnAward: "NFL MVP", an award's title the tagger typed an
// organization, is MISC (awardHeads), so the league named alone elsewhere
// is not joined into it and keys as the listed league.
func TestMVPIsAnAward(t *testing.T) {
	O := newsner.Organization
	text := "Zed Quell, the NFL MVP last season, signed on Monday. The NFL fined his club."
	es := caseEntities(t, text, []textSpan{{newsner.Person, "Zed Quell"}, {O, "NFL MVP"}, {O, "NFL"}})
	want := []string{"PERSON:Zed Quell", "ORGANIZATION:NFL"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if es[1].Key != entityKey(O, "National Football League", []string{"National Football League"}) {
		t.Errorf("the NFL keyed %q", es[1].Key)
	}
}

package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

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

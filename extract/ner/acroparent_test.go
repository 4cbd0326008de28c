package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// TestListedAcronymParentStaysApart: a listed organization named by its
// capitals alone ("NASA") is not joined into a unit named after it that
// the lists do not key as it ("NASA Quillon Laboratory"): two things.
func TestListedAcronymParentStaysApart(t *testing.T) {
	O := newsner.Organization
	text := "The NASA Quillon Laboratory released the images on Tuesday. NASA said the probe was healthy."
	es := caseEntities(t, text, []textSpan{{O, "NASA Quillon Laboratory"}, {O, "NASA"}})
	want := []string{"ORGANIZATION:NASA Quillon Laboratory", "ORGANIZATION:NASA"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if es[1].Key != entityKey(O, "National Aeronautics and Space Administration", []string{"National Aeronautics and Space Administration"}) {
		t.Errorf("NASA keyed %q", es[1].Key)
	}
}

// TestListedAcronymOwnSuffixedName: a listed capitals-only name still
// joins its own name with only a legal suffix added ("QVC Inc"), which
// listedAcronymParent leaves.
func TestListedAcronymOwnSuffixedName(t *testing.T) {
	O := newsner.Organization
	text := "Shares of QVC Inc rose on Monday. QVC said sales grew."
	es := caseEntities(t, text, []textSpan{{O, "QVC Inc"}, {O, "QVC"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one entity", got)
	}
}

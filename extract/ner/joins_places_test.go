package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinCityDistricts: a capital written with its district after a
// comma ("Quelbury, DC" is made up; the lists key "Washington, D.C." as
// the district) is one place: "Washington" and "DC" one entity; a city and
// its state stay two ("Spokane, Washington"), as do a city and its state's
// code ("Quelbury, Calif.").
func TestJoinCityDistricts(t *testing.T) {
	L := newsner.Location
	runDocCases(t, []docCase{
		{"capital and district", "The judge sits in Washington, DC, where the court meets.",
			[]textSpan{{L, "Washington"}, {L, "DC"}},
			[]entityWant{{L, "Washington", 2}}},
		{"capital and district with stops", "The firm moved to Washington, D.C. last year. Washington is its home.",
			[]textSpan{{L, "Washington"}, {L, "D.C."}, {L, "Washington"}},
			[]entityWant{{L, "Washington", 3}}},
		{"city and state", "The plant in Spokane, Washington, closed.",
			[]textSpan{{L, "Spokane"}, {L, "Washington"}},
			[]entityWant{{L, "Spokane", 1}, {L, "Washington", 1}}},
		{"city and state code", "The plant in Quelbury, Calif., closed.",
			[]textSpan{{L, "Quelbury"}, {L, "Calif."}},
			[]entityWant{{L, "Quelbury", 1}, {L, "Calif.", 1}}},
	})
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinSpellingVariants: an organization or place an article spells
// two or three ways, a word inflected ("Teachers", "Teaching" for
// "Teacher"), two letters swapped ("Untied") or a letter dropped
// ("Vetrinary"), is one entity; names one whole word apart ("North" and
// "South", "Motor" and "Mortgage") stay two.
func TestJoinSpellingVariants(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	runDocCases(t, []docCase{
		{"inflected word", "The Zorbic Master Teacher Corps will train 50 teachers. Members of the Zorbic Master Teachers Corps get a stipend, and the Zorbic Master Teaching Corps starts in May.",
			[]textSpan{{O, "Zorbic Master Teacher Corps"}, {O, "Zorbic Master Teachers Corps"}, {O, "Zorbic Master Teaching Corps"}},
			[]entityWant{{O, "Zorbic Master Teachers Corps", 3}}},
		{"inflected word, the plural first", "The Zorbic Master Teachers Corps will train 50 teachers. The Zorbic Master Teaching Corps starts in May.",
			[]textSpan{{O, "Zorbic Master Teachers Corps"}, {O, "Zorbic Master Teaching Corps"}},
			[]entityWant{{O, "Zorbic Master Teachers Corps", 2}}},
		{"letters swapped", "Delegates of the United Workers Federation met on Monday. The Untied Workers Federation said it would strike.",
			[]textSpan{{O, "United Workers Federation"}, {O, "Untied Workers Federation"}},
			[]entityWant{{O, "United Workers Federation", 2}}},
		{"letter dropped", "The Quell Veterinary Council met. The Quell Vetrinary Council said no.",
			[]textSpan{{O, "Quell Veterinary Council"}, {O, "Quell Vetrinary Council"}},
			[]entityWant{{O, "Quell Veterinary Council", 2}}},
		{"a word apart", "Troops left North Zorbia for South Zorbia. Quell Motor and Quell Mortgage were sold.",
			[]textSpan{{L, "North Zorbia"}, {L, "South Zorbia"}, {O, "Quell Motor"}, {O, "Quell Mortgage"}},
			[]entityWant{{L, "North Zorbia", 1}, {L, "South Zorbia", 1}, {O, "Quell Motor", 1}, {O, "Quell Mortgage", 1}}},
	})
}

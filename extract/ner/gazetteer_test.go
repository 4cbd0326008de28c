package ner

import (
	"math/rand"
	"strings"
	"testing"
)

// TestGazetteerMatch checks the name lists' matches: a listed name, and that a listed name leaves the first lists' matches inside
// it as they were.
func TestGazetteerMatch(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	bit := func(kind, pos int) uint64 { return 1 << (uint(kind)*4 + uint(pos)) }
	tests := []struct {
		text string
		i    int
		want []uint64 // bits token i must have
		not  []uint64 // bits it must not have
	}{
		{"shares of Ulta Beauty rose", 2, []uint64{bit(gzOrgName, gpB)}, []uint64{bit(gzOrgName, gpU)}},
		{"shares of Ulta Beauty rose", 3, []uint64{bit(gzOrgName, gpL)}, nil},
		{"fans of Spurs cheered", 2, []uint64{bit(gzClub, gpU)}, nil},
		{"Reuters reported", 0, []uint64{bit(gzOrgName, gpU)}, nil},
		{"said Nancy Pelosi today", 1, []uint64{bit(gzPerson, gpB), bit(gzFirstName, gpU)}, nil},
		// "New York Times" is a listed name; "New York" stays a place.
		{"the New York Times said", 1, []uint64{bit(gzOrgName, gpB), bit(gzPlace, gpB)}, nil},
		{"the New York Times said", 2, []uint64{bit(gzOrgName, gpI), bit(gzPlace, gpL)}, nil},
		{"the New York Times said", 3, []uint64{bit(gzOrgName, gpL)}, nil},
		{"in New York today", 1, []uint64{bit(gzPlace, gpB)}, []uint64{bit(gzOrgName, gpB)}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		out := make([]uint64, len(words))
		g.match(words, out)
		for _, b := range tt.want {
			if out[tt.i]&b == 0 {
				t.Errorf("%q token %d: bits %x lack %x", tt.text, tt.i, out[tt.i], b)
			}
		}
		for _, b := range tt.not {
			if out[tt.i]&b != 0 {
				t.Errorf("%q token %d: bits %x have %x", tt.text, tt.i, out[tt.i], b)
			}
		}
	}
}

// TestDropListMatches checks that list dropout hides whole name-list
// matches, keeps the first lists' matches, and draws the same with the
// same seed.
func TestDropListMatches(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(strings.Repeat("Tottenham Hotspur beat Manchester United and Ulta Beauty hired Nancy Pelosi in London . ", 50))
	orig := make([]uint64, len(words))
	g.match(words, orig)
	run := func(seed int64) []uint64 {
		gaz := append([]uint64(nil), orig...)
		dropListMatches(gaz, 0.5, rand.New(rand.NewSource(seed)))
		return gaz
	}
	a, b := run(7), run(7)
	const baseMask = 1<<(4*nBaseGazetteers) - 1
	dropped, kept := 0, 0
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("token %d: two draws with one seed differ", i)
		}
		if a[i]&baseMask != orig[i]&baseMask {
			t.Fatalf("token %d (%s): first lists' matches changed", i, words[i])
		}
		if words[i] == "Hotspur" || words[i] == "Beauty" {
			// The second word of a two-word match goes with the first.
			if (a[i-1]&^baseMask == 0) != (a[i]&^baseMask == 0) {
				t.Fatalf("token %d (%s): half a match dropped", i, words[i])
			}
			if a[i]&^baseMask == 0 {
				dropped++
			} else {
				kept++
			}
		}
	}
	if dropped < 20 || kept < 20 {
		t.Errorf("dropped %d and kept %d of 100 matches at p=0.5", dropped, kept)
	}
}

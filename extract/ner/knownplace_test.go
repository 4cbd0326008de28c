package ner

import (
	"strings"
	"testing"
	"unicode"
)

// knownPlaceBefore is knownPlace as it was written before it looked its
// title-case form up without making strings.
func knownPlaceBefore(name string) bool {
	if isPlaceName(name) {
		return true
	}
	ws := strings.Fields(name)
	for i, w := range ws {
		ws[i] = titleCase(w)
	}
	title := strings.Join(ws, " ")
	return isPlaceName(title) || foldedPlaces()[foldAccents(title)]
}

var titleWordsCases = []string{"", " ", "paris", "PARIS", "Paris", "new  york", " NEW\tYORK ", "sao paulo", "Sao Paulo", "SAO PAULO", "SÃO PAULO", "BOGOTA", "Bogota", "São Paulo",
	"Zorbco", "zorbco holdings", "U.S.", "u . s", "ÉTATS-UNIS", "İstanbul", "ISTANBUL", "\xffparis", "pa\xffris", "ǅemal",
	"the Netherlands", "The Gambia", "côte d\u2019ivoire", "COTE D'IVOIRE", "new\u00a0york", "new\u2003york", "Quelbury's", "x"}

// TestAppendTitleWords checks appendTitleWords against the strings it
// stands for (strings.Fields, titleCase, strings.Join) on made-up input.
func TestAppendTitleWords(t *testing.T) {
	for _, s := range titleWordsCases {
		ws := strings.Fields(s)
		for i, w := range ws {
			ws[i] = titleCase(w)
		}
		if got, want := string(appendTitleWords(nil, s)), strings.Join(ws, " "); got != want {
			t.Errorf("appendTitleWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestKnownPlaceTitle checks what knownPlace leaves out: the lists key a
// name's title-case form as they key the name, as lower-casing a lower
// case letter changes nothing (for every code point) and normName
// lower-cases every letter; and knownPlace against its former definition.
func TestKnownPlaceTitle(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); unicode.ToLower(l) != l {
			t.Fatalf("ToLower(%U) = %U, whose lower case is %U", r, l, unicode.ToLower(l))
		}
	}
	for _, s := range titleWordsCases {
		if a, b := normName(s), normName(string(appendTitleWords(nil, s))); a != b {
			t.Errorf("normName(%q) = %q, of its title words %q", s, a, b)
		}
		if got, want := knownPlace(s), knownPlaceBefore(s); got != want {
			t.Errorf("knownPlace(%q) = %v, want %v", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { knownPlace("zorbco holdings") }); n != 0 {
		t.Errorf("knownPlace took %v allocations", n)
	}
}

package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

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

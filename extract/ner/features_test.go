package ner

import "testing"

func TestShapes(t *testing.T) {
	var sh shaper
	for _, c := range []struct{ w, long, short string }{
		{"McDonald's", "XxXxxxx'x", "XxXx'x"},
		{"1996", "dddd", "d"},
		{"U.S.", "X.X.", "X.X."},
		{"Zürich-based", "Xxxxx-xxxx", "Xx-x"},
		{"", "", ""},
		{"M&A", "X&X", "X&X"},
		{"Ελλάδα", "Xxxxx", "Xx"},
	} {
		for k := 0; k < 2; k++ { // the second time from the shaper's store
			long, short := sh.shapes(c.w)
			if long != c.long || short != c.short {
				t.Errorf("shapes(%q) = %q, %q; want %q, %q", c.w, long, short, c.long, c.short)
			}
		}
	}
}

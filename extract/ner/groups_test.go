package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAcronymOfAnyWrittenForm: an undefined acronym joins the
// organization whose name's initials make it in any of the ways the
// article writes that name, not only its first: "Research in Motion"
// first, then "Research In Motion" and "RIM" (dragnet-web R380's text),
// whose mentions share one key but not their capitals (groupAcronyms). An
// acronym no written form makes stays apart.
func TestAcronymOfAnyWrittenForm(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name, acronym string
		joined              bool
	}{
		{"Verizon will drop apps for Android and Research in Motion devices. The store served Android and Research In Motion phones, and RIM's BlackBerry.",
			"Research in Motion", "RIM", true},
		{"The Quelb Society for Data in Orbit said on Monday it would meet. The Quelb Society For Data In Orbit has 300 members, and QSFDIO is based in Oslo.",
			"Quelb Society for Data in Orbit", "QSFDIO", true},
		// No written form's initials make the acronym: apart.
		{"Verizon will drop apps for Android and Research in Motion devices. The store served Android and Research in Motion phones, and RIM's BlackBerry.",
			"Research in Motion", "RIM", false},
		{"The Quelb Society for Data in Orbit said on Monday it would meet. The Quelb Society for Data in Orbit has 300 members, and QSFDIO is based in Oslo.",
			"Quelb Society for Data in Orbit", "QSFDIO", false},
	} {
		var full, short *newsner.Entity
		es := tg.Entities(c.text)
		for i, e := range es {
			if e.Type != newsner.Organization {
				continue
			}
			for _, m := range e.Mentions {
				if m.Text == c.acronym {
					short = &es[i]
				}
			}
			if e.Text == c.name {
				full = &es[i]
			}
		}
		if full == nil || short == nil {
			t.Errorf("%q: no organization %q or %q in %v", c.text, c.name, c.acronym, es)
			continue
		}
		if got := full == short; got != c.joined {
			t.Errorf("%q: %q in %q's entity is %v, want %v (%v)", c.text, c.acronym, c.name, got, c.joined, es)
		}
	}
}

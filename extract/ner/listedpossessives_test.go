package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListedPossessiveNames: a hand-made list's organization whose name
// ends in "'s" keeps it where the tagger cut it off at a sentence's start
// ("Byju" of orgs.tsv's "Byju's", nlists8's and nlists9's probes); a
// name of more words ("Standard & Poor's") or a generated list's form
// ("Dave & Buster's" of listed.tsv) is none of them.
func TestListedPossessiveNames(t *testing.T) {
	O := newsner.Organization
	runDocCases(t, []docCase{{
		name:  "cut at a sentence's start",
		text:  "Byju's said on Tuesday it had hired 200 people.",
		spans: []textSpan{{O, "Byju"}},
		want:  []entityWant{{O, "Byju's", 1}},
	}})
	ps := listedPossessiveNames()
	for _, k := range []string{"byju", "mcdonald"} {
		if !ps[k] {
			t.Errorf("listedPossessiveNames lacks %q", k)
		}
	}
	for _, k := range []string{"standard & poor", "dave & buster", "kohl"} {
		if ps[k] {
			t.Errorf("listedPossessiveNames has %q", k)
		}
	}
}

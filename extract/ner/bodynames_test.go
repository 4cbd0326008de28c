package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestOwnerBodyBefore: an organization's possessive before a body's name
// leaves two organizations (ownerBodyBefore in joinPossessiveNames),
// whole; a name with no body before its possessive is still one.
func TestOwnerBodyBefore(t *testing.T) {
	O, P := newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a body's possessive",
		text:  "The Zorbian Transport Administration's Center for Road Safety is reviewing the plans.",
		spans: []span{{O, "Zorbian Transport Administration"}, {O, "Center for Road Safety"}},
		want:  []want{{O, "Zorbian Transport Administration", 1}, {O, "Center for Road Safety", 1}},
	}, {
		name:  "a body with an 'and' before its possessive",
		text:  "The Quelb and Marz Administration's Institute for Safe Roads is reviewing the plans.",
		spans: []span{{O, "Quelb and Marz Administration"}, {O, "Institute for Safe Roads"}},
		want:  []want{{O, "Quelb and Marz Administration", 1}, {O, "Institute for Safe Roads", 1}},
	}, {
		name:  "a saint's hospital",
		text:  "She studied at St Quelbert's College in Zorbia.",
		spans: []span{{P, "St Quelbert"}, {O, "College"}},
		want:  []want{{O, "St Quelbert's College", 1}},
	}})
}

// TestCountryFirstName: a country's name inside a body's name before
// "said" is no person's first name (countryFirstName in
// splitSpeakerTail); a first name is still cut off.
func TestCountryFirstName(t *testing.T) {
	O, P := newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a country in the name",
		text:  "Weavers' group Federation of All India Quelbers said the strike had cost millions.",
		spans: []span{{O, "Federation of All India Quelbers"}},
		want:  []want{{O, "Federation of All India Quelbers", 1}},
	}, {
		name:  "a speaker after the unit",
		text:  "Director of the Quarry Scouting Bureau Thomas Vellquist said the pit was closed.",
		spans: []span{{O, "Quarry Scouting Bureau Thomas Vellquist"}},
		want:  []want{{O, "Quarry Scouting Bureau", 1}, {P, "Thomas Vellquist", 1}},
	}})
}

// TestHeadedBodyName: a name starting with a body's head word and a
// connective is a body's, no thing a company makes (headedBodyName).
func TestHeadedBodyName(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"center", "for", "road", "safety"}, true},
		{[]string{"institute", "of", "zorb", "studies"}, true},
		{[]string{"quelbix", "for", "kids"}, false},
		{[]string{"center", "for"}, false},
	} {
		if got := headedBodyName(c.words); got != c.want {
			t.Errorf("headedBodyName(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

// TestDepartmentShortForms: an article that names a department whole
// ("the Commerce Department") names it again by its field's word alone
// ("Commerce said"), which the tagger may leave untagged: a mention of the
// department, as eng.train marks "Treasury" and "Commerce" (nkinds50).
// The word before a noun ("Commerce officials"), after "of" ("Chamber of
// Commerce"), and in an article that names no such department stay out.
func TestDepartmentShortForms(t *testing.T) {
	O := newsner.Organization
	runDocCases(t, []docCase{{
		name:  "the department's field alone",
		text:  "The Commerce Department said orders rose in July. \"It is the effect of more jobs,\" Commerce said.",
		spans: []textSpan{{O, "Commerce Department"}},
		want:  []entityWant{{O, "Commerce Department", 2}},
	}, {
		name:  "before a noun, after of",
		text:  "The Commerce Department said orders rose. Commerce officials and the Chamber of Commerce agreed.",
		spans: []textSpan{{O, "Commerce Department"}},
		want:  []entityWant{{O, "Commerce Department", 1}},
	}, {
		name: "no department named",
		text: "Orders rose in July, traders said. Commerce slowed after that.",
		want: []entityWant{},
	}})
}

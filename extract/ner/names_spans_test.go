package ner

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
)

// spanStrings renders spans as "TYPE text@start" with the text cut from
// text by code points.
func spanStrings(text string, spans []Span) []string {
	r := []rune(text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = fmt.Sprintf("%s %s@%d", s.Type, string(r[s.Start:s.End]), s.Start)
	}
	return out
}

// TestProjectNames: every whole-word, case-sensitive occurrence of a form
// is a gold mention of its entity's type, the longest first, none
// overlapping; MISC forms claim their text; offsets count code points.
func TestProjectNames(t *testing.T) {
	gold := []GoldNames{
		{"ORG", []string{"U.S. News & World Report", "U.S. News"}},
		{"LOC", []string{"United States", "U.S.", "US"}},
		{"ORG", []string{"Google"}},
		{"MISC", []string{"Google Stadia"}},
		{"ORG", []string{"Morgan Stanley"}},
		{"PER", []string{"Stanley Baker", "Baker"}},
		{"ORG", []string{"Apple"}},
		{"PER", []string{"Zoë Kravitz", "Kravitz"}},
		{"LOC", []string{"Zürich"}},
		{"LOC", []string{"Iran"}},
		{"MISC", []string{"Iranian"}},
		// Listed twice: the first line's.
		{"PER", []string{"Jordan"}},
		{"LOC", []string{"Hashemite Kingdom of Jordan", "Jordan"}},
	}
	text := "U.S. News ranked the U.S. first. Zoë Kravitz bought Apple stock at Morgan Stanley Baker, " +
		"not apples or APPLE. Google Stadia closed; Google did not say why. Iranian and Iran-backed groups " +
		"met in Iran. Zürichsee is by Zürich, and Baker's Trumpet (Kravitz) left the US. Jordan spoke " +
		"in the U.S.A. and in the U.S.\nAt Google, the United States"
	got := spanStrings(text, ProjectNames(text, gold))
	want := []string{
		"ORGANIZATION U.S. News@0",       // not "U.S." inside it
		"LOCATION U.S.@21",               // "U.S." at a sentence end keeps its period
		"PERSON Zoë Kravitz@33",          // offsets in code points after "ë"
		"ORGANIZATION Apple@52",          // "apples" and "APPLE" are not "Apple"
		"ORGANIZATION Morgan Stanley@67", // longer than "Stanley Baker", which it overlaps
		"PERSON Baker@82",                // the rest of the overlapped name, listed on its own
		"MISC Google Stadia@110",         // the product keeps "Google" from being an ORG mention
		"ORGANIZATION Google@132",
		"MISC Iranian@156",    // not "Iran" inside it
		"LOCATION Iran@194",   // not "Iran" in "Iran-backed"
		"LOCATION Zürich@216", // not in "Zürichsee"
		"PERSON Baker@228",    // before "'s"; "Trumpet" holds no name
		"PERSON Kravitz@245",  // in brackets
		"LOCATION US@263",
		"PERSON Jordan@267",       // the first line that lists it
		"LOCATION U.S.@305",       // not in "U.S.A.", at the text's last sentence end
		"ORGANIZATION Google@313", // after a line break
		"LOCATION United States@325",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if spans := ProjectNames("", gold); len(spans) != 0 {
		t.Errorf("empty text: %v", spans)
	}
}

// TestNameSpanDocs: projected mentions are scored by exact span and type
// as an annotated corpus is: a MISC name predicted as ORG, a wrong type, a
// span one character short are mistakes.
func TestNameSpanDocs(t *testing.T) {
	text := "Google Stadia is gone, Google said in Mountain View, Calif."
	gold := []GoldNames{{"ORG", []string{"Google"}}, {"MISC", []string{"Google Stadia"}}, {"LOC", []string{"Mountain View"}}, {"LOC", []string{"California", "Calif."}}}
	docs := NameSpanDocs([]NameDoc{{Name: "a", Text: text, Gold: gold}})
	if len(docs) != 1 || docs[0].Name != "a" || docs[0].Text != text || len(docs[0].Gold) != 4 {
		t.Fatalf("docs = %+v", docs)
	}
	mention := func(typ newsner.EntityType, s string, after int) newsner.Entity {
		start := len([]rune(text[:after+strings.Index(text[after:], s)]))
		return newsner.Entity{Type: typ, Text: s, Mentions: []newsner.Mention{{Start: start, End: start + len([]rune(s)), Text: s}}}
	}
	f := fakes.Finder{Model: "fake", Found: []newsner.Entity{
		mention(newsner.Organization, "Google", 0),        // inside the MISC name: a false positive
		mention(newsner.Organization, "Google", 10),       // right
		mention(newsner.Organization, "Mountain View", 0), // wrong type: a false positive, and the LOC missed
		mention(newsner.Location, "Calif", 0),             // short of "Calif.": a false positive, and "Calif." missed
	}}
	rep, err := Evaluate(context.Background(), f, docs)
	if err != nil {
		t.Fatal(err)
	}
	want := map[newsner.EntityType]Counts{
		newsner.Organization: {TP: 1, FP: 2},
		newsner.Location:     {FP: 1, FN: 2},
		newsner.Person:       {},
	}
	for typ, c := range want {
		if *rep.ByType[typ] != c {
			t.Errorf("%s: got %+v, want %+v", typ, *rep.ByType[typ], c)
		}
	}
}

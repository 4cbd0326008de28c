package ner

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
)

func TestReadEntityList(t *testing.T) {
	in := "# a comment\nPER\tDonald  Trump\tTrump\n\nLOC\tUnited States\tU.S.\nMISC\tAmerican\n"
	got, err := ReadEntityList(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []GoldNames{{"PER", []string{"Donald Trump", "Trump"}}, {"LOC", []string{"United States", "U.S."}}, {"MISC", []string{"American"}}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i].Type != want[i].Type || strings.Join(got[i].Names, "|") != strings.Join(want[i].Names, "|") {
			t.Errorf("line %d: got %v, want %v", i, got[i], want[i])
		}
	}
	for _, bad := range []string{"PERSON\tTrump\n", "PER\n", "PER\t \n"} {
		if _, err := ReadEntityList(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func ent(typ newsner.EntityType, text string, mentions ...string) newsner.Entity {
	e := newsner.Entity{Type: typ, Text: text}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, newsner.Mention{Text: m})
	}
	return e
}

// TestEvaluateNames: a variant reported apart costs a false positive, a
// wrong type or a MISC name a false positive, a thing missed a false
// negative; a leading "The" does not matter.
func TestEvaluateNames(t *testing.T) {
	gold := []GoldNames{
		{"LOC", []string{"United States", "U.S."}},
		{"PER", []string{"Donald Trump", "Trump"}},
		{"ORG", []string{"Wall Street Journal", "Journal"}},
		{"ORG", []string{"Pentagon"}},
		{"PER", []string{"Jane Roe"}}, // a byline's name the text never writes
		{"MISC", []string{"iPhone"}},
	}
	const text = "Trump told the Journal, and the pentagon said the iPhone ..."
	f := fakes.Finder{Model: "fake", Found: []newsner.Entity{
		ent(newsner.Location, "United States", "United States"),
		ent(newsner.Location, "U.S.", "U.S."), // not merged: a false positive
		ent(newsner.Person, "Donald Trump", "Donald Trump", "Trump"),
		ent(newsner.Organization, "The Wall Street Journal", "The Wall Street Journal"),
		ent(newsner.Organization, "iPhone", "iPhone"), // MISC: a false positive
		// Pentagon missed: a false negative
	}}
	rep, err := EvaluateNames(context.Background(), f, []NameDoc{{Name: "a", Gold: gold}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[newsner.EntityType]Counts{
		newsner.Location:     {TP: 1, FP: 1},
		newsner.Person:       {TP: 1, FN: 1},
		newsner.Organization: {TP: 1, FP: 1, FN: 1},
	}
	for typ, c := range want {
		if *rep.ByType[typ] != c {
			t.Errorf("%s: got %+v, want %+v", typ, *rep.ByType[typ], c)
		}
	}
	var buf bytes.Buffer
	if err := WriteNameErrors(context.Background(), &buf, f, []NameDoc{{Name: "a", Text: text, Gold: gold}}); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"-- a", "+ LOCATION U.S. (gold LOCATION)", "+ ORGANIZATION iPhone (gold MISC)", "- ORGANIZATION Pentagon", "- PERSON Jane Roe (not in the text)"} {
		if !strings.Contains(buf.String(), line+"\n") {
			t.Errorf("errors lack %q:\n%s", line, buf.String())
		}
	}
}

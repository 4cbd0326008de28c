package ner

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// textFinder finds the entities given for each text.
type textFinder map[string][]newsner.Entity

func (textFinder) Name() string { return "text" }
func (f textFinder) Entities(text string) []newsner.Entity {
	return append([]newsner.Entity{}, f[text]...)
}

func keyed(typ newsner.EntityType, key, text string, mentions ...string) newsner.Entity {
	e := ent(typ, text, mentions...)
	e.Key = key
	return e
}

// TestEvaluateKeys: a thing named in several made-up pages agrees where
// each page gives it the group's most common key; a page naming it only
// by a short form joins the group whose other form it is; a name that is
// the short form of two things joins neither; things found in one page do
// not count.
func TestEvaluateKeys(t *testing.T) {
	docs := []NameDoc{
		{Name: "p1", Text: "1", Gold: []GoldNames{{"ORG", []string{"Zorblax Agency", "ZA"}}, {"PER", []string{"Ann Quill", "Quill"}}}},
		{Name: "p2", Text: "2", Gold: []GoldNames{{"ORG", []string{"Zorblax Agency"}}, {"PER", []string{"Ben Quill", "Quill"}}}},
		{Name: "p3", Text: "3", Gold: []GoldNames{{"ORG", []string{"ZA"}}, {"PER", []string{"Quill"}}}},
		{Name: "p4", Text: "4", Gold: []GoldNames{{"LOC", []string{"Vantia"}}}},
	}
	agreeing := textFinder{
		"1": {keyed(newsner.Organization, "name:org:zorblax agency", "Zorblax Agency", "Zorblax Agency", "ZA"), keyed(newsner.Person, "name:person:ann quill", "Ann Quill")},
		"2": {keyed(newsner.Organization, "name:org:zorblax agency", "Zorblax Agency", "Zorblax Agency")},
		"3": {keyed(newsner.Organization, "name:org:zorblax agency", "ZA", "ZA"), keyed(newsner.Person, "name:person:quill", "Quill")},
		"4": {keyed(newsner.Location, "name:loc:vantia", "Vantia")},
	}
	rep, err := EvaluateKeys(context.Background(), agreeing, docs)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Groups != 1 || rep.Pages != 3 || rep.Agree != 3 || rep.Share() != 1 {
		t.Errorf("agreeing keys: got %+v, want 3 of 3 pages of 1 thing", rep)
	}
	disagreeing := textFinder{}
	for k, v := range agreeing {
		disagreeing[k] = v
	}
	disagreeing["3"] = []newsner.Entity{keyed(newsner.Organization, "name:org:za", "ZA", "ZA")}
	rep, err = EvaluateKeys(context.Background(), disagreeing, docs)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Groups != 1 || rep.Pages != 3 || rep.Agree != 2 {
		t.Errorf("disagreeing keys: got %+v, want 2 of 3 pages of 1 thing", rep)
	}
	var buf bytes.Buffer
	if err := WriteKeyErrors(context.Background(), &buf, disagreeing, docs); err != nil {
		t.Fatal(err)
	}
	want := "~ ORGANIZATION Zorblax Agency | ZA\n    name:org:zorblax agency: p1 p2\n    name:org:za: p3\n"
	if buf.String() != want {
		t.Errorf("key errors:\n%s\nwant:\n%s", buf.String(), want)
	}
	if err := WriteKeyErrors(context.Background(), &buf, agreeing, docs); err != nil || strings.Count(buf.String(), "~") != 1 {
		t.Errorf("agreeing keys listed: %v\n%s", err, buf.String())
	}
}

package ner

import (
	"bytes"
	"context"
	"testing"

	"github.com/newsner/newsner"
)

// TestWriteJoinErrors: on a made-up page, an entity of a variant left
// apart is listed as split, a gold thing joined into another's entity as
// merged; a plain false positive and a plain miss are not listed.
func TestWriteJoinErrors(t *testing.T) {
	docs := []NameDoc{{Name: "p1", Text: "1", Gold: []GoldNames{
		{"ORG", []string{"Zorblax Agency", "ZA"}},
		{"PER", []string{"Ann Quill", "Quill"}},
		{"PER", []string{"Ben Quill"}},
		{"LOC", []string{"Vantia"}},
	}}}
	f := textFinder{"1": {
		ent(newsner.Organization, "Zorblax Agency", "Zorblax Agency"),
		ent(newsner.Organization, "ZA", "ZA"),
		ent(newsner.Person, "Ann Quill", "Ann Quill", "Ben Quill", "Quill"),
		ent(newsner.Person, "Cy Dorn", "Cy Dorn"),
	}}
	var buf bytes.Buffer
	if err := WriteJoinErrors(context.Background(), &buf, f, docs); err != nil {
		t.Fatal(err)
	}
	want := "-- p1\nsplit ORGANIZATION Zorblax Agency: ZA\nmerged PERSON Ben Quill into Ann Quill: Ann Quill | Ben Quill | Quill\n"
	if buf.String() != want {
		t.Errorf("join errors:\n%s\nwant:\n%s", buf.String(), want)
	}
}

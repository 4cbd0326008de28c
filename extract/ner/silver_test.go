package ner

import (
	"context"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

func TestSelectLines(t *testing.T) {
	text := "Menu Home About\n" +
		"  Ann Lee met the board of Ulta Beauty in Chicago on Monday.\n" +
		"The weather was mild and nobody said very much about it.\n" +
		"A heading with Acme Corp in it but no full stop at all\n" +
		"Then the Québec team, Acme Corp, said it would stay for good.\n"
	find := func(s string, typ newsner.EntityType) Span {
		i := strings.Index(text, s)
		return Span{Type: typ, Start: len([]rune(text[:i])), End: len([]rune(text[:i+len(s)]))}
	}
	spans := []Span{
		find("Home", newsner.Organization),
		find("Ann Lee", newsner.Person),
		find("Ulta Beauty", newsner.Organization),
		find("Chicago", newsner.Location),
		find("Acme Corp in", newsner.Organization),
		find("Québec", misc),
		find("Acme Corp,", newsner.Organization),
	}
	spans[len(spans)-1].End-- // the comma is no part of it
	spans[4].End -= 3         // nor " in"

	d, ok := selectLines(text, spans, nil, SilverConfig{MinWords: 8})
	if !ok {
		t.Fatal("no lines kept")
	}
	wantText := "Ann Lee met the board of Ulta Beauty in Chicago on Monday.\n" +
		"The weather was mild and nobody said very much about it.\n" +
		"Then the Québec team, Acme Corp, said it would stay for good.\n"
	if d.Text != wantText {
		t.Errorf("text:\n%q\nwant\n%q", d.Text, wantText)
	}
	if d.Source != SourceSilver {
		t.Errorf("source %q", d.Source)
	}
	want := []string{"PERSON:Ann Lee", "ORGANIZATION:Ulta Beauty", "LOCATION:Chicago", "MISC:Québec", "ORGANIZATION:Acme Corp"}
	if got := spanTexts(d); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}

	d, _ = selectLines(text, spans, nil, SilverConfig{MinWords: 8, NamesOnly: true})
	if strings.Contains(d.Text, "weather") {
		t.Errorf("NamesOnly kept a line without a name: %q", d.Text)
	}
	if got := spanTexts(d); len(got) != 5 {
		t.Errorf("NamesOnly spans %q", got)
	}

	// Agreement: a second tagger that types Chicago otherwise, and
	// misses the MISC name, leaves two lines out; the nameless line
	// agrees.
	other := append([]Span(nil), spans...)
	other[3].Type = newsner.Organization
	other = append(other[:5], other[6:]...)
	d, _ = selectLines(text, spans, other, SilverConfig{MinWords: 8})
	if d.Text != "The weather was mild and nobody said very much about it.\n" || len(d.Gold) != 0 {
		t.Errorf("with a disagreeing second tagger: %q %v", d.Text, d.Gold)
	}

	// A span running out of its line drops the line.
	cross := []Span{{Type: newsner.Person, Start: spans[1].Start, End: spans[1].Start + 200}}
	if d, _ := selectLines(text, cross, nil, SilverConfig{MinWords: 8}); strings.Contains(d.Text, "Ann Lee") || len(d.Gold) != 0 {
		t.Errorf("a line a span runs out of was kept: %q %v", d.Text, d.Gold)
	}
	if _, ok := selectLines("Too short.\n", nil, nil, SilverConfig{MinWords: 8}); ok {
		t.Error("a text without a prose line gave a document")
	}
}

func TestSilverSpans(t *testing.T) {
	toks := splitText("The American firm Acme Corp hired Ann Lee of Boston .")
	tok := func(w string) int {
		for i, tk := range toks {
			if tk.Text == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	raw := []tspan{
		{typ: misc, t0: tok("American"), t1: tok("American") + 1},
		{typ: misc, t0: tok("Acme"), t1: tok("Corp") + 1}, // overlaps the organization: left out
		{typ: newsner.Person, t0: tok("Ann"), t1: tok("Lee") + 1},
	}
	m := func(w string, typ newsner.EntityType, n int) newsner.Entity {
		s := toks[tok(w)].Start
		return newsner.Entity{Type: typ, Mentions: []newsner.Mention{{Start: int(s), End: int(toks[tok(w)+n-1].End)}}}
	}
	ents := []newsner.Entity{m("Ann", newsner.Person, 2), m("Acme", newsner.Organization, 2), m("Boston", newsner.Location, 1)}
	d := Doc{Text: "The American firm Acme Corp hired Ann Lee of Boston .", Gold: silverSpans(toks, raw, ents)}
	want := []string{"MISC:American", "ORGANIZATION:Acme Corp", "PERSON:Ann Lee", "LOCATION:Boston"}
	if got := spanTexts(d); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}
}

func TestSilver(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Prime Minister Boris Johnson met President Joe Biden in Washington on Tuesday.\nShort line.\n",
		"The company said on Monday that its profits had risen by ten percent.\n",
		"Ok\n",
	}
	docs, err := Silver(context.Background(), tg, texts, SilverConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2 (the third has no prose line)", len(docs))
	}
	if docs[0].Text != "Prime Minister Boris Johnson met President Joe Biden in Washington on Tuesday.\n" {
		t.Errorf("text %q", docs[0].Text)
	}
	want := []string{"PERSON:Boris Johnson", "PERSON:Joe Biden", "LOCATION:Washington"}
	if got := spanTexts(docs[0]); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}
	if docs, _ := Silver(context.Background(), tg, texts, SilverConfig{NamesOnly: true}); len(docs) != 1 {
		t.Errorf("NamesOnly: %d documents, want 1", len(docs))
	}
	// A second tagger that agrees (the same model) keeps the same lines.
	if again, _ := Silver(context.Background(), tg, texts, SilverConfig{Agree: tg}); len(again) != 2 || again[0].Text != docs[0].Text || len(again[0].Gold) != len(docs[0].Gold) {
		t.Errorf("Agree with the same model changed the documents: %v", again)
	}
	// The cap takes whole texts until it is reached: one here.
	if docs, _ := Silver(context.Background(), tg, texts, SilverConfig{MaxTokens: 5}); len(docs) != 1 {
		t.Errorf("MaxTokens 5: %d documents, want 1", len(docs))
	}
}

package eval

import (
	"strings"
	"testing"
)

// TestAddedBlocks: the reference list, the signatories and the teasers
// come beside the article, which keeps its words, and add words of their
// own that no truth holds.
func TestAddedBlocks(t *testing.T) {
	for _, c := range []struct{ name, first, last string }{
		{"references", "Tickets will cost", "References"},
		{"signatories", "Tickets will cost", "Signatories"},
		{"teasers", "Top stories", "Ferry service to resume"},
	} {
		_, doc := perturbed(t, c.name)
		got := words(doc)
		i, j := strings.Index(got, c.first), strings.Index(got, c.last)
		if i < 0 || j < 0 || i > j {
			t.Errorf("%s: %q should come before %q in %q", c.name, c.first, c.last, got)
		}
		for _, w := range []string{"The harbour ferry will run again from Monday", "Tickets will cost the same as last year"} {
			if !strings.Contains(got, w) {
				t.Errorf("%s: the article lost %q", c.name, w)
			}
		}
		if strings.Count(got, " ") < 2*strings.Count(perturbTruth, " ") {
			t.Errorf("%s: the block is small: %q", c.name, got)
		}
	}
	_, doc := perturbed(t, "references")
	if n := len(elementsByName(doc, "li")); n != 20+1 {
		t.Errorf("%d list items, want 20 references and the page's one", n)
	}
}

// TestRubyWords: every fourth word of the article's paragraphs is a ruby
// base with its reading, the other text as it was.
func TestRubyWords(t *testing.T) {
	out, doc := perturbed(t, "ruby")
	if !strings.Contains(out, "The harbour ferry <ruby>will<rp>(</rp><rt>"+rubyReading+"</rt><rp>)</rp></ruby> run") {
		t.Errorf("no ruby on the fourth word:\n%s", out)
	}
	// 16, 15 and 17 words: 4, 3 and 4 of them annotated.
	if n := len(elementsByName(doc, "rt")); n != 11 {
		t.Errorf("%d <rt>s, want 11", n)
	}
	for _, r := range elementsByName(doc, "ruby") {
		if r.Parent.Data != "p" {
			t.Errorf("a ruby outside the article's paragraphs: in <%s>", r.Parent.Data)
		}
	}
}

func TestListParagraphs(t *testing.T) {
	_, doc := perturbed(t, "list")
	if n := len(elementsByName(doc, "p")); n != 0 {
		t.Errorf("%d paragraphs left", n)
	}
	uls := elementsByName(doc, "ul")
	if len(uls) != 2 || len(elementsByName(uls[0], "li")) != 3 {
		t.Errorf("want the three paragraphs in one <ul> beside the page's own: %s", render(doc))
	}
}

package eval

import (
	"strings"
	"testing"
)

// TestRecipeShape: of the three paragraphs the last two are the recipe's
// half: the first of them an ingredients list of short items, the last a
// numbered step; the intro stays a paragraph and every word is kept.
func TestRecipeShape(t *testing.T) {
	out, doc := perturbed(t, "recipe")
	if n := len(elementsByName(doc, "p")); n != 1 {
		t.Errorf("%d paragraphs left, want the intro:\n%s", n, out)
	}
	ul := elementsByName(doc, "ul")
	if len(ul) != 2 || len(elementsByName(ul[0], "li")) != 3 {
		t.Errorf("want an ingredients list of three items (14 words) beside the page's own:\n%s", out)
	}
	if ol := elementsByName(doc, "ol"); len(ol) != 1 || len(elementsByName(ol[0], "li")) != 1 {
		t.Errorf("want one step in an <ol>:\n%s", out)
	}
	got := strings.NewReplacer("Ingredients ", "", "Method ", "").Replace(words(doc))
	for _, w := range strings.Split(perturbTruth, "\n") {
		if !strings.Contains(got, w) {
			t.Errorf("lost %q in %q", w, got)
		}
	}
}

// TestAddReviews: twelve made-up reviews after the article.
func TestAddReviews(t *testing.T) {
	out, doc := perturbed(t, "reviews")
	if i, j := strings.Index(out, "first boat leaves"), strings.Index(out, "Reviews (12)"); i < 0 || j < i {
		t.Errorf("the widget should follow the article:\n%s", out)
	}
	if n := len(elementsByName(doc, "time")); n != 12 {
		t.Errorf("%d reviews, want 12", n)
	}
}

// TestFactBox: the middle paragraph is a table, a sentence (here a clause)
// a row, its words kept in order.
func TestFactBox(t *testing.T) {
	out, doc := perturbed(t, "factbox")
	if n := len(elementsByName(doc, "tr")); n != 1 {
		t.Errorf("%d rows, want 1 (one sentence, no comma):\n%s", n, out)
	}
	if !strings.Contains(out, "<th>Council engineers</th><td>said the new pilings") {
		t.Errorf("no label/value row:\n%s", out)
	}
	if got := words(doc); !strings.Contains(got, "Council engineers said the new pilings should last for another forty years of daily crossings.") {
		t.Errorf("the paragraph's words changed: %q", got)
	}
	if got := sentences("One two. Three? Four"); len(got) != 3 {
		t.Errorf("sentences = %q", got)
	}
}

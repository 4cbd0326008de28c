package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestForumThreadLinkedData: a forum thread whose markup is rendered by
// script reads as its JSON-LD gives it (a DiscussionForumPosting's text,
// then its comments'), each post under its poster's name.
func TestForumThreadLinkedData(t *testing.T) {
	a := extractTestdata(t, filepath.Join("forum", "ld-thread.html"))
	want := []string{"Potter Pete", "My grandmother's teapot lost the knob", "Which glue will hold in hot water",
		"Glazed Over", "A two-part epoxy rated for dishwashers", "Kiln Kate", "Or take it to a potter"}
	checkText(t, a.Text, want, nil)
	at := 0
	for _, w := range want {
		i := strings.Index(a.Text[at:], w)
		if i < 0 {
			t.Fatalf("%q not after the posts before it:\n%s", w, a.Text)
		}
		at += i + len(w)
	}
}

package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestProseLinks: an article whose paragraphs are all inside links, as an
// <a> left open in the first paragraph (the parser opens it again in each
// block after) or one <a href> around the whole page makes them, reads
// whole, as the same page without the link does; links to other stories,
// one a paragraph or a card of a title and a summary, stay links.
func TestProseLinks(t *testing.T) {
	article := []string{"The apple orchard on the hill opens", "Visitors can pick four kinds", "Parking is in the field",
		"The orchard has been in the same family"}
	tests := []struct {
		file    string
		wantNot []string
	}{
		{"open-link.html", []string{"Home", "All rights reserved"}},
		{"wrapped-page.html", nil},
		{"teaser-links.html", []string{"old bridge", "library", "harbour ferry", "School garden", "beans"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := extractTestdata(t, filepath.Join("proselinks", tt.file))
			checkText(t, a.Text, article, tt.wantNot)
			if a.Extraction == newsner.ExtractionFallback {
				t.Errorf("the fallback's text: the main pass found the article in its links")
			}
			if n := strings.Count(a.Text, "\n\n") + 1; n > 5 {
				t.Errorf("%d paragraphs, want the headline and 4:\n%s", n, a.Text)
			}
		})
	}
}

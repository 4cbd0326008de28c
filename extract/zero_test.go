package extract

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestOpenNamespacedElement: an <atom:link .../> in <head>, which the
// parser leaves open and which takes the whole page, does not hide the
// article from the main pass (its text is not the fallback's).
func TestOpenNamespacedElement(t *testing.T) {
	doc := `<!DOCTYPE html><html><head><meta charset="utf-8">
<atom:link rel='hub' href='http://example.com/?pushpress=hub'/>
<title>Harbour trust names new chair</title></head>
<body><div id="page"><div class="post"><h1>Harbour trust names new chair</h1>
<p>The harbour trust has named Marigold Fenwick, a former ferry captain, as its new chair, after a vote of its members on Tuesday evening in the old customs house.</p>
<p>She takes over from Bartholomew Crane, who led the trust for eleven years and oversaw the rebuilding of the north pier after the storm of 2009, and who will stay on as treasurer.</p>
<p>Fenwick said her first task would be to find the money to dredge the inner basin, which has silted up so badly that the lifeboat can no longer leave at low tide.</p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Marigold Fenwick") || a.Extraction == newsner.ExtractionFallback {
		t.Errorf("extraction %q, text %q: want the article from the main pass", a.Extraction, a.Text)
	}
}

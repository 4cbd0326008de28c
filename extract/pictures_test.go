package extract

import (
	"strings"
	"testing"
)

// Tests of the article's pictures (pictures.go).

// TestIllustratedProse: a travel post tells each stop in a block of its
// own; one stop is a long paragraph shown in three photos, more pictures
// than twice its paragraphs, which Readability's gallery rule dropped
// with its text. A gallery of photos under a short line still goes.
func TestIllustratedProse(t *testing.T) {
	prose := "We left the harbour early, walked up through the old town while the bakeries were opening, and reached the ridge before the heat, where the path follows the wall for a mile or so. "
	pics := `<img src="/p/1.jpg" alt=""><img src="/p/2.jpg" alt=""><img src="/p/3.jpg" alt="">`
	doc := `<html><head><title>Three days on the coast</title></head><body>
<article><h1>Three days on the coast</h1>
<div class="stop"><p>` + prose + prose + `</p><p>` + prose + `</p></div>
<div class="stop"><p>On the second day, the ferry to the island ran late, so we sat on the pier with coffee, watched the fishing boats unload, and talked to a man mending nets who had worked the same boat for forty years. When it came, the crossing took an hour, the sea was calm, and the island's one village had a single café, a church on the hill and a path along the cliffs that we followed until the light went, then walked back slowly to the pier.</p>` + pics + `</div>
<div class="stop"><p>` + prose + `The last evening we spent in the square.</p></div>
<div class="gallery"><p>More photos:</p>` + pics + `<img src="/p/4.jpg" alt=""></div>
</article></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "the ferry to the island ran late") {
		t.Errorf("text lacks the illustrated stop:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "More photos") {
		t.Errorf("text holds the gallery's line:\n%s", a.Text)
	}
}

package extract

import (
	"strings"
	"testing"
)

// TestNoscriptHeavy: a page rendered by script whose copy for readers
// without scripts is in a <noscript>, with a note of some length shown
// outside it (too much text for noscriptPage's empty shell): the article
// is read from the copy, not only the note shown outside it.
func TestNoscriptHeavy(t *testing.T) {
	var paras strings.Builder
	for _, p := range []string{
		"The council voted on Monday to close the old swimming baths at the end of the summer, after a survey found cracks in the main pool.",
		"Swimmers will use the leisure centre across the river until a new pool opens, which the council hopes will be in three years.",
		"The swimming club said it was sad to leave the building, where its members have trained since the nineteen-thirties.",
		"A group of residents has asked the council to keep the baths' front and its tiled hall for a library or a market.",
	} {
		paras.WriteString("<p>" + p + "</p>\n")
	}
	var menu strings.Builder
	for _, s := range []string{"local", "sport", "business", "weather", "letters", "events", "schools", "planning", "traffic", "obituaries", "jobs", "homes", "cars", "travel", "food", "music", "film", "books", "gardens", "pets"} {
		menu.WriteString(`<li class="menu-item"><a class="menu-link" href="/section/` + s + `/">` + s + `</a></li>`)
	}
	note := strings.Repeat("Our newsroom is independent and reader-funded. Read our policies on privacy, corrections and complaints. ", 3)
	doc := `<html><head><title>Old baths to close</title></head><body><div id="root"></div><script src="/app.js"></script>
<noscript><div class="page"><nav><ul class="menu">` + menu.String() + `</ul></nav><article><h1>Old baths to close</h1>` + paras.String() + `</article></div></noscript>
<div class="note"><p>` + note + `</p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"voted on Monday to close", "tiled hall for a library"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
}

package extract

import (
	"strings"
	"testing"
)

// TestProseButton: a name set in a button that opens a side note, in the
// middle of a sentence, is the sentence's; a button beside a paragraph
// (a "Copy" over a listing) or ending one ("Read more") is not, and a
// button's words never run into the text's.
func TestProseButton(t *testing.T) {
	doc := `<html><head><title>How hedgerows came back</title></head><body>
<nav><a href="/">Home</a> <a href="/nature">Nature</a></nav>
<main><article><h1>How hedgerows came back</h1>
<p>Farmers in the valley have planted more hedgerow in the last ten years than in the fifty before, and the birds have noticed first.</p>
<p>“A hedge is a road for everything that cannot fly far,” said field ecologist<button class="sidenote-button" title="Mara Feld">Mara Feld,</button> who has counted the valley's dormice since 2009. “Cut it and the road ends.”</p>
<p>The county pays a small sum for each metre planted, and the nurseries can barely keep up with the orders from farms that once grubbed their hedges out.</p>
<div class="listing"><button class="copy">Copy</button><pre>metres: 1200</pre></div>
<p>Most of the new hedges mix hawthorn, hazel and field maple, with a few oaks left to grow tall among them. <button class="more">Read more</button></p>
</article></main>
<footer><p>© Valley Press</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "said field ecologist Mara Feld, who has counted") {
		t.Errorf("the name in the button is missing from its sentence:\n%s", a.Text)
	}
	for _, out := range []string{"Copy", "Read more"} {
		if strings.Contains(a.Text, out) {
			t.Errorf("the control %q is in the text:\n%s", out, a.Text)
		}
	}
}

package extract

import (
	"strings"
	"testing"
)

// TestAboutBox: a short post of two lines under its title, and beside it,
// with no class names, the site's "About" box of one long paragraph of
// commas, which outscores it: the post is the text, the box is not. A box
// headed otherwise, and an "About" page whose title says so, stay as they
// were.
func TestAboutBox(t *testing.T) {
	page := func(title, heading string) string {
		return `<html><head><title>` + title + `</title></head><body><div><div>
			<div><div><h2>Frost in the garden</h2><p>Posted by Ann on March 3</p>
			<div><p>Last night brought the first frost of the year, and the dahlias turned black.</p>
			<p>Tomorrow I dig up the tubers for the cellar.</p></div></div></div>
			<div><div><h4>` + heading + `</h4><p>The Allotment is a diary of a small garden in the north, kept since 2004, with notes on roses, beans, dahlias, apples, pears, bees, frost, rain, and the neighbours, who read it, mostly, over the fence.</p></div>
			<div><h4>Follow</h4><ul><li><a href="/rss">RSS</a></li><li><a href="/mail">Mail</a></li></ul></div></div>
			</div></div></body></html>`
	}
	for name, tc := range map[string]struct {
		title, heading string
		want, wantNot  []string
	}{
		"about site": {"Frost in the garden - The Allotment", "About The Allotment", []string{"Last night brought", "Tomorrow I dig"}, []string{"a diary of a small garden"}},
		"about me":   {"Frost in the garden - The Allotment", "About me:", []string{"Last night brought", "Tomorrow I dig"}, []string{"a diary of a small garden"}},
		"about page": {"About The Allotment", "About The Allotment", []string{"a diary of a small garden"}, nil},
	} {
		t.Run(name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(page(tc.title, tc.heading)), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tc.want, tc.wantNot)
		})
	}
}

// TestAboutHeading: the headings that open an about box, and some that
// only start alike.
func TestAboutHeading(t *testing.T) {
	for h, want := range map[string]bool{
		"About": true, "About:": true, "ABOUT ME": true, "About the author...": true, "Über mich": true, "À propos": true,
		"About Contemporist": true, "Abouts": false, "About the new bridge over the river Tyne": false, "Comments": false, "": false,
	} {
		if got := aboutHeading(h); got != want {
			t.Errorf("aboutHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

package extract

import (
	"strings"
	"testing"
)

// titleAbovePage is a blog post with no class or id: the site's name in
// the <h1>, the post's title in a heading above the block of its body (a
// date line between), the body's block beside a sidebar. heading is the
// title's markup.
func titleAbovePage(heading string) string {
	return `<html><head><title>Weekend Notes: Cleaning the Old Boat</title></head><body>
		<div><h1><a href="/">Harbour Log</a></h1></div>
		<div><div><div>` + heading + `
		<div>Saturday, October 6, 2012</div>
		<div><p>We spent the whole of Saturday scraping the hull of the old boat, which had not left the shed since the spring, and the barnacles came off in sheets once the sun had dried them.</p>
		<p>By the afternoon the keel was bare, and my brother, who had promised to help since August, finally arrived with a sander, a radio and a bag of cold pies for everyone.</p>
		<p>On Sunday we painted the first coat, a dark green the boat has worn for thirty years, and left the doors open so the smell would not follow us into the house.</p>
		<p>Next weekend, if the weather holds, the second coat goes on, and then the name on the stern, which my father painted by hand and which nobody dares to touch.</p></div>
		<div><a href="/2012/10/weekend-notes">Permalink</a> | <a href="/2012/10/weekend-notes#comments">2 comments</a></div>
		</div></div>
		<div><h3>Archives</h3><ul><li><a href="/2012/09">September 2012</a></li><li><a href="/2012/08">August 2012</a></li><li><a href="/2012/07">July 2012</a></li></ul></div>
		</div></body></html>`
}

// TestTitleAbove: a post's title set in a heading above its body's block,
// which class names ("post", "hentry") lift the best block to, is kept
// without them too (titleAbove); a heading that does not say the title is
// not, and an <h1> or <h2> that is the page's headline is dropped as before.
func TestTitleAbove(t *testing.T) {
	for name, tc := range map[string]struct {
		heading       string
		want, wantNot []string
	}{
		"h3 permalink": {heading: `<h3><a href="/2012/10/weekend-notes">Weekend Notes: Cleaning the Old Boat</a></h3>`,
			want: []string{"Weekend Notes: Cleaning the Old Boat", "We spent the whole of Saturday"}},
		"h2 shortened": {heading: `<h2>Cleaning the Old Boat</h2>`,
			want: []string{"Cleaning the Old Boat", "We spent the whole of Saturday"}},
		"other heading": {heading: `<h3>From the shed</h3>`,
			want: []string{"We spent the whole of Saturday"}, wantNot: []string{"From the shed"}},
		"headline": {heading: `<h2>Weekend Notes: Cleaning the Old Boat</h2>`,
			want: []string{"We spent the whole of Saturday"}, wantNot: []string{"Weekend Notes"}},
	} {
		t.Run(name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(titleAbovePage(tc.heading)), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tc.want, tc.wantNot)
			if n := strings.Count(a.Text, "Cleaning the Old Boat"); n > 1 {
				t.Errorf("title %d times:\n%s", n, a.Text)
			}
		})
	}
}

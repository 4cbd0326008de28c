package extract

import (
	"strings"
	"testing"
)

// postHeaderPage is a blog post with no class or id: the post's title and
// the line beside it (line) in a block of their own above the block of
// its body, a sidebar of links beside the post.
func postHeaderPage(line string) string {
	return `<html><head><title>Tide Tables Now in the Harbour App | Coast Gadgets</title></head><body>
		<div><h2><a href="/">Coast Gadgets</a></h2></div>
		<div><div>
		<div><h1>Tide Tables Now in the Harbour App</h1>` + line + `</div>
		<div><p>The harbour's own app now shows the tide tables for the coming month, and it warns skippers an hour before the channel falls under two metres.</p>
		<p>The tables come from the port authority's gauges, not from a forecast, so they are as good as the gauges are, which the harbour master says is very good.</p>
		<p>If you have an older phone, the app still runs, though the charts of the channel take a while to load over the harbour's own network.</p></div>
		</div>
		<div><h3>Categories</h3><ul><li><a href="/apps">Apps</a></li><li><a href="/boats">Boats</a></li><li><a href="/gear">Gear</a></li></ul></div>
		</div></body></html>`
}

// TestPostHeaderAbove: a post's byline, set with its title in a block
// above the body's block (which class names such as "post" lifted the
// best block to), is kept without them too (postHeaderAbove); a dek or a
// kicker set so is not.
func TestPostHeaderAbove(t *testing.T) {
	for name, tc := range map[string]struct {
		line          string
		want, wantNot []string
	}{
		"byline": {line: `<p>By <a rel="author" href="/author/jane">Jane Doe</a> on Monday 12th November 2012 3:08 pm in <a href="/apps">Apps</a></p>`,
			want: []string{"By Jane Doe on Monday 12th November 2012", "The harbour's own app"}},
		"posted by": {line: `<div>Posted by <a href="/author/jane">Jane Doe</a> in <a href="/apps">Apps</a> at 3:08 pm</div>`,
			want: []string{"Posted by Jane Doe in Apps", "The harbour's own app"}},
		"dek": {line: `<p>Skippers get a month of tides and a warning before low water.</p>`,
			want: []string{"The harbour's own app"}, wantNot: []string{"Skippers get a month"}},
	} {
		t.Run(name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(postHeaderPage(tc.line)), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tc.want, tc.wantNot)
		})
	}
}

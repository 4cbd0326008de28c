package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestPostOverComment: a short story set in one block (no paragraphs)
// gives way to no single long reply in the thread below it, whose items
// are nested lists with no class names, each reply headed by its
// author's name and a date and clock time, its parent comment by a title
// alone (so neither commentThread nor stampedBlocks drops the thread):
// the story is the text (postOverComment). A forum's thread after its
// title alone stays.
func TestPostOverComment(t *testing.T) {
	long := strings.Repeat(`<p>I have tried both ways, and I think, whatever the tools promise, the work comes out, as ever, the same in the end, only slower, dearer, and later.</p>`, 12)
	var thread strings.Builder
	for i := range 4 {
		body := `<div>A shorter remark, which agrees with the comment above it on most points, and adds that a good editor of either kind is worth learning well before the first paid job comes along.</div>`
		if i == 2 {
			body = `<div>` + long + `</div>`
		}
		fmt.Fprintf(&thread, `<li><div><h4><a href="/c/%d">Tools (Score:3)</a></h4><div>by <a href="/u/%d">Reader %d</a> writes:</div></div><div>Comment %d: first thoughts, which run on for a while before they come to the point, as first thoughts do, and then some more, so that the reply below it is well past the first lines of the item.</div>
			<ul><li><div><h4><a href="/c/%d1">Re:Tools (Score:2)</a></h4><div>by <a href="/u/%d1">Replier %d</a> on Tuesday July %d, @10:%02dAM</div></div>%s</li></ul></li>`, i, i, i, i, i, i, i, i+1, i, body)
	}
	story := `<article><header><h2><a href="/s/1">Ask: Which editor for a first website?</a></h2><div>Posted by <a href="/u/ed">editor</a> on Tuesday July 24, @10:23AM</div></header>
		<div><div>A reader writes "My daughter builds her first website for a neighbour's bakery, by hand in a plain text editor, and says visual editors are for beginners. I think they save time. Who is right, and which tools should she use?"</div></div></article>`
	doc := `<html><head><title>Ask: Which editor for a first website?</title></head><body><div><a href="/">Home</a> <a href="/login">Log in</a></div>
		<div><section>` + story + `<div><ul>` + thread.String() + `</ul></div></section></div><div><a href="/terms">Terms</a></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"My daughter builds"}, []string{"I have tried both ways", "Comment 1:"})
	t.Run("forum", func(t *testing.T) {
		doc := `<html><head><title>Which editor? - Web Forum</title></head><body><div><a href="/">Web Forum</a> <a href="/login">Log in</a></div>
			<div><h1><a href="/t/1">Which editor?</a></h1><ul>` + thread.String() + `</ul></div><div><a href="/terms">Terms</a></div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"I have tried both ways"}, []string{"Terms"})
	})
}

package extract

import (
	"fmt"
	"strings"
	"testing"
)

// Tests of the structural cues that find the article where no class or id
// names its parts (a theme whose class names the hints do not know).

// bareComments is a thread of n readers' comments with no class or id:
// each an avatar, a name and date line, and a paragraph of prose.
func bareComments(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<div><div><img src="/u/%d.png" width="48" height="48" alt=""></div><div><span><p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all.</p>
			<p>And the ferry, the harbour and the old mill, which the town sold last year, will follow, as they always do.</p></span></div>
			<p>Posted by Reader %d, March 3 at 10:%02d</p></div>`, i, i, i, i)
	}
	return b.String()
}

// TestCommentsSectionByHeading: a short post with no class names, and a
// thread of comments under a "Comments" heading that outscores it: the
// post is the text, the thread is not.
func TestCommentsSectionByHeading(t *testing.T) {
	for name, heading := range map[string]string{
		"comments":      `<h3>Comments</h3>`,
		"counted":       `<a name="comments"></a><h2>12 Comments</h2>`,
		"leave a reply": `<h3>Leave a Reply</h3>`,
	} {
		t.Run(name, func(t *testing.T) {
			doc := `<html><head><title>Frost in the garden</title></head><body><div><div><div>
				<div><div><h1>Frost in the garden</h1><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
				<p>Tomorrow I will dig up the tubers and store them in the cellar, as every year.</p></div></div>
				<div>` + heading + `<div>` + bareComments(8) + `</div></div>
				</div></div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig"}, []string{"Comment 1:", "Reader 2", "the old mill"})
		})
	}
}

package extract

import (
	"strings"
	"testing"
)

// TestLayoutCellOverRow: a page laid out in a table with no class names,
// its post in one cell and a sidebar (an "About me" paragraph, links) in
// the next, where the row outscores each cell: the post's cell is the
// text, the sidebar's is not.
func TestLayoutCellOverRow(t *testing.T) {
	var post strings.Builder
	for i := range 6 {
		post.WriteString(`<p>The new bridge over the river opened on Monday, three years after the council, the state and the builders first agreed on it, and `)
		post.WriteString([]string{"hundreds", "thousands", "dozens", "scores", "crowds", "families"}[i])
		post.WriteString(` of people walked across it, sang, danced and, as the mayor had promised, paid no toll at all.</p>`)
	}
	doc := `<html><head><title>The bridge opens</title></head><body><table><tbody>
		<tr><td colspan="2"><a href="/">River Town Blog</a></td></tr>
		<tr><td><h2>The bridge opens</h2><div>` + post.String() + `</div></td>
		<td><div><h3>About</h3><p>My name is Ann Lee, and I am a painter, a teacher, a mother of two and, on Sundays, a ferry's deckhand, who writes about towns, rivers and bridges.</p>
		<p>I live by the river, in a house with a red door, a crooked chimney and, in summer, far too many wasps.</p>
		<h3>Archives</h3><ul><li><a href="/2012/10/">October 2012</a></li><li><a href="/2012/09/">September 2012</a></li></ul></div></td></tr>
		</tbody></table></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The new bridge", "families of people"}, []string{"My name is Ann Lee", "crooked chimney"})
}

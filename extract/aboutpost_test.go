package extract

import (
	"strings"
	"testing"
)

// TestAboutOverPost: a short blog post under its headline, with no class or
// id anywhere, beside a column of boxes (a search box, a profile, a
// contact line, an "About me" box of one long paragraph, the archives):
// the first attempt leaves the about box out and takes the post; the later
// ones, blind to what the column is, find the column's text, more than
// elsewhereFactor times the post's, and must not replace the post with it
// (aboutOverPost).
func TestAboutOverPost(t *testing.T) {
	var archive strings.Builder
	for _, m := range []string{"October", "September", "August", "July", "June", "May"} {
		archive.WriteString(`<li><a href="/2024/` + m + `">` + m + ` 2024</a></li>`)
	}
	doc := `<html><head><title>Jam Jar Workshop: A Lamp from a Jam Jar</title></head><body><div><div>
		<div><h2><span>Tuesday</span></h2><div><h3>A Lamp from a Jam Jar</h3>
		<div><p><img src="/lamp.jpg"><br>An old jam jar, a bulb holder from the hardware shop and a length of braided cable: that is all this little lamp took, and an evening. Photos by the maker.</p></div>
		<div><span>Posted by <span>Greta</span> at <a href="/lamp">6:35 PM</a></span></div></div></div>
		<div><div><h2>Search this blog</h2><div><input type="text"></div></div>
		<div><h2>Who makes all this?</h2><div><img src="/me.jpg" width="200" height="290"><br><span>Greta Lindqvist is a tinkerer, welder, baker and banjo player living on a small island with three goats, two kayaks and a shed that her neighbours would rather not look at. She can usually be found in the shed behind the harbour, soldering, sawing or gluing something nobody asked for, for her own amusement, while the goats look on.</span></div></div>
		<div><h2>Write to me</h2><div>Drop a line at: greta at jamjar dot example<br></div></div>
		<div><h2>About me</h2><div>The Jam Jar Workshop is a different sort of corner of the world of making, blurring the lines between art, craft, engineering, and plain stubbornness. Makers of every kind are welcome here, and are asked to join in, whatever they make. Knitters who weld, welders who knit, it is all one here. We make things, we like to show them, and we do not mind saying how we did it, so that others can learn from our mistakes, of which there are many, and from our luck. Old tools, odd parts, broken toys, scrap wood, bent nails, and whatever the tide brings in: all of it is welcome on the bench.<br><br>Thanks for coming by!<br><br>- Greta<br></div></div>
		<div><h2>Archive</h2><ul>` + archive.String() + `</ul></div></div>
		</div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"An old jam jar"}, []string{"Greta Lindqvist is a tinkerer", "Makers of every kind"})
}

package extract

import (
	"fmt"
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

// TestPicturePostOverProfile: a photo blog's post, a picture, a source
// line and a line under it in a block named for the post, beside the
// writer's profile (a name and a paragraph about them) and a column of
// tags and archives: the first attempt takes the post; the attempts blind
// to class names go to the profile, a few lines longer, and must not
// replace the post with it (picturePost).
func TestPicturePostOverProfile(t *testing.T) {
	var tags, archive strings.Builder
	for i := range 10 {
		fmt.Fprintf(&tags, `<li><a href="/tag/t%d">tag number %d (%d)</a></li>`, i, i, 100-i)
	}
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&archive, `<div><a href="/archive/%d/2012">Month %d (%d)</a></div>`, i, i, i+3)
	}
	doc := `<html><head><title>Quilts That Fold Into Birds - Right Hand Maker</title></head><body>
		<div id="outer"><div id="inner"><div id="header"><ul class="pages"><li><a href="/">Home</a></li><li><a href="/me">My Profile</a></li></ul>
		<h1><a href="/">Right Hand Maker</a></h1></div>
		<div id="content"><div class="about clearfix"><div class="pc"><a href="/"><img src="/me.jpg"></a></div>
		<div class="description clearfix"><div><div class="profile-block"><a href="/spaces/rhm">Ada Marsh (@RightHandMaker)</a>
		<p>I make. I break. I mend. And a caption is never enough. Here I keep what other people make with their hands, and what I make with mine.</p></div></div></div></div>
		<div class="sidebar"><div class="sidebar-block"><h4>Tags</h4><ul>` + tags.String() + `</ul></div>
		<div class="sidebar-block"><h3>Archive</h3>` + archive.String() + `</div>
		<div class="sidebar-block"><h2>Elsewhere</h2><ul class="links"><li><a href="/best">Best from Right Hand Maker</a></li><li><a href="/books">Favourite books on making things</a></li><li><a href="/blogs">Favourite blogs on making things</a></li></ul></div></div>
		<div id="entries"><div class="ec"><div class="entry text" id="postunit_146752194">
		<div class="meta">July 16th, 3:07pm <a href="#notes">0 comments</a></div>
		<h2><a href="/quilts-that-fold-into-birds">Quilts That Fold Into Birds</a></h2>
		<div class="content" id="post_146752194"><div class="entry-body"><div class="gallery"><a href="/q.jpg"><img src="/q-500.jpg" width="500" height="334"></a></div>
		<div class="citation">via <a href="http://quilts.example.com/birds">quilts.example.com</a></div>
		<p>Not your grandmother's quilts, not at all.</p></div></div>
		<div class="post-details"><a href="/share">Tweet</a> Posted by <a href="/ada">Ada Marsh</a></div>
		</div></div></div></div></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Quilts That Fold Into Birds", "Not your grandmother's quilts, not at all."}, []string{"I make. I break. I mend.", "tag number"})
}

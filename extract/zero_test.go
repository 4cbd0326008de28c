package extract

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// zeroComments is a made-up thread of readers' comments, longer than the
// posts the tests below put above it.
const zeroComments = `<div id="comments"><h3>12 comments</h3><ol class="commentlist">
<li class="comment"><div class="comment-author">Wilma Quince</div><div class="comment-body"><p>What a lovely picture, the light on the harbour wall in the early morning is exactly as I remember it from the summers we spent there as children, long before the new ferry terminal was built.</p></div></li>
<li class="comment"><div class="comment-author">Osric Vale</div><div class="comment-body"><p>I walked past that very corner last week and the bakery with the blue shutters is still there, though the old sign has gone and the bench by the door has been painted green, which nobody asked for.</p></div></li>
<li class="comment"><div class="comment-author">Perpetua Lark</div><div class="comment-body"><p>Thank you for posting these every week, they make my Monday mornings so much better, and my grandmother, who grew up two streets from there, loves to see them printed out.</p></div></li>
</ol></div>`

// emptyPostDoc is a made-up blog page whose post is a picture: the
// post's block holds its header (headline, date, byline), the picture
// and a share box; after it comes after (the readers' comments, the
// footer's notice).
func emptyPostDoc(after string) string {
	return `<html><head><title>Harbour at dawn &laquo; Quayside Photos</title><meta property="og:title" content="Harbour at dawn"></head><body>
<div id="header"><h1 class="site-title"><a href="/">Quayside Photos</a></h1><ul class="menu"><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></div>
<div class="content"><div class="main-col">
<div class="post-1207 post type-post hentry" id="post-1207">
<div class="post-head"><h2><a href="/2011/06/harbour-at-dawn/" rel="bookmark">Harbour at dawn</a></h2>
<p class="dateline">Posted June 3rd, 2011</p><p class="byline">Photos by <a href="/author/tamsin/">Tamsin</a> in <a href="/city/porthaven/">Porthaven</a></p></div>
<div class="entry"><div class="photo"><img src="/media/2011/06/harbour.jpg" width="600" height="900" alt=""></div><p></p></div>
<div class="share"><h3>Love and share</h3><a class="tweet" href="https://twitter.com/share">Tweet</a></div>
</div>
` + after + `
</div></div></body></html>`
}

// TestEmptyPostHeaderOverComments: a picture's post whose only text is its
// header (headline, date, byline) yields that header, not the comment
// thread under it, which the fallback would read.
func TestEmptyPostHeaderOverComments(t *testing.T) {
	a, err := FromReader(strings.NewReader(emptyPostDoc(zeroComments)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	want := "Harbour at dawn\n\nPosted June 3rd, 2011\n\nPhotos by Tamsin in Porthaven"
	if a.Text != want {
		t.Errorf("text = %q, want the post's header %q", a.Text, want)
	}
}

// TestEmptyPostHeaderOverFooter: the same post with a footer's licence
// notice and no comments yields the post's header, not the notice.
func TestEmptyPostHeaderOverFooter(t *testing.T) {
	footer := `<div id="footer"><p>All photos are published under a Creative Commons Attribution-NonCommercial licence.</p>
<p>This means you may share and adapt the photos as long as you do so for non-commercial purposes, credit the photographer and link back to this site.</p></div>`
	a, err := FromReader(strings.NewReader(emptyPostDoc(footer)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Harbour at dawn") || strings.Contains(a.Text, "Creative Commons") {
		t.Errorf("text = %q, want the post's header without the footer's notice", a.Text)
	}
}

// TestEmptyPostHeaderNotOverText: a post whose block holds its text (here
// in a block the main pass leaves out) is not cut down to its header.
func TestEmptyPostHeaderNotOverText(t *testing.T) {
	body := `<aside class="entry-aside"><p>The first ferry left at six, and by then the fishermen had been out for hours, working the lines along the sandbar where the current slows and the mackerel gather in the cold months.</p>
<p>By eight the market was open, and the stalls along the quay sold the night's catch to the hotels first and then, for a little less, to anyone else who had come down early enough to find a place at the rail.</p></aside>`
	doc := strings.Replace(emptyPostDoc(zeroComments), `<p></p></div>`, `<p></p>`+body+`</div>`, 1)
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Text == "Harbour at dawn\n\nPosted June 3rd, 2011\n\nPhotos by Tamsin in Porthaven" {
		t.Errorf("a post with text yields its header only: %q", a.Text)
	}
}

// TestHeadlineBeforeShortPost: a short post (a "via" line and a sentence
// under a picture) whose headline is set before its block, beside its
// date, opens with the headline.
func TestHeadlineBeforeShortPost(t *testing.T) {
	doc := `<html><head><title>Paper cranes in every colour</title></head><body>
<div id="content">
<div id="entries"><div class="entry" id="postunit_88">
<div class="meta">June 16th, 3:07pm <a href="#notes">0 comments</a></div>
<h2><a href="/paper-cranes">Paper cranes in every colour</a></h2>
<div class="content" id="post_88"><div class="gallery"><img src="/img/cranes.jpg" alt=""></div><div class="quote">via <a href="http://example.com/cranes">example.com</a></div><p>Not your usual folding: a flock of cranes in sixty colours of paper.</p></div>
</div></div>
<div class="archive"><h3>Archive</h3><ul><li><a href="/2012/06">June 2012</a></li><li><a href="/2012/05">May 2012</a></li></ul></div>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Paper cranes in every colour\n\n") || !strings.Contains(a.Text, "sixty colours") {
		t.Errorf("text = %q, want the post opening with its headline", a.Text)
	}
}

// TestOpenNamespacedElement: an <atom:link .../> in <head>, which the
// parser leaves open and which takes the whole page, does not hide the
// article from the main pass (its text is not the fallback's).
func TestOpenNamespacedElement(t *testing.T) {
	doc := `<!DOCTYPE html><html><head><meta charset="utf-8">
<atom:link rel='hub' href='http://example.com/?pushpress=hub'/>
<title>Harbour trust names new chair</title></head>
<body><div id="page"><div class="post"><h1>Harbour trust names new chair</h1>
<p>The harbour trust has named Marigold Fenwick, a former ferry captain, as its new chair, after a vote of its members on Tuesday evening in the old customs house.</p>
<p>She takes over from Bartholomew Crane, who led the trust for eleven years and oversaw the rebuilding of the north pier after the storm of 2009, and who will stay on as treasurer.</p>
<p>Fenwick said her first task would be to find the money to dredge the inner basin, which has silted up so badly that the lifeboat can no longer leave at low tide.</p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Marigold Fenwick") || a.Extraction == newsner.ExtractionFallback {
		t.Errorf("extraction %q, text %q: want the article from the main pass", a.Extraction, a.Text)
	}
}

// TestTableAmidTextPastSpacer: a table of linked names between two
// paragraphs of the text is part of it, though an empty paragraph (here
// holding the table's <style>) stands between it and the paragraph before.
func TestTableAmidTextPastSpacer(t *testing.T) {
	rows := ""
	for i, p := range [][2]string{{"Anselm Rook", "Tobias Wren"}, {"Cyril Marsh", "Daniel Finch"}, {"Egbert Stone", "Felix Heron"}, {"Godfrey Lane", "Hugo Starling"}, {"Ivo Pike", "Jasper Moss"}} {
		rows += `<tr><td>` + string(rune('1'+i)) + `. <a href="/players/` + p[0] + `">` + p[0] + `</a> (R) LF</td><td>` + string(rune('1'+i)) + `. <a href="/players/` + p[1] + `">` + p[1] + `</a> (L) CF</td></tr>`
	}
	doc := `<html><head><title>Game thread: Herons at Wrens</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/scores">Scores</a> <a href="/teams">Teams</a></div>
<div class="entry-body"><p>The lineups are in, and it looks like the Wrens are resting two of their regulars for the afternoon game against the Herons.</p>
<p>Their catcher has caught four days in a row, and the manager said before the series that he would sit one of the day games, so nobody should be surprised to see the backup behind the plate today.</p>
<p>The Herons, for their part, go with the same nine that won the first two games, with their shortstop back at the top of the order after a week in the second spot.</p>
<p><style>table.lineup td {padding: 4px}</style></p>
<table class="lineup"><tr><th>Herons</th><th>Wrens</th></tr>` + rows + `</table>
<p>Both managers have said they expect a long day for the bullpens, with the heat and the wind blowing out to left field all afternoon.</p></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Cyril Marsh") || !strings.Contains(a.Text, "long day for the bullpens") {
		t.Errorf("text lacks the lineup table:\n%s", a.Text)
	}
}

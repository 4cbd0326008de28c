package extract

import (
	"fmt"
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

// unstampedComments is a thread of n readers' comments with no class or
// id and no clock time: each item a name and date line and two paragraphs.
func unstampedComments(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<li><p>Reader %d, on March %d, 2012</p><p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all.</p>
			<p>And the ferry, the harbour and the old mill, which the town sold last year, will follow, as they always do.</p></li>`, i, i+1, i)
	}
	return b.String()
}

// TestCommentsOpening: a short post with no class names, and after it the
// readers' thread, which outscores it, opening with a "Leave a comment"
// button above its "Comments" heading, or with its heading wrapped in a
// block and worded "Comments (9) Add a comment", or counted with a word of
// praise ("8 kind comments on “Title”"): the post is the text, the thread
// is not.
func TestCommentsOpening(t *testing.T) {
	for name, opening := range map[string]string{
		"button above":      `<div><a href="#form">Leave a comment</a></div><h3>Comments</h3>`,
		"wrapped and calls": `<div><h4><a href="#form">Comments <span>(9)</span> <span>Add a comment</span></a></h4></div>`,
		"qualified count":   `<h3>8 kind comments on “Frost in the garden”</h3>`,
	} {
		t.Run(name, func(t *testing.T) {
			doc := `<html><head><title>Frost in the garden</title></head><body><div><div><div>
				<div><div><h1>Frost in the garden</h1><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
				<p>Tomorrow I will dig up the tubers and store them in the cellar, as every year.</p></div></div>
				<div>` + opening + `<ol>` + unstampedComments(8) + `</ol></div>
				</div></div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig"}, []string{"Comment 1:", "Reader 2", "the old mill"})
		})
	}
}

// TestQualifiedCommentsTitle: the thread headings qualifiedCommentsTitle
// reads, and an article's headings that start alike.
func TestQualifiedCommentsTitle(t *testing.T) {
	for l, want := range map[string]bool{
		"8 appreciated comments on “new work”": true, "comments (9) add a comment": true, "comments leave a reply": true,
		"1 comment:": true, "1 kommentar": true, "comment 1:": false, "comment:": false,
		"8 appreciated comments on the draft": false, "comments on the draft rule": false, "add a comment": false, "comments": false,
	} {
		if got := qualifiedCommentsTitle(l); got != want {
			t.Errorf("qualifiedCommentsTitle(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestCommentsOpeningFallback: a post that is a picture and three words,
// too few for the main pass, after a dateline in the page's <nav>, and the
// readers' thread under a "Leave a comment" button and a "Comments"
// heading: the fallback, which reads what the main pass leaves out, does
// not take the thread for the text.
func TestCommentsOpeningFallback(t *testing.T) {
	doc := `<html><head><title>Frost in the garden, and what the dahlias made of it this year</title></head><body><div><div><div>
		<nav>March 3, 2012. Filed under garden, frost, dahlias, tubers, cellar, bulbs, winter and other matters.</nav><div><img src="/frost.jpg" alt=""><div>The dahlias this morning.</div></div>
		<div><div><a href="#form">Leave a comment</a></div><h3>Comments</h3><ol>` + unstampedComments(3) + `</ol></div>
		</div></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, nil, []string{"Comment 1:", "Reader 2", "the old mill"})
}

// TestOneCommentHeading: a short post, and a thread of one long comment
// under Blogger's "1 comment:" heading, which outscores it: the post is
// the text, the comment is not.
func TestOneCommentHeading(t *testing.T) {
	doc := `<html><head><title>Frost in the garden</title></head><body><div><div>
		<div><h3>Frost in the garden</h3><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
		<p>Tomorrow I dig up the tubers for the cellar.</p></div>
		<div><a name="comments"></a><h4>1 comment:</h4><div><dl><dt><a href="/u/1">Reader</a> said...</dt>
		<dd><p>Comment 1: I read it twice, and I think the council, whatever its members say, will build the bridge, the road, the school, the harbour, the ferry and the old mill after all, as they always do, year after year, whatever the town says.</p>
		<p>And the frost, the dahlias, the tubers and the cellar, which my grandmother kept, and her mother before her, in the old house by the river, will follow.</p></dd></dl></div></div>
		</div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "Tomorrow I dig"}, []string{"Comment 1:", "my grandmother"})
}

// TestAuthorProfileBox: a post with no class names, ending in its author's
// box (a square photo, the name linked to the author's page in a heading,
// a paragraph about them) inside the post's block: the post is the text,
// the box is not. A closing paragraph with the author's link and no photo
// stays.
func TestAuthorProfileBox(t *testing.T) {
	page := func(box string) string {
		return `<html><head><title>Frost in the garden</title></head><body><div><div>
			<div><h1>Frost in the garden</h1>
			<p>Last night brought the first frost of the year, and the dahlias, which had flowered since July, turned black by morning.</p>
			<p>Tomorrow I will dig up the tubers, dry them for a week in the shed, and store them in the cellar in boxes of sand, as every year.</p>
			<p>The beans, the pumpkins and the last of the tomatoes came in on Sunday, before the cold, and the beds are dug over and mulched.</p>
			` + box + `</div>
			<div><p><a href="/">Home</a> <a href="/contact">Contact</a></p></div></div></div></body></html>`
	}
	a, err := FromReader(strings.NewReader(page(`<div><div><img src="/u/ann.jpg" width="80" height="80" alt=""></div><div><h3><a href="/author/ann/">Ann Lee</a></h3>
		<p>I am a teacher turned gardener, mother of two, and I write here about the allotment, the weather, the neighbours and whatever grows.</p></div></div>`)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig", "The beans, the pumpkins"}, []string{"teacher turned gardener"})
	a, err = FromReader(strings.NewReader(page(`<div><p>Written with <a href="/author/ann/" rel="author">Ann Lee</a>, who kept the notes, counted the tubers, and will write about the cellar, the sand and the boxes next week.</p></div>`)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "who kept the notes"}, nil)
}

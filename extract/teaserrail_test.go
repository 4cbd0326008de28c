package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// teaserRailPage is a blog's post (no JSON-LD, no <article>) with a rail
// of other stories' cards set before it in the same column: each card a
// linked headline and a line of summary.
func teaserRailPage() string {
	var cards strings.Builder
	for i, h := range []string{"Ferry timetable changes for winter", "Allotment list passes four hundred", "Bridge repairs close the river road", "Library opens later on weekdays", "Choir raises money for the hall roof", "Canteen wins award for local menus"} {
		fmt.Fprintf(&cards, `<div class="card"><h3><a href="/news/story-%d">%s</a></h3><p>Card %d: the operator said on Tuesday, after a review of the numbers, that the change would hold until the spring, and that a later service may follow.</p></div>`, i, h, i+1)
	}
	return `<html><head><title>Velvet shine | Street Hearts</title></head><body><div id="header"><a href="/">Street Hearts</a></div>
		<div id="wrapper"><div id="content">
		<div class="rail"><h2>Top stories</h2>` + cards.String() + `</div>
		<div class="entry"><h1>Velvet shine</h1>
		<p>Our post today: the band played its new songs at the old mill on Saturday, and the hall was full long before the doors closed, with people standing in the yard.</p>
		<p>The second set was quieter, a few songs on the piano alone, and the singer told how the record was made in a farmhouse over one long, wet winter.</p>
		<p>The tour goes on to three more towns this month, and the last night will be filmed for a release in the spring, the band said afterwards.</p>
		</div></div></div><div id="footer">Copyright Street Hearts</div></body></html>`
}

// TestTeaserRailBesidePost: the rail of cards before a post goes, though
// the page says nowhere that it is an article (besideChosen); the post
// stays.
func TestTeaserRailBesidePost(t *testing.T) {
	a, err := FromReader(strings.NewReader(teaserRailPage()), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Our post today", "filmed for a release"}, []string{"Card 1:", "Card 6:", "Ferry timetable"})
}

// TestTeaserRailsHostile: twenty thousand labelled rails beside one post
// cost one look at the post each (teasersBesideTop asks about it once).
func TestTeaserRailsHostile(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><div id="content">`)
	for i := range 20000 {
		fmt.Fprintf(&b, `<div class="rail"><h2>Top stories</h2><div class="card"><h3><a href="/s/%d">Story %d</a></h3><p>A line of summary, with a comma, for the card.</p></div><div class="card"><h3><a href="/t/%d">Story</a></h3><p>Another line, with a comma.</p></div><div class="card"><h3><a href="/u/%d">Story</a></h3><p>A third line, with a comma.</p></div></div>`, i, i, i, i)
	}
	b.WriteString(`<div class="entry"><p>Our post today: the band played its new songs at the old mill on Saturday, and the hall was full long before the doors closed.</p><p>The second set was quieter, a few songs on the piano alone, and the singer told how the record was made.</p></div></div></body></html>`)
	start := time.Now()
	if _, err := FromReader(strings.NewReader(b.String()), nil, ""); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("took %v", d)
	}
}

// railCardPage is a page whose story is split over two blocks of a few
// paragraphs beside a labelled rail of twelve other stories' cards, each
// named for a story (class "story-card", a hint of the article): one card
// outscores the story's block.
func railCardPage() string {
	var cards strings.Builder
	for i := range 12 {
		fmt.Fprintf(&cards, `<div class="story-card"><h3><a href="/news/story-%d">Ferry timetable changes, part %d</a></h3><p>Card %d: crossings will run every ninety minutes from November, and the late boat on Sundays is cut until the spring, the operator said on Tuesday after a review of passenger numbers.</p></div>`, i, i+1, i+1)
	}
	return `<html><head><title>Weekend news</title></head><body>
		<div class="top-stories"><h2>Top stories</h2>` + cards.String() + `</div>
		<article><h1>The mill reopens</h1>
		<div><p>The old mill by the river opened its doors again on Saturday, after six years of repairs paid for by the trust.</p>
		<p>Volunteers rebuilt the wheel with oak from the estate, and the first flour was ground before noon.</p>
		<p>The trust that owns the mill says it will grind every weekend from now until the end of October, and that the shop beside the mill race will sell the flour on those days.</p></div>
		<h2>A long history</h2>
		<div><p>The mill was first recorded in the thirteenth century, and last worked commercially in the nineteen fifties.</p>
		<p>School groups will come on weekdays, and the trust hopes to take on an apprentice next year to learn the trade from the last miller.</p></div></article>
		</body></html>`
}

// TestRailCardOverArticle: where one card of a labelled rail outscores
// each block of a story split over two, the story is read without the
// rail (articleBesideRail); the cards' summaries stay out.
func TestRailCardOverArticle(t *testing.T) {
	a, err := FromReader(strings.NewReader(railCardPage()), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The old mill by the river", "grind every weekend", "nineteen fifties", "the last miller"},
		[]string{"Card 1:", "Card 6:", "Ferry timetable", "Top stories"})
}

// railBesideShortPostPage is a picture's post of a headline, a byline and
// a line of text, with a labelled rail of twelve other stories' cards set
// in the post's own block before its line: the cards' summaries outscore
// the line in every attempt.
func railBesideShortPostPage() string {
	var cards strings.Builder
	for i := range 12 {
		fmt.Fprintf(&cards, `<div class="card"><h3><a href="/news/story-%d">Ferry timetable changes, part %d</a></h3><p>Card %d: crossings will run every ninety minutes from November, and the late boat on Sundays is cut until the spring, the operator said on Tuesday.</p></div>`, i, i+1, i+1)
	}
	return `<html><head><title>Velvet shine | Street Hearts</title></head><body><div id="header"><a href="/">Street Hearts</a></div>
		<div id="content"><div class="post">
		<h2>Velvet shine</h2><p class="meta">Posted July 8th, 2011</p>
		<div class="rail"><h2>Top stories</h2>` + cards.String() + `</div>
		<div class="storycontent"><p><img src="/photo.jpg"></p><p>Simply beautiful: new photographs from the old mill, taken on a wet Saturday.</p></div>
		</div></div><div id="footer"><p>All photos are ours, please ask before you use them anywhere else, thank you.</p></div></body></html>`
}

// TestRailBesideShortPost: an attempt that reads a labelled rail of
// other stories' cards is read again without it (labelledRailIn,
// railOut): the post's line stays, though it is under minArticleChars,
// and no card's summary comes with it.
func TestRailBesideShortPost(t *testing.T) {
	a, err := FromReader(strings.NewReader(railBesideShortPostPage()), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"new photographs from the old mill"}, []string{"Card 1:", "Card 12:", "Ferry timetable", "Top stories"})
}

// railInPostHeaderPage is a picture's post whose text is its header
// alone (headline, byline), with a labelled rail of other stories' cards
// set inside the header between them.
func railInPostHeaderPage() string {
	var cards strings.Builder
	for i := range 12 {
		fmt.Fprintf(&cards, `<div class="card"><h3><a href="/news/story-%d">Ferry timetable changes, part %d</a></h3><p>Card %d: crossings will run every ninety minutes from November, and the late boat on Sundays is cut until the spring, the operator said on Tuesday.</p></div>`, i, i+1, i+1)
	}
	return `<html><head><title>Comments without censure</title></head><body><div id="header"><a href="/">The Blog</a></div>
		<div id="content"><div class="post hentry" id="post-52153">
		<div class="headline_area"><h1 class="entry-title">Comments without censure</h1>
		<div class="rail"><h2>Top stories</h2>` + cards.String() + `</div>
		<p class="headline_meta">by <span class="author">Paulo Coelho</span> on July 21, 2012</p></div>
		<div class="entry-content"><img src="/banner.jpg"></div>
		</div></div><div id="footer"><a href="/about">About</a></div></body></html>`
}

// TestRailInPostHeader: a post whose header is all it says keeps its
// headline and byline (emptyPostHeader) with the rail set inside its
// header left out (railChild).
func TestRailInPostHeader(t *testing.T) {
	a, err := FromReader(strings.NewReader(railInPostHeaderPage()), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Comments without censure", "Paulo Coelho"}, []string{"Card 1:", "Card 12:", "Ferry timetable", "Top stories"})
}

// TestRailBesideLineOfPost: a post of a line too short to use (fewer
// than minUsableWords words) beside a labelled rail of other stories'
// cards: the fallback's readings pass over the rail as the main pass's
// do (labelledRailIn), and the line stays the text.
func TestRailBesideLineOfPost(t *testing.T) {
	page := strings.Replace(railBesideShortPostPage(), "Simply beautiful: new photographs from the old mill, taken on a wet Saturday.", "Simply beautiful! New photographs! Superb", 1)
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"New photographs"}, []string{"Card 1:", "Card 12:", "Ferry timetable", "Top stories"})
}

// railInDealsPostPage is a deals post whose container opens with a
// labelled rail of other stories' cards, then the post's paragraphs and
// its list of linked deals (links a third of its text), with the
// writer's box after the container: one card outscores every block, and
// once the rail is set aside the writer's box of a line outscores the
// post's container, whose links cut its score.
func railInDealsPostPage() string {
	var cards, deals strings.Builder
	for i := range 12 {
		fmt.Fprintf(&cards, `<div class="story-card"><h3><a href="/news/story-%d">Ferry timetable changes, part %d</a></h3><p>Card %d: crossings will run every ninety minutes from November, and the late boat on Sundays is cut until the spring, the operator said on Tuesday after a review of passenger numbers.</p></div>`, i, i+1, i+1)
	}
	for i, d := range []string{"Portable hard drive of two terabytes with a fast port", "Fifteen inch laptop with a quick processor and a large drive", "Dual band wireless router with detachable antennas", "Speaker system of three pieces with a heavy subwoofer", "Home theatre set of five speakers and a receiver", "Shock resistant waterproof flash drive of large size", "Compact digital camera with a long optical zoom lens", "Noise cancelling headphones that fold into a small case"} {
		fmt.Fprintf(&deals, `<li><a href="http://shop.example/deal-%d">%s for $%d with free shipping</a> (normally $%d)</li>`, i, d, 100+i*20, 150+i*25)
	}
	return `<html><head><title>The Dealmaster: storage and a camera</title></head><body><div id="masthead"><a href="/">Gadget Desk</a></div>
		<div id="page"><div class="col">
		<h1>The Dealmaster: storage and a camera</h1>
		<div class="guts"><div class="rail"><h2>Top stories</h2>` + cards.String() + `</div>
		<p>It is Friday again and the Dealmaster has delivered a fresh list of bargains for the weekend that everybody here has been looking forward to all week long.</p>
		<p>The featured deal this week is a portable drive that will hold every photograph you take this year and the next, and there are two laptops below it as well.</p>
		<p>Either way the deals below will see you through the holidays without spending much more than you meant to when you first sat down to look.</p>
		<p>Top deals this weekend:</p>
		<ul>` + deals.String() + `</ul></div>
		<div class="bio"><p>Ann Roe writes about gadgets, phones, laptops, cameras, routers, drives, deals, and bargains, from Leeds, for us, since 2009, and, yes, buys them.</p></div>
		</div></div><div id="footer"><a href="/about">About</a> <a href="/contact">Contact</a></div></body></html>`
}

// TestRailInPostContainer: where a card of a labelled rail outscores
// every block and the best block beside the rail is the writer's box of
// a line, the post's container holding the rail is read (the best block
// with minArticleChars of text besides the rail's, articleBesideRail),
// without the rail's cards.
func TestRailInPostContainer(t *testing.T) {
	a, err := FromReader(strings.NewReader(railInDealsPostPage()), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"It is Friday again", "see you through the holidays", "Compact digital camera"},
		[]string{"Card 1:", "Card 12:", "Ferry timetable", "Top stories"})
}

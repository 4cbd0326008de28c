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

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

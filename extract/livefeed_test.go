package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// liveFeedEntries is a live page's run of entries, each opening with the
// time of day and a heading, longer together than a short story.
func liveFeedEntries() string {
	var b strings.Builder
	for i := range 14 {
		fmt.Fprintf(&b, `<li class="item"><div class="title"><span class="time">%d:%02d:</span> <span class="heading">Market update %d</span></div>
			<div class="description"><p>Entry %d: the index rose a little in the afternoon, and the pound slipped against the euro, as traders waited for the talks in Brussels to end, said an analyst in London.</p></div></li>`, 16-i/4, 59-4*i, i+1, i+1)
	}
	return b.String()
}

// liveFeedBesideStoryPage is a news story (no JSON-LD, no <article>) in
// one column and, in the column beside it, the newest entries of the
// site's live page under a heading linking to that page.
func liveFeedBesideStoryPage() string {
	return `<html><head><title>Talks go on in Brussels</title></head><body><div id="header"><a href="/">News</a></div>
		<div id="main-content" class="story">
		<div class="layout-block-a"><div class="story-body"><h1>Talks go on in Brussels</h1>
		<p>Our story today: the finance ministers met in Brussels on Friday, and the talks on the loan ran late into the evening, with no deal by midnight.</p>
		<p>The minister said, after the first round, that there was still reason for some optimism, but that the talks were difficult, and would take some time.</p>
		<p>The existing deal expires at the end of the month, and the country could run out of money, officials said, without a new accord by then.</p>
		<p>A vote in the parliament is due next week, and the ministers will meet again on Monday, after the weekend, to go over the last points.</p>
		</div></div>
		<div class="layout-block-b"><div class="feed-box"><h2><a href="/news/live/business-1">Business Live</a></h2>
		<div class="scroll"><ol>` + liveFeedEntries() + `</ol></div></div></div>
		</div><div id="footer">Copyright News</div></body></html>`
}

// TestLiveFeedBesideStory: a live page's entries set beside a story
// (feedBesideChosen), more text than the story, go; the story stays.
func TestLiveFeedBesideStory(t *testing.T) {
	a, err := FromReader(strings.NewReader(liveFeedBesideStoryPage()), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Our story today", "go over the last points"}, []string{"Entry 1:", "Entry 14:", "Business Live"})
}

// TestLiveFeedOwnPage: a live page's own entries, its headline linking to
// the page itself, are its text: the feed holds the block score chose.
func TestLiveFeedOwnPage(t *testing.T) {
	page := `<html><head><title>Business Live</title></head><body><div id="header"><a href="/">News</a></div>
		<div id="content"><div class="feed-box"><h2><a href="/news/live/business-1">Business Live</a></h2>
		<div class="scroll"><ol>` + liveFeedEntries() + `</ol></div></div></div>
		<div id="footer">Copyright News</div></body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Entry 1:", "Entry 14:"}, nil)
}

// TestTimedEntries: a list is a live feed's entries only where half its
// items at least, the first among them, open with the time of day; an
// article's list of points, or of events that give a time later in the
// line, is not.
func TestTimedEntries(t *testing.T) {
	for _, c := range []struct {
		list string
		want bool
	}{
		{`<ol><li>16:49: Market update</li><li>16:24: Greek slip up</li><li>15:59: Takata fine</li></ol>`, true},
		{`<div><div><ul><li><span>9:05</span> am Doors open</li><li><span>10:30</span> Talks</li><li>12:00 Lunch</li><li>Later: the walk</li></ul></div></div>`, true},
		{`<ol><li>Doors open</li><li>16:24: Greek slip up</li><li>15:59: Takata fine</li><li>15:15: Takata fine</li></ol>`, false},
		{`<ol><li>The doors open at 9:05 on Friday</li><li>The talks start at 10:30 sharp</li><li>Lunch is served at 12:00</li></ol>`, false},
		{`<ol><li>16:49: Market update</li><li>16:24: Greek slip up</li></ol>`, false},
		{`<ol><li>Wake early</li><li>Eat well</li><li>Sleep</li></ol>`, false},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + c.list + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		list := findBody(doc).FirstChild
		if got := timedEntries(list, maxFeedDepth); got != c.want {
			t.Errorf("timedEntries(%s) = %v, want %v", c.list, got, c.want)
		}
	}
}

// TestLiveFeedsHostile: twenty thousand feed boxes beside a story, side by
// side and nested, cost one look each below their headings.
func TestLiveFeedsHostile(t *testing.T) {
	box := `<div><h2><a href="/live/1">Live</a></h2><ol><li>16:49: One</li><li>16:24: Two</li><li>15:59: Three</li></ol>`
	story := `<div class="story-body"><p>Our story today: the finance ministers met in Brussels on Friday, and the talks on the loan ran late into the evening.</p><p>The minister said, after the first round, that there was still reason for some optimism, but that the talks were difficult.</p></div>`
	for _, doc := range []string{
		"<html><body>" + story + strings.Repeat(box+"</div>", 20000) + "</body></html>",
		"<html><body>" + story + strings.Repeat(box, 20000) + strings.Repeat("</div>", 20000) + "</body></html>",
	} {
		start := time.Now()
		if _, err := FromReader(strings.NewReader(doc), nil, ""); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("took %v", d)
		}
	}
}

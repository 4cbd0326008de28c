package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestPointsListLinkItems: a digest's list of points, most of them a link
// and a remark, keeps its items that are a link alone, two in a row among
// them; a list of links alone after the text (related stories) still goes.
func TestPointsListLinkItems(t *testing.T) {
	doc := `<html><head><title>Harbour notes, week 12</title></head><body>
<div class="main"><h1>Harbour notes, week 12</h1><div class="body">
<p>The harbour had a busy week: the new ferry came into service, the fish market moved, and the council finally agreed on the sea wall. Here is the rest of what happened, in short.</p>
<ul>
<li><a href="/a">The ferry timetable changes on Monday</a> – the early boat now leaves at six, half an hour sooner than before.</li>
<li><a href="/b">Fish market opens on the east quay</a> – stalls are bigger, and there is parking for the vans at last.</li>
<li><a href="/c">Lifeboat crew honoured for the winter rescue</a></li>
<li><a href="/d">Sea wall repairs to start in spring</a></li>
<li><a href="/e">Harbour master retires after thirty years</a> – a party is planned at the yacht club on Saturday evening.</li>
</ul>
<p>That is all for this week; the next notes come out on Friday, tides and weather permitting, with the usual list of sailings.</p>
</div>
<ul class="more"><li><a href="/x">Week 11 notes</a></li><li><a href="/y">Week 10 notes</a></li><li><a href="/z">Week 9 notes</a></li></ul>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Lifeboat crew honoured for the winter rescue", "Sea wall repairs to start in spring", "half an hour sooner"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Week 10 notes") {
		t.Errorf("text holds the list of other weeks:\n%s", a.Text)
	}
}

// TestPointsList: pointsList wants three items or more, most of them with
// prose outside their links.
func TestPointsList(t *testing.T) {
	item := `<li><a href="/a">A link</a> and a remark of some length about it.</li>`
	bare := `<li><a href="/b">A link alone in its item</a></li>`
	for _, tt := range []struct {
		name, list string
		want       bool
	}{
		{"most items prose", "<ul>" + item + item + bare + bare + item + "</ul>", true},
		{"half prose", "<ul>" + item + item + bare + bare + "</ul>", false},
		{"two items", "<ul>" + item + item + "</ul>", false},
		{"links alone", "<ul>" + bare + bare + bare + "</ul>", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ex, body := statsOf(t, "<html><body>"+tt.list+"</body></html>")
			if got := ex.pointsList(body.FirstChild); got != tt.want {
				t.Errorf("pointsList = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSectionClosingList: a list of links that closes a section (a
// paragraph of prose before it, the next section's heading after it) keeps
// its items; a list of links between two paragraphs, a "read also"
// insert, still goes.
func TestSectionClosingList(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The shop had it for less than last month, and the price held through the weekend at the other stores too.</p>"
	}
	doc := `<html><head><title>Weekend deals on bikes and lamps</title></head><body>
<div class="main"><h1>Weekend deals on bikes and lamps</h1><div class="body">` +
		para("The folding bike is down to its lowest price yet.") +
		`<ul><li><a href="/a">Get it at Cyclehouse for $399</a></li><li><a href="/b">Also at Wheelbarn</a></li></ul>
<h2>Desk lamp for $19</h2>` +
		para("The clamp-on desk lamp with the warm light is back in stock.") +
		`<ul><li><a href="/r1">Our lamp buying guide</a></li><li><a href="/r2">The best desks of the year</a></li></ul>` +
		para("Shipping is free on both deals, and returns are taken for thirty days if the lamp does not suit.") +
		`</div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Get it at Cyclehouse for $399", "Also at Wheelbarn"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Our lamp buying guide") {
		t.Errorf("text holds the read-also links between two paragraphs:\n%s", a.Text)
	}
}

// TestProseItemListWithPictures: a house tour whose paragraphs are set as
// a list's items, its photos in items of their own between them, keeps
// its text: the list holds most of the text but no <p>, and its many
// pictures made it a gallery to cleaning, which left the post empty and
// gave the page to the sidebar's "About us" box.
func TestProseItemListWithPictures(t *testing.T) {
	var pics strings.Builder
	for i := range 8 {
		fmt.Fprintf(&pics, `<img src="/p%d.jpg" width="600" height="400" alt="A view of the house">`, i)
	}
	doc := `<html><head><title>A stone house by the lake</title></head><body>
<div id="page"><div class="post"><h1>A stone house by the lake</h1><div class="entry">
<ul><li>Set on a rocky slope above the lake, the house was designed by a small studio in the capital. It spreads over four hundred square metres, was finished last year, and opens every room to the water and the forest behind it.</li>
<li>` + pics.String() + `</li>
<li>The result is a house of many faces, made for getting away from a crowded life. The volumes are cut into the rock, the pool seems to run into the lake, and the garage roof is covered in grass, so that the house sinks into its site.</li>
<li><img src="/q.jpg" width="600" height="400" alt="The pool"></li></ul>
</div></div>
<div id="footer"><div class="widget about"><p>Founded in 2007, this magazine is a weblog devoted to sharing the latest and greatest in architecture, design and interiors, with a new house every day of the week.</p>
<p>Our focus is to give you ideas to make your home more beautiful, organized and healthy, because a calm home is the foundation of a good life.</p></div></div>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Set on a rocky slope above the lake", "The result is a house of many faces"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Founded in 2007") {
		t.Errorf("text is the sidebar's box:\n%s", a.Text)
	}
}

// TestProseItemListOneLongItem: a house tour whose one long paragraph is
// a list's item, its photos and a short bold line ("Now have a look at
// the before photos:") items of their own, keeps its text: with one item
// of prose, not two, cleaning took the list for a gallery and left only
// the heading of the related posts below ("Ready for more design ideas?
// Check below!"), and the footer's "About" box drew the later attempts.
func TestProseItemListOneLongItem(t *testing.T) {
	var pics strings.Builder
	for i := range 15 {
		fmt.Fprintf(&pics, `<img src="/p%d.jpg" width="600" height="400" alt="A view of the house">`, i)
	}
	doc := `<html><head><title>A stone house by the lake, revived by a small studio [Before and After Photos]</title></head><body>
<div id="content"><div class="post"><div id="crumbs"><a href="/">Home</a> <a href="/architecture">Architecture</a> <span class="current">A stone house by the lake, revived by a small studio [Before and After Photos]</span></div>
<h1>A stone house by the lake, revived by a small studio [Before and After Photos]</h1><div class="entry"><div class="entry_content"><div class="entry_text">
<p><img src="/top.jpg" width="600" height="400" alt="The house"></p>
<ul><li>Set on a rocky slope above the lake, the house was designed by a small studio in the capital. It spreads over four hundred square metres, was finished last year, and opens every room to the water and the forest behind it. The result is a house of many faces, made for getting away from a crowded life. The volumes are cut into the rock, the pool seems to run into the lake, and the garage roof is covered in grass, so that the house sinks into its site. Inside, the owners wanted warm wood, plain white walls and a kitchen big enough for the whole family, and the architects gave them all three. Of the five bedrooms, the master suite looks over the water, with a bath set under a long window.</li>
<li>` + pics.String() + `</li>
<li><strong>Now have a look at the before photos:</strong></li>
<li><img src="/q.jpg" width="600" height="400" alt="The old house"></li>
<li><img src="/r.jpg" width="600" height="400" alt="The old garden"></li>
<li><img src="/s.jpg" width="600" height="400" alt="The old kitchen"></li></ul>
</div></div></div>
<div class="design_ideas"><h2>Ready for more amazing design ideas? Check below!</h2>
<div class="gallery"><ul id="related-posts-thumb"><li><a href="/a" rel="bookmark"><div class="thumbnail-related-image"><img src="/a.jpg" width="150" height="100" alt=""></div><span class="caption">Stunning Before And After Shoebox Flat Makeover</span></a></li>
<li><a href="/b" rel="bookmark"><div class="thumbnail-related-image"><img src="/b.jpg" width="150" height="100" alt=""></div><span class="caption">A Grove Residence Renovated in the Hills</span></a></li></ul></div></div>
</div></div>
<div id="footer"><div class="widget about"><p>Founded in 2007, this magazine is a weblog devoted to sharing the latest and greatest in architecture, design and interiors, with a new house every day of the week.</p>
<p>Our focus is to give you ideas to make your home more beautiful, organized and healthy, because a calm home is the foundation of a good life.</p>
<p>We write about houses, flats, gardens, furniture, lighting and the people who make them, and we answer every letter our readers send us, however long it takes.</p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Set on a rocky slope above the lake", "so that the house sinks into its site"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
}

// TestLoneProseItemsRepeated: an article whose paragraphs are each set as
// a list of one item, under headings, two of them alike (a placeholder
// text's), keeps every one: a list of one paragraph of prose reads as the
// paragraph does, not as a responsive page's second copy of a block.
func TestLoneProseItemsRepeated(t *testing.T) {
	para := `Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore et dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo duo dolores et ea rebum.`
	doc := `<html><head><title>A page of placeholder text</title></head><body>
<h1>A page of placeholder text</h1>
<ul><li>` + para + `</li></ul><h2>First header</h2>
<ul><li>` + para + `</li></ul><h2>Second header</h2>
<ul><li>` + para + `</li></ul></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(a.Text, "Lorem ipsum dolor sit amet"); got != 3 {
		t.Errorf("%d copies of the paragraph, want 3:\n%s", got, a.Text)
	}
}

// TestProseItemListAmidParagraphs: a post whose middle paragraphs are set
// as a list's items, a photo in an item of its own after each, keeps them
// beside its paragraphs: the list is not most of the text (the drop keeps
// a block that is), its items are no <p>s, and its photos made it a
// gallery to cleaning, which kept the paragraphs around it alone.
func TestProseItemListAmidParagraphs(t *testing.T) {
	doc := `<html><head><title>A hike above the town</title></head><body>
<div id="main"><article class="post"><h1>A hike above the town</h1><div class="entry-content">
<p>When you live in a state as beautiful as this one, it is impossible to stay inside. We moved here two years ago, and we are still in awe of the mountains, the light and the long views over the plains.</p>
<p>One thing most people do not realize is that it is quite dry here. Whether you are out exploring or just hanging around the house, water is a must, and we never leave without it.</p>
<ul><li>In the time we have lived here, one place we had not yet visited was the ridge above the town. We always keep a baby carrier in the car, so for our hike we just stopped for water and some snack bars.</li>
<li><img src="/a.jpg" width="600" height="400" alt="The ridge"></li>
<li>Our eldest was the water boy for this trip. Armed with ice packs and a cooler bag, the water stayed nice and cold, and it was easy for a teenager to carry on a mountain hike.</li>
<li><img src="/b.jpg" width="600" height="400" alt="The trail"></li>
<li>The youngest learned early how much water matters up here. Soon after we moved, he ignored our warnings at a festival, and he has carried his own cup ever since.</li>
<li><img src="/c.jpg" width="600" height="400" alt="The view"></li></ul>
<p>We were back home by lunch, tired and happy, and already planning the next hike. If you have a favourite trail near here, tell us about it, and we will take the carrier along.</p>
</div></article></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"When you live in a state", "Our eldest was the water boy", "We were back home by lunch"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
}

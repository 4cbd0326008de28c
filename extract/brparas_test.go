package extract

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestBreakParagraphs: a block of text set apart by <br><br> becomes one
// <p> a paragraph; a line of links alone, a single <br>'s lines and a
// block named as chrome stay as they were.
func TestBreakParagraphs(t *testing.T) {
	long := strings.Repeat("The ferry to the island ran late again on Tuesday, and the harbour office blamed the wind. ", 3)
	for _, tt := range []struct {
		name, in, want string
	}{
		{"paragraphs",
			`<div>` + long + `<br><br>` + long + `<br/><br>` + long + `</div>`,
			`<div><p>` + long + `</p><br/><br/><p>` + long + `</p><br/><br/><p>` + long + `</p></div>`},
		{"single breaks stay in their paragraph",
			`<div>` + long + `<br>` + long + `<br><br>` + long + `</div>`,
			`<div><p>` + long + `<br/>` + long + `</p><br/><br/><p>` + long + `</p></div>`},
		{"a line of links is no paragraph",
			`<div>` + long + `<br><br>` + long + `<br><br><a href="/more">More stories</a></div>`,
			`<div><p>` + long + `</p><br/><br/><p>` + long + `</p><br/><br/><a href="/more">More stories</a></div>`},
		{"block children end a paragraph",
			`<div><h2>Harbour news</h2>` + long + `<br><br>` + long + `<br><br>` + long + `</div>`,
			`<div><h2>Harbour news</h2><p>` + long + `</p><br/><br/><p>` + long + `</p><br/><br/><p>` + long + `</p></div>`},
		{"short lines",
			`<div>Ferry late.<br><br>Wind again.</div>`,
			`<div><p>Ferry late.</p><br/><br/><p>Wind again.</p></div>`},
		{"chrome by its class",
			`<div class="sidebar"><div>` + long + `<br><br>` + long + `<br><br>` + long + `</div></div>`,
			`<div class="sidebar"><div>` + long + `<br/><br/>` + long + `<br/><br/>` + long + `</div></div>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			body := findBody(root)
			ex := &extractor{hints: make(map[classKey]classHints)}
			ex.breakParagraphs(body)
			var b bytes.Buffer
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				html.Render(&b, c)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestRowClass: posts styled in turns are one class.
func TestRowClass(t *testing.T) {
	if rowClass("post bg1") != rowClass("post bg2") || rowClass("row odd") != rowClass("row even") {
		t.Error("alternate rows differ")
	}
	if rowClass("post") == rowClass("comment") || rowClass("col-12") == rowClass("col-1") {
		t.Error("different classes match")
	}
}

// TestUnwrapBareBreaks: the paragraphs of a <div> without attributes made
// of breaks take its place in the column; a div with a class, one of
// paragraphs without breaks, and one holding other blocks stay.
func TestUnwrapBareBreaks(t *testing.T) {
	long := "The ferry to the island ran late again on Tuesday, and the harbour office blamed the wind."
	for _, tt := range []struct {
		name, in, want string
	}{
		{"bare div of breaks",
			`<div class="story"><h2>Harbour</h2><div>` + long + `<br><br>` + long + `<br><br></div><ul><li>One</li></ul></div>`,
			`<div class="story"><h2>Harbour</h2><p>` + long + `</p><p>` + long + `</p><ul><li>One</li></ul></div>`},
		{"a picture goes with the paragraphs, in a paragraph of its own",
			`<div class="story"><div><a href="/p.jpg"><img src="/p.jpg"></a><br><br>` + long + `<br><br></div></div>`,
			`<div class="story"><p><a href="/p.jpg"><img src="/p.jpg"/></a></p><p>` + long + `</p></div>`},
		{"named div stays",
			`<div class="story"><div class="text">` + long + `<br><br>` + long + `</div></div>`,
			`<div class="story"><div class="text"><p>` + long + `</p><br/><br/><p>` + long + `</p></div></div>`},
		{"paragraphs without breaks stay",
			`<div class="story"><div><p>` + long + `</p><p>` + long + `</p></div></div>`,
			`<div class="story"><div><p>` + long + `</p><p>` + long + `</p></div></div>`},
		{"other blocks stay",
			`<div class="story"><div>` + long + `<br><br><h3>Tides</h3>` + long + `</div></div>`,
			`<div class="story"><div><p>` + long + `</p><br/><br/><h3>Tides</h3><p>` + long + `</p></div></div>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			body := findBody(root)
			ex := &extractor{hints: make(map[classKey]classHints)}
			ex.breakParagraphs(body)
			unwrapBareBreaks(body)
			var b bytes.Buffer
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				html.Render(&b, c)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestBareBreaksIntroduceList: a digest typed in lines set apart by
// <br><br>, whose paragraph ending in a colon introduces a list of links:
// the list is the text's own, as it is after a <p>.
func TestBareBreaksIntroduceList(t *testing.T) {
	doc := `<html><head><title>Week in review</title></head><body>
		<div class="nav"><a href="/">Home</a> <a href="/about">About</a></div>
		<div class="post"><h1>Week in review</h1>
		<div>The harbour board met four times this week, and the ferry timetable, the pier repairs and the new fares were all on the table. Here is a quick look at what happened on the waterfront last week:<br><br></div>
		<ul><li><a href="/a">The pier reopened to walkers on Monday</a></li><li><a href="/b">Ferry fares rise by ten cents in March</a></li><li><a href="/c">The winter timetable starts on Sunday</a></li></ul>
		<div>The board meets again next Thursday, when it will vote on the budget for the lighthouse, the slipway and the fish market.<br><br>Minutes of every meeting are posted at the harbour office, and copies can be had from the clerk for a small fee.<br><br></div>
		</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The harbour board met", "The pier reopened to walkers", "The winter timetable starts", "Minutes of every meeting"}, []string{"About"})
}

// TestBreakParagraphsContentInChrome: a post's body named as such inside
// a wrapper whose name says sidebar (a sticky-sidebar plugin's wrapper of
// both columns) gets its paragraphs; the sidebar's widget beside it, named
// both text and widget, keeps its breaks.
func TestBreakParagraphsContentInChrome(t *testing.T) {
	long := "The ferry to the island ran late again on Tuesday, and the harbour office blamed the wind."
	in := `<div class="stickySidebar"><div class="entry-content">` + long + `<br><br>` + long + `</div>` +
		`<div class="widget Text">` + long + `<br><br>` + long + `</div></div>`
	want := `<div class="stickySidebar"><div class="entry-content"><p>` + long + `</p><br/><br/><p>` + long + `</p></div>` +
		`<div class="widget Text">` + long + `<br/><br/>` + long + `</div></div>`
	root, err := html.Parse(strings.NewReader("<html><body>" + in + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	body := findBody(root)
	ex := &extractor{hints: make(map[classKey]classHints)}
	ex.breakParagraphs(body)
	var b bytes.Buffer
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		html.Render(&b, c)
	}
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestBreakParagraphsInWidget: a box named only by a negative hint
// ("widget") gets its paragraphs, as the cards of a landing page's column
// are named; one named by an unlikely hint ("sidebar") keeps its breaks.
func TestBreakParagraphsInWidget(t *testing.T) {
	long := "The ferry to the island ran late again on Tuesday, and the harbour office blamed the wind."
	in := `<div class="widget-box"><h4>Ferries</h4><div>` + long + `<br><br>` + long + `</div></div>` +
		`<div class="sidebar"><div>` + long + `<br><br>` + long + `</div></div>`
	want := `<div class="widget-box"><h4>Ferries</h4><div><p>` + long + `</p><br/><br/><p>` + long + `</p></div></div>` +
		`<div class="sidebar"><div>` + long + `<br/><br/>` + long + `</div></div>`
	root, err := html.Parse(strings.NewReader("<html><body>" + in + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	body := findBody(root)
	ex := &extractor{hints: make(map[classKey]classHints)}
	ex.breakParagraphs(body)
	var b bytes.Buffer
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		html.Render(&b, c)
	}
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestBreakParagraphsLinkedProse: a sentence set whole in its link (a
// quote linked to its source) is a paragraph; a short line of links
// ("More stories") is none.
func TestBreakParagraphsLinkedProse(t *testing.T) {
	long := "The ferry to the island ran late again on Tuesday, and the harbour office blamed the wind."
	quote := `<a href="/report"><em>Crossings were cancelled on eleven days last winter, more than in any year since the new pier opened.</em></a>`
	in := `<div class="story">` + long + `<br><br>` + quote + `<br><br><a href="/more">More stories</a></div>`
	want := `<div class="story"><p>` + long + `</p><br/><br/><p>` + quote + `</p><br/><br/><a href="/more">More stories</a></div>`
	root, err := html.Parse(strings.NewReader("<html><body>" + in + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	body := findBody(root)
	ex := &extractor{hints: make(map[classKey]classHints)}
	ex.breakParagraphs(body)
	var b bytes.Buffer
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		html.Render(&b, c)
	}
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestSpacerParagraphs: a picture post whose lines are typed loose beside
// the pictures' blocks, set apart by <div><br><br></div> spacers where
// another editor puts empty <p>s, is read as the post (spacerParagraphs):
// its block, a "widget" as a blog's template names the post's, holds
// paragraphs as it would with the empty <p>s, and stays.
func TestSpacerParagraphs(t *testing.T) {
	pic := `<div class="separator" style="clear: both;"><a href="/i/%d.jpg"><img src="/i/%d.jpg"></a></div>
		<br/>
		`
	var pics string
	for i := 1; i <= 3; i++ {
		pics += strings.ReplaceAll(pic, "%d", string(rune('0'+i)))
	}
	page := `<html><head><title>Not a photograph</title></head><body>
		<div id="wrap"><div id="main"><div class="widget Blog"><div class="post"><h3 class="post-title"><a href="/p/1">Not a photograph</a></h3>
		<div class="post-body entry-content"><div><br/><br/></div>` + pics + `However long Kilo looks at <a href="/kilo">this</a>, he still can't believe it is a pencil drawing. Wow.

		Drawings and photos by Lima<div><br/><br/></div><div style="clear: both;"></div></div>
		<div class="post-footer"><a href="/p/1#c">0 comments</a></div></div></div></div>
		<div id="sidebar"><div class="widget"><h2>Write to us</h2><div class="widget-content">Drop us a line at:<br/><br/>mail at example dot com</div></div>
		<div class="widget"><h2>About the Workshop</h2><div class="widget-content"><p>The Workshop is a different kind of club in the world of making things, blurring the lines between art, craft, building, and the good old spirit of getting it done, for makers of every kind.</p><p>Wood, metal, paper, cloth, clay: if you make it, show it, and tell us how, where, and why.</p></div></div></div></div>
		</body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"pencil drawing", "Drawings and photos by Lima"}, nil)
}

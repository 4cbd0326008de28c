package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsner/newsner"
)

// TestFallback: pages whose article the main pass removes whole still give
// their text, marked as the fallback's; pages the main pass reads are not
// marked.
func TestFallback(t *testing.T) {
	story := "<p>" + para("Alpha") + "</p><p>" + para("Bravo") + "</p>"
	tests := []struct {
		name         string
		body         string
		want         []string
		wantNot      []string
		wantFallback bool
	}{
		{
			name: "unclosed header swallows the page: its paragraphs are read by the main pass",
			body: `<header><a href="/">Home</a> <a href="/news">News</a><div class="story">` + story + `</div>`,
			want: []string{"Alpha", "Bravo"},
		},
		{
			name:    "aside wraps the article: its paragraphs are read by the main pass",
			body:    `<nav><a href="/">Home</a></nav><aside class="wrap"><div class="entry">` + story + `</div></aside>`,
			want:    []string{"Alpha", "Bravo"},
			wantNot: []string{"Home"},
		},
		{
			name:         "a loader hides the page's wrapper until its script runs",
			body:         `<div id="preloader"><div class="spinner"></div></div><div id="page" style="display: none">` + story + `</div>`,
			want:         []string{"Alpha", "Bravo"},
			wantFallback: true,
		},
		{
			name:         "the whole page hidden by the hidden attribute",
			body:         `<div id="app" hidden><nav><a href="/">Home</a></nav><div class="story">` + story + `</div></div><div style="visibility:hidden">Loading</div>`,
			want:         []string{"Alpha", "Bravo"},
			wantFallback: true,
		},
		{
			name:         "unclosed header swallows an article without paragraphs",
			body:         `<header><a href="/">Home</a> <a href="/news">News</a><div class="story"><div>` + para("Alpha") + `</div><div>` + para("Bravo") + `</div></div>`,
			want:         []string{"Alpha", "Bravo"},
			wantFallback: true,
		},
		{
			// The main pass reads them now (paragraphHeader); the
			// fallback did before.
			name: "paragraphs placed in headers",
			body: `<div class="post"><header><p>` + para("Alpha") + `</p></header><header><p>` + para("Bravo") + `</p></header></div>`,
			want: []string{"Alpha", "Bravo"},
		},
		{
			// Read by the main pass now (openNamespaced); the
			// fallback did before.
			name: "a prefixed element left open",
			body: `<atom:link href="/feed" rel="self"><div class="story">` + story + `</div>`,
			want: []string{"Alpha", "Bravo"},
		},
		{
			// The main pass reads the copy as the page now
			// (noscriptPage); the fallback did before.
			name: "body only in noscript",
			body: `<div id="app"></div><noscript><div class="crawler"><h1>Council agrees plan</h1>` + story + `</div></noscript><script>render()</script>`,
			want: []string{"Alpha", "Bravo"},
		},
		{
			// Read by the main pass now (noscriptPage), as above.
			name: "an unclosed noscript in the head takes the page along",
			body: `</body></html>`,
			want: []string{"Alpha", "Bravo"},
		},
		{
			name:         "only a list of links",
			body:         `<a href="javascript:"><p>abc</p><p>def</p> ghi</a>`,
			want:         []string{"abc"},
			wantFallback: true,
		},
		{
			name: "a short post is not replaced",
			body: `<div class="post"><p>Wonderful animated video for the band! Created by Jose.</p></div>
				<div id="comments"><p>` + para("Reader one") + `</p><p>` + para("Reader two") + `</p></div>`,
			want:    []string{"Wonderful animated video"},
			wantNot: []string{"Reader"},
		},
		{
			name: "a short post in a language written without spaces is not replaced",
			body: `<div class="post"><p>今日は町の議会が新しい橋の計画を承認しました。工事は来年から始まります。</p></div>
				<div id="comments"><p>` + para("Reader one") + `</p><p>` + para("Reader two") + `</p></div>`,
			want:    []string{"新しい橋の計画"},
			wantNot: []string{"Reader"},
		},
		{
			name: "a video's one-line post is not replaced by its comment form's notes",
			body: `<div class="entry"><h1>Council agrees plan</h1><iframe src="https://video.example/v/1"></iframe><p>Wow, just wow. [Via TN]</p></div>
				<div id="reply-box"><h3>Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform">
				<p>Logged in as a reader.</p>
				<p class="allowed-tags">You may use these HTML tags and attributes: <code>&lt;a href="" title=""&gt; &lt;abbr title=""&gt; &lt;acronym title=""&gt; &lt;b&gt; &lt;blockquote cite=""&gt; &lt;cite&gt; &lt;code&gt; &lt;del datetime=""&gt; &lt;em&gt; &lt;i&gt; &lt;q cite=""&gt; &lt;strike&gt; &lt;strong&gt;</code></p>
				<textarea name="comment"></textarea></form></div>`,
			want:    []string{"just wow"},
			wantNot: []string{"HTML tags"},
		},
		{
			name: "a recipe blog's video post is not replaced by its headed thread or the copyright line",
			body: `<div class="outer"><h2>Friday, March 6, 2026</h2><div class="post"><h3><a href="/next-up">Next Up: Quince Tart</a></h3>
				<div class="body"><a href="/img/tart.jpg"><img src="/img/tart.jpg"></a><br><a href="/pin">Pin It</a></div>
				<div class="post-footer">Labels: <a href="/label/desserts">Desserts</a></div></div>
				<div><a name="talk"></a><h4>14 comments:</h4><dl><dt>Reader one said...</dt><dd><p>` + para("Reader one") + `</p></dd>
				<dt>Reader two said...</dt><dd><p>` + para("Reader two") + `</p></dd><dt>Reader three said...</dt><dd><p>` + para("Reader three") + `</p></dd></dl></div></div>
				<footer><div class="widget-content">(c) 2009-2026 Zorbic Kitchen Videos. All Rights Reserved. Powered by <a href="/blogger">Blogger</a>.</div></footer>`,
			want:    []string{"Quince Tart"},
			wantNot: []string{"Reader", "Rights Reserved"},
		},
		{
			name: "a German recipe blog's video post is not replaced by its Kommentare thread or the copyright line",
			body: `<div class="outer"><div class="post"><h3><a href="/demnaechst">Demnächst: Zwetschgenknödel</a></h3>
				<div class="body"><iframe src="https://video.example/v/7"></iframe></div>
				<div class="post-footer">Labels: <a href="/label/nachspeisen">Nachspeisen</a></div></div>
				<div><h4>9 Kommentare</h4><ul><li><p>` + para("Leserin eins") + `</p></li><li><p>` + para("Leserin zwei") + `</p></li>
				<li><p>` + para("Leserin drei") + `</p></li></ul></div></div>
				<footer><div class="widget-content">(c) 2026 Zorbic Küchenvideos. Alle Rechte vorbehalten.</div></footer>`,
			want:    []string{"Zwetschgenknödel"},
			wantNot: []string{"Leserin", "Rechte vorbehalten"},
		},
		{
			name: "the main pass's article is not marked",
			body: `<article>` + story + `</article>`,
			want: []string{"Alpha", "Bravo"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "<html><head><title>Council agrees plan</title></head><body>" + tt.body + "</body></html>"
			if strings.HasPrefix(tt.name, "an unclosed noscript in the head") {
				doc = "<html><head><title>Council agrees plan</title><noscript><div class=page>" + story
			}
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tt.want, tt.wantNot)
			if got := a.Extraction == newsner.ExtractionFallback; got != tt.wantFallback {
				t.Errorf("fallback = %v (%q), want %v", got, a.Extraction, tt.wantFallback)
			}
		})
	}
}

// TestNeverEmpty: a page with some visible text never comes out empty.
func TestNeverEmpty(t *testing.T) {
	for _, body := range []string{
		`<nav><a href="/a">Archive</a> <a href="/b">About us</a> <a href="/c">Contact</a></nav>`,
		`<footer>Council of the city, Town Hall, Main Street</footer>`,
		`<div class="comment">Nice one</div>`,
		`<header>Only a heading here</header>`,
		`<div>line one<br>line two<br>line three</div>`,
	} {
		a, err := FromReader(strings.NewReader("<html><body>"+body+"</body></html>"), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Errorf("%s: empty text", body)
		}
	}
}

// TestDescriptionWhenNoText: a page without visible text (an
// application's shell that renders by script) gives its description,
// marked as the fallback's; a page with neither gives no text.
func TestDescriptionWhenNoText(t *testing.T) {
	shell := `<html><head><title>Bridge to close</title><meta property="og:description" content="The harbour bridge will close for eleven weeks from May."></head>` +
		`<body><div id="root"></div><script>render()</script></body></html>`
	a, err := FromReader(strings.NewReader(shell), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "The harbour bridge will close for eleven weeks from May." || a.Extraction != newsner.ExtractionFallback {
		t.Errorf("text %q, extraction %q", a.Text, a.Extraction)
	}
	a, err = FromReader(strings.NewReader(`<html><head><title>Bridge</title></head><body><div id="root"></div></body></html>`), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "" || a.Extraction != "" {
		t.Errorf("text %q, extraction %q; want none", a.Text, a.Extraction)
	}
}

// TestFallbackTagSoup: a document read as a token stream (over maxTags
// tags) whose text is all inside an unclosed <header> is not empty either.
func TestFallbackTagSoup(t *testing.T) {
	doc := "<body><header><a href=/>Home</a>" + strings.Repeat("<div><span>"+para("Alpha")+"</span></div>", maxTags/4)
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Alpha said") || a.Extraction != newsner.ExtractionFallback {
		t.Errorf("extraction %q, text %.100q", a.Extraction, a.Text)
	}
}

// TestFailureKindsInOtherMarkup: issue 12's kinds of page once more, in
// the markup of systems that make them (a WordPress theme's masthead left
// open, German class names, a Blogger post in <noscript>, a press page of
// <br>-set lines, <ruby> with <rb> and <rtc>): the article's text is read
// and the page chrome is not.
func TestFailureKindsInOtherMarkup(t *testing.T) {
	de := func(label string) string {
		return label + " erklärte am Dienstag, der Gemeinderat habe nach langer Debatte dem Plan zugestimmt, der mehr kosten werde als erwartet und zwei Jahre dauern solle."
	}
	story := "<p>" + de("Anton") + "</p><p>" + de("Berta") + "</p><p>" + de("Cäsar") + "</p>"
	menu := `<nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/">Startseite</a></li><li><a href="/ueber">Über mich</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>`
	sidebar := `<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/a">Ein anderer Beitrag über den Garten</a></li><li><a href="/b">Noch ein Beitrag über das Wetter</a></li></ul></section></aside>`
	for _, tt := range []struct {
		name, body    string
		want, wantNot []string
	}{
		{
			name: "a WordPress masthead left open",
			body: `<div id="page" class="site"><header id="masthead" class="site-header">` + menu + `<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Der Plan</h1></header><div class="entry-content">` + story + `</div></article></main>` + sidebar + `</div></div>`,
			want: []string{"Anton", "Cäsar"}, wantNot: []string{"Startseite", "Neueste Beiträge"},
		},
		{
			name: "the article in an aside named as the main column, beside the sidebar",
			body: `<nav class="navigation"><a href="/">Start</a> <a href="/presse">Presse</a></nav><div class="container"><aside class="hauptinhalt col-md-8"><h1>Der Plan</h1>` + story + `</aside>` + sidebar + `</div>`,
			want: []string{"Anton", "Cäsar"}, wantNot: []string{"Presse", "Neueste Beiträge"},
		},
		{
			name: "sections whose text sits in their headers",
			body: `<main><section class="leistungen"><header><h2>Leistungen</h2><p>` + de("Anton") + `</p></header></section><section class="team"><header><h2>Team</h2><p>` + de("Berta") + `</p></header></section></main>`,
			want: []string{"Anton", "Berta"},
		},
		{
			name: "a Blogger post in noscript, its lines set by br",
			body: `<div class="navbar"><a href="/">Blog</a></div><div id="main"><div class="loading">Wird geladen …</div></div><noscript><div class="post hentry"><h3 class="post-title">Der Plan</h3><div class="post-body entry-content">` + de("Anton") + `<br><br>` + de("Berta") + `</div></div></noscript>`,
			// The reading blind to class names adds only the navbar
			// and the loading notice around the post.
			want: []string{"Anton", "Berta"}, wantNot: []string{"Wird geladen", "Blog\n"},
		},
		{
			name: "a press page of br-set lines",
			body: `<div class="navi"><a href="/">Start</a> <a href="/presse">Presse</a></div><div class="pressetext"><div class="datum">12.03.2024</div><div class="text">` + de("Anton") + `<br><br>` + de("Berta") + `<br><br>` + de("Cäsar") + `</div></div>`,
			want: []string{"Anton", "Berta", "Cäsar"}, wantNot: []string{"Presse"},
		},
		{
			name: "ruby with rb and rtc",
			body: `<article><h1>計画</h1><p>今日は<ruby><rb>町</rb><rp>(</rp><rt>まち</rt><rp>)</rp></ruby>の<ruby><rb>議会</rb><rtc><rt>ぎかい</rt></rtc></ruby>が新しい<ruby>橋<rp>（</rp><rt>はし</rt><rp>）</rp></ruby>の計画を承認しました。工事は来年から始まります。費用は予想よりも高くなる見込みです。</p><p>` + strings.Repeat("市民の多くはこの決定を歓迎していますが、一部の住民は交通への影響を心配しています。", 3) + `</p></article>`,
			want: []string{"今日は町の議会が新しい橋の計画を承認しました。"}, wantNot: []string{"まち", "ぎかい", "はし"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := `<html lang="de"><head><title>Der Plan</title></head><body>` + tt.body + `</body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tt.want, tt.wantNot)
		})
	}
}

// TestNoscriptCopyIsThePage: a page rendered by script whose body is an
// empty shell and a <noscript> copy is read as that copy, the usual way:
// the copy's article, not its footer, which the fallback's reading (that
// keeps footers) would take for running longer.
func TestNoscriptCopyIsThePage(t *testing.T) {
	var about string
	for _, l := range []string{"Xray", "Yankee", "Zulu", "Whiskey", "Victor"} {
		about += "<p>" + para(l) + "</p>"
	}
	copy := `<header><a href="/">Gazette</a></header><div class="wrap"><article><h1>Council agrees plan</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></article>
		<footer><h3>About the Gazette</h3>` + about + `</footer></div>`
	for _, where := range []string{"body", "head"} {
		t.Run(where, func(t *testing.T) {
			doc := `<html><head><title>Council agrees plan</title></head><body><div id="app">Loading...</div><script src="/app.js"></script><noscript>` + copy + `</noscript></body></html>`
			if where == "head" {
				// An unclosed noscript in the head takes the page along.
				doc = `<html><head><title>Council agrees plan</title><noscript>` + copy
			}
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Alpha", "Charlie"}, []string{"Xray", "Victor", "Gazette", "Loading"})
			if a.Extraction == newsner.ExtractionFallback {
				t.Errorf("read by the fallback")
			}
		})
	}
}

// TestNoscriptPage: the page is its noscript copy only where the body
// shows next to nothing else.
func TestNoscriptPage(t *testing.T) {
	copy := `<noscript><div><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p></div></noscript>`
	for body, want := range map[string]bool{
		`<div id="app"></div>` + copy:                                      true,
		`<div id="app">Please turn on JavaScript.</div>` + copy:            true,
		`<div><p>` + para("Charlie") + para("Delta") + `</p></div>` + copy: false,
		`<div id="app"></div><noscript><img src="/pixel.gif"></noscript>`:  false,
	} {
		root, err := html.Parse(strings.NewReader("<html><head><title>Plan</title></head><body>" + body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := noscriptPage(findBody(root)); got != want {
			t.Errorf("noscriptPage(%.60q) = %v, want %v", body, got, want)
		}
	}
}

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

// TestEmptyPostHeaderWithItsLine: a video's post whose body, under its
// header, holds a line of its own ("Wow... just wow." and a "via" link)
// too short for the main pass to score yields the header and those
// lines; a table of the pictures' labels in the body ("Français" under
// a cover) and the share box after it do not come along.
func TestEmptyPostHeaderWithItsLine(t *testing.T) {
	body := `<p><iframe src="https://www.youtube.com/embed/xyz" width="600" height="450"></iframe></p>
<table><tr><td><a href="/fr"><img src="/fr.jpg" alt=""></a></td></tr><tr><td>Français</td></tr></table>
<p>Wow&#8230; just wow.</p><p>[<a href="http://example.com/harbour-video">Via Quay News</a>]</p>`
	doc := strings.Replace(emptyPostDoc(zeroComments), `<p></p></div>`, body+`</div>`, 1)
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	want := "Harbour at dawn\n\nPosted June 3rd, 2011\n\nPhotos by Tamsin in Porthaven\n\nWow… just wow.\n\n[Via Quay News]"
	if a.Text != want {
		t.Errorf("text = %q, want the post's header and its line %q", a.Text, want)
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

// TestFallbackNoscriptPixel: a short <noscript> holding markup (a
// tracking pixel's <img>) is parsed as the browser without scripts shows
// it, not read as text: the fallback returned the tag itself as the page's
// text where the page had little else (the recipe rewrite of a dragnet2013
// page).
func TestFallbackNoscriptPixel(t *testing.T) {
	doc := `<html><body><noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript><div><span>Quelb spoke.</span></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "<img") || !strings.Contains(a.Text, "Quelb spoke.") {
		t.Errorf("text %q", a.Text)
	}
}

// TestFallbackListedPost: a post whose one paragraph is set as a list of
// short items, in a block the main pass drops (named a caption), is the
// fallback's largest block, not a line of the page's chrome longer than
// any one item.
func TestFallbackListedPost(t *testing.T) {
	doc := `<html><head><title>Gifts for tea drinkers</title></head><body>
<div class="promo"><a href="/guides">Holiday guides: kitchen gadgets, stocking stuffers and what to get your friends</a></div>
<article class="post"><h1>Gifts for tea drinkers</h1><div class="caption" id="slide-content"><ul class="items">
<li>You probably know a few</li><li>coffee fiends, but what about</li><li>people who brew a pot</li><li>of loose leaf tea every</li><li>afternoon, and own more cups</li><li>than they could ever use?</li><li>We found twelve gifts for</li><li>them, all of them tea-related.</li></ul></div></article>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "loose leaf tea") || strings.Contains(a.Text, "Holiday guides") {
		t.Errorf("want the listed post, not the promo line:\n%s", a.Text)
	}
}

// TestLineList: largestBlock takes a list of unlinked lines for one block
// of text, not a menu, a blog's labels or a reference list, whose items
// are lines of text too.
func TestLineList(t *testing.T) {
	var refs strings.Builder
	for i := range 6 {
		fmt.Fprintf(&refs, `<li>Hale, R. and Ortiz, M. (%d). Paint that deceives the eye: evidence from %d surveys. Journal of Visual Studies %d (2): 101-118.</li>`, 2001+i, 12+i, 10+i)
	}
	for _, tt := range []struct {
		name, list string
		want       bool
	}{
		{"a paragraph in items", `<ul><li>You probably know a few</li><li>coffee fiends, but what about</li><li>people who brew a pot</li></ul>`, true},
		{"one item", `<ul><li>You probably know a few coffee fiends.</li></ul>`, false},
		{"items with blocks", `<ul><li><p>You probably know a few</p></li><li><p>coffee fiends, but what about</p></li></ul>`, false},
		{"labels", `<ul><li><a href="/l/beef">Beef</a> (99)</li><li><a href="/l/cheese">Cheese</a> (88)</li><li><a href="/l/pasta">Pasta</a> (66)</li></ul>`, false},
		{"references", `<ol>` + refs.String() + `</ol>`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ex, body := statsOf(t, "<html><body>"+tt.list+"</body></html>")
			n := body.FirstChild
			if got := ex.lineList(n, ex.infos[n]); got != tt.want {
				t.Errorf("lineList = %v, want %v", got, tt.want)
			}
		})
	}
}

// sourcesList is a made-up reference list of n entries, each a citation
// (authors, year in parentheses, title, journal, pages).
func sourcesList(n int) string {
	var b strings.Builder
	b.WriteString(`<section class="sources"><h2>Sources</h2><ol>`)
	for i := range n {
		fmt.Fprintf(&b, "<li>Quillon, R. and Amsel, T. (%d). Counting gulls on the %d harbour walls, a survey. Coastal Notes %d (2): %d-%d.</li>", 1990+i, 3+i, 10+i, 40+i*20, 52+i*20)
	}
	b.WriteString(`</ol></section>`)
	return b.String()
}

// rosterTable is a made-up table of n signatories: a name, a role and an
// institution a row.
func rosterTable(n int) string {
	first := []string{"Wenna", "Osric", "Tamsin", "Perpetua", "Idris", "Marit", "Casimir"}
	last := []string{"Quillon", "Amsel", "Varga", "Lindgren", "Okafor", "Brannock"}
	var b strings.Builder
	b.WriteString(`<div class="letter-signed"><h3>Signed by</h3><table><tbody>`)
	for i := range n {
		fmt.Fprintf(&b, "<tr><td>%s %s</td><td>Senior Lecturer in Geography</td><td>Harbour Institute</td></tr>", first[i%len(first)], last[(i*5)%len(last)])
	}
	b.WriteString(`</tbody></table></div>`)
	return b.String()
}

// TestFallbackOverSources: where the main pass finds nothing but a list
// of the article's sources or a roster of names (the article in a block it removes as page
// chrome, or in the page's <noscript> copy beside a shell), the fallback
// reads the article; a list of sources the page has beside its article
// read by the main pass is no reason to fall back.
func TestFallbackOverSources(t *testing.T) {
	story := "<p>" + para("Alpha") + "</p><p>" + para("Bravo") + "</p><p>" + para("Charlie") + "</p>"
	for _, tt := range []struct {
		name, body   string
		wantFallback bool
	}{
		{
			name:         "the article in a wrapper whose class reads as a footer",
			body:         `<div class="page-footer-wrap"><h1>Council agrees plan</h1><div class="summary">` + story + `</div></div>` + sourcesList(12) + `<footer><a href="/help">Help</a></footer>`,
			wantFallback: true,
		},
		{
			name:         "the article in the noscript copy beside an empty shell",
			body:         `<div id="app"></div><noscript><div class="post">` + story + `</div></noscript>` + sourcesList(12),
			wantFallback: true,
		},
		{
			name:         "the article in the noscript copy beside an empty shell, a roster after it",
			body:         `<div id="app"></div><noscript><div class="post">` + story + `</div></noscript>` + rosterTable(30),
			wantFallback: true,
		},
		{
			name: "the article read by the main pass, its sources after it",
			body: `<article><h1>Council agrees plan</h1>` + story + sourcesList(6) + `</article>`,
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := "<html><head><title>Council agrees plan</title></head><body>" + tt.body + "</body></html>"
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Alpha", "Charlie"}, nil)
			if got := a.Extraction == newsner.ExtractionFallback; got != tt.wantFallback {
				t.Errorf("fallback = %v (%q), want %v", got, a.Extraction, tt.wantFallback)
			}
		})
	}
}

// TestSourcesOnly: a text of citations alone, or of a roster's lines,
// under a heading, is a list of sources or names; one with a paragraph of
// prose, with too few, or of lines with figures (ingredients) is not.
func TestSourcesOnly(t *testing.T) {
	cite := "Quillon, R. and Amsel, T. (1994). Counting gulls on the harbour walls, a survey. Coastal Notes 12 (2): 40-52."
	cites := strings.Repeat(cite+"\n\n", 6)
	for text, want := range map[string]bool{
		"Sources\n\n" + cites:                          true,
		para("Alpha") + "\n\n" + cites:                 false,
		"Sources\n\n" + strings.Repeat(cite+"\n\n", 3): false,
		"Signed by\n\n" + strings.Repeat("Wenna Quillon Senior Lecturer in Geography Harbour Institute\n\n", 6): true,
		strings.Repeat("2 cups of flour\n\n", 6): false,
	} {
		if got := sourcesOnly(strings.TrimSpace(text)); got != want {
			t.Errorf("sourcesOnly(%.60q) = %v, want %v", text, got, want)
		}
	}
}

package extract

import (
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

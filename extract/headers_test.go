package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsner/newsner"
)

// Tests of the rules for paragraphs set in <header>s (headers.go).

// TestHeaderParagraphIntroducesList: in a text whose paragraphs are each
// set in a <header>, a list of links that the paragraph before it
// introduces ("These boats won this year:") is the article's, as it is
// after a bare paragraph: the header is read as the paragraph it holds
// (unwrapParagraphHeaders), so introducedList finds its intro.
func TestHeaderParagraphIntroducesList(t *testing.T) {
	checkGazettePage(t, "Regatta results", `<div class="entry">
		<header><p>`+para("Alpha")+`</p></header>
		<header><p>These boats won their classes this year:</p></header>
		<ul><li><a href="/boats/kilo">Kilo Two</a></li><li><a href="/boats/lima">Lima Star</a></li>
		<li><a href="/boats/mike">Mike of the Bay</a></li></ul>
		<header><p>`+para("Bravo")+`</p></header></div>`,
		[]string{"Alpha said", "These boats won", "Kilo Two", "Lima Star", "Bravo said"}, nil)
}

// TestIntroHeaderParagraph: a short paragraph ending in a colon, set in a
// <header> of its own right before the steps it introduces, is the
// text's (introParagraph); a teaser heading set so ("Related stories:")
// is not.
func TestIntroHeaderParagraph(t *testing.T) {
	checkGazettePage(t, "Make a playlist on the go", `<div class="entry">
		<header><p>To make one on the phone, do the following:</p></header>
		<ol><li>Open Music and tap Playlists at the top of the screen.</li>
		<li>Tap New Playlist, type a name for it and tap Save.</li>
		<li>Pick the songs to add, one by one, and tap Done when finished.</li></ol>
		<p>`+para("Alpha")+`</p>
		<header><p>Related stories:</p></header>
		<ul><li><a href="/a">Ferry times change in the spring</a></li><li><a href="/b">Pier repairs begin next week</a></li></ul></div>`,
		[]string{"do the following:", "Open Music", "Tap New Playlist", "Alpha said"}, []string{"Related stories:"})
}

// TestProseHeaderBesideBlock: a paragraph of prose set in a <header> of
// its own next to a block of the text that is no paragraph (a list with
// words outside its links, a quote, a line in a bare <div>, a picture
// with its caption in a <div>) is the text's (proseBesideBlock); a site's
// header of a tagline over its menu of links is not. The main pass
// reads them, not the fallback.
func TestProseHeaderBesideBlock(t *testing.T) {
	for _, tt := range []struct{ name, post string }{
		{"a list", `<header><p>` + para("Alpha") + `</p></header>
			<ul><li><a href="/a">Ferry times change</a> – Kilo will be glad to hear it.</li>
			<li><a href="/b">Pier repairs begin</a> – about time, too.</li></ul>`},
		{"a quote", `<header><p>` + para("Alpha") + `</p></header>
			<blockquote><header><p>"We will start in May," Kilo said.</p></header></blockquote>
			<header><p>` + para("Bravo") + `</p></header>`},
		{"a line in a div", `<header><p>` + para("Alpha") + `</p></header><p>
			</p><div>Kilo will say more about it on Friday, <a href="/f">in the town hall</a>.</div><p>
			</p><header><p>` + para("Bravo") + `</p></header>`},
		{"captioned pictures", `<header><p>` + para("Alpha") + `</p></header>
			<div class="wp-caption"><a href="/i/1.jpg"><img src="/i/1.jpg"></a><p class="wp-caption-text">The old pier at dawn</p></div>
			<div class="wp-caption"><a href="/i/2.jpg"><img src="/i/2.jpg"></a><p class="wp-caption-text">Kilo on the quay</p></div>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Harbour plans</title></head><body>
				<div class="top"><header><p>The Gazette is the paper of the coast, written and printed by the people who live on it, every week.</p></header>
				<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>
				<div class="post"><h1>Harbour plans</h1><div class="entry">` + tt.post + `</div></div>
				<footer><p>Gazette 2026</p></footer></body></html>`
			a, err := FromReader(strings.NewReader(page), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Extraction == newsner.ExtractionFallback {
				t.Errorf("read by the fallback")
			}
			want := []string{"Alpha said"}
			if strings.Contains(tt.post, "Bravo") {
				want = append(want, "Bravo said")
			}
			checkText(t, a.Text, want, []string{"paper of the coast", "Gazette 2026"})
		})
	}
}

// TestChartHeaderStaysOut: a graphic's lead-in set in its <header> over a
// chart drawn as a picture with its labels laid over it, each in a
// paragraph of its own, stays the graphic's, out of the text: the chart
// is no picture with a caption (captionedPicture).
func TestChartHeaderStaysOut(t *testing.T) {
	checkGazettePage(t, "Harbour dues", `<div class="body"><p>`+para("Alpha")+`</p>
		<div><section><header><p>Harbour dues are expected to double over the next decade, according to the port's own figures.</p></header>
		<div><img src="/charts/dues.png"><div><p>$915</p><p>thousand</p></div><div><p>Dues paid each year</p></div><div><p>2030</p></div></div></section></div>
		<p>`+para("Bravo")+`</p></div>`,
		[]string{"Alpha said", "Bravo said"}, []string{"expected to double"})
}

// TestSentenceHeaderBesideParagraph: a post's short last sentence, set in
// a <header> of its own after a line that is no sentence (it ends in a
// smiley), is the post's (sentenceBesideParagraph).
func TestSentenceHeaderBesideParagraph(t *testing.T) {
	checkGazettePage(t, "Go vote", `<div class="entry">
		<header><p>`+para("Alpha")+`</p></header>
		<header><p>I think my readers can make up their own minds <img src="/i/wink.gif" alt=";)"></p></header>
		<header><p>Now if you follow me you know who I like.</p></header>
		<p><iframe src="https://video.example/1"></iframe></p></div>`,
		[]string{"Alpha said", "make up their own minds", "you know who I like."}, nil)
}

// TestLabelledSentenceHeaders: a how-to's steps, each a "Step N" label in
// a <span> over a one-line instruction set in a <header> of its own, are
// its text (labelledSentence).
func TestLabelledSentenceHeaders(t *testing.T) {
	var steps string
	for i, s := range []string{"Cut a hole in the foam for the plant.", "Insert the plant into the hole.", "Cover the foam with moss."} {
		n := string(rune('1' + i))
		steps += `<div class="step"><div class="content"><span class="head">Step ` + n + `</span>
			<header><p>` + s + `</p></header></div>
			<figure><img src="/i/step` + n + `.jpg"></figure></div>`
	}
	checkGazettePage(t, "Make a small terrarium", `<div class="intro"><p>`+para("Alpha")+`</p></div>`+steps,
		[]string{"Alpha said", "Cut a hole", "Insert the plant into the hole.", "Cover the foam with moss."}, nil)
}

// TestProseHeaderBeforeSection: an article's opening paragraph, set in a
// <header> of its own after its share buttons and before its first
// section's heading, is its text (proseBeforeSection).
func TestProseHeaderBeforeSection(t *testing.T) {
	checkGazettePage(t, "Mentors on the quay", `<div class="entry">
		<div class="share"><a href="/print">Print</a> <a href="/mail">Mail</a></div>
		<header><p>`+para("Alpha")+`</p></header>
		<h2>Why mentors matter</h2>
		<p>`+para("Bravo")+`</p><p>`+para("Charlie")+`</p></div>`,
		[]string{"Alpha said", "Why mentors matter", "Bravo said", "Charlie said"}, nil)
}

// TestSentenceHeaderBetweenLists: a worked example's line, a sentence set
// in a <header> of its own between two lists of plain items, is the
// text's (sentenceBesideParagraph, beside a textBlock).
func TestSentenceHeaderBetweenLists(t *testing.T) {
	checkGazettePage(t, "Edit distance", `<div class="entry">
		<header><p>`+para("Alpha")+`</p></header>
		<ul><li>Deletion</li><li>Insertion</li><li>Replacement</li></ul>
		<header><p>For instance, the distance between pier and peer is 2.</p></header>
		<ul><li>Step 0: pier</li><li>Step 1 (insert e): piere</li><li>Step 2 (replace i with e): peer</li></ul></div>`,
		[]string{"Alpha said", "Deletion", "For instance, the distance", "Step 2"}, nil)
}

// TestSentenceHeaderAfterWrappedCode: a sentence set in a <header> of its
// own after a code block that a documentation generator wraps in two
// <div>s is the text's: textBlock reads the wrapped <pre> (innerBlock).
func TestSentenceHeaderAfterWrappedCode(t *testing.T) {
	checkGazettePage(t, "Sharing the harbour repository", `<div class="section">
		<header><p>`+para("Alpha")+`</p></header>
		<header><p>Then edit the second configuration:</p></header>
		<div class="highlight-shell"><div class="highlight"><pre>$ hg -R bob config --edit --local</pre></div></div>
		<header><p>and add the same lines to it.</p></header></div>`,
		[]string{"Alpha said", "Then edit the second", "and add the same lines to it."}, nil)
}

// TestShortHeaderBetweenLists: a short line that is no sentence (a
// point's source in brackets), set in a <header> of its own between two
// lists of plain items, is the text's (betweenBlocks).
func TestShortHeaderBetweenLists(t *testing.T) {
	checkGazettePage(t, "What we know of the harbour's builders", `<div class="entry">
		<header><p>`+para("Alpha")+`</p></header>
		<ul><li>The builders came from the north, over the hills.</li></ul>
		<header><p><em>(Town Chronicle, volumes two and three)</em></p></header>
		<ul><li>They left after the great flood of the winter.</li></ul>
		<p>`+para("Bravo")+`</p></div>`,
		[]string{"Alpha said", "came from the north", "(Town Chronicle, volumes two and three)", "great flood", "Bravo said"}, nil)
}

// TestLoneHeaderParagraphAmongNotes: a post of a picture whose one
// paragraph is set in a <header>, beside its source's credit ("via
// example.com") or its comment count's link, is the post's text
// (loneAmongNotes); a site's tagline in a header beside its logo and
// heading is not.
func TestLoneHeaderParagraphAmongNotes(t *testing.T) {
	for _, tt := range []struct{ name, post string }{
		{"a credit", `<a href="https://shop.example/kettle"><img src="/i/kettle.jpg" width="500"></a>
			<div class="citation">via <a href="https://shop.example/">shop.example</a></div>
			<header><p>Kilo found this kettle at the market and it whistles a tune. @kilo</p></header>`},
		{"a comment count", `<div class="comments-link"><a href="#respond"><span>2</span> Comments</a></div>
			<p><img src="/i/strip.jpg" width="550"></p>
			<header><p>Once a week we show a strip from the harbour's own cartoonist. Why not see the <a href="/strips">archive</a>?</p></header>
			<div class="like"><iframe src="https://social.example/like"></iframe></div><p></p>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Harbour pictures</title></head><body>
				<div class="top"><a href="/"><img src="/logo.png"></a><h2>Gazette</h2><header><p>All the news from the coast that fits on a page.</p></header></div>
				<div class="post"><h1>Harbour pictures</h1><div class="body">` + tt.post + `</div></div>
				<footer><p>Gazette 2026</p></footer></body></html>`
			a, err := FromReader(strings.NewReader(page), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			want := "Kilo found"
			if strings.Contains(tt.post, "strip") {
				want = "Once a week"
			}
			checkText(t, a.Text, []string{want}, []string{"All the news from the coast"})
		})
	}
}

// TestProseHeaderBesideTable: paragraphs of prose each set in a <header>
// of their own before and after a table of data (a match's line-up) are
// the text's (lineBesideTable).
func TestProseHeaderBesideTable(t *testing.T) {
	rows := ""
	for _, r := range [][2]string{{"Kilo Alpha", "shortstop"}, {"Lima Bravo", "first base"}, {"Mike Charlie", "catcher"}, {"Nova Delta", "pitcher"}} {
		rows += "<tr><td>" + r[0] + "</td><td>" + r[1] + "</td></tr>"
	}
	checkGazettePage(t, "Harbour Nine at the Bay Club", `<div class="byline"><a href="/u/oscar">Oscar</a></div>
		<header><p>This may change before the first pitch, but according to the club's own page, the Harbour Nine will play their new shortstop tonight.</p></header>
		<table class="lineup"><tbody><tr><th>Player</th><th>Position</th></tr>`+rows+`</tbody></table>
		<header><p>The club must be keen to show the scouts how well their captain plays in the field, wherever they put him.</p></header>`,
		[]string{"This may change", "Kilo Alpha", "The club must be keen"}, nil)
}

// TestHeadedBylineHeader: a post's byline, set in a <header> of its own
// between the post's linked title and its body (or a share box before
// it), is the post's (headedLine), as it is set in a bare <p>; the site's
// tagline in its header is not.
func TestHeadedBylineHeader(t *testing.T) {
	for name, insert := range map[string]string{
		"":                 "",
		"past a share box": `<div class="share"><a href="/share/fb">Share</a> <a href="/share/x">Post</a></div>`,
	} {
		t.Run(name, func(t *testing.T) { checkHeadedByline(t, insert) })
	}
}

// checkHeadedByline is TestHeadedBylineHeader's page with insert between
// the byline's header and the post's body.
func checkHeadedByline(t *testing.T, insert string) {
	t.Helper()
	page := `<html><head><title>Quay lights</title></head><body>
		<header><a href="/">Gazette</a><p>News from the coast</p></header>
		<div id="main"><div id="body"><div id="content"><div class="post">
		<h2><a href="/quay-lights">New lights for the quay</a></h2>
		<header><p>Written by Kilo, May 2026</p></header>` + insert + `
		<div class="post-content"><header><p>The harbour's designer <a href="/kilo">Kilo</a> has made a film of the new lights going up.</p></header>
		<header><p>Watch the film on the quay's page – <a href="/film">here</a>.</p></header>
		<p><a href="/i/1.jpg"><img src="/i/1.jpg"></a></p></div></div></div></div></div>
		<footer><p>Gazette 2026</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"New lights for the quay", "Written by Kilo, May 2026", "has made a film"}, []string{"News from the coast", "Gazette 2026"})
}

// TestProseHeaderBesideWrappedBlocks: a text whose paragraphs are each
// set in a <header>, with a list and a table each in a <div> that only
// wraps it (a theme's "table-responsive" box), is read whole, lists and
// table in their places (wrappedListOrTable).
func TestProseHeaderBesideWrappedBlocks(t *testing.T) {
	list := `<div class="list-box"><ul><li>Kilo boats leave at nine from the north pier.</li><li>Lima boats leave at ten from the south pier.</li></ul></div>`
	table := `<div class="table-responsive"><table><tr><th>Route</th><th>Fare</th></tr><tr><td>North pier to Oscar island</td><td>4 euros</td></tr><tr><td>South pier to Papa bay</td><td>6 euros</td></tr></table></div>`
	h := func(s string) string { return "<header><p>" + para(s) + "</p></header>" }
	page := `<html><head><title>Ferry times</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
		<div class="page"><h1>Ferry times</h1><div class="entry">` + h("Alpha") + list + h("Bravo") + table + h("Charlie") + `</div></div>
		<div class="sidebar"><h3>Popular</h3><ul><li><a href="/x">Xray story</a></li><li><a href="/y">Yankee story</a></li></ul></div></body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	last := -1
	for _, w := range []string{"Alpha said", "Kilo boats", "Lima boats", "Bravo said", "North pier to Oscar", "Papa bay", "Charlie said"} {
		i := strings.Index(a.Text, w)
		if i < last {
			t.Errorf("text lacks %q after the text before it:\n%s", w, a.Text)
		}
		last = max(i, last)
	}
	checkText(t, a.Text, nil, []string{"Xray", "Home"})
}

// TestProseHeaderBetweenInserts: one of a text's paragraphs, each set in
// a <header> of its own, standing between an ad break and a social
// widget, with the text's paragraphs past them, is the text's
// (proseAcrossInserts).
func TestProseHeaderBetweenInserts(t *testing.T) {
	h := func(s string) string { return "<header><p>" + para(s) + "</p></header>" }
	checkGazettePage(t, "Harbour plan", `<div class="entry">`+h("Alpha")+h("Bravo")+
		`<div class="adbreak"><a href="/ads">Advertise</a> | <a href="/choices">Ad choices</a><div class="slot"></div></div>`+h("Charlie")+
		`<div class="inline-code"><iframe src="/likebox"></iframe><a href="/follow">Follow the Gazette</a></div>`+h("Delta")+h("Echo")+`</div>`,
		[]string{"Alpha said", "Bravo said", "Charlie said", "Delta said", "Echo said"}, nil)
}

// TestLeadHeaderBeforeBody: an article's lead set in a <header> above a
// box of related links and the body's block, whose paragraphs are each
// set in a header of their own, is the article's (proseBeforeHeaderBody).
func TestLeadHeaderBeforeBody(t *testing.T) {
	h := func(s string) string { return "<header><p>" + para(s) + "</p></header>" }
	checkGazettePage(t, "Harbour plan", `<div class="body"><header><p class="description">If you want to know where the ferries will dock next year, the harbour board has a plan for you.</p></header>
		<aside class="related"><h3>Related</h3><article><a href="/a"><img src="/i/a.jpg"></a><h5>Ferry times change</h5></article></aside>
		<div class="story-body">`+h("Alpha")+h("Bravo")+h("Charlie")+`</div></div>`,
		[]string{"where the ferries will dock", "Alpha said", "Charlie said"}, []string{"Ferry times change"})
}

// TestRunEdgeHeaderLines: a text's short first lines, each set in a
// <header> of its own like its paragraphs (a guest writer's credit, a
// question as a heading), are the text's (runEdgeLine for the first,
// betweenParagraphs for the second).
func TestRunEdgeHeaderLines(t *testing.T) {
	h := func(s string) string { return "<header><p>" + s + "</p></header>" }
	checkGazettePage(t, "Harbour plan", `<div class="body">`+h("<em>Article written by guest writer Kilo Lima</em>")+h("<strong>What is the plan?</strong>")+
		h(para("Alpha"))+h(para("Bravo"))+h("<em>Photo: the Gazette</em>")+`</div>`,
		[]string{"Article written by guest writer Kilo Lima", "What is the plan?", "Alpha said", "Bravo said", "Photo: the Gazette"}, nil)
}

// TestLineHeaderAcrossInsert: a text's short last line, set in a <header>
// of its own like its paragraphs but kept from them by a box of related
// links or a subscribe form (a "first published in" credit, a thanks),
// is the text's (lineAcrossInsert).
func TestLineHeaderAcrossInsert(t *testing.T) {
	h := func(s string) string { return "<header><p>" + s + "</p></header>" }
	checkGazettePage(t, "Harbour plan", `<div class="body">`+h(para("Alpha"))+h(para("Bravo"))+
		`<ul><li><a href="/ferries">Ferry times change</a></li><li><a href="/quay">The quay reopens</a></li></ul>`+
		h(`<em>First published in the <a href="/weekly">Harbour Weekly</a>.</em>`)+`<a href="/subscribe"><img src="/i/sub.png"></a></div>`,
		[]string{"Alpha said", "Bravo said", "First published in the Harbour Weekly."}, nil)
	checkGazettePage(t, "Harbour plan", `<div class="body">`+h(para("Alpha"))+h(para("Bravo"))+
		`<div class="subscribe"><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>`+
		h("Thanks to Kilo Lima for comments on a draft.")+`</div>`,
		[]string{"Alpha said", "Bravo said", "Thanks to Kilo Lima"}, nil)
}

// TestLineHeaderBesideTable: a table's short note, set in a <header> of
// its own like the text's paragraphs, right under a table of data under
// its heading, is the text's (lineBesideTable).
func TestLineHeaderBesideTable(t *testing.T) {
	h := func(s string) string { return "<header><p>" + s + "</p></header>" }
	checkGazettePage(t, "Regatta standings", `<div class="body">`+h(para("Alpha"))+h(para("Bravo"))+h(para("Charlie"))+h(para("Delta"))+h(para("Echo"))+
		`<h2>Standings</h2><table><tr><th>Crew</th><th>Points</th></tr><tr><td>Kilo</td><td>42</td></tr><tr><td>Lima</td><td>37</td></tr><tr><td>Mike</td><td>30</td></tr></table>`+
		h(`<strong>*</strong> See the <a href="/calendar">full calendar</a> of the season`)+h("* Only the first two race for the cup.")+`</div>`,
		[]string{"Alpha said", "Bravo said", "Kilo", "See the full calendar of the season"}, nil)
}

// TestSentenceParagraph: a paragraph reads as a sentence by its words
// (wordsUpTo: in Chinese or Japanese, written without spaces, one per two
// letters) and its final full stop, question or exclamation mark, those
// of Chinese and Japanese among them; a teaser's "…", a label or a
// tagline is none.
func TestSentenceParagraph(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"Police used a ram to force open the door.", true},
		{"Is it over?", false}, // three words
		{"Read the whole story…", false},
		{"　一日中雨が降っていたので畑には出ず、種の缶を整理した。", true},
		{"「明日は晴れるだろうか？」", true},
		{"雨だった。", false}, // two "words"
		{"　続きは…", false},
		{"菜園日記 雨の一日", false},
	} {
		doc, err := html.Parse(strings.NewReader("<p>" + c.p + "</p>"))
		if err != nil {
			t.Fatal(err)
		}
		var p *html.Node
		for d := range descendants(doc) {
			if d.DataAtom == atom.P {
				p = d
				break
			}
		}
		if got := sentenceParagraph(p); got != c.want {
			t.Errorf("sentenceParagraph(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}

package extract

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestAsideHeadline: a template that wraps the post, headline and all, in
// an <aside>: a short post of a few lines without paragraphs of prose is
// still the page's text, not the sidebar's box beside it.
func TestAsideHeadline(t *testing.T) {
	doc := `<html><head><title>A fox in the garden</title></head><body>
<div class="wrap"><aside class="post"><h1>A fox in the garden</h1><div class="entry">Look who came to visit this morning, sitting by the pond as if it owned the place. It stayed ten minutes, then trotted off over the wall.</div></aside>
<div class="widget"><h2>Welcome</h2><p>This is a small blog about our garden, the birds and beasts that visit it, and the vegetables we grow, or try to grow, in the clay soil of the valley.</p></div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "sitting by the pond") {
		t.Errorf("text lacks the post:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "clay soil") {
		t.Errorf("text holds the sidebar's box:\n%s", a.Text)
	}
}

// TestWrapperAside: an <aside> left open at the top of the page takes the
// whole page in: it is no sidebar, and the page is read as one, not by the
// fallback, which keeps the sidebar's box.
func TestWrapperAside(t *testing.T) {
	doc := `<html><head><title>Notes from the allotment</title></head><body><aside>
<div class="main"><div class="post"><h2>Sunday</h2><div class="entry">Look who came to visit this morning, sitting by the pond as if it owned the place. It stayed ten minutes, then trotted off over the wall.</div></div></div>
<div class="col"><div class="box"><h2>Welcome</h2><p>This is a small blog about our garden and the vegetables we grow, or try to grow, in the clay soil of the valley.</p></div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "sitting by the pond") {
		t.Errorf("text lacks the post:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "clay soil") || a.Extraction == newsner.ExtractionFallback {
		t.Errorf("text read by the fallback, or holding the sidebar's box:\n%s", a.Text)
	}
}

// TestOpenHeader: a page header left open takes the whole page in: it is
// no page chrome, and the page is read as one, not by the fallback.
func TestOpenHeader(t *testing.T) {
	doc := `<html><head><title>Notes from the allotment</title></head><body><header><div class="logo"><a href="/">Notes from the allotment</a></div>
<div class="main"><div class="post"><h2>Sunday</h2><div class="entry">Look who came to visit this morning, sitting by the pond as if it owned the place. It stayed ten minutes, then trotted off over the wall.</div></div>
<div class="post"><h2>Saturday</h2><div class="entry">The first broad beans are up, two weeks later than last year, and the slugs have found them already. Time for the beer traps again.</div></div>
<div class="post"><h2>Friday</h2><div class="entry">Rain all day, so no digging; instead we sorted the seed tin and found three packets of leeks from before the war, or so it seemed.</div></div></div>
<div class="col"><div class="box"><h2>Welcome</h2><p>This is a small blog about our garden and the vegetables we grow, or try to grow, in the clay soil of the valley.</p></div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "sitting by the pond") {
		t.Errorf("text lacks the post:\n%s", a.Text)
	}
	if a.Extraction == newsner.ExtractionFallback {
		t.Errorf("text is the fallback's:\n%s", a.Text)
	}
}

// TestHeadlineInsideComments: a post whose class names it commented
// ("post commented"), as a plain <div>, holds the headline and the story
// with its readers' thread after it: it is the post, not the thread.
func TestHeadlineInsideComments(t *testing.T) {
	doc := `<html><head><title>Why the tomatoes split this summer</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/garden">Garden</a></div>
<div class="wrap"><div class="post commented"><h1>Why the tomatoes split this summer</h1>
<div class="entry"><p>After weeks of dry weather the first heavy rain made the fruit swell faster than the skins could stretch, and the cracks opened overnight.</p>
<p>Watering little and often through a dry spell keeps the skins supple, so a sudden downpour does far less harm to the ripening trusses.</p>
<p>Split fruit is still good to eat if picked the same day, though it will not keep and draws wasps if left on the vine.</p></div>
<div class="replies"><div class="reply"><p>Ours did the same, thanks for explaining.</p></div></div></div></div>
<div class="foot">Garden notes 2026</div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "skins could stretch") || !strings.Contains(a.Text, "draws wasps") {
		t.Errorf("text lacks the post:\n%s", a.Text)
	}
	if a.Extraction == newsner.ExtractionFallback || strings.Contains(a.Text, "Garden notes 2026") {
		t.Errorf("the post read by the fallback (extraction %q), page chrome and all:\n%s", a.Extraction, a.Text)
	}
}

// TestLoneProseAside: a short post whose one paragraph a template sets in
// an <aside>, beside its share buttons and under a title outside it, is
// the page's text; the sidebar's box, with a heading, is not.
func TestLoneProseAside(t *testing.T) {
	doc := `<html><head><title>Rain again | Allotment notes</title></head><body>
<div class="page"><div class="main"><h3 class="title">Rain again</h3>
<div class="body"><aside><p>Rain all day, so no digging; instead we sorted the seed tin and found three packets of leeks from before the war.</p></aside>
<div class="share"><a href="/t">Tweet</a> <a href="/f">Share</a></div></div></div>
<div class="col"><div class="box"><h2>Welcome</h2><p>This is a small blog about our garden and the vegetables we grow, or try to grow, in the clay soil of the valley.</p></div></div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "sorted the seed tin") {
		t.Errorf("text lacks the post:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "clay soil") {
		t.Errorf("text holds the sidebar's box:\n%s", a.Text)
	}
}

// TestLoneProseAsideJapanese: a short post in Japanese, its one paragraph
// of prose set in an <aside> with a teaser line after it ("…", no
// sentence), is kept as loneProseAside keeps one in English: the
// paragraph is a sentence though it is one "word" between spaces and ends
// in "。" (sentenceParagraph counts words as wordsUpTo does).
func TestLoneProseAsideJapanese(t *testing.T) {
	doc := `<html><head><title>雨の一日 | 菜園日記</title></head><body>
<div class="page"><div class="main"><h3 class="title">雨の一日</h3>
<div class="body"><aside><p>　一日中雨が降っていたので畑には出ず、代わりに種の缶を整理したところ、ずっと前に買ったネギの種が三袋も出てきた。来週は晴れるというので、苗床を作って蒔いてみるつもりだ。</p></aside><p>　続きは…</p>
<div class="share"><a href="/t">ツイート</a> <a href="/f">シェア</a></div></div></div>
<div class="col"><div class="box"><h2>ようこそ</h2><p>谷の粘土質の土で育てている、あるいは育てようとしている野菜についての小さなブログです。</p></div></div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "種の缶を整理した") {
		t.Errorf("text lacks the post:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "粘土質") {
		t.Errorf("text holds the sidebar's box:\n%s", a.Text)
	}
}

// TestLoneProseAsideBesideLink: a short post's one paragraph of prose set
// in an <aside>, a linked "Click here for the recipe." line after it, is
// kept: a line that is all a link ends in a full stop but is a pointer to
// another page, no paragraph of prose beside the aside (sentencesOf).
func TestLoneProseAsideBesideLink(t *testing.T) {
	doc := `<html><head><title>Today's supper: baked leeks | Allotment notes</title></head><body>
<div class="page"><div class="main"><h2>Today's supper: baked leeks</h2>
<div class="entry"><p><img src="/leeks.jpg" width="450" height="280" alt=""></p>
<aside><p>Leeks from the bed by the shed, baked slowly in butter with thyme and a little stock until they fall apart, make a supper that needs nothing but bread.</p></aside>
<p><a href="/recipes/baked-leeks">Click here for the recipe.</a></p>
<p class="meta">Tags: <a href="/tag/leeks">leeks</a>, <a href="/tag/supper">supper</a></p></div></div>
<div class="col"><div class="box"><h2>Welcome</h2><p>This is a small blog about our garden and the vegetables we grow, or try to grow, in the clay soil of the valley.</p></div></div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "baked slowly in butter") {
		t.Errorf("text lacks the post:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "clay soil") {
		t.Errorf("text holds the sidebar's box:\n%s", a.Text)
	}
}

// openHeaderPage is a page whose header, named and marked as the site's
// banner by attrs, is left open and takes the post in, with pad (white
// space) before its first word, a promotion in the post and the sidebar's
// box after it.
func openHeaderPage(attrs, pad string) string {
	return `<html><head><title>Rain again</title></head><body><header ` + attrs + `>` + pad + `<div class="logo"><a href="/">Allotment notes</a></div>
<div class="main"><div class="post"><h1>Rain again</h1>
<p>Rain all day, so no digging; instead we sorted the seed tin and found three packets of leeks from before the war, or so it seemed from the prices.</p>
<p>The broad beans are up at last, two weeks later than last year, and the slugs have found them already, so the beer traps went out again at dusk.</p>
<p>Next week, if it ever dries out, the potatoes go in: the earlies in the long bed by the shed, the second earlies along the fence where the peas were.</p>
<p>The compost heap, left alone since the autumn, turned out to be nearly ready, dark and crumbly at the bottom and still full of cabbage stalks at the top.</p>
<p>We spread the good half on the onion bed and forked the rest back in with a bucket of grass cuttings from the neighbours, who seem glad to be rid of them.</p>
</div></div><div class="community"><div><p>Our seed swap is on every first Saturday at the village hall, where you can bring what you saved and take home what you need, from beans to beetroot.</p>
<p>Last month forty gardeners came, with tins and envelopes and jam jars of seed, and nobody went home with less than they brought, or with any idea of what half of it was.</p>
<p>Bring labels if you can: a packet marked only "red ones, good" was the talk of the afternoon, and nobody yet knows whether it holds tomatoes, runner beans or sweet peas.</p>
<p>Tea and cake are served from two o'clock, and the hall's own allotment society will be there with advice on heavy ground, late frosts and the slugs that love them both.</p></div></div>
<div class="col"><div class="box"><h2>Welcome</h2><p>This is a small blog about our garden and the vegetables we grow, or try to grow, in the clay soil of the valley.</p></div></div>
</body></html>`
}

// TestOpenHeaderNamed: a header left open holds the page whatever its
// role and names say of its first lines (a banner, a masthead): the page
// is read as one, not by the fallback.
func TestOpenHeaderNamed(t *testing.T) {
	for _, attrs := range []string{`role="banner"`, `id="masthead"`, `id="masthead" role="banner"`} {
		a, err := FromReader(strings.NewReader(openHeaderPage(attrs, "\n")), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "sorted the seed tin") || !strings.Contains(a.Text, "potatoes go in") {
			t.Errorf("%s: text lacks the post:\n%s", attrs, a.Text)
		}
		if strings.Contains(a.Text, "clay soil") || a.Extraction == newsner.ExtractionFallback {
			t.Errorf("%s: text read by the fallback, or holding the sidebar's box:\n%s", attrs, a.Text)
		}
		if strings.Contains(a.Text, "seed swap") {
			t.Errorf("%s: text holds the promotion (read with the page's chrome):\n%s", attrs, a.Text)
		}
	}
}

// TestWrapperTextLen: a header left open behind pages of indentation is
// measured by its words, not its bytes: the page is read as one, not by
// the fallback.
func TestWrapperTextLen(t *testing.T) {
	a, err := FromReader(strings.NewReader(openHeaderPage(`role="banner"`, strings.Repeat("\n                ", 400))), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "sorted the seed tin") {
		t.Errorf("text lacks the post:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "clay soil") || a.Extraction == newsner.ExtractionFallback {
		t.Errorf("text read by the fallback, or holding the sidebar's box:\n%s", a.Text)
	}
}

// TestAsideAfterHeadline: a blog post whose block holds only its headline
// and byline, its body in an <aside> set right after it, with the comment
// box after that: the body is the text, not the header alone.
func TestAsideAfterHeadline(t *testing.T) {
	doc := `<html><head><title>The old mill reopens its doors</title></head><body>
<div class="top"><a href="/">Valley Notes</a></div>
<div id="blog"><div class="post"><h1>The old mill reopens its doors</h1><p class="meta">By Ann Example on Monday in <a href="/c/local">Local</a></p></div>
<aside><div class="entry"><p>After six years behind scaffolding, the mill by the river opened again on Saturday, its wheel turning for the first time since the flood.</p>
<p>Volunteers rebuilt the sluice by hand over two winters, using oak from a storm-felled tree in the churchyard and old photographs as their plans.</p>
<p>The ground floor now holds a small café and a room for the school's visits; flour from the stones goes on sale next month at the Saturday market.</p></div></aside>
<div class="comments"><h2>What do you think?</h2><div id="thread"></div></div></div>
<div class="sidebar"><h2>Latest</h2><ul><li><a href="/a">Bridge works start</a></li><li><a href="/b">Fair dates set</a></li></ul></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "storm-felled tree") || a.Extraction == newsner.ExtractionFallback {
		t.Errorf("text lacks the post's body, or is the fallback's:\n%s", a.Text)
	}
}

// TestWrapperAsideLast: the post's body in an <aside> after its header
// and a share line, the last block of the column to hold text: a wrapper
// around the body (wrapperAside), not a sidebar, and its text is the
// page's, not the post's header alone.
func TestWrapperAsideLast(t *testing.T) {
	doc := `<html><head><title>The old mill reopens its doors</title></head><body>
<div class="top"><a href="/">Valley Notes</a></div>
<div id="blog"><div class="post"><h1>The old mill reopens its doors</h1><p class="meta">By Ann Example on Monday in <a href="/c/local">Local</a></p></div>
<div class="share">Share this story with a friend: <a href="/mail">by mail</a></div>
<aside><div class="entry"><p>After six years behind scaffolding, the mill by the river opened again on Saturday, its wheel turning for the first time since the flood.</p>
<p>Volunteers rebuilt the sluice by hand over two winters, using oak from a storm-felled tree in the churchyard and old photographs as their plans.</p>
<p>The ground floor now holds a small café and a room for the school's visits; flour from the stones goes on sale next month at the Saturday market.</p></div></aside>
</div>
<div class="sidebar"><h2>Latest</h2><ul><li><a href="/a">Bridge works start</a></li><li><a href="/b">Fair dates set</a></li></ul></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "storm-felled tree") || a.Extraction == newsner.ExtractionFallback {
		t.Errorf("text lacks the post's body, or is the fallback's:\n%s", a.Text)
	}
}

// TestOpenHeaderPost: a page header left open takes the post in, its
// header and its body: the body chosen inside it is the text, not page
// chrome replaced by the post's header alone.
func TestOpenHeaderPost(t *testing.T) {
	doc := `<html><head><title>The old mill reopens its doors</title></head><body>
<header><div class="logo"><a href="/">Valley Notes</a> News from the valley and the hills around it, since 1998, by the people who live here.</div>
<div id="blog"><div class="post"><h1>The old mill reopens its doors</h1><p class="meta">By Ann Example on Monday in <a href="/c/local">Local</a></p></div>
<div class="entry"><p>After six years behind scaffolding, the mill by the river opened again on Saturday, its wheel turning for the first time since the flood.</p>
<p>Volunteers rebuilt the sluice by hand over two winters, using oak from a storm-felled tree in the churchyard and old photographs as their plans.</p>
<p>The ground floor now holds a small café and a room for the school's visits; flour from the stones goes on sale next month at the Saturday market.</p></div>
</div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "storm-felled tree") || a.Extraction == newsner.ExtractionFallback {
		t.Errorf("text lacks the post's body, or is the fallback's:\n%s", a.Text)
	}
}

// TestParagraphAside: a short post's one paragraph, a sentence with a
// link for a fifth of its text or more, set in an <aside> under the post's
// picture: the wrapper is judged as the paragraph, not as a container of
// links, and the post is the text, not the author's box after it.
func TestParagraphAside(t *testing.T) {
	doc := `<html><head><title>Weekly strip 12: the missed deadline</title></head><body>
<div id="page"><div class="post"><h1>Weekly strip 12: the missed deadline</h1>
<div class="meta"><a href="/a/jo">Jo Example</a> | <span>March 3rd</span></div>
<div class="inner"><div class="count"><a href="#c">2 Comments</a></div>
<p><img src="/strip12.png" alt="Weekly strip 12"></p>
<aside><p>Every week we post a new strip about working for yourself by our resident cartoonist. Why not <a href="/strips">browse the whole strip archive</a>?</p></aside>
<p></p></div></div>
<div class="about"><ul><li>Jo Example</li><li><a href="/jo">Website</a></li></ul>
<p><em>Jo Example draws every day. When not drawing strips, Jo paints seascapes in a small studio by the harbour and teaches a class on Tuesdays.</em></p></div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Every week we post") {
		t.Errorf("text lacks the post's paragraph:\n%s", a.Text)
	}
}

// TestLoneLineAside: a short post's one paragraph, leading with a colon
// into a list set in plain <div>s, wrapped in an <aside>: it is the post's
// text, though no sentence by its end.
func TestLoneLineAside(t *testing.T) {
	doc := `<html><head><title>Now on more readers and phones</title></head><body>
<div class="bar"><h1><a href="/"><img src="/logo.png"></a></h1></div>
<div id="wrapper"><div id="home"><div id="post"><h2>Now on more readers and phones</h2>
<div class="date"><span>By Sam Example, 08 June 2021</span></div>
<aside><p>As we said in the <a href="/last">last note</a>, the new edition is ready, and thanks to our partners you can now read every issue on the following devices:</p></aside>
<div>• Paper Reader One</div>
<div>• Pocket Phone S</div>
<div>• Slate Tablet</div>
<div>• Desk Reader Pro</div>
</div></div>
<div class="sidebar"><div class="widget"><a class="button" href="/feed">Feed</a></div>
<div class="widget"><h3>About us</h3><p>We are a small print magazine made from the best writing of the month, read in forty countries.</p></div></div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "the new edition is ready") {
		t.Errorf("text lacks the post's paragraph:\n%s", a.Text)
	}
}

// TestLoneBlockAside: a template that sets the post's body, a block of
// paragraphs, alone in an <aside> under the post's headline and byline
// (healthcare-economist.com, adwords.blogspot.com and freshome.com pages
// of dragnet2013 under eval's aside rewrite): the wrapper is scored as the
// block it holds, so the post's block, byline and all, wins as it does
// without the wrapper, not the body alone.
func TestLoneBlockAside(t *testing.T) {
	para := `<p>The council met on Tuesday evening to weigh the plan, which would close the old library, move its books to the school, and sell the building to a developer, who has promised flats.</p>`
	for _, wrap := range []string{"aside", ""} {
		open, end := "", ""
		if wrap != "" {
			open, end = "<"+wrap+">", "</"+wrap+">"
		}
		doc := `<html><head><title>Council weighs library plan | Town News</title></head><body>
<div id="content"><div id="post-6930" class="post-6930 post hentry"><h2>Council weighs library plan</h2><div><span>Written by Jane Roe</span> <span>- Nov 01 12</span></div>
` + open + `<div class="entry">` + strings.Repeat(para, 6) + `</div>` + end + `</div>
<div id="sidebar"><h3>Archives</h3><ul><li><a href="/1">October 2012</a></li><li><a href="/2">September 2012</a></li></ul></div></div>
</body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "Jane Roe") {
			t.Errorf("wrapper %q: text lacks the post's byline:\n%s", wrap, a.Text)
		}
		if !strings.Contains(a.Text, "promised flats") || strings.Contains(a.Text, "October 2012") {
			t.Errorf("wrapper %q: text lacks the body or holds the sidebar:\n%s", wrap, a.Text)
		}
	}
}

// TestShortAsideAfterHeadline: a picture post whose only line under its
// headline, the byline, is set in an <aside> right after the headline
// (dragnet2013's paulocoelhoblog.com page under eval's aside rewrite):
// the aside is the post's, read as the post's lines are, not dropped as
// a sidebar, which left the page's calendar and link boxes to be read as
// its text.
func TestShortAsideAfterHeadline(t *testing.T) {
	doc := `<html><head><title>Letters from readers | Ann's Blog</title></head><body>
<div id="content_box"><div id="content"><div class="post"><div class="headline_area"><h1>Letters from readers</h1>
<aside><p class="headline_meta">by <span class="author">Ann Example</span> on <abbr title="2012-07-21">July 21, 2012</abbr></p></aside></div>
<div class="entry-content"><img src="/letters.jpg" width="520" height="190" alt=""><p></p></div></div>
<div class="post_nav"><p>Previous post: <a href="/nook">A new reader</a></p></div></div>
<div id="sidebars"><div class="sidebar"><ul class="sidebar_list">
<li class="widget"><h3>Translate This Blog</h3><div class="textwidget"><p>Pick a language for the posts, and the page shows them in it, more or less.</p></div></li>
<li class="widget"><h3>Social Communities</h3><div class="textwidget"><p>Get smart with the <a href="/thesis">Thesis WordPress Theme</a> from DIYthemes.</p></div></li>
<li class="widget"><h3>Calendar</h3><table><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr></table></li></ul></div></div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "by Ann Example") {
		t.Errorf("text lacks the post's byline:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "Pick a language") || strings.Contains(a.Text, "Calendar") {
		t.Errorf("text holds the sidebar:\n%s", a.Text)
	}
}

// TestSectionH1BesideTitleH1: a post whose section heads are <h1>s (a
// forum's Markdown "# ..."), one of them sharing a word with the title
// ("Seed trays" under "Seed swap ideas?"), keeps them where the page's
// headline <h1> is the title itself (titleH1); before, each such head
// went as the headline reworded. Without an <h1> that is the title, an
// <h1> sharing most of its words with it is still the headline reworded
// and goes.
func TestSectionH1BesideTitleH1(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " We sorted them by season and by how much light they need, and wrote the sowing dates on the back of each packet so nobody has to guess.</p>\n"
	}
	post := para("Here is what our group swapped last spring, with a line on each.") +
		`<h1><a name="p-1-seed-trays" class="anchor" href="#p-1-seed-trays"></a>Seed trays</h1>` + "\n" + para("Trays of forty cells work best for tomatoes and peppers.") + para("Trays of twelve suit squash.") +
		`<h1><a name="p-1-labels" class="anchor" href="#p-1-labels"></a>Labels</h1>` + "\n" + para("Wooden labels last a season; slate lasts for years.") + para("Pencil outlasts marker on wood.")
	page := func(headline string) string {
		return `<html><head><title>Seed swap ideas? - Growers' Board</title></head><body><div><a href="/">Growers' Board</a> <a href="/login">Log in</a></div>
		<div id="main-outlet" class="wrap">` + headline + `<div class="topic-body crawler-post" id="post_1"><div class="post">` + post + `</div></div></div></body></html>`
	}
	a, err := FromReader(strings.NewReader(page(`<h1><a href="/t/seed-swap-ideas/1">Seed swap ideas?</a></h1>`)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Seed trays", "Labels", "Trays of forty cells"}, []string{"Seed swap ideas"})
	t.Run("reworded headline", func(t *testing.T) {
		a, err := FromReader(strings.NewReader(page(`<h1>Seed swap ideas for spring</h1>`)), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Labels", "Trays of forty cells"}, []string{"Seed swap ideas for spring"})
	})
}

package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsner/newsner"
)

// para is a paragraph of plausible article text (with commas, as scoring
// likes) that tests can tell apart by its label.
func para(label string) string {
	return label + " said on Tuesday that the council, after a long debate, had agreed to the plan, which will cost more than expected and take two years."
}

// checkText reports each of want that text lacks and each of wantNot it
// holds.
func checkText(t *testing.T, text string, want, wantNot []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q:\n%s", w, text)
		}
	}
	for _, w := range wantNot {
		if strings.Contains(text, w) {
			t.Errorf("text has %q:\n%s", w, text)
		}
	}
}

func TestMainText(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want      []string // substrings the text must hold
		wantNot   []string // and must not
		wantExact string   // the whole text, where given
		once      []string // substrings the text must hold exactly once
	}{
		{
			name: "sections split by an ad",
			body: `<div class="story"><section class="part"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p></section>
				<div class="ad-slot"><a href="/ad">Buy now</a></div>
				<section class="part"><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></section></div>`,
			want:    []string{"Alpha", "Bravo", "Charlie", "Delta"},
			wantNot: []string{"Buy now"},
		},
		{
			name: "comments are not the article",
			body: `<article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p></article>
				<div id="comments"><div class="comment"><p>` + para("Reader one") + `</p></div><div class="comment"><p>` + para("Reader two") + `</p></div>
				<div class="comment"><p>` + para("Reader three") + `</p></div></div>`,
			want:    []string{"Alpha", "Bravo"},
			wantNot: []string{"Reader"},
		},
		{
			name: "teaser list inside the article",
			body: `<article><p>` + para("Alpha") + `</p><ul><li><a href="/1">Five things to know about the council budget</a></li>
				<li><a href="/2">Opinion: why the plan is a mistake for the city</a></li><li><a href="/3">Photos: the debate in pictures</a></li></ul>
				<p>` + para("Bravo") + `</p></article>`,
			want:    []string{"Alpha", "Bravo"},
			wantNot: []string{"Five things", "Photos:"},
		},
		{
			name: "list of facts stays, one item a paragraph",
			body: `<article><p>` + para("Alpha") + `</p><ul><li>Cost: 14 million</li><li>Length: two years</li></ul><p>` + para("Bravo") + `</p></article>`,
			want: []string{"\n\nCost: 14 million\n\nLength: two years\n\n"},
		},
		{
			name: "embedded tweet stays",
			body: `<article><p>` + para("Alpha") + `</p><div class="social-embed"><blockquote class="twitter-tweet"><p>We will fix the bridge.</p>— Mayor (@mayor) <a href="https://twitter.com/x">May 1, 2024</a></blockquote></div><p>` + para("Bravo") + `</p></article>`,
			want: []string{"We will fix the bridge."},
		},
		{
			// A paragraph in italics after a picture is not taken for its
			// caption by its look alone (that rule fitted one news page
			// and no other dev page); a <figcaption> still goes.
			name: "an italic paragraph under a picture stays",
			body: `<article><p>` + para("Alpha") + `</p><img src="a.jpg"><p><em>The bridge at dusk, when the council met.</em></p><p>` + para("Bravo") + `</p>` +
				`<figure><img src="b.jpg"><figcaption>The harbour at dawn. Photo by Jane Doe</figcaption></figure></article>`,
			want:    []string{"The bridge at dusk", "Alpha", "Bravo"},
			wantNot: []string{"The harbour at dawn"},
		},
		{
			// textFigureCaption: a figure of text (a quote, a listing)
			// keeps its caption; a picture's, loaded or not, goes.
			name: "the caption of a quote or a listing stays, a picture's goes",
			body: `<article><p>` + para("Alpha") + `</p><figure class="testimonial"><blockquote><p>The new bridge saves me an hour a day, every day of the week.</p></blockquote>` +
				`<figcaption>Ruth Kowalski, commuter</figcaption></figure><p>` + para("Bravo") + `</p>` +
				`<figure><pre><code>total := fare * trips</code></pre><figcaption>Listing 2: the yearly fare of a commuter</figcaption></figure>` +
				`<figure><div class="lazy" data-src="/c.jpg"></div><figcaption>The old ferry at its last crossing.</figcaption></figure>` +
				`<figure class="media-player"><div class="placeholder">Playback is not supported here</div><figcaption>The mayor opens the bridge</figcaption></figure>` +
				`<p>` + para("Charlie") + `</p></article>`,
			want:    []string{"Ruth Kowalski, commuter", "Listing 2: the yearly fare", "Alpha", "Bravo", "Charlie"},
			wantNot: []string{"The old ferry", "The mayor opens"},
		},
		{
			name: "a short post beside its picture stays",
			body: `<div class="post"><div class="post-body"><div><img src="a.jpg">We walked up to the lake at dawn, and the water was still, grey and cold.</div>` +
				`<div>By noon, the wind had turned, and we went back down to the village for lunch.</div></div></div>`,
			want: []string{"We walked up to the lake at dawn", "By noon"},
		},
		{
			name: "the schema.org description above the text goes",
			body: `<div class="story"><div class="lead" itemprop="description"><p>` + para("Summary") + `</p></div>` +
				`<div class="text"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div></div>`,
			want:    []string{"Alpha", "Charlie"},
			wantNot: []string{"Summary"},
		},
		{
			name:    "hidden text goes",
			body:    `<article><p>` + para("Alpha") + `</p><p style="display: none">Secret tracking text</p><p hidden>More hidden</p><p>` + para("Bravo") + `</p></article>`,
			wantNot: []string{"Secret", "More hidden"},
		},
		{
			name: "table row reads as a line",
			body: `<article><p>` + para("Alpha") + `</p><table><tr><th>Team</th><th>Points</th></tr><tr><td>Rovers</td><td>42</td></tr></table><p>` + para("Bravo") + `</p></article>`,
			want: []string{"\n\nTeam Points\n\nRovers 42\n\n"},
		},
		{
			name: "line breaks split paragraphs",
			body: `<div class="post-body">` + para("Alpha") + `<br><br>` + para("Bravo") + `<br>` + para("Charlie") + `</div>`,
			want: []string{para("Alpha") + "\n\n" + para("Bravo") + "\n\n" + para("Charlie")},
		},
		{
			name: "custom elements are blocks",
			body: `<story-body><story-para>` + para("Alpha") + `</story-para><story-para>` + para("Bravo") + `</story-para></story-body>`,
			want: []string{para("Alpha") + "\n\n" + para("Bravo")},
		},
		{
			name: "a list of points with links in them stays",
			body: `<article><p>` + para("Alpha") + `</p><ul><li>Neil has patches up to <a href="/1">improve the behaviour of the tab unloader</a>, and <a href="/2">show UI when subframes crash</a></li>
				<li>Gijs <a href="/3">made the toolbar initialization occur later in the startup window</a> to speed it up</li></ul><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></article>`,
			want: []string{"Neil has patches up to improve", "Gijs made the toolbar"},
		},
		{
			name: "a lone link in a list is judged as a lone link",
			body: `<article><p>` + para("Alpha") + `</p><ul><li><a href="/deal">Get it on Amazon for $39.99</a></li></ul><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>
				<ul><li><a href="/more">Five things to know about the council budget</a></li><li><a href="/op">Opinion: why the plan is a mistake</a></li></ul></article>`,
			want:    []string{"Get it on Amazon for $39.99"},
			wantNot: []string{"Five things", "Opinion:"},
		},
		{
			name: "a code listing with a copy button stays",
			body: `<article><p>` + para("Alpha") + `</p><div class="code-container"><button>Copy</button><pre><code>while True:
    do_work(get_next_work())</code></pre></div><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>
				<div class="plans"><h2>Monthly</h2><p>$7 a month</p><button>Subscribe</button></div></article>`,
			want:    []string{"do_work(get_next_work())"},
			wantNot: []string{"$7 a month"},
		},
		{
			name: "microdata written out for machines is not text",
			body: `<main><article class="post-entry"><div class="entry-content"><p>` + para("Alpha") + ` See <a itemprop="url" href="/council">the council's page</a>.</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div>
				<footer class="entry-footer"><div class="av-share-box"><h5>Share this entry</h5></div></footer><div class="post_author_timeline"></div>
				<span class="av-structured-data" itemprop="image" itemscope><span itemprop="url">https://example.com/photo.jpeg</span><span itemprop="height">1200</span></span>
				<span class="av-structured-data" itemprop="author" itemscope><span itemprop="name">jdadmin</span></span>
				<span itemprop="dateModified">2018-10-12 06:53:49</span><span itemprop="image" itemscope><span itemprop="url">https://example.com/logo.png</span></span></article></main>`,
			want:    []string{"Alpha", "Charlie", "the council's page"},
			wantNot: []string{"jdadmin", "photo.jpeg", "1200", "06:53", "logo.png"},
		},
		{
			name:    "class hidden is not text",
			body:    `<article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><span class="meta hidden">Posted by jdadmin on 12 October</span></article>`,
			want:    []string{"Alpha", "Charlie"},
			wantNot: []string{"jdadmin"},
		},
		{
			name: "a recipe keeps its intro, ingredients and steps in reading order",
			body: `<div class="entry-content"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
				<div class="recipe-card"><h2>Lemon cake</h2><h3>Ingredients</h3><ul class="ingredients"><li>200 g flour</li><li>2 eggs</li><li>1 lemon</li></ul>
				<h3>Instructions</h3><ol><li>Heat the oven to 180 degrees and butter a loaf tin.</li><li>Beat the eggs with the sugar until pale, then fold in the flour.</li></ol></div></div>
				<div class="sidebar"><ul><li><a href="/a">Archive</a></li><li><a href="/b">About</a></li></ul></div>`,
			want:    []string{"Bravo said on Tuesday that the council, after a long debate, had agreed to the plan, which will cost more than expected and take two years.\n\nLemon cake\n\nIngredients\n\n200 g flour\n\n2 eggs\n\n1 lemon\n\nInstructions\n\nHeat the oven"},
			wantNot: []string{"Archive"},
		},
		{
			name: "a recipe's rating, call to action and two readers' reviews go",
			body: `<article class="post"><div class="entry-content"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
				<div class="wprm-recipe-container"><h2>Lemon cake</h2><div class="wprm-recipe-rating">Rated 4.8 out of 5 from 23 votes</div><h3>Ingredients</h3>
				<ul class="ingredients"><li>200 g flour</li><li>2 eggs</li><li>1 lemon</li></ul><h3>Instructions</h3><ol><li>Heat the oven to 180 degrees and butter a loaf tin.</li>
				<li>Beat the eggs with the sugar until pale, then fold in the flour.</li></ol><div class="wprm-call-to-action">Did you make this recipe? Tag @lemonblog on Instagram</div>
				<p>Did you make this recipe? Leave a comment below.</p></div></div>
				<div id="reviews" class="recipe-reviews"><h3>Reviews</h3><div class="review"><p>` + para("Reader one") + `</p></div><div class="review"><p>` + para("Reader two") + `</p></div></div></article>`,
			want:    []string{"Charlie", "200 g flour", "Beat the eggs"},
			wantNot: []string{"Rated 4.8", "Did you make", "Reader"},
		},
		{
			name: "a fact box table stays, a row a line, where it stands",
			body: `<article><p>` + para("Alpha") + `</p><table class="facts"><tr><th>Population</th><td>12,000</td></tr><tr><th>Area</th><td>31 km²</td></tr></table><p>` + para("Bravo") + `</p></article>`,
			want: []string{"two years.\n\nPopulation 12,000\n\nArea 31 km²\n\nBravo said"},
		},
		{
			name: "a manual in sections: all of them, not the longest",
			body: `<div id="main">` + func() string {
				var b strings.Builder
				// One long section and fourteen short ones: no other
				// section scores near the long one.
				for i := range 15 {
					sect := fmt.Sprintf("Section %c", 'A'+i)
					b.WriteString(`<div class="sect"><h2>` + sect + `</h2><div class="sectionbody"><p>` + para(sect+" one") + `</p>`)
					if i == 1 {
						b.WriteString(`<p>` + para(sect+" two") + `</p><p>` + para(sect+" three") + `</p><p>` + para(sect+" four") + `</p>`)
					}
					b.WriteString(`</div></div>`)
				}
				return b.String()
			}() + `</div><div class="nav"><a href="/a">Archive</a></div>`,
			want:    []string{"Section A one", "Section B four", "Section O one"},
			wantNot: []string{"Archive"},
		},
		{
			name: "text in lines separated by <br>, no <p>",
			body: `<div class="sidebar"><p><a href="/a">Archive</a></p><p><a href="/b">About</a></p></div><div class="main"><div class="post">` +
				para("Alpha") + `<br><br>` + para("Bravo") + `<br><br>` + para("Charlie") + `<br><br>` + para("Delta") + `</div></div>`,
			want:    []string{"Alpha", "Bravo", "Charlie", "Delta"},
			wantNot: []string{"Archive"},
		},
		{
			// A service page: an intro, then sections of feature cards
			// (a heading and a line or two each), no link lists. The
			// intro scores best, but the page's text is all of it.
			name: "text spread over a landing page's sections",
			body: `<header><nav><a href="/">Home</a> <a href="/services">Services</a></nav></header><main>
				<div class="hero"><h1>Data services</h1><p>` + para("Intro one") + `</p><p>` + para("Intro two") + `</p><p>` + para("Intro three") + `</p></div>` +
				landingSection("Strategy") + landingSection("Platforms") + landingSection("Reporting") + landingSection("Support") +
				`</main><footer><a href="/privacy">Privacy</a></footer>`,
			want:    []string{"Intro one", "Intro two", "Strategy card 1", "Platforms card 2", "Reporting card 3", "Support card 1"},
			wantNot: []string{"Privacy"},
		},
		{
			// A heading's class naming it a header (a recipe card's
			// "recipe-header", a "section-header") is no page header.
			name: "headings whose class says header",
			body: `<header class="site-header"><nav><a href="/">Home</a></nav><p>Recipes for every day</p></header><article>` +
				`<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><h3 class="wprm-recipe-header">Ingredients</h3><ul><li>2 cups of flour</li><li>1 tsp of salt</li></ul>` +
				`<h2 class="section-header">How to bake it</h2><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></article>`,
			want:    []string{"Ingredients", "How to bake it", "Alpha", "Delta", "2 cups of flour"},
			wantNot: []string{"Recipes for every day"},
		},
		{
			// A landing page's hero in a block whose class says
			// "header", holding paragraphs: the page's lead, read as the
			// <header> holding paragraphs is; the page's own header (a
			// line and links) still goes.
			name: "a landing page's hero in a header class",
			body: `<div class="site-header"><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav><p>Build tools faster</p></div><main>
				<div class="header on-premise"><div class="content"><h1>On-premise tools</h1><p>Host the builder in your own network, on your servers or in the cloud you already pay for, and keep every record inside it.</p>
				<p>Copy one command, run it, and your teams can start building internal tools the same afternoon, with single sign-on.</p></div></div>` +
				landingSection("Security") + landingSection("Pricing") + landingSection("Support") + landingSection("Updates") +
				`</main>`,
			want:    []string{"Host the builder in your own network", "Copy one command", "Security card 1"},
			wantNot: []string{"Build tools faster"},
		},
		{
			// The same cards beside a news article with its teaser
			// links: the page's text is not link-free, the article wins.
			name: "an article beside feature cards and teasers keeps to itself",
			body: `<main><article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></article>` +
				landingSection("Strategy") + `<div class="more"><ul><li><a href="/1">Five things to know about the council budget this year</a></li>
				<li><a href="/2">Opinion: why the plan is a mistake for the city and its people</a></li><li><a href="/3">Photos: the long debate in pictures, from start to end</a></li>
				<li><a href="/4">The mayor answers readers' questions on the new budget plan</a></li></ul></div></main>`,
			want:    []string{"Alpha", "Bravo", "Charlie"},
			wantNot: []string{"Five things", "Strategy card"},
		},
		{
			// A shop's product description set out twice, for small and
			// large screens (the style sheet hides one): read once.
			name: "a block set out twice for two screen sizes reads once",
			body: `<main><div class="product"><div class="desc mobile-only"><p>` + para("Alpha") + `</p><p>Handmade stoneware, 350 ml.</p></div>
				<div class="gallery"><img src="a.jpg"></div>
				<div class="desc desktop-only"><p>` + para("Alpha") + `</p><p>Handmade stoneware, 350 ml.</p></div>
				<p>` + para("Bravo") + `</p></div></main>`,
			want: []string{"Bravo"},
			once: []string{"Alpha", "Handmade"},
		},
		{
			// The same paragraph twice in a row is the writer's, and a
			// block whose only content is a block is not its repeat.
			name:      "a paragraph repeated by its writer stays",
			body:      `<article><div><div><p>` + para("Alpha") + `</p></div></div><p>` + para("Alpha") + `</p></article>`,
			wantExact: para("Alpha") + "\n\n" + para("Alpha"),
		},
		{
			name: "customers' reviews under a product's description go",
			body: `<main><div class="product-info"><h1>Shelf unit</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
				<div class="product-reviews"><h2>Reviews</h2><div class="reviews-list">
				<div class="review-item"><p>Great shelf, easy to put together, very sturdy and it fits the room well. Five stars.</p></div>
				<div class="review-item"><p>Bought five of these for the kids' room, and they all hold up well after a year of use.</p></div>
				<div class="review-item"><p>Smaller than the old ones I have, and the boards are thinner, but still good value.</p></div>
				</div></div></div></main>`,
			want:    []string{"Alpha", "Bravo"},
			wantNot: []string{"Great shelf", "five of these"},
		},
		{
			name: "a review article in a site's reviews section stays",
			body: `<article><p>` + para("Alpha") + `</p><p>` + para("Foxtrot") + `</p><div class="reviews-section"><div class="review-summary"><p>` + para("Bravo") + `</p></div>
				<div class="review-body"><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div>
				<div class="review-verdict"><p>` + para("Echo") + `</p></div></div><p>` + para("Golf") + `</p></article>`,
			want: []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"},
		},
		{
			name:      "ruby annotations dropped",
			body:      `<article><p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>都は<ruby>十日<rt>とおか</rt></ruby>、新しい計画を発表し、市民の意見を求めると述べた。</p></article>`,
			wantExact: "東京都は十日、新しい計画を発表し、市民の意見を求めると述べた。",
		},
		{
			name: "a German page's comment thread, advertising, recommendations and cookie banner go",
			body: `<div class="artikel"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><div class="werbung-box"><p>` + para("Promo one") + `</p></div>
				<p>` + para("Charlie") + `</p><div class="lesetipp"><p>` + para("Tip one") + `</p></div><p>` + para("Delta") + `</p></div>
				<div id="didomi-host"><div class="box"><p>` + para("Banner one") + `</p><p>` + para("Banner two") + `</p></div></div>
				<div id="kommentare"><div class="eintrag"><p>` + para("Reader one") + `</p></div><div class="eintrag"><p>` + para("Reader two") + `</p></div>
				<div class="eintrag"><p>` + para("Reader three") + `</p></div></div>`,
			want:    []string{"Alpha", "Bravo", "Charlie", "Delta"},
			wantNot: []string{"Reader", "Promo", "Tip one", "Banner"},
		},
		{
			name: "an embedded social post does not outscore a landing page's own short text",
			body: `<div class="hero"><h1>Bakery Sonnenschein</h1><p>Fresh bread and cakes every morning from six, baked in our own oven in the old town.</p></div>
				<div class="about"><p>We are a family bakery, founded in 1952, and we still use the sourdough our grandfather started.</p></div>
				<div class="feed"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div><p>Our new rye loaf is here, with seeds, honey, a crisp crust and a soft crumb, and it stays fresh for days, so come by, try it, and tell us what you think, #bread #bakery #sourdough #rye #local</p>
				<p>A post shared by Bakery Sonnenschein (@sonnenschein), with photos of the loaf, the oven, the counter, and the team, on a Saturday morning, before opening, as every week</p></div></blockquote></div>`,
			want: []string{"Fresh bread and cakes", "family bakery"},
		},
		{
			name: "a section of prose that links to what it names stays; a box of links with a line goes",
			body: `<article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>
				<div class="tool"><h2>Page Inspector</h2><p>The <a href="/inspector">Page Inspector of the developer tools</a> shows the markup and the styles of any page and lets you change them while it runs, and the <a href="/console">Web Console of the developer tools</a> logs what the page does. Both work on <a href="/remote">phones, tablets and other remote devices</a> too, over a cable or the local network, and keep their settings between sessions, so that a page checked on one device can be checked again on another.</p></div>
				<div class="more"><p>See also <a href="/a">the council's budget in full</a>, <a href="/b">last year's plan</a> and <a href="/c">the mayor's statement on the vote</a>.</p></div></article>`,
			want:    []string{"Alpha", "Charlie", "shows the markup", "keep their settings"},
			wantNot: []string{"See also"},
		},
		{
			name: "a short post is not read with the notes around it when a more lenient attempt climbs to their block",
			body: `<div id="wrap"><div class="post"><h2>Council agrees plan</h2><p>The council agreed to the plan on Tuesday, after a long debate, at a cost of 14 million.</p><p>Work on the bridge starts in May, and the road will be closed for two years, the mayor said.</p></div>
				<p class="sidebar-note">This blog is about our town, its council, its schools, since 2009.</p><p class="sidebar-note">We write about the budget, the roads, the parks, every week of the year.</p><p class="sidebar-note">Send us your news, photos and tips by email, we read all of them.</p></div>`,
			want:    []string{"The council agreed", "the mayor said."},
			wantNot: []string{"This blog", "We write", "Send us"},
		},
		{
			name: "the article's own container is not cleaned away as link clutter when its links are a list of other pages",
			body: `<div id="page"><div class="post" id="single-article"><h1>Front pages the morning after</h1><div class="article-content"><p>Photography dominated most of today's front pages with very few words announcing the result. Several of the papers below from <a href="/a">big cities</a> and small towns used one picture across the whole page.</p><p>Editors said in interviews on Wednesday that the pictures told the story better than any headline could and that readers agreed.</p><p>Some papers chose big and bold words over the pictures and a few of them ran both side by side.</p><ul><li><a href="/p/0">The front page of the Springfield Daily Courier on the morning after the election</a></li><li><a href="/p/1">The front page of the Riverside Daily Courier on the morning after the election</a></li><li><a href="/p/2">The front page of the Fairview Daily Courier on the morning after the election</a></li><li><a href="/p/3">The front page of the Greenville Daily Courier on the morning after the election</a></li><li><a href="/p/4">The front page of the Madison Daily Courier on the morning after the election</a></li><li><a href="/p/5">The front page of the Franklin Daily Courier on the morning after the election</a></li><li><a href="/p/6">The front page of the Clinton Daily Courier on the morning after the election</a></li><li><a href="/p/7">The front page of the Georgetown Daily Courier on the morning after the election</a></li></ul></div></div>
				<div class="footer-content"><p>801 Third Street South, St. Petersburg, FL 33701, 727-821-9494</p></div></div>`,
			want:    []string{"Photography dominated", "Editors said", "side by side."},
			wantNot: []string{"Third Street"},
		},
		{
			name: "the rest of a post in a block of its own, plain lines without links, stays",
			body: `<div class="post"><div class="body"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p><p>` + para("Echo") + `</p></div>
				<div id="more"><p>Tracklist:</p><p>1. "Harbour Lights"<br>2. "Northbound"<br>3. "Paper Moon Over Leeds"<br>4. "Seven Bridges"<br>5. "The Long Way Home"<br>6. "Quiet Static"<br>7. "Afterglow (Live at the Roundhouse)"<br>8. "Quiet Static (Reprise)"</p></div>
				<div class="share"><p><a href="/tw">Share on Twitter</a> <a href="/fb">Share on Facebook</a></p><p><a href="/mail">Email this post to a friend</a></p></div></div>`,
			want:    []string{"Alpha", "Echo", "Tracklist", "Seven Bridges", "Quiet Static"},
			wantNot: []string{"Share on"},
		},
		{
			name: "an article's lead in a block named teaser stays (German sites' Vorspann)",
			body: `<article><h1>Council agrees plan</h1><div class="teaser"><p>Der Stadtrat hat den Plan nach langer Debatte gebilligt, die Kosten steigen.</p></div>
				<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></article>`,
			want: []string{"Der Stadtrat", "Alpha", "Delta"},
		},
		{
			name: "a German page's article block is preferred to a longer box beside it",
			body: `<div class="spalte"><span>12.03.2024</span><div class="artikel-inhalt"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div></div>
				<div class="spalte"><span>Box</span><div class="kasten"><p>` + para("Box one") + `</p><p>` + para("Box two") + `</p><p>` + para("Box three") + `</p><p>` + para("Box four") + `</p><p>` + para("Box five") + `</p></div></div>`,
			want:    []string{"Alpha", "Bravo", "Charlie", "Delta"},
			wantNot: []string{"Box"},
		},
		{
			name: "blocks of text with a button in them stay (episodes with a play button)",
			body: `<main><h1>Weekly show</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>
				<div class="episode"><h3>Episode 12</h3><p>` + para("Echo") + `</p><button>Play</button></div>
				<div class="episode"><h3>Episode 11</h3><p>` + para("Foxtrot") + `</p><button>Play</button></div>
				<div class="episode"><h3>Episode 10</h3><p>` + para("Golf") + `</p><button>Play</button></div></main>`,
			want: []string{"Alpha", "Delta", "Echo", "Foxtrot", "Golf"},
		},
		{
			name:    "a sign-up box with an input field goes",
			body:    `<article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><div class="box"><p>Get our morning briefing, free, every day.</p><input type="email"><button>Go</button></div><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></article>`,
			want:    []string{"Alpha", "Bravo", "Charlie", "Delta"},
			wantNot: []string{"morning briefing"},
		},
		{
			name: "a listing page's cards stay (a title link, a line of text, a link each)",
			body: `<main><h1>Programs</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>
				<div class="grid">` + card("Echo") + card("Foxtrot") + card("Golf") + card("Hotel") + card("India") + card("Juliett") + `</div></main>`,
			want: []string{"Alpha", "Delta", "Echo", "Foxtrot", "India"},
		},
		{
			name: "teaser cards beside a longer article go",
			body: `<main><article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>
				<p>` + para("Echo") + `</p><p>` + para("Foxtrot") + `</p><p>` + para("Golf") + `</p><p>` + para("Hotel") + `</p>
				<div class="grid">` + card("Teaser one") + card("Teaser two") + card("Teaser three") + `</div></article></main>`,
			want:    []string{"Alpha", "Hotel"},
			wantNot: []string{"Teaser"},
		},
		{
			name: "a short article is not outscored by its long reference list",
			body: `<div class="page"><div class="main"><h1>Council agrees plan</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div>
				<div class="refs"><h2>References</h2><ol>` + strings.Repeat(`<li>Smith, J., Doe, A. (1990). On the bridges of Europe, vol. 2, pp. 1-20. Oxford, UK.</li>`, 40) + `</ol></div></div>`,
			want: []string{"Alpha", "Bravo", "Charlie"},
		},
		{
			name: "a short open letter is not outscored by its signatories",
			body: `<div class="page"><div class="main"><h1>Open letter</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div>
				<div class="signatures"><h2>Signed by</h2><table>` + strings.Repeat(`<tr><td>Jane Surname</td><td>Professor, University of Somewhere, Town</td></tr>`, 60) + `</table></div></div>`,
			want: []string{"Alpha", "Bravo", "Charlie"},
		},
		{
			name: "a block of text with two videos in it stays; a block of two videos and a line goes",
			body: `<article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
				<div class="part"><iframe src="https://video.example/1"></iframe><p>` + para("Delta") + `</p><iframe src="https://video.example/2"></iframe><p>` + para("Echo") + `</p></div>
				<div class="player"><iframe src="https://video.example/3"></iframe><iframe src="https://video.example/4"></iframe><p>Watch more videos</p></div></article>`,
			want:    []string{"Alpha", "Delta", "Echo"},
			wantNot: []string{"Watch more"},
		},
		{
			name: "a short post is not replaced by the sidebar's about box",
			body: `<div id="main"><div class="post"><h3>Council agrees plan</h3><div class="post-body"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p></div></div></div>
				<div id="sidebar"><div class="profile"><h2>About me</h2><p>` + para("Writer one") + `</p><p>` + para("Writer two") + `</p><p>` + para("Writer three") + `</p>
				<p>` + para("Writer four") + `</p><p>` + para("Writer five") + `</p><p>` + para("Writer six") + `</p></div></div>`,
			want:    []string{"Alpha", "Bravo"},
			wantNot: []string{"Writer"},
		},
		{
			name: "a product's short description set beside its order form, above the tabs, is read",
			body: `<main><div class="product"><div class="gallery"><img src="/a.jpg" alt=""><img src="/b.jpg" alt=""></div>
				<div class="summary"><h1>Speckled Mug</h1><p class="price">$38.00</p>
				<div class="short-description"><p>A hand-thrown stoneware mug with a white speckled glaze, made in small batches in our studio and fired twice.</p></div>
				<form class="cart" action="/cart/add"><input type="number" name="quantity" value="1"><button type="submit">Add to cart</button></form></div>
				<div class="tabs"><ul><li><a href="#d">Description</a></li><li><a href="#r">Reviews (2)</a></li></ul>
				<div class="panel" id="d"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div></div>
				<section class="related"><h2>Related products</h2><ul><li><a href="/p/bowl">Speckled Bowl</a></li><li><a href="/p/plate">Speckled Plate</a></li></ul></section></div></main>`,
			want:    []string{"A hand-thrown stoneware mug", "Alpha", "Charlie"},
			wantNot: []string{"Speckled Bowl", "Add to cart"},
		},
		{
			name: "a German shop's short description beside its quantity field is read",
			body: `<main><div class="artikel-detail"><div class="kaufbereich"><h1>Gesprenkelte Tasse</h1><p class="preis">38,00 €</p>
				<p>Eine handgedrehte Tasse aus Steinzeug mit weiß gesprenkelter Glasur, in kleinen Serien in unserer Werkstatt gefertigt.</p>
				<form action="/warenkorb"><select name="anzahl"><option>1</option><option>2</option></select><input type="hidden" name="id" value="7"><button>In den Warenkorb</button></form></div>
				<div class="reiter"><div class="beschreibung"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div></div></div></main>`,
			want: []string{"Eine handgedrehte Tasse", "Alpha", "Charlie"},
		},
		{
			name: "a product's facts in the tab panel after its description are read",
			body: `<main><div class="tabs"><div class="panel description"><h2>Description</h2><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div>
				<div class="panel facts"><h2>Additional information</h2><table><tr><th>Weight</th><td>0.4 kg</td></tr><tr><th>Capacity</th><td>350 ml</td></tr><tr><th>Material</th><td>Stoneware</td></tr></table></div>
				<div class="panel reviews"><h2>2 reviews</h2><ol><li class="review"><p>Lovely mug, my coffee tastes better in it, and the glaze is beautiful.</p></li><li class="review"><p>Bought two as a gift, they arrived well packed and quickly.</p></li></ol></div></div>
				<div class="related"><h2>Related products</h2><table><tr><td><a href="/p/bowl">Speckled Bowl</a></td><td><a href="/p/plate">Speckled Plate</a></td></tr></table></div></main>`,
			want:    []string{"Alpha", "Charlie", "Capacity 350 ml", "Material Stoneware"},
			wantNot: []string{"Lovely mug", "Speckled Bowl"},
		},
		{
			name: "a donation box's prose above the article is not a product's summary",
			body: `<main><div class="support"><p>Our journalism is free to read for everyone, and it is paid for by readers like you: please give what you can today.</p>
				<form action="/donate"><input type="number" name="amount" value="10"><button type="submit">Give</button></form></div>
				<div class="story"><div class="body"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div></div></main>`,
			want:    []string{"Alpha", "Charlie"},
			wantNot: []string{"free to read"},
		},
		{
			name: "a newsletter form's prose above the article is not a product's summary",
			body: `<main><div class="signup"><p>Get our morning briefing: the day's news, analysis and opinion, in your inbox every morning at six.</p>
				<form action="/subscribe"><input type="email" name="email"><button type="submit">Sign up</button></form></div>
				<div class="story"><div class="body"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div></div></main>`,
			want:    []string{"Alpha", "Charlie"},
			wantNot: []string{"morning briefing"},
		},
		{
			name: "a German recipe's rating prompt and tags go",
			body: `<div class="rezept"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
				<div class="rezept-bewertung"><p>Wie hat es geschmeckt? Vergib jetzt Sterne, 4,6 von 5</p></div>
				<div class="schlagworte">Kuchen, Backen, Bananen, Frühstück, schnell</div></div>`,
			want:    []string{"Alpha", "Bravo"},
			wantNot: []string{"Sterne", "Frühstück"},
		},
		{
			name: "a list of links the text introduces with a colon stays; one under a teaser label goes",
			body: `<article><p>` + para("Alpha") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p><p>Here is what the council decided on Tuesday:</p>
				<ul><li><a href="/1">A new bridge over the river</a> (2026)</li><li><a href="/2">Two more schools in the north</a> (2027)</li><li><a href="/3">Longer opening hours for the library</a> (May)</li></ul>
				<p>` + para("Bravo") + `</p><p>Related stories:</p>
				<ul><li><a href="/4">Five things to know about the council budget</a></li><li><a href="/5">Opinion: why the plan is a mistake</a></li></ul></article>`,
			want:    []string{"Alpha", "A new bridge over the river", "Longer opening hours", "Bravo"},
			wantNot: []string{"Five things to know", "Opinion: why"},
		},
		{
			name: "readers' comments set in the post's own block after a Comments heading go",
			body: `<div id="center"><div class="entry"><h3>Council agrees plan</h3><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
				<p class="posted">Posted by Erika on March 12, 2024</p>
				<h2><a id="comments"></a>Comments</h2><a id="c1"></a><p>` + para("Reader one") + `</p><p class="posted">Posted by: Max | March 12, 2024 at 10:15</p>
				<a id="c2"></a><p>` + para("Reader two") + `</p><p class="posted">Posted by: Eva | March 13, 2024 at 08:02</p></div></div>`,
			want:    []string{"Alpha", "Charlie"},
			wantNot: []string{"Reader"},
		},
		{
			name: "readers' comments after a theme's comment title (German WordPress) go",
			body: `<div class="beitrag"><h1>Der Plan</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
				<h3>3 Gedanken zu „Der Plan“</h3><p>` + para("Reader one") + `</p><p>` + para("Reader two") + `</p>
				<h3>Schreibe einen Kommentar</h3><p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p></div>`,
			want:    []string{"Alpha", "Charlie"},
			wantNot: []string{"Reader", "E-Mail-Adresse"},
		},
		{
			name: "readers' comments after a Leserkommentare heading go",
			body: `<div class="beitrag"><h1>Der Plan</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
				<h3>Leserkommentare (2)</h3><p>` + para("Reader one") + `</p><p>` + para("Reader two") + `</p></div>`,
			want:    []string{"Alpha", "Charlie"},
			wantNot: []string{"Reader", "Leserkommentare"},
		},
		{
			name: "a section headed as a comment title but without its count is the article's",
			body: `<article><p>` + para("Alpha") + `</p><h2>Response to the ruling</h2><p>` + para("Bravo") + `</p><h2>Thoughts on what comes next</h2><p>` + para("Charlie") + `</p>
				<h2>Comments on the draft rule</h2><p>` + para("Delta") + `</p></article>`,
			want: []string{"Alpha", "Bravo", "Charlie", "Delta"},
		},
		{
			name: "readers' comments after a comment title quoting the post, without a count, go",
			body: `<div class="entry"><h1>The plan</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
				<h3>Comments on “The plan”</h3><p>` + para("Reader one") + `</p><p>` + para("Reader two") + `</p></div>`,
			want:    []string{"Alpha", "Charlie"},
			wantNot: []string{"Reader"},
		},
		{
			name: "a section headed Comment is the article's",
			body: `<article><p>` + para("Alpha") + `</p><h2>Comment</h2><p>` + para("Bravo") + `</p><h2>Briefing</h2><p>` + para("Charlie") + `</p></article>`,
			want: []string{"Alpha", "Bravo", "Charlie"},
		},
		{
			name: "an opinion piece named commentary is not a comment thread",
			body: `<nav><a href="/">Home</a> <a href="/opinion">Opinion</a></nav><article class="commentary"><h1>The plan is wrong</h1><div class="commentary-body"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p></div></article>
				<div class="sidebar"><p>Our office hours: Monday to Friday from eight to noon, and on Thursdays until six in the town hall.</p></div>`,
			want:    []string{"Alpha", "Bravo"},
			wantNot: []string{"office hours"},
		},
		{
			name: "a photo post told in two-paragraph captions keeps them; a one-line caption goes",
			body: `<div class="post-body"><p>` + para("Alpha") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>
				<div class="image-wrapper"><div class="caption-image"><img src="/1.jpg" width="600" height="400"><div class="description"><p>First up are the new T-shirts, printed by hand in our own workshop with a plastisol ink that lasts.</p><p>For each shirt you buy you also get a set of two cards with the mascot on them, and with two shirts you end up with four cards.</p></div></div></div>
				<div class="image-wrapper"><div class="caption-image"><img src="/2.jpg" width="600" height="400"><div class="description"><p>We also have carry cases in two versions, folded in packs so that they fit in any bag.</p><p>Each case comes with a set of three cards, while the stock lasts at the booth, and we will bring more of them on the second day.</p></div></div></div>
				<p>` + para("Bravo") + `</p><figure><img src="/3.jpg" width="600" height="400"><div class="wp-caption-text">The booth last year</div></figure></div>`,
			want:    []string{"Alpha", "printed by hand", "set of three cards", "Bravo"},
			wantNot: []string{"The booth last year"},
		},
		{
			name: "an author's bio set beside the article goes",
			body: `<div class="post"><div class="entry-content"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div>
				<div class="author-box"><p>Known in some circles as the most amazing reporter in the city, Erika once saved an entire family of ducks from the river while covering two council meetings at once.</p>
				<p>She writes about the council, the harbour and, when nobody is looking, about the best bakeries in town.</p></div></div>`,
			want:    []string{"Alpha", "Delta"},
			wantNot: []string{"amazing reporter", "bakeries"},
		},
		{
			name: "a site's legal notice set below the article in a block named copyright goes",
			body: `<div id="pageBody"><div class="story"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div>
				<div id="c_copyright"><div>Herald.example is the official web site of the Herald Group. The Herald name and logo, the masthead and the Herald Weekly name are trademarks of the Herald Group, used under licence, and may not be copied without its written consent.</div></div></div>`,
			want:    []string{"Alpha", "Delta"},
			wantNot: []string{"trademarks"},
		},
		{
			name: "a list of links amid the text stays; one after a teaser label goes",
			body: `<article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>These were the newsletters that readers opened most often this year.</p>
				<ul><li><a href="/n/1">Budget day!</a> - 15.7%</li><li><a href="/n/2">Bad news</a> - 16.2%</li><li><a href="/n/3">Why we love bridges</a> - 17.1%</li><li><a href="/n/4">Come to the town hall</a> - 18.0%</li></ul>
				<h2>What they have in common</h2><p>` + para("Charlie") + `</p><p>Related stories:</p>
				<ul><li><a href="/4">Five things to know about the council budget</a> (May)</li><li><a href="/5">Opinion: why the plan is a mistake</a> (June)</li></ul><p>` + para("Delta") + `</p></article>`,
			want:    []string{"Alpha", "Budget day! - 15.7%", "Come to the town hall", "Charlie", "Delta"},
			wantNot: []string{"Five things to know", "Opinion: why"},
		},
		{
			name: "a table of linked news the text introduces with a colon stays",
			body: `<article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>Here is what happened at the council last week:</p>
				<table><tr><td>Monday, May 4</td><td><ul><li>The <a href="/1">harbour bridge is now open to cyclists</a>.</li></ul></td></tr>
				<tr><td>Wednesday, May 6</td><td><ul><li>We made some changes to <a href="/2">the budget for the two new schools</a>.</li><li>We <a href="/3">opened the library</a>, on Sundays too.</li></ul></td></tr></table>
				<p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></article>`,
			want: []string{"Alpha", "harbour bridge is now open", "the budget for the two new schools", "opened the library", "Charlie"},
		},
		{
			name: "a layout table's menu column does not run into the text column",
			body: `<table width="100%"><tr><td class="nav" width="150"><a href="/">Start</a><br><a href="/presse">Presse</a><br><a href="/kontakt">Kontakt</a></td>
				<td><font face="Arial" size="2"><b>Neue Brücke</b><br><br>` + para("Alpha") + `<br><br>` + para("Bravo") + `<br><br>` + para("Charlie") + `</font></td></tr></table>`,
			want:    []string{"Neue Brücke", "Alpha", "Charlie"},
			wantNot: []string{"Kontakt"},
		},
		{
			name: "a list bulleted with check-mark icons is not an image gallery",
			body: `<article><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><h2>Why study online</h2><ul>
				<li><img src="/check.svg" width="20" height="20" alt=""><span>Classes let you complete coursework on your own time.</span></li>
				<li><img src="/check.svg" width="20" height="20" alt=""><span>You can enroll without spending money on moving.</span></li>
				<li><img src="/check.svg" class="list-icon" alt=""><span>Networking with peers across the country is easier.</span></li></ul>
				<p>` + para("Delta") + `</p>
				<ul class="gallery"><li><img src="/p1.jpg" width="400" height="300" alt=""><span>Campus view</span></li><li><img src="/p2.jpg" width="400" height="300" alt=""><span>Library view</span></li></ul></article>`,
			want:    []string{"Alpha", "complete coursework on your own time", "Networking with peers", "Delta"},
			wantNot: []string{"Campus view"},
		},
		{
			name:    "a name's link keeps its place in the sentence; its hover card with a portrait goes",
			body:    `<article><p>` + para("Alpha") + `</p><p>The city's mayor, <span class="pop-person"><a href="/people/ann-vell">Ann Vell</a><span class="pop-card"><span><img src="/p/vell.jpg" alt=""><a href="/people/ann-vell">Ann Q. Vell</a><a href="/s/1">Mayor Vell unveils her plan for the ferry service</a></span></span></span>, said on Tuesday that the ferry would run all winter, for the first time in years.</p><p>` + para("Bravo") + `</p></article>`,
			want:    []string{"The city's mayor, Ann Vell, said on Tuesday", "Bravo"},
			wantNot: []string{"Ann Q. Vell", "unveils her plan"},
		},
		{
			name: "a linked section label just above the headline goes; a linked heading among the paragraphs stays",
			body: `<div id="main"><h1 class="kicker"><a href="/harbour">Dock Talk / The Harbour Desk</a></h1>
				<article><header><h1>Council agrees plan</h1></header><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
				<h3><a href="/ferries/blue-swan">The Blue Swan ferry</a></h3><p>` + para("Charlie") + `</p></article></div>`,
			want:    []string{"Alpha", "The Blue Swan ferry", "Charlie"},
			wantNot: []string{"Dock Talk"},
		},
		{
			name:      "an inline element of white space only separates words",
			body:      `<article><p>The council,<span class="w"> </span><b>after</b><span class="w"> </span><span>a long debate, agreed to the plan, which will cost more than expected, it said on Tuesday.</span></p></article>`,
			wantExact: "The council, after a long debate, agreed to the plan, which will cost more than expected, it said on Tuesday.",
		},
		{
			name:      "inline markup joins words as written",
			body:      `<article><p>The <b>council</b>'s vote, at 5<sup>th</sup> reading, was <a href="/x">unanimous</a>  and   final, it said on Tuesday, after years.</p></article>`,
			wantExact: "The council's vote, at 5th reading, was unanimous and final, it said on Tuesday, after years.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader("<html><head><title>Council agrees plan</title></head><body>"+tt.body+"</body></html>"), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantExact != "" && a.Text != tt.wantExact {
				t.Errorf("text = %q, want %q", a.Text, tt.wantExact)
			}
			checkText(t, a.Text, tt.want, tt.wantNot)
			for _, w := range tt.once {
				if n := strings.Count(a.Text, w); n != 1 {
					t.Errorf("%q appears %d times, want once:\n%s", w, n, a.Text)
				}
			}
		})
	}
}

// card is a listing's card: a title link, a line of text and a "Learn
// more" link.
func card(name string) string {
	return `<div class="card"><h3><a href="/p/` + name + `">` + name + ` program for managers</a></h3><p>` + name +
		` teaches the basics of planning a budget, in six weeks of evening classes.</p><a href="/p/` + name + `">Learn more about it</a></div>`
}

// landingSection is a section of a landing page: a heading and three
// feature cards, each a heading and a line of text.
func landingSection(name string) string {
	var b strings.Builder
	b.WriteString(`<section class="features"><h2>` + name + `</h2><div class="row">`)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, `<div class="col"><div class="card"><h3>%s card %d</h3><div>We help you plan the work ahead, find what slows your teams down and fix it before it costs you a quarter.</div></div></div>`, name, i)
	}
	b.WriteString(`</div></section>`)
	return b.String()
}

func TestLinkedDataBody(t *testing.T) {
	body := strings.Repeat("The harbour bridge will close for eleven weeks while its cables are replaced. ", 16)
	other := strings.Repeat("<p>"+para("A reader's letter")+"</p>", 12)
	tests := []struct {
		name, dom string
		wantLD    bool
	}{
		{"markup holds the article", "<article><p>" + body[:len(body)/2] + "</p><p>" + body[len(body)/2:] + "</p></article>", false},
		{"markup holds little", "<article><p>The harbour bridge will close.</p></article>", true},
		{"markup holds something else", "<div class=letters>" + other + "</div>", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to close","articleBody":"` +
				body + `"}</script></head><body>` + tt.dom + `</body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			gotLD := a.Text == strings.TrimSpace(body)
			if gotLD != tt.wantLD {
				t.Errorf("text from JSON-LD = %v, want %v; text %.80q", gotLD, tt.wantLD, a.Text)
			}
			if !strings.Contains(a.Text, "cables are replaced") {
				t.Errorf("text lacks the article: %.80q", a.Text)
			}
		})
	}
}

// TestTeasersBesideAShortArticle: on a page whose JSON-LD says it is an
// article, a run of teasers of other stories (a linked title and a line of
// summary each) whose commas outscore the short article neither wins nor
// is read with it; on a page that does not say so (a listing), the same
// cards are its text.
func TestTeasersBesideAShortArticle(t *testing.T) {
	var teasers strings.Builder
	for i := range 8 {
		fmt.Fprintf(&teasers, `<div class="item"><h3><a href="/s%d">Story number %d about the town</a></h3><p>Teaser %d: the mayor, the council and the residents, who met on Monday, discussed the bridge, the road and the new school.</p></div>`, i, i, i)
	}
	body := `<body><div class="wrap"><div class="story"><h1>Council agrees plan</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p></div><div class="more">` + teasers.String() + `</div></div></body>`
	for _, tt := range []struct {
		name, head string
		teasers    bool
	}{
		{"article page", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council agrees plan"}</script>`, false},
		{"listing page", ``, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := `<html><head><title>Council agrees plan</title>` + tt.head + `</head>` + body + `</html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Alpha", "Bravo"}, nil)
			if got := strings.Contains(a.Text, "Teaser 3"); got != tt.teasers {
				t.Errorf("teasers in the text: %v, want %v:\n%s", got, tt.teasers, a.Text)
			}
		})
	}
}

// TestTeaserRunWithItsHeading: a run of teasers headed by a label of its
// own ("Weitere Nachrichten", "More news") is the run teaserCards finds,
// and a short article beside it on an article page stays alone; without
// the label's exception the teasers outscored the article and came in.
func TestTeaserRunWithItsHeading(t *testing.T) {
	de := "erklärte am Dienstag, der Gemeinderat habe nach langer Debatte dem Plan zugestimmt, der mehr kosten werde als erwartet und zwei Jahre dauern solle."
	for _, label := range []string{`<h2>Weitere Nachrichten</h2>`, `<div class="section-title"><h2>Weitere Nachrichten</h2></div>`} {
		doc := `<html lang="de"><head><title>Brücke gesperrt</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Brücke gesperrt"}</script></head><body>
			<nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav>
			<main><article class="news"><h1>Brücke gesperrt</h1><p>Die Rheinbrücke ist ab Montag für zwei Wochen gesperrt. Umleitungen sind ausgeschildert.</p></article>
			<section class="teaser-list">` + label + `
			<div class="teaser"><h3><a href="/a">Neuer Bürgermeister gewählt</a></h3><p>Anton ` + de + `</p></div>
			<div class="teaser"><h3><a href="/b">Schwimmbad öffnet</a></h3><p>Berta ` + de + `</p></div>
			<div class="teaser"><h3><a href="/c">Markt verschoben</a></h3><p>Cäsar ` + de + `</p></div></section></main></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Die Rheinbrücke ist ab Montag"}, []string{"Anton", "Schwimmbad", "Cäsar"})
	}
}

// TestLeadInArticleHeader: on a page in another language than English, the
// lead set in an article's <header> (German journalism's Vorspann) is read,
// and nothing else of the header is; on an English page the header's dek
// stays out, as the news benchmark's truth has it.
func TestLeadInArticleHeader(t *testing.T) {
	page := func(lang, bodyClass string) string {
		return `<html lang="` + lang + `"><head><title>Stadtrat billigt Haushalt</title></head><body>
			<header class="site"><a href="/">Stadtanzeiger</a><nav><a href="/politik">Politik</a></nav></header>
			<article><header class="artikel-kopf"><ol class="crumbs"><li><a href="/politik">Politik</a></li><li><a href="/stadt">Stadt</a></li></ol>
			<h1>Stadtrat billigt Haushalt</h1>
			<p class="vorspann">Nach einer langen Debatte hat der Stadtrat den Haushalt für das kommende Jahr gebilligt. Die Kosten steigen deutlich, die Opposition spricht von einem Fehler.</p>
			<p class="autor">Von Erika Musterfrau</p><time datetime="2024-03-12">12.03.2024</time>
			<p class="teilen"><a href="/share">Artikel teilen</a></p></header>
			<div class="` + bodyClass + `"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div>
			<div class="teilen"><a href="/share">Teilen</a></div></article></body></html>`
	}
	for _, tt := range []struct {
		lang          string
		want, wantNot []string
	}{
		{"de", []string{"Nach einer langen Debatte", "spricht von einem Fehler.", "Alpha", "Delta"}, []string{"Erika", "Artikel teilen", "Politik", "Stadtanzeiger", "12.03.2024"}},
		{"en", []string{"Alpha", "Delta"}, []string{"Nach einer langen Debatte", "Erika", "Artikel teilen", "Politik"}},
	} {
		// The article's paragraphs in a plain <div> and in a block named
		// as the text's, beside the header.
		for _, bodyClass := range []string{"", "artikel-text"} {
			t.Run(tt.lang+"/"+bodyClass, func(t *testing.T) {
				a, err := FromReader(strings.NewReader(page(tt.lang, bodyClass)), nil, "")
				if err != nil {
					t.Fatal(err)
				}
				checkText(t, a.Text, tt.want, tt.wantNot)
				if i, j := strings.Index(a.Text, "Nach einer"), strings.Index(a.Text, "Alpha"); i > j {
					t.Errorf("the lead is not read first:\n%s", a.Text)
				}
			})
		}
	}
}

// TestLeadAboveTheBody: on a page in another language than English, the
// lead set in a block of its own above the body, named so (TYPO3 news'
// "teaser-text" with itemprop "description", a "news-lead"), is read
// first; on an English page such a dek stays out, as the news
// benchmark's truth has it.
func TestLeadAboveTheBody(t *testing.T) {
	page := func(lang, leadAttrs string) string {
		return `<html lang="` + lang + `"><head><title>Stadtwerke bauen Solarfeld</title></head><body>
			<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
			<div class="header"><h3 itemprop="headline">Stadtwerke bauen Solarfeld</h3></div>
			<div class="footer"><p><span class="news-list-date"><time datetime="2024-03-12">12.03.2024</time></span></p></div>
			<div ` + leadAttrs + `><p>Die Stadtwerke investieren zwölf Millionen Euro in ein Solarfeld am Stadtrand, das ab 2026 Strom für viertausend Haushalte liefern soll.</p></div>
			<div class="news-img-wrap"><img src="/solar.jpg" alt=""></div>
			<div class="news-text-wrap" itemprop="articleBody"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div>
			<div class="news-backlink-wrap"><a href="/presse">Zurück zur Übersicht</a></div></div></div></body></html>`
	}
	for _, lead := range []string{`class="teaser-text" itemprop="description"`, `class="news-lead"`, `id="vorspann"`} {
		t.Run("de/"+lead, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(page("de", lead)), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Die Stadtwerke investieren", "Alpha", "Delta"}, []string{"Zurück", "12.03.2024"})
			if i, j := strings.Index(a.Text, "Die Stadtwerke"), strings.Index(a.Text, "Alpha"); i > j {
				t.Errorf("the lead is not read first:\n%s", a.Text)
			}
		})
		t.Run("en/"+lead, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(page("en", lead)), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Alpha", "Delta"}, []string{"Die Stadtwerke investieren"})
		})
	}
}

// courseCard is a catalogue's card: a linked picture, an unlinked title, a
// paragraph of description and the courses it holds, linked.
func courseCard(name string) string {
	return `<div class="col-md-4"><div class="widget widget-content"><div class="header"><a href="/c/` + name + `"><img src="/i/` + name + `.png"></a></div>` +
		`<h4><strong>` + name + ` courses</strong></h4><p>` + name + ` is a skill every team leans on, and our courses teach it from the ground up, with cases from local firms, evening sessions and a certificate at the end.</p>` +
		`<ul><li><a href="/c/` + name + `/1">Certificate in ` + name + `</a></li><li><a href="/c/` + name + `/2">Fundamentals of ` + name + `</a></li></ul>` +
		`<p><a class="button" href="/c/` + name + `">Read More</a></p></div></div>`
}

// TestCourseCatalogueGrid: a listing page's intro is followed by grids of
// cards (an unlinked title and a paragraph of description each) in blocks
// whose class says "widget"; the intro alone was a fraction of the page.
// A news page's grid of other stories (each title a link) after a short
// article stays out.
func TestCourseCatalogueGrid(t *testing.T) {
	grid := func(names ...string) string {
		var b strings.Builder
		b.WriteString(`<div class="widget widget-spotlight"><div class="row">`)
		for _, n := range names {
			b.WriteString(courseCard(n))
		}
		b.WriteString(`</div></div>`)
		return b.String()
	}
	page := `<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header><div class="content-body">` +
		`<section><div class="table"><div class="row"><ul class="side-links"><li><a href="/a">Calendar</a></li><li><a href="/b">Catalog</a></li></ul></div>` +
		`<div class="row"><div class="content__fullcontent"><h1>Professional Development</h1><p>Our professional development programs offer over sixty certificates, the widest choice of courses in the region, taught by the faculty of the business school.</p>` +
		`<p>Each course runs in the evening or online, so that you can keep working while you learn, and most of them count towards a degree later on.</p></div></div></div></section>` +
		`<section><div class="section">` + grid("Accounting", "Finance", "Marketing") + grid("Leadership", "Analytics", "Supply Chain") + `</div></section></div>` +
		`<footer><p>Business School, 777 Glades Road, Boca Raton. Call us on weekdays.</p></footer>`
	a, err := FromReader(strings.NewReader("<html><head><title>Professional Development</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Our professional development programs", "Accounting courses", "Accounting is a skill every team", "Supply Chain is a skill every team"}, []string{"Glades Road"})

	var stories strings.Builder
	stories.WriteString(`<div class="more"><div class="row">`)
	for _, n := range []string{"Flood", "Budget", "Strike"} {
		stories.WriteString(`<div class="col-md-4"><h3><a href="/news/` + n + `">` + n + ` story of the week</a></h3><p>` + n + ` is the talk of the town, and our reporters went out to ask what people think of it, from the market to the town hall and back again, over a long week of meetings.</p></div>`)
	}
	stories.WriteString(`</div></div>`)
	news := `<div class="page"><div class="main"><article><p>` + para("The mayor") + `</p><p>` + para("Her deputy") + `</p></article></div><div class="bottom">` + stories.String() + stories.String() + stories.String() + `</div></div>`
	a, err = FromReader(strings.NewReader("<html><head><title>Council agrees plan</title></head><body>"+news+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The mayor said"}, []string{"talk of the town"})
}

// TestLeadProseEndings: a lead ends a sentence however the language sets
// its stops and quotes.
func TestLeadProseEndings(t *testing.T) {
	const body = "Nach einer langen Debatte hat der Stadtrat den Haushalt für das kommende Jahr gebilligt, die Opposition spricht von "
	for end, want := range map[string]bool{
		"einem Fehler.": true, "„einem Fehler“": true, "‚einem Fehler‘": true, "»einem Fehler«": true,
		"« une erreur »": true, "‹ une erreur ›": true, "einem Fehler?": true, "失敗。": true,
		"einem Fehler:": false, "einem Fehler": false,
	} {
		doc, err := html.Parse(strings.NewReader("<p>" + body + end + "</p>"))
		if err != nil {
			t.Fatal(err)
		}
		var p *html.Node
		for n := range doc.Descendants() {
			if n.DataAtom == atom.P {
				p = n
			}
		}
		if got := leadProse(p); got != want {
			t.Errorf("leadProse(%q) = %v, want %v", end, got, want)
		}
	}
}

// TestLeadInArticleHeaderUndeclared: a page that declares no language is
// read as German, lead and all, where its title and description are
// German.
func TestLeadInArticleHeaderUndeclared(t *testing.T) {
	page := `<html><head><title>Der Stadtrat billigt den Haushalt für das neue Jahr</title>
		<meta name="description" content="Nach einer langen Debatte hat der Stadtrat den Haushalt gebilligt, und die Opposition spricht von einem Fehler, der die Stadt teuer zu stehen kommt."></head><body>
		<article><header><h1>Der Stadtrat billigt den Haushalt für das neue Jahr</h1>
		<p class="vorspann">Nach einer langen Debatte hat der Stadtrat den Haushalt für das kommende Jahr gebilligt. Die Kosten steigen deutlich, die Opposition spricht von einem Fehler.</p>
		<p class="autor">Von Erika Musterfrau</p></header>
		<div><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div></article></body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Nach einer langen Debatte", "Alpha", "Delta"}, []string{"Erika"})
}

// TestLinkListingPage: a page whose content is a long run of link lines (a
// job board, a news aggregator's front page) keeps them; a news article's
// box of a dozen most-read links beside its text still goes.
func TestLinkListingPage(t *testing.T) {
	var rows strings.Builder
	for i := 1; i <= 24; i++ {
		fmt.Fprintf(&rows, `<tr class="athing"><td class="rank">%d.</td><td class="title"><span class="titleline"><a href="https://startup%d.example/jobs">Startup %d (YC W2%d) Is Hiring Engineers</a> <span class="sitebit">(<a href="from?site=startup%d.example">startup%d.example</a>)</span></span></td></tr>`+
			`<tr><td class="subtext"><span class="age"><a href="item?id=%d">%d days ago</a></span></td></tr>`, i, i, i, i%10, i, i, 4000+i, i)
	}
	page := `<center><table id="hnmain"><tr><td><table><tr><td><a href="news">Hacker News</a> <a href="newest">new</a> | <a href="jobs">jobs</a></td></tr></table></td></tr>` +
		`<tr><td><table><tr><td>These are jobs at startups. See more at the jobs board.</td></tr>` + rows.String() + `</table></td></tr>` +
		`<tr><td><a href="faq">FAQ</a> | <a href="lists">Lists</a> | <a href="security">Security</a></td></tr></table></center>`
	a, err := FromReader(strings.NewReader("<html><head><title>Jobs | Hacker News</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Startup 1 (YC W21) Is Hiring Engineers", "Startup 12 (YC W22) Is Hiring", "Startup 24 (YC W24) Is Hiring"}, nil)

	var box strings.Builder
	box.WriteString(`<div class="most-viewed"><h3>Most viewed</h3><ul>`)
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&box, `<li><a href="/story/%d">Story number %d that everyone read this week</a></li>`, i, i)
	}
	box.WriteString(`</ul></div>`)
	news := `<div class="page"><article><p>` + para("The mayor") + `</p><p>` + para("Her deputy") + `</p><p>` + para("The council") + `</p></article>` + box.String() + `</div>`
	a, err = FromReader(strings.NewReader("<html><head><title>Council agrees plan</title></head><body>"+news+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The mayor said"}, []string{"everyone read"})
}

// TestForumThreadPosts: a forum thread whose posts sit each in its own
// wrapper (the opening post apart from the replies), the longest a reply
// that outscores the others, reads as all its posts, not that reply alone;
// a blog post's body outweighing the excerpts of other posts of its class
// below it is read alone.
func TestForumThreadPosts(t *testing.T) {
	post := func(id, text string) string {
		return `<div id="postBoxWrapper` + id + `"><article id="` + id + `" class="post-article post-box"><div class="row collapse post-box-body"><div class="medium-12 columns">` +
			`<div class="post-box-byline">member` + id + `</div><div class="post-box-inner-body"><div id="post_body_` + id + `" class="post-body">` + text + `</div></div></div></div>` +
			`<div class="row collapse post-box-meta-bar"><div class="small-10 columns post-box-meta"><time datetime="2005-07-10T00:57:00">7/9/05 7:57 PM</time></div>` +
			`<div class="small-2 columns"><a href="javascript:void(0);" aria-label="Share">Share</a></div></div></article></div>`
	}
	var topics strings.Builder
	for i := range 8 {
		fmt.Fprintf(&topics, `<li><a href="/topic/%d">Smoker question number %d from a new member</a></li>`, i, i)
	}
	page := `<div class="page"><div class="topics"><ul>` + topics.String() + `</ul></div><h1>Catering tips</h1><div id="threadContainer">` +
		post("1", "Here is an idea to increase your tips: a line on the proposal for a discretionary gratuity of five to twenty percent, which the client may change.<br><br>What are your thoughts on this approach?") +
		`<div id="followups">` +
		post("2", "We add fifteen percent for tips and the sales tax on top, and nobody has batted an eye at it so far. Some give more.") +
		post("3", "My belief is that if you need a tip, add more to the base charge from the start, since it is a gratuity for service.") +
		post("4", "<p>I have catered for twenty years, and we never put a tip on the bill, whatever the event, the client or the season.</p>"+
			"<p>Servers we hire get paid a fair wage, and the tips they get are theirs, never the house's, and they know it.</p>"+
			"<p>When a client asks, we say that the price covers the service, and that a tip is welcome but never expected, for the staff and not for us.</p>") +
		post("5", "Some people are tight, and will find something to complain about so as not to tip, whatever you do for them.") +
		`</div></div></div>`
	a, err := FromReader(strings.NewReader("<html><head><title>Catering tips</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Here is an idea", "fifteen percent", "My belief", "twenty years", "Some people are tight"}, []string{"Smoker question"})

	excerpt := func(n string) string {
		return `<div class="more-post"><h3><a href="/p/` + n + `">` + n + `</a></h3><div class="entry-content"><p>` + n + ` was the talk of the week, and we went to see it for ourselves.</p></div></div>`
	}
	blog := `<div class="post"><div class="entry-content"><p>` + para("The mayor") + `</p><p>` + para("Her deputy") + `</p><p>` + para("The council") + `</p></div></div>` +
		`<div class="more">` + excerpt("Flood") + excerpt("Budget") + excerpt("Strike") + `</div>`
	a, err = FromReader(strings.NewReader("<html><head><title>Council agrees plan</title></head><body>"+blog+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The mayor said", "The council said"}, []string{"talk of the week"})
}

// TestDocumentationNotes: a documentation page's version notes stay with
// the entries they belong to: a one-sentence note in a block of its own
// ("Added in version 3.9.", which Readability's short-block rule drops as
// a label's), and a note whose names link to their entries (code
// cross-references, not navigation); an index of linked names in a list
// is still navigation, and a short block of a link or a label still goes.
func TestDocumentationNotes(t *testing.T) {
	entry := func(name string) string {
		return `<dl class="py method"><dt class="sig sig-object py" id="pathlib.Path.` + name + `">Path.` + name + `()</dt>` +
			`<dd><p>Return the path to which the symbolic link points, as the operating system reports it, for ` + name + ` and the entries that follow it.</p>` +
			`<div class="versionadded"><p><span class="versionmodified added">Added in version 3.9.</span></p></div>` +
			`<div class="versionchanged"><p><span class="versionmodified changed">Changed in version 3.13: </span>Raises <a class="reference internal" href="#pathlib.UnsupportedOperation"><code class="xref py py-exc docutils literal notranslate"><span class="pre">UnsupportedOperation</span></code></a> if <a class="reference internal" href="os.html#os.` + name + `"><code class="xref py py-func docutils literal notranslate"><span class="pre">os.` + name + `()</span></code></a> is missing.</p></div>` +
			`</dd></dl>`
	}
	var index strings.Builder
	for _, n := range []string{"readlink", "resolve", "absolute", "expanduser", "owner", "group"} {
		fmt.Fprintf(&index, `<li><a href="#pathlib.Path.%s"><code>Path.%s()</code></a></li>`, n, n)
	}
	page := `<div class="body"><section id="module-pathlib"><h1>pathlib</h1><p>` + para("The module") + `</p>` +
		entry("readlink") + entry("resolve") + entry("absolute") +
		`<div class="toc"><ul>` + index.String() + `</ul></div><div class="tag"><p>Docs</p></div></section></div>`
	a, err := FromReader(strings.NewReader("<html><head><title>pathlib</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Added in version 3.9.", "Changed in version 3.13: Raises UnsupportedOperation if os.readlink() is missing."},
		[]string{"Path.expanduser()", "Docs"})
}

// TestShortPostKeepsItsHeadline: a short post (a picture and a line or two)
// keeps the headline set in its own block, as much of what it says; a
// long article drops it, as the news benchmark's truth has it.
func TestShortPostKeepsItsHeadline(t *testing.T) {
	sidebar := `<div id="sidebar"><div class="widget"><h3>Archives</h3><ul><li><a href="/2024/03">March 2024</a></li><li><a href="/2024/02">February 2024</a></li></ul></div></div>`
	for _, tt := range []struct {
		name, post string
		headline   bool
	}{
		{"a photo post", `<p class="post-date">Posted on March 3, 2024 by Jo</p><p><img src="/harbour.jpg" width="800" height="600"></p><p>Taken from the pier last night, just before the rain came in.</p>`, true},
		{"a long article", `<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := `<html><head><title>Sunset over the harbour | Jo's pictures</title></head><body><div id="content"><div class="post hentry"><h2 class="entry-title">Sunset over the harbour</h2>` +
				tt.post + `</div></div>` + sidebar + `</body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.HasPrefix(a.Text, "Sunset over the harbour\n\n"); got != tt.headline {
				t.Errorf("headline first: %v, want %v:\n%s", got, tt.headline, a.Text)
			}
			if tt.headline {
				checkText(t, a.Text, []string{"Taken from the pier"}, []string{"Archives", "March 2024"})
			}
		})
	}
}

// TestShortPostOverChrome: a short post in a block named for one (a few
// words beside a video) is not replaced by the page chrome that an
// attempt blind to class names finds instead (a sidebar's newsletter box),
// and its headline makes it text enough to need no fallback.
func TestShortPostOverChrome(t *testing.T) {
	doc := `<html><head><title>The ferry in the storm | Harbour notes</title></head><body>
		<div id="content"><div class="post-entry"><h1>The ferry in the storm</h1><p>This morning's crossing, from the upper deck.</p><video src="/ferry.mp4"></video></div></div>
		<div class="newsletter-signup"><h3>Get the harbour letter</h3><p>One email a week with the tides, the ferry times and the news from the quay, and no spam, ever.</p></div>
		</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The ferry in the storm", "This morning's crossing"}, []string{"harbour letter", "One email"})
	if a.Extraction != "" {
		t.Errorf("extraction %q, want the main pass's", a.Extraction)
	}
}

// TestAccordionQuestions: a FAQ's questions, set in the buttons that open
// their answers, are read with the answers; a button that only shows or
// hides a menu, and one that is not a toggle, are not.
func TestAccordionQuestions(t *testing.T) {
	faq := func(i int, q string) string {
		return fmt.Sprintf(`<div class="faq-item"><h3><button type="button" class="faq-toggle" aria-expanded="false" aria-controls="a%d">%s</button></h3><div id="a%d" class="faq-answer"><p>%s</p></div></div>`,
			i, q, i, para(fmt.Sprintf("Answer %d", i)))
	}
	doc := `<html><head><title>Ferry passes</title></head><body><div class="topbar"><button aria-expanded="false" aria-controls="m">Menu</button><button aria-controls="t">Preview the dark theme</button></div>
		<main><h1>Ferry passes</h1><button type="button" aria-expanded="false" aria-controls="topics">Open the list of related topics</button><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
		<div class="accordion"><button class="accordion__button" aria-expanded="true" aria-controls="c1">01. Passes for families</button><div id="c1"><p>` + para("Answer 3") + `</p></div></div>
		<section class="faq"><h2>Questions and answers</h2>` + faq(1, "How long is a monthly pass valid?") + faq(2, "Can I take my bicycle on the ferry?") + `</section></main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "How long is a monthly pass valid?", "Answer 1", "Can I take my bicycle on the ferry?", "Answer 2", "01. Passes for families"},
		[]string{"Menu", "dark theme", "related topics"})
}

// TestPromoBlockInArticle: a block the site names a promotion (a slideshow
// of another story placed inside the article's body) is not the article,
// however long its paragraphs.
func TestPromoBlockInArticle(t *testing.T) {
	var slides strings.Builder
	for i := range 8 {
		fmt.Fprintf(&slides, `<li class="slide"><h4>Slide %d</h4><p>%s %s %s</p></li>`, i, para(fmt.Sprintf("Slide %d", i)), para("Slide text"), para("More slide text"))
	}
	doc := `<html><head><title>Harbour council backs the ferry plan</title></head><body>
		<div class="story"><h1>Harbour council backs the ferry plan</h1>
		<div class="story-body"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
		<div class="promo-box clearfix"><h3>Also on the site:</h3><ul class="gallery-slides">` + slides.String() + `</ul></div>
		<p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Bravo", "Charlie", "Delta"}, []string{"Slide 3", "Also on the site"})
}

// TestSummaryBox: a news article's summary box above its text (a label
// such as "Story highlights" and a few short points) is left out, as the
// news truths leave it; a list headed "Key points:" amid the text stays.
func TestSummaryBox(t *testing.T) {
	doc := `<html><head><title>Storm cuts power to the coast</title></head><body><div class="story-body">
		<div class="box"><div><strong>STORY HIGHLIGHTS</strong></div><ul class="bullets">
		<li>NEW: Thousands of homes still without power</li><li>Ferry services cancelled until Friday</li><li>The mayor calls for calm</li></ul></div>
		<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
		<p><strong>Key points:</strong></p><ul><li>The ferry runs again on Friday</li><li>Schools stay closed</li></ul>
		<p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Key points:", "The ferry runs again on Friday", "Schools stay closed", "Delta"},
		[]string{"STORY HIGHLIGHTS", "Thousands of homes", "Ferry services cancelled", "The mayor calls"})
	// A line above the label (a headline, a byline) is not the box's.
	ps := []paragraph{{text: "By Jane Roe"}, {text: "Key points"}, {text: "Ferries cancelled", item: true}, {text: para("Alpha")}}
	if from, to := summaryBox(ps); from != 1 || to != 3 {
		t.Errorf("summaryBox = %d, %d, want 1, 3", from, to)
	}
}

// TestSkippedBox: a box set into the article whose first element is a
// link to the paragraph right after it (a skip link) is not the article's
// text; a box without one stays.
func TestSkippedBox(t *testing.T) {
	doc := `<html><head><title>Ferry race begins</title></head><body><div class="story-body">
		<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
		<div class="story-feature wide"><a class="hidden" href="#continues_2">Continue reading the main story</a><h2>Captain Jane Roe</h2>
		<div class="pic"><img src="roe.jpg" alt="Jane Roe"></div>
		<ul><li>Sailed the harbour ferry for twenty years</li><li>Her latest venture, a water taxi company, runs six boats between the piers and the old town</li>
		<li>Roe says her boats can cross the harbour faster and cheaper than anyone thought possible</li><li>The new boat will be used for the race</li></ul></div>
		<p id="continues_2">` + para("Charlie") + `</p>
		<div class="note"><a href="#top">Back to top</a><p>The crossing takes forty minutes in fair weather and an hour in a storm.</p></div>
		<p>` + para("Delta") + `</p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Charlie", "Delta", "The crossing takes forty minutes"},
		[]string{"Captain Jane Roe", "Sailed the harbour", "water taxi"})
}

// TestVideoDescription: a video player set into the article with its
// description (a line, or a paragraph in a block named a video's) is the
// video's caption, not the article's text.
func TestVideoDescription(t *testing.T) {
	doc := `<html><head><title>Ferry hits the pier</title></head><body><div class="article-text">
		<div class="inline-video"><iframe src="https://video.example.com/embed/1234"></iframe><p>A ferry struck the pier in fog on Tuesday morning. Jane Roe reports from the harbour.</p></div>
		<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
		<div class="player"><video src="/clip.mp4"></video><span>The captain speaks to reporters after the crash.</span></div>
		<p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Delta"}, []string{"Jane Roe reports", "The captain speaks"})
}

// TestLiteralMarkup: a paragraph showing HTML tags as text (escaped
// markup, a counter's markup written out) is not prose; markup shown in
// code stays.
func TestLiteralMarkup(t *testing.T) {
	doc := `<html><head><title>Building the harbour's web page</title></head><body><div class="post-body">
		<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
		<p>The council agreed, as &lt;a href="https://harbour.example/plan"&gt;the plan&lt;/a&gt; says, to rebuild the pier.</p>
		<p>&lt;a href="https://counter.example/stats?site=harbour" target="_top"&gt;&lt;img src="https://counter.example/meter.gif" alt="Counter"/&gt;&lt;/a&gt;</p>
		<p>Link the plan with <code>&lt;a href="/plan"&gt;the plan&lt;/a&gt;</code> in the page.</p>
		<pre>&lt;div class="pier"&gt;Pier&lt;/div&gt;</pre>
		<p>The first pages marked a word bold by setting it between &lt;b&gt; and &lt;/b&gt;, and a new paragraph with &lt;p&gt;, the museum's curator said.</p>
		<p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Delta", `Link the plan with <a href="/plan">the plan</a> in the page.`, `<div class="pier">Pier</div>`,
		"between <b> and </b>, and a new paragraph"},
		[]string{"to rebuild the pier", "counter.example"})
}

// TestQuotedMarkup: a paragraph of prose that quotes markup as text (a
// security story's payload, a tag in quotation marks) is the article's,
// kept; escaped markup that wraps the prose's own words (a link the page
// escaped by mistake) and a paragraph that is markup alone stay out, as
// in TestLiteralMarkup.
func TestQuotedMarkup(t *testing.T) {
	doc := `<html><head><title>Flaw let attackers run code in the harbour's booking site</title></head><body><div class="post-body">
		<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
		<p>The researcher showed that typing &lt;img src=x onerror=alert(1)&gt; into the booking form's name field ran the script in every clerk's browser.</p>
		<p>A second flaw let a link such as &lt;a href="javascript:steal()"&gt;Pay&lt;/a&gt; through, and the vendor fixed both in <em>version 4.2</em> on Friday.</p>
		<p>Readers were told to look for the line "&lt;meta name="booking-version" content="4.2"&gt;" in the page's source to see whether they were safe.</p>
		<p>The council agreed, as &lt;a href="https://harbour.example/plan"&gt;the plan&lt;/a&gt; says, to rebuild the pier.</p>
		<p>&lt;img src=x onerror=alert(1)&gt;</p>
		<p>&lt;a href="https://counter.example/stats?site=harbour" target="_top"&gt;&lt;img src="https://counter.example/meter.gif" alt="Counter"/&gt;&lt;/a&gt;</p>
		<p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Delta",
		"typing <img src=x onerror=alert(1)> into the booking form's name field",
		`such as <a href="javascript:steal()">Pay</a> through, and the vendor fixed both in version 4.2 on Friday.`,
		`look for the line "<meta name="booking-version" content="4.2">" in the page's source`},
		[]string{"to rebuild the pier", "counter.example", "<img src=x onerror=alert(1)>\n"})
}

// TestIntroducedLinkList: a list of links that the text introduces with a
// colon ("Previous interviews in the series:") is the article's own, kept
// though its items are links alone; one whose intro invites the reader to
// other posts ("If you liked this post you might also like:", "More from
// the Harbour Post:") is a teaser list, left out as before.
func TestIntroducedLinkList(t *testing.T) {
	list := `<ul><li><a href="/a">Jane Roe on the ferry timetable</a></li><li><a href="/b">John Doe on the bridge tolls</a></li><li><a href="/c">Ann Poe on the harbour wall</a></li></ul>`
	for _, tt := range []struct {
		intro string
		keep  bool
	}{
		{"Previous interviews in the series:", true},
		{"Vorherige Gespräche aus der Reihe:", true},
		{"If you liked this post you might also like:", false},
		{"More from the Harbour Post:", false},
		{"Das könnte Sie auch interessieren:", false},
	} {
		doc := `<html><head><title>Harbour council backs the ferry plan</title></head><body>
			<nav><a href="/">Home</a> <a href="/news">News</a></nav>
			<div class="post"><h1>Harbour council backs the ferry plan</h1><div class="entry-content"><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
			<p>` + tt.intro + `</p>` + list + `</div></div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if tt.keep {
			checkText(t, a.Text, []string{"Alpha", "Charlie", "John Doe on the bridge tolls", "Ann Poe"}, nil)
		} else {
			checkText(t, a.Text, []string{"Alpha", "Charlie"}, []string{"John Doe on the bridge tolls"})
		}
	}
}

// TestGermanClassNames: a template that names its columns in German (the
// sidebar "randspalte", the footer "fusszeile") has them read as the
// English names are, not as more of the article beside them.
func TestGermanClassNames(t *testing.T) {
	de := "erklärte am Dienstag, der Gemeinderat habe nach langer Debatte dem Plan zugestimmt, der mehr kosten werde als erwartet und zwei Jahre dauern solle."
	doc := `<html lang="de"><head><title>Der Plan</title></head><body><div id="seite">
		<div id="inhalt"><h1>Der Plan</h1><p>Anton ` + de + `</p><p>Berta ` + de + `</p><p>Cäsar ` + de + `</p></div>
		<div id="randspalte"><p>Unser Verein besteht seit 1950 und hat heute mehr als 300 Mitglieder in der ganzen Region.</p><p>Die Geschäftsstelle ist montags bis freitags von 9 bis 12 Uhr geöffnet, Termine gibt es nach Absprache.</p></div>
		<div class="fusszeile"><p>Der Verein ist gemeinnützig und finanziert sich aus Beiträgen und Spenden seiner Mitglieder.</p><p>Alle Angaben auf dieser Seite sind ohne Gewähr, Änderungen sind jederzeit vorbehalten.</p></div>
		</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Anton", "Cäsar"}, []string{"Geschäftsstelle", "gemeinnützig"})
}

// TestTableUnderItsHeading: a table of linked rows amid the text, under a
// heading of its own ("Unsere Testsieger im Überblick"), is the article's
// (a buying guide's overview), kept through the cleaning as a table the
// text introduces with a colon is; under a teaser heading it goes.
func TestTableUnderItsHeading(t *testing.T) {
	table := `<table><tr><th>Modell</th><th>Preis</th><th>Note</th></tr>
		<tr><td><a href="/p/1">Bergstiefel Pro X</a></td><td><a href="/go/1">149 Euro</a></td><td>sehr gut</td></tr>
		<tr><td><a href="/p/2">Trail Runner GTX</a></td><td><a href="/go/2">129 Euro</a></td><td>gut</td></tr>
		<tr><td><a href="/p/3">Alpin Light</a></td><td><a href="/go/3">99 Euro</a></td><td>gut</td></tr></table>`
	for _, tt := range []struct {
		heading string
		keep    bool
	}{
		{"Unsere Testsieger im Überblick", true},
		{"Our picks at a glance", true},
		{"Related stories", false},
		{"Weitere Artikel", false},
	} {
		doc := `<html><head><title>Die besten Wanderschuhe</title></head><body><nav><a href="/">Start</a> <a href="/tests">Tests</a></nav>
			<main><article><h1>Die besten Wanderschuhe</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
			<h2>` + tt.heading + `</h2>` + table + `<p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p><p>` + para("Echo") + `</p></article></main></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if tt.keep {
			checkText(t, a.Text, []string{"Alpha", "Charlie", "Trail Runner GTX 129 Euro gut"}, nil)
		} else {
			checkText(t, a.Text, []string{"Alpha", "Charlie"}, []string{"Trail Runner"})
		}
	}
}

// TestEntryHeaders: the entries of a live blog, each an <article> with a
// <header> holding its title, keep their titles (a header elsewhere is
// page chrome and goes whole), not the times and buttons beside them.
func TestEntryHeaders(t *testing.T) {
	de := "erklärte am Dienstag, der Gemeinderat habe nach langer Debatte dem Plan zugestimmt, der mehr kosten werde als erwartet und zwei Jahre dauern solle."
	var entries strings.Builder
	for i := range 6 {
		fmt.Fprintf(&entries, `<article class="liveblog-entry" id="e%d"><header><time>1%d:30 Uhr</time><h3>Eintrag Nummer %d</h3></header><p>Person%d %s</p><footer><a href="#e%d">Link kopieren</a></footer></article>`, i, i, i, i, de, i)
	}
	doc := `<html lang="de"><head><title>Liveticker: Der Plan</title></head><body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
		<main><article><h1>Liveticker zum Plan</h1><div class="liveblog">` + entries.String() + `</div></article></main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Eintrag Nummer 1", "Person1", "Eintrag Nummer 5", "Person5"}, []string{"13:30 Uhr", "Link kopieren"})
}

// TestShortPostBesideWidgets: a short blog post beside a sidebar whose
// widgets hold more prose ("Über mich") stays alone: the text of blocks
// named as chrome neither lifts the post's parent over it nor makes the
// page's text look spread over its sections. In a grid column, the
// sidebar's widgets in the column beside it (named only "widget
// widget_text", which says "text" as well), the column of widgets does
// not join the post as a sibling that scores well.
func TestShortPostBesideWidgets(t *testing.T) {
	const post = `<article class="post"><h1 class="entry-title">Erster Frost im Garten</h1>
		<div class="entry-content"><p>Heute Nacht hatten wir den ersten Frost. Die Dahlien sind schwarz, die Kapuzinerkresse ist hinüber.</p><p>Morgen grabe ich die Knollen aus und lagere sie im Keller.</p></div></article>`
	const widgets = `<section class="widget widget_text"><h2 class="widget-title">Über mich</h2><div class="textwidget">
		<p>Ich bin Anna, 42 Jahre alt, und gärtnere seit über zwanzig Jahren in unserem Garten am Stadtrand von Leipzig. Hier schreibe ich über Gemüse, Blumen und alles, was dazwischen wächst.</p>
		<p>Mein Garten ist etwa 800 Quadratmeter groß, hat einen alten Apfelbaum, ein Gewächshaus und viel zu wenig Platz für all die Pflanzen, die ich noch ausprobieren möchte.</p>
		<p>Wenn du Fragen hast, schreib mir gern eine E-Mail, ich antworte meistens innerhalb von ein paar Tagen, manchmal dauert es im Sommer aber auch länger.</p></div></section>`
	for name, body := range map[string]string{
		"widget area":   `<main class="content-area">` + post + `</main><div class="widget-area">` + widgets + `</div>`,
		"widget column": `<div class="col-md-8">` + post + `</div><div class="col-md-4">` + widgets + `</div>`,
	} {
		t.Run(name, func(t *testing.T) {
			doc := `<html lang="de"><head><title>Erster Frost im Garten – Gartenblog</title></head><body>
		<header class="site-header"><a href="/">Gartenblog</a><nav><a href="/">Start</a> <a href="/ueber">Über mich</a></nav></header>
		<div class="site-content">` + body + `</div>
		<footer><p>© 2024 Gartenblog</p></footer></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Heute Nacht hatten wir", "Morgen grabe ich"}, []string{"Ich bin Anna", "Wenn du Fragen hast"})
		})
	}
}

// TestReadMoreTeasers: a column of other stories whose titles are plain
// text and whose links say only "Weiterlesen" (or "Read more"), each with
// its date, inside the block chosen for a page without JSON-LD, goes; a
// post's own "Read more" link, once, stays with its text.
func TestReadMoreTeasers(t *testing.T) {
	de := "erklärte am Dienstag, der Gemeinderat habe nach langer Debatte dem Plan zugestimmt, der mehr kosten werde als erwartet."
	for _, label := range []string{"Weiterlesen …", "Read more...", "» Lire la suite", "Zum Beitrag →"} {
		doc := `<html lang="de"><head><title>Neue Radwege</title></head><body>
			<div id="wrap"><div id="nav"><a href="/">Start</a> <a href="/presse">Presse</a></div>
			<div id="page"><h3>Neue Radwege</h3><p class="date">2024-05-02</p>
			<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
			<div id="latest"><ul>
			<li><h3>Neuer Bürgermeister gewählt</h3><p class="text">Anton ` + de + ` <a href="/n/1">` + label + `</a></p><p class="date">2024-05-01</p></li>
			<li><h3>Schwimmbad öffnet</h3><p class="text">Berta ` + de + ` <a href="/n/2">` + label + `</a></p><p class="date">2024-04-29</p></li>
			<li><h3>Markt verschoben</h3><p class="text">Cäsar ` + de + ` <a href="/n/3">` + label + `</a></p><p class="date">2024-04-25</p></li>
			</ul></div></div></div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Alpha", "Charlie"}, []string{"Anton", "Schwimmbad", "Cäsar"})
	}
	// A service page's cards, each ending in "Mehr erfahren", beside its
	// text: kept.
	cards := `<html lang="de"><head><title>Gartenbau Muster</title></head><body><div id="page"><h1>Gartenbau Muster</h1>
		<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
		<div class="leistungen">
		<div class="card"><h3>Gartenpflege</h3><p>Dora ` + de + ` <a href="/pflege">Mehr erfahren</a></p></div>
		<div class="card"><h3>Baumschnitt</h3><p>Emil ` + de + ` <a href="/baum">Mehr erfahren</a></p></div>
		<div class="card"><h3>Pflasterarbeiten</h3><p>Fritz ` + de + ` <a href="/pflaster">Mehr erfahren</a></p></div>
		</div></div></body></html>`
	a, err := FromReader(strings.NewReader(cards), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Dora", "Emil", "Fritz"}, nil)
	// One post's excerpt ending in its own "Read more": kept.
	doc := `<html><head><title>Notes</title></head><body><div id="main"><div class="post"><h2>Notes</h2><p>` + para("Alpha") + `</p><p>` + para("Bravo") + ` <a href="/notes/full">Read more</a></p></div></div></body></html>`
	a, err = FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Bravo"}, nil)
}

// TestCollapsedAccordionPanels: a FAQ's answers, hidden until their
// questions are clicked (hidden, aria-hidden with a style of height 0, a
// class "hidden"), are the page's text; a menu's panel opened by a
// "Menü" button stays out, hidden or not.
func TestCollapsedAccordionPanels(t *testing.T) {
	doc := `<html lang="de"><head><title>Fragen zum Umzug</title></head><body>
		<button aria-controls="nav-panel" aria-expanded="false">Menü</button><div id="nav-panel" hidden><a href="/a">Start</a> <a href="/b">Preise</a> Alle Leistungen unserer Firma im Überblick, von der Planung bis zum Aufbau.</div>
		<main><h1>Fragen zum Umzug</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
		<section class="faq"><h2>Häufige Fragen</h2>
		<div class="item"><button class="faq-toggle" aria-controls="a1" aria-expanded="false">Wie früh sollte ich den Umzug planen?</button>
		<div id="a1" hidden><p>Dora erklärte, dass drei Monate vor dem Termin genug Zeit bleibt, um Angebote einzuholen und Kartons zu besorgen.</p></div></div>
		<div class="item"><h3><button aria-controls="a2" aria-expanded="false">Was kostet ein Umzug in der Stadt</button></h3>
		<div id="a2" aria-hidden="true" style="height:0;overflow:hidden"><p>Emil erklärte, dass die Kosten vor allem von der Menge der Möbel und vom Stockwerk abhängen, nicht von der Strecke.</p></div></div>
		<div class="item"><button class="accordion-button" aria-controls="a3" aria-expanded="false">Muss ich ein Halteverbot beantragen?</button>
		<div id="a3" class="panel hidden"><p>Fritz erklärte, dass die Stadt ein Halteverbot für den Umzugstag gegen eine Gebühr einrichtet, wenn man es zwei Wochen vorher beantragt.</p></div></div>
		</section></main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Dora erklärte", "Emil erklärte", "Fritz erklärte"}, []string{"Alle Leistungen unserer Firma"})
}

// TestFAQAfterArticle: a FAQ of collapsed answers set after the article,
// beside the block around its text rather than beside the text itself,
// closes the text.
func TestFAQAfterArticle(t *testing.T) {
	qa := func(id, q, a string) string {
		return `<div class="faq-item"><button class="faq-question" aria-controls="` + id + `" aria-expanded="false">` + q + `</button><div id="` + id + `" hidden><p>` + a + `</p></div></div>`
	}
	page := func(faq string) string {
		return `<html lang="de"><head><title>Balkon bepflanzen</title></head><body><nav><a href="/">Start</a> <a href="/garten">Garten</a></nav>
		<main><div class="layout"><div class="post"><div class="post-inner"><h1>Balkon bepflanzen</h1>
		<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></div>
		<div class="post-share"><a href="/s">Teilen</a></div></div>
		<section class="faq-block"><h2>Häufige Fragen</h2>` + faq + `</section></div></main>
		<footer><a href="/impressum">Impressum</a></footer></body></html>`
	}
	faq := qa("q1", "Welche Pflanzen vertragen volle Sonne?", "Dora erklärte, dass Geranien, Lavendel und Rosmarin die Mittagssonne gut vertragen, wenn sie regelmäßig gegossen werden.") +
		qa("q2", "Wie oft muss ich im Sommer gießen?", "Emil erklärte, dass Kästen in der Sonne an heißen Tagen morgens und abends Wasser brauchen, im Schatten seltener.") +
		qa("q3", "Brauchen Balkonpflanzen Dünger?", "Fritz erklärte, dass ein Flüssigdünger alle zwei Wochen genügt, von Mai bis August, und danach eine Pause gut tut.")
	a, err := FromReader(strings.NewReader(page(faq)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Delta", "Dora erklärte", "Emil erklärte", "Fritz erklärte"}, []string{"Impressum"})
	if i, j := strings.Index(a.Text, "Delta"), strings.Index(a.Text, "Dora"); i < 0 || j < i {
		t.Errorf("the FAQ should follow the article:\n%s", a.Text)
	}
}

// TestAccordionLinksAsText: a Bootstrap accordion's questions are links to
// the panels they open (href="#collapse-2", aria-controls); they read as
// the questions, not as links away, so the FAQ after a course's
// description is not dropped as a box of links.
func TestAccordionLinksAsText(t *testing.T) {
	item := func(n, q, a string) string {
		return `<div class="panel panel-default"><div class="panel-heading" role="tab" id="h` + n + `"><h4 class="panel-title"><a class="btn btn-link collapsed" role="button" data-toggle="collapse" href="#c` + n + `" aria-expanded="false" aria-controls="c` + n + `">` + q + `</a></h4></div>
			<div id="c` + n + `" class="panel-collapse collapse" role="tabpanel"><div class="panel-body"><p>` + a + `</p></div></div></div>`
	}
	doc := `<html lang="de"><head><title>Kurs Buchhaltung</title></head><body><nav><a href="/">Start</a> <a href="/kurse">Kurse</a></nav>
		<div id="content"><h1>Kurs Buchhaltung</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>
		<div class="faq-wrap"><h2>Fragen und Antworten</h2><div class="panel-group" id="accordion" role="tablist">` +
		item("1", "Brauche ich Vorkenntnisse für den Kurs?", "Nein, sagt Dora, der Kurs beginnt bei den Grundlagen.") +
		item("2", "Bekomme ich am Ende ein Zertifikat?", "Ja, sagt Emil, nach der letzten Prüfung.") +
		item("3", "Wie lange habe ich Zugang zu den Videos?", "Ein Jahr lang, sagt Fritz, ab dem Kauf.") +
		item("4", "Kann ich den Kurs auch am Handy ansehen?", "Ja, sagt Gustav, in jedem Browser.") +
		`</div></div></div><footer><a href="/impressum">Impressum</a></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Brauche ich Vorkenntnisse", "sagt Dora", "sagt Emil", "sagt Fritz", "sagt Gustav"}, []string{"Impressum"})
}

// TestPictureInParagraph: a sentence set in a <span> inside a paragraph
// with a picture floated beside it (WordPress's editor writes it so), or
// in a <span> that the line goes on after, is the text, not a picture's
// caption; a linked byline with a portrait set so is still no text.
func TestPictureInParagraph(t *testing.T) {
	doc := `<html lang="de"><head><title>Technik zuerst</title></head><body><article><h1>Technik zuerst</h1>
		<p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p>
		<p><span style="font-weight: 400;">Eine solide technische Grundlage sorgt dafür, dass Suchmaschinen die Seite finden. <img class="alignright" src="/bild.png" alt="Bild" width="225" height="225"></span></p>
		<p>` + para("Delta") + `</p><p>` + para("Echo") + `</p>
		<div class="eintrag"><span style="color: #111;"><a class="bild" href="/bild.png" style="float: right;"><img src="/bild-klein.png" alt="Bild"></a>Je älter ich werde, desto mehr glaube ich an den alten Spruch über die Schule.</span> <a href="/beitrag/schule">Hier mehr dazu</a> und zu den Folgen für die Stadt. ` + para("Foxtrot") + ` ` + para("Golf") + `</div>
		<p><span class="who"><img src="/kopf.jpg" alt=""> <a href="/autor/erika">Erika Muster</a> <a href="/thema/technik">Technik</a></span></p></article></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Eine solide technische Grundlage", "Echo", "Je älter ich werde"}, []string{"Erika Muster"})
}

// TestPreformattedLinesAreNotChrome: the lines of a <pre> (a shell
// session, a config file) are the page's text as they stand; the
// boilerplate rules for page chrome do not judge them (preformattedCode).
func TestPreformattedLinesAreNotChrome(t *testing.T) {
	page := `<article><h1>Tunnelling a port</h1><p>` + para("The tunnel") + `</p>` +
		`<pre>$ ssh -L 2022:10.1.2.3:22 gateway</pre><p>` + para("The config") + `</p>` +
		`<pre><code>tags: [tunnel, forwarding]</code></pre><p>` + para("The log") + `</p></article>`
	a, err := FromReader(strings.NewReader("<html><head><title>Tunnelling a port</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"$ ssh -L 2022:10.1.2.3:22 gateway", "tags: [tunnel, forwarding]"}, nil)
}

// TestDocNotesWithLinks: a documentation page's admonition or version
// note links the terms it names, so its link density is high; it is the
// text's own note, not a box of links (docNote).
func TestDocNotesWithLinks(t *testing.T) {
	page := `<div class="body"><section><h1>spool</h1><p>` + para("The module") + `</p>` +
		`<div class="versionchanged"><p><span class="versionmodified changed">Changed in version 2.4: </span>The <a href="glossary.html#term-reel">reel</a> may be a <a href="glossary.html#term-spindle">spindle-like object</a>.</p></div>` +
		`<p>` + para("The reel") + `</p>` +
		`<div class="admonition note"><p class="admonition-title">Note</p><p>Reels are not portable across <a href="glossary.html#term-loom">looms</a> with different <a href="glossary.html#term-gauge">gauge settings</a>.</p></div>` +
		`<p>` + para("The spindle") + `</p><p>` + para("The loom") + `</p><p>` + para("The gauge") + `</p></section></div>`
	a, err := FromReader(strings.NewReader("<html><head><title>spool</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Changed in version 2.4: The reel may be a spindle-like object.", "Reels are not portable across looms with different gauge settings."}, nil)
}

// TestHeadingAnchorIsNoHint: a heading's id made from its own words (an
// anchor, "how-to-share-a-starter") is no class hint, so a heading whose
// words hold "share" or "author" ("authority") is not dropped as a share
// bar or a byline (textAnchor); an id that names a byline still is one.
func TestHeadingAnchorIsNoHint(t *testing.T) {
	page := `<article><h1>Sourdough at home</h1><p>` + para("The starter") + `</p>` +
		`<h2 id="how-to-share-a-starter-with-friends">How to share a starter with friends</h2><p>` + para("The jar") + `</p>` +
		`<h2 id="ask-the-local-food-authority-first">Ask the local food authority first</h2><p>` + para("The bakery") + `</p>` +
		`<h3 id="author-note">Written by Jo Baker</h3><p>` + para("The oven") + `</p></article>`
	a, err := FromReader(strings.NewReader("<html><head><title>Sourdough at home</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"How to share a starter with friends", "Ask the local food authority first"}, []string{"Written by Jo Baker"})
}

func TestTextAnchor(t *testing.T) {
	for _, tt := range []struct {
		doc, id string
		want    bool
	}{
		{`<h2>What share of adults vote?</h2>`, "what-share-of-adults-vote", true},
		{`<h2>What share of adults vote?</h2>`, "toc-what-share-of-adults-vote", true},
		{`<h2>What share of adults vote in the elections of their towns?</h2>`, "what-share-of-adults", true},
		{`<h2>Share</h2>`, "share", false},
		{`<h2>Share this story</h2>`, "share-buttons-top", false},
		{`<div>What share of adults vote?</div>`, "what-share-of-adults-vote", false},
	} {
		doc, err := html.Parse(strings.NewReader(tt.doc))
		if err != nil {
			t.Fatal(err)
		}
		var n *html.Node
		for d := range doc.Descendants() {
			if d.Type == html.ElementNode && (d.DataAtom == atom.H2 || d.DataAtom == atom.Div) {
				n = d
				break
			}
		}
		if got := textAnchor(n, tt.id); got != tt.want {
			t.Errorf("textAnchor(%s, %q) = %v, want %v", tt.doc, tt.id, got, tt.want)
		}
	}
}

// TestParagraphsInHeaders: an article whose paragraphs are each set in a
// <header> of their own is read whole (a short one among them too, and
// with empty paragraphs, rules, pictures or figures between them; one
// before a short bare paragraph too), and so is one long paragraph alone
// in a header, not the shorter block of prose beside them; the page's
// header (a logo and a short tagline) and a byline alone in a header
// before the article's bare paragraphs stay out.
func TestParagraphsInHeaders(t *testing.T) {
	var run, long string
	for _, l := range []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"} {
		run += `<header><p>` + para(l) + `</p></header>
			`
		long += para(l) + " "
	}
	short := `<header><p>Kilo cheered.</p></header>
			`
	for _, tt := range []struct {
		name, article string
	}{
		{"run", run},
		{"run with a short one", strings.Replace(run, "<header><p>Charlie", short+"<header><p>Charlie", 1)},
		{"alone", `<header><p>` + long + `</p></header>`},
		{"a byline's header before bare paragraphs", `<header><p>By Lima Pier</p></header>` + strings.NewReplacer("<header>", "", "</header>", "").Replace(run)},
		{"one before a short bare paragraph", `<div class="byline">By Lima Pier</div><header><p>` + para("Alpha") + `</p></header><p>Kilo cheered.</p>` + strings.NewReplacer("<header>", "", "</header>", "").Replace(strings.Replace(run, "<header><p>Alpha", "<header><p>Zulu", 1))},
		{"run kept apart by empty paragraphs", strings.ReplaceAll(run, "</header>", "</header><p>&nbsp;</p>")},
		{"run kept apart by captioned figures", strings.ReplaceAll(run, "</header>", `</header><figure><img src="/i/pier.png"><figcaption>The pier at dawn</figcaption></figure>`)},
		{"run kept apart by rules and pictures", strings.ReplaceAll(strings.Replace(run, "</header>", `</header><p><img src="/i/map.png"></p>`, 3), "</header>\n", "</header><hr>\n")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Harbour plan</title></head><body>
				<header><a href="/">Gazette</a><p>News from the coast</p></header>
				<div><h1>Harbour plan</h1>` + tt.article + `</div>
				<div><h2>Also</h2><p>Xray tickets are on sale at the kiosk.</p><p>Whiskey tasting on the pier, Friday.</p></div>
				<footer><p>Gazette 2026</p></footer></body></html>`
			a, err := FromReader(strings.NewReader(page), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Alpha", "Delta", "Golf"}, []string{"News from the coast", "Gazette", "Xray", "Whiskey", "Lima"})
			if strings.Contains(tt.article, "Kilo") {
				checkText(t, a.Text, []string{"Kilo cheered."}, nil)
			}
		})
	}
}

// TestOneLongParagraphInChromeTags: a post of one long paragraph wrapped
// in an <aside> or a <header> (a theme's, or an unclosed header's) is the
// article, not the short note of related posts beside it, nor the footer's
// longer text the fallback would read; a sidebar's short "About"
// paragraph in an <aside> stays out.
func TestOneLongParagraphInChromeTags(t *testing.T) {
	post := para("Alpha") + " " + para("Bravo") + " " + para("Charlie")
	for _, tag := range []string{"aside", "header"} {
		t.Run(tag, func(t *testing.T) {
			page := `<html><head><title>Harbour plan</title></head><body>
				<div class="page"><` + tag + `><h1>Harbour plan</h1><p>` + post + `</p></` + tag + `>
				<div><p>If you liked this post, you will like reading <a href="/a">Ferry times</a>, <a href="/b">Pier repairs</a> and <a href="/c">New benches</a>.</p></div>
				<aside><h3>About</h3><p>Xray writes about the coast.</p></aside></div>
				<footer><p>` + para("Yankee") + `</p><p>` + para("Zulu") + `</p><p>` + para("Victor") + `</p><p>` + para("Whiskey") + `</p></footer></body></html>`
			a, err := FromReader(strings.NewReader(page), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Alpha", "Charlie"}, []string{"Xray", "If you liked", "Yankee", "Whiskey"})
			if a.Extraction == newsner.ExtractionFallback {
				t.Error("read by the fallback")
			}
		})
	}
}

// TestForumPostsBesideAvatars: a forum thread's posts, lines without a
// <p>, each sit beside the writer's avatar (one also beside a rank badge);
// they are the thread's text, not a picture with its caption (avatarPost:
// the short post) nor an image gallery (galleryPictures: the post beside
// avatar and badge). A byline beside the author's picture, a name and a
// date, stays out.
func TestForumPostsBesideAvatars(t *testing.T) {
	post := func(id, who, text string, badge bool) string {
		b := ""
		if badge {
			b = `<img src="/ranks/regular.png" alt="Regular">`
		}
		return `<article class="message" id="post-` + id + `"><div class="message-inner"><div class="message-user"><a class="avatar avatar--m" href="/members/` + who + `"><img src="/av/` + id + `.jpg" alt="` + who + `" width="96" height="96"></a>` + b + `</div>` +
			`<div class="message-main"><div class="message-body"><div class="bbWrapper">` + text + `</div></div></div></div></article>`
	}
	page := `<div class="thread"><h1>Which pump for a small pond?</h1>` +
		post("1", "ferngully", para("The pond")+"<br>"+para("The pump"), false) +
		post("2", "otterpop", "Get one rated a little above the volume. Mine hums along quietly.<br>Check the head height too!", false) +
		post("3", "marshwren", "Seconding that, the cheap ones clog in a week.<br>"+para("The sponge")+"<br>"+para("The hose"), true) +
		post("4", "ferngully", para("The filter")+"<br>"+para("The liner"), false) +
		`</div><div class="byline"><a class="author-avatar" href="/staff/kit"><img src="/staff/kit.jpg" alt=""></a> Kit Larkspur · March 3</div>`
	a, err := FromReader(strings.NewReader("<html><head><title>Which pump for a small pond?</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The pond", "Mine hums along quietly.", "The sponge", "The liner"}, []string{"Kit Larkspur"})
}

// TestNewsletterBoxAmidText: a newsletter's sign-up box set between the
// post's paragraphs, a heading asking to sign up and two lines of pitch,
// is the site's, not the post's (newsletterBox); a paragraph that merely
// mentions a newsletter stays.
func TestNewsletterBoxAmidText(t *testing.T) {
	page := `<article><h1>Pruning fruit trees in winter</h1><p>` + para("The orchard") + `</p><p>` + para("The shears") + `</p>` +
		`<div class="wp-block-group"><h3>Sign up for the Grove Letters newsletter</h3><p><a href="/grove-letters"><strong>Grove Letters</strong></a> is a monthly newsletter for home growers.</p>` +
		`<p>Delivered on the first Sunday, it rounds up what to plant, prune and pick each season.</p><div class="form-wrap"></div></div>` +
		`<p>Our own club newsletter first reported the frost damage last spring, and the growers have argued about pruning dates since.</p>` +
		`<p>` + para("The branches") + `</p><p>` + para("The buds") + `</p></article>`
	a, err := FromReader(strings.NewReader("<html><head><title>Pruning fruit trees in winter</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The shears", "Our own club newsletter first reported", "The buds"}, []string{"Grove Letters", "Delivered on the first Sunday"})
}

// TestRelatedCardsWithPlainTitles: a box of other posts' cards under a
// "Related ..." heading, each card a picture, a plain heading and a line
// of summary (the link is a button under it), is not the post's text
// (relatedCards); a section of the post under an ordinary heading, its
// cards of the same shape, stays.
func TestRelatedCardsWithPlainTitles(t *testing.T) {
	card := func(title, line string) string {
		return `<div class="tile"><img src="/t/` + title[:4] + `.jpg" alt=""><div class="tile-body"><h3>` + title + `</h3><p>` + line + `</p></div>` +
			`<div class="tile-foot"><a href="/posts/` + title[:4] + `">Read</a></div></div>`
	}
	page := `<article><h1>Building a cold frame</h1><p>` + para("The frame") + `</p><p>` + para("The lid") + `</p>` +
		`<section class="band"><h2>Three ways to vent it</h2><div class="tiles">` +
		card("Prop the lid", "A notched stick holds the lid open on mild afternoons, and it closes at dusk.") +
		card("Fit an opener", "A wax cylinder opens the lid as the air warms, with no power needed.") +
		card("Drill the sides", "Small holes low in the sides let damp air out on cold nights.") + `</div></section>` +
		`<p>` + para("The soil") + `</p><p>` + para("The seedlings") + `</p>` +
		`<section class="band"><h2>Related posts you may enjoy</h2><div class="tiles">` +
		card("Raised beds on a budget", "Scrap timber and a weekend make four beds that last for years.") +
		card("Starting tomatoes indoors", "A sunny sill and a cheap lamp give sturdy plants by spring.") +
		card("Composting in winter", "A heap keeps working through frost if it is big enough.") + `</div><br></section></article>`
	a, err := FromReader(strings.NewReader("<html><head><title>Building a cold frame</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The lid", "A wax cylinder opens the lid", "The seedlings"}, []string{"Raised beds on a budget", "Scrap timber", "Composting in winter"})
}

// TestSectionHeaderInText: a landing page's section opens with its own
// header, a heading and a lead line in a block named "section-header";
// it is the section's, not the page's header, and stays (sectionHeader).
func TestSectionHeaderInText(t *testing.T) {
	section := func(head, lead, a, b string) string {
		return `<section class="band"><div class="container"><div class="row section-header"><div class="col"><h2>` + head + `</h2><p class="lead">` + lead + `</p></div></div>` +
			`<div class="row"><div class="col"><p>` + para(a) + `</p></div><div class="col"><p>` + para(b) + `</p></div></div></div></section>`
	}
	page := `<header class="site-header"><a href="/">Lantern Works</a></header><main>` +
		section("Surveys that fit your site", "Plan the job before the crew arrives", "The survey", "The plan") +
		section("Repairs without the guesswork", "One crew from start to finish", "The crew", "The finish") + `</main>`
	a, err := FromReader(strings.NewReader("<html><head><title>Lantern Works | Services</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Surveys that fit your site", "Plan the job before the crew arrives", "The plan", "One crew from start to finish", "The finish"}, []string{"Lantern Works"})
}

// TestAccordionQuestionWithoutAria: a page builder's FAQ whose questions
// are buttons named by class, opened by the page's own script without
// aria-expanded, keeps its questions with their answers
// (namedAccordionQuestion); a button of the same class that asks nothing
// ("Show all answers") stays out.
func TestAccordionQuestionWithoutAria(t *testing.T) {
	item := func(q, a string) string {
		return `<div class="faq-item"><button class="faq-question"><div>` + q + `</div><i class="chevron"></i></button><div class="faq-answer"><p>` + a + `</p></div></div>`
	}
	page := `<main><section><h1>Kiln hire</h1><p>` + para("The kiln") + `</p><p>` + para("The studio") + `</p></section>` +
		`<section class="faq-wrap"><h2>Questions</h2><div class="faq"><button class="faq-expand-all">Show all answers</button>` +
		item("How long does a firing take?", para("The firing")) +
		item("Can I bring my own glazes?", para("The glazes")) +
		item("Who loads the kiln for me?", para("The staff")) + `</div></section></main>`
	a, err := FromReader(strings.NewReader("<html><head><title>Kiln hire</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"How long does a firing take?", "The glazes", "Who loads the kiln for me?"}, []string{"Show all answers"})
}

// TestLongForumSignature: a forum post's signature, longer than the
// 200 characters up to which a meta block goes, is the poster's, not the
// post's (postSignature); the posts stay.
func TestLongForumSignature(t *testing.T) {
	sig := `<div class="signature"><span>measure twice, cut once, then measure the offcut too</span><br><br>Workshop: a 1962 lathe, restored.<br><br>A bench drill with a new chuck.<br><br>Two planes, one of them flat.<br><br>A band saw that mostly cuts straight.<br><br>A dust extractor that is louder than everything else combined.</div>`
	post := func(id, text string) string {
		return `<div class="post" id="p` + id + `"><div class="postbody"><div class="content">` + text + `</div></div>` + sig + `</div>`
	}
	page := `<div class="topic"><h1>Flattening a warped bench top</h1>` + post("1", para("The bench")+"<br>"+para("The top")) +
		post("2", para("The winding sticks")+"<br>"+para("The jack plane")) + post("3", para("The straightedge")+"<br>"+para("The finish")) + `</div>`
	a, err := FromReader(strings.NewReader("<html><head><title>Flattening a warped bench top</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The bench", "The jack plane", "The finish"}, []string{"measure twice", "1962 lathe", "dust extractor"})
}

// TestHeaderWrappedParagraphsScore: the block holding a run of paragraphs
// each set in a <header> of its own scores as it does with the paragraphs
// bare (scoredParent), and no header of the run is a candidate of its own.
func TestHeaderWrappedParagraphsScore(t *testing.T) {
	var bare, wrapped string
	for _, l := range []string{"Alpha", "Bravo", "Charlie", "Delta"} {
		bare += `<p>` + para(l) + `</p>`
		wrapped += `<header><p>` + para(l) + `</p></header>`
	}
	score := func(run string) (float64, []*html.Node) {
		root, err := html.Parse(strings.NewReader(`<html><body><div><div id="run">` + run + `</div></div></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		body := findBody(root)
		ex := &extractor{flags: flagStripUnlikely | flagWeightClasses | flagCleanConditionally, hints: make(map[classKey]classHints), infos: make(map[*html.Node]*info)}
		ex.stats(body)
		cands := ex.scoreParagraphs(body, body, nil)
		for _, c := range cands {
			if attr(c, "id") == "run" {
				return ex.infos[c].score, cands
			}
		}
		t.Fatalf("block of the run not scored: %s", run)
		return 0, nil
	}
	want, _ := score(bare)
	got, cands := score(wrapped)
	if got != want {
		t.Errorf("block of header-wrapped paragraphs scores %.1f, of bare ones %.1f", got, want)
	}
	for _, c := range cands {
		if c.DataAtom == atom.Header {
			t.Errorf("a header of the run is a candidate")
		}
	}
}

// TestHeadedParagraphHeaders: a section's paragraph set in a <header> of
// its own right under the section's heading is text (headedParagraph),
// though nothing like it stands next to it: a landing page's sections of
// a heading, one paragraph and a button. The page's header stays out
// (checkGazettePage, as in the tests below).
func TestHeadedParagraphHeaders(t *testing.T) {
	var sections string
	for _, l := range []string{"Alpha", "Bravo", "Charlie"} {
		sections += `<section><h2>` + l + ` plan</h2>
			<header><p>` + para(l) + `</p></header>
			<div class="cta"><a href="/` + l + `">Read on</a></div></section>
			`
	}
	checkGazettePage(t, "Harbour plans", sections, []string{"Alpha said", "Bravo said", "Charlie said"}, nil)
}

// checkGazettePage reads a made-up page of the title and the article
// (under an <h1> of the title in <main>, between a site header of a logo
// and a tagline and a footer) and checks its text as checkText does; the
// header's tagline and the footer's line must stay out too.
func checkGazettePage(t *testing.T, title, article string, want, wantNot []string) {
	t.Helper()
	page := `<html><head><title>` + title + `</title></head><body>
		<header><a href="/">Gazette</a><p>News from the coast</p></header>
		<main><h1>` + title + `</h1>` + article + `</main>
		<footer><p>Gazette 2026</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, want, append([]string{"News from the coast", "Gazette 2026"}, wantNot...))
}

// TestShortHeaderBetweenParagraphs: a short line set in a <header> of its
// own between two of a text's paragraphs is the text's (betweenParagraphs),
// as a product's size between its description's lines.
func TestShortHeaderBetweenParagraphs(t *testing.T) {
	checkGazettePage(t, "Speckled mug", `<div class="description">
		<header><p>`+para("Alpha")+`</p></header><p>Wheel thrown stoneware.</p>
		<header><p>Size: about 9 by 13 cm</p></header><p>Holds 350 ml.</p>
		<header><p>`+para("Bravo")+`</p></header></div>`,
		[]string{"Alpha said", "Wheel thrown", "Size: about 9 by 13 cm", "Holds 350 ml.", "Bravo said"}, nil)
}

// TestRepeatedHeaderParagraphs: a paragraph said twice in a text whose
// paragraphs are each set in a <header> (a song's refrain) reads twice, as
// it does with bare paragraphs: a header holding a paragraph alone is no
// block repeated for another screen (paragraphWrapper).
func TestRepeatedHeaderParagraphs(t *testing.T) {
	refrain := `<header><p>` + para("Kilo") + `</p></header>`
	var run string
	for _, l := range []string{"Alpha", "Bravo", "Charlie"} {
		run += `<header><p>` + para(l) + `</p></header>` + refrain
	}
	page := `<html><head><title>Harbour song</title></head><body>
		<header><a href="/">Gazette</a></header>
		<div><h1>Harbour song</h1>` + run + `</div>
		<footer><p>Gazette 2026</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha said", "Charlie said"}, nil)
	if n := strings.Count(a.Text, "Kilo said"); n != 3 {
		t.Errorf("the refrain reads %d times, want 3:\n%s", n, a.Text)
	}
}

// TestProseHeaderBesideShortHeader: a paragraph of prose set in a
// <header> of its own, with a related story's box on one side and a short
// line set likewise on the other (no sentence: sentenceBesideSentence
// does not take them), is the text's (runParagraph), and so is the short
// line.
func TestProseHeaderBesideShortHeader(t *testing.T) {
	checkGazettePage(t, "Harbour rescue", `<div><p>`+para("Bravo")+`</p><p>`+para("Charlie")+`</p>
		<div class="embedded"><a href="/a">Pier repairs begin</a></div>
		<header><p>`+para("Alpha")+`</p></header>
		<header><p>Update at 6 pm: all four sailors are safe</p></header>
		<div class="embedded"><a href="/b">Ferry times change</a></div>
		<p>`+para("Delta")+`</p></div>`,
		[]string{"Alpha said", "all four sailors are safe", "Bravo said", "Delta said"}, nil)
}

// TestQuotedHeaderParagraph: a quote's paragraph set in a <header> of its
// own inside a <blockquote>, with a picture and its author's name beside
// it, is the text's (quotedParagraph), as a reader's review quoted under
// a photo.
func TestQuotedHeaderParagraph(t *testing.T) {
	checkGazettePage(t, "What our visitors say", `<div><p>`+para("Bravo")+`</p>
		<blockquote><p><img src="/i/1.jpg"></p><header><p>"A wonderful evening, and the tickets were easy to book."</p></header><cite>Kilo</cite></blockquote>
		<blockquote><p><img src="/i/2.jpg"></p><header><p>"Fun and moving; we will come back next year."</p></header><cite>Lima</cite></blockquote>
		<p>`+para("Charlie")+`</p></div>`,
		[]string{"A wonderful evening", "Fun and moving", "Bravo said", "Charlie said"}, nil)
}

// TestListItemHeaderParagraphs: a list whose items' paragraphs are each
// set in a <header> of their own is read with the text (itemParagraph).
func TestListItemHeaderParagraphs(t *testing.T) {
	var items string
	for _, l := range []string{"Weekly live classes", "Questions answered in each class", "A monthly group call"} {
		items += `<li><header><p>` + l + `</p></header></li>`
	}
	checkGazettePage(t, "Evening meditation", `<div class="description">
		<header><p>`+para("Alpha")+`</p></header><p><strong>Membership includes:</strong></p>
		<ul>`+items+`</ul></div>`,
		[]string{"Alpha said", "Membership includes:", "Weekly live classes", "A monthly group call"}, nil)
}

// TestLoneHeaderParagraph: a paragraph set in a <header>, alone with
// pictures and a video in its block, is the post's text (loneParagraph),
// also when it is short of prose; so are paragraphs each set in a header
// inside a block of their own, as documentation generators wrap each
// paragraph in a <div class="paragraph">. The main pass reads them, not
// the fallback, and (but beside the shortest post) leaves the "About us"
// box beside them out.
func TestLoneHeaderParagraph(t *testing.T) {
	var wrapped string
	for _, l := range []string{"Alpha", "Bravo", "Charlie"} {
		wrapped += `<div class="paragraph"><header><p>` + para(l) + `</p></header></div>
			`
	}
	for _, tt := range []struct {
		name, post string
		wantNot    []string
	}{
		{"a picture post", `<p><img src="/i/1.jpg"></p><p><img src="/i/2.jpg"></p>
			<header><p>` + para("Alpha") + `</p></header>
			<p><img src="/i/3.jpg"></p><div class="video"><iframe src="https://video.example/1"></iframe></div>`, []string{"Xray"}},
		{"paragraphs in blocks of their own", wrapped, []string{"Xray"}},
		{"a picture post of one short paragraph", `<p><img src="/i/1.jpg"></p><p><img src="/i/2.jpg"></p>
			<header><p>Alpha said he loves boats and he loves the harbour.</p></header><p><img src="/i/3.jpg"></p>`, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Harbour pictures</title></head><body>
				<header><a href="/">Gazette</a><p>News from the coast</p></header>
				<div class="post"><h1>Harbour pictures</h1><div class="body">` + tt.post + `</div></div>
				<div class="about"><h3>About us</h3><p>Xray and Yankee have run the Gazette since 1990, from a small office on the quay, and print it every Thursday.</p></div>
				<footer><p>Gazette 2026</p></footer></body></html>`
			a, err := FromReader(strings.NewReader(page), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Extraction == newsner.ExtractionFallback {
				t.Errorf("read by the fallback")
			}
			checkText(t, a.Text, []string{"Alpha said"}, append([]string{"News from the coast"}, tt.wantNot...))
			if strings.Contains(tt.post, "Charlie") {
				checkText(t, a.Text, []string{"Bravo said", "Charlie said"}, nil)
			}
		})
	}
}

// TestShortSentenceHeaders: a story's paragraphs of one short sentence
// each, set in <header>s of their own between related stories' boxes,
// are its text (sentenceBesideSentence); a byline alone in a header
// before a short bare paragraph stays out.
func TestShortSentenceHeaders(t *testing.T) {
	checkGazettePage(t, "Harbour rescue", `<div><header><p>By Lima Pier</p></header><p>The boat sank at dawn.</p>
		<p>`+para("Bravo")+`</p><p>`+para("Charlie")+`</p>
		<div class="embedded"><a href="/a">Pier repairs begin</a></div>
		<header><p>The crew said they needed a minute.</p></header>
		<header><p>Divers went down at noon.</p></header>
		<div class="embedded"><a href="/b">Ferry times change</a></div>
		<p>`+para("Delta")+`</p></div>`,
		[]string{"The crew said they needed a minute.", "Divers went down at noon.", "Bravo said", "Delta said"}, []string{"Lima Pier"})
}

// TestRailLabelledAboveWithKickers: a news site's rail of opinion columns
// beside the story, its heading in the group's header above wrappers of
// its own (group, item, module) and each card's title a link after a
// kicker inside the heading ("<h4><strong>Editorial</strong> <a>…</a>"),
// is other stories' teasers, not more of the story. Without headingKicker
// the cards are no linked headings; without railLabelledAbove the run has
// no label of its own; either way the teasers were read.
func TestRailLabelledAboveWithKickers(t *testing.T) {
	para := "The committee has already received and considered dozens of submissions on the subject, and the Government does not deny that the legislation is flawed, but is demanding it be passed anyway. "
	card := func(kicker, title, sum string) string {
		return `<div class="story-block sbpos"><h4 class="heading"><strong class="kicker">` + kicker + `</strong> <a href="/news/opinion/` + kicker + `">` + title + `</a></h4>
			<a href="/news/opinion/` + kicker + `" class="thumb-link"><img src="/i.jpg" alt=""></a>
			<p class="standfirst">` + sum + `</p></div>`
	}
	doc := `<html><head><title>Press freedom at risk</title></head><body><div id="page"><div id="content"><div id="story">
		<div class="story-body"><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></div>
		<div class="group text-g-other-opinion-columns"><div class="group-header"><h2 class="heading">Other Opinion Columns</h2></div>
		<div class="group-content"><div class="item"><div class="module"><div class="module-content">` +
		card("Editorial", "Fraser’s lasting legacy", "MALCOLM Fraser — an effective prime minister controversially installed, soundly elected and re-elected, a relentless contributor.") +
		card("Wave of stupidity", "Doctor knows best, not Starbeam Fantapants", "HOW is it that ideas and philosophies that are patently absurd capture people’s imagination? It seems we’re swamped.") +
		card("Ikea challenge", "Good for some, but I’m not buying it", "THE good thing about Ikea is that it’s cheap and good quality. The bad thing is the whole, exhausting business of shopping.") +
		`</div></div></div></div></div></div></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The committee has already received"}, []string{"MALCOLM Fraser", "Starbeam", "Ikea"})
}

// TestSectionKeyIsNoHint: a documentation page's section keyed by an id in
// capitals ("SQL-FOR-UPDATE-SHARE", as DocBook writes PostgreSQL's manual)
// over its heading and prose is the document's, though a word of its key
// ("share", the German "teilen", the French "partage") names a share box
// elsewhere (sectionKey); a share box named in lower case with its heading
// still goes.
func TestSectionKeyIsNoHint(t *testing.T) {
	for _, tt := range []struct{ lang, id, head, body, keep string }{
		{"en", "SQL-FOR-UPDATE-SHARE", "The Locking Clause", "The locking clause", "The locking clause"},
		{"de", "KAPITEL-DATEIEN-TEILEN", "Dateien mit anderen teilen", "Die Freigabe", "Die Freigabe"},
		{"fr", "SECTION-PARTAGE-DES-DONNEES", "Le partage des données", "Le répertoire partagé", "Le répertoire partagé"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			page := `<html lang="` + tt.lang + `"><head><title>Manual</title></head><body><div class="refentry" id="MANUAL-PAGE">` +
				`<h1>Manual</h1><p>` + para("The manual") + `</p>` +
				`<div class="refsect2" id="SQL-FROM"><h3>The FROM Clause</h3><p>` + para("The from clause") + `</p><p>` + para("The join") + `</p></div>` +
				`<div class="refsect2" id="` + tt.id + `"><h3>` + tt.head + `</h3><p>` + para(tt.body) + `</p><p>` + para("The row lock") + `</p></div>` +
				`<div class="refsect2" id="SQL-TABLE"><h3>The TABLE Command</h3><p>` + para("The table command") + `</p></div>` +
				`<div id="social-share-box"><h3>Share this page with your friends</h3><p>Share on Facebook, Twitter and LinkedIn, or send it by email to a friend who reads manuals.</p></div>` +
				`</div></body></html>`
			a, err := FromReader(strings.NewReader(page), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{tt.head, tt.keep, "The row lock", "The table command"}, []string{"Share on Facebook"})
		})
	}
}

func TestSectionKey(t *testing.T) {
	long := `<p>` + para("The locking clause") + `</p><p>` + para("The row lock") + `</p>`
	for _, tt := range []struct {
		doc, id string
		want    bool
	}{
		{`<div><h3>The Locking Clause</h3>` + long + `</div>`, "SQL-FOR-UPDATE-SHARE", true},
		{`<div><h3>Teilen</h3>` + long + `</div>`, "KAPITEL_DATEIEN_TEILEN", true},
		{`<div><h3>The Locking Clause</h3>` + long + `</div>`, "sql-for-update-share", false}, // a theme's name
		{`<div><h3>The Locking Clause</h3>` + long + `</div>`, "FOR-SHARE", false},            // two words
		{`<div><p>Share it</p>` + long + `</div>`, "SQL-FOR-UPDATE-SHARE", false},             // no heading first
		{`<div><h3>Share</h3><p>Facebook</p></div>`, "SOCIAL-SHARE-BOX", false},               // no prose
	} {
		doc, err := html.Parse(strings.NewReader(tt.doc))
		if err != nil {
			t.Fatal(err)
		}
		var n *html.Node
		for d := range doc.Descendants() {
			if d.Type == html.ElementNode && d.DataAtom == atom.Div {
				n = d
				break
			}
		}
		if got := sectionKey(n, tt.id); got != tt.want {
			t.Errorf("sectionKey(%s, %q) = %v, want %v", tt.doc, tt.id, got, tt.want)
		}
	}
}

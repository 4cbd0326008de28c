package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tests of the structural cues that find the article where no class or id
// names its parts (a theme whose class names the hints do not know).

// bareComments is a thread of n readers' comments with no class or id:
// each an avatar, a name and date line, and a paragraph of prose.
func bareComments(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<div><div><img src="/u/%d.png" width="48" height="48" alt=""></div><div><span><p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all.</p>
			<p>And the ferry, the harbour and the old mill, which the town sold last year, will follow, as they always do.</p></span></div>
			<p>Posted by Reader %d, March 3 at 10:%02d</p></div>`, i, i, i, i)
	}
	return b.String()
}

// TestCommentsSectionByHeading: a short post with no class names, and a
// thread of comments under a "Comments" heading that outscores it: the
// post is the text, the thread is not.
func TestCommentsSectionByHeading(t *testing.T) {
	for name, heading := range map[string]string{
		"comments":      `<h3>Comments</h3>`,
		"counted":       `<a name="comments"></a><h2>12 Comments</h2>`,
		"leave a reply": `<h3>Leave a Reply</h3>`,
	} {
		t.Run(name, func(t *testing.T) {
			doc := `<html><head><title>Frost in the garden</title></head><body><div><div><div>
				<div><div><h1>Frost in the garden</h1><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
				<p>Tomorrow I will dig up the tubers and store them in the cellar, as every year.</p></div></div>
				<div>` + heading + `<div>` + bareComments(8) + `</div></div>
				</div></div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig"}, []string{"Comment 1:", "Reader 2", "the old mill"})
		})
	}
}

// TestCommentThreadByStamps: a thread of comments in a list with no class
// names and no heading, each item opening with its author's name and a
// date and time, goes however long it runs; a list in the article whose
// items give times of day alone (a programme) stays.
func TestCommentThreadByStamps(t *testing.T) {
	var dl, ol strings.Builder
	for i := range 8 {
		fmt.Fprintf(&dl, `<dt><span><a href="#c%d">%d</a></span> <span>Reader %d</span> <span>March %d, 2012 at 10:%02d pm</span></dt>
			<dd><div><p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all.</p>
			<p>And the ferry, the harbour and the old mill, which the town sold last year, will follow, as they always do.</p></div></dd>`, i, i, i, i+1, i, i)
		fmt.Fprintf(&ol, `<li><div><img src="/u/%d.png" width="48" height="48" alt=""></div><div><p><a href="/u/%d">Reader %d</a> — 07.0%d.12 at 1%d:20</p>
			<p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all.</p>
			<p>And the ferry, the harbour and the old mill, which the town sold last year, will follow, as they always do.</p></div></li>`, i, i, i, i+1, i, i)
	}
	post := `<div><div><h1>Open day at the mill</h1><p>The old mill opens its doors on Saturday, and the town has planned a day of it.</p>
		<ol><li>10:00 The mayor opens the day at the gate</li><li>11:30 A walk along the race with the miller</li><li>14:00 Bread from the mill's own flour</li></ol>
		<p>Entry is free, and the bus from the station runs every half hour.</p></div></div>`
	for name, thread := range map[string]string{"dl": `<dl>` + dl.String() + `</dl>`, "ol": `<ol>` + ol.String() + `</ol>`} {
		t.Run(name, func(t *testing.T) {
			doc := `<html><head><title>Open day at the mill</title></head><body><div><div>` + post + `
				<div><div><p>8 comments… read them below or add one</p></div>` + thread + `</div>
				</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"The old mill opens", "11:30 A walk along the race", "Entry is free"}, []string{"Comment 1:", "Reader 2", "the old mill, which"})
		})
	}
}

// TestCommentsHeadingInABox: a post's block that holds the comments after
// a box holding only a "Comments" heading ends at the box.
func TestCommentsHeadingInABox(t *testing.T) {
	var comments strings.Builder
	for i := range 6 {
		fmt.Fprintf(&comments, `<div><p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge after all.</p><p>Posted by Reader %d</p></div>`, i, i)
	}
	doc := `<html><head><title>Open day at the mill</title></head><body><table><tr><td>
		<div><h3>Open day at the mill</h3><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></div>
		<div><h2>Comments</h2></div>` + comments.String() + `
		</td><td><p><a href="/">Home</a></p></td></tr></table></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Bravo", "Charlie"}, []string{"Comment 1:", "Reader 2"})
}

// TestForumThreadStaysWithoutClasses: a forum's thread, a list of posts
// each opening with its author and a date and time, after nothing but the
// thread's title and breadcrumbs, is the page's text (textBefore).
func TestForumThreadStaysWithoutClasses(t *testing.T) {
	var posts strings.Builder
	for i := range 4 {
		fmt.Fprintf(&posts, `<li><div><a href="/u/%d">member%d</a> 03.0%d.2021, 10:%02d</div><div><p>Post %d: the engine idles rough when cold, and the dealer, who read the fault memory, blamed the valve, the sensor and the pump in turn.</p></div></li>`, i, i, i+1, i, i)
	}
	doc := `<html><head><title>Engine idles rough - Car Forum</title></head><body><div><a href="/">Car Forum</a> <a href="/login">Log in</a></div>
		<div><ul><li><a href="/">Forum</a></li><li><a href="/engine">Engine</a></li></ul><h1><a href="/t/1">Engine idles rough</a></h1>
		<ol>` + posts.String() + `</ol></div><div><a href="/terms">Terms</a><p>All times are GMT+1, the time now is 22:14, and the forum, its software and its design are copyright of their owners.</p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Post 0:", "Post 3:"}, []string{"Log in", "Terms", "All times are"})
}

// TestHeadlinePost: a short post under its title, with no class names,
// beside a longer "About me" box: the post is the text (headlinePost). A
// news page's header block (its title and standfirst) above a long body in
// a block of its own does not replace the body, nor join it.
func TestHeadlinePost(t *testing.T) {
	t.Run("short post beside a longer box", func(t *testing.T) {
		doc := `<html><head><title>Frost in the garden – Anna's garden blog</title></head><body><div><div><div><div><div><div>
			<div><h3><a href="/frost">Frost in the garden</a></h3><div>Last night brought the first frost of the year, and the dahlias turned black by morning.
			Tomorrow I will dig up the tubers and store them in the cellar, as every year, in boxes of dry sand.</div></div></div></div></div></div>
			<div><div><div><h2>Search</h2><input type="text"></div><div><h2>Follow me</h2><a href="/rss">RSS</a></div>
			<div><h2>About me</h2><div>I am Anna, 42 years old, and I have been gardening for over twenty years in our garden at the edge of Leipzig, where I grow vegetables, flowers and herbs.
			My garden is about 800 square metres, with an old apple tree, a greenhouse, a pond, and far too little room for all the plants I still want to try.
			If you have questions, write me an email, and I will answer, usually within a few days, sometimes, in summer, later.</div></div></div></div></div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig"}, []string{"I am Anna", "My garden is about"})
	})
	t.Run("header block above a long body", func(t *testing.T) {
		var body strings.Builder
		for _, l := range []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima"} {
			body.WriteString(`<p>` + para(l) + `</p>`)
		}
		doc := `<html><head><title>Council agrees plan</title></head><body><div>
			<div><div><h1>Council agrees plan</h1><p>The city's councillors, after a debate of eleven hours and three votes, agreed on a plan for the harbour, the ferry and the old mill that few of them, by their own account, had read to the end.</p></div></div>
			<div><div>` + body.String() + `</div></div></div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Alpha", "Lima"}, []string{"The city's councillors"})
	})
}

// TestLegalNoticeFooter: a footer's legal notice, a paragraph of
// trademarks and reserved rights whose commas outscore parts of the
// article, does not come out with it where no class names the footer.
func TestLegalNoticeFooter(t *testing.T) {
	notice := `Puckworld.example is the official site of the Northern Puck League. NPL, the NPL Crest, the word mark and image of the Aurora Cup, Ice Hall name and logo, NPL Division logos, ` +
		`NPL Frozen Classic name and logo, Shift Tracker, Ice Time, Rink Radio and Every Shift Counts are registered trademarks of the Northern Puck League, and may not be reproduced, ` +
		`copied, altered or used without the prior written consent of NPL Enterprises, L.P. © NPL 2024. All Rights Reserved. All team jerseys, with players' names and numbers, are licensed by the NPL.`
	doc := `<html><head><title>Whalers beat Spirit 4-2</title></head><body><div><div><div>
		<h1>Whalers beat Spirit 4-2</h1><div><p>` + para("The coach") + `</p><p>` + para("The goalie") + `</p></div>
		<div><p>The Whalers play again on Friday, at home, against the Otters, whom they beat twice this season.</p></div></div>
		<div><div>` + notice + `</div></div></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The coach", "The goalie"}, []string{"registered trademarks", "All Rights Reserved"})
}

// TestBoxColumn: a short blog post under its title, with no class names,
// beside a column of boxes (a profile box of one long paragraph, a list of
// recent posts, the archives): the post is the text, whether the profile
// far outscores it or the climbs would take the column back in
// (boxColumn). A product's description with subheadings, which outscores
// the block under the product's title, is not such a column and stays.
func TestBoxColumn(t *testing.T) {
	profile := `<div><h2>About me</h2><p>Retired teacher, beekeeper, cyclist, reader of old maps, collector of enamel signs, grower of too many tomatoes, ` +
		`friend of two cats, one dog, three hives, four bicycles, several neighbours, and, on a good day, the postman, who reads this blog, ` +
		`he says, for the weather, the bees, the bicycles, the tomatoes, and, above all, the cats.</p><p><a href="/profile">View my complete profile</a></p></div>`
	recent := `<h2>Recent posts</h2><ul><li><a href="/p/1">The hives in November, and what the bees do all winter long</a></li><li><a href="/p/2">A new saddle for the old blue bicycle from the flea market</a></li>` +
		`<li><a href="/p/3">Green tomato chutney, the third batch of the year, with apples</a></li><li><a href="/p/4">The map of the county from 1884 that I found in the attic</a></li></ul>` +
		`<h2>Archives</h2><ul><li><a href="/2024/10">October 2024</a></li><li><a href="/2024/09">September 2024</a></li><li><a href="/2024/08">August 2024</a></li><li><a href="/2024/07">July 2024</a></li></ul>`
	post := `<div><h2>Sunday, 3 November 2024</h2><div><h3>Honey from the late heather</h3><div>The last frames came out of the hives today, heavy with the dark honey of the late heather on the hill.
		The bees were calm, the smoker hardly needed, and the jars are now on the shelf in the cellar.</div>
		<p><em>posted by Ted at 4:12 PM</em></p></div></div>`
	for _, c := range []struct{ name, doc string }{
		{"column before the post", `<html><head><title>Ted's hives: Honey from the late heather</title></head><body><div>
			<div><h1>Ted's hives</h1>` + profile + recent + `</div>` + post + `</div></body></html>`},
		{"column after the post", `<html><head><title>Ted's hives: Honey from the late heather</title></head><body><div>` + post + `
			<div><ul><li>` + profile + `</li><li>` + recent + `</li></ul></div></div></body></html>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(c.doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"The last frames came out", "the jars are now"}, []string{"Retired teacher", "Green tomato chutney"})
		})
	}
	t.Run("product description with subheadings", func(t *testing.T) {
		var desc strings.Builder
		for _, h := range []string{"Description", "Features", "In the box"} {
			desc.WriteString(`<h2>` + h + `</h2><p>` + para(h) + `</p><p>` + para(h+" more") + `</p>`)
		}
		doc := `<html><head><title>Stormproof garden lantern</title></head><body><div>
			<div><h1>Stormproof garden lantern</h1><div>A lantern of brass and glass for the garden, the terrace or the boat, that stays lit in wind and rain, with a wick that lasts a season. In stock, shipped in two days.</div><div><a href="/cart">Add to cart</a></div></div>
			<div><div>` + desc.String() + `</div><h2>Reviews</h2><ul><li><a href="/r/1">Five stars</a></li></ul></div></div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Features", "In the box"}, nil)
	})
}

// TestLinkTailedCommentsHeading: readers' comments set in the post's own
// block under a heading that holds a link to the form besides its count
// ("4 Comments" + "Leave a comment") stay out of the text, with no class
// names to tell them (linkTailedCommentsHeading). A heading that is a
// link only, or whose own words are no comments heading, stops nothing.
func TestLinkTailedCommentsHeading(t *testing.T) {
	var comments strings.Builder
	for i := range 4 {
		fmt.Fprintf(&comments, `<li><div><a href="/u/%d">Reader %d</a> %d days ago</div><div><p>Comment %d: the talk sounds good, and I wonder whether the slides, the recording or the notes will be put online afterwards for those of us who live too far away.</p></div></li>`, i, i, 12-i, i)
	}
	doc := `<html><head><title>Rivers and the warming climate: a talk on Friday</title></head><body><div><div>
		<div><h2><a href="/p/rivers">Rivers and the warming climate: a talk on Friday</a> <span>Riverblog</span> <small>Jul 26</small></h2>
		<div><p><em>By the hydrologist</em></p><p>For those of you in town, I will be giving a talk on the warming climate and our rivers on Friday at noon, at the institute's hall by the harbour. I will say what we know and what we do not know about the floods, the low flows and the fish.</p></div></div>
		<h3>4 Comments <a href="#respond">Leave a comment</a></h3><ol>` + comments.String() + `</ol></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"I will be giving a talk"}, []string{"Comment 0:", "Comment 3:"})
	for _, h := range []string{`<h3><a href="/c">4 Comments</a></h3>`, `<h3>Results of <a href="/poll">the poll</a></h3>`} {
		n, err := html.Parse(strings.NewReader(h))
		if err != nil {
			t.Fatal(err)
		}
		for d := range n.Descendants() {
			if d.DataAtom == atom.H3 && linkTailedCommentsHeading(d) {
				t.Errorf("%s: linkTailedCommentsHeading true", h)
			}
		}
	}
}

// TestArticleThreadWithoutClasses: a forum thread with no class names,
// each post an <article> in a <div> of its own (an author and date line
// and prose), is read whole, not the longest post alone; a blog post
// whose readers' comments are <article>s in a list below it keeps the
// post and leaves the comments out.
func TestArticleThreadWithoutClasses(t *testing.T) {
	post := func(n int, text string) string {
		var foot strings.Builder
		for _, w := range []string{"Reply", "Quote", "Share"} {
			fmt.Fprintf(&foot, `<a href="/p/%d/%s">%s this post</a> `, n, w, w)
		}
		return fmt.Sprintf(`<div><article><div><a href="/u/%d">member%d</a> <time datetime="2024-03-0%dT10:00">March %d</time></div>`+
			`<div><div><div><div>%s</div></div></div></div><div>%s</div></article></div>`, n, n, n, n, text, foot.String())
	}
	thread := `<html><head><title>Pruning roses</title></head><body><div><nav><a href="/">Forums</a> <a href="/garden">Garden</a></nav><main><h1>Pruning roses</h1><div>` +
		post(1, `<p>When do you prune climbing roses? Mine have grown over the shed, and the neighbour says to wait until the spring frosts are over.</p>`) +
		post(2, `<p>I cut mine back in late winter, a third of each cane, and they flowered better than ever the next summer.</p>`) +
		post(3, `<p>Climbers flower on old wood, so take out only the dead canes and tie the rest in sideways.</p>`+
			`<p>Rambler roses are different: prune them after they flower, in summer, or you lose the next year's blooms.</p>`+
			`<p>And feed them in March with a handful of rose food and a bucket of compost around the base, then water it in well.</p>`+
			`<p>Watch for black spot in a wet spring, and pick up the fallen leaves, which carry it over the winter to the new shoots.</p>`) +
		post(4, `<p>Thanks all, I will tie them in this weekend and leave the big pruning for after the flowers.</p>`) +
		post(5, `<p>Same here, mine are on a south wall and I have never pruned them, yet they flower every June without fail.</p>`) +
		`</div></main></div></body></html>`
	a, err := FromReader(strings.NewReader(thread), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"When do you prune", "a third of each cane", "Rambler roses", "tie them in this weekend", "south wall"}, nil)

	var comments strings.Builder
	for i := range 6 {
		fmt.Fprintf(&comments, `<li><article><p>Reader %d wrote: I tried this in my own garden last year, and the roses came back stronger than before, with twice the flowers on the old canes along the fence.</p></article></li>`, i)
	}
	blog := `<html><head><title>Pruning roses</title></head><body><div><main><article><h1>Pruning roses</h1><p>` + para("The gardener") + `</p><p>` + para("Her neighbour") + `</p></article>` +
		`<section><h3>Comments</h3><ol>` + comments.String() + `</ol></section></main></div></body></html>`
	a, err = FromReader(strings.NewReader(blog), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The gardener said", "Her neighbour said"}, []string{"Reader 2 wrote"})
}

// TestCommentBlocksByStamps: a thread of comments set in <div>s with no
// class names and no heading, each headed by its author's name and a date
// and time, or each signed so at its foot, goes (stampedBlocks); the short
// post above it, which the thread outscores, is the text. A forum's posts
// in <div>s after the thread's title alone stay (textBefore).
func TestCommentBlocksByStamps(t *testing.T) {
	const say = `I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all.</p>
		<p>And the ferry, the harbour and the old mill, which the town sold last year, will follow, as they always do.`
	var head, foot strings.Builder
	for i := range 8 {
		fmt.Fprintf(&head, `<div><div><a href="/u/%d">Reader %d</a> March %d, 2012 at 10:%02d pm</div><div><p>Comment %d: %s</p></div></div>`, i, i, i+1, i, i, say)
		fmt.Fprintf(&foot, `<a name="c%d"></a><div><div><p>Comment %d: %s</p></div><p>by <a href="/u/%d">Reader %d</a> on Aug %d, 2012 10:%02d AM</p><div></div></div>`, i, i, say, i, i, i+1, i)
	}
	post := `<div><div><h1>Open day at the mill</h1><p>The old mill opens its doors on Saturday, and the town has planned a day of it.</p>
		<p>Entry is free, and the bus from the station runs every half hour.</p></div></div>`
	for name, thread := range map[string]string{"head": head.String(), "foot": foot.String()} {
		t.Run(name, func(t *testing.T) {
			doc := `<html><head><title>Open day at the mill</title></head><body><div><div>` + post + `
				<div><div>` + thread + `</div></div>
				</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"The old mill opens", "Entry is free"}, []string{"Comment 1:", "Reader 2", "the old mill, which"})
		})
	}
	t.Run("forum", func(t *testing.T) {
		doc := `<html><head><title>Engine idles rough - Car Forum</title></head><body><div><a href="/">Car Forum</a> <a href="/login">Log in</a></div>
			<div><h1><a href="/t/1">Engine idles rough</a></h1><div>` + head.String() + `</div></div><div><a href="/terms">Terms</a></div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Comment 0:", "Comment 7:"}, []string{"Log in", "Terms"})
	})
}

// TestNamedCommentsHeading: a thread under a heading of a few words ending
// in "Comments" ("Top Rated Comments", "Neueste Kommentare"), with no class
// names and no stamps, goes (namedComments); an article's section under a
// longer heading that ends in the word stays.
func TestNamedCommentsHeading(t *testing.T) {
	var thread strings.Builder
	for i := range 6 {
		fmt.Fprintf(&thread, `<div><div><a href="/u/%d">Reader %d</a></div><div>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all, and the ferry too.</div></div>`, i, i, i)
	}
	post := `<div><h1>Open day at the mill</h1><p>The old mill opens its doors on Saturday, and the town has planned a day of it.</p>
		<p>Entry is free, and the bus from the station runs every half hour.</p></div>`
	for _, heading := range []string{"Top Rated Comments", "Neueste Kommentare", "Latest comments (6)"} {
		t.Run(heading, func(t *testing.T) {
			doc := `<html><head><title>Open day at the mill</title></head><body><div><div>` + post + `
				<div><h2>` + heading + `</h2>` + thread.String() + `</div>
				</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"The old mill opens", "Entry is free"}, []string{"Comment 1:", "Reader 2"})
		})
	}
	for _, h := range []string{"What the ministers said in their comments", "Comment", "Comments on the plan"} {
		if namedComments(strings.ToLower(h)) {
			t.Errorf("namedComments(%q) = true", h)
		}
	}
}

// TestSplitBody: an article's body in two chunks, each in wrappers of its
// own beside an ad, with a picture between them and no class names, is read
// whole (splitAncestor).
func TestSplitBody(t *testing.T) {
	chunk := func(names ...string) string {
		var b strings.Builder
		b.WriteString(`<div><div>`)
		for _, n := range names {
			b.WriteString(`<p>` + para(n) + ` ` + para(n) + `</p>`)
		}
		b.WriteString(`</div><div><a href="/ads">Advertisement</a></div></div>`)
		return b.String()
	}
	doc := `<html><head><title>The mill</title></head><body><div><a href="/">Home</a> <a href="/news">News</a></div><div><h1>The mill</h1><div>` +
		chunk("Alpha", "Bravo", "Charlie", "Delta") + `<div><div><img src="/p.jpg" width="600" height="400" alt=""></div></div>` +
		chunk("Echo", "Foxtrot", "Golf", "Hotel", "India") + `</div></div><div><p><a href="/terms">Terms</a></p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha", "Delta", "Echo", "India"}, []string{"Terms"})
}

// TestCountedCommentsLine: a thread headed by a line that counts its
// comments ("{ 6 comments }", "View comments (6)"), no heading and no
// class names, goes (countedCommentsLine); a post whose block opens with
// a linked count ("6 Comments", the byline's) stays.
func TestCountedCommentsLine(t *testing.T) {
	var thread strings.Builder
	for i := range 6 {
		fmt.Fprintf(&thread, `<dl><dt><span><a href="/u/%d">Reader %d</a></span></dt><dd><div><p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all, and the ferry too.</p></div></dd></dl>`, i, i, i)
	}
	post := `<h1>Open day at the mill</h1><p>The old mill opens its doors on Saturday, and the town has planned a day of it.</p>
		<p>Entry is free, and the bus from the station runs every half hour.</p>`
	for _, line := range []string{`<div><p><span>{</span> <span>6</span> comments <span>}</span></p></div>`, `<div><span>View comments</span> (6)</div>`} {
		t.Run(line, func(t *testing.T) {
			doc := `<html><head><title>Open day at the mill</title></head><body><div><div><div>` + post + `</div>
				<div>` + line + thread.String() + `</div>
				</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"The old mill opens", "Entry is free"}, []string{"Comment 1:", "Reader 2"})
		})
	}
	t.Run("byline", func(t *testing.T) {
		doc := `<html><head><title>Open day at the mill</title></head><body><div><div><p>The town's weekly news from the council and the clubs and the schools is set down here every Friday.</p></div>
			<div><p><a href="#comments">6 Comments</a></p><h1>Open day at the mill</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p></div>
			<div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Alpha", "Bravo"}, nil)
	})
}

// TestAnchoredComments: a thread whose comments each carry their
// permalink's anchor (<a name="comment-12">), as a box's first child or
// beside the box, with no class names, headings or clock times, goes
// (anchoredComments); a post whose paragraphs carry other anchors stays.
func TestAnchoredComments(t *testing.T) {
	post := `<div><h1>Open day at the mill</h1><p>The old mill opens its doors on Saturday, and the town has planned a day of it.</p>
		<p>Entry is free, and the bus from the station runs every half hour.</p></div>`
	comment := `<div><span>Reader %d wrote</span><div>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all, and the ferry too.</div></div>`
	var inside, beside strings.Builder
	for i := range 6 {
		fmt.Fprintf(&inside, `<div><a name="comment-%d"></a>`+comment+`</div>`, 100+i, i, i)
		fmt.Fprintf(&beside, `<a name="comment-%d"></a>`+comment, 100+i, i, i)
	}
	for name, thread := range map[string]string{"inside": inside.String(), "beside": beside.String()} {
		t.Run(name, func(t *testing.T) {
			doc := `<html><head><title>Open day at the mill</title></head><body><div><div>` + post + `
				<div>` + thread + `</div>
				</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"The old mill opens", "Entry is free"}, []string{"Comment 1:", "Reader 2"})
		})
	}
	t.Run("section anchors", func(t *testing.T) {
		var b strings.Builder
		for i, n := range []string{"Alpha", "Bravo", "Charlie", "Delta"} {
			fmt.Fprintf(&b, `<div><a name="part-%d"></a><p>%s</p></div>`, i, para(n))
		}
		doc := `<html><head><title>The mill</title></head><body><div><p>The town's weekly news from the council and the clubs and the schools is set down here every Friday.</p></div><div><h1>The mill</h1><div>` + b.String() + `</div></div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Alpha", "Delta"}, nil)
	})
}

// TestAboutBox: a short post of two lines under its title, and beside it,
// with no class names, the site's "About" box of one long paragraph of
// commas, which outscores it: the post is the text, the box is not. A box
// headed otherwise, and an "About" page whose title says so, stay as they
// were.
func TestAboutBox(t *testing.T) {
	page := func(title, heading string) string {
		return `<html><head><title>` + title + `</title></head><body><div><div>
			<div><div><h2>Frost in the garden</h2><p>Posted by Ann on March 3</p>
			<div><p>Last night brought the first frost of the year, and the dahlias turned black.</p>
			<p>Tomorrow I dig up the tubers for the cellar.</p></div></div></div>
			<div><div><h4>` + heading + `</h4><p>The Allotment is a diary of a small garden in the north, kept since 2004, with notes on roses, beans, dahlias, apples, pears, bees, frost, rain, and the neighbours, who read it, mostly, over the fence.</p></div>
			<div><h4>Follow</h4><ul><li><a href="/rss">RSS</a></li><li><a href="/mail">Mail</a></li></ul></div></div>
			</div></div></body></html>`
	}
	for name, tc := range map[string]struct {
		title, heading string
		want, wantNot  []string
	}{
		"about site": {"Frost in the garden - The Allotment", "About The Allotment", []string{"Last night brought", "Tomorrow I dig"}, []string{"a diary of a small garden"}},
		"about me":   {"Frost in the garden - The Allotment", "About me:", []string{"Last night brought", "Tomorrow I dig"}, []string{"a diary of a small garden"}},
		"about page": {"About The Allotment", "About The Allotment", []string{"a diary of a small garden"}, nil},
	} {
		t.Run(name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(page(tc.title, tc.heading)), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tc.want, tc.wantNot)
		})
	}
}

// TestAboutHeading: the headings that open an about box, and some that
// only start alike.
func TestAboutHeading(t *testing.T) {
	for h, want := range map[string]bool{
		"About": true, "About:": true, "ABOUT ME": true, "About the author...": true, "Über mich": true, "À propos": true,
		"About Contemporist": true, "Abouts": false, "About the new bridge over the river Tyne": false, "Comments": false, "": false,
	} {
		if got := aboutHeading(h); got != want {
			t.Errorf("aboutHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

// unstampedComments is a thread of n readers' comments with no class or
// id and no clock time: each item a name and date line and two paragraphs.
func unstampedComments(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<li><p>Reader %d, on March %d, 2012</p><p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all.</p>
			<p>And the ferry, the harbour and the old mill, which the town sold last year, will follow, as they always do.</p></li>`, i, i+1, i)
	}
	return b.String()
}

// TestCommentsOpening: a short post with no class names, and after it the
// readers' thread, which outscores it, opening with a "Leave a comment"
// button above its "Comments" heading, or with its heading wrapped in a
// block and worded "Comments (9) Add a comment", or counted with a word of
// praise ("8 kind comments on “Title”"): the post is the text, the thread
// is not.
func TestCommentsOpening(t *testing.T) {
	for name, opening := range map[string]string{
		"button above":      `<div><a href="#form">Leave a comment</a></div><h3>Comments</h3>`,
		"wrapped and calls": `<div><h4><a href="#form">Comments <span>(9)</span> <span>Add a comment</span></a></h4></div>`,
		"qualified count":   `<h3>8 kind comments on “Frost in the garden”</h3>`,
	} {
		t.Run(name, func(t *testing.T) {
			doc := `<html><head><title>Frost in the garden</title></head><body><div><div><div>
				<div><div><h1>Frost in the garden</h1><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
				<p>Tomorrow I will dig up the tubers and store them in the cellar, as every year.</p></div></div>
				<div>` + opening + `<ol>` + unstampedComments(8) + `</ol></div>
				</div></div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig"}, []string{"Comment 1:", "Reader 2", "the old mill"})
		})
	}
}

// TestQualifiedCommentsTitle: the thread headings qualifiedCommentsTitle
// reads, and an article's headings that start alike.
func TestQualifiedCommentsTitle(t *testing.T) {
	for l, want := range map[string]bool{
		"8 appreciated comments on “new work”": true, "comments (9) add a comment": true, "comments leave a reply": true,
		"1 comment:": true, "1 kommentar": true, "comment 1:": false, "comment:": false,
		"8 appreciated comments on the draft": false, "comments on the draft rule": false, "add a comment": false, "comments": false,
	} {
		if got := qualifiedCommentsTitle(l); got != want {
			t.Errorf("qualifiedCommentsTitle(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestCommentsOpeningFallback: a post that is a picture and three words,
// too few for the main pass, after a dateline in the page's <nav>, and the
// readers' thread under a "Leave a comment" button and a "Comments"
// heading: the fallback, which reads what the main pass leaves out, does
// not take the thread for the text.
func TestCommentsOpeningFallback(t *testing.T) {
	doc := `<html><head><title>Frost in the garden, and what the dahlias made of it this year</title></head><body><div><div><div>
		<nav>March 3, 2012. Filed under garden, frost, dahlias, tubers, cellar, bulbs, winter and other matters.</nav><div><img src="/frost.jpg" alt=""><div>The dahlias this morning.</div></div>
		<div><div><a href="#form">Leave a comment</a></div><h3>Comments</h3><ol>` + unstampedComments(3) + `</ol></div>
		</div></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, nil, []string{"Comment 1:", "Reader 2", "the old mill"})
}

// TestOneCommentHeading: a short post, and a thread of one long comment
// under Blogger's "1 comment:" heading, which outscores it: the post is
// the text, the comment is not.
func TestOneCommentHeading(t *testing.T) {
	doc := `<html><head><title>Frost in the garden</title></head><body><div><div>
		<div><h3>Frost in the garden</h3><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
		<p>Tomorrow I dig up the tubers for the cellar.</p></div>
		<div><a name="comments"></a><h4>1 comment:</h4><div><dl><dt><a href="/u/1">Reader</a> said...</dt>
		<dd><p>Comment 1: I read it twice, and I think the council, whatever its members say, will build the bridge, the road, the school, the harbour, the ferry and the old mill after all, as they always do, year after year, whatever the town says.</p>
		<p>And the frost, the dahlias, the tubers and the cellar, which my grandmother kept, and her mother before her, in the old house by the river, will follow.</p></dd></dl></div></div>
		</div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "Tomorrow I dig"}, []string{"Comment 1:", "my grandmother"})
}

// TestAuthorProfileBox: a post with no class names, ending in its author's
// box (a square photo, the name linked to the author's page in a heading,
// a paragraph about them) inside the post's block: the post is the text,
// the box is not. A closing paragraph with the author's link and no photo
// stays.
func TestAuthorProfileBox(t *testing.T) {
	page := func(box string) string {
		return `<html><head><title>Frost in the garden</title></head><body><div><div>
			<div><h1>Frost in the garden</h1>
			<p>Last night brought the first frost of the year, and the dahlias, which had flowered since July, turned black by morning.</p>
			<p>Tomorrow I will dig up the tubers, dry them for a week in the shed, and store them in the cellar in boxes of sand, as every year.</p>
			<p>The beans, the pumpkins and the last of the tomatoes came in on Sunday, before the cold, and the beds are dug over and mulched.</p>
			` + box + `</div>
			<div><p><a href="/">Home</a> <a href="/contact">Contact</a></p></div></div></div></body></html>`
	}
	a, err := FromReader(strings.NewReader(page(`<div><div><img src="/u/ann.jpg" width="80" height="80" alt=""></div><div><h3><a href="/author/ann/">Ann Lee</a></h3>
		<p>I am a teacher turned gardener, mother of two, and I write here about the allotment, the weather, the neighbours and whatever grows.</p></div></div>`)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig", "The beans, the pumpkins"}, []string{"teacher turned gardener"})
	a, err = FromReader(strings.NewReader(page(`<div><p>Written with <a href="/author/ann/" rel="author">Ann Lee</a>, who kept the notes, counted the tubers, and will write about the cellar, the sand and the boxes next week.</p></div>`)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "who kept the notes"}, nil)
}

// TestSplitBodyPlainStart: an article's body split as in TestSplitBody,
// its first chunk a picture's credit and three plain paragraphs of few
// commas, which score under half the long second chunk's, is read whole
// (splitShare).
func TestSplitBodyPlainStart(t *testing.T) {
	plain := func(label string) string {
		return `<p>` + label + ` said the mill on the river had been grinding grain for the farms of the valley since the town was founded, and would go on grinding it for as long as the water ran and the wheel turned. ` +
			label + ` said the millers had kept the same stones for a hundred years and had sharpened them every spring, before the first harvest came in from the fields above the town and the barges came down the river.</p>`
	}
	long := func(label string) string { return `<p>` + para(label) + ` ` + para(label) + ` ` + para(label) + `</p>` }
	doc := `<html><head><title>The mill</title></head><body><div><a href="/">Home</a> <a href="/news">News</a></div><div><h1>The mill</h1><div>` +
		`<div><div><div><img src="/p.jpg" width="600" height="400" alt=""><span>Photo</span> <span>Credit A. Painter</span></div>` + plain("Alpha") + plain("Bravo") + plain("Kilo") +
		`</div><div><a href="/ads">Advertisement</a></div></div>` +
		`<div><div>` + long("Charlie") + long("Delta") + long("Echo") + long("Foxtrot") + long("Golf") + long("Juliet") +
		`</div><div><a href="/ads">Advertisement</a></div></div>` +
		`</div></div><div><p><a href="/terms">Terms</a></p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Alpha said the mill", "Bravo said", "Charlie", "Juliet"}, []string{"Terms"})
}

// TestAnsweredQuestionButtons: a FAQ whose questions are bare buttons
// (no aria-expanded, no class names), each before its answer's
// paragraph, keeps its questions (answeredQuestion); a button asking
// the reader something before no paragraph goes.
func TestAnsweredQuestionButtons(t *testing.T) {
	var faq strings.Builder
	for _, q := range []string{"How old is the mill on the river?", "Who grinds the grain at the mill?", "When does the mill open its doors?"} {
		faq.WriteString(`<div><button><div>` + q + `</div></button><div><p>` + para("The miller") + ` ` + para("The keeper") + `</p></div></div>`)
	}
	doc := `<html><head><title>The mill: questions</title></head><body><div><a href="/">Home</a> <a href="/about">About</a></div>
<div><h1>The mill: questions</h1><p>` + para("Alpha") + `</p><div>` + faq.String() + `</div>
<div><button>Want our weekly letter?</button><div><input type="email"></div></div></div>
<div><p><a href="/terms">Terms</a></p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"How old is the mill on the river?", "Who grinds the grain", "When does the mill open", "The miller said"}, []string{"Want our weekly letter", "Terms"})
}

// TestSplitClimbStopsAtHeadline: a short post under its headline, no
// class names, beside a sidebar of boxes each scoring about as well as
// the post and a list of archive links: the climb that joins an article
// split in parts (alternativeAncestor) stops at the block under the
// headline, and the boxes stay out.
func TestSplitClimbStopsAtHeadline(t *testing.T) {
	var boxes strings.Builder
	for i := range 4 {
		fmt.Fprintf(&boxes, `<div><div><div><div><h3>Box %d</h3><p>Box %d text: the shop, the café, the club, the school, the bakery and the old inn in the square open late on Fridays and stay open on Sundays too.</p></div></div></div></div>`, i, i)
	}
	boxes.WriteString(`<h3>Archives</h3><ul>`)
	for _, m := range []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
		for _, y := range []string{"2011", "2010", "2009"} {
			fmt.Fprintf(&boxes, `<li><a href="/%s/%s">%s %s</a></li>`, y, m, m, y)
		}
	}
	boxes.WriteString(`</ul>`)
	doc := `<html><head><title>A chair made of rope</title></head><body>
		<div><h1><a href="/"><img src="/logo.png" alt=""></a></h1><ul><li><a href="/a">Art</a></li><li><a href="/d">Design</a></li></ul></div>
		<div><div><div>
			<h2><a href="/chair">A chair made of rope</a></h2>
			<p>Posted by Ann on March 3rd, 2012</p>
			<div><p>A designer in Leeds has made a chair of old rope from the harbour, and she filmed the making of it from start to end.</p>
			<p>The film runs for six minutes and shows each knot, and the maker says it took her most of a month of evenings.</p>
			<p>The chair goes on show in the spring at the town's gallery, and a second one is on its way for the library.</p></div>
			<p><a href="/design">Design</a> | Comments (0)</p>
		</div></div>
		<div><div>` + boxes.String() + `</div></div></div>
		</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"A designer in Leeds", "The film runs", "The chair goes on show"}, []string{"Box 1", "the café"})
}

// TestParentClimbStopsAtHeadline: a short post under its headline, no
// class names, beside a sidebar of boxes and a list of archive links
// that lift the block holding both above the post's block: the climb to
// a parent scoring better (parentScoringAsWell) stops at the block under
// the headline (the block the scoring chooses, before its siblings
// join it), and the sidebar stays out.
func TestParentClimbStopsAtHeadline(t *testing.T) {
	var side strings.Builder
	for i := range 9 {
		fmt.Fprintf(&side, `<h3>Box %d</h3><p>Box %d text: the shop, the café, the club and the old inn in the square open late on Fridays and Sundays.</p>`, i, i)
	}
	side.WriteString(`<h3>Archives</h3><ul>`)
	for _, m := range []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
		for _, y := range []string{"2011", "2010", "2009", "2008"} {
			fmt.Fprintf(&side, `<li><a href="/%s/%s">%s %s</a></li>`, y, m, m, y)
		}
	}
	side.WriteString(`</ul>`)
	doc := `<html><head><title>A chair made of rope</title></head><body>
		<div><h1><a href="/"><img src="/logo.png" alt=""></a></h1><ul><li><a href="/a">Art</a></li><li><a href="/d">Design</a></li></ul></div>
		<div><div>
			<h2><a href="/chair">A chair made of rope</a></h2>
			<p>Posted by Ann on March 3rd, 2012</p>
			<div><p>A designer in Leeds, who once built boats, has made a chair of old rope from the harbour, and she filmed the making of it, knot by knot.</p>
			<p>The film runs for six minutes, with no words, and shows each knot, and the maker says it took her most of a month of evenings, in the shed.</p>
			<p>The chair, which holds a grown man, goes on show in the spring at the town's gallery, beside her boats, her nets and her drawings.</p>
			<p>A second chair, smaller, is on its way for the library, and the school has asked for a bench, for the yard, by the summer.</p></div>
			<p><a href="/design">Design</a> | Comments (0)</p>
		</div>
		<div>` + side.String() + `</div></div>
		</body></html>`
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	body := findBody(root)
	ex := &extractor{title: norm(readMeta(root).title("")), flags: flagStripUnlikely | flagWeightClasses | flagCleanConditionally, hints: map[classKey]classHints{}, infos: map[*html.Node]*info{}}
	ex.stats(body)
	top := ex.score(body)
	checkText(t, textOf(top), []string{"A designer in Leeds", "A second chair"}, []string{"Box 1", "the café", "March 2010"})
}

// TestFootStampedThreadOpenedByShortComment: a short post with no class
// names and no heading over its thread, whose comments are each signed at
// the foot ("by Ann on Aug 9, 2012 10:21 PM"); the first comment is one
// word, so its foot's stamp falls within a head's reach too: the thread is
// told by its feet all the same (stampedCount), and the post is the text.
func TestFootStampedThreadOpenedByShortComment(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<div><div><p>First!</p><p>by Ann on Aug 9, 2012 10:21 PM <a href="#">reply</a></p></div><div></div></div>`)
	for i := range 7 {
		fmt.Fprintf(&b, `<a name="c%d"></a><div><div><h5><a href="#">My view, number %d</a></h5>
			<div><p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all.</p>
			<p>And the ferry, the harbour and the old mill, which the town sold last year, will follow, as they always do, whatever the papers write.</p>
			<p>Then again, the last time they promised as much, nothing came of it for ten years, and the old mill still stands empty by the river.</p></div>
			<p>by Reader %d on Aug 9, 2012 10:3%d PM <a href="#">reply</a></p></div><div></div></div>`, i, i, i, i, i)
	}
	doc := `<html><head><title>Frost in the garden</title></head><body><div><div>
		<div><h1>Frost in the garden</h1><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
		<p>Tomorrow I will dig up the tubers and store them in the cellar, as every year.</p></div>
		<div>` + b.String() + `</div>
		</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig"}, []string{"Comment 1:", "Reader 2", "the old mill"})
}

// TestCommentFormMessagesDropped: a post with no class names whose block
// holds its comment form's status messages, which the form's script shows
// and a class name hides: the messages are not the post's text
// (commentRules).
func TestCommentFormMessagesDropped(t *testing.T) {
	doc := `<html><head><title>Frost in the garden</title></head><body><div><div>
		<h1>Frost in the garden</h1><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
		<p>Tomorrow I will dig up the tubers and store them in the cellar, as every year, and label each one by its colour.</p>
		<p>The tubers keep best in dry sand, in a cool and dark corner, away from the apples and the potatoes.</p>
		<div><p>This is only a preview. Your comment has not yet been posted.</p></div>
		<div>Your comment could not be posted. Error type: <span></span></div>
		<div>Your comment has been saved. Comments are moderated and appear once approved. <a href="#">Post another comment</a></div>
		</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig"}, []string{"not yet been posted", "could not be posted", "has been saved"})
}

// TestCommentAreaNotesDropped: a post with no class names whose block
// holds the lines the blog platforms set around a thread (a closed thread's
// note, a comment feed's link, the form's picture test, a sign-in note, a
// like button's prompt): they are not the post's text (commentRules).
func TestCommentAreaNotesDropped(t *testing.T) {
	doc := `<html><head><title>Frost in the garden</title></head><body><div><div>
		<h1>Frost in the garden</h1><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
		<p>Tomorrow I will dig up the tubers and store them in the cellar, as every year, and label each one by its colour.</p>
		<p>The tubers keep best in dry sand, in a cool and dark corner, away from the apples and the potatoes.</p>
		<div><p>Like this:</p><p>Be the first to like this.</p></div>
		<p><a href="/feed">This post's comment feed</a></p>
		<p>The comments to this entry are closed.</p>
		<div><p>You must be logged in to post a comment. <a href="/login">Log in</a></p></div>
		<div><p>As a final step before posting your comment, enter the letters and numbers you see in the image below.</p>
		<p>The letters and numbers you entered did not match the image. Please try again.</p>
		<p>Having trouble reading this image? <a href="#">View an alternate.</a></p></div>
		</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig", "The tubers keep"},
		[]string{"first to like", "comment feed", "entry are closed", "logged in", "letters and numbers", "trouble reading"})
}

// TestCommentFormPreviewDropped: a post with no class names whose block
// holds its comment form's preview pane (its headings, which class names
// hid until the reader posts) and the form's note on the site's terms:
// they are not the post's text (commentRules). Seen under no-attr on a
// TypePad blog (R398) and ThinkProgress (T141).
func TestCommentFormPreviewDropped(t *testing.T) {
	doc := `<html><head><title>Snow on the pass</title></head><body><div><div>
		<h1>Snow on the pass</h1><p>The first snow closed the pass on Tuesday, two weeks earlier than last year, and the road crews worked through the night.</p>
		<p>The plows cleared one lane by morning, and the police let the trucks through in convoys of ten behind a plow.</p>
		<p>The pass is expected to reopen fully by the weekend, if the wind drops as the forecast has it.</p>
		<div><h3>Verify your Comment</h3><h3>Previewing your Comment</h3></div>
		<p>By clicking and submitting a comment I acknowledge the Valley Post Privacy Policy and agree to the Terms of Use.</p>
		</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The first snow closed", "The plows cleared", "The pass is expected"},
		[]string{"Verify your", "Previewing your", "By clicking and submitting"})
}

// TestTitleH3BeforeShortPost: a picture post with no class names whose
// theme gives the site's name the <h1> and the post's title an <h3> above
// its body, a category line between: the text opens with the title, as it
// does where a class name puts the <h3> in the post's block. A sidebar's
// <h3> box heading, not the page's title, is not taken.
func TestTitleH3BeforeShortPost(t *testing.T) {
	doc := `<html><head><title>The Odd Shelf » Paper Lanterns Over the Old Canal</title></head><body>
		<div><h1><a href="/">The Odd Shelf</a></h1></div>
		<div><div>
		<h3><a href="/?p=12" rel="bookmark">Paper Lanterns Over the Old Canal</a></h3>
		<div><a href="/?cat=1">stuff</a>, <a href="/?cat=2">pictures</a></div>
		<div>
		<p><img src="/a.jpg" width="600" height="400" alt=""></p>
		<p><img src="/b.jpg" width="600" height="400" alt=""></p>
		<p>Someone hung a thousand of these over the water last week… made by <a href="/x">Ida Marsh</a></p>
		</div>
		<div><a href="/?p=12#respond">Comments (0)</a></div>
		</div></div>
		<div><h3>Friends</h3><ul><li><a href="/f1">Lamp Works</a></li><li><a href="/f2">Quiet Rooms</a></li></ul></div>
		</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Paper Lanterns Over the Old Canal", "Someone hung a thousand"}, []string{"Friends", "Lamp Works"})
	if !strings.HasPrefix(a.Text, "Paper Lanterns Over the Old Canal") {
		t.Errorf("text does not open with the post's title: %q", a.Text)
	}
}

// TestLinkedDatelineLead: a news story with no class names whose first
// paragraph, set apart above a picture in a block of its own, opens with a
// dateline and links the names in it to topic pages: it is the story's
// first paragraph, kept before the body. A teaser of linked text above
// the body, though it opens with a dateline too, is not.
func TestLinkedDatelineLead(t *testing.T) {
	var body strings.Builder
	for i := range 6 {
		fmt.Fprintf(&body, `<p>Paragraph %d of the story: the new premier, a water engineer by training, will have to form a cabinet, calm the unions and, above all, keep the bread subsidies going through the summer.</p>`, i)
	}
	doc := `<html><head><title>Harbour City Names a New Premier</title></head><body><div><div>
		<h1>Harbour City Names a New Premier</h1><h6>By Ann Vale</h6>
		<div><p>PORTVALE — President <a href="/topics/people/ida-moor">Ida Moor</a> of <a href="/topics/places/harbour-city">Harbour City</a> named a prime minister on Tuesday, plucking from obscurity the irrigation minister of the interim government, the state news agency said.</p></div>
		<div><div><a href="/pic"><img src="/p.jpg" width="190" height="258" alt=""></a></div><h6>Agency photo</h6>` + body.String() + `</div>
		</div><div><p><a href="/other">NORTHPORT — Floods close the coast road again, read the story of the week</a></p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"PORTVALE — President Ida Moor", "Paragraph 0 of the story", "Paragraph 5 of the story"}, []string{"NORTHPORT"})
}

// TestShortPostAmidItsLinks: a video post with no class names, one
// sentence over the player, then its transcript and download links, its
// topics and the previous and next posts, in a block beside its share
// buttons and categories: its links outweigh its prose, yet it holds all
// the text's paragraphs, so the cleaning of the first attempt keeps it
// rather than leave the chosen block with no text (and a later attempt,
// blind to the chrome, to take the sidebar or the share bar along).
func TestShortPostAmidItsLinks(t *testing.T) {
	doc := `<html><body><div>
		<h2>Weekly Address: Standing with the Flooded Valley Towns</h2>
		<div><div><img src="/a.jpg" width="77" height="77" alt="Ann Vale"><br><a href="/author/ann-vale">Ann Vale</a><div>March 3, 2012 06:00 AM</div></div>
		<div><a href="/s/mail">Email this post</a> | <a href="/s/print">Print this post</a> | <a href="/s/tw">Tweet this post</a> | <a href="/s/fb">Share on the social networks</a></div>
		<div>Filed in <a href="/c/flood">Flood</a>, <a href="/c/roads">Roads</a>, <a href="/c/valley">Valley Towns</a>, <a href="/c/council">City Council</a></div></div>
		<div>
		<p>The mayor honours the towns of the valley, the families who lost their homes to the flood, and the crews who are still working to reopen the roads.</p>
		<p><iframe src="https://video.example/embed/abc" width="520" height="318"></iframe></p>
		<p><a href="/press/weekly-address-transcript">Transcript</a> | <a href="/media/weekly-address.mp4">Download mp4</a> | <a href="/media/weekly-address.mp3">Download mp3</a></p>
		<p><a href="/blog/flood">Additional information from City Hall</a></p>
		<div>Related Topics: <a href="/blog/issues/flood">Flood</a></div>
		<div><div><span><a href="/blog/prev">PREVIOUS POST</a></span><br><a href="/blog/prev">The River Rises Again</a></div>
		<div><span><a href="/blog/next">NEXT POST</a></span><br><a href="/blog/next">Taking the Cyber Threat Seriously</a></div></div>
		</div>
		</div></body></html>`
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	body := findBody(root)
	ex := &extractor{hints: make(map[classKey]classHints), infos: map[*html.Node]*info{},
		flags: flagStripUnlikely | flagWeightClasses | flagCleanConditionally}
	ex.stats(body)
	var post *html.Node
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			post = c
		}
	}
	checkText(t, ex.emit([]*html.Node{post}), []string{"The mayor honours the towns of the valley"}, nil)
}

// TestStampedThreadUnderHeadingBox: a short post with no class names whose
// thread opens with its heading in a <div> of its own ("Your say (8) Add
// yours", linked to the form, in words no comments rule knows), each
// comment's <div> after it headed by a date and a clock time: the
// heading's box is not read as the thread's first, unstamped comment
// (pastThreadHeadingBox), the thread goes and the post is the text.
func TestStampedThreadUnderHeadingBox(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<div><h4><a href="#form">Your say <span>(8)</span> <span>Add yours</span></a></h4></div>`)
	for i := range 8 {
		fmt.Fprintf(&b, `<div><div><div><div>March %d, 2012  10:%02d AM ET</div><div><a href="#">Report</a> | <a href="#">QUOTE</a></div>
			<div><p>Comment %d: I read it twice, and I think the council, whatever its members say, will build the bridge, the road and the school after all, and the ferry too.</p>
			<p>And the harbour and the old mill, which the town sold last year, will follow, as they always do, whatever the papers write.</p></div></div>
			<div><p><a href="/u/%d">Reader %d</a></p><p>Total Comments (%d)</p></div></div></div>`, i+1, i, i, i, i, 10*i)
	}
	doc := `<html><head><title>Frost in the garden</title></head><body><div><div>
		<div><h1>Frost in the garden</h1><p>Last night brought the first frost of the year, and the dahlias turned black by morning.</p>
		<p>Tomorrow I will dig up the tubers and store them in the cellar, as every year.</p></div>
		<div><div>` + b.String() + `</div></div>
		</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Last night brought", "Tomorrow I will dig"}, []string{"Comment 1:", "Reader 2", "the ferry too"})
}

// TestCaptionParagraphBesideText: an article with no class names whose
// picture sits in a <div> with its caption in a short <p> under it (as
// WordPress sets a "wp-caption"): the caption is not the text
// (pictureOverCaptionParagraph). A photo post told in the lines under its
// pictures, more of them than of prose around them, keeps its lines
// (proseOutweighsCaptions).
func TestCaptionParagraphBesideText(t *testing.T) {
	const prose = `<p>The storm took the dunes first, and then, one by one, the cottages along the breachway, whose owners had left the day before.</p>
		<p>By morning the road was under a foot of sand, and the town's ploughs, which had waited for snow, were clearing it instead.</p>
		<p>The agent who sold half of them spent the week driving evacuees back to look at what was left, and to call their insurers.</p>`
	doc := `<html><head><title>Sand on the road</title></head><body><div><div><h1>Sand on the road</h1>
		<div><a href="/img/a.jpg"><img src="/img/a.jpg" width="415" height="443"></a><p>A cottage on the breachway after the storm. Photo by a neighbour</p></div>
		` + prose + `</div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The storm took the dunes", "The agent who sold"}, []string{"Photo by a neighbour"})

	var photos strings.Builder
	for i := range 6 {
		fmt.Fprintf(&photos, `<div><img src="/img/%d.jpg" width="600" height="400"><p>Photo %d: the harbour at dusk, and not a soul on it.</p></div>`, i, i)
	}
	doc = `<html><head><title>Ten photos from the coast</title></head><body><div><div><h1>Ten photos from the coast</h1>
		<p>We drove down for the long weekend, and it rained, as it does.</p>` + photos.String() + `</div>
		<div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
	a, err = FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"We drove down", "Photo 1: the harbour", "Photo 5: the harbour"}, nil)
}

// TestCaptionParagraphWrapped: a news story with no class names whose
// picture and caption each sit in a <div> of their own inside the
// caption's <div> (a bare <img>, or a <picture> of sources and its <img>;
// the caption's <p> in a <div>): the caption is not the text
// (wrappedPicture, wrappedParagraph).
func TestCaptionParagraphWrapped(t *testing.T) {
	const prose = `<p>The storm took the dunes first, and then, one by one, the cottages along the breachway, whose owners had left the day before.</p>
		<p>By morning the road was under a foot of sand, and the town's ploughs, which had waited for snow, were clearing it instead.</p>`
	for name, pic := range map[string]string{
		"img":     `<div><img src="/img/a.jpg" width="600" height="395"></div>`,
		"picture": `<div><picture><source media="(max-width: 767px)" srcset="/img/a-s.jpg"><source media="(min-width: 768px)" srcset="/img/a-l.jpg"><img src="/img/a.jpg" alt=""></picture></div>`,
	} {
		t.Run(name, func(t *testing.T) {
			doc := `<html><head><title>Sand on the road</title></head><body><div><div><h1>Sand on the road</h1>
				` + prose + `<div>` + pic + `<div><p><span>A ploughman clears the breachway road after the storm.</span><span> (AP Photo/A. Neighbour)</span></p></div></div>
				<p>The agent who sold half of them spent the week driving evacuees back to look at what was left, and to call their insurers.</p></div>
				<div><p><a href="/">Home</a> <a href="/about">About</a></p></div></div></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"The storm took the dunes", "The agent who sold"}, []string{"A ploughman clears", "AP Photo"})
		})
	}
}

// TestLeadOverPicture: a story with no class names whose theme sets its
// lead (one paragraph) and its picture with a line of caption in a block
// of their own just above the body: the lead is the story's first
// paragraph (leadOverPicture), though it scores under the siblings'
// threshold.
func TestLeadOverPicture(t *testing.T) {
	doc := `<html><head><title>Ferry returns to the harbour</title></head><body><div><a href="/">Coast News</a> <a href="/about">About</a></div>
		<div><div><h1>Ferry returns to the harbour</h1>
		<div><div><p>The old ferry is back on the water after two years in the yard. The town paid for half of the repairs. But the timetable, as ever, is not settled yet.</p></div>
		<div><img src="/img/ferry.jpg" width="300" height="200"><span>photo: the yard</span></div></div>
		<div><p>The ferry, which first sailed in 1961, carried <a href="/t/cars">cars</a> and foot passengers across the bay until the engine failed, and the council, short of money, left it in the yard.</p>
		<p>A group of volunteers raised the rest of the money, and the yard, which had built her, agreed to do the work at cost, over two winters.</p>
		<p>She sails again on Saturday, first for a trial run without passengers, and then, if the inspector agrees, on the old timetable.</p>
		<p>Tickets will cost what they did, the volunteers say, and the first crossing of each day will be free for the town's children.</p></div></div></div>
		<div><p><a href="/">Home</a> <a href="/about">About</a></p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The old ferry is back on the water", "The ferry, which first sailed", "Tickets will cost"}, []string{"photo: the yard", "Home"})
}

// TestEmbeddedPostByLink: an article with no class names quoting posts as
// their embed code writes them before its script runs (a <blockquote> of
// the post's line and its author's name, its last link to the post on
// Twitter, a widgets script beside it): the posts are the article's text
// (postQuotedByLink), not boxes of links.
func TestEmbeddedPostByLink(t *testing.T) {
	var b strings.Builder
	for i := range 4 {
		fmt.Fprintf(&b, `<div><blockquote><p lang="en" dir="ltr">Post %d: the new ferry timetable is out, and it is a joke. <a href="https://t.co/abc%d">https://t.co/abc%d</a></p>— Reader %d (@reader%d) <a href="https://twitter.com/reader%d/status/11965010541976%02d">November 18, 2019</a></blockquote>
			<script async src="https://platform.twitter.com/widgets.js"></script></div>
			<p>Paragraph %d: the council, which drew up the timetable over the summer, says it will listen to every complaint, and then decide.</p>`, i, i, i, i, i, i, i, i)
	}
	doc := `<html><head><title>Ferry timetable draws scorn</title></head><body><div><a href="/">Coast News</a> <a href="/about">About</a></div>
		<div><div><h1>Ferry timetable draws scorn</h1>
		<p>The new ferry timetable, published on Monday, cuts the early crossing and the last one at night, and readers are not happy about it.</p>` + b.String() + `
		</div></div><div><p><a href="/">Home</a> <a href="/about">About</a></p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The new ferry timetable, published", "Post 1: the new ferry timetable", "Reader 2 (@reader2)", "Paragraph 3:"}, []string{"Home"})
}

// forumNoClass is a made-up forum thread without a class or id: each post
// an <article> holding the member's pane (a picture linked to the
// member's profile, then the linked name), a header with the post's
// <time>, and the body; nested puts each body in an <article> of its own
// inside the post's, and named names the member with itemprop="name"
// instead of linking a profile.
func forumNoClass(nested, named bool) string {
	names := []string{"tidewater_tom", "Mossbank", "Heron Lane", "tidewater_tom"}
	var posts strings.Builder
	for i, n := range names {
		name := fmt.Sprintf(`<a href="https://forum.example.org/profile/%d-%s/">%s</a>`, 40+i, strings.ToLower(strings.ReplaceAll(n, " ", "-")), n)
		if named {
			name = fmt.Sprintf(`<span itemprop="author" itemscope=""><span itemprop="name">%s</span></span>`, n)
		}
		body := fmt.Sprintf(`<div><p>Reply %d: we moved the rain barrels to the north side of the shed last spring, and the overflow now runs into the pond instead of flooding the beds, which has saved the leeks twice already this year.</p>
			<p>The only trouble has been the mosquitoes, which a few minnows in the pond have mostly taken care of since June.</p></div>`, i+1)
		if i == 2 {
			body = `<div><div>Looking forward to photos of the pond!</div></div>`
		}
		if nested {
			body = "<article>" + body + "</article>"
		}
		fmt.Fprintf(&posts, `<article><div><div><a href="https://forum.example.org/profile/%d-x/"><img src="https://cdn.example.net/m/%d.jpg" alt="" width="96" height="96"></a></div>
			<h4>%s</h4><h5>Member</h5><div><strong>%d posts</strong></div></div>
			<header><ul><li><a href="/topic/9/#c%d">Posted <time datetime="2025-10-2%dT08:00:00Z">October 2%d, 2025</time></a></li></ul><ul><li><a href="/share">Share</a></li><li><a href="#">#%d</a></li></ul></header>%s
			<footer><a href="/posts/%d/like">Like</a> <a href="/posts/%d/reply">Reply</a> Reactions: <a href="https://forum.example.org/profile/7-fen/">fen</a></footer></article>`,
			40+i, 40+i, name, 100+i, i, i+1, i+1, i+1, body, i, i)
	}
	return `<html><head><title>Rain barrels and a pond - Garden Forum</title></head><body><div><a href="/">Garden Forum</a> <a href="/login">Sign in</a></div>
		<div><h1>Rain barrels and a pond</h1><div>` + posts.String() + `</div></div><div><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></div></body></html>`
}

// TestMemberLinkByline: a thread without class names, each post an
// <article> whole, its member's name linked to a profile (Invision's
// "/profile/123-name/") and no class or itemprop naming it: each post
// opens with a line of the name and the date (memberLink, postHeadEnds),
// as with class names. Seen under no-attr on a forum of Invision
// (modern2026 0548), whose posts lost their bylines.
func TestMemberLinkByline(t *testing.T) {
	a, err := FromReader(strings.NewReader(forumNoClass(false, false)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"tidewater_tom October 21, 2025", "Mossbank October 22, 2025", "Heron Lane October 23, 2025", "Reply 4: we moved"}, []string{"Terms", "Members"})
	for _, c := range []struct {
		href string
		want bool
	}{
		{"https://forum.example.org/profile/1623576-gringeo/", true},
		{"/members/reefing102.115950/", true},
		{"/u/jane", true},
		{"member.php?u=12", true},
		{"/forum/memberlist.php?mode=viewprofile&u=5", true},
		{"/forum/memberlist.php?mode=group", false},
		{"/members/", false},
		{"/author/jane/", false},
		{"https://example.org/users", false},
		{"", false},
	} {
		if got := memberProfileURL(c.href); got != c.want {
			t.Errorf("memberProfileURL(%q) = %v, want %v", c.href, got, c.want)
		}
	}
}

// TestThreadHeld: the chosen block is a forum's list of posts, each an
// <article> whose body is an <article> of its own (XenForo's message and
// message-body), without class names, the member named by itemprop: the
// posts' bodies are the thread (threadHeld, innerArticles), each after a
// line of its member's name and date, as with class names, a short reply
// too (read whole, it went with its footer's links). Seen under
// no-attr on a XenForo forum (modern2026 0532) beside the Invision one of
// TestMemberLinkByline; a thread of articles whose bodies are not nested
// keeps its posts whole.
func TestThreadHeld(t *testing.T) {
	for _, nested := range []bool{true, false} {
		a, err := FromReader(strings.NewReader(forumNoClass(nested, true)), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"tidewater_tom October 21, 2025", "Heron Lane October 23, 2025", "Reply 1: we moved", "Reply 4: we moved"}
		if nested {
			// The short reply, read apart from its footer's links.
			want = append(want, "Looking forward to photos of the pond!")
		}
		checkText(t, a.Text, want, []string{"Terms", "Sign in", "Reactions"})
	}
}

// TestInnerArticles: where each post of the thread threadHeld finds sets
// its body as an <article> inside its own, the posts it gives are those
// bodies (innerArticles), which withPostBylines reads with their member's
// pane and header around them; a thread whose posts hold no such body, or
// one where a post holds two, keeps its posts whole. On XenForo's thread
// under no-attr (modern2026 0532), whole posts lost their short replies:
// a post of a line beside the member's picture read as a captioned picture.
func TestInnerArticles(t *testing.T) {
	for _, tt := range []struct {
		name       string
		nested     bool
		extraInner bool
		want       string
	}{
		{"nested bodies", true, false, "body"},
		{"flat posts", false, false, "post"},
		{"two bodies in one", true, true, "post"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := forumNoClass(tt.nested, true)
			if tt.extraInner {
				page = strings.Replace(page, "</footer></article>", "</footer><article><p>Another body in the same post, which makes it no post of one body.</p></article></article>", 1)
			}
			ex, body := statsOf(t, page)
			var list *html.Node // the block holding the posts
			for d := range body.Descendants() {
				if d.DataAtom == atom.Article {
					list = d.Parent
					break
				}
			}
			posts := ex.threadHeld(list)
			if len(posts) != 4 {
				t.Fatalf("threadHeld gave %d posts, want 4", len(posts))
			}
			for _, p := range posts {
				got := "post" // a post whole, a child of the list
				if p.Parent != list {
					got = "body" // a body inside its post
				}
				if got != tt.want {
					t.Errorf("threadHeld gave a %s, want a %s", got, tt.want)
				}
			}
		})
	}
}

// TestShortThreadBesideArticle: the post's <article>, then beside it in
// the same block a "2 Comments" heading and a list of two comments (too
// few for a thread by its stamps), each of paragraphs without a link: the
// comments are the readers', not more of the post, though a block of
// unlinked paragraphs beside the chosen one is otherwise merged.
func TestShortThreadBesideArticle(t *testing.T) {
	var body strings.Builder
	for i := range 6 {
		fmt.Fprintf(&body, `<p>Paragraph %d: the council met on Tuesday and, after a long debate about the bridge, the road and the school, voted to delay the decision until the spring, when the new budget is known.</p>`, i)
	}
	doc := `<html><head><title>The council waits</title></head><body><div><div><section>
		<article><h1>The council waits</h1>` + body.String() + `</article>
		<div><span>Posted in <a href="/c/town">Town</a>, <a href="/c/politics">Politics</a></span></div>
		<h2><a href="#respond">Post a Comment</a>2 Comments</h2>
		<ul><li><header><span>Posted by Ann</span> <time>August 9, 2012 at 11:44 am</time></header>
			<div><p>Good article, and about time someone wrote down what the council keeps saying in private.</p>
			<p>The bridge will be built anyway, the ferry never paid for itself.</p></div></li>
		<li><header><span>Posted by Bob</span> <time>August 9, 2012 at 11:54 am</time></header>
			<div><p>Dear all, the school matters more than any bridge.</p><p>Bob</p></div></li></ul>
		</section></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Paragraph 0:", "Paragraph 5:"}, []string{"Good article", "ferry never paid", "Dear all"})
}

// TestCourseCatalogueGridWithoutClasses: TestCourseCatalogueGrid's listing
// page with no class names: the grids' cards are told by their shape (one
// tag, the same children in order) as they were by their one class, and
// are taken in with the intro, a fraction of the page. Seen under no-attr
// on a course catalogue (modern2026), whose intro alone was the text.
func TestCourseCatalogueGridWithoutClasses(t *testing.T) {
	card := func(name string) string {
		return `<div><p>&nbsp;</p><div><div><a href="/c/` + name + `"><img src="/i/` + name + `.png"></a></div>` +
			`<h4><strong>` + name + ` courses</strong></h4><p>` + name + ` is a skill every team leans on, and our courses teach it from the ground up, with cases from local firms, evening sessions and a certificate at the end.</p>` +
			`<ul><li><a href="/c/` + name + `/1">Certificate in ` + name + `</a></li><li><a href="/c/` + name + `/2">Fundamentals of ` + name + `</a></li></ul>` +
			`<p><a href="/c/` + name + `">Read More</a></p></div></div>`
	}
	grid := func(names ...string) string {
		var b strings.Builder
		b.WriteString(`<div><div>`)
		for _, n := range names {
			b.WriteString(card(n))
		}
		b.WriteString(`</div></div>`)
		return b.String()
	}
	page := `<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header><div>` +
		`<section><div><div><ul><li><a href="/a">Calendar</a></li><li><a href="/b">Catalog</a></li></ul></div>` +
		`<div><div><h1>Professional Development</h1><p>Our professional development programs offer over sixty certificates, the widest choice of courses in the region, taught by the faculty of the business school.</p>` +
		`<p>Each course runs in the evening or online, so that you can keep working while you learn, and most of them count towards a degree later on.</p></div></div></div></section>` +
		`<section><div>` + grid("Accounting", "Finance", "Marketing") + grid("Leadership", "Analytics", "Supply Chain") + `</div></section></div>` +
		`<footer><p>Business School, 777 Glades Road, Boca Raton. Call us on weekdays.</p></footer>`
	a, err := FromReader(strings.NewReader("<html><head><title>Professional Development</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Our professional development programs", "Accounting is a skill every team", "Supply Chain is a skill every team"}, []string{"Glades Road"})
}

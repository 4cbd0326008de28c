package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestPostMetaLine: a forum thread whose posts sit in one chosen block,
// each after a meta block of its member's linked name and a <time>
// (and the post's number): each post's name and date stay as a line
// (postMetaLine), where the cleaning dropped the linked little blocks.
// A news article's one byline block of the same make-up still goes.
func TestPostMetaLine(t *testing.T) {
	names := []string{"harbourlights", "Quill_and_Ink", "moth-orchid", "Tamsin R"}
	var posts strings.Builder
	for i, n := range names {
		fmt.Fprintf(&posts, `<div class="reply-entry"><div class="reply-meta"><span class="creator"><a href="/u/%d"><span>%s</span></a></span> <time datetime="2026-03-0%dT10:00:00Z">March %d, 2026, 10:0%dam</time> <span>#%d</span></div>
			<div class="reply-body"><p>Reply %d: the allotment by the canal floods each spring, so we raised the beds by a full foot and lined the paths with bark, which has held up well through two wet winters now.</p>
			<p>We also moved the compost bins to the higher corner, where they no longer sit in water for weeks on end after the heavy rains.</p></div></div>`, i, n, i+1, i+1, i, i+1, i+1)
	}
	doc := `<html><head><title>Raised beds on wet ground - Growers' Board</title></head><body><div><a href="/">Growers' Board</a> <a href="/login">Log in</a></div>
		<div class="thread"><h1>Raised beds on wet ground</h1>` + posts.String() + `</div><div><a href="/terms">Terms</a></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"harbourlights March 1, 2026, 10:00am", "Tamsin R March 4, 2026, 10:03am", "Reply 4: the allotment"}, []string{"Terms", "#2"})
	t.Run("one byline", func(t *testing.T) {
		doc := `<html><head><title>Canal towpath to reopen in May</title></head><body><div><a href="/">The Gazette</a></div>
			<article><h1>Canal towpath to reopen in May</h1><div class="story-meta"><span class="author"><a href="/staff/1">Ruth Okafor</a></span> <time datetime="2026-03-01">March 1, 2026</time></div>
			<p>The towpath between the two locks will reopen in May after a winter of repairs to the bank, the waterways trust said on Monday, a month later than it first planned.</p>
			<p>Walkers and cyclists have used a diversion through the park since November, when a stretch of the bank slipped into the water after a week of heavy rain.</p>
			<p>The trust said the new bank is built on sheet piles and should last for decades, and that the path will be wider than before at the narrowest point.</p></article></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"The towpath between"}, []string{"Ruth Okafor"})
	})
}

// TestWithPostBylines: a thread of posts, each body the chosen kind
// (threadPosts), with the member's name in a side pane beside it and the
// date atop the body: each post opens with a line of name and date
// (withPostBylines), which the paragraph filters keep though the line
// alone reads as a dateline.
func TestWithPostBylines(t *testing.T) {
	names := []string{"Fernleaf", "old_ropewalk", "Kettle Moraine"}
	var posts strings.Builder
	for i, n := range names {
		body := strings.Repeat(fmt.Sprintf(`Post %d: the second-hand lathe came with a worn chuck, and after a weekend of cleaning, new jaws and a careful setting of the gibs it now turns true to a hundredth, which is better than I hoped for. `, i+1), 3+i)
		fmt.Fprintf(&posts, `<div class="post-row"><dl class="profile"><dt><div class="pane"><span class="member-name"><strong><span class="username">%s</span></strong></span><div class="rank">Member</div><div class="count">%d posts</div></div></dt></dl>
			<div class="post-text"><p class="info"><span class="post-date">Jun 0%d, 2019</span></p><p>%s</p><p>%s</p></div></div>`, n, 100+i, i+2, body, body)
	}
	doc := `<html><head><title>Restoring an old lathe - Workshop Forum</title></head><body><div><a href="/">Workshop Forum</a> <a href="/login">Log in</a></div>
		<div class="topic"><h1>Restoring an old lathe</h1>` + posts.String() + `</div><div><a href="/terms">Terms</a></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Fernleaf Jun 02, 2019", "old_ropewalk Jun 03, 2019", "Kettle Moraine Jun 04, 2019", "Post 1: the second-hand"}, []string{"Terms"})
}

// TestWithPostBylinesInPost: a thread of two posts, a question and its
// longer answer (postPair), each post one block that holds its meta line
// (the member's name, a <time>) above its body, as Discourse's crawler
// view sets "<div class=\"topic-body crawler-post\"><div
// class=\"crawler-post-meta\">...</div><div class=\"post\">...</div>": the
// chosen blocks are the posts whole, so their names and dates were no
// line of the text. Each post now opens with its name and date
// (postByline reads the post's head inside it, as for an <article>).
func TestWithPostBylinesInPost(t *testing.T) {
	post := func(n int, name, date string, paras int) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<div id="post_%d" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author"><a href="/u/%s"><span itemprop="name">%s</span></a></span>
			<span class="crawler-post-infos"><time datetime="2026-02-0%dT10:00:00Z" class="post-time">%s</time><span itemprop="position">%d</span></span></div><div class="post" itemprop="text">`, n, name, name, n, date, n)
		for i := range paras {
			fmt.Fprintf(&b, `<p>Post %d, part %d: the kiln's controller loses its program after a power cut, so each firing since January has started from the default curve, and the glazes come out dull and pinholed.</p>`, n, i+1)
		}
		b.WriteString(`</div></div>`)
		return b.String()
	}
	doc := `<html><head><title>Kiln controller forgets its program - Potters' Forum</title></head><body><div><a href="/">Potters' Forum</a> <a href="/login">Log in</a></div>
		<div id="main-outlet"><h1>Kiln controller forgets its program</h1><div>` + post(1, "slipcast_sam", "February 1, 2026, 9:14am", 3) + post(2, "Wedging Table", "February 2, 2026, 6:40pm", 5) + `</div></div><div><a href="/terms">Terms</a></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"slipcast_sam February 1, 2026, 9:14am", "Wedging Table February 2, 2026, 6:40pm", "Post 1, part 1", "Post 2, part 5"}, []string{"Terms"})
}

// TestThreadPostLine: a thread whose whole list of posts is the chosen
// block, each post a member pane (the name) beside a header of its date
// over the body, the name and the date in two blocks: each post opens
// with a line of name and date (threadPostLine), the short answer too.
// A pane whose parts are all named "author", its picture frame first, and
// a badge "Author" on the starter's posts do not hide the name
// (postAuthorName); recipe cards named by a title and a "2 Hours" time
// get no such line (calendarDate).
func TestThreadPostLine(t *testing.T) {
	names := []string{"saltmarsh_sal", "Dunlin", "saltmarsh_sal", "Pebble Cove", "Dunlin"}
	bodies := []string{
		"Our ferry to the island was cancelled twice last week because of the swell, so we waited on the quay for most of a day. Does anyone know whether the summer timetable adds a second boat on Saturdays?",
		"The second boat runs from June, on Saturdays and Sundays, and leaves an hour after the first one. Book ahead, as the cars fill up quickly.",
		"Good to hear. We will try the Saturday boat then, and book the car a week ahead.",
		"Worth knowing that the small foot ferry from the harbour keeps running in a swell when the car ferry does not, as it takes the sheltered channel round the point.",
		"Yes, and it is cheaper too, though it does not carry bikes in August, when the harbour master keeps its deck for foot passengers only.",
	}
	var posts strings.Builder
	for i, n := range names {
		badge := ""
		if n == names[0] {
			badge = `<strong class="post-authorBadge">Author</strong>`
		}
		fmt.Fprintf(&posts, `<article class="topic-post">
			<aside class="post-authorPane"><div class="post-authorPane_photo"><a href="/m/%d"><img src="/a/%d.png" alt=""></a></div><h4 class="post-authorPane_name"><a href="/m/%d">%s</a></h4><div class="post-authorPane_rank">Member</div></aside>
			<div class="post-main"><header class="post-head"><a href="/p/%d"><time datetime="2025-05-0%dT09:00:00Z">May %d, 2025</time></a> %s <a href="/p/%d">#%d</a></header>
			<div class="post-content"><p>%s</p></div></div></article>`, i, i, i, n, i, i+1, i+1, badge, i, i+1, bodies[i])
	}
	doc := `<html><head><title>Island ferry in a swell - Coast Forum</title></head><body><div><a href="/">Coast Forum</a> <a href="/login">Log in</a></div>
		<div class="topic-posts"><h1>Island ferry in a swell</h1>` + posts.String() + `</div><div><a href="/terms">Terms</a></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"saltmarsh_sal May 1, 2025", "Dunlin May 2, 2025", "saltmarsh_sal May 3, 2025", "Pebble Cove May 4, 2025", "Dunlin May 5, 2025", "Good to hear. We will try"}, []string{"Author May", "Terms"})
	t.Run("recipe cards", func(t *testing.T) {
		var cards strings.Builder
		for i, r := range []string{"Lemon Curd Tart", "Brown Butter Shortbread", "Plum Crumble Bars"} {
			fmt.Fprintf(&cards, `<div class="recipe-card"><h3 itemprop="name">%s</h3><span class="cook-time">%d Hours</span><p>Recipe %d: a bake for a slow afternoon, made ahead and kept in a tin for the week, and better on the second day than the first.</p></div>`, r, i+1, i+1)
		}
		doc := `<html><head><title>Baking for the week</title></head><body><article><h1>Baking for the week</h1>
			<p>Each Sunday I bake three things for the week ahead, and these three are the ones my family asks for again and again, through autumn and well into winter.</p>
			<p>None of them needs more than an hour of work, though two of them want a long rest in the fridge or the tin before they are at their best.</p>` + cards.String() + `</article></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Recipe 1: a bake"}, []string{"Lemon Curd Tart 1 Hours", "Plum Crumble Bars 3 Hours"})
	})
}

// TestForumReplyQuote: a phpBB thread (Tapatalk's make-up) whose replies
// quote other posts, each quote a <blockquote> opening with a <cite> of
// the poster's name and "wrote:" (postQuote): the quoted words go, read
// once where their own post has them, and each reply keeps its own. A
// quote of the article's text, credited by a <cite> after it or by one
// that does not end in a colon, stays.
func TestForumReplyQuote(t *testing.T) {
	bodies := []string{
		"Before buying a new fish, look at every animal in the tank: clamped fins, white spots or torn tails mean the whole tank has been exposed, even where the fish you want looks fine today.",
		`<blockquote><div><cite>reefkeeper wrote:</cite>Before buying a new fish, look at every animal in the tank: clamped fins, white spots or torn tails mean the whole tank has been exposed.</div></blockquote> Agreed, and ask how long the fish has been in the shop. A week in their own quarantine is worth more than any promise at the till.`,
		"Keep a small quarantine tank running all year with a sponge filter seeded in the main tank, so that a new fish can sit apart for a month before it joins the others.",
		`<blockquote><div><cite><a href="/m/7">old_angler</a> wrote:</cite>My shop plumbs every tank to one filter, so I never buy from a system where one tank shows ich, and I tell the staff why.</div></blockquote> That is the same at both of the big chains near me, and the staff were glad to be told about it rather than annoyed.`,
	}
	names := []string{"reefkeeper", "tetra_tom", "Marn", "gravel_vac"}
	var posts strings.Builder
	for i, b := range bodies {
		fmt.Fprintf(&posts, `<div id="p_%d" class="post postrow"><div class="postprofile"><a href="/m/%d" class="username">%s</a> <time datetime="2013-07-0%dT09:00:00Z">Jul 0%d, 2013</time></div>
			<div class="postbody"><div class="content" itemprop="commentText">%s</div></div></div>`, i, i, names[i], i+1, i+1, b)
	}
	doc := `<html><head><title>What to look for before buying a fish - Fish Forum</title></head><body><div><a href="/">Fish Forum</a> <a href="/login">Log in</a></div>
		<div class="topic"><h1>What to look for before buying a fish</h1>` + posts.String() + `</div><div><a href="/terms">Terms</a></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Agreed, and ask how long", "That is the same at both", "Keep a small quarantine tank"},
		[]string{"wrote:", "My shop plumbs every tank", "Terms"})
	if n := strings.Count(a.Text, "clamped fins, white spots"); n != 1 {
		t.Errorf("the first post's words read %d times, want once:\n%s", n, a.Text)
	}
	t.Run("titled quotes", func(t *testing.T) {
		// UBB's and XenForo's quote: a title block named by the quote's
		// class ("quote:", "name said:") over the quoted words.
		quotes := []string{
			`<blockquote class="ip-ubbcode-quote"><div class="ip-ubbcode-quote-title">quote:</div><div class="ip-ubbcode-quote-content">Before buying a new fish, look at every animal in the tank: clamped fins, white spots or torn tails mean the whole tank has been exposed.</div></blockquote>`,
			`<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote"><div class="bbCodeBlock-title"><a href="/goto/post?id=3" class="bbCodeBlock-sourceJump">old_angler said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">My shop plumbs every tank to one filter, so I never buy from a system where one tank shows ich, and I tell the staff why.</div></div></blockquote>`,
		}
		b := slices.Clone(bodies)
		b[1] = quotes[0] + " Agreed, and ask how long the fish has been in the shop. A week in their own quarantine is worth more than any promise at the till."
		b[3] = quotes[1] + " That is the same at both of the big chains near me, and the staff were glad to be told about it rather than annoyed."
		var posts strings.Builder
		for i, body := range b {
			fmt.Fprintf(&posts, `<div id="p_%d" class="post postrow"><div class="postprofile"><a href="/m/%d" class="username">%s</a> <time datetime="2013-07-0%dT09:00:00Z">Jul 0%d, 2013</time></div>
			<div class="postbody"><div class="content">%s</div></div></div>`, i, i, names[i], i+1, i+1, body)
		}
		doc := `<html><head><title>What to look for before buying a fish - Fish Forum</title></head><body><div class="topic"><h1>What to look for before buying a fish</h1>` + posts.String() + `</div></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Agreed, and ask how long", "That is the same at both"}, []string{"said:", "My shop plumbs every tank"})
		if n := strings.Count(a.Text, "clamped fins, white spots"); n != 1 {
			t.Errorf("the first post's words read %d times, want once:\n%s", n, a.Text)
		}
	})
	t.Run("quotes of the text", func(t *testing.T) {
		doc := `<html><head><title>The harbour wall</title></head><body><article><h1>The harbour wall</h1>
			<p>The council's engineers walked the harbour wall on Monday after the third storm of the month had lifted two courses of its stones and thrown them onto the quay.</p>
			<blockquote><p>We will rebuild it before the summer boats arrive, whatever the insurers decide about the cost of the stone.</p><cite>the harbour master</cite></blockquote>
			<p>The wall was last rebuilt in 1952, after a storm of the same strength, and the stones were then set in lime mortar that the sea has since washed out of most of the joints.</p>
			<blockquote><cite>From the council's report</cite><p>The lower courses are sound; the upper two need resetting on a new bed along the whole seaward face.</p></blockquote>
			<p>Work is due to start in March, when the tides are lowest in the mornings and the masons can reach the foot of the wall.</p></article></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"We will rebuild it before the summer", "The lower courses are sound"}, nil)
	})
}

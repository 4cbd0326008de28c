package extract

import (
	"fmt"
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

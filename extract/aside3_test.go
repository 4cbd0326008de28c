package extract

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

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

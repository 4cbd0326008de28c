package extract

import (
	"strings"
	"testing"
)

// Tests of the author's box under a post where no class name calls it a
// bio: a square photo, the author's name linked to their page, and a
// paragraph about them.

// bridgeOpening and bridgeClosing are the first and last paragraphs of a
// post with no class names; bridgeMiddle, four more, make it long enough
// to outscore a box beside it.
const (
	bridgeOpening = `<p>The new bridge over the river opened on Monday, three years after the council, the state and the builders first agreed on it.</p>
		<p>Hundreds of people walked across it in the morning, and the first cars followed at noon, as the mayor had promised.</p>`
	bridgeMiddle = `<p>The bridge cost, in the end, more than the council had planned, but less, the mayor said, than a new ferry would have.</p>
		<p>Shops on both banks, cafés, bakers and a bookseller among them, stayed open late, and a band played on the old quay until dark.</p>
		<p>The builders, who worked through two winters, floods and a strike, were given the town's medal at a dinner on Monday night.</p>`
	bridgeClosing = `<p>The old ferry, which carried cars across for sixty years, will make its last trip on Friday, and then go to a museum.</p>`
)

// bridgePage is a page of no class names: the post's headline, then body
// (the post's block's own markup, open: the caller closes it), and after
// the post a column of archives.
func bridgePage(body string) string {
	return `<html><head><title>The bridge opens</title></head><body><div><div>
		<h1>The bridge opens</h1>
		` + body + `</div>
		<div><h3>Archives</h3><ul><li><a href="/2012/10/">October 2012</a></li><li><a href="/2012/09/">September 2012</a></li></ul></div></div></body></html>`
}

// checkBridge extracts doc and checks that it holds the bridge post's
// first and last lines and none of wantNot.
func checkBridge(t *testing.T, doc string, wantNot ...string) {
	t.Helper()
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The new bridge", "The old ferry"}, wantNot)
}

// TestAuthorBoxNameLead: an author's box inside the post's block whose
// name line is led by the link to the author's page ("Ann Lee – who has
// written 812 posts") is left out like one whose name stands alone.
func TestAuthorBoxNameLead(t *testing.T) {
	checkBridge(t, bridgePage(`<div>`+bridgeOpening+bridgeClosing+`
		<div><img src="/avatar/ann.jpg" width="60" height="60" alt="">
		<p><a href="/author/ann-lee/">Ann Lee</a> – who has written 812 posts on Example Journal.</p>
		<p>Ann Lee writes about towns, rivers and bridges, and, when she is not writing, she paints harbours, boats and old mills from her studio by the sea.</p></div></div>`),
		"812 posts", "paints harbours")
}

// TestAuthorBoxNameLeadsBio: an author's box whose one paragraph opens
// with the author's linked name and goes on as the bio ("Ann Lee / Ann is
// the senior editor ...") is left out, however long the bio runs.
func TestAuthorBoxNameLeadsBio(t *testing.T) {
	checkBridge(t, bridgePage(`<div>`+bridgeOpening+bridgeClosing+`
		<section><a href="/author/ann-lee"><img width="47" height="47" src="/uploads/authors/ann-lee-sq.jpg"></a>
		<p><a href="/author/ann-lee">Ann Lee</a> / Ann is the senior editor for towns and rivers, and handles all of the bridges, ferries and harbours. She also knows a lot about old mills. Ann is based in Bergen.</p></section></div>`),
		"senior editor", "old mills")
}

// TestAuthorBoxBesideBody: an author's box set after the post's body, a
// sibling of its block, is not merged in as the post's last paragraph.
func TestAuthorBoxBesideBody(t *testing.T) {
	checkBridge(t, bridgePage(`<div>`+bridgeOpening+bridgeMiddle+bridgeClosing+`</div>
		<div><a href="/author/ann-lee/"><img src="/avatar/ann.jpg" width="120" height="120" alt="Ann Lee"></a><h2><a href="/author/ann-lee/">Written by Ann Lee</a></h2>
		<p>Ann Lee writes about towns, rivers and bridges, and, when she is not writing, she paints harbours, boats and old mills from her studio by the sea, where, as she says, the light is best. She has lived in Lisbon, Hamburg, Genoa and Bergen, and she keeps, in a drawer of her desk, a ticket from every ferry she has taken since she was a girl.</p></div>`),
		"Written by", "paints harbours")
}

// TestShortPostOverAuthorBox: a comic's post, its picture and one line,
// under its headline, and the author's box below it: the line is the
// post's text, not the author's bio, though the bio scores higher.
func TestShortPostOverAuthorBox(t *testing.T) {
	doc := `<html><head><title>Comic 284: No Excuses</title></head><body>
		<div><ul><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/forum">Forum</a></li></ul></div>
		<div><div><div>
		<div><h1>Comic 284: No Excuses</h1>
		<div><ul><li><a href="/author/nc/">N.C. Roe</a> | </li><li><a href="/category/comic/">Comic</a></li><li> | <span>November 12th 2012</span></li></ul></div>
		<div><p><img src="/uploads/comic284.jpg" width="550" height="225" alt="Comic 284"></p>
		<p>Once a week, we feature a fantastic freelance-themed comic from the talented N.C. Roe. Why not also <a href="/category/comic/">take a look at the archive</a>?</p></div></div>
		<div><img src="/avatar/nc.jpg" width="40" height="40" alt=""><div><ul><li>N.C. Roe | </li><li><a href="http://ncroe.example">Website</a> | </li><li><a href="/author/nc">Other Articles</a></li></ul>
		<p><em>N.C. Roe is always drawing. When he isn't making comics, doodling or working as a graphic artist, he spends his time painting pictures for galleries, fairs and friends from his home studio in sunny California.</em></p></div></div>
		<ul><li><h3>Related Articles</h3><ul><li>No related posts found</li></ul></li></ul>
		</div></div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Once a week"}, []string{"always drawing"})
}

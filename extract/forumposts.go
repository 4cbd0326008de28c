package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Forums' threads of posts: the posts beside the chosen one (threadPosts,
// articleThread), members' avatars, short posts and signatures.

// maxAvatarSteps is how many ancestors avatar looks through for the name.
const maxAvatarSteps = 3

// avatar reports whether the image n is a forum member's or commenter's
// avatar: the image, or one of its few nearest ancestors (the profile
// link, the frame around it), is named "avatar" by its class. An avatar
// beside a short post is no picture with its caption, and a thread's
// avatars no image gallery: the post's lines are text.
func avatar(n *html.Node) bool {
	for a, i := n, 0; a != nil && i <= maxAvatarSteps; a, i = a.Parent, i+1 {
		if strings.Contains(strings.ToLower(attr(a, "class")), "avatar") {
			return true
		}
	}
	return false
}

// avatarPost reports whether n, a block whose only pictures are avatars
// (avatar), reads as a short post beside its writer's avatar rather than a
// picture with its caption: its text ends a sentence after a word
// ("Thanks, that fixed it."). A byline or a "wrote on" line beside an
// author's picture ends in a name or a date, and stays a caption.
func avatarPost(n *html.Node, in *info) bool {
	if in.avatars == 0 || in.avatars < in.imgs {
		return false
	}
	return postSentence.MatchString(textOfMax(n, 2000))
}

// postSentence matches a sentence's end after a lower-case word: the next
// sentence's capital or the text's end follows.
var postSentence = regexp.MustCompile(`\p{Ll}{2}[.!?]+(\s+\p{Lu}|\s*$)`)

// maxSignatureChars is the most text a postSignature holds.
const maxSignatureChars = 1000

// postSignature reports whether n, of lower-cased class and id ci, is a
// forum post's signature under the post, named so by a word of its class ("signature", vBulletin's
// "signaturecontainer", "post-signature"): the poster's motto and list of
// tanks, bikes or rigs, the same under every post, not the post. Such a
// signature runs past the 200 characters up to which any meta block goes
// (namedAside), so it is told by its own name.
func postSignature(n *html.Node, ci string) bool {
	if !strings.Contains(ci, "signature") {
		return false // most blocks: no need to split the class
	}
	for w := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if w == "signature" || w == "signaturecontainer" || strings.HasSuffix(w, "-signature") || strings.HasSuffix(w, "_signature") {
			return true
		}
	}
	return false
}

// maxQuoteCiteChars is the most text a postQuote's citation holds: a
// poster's name and "wrote:".
const maxQuoteCiteChars = 100

// postQuote reports whether n is a <blockquote> in which a forum reply
// quotes another post: the quote opens, directly or inside one wrapper
// <div>, with a line naming the poster (or only "quote:") and ending in a
// colon, the quoted words after it. phpBB and the forums built on it
// (Tapatalk's) set that line as a <cite> (`<blockquote><div><cite>aquatic
// hoyt wrote:</cite>with fish make sure ...</div></blockquote>`), UBB and
// Invision as a block the quote's class names (quoteTitle: `<blockquote
// class="ip-ubbcode-quote"><div class="ip-ubbcode-quote-title">quote:</div>`).
// The quoted post is the thread's own (on this page or an earlier one), so
// the quote read it again inside the reply; the reply is the words after.
// A quote credited at its end, by a <cite> that is no line of its own
// ending in a colon, or by a line beside the <blockquote> (Discourse's,
// NodeBB's "@name said in ...:") is left as it is.
func postQuote(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote {
		return false
	}
	c := leadingContent(n)
	if c != nil && c.DataAtom == atom.Div && !quoteTitle(n, c) {
		c = leadingContent(c)
	}
	if c == nil || c.Type != html.ElementNode || c.DataAtom != atom.Cite && !quoteTitle(n, c) || contentFrom(c.NextSibling) == nil {
		return false
	}
	t := strings.TrimSpace(textOfMax(c, maxQuoteCiteChars+1))
	return len(t) <= maxQuoteCiteChars && strings.HasSuffix(t, ":")
}

// quoteTitle reports whether c, the first element of the <blockquote> q
// or of its one wrapper <div> (postQuote), is a classed block that its
// class or q's names a quote's ("quote", "citation"): the title line a
// forum sets over a quoted post.
func quoteTitle(q, c *html.Node) bool {
	cc := attr(c, "class")
	if cc == "" || !isBlock(c) {
		return false
	}
	ci := strings.ToLower(cc + " " + attr(q, "class"))
	return strings.Contains(ci, "quote") || strings.Contains(ci, "citation")
}

// leadingContent returns n's first child that is an element or text other
// than white space, or nil: what a reader meets first inside n.
func leadingContent(n *html.Node) *html.Node {
	return contentFrom(n.FirstChild)
}

// contentFrom returns the first of c and the siblings after it that is an
// element or text other than white space, or nil.
func contentFrom(c *html.Node) *html.Node {
	for ; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode:
			return c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return c
		}
	}
	return nil
}

// threadPosts returns, where the chosen block top is one post of a thread
// (a forum's posts, each body of one tag and class, top the longest of
// them), the bodies of all its posts in reading order, instead of that one
// post: the kept elements of top's tag and class in the nearest ancestor
// of top, at most maxThreadLevels up, that holds minCards or more of them
// with minArticleChars, threadShare times top's text or more, and a link
// density under 0.25. Comment threads are removed before (they are
// no article's text), and an article's body outweighs the excerpts of
// other posts of its class on the page. Else nil.
func (ex *extractor) threadPosts(top, body *html.Node) []*html.Node {
	cls := attr(top, "class")
	ti := ex.infos[top]
	if ti == nil || top == body {
		return nil
	}
	if cls == "" {
		return ex.articleThread(top, body)
	}
	// One walk below the highest ancestor looked at; the nearer ones
	// take the posts they hold.
	var chain []*html.Node
	for p := top; len(chain) < maxThreadLevels && p.Parent != nil && p != body; {
		p = p.Parent
		chain = append(chain, p)
	}
	if len(chain) == 0 {
		return nil
	}
	key := rowClass(cls)
	var all []*html.Node
	for _, c := range ex.outermostBelow(chain[len(chain)-1], func(c *html.Node) bool {
		return c.DataAtom == top.DataAtom && (attr(c, "class") == cls || rowClass(attr(c, "class")) == key)
	}) {
		if !reviewsPanel(c) {
			all = append(all, c)
		}
	}
	if len(all) < 2 {
		return nil
	}
	for _, p := range chain {
		var posts []*html.Node
		text, link := 0, 0
		for _, c := range all {
			if contains(p, c) {
				posts = append(posts, c)
				text += ex.infos[c].text
				link += ex.infos[c].link
			}
		}
		if (len(posts) >= minCards && float64(text) >= threadShare*float64(ti.text) || postPair(len(posts), text, ti.text)) &&
			text >= minArticleChars && float64(link) < 0.25*float64(text) {
			return posts
		}
	}
	return nil
}

// articleThread is threadPosts for a page without class names, where
// posts of one class cannot be told from the page's other blocks: a
// forum writes each post of a thread as an <article>, so when top lies in
// an <article> (within maxThreadLevels) or holds one alone, the articles that are no part
// of one another under its nearest ancestor holding minCards of them are
// the thread, on threadPosts' terms: threadShare times top's text or
// more, minArticleChars, and a link density under 0.25. Each must sit
// under that ancestor at the end of the same path of tags as the one
// holding top: a blog post's comments are <article>s as well, but down
// in a list of their own, not beside the post. A news article's teasers
// are <article>s too, but short and linked: they come nowhere near twice
// the article's text. Else nil.
func (ex *extractor) articleThread(top, body *html.Node) []*html.Node {
	post := top
	if c := onlyElementChild(top); c != nil && c.DataAtom == atom.Article {
		post = c
	}
	for i := 0; post != nil && post != body && post.DataAtom != atom.Article; i++ {
		if i == maxThreadLevels {
			return ex.threadHeld(top)
		}
		post = post.Parent
	}
	if post == nil || post == body {
		return ex.threadHeld(top)
	}
	ti := ex.infos[top]
	isArticle := func(c *html.Node) bool { return c.DataAtom == atom.Article }
	for p, i := post.Parent, 0; p != nil && p != body && i < maxThreadLevels; p, i = p.Parent, i+1 {
		posts := ex.outermostBelow(p, isArticle)
		if len(posts) < minCards {
			continue
		}
		text, link, ok := ex.onePathPosts(p, posts, tagPath(p, post))
		if !ok {
			return nil
		}
		if float64(text) >= threadShare*float64(ti.text) && text >= minArticleChars && float64(link) < 0.25*float64(text) {
			return posts
		}
		return nil
	}
	return nil
}

// onePathPosts sums the text and link text of posts, the <article>s
// below anc, if each sits at the end of path (tagPath from anc); ok is
// false where one does not.
func (ex *extractor) onePathPosts(anc *html.Node, posts []*html.Node, path string) (text, link int, ok bool) {
	for _, c := range posts {
		if tagPath(anc, c) != path {
			return 0, 0, false
		}
		text += ex.infos[c].text
		link += ex.infos[c].link
	}
	return text, link, true
}

// heldThreadShare is the least part of the chosen block's text that the
// <article>s it holds take for threadHeld.
const heldThreadShare = 0.8

// threadHeld is articleThread for a chosen block top that lies in no
// <article> but holds the thread's: minCards or more, no part of one
// another, each at the end of the same path of tags below top, holding
// heldThreadShare of top's text or more, minArticleChars in all and a
// link density under 0.25 (a forum's list of posts, chosen whole where no
// class names a post's body). It returns their bodies (innerArticles)
// where each post sets its body as an <article> of its own; else nil.
func (ex *extractor) threadHeld(top *html.Node) []*html.Node {
	ti := ex.infos[top]
	if ti == nil || top.DataAtom == atom.Article {
		return nil
	}
	isArticle := func(c *html.Node) bool { return c.DataAtom == atom.Article }
	posts := ex.outermostBelow(top, isArticle)
	if len(posts) < minCards {
		return nil
	}
	text, link, ok := ex.onePathPosts(top, posts, tagPath(top, posts[0]))
	if !ok {
		return nil
	}
	if float64(text) < heldThreadShare*float64(ti.text) || text < minArticleChars || float64(link) >= 0.25*float64(text) {
		return nil
	}
	if inner := ex.outermostBelow(posts[0], isArticle); len(inner) == 1 {
		return ex.innerArticles(posts, posts[0], inner[0])
	}
	return posts
}

// innerArticles returns, for the thread's posts (threadHeld's <article>s),
// the body each holds at the place post has in outer, the first of them:
// an <article> inside the post's, which forum software sets apart from
// the member's pane, the post's header and its footer of reactions
// (XenForo's message and message-body). Read whole, a short reply went
// with its pane's and footer's links; withPostBylines finds the pane's
// name and the header's date around the body. The posts as they are where
// one lacks such a body.
func (ex *extractor) innerArticles(posts []*html.Node, outer, post *html.Node) []*html.Node {
	if len(posts) == 0 {
		return nil
	}
	path := tagPath(outer, post)
	isArticle := func(c *html.Node) bool { return c.DataAtom == atom.Article }
	bodies := make([]*html.Node, 0, len(posts))
	for _, c := range posts {
		in := ex.outermostBelow(c, isArticle)
		if len(in) != 1 || tagPath(c, in[0]) != path {
			return posts
		}
		bodies = append(bodies, in[0])
	}
	return bodies
}

// outermostBelow returns, in document order, the elements below n that
// match accepts and no element it accepts holds, among the elements the
// extractor measured (ex.infos) and below them only.
func (ex *extractor) outermostBelow(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || ex.infos[c] == nil {
				continue
			}
			if match(c) {
				out = append(out, c)
				continue
			}
			find(c)
		}
	}
	find(n)
	return out
}

// tagPath is the tag names of the elements from below anc down to n, n
// included: "div article" for an <article> in a <div> under anc.
func tagPath(anc, n *html.Node) string {
	var tags []string
	for ; n != nil && n != anc; n = n.Parent {
		tags = append(tags, n.Data)
	}
	slices.Reverse(tags)
	return strings.Join(tags, " ")
}

// postPair reports whether n posts of text chars in all, one of them the
// chosen block of top chars, are a thread of two: a question and its
// answer, the other post between half and one and a half times as long as
// top. Two such posts of one class outscore each other by a comma, and top
// alone is half the thread; a block of top's class much longer than it is
// a column of widgets or teasers beside a short post, and a thread of
// minCards or more is threadPosts' own test.
func postPair(n, text, top int) bool {
	other := text - top
	return n == 2 && 2*other >= top && 2*other <= 3*top
}

// rowClass is the class attribute cls without the classes that tell
// alternate rows apart ("odd", "even", "alt", and a word ending in one
// digit: "bg1", "bg2", "row1"): a forum styles its posts in turns ("post
// bg1", "post bg2"), and the posts of a thread are one class for
// threadPosts whichever turn they fall on.
func rowClass(cls string) string {
	var b strings.Builder
	for f := range strings.FieldsSeq(cls) {
		switch {
		case f == "odd" || f == "even" || f == "alt":
			continue
		case len(f) >= 2 && f[len(f)-1] >= '0' && f[len(f)-1] <= '9' && (f[len(f)-2] < '0' || f[len(f)-2] > '9'):
			f = f[:len(f)-1]
		}
		b.WriteString(f)
		b.WriteByte(' ')
	}
	return b.String()
}

// Bounds of threadPosts.
const (
	maxThreadLevels = 6
	threadShare     = 2
)

// maxBylineChars is the longest author name or date postByline takes.
const maxBylineChars = 40

// maxBylineWords is the most words of a name or date postByline takes.
const maxBylineWords = 5

// withPostBylines returns a thread's posts (threadPosts), each after a
// line of its author's name and its date (postByline) where its post
// holds them before its body. A forum thread's text is who said what
// when: each post opens with its member's name and the post's date, in
// the post's header or side pane, outside the body the scoring chose.
func withPostBylines(posts []*html.Node) []*html.Node {
	below := map[*html.Node]int{} // how many posts each node holds
	for _, p := range posts {
		for x := p; x != nil; x = x.Parent {
			below[x]++
		}
	}
	out := make([]*html.Node, 0, 2*len(posts))
	for _, p := range posts {
		c := p
		for c.Parent != nil && below[c.Parent] == 1 {
			c = c.Parent
		}
		if l := postByline(c, p); l != "" {
			// A RawNode, which the parser never makes, marks the
			// line as the extractor's own (emitNode).
			out = append(out, &html.Node{Type: html.RawNode, Data: l})
		}
		out = append(out, p)
	}
	return out
}

// postByline returns the author's name and the date that the post c
// (the block holding the body p alone among the thread's bodies) gives:
// the first element so named (bylineAuthor) before p and the first date
// (bylineDate) in c (some forums set it atop the body), each of
// maxBylineChars and maxBylineWords or less, joined by a space; "" where
// either is missing. Where c is p, the post whole (an <article>, or a
// block holding its head and its body, as Discourse's "topic-body"), the
// name is looked for before the body's first long text (postHeadEnds).
func postByline(c, p *html.Node) string {
	whole := c == p
	var name, member *html.Node
	date := ""
	inBody := false
	for d := range descendants(c) {
		if d == p && !whole || whole && postHeadEnds(d) {
			inBody = true
		}
		if d.Type != html.ElementNode {
			continue
		}
		// The innermost element so named: a member's pane
		// ("avatar-username") holds the name ("username") beside
		// the member's rank and count of posts.
		if !inBody && (name == nil || contains(name, d)) && bylineAuthor(d) && !holdsDate(d) && postAuthorName(d) {
			name = d
		}
		if p != nil && p.DataAtom == atom.Article && !inBody && member == nil && memberLink(d) && !holdsDate(d) && postAuthorName(d) {
			member = d
		}
		if date == "" && bylineDate(d) {
			date = bylineText(d)
		}
	}
	if name == nil {
		// Where no class or itemprop names the author: the member's
		// linked name, of a post that is an <article> (articleThread).
		name = member
	}
	author := ""
	if name != nil {
		author = bylineText(name)
	}
	if author == "" || date == "" {
		return ""
	}
	return author + " " + date
}

// postAuthorName reports whether n, an author-named element
// (bylineAuthor), can be the post's name for postByline: it has a name's
// text (bylineText: not empty, as an author pane's picture frame, nor
// long) and is no badge (a class word holding "badge": Invision's
// "Author" badge on the topic starter's posts, a rank's picture). A forum
// names every part of its member pane "author" ("cAuthorPane_photo"), so
// the first such element need not hold the name.
func postAuthorName(n *html.Node) bool {
	if bylineText(n) == "" {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if strings.Contains(w, "badge") {
			return false
		}
	}
	return true
}

// bylineText is n's text if it is a name or a date: maxBylineChars and
// maxBylineWords or less; else "".
func bylineText(n *html.Node) string {
	t := clean(textOfMax(n, 4*maxBylineChars))
	if len(t) > maxBylineChars || len(strings.Fields(t)) > maxBylineWords {
		return ""
	}
	return t
}

// bylineAuthor reports whether n is named as a post's author: itemprop
// "author" or "name", or a class word holding "author", "username",
// "poster" or "creator".
func bylineAuthor(n *html.Node) bool {
	switch attr(n, "itemprop") {
	case "author", "name":
		return true
	}
	// (A class word holding one: the words hold no space, so looked for
	// in the whole attribute.)
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "author") || strings.Contains(c, "username") || strings.Contains(c, "poster") || strings.Contains(c, "creator")
}

// bylineDate reports whether n is a post's date: a <time>, or a class
// word holding "date" or "time", with a digit in its text.
func bylineDate(n *html.Node) bool {
	c := strings.ToLower(attr(n, "class")) // (its words, as bylineAuthor reads them)
	named := n.DataAtom == atom.Time || strings.Contains(c, "date") || strings.Contains(c, "time")
	return named && strings.ContainsAny(textOfMax(n, 4*maxBylineChars), "0123456789")
}

// postHeadEnds reports whether d, a node of a thread's post that is one
// block whole (an <article> of articleThread, where no class names the
// body apart from the member's pane and the post's header, or a post of
// threadPosts holding its head), begins the post's body, after
// which postByline takes no author's name: a text longer than a post's
// meta block (maxPostMetaChars). The pane and the header above hold a
// name, a rank, a count of posts and a date, each short.
func postHeadEnds(d *html.Node) bool {
	return d.Type == html.TextNode && len(d.Data) > maxPostMetaChars && len(strings.TrimSpace(d.Data)) > maxPostMetaChars
}

// memberLink reports whether n is a link to a forum member's profile
// (memberProfileURL) with a name for its text: the post's author where no
// class names the author's pane ("<h3><a
// href="/profile/1623576-gringeo/">GrinGEO</a></h3>", Invision's; the
// member's picture, linked the same, has no text). Forum software links
// every member's name so, whatever its theme calls the pane.
func memberLink(n *html.Node) bool {
	return n.DataAtom == atom.A && memberProfileURL(attr(n, "href"))
}

// memberProfileURL reports whether href is a forum member's profile page:
// a path segment "members", "member", "profile", "profiles", "users",
// "user" or "u" followed by more (XenForo's "/members/jane.123/",
// Invision's "/profile/123-jane/", Discourse's "/u/jane"), or vBulletin's
// "member.php?" and phpBB's "memberlist.php?mode=viewprofile".
func memberProfileURL(href string) bool {
	if href == "" {
		return false
	}
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		q := href[i:]
		path := href[:i]
		base := path[strings.LastIndexByte(path, '/')+1:]
		if base == "member.php" || base == "memberlist.php" && strings.Contains(q, "mode=viewprofile") {
			return true
		}
		href = path
	}
	if i := strings.Index(href, "://"); i >= 0 {
		j := strings.IndexByte(href[i+3:], '/')
		if j < 0 {
			return false
		}
		href = href[i+3+j:]
	}
	segs := strings.Split(strings.Trim(href, "/"), "/")
	for i, s := range segs[:max(len(segs)-1, 0)] {
		switch strings.ToLower(s) {
		case "members", "member", "profile", "profiles", "users", "user", "u":
			return segs[i+1] != ""
		}
	}
	return false
}

// holdsDate reports whether n is or holds a bylineDate: a line of the
// date, not the author's name.
func holdsDate(n *html.Node) bool {
	for d := range descendants(n) {
		if d.Type == html.ElementNode && bylineDate(d) {
			return true
		}
	}
	return bylineDate(n)
}

// maxPostMetaChars is the most text a post's meta block (postMetaLine)
// holds: a member's name, a date, a post's number or a label.
const maxPostMetaChars = 120

// minThreadMetas is how many post meta blocks of one tag and class the
// page holds for postMetaLine to take them as a thread's.
const minThreadMetas = 3

// postMetaLine returns, where n is the meta block of one post of a
// thread (a forum's posts inside the chosen block: the member's name and
// the post's date, postByline, in a block of maxPostMetaChars or less,
// of a tag and class the page gives minThreadMetas such blocks or
// more), the line of its author and date; else "". The cleaning drops
// such a block for its link (the name links to the member's profile),
// where a thread's text is who said what when; a news article's byline
// is one block, not a run of them.
func (ex *extractor) postMetaLine(n *html.Node, in *info) string {
	if n.Type != html.ElementNode || !isBlock(n) || in.text > maxPostMetaChars || attr(n, "class") == "" {
		return ""
	}
	l := postByline(n, nil)
	if l == "" || shortPost(n, in) {
		return ""
	}
	key := n.Data + "." + attr(n, "class")
	if ex.threadMetas == nil {
		ex.threadMetas = map[string]int{}
	}
	count, ok := ex.threadMetas[key]
	if !ok {
		for _, d := range ex.classedUnder(n) {
			if len(textOfMax(d, 2*maxPostMetaChars)) <= 2*maxPostMetaChars && postByline(d, nil) != "" {
				count++
			}
		}
		ex.threadMetas[key] = count
	}
	if count < minThreadMetas {
		return ""
	}
	return l
}

// tagClass is an element's tag and class attribute.
type tagClass struct{ tag, class string }

// classedUnder returns, in document order, the elements of n's tree (from
// its root down) of n's tag and class. The tree is indexed by tag and
// class in one walk, so that postMetaLine, counting each new tag and
// class a block gives, reads each element once, not the whole page for
// each: a page of 20,000 meta blocks, each of a class of its own, took
// 21 s. Both ask only of blocks with a class, so only those are indexed:
// classedElement.
func (ex *extractor) classedUnder(n *html.Node) []*html.Node {
	root := docRoot(n)
	if ex.classed == nil || ex.classedRoot != root {
		ex.classed, ex.classedRoot = newClassIndex(root), root
	}
	return ex.classed.of(tagClass{n.Data, attr(n, "class")})
}

// classIndex lists a tree's elements with a class by tag and class: each
// element's position in nodes, chained to the next of its tag and class
// (next, -1 after the last), from each tag and class's first and last
// and their count (ends). One slice for all, not one grown for each tag and class: a page
// gives most of its classes once or twice.
type classIndex struct {
	ends  map[tagClass][3]int32
	nodes []*html.Node
	next  []int32
}

func newClassIndex(root *html.Node) *classIndex {
	x := &classIndex{ends: map[tagClass][3]int32{}}
	for d := range descendants(root) {
		if d.Type != html.ElementNode {
			continue
		}
		if !classedElement(d) {
			continue
		}
		c := attr(d, "class")
		if c == "" {
			continue
		}
		i := int32(len(x.nodes))
		x.nodes = append(x.nodes, d)
		x.next = append(x.next, -1)
		k := tagClass{d.Data, c}
		if e, ok := x.ends[k]; ok {
			x.next[e[1]] = i
			x.ends[k] = [3]int32{e[0], i, e[2] + 1}
		} else {
			x.ends[k] = [3]int32{i, i, 1}
		}
	}
	return x
}

// classedElement reports whether the elements of d's tag may be blocks
// (isBlock), the only ones classedUnder is asked of: a block's tag is one
// of blockTags, or a custom element's, which no atom names. An element of
// n's tag (the same name, so the same atom) is one of these where n is a
// block; a page's spans, links and pictures, most of its classes, are
// not indexed.
func classedElement(d *html.Node) bool {
	return blockTags[d.DataAtom] || d.DataAtom == 0
}

// of returns the elements of the tag and class k, in document order.
func (x *classIndex) of(k tagClass) []*html.Node {
	e, ok := x.ends[k]
	if !ok {
		return nil
	}
	out := make([]*html.Node, 0, e[2])
	for i := e[0]; i >= 0; i = x.next[i] {
		out = append(out, x.nodes[i])
	}
	return out
}

// threadPostLine returns, where n is one whole post of a forum thread
// inside the chosen block (the chosen block being the thread's list of
// posts), the post's "name date" line (postByline); else "". Such a post
// (XenForo's, Invision's) sets its member's name in a side pane and its
// date in a header over the body, in two blocks, so postMetaLine, which
// reads one small meta block holding both, finds none, and the cleaning
// drops the name and the date for their links; a thread's text is who
// said what when. n must be a post by threadPost, inside no other such
// post (a wrapper of posts, a quote of another post) and holding no meta
// block that postMetaLine lines.
func (ex *extractor) threadPostLine(n *html.Node, in *info) string {
	if !ex.threadPost(n, in) {
		return ""
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if ai := ex.infos[a]; ai != nil && ex.threadPost(a, ai) {
			return ""
		}
	}
	for d := range descendants(n) {
		if di := ex.infos[d]; di != nil && d.Type == html.ElementNode && di.text <= maxPostMetaChars && ex.postMetaLine(d, di) != "" {
			return ""
		}
	}
	return postByline(n, nil)
}

// minPostBodyChars is the least text a post (threadPost) holds besides
// its byline: a one-line answer.
const minPostBodyChars = 20

// postWithBody reports whether n has a byline (postByline) and
// minPostBodyChars more text than it: a post, not a meta block.
func postWithBody(n *html.Node, in *info) bool {
	l := postByline(n, nil)
	return l != "" && in.text >= len(l)+minPostBodyChars && calendarDate(l)
}

// calendarDate reports whether s holds a day of the calendar: a year
// (19xx, 20xx), a month's name, or digits set as 25/08/2018 or
// 2018-08-25. A recipe card's "2 Hours", named by its class as a time,
// is no post's date, nor is a stamp's word alone ("Updated", and in the
// other languages "Aktualisiert", "publicado": otherMonths lists them
// with the months).
func calendarDate(s string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch {
		case len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) && strings.Trim(f, "0123456789") == "":
			return true
		case (monthWords[f] || otherMonths[f]) && !dateVerbs[f]:
			return true
		}
	}
	for i := 1; i+3 < len(s); i++ {
		if (s[i] == '/' || s[i] == '-' || s[i] == '.') && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && s[i+3] == s[i] {
			return true
		}
	}
	return false
}

// shortPost reports whether n, a block of maxPostMetaChars or less
// holding a byline, is a whole short post ("Good to hear. We will try
// it."), its name and date with its body, rather than a post's meta
// block: it holds minPostBodyChars more than its byline (postWithBody)
// and a sentence's end (postSentence), which a meta block's name, date,
// number and buttons do not. postMetaLine would give such a post its line
// in place of its text; threadPostLine gives it the line before it.
func shortPost(n *html.Node, in *info) bool {
	return postWithBody(n, in) && postSentence.MatchString(textOfMax(n, 2*maxPostMetaChars))
}

// threadPost reports whether n is a post for threadPostLine: a classed
// block with a byline and a body (postWithBody), of a tag and class the
// page gives minThreadMetas such posts or more. The page's posts of n's
// tag and class are counted once.
func (ex *extractor) threadPost(n *html.Node, in *info) bool {
	if n.Type != html.ElementNode || !isBlock(n) || in.text <= minPostBodyChars || attr(n, "class") == "" {
		return false
	}
	if ex.threadPostSet == nil {
		ex.threadPostSet = map[*html.Node]bool{}
	}
	// The key is made in a buffer kept for the next call: looked up as
	// string(buf), it is copied only when stored, once a tag and class,
	// where each of the emitted blocks' calls made one.
	ex.postKey = append(append(append(append(ex.postKey[:0], "post "...), n.Data...), '.'), attr(n, "class")...)
	if ex.threadMetas == nil {
		ex.threadMetas = map[string]int{}
	}
	count, ok := ex.threadMetas[string(ex.postKey)]
	if !ok {
		if !postWithBody(n, in) {
			// n is no post, whatever the count: the page's index of
			// classes is made, and the posts of n's tag and class
			// counted, only for a block that is one.
			return false
		}
		for _, d := range ex.classedUnder(n) {
			if di := ex.infos[d]; di != nil && postWithBody(d, di) {
				count++
				ex.threadPostSet[d] = true
			}
		}
		ex.threadMetas[string(ex.postKey)] = count
	}
	return count >= minThreadMetas && ex.threadPostSet[n]
}

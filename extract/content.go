package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Flags of one extraction attempt. The first attempt uses them all; if it
// finds little text, later attempts drop them one by one, as Readability does.
const (
	flagStripUnlikely      = 1 << iota // drop elements whose class/id says boilerplate
	flagWeightClasses                  // let class/id hints move block scores
	flagCleanConditionally             // drop link-heavy or form-like blocks inside the article
	// flagKeepChrome is the fallback's (fallback.go): keep what the other
	// attempts remove whole (header, aside, nav, footer, noscript,
	// prefixed names, classes of chrome, comments).
	flagKeepChrome
	// flagKeepHidden is the fallback's last reading: keep elements hidden
	// by their attributes too (a page's wrapper that a loader script
	// shows once the page is ready: style="display:none", hidden).
	flagKeepHidden
)

// maxRetryElements is the element count above which a document gets one
// extraction attempt only.
const maxRetryElements = 100000

// minArticleChars is the text length under which an attempt counts as a
// failure and the next, more lenient one is tried.
const minArticleChars = 500

// minShortArticleChars is the text length of an attempt's block from which
// a later attempt may not replace it with a block around it.
const minShortArticleChars = 100

// elsewhereFactor is how many times the text of such a short article a
// later attempt must find to replace it with a block elsewhere.
const elsewhereFactor = 5

// info is what one pass over the tree learns about an element.
type info struct {
	text     int // characters of white-space-collapsed text
	link     int // of which inside <a>
	commas   int
	paras    int // <p> descendants
	imgs     int
	avatars  int // of which avatars (avatar)
	lis      int
	inputs   int // <input>, <select> and <textarea> descendants
	pres     int
	embeds   int
	headText int // characters inside h1-h6
	// social: characters inside embedded social posts (socialEmbed).
	social int
	// listScore is the part of score passed up from list items and
	// table cells (lines of a list or table rather than paragraphs).
	listScore float64
	block     bool // has a block-level element child
	score     float64
	scored    bool
}

type extractor struct {
	flags int
	title string // normalised title, to drop the headline block from the text
	// headlines holds the page's headline headings (headlineHeading),
	// found once by headlineInside when first asked (headlinesFound).
	headlines      []*html.Node
	headlinesFound bool
	blocks         *blockMemo // made by blockMemo on the first call
	infos          map[*html.Node]*info
	hints          map[classKey]classHints
	// rootText is the text length of the blocks being emitted.
	rootText int
	// articlePage: the page's JSON-LD says it is one article, so runs of
	// teasers on it are other stories' (teaserCards).
	articlePage bool
	// emitted holds the blocks of minRepeatChars or more emitted so far,
	// by text length, for repeatedBlock.
	emitted map[int][]*html.Node
	// leadPath holds the elements from an article's <header> down to
	// its lead (headerLead).
	leadPath map[*html.Node]bool
	// leads holds the leads headerLead found, read whole.
	leads map[*html.Node]bool
	// headerLeads: read an article's lead in its <header> (headerLead).
	headerLeads bool
	// entryHeaders remembers entryHeader's answers.
	entryHeaders map[*html.Node]bool
	// panels holds the ids of the panels that accordion questions open
	// (accordionPanel).
	panels map[string]bool
	// cardGrids holds the grids of prose cards that gridAncestor took
	// in with the article, and the blocks between them and the chosen
	// block, which are not cleaned away (proseCards).
	cardGrids map[*html.Node]bool
	// teasers is the run of other stories' teasers that
	// articleOverTeasers passed over (or the block outside <main> that
	// insideMain passed over), or nil: no block holding it joins the
	// article (besideTeasers, siblings).
	teasers *html.Node
}

// mainText finds the article's text in the document. title is the headline
// (its <h1> or <h2> is dropped from the text, but for a text under
// minArticleChars whose block holds it); ldBody is the
// JSON-LD articleBody, used when the page's markup yields much less than it.
//
// elements is the document's element count: it sizes the tables, and a
// document of more than maxRetryElements elements (no real article page has
// that many) gets one attempt only, bounding the work on generated markup.
//
// fallback reports that the attempts found nothing usable and the text is
// the fallback's (fallbackText).
func mainText(root *html.Node, title, ldBody string, elements int, articlePage, headerLeads bool, panels map[string]bool) (text string, fallback bool) {
	body := findBody(root)
	if body == nil {
		return "", false
	}
	ex := &extractor{title: norm(title), hints: make(map[classKey]classHints), articlePage: articlePage, headerLeads: headerLeads}
	if noscriptHeavy(body) {
		unwrapNoscriptsInPlace(body)
	}
	ex.breakParagraphs(body, false)
	unwrapBareBreaks(body)
	unwrapParagraphHeaders(body)
	ex.panels = panels
	best := ""
	var bestTop *html.Node
	var bestInfos map[*html.Node]*info
	for i, flags := range []int{
		flagStripUnlikely | flagWeightClasses | flagCleanConditionally,
		flagWeightClasses | flagCleanConditionally,
		flagCleanConditionally,
		0,
	} {
		if i > 0 && elements > maxRetryElements {
			break
		}
		ex.flags = flags
		ex.infos = make(map[*html.Node]*info, elements)
		t, top := ex.run(body)
		if len(best) >= minShortArticleChars && top != bestTop && contains(top, bestTop) {
			// A short post found, and a more lenient attempt only
			// climbed to a block around it: what it adds is the
			// sidebars and notes around the post.
			continue
		}
		if len(best) >= minShortArticleChars && len(t) < elsewhereFactor*len(best) &&
			(bestInfos[top] == nil || !contains(bestTop, top)) && !contains(top, bestTop) {
			// A short post found, and a more lenient attempt went
			// elsewhere (often to a block the earlier one removed as
			// page chrome: a sidebar's "About me", a widget's
			// disclaimer) for not much more text.
			continue
		}
		if len(best) >= minShortArticleChars && !contains(top, bestTop) && ex.mostlyTeasers(top) {
			// A short article found (a club's or town's news item
			// of two lines), and a more lenient attempt went to the
			// list of other stories' teasers beside it, whose
			// summaries run longer.
			continue
		}
		if len(best) >= minShortArticleChars && inCustomerReviews(top, body) {
			// A short product text found, and a more lenient
			// attempt went to the customers' reviews below it,
			// which run longer.
			continue
		}
		if best != "" && flags&flagWeightClasses == 0 && !contains(top, bestTop) && !contains(bestTop, top) &&
			ex.hintsOf(bestTop).weight > 0 && ex.inChrome(top, body) {
			// A short post found in a block named for one (a few
			// words beside a picture or a video), and an attempt
			// blind to class names went elsewhere, to a block they
			// call page chrome (a sidebar's newsletter box, the
			// masthead's site description).
			continue
		}
		if len(t) > len(best) {
			best, bestTop, bestInfos = t, top, ex.infos
		}
		if len(best) >= minArticleChars {
			break
		}
	}
	text = preferLinkedData(best, ldBody)
	if text == best && bestTop != nil && len(text) < minArticleChars {
		// A short post (a picture's, a video's, a few lines): its
		// headline, set in the post's own block, is much of what it
		// says, where a long article's is a line beside its text.
		ex.infos = bestInfos
		h := ex.headlineIn(bestTop)
		if h == "" {
			h = ex.headlineBefore(bestTop, body)
		}
		if h != "" {
			text = strings.TrimSpace(h + "\n\n" + text)
		}
	}
	if unusable(text) && noscriptPage(body) && unwrapNoscripts(body) {
		// The page's copy for readers without scripts is the page:
		// read it as one, before the fallback reads it with the chrome.
		// (Each call unwraps at least one <noscript>, so this ends.)
		return mainText(root, title, ldBody, elements, articlePage, headerLeads, panels)
	}
	if ex.nothingOfThePost(text, bestTop, body) {
		if h := ex.emptyPostHeader(body); h != "" {
			return h, true
		}
	}
	if unusable(text) {
		if fb := fallbackText(body, title, elements, text); fb != "" {
			return fb, true
		}
	}
	return text, false
}

// headlineIn returns the text of the page's headline inside top (an <h1>
// or <h2> that headlineOrCaption drops from the text), or "".
func (ex *extractor) headlineIn(top *html.Node) string {
	for n := range top.Descendants() {
		if n.Type != html.ElementNode || (n.DataAtom != atom.H1 && n.DataAtom != atom.H2) {
			continue
		}
		if in := ex.infos[n]; in != nil && ex.headlineOrCaption(n, in) {
			return clean(textOf(n))
		}
	}
	return ""
}

// inChrome reports whether n or one of its ancestors below body is page
// chrome by its tag (header, footer, aside, nav; not a wrapper around the
// post, wrapperChrome) or by its class or id (unlikely or negative hints),
// whatever the attempt's flags.
func (ex *extractor) inChrome(n, body *html.Node) bool {
	for ; n != nil && n != body; n = n.Parent {
		switch n.DataAtom {
		case atom.Header, atom.Footer, atom.Aside, atom.Nav:
			if !ex.wrapperChrome(n) {
				return true
			}
		}
		if h := ex.hintsOf(n); h.unlikely || h.weight < 0 {
			return true
		}
	}
	return false
}

// preferLinkedData returns the JSON-LD articleBody instead of the text found
// in the markup when the markup yields less than half of it: pages that load
// their text by script often carry it whole there. Otherwise the markup wins,
// as it keeps paragraphs and articleBody is often a teaser.
func preferLinkedData(text, ldBody string) string {
	if ldBody == "" {
		return text
	}
	if strings.Contains(ldBody, "<") && strings.Contains(ldBody, ">") {
		if n, err := html.Parse(strings.NewReader(ldBody)); err == nil {
			if b := findBody(n); b != nil {
				ex := &extractor{flags: 0, infos: make(map[*html.Node]*info), hints: make(map[classKey]classHints)}
				ex.stats(b)
				ldBody = ex.emit([]*html.Node{b})
			}
		}
	}
	var paras []string
	for _, p := range strings.Split(ldBody, "\n") {
		if p = clean(p); p != "" {
			paras = append(paras, p)
		}
	}
	lt := strings.Join(paras, "\n\n")
	if len(text)*2 < len(lt) {
		return lt
	}
	// A long declared body that the markup's text hardly shares means
	// the scoring chose the wrong block (a comment thread, a teaser list).
	if len(lt) >= 1000 && pairOverlap(lt, text) < 0.3 {
		return lt
	}
	return text
}

// pairOverlap is the share of a's word pairs found in b.
func pairOverlap(a, b string) float64 {
	pairs := func(s string) []string {
		w := strings.Fields(norm(s))
		out := make([]string, 0, len(w))
		for i := 0; i+1 < len(w); i++ {
			out = append(out, w[i]+" "+w[i+1])
		}
		return out
	}
	pa := pairs(a)
	if len(pa) == 0 {
		return 0
	}
	inB := make(map[string]bool)
	for _, p := range pairs(b) {
		inB[p] = true
	}
	n := 0
	for _, p := range pa {
		if inB[p] {
			n++
		}
	}
	return float64(n) / float64(len(pa))
}

func findBody(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Body {
			return c
		}
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// run is one extraction attempt with ex.flags.
func (ex *extractor) run(body *html.Node) (string, *html.Node) {
	ex.cardGrids = nil
	ex.blocks = nil // each attempt reads the page afresh
	ex.stats(body)
	top := ex.score(body)
	nodes := ex.siblings(top)
	if posts := ex.threadPosts(top, body); len(posts) > 0 {
		nodes = posts
	}
	if sum := ex.productSummary(top, body); len(sum) > 0 {
		nodes = append(sum, nodes...)
	}
	if hero := ex.heroIntro(top, body, nodes); len(hero) > 0 {
		nodes = append(hero, nodes...)
	}
	if faq := ex.faqAfter(top, body, nodes); faq != nil {
		nodes = append(nodes, faq)
	}
	if ing := ex.ingredientsBefore(top, nodes); ing != nil {
		nodes = inReadingOrder(nodes, ing)
	}
	if lead := ex.leadAbove(top, nodes); lead != nil {
		nodes = append([]*html.Node{lead}, nodes...)
	}
	return ex.emit(nodes), top
}

// leadAbove returns the lead headerLead found in the header of the
// <article> holding top, when the text chosen (nodes) sits deeper in that
// article than the header, so that the header is no sibling of it and
// the lead would be lost (a news site's body in blocks of its own, a
// section in a body wrapper, under a header holding the Vorspann). The
// header must be a child of the article before the one holding top; nil
// if there is none or the nodes hold it already. One look along the
// article's children and down the lead's path: linear.
func (ex *extractor) leadAbove(top *html.Node, nodes []*html.Node) *html.Node {
	if len(ex.leads) == 0 {
		return nil
	}
	art := top.Parent
	for art != nil && art.DataAtom != atom.Article {
		art = art.Parent
	}
	if art == nil {
		return nil
	}
	ct := childHolding(art, top)
	for c := art.FirstChild; c != nil && c != ct; c = c.NextSibling {
		if !ex.leadPath[c] {
			continue
		}
		lead := ex.leadDown(c)
		if lead == nil || ex.infos[lead] == nil {
			return nil
		}
		in := make(map[*html.Node]bool, len(nodes))
		for _, n := range nodes {
			in[n] = true
		}
		for a := lead; a != nil; a = a.Parent {
			if in[a] {
				return nil
			}
		}
		return lead
	}
	return nil
}

// leadDown follows headerLead's path from n, on it, down to the lead.
func (ex *extractor) leadDown(n *html.Node) *html.Node {
	for n != nil && !ex.leads[n] {
		next := n
		n = nil
		for c := next.FirstChild; c != nil; c = c.NextSibling {
			if ex.leadPath[c] {
				n = c
				break
			}
		}
	}
	return n
}

// childHolding returns the child of anc that is n or holds it, or nil
// if n is not below anc.
func childHolding(anc, n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Parent == anc {
			return n
		}
	}
	return nil
}

// stats walks the tree once, skipping what never holds article text, and
// records each kept element's info. It returns nil for a skipped element.
func (ex *extractor) stats(n *html.Node) *info {
	if ex.skip(n) {
		return nil
	}
	in := &info{}
	ex.infos[n] = in
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			l, commas := textLen(c.Data)
			in.text += l
			in.commas += commas
		case html.ElementNode:
			ci := ex.stats(c)
			if ci == nil {
				// Skipped, but telling: form controls and embeds mark
				// blocks that are not running text.
				switch c.DataAtom {
				case atom.Input, atom.Select, atom.Textarea:
					in.inputs++
				case atom.Embed, atom.Object, atom.Video, atom.Audio, atom.Iframe:
					in.embeds++
				}
				continue
			}
			in.text += ci.text
			in.commas += ci.commas
			in.paras += ci.paras
			in.imgs += ci.imgs
			in.avatars += ci.avatars
			in.lis += ci.lis
			in.inputs += ci.inputs
			in.pres += ci.pres
			in.embeds += ci.embeds
			in.headText += ci.headText
			in.social += ci.social
			if c.DataAtom == atom.A && !codeReference(c) && !ex.accordionToggle(c) {
				in.link += ci.text
			} else {
				in.link += ci.link
			}
			if isBlock(c) {
				in.block = true
			}
		}
	}
	switch n.DataAtom {
	case atom.P:
		in.paras++
	case atom.Img, atom.Picture:
		if !listIcon(n) {
			in.imgs++
			if avatar(n) {
				in.avatars++
			}
		}
	case atom.Li:
		in.lis++
	case atom.Pre:
		in.pres++
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		in.headText = in.text
	case atom.Blockquote:
		if socialEmbed(n) {
			// The post's own blocks count as the post, too.
			for d := range n.Descendants() {
				if di := ex.infos[d]; di != nil {
					di.social = di.text
				}
			}
			in.social = in.text
		}
	}
	return in
}

// codeReference reports whether the link a is a documentation page's
// cross-reference: its text is all one <code> element (a function's or
// type's name linked to its entry, as Sphinx, rustdoc and MDN set them) and
// it is not a list item's (a list of linked names is an index). It is the
// text's own word, not navigation, so it does not count as link text when a
// block's link density is measured.
func codeReference(a *html.Node) bool {
	if a.Parent != nil && a.Parent.DataAtom == atom.Li {
		return false // a list of linked names is an index, navigation
	}
	var code *html.Node
	for c := a.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Code || c.DataAtom == atom.Tt) && code == nil:
			code = c
		default:
			return false
		}
	}
	return code != nil
}

// listIcon reports whether the image n is the icon that bullets a list
// item (a check mark, an arrow), not a picture: sized maxIconPixels or less
// or named "icon", inside an <li> a few levels up and not inside a link
// (a list of linked icons is a share bar). A list of such items is not an
// image gallery.
func listIcon(n *html.Node) bool {
	if n.DataAtom != atom.Img {
		return false
	}
	inItem := false
	for a, i := n.Parent, 0; a != nil && i < 4; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.A {
			return false
		}
		if a.DataAtom == atom.Li {
			inItem = true
			break
		}
	}
	if !inItem {
		return false
	}
	w, _ := strconv.Atoi(strings.TrimSuffix(attr(n, "width"), "px"))
	h, _ := strconv.Atoi(strings.TrimSuffix(attr(n, "height"), "px"))
	return (w > 0 && h > 0 && w <= maxIconPixels && h <= maxIconPixels) || strings.Contains(strings.ToLower(attr(n, "class")), "icon")
}

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

// galleryPictures is the number of pictures in that make a block an image
// gallery: its avatars (avatar) are not counted, so a thread of short
// posts, each beside its writer's avatar and one picture of its own or a
// rank badge, is not dropped as a gallery.
func galleryPictures(in *info) int { return in.imgs - in.avatars }

// postSentence matches a sentence's end after a lower-case word: the next
// sentence's capital or the text's end follows.
var postSentence = regexp.MustCompile(`\p{Ll}{2}[.!?]+(\s+\p{Lu}|\s*$)`)

// maxIconPixels is the width and height up to which an image is an icon.
const maxIconPixels = 48

// minFactChars is the text length of a panel of facts that siblings
// takes in.
const minFactChars = 40

// factTable reports whether n holds a table or a description list.
func factTable(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.DataAtom == atom.Table || d.DataAtom == atom.Dl {
			return true
		}
	}
	return false
}

// socialEmbed reports whether n, a <blockquote>, is a post embedded from a
// social network (the markup its embed code writes, before its script turns
// it into a frame).
func socialEmbed(n *html.Node) bool {
	for _, f := range strings.Fields(attr(n, "class")) {
		switch f {
		case "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "reddit-embed-bq", "reddit-card", "bluesky-embed", "mastodon-embed", "text-post-media", "threads-embed":
			return true
		}
	}
	return false
}

// textLen counts the characters of s with white space runs collapsed to one,
// and its commas.
func textLen(s string) (n, commas int) {
	space := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\n', '\t', '\r', '\f':
			if !space {
				n++
				space = true
			}
		case ',':
			commas++
			n++
			space = false
		default:
			if c < 0x80 || c >= 0xC0 { // count runes, not bytes
				n++
			}
			// Full-width (U+FF0C) and ideographic (U+3001) commas.
			if (c == 0xEF || c == 0xE3) && i+2 < len(s) &&
				(c == 0xEF && s[i+1] == 0xBC && s[i+2] == 0x8C || c == 0xE3 && s[i+1] == 0x80 && s[i+2] == 0x81) {
				commas++
			}
			space = false
		}
	}
	return n, commas
}

// skip reports whether an element can hold no article text: scripts, styles,
// forms' controls, navigation and page chrome, hidden elements and (with
// flagStripUnlikely) elements whose class or id says boilerplate.
func (ex *extractor) skip(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if ex.flags&flagKeepChrome != 0 {
		return ex.keepChromeSkip(n)
	}
	if p := n.Parent; ex.leadPath != nil && p != nil && ex.leadPath[p] && !ex.leadPath[n] && !ex.leads[p] {
		// Beside the lead in an article's header: its title, byline,
		// date, breadcrumbs and buttons.
		return true
	}
	if p := n.Parent; p != nil && p.DataAtom == atom.Header && !heading(n) && ex.entryHeader(p) {
		// Beside an entry's title in its header: its time, byline and
		// buttons.
		return true
	}
	// A header left open holds the rest of the page: its role and names
	// (a banner, a masthead) speak of its first lines, not of the page
	// the parser put in it, so neither skips it; its children are judged
	// as usual.
	openHead := n.DataAtom == atom.Header && openHeader(n, ex.blockMemo())
	if (n.DataAtom == atom.Header || n.DataAtom == atom.Aside) && (holdsProse(n) || holdsLongParagraph(n)) {
		// Not the page's header: a section of the article set in one
		// (some themes wrap each section, or the whole post, in <header>).
	} else if n.DataAtom == atom.Aside && (ex.asideHeadline(n) || wrapperAside(n, ex.blockMemo()) || loneProseAside(n, ex.blockMemo()) || loneLineAside(n, ex.blockMemo())) {
		// A wrapper around the post, headline and all, or around the
		// rest of its parent.
	} else if openHead {
		// A header left open: it holds the rest of the page.
	} else if n.DataAtom == atom.Header && paragraphHeader(n) {
		// One of the article's paragraphs, each set in a <header>.
	} else if n.DataAtom == atom.Header && ex.entryHeader(n) {
		// An entry's header in the article (a live blog's, a
		// collection's): read for its title.
	} else if n.DataAtom == atom.Header && ex.headerLeads && ex.headerLead(n) {
		// An article's header holding its lead: read for the lead only.
	} else if n.DataAtom == atom.Button && (accordionQuestion(n) || namedAccordionQuestion(n)) {
		// An accordion's question (a FAQ's), set in the button that
		// opens its answer.
	} else if n.DataAtom == atom.Figcaption && textFigureCaption(n) {
		// The attribution of a quote, the title of a listing or the
		// source of a table: part of the text the figure holds.
	} else if removeTags[n.DataAtom] || (n.DataAtom == 0 && n.Namespace == "") && strings.Contains(n.Data, ":") && !openNamespaced(n) {
		return true
	}
	if n.Namespace == "svg" || n.Namespace == "math" {
		return true
	}
	if ex.panels != nil && ex.panels[attr(n, "id")] {
		// An accordion's answer, hidden until its question is
		// clicked: the page's text all the same.
		return ex.skipPanel(n)
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "placeholder", "fallback":
			if ampStandIn(n) {
				return true
			}
		case "aria-hidden":
			if a.Val == "true" && n.DataAtom != atom.Body {
				return true
			}
		case "style":
			if hiddenStyle(a.Val) && !foldedText(n) {
				return true
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "alertdialog", "search":
				if !openHead {
					return true
				}
			}
		case "itemprop":
			// Microdata values shown as text only for machines: an
			// image's address and size, a logo, a modified date.
			if n.DataAtom != atom.A {
				switch strings.ToLower(a.Val) {
				case "url", "height", "width", "logo", "datemodified", "thumbnailurl", "contenturl", "embedurl":
					return true
				}
			}
		}
	}
	h := ex.hintsOf(n)
	if h.hidden {
		return true
	}
	if n.DataAtom != atom.Body && n.DataAtom != atom.A && n.DataAtom != atom.Article && n.DataAtom != atom.Main {
		// Comment threads go in every attempt: a short article must not
		// give way to its longer discussion. Page chrome goes in the
		// first, but for headings (a "section-header") and blocks that
		// are unlikely only for saying "header" and hold paragraphs of
		// prose (a landing page's hero, as <header> above), or a
		// recipe's ingredients (Chefkoch's "ingredients table-header").
		if ex.flags&flagStripUnlikely != 0 && h.unlikely && !heading(n) && !openHead && !(h.header && (holdsProse(n) || ingredientsNamed(n) || ex.leadPath[n] || sectionHeader(n))) || h.comments && !ex.headlineInside(n) {
			return true
		}
		if ex.flags&flagStripUnlikely != 0 && ex.aboutBox(n) {
			return true
		}
		if ex.flags&flagKeepChrome == 0 && (commentsSection(n) || commentThread(n) || stampedBlocks(n) || anchoredComments(n) || commentsOpening(n)) {
			return true
		}
	}
	return false
}

// sectionHeaderNames are the class names of a section's own header.
var sectionHeaderNames = []string{"section-header", "section-heading", "section-head", "section_header", "section_heading", "sectionheader"}

// sectionHeader reports whether n, a block unlikely only for saying
// "header", is a section's header inside the page's text rather than the
// page's: its class names it so ("row section-header") and it holds a
// heading, with no more than a lead line under it (a landing page's
// "<h2>Our services</h2><p>What we do for you</p>" above the section's
// cards). Skipped, it cost the section its heading and lead.
func sectionHeader(n *html.Node) bool {
	if !matchAny(strings.ToLower(attr(n, "class")), sectionHeaderNames) {
		return false
	}
	for d := range n.Descendants() {
		if heading(d) {
			return true
		}
	}
	return false
}

// namedAccordionQuestion reports whether the button n, without the
// aria-expanded that accordionQuestion wants (a page builder's FAQ, opened
// by its own script), is an accordion's question all the same: its class
// names an accordion's or a FAQ's part ("feature-accordion-question",
// "faq-toggle") and its text asks a question of minQuestionChars or more
// ("What does the checker look at?"). A control's label asks none.
func namedAccordionQuestion(n *html.Node) bool {
	c := strings.ToLower(attr(n, "class"))
	if !strings.Contains(c, "accordion") && !strings.Contains(c, "faq") {
		return false
	}
	t := clean(textOfMax(n, 400))
	return len(t) >= minQuestionChars && len(strings.Fields(t)) >= 3 && strings.HasSuffix(t, "?")
}

// accordionQuestion reports whether the button n opens and closes a part
// of the page (aria-expanded) and says what is in it in a phrase of
// minQuestionChars or more, not a control's label ("Menu", "Show more"),
// as an accordion's does: its class says so ("accordion-button", "faq"),
// it is set in a heading (WAI-ARIA's accordion pattern), or it asks a
// question. A disclosure button that shows a menu or a panel ("Open the
// list of related topics") is a control whatever its length.
func accordionQuestion(n *html.Node) bool {
	if !hasAttr(n, "aria-expanded") {
		return false
	}
	t := clean(textOfMax(n, 400))
	if len(t) < minQuestionChars || len(strings.Fields(t)) < 3 {
		return false
	}
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "accordion") || strings.Contains(c, "faq") || strings.HasSuffix(t, "?") ||
		n.Parent != nil && (heading(n.Parent) || n.Parent.DataAtom == atom.Dt)
}

// accordionPanel adds to ids, and returns, the ids of the panels that n
// opens and closes if it is an accordion question (accordionQuestion;
// its aria-controls). A collapsed panel is hidden by its attributes
// (hidden, aria-hidden, a style of height 0, a class "hidden") until its
// question is clicked: a FAQ's answers, a guide's folded sections.
// readMeta asks it of every element in the body, in its one walk.
func accordionPanel(n *html.Node, ids map[string]bool) map[string]bool {
	if !hasAttr(n, "aria-controls") || !accordionQuestion(n) {
		return ids
	}
	for _, id := range strings.Fields(attr(n, "aria-controls")) {
		if ids == nil {
			ids = make(map[string]bool)
		}
		ids[id] = true
	}
	return ids
}

// faqAfter returns the block of accordion questions and answers (a FAQ:
// two or more of the panels accordionPanel found, with
// minFAQChars of text or more and few links) that follows top or one of
// its maxSummaryLevels nearest ancestors, outside the blocks being
// emitted (nodes): an article's or a service page's closing FAQ, set
// apart from its text by the page's layout. Else nil.
func (ex *extractor) faqAfter(top, body *html.Node, nodes []*html.Node) *html.Node {
	if len(ex.panels) < 2 {
		return nil
	}
	x := top
	for level := 0; level < maxSummaryLevels && x != body && x.Parent != nil; level++ {
		for s := x.NextSibling; s != nil; s = s.NextSibling {
			si := ex.infos[s]
			if s.Type != html.ElementNode || si == nil || si.text < minFAQChars || 4*si.link > si.text || slices.Contains(nodes, s) {
				continue
			}
			n := 0
			for d := range s.Descendants() {
				if d.Type == html.ElementNode && ex.panels[attr(d, "id")] {
					n++
				}
			}
			if n >= 2 {
				return s
			}
		}
		x = x.Parent
	}
	return nil
}

// minFAQChars is the shortest FAQ faqAfter takes.
const minFAQChars = 300

// accordionToggle reports whether the link a is an accordion's question
// (a Bootstrap accordion's `<a role="button" href="#collapse-2"
// aria-controls="collapse-2">`): it opens a panel of this page
// (accordionPanel) and reads as the question's text, not as a link away,
// so that a FAQ of such questions does not look like a box of links.
func (ex *extractor) accordionToggle(a *html.Node) bool {
	if ex.panels == nil {
		return false
	}
	for _, id := range strings.Fields(attr(a, "aria-controls")) {
		if ex.panels[id] {
			return true
		}
	}
	return false
}

// skipPanel is skip's answer for an accordion's panel (accordionPanel):
// skipped only for a class or id of page chrome or comments, as any block
// is, never for being hidden.
func (ex *extractor) skipPanel(n *html.Node) bool {
	h := ex.hintsOf(n)
	return ex.flags&flagStripUnlikely != 0 && h.unlikely || h.comments
}

// minQuestionChars is the shortest accordion question accordionQuestion
// takes.
const minQuestionChars = 20

// commentThread reports whether n, a list (<dl>, <ol>, <ul>), is a thread
// of readers' comments: its first item (a <dl>'s term, a list's item),
// minThreadItems or more, and half of them at least, open with a stamp of
// a date and a clock time ("Jane Doe, March 3, 2012 at 10:21 pm", "1 Ann
// 07.08.12 at 13:24"), as blog themes head each comment with its author's
// name and its time. An article's list of steps or points does not, and a
// live blog's entries give the time of day alone.
func commentThread(n *html.Node) bool {
	var item atom.Atom
	switch n.DataAtom {
	case atom.Dl:
		item = atom.Dt
	case atom.Ol, atom.Ul:
		item = atom.Li
	default:
		return false
	}
	items, stamped := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != item {
			continue
		}
		items++
		if stampedHead(c) {
			stamped++
		} else if items == 1 {
			// A thread opens with a comment; a menu's or an
			// article's list is read no further.
			return false
		}
	}
	return stamped >= minThreadItems && 2*stamped >= items && textBefore(n, minShortArticleChars)
}

// stampedBlocks reports whether n (a <div>, <section> or list) is a
// thread of readers' comments set in blocks: of its block children of the
// first one's tag (a <p> is prose, not a comment's box), minThreadItems
// or more, and half of them at least, the first among them, open with a
// date and a clock time (stampedHead: "Jane Doe, March 3, 2012 at 10:21
// pm") or all end in one (stampedTail: "by Jane Doe on Aug 9, 2012 10:23
// AM"), after a post (textBefore). Themes whose class names we do not know
// head or sign each comment so, in a <div> of its own as often as in a
// list's item (commentThread).
func stampedBlocks(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol:
	default:
		return false
	}
	first := n.FirstChild
	for first != nil && (first.Type != html.ElementNode || !isBlock(first) || first.DataAtom == atom.P) {
		// Past anchors (<a name="c12">) and white space.
		first = first.NextSibling
	}
	if first == nil {
		return false
	}
	items := 0
	for c := first; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == first.DataAtom {
			items++
		}
	}
	if items < minThreadItems {
		return false
	}
	stamped := stampedHead
	if !stamped(first) {
		if stamped = stampedTail; !stamped(first) {
			return false
		}
	}
	count := 0
	for c := first; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == first.DataAtom && stamped(c) {
			count++
		}
	}
	return count >= minThreadItems && 2*count >= items && textBefore(n, minShortArticleChars)
}

// textBefore reports whether the elements before n (its earlier siblings
// and those of its maxBeforeLevels nearest ancestors) hold min characters
// or more of text outside links: a post that a thread of comments follows.
// A forum's thread, which is the page's text, follows its title and
// breadcrumbs only.
func textBefore(n *html.Node, min int) bool {
	total := 0
	for level := 0; n != nil && level < maxBeforeLevels; level, n = level+1, n.Parent {
		seen := 0
		for s := n.PrevSibling; s != nil && seen < maxBeforeSiblings; s, seen = s.PrevSibling, seen+1 {
			if total += unlinkedText(s, min-total); total >= min {
				return true
			}
		}
	}
	return false
}

// maxBeforeLevels is how many ancestors textBefore looks beside.
const maxBeforeLevels = 4

// maxBeforeSiblings is how many earlier siblings textBefore reads at each
// level: the post sits near its thread. Read to the parent's first child,
// a page of many threads (or of blocks each taken for one) whose earlier
// siblings hold only links cost the square of their count.
const maxBeforeSiblings = 200

// unlinkedText counts the characters of n's text outside links, scripts
// and styles, white space runs as one, up to max or a little more.
func unlinkedText(n *html.Node, max int) int {
	switch {
	case n.Type == html.TextNode:
		l, _ := textLen(n.Data)
		return l
	case n.Type != html.ElementNode || n.DataAtom == atom.A || n.DataAtom == atom.Script || n.DataAtom == atom.Style:
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil && total < max; c = c.NextSibling {
		total += unlinkedText(c, max-total)
	}
	return total
}

// minThreadItems is the number of stamped items that make commentThread's
// thread.
const minThreadItems = 3

// stampedHead reports whether the first maxStampedHead characters of n's
// text hold a clock time (10:21) and a date: a month's name, a year
// (2012) or a date in figures (07.08.12, 3/7/2012).
func stampedHead(n *html.Node) bool {
	raw := textOfMax(n, 4*maxStampedHead)
	if strings.IndexByte(raw, ':') < 0 {
		return false // no clock time (most lists' items, read no further)
	}
	head := strings.ToLower(clean(raw))
	if len(head) > maxStampedHead {
		head = head[:maxStampedHead]
	}
	return stamp(head)
}

// stampedTail reports whether the last maxStampedHead characters of n's
// text hold a clock time and a date (stamp): a comment signed at its foot
// ("by Jane Doe on Aug 9, 2012 10:23 AM").
func stampedTail(n *html.Node) bool {
	raw := textTailMax(n, 4*maxStampedHead)
	if strings.IndexByte(raw, ':') < 0 {
		return false
	}
	tail := strings.ToLower(clean(raw))
	if len(tail) > maxStampedHead {
		tail = tail[len(tail)-maxStampedHead:]
	}
	return stamp(tail)
}

// stamp reports whether s, lower-cased and white space collapsed, holds
// a clock time (10:21) and a date: a month's name, a year (2012) or a date
// in figures (07.08.12, 3/7/2012).
func stamp(head string) bool {
	clock, date := false, false
	for i := 1; i+2 < len(head); i++ {
		switch head[i] {
		case ':':
			clock = clock || isDigitByte(head[i-1]) && isDigitByte(head[i+1]) && isDigitByte(head[i+2])
		case '.', '/', '-':
			date = date || i+3 < len(head) && isDigitByte(head[i-1]) && isDigitByte(head[i+1]) && isDigitByte(head[i+2]) && head[i+3] == head[i]
		}
	}
	if !clock {
		return false
	}
	for _, f := range strings.FieldsFunc(head, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if date {
			break
		}
		date = monthWords[f] && len(f) > 2 && f != "may" || otherMonths[f] ||
			len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) && strings.Trim(f, "0123456789") == ""
	}
	return date
}

// maxStampedHead is how much of an item's text stampedHead reads.
const maxStampedHead = 160

// wrappedCommentsHeading reports whether n is a block holding nothing but
// a heading that says "Comments" (commentsHeading), down through
// maxHeadingWrappers blocks of one child each: the thread's heading in a
// box of its own, with the comments after it as the box's siblings in the
// post's block (old blog templates), which emitNode stops at as at a bare
// heading.
func wrappedCommentsHeading(n *html.Node) bool {
	for range maxHeadingWrappers {
		if n.Type != html.ElementNode || n.DataAtom != atom.Div {
			return false
		}
		only := onlyElementChild(n)
		if only == nil {
			return false
		}
		if heading(only) {
			return commentsHeading(only)
		}
		n = only
	}
	return false
}

// maxHeadingWrappers is how many blocks wrappedCommentsHeading looks
// through.
const maxHeadingWrappers = 2

// commentsSection reports whether n opens with a heading that says
// "Comments" (commentsHeading: "12 Comments", "Leave a Reply"): the
// readers' thread or its form under their heading, found by the heading
// where no class or id names it (a theme whose classes our hints do not
// know). A thread longer than a short post outscores it. The heading must
// be n's first element child: a post that ends in a "Comments" heading
// holds the post before it.
func commentsSection(n *html.Node) bool {
	c := n.FirstChild
	for c != nil && (c.Type != html.ElementNode || c.DataAtom == atom.A && c.FirstChild == nil) {
		// Past white space and an empty anchor (<a name="comments">).
		c = c.NextSibling
	}
	if c == nil {
		return false
	}
	return heading(c) && commentsHeading(c) || countedCommentsLine(c) && textBefore(n, minShortArticleChars)
}

// countedCommentsLine reports whether n, a block that is no heading, is a
// line counting the comments below it ("{ 167 comments }", "View comments
// (27)"): maxCountLineChars of text or fewer, none of it linked, with a
// figure, and its words a comments label (commentsLabel, namedComments).
// Themes head their threads with such a line as often as with a heading.
// A count linked to the thread is a byline's, above the post.
func countedCommentsLine(n *html.Node) bool {
	if n.Type != html.ElementNode || !isBlock(n) || heading(n) || firstLink(n) != nil {
		return false
	}
	t := textOfMax(n, 4*maxCountLineChars)
	if len(t) > 4*maxCountLineChars || strings.IndexFunc(t, unicode.IsDigit) < 0 {
		return false
	}
	if t = clean(t); len(t) > maxCountLineChars {
		return false
	}
	words := strings.Join(strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) }), " ")
	return commentsLabel(words) || namedComments(words)
}

// maxCountLineChars is the longest line countedCommentsLine reads.
const maxCountLineChars = 40

// commentsHeading reports whether the heading n says "Comments" (or
// "12 Comments", "Kommentare", ...): a plural, not "Comment", which heads
// a section of an article as often (and in German, an opinion piece).
func commentsHeading(n *html.Node) bool {
	if l := strings.ToLower(strings.TrimSpace(textOfMax(n, 64))); commentsHeadingText(l, n.DataAtom) || qualifiedCommentsTitle(l) {
		return true
	}
	return linkTailedCommentsHeading(n)
}

// linkTailedCommentsHeading reports whether the heading n's own text,
// its links left out, is a comments heading ("4 Comments" followed by a
// "Leave a comment" link to the form): blog themes set the link inside
// the heading, and the two read together as no heading at all.
func linkTailedCommentsHeading(n *html.Node) bool {
	a := firstLink(n)
	if a == nil || a == n.FirstChild && a.NextSibling == nil {
		return false
	}
	var sb strings.Builder
	for c := n.FirstChild; c != nil && sb.Len() < 64; c = c.NextSibling {
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
		}
	}
	l := strings.ToLower(strings.TrimSpace(sb.String()))
	return l != "" && commentsHeadingText(l, n.DataAtom)
}

// commentsHeadingText reports whether l, a heading's text in lower case,
// names the comments (commentsHeading); tag is the heading's.
func commentsHeadingText(l string, tag atom.Atom) bool {
	switch strings.Trim(l, " ()0123456789:") {
	case "comment", "kommentar", "commentaire":
		return false
	}
	if commentsLabel(l) || tag != atom.H1 && (readersHeading(l) || namedComments(l)) {
		return true
	}
	// A comment thread's title as blog themes word it ("3 thoughts on
	// “Title”", "One response to ...", "12 Gedanken zu „Titel“") and the
	// comment form's ("Leave a Reply", "Schreibe einen Kommentar").
	t := strings.TrimLeft(l, " 0123456789")
	for _, o := range commentTitles {
		if strings.HasPrefix(t, o) {
			return true
		}
	}
	for _, o := range quotedCommentTitles {
		if rest, ok := strings.CutPrefix(t, o); ok && (t != l || opensQuote(rest)) {
			return true
		}
	}
	if t != l {
		for _, o := range countedCommentTitles {
			if strings.HasPrefix(t, o) {
				return true
			}
		}
	}
	return false
}

// namedComments reports whether l, a heading's lower-cased text, is a few
// words ending in the plural "comments" ("Top Rated Comments", "Latest
// Comments (12)", "Neueste Kommentare"): a thread's heading that sorts or
// counts the comments. The words before it qualify the comments, so a
// heading of maxNamedCommentWords words or fewer names no section of an
// article about something else.
func namedComments(l string) bool {
	words := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) < 2 || len(words) > maxNamedCommentWords {
		return false
	}
	switch words[len(words)-1] {
	case "comments", "kommentare", "commentaires", "comentarios", "comentários", "commenti", "reacties":
		return true
	}
	return false
}

// maxNamedCommentWords is the longest heading namedComments reads.
const maxNamedCommentWords = 4

// offerHeading reports whether the heading n opens a paywall's offer
// ("Jetzt weiterlesen mit SZ Plus", "Lesen Sie jetzt weiter mit ...
// Premium", "Subscribe to continue reading"): the rest of its block is
// the offer's prices, terms and buttons ("Monatlich kündbar", "1 Monat
// für 1 € testen"), which isBoilerplate does not know line by line.
func offerHeading(n *html.Node) bool {
	l := strings.ToLower(strings.TrimSpace(textOfMax(n, 120)))
	if len(l) > 100 {
		return false
	}
	for _, o := range offerOpeners {
		if strings.HasPrefix(l, o) {
			return true
		}
	}
	return false
}

// offerOpeners begin a paywall offer's heading, in German and English.
var offerOpeners = []string{"jetzt weiterlesen mit", "weiterlesen mit", "lesen sie jetzt weiter mit", "jetzt weiterlesen und",
	"lesen sie weiter mit", "weiter lesen mit", "exklusiv für abonnenten", "exklusiv für abonnentinnen",
	"subscribe to continue reading", "subscribe to read", "continue reading with", "to continue reading, subscribe"}

// readersHeading reports whether l, a heading's lower-cased text, heads
// the readers' part of a German news page under the names other than
// "Kommentare" its sites give it: their letters ("Leserbriefe"), their
// postings (Austrian sites' "Postings"), their reactions, or a
// "Diskussion" with its count of posts ("Diskussion (12 Beiträge)"; a
// plain "Diskussion" is as often a section of a paper or a report). As a
// page's <h1> it is the headline of a page of letters, whose text they are.
func readersHeading(l string) bool {
	base, _, _ := strings.Cut(l, "(")
	switch strings.Trim(base, " :0123456789") {
	case "leserbriefe", "leserdiskussion", "leserreaktionen", "postings", "leserforum":
		return true
	case "kondolenzbuch", "kondolenzen", "gästebuch", "condolences", "guestbook", "guest book":
		// The mourners' entries under an obituary, the visitors'
		// under a memorial or a club's page.
		return true
	case "diskussion":
		return strings.ContainsAny(l, "0123456789")
	}
	return false
}

// opensQuote reports whether s begins with a quotation mark (straight,
// curly, German or French).
func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"'“”‘’„‚«»‹›", r)
}

// commentTitles begin a comment thread's or form's heading, after its
// count if it has one.
var commentTitles = slices.Concat([]string{"one thought on ", "one response to ", "one reply to ",
	"one comment on ", "reader comments", "eine antwort zu ", "eine antwort auf ", "ein gedanke zu ",
	"ein kommentar zu "}, commentForms)

// commentForms begin the heading of a comment form, and a paragraph that
// is its label (boilerplateStarts): WordPress's and blog themes' words in
// English, German, French, Spanish, Italian, Dutch and Portuguese.
var commentForms = []string{"leave a reply", "leave a comment", "schreibe einen kommentar", "hinterlasse einen kommentar",
	"kommentar schreiben", "laisser un commentaire", "laisser une réponse", "écrire un commentaire",
	"deja un comentario", "deja una respuesta", "escribe un comentario", "lascia un commento", "lascia una risposta",
	"scrivi un commento", "laat een reactie achter", "geef een reactie", "plaats een reactie",
	"deixe um comentário", "deixe uma resposta", "escreva um comentário"}

// quotedCommentTitles begin a comment thread's heading after its count
// or before the post's title in quotes ("12 Comments on ...", "Comments
// on “Title”", "Kommentare zu „Titel“", "3 réponses à « Titre »", "Una
// risposta a “Titolo”"); without either they head an article's own
// section ("Comments on the draft rule", "Una respuesta a la crisis").
var quotedCommentTitles = []string{"comments on ", "comments to ", "kommentare zu ", "commentaires sur ",
	"une réponse à ", "réponses à ", "una respuesta a ", "respuestas a ", "comentarios en ", "una risposta a ",
	"risposte a ", "commenti su ", "één reactie op ", "een reactie op ", "reacties op ", "uma resposta para ",
	"respostas para ", "comentários em "}

// countedCommentTitles begin a comment thread's heading after its count
// ("3 thoughts on", "12 Gedanken zu"); without one they head an
// article's own sections as often ("Thoughts on the budget", "Response
// to the ruling").
var countedCommentTitles = []string{"thoughts on ", "thought on ", "responses to ", "response to ", "replies to ",
	"reply to ", "gedanken zu ", "gedanke zu ", "antworten zu "}

// heading reports whether n is a heading element (h1-h6), whose class
// ("section-header", "recipe-header") names what it is, not page chrome.
func heading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// minProseParas is the number of paragraphs of running text
// (minProseParaChars or more) that make a container a part of the article.
const (
	minProseParas     = 2
	minProseParaChars = 80
)

// holdsProse reports whether n holds minProseParas paragraphs of running
// text; it stops looking once it has found them.
func holdsProse(n *html.Node) bool {
	found := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Nav {
				continue
			}
			if c.DataAtom == atom.P {
				if l, _ := textLen(textOfMax(c, 200)); l >= minProseParaChars {
					if found++; found >= minProseParas {
						return true
					}
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// paragraphHeader reports whether the <header> n is one of a run of the
// article's paragraphs each set in a header of its own (some generators
// and templates wrap every paragraph so): it holds a single paragraph and
// nothing else, and the element next to it, on either side, is another
// such header whose paragraph is prose (proseParagraph), or, where n's
// own paragraph is prose, a paragraph, bare or in a header of its own
// (runParagraph). A page's or an article's header holds a title, links or
// a byline beside any paragraph, and stands alone; a byline alone in one
// is short, and stays out beside the article's first <p>. A prose
// paragraph alone in a header under a heading (headedParagraph) or alone
// with pictures in its block (loneParagraph), and a paragraph between two
// (betweenParagraphs), in a <blockquote> (quotedParagraph), all a list
// item holds (itemParagraph) or a sentence beside another
// (sentenceBesideSentence) count too. (One long paragraph alone:
// holdsLongParagraph.)
func paragraphHeader(n *html.Node) bool {
	p := onlyParagraph(n)
	if p == nil {
		return false
	}
	prose := proseParagraph(p)
	if prose && headedParagraph(n) || loneParagraph(n, p) || betweenParagraphs(n) || quotedParagraph(n) || itemParagraph(n) || sentenceBesideSentence(n, p) || introParagraph(n, p) || proseBesideBlock(n, p) || sentenceBesideParagraph(n, p) || labelledSentence(n, p) || proseBeforeSection(n, p) || betweenBlocks(n) {
		return true
	}
	for _, dir := range []int{-1, 1} {
		s := runNeighbour(n, dir)
		switch {
		case s == nil:
		case prose && runParagraph(s):
			return true
		case s.DataAtom == atom.Header:
			if q := onlyParagraph(s); q != nil && proseParagraph(q) {
				return true
			}
		}
	}
	return false
}

// textParagraph reports whether n is a <p> holding text, of any length:
// the neighbour that makes a <header> holding a prose paragraph alone one
// of the article's paragraphs. A run's paragraphs are not all prose (a
// one-line "Handmade stoneware.", a lead-in "What it includes:"), and a
// header of prose beside a paragraph is none of the page's; a short one
// (a byline) still wants a like header of prose beside it.
func textParagraph(n *html.Node) bool {
	return n.DataAtom == atom.P && holdsText(n)
}

// betweenParagraphs reports whether the <header> n, holding a paragraph
// alone, has a paragraph on each side (runNeighbour): a bare <p> with text
// or another header holding one alone, whatever their length. A short
// line inside a run of paragraphs ("Size: 9 x 13 cm" between a product's
// paragraphs) is the run's; a byline's header has the article's first
// paragraph on one side only.
func betweenParagraphs(n *html.Node) bool {
	for _, dir := range []int{-1, 1} {
		if s := runNeighbour(n, dir); s == nil || !runParagraph(s) {
			return false
		}
	}
	return true
}

// quotedParagraph reports whether the <header> n, holding a paragraph
// alone, is set in a <blockquote>: a quote's paragraph (a reader's
// review, an embedded post's text and its attribution). No page's header
// is quoted.
func quotedParagraph(n *html.Node) bool {
	return n.Parent != nil && n.Parent.DataAtom == atom.Blockquote
}

// itemParagraph reports whether the <header> n, holding a paragraph
// alone, is all a list item holds (onlyElementChild): the item's text,
// set in a paragraph as editors do ("<li><p>Access to all classes</p>"),
// wrapped like the text's other paragraphs. A page's header is no list
// item, and a menu's items hold links beside any heading of theirs.
func itemParagraph(n *html.Node) bool {
	return n.Parent != nil && n.Parent.DataAtom == atom.Li && onlyElementChild(n.Parent) == n
}

// loneParagraph reports whether the <header> n, holding the paragraph p
// alone, of minLoneWords words or more, is the only element holding text
// in its parent (the others gapElements: pictures, empty paragraphs, a
// video's frame): the whole text of a post of pictures or a video, one
// paragraph long, often shorter than prose ("Kilo took these at the
// harbour last spring, all on film.").
func loneParagraph(n, p *html.Node) bool {
	if len(strings.Fields(textOfMax(p, 200))) < minLoneWords {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n {
			continue
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && !gapElement(c) {
			return false
		}
	}
	return true
}

// sentenceBesideSentence reports whether the <header> n, holding the
// paragraph p alone, and the paragraph next to it on either side
// (runNeighbour: bare or in a header of its own) both read as sentences
// (sentenceParagraph): a news story's paragraphs of one short sentence
// each ("Police used a ram to force open the door."), too short for
// prose. A byline or a tagline ends in no full stop.
func sentenceBesideSentence(n, p *html.Node) bool {
	if !sentenceParagraph(p) {
		return false
	}
	for _, dir := range []int{-1, 1} {
		s := runNeighbour(n, dir)
		if s != nil && paragraphWrapper(s) {
			s = onlyParagraph(s)
		}
		if s != nil && s.DataAtom == atom.P && sentenceParagraph(s) {
			return true
		}
	}
	return false
}

// minSentenceWords is the word count from which sentenceParagraph reads a
// paragraph as a sentence.
const minSentenceWords = 4

// sentenceParagraph reports whether the paragraph n reads as a sentence:
// minSentenceWords words or more, ending in a full stop, a question or an
// exclamation mark (or a closing quote after one).
func sentenceParagraph(n *html.Node) bool {
	t := strings.TrimSpace(textOfMax(n, 400))
	t = strings.TrimRight(t, "\"'”’»)")
	if t == "" || len(strings.Fields(t)) < minSentenceWords {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return true
	}
	return false
}

// minLoneWords is the word count from which loneParagraph takes a
// paragraph alone in its block for a post's text: a sentence, not a
// label or a tagline of a few words.
const minLoneWords = 8

// runParagraph reports whether n is a paragraph of a run: a <p> holding
// text (textParagraph), or a <header> holding one alone
// (paragraphWrapper). Beside a header of prose, a short paragraph set in
// a header ("Open the door!" an officer shouts.) is as much the run's as
// a bare one.
func runParagraph(n *html.Node) bool {
	if paragraphWrapper(n) {
		n = onlyParagraph(n)
	}
	return textParagraph(n)
}

// headedParagraph reports whether the <header> n, holding a paragraph of
// prose alone, comes right after a heading (runNeighbour): the first
// paragraph of a section set under the section's <h2>, or the article's
// under its <h1>. A page's or an article's header holds its heading; one
// that follows a heading is no header of the page.
func headedParagraph(n *html.Node) bool {
	s := runNeighbour(n, -1)
	return s != nil && heading(s)
}

// maxRunGaps is how many elements without text runNeighbour passes over.
const maxRunGaps = 3

// runNeighbour returns the element next to n on the side dir
// (elementSibling), passing over up to maxRunGaps elements that hold no
// text or are figures (gapElement): the empty paragraphs, rules and
// pictures a run of paragraphs has between them. paragraphHeader, looking
// only at the element next to each header, lost every paragraph of a run
// whose paragraphs an empty <p> (or a <p>&nbsp;</p>) keeps apart.
func runNeighbour(n *html.Node, dir int) *html.Node {
	s := elementSibling(n, dir)
	for i := 0; s != nil && i < maxRunGaps && gapElement(s); i++ {
		s = elementSibling(s, dir)
	}
	return s
}

// gapElement reports whether n, not a <header>, holds no text but white
// space (an empty <p>, an <hr>, a <br>, a paragraph of a picture) or is a
// <figure>: a picture set in the run, whose caption is no paragraph.
func gapElement(n *html.Node) bool {
	return n.DataAtom != atom.Header && (n.DataAtom == atom.Figure || !holdsText(n))
}

// holdsText reports whether a text node under n (outside scripts and
// styles) holds more than white space.
func holdsText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return true
		case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style && holdsText(c):
			return true
		}
	}
	return false
}

// holdsLongParagraph reports whether a <p> under n (outside <nav>s) runs to
// minLongHeaderPara characters or more: a post of one paragraph, which a
// block of chrome (an "About" box, a newsletter's pitch) does not run to.
func holdsLongParagraph(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Nav {
			continue
		}
		if c.DataAtom == atom.P {
			if l, _ := textLen(textOfMax(c, 2*minLongHeaderPara)); l >= minLongHeaderPara {
				return true
			}
			continue
		}
		if holdsLongParagraph(c) {
			return true
		}
	}
	return false
}

// minLongHeaderPara is the text length of a paragraph from which
// holdsLongParagraph takes an <aside> or <header> holding it for the
// article's: longer than the standfirst an article's header sets under its
// title.
const minLongHeaderPara = 300

// onlyParagraph returns n's one element child if it is a <p> with no text
// beside it (onlyElementChild), else nil.
func onlyParagraph(n *html.Node) *html.Node {
	if p := onlyElementChild(n); p != nil && p.DataAtom == atom.P {
		return p
	}
	return nil
}

// proseParagraph reports whether the <p> n has minProseParaChars of text
// or more, as holdsProse counts a paragraph of prose.
func proseParagraph(n *html.Node) bool {
	l, _ := textLen(textOfMax(n, 200))
	return l >= minProseParaChars
}

// entryHeader reports whether n, a <header>, heads an entry nested in the
// article (a live blog's entry, a section of a collection): its parent is
// an <article> or <section> inside another within maxEntryDepth levels,
// next to another such entry with a header (entrySibling), and it holds a
// heading (h2-h6, as a child) that is no link.
func (ex *extractor) entryHeader(n *html.Node) bool {
	// Asked once for the header and once for each of its children:
	// remembered, so that a header of many children costs one look.
	if v, ok := ex.entryHeaders[n]; ok {
		return v
	}
	v := isEntryHeader(n)
	if ex.entryHeaders == nil {
		ex.entryHeaders = make(map[*html.Node]bool)
	}
	ex.entryHeaders[n] = v
	return v
}

func isEntryHeader(n *html.Node) bool {
	if n.DataAtom != atom.Header || n.Parent == nil ||
		(n.Parent.DataAtom != atom.Article && n.Parent.DataAtom != atom.Section) {
		return false
	}
	nested := false
	a := n.Parent.Parent
	for i := 0; a != nil && i < maxEntryDepth; i, a = i+1, a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Section {
			nested = true
			break
		}
	}
	if !nested || !entrySibling(n.Parent) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.H2 || c.DataAtom == atom.H3 || c.DataAtom == atom.H4 || c.DataAtom == atom.H5 ||
			c.DataAtom == atom.H6 {
			return firstLink(c) == nil
		}
	}
	return false
}

// entrySibling reports whether the entry e has a sibling next to it (past
// white space) of its tag with a <header> of its own: one of a run of
// entries, not an article alone in a section.
func entrySibling(e *html.Node) bool {
	for _, dir := range []int{-1, 1} {
		if s := elementSibling(e, dir); s != nil && s.DataAtom == e.DataAtom {
			for c := s.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Header {
					return true
				}
			}
		}
	}
	return false
}

// maxEntryDepth is how far above an entry entryHeader looks for the
// article holding it.
const maxEntryDepth = 4

// headerLead reports whether n, a <header> inside an <article>, holds the
// article's lead (a standfirst, German journalism's Vorspann): a <p> of
// long prose, not a heading, a byline or a date line. It records the path
// from n down to the lead in ex.leadPath, so that the rest of the header
// is skipped.
func (ex *extractor) headerLead(n *html.Node) bool {
	if ex.leadPath[n] {
		return true
	}
	inArticle := false
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article {
			inArticle = true
			break
		}
	}
	if !inArticle {
		return false
	}
	var lead *html.Node
	var find func(*html.Node)
	find = func(c *html.Node) {
		for c = c.FirstChild; c != nil && lead == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Nav, atom.Script, atom.Style, atom.Figure, atom.Time, atom.Address:
				continue
			case atom.P:
				if leadProse(c) {
					lead = c
				}
				continue
			}
			if inlineDiv(c) {
				if leadProse(c) {
					lead = c
				}
				continue
			}
			find(c)
		}
	}
	find(n)
	if lead == nil {
		return false
	}
	if ex.leadPath == nil {
		ex.leadPath = make(map[*html.Node]bool)
	}
	for a := lead; a != n.Parent; a = a.Parent {
		ex.leadPath[a] = true
	}
	if ex.leads == nil {
		ex.leads = make(map[*html.Node]bool)
	}
	ex.leads[lead] = true
	return true
}

// inlineDiv reports whether n is a <div> of inline content only (no
// block-level child): a paragraph set without <p>, as many news sites set
// the lead in their article header (<div class="summary">, a rich-text
// div holding a <strong>), read as a lead like a <p> (headerLead).
func inlineDiv(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c) {
			return false
		}
	}
	return true
}

// leadProse reports whether p reads as an article's lead: minLeadChars or
// more of text with hardly any link text, ending a sentence.
func leadProse(p *html.Node) bool { return leadProseOf(p, minLeadChars) }

// leadProseOf is leadProse with min characters at least.
func leadProseOf(p *html.Node, min int) bool {
	t := strings.TrimSpace(textOfMax(p, 2000))
	l, _ := textLen(t)
	if l < min {
		return false
	}
	link := 0
	for a := range p.Descendants() {
		if a.Type == html.ElementNode && a.DataAtom == atom.A {
			al, _ := textLen(textOfMax(a, 2000))
			link += al
		}
	}
	if link*4 > l {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(sentenceEnds, r)
}

// sentenceEnds are the marks a sentence ends in: stops and closing quotes
// as English, German („…“, ‚…‘, »…«), French and Spanish («…», ‹…›) set
// them, and the full-width stops of Chinese and Japanese.
const sentenceEnds = ".!?…\"'“”‘’»«›‹。！？"

// minLeadChars is the length of an article's lead read from its header.
const minLeadChars = 100

// ampStandIn reports whether n, which has a "placeholder" or "fallback"
// attribute, stands in for the AMP component it is a child of while the
// component loads or where it cannot run ("<amp-iframe><div
// placeholder>Loading poll…</div></amp-iframe>", an <amp-ad>'s
// "Advertisement"): the component's, not the page's text.
func ampStandIn(n *html.Node) bool {
	return n.Parent != nil && n.Parent.Type == html.ElementNode && strings.HasPrefix(n.Parent.Data, "amp-")
}

// foldedText reports whether n, hidden by its inline style, is the rest
// of the text folded away until the reader clicks "Read more"
// ("Weiterlesen"): its class or id says so (foldNames, as words) and it
// holds paragraphs of prose (holdsProse). A hidden dialog's text (a cookie
// or newsletter box shown by a script) is named otherwise.
func foldedText(n *html.Node) bool {
	return namedBy(n, foldNames) && holdsProse(n)
}

// namedBy reports whether one of the words of n's class or id (split at
// wordSeparator, lower-cased) is one of words.
func namedBy(n *html.Node, words []string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(classID(n)), wordSeparator) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// foldNames are the words of a class or id that name the folded rest of a
// text, in English and German.
var foldNames = []string{"more", "readmore", "morecontent", "moretext", "fold", "folded", "collapsed", "expandable",
	"rest", "mehr", "weiterlesen", "mehrlesen"}

// hiddenStyle reports whether an inline style hides the element.
func hiddenStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// score gives each block a content score from the paragraphs inside it and
// returns the best candidate for the article's container.
func (ex *extractor) score(body *html.Node) *html.Node {
	cands := ex.scoreParagraphs(body, body, nil)
	ex.discountLinks(cands)
	top := ex.best(cands)
	if top == nil {
		return body
	}
	top = ex.proseBeside(top, cands, body)
	var teasers *html.Node
	if t := ex.insideMain(top, cands, body); t != top {
		teasers, top = top, t
	}
	if t := ex.articleOverTeasers(top, cands, body); t != top {
		teasers, top = top, t
	}
	post, thread := ex.postOverComment(top, cands, body)
	if post != top && teasers == nil {
		teasers = thread
	}
	top = post
	if post, apart := ex.headlinePost(top, body); post != top && !contains(post, thread) {
		if apart && teasers == nil {
			// The block passed over, in a column of its own, is kept
			// out as teasers are: the climbs would take it back in.
			teasers = top
		}
		top = post
	}
	ex.teasers = teasers
	top = besideTeasers(ex.alternativeAncestor(top, cands, body), top, teasers)
	top = besideTeasers(ex.parentScoringAsWell(top, body), top, teasers)
	top = besideTeasers(ex.splitAncestor(top, cands, body), top, teasers)
	top = besideTeasers(ex.wholerAncestor(top, body), top, teasers)
	top = besideTeasers(ex.spreadAncestor(top, body), top, teasers)
	top = besideTeasers(ex.gridAncestor(top, body), top, teasers)
	return besideTeasers(onlyChildOf(top, body), top, teasers)
}

// besideTeasers returns next, the block a climb from top chose, unless it
// holds teasers, the run of other stories' teasers that articleOverTeasers
// passed over for top: then top. The teasers' score (their summaries'
// commas) lifts the blocks around them, which would take them back in.
func besideTeasers(next, top, teasers *html.Node) *html.Node {
	if teasers != nil && contains(next, teasers) {
		return top
	}
	return next
}

// scoreParagraphs walks n and the elements below it and passes each
// paragraph's score up to its ancestors (passScore). It returns cands with
// the ancestors scored for the first time appended, in document order.
func (ex *extractor) scoreParagraphs(n, body *html.Node, cands []*html.Node) []*html.Node {
	in := ex.infos[n]
	if in == nil {
		return cands
	}
	if scoresAsParagraph(n, in) {
		cands = ex.passScore(n, paragraphScore(in), body, cands)
		if brContainer(n, in, body) {
			cands = ex.scoreOwnLines(n, in, cands)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			cands = ex.scoreParagraphs(c, body, cands)
		}
	}
	return cands
}

// scoresAsParagraph reports whether n is running text whose score goes to
// its ancestors: a paragraph-like block, a list item of text rather than
// links, or a <div> of lines split by <br>; 25 characters at least.
func scoresAsParagraph(n *html.Node, in *info) bool {
	return in.text >= 25 && (paragraphLike(n, in) || (n.DataAtom == atom.Li && !in.block && linkDensity(in) < 0.5) || brParagraphs(n, in))
}

// brContainer reports whether n, a block of text in lines split by <br>
// (brParagraphs), is set straight in body: its parent, which its score
// goes to, is the whole page with its menu and footer, where the lines
// themselves are the article (an old CMS's <div id="maintext"> of <font>
// and <br>).
func brContainer(n *html.Node, in *info, body *html.Node) bool {
	return n.Parent == body && !paragraphLike(n, in) && brParagraphs(n, in)
}

// scoreOwnLines scores n as the block holding its lines, as if each line
// were a paragraph of it (Readability turns such lines into <p>s): its
// score is its initScore and its paragraph score, so that it outscores
// body, which gets the same paragraph score without the divs' start.
func (ex *extractor) scoreOwnLines(n *html.Node, in *info, cands []*html.Node) []*html.Node {
	if in.scored {
		return cands
	}
	in.scored = true
	in.score = ex.initScore(n) + paragraphScore(in)
	return append(cands, n)
}

// paragraphScore is a paragraph's score: one, plus one per comma, plus one
// per 100 characters up to three.
func paragraphScore(in *info) float64 {
	return 1 + float64(in.commas) + float64(min(in.text/100, 3))
}

// passScore adds s to n's ancestors up to five levels above it, never above
// body: all of it to the parent, half to the grandparent, and s/(3*level)
// to those above. An ancestor scored for the first time starts from its
// initScore and is appended to cands, which passScore returns.
func (ex *extractor) passScore(n *html.Node, s float64, body *html.Node, cands []*html.Node) []*html.Node {
	level := 0
	line := n.DataAtom == atom.Li || n.DataAtom == atom.Td || n.DataAtom == atom.Th || n.DataAtom == atom.Dd
	for a := scoredParent(n); a != nil && level < 5; a = a.Parent {
		ai := ex.infos[a]
		if ai == nil || a.Type != html.ElementNode {
			break
		}
		if ex.scoreOnce(a, ai) {
			cands = append(cands, a)
		}
		add := s
		switch {
		case level == 1:
			add = s / 2
		case level > 1:
			add = s / float64(level*3)
		}
		ai.score += add
		if line {
			ai.listScore += add
		}
		level++
		if a == body {
			break
		}
	}
	return cands
}

// scoredParent returns the element n's paragraph score goes to first:
// n's parent, or, where that is a <header> holding n alone (a run of
// paragraphs each set in a header of its own, which skip keeps:
// paragraphHeader), the header's parent. The wrapper adds nothing around
// its paragraph; scored as the paragraph's parent, each header of the run
// became a candidate of one paragraph, and the block holding the run got
// only half of each paragraph's score, losing to the blocks around it.
func scoredParent(n *html.Node) *html.Node {
	a := n.Parent
	if a != nil && n.DataAtom == atom.P && paragraphWrapper(a) {
		return a.Parent
	}
	return a
}

// paragraphWrapper reports whether n is a <header> holding a paragraph
// alone (onlyParagraph): scored as its paragraph (scoredParent), and, as
// a bare paragraph is, never taken for a block repeated on the page
// (repeatedBlock): two like paragraphs each set in a header are two
// paragraphs of the text, not a responsive page's second copy of a block.
func paragraphWrapper(n *html.Node) bool {
	return n.DataAtom == atom.Header && onlyParagraph(n) != nil
}

// discountLinks scales each candidate's score by the share of its text
// outside links.
func (ex *extractor) discountLinks(cands []*html.Node) {
	for _, c := range cands {
		in := ex.infos[c]
		in.score *= 1 - linkDensity(in)
		in.listScore *= 1 - linkDensity(in)
	}
}

// proseBeside returns, where the best block top owes most of its score to
// the lines of a list or table (a long reference list, the signatories of
// an open letter, a table of figures), the nearest block holding both top
// and the best block of prose elsewhere on the page (minProseParas
// paragraphs or more, nearly free of links): a short article must not give
// way to its reference list. Else top.
func (ex *extractor) proseBeside(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	ti := ex.infos[top]
	if top == body || ti.listScore < 0.5*ti.score {
		return top
	}
	prose := ex.proseOutside(top, cands, body)
	if prose == nil {
		return top
	}
	a := top.Parent
	for ; a != nil && !contains(a, prose); a = a.Parent {
	}
	if a == nil || a == body {
		return top
	}
	ex.scoreOnce(a, ex.infos[a])
	return a
}

// insideMain returns, where the page marks its main content (one <main>
// element or role="main") and the best block top lies outside it, the
// best candidate inside it with minShortArticleChars of text or more,
// nearly free of links: a shop's or a site's block of text for search
// engines below the main content ("Buy cheese online at ...") runs
// longer than a product's description of two lines. Else top.
func (ex *extractor) insideMain(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	var main *html.Node
	for n := range body.Descendants() {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Main || attr(n, "role") == "main") {
			if main != nil {
				return top
			}
			main = n
		}
	}
	if main == nil || contains(main, top) || contains(top, main) {
		return top
	}
	var in *html.Node
	best := 0.0
	for _, c := range cands {
		ci := ex.infos[c]
		if !contains(main, c) || ci.text < minShortArticleChars || linkDensity(ci) >= 0.25 || ci.score <= best {
			continue
		}
		in, best = c, ci.score
	}
	if in == nil {
		return top
	}
	return in
}

// articleOverTeasers returns, where the best block top is a run of teasers
// of other stories (teaserCards: a linked title and a line of summary
// each, whose commas add up), the best block of prose elsewhere on the
// page: a short article must not give way to the teasers beside it. Else
// top.
func (ex *extractor) articleOverTeasers(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	if top == body || !ex.teaserCards(top) {
		return top
	}
	if prose := ex.proseOutside(top, cands, body); prose != nil && (ex.articlePage || markedArticle(prose)) {
		return prose
	}
	if hb := ex.headlineBlock(top, body); hb != nil {
		return hb
	}
	return top
}

// headlineBlock returns, where the best block top is a run of other
// stories' teasers, the block under the page's headline (its <h1> or <h2>
// as headlineOrCaption knows it, outside top): its nearest ancestor that
// holds minHeadlineProse characters besides it, nearly free of links, in
// two paragraphs or more or beside a table of facts, and neither holds top
// nor is held by it. An event's or a club's news item of two lines beside
// the column of other events or news is the page's text, though too short
// for proseOutside; on a listing page the headline's block holds the
// teasers (or an intro of one paragraph only). Else nil.
func (ex *extractor) headlineBlock(top, body *html.Node) *html.Node {
	var h *html.Node
	for n := range body.Descendants() {
		if n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2) && !contains(top, n) {
			if in := ex.infos[n]; in != nil && ex.headlineOrCaption(n, in) {
				h = n
				break
			}
		}
	}
	if h == nil {
		return nil
	}
	hi := ex.infos[h]
	for a := h.Parent; a != nil && a != body; a = a.Parent {
		if contains(a, top) {
			return nil
		}
		ai := ex.infos[a]
		if ai == nil || ai.text-hi.text < minHeadlineProse {
			continue
		}
		if linkDensity(ai) < 0.25 && (ai.paras >= 2 || ai.paras >= 1 && factTable(a)) {
			return a
		}
		return nil
	}
	return nil
}

// headlinePost returns, where the best block top neither holds the page's
// headline nor is held by the headline's block, the headline's block: the
// nearest ancestor of the first <h1>, <h2> or <h3> that reads as the
// title (titleHeading) holding minPostChars of text outside links besides
// it and scoring a minPostShare'th of top's score or more. A short post
// under its title loses on score to a longer block beside it (a sidebar's
// "About me", a disclaimer, a footer's legal notice) where no class names
// that block as chrome; where top lies in a column of boxes (boxColumn),
// the post's block is taken however far top outscores it. apart reports
// that the post's block lies minApartLevels or more below the block
// holding both, or that top lies in a column of boxes: top is in another
// column of the page, not a part of the article. Only in the first
// attempt, which removes page chrome: the later ones keep a short post
// the first found (mainText). Else top.
func (ex *extractor) headlinePost(top, body *html.Node) (post *html.Node, apart bool) {
	if top == body || ex.title == "" || ex.flags&flagStripUnlikely == 0 {
		return top, false
	}
	var h *html.Node
	for n := range body.Descendants() {
		if n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && ex.infos[n] != nil && ex.titleHeading(n) {
			h = n
			break
		}
	}
	if h == nil || contains(top, h) {
		return top, false
	}
	hi := ex.infos[h]
	for a := h.Parent; a != nil && a != body; a = a.Parent {
		ai := ex.infos[a]
		if ai == nil || ai.text-ai.link-hi.text < minPostChars {
			continue
		}
		outscored := ai.score*minPostShare < ex.infos[top].score
		if contains(a, top) || contains(top, a) || !ai.scored || outscored && !ex.boxColumn(a, top) {
			// A headline's block far outscored is its header (the
			// title and the standfirst above a body in blocks of its
			// own), not a short post.
			return top, false
		}
		levels := 0
		for p := a; p != nil && !contains(p, top); p = p.Parent {
			levels++
		}
		return a, levels >= minApartLevels || ex.boxColumn(a, top)
	}
	return top, false
}

// boxColumn reports whether top, the best block, lies in a column of
// boxes beside the post's block a: the child, holding top, of the nearest
// block holding both has minBoxHeadings headings or more outside top
// ("Recent posts", "Archives"), none of them the page's headline, and its
// text outside top is mostly links. A sidebar's profile box ("About me")
// may far outscore a short post under its title where no class name tells
// it is a sidebar; an article's body with its subheadings holds them
// itself, and a product's tabs are prose.
func (ex *extractor) boxColumn(a, top *html.Node) bool {
	col := top
	for col.Parent != nil && !contains(col.Parent, a) {
		col = col.Parent
	}
	ci, ti := ex.infos[col], ex.infos[top]
	if col.Parent == nil || col == top || ci == nil || ti == nil {
		return false
	}
	if rest := ci.text - ti.text; rest <= 0 || 2*(ci.link-ti.link) < rest {
		return false
	}
	n := 0
	for d := range col.Descendants() {
		if heading(d) && !contains(top, d) {
			if ex.titleHeading(d) {
				return false
			}
			n++
		}
	}
	return n >= minBoxHeadings
}

// minBoxHeadings is how many headings outside the best block boxColumn
// asks of a column of boxes.
const minBoxHeadings = 2

// minPostChars is the text outside links besides its headline that
// headlinePost asks of a post's block.
const minPostChars = 150

// minPostShare is how many times its own score the best block's may be for
// headlinePost to take the headline's block over it.
const minPostShare = 5

// minApartLevels is how far below the block holding both a post's block
// lies when the best block beside it is in another column.
const minApartLevels = 4

// titleHeading reports whether the heading n says the page's title: three
// words or more, all of them in the title, and most of the title's.
func (ex *extractor) titleHeading(n *html.Node) bool {
	t := norm(textOfMax(n, 4*len(ex.title)+200))
	if t == ex.title {
		return true
	}
	return len(strings.Fields(t)) >= 3 && overlap(t, ex.title) == 1 && overlap(ex.title, t) >= 0.5
}

// minHeadlineProse is the text besides the headline that headlineBlock
// asks of the block under it.
const minHeadlineProse = minShortArticleChars

// mostlyTeasers reports whether n is, or holds as nearly all its text
// (each block down to it holding mainChildShare of its parent's), a run of
// other stories' teasers (teaserCards).
func (ex *extractor) mostlyTeasers(n *html.Node) bool {
	for n != nil {
		if ex.teaserCards(n) {
			return true
		}
		n = ex.mainChild(n)
	}
	return false
}

// mainChild returns the element child of n holding mainChildShare or more
// of n's text, or nil.
func (ex *extractor) mainChild(n *html.Node) *html.Node {
	ni := ex.infos[n]
	if ni == nil || ni.text == 0 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if ci := ex.infos[c]; c.Type == html.ElementNode && ci != nil && float64(ci.text) >= mainChildShare*float64(ni.text) {
			return c
		}
	}
	return nil
}

// mainChildShare is the share of a block's text that its main child holds.
const mainChildShare = 0.8

// markedArticle reports whether n is set in an <article> (or is one): a
// page without JSON-LD that marks its prose so has one article, and a run
// of teasers beside it is other stories' (a town's press release beside
// its column of other releases), where on a listing page the teasers are
// the page's text.
func markedArticle(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// proseOutside returns the candidate outside top (neither holding it nor
// held by it) with the most score from paragraphs rather than list lines,
// holding minProseParas paragraphs or more and nearly free of links; nil
// if none scores minProseScore.
func (ex *extractor) proseOutside(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	var prose *html.Node
	best := 0.0
	for _, c := range cands {
		ci := ex.infos[c]
		ps := ci.score - ci.listScore
		if ps <= best || c == body || contains(c, top) || contains(top, c) ||
			ci.paras < minProseParas || ci.text-ci.link < minProseParas*minProseParaChars || linkDensity(ci) >= 0.25 {
			continue
		}
		prose, best = c, ps
	}
	if best < minProseScore {
		return nil
	}
	return prose
}

// minProseScore is the score of prose (three paragraphs or so) that
// proseBeside looks for beside a list.
const minProseScore = 15

// best returns the candidate with the highest score (the first of equals),
// or nil if there is none.
func (ex *extractor) best(cands []*html.Node) *html.Node {
	var top *html.Node
	var topScore float64
	for _, c := range cands {
		if in := ex.infos[c]; in.social*2 > in.text {
			// Mostly an embedded post: part of an article, never one.
			continue
		}
		if s := ex.infos[c].score; top == nil || s > topScore {
			top, topScore = c, s
		}
	}
	return top
}

// parentScoringAsWell climbs from top while the parent scores about as
// well (a third of top's score or more) and returns the first scored
// ancestor that scores better than the scored block below it, or top: the
// article's text is sometimes split over sibling blocks under one parent.
// It stays below body.
func (ex *extractor) parentScoringAsWell(top, body *html.Node) *html.Node {
	threshold := ex.infos[top].score / 3
	last := ex.infos[top].score
	for p := top.Parent; p != nil && top != body && p != body; p = p.Parent {
		pi := ex.infos[p]
		if pi == nil || !pi.scored {
			continue
		}
		if pi.score < threshold {
			break
		}
		if pi.score > last {
			if ex.flags&flagWeightClasses != 0 && 2*ex.chromeText(p, top) > pi.text-ex.infos[top].text {
				// What p adds to top is mostly blocks named as
				// chrome (a sidebar's "About me" widget beside a
				// short post): its score is theirs.
				break
			}
			if ex.teasersBeside(p, top) {
				break
			}
			if ex.articleWhole(p, top) {
				break
			}
			return p
		}
		last = pi.score
	}
	return top
}

// splitAncestor returns, where the article's text is split over blocks
// each in wrappers of its own (a body in chunks between which the site
// sets its ads and pictures), the nearest ancestor of top, at most
// maxSplitLevels above it and below body, that holds another block of
// prose set as top is (the same tags down from the ancestor), scoring
// splitShare of top's score or more from paragraphs (minProseParas or
// more, no list items, nearly free of links), both of minSplitChars or
// more, and little else: its text is at most splitSlack times that of the
// two blocks. The blocks are cousins, not siblings, so siblings does not
// join them, and the wrappers between them cut the score each passes up,
// so parentScoringAsWell does not climb to them. Where class names mark
// the body ("article__chunks") their weight lifts it; without them the
// best chunk alone was the text. Else top.
func (ex *extractor) splitAncestor(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	ti := ex.infos[top]
	if top == body || ti == nil || ti.text < minSplitChars {
		return top
	}
	var best *html.Node
	levels := maxSplitLevels + 1
	for _, c := range cands {
		ci := ex.infos[c]
		if c == body || ci.score-ci.listScore < splitShare*ti.score || ci.paras < minProseParas || ci.text < minSplitChars || linkDensity(ci) >= 0.25 || ci.lis > 0 ||
			contains(c, top) || contains(top, c) {
			continue
		}
		a, l := top.Parent, 1
		for ; a != nil && a != body && l < levels && !contains(a, c); a, l = a.Parent, l+1 {
		}
		if a == nil || a == body || l >= levels {
			continue
		}
		if tagPath(a, top) != tagPath(a, c) {
			continue // not two parts of one body, set alike
		}
		if ai := ex.infos[a]; ai == nil || float64(ai.text) > splitSlack*float64(ti.text+ci.text) || linkDensity(ai) >= 0.25 {
			continue
		}
		best, levels = a, l
	}
	if best == nil {
		return top
	}
	ex.scoreOnce(best, ex.infos[best])
	return best
}

// scoreOnce gives n, whose info is in, its start score (initScore) if it
// has none yet, as a block first climbed to or joined, and reports whether
// it did; a nil in is left alone.
func (ex *extractor) scoreOnce(n *html.Node, in *info) bool {
	if in == nil || in.scored {
		return false
	}
	in.scored = true
	in.score = ex.initScore(n)
	return true
}

// maxSplitLevels is how far above the best block splitAncestor looks for
// the block holding the rest of the text.
const maxSplitLevels = 3

// splitShare is the share of the best block's score that another block of
// prose scores for splitAncestor to join them.
const splitShare = 0.5

// minSplitChars is the text each part of a split body has for
// splitAncestor: a lead or a box of a few lines set like the body beside
// it is no part of it.
const minSplitChars = 1000

// splitSlack is how many times the text of the two blocks the block
// holding them may have.
const splitSlack = 1.1

// articleWhole reports whether top, an <article>, is whole below its
// ancestor p: p adds one paragraph at most to it (a calculator's teaser
// or a call to action after a glossary entry, whose one paragraph lifts
// the block holding both over the wrapper between them). An article's
// text split over blocks adds more.
func (ex *extractor) articleWhole(p, top *html.Node) bool {
	return top.DataAtom == atom.Article && ex.infos[p].paras-ex.infos[top].paras <= 1
}

// teasersBeside reports whether p, an ancestor of top, holds beside the
// child leading to top a block that is, or mostly is, a run of other
// stories' teasers (mostlyTeasers): a short news item's column beside
// the column of the site's other news, whose summaries' commas lift the
// row holding both over the item (a regional site's grid of col-8 and
// col-4). What p scores more than top is the teasers' score.
func (ex *extractor) teasersBeside(p, top *html.Node) bool {
	path := childHolding(p, top)
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != path && c.Type == html.ElementNode && ex.infos[c] != nil && ex.mostlyTeasers(c) {
			return true
		}
	}
	return false
}

// onlyChildOf returns the outermost ancestor of top (below body) of which
// top is the only content, or top: an only child stands for its parent.
func onlyChildOf(top, body *html.Node) *html.Node {
	for p := top.Parent; p != nil && p != body && onlyElementChild(p) == top; p = p.Parent {
		top = p
	}
	return top
}

// wholerAncestor returns the nearest ancestor of top (below body) that
// holds half again as much text with hardly any links and scores nearly as
// well: a document split into sections under one container (a manual page,
// a long guide), of which the best section was chosen. Else top.
func (ex *extractor) wholerAncestor(top, body *html.Node) *html.Node {
	ti := ex.infos[top]
	for p := top.Parent; p != nil && p != body; p = p.Parent {
		pi := ex.infos[p]
		if pi == nil || !pi.scored {
			continue
		}
		if 2*pi.text >= 3*ti.text && linkDensity(pi) < 0.05 && pi.score >= 0.85*ti.score {
			return p
		}
	}
	return top
}

// spreadAncestor returns, for a page whose text is spread over many
// sections of about equal weight (a service, product or landing page: a
// heading and a few lines per section, none of them an article by itself),
// the nearest ancestor of top that holds most of the page's text. It fires
// only when top holds less than maxSpreadShare of the text the walk kept
// (navigation, header, footer and comments already gone) and that text is
// nearly free of links (below maxSpreadLinkDensity): a news or blog page
// has teaser lists and related links around its article, so its body's
// link density is higher, and its article holds more of the text. Else top.
func (ex *extractor) spreadAncestor(top, body *html.Node) *html.Node {
	ti, bi := ex.infos[top], ex.infos[body]
	if top == body || ti == nil || bi == nil {
		return top
	}
	if float64(ti.text) >= maxSpreadShare*float64(bi.text) || linkDensity(bi) >= maxSpreadLinkDensity {
		return top
	}
	if ex.flags&flagWeightClasses != 0 && float64(ti.text) >= maxSpreadShare*float64(bi.text-ex.chromeText(body, top)) {
		// The rest of the page's text is mostly in blocks named as
		// chrome (a blog's sidebar widgets beside a short post): it
		// is not spread over the page's own sections.
		return top
	}
	p := top
	for p.Parent != nil && p != body {
		if pi := ex.infos[p]; pi != nil && float64(pi.text) >= spreadCover*float64(bi.text) {
			break
		}
		p = p.Parent
	}
	if ex.articleBesideTeasers(top, p) {
		return top
	}
	ex.scoreOnce(p, ex.infos[p])
	return p
}

// articleBesideTeasers reports whether top, an article (markedArticle,
// wrapsArticle, or on a page whose JSON-LD says it is one), has beside it below p a block
// that is mostly other stories' teasers (teasersBeside): the text spread
// outside the article is the teasers' summaries, long and free of links
// (a tabloid's article of one-sentence paragraphs beside a column of
// teasers), not the page's own sections. One look along the path.
func (ex *extractor) articleBesideTeasers(top, p *html.Node) bool {
	if p == top || !(ex.articlePage || markedArticle(top) || wrapsArticle(top)) {
		return false
	}
	for a := top.Parent; a != nil; a = a.Parent {
		if ex.teasersBeside(a, top) {
			return true
		}
		if a == p {
			break
		}
	}
	return false
}

// wrapsArticle reports whether n is a wrapper of an <article>: the
// article is n's only element child, or its only child's, and so on down.
func wrapsArticle(n *html.Node) bool {
	for c := onlyElementChild(n); c != nil; c = onlyElementChild(c) {
		if c.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// chromeText returns the text of the blocks below n, outside top (if not
// nil), whose class weight is negative (sidebars, widget areas, footers)
// or that are a sidebar's widget (class "widget", as WordPress names each:
// its "widget widget_text" says "text" as well), each counted once at its
// outermost.
func (ex *extractor) chromeText(n, top *html.Node) int {
	var path map[*html.Node]bool // top and its ancestors up to n
	if top != nil {
		path = make(map[*html.Node]bool)
		for a := top; a != nil && a != n; a = a.Parent {
			path[a] = true
		}
	}
	return ex.chromeBelow(n, top, path)
}

// chromeBelow is chromeText's walk below n.
func (ex *extractor) chromeBelow(n, top *html.Node, path map[*html.Node]bool) int {
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ci := ex.infos[c]
		if c.Type != html.ElementNode || ci == nil || ci.text == 0 || c == top {
			continue
		}
		if !path[c] && (ex.classWeight(c) < 0 || hasToken(attr(c, "class"), "widget")) {
			sum += ci.text
			continue
		}
		sum += ex.chromeBelow(c, top, path)
	}
	return sum
}

// Bounds of spreadAncestor: top holds under maxSpreadShare of the page's
// text, whose link density is under maxSpreadLinkDensity; the container
// chosen instead holds spreadCover of it.
const (
	maxSpreadShare       = 0.3
	maxSpreadLinkDensity = 0.1
	spreadCover          = 0.8
)

// gridAncestor returns, where top holds under maxSpreadShare of the page's
// text and grids of prose cards (proseCards: a title, a paragraph of
// description and maybe links each, a course catalogue's or a service
// page's offerings) after it hold as much text as top, the nearest
// ancestor of top holding such grids with that much text: the intro of a
// listing page and the listing itself. The grids (whole) and the blocks
// from top's new ancestor down to them are not cleaned away. Else top.
func (ex *extractor) gridAncestor(top, body *html.Node) *html.Node {
	ti, bi := ex.infos[top], ex.infos[body]
	if top == body || ti == nil || bi == nil || float64(ti.text) >= maxSpreadShare*float64(bi.text) {
		return top
	}
	// Only the grids after top: a listing's intro comes first, and a
	// carousel of featured posts above a post is the site's, not its.
	var grids []*html.Node
	after := false
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c == top {
				after = true
				continue
			}
			if c.Type != html.ElementNode || ex.infos[c] == nil {
				continue
			}
			if after && ex.proseCards(c) {
				grids = append(grids, c)
				continue
			}
			find(c)
		}
	}
	find(body)
	if len(grids) == 0 {
		return top
	}
	for p := top.Parent; p != nil && p != body; p = p.Parent {
		text := 0
		var in []*html.Node
		for _, g := range grids {
			if contains(p, g) {
				text += ex.infos[g].text
				in = append(in, g)
			}
		}
		if text < ti.text {
			continue
		}
		ex.cardGrids = make(map[*html.Node]bool)
		for _, g := range in {
			for a := g.Parent; a != p; a = a.Parent {
				ex.cardGrids[a] = true
			}
			for d := range g.Descendants() {
				ex.cardGrids[d] = true
			}
			ex.cardGrids[g] = true
		}
		ex.scoreOnce(p, ex.infos[p])
		return p
	}
	return top
}

// proseCards reports whether n is a grid of prose cards: minCards or more
// element children, all of one class, each with a paragraph and
// minCardProse characters of text outside links, not teasers of other
// pages (a heading or a title that links to one, linkedTitle: a news
// site's story grid).
func (ex *extractor) proseCards(n *html.Node) bool {
	run, cls := 0, ""
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		ci := ex.infos[c]
		fc := firstClass(c)
		if ci == nil || fc == "" || (run > 0 && fc != cls) || ci.paras == 0 || ci.text-ci.link < minCardProse || ex.linkedHeading(c, 0) || ex.linkedTitle(c) {
			return false
		}
		run, cls = run+1, fc
	}
	return run >= minCards
}

// minCardProse is the text outside links of each of proseCards' cards.
const minCardProse = 150

// alternativeAncestor returns the nearest ancestor of top that contains at
// least three other blocks scoring within 75% of it (the article is split in
// parts), or top.
func (ex *extractor) alternativeAncestor(top *html.Node, cands []*html.Node, body *html.Node) *html.Node {
	if top == body {
		return top
	}
	ts := ex.infos[top].score
	// The (at most) four best other candidates, as Readability looks at
	// its top five; this also bounds the work on pathological pages.
	var alts []*html.Node
	article := markedArticle(top)
	runs := map[*html.Node]bool{} // teaserCards of the blocks inTeaserRun asked about
	for _, c := range cands {
		if c == top || ex.infos[c].score < 0.75*ts {
			continue
		}
		if article && !sameKind(c, top) && ex.inTeaserRun(c, top, body, runs) {
			continue
		}
		alts = append(alts, c)
		for i := len(alts) - 1; i > 0 && ex.infos[alts[i]].score > ex.infos[alts[i-1]].score; i-- {
			alts[i], alts[i-1] = alts[i-1], alts[i]
		}
		if len(alts) > 4 {
			alts = alts[:4]
		}
	}
	if len(alts) < 3 {
		return top
	}
	for p := top.Parent; p != nil && p != body.Parent; p = p.Parent {
		n := 0
		for _, a := range alts {
			if contains(p, a) {
				n++
			}
		}
		if n >= 3 {
			ex.scoreOnce(p, ex.infos[p])
			return p
		}
	}
	return top
}

func contains(anc, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

func onlyElementChild(p *html.Node) *html.Node {
	var only *html.Node
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if only != nil {
				return nil
			}
			only = c
		} else if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return only
}

// siblings returns the top candidate with those of its siblings that look
// like more of the article: well-scored blocks and plain paragraphs.
func (ex *extractor) siblings(top *html.Node) []*html.Node {
	p := top.Parent
	ti := ex.infos[top]
	if p == nil || ti == nil || top.DataAtom == atom.Body {
		return []*html.Node{top}
	}
	threshold := max(10, ti.score*0.2)
	topClass, topFirst := attr(top, "class"), firstClass(top)
	// An article marked so has one story: teasers beside it are others'.
	topArticle := markedArticle(top) || wrapsArticle(top)
	// The child of p holding the teasers articleOverTeasers passed
	// over, found once (not a walk up from them for each sibling).
	var teasersHere *html.Node
	for n := ex.teasers; n != nil; n = n.Parent {
		if n.Parent == p {
			teasersHere = n
			break
		}
	}
	var out []*html.Node
	beforeTop := true
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c == top {
			out = append(out, c)
			beforeTop = false
			continue
		}
		ci := ex.infos[c]
		if c.Type != html.ElementNode || ci == nil {
			continue
		}
		if beforeTop && ex.headerLeads && leadBlock(c, ci) {
			out = append(out, c) // the lead (Vorspann) set above the body
			continue
		}
		if beforeTop && datelineLead(c, ci) {
			out = append(out, c) // the story's first paragraph, set apart above the body
			continue
		}
		if strings.Contains(strings.ToLower(attr(c, "itemprop")), "description") {
			continue // the summary set above the article
		}
		if (ex.articlePage || topArticle) && ex.mostlyTeasers(c) || c == teasersHere {
			continue // other stories (in a column's wrapper too)
		}
		if cid := strings.ToLower(classID(c)); cid != "" && namedAside(c, ci, cid) {
			continue // an author's bio, a caption or credit, a box of meta
		}
		if namedSidebar(ex, c) {
			continue // a sidebar of widgets, whatever the attempt's flags
		}
		if ex.leadPath[c] {
			out = append(out, c) // the article's header, read for its lead
			continue
		}
		if ex.flags&flagWeightClasses != 0 && 2*ex.chromeText(c, nil) > ci.text {
			continue // a column of sidebar widgets beside the article's
		}
		bonus := 0.0
		if topClass != "" && attr(c, "class") == topClass {
			bonus = ti.score * 0.2
		}
		if topFirst != "" && firstClass(c) == topFirst && ci.link*10 < ci.text && ci.text >= minFactChars &&
			ex.classWeight(c) >= 0 && factTable(c) {
			// A panel beside the chosen one, of its kind, holding a
			// table of facts (a product's dimensions and materials
			// in the tab after its description): more of the same
			// page, though a table's cells score nothing.
			out = append(out, c)
			continue
		}
		switch {
		case ci.scored && ci.score+bonus >= threshold:
			out = append(out, c)
		case !ci.scored && ci.paras >= 2 && ci.text >= 400 && linkDensity(ci) < 0.2 && ex.classWeight(c) >= 0:
			// Paragraphs nested too deep to pass their score up this far:
			// another section of the same article.
			out = append(out, c)
		case ci.scored && ci.paras >= 2 && ci.text >= 150 && ci.link == 0 && ex.classWeight(c) >= 0:
			// Two or more paragraphs without a single link: the rest of
			// a post set apart from its start (a blog's "more" part),
			// short enough to score under the threshold.
			out = append(out, c)
		case onePageSection(top, c, ci) && ex.classWeight(c) >= 0:
			out = append(out, c)
		case c.DataAtom == atom.P || (paragraphLike(c, ci) && !ci.block):
			ld := linkDensity(ci)
			if ci.text > 80 && ld < 0.25 {
				out = append(out, c)
			}
		}
	}
	return out
}

// datelineOpening matches a news story's dateline at the start of its
// first paragraph: a place in capitals, a state or country after a comma,
// an agency in brackets, and a dash ("LONDON — ", "SPRINGFIELD, Ill. (AP)
// — ", "WASHINGTON (Reuters) - "); in any alphabet, with places joined by
// a slash and an agency's office after one, as German and French
// agencies write them ("MÜNCHEN (dpa) - ", "BERLIN/KÖLN (dpa/lnw) - ",
// "GENÈVE (ATS) - ").
var datelineOpening = regexp.MustCompile(`^\p{Lu}[\p{Lu}'.-]+(?:[ /]\p{Lu}[\p{Lu}'.-]+)*(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?(?: \([\p{L} ./]+\))? ?[—–-]{1,2} `)

// datelineLead reports whether c, a block before the chosen body, holds
// the story's first paragraph: one paragraph of prose (80 characters or
// more, no link) that opens with a dateline. Templates set it apart in an
// "intro" or "lead" block that scores too little to be merged; a dek or
// summary never opens with a dateline.
func datelineLead(c *html.Node, ci *info) bool {
	if ci.paras != 1 || ci.link > 0 || ci.text < 80 || ci.text > 1000 {
		return false
	}
	return datelineOpening.MatchString(strings.TrimSpace(textOfMax(c, 80)))
}

// namedSidebar reports whether n, a sibling of the chosen block, is an
// <aside> whose class or id names it page chrome ("sidebar",
// "widget-area"): kept through the cleaning for the prose it holds (some
// themes set the post in an <aside>), it is the column beside the post
// (a recipe blog's kitchen tips), never more of the post, also in the
// attempts blind to class names.
func namedSidebar(ex *extractor, n *html.Node) bool {
	if n.DataAtom != atom.Aside {
		return false
	}
	h := ex.hintsOf(n)
	return h.unlikely || h.weight < 0
}

// sidebarInside reports whether n, a block inside the chosen one, is an
// <aside> named a sidebar (namedSidebar: "sidebar", "widget-area") of
// prose (paragraphs, few links) that holds under half of the text being
// emitted: the column of widgets beside a short post (a blog's "Über
// mich", whose prose outscores the post's two paragraphs), taken in when
// the block holding both post and sidebar won. siblings drops such a
// sidebar beside the chosen block; this drops it inside. Sidebars of
// links are left to the cleaning: on a page of a video and a few words
// they are what the reader gets.
func (ex *extractor) sidebarInside(n *html.Node, in *info) bool {
	return in.paras > 0 && linkDensity(in) < 0.25 && in.text*2 < ex.rootText && namedSidebar(ex, n)
}

// onePageSection reports whether c, a sibling of the chosen block top, is
// another section of a one-page site's text: both <section>s, c with a
// heading of its own over a paragraph or more of prose (minProseParaChars
// outside links, none linked, no form), too short to score beside the longest
// section (a practice's "Unser Team" under its "Leistungen").
func onePageSection(top, c *html.Node, ci *info) bool {
	return top.DataAtom == atom.Section && c.DataAtom == atom.Section && ci.paras >= 1 && ci.link == 0 && ci.inputs == 0 &&
		ci.text-ci.headText >= minProseParaChars && ci.headText > 0
}

// maxLeadChars is the longest lead leadBlock takes.
const maxLeadChars = 1000

// leadNames are the words of a class or id that name an article's lead
// (a German press page's "teaser-text" or "news-lead", TYPO3's and
// most CMSs' Vorspann above the body), as whole words.
var leadNames = []string{"lead", "leadtext", "teaser", "teasertext", "intro", "introduction", "vorspann", "einleitung",
	"summary", "abstract", "standfirst", "chapo", "chapeau", "entradilla", "sommario", "description", "excerpt",
	// German, Spanish (and Argentine) and Dutch names of a lead.
	"anriss", "sumario", "bajada", "inleiding"}

// leadBlock reports whether n, a block before the chosen one, is the
// article's lead: named so (leadNames, or itemprop "description"), one
// paragraph of prose (leadProseOf) of minNamedLeadChars to maxLeadChars, no
// picture. Its name says what it is, so a lead of one short sentence
// counts (TYPO3's tx_news "teaser-text": "After 18 months the nursery is
// finished: 75 children find room there."), where an unnamed header's
// line must be as long as a lead (minLeadChars) not to be a subtitle.
// Read first on pages in other languages than English, as headerLead's
// lead is: the news benchmark's English truth leaves such a dek out.
func leadBlock(n *html.Node, in *info) bool {
	if in.paras > 1 || in.imgs > 0 || in.text > maxLeadChars || in.text < minNamedLeadChars {
		return false
	}
	named := strings.Contains(strings.ToLower(attr(n, "itemprop")), "description") || namedBy(n, leadNames)
	return named && leadProseOf(n, minNamedLeadChars)
}

// minNamedLeadChars is the shortest lead leadBlock takes.
const minNamedLeadChars = 60

// wordSeparator separates the words of a class or id.
func wordSeparator(r rune) bool {
	return r == '-' || r == '_' || unicode.IsSpace(r)
}

// productSummary returns the paragraphs of prose (leadProse) of a shop's
// product summary set above the chosen block top: a block before top or
// before one of its nearest maxSummaryLevels ancestors that holds the
// order form (an input field), and beside it the short description,
// while top holds the long one (a product page's tabs). Else nil.
func (ex *extractor) productSummary(top, body *html.Node) []*html.Node {
	var out []*html.Node
	x := top
	for level := 0; level < maxSummaryLevels && x != body && x.Parent != nil; level++ {
		for s := x.PrevSibling; s != nil; s = s.PrevSibling {
			si := ex.infos[s]
			if s.Type != html.ElementNode || si == nil || si.inputs == 0 || si.paras == 0 || !orderForm(s) {
				continue
			}
			var found []*html.Node
			for d := range s.Descendants() {
				if d.DataAtom == atom.P && ex.infos[d] != nil && !inForm(d, s) && leadProse(d) {
					found = append(found, d)
				}
			}
			out = append(found, out...)
		}
		x = x.Parent
	}
	return out
}

// orderForm reports whether n holds a shop's order form: a form that
// posts to a cart or is named for one, or a quantity field (quantityNames;
// not any number field: a donation box asks for an amount).
func orderForm(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.Form:
			if strings.Contains(strings.ToLower(attr(d, "action")), "cart") || strings.Contains(strings.ToLower(attr(d, "class")), "cart") {
				return true
			}
		case atom.Input, atom.Select:
			name := strings.ToLower(attr(d, "name"))
			if name == "qty" || matchAny(name, quantityNames) {
				return true
			}
		}
	}
	return false
}

// quantityNames name a shop's quantity field in English, German, French,
// Spanish and Italian.
var quantityNames = []string{"quantity", "anzahl", "menge", "quantite", "quantité", "cantidad", "quantita", "quantità"}

// maxSummaryLevels is how far above the chosen block productSummary looks.
const maxSummaryLevels = 3

// inForm reports whether n is inside a <form> below top.
func inForm(n, top *html.Node) bool {
	for a := n.Parent; a != nil && a != top; a = a.Parent {
		if a.DataAtom == atom.Form {
			return true
		}
	}
	return false
}

// paragraphLike reports whether n holds running text itself: a paragraph,
// a pre or cell, or a div-like block without block children.
func paragraphLike(n *html.Node, in *info) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote:
		return true
	case atom.Div, atom.Section, atom.Article, atom.Span, atom.Font, atom.Center, atom.Main:
		return !in.block
	case 0:
		return customElement(n) && !in.block
	}
	return false
}

// brParagraphs reports whether n is a page's text set out in lines rather
// than paragraphs: a <div> of some length whose only block children are
// <br>, with no <p> inside and little link text.
func brParagraphs(n *html.Node, in *info) bool {
	return n.DataAtom == atom.Div && in.paras == 0 && in.text >= 400 && linkDensity(in) < 0.25 && brBlock(n)
}

func linkDensity(in *info) float64 {
	if in.text == 0 {
		return 0
	}
	return float64(in.link) / float64(in.text)
}

// initScore is a block's starting score: by tag (divs usually hold text,
// lists and headings rarely), plus its class weight.
func (ex *extractor) initScore(n *html.Node) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	if n.DataAtom == atom.Article {
		s += 10 // <article> is meant for this
	}
	return s + float64(ex.classWeight(n))
}

// classHints is what an element's class and id say about it.
type classHints struct {
	weight   int  // +25 for each of class and id hinting at content, -25 for boilerplate
	unlikely bool // page chrome, skipped with flagStripUnlikely
	comments bool // a comment thread, skipped always
	// hidden: class "hidden" (display:none in every CSS framework) or
	// microdata written out for machines and hidden by its theme's CSS
	// (WordPress Enfold's "av-structured-data"); skipped always.
	hidden bool
	// header: unlikely only for saying "header" (a page's header, or a
	// section's or landing page's, which may hold the text).
	header bool
}

// hintsOf reads (once per distinct class and id) what they say; zero for an
// element with neither.
// subscriberNames are the class names that mark a block of the article's
// text as the part for subscribers (TownNews BLOX's "subscriber-only"
// paragraphs under "asset-content subscriber-premium", others'
// "subscribers-only"): the text behind the paywall, served whole to
// subscribers and crawlers, not a box asking to subscribe, though
// "subscri" says so.
var subscriberNames = []string{"subscriber-only", "subscribers-only", "subscriber-content", "subscriber-premium", "for-subscribers"}

// withoutSubscriberNames returns the lower-cased class or id low without
// its subscriberNames, for hintsOf.
func withoutSubscriberNames(low string) string {
	if !strings.Contains(low, "subscri") {
		return low
	}
	for _, w := range subscriberNames {
		low = strings.ReplaceAll(low, w, "")
	}
	return low
}

func (ex *extractor) hintsOf(n *html.Node) classHints {
	c, id := attr(n, "class"), hintID(n)
	if c == "" && id == "" {
		return classHints{}
	}
	key := classKey{c, id}
	if h, ok := ex.hints[key]; ok {
		return h
	}
	var h classHints
	var all, rest uint8 // the hint lists matched by either; rest without "commentar"
	var lows [2]string
	for i, s := range []string{c, id} {
		if s == "" {
			continue
		}
		low := withoutSubscriberNames(strings.ToLower(s))
		lists := hintSet.match(low)
		all |= lists
		if lists&hintNegative != 0 {
			h.weight -= 25
		}
		if lists&hintPositive != 0 {
			h.weight += 25
		}
		// "Commentary" names an opinion piece, not readers' comments.
		if strings.Contains(low, "commentar") {
			low = strings.ReplaceAll(low, "commentar", "")
			lists = hintSet.match(low)
		}
		rest |= lists
		lows[i] = low
	}
	maybe := all&hintMaybe != 0
	partChrome, partComments := chromePart(lows[0]), commentsPart(lows[0])
	h.unlikely = rest&hintUnlikely != 0 && (!maybe || partChrome || partComments)
	h.comments = rest&hintComment != 0 && !maybe || partComments
	if h.unlikely {
		// Unlikely only for saying "header"? (Looked at only here: it
		// takes a copy of the strings.)
		other := false
		for _, low := range lows {
			if low != "" && hintSet.match(strings.ReplaceAll(low, "header", ""))&hintUnlikely != 0 {
				other = true
			}
		}
		h.header = !other
	}
	h.hidden = strings.Contains(c, "structured-data") || hasToken(c, "hidden")
	ex.hints[key] = h
	return h
}

// chromePart reports whether one of the classes in class (lower-cased)
// names a part of the article that is page chrome: a compound whose last
// word is a chrome word (chromePartWords) after words naming the article
// (a maybeHint: "story-footer", "article__footer", "id-Story-footer").
// The article's word would otherwise clear the class of its chrome word
// (maybeHints), as Readability's rule does; but the compound names the
// article's footer, not the article.
func chromePart(class string) bool {
	return partNamed(class, chromePartWords)
}

// commentsPart is chromePart for the readers' comments under the
// article ("story-community", "article-comments", and in German, French,
// Italian, Spanish, Portuguese and Dutch: "artikel-kommentare",
// "article-commentaires", "articolo-commenti").
func commentsPart(class string) bool {
	return partNamed(class, commentPartWords)
}

var (
	chromePartWords  = map[string]bool{"footer": true}
	commentPartWords = map[string]bool{"comments": true, "community": true, "kommentare": true, "commentaires": true,
		"commenti": true, "comentarios": true, "comentários": true, "reacties": true}
)

// partNamed reports whether a class of class is a compound (split at '-'
// and '_') that ends in one of words after a maybeHint.
func partNamed(class string, words map[string]bool) bool {
	for f := range strings.FieldsSeq(class) {
		i := strings.LastIndexFunc(f, func(r rune) bool { return r == '-' || r == '_' })
		if i <= 0 || !words[f[i+1:]] {
			continue
		}
		for _, m := range maybeHints {
			if strings.Contains(f[:i], m) {
				return true
			}
		}
	}
	return false
}

// classKey is an element's class and id attributes.
type classKey struct{ class, id string }

// classWeight is +25 for each of class and id that hint at content
// ("article", "story", "body") and -25 for each that hint at boilerplate;
// 0 without flagWeightClasses.
func (ex *extractor) classWeight(n *html.Node) int {
	if ex.flags&flagWeightClasses == 0 {
		return 0
	}
	return ex.hintsOf(n).weight
}

// emit writes the text of nodes (in document order) as paragraphs, and
// drops the paragraphs that are boilerplate by their own look.
func (ex *extractor) emit(nodes []*html.Node) string {
	ex.rootText = 0
	clear(ex.emitted)
	for _, n := range nodes {
		if in := ex.infos[n]; in != nil {
			ex.rootText += in.text
		}
	}
	w := &textWriter{}
	for _, n := range nodes {
		ex.emitNode(w, n, true)
	}
	return ex.finish(w)
}

// finish flushes w and returns its paragraphs that pass filterParagraphs,
// joined by blank lines.
func (ex *extractor) finish(w *textWriter) string {
	w.flush()
	paras := ex.filterParagraphs(w.paras)
	out := make([]string, len(paras))
	for i, p := range paras {
		out[i] = p.text
	}
	return strings.Join(out, "\n\n")
}

func (ex *extractor) emitNode(w *textWriter, n *html.Node, root bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	in := ex.infos[n]
	if in == nil {
		return
	}
	if !root && ex.drop(n, in) {
		if in.text == 0 && !isBlock(n) && holdsSpace(n) {
			// An inline element of white space only (a code
			// highlighter's <span class="w"> </span>) still
			// separates the words around it.
			w.space = true
		}
		return
	}
	if !root && in.block && in.text >= minRepeatChars && !paragraphWrapper(n) && ex.repeatedBlock(n, in) {
		return
	}
	if n.DataAtom == atom.Br {
		w.flush()
		return
	}
	block := isBlock(n) || root
	cell := (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && !in.block
	if cell {
		// A table row reads as one line: its cells, space-separated. A
		// cell of lines or blocks (a layout table's menu or text
		// column) is a block of its own.
		block = false
		w.space = true
	}
	if block {
		w.flush()
	}
	switch n.DataAtom {
	case atom.A:
		w.inLink++
	case atom.Li:
		w.inItem++
	case atom.Pre, atom.Code, atom.Kbd, atom.Samp, atom.Tt, atom.Textarea:
		w.inCode++
	}
	if n.DataAtom == atom.Pre {
		w.inPre++
	}
	introduced := false
	if (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol) && !root {
		t := ex.listIntro(n)
		introduced = t != "" && !danglingIntro(t) && !matchAny(strings.ToLower(t), readOnIntros)
	}
	if (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Table) && !root && ingredientList(n) {
		// A recipe's ingredients: their lines of a linked name
		// ("4 <a>eggs</a>") are the recipe's, as an introduced list's.
		introduced = true
	}
	if introduced {
		w.inIntroduced++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if heading(c) && (commentsHeading(c) || offerHeading(c)) || wrappedCommentsHeading(c) {
			// "Comments" heading the rest of the block: the readers'
			// comments, set in the post's own block without a
			// wrapper (old blog platforms' templates). Or a paywall's
			// offer heading its box.
			break
		}
		ex.emitNode(w, c, false)
	}
	switch n.DataAtom {
	case atom.A:
		w.inLink--
	case atom.Li:
		if block {
			w.flush()
		}
		w.inItem--
	case atom.Pre, atom.Code, atom.Kbd, atom.Samp, atom.Tt, atom.Textarea:
		w.inCode--
	}
	if n.DataAtom == atom.Pre {
		if block {
			w.flush() // the block's last line is code too
		}
		w.inPre--
	}
	if introduced {
		w.inIntroduced--
	}
	if block {
		w.flush()
	} else if cell {
		w.space = true
	}
}

// holdsSpace reports whether n's text (a short one: it is called on
// elements without visible text) has white space in it.
func holdsSpace(n *html.Node) bool {
	return strings.IndexFunc(textOfMax(n, 64), isSpace) >= 0
}

// minReviewItems is the number of reviews that make a block named
// "reviews" the customers' reviews, found at most maxReviewDepth levels
// below it (which also bounds the work on nested blocks so named).
const (
	minReviewItems = 2
	maxReviewDepth = 4
)

// customerReviews reports whether n, a block whose class or id says
// "reviews", holds a run of minReviewItems consecutive siblings of one
// class that says "review": the reviews left by a shop's customers, which are no more the
// product's text than comments are an article's. A block so named without
// such a run (a review article's body in a site's "reviews" section, with
// its "review-verdict" and "review-score") stays.
func customerReviews(n *html.Node, depth int) bool {
	var runClass string
	run := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if cl := attr(c, "class"); cl != "" && cl == runClass {
			if run++; run >= minReviewItems {
				return true
			}
		} else if reviewItemClass(cl) {
			runClass, run = cl, 1
		} else {
			runClass, run = "", 0
		}
		if depth < maxReviewDepth && customerReviews(c, depth+1) {
			return true
		}
	}
	return false
}

// inCustomerReviews reports whether n or one of its ancestors below body
// is a shop's block of customer reviews (named "reviews", holding a run of
// them: customerReviews).
func inCustomerReviews(n, body *html.Node) bool {
	for ; n != nil && n != body; n = n.Parent {
		if reviewsPanel(n) {
			return true
		}
	}
	return false
}

// reviewItemClass reports whether cl, a class, names one customer's
// review: "review" in it, the German "bewertung", or "rev" as a word of
// it (Judge.me's "jdgm-rev", as review widgets abbreviate).
func reviewItemClass(cl string) bool {
	cl = strings.ToLower(cl)
	if strings.Contains(cl, "review") || strings.Contains(cl, "bewertung") {
		return true
	}
	for _, w := range strings.FieldsFunc(cl, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		if w == "rev" {
			return true
		}
	}
	return false
}

// minRepeatChars is the text length from which repeatedBlock compares a
// block with those emitted before it.
const minRepeatChars = 100

// repeatedBlock reports whether n, a block of other blocks, has the same
// text as one emitted before it: a responsive page that sets out its
// description twice (one copy for small screens, one for large, the other
// hidden by its style sheet), so the text would read twice; an ancestor
// with the same text (n is its only content) is no repeat. Otherwise it
// notes n. Texts are compared only between blocks of the same length.
func (ex *extractor) repeatedBlock(n *html.Node, in *info) bool {
	prev := ex.emitted[in.text]
	t, have := "", false
	for _, p := range prev {
		if contains(p, n) {
			continue // an ancestor of which n is all the text
		}
		if !have {
			// Only now: n's text may be most of the page, and a chain
			// of nested blocks of one length would copy it once each.
			t, have = textOfMax(n, -1), true
		}
		if textOfMax(p, -1) == t {
			return true
		}
	}
	if ex.emitted == nil {
		ex.emitted = make(map[int][]*html.Node)
	}
	ex.emitted[in.text] = append(prev, n)
	return false
}

// drop decides whether an element inside the article is boilerplate: the
// headline itself, bylines and datelines, captions, and (with
// flagCleanConditionally) link lists, forms and image galleries after
// Readability's _cleanConditionally.
func (ex *extractor) drop(n *html.Node, in *info) bool {
	if in.text == 0 && in.imgs == 0 {
		return n.DataAtom != atom.Br
	}
	if ex.headlineOrCaption(n, in) {
		return true
	}
	if ex.sectionLabel(n, in) {
		return true
	}
	if ex.sidebarInside(n, in) {
		return true
	}
	if ex.cardGrids[n] {
		return false // a grid of prose cards taken in (gridAncestor), or a block around it
	}
	if ci := strings.ToLower(classID(n)); ci != "" {
		if embeddedPost(ci) {
			return false // an embedded post, not an image's caption
		}
		if namedAside(n, in, ci) && !ex.linkedWord(n, ci) {
			return true
		}
	}
	if ex.articlePage && ex.teaserCards(n) {
		return true
	}
	if in.link > 0 && in.text*10 < ex.rootText*7 && ex.readMoreCards(n) {
		return true
	}
	if in.text*2 < ex.rootText && ex.relatedCards(n) {
		return true
	}
	if in.text*2 < ex.rootText && ex.productCarousel(n, in) {
		return true
	}
	if in.block && skippedBox(n) {
		return true
	}
	if in.block && in.text <= maxAppealChars && supportAppeal(n) {
		return true
	}
	if in.block && in.text <= maxNewsletterBoxChars && in.text*4 < ex.rootText && ex.newsletterBox(n) {
		return true
	}
	if in.text*2 < ex.rootText && authorProfileBox(n, in) {
		return true
	}
	if in.paras == 0 && in.text <= maxPlayerChars && videoPlayer(n) {
		return true
	}
	if in.block && in.text <= maxAdBoxChars && in.text*2 < ex.rootText && ex.adLabelled(n) {
		return true
	}
	if ex.flags&flagCleanConditionally == 0 {
		return false
	}
	if in.text*10 > ex.rootText*7 && in.paras > 0 {
		// Most of the text being emitted, with paragraphs: the
		// article's own container (its link lists go one by one below).
		return false
	}
	if ex.paragraphAside(n) {
		return false // judged as the paragraph it wraps
	}
	return ex.cleanConditionally(n, in)
}

// maxLabelSteps is the most nodes sectionLabel passes on its way to the
// headline.
const maxLabelSteps = 40

// sectionLabel reports whether n, a heading whose text is all link text,
// names the site's section just above the article's headline ("<h1><a
// href="/science">Lab Notes / Science</a></h1>" and then "<h1>The comet
// returns</h1>"): in document order, the next heading after it is the
// page's headline (headlineOrCaption), with no other text between. It is
// navigation, which the truths leave out; a linked heading among the
// paragraphs (a list's item, a teaser) has text around it.
func (ex *extractor) sectionLabel(n *html.Node, in *info) bool {
	if !heading(n) || in.text == 0 || in.link < in.text {
		return false
	}
	c := n
	for i := 0; i < maxLabelSteps; i++ {
		// The next node in document order past n's own.
		switch {
		case c != n && c.FirstChild != nil:
			c = c.FirstChild
		default:
			for c != nil && c.NextSibling == nil {
				c = c.Parent
			}
			if c == nil {
				return false
			}
			c = c.NextSibling
		}
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type == html.ElementNode && heading(c):
			// The headline may sit in a header the scoring skipped,
			// without figures; a heading is told by its text alone.
			return (c.DataAtom == atom.H1 || c.DataAtom == atom.H2) && ex.headlineOrCaption(c, &info{})
		case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style):
			// its text is no text of the page; skip past it
			for c.NextSibling == nil && c.Parent != nil {
				c = c.Parent
			}
		}
	}
	return false
}

// maxNewsletterBoxChars is the most text a newsletterBox holds: its
// heading and a few lines on what the newsletter brings.
const maxNewsletterBoxChars = 500

// newsletterBox reports whether n is a newsletter's sign-up box set among
// the article's paragraphs: its first child with text is a heading that
// asks to sign up for or subscribe to a newsletter ("Sign up for The Weekly
// Dispatch newsletter"). The heading alone is dropped as a prompt
// (isBoilerplate), but the lines under it ("The Weekly Dispatch is a
// newsletter for ...", "Delivered every Friday, ...") are the box's pitch,
// not the article's text.
func (ex *extractor) newsletterBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Form:
	default:
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		if ci := ex.infos[c]; c.Type != html.ElementNode || ci == nil || ci.text == 0 {
			continue
		}
		if !heading(c) {
			return false
		}
		l := strings.ToLower(textOfMax(c, 200))
		return matchAny(l, newsletterWords) && matchAny(l, signUps)
	}
	return false
}

// maxPlayerChars is the most text a videoPlayer holds: its title and
// duration.
const maxPlayerChars = 150

// videoPlayer reports whether n, a block without paragraphs, is named a
// video player by a word of its class or id ("mol-video", "video-player",
// "vjs-video-container", "jwplayer"; not "player" alone, a sports
// table's or roster's): the player's title and duration between the article's
// paragraphs ("Pensioner tells of his two-year fight 01:32") are the
// video's, not the text's.
func videoPlayer(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Figure, atom.Aside:
	default:
		return false // not a table's row or cell
	}
	for _, s := range []string{attr(n, "class"), hintID(n)} {
		for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
			switch w {
			case "video", "videos", "vjs", "jwplayer", "brightcove":
				return true
			}
		}
	}
	return false
}

// adLabelled reports whether n, a box set into the article, opens with an
// advertisement's label alone ("Anzeige", "Werbung", "Advertisement",
// "Sponsored"): its first element with text says only that, as the law
// asks German sites to mark an ad (an advertorial amid the paragraphs, in
// a box named "native-ad" or "adslot" that the class hints miss). A
// blogger's "Werbung" over a whole post is most of the text, and stays;
// a heading so worded heads a section (an agency's "Werbung" among its
// services, a classifieds page's "Anzeige"), not an ad.
func (ex *extractor) adLabelled(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		if in := ex.infos[c]; in == nil || in.text == 0 {
			continue
		}
		return !heading(c) && adLabels[strings.ToLower(strings.Trim(strings.TrimSpace(textOfMax(c, 40)), ":·|"))]
	}
	return false
}

// maxAppealChars is the longest block supportAppeal reads, and
// maxAppealNodes the most nodes it visits.
const (
	maxAppealChars = 1500
	maxAppealNodes = 400
)

// supportAppeal reports whether n, a block of a container's size (a div,
// section or aside), is a news site's appeal to its readers for money:
// its text speaks of "journalism" (journalismWords) and it holds a link
// or button whose text asks for support ("Support The Guardian",
// "Contribute", "Donate", "Become a member", "Jetzt unterstützen"). The Guardian's "epic", HuffPost's and Vox's
// contribution asks and local papers' "Support local journalism" boxes sit
// in or right after the article, in prose, and the sibling merge takes
// them in; the news truths leave them out. Bounded: at most
// maxAppealNodes nodes of a block of maxAppealChars characters.
func supportAppeal(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside:
	default:
		return false
	}
	var text strings.Builder
	asks, visited := false, 0
	var walk func(*html.Node) bool
	walk = func(p *html.Node) bool {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if visited++; visited > maxAppealNodes || text.Len() > maxAppealChars {
				return false
			}
			switch c.Type {
			case html.TextNode:
				text.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
					continue
				}
				if (c.DataAtom == atom.A || c.DataAtom == atom.Button) && !asks {
					asks = matchPrefix(strings.TrimSpace(strings.ToLower(textOfMax(c, 60))), appealAsks)
				}
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	if !walk(n) || !asks {
		return false
	}
	return matchAny(strings.ToLower(text.String()), journalismWords)
}

// appealAsks open the link or button of a supportAppeal, in English,
// German, French, Spanish, Italian, Dutch and Portuguese.
var appealAsks = []string{"support ", "support us", "contribute", "donate", "make a contribution", "become a member",
	"become a supporter", "give now", "give today", "make a gift",
	"jetzt unterstützen", "unterstützen sie", "unterstütze uns", "jetzt spenden", "spenden", "mitglied werden",
	"soutenez", "soutenir", "faire un don", "je fais un don", "apóyanos", "apoya ", "hazte socio", "donar",
	"sostienici", "sostieni ", "dona ora", "steun ", "word lid", "doneer", "apoie"}

// journalismWords name journalism in a supportAppeal's text
// ("journalism" finds the German "Journalismus" and the French
// "journalisme" too).
var journalismWords = []string{"journalism", "periodismo", "giornalismo", "journalistiek", "jornalismo"}

// adLabels mark an advertisement, in German and English, and French,
// Spanish, Italian, Portuguese and Dutch. ("Promotion"
// is also the German doctorate, heading a university page's section.)
var adLabels = map[string]bool{"anzeige": true, "werbung": true, "advertisement": true, "sponsored": true,
	"gesponsert": true, "ad": true,
	// French, Spanish, Italian, Portuguese, Dutch.
	"publicité": true, "publicidad": true, "pubblicità": true, "publicidade": true, "advertentie": true,
	"sponsorisé": true, "patrocinado": true, "sponsorizzato": true, "gesponsord": true}

// maxAdBoxChars is the longest box adLabelled looks at.
const maxAdBoxChars = 600

// skippedBox reports whether n is a box set into the article that the
// page lets readers skip: its first element is a link to the element right
// after it ("Continue reading the main story", a fact box's or an
// advertisement's skip link; often hidden, for screen readers).
func skippedBox(n *html.Node) bool {
	c := n.FirstChild
	for c != nil && c.Type != html.ElementNode {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		c = c.NextSibling
	}
	if c == nil || c.DataAtom != atom.A {
		return false
	}
	target, ok := strings.CutPrefix(attr(c, "href"), "#")
	if !ok || target == "" {
		return false
	}
	next := elementSibling(n, 1)
	return next != nil && attr(next, "id") == target
}

// teaserCards reports whether n is a run of teasers of other stories: a
// block whose first minCards element children (after the run's own
// heading, if it has one: runLabel) are of one tag and class and each
// have a heading that links to another page (the story's title), with a
// line of summary or not. Beside an article they are not its text;
// holding most of the text, they are a listing page's (listingCard).
func (ex *extractor) teaserCards(n *html.Node) bool {
	return ex.startsWithCards(n, true, func(c *html.Node) bool { return ex.linkedHeading(c, 0) || ex.linkedTitle(c) })
}

// linkedTitle reports whether the card c opens with its title set as a
// link rather than a heading (<a><span class="title">…</span></a>, a
// German news site's teaser), a paragraph of summary after it: its first
// element child with text (after a date or kicker of maxKickerChars or
// less) is a link to another page of maxLinkedTitleChars or less, and the
// next is a <p> mostly free of links. A list
// item of an article that opens with a link runs on in the same line (a
// text node, not a <p>).
func (ex *extractor) linkedTitle(c *html.Node) bool {
	if w := ex.cardContent(c); w != nil {
		c = w
	}
	var title *html.Node
	kicker := false
	for d := c.FirstChild; d != nil; d = d.NextSibling {
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
			return false
		}
		if d.Type != html.ElementNode {
			continue
		}
		in := ex.infos[d]
		if in == nil || in.text == 0 {
			continue // an image's link, an empty element
		}
		if title == nil {
			if d.DataAtom != atom.A && !kicker && d.DataAtom != atom.P && in.link == 0 && in.text <= maxKickerChars {
				kicker = true // a date or a kicker over the title
				continue
			}
			if d.DataAtom != atom.A || !pageLink(d) || in.text > maxLinkedTitleChars {
				return false
			}
			title = d
			continue
		}
		return d.DataAtom == atom.P && in.link*4 < in.text
	}
	return false
}

// maxKickerChars is the longest date or kicker linkedTitle passes over
// before the title.
const maxKickerChars = 40

// maxLinkedTitleChars is the longest title linkedTitle takes.
const maxLinkedTitleChars = 150

// startsWithCards reports whether n, a block that may hold a run of
// cards (a div, section, list or aside), starts with minCards element
// children of one tag and class that card each accepts; with label, a
// first child that is the run's own heading (runLabel: "More news",
// "Weitere Nachrichten") is passed over, and minLabelledCards suffice.
func (ex *extractor) startsWithCards(n *html.Node, label bool, card func(*html.Node) bool) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Aside:
	default:
		return false
	}
	run, cls, need := 0, "", minCards
	for c := n.FirstChild; c != nil && run < need; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if label && run == 0 && ex.runLabel(c) {
			label = false
			need = minLabelledCards
			continue
		}
		fc := c.Data + "." + firstClass(c)
		if (run > 0 && fc != cls) || !card(c) {
			return false
		}
		run, cls = run+1, fc
	}
	return run >= need
}

// relatedCards reports whether n is a box of other pages' cards under a
// heading that names them so ("Related articles that may interest you",
// "More from the blog": teaserHeading), the cards' titles plain headings
// rather than links (the whole card is the link, or a button under it):
// after the heading, minLabelledCards or more element children of one tag
// and class, each holding a heading and maxTeaserChars of text or less,
// either next to the heading or in the grid that follows it. teaserCards
// wants linked titles and so leaves such a box to the article.
func (ex *extractor) relatedCards(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside:
	default:
		return false
	}
	h := n.FirstChild
	for h != nil && (h.Type != html.ElementNode || ex.infos[h] == nil || ex.infos[h].text == 0) {
		if h.Type == html.TextNode && strings.TrimSpace(h.Data) != "" {
			return false
		}
		h = h.NextSibling
	}
	if h == nil || ex.infos[h].text > 2*maxTeaserHeadingChars || !ex.runLabel(h) || !teaserHeading(norm(textOfMax(h, 100))) {
		return false
	}
	card := func(c *html.Node) bool {
		ci := ex.infos[c]
		return ci != nil && ci.headText > 0 && ci.text <= maxTeaserChars
	}
	run, cls := 0, ""
	for c := elementSibling(h, 1); c != nil; c = elementSibling(c, 1) {
		fc := c.Data + "." + firstClass(c)
		if (run > 0 && fc != cls) || !card(c) {
			break
		}
		run, cls = run+1, fc
	}
	if run >= minLabelledCards {
		return true
	}
	grid := elementSibling(h, 1)
	if grid == nil || !ex.startsWithCards(grid, false, card) {
		return false
	}
	for c := elementSibling(grid, 1); c != nil; c = elementSibling(c, 1) {
		if ci := ex.infos[c]; ci != nil && ci.text > 0 {
			return false // more than the grid under the heading
		}
	}
	return true
}

// minLabelledCards is how many cards a run under its own heading
// ("Weitere Beiträge", "More posts") needs: a pair of teasers so
// headed is other stories as surely as three unheaded ones (a club's or
// blog's post with its two newest siblings below it).
const minLabelledCards = 2

// readMoreCards reports whether n is a run of teasers of other stories
// told by their links rather than their titles: minCards or more element
// children of one tag and class, each ending in a link to another page
// that says only "Read more" ("Weiterlesen", "Lire la suite"),
// the title above it plain text or not (an old news site's column of
// its latest items, a blog's excerpts of other posts), each of
// maxTeaserChars or less. Under 70% of the text being emitted (drop
// asks), they are not the article's: a post's own "Read more" ends it
// once, not once per block.
func (ex *extractor) readMoreCards(n *html.Node) bool {
	return ex.startsWithCards(n, false, func(c *html.Node) bool {
		ci := ex.infos[c]
		return ci != nil && ci.link != 0 && ci.text <= maxTeaserChars && endsInReadMore(c)
	})
}

// endsInReadMore reports whether the last link in n leads to another
// page and says only "Read more" or its twins (readMoreLabels), with no
// text after it.
func endsInReadMore(n *html.Node) bool {
	var last *html.Node
	after := 0
	for d := range n.Descendants() {
		switch {
		case d.Type == html.ElementNode && d.DataAtom == atom.A:
			last, after = d, 0
		case d.Type == html.TextNode && last != nil && !contains(last, d):
			l, _ := textLen(d.Data)
			after += l
		}
	}
	if last == nil || after > maxAfterReadMore || !pageLink(last) {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(textOfMax(last, 60)))
	t = strings.TrimRight(strings.TrimLeft(t, "»›→>[( "), ".…»›→>]) ")
	return slices.Contains(readMoreLabels, t)
}

// maxTeaserChars is the longest teaser readMoreCards takes.
const maxTeaserChars = 1000

// maxAfterReadMore is the text a teaser may hold after its link: a date.
const maxAfterReadMore = 20

// readMoreLabels are the words of a teaser's link to the story it
// begins, in English, German, French, Spanish, Italian, Dutch and
// Portuguese.
// A bare "More" ("Mehr") or "Learn more" ("Mehr erfahren", "En savoir
// plus") is left out: a service page's cards end so, and are its text.
var readMoreLabels = []string{"read more", "continue reading", "read the full story", "full story",
	"read full story", "read full article", "read article", "weiterlesen", "mehr lesen", "zum artikel",
	"artikel lesen", "zum beitrag", "beitrag lesen", "ganzen artikel lesen", "lire la suite", "lire l'article",
	"leer más", "seguir leyendo", "leggi tutto", "continua a leggere", "leggi di più", "weiter lesen",
	"lees meer", "lees verder", "verder lezen", "leia mais", "continue lendo", "ler mais"}

// runLabel reports whether n, before a run of teasers, is the run's
// heading: a heading element (or a block holding one alone) with no link.
func (ex *extractor) runLabel(n *html.Node) bool {
	h := n
	if !heading(h) {
		if h = onlyElementChild(n); h == nil || !heading(h) {
			return false
		}
	}
	in := ex.infos[n]
	return in != nil && in.text > 0 && in.link == 0
}

// linkedHeading reports whether n holds, a few levels down at most, a
// heading (h2-h6) that is all a link to another page.
func (ex *extractor) linkedHeading(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			ci := ex.infos[c]
			if ci == nil || ci.text == 0 {
				return false
			}
			if n.DataAtom == atom.A {
				return pageLink(n)
			}
			a := firstLink(c)
			return a != nil && 10*ci.link >= 9*ci.text && pageLink(a)
		}
		if depth < 3 && ex.linkedHeading(c, depth+1) {
			return true
		}
	}
	return false
}

// firstLink is the first <a> below n, or nil.
func firstLink(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			return c
		}
		if a := firstLink(c); a != nil {
			return a
		}
	}
	return nil
}

// pageLink reports whether the link a leads to another page, not to a
// part of this one (an accordion's "#answer-3", "javascript:").
func pageLink(a *html.Node) bool {
	h := strings.TrimSpace(attr(a, "href"))
	return h != "" && h[0] != '#' && !strings.HasPrefix(strings.ToLower(h), "javascript:")
}

// headlineOrCaption reports whether n is, by its tag and text, the page's
// headline or a picture's caption or credit.
func (ex *extractor) headlineOrCaption(n *html.Node, in *info) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2:
		// The page's own headline, as given or reworded (an <h1> sharing
		// most of its words with the title); other headings are the
		// article's section heads.
		if ex.title != "" {
			t := norm(textOfMax(n, 4*len(ex.title)+2000))
			if t == ex.title || (n.DataAtom == atom.H1 && overlap(t, ex.title) >= 0.5) {
				return true
			}
		}
	case atom.Figcaption:
		return !textFigureCaption(n)
	case atom.Div, atom.Span, atom.Figure, atom.Section, atom.Table:
		// A block holding a picture and a line of text but no paragraph
		// is the picture with its caption or credit (unless it holds much
		// of the text: a short post beside its picture).
		if in.imgs > 0 && in.paras == 0 && in.text < 300 && in.text*4 < ex.rootText && !(in.link == 0 && inRunningText(n)) &&
			!hoverCardName(n) && !avatarPost(n, in) {
			return true
		}
		// So is a video (an embedded player) with its line of
		// description, or its paragraph in a block named a video's.
		if in.embeds > 0 && (in.paras == 0 || in.paras == 1 && strings.Contains(strings.ToLower(classID(n)), "video")) &&
			in.text < 300 && in.text*4 < ex.rootText {
			return true
		}
	}
	return false
}

// textFigureCaption reports whether n, a <figcaption>, captions a figure
// of text rather than a picture: its <figure> holds no image, video,
// frame or drawing, so what it sets apart is a quote (the caption is who
// said it: "— Jane D."), a code listing ("Listing 3: ...") or a table
// ("Source: ..."), and the caption reads as part of the text. A picture's
// caption or credit stays out, as news truths leave it; a picture still
// to be loaded counts as one (picture, pictureNames).
func textFigureCaption(n *html.Node) bool {
	fig := n.Parent
	if fig == nil || fig.DataAtom != atom.Figure {
		return false
	}
	return !matchAny(strings.ToLower(classID(fig)), pictureNames) && !picture(fig) && !holdsPicture(fig)
}

// pictureNames are the words of a figure's class or id that say it holds
// a picture or a player, though its script has yet to put it there (a
// video's "media-player" with a placeholder, a German site's "bild").
var pictureNames = []string{"image", "img", "photo", "picture", "video", "media", "player", "gallery", "embed",
	// German, and most other languages' "foto", "galerie" and "galeria".
	"bild", "foto", "galerie", "galeria"}

// holdsPicture reports whether n holds a picture (picture).
func holdsPicture(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (picture(c) || holdsPicture(c)) {
			return true
		}
	}
	return false
}

// picture reports whether n is an image, a video, a frame or a drawing,
// or stands for one: a lazy image's placeholder (a "data-src" or
// "data-srcset" its script turns into an image), an element typed a
// schema.org ImageObject or VideoObject, or one whose role is "img".
func picture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Svg, atom.Canvas, atom.Object, atom.Embed, atom.Audio:
		return true
	}
	if n.Namespace == "svg" {
		return true
	}
	for _, a := range n.Attr {
		switch {
		case strings.HasPrefix(a.Key, "data-") && strings.Contains(a.Key, "src"):
			return true
		case a.Key == "itemtype" && (strings.Contains(a.Val, "ImageObject") || strings.Contains(a.Val, "VideoObject")):
			return true
		case a.Key == "role" && a.Val == "img":
			return true
		}
	}
	return false
}

// inRunningText reports whether n, an inline element, is set in a line of
// running text: inside a paragraph (a <p> above it before any other
// block), or beside text that goes on outside it (a text node or an inline
// element with text next to it, past white space). Without a link, such
// an element holding a picture is a sentence with a picture floated beside
// it ("<p><span>A strong foundation ... <img class="alignright"></span></p>",
// as WordPress's editor writes it; "<span><a><img></a>The older I
// get...</span> <a>...</a>" in a TypePad post), not a picture's caption;
// with links it is as often a name's hover card or a byline with a
// portrait.
func inRunningText(n *html.Node) bool {
	if isBlock(n) {
		return false
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.P {
			return true
		}
		if isBlock(a) {
			break
		}
	}
	// Or a line of text that goes on beside it, outside it.
	for _, dir := range []int{-1, 1} {
		s := step(n, dir)
		for s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			s = step(s, dir)
		}
		if s != nil && (s.Type == html.TextNode || s.Type == html.ElementNode && !isBlock(s) && s.DataAtom != atom.Br &&
			strings.TrimSpace(textOfMax(s, 20)) != "") {
			return true
		}
	}
	return false
}

// hoverCardName reports whether n, an inline element in running text, is
// a name's link followed by the name's hover card: its first child with
// text is a link holding no picture, and a later child element (not a
// link) holds the card's portrait ("<p>Gov. <span><a href="/people/x">Jane
// Doe</a><span class="card"><img>...</span></span> said"). The name is a
// word of the sentence and stays; the card, a block of its own with the
// picture, still goes as a caption when the walk reaches it. Without this
// the whole element went and the sentence lost the name.
func hoverCardName(n *html.Node) bool {
	if isBlock(n) || !inRunningText(n) {
		return false
	}
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c == nil || c.DataAtom != atom.A || picture(c) || holdsPicture(c) || strings.TrimSpace(textOfMax(c, 200)) == "" {
		return false
	}
	for s := c.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && s.DataAtom != atom.A && (picture(s) || holdsPicture(s)) {
			return !picture(s) // the picture inside a card of its own
		}
	}
	return false
}

// embeddedPost reports whether ci, an element's lower-cased class and id,
// names an embedded post (a tweet and the like), which stays: it is not an
// image's caption.
func embeddedPost(ci string) bool {
	return matchAny(ci, embedHints) && !matchAny(ci, asideHints) && !strings.Contains(ci, "image")
}

// proseCallToAction reports whether a block named by its lower-cased class
// and id ci as a call to action and as no other meta block holds a
// paragraph of prose without a link: GOV.UK's govspeak sets a sentence of
// its guidance in a "call-to-action" box ("Most councils decide within
// twelve weeks"), where a recipe card's call to action ("Did you make this
// recipe? Tag us") is a line with a link.
func proseCallToAction(ci string, in *info) bool {
	return in.paras > 0 && in.link == 0 && strings.Contains(ci, "call-to-action") &&
		!matchAny(strings.ReplaceAll(ci, "call-to-action", ""), metaHints)
}

// namedAside reports whether n's lower-cased class and id ci, with its
// size, say it is beside the article's text: a short byline or dateline, a
// shop's customer reviews, a caption, credit or author bio.
func namedAside(n *html.Node, in *info, ci string) bool {
	if in.text < 200 && matchAny(ci, metaHints) && !datelineInText(n, ci) && !proseCallToAction(ci, in) {
		return true
	}
	if in.text < maxSignatureChars && postSignature(n, ci) {
		return true
	}
	if strings.Contains(ci, "reviews") && customerReviews(n, 1) {
		return true
	}
	if galleryBox(in, ci) {
		return true
	}
	// Captions, credits and author bios run longer, but are a block
	// or two of text at most.
	if in.text >= 1000 || in.paras > 2 {
		return false
	}
	if in.paras == 2 && matchAny(ci, captionHints) && !matchAny(ci, bioHints) {
		// Two paragraphs of prose beside a picture: a photo post told
		// in its captions, not a caption.
		return false
	}
	return matchAny(ci, asideHints) || authorBox(ci)
}

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

// linkedWord reports whether n, whose lower-cased class and id ci name
// it a meta block (metaHints: "tags", "share", "promo", "credit"), is a
// word or name of a sentence that a site links to its topic, ticker or
// tag page ("Shares of <a class="tags">Apple</a> rose 3 percent"): an
// inline element with words of the line on both sides, in a block of
// prose (ex.inProse), and not named a byline's or filing line's part
// (bylineHints: "Posted by <a class="author">...</a> on ..."). Dropping it
// for its class cut words out of the article's sentences.
func (ex *extractor) linkedWord(n *html.Node, ci string) bool {
	if isBlock(n) || matchAny(ci, bylineHints) {
		return false
	}
	for _, dir := range []int{-1, 1} {
		s := step(n, dir)
		for s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			s = step(s, dir)
		}
		if s == nil {
			return false
		}
		if s.Type == html.ElementNode {
			if in := ex.infos[s]; isBlock(s) || s.DataAtom == atom.Br || in == nil || in.text == 0 {
				return false
			}
		} else if s.Type != html.TextNode {
			return false
		}
	}
	return ex.inProse(n)
}

// bylineHints mark the parts of a byline or filing line ("Posted by <a
// class="author">...</a> on <span class="date">...</span>"), which
// linkedWord does not keep: the line is the page's, not the text's.
var bylineHints = []string{"author", "byline", "date", "time", "comment", "categor", "posted"}

// minProseLine is the shortest block inProse reads as prose, and
// maxInlineDepth the most inline levels it climbs to find the block.
const (
	minProseLine   = 120
	maxInlineDepth = 8
)

// inProse reports whether n's nearest block ancestor, at most
// maxInlineDepth levels up, holds prose: minProseLine characters or more
// with a comma.
func (ex *extractor) inProse(n *html.Node) bool {
	a := n.Parent
	for d := 0; a != nil && !isBlock(a); d++ {
		if d >= maxInlineDepth {
			return false
		}
		a = a.Parent
	}
	if a == nil {
		return false
	}
	in := ex.infos[a]
	return in != nil && in.text >= minProseLine && in.commas > 0
}

// datelineInText reports whether n, named a dateline by its lower-cased
// class and id ci, is an inline element in a paragraph's running text
// ("<p><span class="dateline">DETROIT —</span> The automaker said..."):
// the story's first words, which the news truths keep, not a dateline
// set apart above the text.
func datelineInText(n *html.Node, ci string) bool {
	return strings.Contains(ci, "dateline") && inRunningText(n)
}

// authorBox reports whether the lower-cased class and id ci hold one of
// authorWords as a word.
func authorBox(ci string) bool {
	for w := range strings.FieldsFuncSeq(ci, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if authorWords[w] {
			return true
		}
	}
	return false
}

// cleanConditionally is Readability's _cleanConditionally: it reports
// whether a container (a div, section, list, table, form, aside or figure)
// is boilerplate by its class weight or, short of ten commas, by its
// make-up (clutter).
func (ex *extractor) cleanConditionally(n *html.Node, in *info) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Form, atom.Fieldset, atom.Dl, atom.Aside, atom.Figure:
	default:
		return false
	}
	weight := ex.classWeight(n)
	if weight < 0 && mediaNamedProse(n, in) {
		weight = 0
	}
	if weight < 0 {
		return true
	}
	if in.commas >= 10 {
		return false
	}
	return ex.clutter(n, in, weight)
}

// mediaNamedProse reports whether n, a block whose class or id is
// negative only for saying "media", holds a paragraph of prose and no
// media at all: no image, embed or link. A template names the blocks of
// its body by what they may hold ("el__leafmedia--sourced-paragraph",
// CNN's lead paragraph with its dateline, beside the player it may hold
// instead), so such a block is the article's text, not a player or a
// gallery.
func mediaNamedProse(n *html.Node, in *info) bool {
	if in.imgs > 0 && !proseBesidePicture(in) || in.embeds > 0 || in.link > 0 || in.paras == 0 || in.inputs > 0 {
		return false
	}
	for _, s := range []string{attr(n, "class"), hintID(n)} {
		low := strings.ToLower(s)
		if hintSet.match(strings.ReplaceAll(low, "media", ""))&hintNegative != 0 {
			return false
		}
	}
	return in.text >= minProseParaChars && in.commas > 0
}

// minBesidePictureChars is the least text proseBesidePicture takes: more
// than a picture's caption runs.
const minBesidePictureChars = 300

// proseBesidePicture reports whether a block holding a picture is a
// paragraph of prose beside one picture: a landing page's "copy with
// media" block (a section's story in one column, its photo in the other)
// names itself for the picture, yet holds minBesidePictureChars or more of
// text, longer than a caption, in a paragraph of its own.
func proseBesidePicture(in *info) bool {
	return in.imgs == 1 && in.paras >= 1 && in.text >= minBesidePictureChars
}

// clutter reports whether a container of class weight weight is, by what
// it holds, not running text: an image gallery, a long list, a form, a
// block of little text, links or embeds.
func (ex *extractor) clutter(n *html.Node, in *info, weight int) bool {
	if ex.cellContent(n) {
		return false // a cell's text, judged with its table
	}
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol
	ld := linkDensity(in)
	if (isList || n.DataAtom == atom.Table) && ingredientList(n) {
		// Its links are the ingredients' names: judged by them,
		// it is a box of links.
		ld = 0
	}
	headDensity := 0.0
	if in.text > 0 {
		headDensity = float64(in.headText) / float64(in.text)
	}
	switch {
	case galleryPictures(in) > 1 && float64(in.paras)/float64(galleryPictures(in)) < 0.5:
		return true
	case !isList && in.lis-100 > in.paras:
		return true
	case controls(in) > in.paras/3:
		return true
	case !isList && headDensity < 0.9 && in.text < 25 && (in.imgs == 0 || in.imgs > 2) && (in.block || in.link > 0) && !shortNote(n, in) && !ex.keyValueTable(n, in):
		return true
	case !isList && weight < 25 && ld > 0.2 && !proseWithLinks(in, ld) && !ex.listingCard(n) && !(n.DataAtom == atom.Table && (ex.introducedList(n) || ex.listAmidText(n) || ex.linkedDataTable(n))) && !docNote(n):
		return true
	case isList && ld > 0.5 && !ex.proseItems(n) && !ex.introducedList(n) && !ex.inIntroducedTable(n) && !ex.listAmidText(n):
		return true
	case weight >= 25 && ld > 0.5:
		return true
	case in.embeds > 0 && in.text < 75*in.embeds:
		// Embeds with a line of text each at most: a player or a
		// gallery of videos. (Readability drops any block of two
		// embeds, which loses a post that discusses its videos.)
		return true
	}
	return false
}

// maxKeyValueCellChars is the longest cell keyValueTable takes: a label
// or a figure ("Kalorien", "280 kcal"), not a sentence.
const maxKeyValueCellChars = 40

// keyValueTable reports whether the table n is a small fact table of the
// article's: two rows or more of a short label and a short value each
// ("Kalorien | 280 kcal", "Fett | 9 g"; "Price | $20", "Weight | 2 kg"),
// no links, pictures or controls, standing between paragraphs of the text
// (listAmidText). Its few characters would make it "a block of little
// text" to clutter, which dropped a two-row fact box while keeping a
// three-row one; a navigation or layout table has links or no text
// around it.
func (ex *extractor) keyValueTable(n *html.Node, in *info) bool {
	if n.DataAtom != atom.Table || in.link > 0 || in.imgs > 0 || in.inputs > 0 || in.embeds > 0 {
		return false
	}
	rows := 0
	ok := true
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for d := c.FirstChild; d != nil && ok; d = d.NextSibling {
			if d.Type != html.ElementNode {
				continue
			}
			switch d.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(d)
			case atom.Tr:
				rows++
				ok = keyValueRow(d)
			case atom.Caption, atom.Colgroup:
			default:
				ok = false
			}
		}
	}
	walk(n)
	return ok && rows >= 2 && ex.listAmidText(n)
}

// keyValueRow reports whether the table row r holds two cells of short
// text, neither empty nor holding a block: a label and its value.
func keyValueRow(r *html.Node) bool {
	cells := 0
	for c := r.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			return false
		}
		cells++
		for d := range c.Descendants() {
			if d.Type == html.ElementNode && blockTags[d.DataAtom] {
				return false
			}
		}
		t := strings.TrimSpace(textOfMax(c, maxKeyValueCellChars+1))
		if t == "" || len(t) > maxKeyValueCellChars {
			return false
		}
	}
	return cells == 2
}

// docNote reports whether n is a documentation page's note set apart from
// the text: an admonition (Sphinx's, MkDocs', Docusaurus' "admonition
// note", "admonition warning"; Asciidoctor's "admonitionblock") or a
// version note ("versionadded", "versionchanged", "deprecated"). Such a
// note names the functions and terms it is about, each linked to its
// entry, so its link density is high, but it is the text's own sentence,
// not a box of links.
func docNote(n *html.Node) bool {
	for f := range strings.FieldsSeq(attr(n, "class")) {
		switch f {
		case "admonition", "admonitionblock", "versionadded", "versionchanged", "deprecated", "deprecated-removed":
			return true
		}
	}
	return false
}

// ingredientList reports whether the list or table n is a recipe's
// ingredients, named so in its class or id or in those of one of its
// maxIngredientLevels nearest ancestors (ingredientNames: Chefkoch's
// "ingredients" table, WP Recipe Maker's "wprm-recipe-ingredients", a
// German site's "zutaten"). Recipe portals link each ingredient's name to
// its page ("250 g <a>Linsen</a>"), so its link density is a box of
// links' and the cleaning dropped the ingredients whole.
func ingredientList(n *html.Node) bool {
	for a, level := n, 0; a != nil && level <= maxIngredientLevels; a, level = a.Parent, level+1 {
		if ingredientsNamed(a) {
			return true
		}
	}
	return false
}

// ingredientsNamed reports whether n's class or id names a recipe's
// ingredients (ingredientNames).
func ingredientsNamed(n *html.Node) bool {
	return matchAny(strings.ToLower(classID(n)), ingredientNames)
}

// ingredientNames name a recipe's ingredients in a class or id, in
// English, German, French, Italian and Spanish.
var ingredientNames = []string{"ingredient", "zutat", "ingrédient"}

// maxIngredientLevels is how far above a list ingredientList looks for
// its name.
const maxIngredientLevels = 2

// shortNote reports whether a block of little text is a one-sentence note
// of the text set apart in a paragraph of its own ("Added in version 3.9.",
// a documentation page's version notes): one paragraph, no link or
// picture, three words or more ending in a full stop. Readability's
// short-block rule drops it with the blocks of a label or a button.
func shortNote(n *html.Node, in *info) bool {
	if in.paras != 1 || in.link > 0 || in.imgs > 0 || in.inputs > 0 {
		return false
	}
	t := strings.TrimSpace(textOfMax(n, 64))
	return strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 3
}

// proseWithLinks reports whether a block of link density ld over
// Readability's 0.2 is still running text: a paragraph or more, a third of
// it links at most, and minProseBesideLinks characters outside links (a
// section that links to what it names, a product's or tool's description
// with a "learn more" link), not a box of links with a line between them.
func proseWithLinks(in *info, ld float64) bool {
	return in.paras >= 1 && ld < 0.33 && in.text-in.link >= minProseBesideLinks
}

// minProseBesideLinks is the text outside links of a block that
// proseWithLinks keeps.
const minProseBesideLinks = 250

// listingCard reports whether n is a listing's cards, or one of them: a
// run of minCards or more consecutive sibling blocks of one class (a title
// link, a line or two of text and a "Learn more" link each) in a block that
// holds most of the text being emitted and is not mostly links. These are a
// listing page's content. A card alone has the link density of a teaser;
// a block of teasers beside an article holds a small share of the text.
func (ex *extractor) listingCard(n *html.Node) bool {
	if ex.cardsIn(n) {
		return true
	}
	p := n.Parent
	cls := firstClass(n)
	if p == nil || cls == "" || !ex.mostOfText(p) {
		return false
	}
	// The run of element siblings of n's class around n, n included.
	run := 1
	for c := n.PrevSibling; c != nil && run < minCards; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			if firstClass(c) != cls {
				break
			}
			run++
		}
	}
	for c := n.NextSibling; c != nil && run < minCards; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if firstClass(c) != cls {
				break
			}
			run++
		}
	}
	return run >= minCards
}

// cardsIn reports whether n, holding most of the text, starts with a run
// of minCards element children of one class.
func (ex *extractor) cardsIn(n *html.Node) bool {
	if !ex.mostOfText(n) {
		return false
	}
	run, cls := 0, ""
	for c := n.FirstChild; c != nil && run < minCards; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		fc := firstClass(c)
		if fc == "" || (run > 0 && fc != cls) {
			return false
		}
		run, cls = run+1, fc
	}
	return run >= minCards
}

// mostOfText reports whether n holds half or more of the text being
// emitted, with a link density under 0.5.
func (ex *extractor) mostOfText(n *html.Node) bool {
	in := ex.infos[n]
	return in != nil && 2*in.text >= ex.rootText && linkDensity(in) < 0.5
}

// minCards is the number of sibling blocks of one class that make a
// listing's cards.
const minCards = 3

// firstClass is the first token of n's class attribute.
func firstClass(n *html.Node) string {
	c := attr(n, "class")
	if i := strings.IndexAny(c, " \t\n"); i >= 0 {
		return c[:i]
	}
	return c
}

// controls counts a block's form controls: its inputs (<input>, <select>,
// <textarea>), as Readability does. Buttons do not count: a block of text
// with a button in it (a podcast episode's play button, an author's
// "Follow", a product's "Add to cart", a code listing's "Copy") is still
// text, and a sign-up or checkout box has its input fields.
func controls(in *info) int {
	return in.inputs
}

// minProseChars is the text outside links that makes a list item a line
// of prose with links in it rather than a link with a label.
const minProseChars = 20

// proseItems reports whether a link-heavy list n is text rather than links
// to other pages: at least half of its items carry minProseChars of text
// outside their links (points that cite their sources: "Neil has patches
// up to <a>improve the tab unloader</a>"), or it is a single item of a
// few words, a lone link that filterParagraphs judges by the text around
// it ("<a>Get it on Amazon for $39</a>").
func (ex *extractor) proseItems(n *html.Node) bool {
	items, prose := 0, 0
	var last *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ci := ex.infos[c]
		if c.DataAtom != atom.Li || ci == nil {
			continue
		}
		items++
		last = c
		if ci.text-ci.link >= minProseChars {
			prose++
		}
	}
	if items == 1 && len(strings.Fields(textOfMax(last, 200))) >= 3 {
		return true
	}
	return items > 0 && 2*prose >= items
}

// introducedList reports whether the list n follows a paragraph of the
// text that introduces it (three words or more ending in a colon, "Here
// is what happened last week:", not a teaser heading such as "Related
// stories:"): the article's own list of links, not one of other stories.
func (ex *extractor) introducedList(n *html.Node) bool {
	return ex.listIntro(n) != ""
}

// readOnIntros are the words of a list's intro that invites the reader
// to other posts ("If you liked this post you might also like:", "below
// are additional resources you can read:"), in English and German, and
// the French, Spanish, Italian, Dutch and Portuguese "read also", "see
// also", "may interest you".
var readOnIntros = []string{"also like", "also enjoy", "might like", "may like", "might enjoy", "may enjoy",
	"further reading", "you can read", "read next", "read more", "also read", "auch interessieren",
	"lesen sie auch", "lesen sie mehr", "weitere artikel", "weiterlesen", "auch gefallen",
	"lire aussi", "lisez aussi", "voir aussi", "vous aimerez aussi", "lee también", "te puede interesar", "leggi anche",
	"potrebbe interessarti", "lees ook", "leia também", "veja também", "também pode gostar"}

// listIntro returns the paragraph that introduces the list n
// (introducedList), or "".
func (ex *extractor) listIntro(n *html.Node) string {
	p := n.PrevSibling
	for p != nil && (p.Type != html.ElementNode) {
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			break
		}
		p = p.PrevSibling
	}
	if p == nil {
		return ""
	}
	var t string
	if p.Type == html.TextNode {
		t = p.Data
	} else {
		if pi := ex.infos[p]; pi == nil || (p.DataAtom != atom.P && !paragraphLike(p, pi)) {
			return ""
		}
		t = textOfMax(p, 2000)
	}
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ":") && !teaserHeading(t) && (len(strings.Fields(t)) >= 3 || itemLeadIntro(n, p)) {
		return t
	}
	return ""
}

// listAmidText reports whether the list or table n stands between two
// parts of the text: a paragraph of prose before it (not a teaser
// heading) or a heading of its own (unlinked, not a teaser heading: "Our
// picks at a glance"), and a paragraph or a heading after it, in the same
// block.
func (ex *extractor) listAmidText(n *html.Node) bool {
	prev, next := textSibling(n, -1), textSibling(n, 1)
	if prev == nil || next == nil {
		return false
	}
	pt := strings.TrimSpace(textOfMax(prev, 2000))
	switch {
	case prev.DataAtom == atom.P:
		if len(pt) < 40 || teaserHeading(pt) {
			return false
		}
	case heading(prev):
		// The list's or table's own heading ("Our picks at a
		// glance"), not a teaser block's ("Related stories").
		if pi := ex.infos[prev]; pi == nil || pi.link > 0 || teaserHeading(pt) {
			return false
		}
	default:
		return false
	}
	switch next.DataAtom {
	case atom.P:
		t := strings.TrimSpace(textOfMax(next, 2000))
		return len(t) >= 40 && !teaserHeading(t)
	case atom.H2, atom.H3, atom.H4:
		return !teaserHeading(strings.TrimSpace(textOfMax(next, 200)))
	}
	return false
}

// elementSibling returns n's nearest element sibling before it (dir -1)
// or after it (dir 1), past white space; nil if text comes first.
func elementSibling(n *html.Node, dir int) *html.Node {
	for s := step(n, dir); s != nil; s = step(s, dir) {
		switch {
		case s.Type == html.ElementNode:
			return s
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
			return nil
		}
	}
	return nil
}

func step(n *html.Node, dir int) *html.Node {
	if dir < 0 {
		return n.PrevSibling
	}
	return n.NextSibling
}

// maxIntroducedTableDepth is how far above a list inIntroducedTable looks
// for its table (li's cell, row, tbody, table).
const maxIntroducedTableDepth = 4

// inIntroducedTable reports whether the list n sits in a table that the
// text introduces (introducedList): a digest's table of days, each with
// its list of linked news ("Here is what happened last week:").
func (ex *extractor) inIntroducedTable(n *html.Node) bool {
	p := n.Parent
	for i := 0; p != nil && i < maxIntroducedTableDepth; i++ {
		if p.DataAtom == atom.Table {
			return ex.introducedList(p)
		}
		p = p.Parent
	}
	return false
}

// paragraph is one paragraph of output text.
type paragraph struct {
	text string
	link int  // bytes of text inside links
	item bool // in a list item
	// markup: the text shows HTML tags outside code (escaped markup, or
	// a script's or embed's markup shown as text).
	markup bool
	// introduced: an item of a list the text introduces with a colon
	// ("Previous interviews in the series:"), the article's own links.
	introduced bool
	// code: a line of a <pre> (preformattedCode).
	code bool
}

// textWriter collects paragraphs, collapsing white space.
type textWriter struct {
	paras  []paragraph
	cur    strings.Builder
	link   int
	space  bool
	inLink int
	inItem int
	inCode int
	// inIntroduced: inside a list the text introduces (introducedList).
	inIntroduced int
	// inPre: inside a <pre>, whose lines are code or preformatted text.
	inPre  int
	markup bool
}

func (w *textWriter) text(s string) {
	if s == "" {
		return
	}
	s = dropInvisible(s)
	if w.inCode == 0 && !w.markup && strings.IndexByte(s, '<') >= 0 && literalMarkup(s) {
		w.markup = true
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if isSpace(first) {
		w.space = true
	}
	n := 0
	for f := range strings.FieldsFuncSeq(s, isSpace) {
		if (n > 0 || w.space) && w.cur.Len() > 0 {
			w.cur.WriteByte(' ')
		}
		w.cur.WriteString(f)
		if w.inLink > 0 {
			w.link += len(f) + 1
		}
		n++
	}
	if n > 0 {
		w.space = isSpace(last)
	}
}

func (w *textWriter) flush() {
	if w.cur.Len() > 0 {
		w.paras = append(w.paras, paragraph{text: w.cur.String(), link: w.link, item: w.inItem > 0, markup: w.markup,
			introduced: w.inIntroduced > 0, code: w.inPre > 0})
		w.cur.Reset()
	}
	w.markup = false
	w.link = 0
	w.space = false
}

// literalTag matches an HTML tag shown as text: an opening one with an
// attribute, of the elements pages are made of. (A closing tag alone,
// "wrap the word in <b> and </b>", is as often prose about HTML that
// quotes one; no dev page's markup shown as text lacks an attribute.)
var literalTag = regexp.MustCompile(`(?i)<(a|img|div|span|iframe|script|p|blockquote|embed|object|param|link|meta|input|form|table|td)\s+[a-z-]+\s*=`)

// literalMarkup reports whether s shows HTML markup as text: a page's
// escaped markup (a slideshow's captions written out with their tags) or
// what a <noscript> holds, read as text by the parser. Outside code, that
// is not prose; prose that quotes a tag without attributes stays.
func literalMarkup(s string) bool {
	return literalTag.MatchString(s)
}

// isSpace reports white space as Unicode defines it, plus the zero-width
// space (which separates words where it appears).
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || ('\t' <= r && r <= '\r')
	}
	return unicode.IsSpace(r) || r == '\u200b'
}

// invisible are format characters that only hint at rendering (soft hyphen,
// direction marks, word joiner, a stray byte order mark): dropped, so that
// "Ver\u00adbin\u00addung" reads as one word.
var invisible = strings.NewReplacer("\u00ad", "", "\u200e", "", "\u200f", "", "\u2060", "", "\ufeff", "")

func dropInvisible(s string) string {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC2:
			if s[i+1] == 0xAD {
				return invisible.Replace(s)
			}
		case 0xE2:
			if i+2 < len(s) && ((s[i+1] == 0x80 && (s[i+2] == 0x8E || s[i+2] == 0x8F)) || (s[i+1] == 0x81 && s[i+2] == 0xA0)) {
				return invisible.Replace(s)
			}
		case 0xEF:
			if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return invisible.Replace(s)
			}
		}
	}
	return s
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
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || ex.infos[c] == nil {
				continue
			}
			if c.DataAtom == top.DataAtom && (attr(c, "class") == cls || rowClass(attr(c, "class")) == key) {
				if !reviewsPanel(c) {
					all = append(all, c)
				}
				continue
			}
			find(c)
		}
	}
	find(chain[len(chain)-1])
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
			return nil
		}
		post = post.Parent
	}
	if post == nil || post == body {
		return nil
	}
	ti := ex.infos[top]
	var posts []*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || ex.infos[c] == nil {
				continue
			}
			if c.DataAtom == atom.Article {
				posts = append(posts, c)
				continue
			}
			find(c)
		}
	}
	for p, i := post.Parent, 0; p != nil && p != body && i < maxThreadLevels; p, i = p.Parent, i+1 {
		posts = posts[:0]
		find(p)
		if len(posts) < minCards {
			continue
		}
		text, link := 0, 0
		path := tagPath(p, post)
		for _, c := range posts {
			if tagPath(p, c) != path {
				return nil
			}
			text += ex.infos[c].text
			link += ex.infos[c].link
		}
		if float64(text) >= threadShare*float64(ti.text) && text >= minArticleChars && float64(link) < 0.25*float64(text) {
			return posts
		}
		return nil
	}
	return nil
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

// reviewsPanel reports whether n, a block of one class with others (a
// shop's tab panels: Magento's "data item content" each), is the panel of
// the customers' reviews (customerReviews): no post of a thread, though
// its class is the description's.
func reviewsPanel(n *html.Node) bool {
	return strings.Contains(strings.ToLower(classID(n)), "reviews") && customerReviews(n, 1)
}

// Bounds of threadPosts.
const (
	maxThreadLevels = 6
	threadShare     = 2
)

// maxGalleryBoxChars is the most text a galleryBox holds.
const maxGalleryBoxChars = 200

// galleryBox reports whether an element named a gallery ("gallery-wrapper")
// is a slideshow's box amid the text: its title and a caption or two, no
// paragraph of prose ("<h4>Wildfires in photos</h4><div
// class="gallery-caption">A fire crew works a line.</div>"). Its captions
// went as captions; its title went with them nowhere, and came out as a
// line of the text.
func galleryBox(in *info, ci string) bool {
	return strings.Contains(ci, "gallery") && in.paras == 0 && in.text < maxGalleryBoxChars
}

// cardContent returns the content wrapper of a teaser card c whose
// picture's link comes first and whose title and summary sit in one
// element after it (<a><img></a><div class="teaser__content"><a>title</a>
// <p>summary</p></div>): the card's only element child with text, a
// <div>. Else nil.
func (ex *extractor) cardContent(c *html.Node) *html.Node {
	var w *html.Node
	for d := c.FirstChild; d != nil; d = d.NextSibling {
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
			return nil
		}
		if in := ex.infos[d]; d.Type != html.ElementNode || in == nil || in.text == 0 {
			continue
		}
		if w != nil || d.DataAtom != atom.Div {
			return nil
		}
		w = d
	}
	return w
}

// maxTeaserRunLevels is how far up inTeaserRun looks for the run.
const maxTeaserRunLevels = 4

// inTeaserRun reports whether the block c lies in a run of other
// stories' teasers (teaserCards) that does not hold top: within
// maxTeaserRunLevels of its ancestors below body. A teaser's summary may
// score near a short article's text (a police report of eight short
// lines), but is no part of an article split in parts, so it is not an
// alternative that alternativeAncestor climbs for. Asked only where top
// is marked an <article>: where it is not, the best block may be a part
// of the text that only the climb joins to the rest. runs holds the
// answers for the blocks already asked about, so that many candidates
// under one run cost one look each.
func (ex *extractor) inTeaserRun(c, top, body *html.Node, runs map[*html.Node]bool) bool {
	a := c
	for range maxTeaserRunLevels {
		if a = a.Parent; a == nil || a == body || contains(a, top) {
			return false
		}
		is, ok := runs[a]
		if !ok {
			is = ex.teaserCards(a)
			runs[a] = is
		}
		if is {
			return true
		}
	}
	return false
}

// sameKind reports whether a and b are elements of one tag and first
// class: the cards of one grid, where one is the best block and the
// others its fellows (a listing page's stories), not teasers beside it.
func sameKind(a, b *html.Node) bool {
	return a.Data == b.Data && firstClass(a) == firstClass(b)
}

// anchoredComments reports whether n (a <div>, <section> or list) is a
// thread of readers' comments marked by their anchors: minThreadItems or
// more of its children are an empty link named for a comment (<a
// name="comment-123">, commentAnchor) or open with one, after a post
// (textBefore). Blog engines set such an anchor at each comment for its
// permalink, whatever the theme's class names, which a page may lack.
func anchoredComments(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Dl:
	default:
		return false
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if commentAnchor(c) || commentAnchor(firstElementChild(c)) {
			count++
		}
	}
	return count >= minThreadItems && textBefore(n, minShortArticleChars)
}

// commentAnchor reports whether n is an empty link named for a comment
// (<a name="comment-123"></a>): a comment's permalink target.
func commentAnchor(n *html.Node) bool {
	if n == nil || n.DataAtom != atom.A || n.FirstChild != nil {
		return false
	}
	name := strings.ToLower(attr(n, "name"))
	return strings.HasPrefix(name, "comment") && strings.ContainsAny(name, "0123456789")
}

// firstElementChild returns n's first element child, or nil.
func firstElementChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

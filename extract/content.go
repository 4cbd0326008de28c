package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The article extractor's main flow: mainText's attempts (run), the walk that
// measures each element (stats) and skips what can hold no text (skip), the
// scoring loop (score, initScore; the corrections of its best block are in
// bestblock.go, the class and id hints in classhints.go), and the writing of
// the chosen blocks' text (emit; what it drops is in boilerplate.go and
// cleanconditionally.go, the writer in textwriter.go). The other steps and
// kinds of block have a file each: siblings.go, headers.go, hidden.go,
// comments.go, forumposts.go, teasers.go, pictures.go, shop.go, recipe.go;
// helpers.go holds the tree helpers they share.

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
	icons    int // of which cards' icons (cardIcon)
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
	// hasTitleH1: an <h1> of the page is the title, found once by
	// titleH1 when first asked (titleH1Found).
	hasTitleH1   bool
	titleH1Found bool
	blocks       *blockMemo // made by blockMemo on the first call
	infos        map[*html.Node]*info
	// infoSlab is what is left of the chunk newInfo cuts infos from,
	// infoChunk that chunk's size.
	infoSlab  []info
	infoChunk int
	hints     map[classKey]classHints
	// captionTallies holds proseOutweighsCaptions' answer per parent,
	// keyed by the parent's info: a new stats pass makes new infos, so an
	// answer never outlives the figures it was read from.
	captionTallies map[*info]bool
	// rootText is the text length of the blocks being emitted.
	rootText int
	// rootParas: the paragraphs of the blocks being emitted (allParagraphs).
	rootParas int
	// articlePage: the page's JSON-LD says it is one article, so runs of
	// teasers on it are other stories' (teaserCards).
	articlePage bool
	// emitted holds the blocks of minRepeatChars or more emitted so far,
	// by text length, for repeatedBlock.
	emitted map[int][]*html.Node
	// depths holds the depths depthOf found, cleared by emit; depthPath
	// is its buffer of the nodes it climbed.
	depths    map[*html.Node]int
	depthPath []*html.Node
	// upPath is repeatedBlock's buffer of a block and its ancestors
	// (ancestorOrSelf).
	upPath []*html.Node
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
	// threadMetas counts the post meta blocks of each tag and class
	// (postMetaLine).
	threadMetas map[string]int
	// postKey is threadPost's buffer for its key into threadMetas.
	postKey []byte
	// threadPostSet holds the posts threadPost counted.
	threadPostSet map[*html.Node]bool
	// classed indexes the elements of classedRoot's tree by tag and
	// class, for postMetaLine's counts (classedUnder).
	classed     *classIndex
	classedRoot *html.Node
	// teasers is the run of other stories' teasers that
	// articleOverTeasers passed over (or the block outside <main> that
	// insideMain passed over), or nil: no block holding it joins the
	// article (besideTeasers, siblings).
	teasers *html.Node
	// chosen is the block score chose before its climbs to an ancestor
	// (alternativeAncestor and the rest), or nil: a run of other
	// stories' teasers beside it is not the article's (teasersBeside).
	chosen *html.Node
	// overAuthorBox reports that headlinePost took the post's block
	// over the author's box that outscored it (inAuthorBox): the
	// post's only prose may be a line (allParagraphs).
	overAuthorBox bool
	// chromeAt holds namedChrome's answers, anchorHints the hints of
	// the headings with an id as breakParagraphs found them.
	chromeAt    map[*html.Node]bool
	anchorHints map[*html.Node]classHints
	// railOut is the labelled rail of other stories' cards, or the
	// customer reviews, that an attempt read as the article (othersIn),
	// skipped by every attempt after, or nil.
	railOut *html.Node
}

// mainText finds the article's text in the document. title is the headline
// (its <h1> or <h2> is dropped from the text, but for a text under
// minArticleChars whose block holds it); ldBody is the
// JSON-LD articleBody, used when the page's markup yields much less than it,
// and scriptBody (which may be nil) gives the article of the page's script
// data (scriptArticle; storeArticle where the markup's markupChars are
// fewer than minUsableChars), used so where the markup's text is short.
// A page holding most of itself in <noscript>s comes with them unwrapped
// already (readNoscriptCopyFirst, before its metadata is read).
//
// elements is the document's element count: it sizes the tables, and a
// document of more than maxRetryElements elements (no real article page has
// that many) gets one attempt only, bounding the work on generated markup.
//
// fallback reports that the attempts found nothing usable and the text is
// the fallback's (fallbackText).
func mainText(root *html.Node, title, ldBody string, scriptBody func(markupChars int) string, scriptRoom func(string) bool, elements int, articlePage, headerLeads bool, panels map[string]bool) (text string, fallback bool) {
	body := findBody(root)
	if body == nil {
		return "", false
	}
	ex := &extractor{title: norm(title), hints: make(map[classKey]classHints), articlePage: articlePage, headerLeads: headerLeads}
	ex.breakParagraphs(body)
	unwrapBareBreaks(body)
	unwrapParagraphHeaders(body)
	unwrapProseLinks(body)
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
		if rail := ex.othersIn(top, len(t)); rail != nil {
			// The attempt read a labelled rail of other stories'
			// cards or a shop's customer reviews (or a block it is
			// nearly all of): however short the post beside it (a
			// headline and a line, an abstract the walk skips), that
			// is not its text. This attempt and the later ones read
			// the page without it.
			ex.railOut = rail
			ex.infos = make(map[*html.Node]*info, elements)
			t, top = ex.run(body)
		}
		// A short post found: minShortArticleChars or more, or, against
		// an attempt blind to class names, a picture's post however
		// short its line (picturePost).
		found := len(best) >= minShortArticleChars || flags&flagWeightClasses == 0 && ex.picturePost(bestTop, bestInfos)
		if found && top != bestTop && contains(top, bestTop) {
			// A short post found, and a more lenient attempt only
			// climbed to a block around it: what it adds is the
			// sidebars and notes around the post.
			continue
		}
		if found && len(t) < elsewhereFactor*len(best) &&
			(bestInfos[top] == nil || !contains(bestTop, top)) && !contains(top, bestTop) {
			// A short post found, and a more lenient attempt went
			// elsewhere (often to a block the earlier one removed as
			// page chrome: a sidebar's "About me", a widget's
			// disclaimer) for not much more text.
			continue
		}
		if len(best) >= minShortArticleChars && ex.aboutOverPost(t, top, bestTop) {
			// A short post found, and a more lenient attempt went
			// to a sidebar's "About me" box, or a column of boxes it
			// fills, that the first attempt left out.
			continue
		}
		if len(best) >= minShortArticleChars && !contains(top, bestTop) && ex.mostlyTeasers(top) {
			// A short article found (a club's or town's news item
			// of two lines), and a more lenient attempt went to the
			// list of other stories' teasers beside it, whose
			// summaries run longer.
			continue
		}
		if best != "" && inCustomerReviews(top, body) {
			// A product text found, however short (a line under a
			// product's name), and a more lenient attempt went to
			// the customers' reviews below it, which run longer.
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
	fromScript := false
	if scriptBody != nil && (len(text) < maxScriptCheckChars || scriptRoom != nil && scriptRoom(text)) {
		// As for articleBody: the script data's article where the
		// markup gives less than half of it (a shell the script
		// renders, a teaser), and, where the markup gives more than
		// a line (a shell's "enable JavaScript" or cookie notice),
		// holds it (a teaser's lead) rather than another story.
		if sb := scriptBody(len(text)); len(text)*2 < len(sb) && (len(text) < minUsableChars || pairOverlap(text, sb) >= minScriptOverlap) {
			text, fromScript = sb, true
		}
	}
	if text == best && bestTop != nil && len(text) < minArticleChars {
		// A short post (a picture's, a video's, a few lines): its
		// headline, set in the post's own block, is much of what it
		// says, where a long article's is a line beside its text.
		ex.infos = bestInfos
		h := ex.headlineIn(bestTop)
		if h == "" {
			h = ex.headlineBefore(bestTop, body)
		}
		if h != "" && !strings.HasPrefix(text, h) {
			text = strings.TrimSpace(h + "\n\n" + text)
		}
	}
	if unusable(text) && noscriptPage(body) && unwrapNoscripts(body) {
		// The page's copy for readers without scripts is the page:
		// read it as one, before the fallback reads it with the chrome.
		// (Each call unwraps at least one <noscript>, so this ends.)
		return mainText(root, title, ldBody, scriptBody, scriptRoom, elements, articlePage, headerLeads, panels)
	}
	if !fromScript && len(text) < minArticleChars {
		// A short text found beside a <noscript> copy holding more
		// prose than it (a short story served for readers without
		// scripts, the menus, a sidebar's box and the footer shown
		// outside it, too much for noscriptPage's empty shell and
		// too little markup for noscriptHeavy): the copy is read in
		// its place with the rest of the page, and scored with it.
		// (Read again only where the longest copy left unparsed
		// holds less than before, so this ends.)
		if prose := noscriptProse(body); prose > max(2*len(text), minUsableChars) {
			unwrapNoscriptsInPlace(body)
			if noscriptProse(body) < prose {
				return mainText(root, title, ldBody, scriptBody, scriptRoom, elements, articlePage, headerLeads, panels)
			}
		}
	}
	if !fromScript && ex.nothingOfThePost(text, bestTop, body) {
		if h := ex.emptyPostHeader(body); h != "" {
			return h, true
		}
	}
	if unusable(text) {
		if fb := fallbackText(body, title, elements, text); fb != "" {
			return fb, true
		}
	} else if !fromScript && sourcesOnly(text) {
		// The attempts found only a reference list or a roster of
		// names (the article's sources, an open letter's signatories;
		// its own text in a block they removed or in a <noscript>
		// copy): as good as nothing of the post. The fallback's text
		// replaces it if it is no such list itself.
		if fb := fallbackText(body, title, elements, ""); fb != "" && !sourcesOnly(fb) {
			return fb, true
		}
	}
	return text, false
}

// headlineIn returns the text of the page's headline inside top (an <h1>
// or <h2> that headlineOrCaption drops from the text), or "".
func (ex *extractor) headlineIn(top *html.Node) string {
	for n := range descendants(top) {
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
				ldBody = htmlBodyText(b)
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
	ex.overAuthorBox = false
	ex.chosen = nil
	ex.stats(body)
	top := ex.score(body)
	nodes := ex.siblings(top)
	if posts := ex.threadPosts(top, body); len(posts) > 0 {
		nodes = withPostBylines(posts)
	}
	if sum := ex.productSummary(top, body, nodes); len(sum) > 0 {
		nodes = append(sum, nodes...)
	}
	if hero := ex.heroIntro(top, body, nodes); len(hero) > 0 {
		nodes = append(hero, nodes...)
	}
	nodes = append(nodes, ex.factPanelsAfter(top)...)
	if faq := ex.faqAfter(top, body, nodes); faq != nil {
		nodes = append(nodes, faq)
	}
	if ing := ex.ingredientsBefore(top, nodes); ing != nil {
		nodes = inReadingOrder(nodes, ing)
	}
	if lead := ex.leadAbove(top, nodes); lead != nil {
		nodes = append([]*html.Node{lead}, nodes...)
	}
	if hd := ex.postHeaderAbove(top, body, nodes); hd != nil {
		nodes = append([]*html.Node{hd}, nodes...)
	}
	if h := ex.titleAbove(top, body, nodes); h != nil {
		nodes = append([]*html.Node{h}, nodes...)
	}
	return ex.emit(nodes), top
}

// newInfo returns a zero info for stats, cut from chunks of 32 infos, then
// twice as many each time up to 128: one allocation per element was an
// eighth of the extractor's own allocations, and the doubling keeps a small
// page's waste small.
func (ex *extractor) newInfo() *info {
	if len(ex.infoSlab) == 0 {
		ex.infoChunk = min(max(2*ex.infoChunk, 32), 128)
		ex.infoSlab = make([]info, ex.infoChunk)
	}
	in := &ex.infoSlab[0]
	ex.infoSlab = ex.infoSlab[1:]
	return in
}

// stats walks the tree once, skipping what never holds article text, and
// records each kept element's info. It returns nil for a skipped element.
func (ex *extractor) stats(n *html.Node) *info {
	if ex.skip(n) {
		return nil
	}
	in := ex.newInfo()
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
			in.icons += ci.icons
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
		if !listIcon(n) && !emojiImage(n) {
			in.imgs++
			if avatar(n) {
				in.avatars++
			} else if cardIcon(n) {
				in.icons++
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
			for d := range descendants(n) {
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

// skip reports whether an element can hold no article text: scripts, styles,
// forms' controls, navigation and page chrome, hidden elements and (with
// flagStripUnlikely) elements whose class or id says boilerplate.
func (ex *extractor) skip(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n == ex.railOut {
		return true
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
	} else if n.DataAtom == atom.Aside && (ex.asideHeadline(n) || wrapperAside(n, ex.blockMemo()) || loneProseAside(n, ex.blockMemo()) || loneLineAside(n, ex.blockMemo()) || ex.asideAfterHeadline(n)) {
		// A wrapper around the post, headline and all, or around the
		// rest of its parent, or the post's lines set right under its
		// headline (asideAfterHeadline, as wrapperChrome reads it).
	} else if openHead {
		// A header left open: it holds the rest of the page.
	} else if n.DataAtom == atom.Header && paragraphHeader(n) {
		// One of the article's paragraphs, each set in a <header>.
	} else if n.DataAtom == atom.Header && ex.entryHeader(n) {
		// An entry's header in the article (a live blog's, a
		// collection's): read for its title.
	} else if n.DataAtom == atom.Header && ex.headerLeads && ex.headerLead(n) {
		// An article's header holding its lead: read for the lead only.
	} else if n.DataAtom == atom.Button && (accordionQuestion(n) || namedAccordionQuestion(n) || answeredQuestion(n)) {
		// An accordion's question (a FAQ's), set in the button that
		// opens its answer.
	} else if proseButton(n) {
		// A name or a term in a sentence, set in a button that opens
		// a side note.
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
	if h.hidden || hiddenListingLine(n) || listingControl(n) {
		return true
	}
	if (h.unlikely || h.comments) && codeToken(n) {
		// A syntax highlighter's token ("token comment", "hljs-comment"):
		// its class names a part of the code, not of the page.
		h = classHints{}
	}
	if n.DataAtom != atom.Body && n.DataAtom != atom.A && n.DataAtom != atom.Article && n.DataAtom != atom.Main {
		// Comment threads go in every attempt: a short article must not
		// give way to its longer discussion. Page chrome goes in the
		// first, but for headings (a "section-header") and blocks that
		// are unlikely only for saying "header" and hold paragraphs of
		// prose (a landing page's hero, as <header> above), or a
		// recipe's ingredients (Chefkoch's "ingredients table-header").
		if ex.flags&flagStripUnlikely != 0 && h.unlikely && !heading(n) && !openHead && !(h.header && (holdsProse(n) || ingredientsNamed(n) || ex.leadPath[n] || sectionHeader(n) || headedLead(n))) || h.comments && !ex.headlineInside(n) {
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

// score gives each block a content score from the paragraphs inside it and
// returns the best candidate for the article's container.
func (ex *extractor) score(body *html.Node) *html.Node {
	cands := ex.scoreParagraphs(body, body, nil)
	ex.discountLinks(cands)
	top := ex.best(cands)
	if top == nil {
		return body
	}
	var teasers *html.Node
	if rail, alt := ex.articleBesideRail(top, body, cands); rail != nil {
		teasers, top = rail, alt
	}
	top = ex.proseBeside(top, cands, body)
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
	ex.chosen = top
	// The post's block holding top beside its headline: a climb that
	// takes in a column of links beyond it stops there (belowHeadline).
	headed := ex.headlineBlockOf(top, body)
	top = besideTeasers(ex.alternativeAncestor(top, cands, body), top, teasers)
	top = ex.belowHeadline(besideTeasers(ex.parentScoringAsWell(top, body), top, teasers), headed)
	top = besideTeasers(ex.splitAncestor(top, cands, body), top, teasers)
	top = besideTeasers(ex.wholerAncestor(top, body), top, teasers)
	top = besideTeasers(ex.spreadAncestor(top, body), top, teasers)
	top = besideTeasers(ex.gridAncestor(top, body), top, teasers)
	top = besideTeasers(onlyChildOf(top, body), top, teasers)
	return ex.layoutCell(top)
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
	return in.text >= 25 && (paragraphLike(n, in) && !labelCell(n, in) && !citationParagraph(n, in) && !rollRow(n, in) || (n.DataAtom == atom.Li && !in.block && linkDensity(in) < 0.5 && !citationItem(n, in) && !rollRow(n, in)) || brParagraphs(n, in))
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
	for a, below := scoredParent(n), n; a != nil && level < 5; a, below = a.Parent, a {
		ai := ex.infos[a]
		if ai == nil || a.Type != html.ElementNode {
			break
		}
		if level > 0 && a != body && loneBlockAside(a, below) {
			// Scored as nothing: the block it wraps stands for it.
			continue
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
	return s + float64(ex.classWeight(n)+ex.bodyWeight(n))
}

// emit writes the text of nodes (in document order) as paragraphs, and
// drops the paragraphs that are boilerplate by their own look.
func (ex *extractor) emit(nodes []*html.Node) string {
	ex.rootText, ex.rootParas = 0, 0
	clear(ex.emitted)
	clear(ex.depths)
	for _, n := range nodes {
		if in := ex.infos[n]; in != nil {
			ex.rootText += in.text
			ex.rootParas += in.paras
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
	case html.RawNode:
		w.byline(n.Data) // withPostBylines' line
		return
	case html.ElementNode:
	default:
		return
	}
	in := ex.infos[n]
	if in == nil {
		return
	}
	if !root {
		if l := ex.postMetaLine(n, in); l != "" {
			w.byline(l) // a thread's post meta, which drop would clean away
			return
		}
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
	if !root && in.block && in.text >= minRepeatChars && !paragraphWrapper(n) && !ex.loneProseItem(n) && ex.repeatedBlock(n, in) {
		return
	}
	if n.DataAtom == atom.Br {
		w.flush()
		return
	}
	if !root {
		if l := ex.threadPostLine(n, in); l != "" {
			w.byline(l) // a thread's post, its name and date apart
		}
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
		introduced = t != "" && !danglingIntro(t) && !matchAny(strings.ToLower(t), readOnIntros) || ex.articleList(n)
	}
	if (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Table) && !root && ingredientList(n) {
		// A recipe's ingredients: their lines of a linked name
		// ("4 <a>eggs</a>") are the recipe's, as an introduced list's.
		introduced = true
	}
	if introduced {
		w.inIntroduced++
	}
	if n.DataAtom == atom.Button {
		w.space = true // a button is a box of its own: its words never run into the text's
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if heading(c) && (commentsHeading(c) || offerHeading(c)) || wrappedCommentsHeading(c) || offerLine(c) {
			// "Comments" heading the rest of the block: the readers'
			// comments, set in the post's own block without a
			// wrapper (old blog platforms' templates). Or a paywall's
			// offer heading its box, as a heading or a line of its
			// own.
			break
		}
		ex.emitNode(w, c, false)
	}
	if n.DataAtom == atom.Button {
		w.space = true
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
	up := ex.upPath[:0]
	defer func() { ex.upPath = up[:0] }()
	for _, p := range prev {
		if ex.ancestorOrSelf(p, n, &up) {
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

// ancestorOrSelf reports what contains(anc, n) does, by the depths of
// the two (depthOf): n's ancestor as deep as anc is anc or not. up holds
// n and the ancestors climbed to so far (up[i] is i levels above n),
// kept between calls for one n: repeatedBlock asks it of every block of a
// length emitted before, and a chain of 400 nested divs of one text,
// each asked of all the divs above it, climbed the cube of 400 levels
// an emit.
func (ex *extractor) ancestorOrSelf(anc, n *html.Node, up *[]*html.Node) bool {
	levels := ex.depthOf(n) - ex.depthOf(anc)
	if levels < 0 {
		return false
	}
	path := *up
	if len(path) == 0 {
		path = append(path, n)
	}
	for len(path) <= levels {
		path = append(path, path[len(path)-1].Parent)
	}
	*up = path
	return path[levels] == anc
}

// depthOf is the number of ancestors n has, kept in ex.depths, so that
// each node is climbed past once an emit (the tree does not change
// while emit reads it, and emit clears the map).
func (ex *extractor) depthOf(n *html.Node) int {
	if ex.depths == nil {
		ex.depths = make(map[*html.Node]int)
	}
	path := ex.depthPath[:0]
	d := 0
	for a := n; ; a = a.Parent {
		if a.Parent == nil {
			break // the root: depth 0
		}
		if ad, ok := ex.depths[a]; ok {
			d = ad
			break
		}
		path = append(path, a)
	}
	for i := len(path) - 1; i >= 0; i-- {
		d++
		ex.depths[path[i]] = d
	}
	ex.depthPath = path[:0]
	if len(path) > 0 {
		return ex.depths[n]
	}
	return d
}

// openNamespaced reports whether n, an element with a namespace prefix
// (<fb:like>, <g:plusone>, <atom:link>), holds blocks of the page: such
// elements are widgets' placeholders, filled by script and skipped, but
// one written self-closing in the HTML way (<atom:link ... />, which
// the parser leaves open, as it leaves every element it does not know)
// takes every later sibling, and in <head> the whole page.
func openNamespaced(n *html.Node) bool {
	for d := range descendants(n) {
		if d.Type == html.ElementNode && isBlock(d) {
			return true
		}
	}
	return false
}

package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Boilerplate inside the article, dropped as its text is written (drop): the
// headline and captions, bylines and datelines, section labels, newsletter
// boxes, advertisements, support appeals, boxes readers may skip, and asides
// named so.

// drop decides whether an element inside the article is boilerplate: the
// headline itself, bylines and datelines, captions, and (with
// flagCleanConditionally) link lists, forms and image galleries after
// Readability's _cleanConditionally.
func (ex *extractor) drop(n *html.Node, in *info) bool {
	if in.text == 0 && in.imgs == 0 {
		return n.DataAtom != atom.Br
	}
	if postQuotedByLink(n) {
		return false // an embedded post told by its link, not a caption or a box of links
	}
	if postQuote(n) {
		return true // another post quoted in a forum reply: the thread's already
	}
	if ex.creditLine(n, in) && (ex.signOff(n) || ex.roleCredit(n)) {
		// The post's closing "Posted by" line, or a "Posted by" credit
		// naming the writer's role in the post's body: not its
		// template's byline.
		return false
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
	if (ex.articlePage || ex.railBesideChosen(n, in)) && ex.teaserCards(n) {
		return true
	}
	if ex.feedBesideChosen(n, in) {
		return true
	}
	if in.link > 0 && in.text*10 < ex.rootText*7 && ex.readMoreCards(n) {
		return true
	}
	if in.text*10 < ex.rootText*7 && ex.excerptCards(n) {
		return true
	}
	if in.text*2 < ex.rootText && ex.relatedCards(n) {
		return true
	}
	// (The list and the table asked first: most blocks are neither, told
	// at once, where afterShortPost reads the blocks before this one.)
	if in.commas >= 2*minCitations && ex.citationList(n) && (in.text*10 < ex.rootText*7 || ex.rootText-in.text >= 2*minPostChars || ex.afterShortPost(n, in)) {
		return true
	}
	if in.block && ex.headedDroppedList(n) {
		return true
	}
	if (ex.labelTable(n, in) || ex.nameRoll(n, in)) && (ex.rootText-in.text >= 2*minPostChars || ex.afterShortPost(n, in)) {
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
	if in.text <= maxTypoPromptChars && in.text*4 < ex.rootText && typoReportPrompt(n) {
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
	if in.text*10 > ex.rootText*7 && (in.paras > 0 || ex.proseItemList(n)) {
		// Most of the text being emitted, with paragraphs (or set as
		// a list's items of prose): the article's own container (its
		// link lists go one by one below).
		return false
	}
	if ex.paragraphAside(n) {
		return false // judged as the paragraph it wraps
	}
	if ex.allParagraphs(in) {
		return false // the post's only prose, amid its links
	}
	return ex.cleanConditionally(n, in)
}

// afterShortPost reports whether n, a block of in, follows a short post:
// minShortArticleChars or more of the text being emitted lies outside n,
// and as much text outside links stands before it (textBefore). A
// reference list or a roll of names set after a post of a paragraph or
// two outweighs it, and the share of the text it holds tells it from the
// page's own list no longer; the post above it does.
func (ex *extractor) afterShortPost(n *html.Node, in *info) bool {
	return ex.rootText-in.text >= minShortArticleChars && textBefore(n, minShortArticleChars)
}

// allParagraphs reports whether a block holds every paragraph of the text
// being emitted, minPostChars or more of it outside links: a short post's
// body (a sentence over a video, then its "Transcript | Download" links, its
// topics and the previous and next posts) whose links outweigh its prose.
// Class names ("entry", "post-body") gave such a block the weight to stay;
// without them the cleaning took it for a box of links and left the chosen
// block with no text at all, and a later attempt went to a sidebar.
//
// Where headlinePost took the post over the author's box below it
// (overAuthorBox), the post's prose may be one line under a picture (a
// comic's, a photo's): minShortArticleChars of it is enough.
func (ex *extractor) allParagraphs(in *info) bool {
	need := minPostChars
	if ex.overAuthorBox {
		need = minShortArticleChars
	}
	return ex.rootParas > 0 && in.paras == ex.rootParas && in.text-in.link >= need
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
		case c.Type == html.ElementNode && scriptOrStyle(c):
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
		return newsletterPrompt(lineSet.match(l))
	}
	return false
}

// maxTypoPromptChars is the most text a typoReportPrompt holds: a
// question ("Error in the article?") and the instruction, twice at most
// (one for keyboards, one for touch screens).
const maxTypoPromptChars = 400

// typoReportPrompt reports whether n, a paragraph or a box of a few
// lines, asks readers to report a mistake in the text by selecting it and
// pressing Ctrl+Enter ("Iezīmējiet tekstu un spiediet Ctrl+Enter, lai
// nosūtītu labojamo teksta fragmentu redaktoram!", "Нашли ошибку?
// Выделите текст и нажмите Ctrl+Enter"): the site's widget for sending a
// typo to the editors, set after the body on Latvian, Russian, Ukrainian
// and other sites, which no truth keeps. Its box (with its question and a
// touch screen's version of the instruction) goes whole where it is the
// block read. The key, a verb of selecting (typoSelectWords) and the
// mistake (typoWords) are all asked, so a tutorial's "Select the cell and
// press Ctrl+Enter to run it" stays.
func typoReportPrompt(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Footer, atom.P:
	default:
		return false
	}
	l := strings.ToLower(textOfMax(n, 3*maxTypoPromptChars))
	l = strings.Join(strings.Fields(l), "")
	return strings.Contains(l, "ctrl+enter") && matchAny(l, typoSelectWords) && matchAny(l, typoWords)
}

// typoWords name the mistake a typoReportPrompt asks to report ("typo",
// "error", "ошибка", "kļūda"), in the languages of typoSelectWords.
var typoWords = []string{"typo", "error", "mistake", "kļūd", "klaid", "viga", "vea", "ошиб", "опечат", "помилк",
	"памылк", "грешк", "błąd", "błęd", "chyb", "fehler", "tippfehler", "greșeal", "eroare"}

// typoSelectWords are the verbs asking to select the mistaken text in a
// typoReportPrompt (spaces removed), in English, Latvian, Lithuanian,
// Estonian, Russian, Ukrainian, Belarusian, Bulgarian, Polish, Czech,
// Slovak, German and Romanian.
var typoSelectWords = []string{"select", "highlight", "iezīmē", "atzīmē", "pažymė", "märgista", "märgi", "выдел", "виділ",
	"вылуч", "маркир", "zaznacz", "označ", "markier", "selectaț", "selecta"}

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
		l := strings.Trim(strings.TrimSpace(textOfMax(c, 40)), ":·|")
		// (Lower-casing shrinks a string to a third at most, the
		// Kelvin sign's three bytes to a "k": a longer one is no label,
		// and is not lower-cased.)
		return !heading(c) && len(l) <= 3*maxAdLabelBytes && adLabels[strings.ToLower(l)]
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
				if scriptOrStyle(c) {
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

// maxAdLabelBytes is the length of the longest of adLabels.
var maxAdLabelBytes = func() int {
	m := 0
	for l := range adLabels {
		m = max(m, len(l))
	}
	return m
}()

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

// headlineOrCaption reports whether n is, by its tag and text, the page's
// headline or a picture's caption or credit.
func (ex *extractor) headlineOrCaption(n *html.Node, in *info) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2:
		// The page's own headline, as given or reworded (headlineHeading);
		// other headings are the article's section heads.
		if ex.headlineHeading(n) {
			return true
		}
	case atom.Figcaption:
		return !textFigureCaption(n)
	case atom.Div, atom.Span, atom.Figure, atom.Section, atom.Table:
		// A block holding a picture and a line of text but no paragraph
		// is the picture with its caption or credit (unless it holds much
		// of the text: a short post beside its picture), but for a
		// card's icon over its heading (iconCard).
		if in.imgs > 0 && in.paras == 0 && in.text < 300 && in.text*4 < ex.rootText && !(in.link == 0 && inRunningText(n)) &&
			!hoverCardName(n) && !avatarPost(n, in) && !ex.listedText(n, in) && !iconCard(in) {
			return true
		}
		if pictureOverCaptionParagraph(n, in) && in.text*4 < ex.rootText && ex.proseOutweighsCaptions(n) {
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

// listedText reports whether most of the block n's text, minProseChars
// or more outside links, is set in one list of its own (<ul>, <ol>)
// outside its pictures' figures, with no form or field: a how-to's step, its
// one sentence an item of a numbered list beside the step's photo, or a
// step's things to have at hand. Without a paragraph, such a block read as
// a picture with its caption to headlineOrCaption, which dropped every
// step set so; a caption is a line of text, not a list (nor is a list
// of one item that is no sentence: a course's type under its title, beside
// its picture, is a label). A newsletter box
// beside its cover picture has its fields; a product card's pros and cons
// beside its photo are two lists, and stay the card's.
func (ex *extractor) listedText(n *html.Node, in *info) bool {
	if in.inputs > 0 {
		return false
	}
	listed, lists, items, form := 0, 0, 0, false
	var list *html.Node
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			if d.Type != html.ElementNode {
				continue
			}
			switch d.DataAtom {
			case atom.Ul, atom.Ol:
				if di := ex.infos[d]; di != nil && di.text > 0 {
					listed += di.text - di.link
					lists++
					list, items = d, di.lis
				}
			case atom.Form:
				form = true
			case atom.Figure, atom.Figcaption:
			default:
				walk(d)
			}
		}
	}
	walk(n)
	if form || lists != 1 || listed < minProseChars || 2*listed <= in.text {
		return false
	}
	// One item is a step's sentence, not a label ("Online course").
	t := strings.TrimRight(strings.TrimSpace(textOfMax(list, in.text)), "\"'”’)")
	return items > 1 || t != "" && strings.ContainsRune(".!?:", rune(t[len(t)-1]))
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
	if reviewsNamed(ci) && customerReviews(n) {
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

// aboutWords are the openings of a box heading that introduces the site
// or its author rather than the page's text: "About", "About me", "About
// us", "About the author", "About <site>", in the languages the word
// lists know.
var aboutWords = []string{"about", "über mich", "über uns", "über den autor", "über die autorin", "à propos", "a propos",
	"sobre mí", "sobre mi", "sobre nosotros", "acerca de", "chi sono", "chi siamo", "over mij", "over ons", "sobre nós", "quem somos"}

// maxAboutChars is the most text an about box holds besides its heading:
// a profile or a site's description of a paragraph or two.
const maxAboutChars = 1200

// aboutHeading reports whether the heading text t introduces an about
// box: one of aboutWords alone or followed by a few words (a name), at
// most five words in all.
func aboutHeading(t string) bool {
	t = strings.ToLower(clean(strings.TrimRight(clean(t), ":.…")))
	if t == "" || len(strings.Fields(t)) > 5 {
		return false
	}
	for _, w := range aboutWords {
		if t == w || strings.HasPrefix(t, w+" ") {
			return true
		}
	}
	return germanCompanyAbout(t)
}

// germanCompanyAbout reports whether t, a lower-cased heading of five
// words at most, is the German "About ..." over a press release's or a
// club's block on itself ("Über die Solartechnik Nord GmbH", "Über das
// Unternehmen", "Über den Verein"): "über" is a preposition of any
// subhead ("Über die Grenze"), so it counts only with the name of a
// company or a body (companyWords) after it, as "about" counts alone.
func germanCompanyAbout(t string) bool {
	rest, ok := strings.CutPrefix(t, "über ")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if companyWords[strings.TrimRight(w, ",")] {
			return true
		}
	}
	return false
}

// companyWords name a company, a group or a body in a German heading: the
// legal forms and the nouns that stand for the company's name.
var companyWords = map[string]bool{"gmbh": true, "ag": true, "se": true, "kg": true, "kgaa": true, "mbh": true,
	"e.v.": true, "ev": true, "eg": true, "ug": true, "gruppe": true, "holding": true, "konzern": true,
	"unternehmen": true, "firma": true, "stiftung": true, "verein": true, "verband": true}

// aboutBox reports whether n is a box headed as an about box: its first
// element child a heading (h1-h6) saying "About ..." (aboutHeading) that
// is not the page's title, and at most maxAboutChars of text besides it,
// not two paragraphs of prose (holdsProse: a one-page site's "About us"
// section is its text). Sites set their own description or the author's profile so, in a
// sidebar or under the post; where no class name calls it a sidebar or a
// bio, its one paragraph of commas outscores a short post of two lines.
// The first attempt leaves it out as it leaves out blocks named as chrome
// (skip), and the later ones keep the short post it found (mainText).
func (ex *extractor) aboutBox(n *html.Node) bool {
	h := firstElementChild(n)
	if h == nil || !heading(h) || strings.HasPrefix(ex.title, "about") || holdsProse(n) {
		return false
	}
	ht := textOfMax(h, 80)
	if !aboutHeading(ht) || ex.titleHeading(h) {
		return false
	}
	rest := len(clean(textOfMax(n, 2*maxAboutChars+len(ht)))) - len(clean(ht))
	return rest > 0 && rest <= maxAboutChars
}

// maxAuthorBoxChars is the most text an authorProfileBox holds: the author's name
// and a paragraph or two about them.
const maxAuthorBoxChars = 800

// authorProfileBox reports whether n, whose info is in, is the author's box under
// a post: at most maxAuthorBoxChars of text in two paragraphs or fewer,
// a square picture (width and height given alike: the author's photo), and
// a link to the author's page (rel="author", or an address with /author/
// in its path) that is a heading's or a line's whole text (the name,
// "Written by Ann Lee"). Blog themes set it after the post's text, inside
// the post's block; a class name ("author-bio") drops it, and without one
// its paragraph about the author ("I am a teacher turned mother of two")
// reads as the post's last.
func authorProfileBox(n *html.Node, in *info) bool {
	if in.text > maxAuthorBoxChars || in.paras > 2 || in.imgs == 0 || !in.block {
		return false
	}
	photo, named := false, false
	for d := range descendants(n) {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.Img:
			w, h := attr(d, "width"), attr(d, "height")
			photo = photo || w != "" && w == h && len(w) >= 2
		case atom.A:
			named = named || authorLink(d) && (nameLine(d) || nameLead(d))
		}
	}
	return photo && named
}

// authorLink reports whether the link a goes to an author's page:
// rel="author", or an address under an author's path (authorPaths).
func authorLink(a *html.Node) bool {
	return strings.EqualFold(attr(a, "rel"), "author") || matchAny(strings.ToLower(attr(a, "href")), authorPaths)
}

// authorPaths are the paths of an author's page: WordPress's "/author/",
// and the German, French, Spanish, Portuguese, Italian and Dutch sites'
// ("/autorin/jana-roth/", "/auteur/...").
var authorPaths = []string{"/author/", "/autor/", "/autorin/", "/autoren/", "/auteur/", "/autore/", "/auteurs/"}

// nameLead reports whether the link a, holding a name (60 characters or
// fewer), opens the line or paragraph it is in: "Jane Roe – who has
// written 2565 posts on Example.com.", "Jane Roe / Jane is the senior
// editor and ...", the lines an author's box opens with the name, where
// nameLine asks the name alone.
func nameLead(a *html.Node) bool {
	p := a.Parent
	t := clean(textOfMax(a, 100))
	if p == nil || t == "" || len(t) > 60 {
		return false
	}
	pt := clean(textOfMax(p, len(t)+40))
	return len(pt) > len(t) && strings.HasPrefix(pt, t)
}

// nameLine reports whether the link a is the whole text of its parent, a
// heading or a short line (the author's name), and holds text.
func nameLine(a *html.Node) bool {
	p := a.Parent
	t := clean(textOfMax(a, 100))
	return p != nil && t != "" && len(t) <= 60 && clean(textOfMax(p, 200)) == t
}

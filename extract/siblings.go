package extract

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Readability's sibling step: the blocks beside the chosen one that are more
// of the article (a lead, a dateline's first paragraph, a panel of facts),
// and the sidebars and other sections that are not.

// minFactChars is the text length of a panel of facts that siblings
// takes in.
const minFactChars = 40

// factTable reports whether n holds a table or a description list.
func factTable(n *html.Node) bool {
	for d := range descendants(n) {
		if d.DataAtom == atom.Table || d.DataAtom == atom.Dl {
			return true
		}
	}
	return false
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
	topTeasers := sync.OnceValue(func() bool { return ex.mostlyTeasers(top) })
	var out []*html.Node
	beforeTop := true
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c == top {
			out = append(out, c)
			beforeTop = false
			continue
		}
		if !beforeTop && c.Type == html.ElementNode && commentsHeadingBlock(c) {
			// The readers' thread under its heading ("2 Comments"),
			// set beside the post where no class names it: what
			// follows is theirs, as emitNode reads a block.
			break
		}
		ci := ex.infos[c]
		if c.Type != html.ElementNode || ci == nil {
			continue
		}
		if beforeTop && ex.headerLeads && leadBlock(c, ci) {
			out = append(out, c) // the lead (Vorspann) set above the body
			continue
		}
		if beforeTop && nextElement(c) == top && leadOverPicture(c, ci) {
			out = append(out, c) // the story's lead, set apart above the body beside its picture
			continue
		}
		if beforeTop && datelineLead(c, ci) {
			out = append(out, c) // the story's first paragraph, set apart above the body
			continue
		}
		if strings.Contains(strings.ToLower(attr(c, "itemprop")), "description") {
			continue // the summary set above the article
		}
		if c == teasersHere || ex.teasersBesideTop(c, topArticle, topTeasers) {
			continue // other stories (in a column's wrapper too)
		}
		if cid := strings.ToLower(classID(c)); cid != "" && namedAside(c, ci, cid) {
			continue // an author's bio, a caption or credit, a box of meta
		}
		if namedSidebar(ex, c) {
			continue // a sidebar of widgets, whatever the attempt's flags
		}
		if authorBoxAfter(beforeTop, c, ci) {
			continue // the author's box under the post, not its last paragraph
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

// factPanelsAfter returns the panels of facts after the chosen block
// top's panel, as siblings takes them beside top itself: where top is
// the text of a panel that holds nothing else but its heading (a
// product's description tab, "Produktinformationen" over the text), the
// panels after that one of its kind (its first class) that hold a table
// of facts (factTable: the product's dimensions and materials in the
// next tab), few links and no negative class. siblings looks only
// beside top, where there is no panel of its kind.
func (ex *extractor) factPanelsAfter(top *html.Node) []*html.Node {
	p := top.Parent
	if p == nil || p.DataAtom == atom.Body || top.DataAtom == atom.Body {
		return nil
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != top && c.Type == html.ElementNode && !heading(c) {
			return nil
		}
	}
	first := firstClass(p)
	if first == "" {
		return nil
	}
	var out []*html.Node
	for c := p.NextSibling; c != nil; c = c.NextSibling {
		ci := ex.infos[c]
		if c.Type != html.ElementNode || ci == nil || firstClass(c) != first {
			continue
		}
		if ci.link*10 < ci.text && ci.text >= minFactChars && ex.classWeight(c) >= 0 && factTable(c) {
			out = append(out, c)
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
// more, its links only names: topicLinks) that opens with a dateline.
// Templates set it apart in an "intro" or "lead" block that scores too
// little to be merged; a dek or summary never opens with a dateline.
func datelineLead(c *html.Node, ci *info) bool {
	if ci.paras != 1 || !topicLinks(ci) || ci.text < 80 || ci.text > 1000 {
		return false
	}
	return datelineOpening.MatchString(strings.TrimSpace(textOfMax(c, 80)))
}

// topicLinks reports whether a paragraph's links are no more than a
// news site's links on the names in a story's first paragraph (a person,
// a country, each to its topic page): under maxTopicLinkShare of its
// text. Class names ("articleBody") gave the first paragraph set apart
// from the body by a picture the score of its kind; without them only
// its dateline tells it, and its linked names must not hide that.
func topicLinks(ci *info) bool {
	return float64(ci.link) < maxTopicLinkShare*float64(ci.text)
}

// maxTopicLinkShare is the share of a dateline paragraph's text that
// topicLinks lets links hold.
const maxTopicLinkShare = 0.25

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

// minPictureLeadChars is the shortest lead leadOverPicture takes.
const minPictureLeadChars = 150

// leadOverPicture reports whether c, the block just above the chosen one,
// holds the story's lead beside its picture: one paragraph of
// minPictureLeadChars or more, no link in it, ending a sentence, and a
// picture with a line of caption at most, nine tenths of c's text the
// paragraph's. Themes set the lead (a deck) and the picture in a block of
// their own above the body, which class names (post-content) joined to it;
// without them the lead scored just under the siblings' threshold.
func leadOverPicture(c *html.Node, ci *info) bool {
	if ci.paras != 1 || ci.imgs != 1 || ci.link > 0 || ci.text < minPictureLeadChars {
		return false
	}
	for d := range descendants(c) {
		if d.Type == html.ElementNode && d.DataAtom == atom.P {
			t := clean(textOf(d))
			return 10*len(t) >= 9*ci.text && strings.HasSuffix(t, ".")
		}
	}
	return false
}

// authorBoxAfter reports whether c, a sibling of the chosen block, is the
// author's box set after it (authorProfileBox: a square photo, a link to
// the author's page as the name's line, a paragraph or two about them).
// drop leaves such a box out inside the chosen block; set beside it, its
// paragraph of commas scores as the post's last and was merged in.
func authorBoxAfter(beforeTop bool, c *html.Node, ci *info) bool {
	return !beforeTop && authorProfileBox(c, ci)
}

// teasersBesideTop reports whether c, a sibling of the chosen block top,
// is mostly a run of other stories' teasers (teaserRunIn) that is not the
// article's: on a page that says it is one article, beside an article
// marked so, or, anywhere, where the run is a rail under its own heading
// ("Top stories": labelledRail) and top is not itself mostly teasers (a
// blog's post with a rail of other stories' cards before it in the same
// column). On a listing page the best block is one run of cards among
// its fellows, and unlabelled cards beside a short story may be the
// listing's. topTeasers answers whether top is mostly teasers, once
// (sync.OnceValue), so that many rails beside one block cost one look at it.
func (ex *extractor) teasersBesideTop(c *html.Node, topArticle bool, topTeasers func() bool) bool {
	run := ex.teaserRunIn(c)
	if run == nil {
		return false
	}
	if ex.articlePage || topArticle {
		return true
	}
	return (ex.labelledRail(run) || ex.railLabelledAbove(c, run)) && !topTeasers()
}

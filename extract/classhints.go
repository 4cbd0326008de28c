package extract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// What an element's class and id say: the hints read once per class and id
// (hintsOf), the class weight of the scoring, parts of the article named page
// chrome or comments, and words of a name.

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

// wordSeparator separates the words of a class or id.
func wordSeparator(r rune) bool {
	return r == '-' || r == '_' || unicode.IsSpace(r)
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
	// content: the class or id names the text (a positive hint:
	// "entry-content", "post-body") and neither names chrome (a
	// negative or unlikely hint: a sidebar's "widget Text" says both),
	// read with subscriberNames in. Such a block inside one named as
	// chrome is the article's, as a theme's wrapper of its columns has
	// it ("theiaStickySidebar", a sticky-sidebar plugin's wrapper around
	// the post and its sidebar alike): breakParagraphs makes its
	// paragraphs as the post's, though the blocks around it keep their
	// breaks.
	content bool
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
	var lowLists [2]uint8            // the hint lists matched by lows[i]
	positive, chrome := false, false // of content
	for i, s := range []string{c, id} {
		if s == "" {
			continue
		}
		lower := strings.ToLower(s)
		low := withoutSubscriberNames(lower)
		lists := hintSet.match(low)
		named := lists
		if low != lower {
			named = hintSet.match(lower)
		}
		positive = positive || named&hintPositive != 0
		chrome = chrome || named&(hintNegative|hintUnlikely) != 0
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
		lows[i], lowLists[i] = low, lists
	}
	maybe := all&hintMaybe != 0
	partChrome, partComments := false, false
	if lowLists[0]&hintMaybe != 0 {
		// (A compound of a part names the article first, with a
		// maybeHint; most classes hold none.)
		partChrome, partComments = chromePart(lows[0]), commentsPart(lows[0])
	}
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
	h.content = positive && !chrome
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

// codeToken reports whether n is an inline element inside a <pre> or a
// <code>: a syntax highlighter's token, whose class names a part of the
// code ("token comment", "hljs-comment", "hljs-meta"), not a part of the
// page.
func codeToken(n *html.Node) bool {
	if isBlock(n) {
		return false
	}
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Pre, atom.Code:
			return true
		}
		if isBlock(a) {
			return false
		}
	}
	return false
}

// hiddenListingLine reports whether n, an inline element in a <pre> or
// a <code> (codeToken), is one of a listing's hidden lines: mdBook's
// "boring" lines of a Rust example (`<span class="boring">`), the setup
// around the lines the example is about, which its script hides until the
// reader asks for them ("Show hidden lines"). The page shows the listing
// without them.
func hiddenListingLine(n *html.Node) bool {
	return hasToken(strings.ToLower(attr(n, "class")), "boring") && codeToken(n)
}

// maxListingControlChars is the longest label listingControl takes.
const maxListingControlChars = 16

// listingControl reports whether n, a link or a button set in a <pre>
// beside the listing's <code> (rather than inside it), is the listing's
// control: a playground's "Run" (`<pre><a class="run"
// href="https://play...">Run</a><code>`), an "Edit" or a "Copy", one or
// two words of maxListingControlChars or less. Its label is no part of
// the code, and it ran into the listing's first word ("Run#[no_mangle]").
func listingControl(n *html.Node) bool {
	if n.DataAtom != atom.A && n.DataAtom != atom.Button || n.Parent == nil || n.Parent.DataAtom != atom.Pre {
		return false
	}
	code := false
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.Code {
			code = true
		}
	}
	t := clean(textOfMax(n, 2*maxListingControlChars))
	return code && t != "" && len(t) <= maxListingControlChars && len(strings.Fields(t)) <= 2
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

// firstClass is the first token of n's class attribute.
func firstClass(n *html.Node) string {
	c := attr(n, "class")
	if i := strings.IndexAny(c, " \t\n"); i >= 0 {
		return c[:i]
	}
	return c
}

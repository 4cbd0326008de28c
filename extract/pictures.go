package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pictures and media: what counts as a picture, list icons, galleries and
// slideshow boxes, captions, video players, embedded social posts, and prose
// set beside a picture.

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
	return inItem && iconSized(n)
}

// iconSized reports whether the image n is sized maxIconPixels or less
// each way ("40", "40px", "40 px") or named "icon".
func iconSized(n *html.Node) bool {
	w, h := pixels(n, "width"), pixels(n, "height")
	return (w > 0 && h > 0 && w <= maxIconPixels && h <= maxIconPixels) || strings.Contains(strings.ToLower(attr(n, "class")), "icon")
}

// pixels is the number of pixels attribute name of n gives ("40",
// "40px", "40 px"), or 0.
func pixels(n *html.Node, name string) int {
	p, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(attr(n, name)), "px")))
	return p
}

// cardIcon reports whether the image n is an icon set over a card's
// heading (iconSized, in no link, a heading next after it: headingAfter):
// a landing page's grid of feature cards, each an icon, a title and a line
// of copy ("Add-on channels", "Latino TV packages"), is the page's text
// and not an image gallery, as a list of items bulleted by icons is not
// (listIcon). A gallery's pictures are larger; a row of linked icons is a
// share bar, judged by its links; a spec sheet's check marks and a table's
// flags stand beside a label or a link, not over a heading.
func cardIcon(n *html.Node) bool {
	if n.DataAtom != atom.Img || !iconSized(n) {
		return false
	}
	for a, i := n.Parent, 0; a != nil && i < maxCardIconDepth; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.A {
			return false
		}
	}
	return headingAfter(n)
}

// maxCardIconDepth is how many wrappers cardIcon and headingAfter look
// through: an icon's <div> and <picture>, a heading's wrappers.
const maxCardIconDepth = 4

// headingAfter reports whether the next element after n, or after one of
// its first maxCardIconDepth wrappers that n is the last element of, is
// a heading or opens with one through maxCardIconDepth first children.
func headingAfter(n *html.Node) bool {
	for a, i := n, 0; a != nil && i < maxCardIconDepth; a, i = a.Parent, i+1 {
		next := elementSibling(a, 1)
		if next == nil {
			if nextElement(a) != nil {
				return false // text comes first
			}
			continue
		}
		for d, j := next, 0; d != nil && j <= maxCardIconDepth; d, j = firstElementChild(d), j+1 {
			if heading(d) {
				return true
			}
		}
		return false
	}
	return false
}

// emojiNames are the words of a class that name an emoji set as a
// picture: WordPress's "wp-smiley" and "emoji", XenForo's "smilie",
// phpBB's "smilies", forums' "smiley".
var emojiNames = []string{"emoji", "smilie", "smilies", "smiley"}

// emojiFolders are the folders that forum and blog software keep their
// emoji pictures in ("./images/smilies/sm_smile.gif", phpBB's, set with
// no class; WordPress's old "wp-includes/images/smilies/").
var emojiFolders = []string{"smilies", "smileys", "emoticons", "emoji", "emojis"}

// maxEmojiAltRunes is the longest alt text read as an emoji's: a
// pictograph or two with their joiners and variation selectors.
const maxEmojiAltRunes = 8

// emojiImage reports whether the image n is an emoji set as a picture,
// a character of the text rather than a picture of the page: named so
// (emojiNames), kept in an emoji folder (emojiFolder), or its alt text a pictograph or a few (maxEmojiAltRunes
// or less, no letter or digit, nor a character below U+2000, where
// punctuation and the Latin, Greek and Cyrillic scripts are: "😉" but not
// ":)"). Blogs and forums swap emoji for
// images; counted as a picture, a short post or paragraph ending in
// one ("Can't wait to see it 😉") read as a picture with a caption and
// went with the pictures.
func emojiImage(n *html.Node) bool {
	if n.DataAtom != atom.Img {
		return false
	}
	if namedBy(n, emojiNames) || emojiFolder(n) {
		return true
	}
	alt := strings.TrimSpace(attr(n, "alt"))
	if alt == "" || utf8.RuneCountInString(alt) > maxEmojiAltRunes {
		return false
	}
	for _, r := range alt {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r < 0x2000 {
			return false
		}
	}
	return true
}

// emojiFolder reports whether the image n's address has a folder of
// emojiFolders among its path's parts and n is no larger than an icon
// where it gives its size (maxIconPixels): a forum's smilies, set with no
// class and an emoticon for their alt text (":)", ":rofl:"), are as much
// the post's characters as a named emoji. A picture larger than an icon
// in such a folder is shown as a picture (a chart of emoji in a post on
// them).
func emojiFolder(n *html.Node) bool {
	src := attr(n, "src")
	if i := strings.IndexAny(src, "?#"); i >= 0 {
		src = src[:i]
	}
	slash := strings.LastIndexByte(src, '/')
	if slash < 0 {
		return false
	}
	found := false
	for part := range strings.SplitSeq(strings.ToLower(src[:slash]), "/") {
		if slices.Contains(emojiFolders, part) {
			found = true
			break
		}
	}
	w, h := pixels(n, "width"), pixels(n, "height")
	return found && w <= maxIconPixels && h <= maxIconPixels
}

// galleryPictures is the number of pictures in that make a block an image
// gallery: its avatars (avatar) are not counted, so a thread of short
// posts, each beside its writer's avatar and one picture of its own or a
// rank badge, is not dropped as a gallery; nor are its cards' icons
// (cardIcon).
func galleryPictures(in *info) int { return in.imgs - in.avatars - in.icons }

// iconCard reports whether a block's pictures are all cards' icons
// (cardIcon) and it holds a heading: a feature card, an icon over its
// title and a line of copy, not a picture with its caption.
func iconCard(in *info) bool {
	return in.icons > 0 && in.icons == in.imgs && in.headText > 0
}

// maxIconPixels is the width and height up to which an image is an icon.
const maxIconPixels = 48

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

// embeddedPost reports whether ci, an element's lower-cased class and id,
// names an embedded post (a tweet and the like), which stays: it is not an
// image's caption.
func embeddedPost(ci string) bool {
	return matchAny(ci, embedHints) && !matchAny(ci, asideHints) && !strings.Contains(ci, "image")
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

// minIllustratedProseChars is the text outside links from which
// illustratedProse takes a block of pictures for a part of the text.
const minIllustratedProseChars = 400

// minIllustratedProseCommas is the fewest commas of the text
// illustratedProse takes: sentences have them, a list of features or a
// pitch under pictures seldom does.
const minIllustratedProseCommas = 3

// illustratedProse reports whether a block of more pictures than twice
// its paragraphs (Readability's image gallery) is text all the same: a
// paragraph or more and minIllustratedProseChars of text outside links,
// with minIllustratedProseCommas commas, under a fifth of it linked (a
// travel post's stop, told in a paragraph and shown in three photos). A
// gallery's own text is a line under each picture, or links to more
// galleries.
func illustratedProse(in *info) bool {
	return in.paras >= 1 && in.commas >= minIllustratedProseCommas && in.text-in.link >= minIllustratedProseChars && linkDensity(in) < 0.2
}

// maxCaptionParagraphChars is the longest caption pictureOverCaptionParagraph
// takes.
const maxCaptionParagraphChars = 200

// pictureOverCaptionParagraph reports whether n, a <div>, holds a picture
// (an <img>, bare or alone in its link) and, after it, one short paragraph
// and nothing else: a picture with its caption as WordPress sets one (a
// "wp-caption" <div> whose caption is a <p>), which its class name alone
// told from the text. headlineOrCaption's rule for a picture beside a line
// wants no paragraph; a paragraph beside a picture that runs longer is prose.
func pictureOverCaptionParagraph(n *html.Node, in *info) bool {
	if n.DataAtom != atom.Div || in.imgs == 0 || in.imgs > 2 || in.paras != 1 || in.text > maxCaptionParagraphChars || in.text == 0 {
		return false
	}
	pic := firstElementChild(n)
	if pic == nil {
		return false
	}
	imgs := 1
	if pic.DataAtom == atom.A {
		if only := onlyElementChild(pic); only == nil || only.DataAtom != atom.Img {
			return false
		}
	} else if inner := wrappedPicture(pic); pic.DataAtom != atom.Img && inner == nil {
		return false
	} else if inner != nil && inner.DataAtom == atom.Picture {
		imgs = 2 // the <picture> and its <img>, as stats counts them
	}
	if in.imgs != imgs {
		return false
	}
	p := nextElement(pic)
	return p != nil && (p.DataAtom == atom.P || wrappedParagraph(p)) && nextElement(p) == nil && elementSibling(pic, 1) == p
}

// wrappedPicture returns, where n is a <div> holding a picture alone (an
// <img> or a <picture>, bare or alone in its link), the picture, and
// wrappedParagraph reports whether n is a <div> holding one <p> alone:
// the picture and its caption each in a block of its own inside the
// caption's <div>, as news sites set them ("<div><div><picture>...
// </picture></div><div><p>A man loads his truck. (AP Photo)</p></div>
// </div>"). Else nil.
func wrappedPicture(n *html.Node) *html.Node {
	if n.DataAtom != atom.Div {
		return nil
	}
	c := onlyElementChild(n)
	if c != nil && c.DataAtom == atom.A {
		c = onlyElementChild(c)
	}
	if c == nil || c.DataAtom != atom.Img && c.DataAtom != atom.Picture {
		return nil
	}
	return c
}

// wrappedParagraph: see wrappedPicture.
func wrappedParagraph(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	c := onlyElementChild(n)
	return c != nil && c.DataAtom == atom.P
}

// proseOutweighsCaptions reports whether the paragraphs beside the
// captioned picture n (its parent's <p> children) hold more text than the
// captioned pictures among its siblings (pictureOverCaptionParagraph, n
// with them), and those are maxLoneCaptions or fewer: an article with a
// picture or two, whose captions are beside the text. A photo post told in
// its captions, a line under each of its pictures and a paragraph or two
// around them, keeps them as its text (the dev truths keep a travel blog's
// captions under its many pictures).
//
// The answer is the same for every child of one parent, so it is kept per
// parent (captionTallies): a page of thousands of captioned pictures under
// one parent is read once, not once per picture.
func (ex *extractor) proseOutweighsCaptions(n *html.Node) bool {
	pin := ex.infos[n.Parent]
	if ok, seen := ex.captionTallies[pin]; seen && pin != nil {
		return ok
	}
	ok := ex.tallyCaptions(n.Parent)
	if pin != nil {
		if ex.captionTallies == nil {
			ex.captionTallies = make(map[*info]bool)
		}
		ex.captionTallies[pin] = ok
	}
	return ok
}

// tallyCaptions is proseOutweighsCaptions' reading of parent's children.
func (ex *extractor) tallyCaptions(parent *html.Node) bool {
	prose, captions, count := 0, 0, 0
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		in := ex.infos[c]
		if in == nil || c.Type != html.ElementNode {
			continue
		}
		switch {
		case c.DataAtom == atom.P:
			prose += in.text - in.link
		case pictureOverCaptionParagraph(c, in):
			captions += in.text
			count++
		}
	}
	return prose > captions && count <= maxLoneCaptions
}

// maxLoneCaptions is the most captioned pictures proseOutweighsCaptions
// takes for an article's pictures beside its text.
const maxLoneCaptions = 2

// postQuotedByLink reports whether n is a <blockquote> (or a <div> holding
// one and the network's scripts alone: quoteBesideScripts) whose last link is to a post on a social network
// (socialPostURL): an embedded post's markup before its script runs
// ("<blockquote><p>...</p>— Jane Doe (@jane) <a
// href="https://twitter.com/jane/status/123">November 18, 2019</a>"),
// which socialEmbed tells by its class name (twitter-tweet). Without it the
// post's short lines with their links went as a box of links. Markup with
// a class or id is left to the class rules (Readability, the readability
// set's truth, drops a "codefragment--twitter" box).
func postQuotedByLink(n *html.Node) bool {
	if classID(n) != "" {
		return false
	}
	if n.DataAtom == atom.Div {
		n = quoteBesideScripts(n)
	}
	if n.DataAtom != atom.Blockquote || classID(n) != "" {
		return false
	}
	var last *html.Node
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == atom.A {
			last = d
		}
	}
	return last != nil && socialPostURL(attr(last, "href"))
}

// socialPostURL reports whether href is a post's address on Twitter or X
// ("https://twitter.com/jane/status/123").
func socialPostURL(href string) bool {
	for _, host := range []string{"://twitter.com/", "://x.com/", "://mobile.twitter.com/", "://www.twitter.com/"} {
		if i := strings.Index(href, host); i >= 0 && strings.Contains(href[i+len(host):], "/status/") {
			return true
		}
	}
	return false
}

// quoteBesideScripts returns the <blockquote> that the <div> n holds with
// nothing beside it but scripts (an embed code's widgets.js), or n.
func quoteBesideScripts(n *html.Node) *html.Node {
	var quote *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return n
		case c.Type != html.ElementNode || c.DataAtom == atom.Script:
		case c.DataAtom == atom.Blockquote && quote == nil:
			quote = c
		default:
			return n
		}
	}
	if quote == nil {
		return n
	}
	return quote
}

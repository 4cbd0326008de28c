package extract

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// removeTags never hold article text. (<form> is not among them: some
// sites wrap the whole page in one.)
var removeTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Object: true, atom.Embed: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true, atom.Menu: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Button: true,
	atom.Label: true, atom.Option: true, atom.Dialog: true, atom.Figcaption: true, atom.Head: true,
	atom.Link: true, atom.Meta: true, atom.Title: true, atom.Audio: true, atom.Video: true, atom.Source: true,
	atom.Map: true, atom.Area: true,
	// Ruby annotations (furigana above Japanese words, pinyin): kept
	// inline they garble every sentence they annotate. An <rtc> holds a
	// ruby's second line of annotations, its own text or <rt>s.
	atom.Rt: true, atom.Rp: true, atom.Rtc: true,
}

// blockTags start and end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Ul: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Caption: true, atom.Center: true, atom.Summary: true, atom.Br: true,
}

// isBlock reports whether n starts and ends a paragraph: a block-level
// HTML element, or a custom element (<story-body>, <x-paragraph>), which
// pages use as blocks.
func isBlock(n *html.Node) bool { return blockTags[n.DataAtom] || customElement(n) }

// customElement reports whether n is an autonomous custom element (its name
// has a hyphen).
func customElement(n *html.Node) bool {
	return n.DataAtom == 0 && n.Namespace == "" && strings.IndexByte(n.Data, '-') > 0
}

// Class and id hints, matched as substrings of the lower-cased attribute.
var (
	// unlikelyHints mark page chrome; with flagStripUnlikely such elements
	// are skipped unless maybeHints also match.
	unlikelyHints = slices.Concat([]string{"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
		"cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
		"replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
		"ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "share", "newsletter",
		"subscribe", "cookie", "outbrain", "taboola", "recommend", "navbar", "masthead", "signup", "promo"},
		foreignChromeHints,
		// Cookie consent in German; sidebar and footer in French,
		// Spanish and Italian.
		[]string{"consent", "barre-laterale", "barra-lateral", "pied-de-page", "pie-de-pagina",
			// Cookie banners by their makers' names.
			"borlabs", "didomi", "usercentrics", "onetrust", "truste", "sp_message"})
	maybeHints = []string{"and", "article", "column", "content", "main", "shadow", "story", "text", "embed",
		"artikel", "inhalt", "contenu", "contenido", "conteudo", "conteúdo", "articolo", "articulo"}
	negativeHints = slices.Concat([]string{"-ad-", "banner", "combx", "com-", "contact", "footer",
		"gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "share", "shoutbox",
		"sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "newsletter", "subscri", "copyright"},
		foreignChromeHints)
	// foreignChromeHints are the words of page chrome in the languages
	// whose pages often name their classes in their own words, both
	// unlikely (unlikelyHints) and negative (negativeHints).
	foreignChromeHints = []string{
		// German, the language of most pages on many sites whose class
		// names are not English: advertising, related, recommended,
		// reading tips.
		"werbung", "anzeige", "verwandt", "empfehlung", "lesetipp",
		// German for sidebar, footer, header, share and similar (TYPO3
		// and older templates name their columns so).
		"seitenleiste", "randspalte", "fusszeile", "fußzeile", "kopfzeile", "teilen", "aehnlich", "ähnlich",
		// French, Spanish, Italian: advertising, related, share.
		"publicite", "publicidad", "pubblicita", "correlat", "relacionad", "partage", "compartir", "condivid",
		// Dutch and Portuguese: sidebar, footer, related, advertising,
		// share; and German for a most-read box.
		"zijbalk", "voettekst", "gerelateerd", "reclame", "advertentie", "rodape", "rodapé", "compartilh",
		"meistgelesen"}
	positiveHints = []string{"article", "body", "content", "entry", "hentry", "h-entry", "main",
		"pagination", "post", "text", "blog", "story",
		// article, content, post, body, news item in German, French,
		// Spanish, Italian, Portuguese.
		"artikel", "inhalt", "beitrag", "contenu", "contenido", "conteudo", "conteúdo", "articolo", "articulo",
		"testo", "cuerpo", "noticia", "notizia"}
	// embedHints mark embedded posts (tweets and the like) quoted by the
	// article: part of its text even when other hints say "social" or "media".
	embedHints = []string{"embed", "tweet"}
	// asideHints mark captions, credits and author bios. (Pull quotes,
	// which repeat the text, were among them; the dev sets' truths keep
	// them.)
	asideHints = slices.Concat([]string{"credit", "bildnachweis"}, captionHints, bioHints)
	// captionHints mark captions, in English, German, French, Spanish,
	// Italian, Portuguese and Dutch ("legenda", "bijschrift"; German
	// sites' "bildtext" too); bioHints author bios and bylines.
	captionHints = []string{"caption", "bildunterschrift", "legende", "leyenda", "pie-de-foto", "didascalia",
		"bildtext", "legenda", "bijschrift"}
	bioHints = []string{"author", "-bio", "bio-", "_bio", "biography", "byline"}
	// authorWords name an author's box in German, French, Spanish,
	// Italian; as whole words of a class or id only (not "autoretry").
	authorWords = map[string]bool{"autor": true, "autorin": true, "autoren": true, "autore": true, "auteur": true,
		"autorenbox": true, "autorbox": true, "autorinfo": true, "autoreninfo": true}
	// metaHints mark small blocks inside an article that are not its text.
	metaHints = []string{"byline", "dateline", "author", "timestamp", "caption", "credit", "share",
		"social", "newsletter", "tags", "subscri", "signup", "sign-up", "advert", "promo",
		"toolbar", "read-more", "readmore", "more-stories", "recommend", "comments", "breadcrumb",
		// A recipe's or product's star rating and its calls to action
		// ("Did you make this recipe? Tag us").
		"rating", "call-to-action",
		// An article's action bar, its likes, views and report link
		// ("article-actions", "post_actions"): the readers', not the
		// article's text. With its joiner only, so "transactions" is none.
		"-actions", "_actions",
		// Joomla's article information (author, category, dates, hits:
		// "article-info", "createdby").
		"article-info", "createdby",
		// A forum post's signature and its poster's profile beside it
		// (phpBB's "signature" and "postprofile", vBulletin's
		// "signaturecontainer" and "userinfo"): the poster's, not
		// the post's; and the forum's count of who is online under
		// the thread (phpBB's "online-list", others' "whosonline").
		"signature", "postprofile", "userinfo", "online-list", "whosonline", "whoisonline",
		// rating, tags, share in German, French, Spanish, Italian.
		"bewertung", "valoracion", "valutazione", "schlagw", "etiquette", "etiqueta", "teilen"}
)

// commentHints mark comment threads.
// ("comment" finds the French "commentaires" and Italian "commenti" too;
// the German, Spanish, Portuguese and Dutch are plurals: a German
// "Kommentar" is also an opinion piece.)
var commentHints = []string{"comment", "disqus", "replies", "respond",
	"kommentare", "comentarios", "comentários", "reacties"}

// The hint lists hintsOf looks for, as bits of what hintSet.match returns.
const (
	hintNegative = 1 << iota
	hintPositive
	hintMaybe
	hintUnlikely
	hintComment
)

// hintSet finds hintsOf's hint lists in a class or id.
var hintSet = newSubstrSet(negativeHints, positiveHints, maybeHints, unlikelyHints, commentHints)

// substrSet finds which of up to eight lists of substrings occur in a
// string, in one scan of it: where matchAny(s, lists[i]) holds, bit i of
// match(s) is set. Each substring is two bytes long or more.
type substrSet struct {
	// pairs has a bit set for each substring's first two bytes, to pass
	// over the positions none starts at without looking at them.
	pairs [1 << 16 / 64]uint64
	// short has a bit set for the first two bytes of each substring of
	// two or three bytes; quads a bit for the hash (quadSlot) of each
	// longer one's first four. A position whose pair starts no short
	// substring and whose four bytes hash to no quad's bit starts none:
	// most positions of a line of prose whose pair is set.
	short [1 << 16 / 64]uint64
	quads [quadSlots / 64]uint64
	// entries holds the substrings by the slot of their first two bytes
	// (pairSlot): slot k's are entries[start[k]:start[k+1]], so a
	// position is checked against the few that start with its two
	// bytes, not all that start with its first (hintSet has dozens for
	// some letters).
	entries []substrEntry
	start   [pairSlots + 1]uint16
}

// substrEntry is one substring of a substrSet, its first two bytes and
// the lists it is on.
type substrEntry struct {
	s     string
	pair  uint16
	lists uint8
}

// pairSlots is the number of slots of a substrSet's entries.
const pairSlots = 1024

// pairSlot is the slot of the substrings starting with the two bytes p.
func pairSlot(p uint16) int { return int(uint32(p)*0x9E3779B1>>22) & (pairSlots - 1) }

// quadSlots is the number of bits of a substrSet's quads.
const quadSlots = 1 << 16

// quadSlot is the bit of quads for the four bytes s[i:i+4].
func quadSlot(s string, i int) uint32 {
	q := uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
	return q * 0x9E3779B1 >> 16
}

func newSubstrSet(lists ...[]string) *substrSet {
	if len(lists) > 8 {
		panic("extract: a substrSet finds eight lists at most")
	}
	bits := map[string]uint8{}
	var order []string
	for i, l := range lists {
		for _, s := range l {
			if len(s) < 2 {
				panic("extract: substring " + s + " is shorter than two bytes")
			}
			if bits[s] == 0 {
				order = append(order, s)
			}
			bits[s] |= 1 << i
		}
	}
	m := &substrSet{}
	bySlot := make([][]substrEntry, pairSlots)
	for _, s := range order {
		p := uint16(s[0])<<8 | uint16(s[1])
		m.pairs[p/64] |= 1 << (p % 64)
		if len(s) < 4 {
			m.short[p/64] |= 1 << (p % 64)
		} else {
			q := quadSlot(s, 0)
			m.quads[q/64] |= 1 << (q % 64)
		}
		bySlot[pairSlot(p)] = append(bySlot[pairSlot(p)], substrEntry{s, p, bits[s]})
	}
	for k, es := range bySlot {
		m.entries = append(m.entries, es...)
		m.start[k+1] = uint16(len(m.entries))
	}
	return m
}

// match returns the set of lists with a substring found in s.
func (m *substrSet) match(s string) uint8 {
	var found uint8
	for i := 0; i+1 < len(s); i++ {
		p := uint16(s[i])<<8 | uint16(s[i+1])
		if m.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		if m.short[p/64]&(1<<(p%64)) == 0 {
			if i+4 > len(s) {
				continue // too near the end for a longer substring
			}
			if q := quadSlot(s, i); m.quads[q/64]&(1<<(q%64)) == 0 {
				continue
			}
		}
		k := pairSlot(p)
		for _, e := range m.entries[m.start[k]:m.start[k+1]] {
			if found&e.lists != e.lists && e.pair == p && strings.HasPrefix(s[i:], e.s) {
				found |= e.lists
			}
		}
	}
	return found
}

func matchAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// classID is an element's class and id attributes joined.
func classID(n *html.Node) string {
	c, id := attr(n, "class"), hintID(n)
	switch {
	case c == "":
		return id
	case id == "":
		return c
	}
	return c + " " + id
}

// hintID is n's id as a hint of what n is: "" where the id is the anchor
// a heading's own words make (textAnchor) or a document's key for its own
// section (sectionKey), which say nothing of it.
func hintID(n *html.Node) string {
	id := attr(n, "id")
	if id != "" && (textAnchor(n, id) || sectionKey(n, id)) {
		return ""
	}
	return id
}

// sectionKey reports whether id, the id of n, is the key of a document's
// own section, not a name of page chrome: written in capitals, of
// minSectionKeyWords words or more joined by hyphens or underscores, on a
// block whose first element is the section's heading and that holds
// minSectionKeyChars of text or more, as DocBook and other documentation
// generators key their sections ("SQL-FOR-UPDATE-SHARE" over "The
// Locking Clause", "FUNCTIONS-ADMIN-BACKUP"). A class hint inside such a
// key ("share", "related", "footer") is a word of the document's subject;
// a theme's box is named in lower case ("social-share", "share-box").
func sectionKey(n *html.Node, id string) bool {
	if n.Type != html.ElementNode || len(strings.FieldsFunc(id, wordSeparator)) < minSectionKeyWords ||
		strings.ToUpper(id) != id || strings.ToLower(id) == id {
		return false
	}
	h := firstElementChild(n)
	if h == nil || !heading(h) {
		return false
	}
	return len(textOfMax(n, minSectionKeyChars)) >= minSectionKeyChars
}

// minSectionKeyWords and minSectionKeyChars bound a sectionKey: its words,
// and its section's text.
const (
	minSectionKeyWords = 3
	minSectionKeyChars = 200
)

// maxAnchorChars bounds the heading text textAnchor compares.
const maxAnchorChars = 300

// textAnchor reports whether id, the id of n, is a heading's anchor made
// from its own words, as WordPress, Markdown renderers and documentation
// generators make them ("what-share-of-adolescents-..." for "What share of
// adolescents ...?", "create-a-host-certificate-authority-key"): its words
// are the heading's, so the class hints they happen to hold ("share",
// "author" in "authority", "related") are no hint of page chrome. The
// anchor may be cut short, or prefixed ("toc-", "h-"); it must hold three
// words or more.
func textAnchor(n *html.Node, id string) bool {
	if n.Type != html.ElementNode || !heading(n) {
		return false
	}
	a := slugWords(id)
	if strings.Count(a, "-") < 2 {
		return false
	}
	t := slugWords(textOfMax(n, maxAnchorChars))
	return t != "" && (strings.Contains(a, t) || strings.HasPrefix(t, a))
}

// slugWords lower-cases s and joins its runs of letters and digits with
// "-", as an anchor is made from a heading's words.
func slugWords(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list s (a class, rel or
// itemprop value) contains tok, as written: callers lower-case s where the
// attribute is case-insensitive (rel), not where it is not (class).
func hasToken(s, tok string) bool {
	for f := range strings.FieldsSeq(s) {
		if f == tok {
			return true
		}
	}
	return false
}

// textOf is the text content of n.
func textOf(n *html.Node) string { return textOfMax(n, -1) }

// textOfMax is the text content of n, cut off once it passes max bytes
// (max < 0: no limit), so probing big subtrees for short text stays cheap.
func textOfMax(n *html.Node, max int) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	// The first text is kept as it is, and copied only when a second
	// follows: most elements asked (a heading, a link, a line) hold one.
	var b strings.Builder
	first, pieces := "", 0
	eachText(n, false, func(s string) bool {
		pieces++
		if pieces == 1 {
			first = s
			return max < 0 || len(s) <= max
		}
		if pieces == 2 {
			b.Grow(len(first) + len(s))
			b.WriteString(first)
		}
		b.WriteString(s)
		return max < 0 || b.Len() <= max
	})
	if pieces < 2 {
		return first
	}
	return b.String()
}

// textTailMax is the end of n's text, scripts and styles left out: its
// last text nodes, read backwards until they pass max bytes.
func textTailMax(n *html.Node, max int) string {
	var parts []string
	size := 0
	eachText(n, true, func(s string) bool {
		parts = append(parts, s)
		size += len(s)
		return size <= max
	})
	slices.Reverse(parts)
	return strings.Join(parts, "")
}

// textHoldsByte reports whether the text textOfMax(n, max) returns (or,
// backwards, textTailMax(n, max)) holds the byte c, without making the
// string: a probe that reads no further without it (stampedHead's colon)
// costs no allocation on the many blocks that lack it.
func textHoldsByte(n *html.Node, backwards bool, max int, c byte) bool {
	if n.Type == html.TextNode && !backwards {
		return strings.IndexByte(n.Data, c) >= 0
	}
	found, size := false, 0
	eachText(n, backwards, func(s string) bool {
		found = strings.IndexByte(s, c) >= 0
		size += len(s)
		return !found && size <= max
	})
	return found
}

// textOver reports whether n's text (scripts and styles left out) runs
// past max bytes, as len(textOfMax(n, max)) > max does, without making the
// string: a probe that turns away the many long blocks at no allocation.
func textOver(n *html.Node, max int) bool {
	if n.Type == html.TextNode {
		return len(n.Data) > max
	}
	size := 0
	eachText(n, false, func(s string) bool {
		size += len(s)
		return size <= max
	})
	return size > max
}

// eachText calls f with each text node below n in document order (or in
// reverse order when backwards), scripts and styles left out, until f
// returns false; it reports whether f never did.
func eachText(n *html.Node, backwards bool, f func(string) bool) bool {
	return walkChildTexts(n, backwards, scriptOrStyle, f)
}

// walkTexts calls f with n's text if n is a text node, else with the
// texts of the text nodes below n, in document order (or in reverse order
// when backwards), leaving out the elements skip names (n included) and
// nodes that are neither text nor elements, until f returns false; it
// reports whether f never did. The one walk of the text eachText,
// unlinkedText, textOutsideLinks and wrapperTextLen read.
func walkTexts(n *html.Node, backwards bool, skip func(*html.Node) bool, f func(string) bool) bool {
	switch {
	case n.Type == html.TextNode:
		return f(n.Data)
	case n.Type != html.ElementNode || skip(n):
		return true
	}
	return walkChildTexts(n, backwards, skip, f)
}

// walkChildTexts is walkTexts over each of n's children in turn (the last
// first when backwards): n itself is neither read nor left out.
func walkChildTexts(n *html.Node, backwards bool, skip func(*html.Node) bool, f func(string) bool) bool {
	c := n.FirstChild
	if backwards {
		c = n.LastChild
	}
	for c != nil {
		if !walkTexts(c, backwards, skip, f) {
			return false
		}
		if backwards {
			c = c.PrevSibling
		} else {
			c = c.NextSibling
		}
	}
	return true
}

// scriptOrStyle names the elements whose text is code, not the page's.
func scriptOrStyle(n *html.Node) bool { return n.DataAtom == atom.Script || n.DataAtom == atom.Style }

// clean collapses runs of white space to one space and trims the ends
// (strings.Join(strings.FieldsFunc(s, isSpace), " "), in one pass: s
// itself when it is clean already, else one allocation).
func clean(s string) string {
	var b []byte
	start, end := -1, 0 // the field being read; the end of what s gives unchanged
	for i, r := range s {
		if !isSpace(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			b = appendField(b, s, start, i, &end)
			start = -1
		}
	}
	if start >= 0 {
		b = appendField(b, s, start, len(s), &end)
	}
	if b == nil {
		return s[:end]
	}
	return string(b)
}

// appendField is clean's (and norm's) step: it adds the field s[start:i]
// to b, a space before it unless it is the first. While the fields so far
// are s's own bytes from its start, single-spaced, b stays nil and *end
// marks how far they reach.
func appendField(b []byte, s string, start, i int, end *int) []byte {
	if b == nil {
		if start == 0 || (*end > 0 && start == *end+1 && s[*end] == ' ') {
			*end = i
			return nil
		}
		b = make([]byte, 0, len(s))
		b = append(b, s[:*end]...)
	}
	if len(b) > 0 {
		b = append(b, ' ')
	}
	return append(b, s[start:i]...)
}

// norm lower-cases s and keeps only its letters and digits, single-spaced,
// for comparing titles and names
// (strings.Join(strings.FieldsFunc(strings.ToLower(s), notLetterOrNumber),
// " "), in one pass: s itself when it is so already, else one allocation).
func norm(s string) string {
	var buf [256]byte
	b := buf[:0]
	gap := false
	for _, r := range s {
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			gap = true
			continue
		}
		if gap && len(b) > 0 {
			b = append(b, ' ')
		}
		gap = false
		b = utf8.AppendRune(b, r)
	}
	if string(b) == s {
		return s
	}
	return string(b)
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
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

// textLen counts the characters of s with white space runs collapsed to one,
// and its commas.
func textLen(s string) (n, commas int) {
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ',' < c && c < 0x80 {
			// Most of any text: ASCII past the spaces and the comma,
			// one character, told apart in one test.
			n++
			space = false
			continue
		}
		switch c {
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

// docRoot is the root of n's tree: the document node of a parsed page,
// which the rules that index or search the whole page once (headlineInside,
// titleH1, classedUnder) start from.
func docRoot(n *html.Node) *html.Node {
	for n.Parent != nil {
		n = n.Parent
	}
	return n
}

// linkTextLen is the length (textLen) of the text of n's links, each
// read up to max bytes: with a block's own length, how much of it is
// linked (linkDensity is the same from a block's counted info).
func linkTextLen(n *html.Node, max int) int {
	link := 0
	for a := range descendants(n) {
		if a.Type == html.ElementNode && a.DataAtom == atom.A {
			l, _ := textLen(textOfMax(a, max))
			link += l
		}
	}
	return link
}

// heading reports whether n is a heading element (h1-h6), whose class
// ("section-header", "recipe-header") names what it is, not page chrome.
func heading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
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

// insideTag reports whether n is inside an element of the tag below top
// (a <form>, a <table>).
func insideTag(n, top *html.Node, tag atom.Atom) bool {
	for a := n.Parent; a != nil && a != top; a = a.Parent {
		if a.DataAtom == tag {
			return true
		}
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

// firstElementChild returns n's first element child, or nil.
func firstElementChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// nextElement returns the element sibling after n, or nil, past text of
// any kind (elementSibling stops at text that is not white space).
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// descendants yields the nodes under n in document order, as
// n.Descendants() does, by walking the tree's links: Descendants nests an
// iterator a level, a call or more a node and level, and its walks of
// whole pages cost 2% of FromReader's instructions. The loop's body must
// not move nodes (none here does: the tree is changed before the
// attempts, by walks of their own).
func descendants(n *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		for c := n.FirstChild; c != nil; {
			if !yield(c) {
				return
			}
			if c.FirstChild != nil {
				c = c.FirstChild
				continue
			}
			for c.NextSibling == nil {
				if c = c.Parent; c == n || c == nil {
					return
				}
			}
			c = c.NextSibling
		}
	}
}

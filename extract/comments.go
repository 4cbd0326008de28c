package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Readers' comments: threads of comments told by their stamps (a date and a
// clock time) or anchors, and the headings and lines that open them ("12
// Comments", "Leave a reply").

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
// pm") or end in one (stampedTail: "by Jane Doe on Aug 9, 2012 10:23
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
	first = pastThreadHeadingBox(first)
	items := 0
	for c := first; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == first.DataAtom {
			items++
		}
	}
	if items < minThreadItems {
		return false
	}
	count := max(stampedCount(first, stampedHead), stampedCount(first, stampedTail))
	return count >= minThreadItems && 2*count >= items && textBefore(n, minShortArticleChars)
}

// pastThreadHeadingBox returns the next block sibling of first's tag when
// first is a box holding a heading and nothing else of note (threadHeadingBox):
// a thread's heading ("Comments (9) Add A Comment", its words linked to the
// form) set in a <div> of its own before the comments' <div>s, which
// stampedBlocks would otherwise read as the thread's unstamped first comment.
// Otherwise first.
func pastThreadHeadingBox(first *html.Node) *html.Node {
	if !threadHeadingBox(first) {
		return first
	}
	for c := first.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == first.DataAtom {
			return c
		}
	}
	return first
}

// threadHeadingBox reports whether n is a <div> holding a heading of
// maxThreadHeadingChars or fewer and nothing else (wrappedHeading): a box
// that heads what follows it.
func threadHeadingBox(n *html.Node) bool {
	h := wrappedHeading(n)
	return h != nil && len(clean(textOfMax(h, 4*maxThreadHeadingChars))) <= maxThreadHeadingChars
}

// maxThreadHeadingChars is the longest heading threadHeadingBox takes.
const maxThreadHeadingChars = 60

// stampedCount counts first and its later siblings of its tag that stamped
// reports on (stampedHead or stampedTail), or 0 where first is not one:
// stampedBlocks tries both and takes the larger count, as a first comment
// short enough ("first!") has its foot's stamp within a head's reach too,
// while the longer comments after it carry theirs at the foot alone.
func stampedCount(first *html.Node, stamped func(*html.Node) bool) int {
	if !stamped(first) {
		return 0
	}
	count := 0
	for c := first; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == first.DataAtom && stamped(c) {
			count++
		}
	}
	return count
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
// and styles (walkTexts, linkOrCode), white space runs as one, up to max
// (above zero) or a little more.
func unlinkedText(n *html.Node, max int) int {
	total := 0
	walkTexts(n, false, linkOrCode, func(s string) bool {
		l, _ := textLen(s)
		total += l
		return total < max
	})
	return total
}

// linkOrCode names links, scripts and styles: what unlinkedText and
// textOutsideLinks leave out of an element's own text.
func linkOrCode(n *html.Node) bool { return n.DataAtom == atom.A || scriptOrStyle(n) }

// minThreadItems is the number of stamped items that make commentThread's
// thread.
const minThreadItems = 3

// stampedHead reports whether the first maxStampedHead characters of n's
// text hold a clock time (10:21) and a date: a month's name, a year
// (2012) or a date in figures (07.08.12, 3/7/2012).
func stampedHead(n *html.Node) bool {
	if !textHoldsByte(n, false, 4*maxStampedHead, ':') {
		return false // no clock time (most lists' items, read no further)
	}
	raw := textOfMax(n, 4*maxStampedHead)
	if !holdsClock(raw) {
		return false // no figure:figures, which stamp's clock time needs
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
	if !textHoldsByte(n, true, 4*maxStampedHead, ':') {
		return false
	}
	raw := textTailMax(n, 4*maxStampedHead)
	if !holdsClock(raw) {
		return false
	}
	tail := strings.ToLower(clean(raw))
	if len(tail) > maxStampedHead {
		tail = tail[len(tail)-maxStampedHead:]
	}
	return stamp(tail)
}

// holdsClock reports whether s holds a figure, a colon and two figures
// ("10:21"), as the clock time stamp looks for does: cleaning and
// lower-casing s neither join nor part those bytes, so a text without
// them is turned away before it is copied twice.
func holdsClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		j := strings.IndexByte(s[i:len(s)-2], ':')
		if j < 0 {
			return false
		}
		i += j
		if isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) {
			return true
		}
	}
	return false
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
	h := wrappedHeading(n)
	return h != nil && commentsHeading(h)
}

// wrappedHeading returns the heading that the <div> n holds and nothing
// else, down through maxHeadingWrappers <div>s of one child each, or nil.
func wrappedHeading(n *html.Node) *html.Node {
	for range maxHeadingWrappers {
		if n.Type != html.ElementNode || n.DataAtom != atom.Div {
			return nil
		}
		only := onlyElementChild(n)
		if only == nil {
			return nil
		}
		if heading(only) {
			return only
		}
		n = only
	}
	return nil
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
	if n.Type != html.ElementNode || !isBlock(n) || heading(n) || textOver(n, 4*maxCountLineChars) {
		return false
	}
	t := textOfMax(n, 4*maxCountLineChars)
	if strings.IndexFunc(t, unicode.IsDigit) < 0 || firstLink(n) != nil {
		// (The link looked for last: a block of much text may hold a
		// page of elements, all walked to find none.)
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
	if matchPrefix(t, commentTitles) {
		return true
	}
	for _, o := range quotedCommentTitles {
		if rest, ok := strings.CutPrefix(t, o); ok && (t != l || opensQuote(rest)) {
			return true
		}
	}
	return t != l && matchPrefix(t, countedCommentTitles)
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
	return matchPrefix(l, offerOpeners) || strings.Contains(l, "%") && matchPrefix(l, leftToReadOpeners)
}

// maxOfferLineChars is the longest paragraph offerLine reads: a heading's
// line, not a sentence.
const maxOfferLineChars = 60

// offerLine reports whether n is a paragraph that heads a paywall's offer
// as offerHeading's heading does ("Jetzt weiterlesen mit Tageblatt+",
// "Continue reading with Daily+"), set as a <p> of its own: a short line,
// at most maxOfferLineChars, with no full stop at its end. The offer's
// lines under it ("Testen Sie jetzt einen Monat lang für nur 1 Euro und
// lesen Sie alle Artikel") read as a sentence of the story.
func offerLine(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	l := strings.TrimSpace(textOfMax(n, maxOfferLineChars+1))
	return len(l) <= maxOfferLineChars && !strings.HasSuffix(l, ".") && offerHeading(n)
}

// leftToReadOpeners begin a paywall's heading that says how much of the
// article is left behind it, with a share ("Il vous reste 70% de cet
// article à lire", "Te queda el 60% del artículo"): without the share
// they open a subhead of the text as well.
var leftToReadOpeners = []string{"il vous reste", "te queda", "le queda", "ti resta", "você ainda tem"}

// offerOpeners begin a paywall offer's heading, in German and English, and
// French, Spanish, Italian and Dutch.
var offerOpeners = []string{"jetzt weiterlesen mit", "weiterlesen mit", "lesen sie jetzt weiter mit", "jetzt weiterlesen und",
	"lesen sie weiter mit", "weiter lesen mit", "exklusiv für abonnenten", "exklusiv für abonnentinnen",
	"subscribe to continue reading", "subscribe to read", "continue reading with", "to continue reading, subscribe",
	// German, French, Spanish, Italian and Dutch.
	"dieser artikel ist nur für abonnenten", "nur für abonnenten", "abonnez-vous pour lire la suite",
	"cet article est réservé aux abonnés", "la suite est réservée aux abonnés", "réservé aux abonnés",
	"suscríbete para seguir leyendo", "suscríbete para continuar leyendo", "contenido exclusivo para suscriptores",
	"abbonati per continuare a leggere", "contenuto riservato agli abbonati", "lees verder met", "word abonnee",
	// The twins of "continue reading with" and "exclusive for subscribers"
	// in Spanish, Portuguese, Italian and French that the list lacked
	// (session 20).
	"sigue leyendo con", "seguir leyendo con", "continúa leyendo con", "continuar leyendo con",
	"exclusivo para suscriptores", "continue lendo com", "continuar lendo com", "assine para continuar",
	"assine para ler", "exclusivo para assinantes", "conteúdo exclusivo para assinantes", "continua a leggere con",
	"prosegui la lettura con", "abbonati per leggere", "riservato agli abbonati", "articolo riservato agli abbonati",
	"continuez votre lecture", "poursuivez votre lecture", "continuer la lecture avec", "lisez la suite avec"}

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
	"deixe um comentário", "deixe uma resposta", "escreva um comentário",
	// German themes' other wordings (formal and informal), and the
	// Spanish and Dutch ones the list lacked.
	"hinterlasse eine antwort", "hinterlassen sie eine antwort", "hinterlassen sie einen kommentar",
	"eine antwort hinterlassen", "einen kommentar hinterlassen", "kommentar hinterlassen", "dejar un comentario",
	"deja tu comentario", "reactie plaatsen"}

// quotedCommentTitles begin a comment thread's heading after its count
// or before the post's title in quotes ("12 Comments on ...", "Comments
// on “Title”", "Kommentare zu „Titel“", "3 réponses à « Titre »", "Una
// risposta a “Titolo”"); without either they head an article's own
// section ("Comments on the draft rule", "Una respuesta a la crisis").
var quotedCommentTitles = []string{"comments on ", "comments to ", "kommentare zu ", "commentaires sur ",
	"une réponse à ", "réponses à ", "una respuesta a ", "respuestas a ", "comentarios en ", "una risposta a ",
	"risposte a ", "commenti su ", "één reactie op ", "een reactie op ", "reacties op ", "uma resposta para ",
	"respostas para ", "comentários em ",
	// WordPress's "One thought on “Title”" in its French, Spanish,
	// Portuguese, Italian and Dutch translations (session 20).
	"une réflexion sur ", "un commentaire sur ", "un comentario en ", "un comentario sobre ", "um comentário em ",
	"um comentário sobre ", "un pensiero su ", "un commento su ", "één gedachte over ", "een gedachte over ",
	"één reactie over ", "eén gedachte over ", "eén reactie op "}

// countedCommentTitles begin a comment thread's heading after its count
// ("3 thoughts on", "12 Gedanken zu", "3 Antworten auf"); without one they head an
// article's own sections as often ("Thoughts on the budget", "Response
// to the ruling").
var countedCommentTitles = []string{"thoughts on ", "thought on ", "responses to ", "response to ", "replies to ",
	"reply to ", "gedanken zu ", "gedanke zu ", "antworten zu ", "antworten auf ", "antwort auf ", "reaktionen auf ",
	"reaktion auf ",
	// WordPress's "3 thoughts on “Title”" in its French, Spanish,
	// Portuguese, Italian and Dutch translations (session 20).
	"réflexions sur ", "réflexion sur ", "commentaires sur ", "comentarios sobre ", "comentários sobre ",
	"pensamientos sobre ", "pensamentos sobre ", "pensieri su ", "commenti su ", "gedachten over ", "reacties over "}

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

// commentsOpening reports whether n opens, past one short block of links
// (linkLine: a "Leave a comment" button, a "Report" link), with a heading
// that says "Comments" (commentsHeading), or with a block wrapping one
// (wrappedCommentsHeading), after a post (textBefore): the readers' thread
// under its heading where no class names it, which commentsSection misses
// for wanting the heading first and bare.
func commentsOpening(n *html.Node) bool {
	c := firstElementChild(n)
	if c == nil {
		return false
	}
	head := commentsHeadingBlock(c)
	if !head && linkLine(c) {
		c = nextElement(c)
		head = c != nil && commentsHeadingBlock(c)
	}
	return head && textBefore(n, minShortArticleChars)
}

// commentsHeadingBlock reports whether n is a heading that says
// "Comments" (commentsHeading) or a block wrapping one alone
// (wrappedCommentsHeading).
func commentsHeadingBlock(n *html.Node) bool {
	return heading(n) && commentsHeading(n) || wrappedCommentsHeading(n)
}

// linkLine reports whether n is a block of one short line, no heading,
// all of its text in links: a button or a link set above a thread.
func linkLine(n *html.Node) bool {
	if !isBlock(n) || heading(n) || unlinkedText(n, 1) > 0 || firstLink(n) == nil {
		// (Text outside its links, asked first: most blocks have some,
		// found at once, where a block with no link is walked whole.)
		return false
	}
	t := textOfMax(n, 4*maxCountLineChars)
	return len(t) <= 4*maxCountLineChars && len(clean(t)) <= maxCountLineChars && strings.TrimSpace(t) != ""
}

// qualifiedCommentsTitle reports whether l, a heading's text lower-cased,
// is a thread's counted title with a word between the count and the
// words quotedCommentTitles know, and the post's title in quotes after
// them ("8 appreciated comments on “Title”", "12 great responses to
// ..."), or a comments label followed by a call to comment ("Comments (9)
// Add a comment"), or a count before the singular ("1 comment:", Blogger's
// heading of a thread of one): themes word the heading their own way.
func qualifiedCommentsTitle(l string) bool {
	l = clean(l)
	t := strings.TrimLeft(l, " 0123456789")
	if t != l && singularComment[strings.Trim(t, " :")] {
		return true
	}
	if t != l {
		if _, rest, ok := strings.Cut(t, " "); ok {
			for _, o := range quotedCommentTitles {
				if after, ok := strings.CutPrefix(rest, o); ok && opensQuote(after) {
					return true
				}
			}
		}
	}
	for _, call := range commentCalls {
		if head, ok := strings.CutSuffix(l, call); ok && head != l && commentsLabel(head) {
			return true
		}
	}
	return false
}

// singularComment is "comment" in the word lists' languages: counted
// ("1 comment:"), a thread of one; alone, a section of an article.
var singularComment = map[string]bool{"comment": true, "kommentar": true, "commentaire": true, "comentario": true,
	"comentário": true, "commento": true, "reactie": true}

// commentCalls end a comments heading that calls to comment ("Comments (9)
// Add a comment").
var commentCalls = append([]string{"add a comment", "add comment", "post a comment", "kommentieren", "commenter"}, commentForms...)

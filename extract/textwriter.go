package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The text writer: paragraphs of output text with white space collapsed,
// invisible format characters dropped, and markup shown as text told apart.

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
	// byline: a forum post's line of author and date (postByline),
	// kept as it is.
	byline bool
}

// textWriter collects paragraphs, collapsing white space.
type textWriter struct {
	paras []paragraph
	// cur is the paragraph being written; its buffer is kept for the
	// next (a paragraph costs one allocation, its string).
	cur    []byte
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
	field := func(f string) {
		if (n > 0 || w.space) && len(w.cur) > 0 {
			w.cur = append(w.cur, ' ')
		}
		w.cur = append(w.cur, f...)
		if w.inLink > 0 {
			w.link += len(f) + 1
		}
		n++
	}
	// The fields of s between runs of isSpace, as strings.FieldsFunc
	// splits them, read a byte at a time where they are ASCII.
	start := -1 // of the field being read
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
		}
		switch {
		case space && start >= 0:
			field(s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		field(s[start:])
	}
	if n > 0 {
		w.space = isSpace(last)
	}
}

// byline writes s, a forum post's author and date (postByline), as a
// line of its own that the paragraph filters keep.
func (w *textWriter) byline(s string) {
	w.flush()
	w.paras = append(w.paras, paragraph{text: s, byline: true})
}

func (w *textWriter) flush() {
	if len(w.cur) > 0 {
		text := string(w.cur)
		w.paras = append(w.paras, paragraph{text: text, link: w.link, item: w.inItem > 0, markup: w.markup && !quotedMarkup(text),
			introduced: w.inIntroduced > 0, code: w.inPre > 0})
		w.cur = w.cur[:0]
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

// activeAttr matches what makes a tag an attack's payload rather than a
// page's markup: an event handler's attribute (onerror=, onload=) or a
// javascript: URL.
var activeAttr = regexp.MustCompile(`(?i)\son[a-z]+\s*=|javascript:`)

// anyTag matches a tag as text, opening or closing, of any element.
var anyTag = regexp.MustCompile(`</?[A-Za-z][^<>]*>`)

// minQuotingWords is the least words of prose, outside the tags, that a
// paragraph quoting markup holds.
const minQuotingWords = 8

// quotedMarkup reports whether s, a paragraph showing HTML tags as text
// (literalMarkup), is prose that quotes them: each tag that literalTag
// finds is a payload (activeAttr: a security story's
// "<img src=x onerror=alert(1)>") or opens a quotation (after a
// quotation mark or backtick), and the words outside the tags are prose
// (minQuotingWords of them, no fewer bytes than the tags). A page's own
// markup shown as text (a link escaped twice, wrapping the prose's
// words; a counter's image or an embed alone) is neither and stays out.
func quotedMarkup(s string) bool {
	for _, m := range literalTag.FindAllStringIndex(s, -1) {
		end := strings.IndexByte(s[m[1]:], '>')
		if end < 0 {
			end = len(s)
		} else {
			end += m[1] + 1
		}
		before, _ := utf8.DecodeLastRuneInString(s[:m[0]])
		if !strings.ContainsRune("\"'`“‘«„‚", before) && !activeAttr.MatchString(s[m[0]:end]) {
			return false
		}
	}
	prose := anyTag.ReplaceAllString(s, " ")
	return len(strings.Fields(prose)) >= minQuotingWords && 2*len(strings.TrimSpace(prose)) >= len(s)
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

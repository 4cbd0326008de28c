// Package extract turns an HTML news page into an article: its own text,
// paragraph by paragraph, and its metadata (title, byline, publication time,
// language, site name, canonical URL).
//
// FromReader is a pure function of its input: no global state, the same bytes
// give the same article. It decodes the document to UTF-8, parses it once,
// reads the metadata from <head>, JSON-LD and the body, and finds the main
// text by scoring blocks on their text, commas and link density (after the
// approach of Mozilla Readability), then writes the chosen blocks' paragraphs,
// headings, list items, table rows and quotes as paragraphs. When that finds
// nothing usable, a fallback reads what the main pass removes whole (page
// chrome, <noscript> copies) or the page's largest block of text, and marks
// the article (Article.Extraction), so a page with text never yields none.
package extract

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"
	"net/url"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"

	"github.com/newsner/newsner"
)

// Version names this extractor in the record's model field.
const Version = "extract/v71"

// ModelField is the record's model field: this extractor and the Name of
// the entity finder ("extract/v47+ner/perceptron-v4/doc37").
func ModelField(finder string) string { return Version + "+" + finder }

// MaxInputBytes is the largest document FromReader accepts; a longer one is
// refused with an ETooLarge error rather than parsed, which bounds the time and
// memory one page can take. It is the commands' one size cap
// (newsner.DefaultMaxBodyBytes); Processor.MaxBytes, where set, replaces it.
const MaxInputBytes = newsner.DefaultMaxBodyBytes

// FromReader parses an HTML document (raw bytes as served) and returns an
// Article with Title, Byline, PublishedAt, Language, SiteName, CanonicalURL and
// Text filled, and Extraction where the text is the fallback's; other
// fields stay zero. contentType is the HTTP Content-Type
// header, if any; it, a byte order mark or a <meta charset> names the
// encoding (where none does: UTF-8 if the bytes are valid UTF-8, else a
// guess from the bytes among windows-1252, windows-1251, GBK, Shift_JIS,
// EUC-JP and Big5). CanonicalURL is resolved against pageURL (which may be nil)
// and is empty when the page names none. Text holds paragraphs separated by
// "\n\n" with white space normalised; it is the page's description
// (og:description, description), marked as the fallback's, when the page
// has no visible text, and empty only when it has neither, which is not an
// error.
//
// Errors are *newsner.Error: ETooLarge for a document over MaxInputBytes,
// EExtract for one that cannot be read or decoded. HTML nested deeper than
// the parser allows (512 elements) loses its deepest tags (not their text);
// if it is still too deep, it is read as a flat token stream: its text
// without the scoring, its title, and a guessed language. So is a document
// of more than maxTags tags, to bound the memory a tree would take.
func FromReader(r io.Reader, pageURL *url.URL, contentType string) (newsner.Article, error) {
	return fromReader(r, MaxInputBytes, pageURL, contentType)
}

// fromReader is FromReader with a size cap of max bytes.
func fromReader(r io.Reader, max int64, pageURL *url.URL, contentType string) (newsner.Article, error) {
	bp, _ := readBufs.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	buf := bytes.NewBuffer((*bp)[:0])
	defer func() {
		if b := buf.Bytes(); cap(b) <= maxPooledBuf {
			*bp = b[:0]
			readBufs.Put(bp)
		}
	}()
	if br, ok := r.(interface{ Len() int }); ok {
		buf.Grow(int(min(int64(br.Len()), max)) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, max+1))
	raw := buf.Bytes()
	if err != nil {
		return newsner.Article{}, &newsner.Error{Code: newsner.EExtract, Message: "read document", Err: err}
	}
	return fromBytes(raw, max, pageURL, contentType)
}

// readBufs holds the buffers fromReader reads documents into, for the next
// call: a new page-sized buffer must be zeroed, which costs as much as
// some of the extraction. Nothing fromBytes returns refers to the buffer
// (the parser copies what it keeps).
var readBufs sync.Pool // of *[]byte

// maxPooledBuf is the largest buffer kept in readBufs.
const maxPooledBuf = 4 << 20

// fromBytes is fromReader on a document already read; it does not change
// raw (the parser reads it in place).
func fromBytes(raw []byte, max int64, pageURL *url.URL, contentType string) (newsner.Article, error) {
	if int64(len(raw)) > max {
		return newsner.Article{}, newsner.Errorf(newsner.ETooLarge, "document exceeds %d bytes", max)
	}
	text, err := decode(raw, contentType)
	if err != nil {
		return newsner.Article{}, &newsner.Error{Code: newsner.EExtract, Message: "decode document", Err: err}
	}
	text = dropControls(text)
	if len(text) > maxTags && bytes.Count(text, []byte("<")) > maxTags {
		// Far more markup than any article page has: a tree of it would
		// take hundreds of megabytes. Read the tokens as they stream.
		return flatArticle(text), nil
	}
	root, err := html.Parse(dropScriptText(text))
	if err != nil && tooDeep(err) {
		// The parser refuses trees deeper than 512 elements, as unclosed
		// tags on a sloppy page can make. Drop the tags that open beyond
		// a safe depth and parse again; failing that, read the page as a
		// flat stream of tokens.
		root, err = html.Parse(strings.NewReader(shallow(text, maxDepth)))
		if err != nil && tooDeep(err) {
			return flatArticle(text), nil
		}
	}
	if err != nil {
		return newsner.Article{}, &newsner.Error{Code: newsner.EExtract, Message: "parse html", Err: err}
	}
	return fromDocument(goquery.NewDocumentFromNode(root), pageURL, text), nil
}

// fromDocument reads the article out of a parsed document; raw is the
// document's text as parsed (for its scripts' data). It walks the
// html.Node tree under the goquery document by hand: a selector costs a walk
// of the whole tree each, more than the throughput budget allows.
func fromDocument(doc *goquery.Document, pageURL *url.URL, raw []byte) newsner.Article {
	readNoscriptCopyFirst(doc.Nodes[0])
	m := readMeta(doc.Nodes[0])
	var a newsner.Article
	a.CanonicalURL = m.canonical(pageURL)
	a.SiteName = m.siteName()
	a.Title = m.title(a.SiteName)
	if a.SiteName == "" {
		a.SiteName = siteFromTitle(m.docTitle, a.Title)
	}
	a.Byline = m.byline()
	a.PublishedAt = m.published()
	var fallback bool
	// A page without script data's markers (most pages: holdsScriptData,
	// one look for them) has no article there and no room for one:
	// scriptArticle and scriptContinues would search it for each marker.
	// A store under a site's own name (storeArticle) has no marker of
	// its own and is read on shells whatever this finds.
	hasData := sync.OnceValue(func() bool { return holdsScriptData(raw) })
	var script, store *string // read once, when mainText first asks
	scriptBody := func(markupChars int) string {
		if script == nil {
			s := ""
			if hasData() {
				s = scriptArticle(raw, a.Title)
			}
			script = &s
		}
		if *script != "" || markupChars >= minUsableChars {
			return *script
		}
		// A shell: a store under a name of the site's own.
		if store == nil {
			s := storeArticle(raw, a.Title)
			store = &s
		}
		return *store
	}
	scriptRoom := func(text string) bool { return hasData() && scriptContinues(raw, text) }
	a.Text, fallback = mainText(doc.Nodes[0], a.Title, m.ld.bodyOrThread(), scriptBody, scriptRoom, m.elements, m.ld.found, m.notEnglish(doc.Nodes[0]), m.panels)
	if a.Text == "" {
		// No text on the page at all (an application's shell that
		// renders by script): its description, where it states one, is
		// the article's summary, and better than nothing.
		a.Text = clean(m.tag("og:description", "description", "twitter:description"))
		fallback = a.Text != ""
	}
	if fallback {
		a.Extraction = newsner.ExtractionFallback
	}
	a.Language = m.language(a.Text)
	return a
}

// decode returns the document as UTF-8 (raw itself where it is UTF-8). The encoding comes from, in order: a
// byte order mark or the Content-Type charset (except that bytes labelled
// ISO-8859-1/windows-1252 that are valid UTF-8 are read as UTF-8); UTF-8 if
// the whole document is valid UTF-8 (pages declaring a legacy charset but
// served as UTF-8 are common); the first <meta charset> of the document;
// else a guess from the bytes (sniff: windows-1252, windows-1251, GBK,
// Shift_JIS, EUC-JP or Big5). A document so labelled or guessed as a
// one-byte charset whose bytes are UTF-8 but for a few stray ones
// (nearlyUTF8) is read as UTF-8, each stray byte as the label reads it.
// Names are looked up and bytes decoded by golang.org/x/net/html/charset.
func decode(raw []byte, contentType string) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(raw, contentType)
	if certain && name == "windows-1252" && utf8.Valid(raw) && hasMultibyte(raw) {
		// Servers often label UTF-8 as ISO-8859-1 (an alias of
		// windows-1252); Latin-1 text is practically never valid UTF-8
		// with multi-byte sequences, so the bytes win over the label.
		return raw, nil
	}
	if !certain {
		if utf8.Valid(raw) {
			return raw, nil
		}
		// DetermineEncoding looks at the first 1024 bytes only; a <meta
		// charset> often comes later, so let it prescan from that tag on.
		if i := metaCharsetAt(raw); i >= 0 {
			enc, name, _ = charset.DetermineEncoding(raw[i:], "")
		} else {
			// Nothing declares one: guess from the bytes.
			enc, name = sniff(raw)
		}
	}
	if cm := oneByteCharset(name); cm != nil && nearlyUTF8(raw) {
		// Labelled (or guessed) a one-byte charset, but its non-ASCII
		// bytes are UTF-8 but for a stray byte or two (a UTF-8 page
		// under an ISO-8859-1 <meta>, with a "®" typed in Latin-1 in
		// its footer; a page whose text came in as entities, written
		// out as UTF-8): read as UTF-8, each stray byte as the label
		// reads it.
		return withStrayBytes(raw, cm), nil
	}
	if enc == encoding.Nop || name == "utf-8" {
		if utf8.Valid(raw) {
			return raw, nil
		}
		if !mostlyUTF8(raw) {
			// Labelled UTF-8, but its non-ASCII bytes are mostly not
			// (an old German site's Latin-1 text under a template's
			// <meta charset="utf-8">): guess from the bytes, as for
			// a page that declares nothing.
			enc, name = sniff(raw)
		} else {
			return bytes.ToValidUTF8(raw, []byte("\uFFFD")), nil
		}
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), raw)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}

// mostlyUTF8 reports whether the non-ASCII bytes of b, invalid UTF-8,
// are still mostly UTF-8: as many valid multi-byte sequences or more as
// invalid bytes (a UTF-8 page with a stray byte or a cut sequence, whose
// umlauts a guessed legacy decoding would break). Only the first
// sniffBytes are looked at.
func mostlyUTF8(b []byte) bool {
	valid, invalid := utf8Sequences(b)
	return valid >= invalid
}

// minNearlyUTF8 is the fewest valid multi-byte sequences nearlyUTF8 takes,
// and nearlyUTF8Ratio how many times the invalid bytes they must be.
const (
	minNearlyUTF8   = 4
	nearlyUTF8Ratio = 4
)

// nearlyUTF8 reports whether b, not valid UTF-8, is UTF-8 all the same
// but for a few stray bytes: minNearlyUTF8 valid multi-byte sequences or
// more, nearlyUTF8Ratio times its invalid bytes or more (in the first
// sniffBytes). Text in a one-byte charset (Latin-1's accented letters,
// windows-1251's Cyrillic) seldom forms a valid sequence at all.
func nearlyUTF8(b []byte) bool {
	if utf8.Valid(b) {
		return false
	}
	valid, invalid := utf8Sequences(b)
	return valid >= minNearlyUTF8 && valid >= nearlyUTF8Ratio*invalid
}

// oneByteCharset returns the one-byte charset (windows-1252, ISO-8859-2,
// KOI8-R, ...) of the WHATWG name, or nil for a name of a charset of
// more bytes or of none.
func oneByteCharset(name string) *charmap.Charmap {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil
	}
	cm, _ := enc.(*charmap.Charmap)
	return cm
}

// withStrayBytes returns b, UTF-8 but for stray bytes (nearlyUTF8), as
// UTF-8, each stray byte decoded as the one-byte charset cm reads it.
func withStrayBytes(b []byte, cm *charmap.Charmap) []byte {
	out := make([]byte, 0, len(b)+8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			r = cm.DecodeByte(b[0])
		}
		out = utf8.AppendRune(out, r)
		b = b[size:]
	}
	return out
}

// utf8Sequences counts the valid multi-byte UTF-8 sequences of b and the
// bytes that begin none (in the first sniffBytes).
func utf8Sequences(b []byte) (valid, invalid int) {
	b = b[:min(len(b), sniffBytes)]
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		b = b[size:]
	}
	return valid, invalid
}

// dropControls returns doc without its control characters other than
// HTML's white space (tab, line feed, form feed, carriage return): C0
// controls, DEL, and C1 controls written in UTF-8. A page's title or text
// keeps what the page holds, and an ESC or a BEL passed on reaches the
// terminal of whoever reads the record (a title "Big \x1b[2J news" clears
// the screen). doc itself where it has none (most pages), else a copy: the
// caller's bytes are not changed.
func dropControls(doc []byte) []byte {
	i := firstControl(doc)
	if i == len(doc) {
		return doc
	}
	out := make([]byte, i, len(doc))
	copy(out, doc[:i])
	for ; i < len(doc); i++ {
		if controlLead[doc[i]] && controlAt(doc, i) {
			if doc[i] == 0xc2 {
				i++ // the C1 control's second byte
			}
			continue
		}
		out = append(out, doc[i])
	}
	return out
}

// firstControl returns the offset of the first control character
// dropControls drops in doc, or len(doc). It reads sixteen bytes at a
// time: words none of whose bytes is under 0x20 or over 0x7e hold none,
// and in the others only bytes under 0x20, DEL and 0xc2 (the lead byte of
// a C1 control's UTF-8) are asked of controlAt; a page's only such bytes
// are mostly its line breaks and tabs. A lookup a byte (controlLead) cost
// three times as many instructions, 7% of FromReader's.
func firstControl(doc []byte) int {
	i := 0
	for ; i+16 <= len(doc); i += 16 {
		x := binary.LittleEndian.Uint64(doc[i : i+8])
		y := binary.LittleEndian.Uint64(doc[i+8 : i+16])
		if unprintable(x)|unprintable(y) == 0 {
			continue
		}
		if j := controlIn(doc, i, x); j >= 0 {
			return j
		}
		if j := controlIn(doc, i+8, y); j >= 0 {
			return j
		}
	}
	for ; i < len(doc); i++ {
		if controlLead[doc[i]] && controlAt(doc, i) {
			return i
		}
	}
	return len(doc)
}

// Masks of a byte's bits in each of a word's eight bytes.
const (
	low7Bits = 0x7f7f7f7f7f7f7f7f
	highBits = 0x8080808080808080
	oneBits  = 0x0101010101010101
)

// unprintable sets the high bit of each byte of the word x (eight bytes
// of a page) that is under 0x20 or over 0x7e, and no other bit. Adding
// to a byte's low seven bits never carries into the next byte.
func unprintable(x uint64) uint64 {
	t := x & low7Bits
	return (^(t + 0x60*oneBits) | (t + oneBits) | x) & highBits
}

// zeroBytes sets the high bit of each byte of y that is 0, and no other.
func zeroBytes(y uint64) uint64 { return ^(((y & low7Bits) + low7Bits) | y) & highBits }

// controlIn returns the offset of the first control character
// dropControls drops among the eight bytes x of doc at i, or -1.
func controlIn(doc []byte, i int, x uint64) int {
	m := ^((x&low7Bits)+0x60*oneBits|x)&highBits | zeroBytes(x^0x7f*oneBits) | zeroBytes(x^0xc2*oneBits)
	for m != 0 {
		if j := i + bits.TrailingZeros64(m)>>3; controlAt(doc, j) {
			return j
		}
		m &= m - 1
	}
	return -1
}

// controlLead marks the bytes a control character dropControls drops may
// start with (controlAt decides): a lookup a byte, where controlAt's tests
// on every byte of the page cost four times as much.
var controlLead = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\t' && c != '\n' && c != '\f' && c != '\r'
	}
	t[0x7f], t[0xc2] = true, true
	return t
}()

// controlAt reports whether a control character dropControls drops starts
// at doc[i]: a C0 control but tab, line feed, form feed and carriage
// return (NUL too); DEL; or a C1 control's UTF-8 (0xc2 0x80-0x9f).
func controlAt(doc []byte, i int) bool {
	switch c := doc[i]; {
	case c < 0x20:
		return c != '\t' && c != '\n' && c != '\f' && c != '\r'
	case c == 0x7f:
		return true
	case c == 0xc2:
		return i+1 < len(doc) && doc[i+1] >= 0x80 && doc[i+1] <= 0x9f
	}
	return false
}

func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// metaCharsetAt returns the offset of the <meta> tag that carries the first
// charset declaration within the document's first 64 KiB, or -1.
func metaCharsetAt(raw []byte) int {
	head := raw[:min(len(raw), 64<<10)]
	// ASCII only: bytes.ToLower turns each invalid byte (this page is
	// not UTF-8) into a three-byte U+FFFD, and its offsets then ran
	// past raw's (a panic on a short page, a missed tag on a long one).
	lower := make([]byte, len(head))
	for i, b := range head {
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		lower[i] = b
	}
	off := 0
	for {
		i := bytes.Index(lower[off:], []byte("<meta"))
		if i < 0 {
			return -1
		}
		i += off
		end := bytes.IndexByte(lower[i:], '>')
		if end < 0 {
			return -1
		}
		if bytes.Contains(lower[i:i+end], []byte("charset")) {
			return i
		}
		off = i + end
	}
}

// maxTags is the number of '<' above which a document is not parsed into a
// tree but read as a token stream (flatArticle): tag soup just under it
// makes a tree of some 200 MB. Article pages have tens of thousands at most
// (the heaviest shared page: 19,000).
const maxTags = 200000

// maxDepth is the tag depth shallow keeps, well under the parser's 512 (the
// parser adds elements of its own: html, body, reopened formatting tags).
const maxDepth = 200

func tooDeep(err error) bool { return strings.Contains(err.Error(), "open stack") }

// shallow re-serialises doc without the start tags (and their end tags)
// that open deeper than depth, counting by the tags as written.
func shallow(doc []byte, depth int) string {
	z := html.NewTokenizer(bytes.NewReader(doc))
	z.SetMaxBuf(1 << 20)
	var b strings.Builder
	b.Grow(len(doc))
	open, dropped := 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidTags[atom.Lookup(name)] {
				break
			}
			if open >= depth {
				dropped++
				continue
			}
			open++
		case html.EndTagToken:
			name, _ := z.TagName()
			if voidTags[atom.Lookup(name)] {
				break
			}
			if dropped > 0 {
				dropped--
				continue
			}
			if open > 0 {
				open--
			}
		}
		b.Write(z.Raw())
	}
}

// voidTags have no end tag and never nest.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true,
}

// flatArticle reads a document the parser refused, token by token: the
// <title>, and the text outside scripts, styles and page chrome, split into
// paragraphs at block-level tags and filtered like any other text. Where
// that leaves nothing usable, the text in page chrome counts too, and the
// article is marked as the fallback's.
func flatArticle(doc []byte) newsner.Article {
	a := flatRead(doc, false)
	if unusable(a.Text) {
		if b := flatRead(doc, true); len(b.Text) > len(a.Text) {
			b.Extraction = newsner.ExtractionFallback
			return b
		}
	}
	return a
}

// flatRead is one reading of flatArticle; keepChrome keeps the text of
// the elements keepChromeSkip keeps.
func flatRead(doc []byte, keepChrome bool) newsner.Article {
	z := html.NewTokenizer(bytes.NewReader(doc))
	z.SetMaxBuf(1 << 20)
	w := &textWriter{}
	skip := 0     // depth inside elements whose text is never article text
	ruby := false // inside a ruby annotation (inRubyAnnotation)
	var title string
	inTitle := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			ex := &extractor{title: norm(title)}
			a := newsner.Article{Title: clean(title), Text: ex.finish(w)}
			a.Language = guessLanguage(a.Text)
			return a
		case html.TextToken:
			switch {
			case inTitle:
				title += string(z.Text())
			case skip == 0 && !ruby:
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = tt == html.StartTagToken && title == ""
				continue
			}
			if rubyTags[a] {
				ruby = inRubyAnnotation(a, tt)
				continue
			}
			if removeTags[a] && !(keepChrome && chromeTags[a]) && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if blockTags[a] {
				w.flush()
			}
		}
	}
}

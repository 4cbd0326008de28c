package extract

import (
	"bytes"
	"io"
)

// dropScriptText returns a reader of doc without the text of its <script>
// and <style> elements (their tags stay), reading doc in place. The
// parser reads that text byte by byte and copies it into the tree (on news
// pages, a third of the bytes or more), and nothing reads it back except
// JSON-LD: so a script whose start tag says "json" (or holds a character
// reference, which could spell it) keeps its text. Code that comes to read
// other scripts' or styles' text must keep them here as well.
//
// The tree parsed from the result is the tree of doc less those text
// nodes: dropScriptText follows the tokenizer of golang.org/x/net/html
// (data, tag, comment and raw text states, the escapes of script data)
// to find where each element's text ends, and stops dropping, keeping the
// rest of doc as it is, where the parser's state would be needed to know
// (foreign content after <math>, or inside <svg> beyond the elements of
// drawings, svgTags; <frameset>, column groups, <plaintext>) or where doc
// ends inside a tag or raw text.
// TestDropScriptText and FuzzDropScriptText compare the two trees.
func dropScriptText(doc []byte) io.Reader {
	cuts := scriptTextCuts(doc)
	if len(cuts) == 0 {
		return bytes.NewReader(doc)
	}
	return &cutReader{doc: doc, cuts: cuts}
}

// span is the part doc[start:end] of a document.
type span struct{ start, end int }

// cutReader reads doc less its parts cuts (in order, not overlapping).
type cutReader struct {
	doc  []byte
	cuts []span
	pos  int
}

func (r *cutReader) Read(p []byte) (int, error) {
	for len(r.cuts) > 0 && r.pos >= r.cuts[0].start {
		r.pos = max(r.pos, r.cuts[0].end)
		r.cuts = r.cuts[1:]
	}
	if r.pos >= len(r.doc) {
		return 0, io.EOF
	}
	end := len(r.doc)
	if len(r.cuts) > 0 {
		end = r.cuts[0].start
	}
	n := copy(p, r.doc[r.pos:end])
	r.pos += n
	return n, nil
}

// scriptTextCuts returns the texts of doc's scripts and styles that
// dropScriptText drops, in order.
func scriptTextCuts(doc []byte) []span {
	var cuts []span
	// svg > 0: inside that many <svg> elements, where the parser may be
	// in foreign content (CDATA sections, no raw text) or, after a
	// breakout, not; svgTags look the same to the tokenizer either way.
	svg := 0
	i := 0
	for {
		j := bytes.IndexByte(doc[i:], '<')
		if j < 0 || i+j+1 >= len(doc) {
			break
		}
		j += i
		c := doc[j+1]
		switch {
		case isASCIILetter(c):
			name, end, ok := scanTag(doc, j+1, &cuts)
			if !ok {
				return cuts
			}
			i = end
			if isSVG := isSVGName(name); svg > 0 || isSVG {
				switch {
				case isSVG && doc[end-2] == '/':
					// Maybe self-closing, maybe not: the parser knows.
					return cuts
				case isSVG:
					svg++
				case svgTitleText(doc, name, end):
					// Its text reads the same whether the parser
					// takes it for svg's title or HTML's (RCDATA).
					i = end + bytes.IndexByte(doc[end:], '<')
				case !isSVGTag(name):
					return cuts
				}
				continue
			}
			switch raw := rawTextKind(name); raw {
			case rawNone:
			case rawStop:
				return cuts
			default:
				textEnd, ok := rawTextEnd(doc, end, raw, name)
				if !ok {
					return cuts
				}
				if (raw == rawScript || raw == rawStyle) && textEnd > end && !keepsText(doc[j:end]) {
					cuts = append(cuts, span{end, textEnd})
				}
				i = textEnd
			}
		case c == '/':
			if j+2 >= len(doc) {
				return cuts
			}
			switch c2 := doc[j+2]; {
			case c2 == '>':
				i = j + 3 // "</>" is no token
			case isASCIILetter(c2):
				name, end, ok := scanTag(doc, j+2, nil)
				if !ok {
					return cuts
				}
				i = end
				if svg > 0 && isSVGName(name) {
					// It closes one <svg> at most (none after a
					// breakout), so the parser is out of foreign
					// content where svg reaches 0.
					svg--
				}
			default:
				// A bogus comment, to the next '>'.
				k := bytes.IndexByte(doc[j+2:], '>')
				if k < 0 {
					return cuts
				}
				i = j + 2 + k + 1
			}
		case c == '!':
			if j+3 >= len(doc) {
				return cuts
			}
			if svg > 0 && doc[j+2] == '[' {
				return cuts // maybe a CDATA section
			}
			if doc[j+2] == '-' && doc[j+3] == '-' {
				end, ok := commentEnd(doc, j+4)
				if !ok {
					return cuts
				}
				i = end
				break
			}
			// A doctype or a bogus comment (CDATA sections are read
			// only in foreign content), to the next '>'.
			k := bytes.IndexByte(doc[j+2:], '>')
			if k < 0 {
				return cuts
			}
			i = j + 2 + k + 1
		case c == '?':
			k := bytes.IndexByte(doc[j+1:], '>')
			if k < 0 {
				return cuts
			}
			i = j + 1 + k + 1
		default:
			i = j + 1 // text
		}
	}
	return cuts
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isTagSpace(c byte) bool { return tagByte[c]&tagSpace != 0 }

// tagByte classes the bytes scanTag stops at: white space, '=', '/' and
// '>' (one lookup where each was a comparison).
var tagByte = func() (t [256]uint8) {
	for _, c := range []byte(" \n\r\t\f") {
		t[c] = tagSpace
	}
	t['='], t['/'], t['>'] = tagEquals, tagSlash, tagClose
	return t
}()

// The classes of tagByte.
const (
	tagSpace = 1 << iota
	tagEquals
	tagSlash
	tagClose
)

// Kinds of element by how the tokenizer reads what follows its start tag.
const (
	rawNone   = iota // markup
	rawScript        // script data
	rawStyle         // raw text, dropped
	rawOther         // raw text or RCDATA, kept
	rawStop          // the parser's state decides what follows: stop
)

// rawTextKind is the kind of the element whose start tag is named name.
func rawTextKind(name []byte) int {
	if len(name) < 3 || len(name) > 9 {
		return rawNone
	}
	var b [9]byte
	l, _ := lowerASCII(b[:], name)
	switch string(l) {
	case "script":
		return rawScript
	case "style":
		return rawStyle
	case "iframe", "noembed", "noframes", "noscript", "textarea", "title", "xmp":
		return rawOther
	case "plaintext", "math", "frameset", "col", "colgroup":
		// plaintext: the rest is text. math: foreign content, where
		// the parser reads <script> and <style> as markup (svg is
		// followed, see svgTags). frameset, and col in a <template>:
		// modes that ignore a <script> tag but keep its text's white
		// space.
		return rawStop
	}
	return rawNone
}

// svgTags are the elements of icons and drawings that scriptTextCuts
// reads through inside <svg>: none is read as raw text, breaks out of
// foreign content or holds HTML (as desc, foreignObject, style and script
// do, which end the cuts; so does a title, unless it holds text only,
// svgTitleText).
var svgTags = map[string]bool{
	"g": true, "path": true, "circle": true, "rect": true, "line": true, "polyline": true, "polygon": true,
	"ellipse": true, "defs": true, "use": true, "symbol": true, "lineargradient": true, "radialgradient": true,
	"stop": true, "clippath": true, "mask": true, "pattern": true, "filter": true, "text": true, "tspan": true,
	"image": true, "marker": true, "fegaussianblur": true, "feoffset": true, "feblend": true,
	"fecolormatrix": true, "feflood": true, "fecomposite": true, "femerge": true, "femergenode": true,
	"animate": true, "animatetransform": true,
}

// svgTitleText reports whether the start tag named name that ends at
// doc[end] is a <title> holding text only: the first '<' after it opens
// its end tag.
func svgTitleText(doc, name []byte, end int) bool {
	if len(name) != 5 || string(bytes.ToLower(name)) != "title" {
		return false
	}
	k := bytes.IndexByte(doc[end:], '<')
	if k < 0 || end+k+1 >= len(doc) || doc[end+k+1] != '/' {
		return false
	}
	_, done := endTagAt(doc, end+k+2, "title")
	return done
}

// isSVGName reports whether a tag's name is svg, in any case.
func isSVGName(name []byte) bool {
	return len(name) == 3 && name[0]|0x20 == 's' && name[1]|0x20 == 'v' && name[2]|0x20 == 'g'
}

// isSVGTag reports whether a tag's name, in any case, is one of svgTags.
func isSVGTag(name []byte) bool {
	var b [16]byte
	l, ok := lowerASCII(b[:], name)
	return ok && svgTags[string(l)]
}

// lowerASCII writes name into buf with its ASCII letters in lower case
// and returns that part of buf; ok is false if name is longer than buf.
func lowerASCII(buf, name []byte) (lower []byte, ok bool) {
	if len(name) > len(buf) {
		return nil, false
	}
	for i, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(name)], true
}

// keepsText reports whether the script or style with start tag tag keeps
// its text: JSON (JSON-LD is read), or a tag with a character reference.
func keepsText(tag []byte) bool {
	if bytes.IndexByte(tag, '&') >= 0 {
		return true
	}
	for i := 0; i+4 <= len(tag); i++ {
		if (tag[i]|0x20) == 'j' && (tag[i+1]|0x20) == 's' && (tag[i+2]|0x20) == 'o' && (tag[i+3]|0x20) == 'n' {
			return true
		}
	}
	return false
}

// scanTag reads a start or end tag whose name starts at doc[i] (a letter),
// as the tokenizer's readTag does, and returns its name and the offset
// just after its '>'; ok is false if doc ends inside it. With cuts (a
// start tag's), it appends the spans of the tag's attributes that
// nothing reads (cutAttr), where cutting them is safe (safeAttrCuts).
func scanTag(doc []byte, i int, cuts *[]span) (name []byte, end int, ok bool) {
	n := len(doc)
	// readTagName
	p := i + 1
	for ; p < n; p++ {
		k := tagByte[doc[p]]
		if k&^tagEquals == 0 {
			continue // '=' is the name's
		}
		name = doc[i:p]
		if k == tagSpace {
			p++
		}
		break
	}
	if p >= n {
		return nil, 0, false
	}
	mark, kept := 0, false
	if cuts != nil {
		mark = len(*cuts)
		if noahsArkTag(name) {
			// The parser compares these elements' attributes.
			cuts = nil
		}
	}
	for {
		// skipWhiteSpace
		for p < n && isTagSpace(doc[p]) {
			p++
		}
		if p >= n {
			break
		}
		if doc[p] == '>' {
			if cuts != nil && !kept && len(*cuts) > mark {
				// An element with attributes keeps one (a <div>
				// with none is read as bare).
				*cuts = append((*cuts)[:mark], (*cuts)[mark+1:]...)
			}
			if cuts != nil && !safeAttrCuts(doc, (*cuts)[mark:], p+1) {
				*cuts = (*cuts)[:mark]
			}
			return name, p + 1, true
		}
		// readTagAttrKey
		start := p
		for ; p < n; p++ {
			c := doc[p]
			if c == '=' && p == start {
				continue
			}
			if tagByte[c] != 0 { // '=', white space, '/' or '>'
				break
			}
		}
		if p >= n {
			break
		}
		key := doc[start:p]
		attrEnd := p // a key without a value
		// readTagAttrVal
		for p < n && isTagSpace(doc[p]) {
			p++
		}
		if p >= n {
			break
		}
		c := doc[p]
		p++
		if c == '/' {
			// A key before '/', or '/' read as an empty key.
		} else if c != '=' {
			p--
		} else {
			for p < n && isTagSpace(doc[p]) {
				p++
			}
			if p >= n {
				break
			}
			q := doc[p]
			p++
			switch q {
			case '>':
				p--
			case '\'', '"':
				k := bytes.IndexByte(doc[p:], q)
				if k < 0 {
					return nil, 0, false
				}
				p += k + 1
				attrEnd = p
			default:
				for ; p < n; p++ {
					k := tagByte[doc[p]]
					if k&(tagSpace|tagClose) == 0 {
						continue
					}
					break
				}
				attrEnd = p
				if p < n && tagByte[doc[p]] == tagSpace {
					p++
				}
				if p >= n {
					break
				}
			}
			if p >= n {
				break
			}
		}
		if len(key) == 0 {
			continue
		}
		if cuts != nil && cutAttr(key) {
			*cuts = append(*cuts, span{start, attrEnd})
		} else {
			kept = true
		}
	}
	if cuts != nil {
		*cuts = (*cuts)[:mark]
	}
	return nil, 0, false
}

// cutAttr reports whether dropScriptText drops attributes named key (in
// any case): data-* but those naming a source (data-src, data-lazy-src:
// pictures and lazyTwin read them), aria-* but aria-hidden, aria-controls
// and aria-expanded, and attributes of scripts' behaviour, of forms, of
// responsive images, of presentation and of drawings, none of which the
// extractor reads (the tokenizer copies each one twice). Code that comes
// to read one must keep it here: TestCutAttrsAreNotRead reads the
// package's code for the attribute names it looks up and fails for any
// that is cut.
func cutAttr(key []byte) bool {
	switch string(key) {
	case "class", "href", "id", "src", "content", "type", "rel", "name", "style", "alt":
		return false // most of a page's attributes, read
	}
	var b [48]byte
	k, ok := lowerASCII(b[:], key)
	if !ok {
		return false
	}
	switch string(k) {
	case "d", "srcset", "sizes", "onclick", "onload", "onerror", "onmouseover", "onmouseout", "onsubmit",
		"onchange", "onfocus", "onblur", "onkeydown", "target", "tabindex", "viewbox", "xlink:href",
		"fill", "fill-rule", "clip-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
		"focusable", "async", "defer", "crossorigin", "integrity", "loading", "decoding", "fetchpriority",
		"referrerpolicy", "nonce", "title", "value", "for", "method", "autocomplete", "as", "media",
		"hreflang", "align", "valign", "border", "bgcolor", "cellpadding", "cellspacing", "frameborder",
		"scrolling", "allowfullscreen", "autoplay", "muted", "playsinline", "preload", "dir", "translate",
		"draggable", "spellcheck", "itemscope":
		return true
	case "aria-hidden", "aria-controls", "aria-expanded":
		return false
	}
	return bytes.HasPrefix(k, []byte("data-")) && !bytes.Contains(k, []byte("src")) || bytes.HasPrefix(k, []byte("aria-"))
}

// safeAttrCuts reports whether cutting cs, spans of attributes in the
// start tag that ends just before doc[end] (after its '>'), leaves the
// tokenizer reading the tag's other attributes as before and the tag as
// self-closing or not as before: no key without a value is then followed
// by an '=' (which would give it one), and the byte before '>' is '/'
// after the cuts where it was before.
func safeAttrCuts(doc []byte, cs []span, end int) bool {
	if len(cs) == 0 {
		return true
	}
	for i, c := range cs {
		p, j := c.end, i+1
		for {
			for p < end && isTagSpace(doc[p]) {
				p++
			}
			if j < len(cs) && cs[j].start == p {
				p, j = cs[j].end, j+1
				continue
			}
			break
		}
		if doc[p] == '=' {
			return false
		}
	}
	q := end - 2
	for j := len(cs) - 1; j >= 0 && cs[j].end == q+1; j-- {
		q = cs[j].start - 1
	}
	return (doc[q] == '/') == (doc[end-2] == '/')
}

// noahsArkTag reports whether a tag's name, in any case, is one of the
// formatting elements whose attributes the parser compares: of three
// alike open at once, it forgets the first (the "Noah's Ark" clause).
// Not <a>: a new one closes the one open, so there is never a second.
func noahsArkTag(name []byte) bool {
	var b [6]byte
	l, _ := lowerASCII(b[:], name)
	switch string(l) {
	case "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u":
		return true
	}
	return false
}

// commentEnd returns the offset just after the comment whose text starts
// at doc[i] (after "<!--"), as the tokenizer's readComment reads it; ok
// is false if doc ends inside it.
func commentEnd(doc []byte, i int) (end int, ok bool) {
	dashes := 0
	beginning := true
	for p := i; p < len(doc); p++ {
		switch doc[p] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return p + 1, true
			}
		case '!':
			if dashes >= 2 {
				p++
				if p >= len(doc) {
					return 0, false
				}
				if doc[p] == '>' {
					return p + 1, true
				}
				if doc[p] == '-' {
					dashes = 1
					beginning = false
					continue
				}
			}
		}
		dashes = 0
		beginning = false
	}
	return 0, false
}

// rawTextEnd returns the offset where the text of the raw text element
// of kind raw and name name, starting at doc[i], ends (its end tag's '<');
// ok is false if doc ends first.
func rawTextEnd(doc []byte, i int, raw int, name []byte) (end int, ok bool) {
	if raw == rawScript {
		return scriptEnd(doc, i)
	}
	lower := string(bytes.ToLower(name))
	for p := i; ; {
		k := bytes.Index(doc[p:], []byte("</"))
		if k < 0 {
			return 0, false
		}
		p += k
		if m, done := endTagAt(doc, p+2, lower); done {
			return p, true
		} else if m < 0 {
			return 0, false
		}
		p += 2
	}
}

// endTagAt reports whether doc[p:] starts with name (case-insensitively)
// and then white space, '/' or '>', as readRawEndTag matches an end tag
// after its "</"; m is -1 where doc ends first.
func endTagAt(doc []byte, p int, name string) (m int, done bool) {
	for k := 0; k < len(name); k++ {
		if p+k >= len(doc) {
			return -1, false
		}
		c := doc[p+k]
		if c != name[k] && c != name[k]-('a'-'A') {
			return 0, false
		}
	}
	if p+len(name) >= len(doc) {
		return -1, false
	}
	switch doc[p+len(name)] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return 0, true
	}
	return 0, false
}

// scriptEnd is rawTextEnd for a script: the tokenizer's readScript, with
// its escaped and double-escaped states ("<!--", "<script" inside).
func scriptEnd(doc []byte, i int) (end int, ok bool) {
	const (
		data = iota
		escaped
		doubleEscaped
	)
	n := len(doc)
	state := data
	dashes := 0 // dashes just read, in the escaped states (up to 2)
	for p := i; p < n; p++ {
		c := doc[p]
		switch state {
		case data:
			if c != '<' {
				// Only '<' matters here: skip to the next.
				k := bytes.IndexByte(doc[p:], '<')
				if k < 0 {
					return 0, false
				}
				p += k
			}
			if p+1 >= n {
				return 0, false
			}
			switch doc[p+1] {
			case '/':
				m, done := endTagAt(doc, p+2, "script")
				if m < 0 {
					return 0, false
				}
				if done {
					return p, true
				}
				p++ // past "</"; the tag name is read again as data
			case '!':
				if p+2 >= n {
					return 0, false
				}
				if doc[p+2] != '-' {
					p++ // past "<!"
					continue
				}
				if p+3 >= n {
					return 0, false
				}
				if doc[p+3] != '-' {
					p += 2 // past "<!-"
					continue
				}
				p += 3 // "<!--": escaped, dash dash
				state, dashes = escaped, 2
			}
		case escaped, doubleEscaped:
			switch c {
			case '-':
				if dashes < 2 {
					dashes++
				}
				continue
			case '>':
				if dashes == 2 {
					state, dashes = data, 0
					continue
				}
			case '<':
				dashes = 0
				if p+1 >= n {
					return 0, false
				}
				d := doc[p+1]
				if state == escaped {
					if d == '/' {
						m, done := endTagAt(doc, p+2, "script")
						if m < 0 {
							return 0, false
						}
						if done {
							return p, true
						}
						p++ // past "</"
						continue
					}
					if isASCIILetter(d) {
						m, done := endTagAt(doc, p+1, "script")
						if m < 0 {
							return 0, false
						}
						if done {
							// "<script" and a delimiter, consumed.
							p += len("<script")
							state = doubleEscaped
						}
						continue
					}
					// Back to script data, d read again there.
					state = data
					continue
				}
				// Double escaped.
				if d == '/' {
					m, done := endTagAt(doc, p+2, "script")
					if m < 0 {
						return 0, false
					}
					if done {
						p += len("</script") // and the delimiter
						state = escaped
					} else {
						p++ // past "</"
					}
				}
				continue
			}
			dashes = 0
		}
	}
	return 0, false
}

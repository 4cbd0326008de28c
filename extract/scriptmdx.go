package extract

import (
	"bytes"
	"encoding/json"
	"html"
	"strings"
)

// Compiled MDX: a site written in MDX (Markdown with components) and
// rendered by script serves each page's body as the JavaScript MDX
// compiles it to, in a string of its data: next-mdx-remote's
// compiledSource (in __NEXT_DATA__), mdx-bundler's and Contentlayer's
// code. The text is in the element calls: MDX 1's mdx("p", null,
// `text`, mdx("a", {href: ...}, `link`)), MDX 2 and 3's
// _jsx(_components.p, {children: "text"}) and _jsxs(..., {children:
// [...]}), a bundler's (0, n.jsx)(t.p, {...}), React's
// createElement("p", props, ...children). mdxHTML writes those calls as
// HTML, which the script reader then reads as any body's HTML; the rest
// of the code (imports, the runtime, components' props) gives nothing.

// Bounds of one compiled body's reading.
const (
	maxMDXDepth = 64 // nesting of calls, arrays and objects parsed
	maxMDXCalls = 20000
	// maxMDXFailures is the most element calls that fail to parse
	// before the code is given up: each may scan the rest of it.
	maxMDXFailures = 16
)

// mdxKey reports whether a string under key may be a compiled MDX body.
func mdxKey(key string) bool {
	return key == "compiledSource" || key == "code"
}

// mdxCallees are the functions whose calls are elements.
var mdxCallees = []string{"mdx", "_jsx", "_jsxs", "jsx", "jsxs", "_jsxDEV", "jsxDEV", "createElement"}

// mdxHTML returns the HTML of the elements a compiled MDX body's code
// builds, in order, or "" where it builds none with text.
func mdxHTML(src string) string {
	p := &mdxParser{src: []byte(src)}
	failures := 0
	for off := 0; off < len(p.src) && p.calls < maxMDXCalls && failures < maxMDXFailures; {
		k := bytes.IndexByte(p.src[off:], '(')
		if k < 0 {
			break
		}
		open := off + k
		off = open + 1
		if !p.calleeBefore(open) {
			continue
		}
		at, text := p.out.Len(), p.text
		if end, ok := p.call(open, 0); ok {
			off = end
		} else {
			p.out.Truncate(at) // a call cut short writes nothing
			p.text, p.skip = text, 0
			failures++
		}
	}
	if !p.text {
		return ""
	}
	return p.out.String()
}

// mdxParser reads the element calls of compiled MDX.
type mdxParser struct {
	src   []byte
	out   bytes.Buffer
	calls int
	text  bool // a text child written
	skip  int  // elements open whose content is no text (flightSkipTags)
}

// calleeBefore reports whether the '(' at open calls one of mdxCallees:
// the name ends there, or a parenthesised reference to it does
// ((0, n.jsx)(...)).
func (p *mdxParser) calleeBefore(open int) bool {
	end := open
	for end > 0 && isJSSpace(p.src[end-1]) {
		end--
	}
	if end > 0 && p.src[end-1] == ')' {
		end--
	}
	start := end
	for start > 0 && isJSNameOrDigit(p.src[start-1]) {
		start--
	}
	if start == end || !isJSNameByte(p.src[start]) {
		return false
	}
	name := string(p.src[start:end])
	for _, c := range mdxCallees {
		if name == c {
			return true
		}
	}
	return false
}

// call reads the arguments of an element call whose '(' is at open and
// writes the element; it returns the offset after the call's ')'.
func (p *mdxParser) call(open, depth int) (int, bool) {
	p.calls++
	if depth > maxMDXDepth || p.calls > maxMDXCalls {
		return 0, false
	}
	i := skipJSSpace(p.src, open+1)
	tag, i, ok := p.tagArg(i)
	if !ok {
		return 0, false
	}
	if i = skipJSSpace(p.src, i); i < len(p.src) && p.src[i] == ')' {
		p.open(tag)
		p.close(tag)
		return i + 1, true
	}
	if i >= len(p.src) || p.src[i] != ',' {
		return 0, false
	}
	i = skipJSSpace(p.src, i+1)
	p.open(tag)
	// The props: an object (MDX 2's children among them), or null.
	if i < len(p.src) && p.src[i] == '{' {
		if i, ok = p.object(i, depth+1); !ok {
			return 0, false
		}
	} else if i, ok = p.skipExpr(i); !ok {
		return 0, false
	}
	// MDX 1's and createElement's children: the arguments after.
	for {
		i = skipJSSpace(p.src, i)
		if i >= len(p.src) {
			return 0, false
		}
		switch p.src[i] {
		case ')':
			p.close(tag)
			return i + 1, true
		case ',':
			i = skipJSSpace(p.src, i+1)
			if i < len(p.src) && p.src[i] == ')' {
				continue
			}
			if i, ok = p.expr(i, depth+1); !ok {
				return 0, false
			}
		default:
			return 0, false
		}
	}
}

// tagArg reads an element call's first argument: a tag's name in a
// string ("p"), a component's reference (_components.p, t.h2: the
// member's name), or another component (MDXLayout, _Fragment, a
// component of the site's: its children are read, "" for the tag).
func (p *mdxParser) tagArg(i int) (string, int, bool) {
	if i >= len(p.src) {
		return "", 0, false
	}
	if c := p.src[i]; c == '"' || c == '\'' || c == '`' {
		s, end, ok := p.str(i)
		return mdxTag(s), end, ok
	}
	end, ok := jsNameEnd(p.src, i)
	if !ok {
		return "", 0, false
	}
	last := string(p.src[i:end])
	for end < len(p.src) && p.src[end] == '.' {
		e, ok := jsNameEnd(p.src, end+1)
		if !ok {
			return "", 0, false
		}
		last = string(p.src[end+1 : e])
		end = e
	}
	return mdxTag(last), end, true
}

// mdxTag is the HTML element a call names, or "" for a component.
func mdxTag(name string) string {
	if name == "" || name[0] < 'a' || name[0] > 'z' || !flightTagName(name) {
		return ""
	}
	return name
}

// open and close write an element's tags (none for a component); the
// content of an element that holds no text (flightSkipTags) is not
// written.
func (p *mdxParser) open(tag string) {
	switch {
	case tag == "":
	case flightSkipTags[tag]:
		p.skip++
	case p.skip == 0:
		p.out.WriteString("<" + tag + ">")
	}
}

func (p *mdxParser) close(tag string) {
	switch {
	case tag == "" || flightVoidTags[tag]:
	case flightSkipTags[tag]:
		p.skip--
	case p.skip == 0:
		p.out.WriteString("</" + tag + ">")
	}
}

// object reads a props object at src[i] ('{'), writing its children
// member's elements and text; the other members are skipped.
func (p *mdxParser) object(i, depth int) (int, bool) {
	if depth > maxMDXDepth {
		return 0, false
	}
	i = skipJSSpace(p.src, i+1)
	for {
		if i >= len(p.src) {
			return 0, false
		}
		if p.src[i] == '}' {
			return i + 1, true
		}
		var key string
		switch c := p.src[i]; {
		case c == '.' && bytes.HasPrefix(p.src[i:], []byte("...")):
			end, ok := p.skipExpr(skipJSSpace(p.src, i+3))
			if !ok {
				return 0, false
			}
			i = end
		case c == '"' || c == '\'':
			s, end, ok := p.str(i)
			if !ok {
				return 0, false
			}
			key, i = s, end
		case c == '[':
			end, ok := skipJSBrackets(p.src, i)
			if !ok {
				return 0, false
			}
			i = end
		default:
			end, ok := jsNameEnd(p.src, i)
			if !ok {
				for end = i; end < len(p.src) && '0' <= p.src[end] && p.src[end] <= '9'; end++ {
				}
				if end == i {
					return 0, false
				}
			}
			key, i = string(p.src[i:end]), end
		}
		i = skipJSSpace(p.src, i)
		if i < len(p.src) && p.src[i] == ':' {
			i = skipJSSpace(p.src, i+1)
			var ok bool
			if key == "children" {
				i, ok = p.expr(i, depth+1)
			} else {
				i, ok = p.skipExpr(i)
			}
			if !ok {
				return 0, false
			}
			i = skipJSSpace(p.src, i)
		}
		if i < len(p.src) && p.src[i] == ',' {
			i = skipJSSpace(p.src, i+1)
		} else if i >= len(p.src) || p.src[i] != '}' {
			return 0, false
		}
	}
}

// expr reads a child at src[i]: text, an element call, an array of
// children; anything else is skipped.
func (p *mdxParser) expr(i, depth int) (int, bool) {
	if i >= len(p.src) || depth > maxMDXDepth {
		return 0, false
	}
	switch c := p.src[i]; {
	case c == '"' || c == '\'' || c == '`':
		s, end, ok := p.str(i)
		if !ok {
			return 0, false
		}
		if p.skip == 0 {
			p.text = p.text || strings.TrimSpace(s) != ""
			p.out.WriteString(html.EscapeString(s))
		}
		return end, true
	case c == '[':
		i = skipJSSpace(p.src, i+1)
		for {
			if i >= len(p.src) {
				return 0, false
			}
			if p.src[i] == ']' {
				return i + 1, true
			}
			var ok bool
			if i, ok = p.expr(i, depth+1); !ok {
				return 0, false
			}
			i = skipJSSpace(p.src, i)
			if i < len(p.src) && p.src[i] == ',' {
				i = skipJSSpace(p.src, i+1)
			} else if i >= len(p.src) || p.src[i] != ']' {
				return 0, false // not an array of children: a ')' or '}' where a child should be would stall it
			}
		}
	}
	// An element call: a callee's name, or (0, n.jsx), then '('.
	j := i
	if p.src[j] == '(' {
		if end, ok := skipJSBrackets(p.src, j); ok {
			j = end
		}
	} else {
		for j < len(p.src) && (isJSNameOrDigit(p.src[j]) || p.src[j] == '.') {
			j++
		}
	}
	if k := skipJSSpace(p.src, j); k < len(p.src) && p.src[k] == '(' && k > i && p.calleeBefore(k) {
		return p.call(k, depth+1)
	}
	return p.skipExpr(i)
}

// skipExpr skips the expression at src[i] up to the ',' or closing
// bracket that ends it, brackets and strings inside skipped.
func (p *mdxParser) skipExpr(i int) (int, bool) {
	for i < len(p.src) {
		switch c := p.src[i]; c {
		case ',', ')', ']', '}':
			return i, true
		case '(', '[', '{':
			end, ok := skipJSBrackets(p.src, i)
			if !ok {
				return 0, false
			}
			i = end
		case '"', '\'', '`':
			_, end, ok := jsString(nil, p.src, i)
			if !ok {
				return 0, false
			}
			i = end
		default:
			i++
		}
	}
	return 0, false
}

// str reads the string literal at src[i].
func (p *mdxParser) str(i int) (string, int, bool) {
	lit, end, ok := jsString(make([]byte, 0, 32), p.src, i)
	if !ok {
		return "", 0, false
	}
	var s string
	if json.Unmarshal(lit, &s) != nil {
		return "", 0, false
	}
	return s, end, true
}

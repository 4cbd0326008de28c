package extract

import (
	"bytes"
	"encoding/json"
)

// Reading the data a script framework serves in a <script>: JSON, or a
// JavaScript literal close to it (window.__APOLLO_STATE__ = {...} with
// "\!" escapes, window.__NUXT__=(function(a,b){return {layout:"x",...}}(...))
// with unquoted keys and parameters for values). jsonish turns such a
// literal into JSON, one pass over its bytes with no recursion, and stops
// at the end of the first value; what it cannot read it refuses.

// maxScriptJSON is the most bytes of JSON one script's value may make;
// a bigger one is not read (no article page's state comes near).
const maxScriptJSON = 4 << 20

// maxScriptNesting is the deepest nesting of objects and arrays jsonish
// reads (encoding/json allows 10,000; the article reader looks at most
// maxScriptDepth deep).
const maxScriptNesting = 512

// jsonish returns the JSON of the JavaScript value literal at the start of
// src (an object or an array, after white space), and ok false where it is
// none, runs past maxScriptJSON bytes or maxScriptNesting levels, or ends
// first. Strings in single quotes or backticks become JSON strings, and
// JavaScript's escapes JSON's; unquoted keys are quoted; undefined, NaN,
// Infinity, other names, calls (new Date(...)) and member chains become
// null, as do void 0 and parenthesised expressions but a called
// function's literal return value (devalue's), read with its parameters
// null; !0 and !1 true and false; a comma before a closing bracket goes.
func jsonish(src []byte) (out []byte, ok bool) {
	i := skipJSSpace(src, 0)
	if i >= len(src) || (src[i] != '{' && src[i] != '[') {
		return nil, false
	}
	out = make([]byte, 0, min(len(src)-i, maxScriptJSON)/2+16)
	var stack []byte // the open brackets: '{' or '[', 'f' under a called function's value
	scanned := 0     // bytes calledReturn looked at (at most maxScriptJSON)
	expectKey := false
	for i < len(src) {
		if len(out) > maxScriptJSON {
			return nil, false
		}
		c := src[i]
		switch {
		case c == '{' || c == '[':
			if len(stack) >= maxScriptNesting {
				return nil, false
			}
			stack = append(stack, c)
			out = append(out, c)
			expectKey = c == '{'
			i++
		case c == '}' || c == ']':
			if len(stack) == 0 || (c == '}') != (stack[len(stack)-1] == '{') {
				return nil, false
			}
			stack = stack[:len(stack)-1]
			if n := len(out); n > 0 && out[n-1] == ',' {
				out = out[:n-1]
			}
			out = append(out, c)
			i++
			if len(stack) > 0 && stack[len(stack)-1] == 'f' {
				// The value a called function returns, read:
				// the rest of its body and its call go.
				stack = stack[:len(stack)-1]
				var good bool
				if i, good = skipCallRest(src, i); !good {
					return nil, false
				}
			}
			if len(stack) == 0 {
				return out, true
			}
			expectKey = false
		case c == ',':
			out = append(out, c)
			i++
			expectKey = stack[len(stack)-1] == '{'
		case c == ':':
			out = append(out, c)
			i++
			expectKey = false
		case isJSSpace(c):
			i++
		case c == '/' && i+1 < len(src) && (src[i+1] == '/' || src[i+1] == '*'):
			i = skipJSSpace(src, i)
		case c == '"' || c == '\'' || c == '`':
			var good bool
			out, i, good = jsString(out, src, i)
			if !good {
				return nil, false
			}
			expectKey = false
		case c == '-' || c == '+' || c == '.' || ('0' <= c && c <= '9'):
			j := i
			for j < len(src) && (src[j] == '-' || src[j] == '+' || src[j] == '.' || src[j] == 'e' || src[j] == 'E' || ('0' <= src[j] && src[j] <= '9')) {
				j++
			}
			if src[i] == '+' {
				i++
			}
			out = append(out, src[i:j]...)
			i = j
		case c == '(' && !expectKey:
			if j, ok := calledReturn(src, i, &scanned); ok && len(stack) < maxScriptNesting {
				// devalue's function called for the values it
				// shares, (function(a,b){return {...}}(1,"x")):
				// the value it returns, its parameters null.
				stack = append(stack, 'f')
				i = j
				break
			}
			// Another parenthesised expression: not in the literal.
			var good bool
			if i, good = skipJSBrackets(src, i); !good {
				return nil, false
			}
			if i, good = skipJSExpr(src, i); !good {
				return nil, false
			}
			out = append(out, "null"...)
		case c == '!':
			// !0 and !1, as minifiers write true and false.
			if i+1 < len(src) && src[i+1] == '0' {
				out = append(out, "true"...)
			} else if i+1 < len(src) && src[i+1] == '1' {
				out = append(out, "false"...)
			} else {
				return nil, false
			}
			i += 2
		case isJSNameByte(c):
			j := i
			for j < len(src) && (isJSNameByte(src[j]) || ('0' <= src[j] && src[j] <= '9')) {
				j++
			}
			name := src[i:j]
			if expectKey {
				out = append(out, '"')
				out = append(out, name...)
				out = append(out, '"')
				i = j
				expectKey = false
				break
			}
			switch string(name) {
			case "true", "false", "null":
				out = append(out, name...)
				i = j
				break
			case "void":
				// void 0, as devalue writes undefined.
				j = skipJSSpace(src, j)
				if j < len(src) && src[j] == '(' {
					var good bool
					if j, good = skipJSBrackets(src, j); !good {
						return nil, false
					}
				}
				for j < len(src) && isJSNameOrDigit(src[j]) {
					j++
				}
				out = append(out, "null"...)
				i = j
			case "new":
				j = skipJSSpace(src, j)
				for j < len(src) && (isJSNameByte(src[j]) || ('0' <= src[j] && src[j] <= '9')) {
					j++
				}
				fallthrough
			default:
				// A name, a member chain or a call: its value is not
				// in the literal.
				var good bool
				if i, good = skipJSExpr(src, j); !good {
					return nil, false
				}
				out = append(out, "null"...)
			}
		default:
			return nil, false
		}
	}
	return nil, false
}

// calledReturn reports whether src[i:] is a function called where it is
// written, (function(a,b){...return {...}}(...)), returning an object or an
// array literal, and returns the offset of that literal. It looks at most
// 4,096 bytes for the return, while *scanned, the bytes looked at so far,
// is under maxScriptJSON.
func calledReturn(src []byte, i int, scanned *int) (int, bool) {
	const fn = "(function("
	if !bytes.HasPrefix(src[i:], []byte(fn)) || *scanned > maxScriptJSON {
		return 0, false
	}
	head := src[i:min(len(src), i+4096)]
	*scanned += len(head)
	k := bytes.Index(head, []byte("return"))
	if k < 0 {
		return 0, false
	}
	j := skipJSSpace(src, i+k+len("return"))
	if j >= len(src) || (src[j] != '{' && src[j] != '[') {
		return 0, false
	}
	return j, true
}

// skipCallRest skips what follows the value a called function returns (at
// src[i]): the end of its body, its call and the closing parenthesis,
// }(1,"x")) or })(1,"x"), and returns the offset after them.
func skipCallRest(src []byte, i int) (int, bool) {
	i = skipJSSpace(src, i)
	if i < len(src) && src[i] == ';' {
		i = skipJSSpace(src, i+1)
	}
	if i >= len(src) || src[i] != '}' {
		return 0, false
	}
	i = skipJSSpace(src, i+1)
	if i < len(src) && src[i] == ')' { // (function(){...})(...)
		i = skipJSSpace(src, i+1)
		if i >= len(src) || src[i] != '(' {
			return 0, false
		}
		return skipJSBrackets(src, i)
	}
	if i >= len(src) || src[i] != '(' {
		return 0, false
	}
	var ok bool
	if i, ok = skipJSBrackets(src, i); !ok {
		return 0, false
	}
	i = skipJSSpace(src, i)
	if i >= len(src) || src[i] != ')' {
		return 0, false
	}
	return i + 1, true
}

// skipJSExpr skips what follows a name at src[i] in an expression: member
// accesses (.name) and calls or indexes (balanced brackets, strings
// skipped), and returns the offset after them.
func skipJSExpr(src []byte, i int) (int, bool) {
	for {
		j := skipJSSpace(src, i)
		if j >= len(src) {
			return j, true
		}
		switch src[j] {
		case '.':
			j = skipJSSpace(src, j+1)
			for j < len(src) && (isJSNameByte(src[j]) || ('0' <= src[j] && src[j] <= '9')) {
				j++
			}
			i = j
		case '(', '[':
			end, ok := skipJSBrackets(src, j)
			if !ok {
				return 0, false
			}
			i = end
		default:
			return i, true
		}
	}
}

// skipJSBrackets returns the offset after the bracketed group that opens
// at src[i], strings inside skipped.
func skipJSBrackets(src []byte, i int) (int, bool) {
	depth := 0
	for i < len(src) {
		switch c := src[i]; c {
		case '(', '[', '{':
			if depth++; depth > maxScriptNesting {
				return 0, false
			}
			i++
		case ')', ']', '}':
			depth--
			i++
			if depth == 0 {
				return i, true
			}
		case '"', '\'', '`':
			var ok bool
			if _, i, ok = jsString(nil, src, i); !ok {
				return 0, false
			}
		default:
			i++
		}
	}
	return 0, false
}

// jsString appends the JavaScript string literal at src[i] to out as a
// JSON string and returns the offset after it; ok is false where src ends
// inside it or a line ends inside a quoted (not backticked) one.
func jsString(out, src []byte, i int) ([]byte, int, bool) {
	q := src[i]
	i++
	if out != nil {
		out = append(out, '"')
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == q:
			if out != nil {
				out = append(out, '"')
			}
			return out, i + 1, true
		case c == '\\':
			if i+1 >= len(src) {
				return nil, 0, false
			}
			e := src[i+1]
			i += 2
			if out == nil {
				continue
			}
			switch e {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				out = append(out, '\\', e)
			case 'u':
				if i+4 <= len(src) && isHex4(src[i:i+4]) {
					out = append(out, '\\', 'u')
				} else {
					out = append(out, 'u')
				}
			case 'x':
				if i+2 <= len(src) && isHex(src[i]) && isHex(src[i+1]) {
					out = append(out, '\\', 'u', '0', '0', src[i], src[i+1])
					i += 2
				}
			case 'v':
				out = append(out, `\u000b`...)
			case '0':
				out = append(out, `\u0000`...)
			case '\n', '\r':
				// A line continuation.
			default:
				out = append(out, e) // \' \! \< and the like
			}
		case (c == '\n' || c == '\r') && q != '`':
			return nil, 0, false
		case c < 0x20:
			if out != nil {
				out = append(out, '\\', 'u', '0', '0', hexDigit(c>>4), hexDigit(c&15))
			}
			i++
		case c == '"':
			if out != nil {
				out = append(out, '\\', '"')
			}
			i++
		default:
			if out != nil {
				out = append(out, c)
			}
			i++
		}
	}
	return nil, 0, false
}

// jsStringValue reads the JavaScript string literal at the start of src
// (after white space) as a Go string.
func jsStringValue(src []byte) (string, bool) {
	i := skipJSSpace(src, 0)
	if i >= len(src) || (src[i] != '"' && src[i] != '\'' && src[i] != '`') {
		return "", false
	}
	lit, _, ok := jsString(make([]byte, 0, 64), src, i)
	if !ok || len(lit) > maxScriptJSON {
		return "", false
	}
	var s string
	if json.Unmarshal(lit, &s) != nil {
		return "", false
	}
	return s, true
}

// skipJSSpace returns the offset of the first byte at or after src[i]
// that is neither white space nor inside a comment.
func skipJSSpace(src []byte, i int) int {
	for i < len(src) {
		switch {
		case isJSSpace(src[i]):
			i++
		case src[i] == '/' && i+1 < len(src) && src[i+1] == '/':
			k := bytes.IndexByte(src[i:], '\n')
			if k < 0 {
				return len(src)
			}
			i += k + 1
		case src[i] == '/' && i+1 < len(src) && src[i+1] == '*':
			k := bytes.Index(src[i+2:], []byte("*/"))
			if k < 0 {
				return len(src)
			}
			i += 2 + k + 2
		default:
			return i
		}
	}
	return i
}

func isJSSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'
}

func isJSNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c == '$' || c >= 0x80
}

func isJSNameOrDigit(c byte) bool { return isJSNameByte(c) || '0' <= c && c <= '9' }

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func isHex4(b []byte) bool { return isHex(b[0]) && isHex(b[1]) && isHex(b[2]) && isHex(b[3]) }

func hexDigit(c byte) byte { return "0123456789abcdef"[c] }

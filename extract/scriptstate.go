package extract

import (
	"bytes"
	"encoding/json"
	"html"
	"slices"
	"strings"
)

// Script state under any name: beside the frameworks scriptShapes names,
// an app shell often serves its store under a name of its own
// (window.__s_data = {...}, a WordPress theme's var app_data = {...} from
// wp_localize_script, Substack's window._preloads = JSON.parse("...")) or
// as a JSON island (<script type="application/json" id="__JSS_STATE__">,
// Sitecore JSS's layout; an Angular app's transferred state, id
// "ng-state", escaped as &q; and the like before Angular 16). stateValues reads the largest of such scripts:
// an inline script whose first statement assigns an object literal, an
// array literal or JSON.parse(...) to a global (window.X, window["X"],
// self.X, globalThis.X, var/let/const X), and a <script> of JSON but
// JSON-LD (jsonld.go reads those). storeArticle walks them, and mainText
// asks for it only where the markup gives nothing usable and the named
// shapes no article, so a page whose framework is known, or whose markup
// holds text, reads as before. Beside the scripts, an Inertia.js app's
// page object in its root's data-page attribute (pageAttrValue) is such a
// store.

// Bounds of the reading of script state under other names.
const (
	// minStateBytes is the least a script holds to be read: a smaller
	// one is a setting, not a store with an article in it.
	minStateBytes = 2 * minUsableChars
	// maxStateValues is the most such scripts parsed, the largest.
	maxStateValues = 4
	// maxStateScripts is the most <script> elements looked at.
	maxStateScripts = 2000
	// maxBracketName is the longest global's name in brackets read
	// (window["app-state"]).
	maxBracketName = 128
)

// stateScript is one script holding state: at, where its value's name
// ends (for scriptValueAt); size, the script's bytes.
type stateScript struct {
	at, size int
}

// stateValues returns the values of the page's script state under names
// scriptShapes does not know (largest first looked at, at most
// maxStateValues, in the page's order), parsed.
func stateValues(doc []byte) []any {
	var found []stateScript
	off := 0
	for n := 0; n < maxStateScripts; n++ {
		k := bytes.Index(doc[off:], []byte("<script"))
		if k < 0 {
			break
		}
		start := off + k + len("<script")
		gt := bytes.IndexByte(doc[start:min(len(doc), start+512)], '>')
		if gt < 0 {
			off = start
			continue
		}
		tag := doc[start : start+gt]
		bodyAt := start + gt + 1
		end := bytes.Index(doc[bodyAt:], []byte("</script"))
		if end < 0 {
			end = len(doc) - bodyAt
		}
		off = bodyAt + end
		if end < minStateBytes || knownShapeTag(tag) {
			continue
		}
		if at, ok := stateAt(doc[:bodyAt+end], tag, bodyAt); ok {
			found = append(found, stateScript{at: at, size: end})
		}
	}
	if len(found) > maxStateValues {
		slices.SortStableFunc(found, func(a, b stateScript) int { return b.size - a.size })
		found = found[:maxStateValues]
		slices.SortFunc(found, func(a, b stateScript) int { return a.at - b.at })
	}
	var out []any
	for _, s := range found {
		if v, ok := scriptValueAt(doc, s.at); ok {
			out = append(out, v)
		}
	}
	return out
}

// knownShapeTag reports whether a script's start tag names one of
// scriptShapes' markers (Next's and Nuxt's JSON, SvelteKit's fetched
// responses): scriptValues reads those, decoded as their shape says.
func knownShapeTag(tag []byte) bool {
	for _, sh := range scriptShapes {
		if bytes.Contains(tag, []byte(sh.marker)) {
			return true
		}
	}
	return false
}

// stateAt returns where scriptValueAt reads the state a script holds
// (script is the page up to the script's end, body the offset of its
// text), and ok false where it holds none: a JSON script's text (its start
// tag's end: scriptValueAt reads from there), or the end of the global's
// name its first statement assigns an object to.
func stateAt(script, tag []byte, body int) (int, bool) {
	switch scriptType(tag) {
	case "application/json":
		return body - 1, true
	case "", "text/javascript", "application/javascript", "module":
	default:
		return 0, false
	}
	i := skipJSSpace(script, body)
	i = skipMarkupComment(script, i)
	end, ok := globalNameEnd(script, i)
	if !ok {
		return 0, false
	}
	j := skipJSSpace(script, end)
	for j < len(script) && (script[j] == '"' || script[j] == '\'' || script[j] == ']') {
		j++
	}
	j = skipJSSpace(script, j)
	if j >= len(script) || script[j] != '=' || j+1 < len(script) && (script[j+1] == '=' || script[j+1] == '>') {
		return 0, false
	}
	j = skipJSSpace(script, j+1)
	if j < len(script) && (script[j] == '{' || script[j] == '[') || bytes.HasPrefix(script[j:], []byte("JSON.parse(")) {
		return end, true
	}
	return 0, false
}

// skipMarkupComment skips an old page's "<!--" (and a CDATA opening)
// before a script's first statement, and the white space after it.
func skipMarkupComment(src []byte, i int) int {
	for _, p := range []string{"<!--", "<![CDATA["} {
		if bytes.HasPrefix(src[i:], []byte(p)) {
			i = skipJSSpace(src, i+len(p))
		}
	}
	return i
}

// globalNameEnd returns the end of the global's name at src[i:] where it
// is one a statement assigns to: window.X, self.X, globalThis.X (or
// window["X"], the end then the name's, before its quote), var X, let X,
// const X.
func globalNameEnd(src []byte, i int) (int, bool) {
	rest := src[i:]
	for _, p := range []string{"window", "self", "globalThis"} {
		if !bytes.HasPrefix(rest, []byte(p)) || len(rest) <= len(p)+1 {
			continue
		}
		switch rest[len(p)] {
		case '.':
			return jsNameEnd(src, i+len(p)+1)
		case '[':
			// A name in brackets may hold any character but its quote.
			if q := rest[len(p)+1]; q == '"' || q == '\'' {
				name := i + len(p) + 2
				k := bytes.IndexByte(src[name:min(len(src), name+maxBracketName)], q)
				return name + k, k > 0
			}
		}
		return 0, false
	}
	for _, p := range []string{"var", "let", "const"} {
		if bytes.HasPrefix(rest, []byte(p)) && len(rest) > len(p) && isJSSpace(rest[len(p)]) {
			return jsNameEnd(src, skipJSSpace(src, i+len(p)))
		}
	}
	return 0, false
}

// jsNameEnd returns the end of the JavaScript name at src[i:], ok false
// where none starts there.
func jsNameEnd(src []byte, i int) (int, bool) {
	if i >= len(src) || !isJSNameByte(src[i]) {
		return 0, false
	}
	j := i + 1
	for j < len(src) && isJSNameOrDigit(src[j]) {
		j++
	}
	return j, true
}

// scriptType returns the type attribute's value in a script's start tag,
// lower-cased, without parameters ("" where it has none).
func scriptType(tag []byte) string {
	for off := 0; ; {
		k := bytes.Index(tag[off:], []byte("type"))
		if k < 0 {
			return ""
		}
		at := off + k
		off = at + len("type")
		if at > 0 && !isJSSpace(tag[at-1]) {
			continue
		}
		j := off
		for j < len(tag) && isJSSpace(tag[j]) {
			j++
		}
		if j >= len(tag) || tag[j] != '=' {
			continue
		}
		j++
		for j < len(tag) && isJSSpace(tag[j]) {
			j++
		}
		quote := byte(0)
		if j < len(tag) && (tag[j] == '"' || tag[j] == '\'') {
			quote = tag[j]
			j++
		}
		e := j
		for e < len(tag) && tag[e] != quote && tag[e] != ';' && (quote != 0 || !isJSSpace(tag[e]) && tag[e] != '/') {
			e++
		}
		return string(bytes.ToLower(bytes.TrimSpace(tag[j:e])))
	}
}

// ngUnescapes are Angular's TransferState escapes (Angular 15 and before:
// <script id="serverApp-state" type="application/json">{&q;key&q;:...}),
// &a; last.
var ngUnescapes = strings.NewReplacer("&q;", `"`, "&s;", "'", "&l;", "<", "&g;", ">", "&a;", "&")

// ngUnescape returns the JSON an Angular app's transferred state holds in
// a script's text (src up to the script's end, maxScriptJSON at most).
func ngUnescape(src []byte) []byte {
	if k := bytes.Index(src, []byte("</script")); k >= 0 {
		src = src[:k]
	}
	if len(src) > maxScriptJSON {
		return nil
	}
	return []byte(ngUnescapes.Replace(string(src)))
}

// maxPageAttr is the most bytes of a data-page attribute read.
const maxPageAttr = maxScriptJSON

// pageAttrValue returns the page object an Inertia.js app (Laravel's,
// Rails') serves in its root element's data-page attribute, <div
// id="app" data-page="{&quot;component&quot;:...,&quot;props&quot;:
// {...}}">, the shell it renders into; ok false where the page has none.
func pageAttrValue(doc []byte) (any, bool) {
	k := bytes.Index(doc, []byte(` data-page="{`))
	if k < 0 {
		return nil, false
	}
	at := k + len(` data-page="`)
	end := bytes.IndexByte(doc[at:min(len(doc), at+maxPageAttr)], '"')
	if end < 0 {
		return nil, false
	}
	var v any
	if json.Unmarshal([]byte(html.UnescapeString(string(doc[at:at+end]))), &v) != nil {
		return nil, false
	}
	return v, true
}

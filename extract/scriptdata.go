package extract

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Script data: pages built on script frameworks serve their article, only
// or also, as data for the script that renders it: Next.js in <script
// id="__NEXT_DATA__" type="application/json">, Nuxt in window.__NUXT__ or
// <script id="__NUXT_DATA__"> (devalue's flat form), Arc XP in
// Fusion.globalContent (content_elements), a Redux or Apollo store in
// window.__INITIAL_STATE__, __PRELOADED_STATE__, __APOLLO_STATE__ or
// window.__data, SvelteKit in its fetched responses (<script
// data-sveltekit-fetched>) and in the script that starts it
// (__sveltekit_<hash>, const data = [...] or kit.start(..., {data: [...]})),
// and Next's app router its React tree in self.__next_f (scriptflight.go).
// scriptShapes lists them.
// scriptArticle reads that data for the article's paragraphs, in order,
// HTML stripped; mainText takes them, as it takes JSON-LD's articleBody,
// only where the markup gives much less (a shell rendered by script, a
// teaser), so the page's own markup wins wherever it holds the article.
//
// The data is any shape a site gives it. The reader looks at every string
// that is a body (under a key such as articleBody, body, content or html,
// or HTML of paragraphs) and every array of blocks (objects whose type,
// if they name one, is not an image, an embed, an advertisement, related
// links and the like, with their text under content, text, html, value,
// props.text, children spans...; an embedded tweet's text is kept, as
// the page shows it), skips the parts named for other stories
// or chrome (related, recommended, promo, comments, navigation...), and
// takes the one with the most text, twice as much where the object that
// holds it carries the page's title. Each read is bounded: the values read
// (maxScriptValues), their bytes (maxScriptJSON), the depth walked
// (maxScriptDepth), the values visited (maxScriptVisits).

// scriptShape is one framework's data in the page: marker, the name it
// goes by there; within, the names the value is assigned to (const data
// = ...) or set under (data: ...) in the script after the marker, looked
// for in order, none: the value is the one the marker names; prefix:
// the marker starts a longer name (SvelteKit's __sveltekit_<hash>); decode
// turns the value parsed into what the reader walks.
type scriptShape struct {
	marker string
	within []string
	prefix bool
	decode func(any) any
}

// scriptShapes are the shapes of script data read, in order.
var scriptShapes = []scriptShape{
	{marker: "__NEXT_DATA__"},
	{marker: "__NUXT_DATA__", decode: devalue},
	{marker: "__NUXT__"},
	{marker: "Fusion.globalContent"},
	{marker: "__INITIAL_STATE__"},
	{marker: "__PRELOADED_STATE__"},
	{marker: "__APOLLO_STATE__"},
	{marker: "__INITIAL_DATA__"},
	{marker: "window.__data"}, // react-redux's universal apps
	// SvelteKit: the responses its load functions fetched, one
	// <script type="application/json" data-sveltekit-fetched> each, and
	// its pages' data in the script that starts the app
	// (__sveltekit_x = {...}; const data = [...]; ... kit.start(app,
	// element, {node_ids, data, ...}), or data: [...] inline).
	{marker: "data-sveltekit-fetched", decode: fetchedBody},
	{marker: "__sveltekit_", prefix: true, within: []string{"data"}},
}

// Bounds of one page's script data reading.
const (
	maxScriptValues = 8      // values read (markers found) per page
	maxScriptDepth  = 48     // nesting walked
	maxScriptVisits = 300000 // values visited, over all values
	maxScriptBlocks = 3000   // elements of one array read as blocks
	maxScriptMarker = 4      // occurrences of one marker looked at
	// maxScriptParse is the most bytes of body strings read as HTML or
	// text (references can make one string many blocks).
	maxScriptParse = 2 * maxScriptJSON
)

// minScriptOverlap is the share of the markup's word pairs that the
// script data's article must hold to replace a text of the markup of
// minUsableChars or more.
const minScriptOverlap = 0.5

// maxScriptCheckChars is the text length from the markup under which
// mainText reads the script data at all: the reading costs a parse of
// the data, and only a short text can be much less than the data's.
const maxScriptCheckChars = 2000

// scriptArticle returns the article the script data in doc (the decoded
// page) holds, paragraphs joined by "\n\n", or "" where it holds none of
// minUsableChars or more. title is the page's headline.
func scriptArticle(doc []byte, title string) string {
	r := &scriptReader{title: norm(title)}
	values := scriptValues(doc)
	if rows := flightRows(flightData(doc)); len(rows) > 0 {
		// Next's app router: its tree rendered is the page; failing
		// that, the data its rows pass to components.
		if t := flightArticle(rows, title); len(t) >= minUsableChars {
			return t
		}
		values = append(values, rows)
	}
	for _, v := range values {
		r.root = apolloCache(v)
		r.walk(v, "", 0, -maxScriptDepth)
	}
	return r.pick()
}

// storeArticle is scriptArticle for a store under a name of the site's
// own (stateValues), where HTML under any key is as likely a profile's or
// a widget's as the article (ownNames). mainText asks for it only where
// the markup gives nothing usable and no framework's data an article: a
// shell, not a page whose short text the store would only repeat (its
// parse is the cost).
func storeArticle(doc []byte, title string) string {
	r := &scriptReader{title: norm(title), ownNames: true}
	values := stateValues(doc)
	if v, ok := pageAttrValue(doc); ok {
		values = append(values, v)
	}
	if v, ok := streamValue(doc); ok {
		values = append(values, v)
	}
	for _, v := range values {
		r.root = apolloCache(v)
		r.walk(v, "", 0, -maxScriptDepth)
	}
	return r.pick()
}

// scriptValues returns the values the page's script data holds, parsed
// and decoded, at most maxScriptValues.
func scriptValues(doc []byte) []any {
	var out []any
	for _, sh := range scriptShapes {
		off := 0
		for n := 0; n < maxScriptMarker && len(out) < maxScriptValues; n++ {
			at := nameAt(doc, off, sh.marker, sh.prefix)
			if at < 0 {
				break
			}
			off = at + len(sh.marker)
			valueAt := off
			if sh.within != nil {
				// The script's rest, up to its end.
				end := len(doc)
				if k := bytes.Index(doc[off:], []byte("</script")); k >= 0 {
					end = off + k
				}
				valueAt = assignedAt(doc[:end], off, sh.within)
				off = end // one value a script
				if valueAt < 0 {
					continue
				}
			}
			if v, ok := scriptValueAt(doc, valueAt); ok {
				if sh.decode != nil {
					v = sh.decode(v)
				}
				out = append(out, v)
			}
		}
	}
	return out
}

// nameAt returns the offset of the first occurrence of name in doc at or
// after off that is a whole name (no name's byte before it, nor after it
// but where prefix), or -1.
func nameAt(doc []byte, off int, name string, prefix bool) int {
	for off < len(doc) {
		k := bytes.Index(doc[off:], []byte(name))
		if k < 0 {
			return -1
		}
		at := off + k
		if wholeAt(doc, at, name, prefix) {
			return at
		}
		off = at + len(name)
	}
	return -1
}

// wholeAt reports whether name, found in doc at at, is a whole name there:
// no name's byte before it, nor after it but where prefix.
func wholeAt(doc []byte, at int, name string, prefix bool) bool {
	end := at + len(name)
	startsWhole := at == 0 || !isJSNameByte(name[0]) || !isJSNameOrDigit(doc[at-1])
	endsWhole := prefix || end >= len(doc) || !isJSNameByte(name[len(name)-1]) || !isJSNameOrDigit(doc[end])
	return startsWhole && endsWhole
}

// assignedAt returns the offset after the first of names in doc from off
// on that is assigned a value (const data = ...) or set under (data:
// ...), or -1.
func assignedAt(doc []byte, off int, names []string) int {
	for _, name := range names {
		for at := off; ; {
			k := nameAt(doc, at, name, false)
			if k < 0 {
				break
			}
			at = k + len(name)
			j := skipJSSpace(doc, at)
			if j < len(doc) && (doc[j] == ':' || doc[j] == '=' && (j+1 >= len(doc) || doc[j+1] != '=' && doc[j+1] != '>')) {
				return at
			}
		}
	}
	return -1
}

// fetchedBody reads a response SvelteKit serves as fetched,
// {"status":200,"headers":{...},"body":"..."}: its body, JSON in a
// string, parsed; a body that is not JSON (base64 with data-b64, text) is
// left out.
func fetchedBody(v any) any {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	s, ok := m["body"].(string)
	if !ok {
		return nil
	}
	var b any
	if json.Unmarshal([]byte(s), &b) != nil {
		return nil
	}
	return b
}

// scriptValueAt parses the value that a marker ending at doc[i] names:
// the text of the element it is the id of (<script id="__NEXT_DATA__"
// type="application/json">{...}), or the value assigned to it
// (window.__NUXT__ = {...}, window["__X__"]=JSON.parse("..."), Nuxt's
// (function(a,b){return {...}}(...))) or set under it (data: [...]).
func scriptValueAt(doc []byte, i int) (any, bool) {
	j := i
	for j < len(doc) && (doc[j] == '"' || doc[j] == '\'' || doc[j] == ']' || isJSSpace(doc[j])) {
		j++
	}
	switch {
	case j < len(doc) && (doc[j] == ':' || doc[j] == '=' && (j+1 >= len(doc) || doc[j+1] != '=')):
		j = skipJSSpace(doc, j+1)
		if j < len(doc) && doc[j] == '(' {
			// An immediately called function returning the value.
			k := bytes.Index(doc[j:min(len(doc), j+4096)], []byte("return"))
			if k < 0 {
				return nil, false
			}
			j += k + len("return")
		}
	default:
		// The element's text: after the end of its start tag.
		k := bytes.IndexByte(doc[j:min(len(doc), j+512)], '>')
		if k < 0 || bytes.IndexByte(doc[j:j+k], '<') >= 0 {
			return nil, false
		}
		j = skipJSSpace(doc, j+k+1)
		if rest := doc[j:]; bytes.HasPrefix(rest, []byte("<![CDATA[")) {
			j += len("<![CDATA[")
		}
	}
	j = skipJSSpace(doc, j)
	src := doc[j:]
	if bytes.HasPrefix(src, []byte("JSON.parse(")) {
		s, ok := jsStringValue(src[len("JSON.parse("):])
		if !ok {
			return nil, false
		}
		src = []byte(s)
	}
	if bytes.HasPrefix(src, []byte("{&q;")) {
		src = ngUnescape(src)
	}
	js, ok := jsonish(src)
	if !ok {
		return nil, false
	}
	var v any
	if json.Unmarshal(js, &v) != nil {
		return nil, false
	}
	return v, true
}

// devalue rebuilds the value of Nuxt's payload in devalue's flat form: an
// array whose first element is the root, each object's and array's
// members the indexes of their values; ["Reactive", i] and the like wrap
// one. Values past maxScriptVisits, cycles and bad indexes are nil.
func devalue(v any) any {
	flat, ok := v.([]any)
	if !ok || len(flat) == 0 {
		return v
	}
	return flatRefs(flat, func(k string) (string, bool) { return k, true }, devalueWrapped)
}

// devalueWrapped reads devalue's ["Reactive", i] and its kin as the value
// they wrap.
func devalueWrapped(x []any) (any, bool) {
	if len(x) != 2 {
		return nil, false
	}
	switch tag, _ := x[0].(string); tag {
	case "Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef":
		return x[1], true
	}
	return nil, false
}

// flatRefs rebuilds the root (index 0) of a flat array whose values refer
// to each other by index, as devalue (Nuxt) and turbo-stream (React Router,
// Remix) write them: an object's members and an array's elements are the
// indexes of their values. name reads an object member's key as the
// member's name (false: the member is left out); wrapped, when not nil,
// reads an array that wraps one value as that value's index. An array
// opening with a string (a date, a set, a regexp, a promise) holds no text.
// Values past maxScriptVisits or maxScriptDepth, cycles and bad indexes are
// nil.
func flatRefs(flat []any, name func(k string) (string, bool), wrapped func(x []any) (any, bool)) any {
	done := make([]bool, len(flat))
	out := make([]any, len(flat))
	visits := 0
	var at func(f float64, depth int) any
	at = func(f float64, depth int) any {
		i := int(f)
		if float64(i) != f || i < 0 || i >= len(flat) || depth > maxScriptDepth || visits > maxScriptVisits {
			return nil // undefined, null, a hole (negative), or bad
		}
		if done[i] {
			return out[i]
		}
		visits++
		done[i] = true // a cycle reads nil
		switch x := flat[i].(type) {
		case map[string]any:
			m := make(map[string]any, len(x))
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			slices.Sort(keys) // a cycle's nil falls on the same member each time
			for _, k := range keys {
				n, ok := x[k].(float64)
				if !ok {
					continue
				}
				if key, ok := name(k); ok {
					m[key] = at(n, depth+1)
				}
			}
			out[i] = m
		case []any:
			if wrapped != nil {
				if v, ok := wrapped(x); ok {
					if n, ok := v.(float64); ok {
						out[i] = at(n, depth+1)
					}
					return out[i]
				}
			}
			if len(x) > 0 {
				if _, ok := x[0].(string); ok {
					return nil // Date, Set, Map, RegExp, a promise...: no text
				}
			}
			a := make([]any, 0, len(x))
			for _, e := range x {
				if n, ok := e.(float64); ok {
					a = append(a, at(n, depth+1))
				}
			}
			out[i] = a
		default:
			out[i] = x
		}
		return out[i]
	}
	return at(0, 0)
}

// scriptReader walks script data for the article's body.
type scriptReader struct {
	title  string         // the page's headline, normalised
	root   map[string]any // the cache of the value walked, for references (deref)
	visits int
	parsed int // bytes of strings read (maxScriptParse)
	// ownNames: the values walked are stores under names of the
	// site's own (stateValues), where a string is a body by its key
	// only.
	ownNames bool
	cands    []scriptCandidate
}

// scriptCandidate is one reading of the article's body: a body string or
// an array of blocks.
type scriptCandidate struct {
	paras  []string
	chars  int
	titled bool // the object holding it carries the page's title
	blocks bool // an array's blocks, not a body string
}

// walk visits v, found under key (an array's elements under the array's)
// at depth; titledAt is the depth of the nearest object above that carries
// the page's title.
func (r *scriptReader) walk(v any, key string, depth, titledAt int) {
	r.visits++
	if r.visits > maxScriptVisits || depth > maxScriptDepth || otherStoriesKey(key) {
		return
	}
	titled := depth-titledAt <= 3
	switch x := v.(type) {
	case string:
		switch {
		case len(x) < minUsableChars:
		case bodyKey(key) || !r.ownNames && htmlParagraphs(x):
			paras, _ := r.fragment(x)
			r.add(paras, titled, false)
		case mdxKey(key):
			// A compiled MDX body: its elements' HTML.
			if r.parsed += len(x); r.parsed <= maxScriptParse {
				if h := mdxHTML(x); h != "" {
					paras, _ := r.fragment(h)
					r.add(paras, titled, false)
				}
			}
		}
	case []any:
		r.blocks(x, titled)
		for i, e := range x {
			if i >= maxScriptBlocks {
				break
			}
			r.walk(e, key, depth+1, titledAt)
		}
	case map[string]any:
		if r.carriesTitle(x) {
			titledAt = depth
		}
		if key == "route" {
			// Sitecore JSS's layout: its components' text, in order.
			r.add(r.jssRoute(x), titled, true)
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys) // the same page gives the same text
		for _, k := range keys {
			r.walk(x[k], fieldKey(key, k), depth+1, titledAt)
		}
	}
}

// fieldKey is the key a member of an object under key is read under: its
// own, but for a field's value (Sitecore JSS's and other headless CMSs'
// fields, {"articleBody": {"value": "<p>..."}}), which is read under the
// field's name.
func fieldKey(key, k string) string {
	if k == "value" && bodyKey(key) {
		return key
	}
	return k
}

// htmlParagraphs reports whether s is HTML of paragraphs: two or more
// paragraph, line break or subheading tags.
func htmlParagraphs(s string) bool {
	n := 0
	for i := 0; i+3 < len(s) && n < 2; i++ {
		if s[i] != '<' {
			continue
		}
		switch c, d := s[i+1]|0x20, s[i+2]; {
		case c == 'p' && (d == '>' || d == ' '),
			c == 'b' && d|0x20 == 'r',
			c == 'h' && '2' <= d && d <= '4':
			n++
		}
	}
	return n >= 2
}

// add records a candidate of paras (less the empty ones); blocks: they
// are an array's blocks.
func (r *scriptReader) add(paras []string, titled, blocks bool) {
	c := scriptCandidate{titled: titled, blocks: blocks}
	for _, p := range paras {
		if p != "" {
			c.paras = append(c.paras, p)
			c.chars += len(p)
		}
	}
	if c.chars >= minUsableChars {
		r.cands = append(r.cands, c)
	}
}

// pick returns the best candidate's text: the most text (twice as much
// where titled), or one of at least four fifths of that that is an
// array's blocks where that is a string (a body's blocks, typed, over the
// same body as one string with its pictures' captions), or that has half
// again as many paragraphs.
func (r *scriptReader) pick() string {
	score := func(c scriptCandidate) int {
		if c.titled {
			return 2 * c.chars
		}
		return c.chars
	}
	cands := titledStory(r.cands)
	best := -1
	for i, c := range cands {
		if best < 0 || score(c) > score(cands[best]) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	b := cands[best]
	for _, c := range cands {
		if score(c)*5 >= score(b)*4 && (c.blocks && !b.blocks || 2*len(c.paras) >= 3*len(b.paras)) {
			b = c
		}
	}
	return strings.Join(b.paras, "\n\n")
}

// titledStory returns the candidates held by an object that carries the
// page's title, where there is one, else all: a store that holds a feed
// of stories beside the page's (a WordPress theme's posts, a newsroom's
// latest) names the page's by its title, however much longer another
// story runs.
func titledStory(cands []scriptCandidate) []scriptCandidate {
	var titled []scriptCandidate
	for _, c := range cands {
		if c.titled {
			titled = append(titled, c)
		}
	}
	if len(titled) == 0 {
		return cands
	}
	return titled
}

// carriesTitle reports whether the object names the page's title under a
// headline's key.
func (r *scriptReader) carriesTitle(x map[string]any) bool {
	if r.title == "" {
		return false
	}
	for _, k := range []string{"headline", "title", "headlines", "name"} {
		s, _ := x[k].(string)
		if m, ok := x[k].(map[string]any); ok {
			s, _ = m["basic"].(string) // Arc's headlines.basic
			if s == "" {
				s, _ = m["rendered"].(string) // WordPress's title.rendered
			}
		}
		if s != "" && len(s) < 400 && norm(s) == r.title {
			return true
		}
	}
	return false
}

// blocks records the array's text blocks, if two or more, as a candidate:
// each block's paragraphs in order, less the links to other stories (a
// block that is a link and nothing else, and a short line heading a run
// of them).
func (r *scriptReader) blocks(arr []any, titled bool) {
	type block struct {
		paras    []string
		linkOnly bool
	}
	var bs []block
	for i, e := range arr {
		if i >= maxScriptBlocks || r.visits > maxScriptVisits {
			break
		}
		paras, linkOnly, ok := r.block(r.deref(e), 0)
		if ok && (len(paras) > 0 || linkOnly) {
			bs = append(bs, block{paras, linkOnly})
		}
	}
	if len(bs) < 2 {
		return
	}
	var paras []string
	for i, b := range bs {
		if b.linkOnly {
			continue
		}
		if i+1 < len(bs) && bs[i+1].linkOnly && len(b.paras) == 1 && len(strings.Fields(b.paras[0])) <= 6 {
			continue // "You may also like...", "Related:"
		}
		paras = append(paras, b.paras...)
	}
	r.add(paras, titled, true)
}

// deref returns the object an Apollo cache's reference ({"__ref": id} or
// {"type": "id", "id": id}) points to in the root, else v.
func (r *scriptReader) deref(v any) any {
	x, ok := v.(map[string]any)
	if !ok {
		return v
	}
	r.visits++
	id, _ := x["__ref"].(string)
	if id == "" && len(x) <= 4 && x["type"] == "id" {
		id, _ = x["id"].(string)
	}
	root := r.root
	if id == "" || root == nil {
		return v
	}
	if t, ok := root[id]; ok {
		return t
	}
	return v
}

// apolloCache returns the map of an Apollo cache's objects by id in v: v
// itself, or the member of v that holds the cache's ROOT_QUERY (a store
// that keeps the cache under a key of its own: window.__preloadedData's
// initialState); nil where v is no map.
func apolloCache(v any) map[string]any {
	root, _ := v.(map[string]any)
	if root == nil {
		return nil
	}
	if _, ok := root["ROOT_QUERY"]; ok {
		return root
	}
	for _, k := range []string{"initialState", "apolloState", "apollo", "cache", "data"} {
		if m, ok := root[k].(map[string]any); ok {
			if _, ok := m["ROOT_QUERY"]; ok {
				return m
			}
		}
	}
	return root
}

// blockTypeKeys name a block's type, blockTextKeys its text (or an object
// or an array holding it), in the order looked at.
var (
	blockTypeKeys = []string{"type", "_type", "__typename", "nodeType", "blockType", "is", "component", "componentName", "kind"}
	blockTextKeys = []string{"content", "text", "html", "value", "contents", "body", "innerHTML", "props", "data", "attributes", "children", "items", "fields"}
)

// block returns the paragraphs of one block of an article's body, whether
// its text is all a link (linkOnly), and ok false where it is not text (no
// text, or a type of otherTypeWords).
func (r *scriptReader) block(v any, depth int) (paras []string, linkOnly, ok bool) {
	r.visits++
	x, isMap := v.(map[string]any)
	if !isMap || depth > 8 || r.visits > maxScriptVisits {
		return nil, false, false
	}
	for _, k := range blockTypeKeys {
		if t, _ := x[k].(string); t != "" {
			if otherBlockType(t) {
				if h := quotedPostHTML(x); h != "" {
					// An embedded tweet: its text is the
					// article's, as the page shows it.
					paras, _ := r.fragment(h)
					return paras, false, len(paras) > 0
				}
				return nil, false, false
			}
			break
		}
	}
	for _, k := range blockTextKeys {
		switch t := x[k].(type) {
		case string:
			if strings.TrimSpace(t) == "" {
				continue
			}
			if k == "text" || k == "value" {
				if inlineNode(x) {
					return []string{clean(t)}, false, true
				}
			}
			paras, linkOnly := r.fragment(t)
			return paras, linkOnly, true
		case map[string]any:
			if p, lo, ok := r.block(r.deref(t), depth+1); ok {
				return p, lo, true
			}
		case []any:
			if p, ok := r.children(t, depth+1); ok {
				return p, false, true
			}
		}
	}
	return nil, false, false
}

// maxQuotedPost is the most bytes of an embedded post's HTML read.
const maxQuotedPost = 8 << 10

// quotedPostHTML returns the HTML of the post an embed block quotes, where
// it is Twitter's blockquote (class "twitter-tweet": the post's text, its
// author and date, as the page shows them), under html in the block or in
// its oEmbed (Arc's oembed_response and social blocks: raw_oembed.html),
// else "". Other embeds' HTML is their player's or their card's chrome.
func quotedPostHTML(x map[string]any) string {
	for _, v := range []any{x["raw_oembed"], x["oembed"], x["embed"], x} {
		m, _ := v.(map[string]any)
		if h, _ := m["html"].(string); len(h) <= maxQuotedPost && strings.Contains(h, "twitter-tweet") {
			return h
		}
	}
	return ""
}

// children reads a block's children: inline nodes (Portable Text's spans,
// ProseMirror's and Contentful's text nodes, bare strings) join into one
// paragraph, blocks (a list's items) give their own.
func (r *scriptReader) children(arr []any, depth int) ([]string, bool) {
	var paras []string
	var line strings.Builder
	flush := func() {
		if s := clean(line.String()); s != "" {
			paras = append(paras, s)
		}
		line.Reset()
	}
	for i, e := range arr {
		if i >= maxScriptBlocks || r.visits > maxScriptVisits {
			break
		}
		if s, ok := e.(string); ok {
			line.WriteString(s)
			continue
		}
		e = r.deref(e)
		if x, ok := e.(map[string]any); ok && inlineNode(x) {
			line.WriteString(inlineText(x, 0))
			continue
		}
		p, _, ok := r.block(e, depth)
		if ok {
			flush()
			paras = append(paras, p...)
		}
	}
	flush()
	return paras, len(paras) > 0
}

// inlineNode reports whether a rich-text node is inline: a text run, a
// span or a link.
func inlineNode(x map[string]any) bool {
	for _, k := range blockTypeKeys {
		if t, _ := x[k].(string); t != "" {
			switch strings.ToLower(t) {
			case "text", "span", "link", "hyperlink", "a", "strong", "em", "b", "i", "u", "mark", "code", "entry-hyperlink":
				return true
			}
			return false
		}
	}
	_, hasText := x["text"].(string)
	_, hasMarks := x["marks"]
	return hasText && hasMarks
}

// inlineText is the text of an inline node and its children.
func inlineText(x map[string]any, depth int) string {
	if depth > 8 {
		return ""
	}
	for _, k := range []string{"text", "value"} {
		if s, ok := x[k].(string); ok {
			return s
		}
	}
	var b strings.Builder
	for _, k := range []string{"children", "content"} {
		if arr, ok := x[k].([]any); ok {
			for _, e := range arr[:min(len(arr), maxScriptBlocks)] {
				if c, ok := e.(map[string]any); ok {
					b.WriteString(inlineText(c, depth+1))
				} else if s, ok := e.(string); ok {
					b.WriteString(s)
				}
			}
			break
		}
	}
	return b.String()
}

// bodyKey reports whether a string under key is an article's body by its
// name.
func bodyKey(key string) bool {
	k := strings.ToLower(key)
	switch k {
	case "body", "bodytext", "bodyhtml", "content", "contenthtml", "html", "text", "fulltext", "storytext",
		"articletext", "maintext", "richtext", "content_html", "body_html", "rendered":
		return true
	}
	return strings.HasSuffix(k, "articlebody")
}

// otherStoriesWords are the words of a key whose data is not the article
// (other stories, comments, page chrome, tracking, the article's teaser).
var otherStoriesWords = []string{
	"related", "recommend", "promo", "teaser", "comment", "advert", "sidebar", "navigation", "menu",
	"footer", "trending", "popular", "mostread", "most_read", "newsletter", "tracking", "script",
	"readnext", "read_next", "morestories", "more_stories", "recirc", "breadcrumb", "disclaimer",
	"excerpt", "summary", "description", // the story's own teaser
}

// otherStoriesKey reports whether the value under key holds something
// other than the article.
func otherStoriesKey(key string) bool {
	if key == "" {
		return false
	}
	return matchAny(strings.ToLower(key), otherStoriesWords)
}

// otherTypeWords are the words of a block type that holds no article
// text (or other stories' links).
var otherTypeWords = map[string]bool{
	"image": true, "img": true, "photo": true, "picture": true, "video": true, "gallery": true, "embed": true,
	"oembed": true, "iframe": true, "ad": true, "ads": true, "advert": true, "advertisement": true,
	"promo": true, "related": true, "newsletter": true, "interstitial": true, "raw": true, "script": true,
	"social": true, "tweet": true, "twitter": true, "instagram": true, "facebook": true, "youtube": true,
	"audio": true, "podcast": true, "button": true, "cta": true, "signup": true, "subscribe": true,
	"recirculation": true, "recirc": true, "readmore": true, "teaser": true, "widget": true, "poll": true,
	"quiz": true, "map": true, "chart": true, "caption": true, "divider": true, "brightcove": true,
	"stock": true, "table": true,
}

// otherBlockType reports whether a block type (EntryBodyImage,
// "oembed_response", "bright-cove") is or has a word of otherTypeWords.
func otherBlockType(t string) bool {
	squashed := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, t)
	if otherTypeWords[squashed] {
		return true
	}
	var word []rune
	check := func() bool {
		w := strings.ToLower(string(word))
		word = word[:0]
		return otherTypeWords[w]
	}
	prevLower := false
	for _, c := range t {
		switch {
		case !unicode.IsLetter(c):
			if check() {
				return true
			}
			prevLower = false
			continue
		case unicode.IsUpper(c) && prevLower:
			if check() {
				return true
			}
		}
		word = append(word, c)
		prevLower = unicode.IsLower(c)
	}
	return check()
}

// fragment is fragmentParas within the reader's budget (maxScriptParse):
// past it, strings give nothing.
func (r *scriptReader) fragment(s string) (paras []string, linkOnly bool) {
	if r.parsed += len(s); r.parsed > maxScriptParse {
		return nil, false
	}
	return fragmentParas(s)
}

// fragmentParas returns the paragraphs of a body string, HTML (read as
// preferLinkedData reads an articleBody of HTML) or plain text (a
// paragraph a line), and whether it is HTML whose text is all inside
// links (a link to another story).
func fragmentParas(s string) (paras []string, linkOnly bool) {
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 {
		for _, p := range strings.Split(s, "\n") {
			if p = clean(p); p != "" {
				paras = append(paras, p)
			}
		}
		return paras, false
	}
	n, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, false
	}
	b := findBody(n)
	if b == nil {
		return nil, false
	}
	all, inLinks := 0, 0
	for d := range descendants(b) {
		if d.Type != html.TextNode {
			continue
		}
		t := len(strings.TrimSpace(d.Data))
		all += t
		for p := d.Parent; p != nil && p != b; p = p.Parent {
			if p.DataAtom == atom.A {
				inLinks += t
				break
			}
		}
	}
	for _, p := range strings.Split(htmlBodyText(b), "\n") {
		if p = clean(p); p != "" {
			paras = append(paras, p)
		}
	}
	return paras, all > 0 && inLinks*10 >= all*9
}

// htmlBodyText is the text of a declared body's HTML (JSON-LD's
// articleBody, script data's body), parsed to body: its blocks written as
// paragraphs, the boilerplate among them dropped.
func htmlBodyText(body *html.Node) string {
	ex := &extractor{flags: 0, infos: make(map[*html.Node]*info), hints: make(map[classKey]classHints)}
	ex.stats(body)
	return ex.emit([]*html.Node{body})
}

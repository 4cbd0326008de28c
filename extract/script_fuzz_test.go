package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// withinCost runs f on an input of n bytes and fails t where it takes over
// a second or allocates over 100 times the input's size (with 1 MiB of
// room for the readers' fixed costs: a parsed page's tree, a map).
func withinCost(t *testing.T, n int, f func()) {
	t.Helper()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	start := time.Now()
	f()
	d := time.Since(start)
	runtime.ReadMemStats(&m1)
	if d > time.Second {
		t.Errorf("%d bytes read in %v", n, d)
	}
	if a := m1.TotalAlloc - m0.TotalAlloc; a > uint64(100*n+1<<20) {
		t.Errorf("%d bytes read allocating %d bytes", n, a)
	}
}

// scriptSeeds returns the script data test pages with the markers of the
// readers under fuzzing, and the extra seeds given.
func scriptSeeds(f *testing.F, marker string, extra ...string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "scriptdata", "*.html"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && bytes.Contains(b, []byte(marker)) {
			f.Add(b)
		}
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

// FuzzJSONish: whatever JavaScript a page's script holds at a value,
// jsonish returns within a second and 100 times its size in allocations,
// and what it gives is at most maxScriptJSON bytes and decodes without a
// panic. (It is a lenient reader, not a validator: "{\"\"}" comes out as
// it went in, and its callers pass over what does not decode.) Seeds are
// TestJSONish's inputs. Run longer with
// go test -run '^$' -fuzz '^FuzzJSONish$' ./extract.
func FuzzJSONish(f *testing.F) {
	for _, s := range []string{
		`{"a":1}`, ` {a:1, b:'two', c:"thr\"ee"}; more code`,
		`{a:!0,b:!1,c:undefined,d:new Date(17),e:x.y.z,f:[1,2,],}`, `{"s":"\!\'\x41\v\0"}`,
		"{\"s\":`multi\nline`}", `[1, /* note */ 2 // end` + "\n]", `{"a":fn("x)", [1,2])}`,
		`{a:void 0,b:void(0),c:(function(a){return a}("x)")).d,e:[1]}`,
		`{a:(function(a,b){a.x=1;return {p:a,q:[b,"}"]}}({},"s")),z:1}`,
		`[(function(){return [1]})(),(function(a){return {b:(function(c){return [c]}(2))}}(1))]`,
		`{"a":'line` + "\n" + `break'}`, strings.Repeat("[", maxScriptNesting+1),
		`{"s":"\u{1F600}\ud800\uDC00\xZZ"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var out []byte
		var ok bool
		withinCost(t, len(src), func() { out, ok = jsonish(src) })
		if !ok {
			return
		}
		if len(out) > maxScriptJSON+1 {
			t.Fatalf("jsonish of %d bytes gave %d", len(src), len(out))
		}
		var v any
		_ = json.Unmarshal(out, &v)
	})
}

// FuzzMDXHTML: whatever compiled MDX (or React element calls) a page's
// data holds, mdxHTML returns, within a second and 100 times its size in
// allocations, with valid UTF-8 from valid UTF-8. Seeds are TestMDXHTML's
// inputs and the MDX test pages. Run longer with
// go test -run '^$' -fuzz '^FuzzMDXHTML$' ./extract.
func FuzzMDXHTML(f *testing.F) {
	for _, s := range []string{
		"const layoutProps={};function MDXContent({components,...props}){return mdx(MDXLayout,{...layoutProps,...props,components:components,mdxType:\"MDXLayout\"},mdx(\"p\",null,`A `,mdx(\"strong\",{parentName:\"p\"},`ferry`),` runs. `),mdx(\"h2\",{\"id\":\"x\"},mdx(\"a\",{parentName:\"h2\",\"href\":\"#x\"},`\\xbb`),`Times`));}",
		`React.createElement("p", {className: "lead"}, "One ", React.createElement("em", null, "two"), ' three')`,
		`_jsx(_components.p, {children: cond ? "a" : "b"}); _jsx(_components.pre, {children: _jsx(_components.code, {children: "x = 1"})}); _jsx(_components.script, {children: "alert(1)"})`,
		`_jsx(_components.p, {children: ["a" }]}); _jsx(_components.p, {children: ["b", )]}); _jsx(_components.p, {children: "c"})`,
		`_jsx(_components.p, {children: [` + strings.Repeat(`_jsx(_components.em, {children: [`, 200) + `"deep"`,
		"(0,n.jsxs)ot.p,{children:[\"a\",(0,n.jsx)(ot.a,{href:\"x\",children:`b ${c}`})]})",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var out string
		withinCost(t, len(src), func() { out = mdxHTML(src) })
		if utf8.ValidString(src) && !utf8.ValidString(out) {
			t.Fatalf("mdxHTML(%q) = %q: invalid UTF-8", src, out)
		}
	})
}

// FuzzFlightRows: whatever a page's React Server Components pushes hold,
// the flight reader returns the page's text, within a second and 100
// times the page's size in allocations, valid UTF-8 from valid UTF-8.
// Seeds are the App Router test pages' pushes. Run longer with
// go test -run '^$' -fuzz '^FuzzFlightRows$' ./extract.
func FuzzFlightRows(f *testing.F) {
	scriptSeeds(f, flightMarker,
		`<script>self.__next_f.push([1,"0:[\"$\",\"article\",null,{\"children\":[[\"$\",\"p\",null,{\"children\":\"$1\"}],\"$L2\"]}]\n1:T5,hello2:[\"$\",\"h1\",null,{\"children\":\"T\"}]\n"])</script>`,
		`<script>self.__next_f.push([1,"0:[\"$\",\"div\",null,{\"children\":\"$0\"}]\n1:Tfffffffffffffff,x"])</script>`,
	)
	f.Fuzz(func(t *testing.T, doc []byte) {
		var s string
		withinCost(t, len(doc), func() {
			s = flightArticle(flightRows(flightData(doc)), "title")
		})
		if utf8.Valid(doc) && !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
	})
}

// FuzzStreamValue: whatever a page's turbo-stream enqueues, streamValue
// returns its value, and the store reader its text, within a second and
// 100 times the page's size in allocations. Seeds are the React Router
// test pages'. Run longer with
// go test -run '^$' -fuzz '^FuzzStreamValue$' ./extract.
func FuzzStreamValue(f *testing.F) {
	scriptSeeds(f, streamEnqueue,
		`<script>x.streamController.enqueue("[{\"_1\":2,\"_3\":4},\"body\",\"text\",\"refs\",[0,-5,1,7]]\n");</script>`,
		`<script>x.streamController.enqueue("[{\"_1\":0},\"self\"]\n");</script>`,
	)
	f.Fuzz(func(t *testing.T, doc []byte) {
		withinCost(t, len(doc), func() {
			streamValue(doc)
			storeArticle(doc, "title")
		})
	})
}

// FuzzLinkedData: whatever a page's JSON-LD holds, reading it returns
// the article's fields and a forum thread's text, within a second and 100
// times its size in allocations, valid UTF-8 from valid UTF-8. Seeds are
// the JSON-LD test pages' scripts. Run longer with
// go test -run '^$' -fuzz '^FuzzLinkedData$' ./extract.
func FuzzLinkedData(f *testing.F) {
	for _, s := range []string{
		`{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"A"},"B"],"datePublished":"2026-12-07","articleBody":"x","publisher":{"name":"P"}}`,
		`<![CDATA[{"@graph":[{"@type":["WebPage"]},{"@type":"BlogPosting","name":"N","inLanguage":"en"}]}]]>;`,
		`{"@type":"DiscussionForumPosting","text":"t","author":{"name":"a"},"datePublished":"2026-12-07T10:00:00Z","comment":[{"@type":"Comment","text":"c","author":"b","dateCreated":"2026-12-07T11:00:00+01:00"}]}`,
		`[[[[[[[[[[{"@type":"Article","articleBody":"deep"}]]]]]]]]]]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var ld linkedData
		withinCost(t, len(src), func() {
			ld.add(src)
			ld.thread = threadText(ld.posts, nil)
		})
		if !utf8.ValidString(src) {
			return
		}
		for _, s := range append([]string{ld.headline, ld.name, ld.published, ld.publisher, ld.body, ld.language, ld.bodyOrThread()}, ld.authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
		}
	})
}

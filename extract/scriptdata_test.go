package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// TestScriptDataPages: made-up pages whose article is in the data a script
// framework serves, each in one of the common shapes, read in order, HTML
// stripped, without the teasers, related stories, captions, embeds,
// advertisements and comments beside it in the data.
func TestScriptDataPages(t *testing.T) {
	tests := []struct {
		file    string
		want    []string // in this order
		wantNot []string
	}{
		{"next-shell.html", // Next.js, rich-text nodes with inline links
			[]string{"The harbour ferry will run again from Monday after the pier was repaired over the winter, the council said.",
				"Forty years of crossings", "Council engineers said", "Tickets will cost the same"},
			[]string{"caption", "Advertisement", "Library opens", "teaser", "The ferry runs again from Monday."}},
		{"nuxt-iife.html", // Nuxt 2: a function's return value, unquoted keys, parameters
			[]string{"The town council approved three new cycle lanes", "Councillors who voted against", "plan's authors dispute",
				"Work on the first lane"},
			[]string{"Subscribe now", "Valley Courier"}},
		{"fusion-empty.html", // Arc XP, the DOM an empty shell
			[]string{"CLEVELAND – The band will look", "A music magazine reported details", "The band unveiled its plans",
				"The fan vote", "The band is nominated"},
			[]string{"caption", "fan's tweet", "You may also like", "Who will make", "25 worst", "Another story"}},
		{"initial-state.html", // Redux state as JSON.parse("..."), Portable Text
			[]string{"More rain fell on the city in October", "Forecasters measured 312 millimetres at the airport, nearly three times the usual amount for the month.",
				"Several roads near the river"},
			[]string{"summary", "garden", "enable JavaScript"}},
		{"apollo.html", // Apollo's cache, references to modules, JavaScript escapes
			[]string{"A question about covering the plane", "Their proof runs to forty pages", "a hobbyist's letter to a magazine! It opens"},
			[]string{"drawn in blue", "moderate comments"}},
		{"nuxt-data.html", // Nuxt 3's devalue payload
			[]string{"The city museum reopened its east wing", "Visitors queued", "Entry to the wing is free"},
			[]string{"is open again"}},
		{"ldgraph-html.html", // JSON-LD in an @graph, its articleBody HTML
			[]string{"The old bridge over the river will close", "Buses will take the long way round", "The bridge last closed"},
			[]string{"<p>"}},
		{"wp-excerpts.html", // WordPress's REST shape: the post's content, not its excerpt nor the latest posts'
			[]string{"The towpath along the canal reopened", "The canal trust rebuilt"},
			[]string{"long teaser", "Another story", "Swans"}},
		{"next-app-router.html", // Next's app router: its React tree in flight rows, references and a text row
			[]string{"The harbour ferry will run again from Monday", "Council engineers said the new pilings should last for another forty years of daily crossings, whatever the winter storms bring.",
				"Tickets will cost the same as last year, and the first boat leaves at seven in the morning"},
			[]string{"Home", "Coast Gazette 2026", "Not found", "Sreact"}},
		{"sveltekit-fetched.html", // SvelteKit's fetched responses, the story's body JSON in a string
			[]string{"The last two keepers of the lighthouse", "The light has been run from the mainland", "A quiet island",
				"Birdwatchers will still be allowed"},
			[]string{"Another story", "ferry timetable", "Loading", "QUJD"}},
		{"sveltekit-start.html", // SvelteKit 2: const data = [...] by devalue, void 0, the story a called function's value
			[]string{"The village voted on Thursday night", "all but eleven of them voted for the parish council's plan.",
				"Under the plan the council will rent the shop"},
			[]string{"caption", "comment", "tagline", "every morning", "JavaScript"}},
		{"sveltekit-inline.html", // SvelteKit 1: kit.start(app, element, {data: [...]})
			[]string{"The old orchard behind the church will stay", "The fund took eight months", "The orchard's forty trees"},
			[]string{"church roof", "Another story"}},
		{"window-data.html", // window.__data, a Redux state; window.__dataLayer beside it
			[]string{"Night buses will run again", "The transport authority said four routes", "Who asked for them",
				"Bar and hospital staff"},
			[]string{"Advertisement", "newsletter", "tracking", "are back"}},
		{"fusion-tweet.html", // Arc XP: an embedded tweet's text kept, an Instagram card's left out
			[]string{"The harbour light shone", "a post of its own", "The new lamp is lit and the gulls are not impressed",
				"Harbour Trust (@harbourtrust)", "The lamp is brighter", "Visitors can climb the tower"},
			[]string{"View this post", "A post shared", "widgets.js"}},
		{"store-own-name.html", // a Redux store under a name of the site's own, blocks of children
			[]string{"The lake ferry will keep later hours from the first of June", "The operator said the change follows", "Winter hours stay",
				"From October the ferry returns"},
			[]string{"Advertisement", "Later boats", "Home"}},
		{"wp-localized.html", // a WordPress theme's wp_localize_script data: the page's post, not a longer one beside it
			[]string{"The town hall clock is keeping time again", "It had stopped at twenty past four"},
			[]string{"railway", "repaired."}},
		{"preloads.html", // window._preloads = JSON.parse("..."), the post's body_html
			[]string{"The orchard behind the old school will stay an orchard", "What comes next", "Members will prune the trees",
				"The trust thanks everyone who gave"},
			[]string{"Wonderful news", "A note from the trust"}},
		{"json-island.html", // a <script type="application/json"> of a CMS's layout, the body's HTML under value
			[]string{"The town's swimming pool will open at six", "The leisure centre said", "A season ticket"},
			[]string{"Home", "opens at six."}},
		{"apollo-nested.html", // an Apollo cache under the store's initialState, references by id
			[]string{"A footbridge across the river opened on Saturday", "It links the station with the new houses",
				"The bridge cost four million pounds"},
			[]string{"caption", "graphql"}},
		{"mdx-remote.html", // next-mdx-remote: MDX 3 compiled to _jsx calls in compiledSource
			[]string{"The lighthouse on the north point will be lit again from the first of May, after forty years dark, the harbour trust said on Tuesday.",
				"How it was repaired", "Volunteers rebuilt the lamp room over two winters, and a public appeal paid for the new lens.",
				"The tower stays closed to visitors", "The light will show every ten seconds.", "Its beam will reach eighteen miles"},
			[]string{"Expected", "to be defined", "Home", "returns in May"}},
		{"mdx-bundler.html", // Contentlayer's body.code: mdx-bundler's minified bundle, (0,n.jsx)(t.p, ...)
			[]string{"The old mill on the river will grind flour again this autumn", "A new wheel",
				"to the 1850 drawings kept in the county archive.", "Visitors will be able to buy the flour"},
			[]string{"Loading", "Another story", "exports"}},
		{"jss-state.html", // Sitecore JSS: a layout of components in __JSS_STATE__, nested placeholders
			[]string{"Libraries", "Library keeps its doors open later", "The central library will stay open until nine",
				"The longer hours follow a survey", "We heard from people who work all day", "Head librarian Ann Moss",
				"Two new staff will be hired", "Join the library", "Membership is free", "Become a member"},
			[]string{"Riverside Council", "Home", "Swimming pool", "dark", "h1", "primary", "Copyright", "library, hours", "The library at dusk"}},
		{"jss-next.html", // Sitecore JSS for Next.js: the layout in __NEXT_DATA__'s layoutData
			[]string{"Library keeps its doors open later", "The central library will stay open until nine",
				"We heard from people who work all day", "Two new staff will be hired", "Membership is free"},
			[]string{"Home", "Swimming pool", "Copyright", "Read more"}},
		{"angular-state.html", // Angular Universal's transferred state, escaped as &q; (Angular 15 and before)
			[]string{"The footpath around the upper reservoir reopened on Friday", "Engineers from the water company pinned the slope",
				"Walkers are asked to keep to the path and keep dogs on leads near the dam's spillway"},
			[]string{"&q;", "Ferry timetable", "is open again"}},
		{"inertia-page.html", // Inertia.js (Laravel): the page object in the root's data-page attribute
			[]string{"The bakery's sourdough starter, kept alive since 1962", "A family recipe",
				"The starter was brought from Lyon", "Customers can take a spoonful home"},
			[]string{"New oven", "forty loaves", "&quot;", "The starter lives."}},
		{"react-router-stream.html", // React Router 7 (Remix's single fetch): loader data as turbo-stream, in two chunks
			[]string{"The bell ringers of St Anne's unveiled a new peal board", "The board was carved by a ringer's grandson",
				"Practice night stays on Thursdays"},
			[]string{"harvest supper", "roof fund", "A new peal board"}},
		{"teaser.html", // the markup a teaser, the data the whole story
			[]string{"The bicycle factory on the edge of town", "The firm, which makes frames", "A new hall will be built",
				"The council welcomed the news"},
			[]string{"Subscribe to read"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := extractTestdata(t, filepath.Join("scriptdata", tt.file))
			checkText(t, a.Text, tt.want, tt.wantNot)
			at := 0
			for _, w := range tt.want {
				i := strings.Index(a.Text[at:], w)
				if i < 0 {
					t.Errorf("%q not after the paragraphs before it:\n%s", w, a.Text)
					break
				}
				at += i + len(w)
			}
			if a.Extraction == newsner.ExtractionFallback {
				t.Errorf("marked as the fallback's: the script data's article is the page's own")
			}
			for _, p := range strings.Split(a.Text, "\n\n") {
				if p == "" || strings.TrimSpace(p) != p || strings.Contains(p, "  ") || strings.Contains(p, "\n") {
					t.Errorf("paragraph not normalised: %q", p)
				}
			}
		})
	}
}

// TestStoreProfileHTML: in a store under a name of the site's own, HTML
// under a key that names no body (a forum poster's profile field, lines
// split by <br>) is not read as the article.
func TestStoreProfileHTML(t *testing.T) {
	a := extractTestdata(t, filepath.Join("scriptdata", "own-name-profile.html"))
	checkText(t, a.Text, []string{"A question about feeding a new puppy."}, []string{"terriers", "sheepdog"})
}

// TestStateAt: the scripts read as a store under a name of the site's
// own, and those that are not.
func TestStateAt(t *testing.T) {
	for _, tt := range []struct {
		script string
		want   bool
	}{
		{`<script>window.__s_data={"a":1}</script>`, true},
		{`<script type="text/javascript">window["app-state"] = {"a":1}</script>`, true},
		{`<script>  var appData = JSON.parse("{}")</script>`, true},
		{`<script>/* <![CDATA[ */ var theme_data = {"a":1}; /* ]]> */</script>`, true},
		{`<script><!-- let state = [1, 2] --></script>`, true},
		{`<script type="application/json" id="x">{"a":1}</script>`, true},
		{`<script>self.state = {a: 1}</script>`, true},
		{`<script>window.x == {"a":1}</script>`, false},
		{`<script>window.x = function() { return {"a":1} }</script>`, false},
		{`<script>window.x => {"a":1}</script>`, false},
		{`<script>init(); window.x = {"a":1}</script>`, false},
		{`<script>window.x = window.x || {}</script>`, false},
		{`<script>document.title = {"a":1}</script>`, false},
		{`<script type="application/ld+json">{"@type":"NewsArticle"}</script>`, false},
		{`<script type="text/template">var x = {"a":1}</script>`, false},
	} {
		doc := []byte(tt.script)
		gt := bytes.IndexByte(doc, '>')
		tag := doc[len("<script"):gt]
		end := bytes.Index(doc, []byte("</script"))
		_, got := stateAt(doc[:end], tag, gt+1)
		if got != tt.want {
			t.Errorf("stateAt(%q) = %v, want %v", tt.script, got, tt.want)
		}
	}
}

// TestScriptDataMarkupWins: where the page's markup holds the article,
// its text is the same with the script data as without (the data holding
// the same article, comments beside it), and a longer story in the data
// that is another does not replace a short one in the markup.
func TestScriptDataMarkupWins(t *testing.T) {
	for _, tt := range []struct {
		file, data string // data: the scripts holding the data
		want       []string
	}{
		{"dom-fine.html", `(?s)<script id="__NEXT_DATA__".*?</script>`, []string{"The garden that pupils", "a greenhouse"}},
		{"sveltekit-fine.html", `(?s)<script type="application/json" data-sveltekit-fetched.*?</script>|<script>\s*\{\s*__sveltekit_.*?</script>`, []string{"The last two keepers", "shut up for now"}},
	} {
		raw, err := os.ReadFile(filepath.Join("testdata", "scriptdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		with, err := FromReader(bytes.NewReader(raw), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		bare := regexp.MustCompile(tt.data).ReplaceAll(raw, nil)
		if bytes.Equal(bare, raw) || bytes.Contains(bare, []byte("sveltekit_")) || bytes.Contains(bare, []byte("sveltekit-fetched")) || bytes.Contains(bare, []byte("__NEXT_DATA__")) {
			t.Fatalf("%s: script data not removed", tt.file)
		}
		without, err := FromReader(bytes.NewReader(bare), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if with.Text != without.Text {
			t.Errorf("%s: text changed by the script data:\n got %q\nwant %q", tt.file, with.Text, without.Text)
		}
		checkText(t, with.Text, tt.want, []string{"Well done", "grandson", "grandfather"})
	}

	// A short article in the markup, and a longer other story in the
	// data (a feed's item): the markup's text stays.
	a := extractTestdata(t, filepath.Join("scriptdata", "other-story.html"))
	checkText(t, a.Text, []string{"A baker from the market town", "The judges said"}, []string{"council", "Councillors"})
}

// TestJSONish: JavaScript literals read as JSON, and what is refused.
func TestJSONish(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a":1}`, `{"a":1}`},
		{` {a:1, b:'two', c:"thr\"ee"}; more code`, `{"a":1,"b":"two","c":"thr\"ee"}`},
		{`{a:!0,b:!1,c:undefined,d:new Date(17),e:x.y.z,f:[1,2,],}`, `{"a":true,"b":false,"c":null,"d":null,"e":null,"f":[1,2]}`},
		{`{"s":"\!\'\x41\v\0"}`, `{"s":"!'\u0041\u000b\u0000"}`},
		{`{"s":'a"b'}`, `{"s":"a\"b"}`},
		{"{\"s\":`multi\nline`}", `{"s":"multi\u000aline"}`},
		{`[1, /* note */ 2 // end` + "\n]", `[1,2]`},
		{`{"a":fn("x)", [1,2])}`, `{"a":null}`},
		{`{a:void 0,b:void(0),c:(function(a){return a}("x)")).d,e:[1]}`, `{"a":null,"b":null,"c":null,"e":[1]}`},
		{`{a:(function(a,b){a.x=1;return {p:a,q:[b,"}"]}}({},"s")),z:1}`, `{"a":{"p":null,"q":[null,"}"]},"z":1}`},
		{`[(function(){return [1]})(),(function(a){return {b:(function(c){return [c]}(2))}}(1))]`, `[[1],{"b":[null]}]`},
		{`[(function(){return [1]}x)]`, ``},
		{`"just a string"`, ``},
		{`{"a":1`, ``},
		{`{"a":1]`, ``},
		{`{"a":"unterminated`, ``},
		{`{"a":'line` + "\n" + `break'}`, ``},
		{`{"a":#}`, ``},
		{strings.Repeat("[", maxScriptNesting+1) + strings.Repeat("]", maxScriptNesting+1), ``},
	}
	for _, tt := range tests {
		out, ok := jsonish([]byte(tt.in))
		if tt.want == "" {
			if ok {
				t.Errorf("jsonish(%.40q) = %q, want refused", tt.in, out)
			}
			continue
		}
		if !ok || string(out) != tt.want {
			t.Errorf("jsonish(%.40q) = %q, %v, want %q", tt.in, out, ok, tt.want)
			continue
		}
		var v any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Errorf("jsonish(%.40q) = %q, not JSON: %v", tt.in, out, err)
		}
	}
}

// TestOtherBlockType: block types that hold no article text, by their
// words however written.
func TestOtherBlockType(t *testing.T) {
	for typ, want := range map[string]bool{
		"EntryBodyImage": true, "oembed_response": true, "bright-cove": true, "ad": true, "RelatedList": true,
		"paragraph": false, "EntryBodyParagraph": false, "header": false, "heading": false, "text": false,
		"block": false, "readable": false, "list": false, "blockquote": false,
	} {
		if got := otherBlockType(typ); got != want {
			t.Errorf("otherBlockType(%q) = %v, want %v", typ, got, want)
		}
	}
}

// TestScriptDataHostile: script data built to cost time or memory is read
// within bounds, and what cannot be read gives nothing.
func TestScriptDataHostile(t *testing.T) {
	para := `{"type":"paragraph","text":"` + strings.Repeat("word ", 40) + `"},`
	deep := strings.Repeat(`{"a":`, 100000) + "1" + strings.Repeat("}", 100000)
	cycle := `[["Reactive",1],{"a":0,"b":2},[1,0,2],"x"]`
	tests := map[string]string{
		"deep":           `<script>window.__INITIAL_STATE__=` + deep + `</script>`,
		"deep arrays":    `<script>window.__INITIAL_STATE__=` + strings.Repeat("[", 300000) + `</script>`,
		"many markers":   strings.Repeat(`<script>window.__INITIAL_STATE__={"body":[`+strings.Repeat(para, 50)+`{}]}</script>`, 30),
		"unterminated":   `<script>window.__NUXT__={"a":"` + strings.Repeat("x", 1<<20),
		"open comment":   `<script>window.__NUXT__={/*` + strings.Repeat("x", 1<<20),
		"wide":           `<script>window.__APOLLO_STATE__={"body":[` + strings.Repeat(para, 10000) + `{}]}</script>`,
		"devalue cycle":  `<script type="application/json" id="__NUXT_DATA__">` + cycle + `</script>`,
		"bad json.parse": `<script>window.__PRELOADED_STATE__=JSON.parse("{\"a\":` + `</script>`,
		"flight loop":    `<script>self.__next_f.push([1,"0:[\"$\",\"div\",null,{\"children\":[\"$L0\",\"$L1\"]}]\n1:[\"$L1\",\"$L0\",\"$L1\"]\n"])</script>`,
		"flight fan-out": `<script>self.__next_f.push([1,"0:[` + strings.Repeat(`\"$L1\",`, 5000) + `\"\"]\n1:[\"$\",\"p\",null,{\"children\":\"` + strings.Repeat("word ", 2000) + `\"}]\n"])</script>`,
		"flight deep":    `<script>self.__next_f.push([1,"0:` + strings.Repeat(`[\"$\",\"div\",null,{\"children\":`, 400) + `\"x\"` + strings.Repeat("}]", 400) + `\n"])</script>`,
		"flight T":       `<script>self.__next_f.push([1,"0:Tfffffffff,short\n"])</script>` + strings.Repeat(`<script>self.__next_f.push([1,"x"])</script>`, 6000),
		"svelte scripts": strings.Repeat(`<script>__sveltekit_x={};__sveltekit_y=1;const data=`+strings.Repeat("[", 400)+`</script>`, 3000),
		"fetched bodies": strings.Repeat(`<script type="application/json" data-sveltekit-fetched data-url="/a">{"body":"`+
			strings.Repeat(`[`, 20000)+`"}</script>`, 40),
		"svelte unclosed": `<script>__sveltekit_x={}; data: ` + strings.Repeat("(", 100000),
		"tweets": `<script>window.__data={"body":[` + strings.Repeat(`{"type":"social","html":"<blockquote class=\"twitter-tweet\"><p>`+
			strings.Repeat("word ", 50)+`</p></blockquote>"},`, 5000) + `{}]}</script>`,
		"called functions": `<script>window.__data=[` + strings.Repeat(`(function(a){a.r=1;r;r;r;r;r;r;r}(1)),`, 200000) +
			strings.Repeat(`(function(){return [`, 300) + `</script>`,
		"refs loop": `<script>window.__APOLLO_STATE__={"A":{"body":[{"__ref":"A"},{"__ref":"A"}]}}</script>`,
		"state scripts": strings.Repeat(`<script>var s=`+strings.Repeat("[", 400)+`</script>`, 3000) +
			strings.Repeat(`<script>window.t={"a":1}</script>`, 100000),
		"state unclosed": `<script>var s = {"a":"` + strings.Repeat("x", 1<<20),
		"state islands":  strings.Repeat(`<script type="application/json">`+strings.Repeat("[", 20000)+`</script>`, 40),
		"state bracket":  `<script>window["` + strings.Repeat("x", 1<<20),
		"state wide":     `<script>window.__site_state={"body":[` + strings.Repeat(para, 10000) + `{}]}</script>`,
		"state nested refs": `<script>window.s={"initialState":{"ROOT_QUERY":{},"A":{"body":[` +
			strings.Repeat(`{"type":"id","id":"A"},`, 2999) + `{"type":"id","id":"P"}]},"P":{"html":"<p>` + strings.Repeat("Words and more words. ", 2000) + `</p>"}}}</script>`,
		"mdx deep":       `<script id="__NEXT_DATA__" type="application/json">{"compiledSource":"` + strings.Repeat(`mdx('p',null,`, 200000) + `"}</script>`,
		"mdx unclosed":   `<script id="__NEXT_DATA__" type="application/json">{"compiledSource":"` + strings.Repeat(`_jsx(a.p,{children:[(`, 100000) + `"}</script>`,
		"mdx many calls": `<script id="__NEXT_DATA__" type="application/json">{"compiledSource":"` + strings.Repeat(`mdx('p',null,'word '),`, 200000) + `"}</script>`,
		"jss deep": `<script type="application/json" id="__JSS_STATE__">{"sitecore":{"route":` +
			strings.Repeat(`{"placeholders":{"main":[{"componentName":"Box","fields":{"text":{"value":"Some words here"}},`, 2000) + `"x":1` + strings.Repeat(`}]}}`, 2000) + `}}</script>`,
		"page attr unclosed": `<div id="app" data-page="{&quot;props&quot;:` + strings.Repeat("x", 1<<20),
		"ng state unclosed":  `<script id="serverApp-state" type="application/json">{&q;a&q;:&q;` + strings.Repeat("x", 1<<20),
		"stream chunks":      strings.Repeat(`<script>window.__remixContext.streamController.enqueue("[[1,`+strings.Repeat("[", 50)+`");</script>`, 100000),
		"stream unclosed":    `<script>window.__reactRouterContext.streamController.enqueue("[{\"_1\":` + strings.Repeat("x", 1<<20),
		"stream cycle":       `<script>window.__reactRouterContext.streamController.enqueue("[{\"_1\":0,\"_2\":3},\"a\",\"html\",[0,0,3,-7]]\n");</script>`,
		"stream deep":        `<script>window.__reactRouterContext.streamController.enqueue("[` + strings.Repeat(`[1],[2],`, 5000) + `1]\n");</script>`,
		"refs fan-out": `<script>window.__APOLLO_STATE__={"P":{"html":"<p>` + strings.Repeat("Words and more words. ", 2000) + `</p>"},` +
			`"A":{"body":[` + strings.Repeat(`{"__ref":"P"},`, 2999) + `{"__ref":"A"}]}}</script>`,
	}
	for name, doc := range tests {
		start := time.Now()
		s := scriptArticle([]byte(doc), "t")
		if s == "" {
			s = storeArticle([]byte(doc), "t")
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v", name, d)
		}
		if !utf8.ValidString(s) {
			t.Errorf("%s: invalid UTF-8", name)
		}
		switch name {
		case "many markers", "wide", "tweets", "state wide":
			if s == "" {
				t.Errorf("%s: nothing read", name)
			}
		}
	}
}

// FuzzScriptArticle checks that no page makes the script data reader
// panic or give text that is not paragraphs, or take over a second or 100
// times its size in allocations (withinCost).
func FuzzScriptArticle(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "scriptdata", "*.html"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<script>window.__NUXT__=(function(a){return {a:a,b:[1,,2],c:'\x4`))
	f.Add([]byte(`<script id="__NEXT_DATA__" type="application/json"><![CDATA[{"props":{"body":"<p>a</p><p>b</p>"}}]]></script>`))
	f.Add([]byte(`<script type="application/json" id="__NUXT_DATA__">[[1],{"x":-1},[0.5,1e9]]</script>`))
	f.Add([]byte(`<script>__sveltekit_a={};const data=[null,{type:"data",data:{body:"` + strings.Repeat("x ", 120) + `",a:void 0,b:(function(a){return a}(1))}}]</script>`))
	f.Add([]byte(`<script type="application/json" data-sveltekit-fetched data-url="/x">{"body":"{\"html\":\"<p>a</p><p>b</p>\"}"}</script>`))
	f.Add([]byte(`<script>window.__data={"c":[{"type":"oembed_response","raw_oembed":{"html":"<blockquote class=twitter-tweet><p>a</p></blockquote>"}},{"type":"text","content":"b"}]}</script>`))
	f.Add([]byte(`Fusion.globalContent={"content_elements":[{"type":"text","content":"<a href=x>` + strings.Repeat("y", 300) + `</a>"}]}`))
	f.Add([]byte(`<script>/* <![CDATA[ */ var d = {"p":[{"title":{"rendered":"title"},"content":{"rendered":"<p>a</p><p>b</p>"}}]}</script>`))
	f.Add([]byte(`<script>window["a-b"]=JSON.parse("{\"body_html\":\"<p>x</p>\"}")</script><script type="application/json">{"f":{"body":{"value":"v"}}}</script>`))
	f.Add([]byte(`<script id="__NEXT_DATA__" type="application/json">{"compiledSource":"mdx(\"p\",null,` + "`a ${b}`" + `,(0,n.jsx)(t.em,{children:[\"c\",,]}))` + strings.Repeat("x", 300) + `"}</script>`))
	f.Add([]byte(`<script>x.streamController.enqueue("[{\"_1\":2},\"body\",\"` + strings.Repeat("w ", 200) + `\"]\n");</script><div data-page="{&quot;a&quot;:1}">`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		var texts []string
		withinCost(t, len(doc), func() { texts = []string{scriptArticle(doc, "title"), storeArticle(doc, "title")} })
		for _, s := range texts {
			if utf8.Valid(doc) && !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
			for _, p := range strings.Split(s, "\n\n") {
				if s != "" && (p == "" || strings.TrimSpace(p) != p || strings.Contains(p, "\n")) {
					t.Fatalf("paragraph not normalised: %q", p)
				}
			}
		}
	})
}

// TestMDXHTML: compiled MDX's element calls written as HTML, MDX 1's
// mdx(tag, props, ...children) and createElement's among them; code that
// builds no element with text gives "".
func TestMDXHTML(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"const layoutProps={};function MDXContent({components,...props}){return mdx(MDXLayout,{...layoutProps,...props,components:components,mdxType:\"MDXLayout\"},mdx(\"p\",null,`A `,mdx(\"strong\",{parentName:\"p\"},`ferry`),` runs. `),mdx(\"h2\",{\"id\":\"x\"},mdx(\"a\",{parentName:\"h2\",\"href\":\"#x\"},`\\xbb`),`Times`));}MDXContent.isMDXComponent=true;",
			"<p>A <strong>ferry</strong> runs. </p><h2><a>»</a>Times</h2>"},
		{`React.createElement("p", {className: "lead"}, "One ", React.createElement("em", null, "two"), ' three')`,
			"<p>One <em>two</em> three</p>"},
		{`_jsx(_components.p, {children: cond ? "a" : "b"}); _jsx(_components.pre, {children: _jsx(_components.code, {children: "x = 1"})}); _jsx(_components.script, {children: "alert(1)"})`,
			"<p></p><pre><code>x = 1</code></pre>"},
		{`function f(a){return jsx(a)}; var s = "no elements here";`, ""},
		{`_jsx(_components.p, {children: "cut short"`, ""},
		// A ')' or '}' where an array's next child should be (fuzzed
		// code: "(0,n.jsxs)ot.p,{children:[...})") ends the array's
		// reading as a failure; it stalled it, the reader looping at one
		// offset for good.
		{`_jsx(_components.p, {children: ["a" }]}); _jsx(_components.p, {children: ["b", )]}); _jsx(_components.p, {children: "c"})`, "<p>c</p>"},
		{`_jsx(_components.p, {children: [` + strings.Repeat(`_jsx(_components.em, {children: [`, 200) + `"deep"`, ""},
	} {
		done := make(chan string, 1)
		go func() { done <- mdxHTML(tt.src) }()
		select {
		case got := <-done:
			if got != tt.want {
				t.Errorf("mdxHTML(%.60q) = %q, want %q", tt.src, got, tt.want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("mdxHTML(%.60q) still running after 10 s", tt.src)
		}
	}
}

package web

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newsner/newsner"
)

// hostileForms is text in the forms hostile (records_test.go) does not
// try: script inside SVG and MathML (parsed as foreign content), CSS that
// loads a javascript: URL, a <base> and a meta refresh, a link, a closed
// <script> block, and line and paragraph separators that end a line of
// inline script.
const hostileForms = `<svg><script>window.__pwned=1</script><a xlink:href="javascript:window.__pwned=1"><text>x</text></a></svg>` +
	` <math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>` +
	` <style>@import 'javascript:window.__pwned=1';body{background:url(javascript:window.__pwned=1)}</style>` +
	` <div style="background-image:url(javascript:window.__pwned=1)">x</div>` +
	` <base href="javascript:window.__pwned=1//"> <meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">` +
	` <a href="javascript:window.__pwned=1">link</a> </script><script>window.__pwned=1</script>` +
	" \u2028window.__pwned=1\u2029 <noscript><p title=\"</noscript><img src=x onerror=window.__pwned=1>\"></noscript>"

// TestBrowserHostileForms (sec2, session 35) loads in headless Chromium
// records whose every string holds hostileForms, whose source URLs are
// data:, vbscript: and javascript: hidden by white space, tabs and
// case, whose entity types are names of a JavaScript object's own
// properties (__proto__, constructor) and whose id and entity keys close
// attributes and script blocks; opens each, follows an entity by its key,
// and finds nothing run, no link but the page's own routes and none of
// the record's markup made into elements.
func TestBrowserHostileForms(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser: not in -short mode")
	}
	s := NewStore(Config{})
	defer s.Close()
	now := time.Now().UTC()
	type rec struct{ id, url, canonical string }
	recs := []rec{
		{`"><svg onload=window.__pwned=1>`, "data:text/html,<script>window.__pwned=1</script>", "vbscript:window.__pwned=1"},
		{"</script><script>window.__pwned=1</script>", "\t java\tscript:window.__pwned=1", " JAVA\nSCRIPT:window.__pwned=1"},
		{"javascript:window.__pwned=1", "data:image/svg+xml,<svg onload=window.__pwned=1>", "//evil.example/x"},
	}
	text := "Evil Corp said " + hostileForms + " and Mallory " + hostileForms + " agreed."
	ents := []ent{
		{newsner.EntityType("__proto__"), `</script><script>window.__pwned=1</script>`, []string{"Evil Corp"}},
		{newsner.EntityType("constructor"), "javascript:window.__pwned=1", []string{"Mallory"}},
		{newsner.Person, `" onmouseover="window.__pwned=1`, []string{"<svg><script>window.__pwned=1</script>"}},
	}
	for i, r := range recs {
		a := testArticle(r.id, hostileForms, now.Add(-time.Duration(i)*time.Minute), text, ents...)
		a.URL, a.FinalURL, a.CanonicalURL = r.url, r.url, r.canonical
		a.Byline, a.SiteName, a.Language, a.Model = hostileForms, hostileForms, hostileForms, hostileForms
		if err := s.Add(encode(t, a, ents...), now); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(Handler(s, HandlerConfig{Source: hostileForms, EventInterval: 100 * time.Millisecond}))
	defer srv.Close()
	ctx, cancel := newBrowser(t)
	defer cancel()
	dialogs, exceptions := watchPage(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(`#articles li`)); err != nil {
		t.Fatalf("load the page: %v", err)
	}
	// checks: nothing ran, nothing of the record became an element, and
	// every link is a route of the page's own (or the site's http(s)
	// source: none of these records has one).
	check := func(where string) {
		t.Helper()
		if pwned := js[string](t, ctx, `typeof window.__pwned`); pwned != "undefined" || dialogs.Load() != 0 {
			t.Errorf("%s: a hostile record ran: window.__pwned is %s, %d dialogs", where, pwned, dialogs.Load())
		}
		made := js[[]string](t, ctx, `Array.from(document.body.querySelectorAll('script, img, iframe, style, base, meta, math, noscript, div[style], svg:not([role="img"]), svg script, svg a, [onload], [onerror], [onmouseover]')).map(e => e.outerHTML.slice(0, 80))`)
		if len(made) != 0 {
			t.Errorf("%s: elements made from record text: %q", where, made)
		}
		links := js[[]string](t, ctx, `Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')).filter(h => !h.startsWith('#/'))`)
		if len(links) != 0 {
			t.Errorf("%s: links that are no route of the page: %q", where, links)
		}
		if base := js[string](t, ctx, `document.baseURI`); !strings.HasPrefix(base, srv.URL+"/") {
			t.Errorf("%s: the page's base is %q", where, base)
		}
	}
	check("list")
	for _, r := range recs {
		js[string](t, ctx, fmt.Sprintf(`location.hash = %q`, "#/article/"+url.PathEscape(r.id)))
		waitJS(t, ctx, fmt.Sprintf(`document.querySelector('#articles li.selected') !== null && document.querySelector('#articles li.selected').dataset.id === %q && document.querySelectorAll('#article .text mark').length > 0`, r.id))
		shownTitle := js[string](t, ctx, `document.querySelector('#article h2').textContent`)
		shownText := js[string](t, ctx, `document.querySelector('#article .text').textContent`)
		if shownTitle != hostileForms || shownText != text {
			t.Errorf("%q: not shown as its text:\ntitle %q\ntext  %q", r.id, shownTitle, shownText)
		}
		if n := js[int](t, ctx, `document.querySelectorAll('#article a.source').length`); n != 0 {
			t.Errorf("%q: a source link to %q or %q", r.id, r.url, r.canonical)
		}
		check(r.id)
	}
	// An entity followed by its key: the key goes through the page's
	// route and the entity endpoint and comes back as text.
	js[bool](t, ctx, `(document.querySelector('#article .text mark').click(), true)`)
	waitJS(t, ctx, `document.querySelector('#list-head h2').textContent.startsWith('Articles naming')`)
	if n := js[int](t, ctx, `document.querySelectorAll('#articles li').length`); n != len(recs) {
		t.Errorf("the entity view lists %d articles, want %d", n, len(recs))
	}
	check("entity view")
	if n := exceptions.Load(); n != 0 {
		t.Errorf("%d exceptions in the page", n)
	}
}

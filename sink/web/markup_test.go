package web

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// payloads are strings that become markup or script wherever a page puts
// them into HTML, an attribute, a URL, a <title> or inline script.
var payloads = []string{
	`<script>window.__pwned=1</script>`,
	`</title><script>window.__pwned=1</script>`,
	`</script><script>window.__pwned=1</script><!--`,
	`" onmouseover="window.__pwned=1" x="`,
	`' onfocus='window.__pwned=1' autofocus x='`,
	`javascript:window.__pwned=1`,
	` JaVaScRiPt:window.__pwned=1`,
	"\u2028window.__pwned=1\u2029//",
	`]]><img src=x onerror=window.__pwned=1>`,
	`{{.}}${window.__pwned=1}&lt;b&gt;&amp;`,
}

// TestNoRecordStringBecomesMarkup: whatever an article's title, text,
// byline, site, language, URL, model, entity names and keys, or a dead
// letter's class hold, the page shows them as text. The page is static
// (index.html fills in nothing); its data comes as JSON (application/json,
// nosniff) with every <, >, & and U+2028/U+2029 escaped, so a response
// opened as a page or read into a script is no markup; an error answer
// that quotes the request is text/plain, nosniff; every response carries
// the CSP that runs only the page's own script; and that script puts
// record strings in with textContent and text nodes only, links only to
// its own hash routes and to URLs safeURL passed (http and https).
func TestNoRecordStringBecomesMarkup(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	var ids, keys []string
	for i, p := range payloads {
		id := "x" + p
		text := "Before " + p + " the name " + p + " and after."
		ents := []ent{{newsner.Person, "K" + p, []string{p}}}
		a := testArticle(id, p, t0, text, ents...)
		a.Byline, a.SiteName, a.Language, a.Model = p, p, p, p
		a.URL, a.FinalURL, a.CanonicalURL = p, p, p
		if err := s.Add(encode(t, a, ents...), t0); err != nil {
			t.Fatal(err)
		}
		ids, keys = append(ids, id), append(keys, "K"+p)
		d, err := json.Marshal(newsner.DeadLetter{Schema: newsner.DeadLetterSchema, URL: p, Class: p, Error: p, Time: t0})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Add(d, t0); err != nil {
			t.Fatalf("dead letter %d: %v", i, err)
		}
	}
	srv := httptest.NewServer(Handler(s, HandlerConfig{Source: payloads[0]}))
	defer srv.Close()
	// escaped: no byte of a JSON answer starts markup or ends a line of
	// script.
	escaped := regexp.MustCompile("[<>&\u2028\u2029]")
	paths := []string{"/api/overview?window=24h", "/api/overview?window=24h&type=" + url.QueryEscape(payloads[0])}
	for _, id := range ids {
		paths = append(paths, "/api/article?id="+url.QueryEscape(id))
	}
	for _, k := range keys {
		paths = append(paths, "/api/entity?window=24h&key="+url.QueryEscape(k))
	}
	for _, path := range paths {
		resp, body := get(t, srv.URL+path, "")
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d: %s", path, resp.StatusCode, body)
			continue
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" || resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("Content-Security-Policy") != ContentSecurityPolicy {
			t.Errorf("%s: content type %q, nosniff %q, CSP %q", path, ct, resp.Header.Get("X-Content-Type-Options"), resp.Header.Get("Content-Security-Policy"))
		}
		if m := escaped.FindString(body); m != "" {
			t.Errorf("%s: %q unescaped in the JSON: %.200s", path, m, body)
		}
		if !json.Valid([]byte(body)) {
			t.Errorf("%s: not JSON: %.200s", path, body)
		}
	}
	// The strings come back whole, to be shown as text.
	_, body := get(t, srv.URL+"/api/article?id="+url.QueryEscape(ids[1]), "")
	var v ArticleView
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	if v.Title != payloads[1] || v.Byline != payloads[1] || len(v.Entities) != 1 || v.Entities[0].Text != payloads[1] {
		t.Errorf("article %+v: the record's strings changed", v)
	}
	// Error answers that quote the request.
	for _, path := range []string{"/api/overview?window=" + url.QueryEscape(payloads[0]), "/api/entity?window=" + url.QueryEscape(payloads[1]) + "&key=x",
		"/api/article?id=" + url.QueryEscape(payloads[2]), "/api/entity?key=" + url.QueryEscape(payloads[0])} {
		resp, body := get(t, srv.URL+path, "")
		if resp.StatusCode < 400 || resp.Header.Get("Content-Type") != "text/plain; charset=utf-8" || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: status %d, content type %q, nosniff %q: %s", path, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("X-Content-Type-Options"), body)
		}
	}
	// The page fills in nothing, and loads only its own script.
	_, page := get(t, srv.URL+"/", "")
	if strings.Contains(page, "{{") || len(regexp.MustCompile(`<script[^>]*>`).FindAllString(page, -1)) != 1 ||
		!strings.Contains(page, `<script src="/static/app.js" defer></script>`) {
		t.Errorf("the page is not static with its one script: %s", page)
	}
	checkScriptSinks(t, "static/app.js")
}

// checkScriptSinks fails t where the page's script has a way for a string
// to become markup, script or a link elsewhere: an HTML sink (innerHTML,
// outerHTML, insertAdjacentHTML, document.write, srcdoc, a parsed
// fragment), code made of a string (eval, Function, a timer given a
// string), an attribute that loads or runs what it names (src, style,
// action, an on... handler named by data) or a link (href) to anything
// but its own hash routes and URLs safeURL passed.
func checkScriptSinks(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	js := regexp.MustCompile(`(?m)^\s*//.*$`).ReplaceAllString(string(b), "")
	for _, bad := range []string{
		`innerHTML`, `outerHTML`, `insertAdjacentHTML`, `document\.write`, `srcdoc`, `createContextualFragment`,
		`DOMParser`, `parseHTMLUnsafe`, `setHTMLUnsafe`, `\beval\s*\(`, `\bFunction\s*\(`, `set(Timeout|Interval)\s*\(\s*['"\x60]`,
		`['"]?\b(src|style|action|formaction|xlink:href)['"]?\s*:`, `setAttribute\(\s*['"](src|style|href|on[a-z]+)['"]`,
		`\[[^\]]+\]\s*:\s*`, `location\s*=(?:[^=]|$)`, `location\.(href|assign|replace)`, `window\.open`,
	} {
		if m := regexp.MustCompile(bad).FindString(js); m != "" {
			t.Errorf("%s: %q: a string could become markup, script or a link elsewhere", path, m)
		}
	}
	allowed := map[string]bool{"articleLink(a.id)": true, "url": true}
	for _, m := range regexp.MustCompile(`\bhref:\s*([^,}]+)`).FindAllStringSubmatch(js, -1) {
		if v := strings.TrimSpace(m[1]); !allowed[v] {
			t.Errorf("%s: a link to %q, not a hash route or a URL safeURL passed", path, v)
		}
	}
	if !regexp.MustCompile(`const url = safeURL\(a\.canonical_url\) \|\| safeURL\(a\.url\);`).MatchString(js) ||
		!regexp.MustCompile(`p\.protocol === 'http:' \|\| p\.protocol === 'https:' \? p\.href : null`).MatchString(js) {
		t.Errorf("%s: the article's source link is not an http(s) URL that safeURL passed", path)
	}
	// el() sets listeners for keys that start with "on": only the
	// script's own functions, never a record's string.
	for _, m := range regexp.MustCompile(`\bon[a-z]+:\s*([^,}]+)`).FindAllStringSubmatch(js, -1) {
		if v := strings.TrimSpace(m[1]); !strings.Contains(v, "=>") {
			t.Errorf("%s: a listener %q that is not the script's own function", path, v)
		}
	}
}

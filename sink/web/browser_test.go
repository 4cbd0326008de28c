package web

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/newsner/newsner"
)

var screenshotCopy = flag.String("screenshot", "", "also write the browser test's screenshot to this file (the README shows testdata/serve.png)")

// chromium returns the browser to drive: $NEWSNER_CHROMIUM, else chromium
// on the PATH. The test skips where there is none, and fails instead where
// NEWSNER_REQUIRE_BROWSER is set (as .ci/run sets it).
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NEWSNER_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const msg = "no chromium on the PATH (Debian: apt-get install chromium; .ci/run installs it): the browser test needs it"
	if os.Getenv("NEWSNER_REQUIRE_BROWSER") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// watchPage counts what a page in the browser of ctx does that no page of
// ours may: open a dialog (alert, confirm, prompt: a script of a record
// ran) or throw (logged). A dialog is closed as it opens, as it would
// block the page and every later step of the test, which fails on the
// count anyway. The watcher ends with ctx.
func watchPage(t *testing.T, ctx context.Context) (dialogs, exceptions *atomic.Int32) {
	t.Helper()
	dialogs, exceptions = new(atomic.Int32), new(atomic.Int32)
	if err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			dialogs.Add(1)
		case *runtime.EventExceptionThrown:
			exceptions.Add(1)
			t.Logf("page exception: %s %s", ev.ExceptionDetails.Text, ev.ExceptionDetails.URL)
		}
	}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for _, err := range chromedp.Events(ctx, page.JavascriptDialogOpening) {
			if err != nil {
				return
			}
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	return dialogs, exceptions
}

// newBrowser starts a headless Chromium with a fresh profile that reaches
// nothing but the test's server.
func newBrowser(t *testing.T) (context.Context, context.CancelFunc) {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	return ctx, func() { cancelTimeout(); cancelCtx(); cancelAlloc() }
}

// demo adds a small stream of ordinary articles over the last 50 minutes,
// and a few dead letters.
func demo(t *testing.T, s *Store, now time.Time) {
	vdl := ent{newsner.Person, "ursula von der leyen", []string{"Ursula von der Leyen", "von der Leyen"}}
	ec := ent{newsner.Organization, "european commission", []string{"European Commission", "Commission"}}
	brussels := ent{newsner.Location, "brussels", []string{"Brussels"}}
	de := ent{newsner.Location, "country:DE", []string{"Germany", "Berlin"}}
	fr := ent{newsner.Location, "country:FR", []string{"France"}}
	ecb := ent{newsner.Organization, "european central bank", []string{"European Central Bank", "ECB"}}
	lagarde := ent{newsner.Person, "christine lagarde", []string{"Christine Lagarde", "Lagarde"}}
	rotterdam := ent{newsner.Location, "rotterdam", []string{"Rotterdam"}}
	fnv := ent{newsner.Organization, "fnv havens", []string{"FNV Havens"}}
	bakker := ent{newsner.Person, "pieter bakker", []string{"Pieter Bakker"}}
	stories := []struct {
		title, text string
		ents        []ent
	}{
		{"Ministers meet in Brussels over grid funding",
			"Energy ministers met in Brussels on Monday. Ursula von der Leyen said the European Commission would propose new funds; Germany and France disagreed on the size.", []ent{vdl, ec, brussels, de, fr}},
		{"ECB holds rates as inflation eases",
			"The European Central Bank left rates unchanged. Christine Lagarde said the ECB would watch wages in Germany closely.", []ent{ecb, lagarde, de}},
		{"Dockers in Rotterdam vote to extend strike",
			"Port workers in Rotterdam voted to extend their strike, FNV Havens said. Pieter Bakker, who leads the union, called on the port to return to talks.", []ent{rotterdam, fnv, bakker}},
		{"Commission opens inquiry into port subsidies",
			"The European Commission opened an inquiry into subsidies for ports in France and Germany, von der Leyen told reporters in Brussels.", []ent{ec, vdl, fr, de, brussels}},
		{"Lagarde: no hurry to cut",
			"Christine Lagarde told lawmakers in Brussels that the ECB was in no hurry. Lagarde spoke after Berlin published new figures.", []ent{lagarde, ecb, brussels, de}},
		{"Strike talks resume in Rotterdam",
			"FNV Havens and employers met again in Rotterdam. Pieter Bakker said a deal was close.", []ent{fnv, rotterdam, bakker}},
	}
	for i := range 24 {
		st := stories[i%len(stories)]
		at := now.Add(-time.Duration(50-2*i) * time.Minute)
		add(t, s, fmt.Sprintf("demo-%02d", i), st.title, at, st.text, st.ents...)
	}
	for i, class := range []string{newsner.ETimeout, newsner.EHTTPStatus, newsner.ETimeout, newsner.ERobots} {
		if err := s.Add(deadLetter(t, fmt.Sprint("https://news.example/dead/", i), class, now.Add(-time.Duration(i)*time.Minute)), now); err != nil {
			t.Fatal(err)
		}
	}
	s.SetLag("newsner", "newsner.urls", 17, nil)
}

// TestBrowser loads the page in headless Chromium over a stream of test
// records: the mentions are highlighted exactly (emoji, accents, right to
// left), a hostile record shows as text and runs nothing, a new record
// appears without a reload, and a trending entity lists its articles.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser: not in -short mode")
	}
	s := NewStore(Config{})
	defer s.Close()
	now := time.Now().UTC()
	demo(t, s, now)
	texts := map[string]newsner.Article{}
	for _, c := range []struct {
		id, title, text string
		ents            []ent
	}{
		{"emoji", "🎉 Macron meets Zoë Müller in Genève", emojiText, emojiEnts},
		{"accents", "Sébastien Lecornu in Besançon", accentText, accentEnts},
		{"rtl", "محمد بن سلمان في الرياض", rtlText, rtlEnts},
	} {
		texts[c.id] = add(t, s, c.id, c.title, now.Add(-3*time.Minute), c.text, c.ents...)
	}
	if err := s.Add(encode(t, germanFallback(now.Add(-150*time.Second))), now); err != nil {
		t.Fatal(err)
	}
	h, hents := hostileArticle(now.Add(-2 * time.Minute))
	if err := s.Add(encode(t, h, hents...), now); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(s, HandlerConfig{Source: "test stream", EventInterval: 100 * time.Millisecond}))
	defer srv.Close()
	ctx, cancel := newBrowser(t) // closed before the server, which waits for the page's event stream
	defer cancel()

	dialogs, exceptions := watchPage(t, ctx)

	// The hostile record, in the list and opened.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/#/article/hostile"),
		chromedp.WaitVisible(`#article .text mark`),
		chromedp.WaitVisible(`#articles li[data-id="hostile"]`),
	); err != nil {
		t.Fatalf("load the page: %v", err)
	}
	pwned := js[string](t, ctx, `typeof window.__pwned`)
	shownTitle := js[string](t, ctx, `document.querySelector('#article h2').textContent`)
	shownText := js[string](t, ctx, `document.querySelector('#article .text').textContent`)
	listTitle := js[string](t, ctx, `document.querySelector('#articles li[data-id="hostile"] a.title').textContent`)
	sourceLinks := js[int](t, ctx, `document.querySelectorAll('a[href^="javascript"], #article a.source').length`)
	injected := js[int](t, ctx, `document.querySelectorAll('img, iframe, script:not([src]), svg[onload], b').length`)
	if pwned != "undefined" || dialogs.Load() != 0 {
		t.Errorf("the hostile record ran: window.__pwned is %s, %d dialogs", pwned, dialogs.Load())
	}
	if shownTitle != h.Title || listTitle != h.Title || shownText != h.Text {
		t.Errorf("the hostile record is not shown as its text:\ntitle %q\nlist  %q\ntext  %q", shownTitle, listTitle, shownText)
	}
	if sourceLinks != 0 || injected != 0 {
		t.Errorf("%d links to a javascript: URL, %d elements made from record text", sourceLinks, injected)
	}

	// Highlighted spans cover exactly the mentions.
	for _, id := range []string{"emoji", "accents", "rtl"} {
		a := texts[id]
		js[string](t, ctx, fmt.Sprintf(`location.hash = %q`, "#/article/"+id))
		waitJS(t, ctx, fmt.Sprintf(`document.querySelector('#article h2') !== null && document.querySelector('#article h2').textContent === %q`, a.Title))
		marks := js[[]string](t, ctx, `Array.from(document.querySelectorAll('#article .text mark')).map(m => m.textContent)`)
		text := js[string](t, ctx, `document.querySelector('#article .text').textContent`)
		var want []string
		for _, m := range sortedMentions(a) {
			want = append(want, m.Text)
		}
		if strings.Join(marks, "|") != strings.Join(want, "|") {
			t.Errorf("%s: highlighted %q, want %q", id, marks, want)
		}
		if text != a.Text {
			t.Errorf("%s: shown text %q, want %q", id, text, a.Text)
		}
	}

	// A record whose text is a fallback and whose language the model does
	// not cover says so, in the list and opened.
	js[string](t, ctx, `location.hash = '#/article/de-fallback'`)
	waitJS(t, ctx, `document.querySelectorAll('#article .notes li').length === 2`)
	notes := js[string](t, ctx, `document.querySelector('#article .notes').textContent`)
	listMeta := js[string](t, ctx, `document.querySelector('#articles li[data-id="de-fallback"] .meta').textContent`)
	if !strings.Contains(notes, "fallback") || !strings.Contains(notes, "language (de)") || !strings.Contains(listMeta, "entities not read") {
		t.Errorf("the fallback German record does not say so: notes %q, list %q", notes, listMeta)
	}

	// A new record appears without a reload.
	waitJS(t, ctx, `document.querySelector('.state .live') !== null`)
	js[int](t, ctx, `window.__marker = 7`)
	add(t, s, "live-1", "Breaking: Lagarde and von der Leyen meet in Frankfurt", time.Now().UTC(),
		"Christine Lagarde met Ursula von der Leyen in Frankfurt.",
		ent{newsner.Person, "christine lagarde", []string{"Christine Lagarde"}},
		ent{newsner.Person, "ursula von der leyen", []string{"Ursula von der Leyen"}},
		ent{newsner.Location, "frankfurt", []string{"Frankfurt"}})
	waitJS(t, ctx, `document.querySelector('#articles li[data-id="live-1"]') !== null`)
	if marker := js[int](t, ctx, `window.__marker || 0`); marker != 7 {
		t.Error("the page reloaded to show the new record")
	}

	// A trending entity lists its articles.
	// Clicked from inside the page, in one step: the table may be drawn
	// again between finding the row and clicking it.
	js[bool](t, ctx, `(document.querySelector('#trending tr.row[data-key="christine lagarde"]').click(), true)`)
	waitJS(t, ctx, `document.querySelector('#list-head h2').textContent.startsWith('Articles naming')`)
	heading := js[string](t, ctx, `document.querySelector('#list-head h2').textContent`)
	listed := js[[]string](t, ctx, `Array.from(document.querySelectorAll('#articles li')).map(li => li.dataset.id)`)
	if heading != "Articles naming Christine Lagarde" || len(listed) != 9 || listed[0] != "live-1" {
		t.Errorf("entity view %q lists %v, want live-1 and the 8 demo articles naming her", heading, listed)
	}

	// The screenshot: the trending entities beside an article.
	js[string](t, ctx, `location.hash = '#/article/demo-22'`)
	waitJS(t, ctx, `document.querySelector('#list-head h2').textContent === 'Newest articles' && document.querySelector('#article h2').textContent.startsWith('Lagarde')`)
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.ArtifactDir(), "serve.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shot)
	for _, copyTo := range []string{*screenshotCopy, artifactPath("serve.png")} {
		if copyTo == "" {
			continue
		}
		if err := os.WriteFile(copyTo, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", copyTo)
	}
	if n := exceptions.Load(); n != 0 {
		t.Errorf("%d exceptions in the page", n)
	}
	if pwned := js[string](t, ctx, `typeof window.__pwned`); pwned != "undefined" || dialogs.Load() != 0 {
		t.Errorf("a hostile record ran: window.__pwned is %s, %d dialogs", pwned, dialogs.Load())
	}
}

// artifactPath returns the path for a test artefact in $NEWSNER_ARTIFACTS
// (made if missing), "" where that is unset.
func artifactPath(name string) string {
	dir := os.Getenv("NEWSNER_ARTIFACTS")
	if dir == "" || os.MkdirAll(dir, 0o755) != nil {
		return ""
	}
	return filepath.Join(dir, name)
}

// js evaluates a JavaScript expression in the page.
func js[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// waitJS waits up to 10 seconds for a JavaScript expression to be true.
func waitJS(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("waiting for %s: %v", expr, err)
	}
}

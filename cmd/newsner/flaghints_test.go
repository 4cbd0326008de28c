package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	iofs "io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/ingest/fetch"
	"github.com/newsner/newsner/internal/fakes"
)

// TestLoadLimitsNameTheirFlag: a page over the size cap or a fetch past a
// timeout says, once and at the end, which flag raises the limit, keeping
// its class and attempts; it said "body over the 1024-byte cap: 1 attempt"
// alone. So does a saved page or a WARC record reprocess reads over the
// cap, which said "body over 1024 bytes" alone, and a feed watch fetches.
func TestLoadLimitsNameTheirFlag(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/big":
			w.Write([]byte("<html><body><p>" + strings.Repeat("word ", 1000) + "</p></body></html>"))
		case "/slow-body":
			w.Write([]byte("<html><body>"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		case "/hop/1", "/hop/2", "/hop/3":
			n := r.URL.Path[len(r.URL.Path)-1] - '1'
			http.Redirect(w, r, fmt.Sprintf("/hop/%c", '0'+n), http.StatusFound)
		case "/slow-headers":
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		}
	}))
	defer srv.Close()
	bigFile := filepath.Join(t.TempDir(), "big.html")
	if err := os.WriteFile(bigFile, []byte(strings.Repeat("x", 2000)), 0o644); err != nil {
		t.Fatal(err)
	}
	fetchFlags := []string{"--allow-private-networks", "--per-host-rate", "inf", "--ignore-robots", "--max-attempts", "1",
		"--max-body-bytes", "1024", "--body-timeout", "300ms", "--header-timeout", "300ms", "--max-redirects", "1"}
	cases := []struct {
		input, class, flag string
	}{
		{srv.URL + "/big", newsner.ETooLarge, "--max-body-bytes"},
		{srv.URL + "/slow-body", newsner.ETimeout, "--body-timeout"},
		{srv.URL + "/slow-headers", newsner.ETimeout, "--header-timeout"},
		{bigFile, newsner.ETooLarge, "--max-body-bytes"},
		// It said "more than 1 redirects (next: U): 1 attempt" alone.
		{srv.URL + "/hop/3", newsner.ETooManyRedirs, "--max-redirects"},
	}
	check := func(cmd, input, out, class, flag string) {
		t.Helper()
		recs := decodeLines(t, out)
		if len(recs) != 1 {
			t.Fatalf("%s %s: want one dead letter, got %q", cmd, input, out)
		}
		r := recs[0]
		hint := "; raise " + flag
		if r.Class != class || !strings.HasSuffix(r.Error, hint) || strings.Count(r.Error, "raise ") != 1 {
			t.Errorf("%s %s: class %q error %q; want class %q, ending %q once", cmd, input, r.Class, r.Error, class, hint)
		}
	}
	for _, c := range cases {
		_, out, _ := runMain(t, "", append(append([]string{"extract"}, fetchFlags...), c.input)...)
		check("extract", c.input, out, c.class, c.flag)
		if strings.HasPrefix(c.input, "http") {
			_, out, _ = runMain(t, c.input+"\n", append([]string{"run", "--dedupe-window", "0"}, fetchFlags...)...)
			check("run", c.input, out, c.class, c.flag)
		}
	}
	// A feed over watch's cap names its own flag; it said "...cap: 1
	// attempt" alone.
	_, _, errOut := runMain(t, "", append(append([]string{"watch", "--once", "--log-format", "json", "--max-feed-bytes", "1024"}, fetchFlags...), srv.URL+"/big")...)
	if !strings.Contains(errOut, `"class":"too_large"`) || strings.Count(errOut, "raise ") != 1 || !strings.Contains(errOut, `1 attempt; raise --max-feed-bytes"`) {
		t.Errorf("watch --once of a feed over --max-feed-bytes: log %s; want too_large ending \"; raise --max-feed-bytes\" once", errOut)
	}
	warc := fakes.WriteWARC(t, t.TempDir(), "big.warc.gz", true, fakes.WARCRecord{URI: "https://news.example/big", Date: time.Now(), Block: fakes.HTTPResponse(200, "text/html; charset=utf-8", strings.Repeat("x", 2000))})
	for _, input := range []string{filepath.Dir(bigFile), warc} {
		_, out, _ := runMain(t, "", "reprocess", "--progress", "none", "--max-body-bytes", "1024", input)
		check("reprocess", input, out, newsner.ETooLarge, "--max-body-bytes")
	}
}

// TestWithFlagHintOnce: an error already hinted, or one no limit of the
// flags gave, is left as it is; the hint keeps the class and the cause.
func TestWithFlagHintOnce(t *testing.T) {
	err := &newsner.Error{Code: newsner.ETooLarge, Message: "read f", Err: newsner.AtLimit("MaxFileBytes", os.ErrClosed)}
	once := withFlagHint(err, loadLimitFlags)
	twice := withFlagHint(once, loadLimitFlags)
	if twice.Error() != once.Error() || newsner.ErrorCode(twice) != newsner.ETooLarge {
		t.Errorf("hinted twice: %q, class %q; want %q, too_large", twice, newsner.ErrorCode(twice), once)
	}
	if want := "too_large: read f: file already closed; raise --max-body-bytes"; once.Error() != want {
		t.Errorf("got %q, want %q", once, want)
	}
	// A limit's mark without a cause of its own (an archived body over
	// the cap): the hint follows the message as it follows a cause; it
	// came after a colon ("bytes: raise").
	bare := &newsner.Error{Code: newsner.ETooLarge, Message: "https://news.example/big: body over 10 bytes", Err: newsner.AtLimit("MaxBodyBytes", nil)}
	hinted := withFlagHint(bare, reprocessLimitFlags)
	if want := "too_large: https://news.example/big: body over 10 bytes; raise --max-body-bytes"; hinted.Error() != want || withFlagHint(hinted, reprocessLimitFlags).Error() != want {
		t.Errorf("got %q, hinted twice %q; want %q", hinted, withFlagHint(hinted, reprocessLimitFlags), want)
	}
	plain := newsner.Errorf(newsner.ETimeout, "abandoned by the caller")
	if got := withFlagHint(plain, loadLimitFlags); got != error(plain) {
		t.Errorf("an error of no limit changed: %q", got)
	}
}

// TestProcessorCapNamesItsFlag: a page over the extractor's cap (one of
// the raw topic, which reprocess reads whole) says which flag raises it
// as a page over the loaders' caps does, and the extractor's own error
// names no flag: it ended "(--max-body-bytes)", a stage naming a
// command's flag, in another form than the hints.
func TestProcessorCapNamesItsFlag(t *testing.T) {
	proc := &extract.Processor{MaxBytes: 10}
	page := newsner.Page{URL: "https://news.example/big", FinalURL: "https://news.example/big", Body: []byte(strings.Repeat("x", 20))}
	_, raw := proc.Process(t.Context(), page)
	if want := "too_large: page of 20 bytes is over the 10-byte cap"; raw == nil || raw.Error() != want {
		t.Errorf("extractor: %v, want %q", raw, want)
	}
	_, err := hintingProcessor{proc, reprocessLimitFlags}.Process(t.Context(), page)
	if want := "too_large: page of 20 bytes is over the 10-byte cap; raise --max-body-bytes"; err == nil || err.Error() != want {
		t.Errorf("reprocess's processor: %v, want %q", err, want)
	}
}

// TestWatchDocumentLimitsNameTheirFlag: a feed of more entries than
// --max-entries, a gzipped sitemap decompressing past --max-feed-bytes, a
// sitemap index of more sitemaps than --max-sitemaps or nested deeper than
// --max-sitemap-depth, and a feed slower
// than --poll-timeout say, in watch's log line, which flag raises the
// limit; they were logged inside the watcher, where no flag is known, and
// said "feed of at least 5 entries: more than 3" alone.
func TestWatchDocumentLimitsNameTheirFlag(t *testing.T) {
	item := "<item><title>T</title><link>https://news.example/a%d</link></item>"
	var items strings.Builder
	for i := range 5 {
		fmt.Fprintf(&items, item, i)
	}
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>` + items.String() + `</channel></rss>`
	sitemap := `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/s</loc></url>` +
		strings.Repeat("<!-- padding -->", 200) + `</urlset>`
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(feed))
		case "/bomb.xml.gz":
			w.Header().Set("Content-Type", "application/gzip")
			w.Write(fakes.Gzip([]byte(sitemap)))
		case "/hop/1":
			http.Redirect(w, r, "/feed", http.StatusFound)
		case "/slow":
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		case "/nested.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/index.xml</loc></sitemap></sitemapindex>`, srvURL)
		case "/index.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%[1]s/s1.xml</loc></sitemap><sitemap><loc>%[1]s/s2.xml</loc></sitemap></sitemapindex>`, srvURL)
		default:
			w.Header().Set("Content-Type", "application/xml")
			w.Write([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example` + r.URL.Path + `a</loc></url></urlset>`))
		}
	}))
	defer srv.Close()
	srvURL = srv.URL
	flags := []string{"watch", "--once", "--log-format", "json", "--allow-private-networks", "--per-host-rate", "inf",
		"--ignore-robots", "--max-attempts", "1", "--max-entries", "3", "--max-feed-bytes", "1024", "--max-sitemaps", "1", "--max-sitemap-depth", "1", "--max-redirects", "0"}
	for _, c := range []struct{ path, class, want string }{
		{"/feed", "too_large", `feed of at least 5 entries: more than 3; raise --max-entries"`},
		{"/bomb.xml.gz", "too_large", `decompresses to more than 1024 bytes; raise --max-feed-bytes"`},
		{"/index.xml", "too_large", `more than 1 sitemaps in one poll of ` + srv.URL + `/index.xml; raise --max-sitemaps"`},
		// An index in an index past the depth had no flag to raise it.
		{"/nested.xml", "invalid", `sitemap indexes nested more than 1 deep at ` + srv.URL + `/index.xml; raise --max-sitemap-depth"`},
		// A feed slower than a poll may take said "abandoned by the
		// caller: 1 attempt: context deadline exceeded".
		{"/slow", "timeout", `the poll ran past 300ms; raise --poll-timeout"`},
		{"/hop/1", newsner.ETooManyRedirs, `1 attempt; raise --max-redirects"`},
	} {
		// Only /slow needs a short poll: a loaded machine took more than
		// 300ms over the nested index once, which then ended as a timeout.
		poll := "30s"
		if c.path == "/slow" {
			poll = "300ms"
		}
		_, _, errOut := runMain(t, "", append(append(flags, "--poll-timeout", poll), srv.URL+c.path)...)
		if !strings.Contains(errOut, `"class":"`+c.class+`"`) || strings.Count(errOut, "raise ") != 1 || !strings.Contains(errOut, c.want) {
			t.Errorf("watch --once %s: log %s; want %s ending %q once", c.path, errOut, c.class, c.want)
		}
	}
}

// TestSwitchesNameTheirFlag: a URL the SSRF guard refuses and a file
// that is neither HTML nor text, of no known file type, name the flag
// that lets them through, at the end of the dead letter, in extract, run
// and (the file) reprocess, and watch's log names it for a feed on
// loopback; the stages' own errors name no flag (the fetcher's said
// "(refused by the SSRF guard; --allow-private-networks lets ...)", the
// extractor's "(--input-format text reads it as text)"). An image or a
// PDF names no flag: read as text it is an article of its raw bytes.
func TestSwitchesNameTheirFlag(t *testing.T) {
	const ssrf = "; --allow-private-networks lets the fetcher reach local and private addresses"
	const text = "; --input-format text reads it as text"
	dir := t.TempDir()
	png := filepath.Join(dir, "x.html") // bytes no text holds, of no file type, named as a saved page
	if err := os.WriteFile(png, []byte("Wire note\x00\x01 from the desk"), 0o644); err != nil {
		t.Fatal(err)
	}
	images := t.TempDir()
	for name, b := range map[string]string{"image.html": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "doc.pdf.html": "%PDF-1.4\n1 0 obj<<>>endobj\n"} {
		if err := os.WriteFile(filepath.Join(images, name), []byte(b), 0o644); err != nil {
			t.Fatal(err)
		}
		_, out, _ := runMain(t, "", "extract", filepath.Join(images, name))
		if r := oneRecord(t, "extract "+name, out); r.Class != newsner.ENotHTML || strings.Contains(r.Error, "--") {
			t.Errorf("extract %s: class %q error %q; want not_html naming no flag", name, r.Class, r.Error)
		}
	}
	_, out, _ := runMain(t, "", "reprocess", "--progress", "none", images)
	if recs := decodeLines(t, out); len(recs) != 2 {
		t.Errorf("reprocess of an image and a PDF: %d records, want 2 dead letters", len(recs))
	}
	for _, r := range decodeLines(t, out) {
		if r.Class != newsner.ENotHTML || strings.Contains(r.Error, "--") {
			t.Errorf("reprocess %s: class %q error %q; want not_html naming no flag", r.URL, r.Class, r.Error)
		}
	}
	check := func(what, out, class, hint string) {
		t.Helper()
		r := oneRecord(t, what, out)
		if r.Class != class || !strings.HasSuffix(r.Error, hint) || strings.Count(r.Error, "--") != 1 {
			t.Errorf("%s: class %q error %q; want %s ending %q", what, r.Class, r.Error, class, hint)
		}
	}
	const blocked = "http://127.0.0.1:9/a.html"
	_, out, _ = runMain(t, "", "extract", "--max-attempts", "1", blocked)
	check("extract "+blocked, out, newsner.EBlockedAddress, ssrf)
	_, out, _ = runMain(t, blocked+"\n", "run", "--max-attempts", "1")
	check("run "+blocked, out, newsner.EBlockedAddress, ssrf)
	_, out, _ = runMain(t, "", "extract", png)
	check("extract x.html", out, newsner.ENotHTML, text)
	_, out, _ = runMain(t, "", "reprocess", "--progress", "none", dir)
	check("reprocess DIR", out, newsner.ENotHTML, text)
	_, _, errOut := runMain(t, "", "watch", "--once", "--log-format", "json", "--max-attempts", "1", "http://127.0.0.1:9/feed.xml")
	if !strings.Contains(errOut, `"class":"blocked_address"`) || !strings.Contains(errOut, `1 attempt`+ssrf+`"`) {
		t.Errorf("watch --once of a feed on loopback: log %s; want blocked_address ending %q", errOut, ssrf)
	}

	_, err := fetch.New(fetch.Config{}).Fetch(t.Context(), blocked)
	if newsner.LimitOf(err) != "AllowPrivateNetworks" || strings.Contains(err.Error(), "--") {
		t.Errorf("fetcher: %v, limit %q; want it marked AllowPrivateNetworks and naming no flag", err, newsner.LimitOf(err))
	}
	_, err = (&extract.Processor{}).Process(t.Context(), newsner.Page{URL: png, FinalURL: png, Body: []byte("Wire note\x00\x01 from the desk")})
	if newsner.LimitOf(err) != "Format" || strings.Contains(err.Error(), "--") {
		t.Errorf("extractor: %v, limit %q; want it marked Format and naming no flag", err, newsner.LimitOf(err))
	}
}

// TestMetadataNamesNoFlag: a cloud metadata service, refused by the SSRF
// guard, is a dead letter that names no flag (it said "--allow-private-
// networks lets the fetcher reach local and private addresses", which
// does not let it through), and says so with the flag too. The addresses
// are literal: refused before any connect.
func TestMetadataNamesNoFlag(t *testing.T) {
	for _, flags := range [][]string{nil, {"--allow-private-networks"}} {
		for _, u := range []string{"http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/"} {
			_, out, _ := runMain(t, "", append(append([]string{"extract", "--max-attempts", "1"}, flags...), u)...)
			r := oneRecord(t, "extract "+u, out)
			if r.Class != newsner.EBlockedAddress || strings.Contains(r.Error, "--") || !strings.Contains(r.Error, "refused even where private networks are allowed") {
				t.Errorf("extract %v %s: class %q error %q; want blocked_address, a metadata endpoint refused whatever the flag, naming no flag", flags, u, r.Class, r.Error)
			}
		}
	}
}

// TestStagesNameNoFlags: the stages (ingest, extract, sink and the
// packages under them) name no command's flag in their messages and log
// lines: the command adds it (withFlagHint of an AtLimit mark, or
// newsner.FlagNames for a log line), so a stage reads right under every
// command that runs it and under none. The help of a metric is left: it is
// read on a dashboard, where no command hints it. The pipeline's line of a
// URL held by its host's limits named --per-host-rate itself, the raw
// topic's "nothing to read" --group and --since, an archive's input done
// --checkpoint, and the dedupe line --dedupe-window.
func TestStagesNameNoFlags(t *testing.T) {
	flagName := regexp.MustCompile(`(^|[^\w-])--[a-z][a-z0-9-]+`)
	for _, root := range []string{"../../ingest", "../../extract", "../../sink"} {
		err := filepath.WalkDir(root, func(path string, d iofs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			help := map[ast.Expr]bool{} // the values of Help: fields
			ast.Inspect(f, func(n ast.Node) bool {
				if kv, ok := n.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Help" {
						help[kv.Value] = true
					}
				}
				return true
			})
			ast.Inspect(f, func(n ast.Node) bool {
				if e, ok := n.(ast.Expr); ok && help[e] {
					return false
				}
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && flagName.MatchString(lit.Value) {
					t.Errorf("%s: %s names a command's flag", fset.Position(lit.Pos()), lit.Value)
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

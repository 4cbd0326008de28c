package extract

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsner/newsner/internal/shared"
)

// sameTreeLessScriptText reports how the trees parsed from doc and from
// dropScriptText(doc) differ, other than by the text of scripts and styles
// that dropScriptText drops; "" if they do not.
func sameTreeLessScriptText(doc []byte) string {
	a, errA := html.Parse(bytes.NewReader(doc))
	b, errB := html.Parse(dropScriptText(doc))
	if (errA == nil) != (errB == nil) {
		return fmt.Sprintf("parse errors differ: %v, %v", errA, errB)
	}
	if errA != nil {
		return ""
	}
	return diffTrees(a, b, "")
}

func diffTrees(a, b *html.Node, path string) string {
	if a.Type != b.Type || a.Data != b.Data || a.DataAtom != b.DataAtom || a.Namespace != b.Namespace {
		return fmt.Sprintf("%s: node %v %q vs %v %q", path, a.Type, a.Data, b.Type, b.Data)
	}
	if d := diffAttrs(a, b); d != "" {
		return fmt.Sprintf("%s: %s", path, d)
	}
	path += "/" + a.Data
	ca, cb := a.FirstChild, b.FirstChild
	if a.Type == html.ElementNode && (a.DataAtom == atom.Script || a.DataAtom == atom.Style) && a.Namespace == "" && cb == nil {
		// Dropped: the original holds one text node at most.
		if ca != nil && (ca.Type != html.TextNode || ca.NextSibling != nil) {
			return fmt.Sprintf("%s: dropped children that are not one text node", path)
		}
		return ""
	}
	for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
		if d := diffTrees(ca, cb, path); d != "" {
			return d
		}
	}
	if ca != nil || cb != nil {
		return fmt.Sprintf("%s: child counts differ", path)
	}
	return ""
}

// diffAttrs reports how b's attributes differ from a's less some that
// dropScriptText may drop: those of an element that is not one of
// noahsArkTag whose names cutAttr gives (with their namespace, as the
// tokenizer read them), so long as one is left; "" if they do not.
func diffAttrs(a, b *html.Node) string {
	j := 0
	for _, at := range a.Attr {
		if j < len(b.Attr) && b.Attr[j] == at {
			j++
			continue
		}
		key := at.Key
		if at.Namespace != "" {
			key = at.Namespace + ":" + key
		}
		if a.Type != html.ElementNode || noahsArkTag([]byte(a.Data)) || !cutAttr([]byte(key)) {
			return fmt.Sprintf("attribute %v of %s lost or changed (%v)", at, a.Data, b.Attr)
		}
	}
	if j < len(b.Attr) {
		return fmt.Sprintf("attribute %v of %s added", b.Attr[j], a.Data)
	}
	if len(a.Attr) > 0 && len(b.Attr) == 0 {
		return fmt.Sprintf("all attributes of %s lost", a.Data)
	}
	return ""
}

// TestDropScriptText checks, on tricky markup and on every dev page, that
// the tree parsed without scripts' and styles' text is the page's tree less
// that text.
func TestDropScriptText(t *testing.T) {
	for _, doc := range dropScriptTextSeeds {
		if d := sameTreeLessScriptText([]byte(doc)); d != "" {
			t.Errorf("%q: %s", doc, d)
		}
	}
	got := readAllString(dropScriptText([]byte(`<head><script>var a = "<b>";</script><style>p{}</style><script type="application/ld+json">{"a":1}</script></head><title>x</title>`)))
	if want := `<head><script></script><style></style><script type="application/ld+json">{"a":1}</script></head><title>x</title>`; got != want {
		t.Errorf("dropScriptText = %q, want %q", got, want)
	}

	got = readAllString(dropScriptText([]byte(`<div class="a" data-id="7" aria-label="x" data-src="s" hidden>x</div>`)))
	if want := `<div class="a"   data-src="s" hidden>x</div>`; got != want {
		t.Errorf("dropScriptText = %q, want %q", got, want)
	}
	got = readAllString(dropScriptText([]byte(`<svg data-x="1"><path d="M0" data-y="2"/><a title="t" href="h" target="_blank">`)))
	if want := `<svg data-x="1"><path d="M0" /><a  href="h" >`; got != want {
		t.Errorf("dropScriptText = %q, want %q", got, want)
	}

	var files []string
	for _, g := range [][]string{
		{"data", "news-pages", "html", "*.html.gz"},
		{"data", "readability-pages", "*", "source.html"},
		{"data", "extract-extra", "dragnet2013", "html", "*.html"},
		{"data", "extract-extra", "modern2026-tiptopjaw", "html", "*.html"},
	} {
		f, _ := filepath.Glob(shared.Path(g...))
		files = append(files, f...)
	}
	if len(files) == 0 {
		t.Skipf("no dev pages under %s", shared.Path("data"))
	}
	dropped, total := 0, 0
	for _, f := range files {
		raw, err := readPage(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := decode(raw, "")
		if err != nil {
			continue
		}
		if d := sameTreeLessScriptText(doc); d != "" {
			t.Errorf("%s: %s", f, d)
		}
		dropped += len(doc) - len(readAllString(dropScriptText(doc)))
		total += len(doc)
	}
	t.Logf("%d pages, %d of %d bytes dropped", len(files), dropped, total)
}

func readAllString(r io.Reader) string {
	b, _ := io.ReadAll(r)
	return string(b)
}

// TestCutReader checks that a cutReader reads its document less the cuts,
// however the reads are sized.
func TestCutReader(t *testing.T) {
	doc := []byte("0123456789abcdefghij")
	cuts := []span{{0, 2}, {5, 5}, {5, 8}, {8, 9}, {15, 20}}
	for size := 1; size <= len(doc); size++ {
		r := &cutReader{doc: doc, cuts: cuts}
		var got []byte
		buf := make([]byte, size)
		for {
			n, err := r.Read(buf)
			got = append(got, buf[:n]...)
			if err == io.EOF {
				break
			}
		}
		if string(got) != "2349abcde" {
			t.Errorf("reads of %d: %q, want %q", size, got, "2349abcde")
		}
	}
}

// dropScriptTextSeeds are markup the tokenizer reads in unusual ways.
var dropScriptTextSeeds = []string{
	`<div class=a data-x="1" id=b aria-label='c' data-src=d><script>c</script></div>`,
	`<p a data-x=1/><svg><path a data-x=1/></svg><script>c</script>`,
	`<svg><path a=1 d="M0 0"/><path a d=1 /></svg><script>c</script>`,
	`<svg a xlink:href=#x viewBox="0 0 1 1" fill=red></svg><script>c</script>`,
	`<div a data-x=1 =b>x</div><div a data-x ="b">y</div>`,
	`<br a/data-x><br a/data-x="1"><br a/data-x="1"data-y='2'><br a data-x="1"data-y='2'/>`,
	`<b a data-x=1>x</b><b a>y</b><b a>z</b><b a data-x=2>w</b><B a DATA-x=1>v`,
	`<a data-x=1 href=h>x<a href=h>y<a href=h data-y=2>z<p>w</a>`,
	`<div data-x=1 data-y=2><div data-x=1 id=a data-x=2><path d="M0" data-x=1/></div>`,
	`<div A DATA-X=1 data-x=2 Data-X="3" id=c>`,
	`<div a data-x=><div a data-x= >x<div a target="_blank" tabindex=-1 srcset="a 1x, b 2x" sizes=100vw>`,
	`<body a data-x=1><body data-y=2 b data-x=3 class=c><table><input a type=hidden data-x=1>`,
	`<div a data-x`,
	`<div a data-x="1`,
	`<div a data-x="1"`,
	`<script>a</script>`,
	`<script>a</script`,
	`<script>a`,
	`<SCRIPT>a</ScRiPt >b`,
	`<script>a</scriptx></script>b<p>c`,
	`<script><!-- a </script> b`,
	`<script><!-- <script> </script> --></script><p>x`,
	`<script><!-- <script> </script> </script><p>x`,
	`<script><!--<script>--></script><p>x`,
	`<script><!-- --!> </script><p>x`,
	`<script><!-</script><p>x`,
	`<script><!--></script><p>x`,
	`<script><!---></script><p>x`,
	`<script><!-- <scriptx> </script> <p>x`,
	`<script><!-- <SCRIPT/> </SCRIPT> --> </script><p>x`,
	`<script><!-- <script> -- > </script> --> </script><p>x`,
	`<script><!-- <a </script><p>x`,
	`<script><!-- - -> </script><p>x`,
	`<script>"</script>"</script><p>x`,
	`<style>a</style><p>x`,
	`<style>a</styl</style><p>x`,
	`<style><!-- </style> --><p>x`,
	`<title><script>a</script></title><p>x`,
	`<textarea><script>a</script></textarea><p>x`,
	`<noscript><script>a</script><style>b</style></noscript><p>x`,
	`<noscript><p>x</p></noscript><script>y</script>`,
	`<xmp><script>a</script></xmp><script>b</script>`,
	`<iframe><script>a</script></iframe><script>b</script>`,
	`<!-- <script> --><script>a</script><p>x`,
	`<!--> <script>a</script><p>x`,
	`<!---> <script>a</script><p>x`,
	`<!-- --!> <script>a</script><p>x`,
	`<!-- --!x <script>a</script> -->b<p>x`,
	`<!doctype html><script>a</script>`,
	`<!DOCTYPE><script>a</script>`,
	`<!x <script>a</script> >b<script>c</script>`,
	`<? <script>a</script> ?><script>b</script>`,
	`</ <script>a</script> ><script>b</script>`,
	`</><script>a</script>`,
	`</p <script>a</script>><script>b</script>`,
	`<p title="<script>a</script>">x</p><script>b</script>`,
	`<p title='a>b' x=y>z</p><script>b</script>`,
	`<p a=<script>b</script>`,
	`<p =x a = "y" / b><script>c</script>`,
	`<p/ a="<script>"><script>c</script>`,
	`<div a="x>"<script>c</script>`,
	`<script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
	`<script type="application/LD&#43;json">{"@type":"NewsArticle"}</script>`,
	`<script src="a.js"/>b</script><p>x`,
	`<svg><style>a<p>b</p></style></svg><script>c</script>`,
	`<svg><path d="x"/></svg><script>c</script>`,
	`<svg><g><path/></g><svg><rect/></svg></svg><script>c</script>`,
	`<SVG><PATH/></SVG ><script>c</script>`,
	`<svg><title><style>a</style></title></svg><script>c</script>`,
	`<svg><title><!-- </title><script>--></script></svg><script>c</script>`,
	`<svg><desc>a<b>x</b></desc></svg><script>c</script>`,
	`<svg><foreignObject><style>a</style></foreignObject></svg><script>c</script>`,
	`<svg><![CDATA[ <script>a</script> ]]></svg><script>c</script>`,
	`<svg><path></p><script>a</script></svg><script>c</script>`,
	`<svg><path></div><svg></svg></svg><script>c</script>`,
	`<div><svg><g></div><title>x</title></svg><script>c</script>`,
	`<svg><g></svg><path></svg><script>c</script>`,
	`<svg/><script>c</script>`,
	`<svg a=/><script>c</script></svg>`,
	`<svg><svg/></svg><script>c</script>`,
	`<p><svg><rect></p><script>a</script>`,
	`<svg></svg></svg><script>c</script>`,
	`<table><svg><rect></svg><script>c</script></table>`,
	`<svg><math><script>a</script></math></svg><script>c</script>`,
	`<svg><font color=red><script>a</script></font></svg><script>c</script>`,
	`<svg><image href=x></svg><script>c</script>`,
	`<svg><title>Menu</title><path/></svg><script>c</script>`,
	`<svg><TITLE a=">">M &amp; n</TITLE ></svg><script>c</script>`,
	`<svg><title/>x</title><path/></svg><script>c</script>`,
	`<svg><title>a</titlex></title></svg><script>c</script>`,
	`<svg><title>a<b></title></svg><script>c</script>`,
	`<svg><path></div><title>x</title><script>a</script></svg><script>c</script>`,
	`<svg><path></div><title><!--</title><script>a</script>--></svg><script>c</script>`,
	`<svg><title>x</title`,
	`<svg><title>x</`,
	`<math><script>a</script></math>`,
	`<frameset><script> a </script></frameset>`,
	`<table><colgroup><script>a</script></table>`,
	`<template><col><script> a </script></template>`,
	`<plaintext><script>a</script>`,
	`<table><script>a</script><tr><td>x</td></tr></table>`,
	`<select><script>a</script><option>x</select>`,
	`<html><head></head><body></body></html><script>a</script>`,
	`<p>a<script>b</script>c</p>`,
	"<script>\x00a</script><p>\x00",
	`<script></script><style></style>`,
	`<scrip>a</scrip><scripts>b</scripts><script>c</script>`,
	`<style/>a</style>`,
	`<script
>a</script
>`,
}

// FuzzDropScriptText compares the trees parsed with and without scripts'
// text on random markup.
func FuzzDropScriptText(f *testing.F) {
	for _, s := range dropScriptTextSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		if d := sameTreeLessScriptText([]byte(doc)); d != "" {
			t.Errorf("%q: %s", doc, d)
		}
	})
}

// TestCutAttrsAreNotRead: dropScriptText cuts the attributes cutAttr names
// before the page is parsed, so an attribute the extractor reads must not
// be among them, or a rule that comes to read it would silently find
// nothing. The test reads the package's own code for every attribute name
// it looks up (a string given to attr, hasAttr or another attribute
// helper; compared with or switched on an attribute's Key; inside a
// selector's brackets) and fails for any that cutAttr cuts.
func TestCutAttrsAreNotRead(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	read := map[string]string{} // attribute name -> where it is read
	note := func(lit ast.Expr, why string) {
		if b, ok := lit.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if s, err := strconv.Unquote(b.Value); err == nil && s != "" {
				read[s] = fset.Position(b.Pos()).String() + " (" + why + ")"
			}
		}
	}
	isKey := func(e ast.Expr) bool {
		sel, ok := e.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Key"
	}
	selector := regexp.MustCompile(`\[([A-Za-z][A-Za-z0-9:_-]*)`)
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					if id, ok := n.Fun.(*ast.Ident); ok {
						name := strings.ToLower(id.Name)
						if strings.Contains(name, "attr") && name != "cutattr" && name != "safeattrcuts" {
							for _, a := range n.Args {
								note(a, "an argument of "+id.Name)
							}
						}
					}
				case *ast.BinaryExpr:
					if (n.Op == token.EQL || n.Op == token.NEQ) && isKey(n.X) {
						note(n.Y, "compared with a Key")
					}
				case *ast.SwitchStmt:
					if n.Tag != nil && isKey(n.Tag) {
						for _, c := range n.Body.List {
							for _, e := range c.(*ast.CaseClause).List {
								note(e, "a case of a switch on a Key")
							}
						}
					}
				case *ast.BasicLit:
					if s, err := strconv.Unquote(n.Value); n.Kind == token.STRING && err == nil && strings.Contains(s, "[") {
						for _, m := range selector.FindAllStringSubmatch(s, -1) {
							if !strings.Contains(s, "=") && !strings.Contains(s, "]") {
								continue
							}
							read[m[1]] = fset.Position(n.Pos()).String() + " (in a selector)"
						}
					}
				}
				return true
			})
		}
	}
	t.Logf("%d attribute names read", len(read))
	if len(read) < 20 {
		t.Fatalf("found only %d attribute names read (%v): the test no longer sees how the package reads attributes", len(read), read)
	}
	for name, where := range read {
		if cutAttr([]byte(name)) {
			t.Errorf("%q is read at %s but cutAttr cuts it before parsing: keep it (rawtext.go)", name, where)
		}
	}
}

package eval

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// perturbPage is a made-up news page: a header, an article of three
// paragraphs in <main><article>, a teaser list and a footer.
const perturbPage = `<!doctype html><html><head><title>Harbour ferry</title></head><body>
<header class="site" id="top"><a href="/">Gazette</a></header>
<main id="content"><article class="story"><h1>Ferry service to resume</h1>
<p>The harbour ferry will run again from Monday after the pier was repaired over the winter.</p>
<p>Council engineers said the new pilings should last for another forty years of daily crossings.</p>
<p>Tickets will cost the same as last year, and the first boat leaves at seven in the morning.</p>
</article></main>
<section class="more"><ul><li><a href="/a">Library opens late on Thursdays</a></li></ul></section>
<footer>Gazette 2026</footer></body></html>`

const perturbTruth = `Ferry service to resume
The harbour ferry will run again from Monday after the pier was repaired over the winter.
Council engineers said the new pilings should last for another forty years of daily crossings.
Tickets will cost the same as last year, and the first boat leaves at seven in the morning.`

func perturbed(t *testing.T, name string) (string, *html.Node) {
	t.Helper()
	for _, p := range Perturbations {
		if p.Name == name {
			out := Perturb([]byte(perturbPage), perturbTruth, p)
			doc, err := html.Parse(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			return string(out), doc
		}
	}
	t.Fatalf("no perturbation %q", name)
	return "", nil
}

// words is the page's visible words, single-spaced.
func words(n *html.Node) string { return strings.Join(strings.Fields(nodeText(n)), " ") }

func TestPerturbationsKeepText(t *testing.T) {
	orig, _ := html.Parse(strings.NewReader(perturbPage))
	want := words(orig)
	for _, p := range Perturbations {
		switch p.Name {
		case "noscript":
			continue // the text is raw text in <noscript>; TestNoscriptBody reads it
		case "ruby", "references", "signatories", "teasers", "recipe", "reviews", "factbox":
			continue // they add text; TestAddedBlocks and TestRubyWords read it
		}
		_, doc := perturbed(t, p.Name)
		if got := words(doc); got != want {
			t.Errorf("%s: text changed:\n got %q\nwant %q", p.Name, got, want)
		}
	}
}

func TestArticleContainer(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(perturbPage))
	c := ArticleContainer(doc, perturbTruth)
	if c == nil || c.Data != "article" {
		t.Fatalf("container = %v, want the <article>", c)
	}
	if ArticleContainer(doc, "words that are on no page of this test at all") != nil {
		t.Error("a truth matching no paragraph gave a container")
	}
}

func TestWrapArticle(t *testing.T) {
	out, _ := perturbed(t, "aside")
	if !strings.Contains(out, `<main id="content"><aside><article class="story">`) {
		t.Errorf("article not wrapped in <aside>:\n%s", out)
	}
}

func TestOpenFirstHeader(t *testing.T) {
	_, doc := perturbed(t, "header-open")
	header := elementsByName(doc, "header")
	if len(header) != 1 || !strings.Contains(words(header[0]), "Tickets will cost") || !strings.Contains(words(header[0]), "Gazette 2026") {
		t.Errorf("the first header does not take the rest of the body: %q", words(header[0]))
	}
	// A page without a header gets an open one first in <body>.
	doc2, _ := html.Parse(strings.NewReader(`<body><p>One paragraph here.</p><div>Two</div></body>`))
	OpenFirstHeader(doc2)
	body := elementsByName(doc2, "body")[0]
	if body.FirstChild == nil || body.FirstChild.Data != "header" || body.FirstChild.NextSibling != nil {
		t.Errorf("no open header in a page without one: %s", render(doc2))
	}
}

func TestHeaderParagraphs(t *testing.T) {
	_, doc := perturbed(t, "header-p")
	n := 0
	for _, p := range elementsByName(doc, "p") {
		if p.Parent.Data == "header" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d of the article's paragraphs in a <header>, want 3", n)
	}
}

func TestNoscriptBody(t *testing.T) {
	out, doc := perturbed(t, "noscript")
	ns := elementsByName(doc, "noscript")
	if len(ns) != 1 || !strings.Contains(out, `<div id="app"></div><script`) {
		t.Fatalf("no shell and noscript:\n%s", out)
	}
	// Parsed with scripting on, the noscript holds the body as raw text;
	// parsed as a fragment, it gives the same words back.
	frag, err := html.ParseFragment(strings.NewReader(ns[0].FirstChild.Data), elementsByName(doc, "body")[0])
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range frag {
		got = append(got, words(n))
	}
	orig, _ := html.Parse(strings.NewReader(perturbPage))
	if g, w := strings.Join(strings.Fields(strings.Join(got, " ")), " "), words(elementsByName(orig, "body")[0]); g != w {
		t.Errorf("noscript text:\n got %q\nwant %q", g, w)
	}
}

// TestNoscriptBodyInner: a page keeping its posts in its own <noscript>
// keeps them, parsed, inside the new one, and that one holds the whole body.
func TestNoscriptBodyInner(t *testing.T) {
	const page = `<html><body><div id="thread"><h1>Allotment sheds</h1>
<noscript><div class="post"><p>Our shed roof leaked all through the autumn rains.</p></div>
<div class="post"><p>Felt tacked over the joints kept ours dry for three winters.</p><img src="/px.gif"></div></noscript>
</div><footer>Allotment forum</footer></body></html>`
	var p Perturbation
	for _, q := range Perturbations {
		if q.Name == "noscript" {
			p = q
		}
	}
	out := Perturb([]byte(page), "", p)
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	ns := elementsByName(doc, "noscript")
	if len(ns) != 1 {
		t.Fatalf("%d noscripts, want 1:\n%s", len(ns), out)
	}
	body := elementsByName(doc, "body")[0]
	frag, err := html.ParseFragment(strings.NewReader(ns[0].FirstChild.Data), body)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range frag {
		got = append(got, words(n))
	}
	want := "Allotment sheds Our shed roof leaked all through the autumn rains. Felt tacked over the joints kept ours dry for three winters. Allotment forum"
	if g := strings.Join(strings.Fields(strings.Join(got, " ")), " "); g != want {
		t.Errorf("noscript text:\n got %q\nwant %q", g, want)
	}
}

func TestBreakParagraphs(t *testing.T) {
	out, doc := perturbed(t, "br")
	if len(elementsByName(doc, "p")) != 0 {
		t.Errorf("paragraphs left:\n%s", out)
	}
	if !strings.Contains(out, "winter.<br/><br/>\nCouncil engineers") {
		t.Errorf("paragraphs not turned into text and <br><br>:\n%s", out)
	}
	if n := len(elementsByName(doc, "div")); n != 1 {
		t.Errorf("%d divs, want the run of three paragraphs in one", n)
	}
}

func TestStripClassID(t *testing.T) {
	out, _ := perturbed(t, "no-attr")
	if strings.Contains(out, "class=") || strings.Contains(out, "id=") {
		t.Errorf("class or id left:\n%s", out)
	}
	if !strings.Contains(out, `href="/a"`) {
		t.Errorf("other attributes lost:\n%s", out)
	}
}

func TestRenameSemantic(t *testing.T) {
	_, doc := perturbed(t, "no-semantic")
	for _, tag := range []string{"article", "main", "section"} {
		if n := len(elementsByName(doc, tag)); n != 0 {
			t.Errorf("%d <%s> left", n, tag)
		}
	}
	if n := len(elementsByName(doc, "header")); n != 1 {
		t.Errorf("%d <header>, want it kept", n)
	}
}

func elementsByName(doc *html.Node, tag string) []*html.Node {
	var out []*html.Node
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
	})
	return out
}

// TestScriptShell: the opt-in shell keeps the body's scripts and nothing
// else of it but an empty mount point.
func TestScriptShell(t *testing.T) {
	p, ok := PerturbationNamed("shell")
	if !ok {
		t.Fatal("no shell perturbation")
	}
	page := `<html><head><title>T</title></head><body><p>Visible text.</p><div><script id="__NEXT_DATA__" type="application/json">{"a":1}</script></div><script>var x = 1;</script></body></html>`
	out := string(Perturb([]byte(page), "", p))
	for _, w := range []string{`<div id="__next"></div>`, `{"a":1}`, `var x = 1;`, `<title>T</title>`} {
		if !strings.Contains(out, w) {
			t.Errorf("shell lacks %q: %s", w, out)
		}
	}
	if strings.Contains(out, "Visible text") {
		t.Errorf("shell keeps the body's text: %s", out)
	}
}

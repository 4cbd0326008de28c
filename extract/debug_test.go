package extract

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var (
	dbgFile = flag.String("dbgfile", "", "HTML file (or .gz) to explain")
	dbgText = flag.String("dbgtext", "", "text whose ancestors to print, with their scores")
)

// TestDebugPath prints the ancestors of the element holding -dbgtext in
// -dbgfile, with the first attempt's scores, and the chosen container.
func TestDebugPath(t *testing.T) {
	if *dbgFile == "" {
		t.Skip("pass -dbgfile and -dbgtext")
	}
	b, err := os.ReadFile(*dbgFile)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(*dbgFile, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		b, _ = io.ReadAll(zr)
	}
	s, _ := decode(b, "")
	root, err := html.Parse(bytes.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	body := findBody(root)
	ex := &extractor{flags: flagStripUnlikely | flagWeightClasses | flagCleanConditionally, hints: map[classKey]classHints{}, infos: map[*html.Node]*info{}}
	ex.stats(body)
	top := ex.score(body)
	desc := func(n *html.Node) string {
		in := ex.infos[n]
		d := n.Data + "." + attr(n, "class") + "#" + attr(n, "id")
		if in == nil {
			return d + " [skipped]"
		}
		return fmt.Sprintf("%s score=%.1f text=%d link=%d paras=%d", d, in.score, in.text, in.link, in.paras)
	}
	t.Logf("TOP: %s", desc(top))
	for _, s := range ex.siblings(top) {
		t.Logf("  merged: %s", desc(s))
	}
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.TextNode && strings.Contains(n.Data, *dbgText) {
			found = n.Parent
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	for n := found; n != nil && n.Type == html.ElementNode; n = n.Parent {
		t.Logf("  %s", desc(n))
	}
}

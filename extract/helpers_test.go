package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDescendants: descendants yields the nodes Descendants does, in the
// same order, under every node of a page, and stops where the loop does.
func TestDescendants(t *testing.T) {
	page := `<html><head><title>T</title></head><body><div id=a><p>one <b>two</b></p><p></p>` +
		`<ul><li>x<li><span><i>y</i></span></ul></div><!-- c --><div><div><div></div></div></div>text</body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	for n := range root.Descendants() {
		want := slices.Collect(n.Descendants())
		if got := slices.Collect(descendants(n)); !slices.Equal(got, want) {
			t.Fatalf("under %q: %d nodes, want %d", n.Data, len(got), len(want))
		}
		for stop := range want {
			var got []*html.Node
			for d := range descendants(n) {
				got = append(got, d)
				if len(got) > stop {
					break
				}
			}
			if !slices.Equal(got, want[:stop+1]) {
				t.Fatalf("under %q, stopped after %d: %d nodes", n.Data, stop+1, len(got))
			}
		}
	}
	if got := slices.Collect(descendants(root)); len(got) != len(slices.Collect(root.Descendants())) || len(got) < 20 {
		t.Fatalf("root: %d nodes", len(got))
	}
}

// statsOf parses page and returns its body with an extractor that has
// taken the body's statistics (extractor.stats) and no flags: what a test
// of one rule that reads the statistics needs.
func statsOf(t *testing.T, page string) (*extractor, *html.Node) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	body := findBody(root)
	ex := &extractor{hints: map[classKey]classHints{}, infos: map[*html.Node]*info{}}
	ex.stats(body)
	return ex, body
}

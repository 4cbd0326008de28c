package extract

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestBreakParagraphs: a block of text set apart by <br><br> becomes one
// <p> a paragraph; a line of links alone, a single <br>'s lines and a
// block named as chrome stay as they were.
func TestBreakParagraphs(t *testing.T) {
	long := strings.Repeat("The ferry to the island ran late again on Tuesday, and the harbour office blamed the wind. ", 3)
	for _, tt := range []struct {
		name, in, want string
	}{
		{"paragraphs",
			`<div>` + long + `<br><br>` + long + `<br/><br>` + long + `</div>`,
			`<div><p>` + long + `</p><br/><br/><p>` + long + `</p><br/><br/><p>` + long + `</p></div>`},
		{"single breaks stay in their paragraph",
			`<div>` + long + `<br>` + long + `<br><br>` + long + `</div>`,
			`<div><p>` + long + `<br/>` + long + `</p><br/><br/><p>` + long + `</p></div>`},
		{"a line of links is no paragraph",
			`<div>` + long + `<br><br>` + long + `<br><br><a href="/more">More stories</a></div>`,
			`<div><p>` + long + `</p><br/><br/><p>` + long + `</p><br/><br/><a href="/more">More stories</a></div>`},
		{"block children end a paragraph",
			`<div><h2>Harbour news</h2>` + long + `<br><br>` + long + `<br><br>` + long + `</div>`,
			`<div><h2>Harbour news</h2><p>` + long + `</p><br/><br/><p>` + long + `</p><br/><br/><p>` + long + `</p></div>`},
		{"short lines",
			`<div>Ferry late.<br><br>Wind again.</div>`,
			`<div><p>Ferry late.</p><br/><br/><p>Wind again.</p></div>`},
		{"chrome by its class",
			`<div class="sidebar"><div>` + long + `<br><br>` + long + `<br><br>` + long + `</div></div>`,
			`<div class="sidebar"><div>` + long + `<br/><br/>` + long + `<br/><br/>` + long + `</div></div>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			body := findBody(root)
			ex := &extractor{hints: make(map[classKey]classHints)}
			ex.breakParagraphs(body, false)
			var b bytes.Buffer
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				html.Render(&b, c)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestRowClass: posts styled in turns are one class.
func TestRowClass(t *testing.T) {
	if rowClass("post bg1") != rowClass("post bg2") || rowClass("row odd") != rowClass("row even") {
		t.Error("alternate rows differ")
	}
	if rowClass("post") == rowClass("comment") || rowClass("col-12") == rowClass("col-1") {
		t.Error("different classes match")
	}
}

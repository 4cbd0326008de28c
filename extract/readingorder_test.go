package extract

import (
	"strings"
	"testing"
)

// TestListsAndTablesInReadingOrder: an article's lists, tables and
// definition lists are read in their places among its paragraphs, whatever
// the markup of the paragraphs (bare <p>s, each set in a <header>, lines
// set apart by <br><br>) and of the article's block (plain, in an <aside>,
// without classes, inside a <header> left open, blocks each in a <div>
// that only wraps them, the text split around them, the body in a
// <noscript> copy): the rewrites eval extract --perturb scores.
func TestListsAndTablesInReadingOrder(t *testing.T) {
	list := `<ul><li>Kilo boats leave at nine from the north pier.</li><li>Lima boats leave at ten from the south pier.</li><li>Mike boats leave at noon from the old quay.</li></ul>`
	table := `<table><tr><th>Route</th><th>Fare</th></tr><tr><td>North pier to Oscar island</td><td>4 euros</td></tr><tr><td>South pier to Papa bay</td><td>6 euros</td></tr></table>`
	ol := `<ol><li>Buy the ticket at the kiosk by the gate.</li><li>Show it to the crew when you board.</li></ol>`
	dl := `<dl><dt>Quebec pass</dt><dd>Valid for a month on every route of the bay.</dd><dt>Romeo pass</dt><dd>Valid for a week on the north routes only.</dd></dl>`
	order := []string{"Alpha said", "Kilo boats", "Mike boats", "Bravo said", "North pier to Oscar", "Papa bay", "Charlie said", "Buy the ticket", "Show it to",
		"Delta said", "Quebec pass", "week on the north", "Echo said"}
	for name, wrap := range map[string]func(string) string{
		"p":        func(s string) string { return "<p>" + para(s) + "</p>" },
		"header-p": func(s string) string { return "<header><p>" + para(s) + "</p></header>" },
		"br":       func(s string) string { return "<div>" + para(s) + "<br><br></div>" },
	} {
		art := wrap("Alpha") + list + wrap("Bravo") + table + wrap("Charlie") + ol + wrap("Delta") + dl + wrap("Echo") + wrap("Foxtrot")
		for sname, shell := range map[string]string{
			"plain":       `<div class="entry">` + art + `</div>`,
			"aside":       `<aside><div class="entry">` + art + `</div></aside>`,
			"no-attr":     `<div>` + art + `</div>`,
			"header-open": `<header><a href="/">Gazette</a><div>` + art + `</div>`,
			"wrapped": `<div class="entry">` + wrap("Alpha") + `<div class="list-wrap">` + list + `</div>` + wrap("Bravo") + `<div class="table-responsive">` + table + `</div>` +
				wrap("Charlie") + `<div>` + ol + `</div>` + wrap("Delta") + dl + wrap("Echo") + wrap("Foxtrot") + `</div>`,
			"split": `<div class="entry"><div class="part">` + wrap("Alpha") + `</div>` + list + `<div class="part">` + wrap("Bravo") + `</div>` + table +
				`<div class="part">` + wrap("Charlie") + `</div>` + ol + `<div class="part">` + wrap("Delta") + `</div>` + dl + `<div class="part">` + wrap("Echo") + wrap("Foxtrot") + `</div></div>`,
			"noscript": `<div id="app"></div><noscript><div class="entry">` + art + strings.Repeat(wrap("Golf"), 10) + `</div></noscript>`,
		} {
			t.Run(name+"/"+sname, func(t *testing.T) {
				page := `<html><head><title>Ferry times</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="page"><h1>Ferry times</h1>` + shell +
					`</div><div class="sidebar"><h3>Popular</h3><ul><li><a href="/x">Xray story</a></li><li><a href="/y">Yankee story</a></li></ul></div><footer><p>Gazette 2026</p></footer></body></html>`
				a, err := FromReader(strings.NewReader(page), nil, "")
				if err != nil {
					t.Fatal(err)
				}
				last := -1
				for _, w := range order {
					i := strings.Index(a.Text, w)
					if i < 0 {
						t.Errorf("text lacks %q:\n%s", w, a.Text)
						continue
					}
					if i < last {
						t.Errorf("%q out of reading order:\n%s", w, a.Text)
					}
					last = i
				}
				checkText(t, a.Text, nil, []string{"Xray", "Gazette 2026", "Home"})
			})
		}
	}
}

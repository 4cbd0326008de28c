package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// bodyMarkPage is a news page with no class or id: the story's body marked
// itemprop="articleBody" inside a schema.org NewsArticle, and beside it,
// in the same wrapper, an <aside> of boxes each a heading over a blurb of
// prose. wrap, if not empty, is the tag of an element set around the
// story.
func bodyMarkPage(wrap string) string {
	story := `<div itemscope itemtype="http://schema.org/NewsArticle">
		<h1>Harbour Board Votes to Dredge the Old Channel</h1>
		<p>Friday, 22 October 2010, 20:13</p>
		<div itemprop="articleBody">
		<p>The harbour board voted on Friday to dredge the old channel before the winter storms, after two fishing boats ran aground there in September.</p>
		<p>The work will take six weeks and close the channel to all traffic, the board's chairman said, and the boats will use the north entrance meanwhile.</p>
		<p>Fishermen welcomed the vote but asked that the dredged sand not be dumped off the beach, where it had smothered the mussel beds the last time.</p>
		<p>The board will pay for the work from its reserve, which the sale of the old ferry pier filled last year, and asks nothing of the town council.</p>
		<p>A second vote, on the lights at the channel's mouth, was put off to November, when the engineers' report on the breakwater is due.</p>
		<p>The last dredging, in 1998, took nine weeks, and the channel silted up again within ten years, faster than the engineers had said it would.</p>
		</div></div>`
	if wrap != "" {
		story = "<" + wrap + ">" + story + "</" + wrap + ">"
	}
	var aside strings.Builder
	for _, box := range []string{"Our columnist", "The ranking", "The preview", "The podcast", "The calendar"} {
		aside.WriteString(`<h1>» ` + box + `</h1><div>Click the picture beside this box and read every week what ` + box + ` has to say about the season, the harbour, the races and the people of the coast, with pictures.</div>`)
	}
	return `<html><head><title>Harbour Board Votes to Dredge the Old Channel</title></head><body>
		<div><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>
		<div><div>` + story + `</div><aside>` + aside.String() + `</aside></div>
		<div><p>© 2010 Coast News</p></div></body></html>`
}

// TestBodyMarkWeight: the body marked itemprop="articleBody" wins over the
// wrapper holding it and the sidebar's boxes of prose (bodyWeight) where
// no class names it. Inside an <article>, or with a class hint of its
// own, the mark gives no weight.
func TestBodyMarkWeight(t *testing.T) {
	a, err := FromReader(strings.NewReader(bodyMarkPage("")), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"The harbour board voted on Friday", "the mussel beds"}, []string{"Our columnist", "has to say about the season"})
	for page, want := range map[string]int{
		bodyMarkPage(""):        bodyMarkWeight,
		bodyMarkPage("article"): 0,
		strings.Replace(bodyMarkPage(""), `<div itemprop="articleBody">`, `<div itemprop="articleBody" class="story-body">`, 1): 0,
	} {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		ex := &extractor{flags: flagWeightClasses, hints: map[classKey]classHints{}}
		for n := range doc.Descendants() {
			if attr(n, "itemprop") == "articleBody" {
				if got := ex.bodyWeight(n); got != want {
					t.Errorf("bodyWeight %d, want %d in:\n%s", got, want, page)
				}
				ex.flags = 0
				if got := ex.bodyWeight(n); got != 0 {
					t.Errorf("bodyWeight %d without flagWeightClasses", got)
				}
			}
		}
	}
}

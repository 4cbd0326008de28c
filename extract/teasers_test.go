package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestExcerptCards: a service page's text, then a "Latest insights" run
// of cards, each a kind label, a plain heading, a summary cut with "..."
// and a button link in its footer: the cards go (excerptCards), the
// page's text stays. A run of the page's own cards, their summaries
// whole, stays.
func TestExcerptCards(t *testing.T) {
	page := func(cut bool) string {
		var cards strings.Builder
		for i, title := range []string{"Planning a cold store for a small farm", "What a heat pump audit finds", "Insulating an old barn"} {
			sum := fmt.Sprintf("Card %d: a look at how growers keep produce fresh through the winter months without large energy bills, and which", i+1)
			if cut {
				sum += "..."
			} else {
				sum += " steps pay back first."
			}
			fmt.Fprintf(&cards, `<div class="col"><div class="card"><div class="card-body"><p class="kind">Guide</p><h3>%s</h3><p class="card-text">%s</p></div><div class="card-footer"><a href="/insights/%d">Download guide</a></div></div></div>`, title, sum, i)
		}
		return `<html><head><title>Cold storage design | Frostline</title></head><body><nav><a href="/">Frostline</a></nav><main>
			<h1>Cold storage design</h1>
			<p>We design cold stores for farms, dairies and small food makers, from a single walk-in room to a packhouse with several chambers held at different temperatures.</p>
			<p>Each project starts with a survey of the site and the produce, so that the store is sized to the harvest rather than to a catalogue, and the plant is matched to the load.</p>
			<p>Our engineers stay with the project through building and commissioning, and we service the plant afterwards under a yearly contract if the owner wishes.</p>
			<section class="insights"><h2>Latest insights</h2><div class="grid">` + cards.String() + `</div></section></main></body></html>`
	}
	a, err := FromReader(strings.NewReader(page(true)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"We design cold stores", "under a yearly contract"}, []string{"Card 1:", "Card 3:", "Insulating an old barn"})
	a, err = FromReader(strings.NewReader(page(false)), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"We design cold stores", "Card 1:", "Card 3:"}, nil)
}

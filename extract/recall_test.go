package extract

import (
	"strings"
	"testing"
)

// TestItemLeadIntro: a project's weekly notes list their work under a
// team's heading; one item leads a sub-list of linked tickets with a word
// or two and a colon ("In progress:"). The tickets are the notes' own,
// as a list a paragraph introduces is, while a list of links with no lead
// (a menu of other pages) still goes.
func TestItemLeadIntro(t *testing.T) {
	prose := "The garden team met on Monday and went through what changed in the planting tool since the last notes, item by item, with thanks to everyone who helped. "
	doc := `<html><head><title>Garden tool notes, week 12</title></head><body>
<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Archive</a></li><li><a href="/c">About</a></li></ul></nav>
<article><h1>Garden tool notes, week 12</h1>
<p>` + prose + prose + `</p>
<h4>Seed planner</h4>
<ul>
<li>The new seed calendar shipped to everyone this week, after two weeks of testing by the volunteers.</li>
<li>In progress:
<ul>
<li><a href="/t/101">Ticket 101 - Frost dates are off by a day in the southern regions</a></li>
<li><a href="/t/102">Ticket 102 - Add telemetry for how often the watering reminder is snoozed</a></li>
<li><a href="/t/103">Ticket 103 - Keep the bed layout when the browser window is resized</a></li>
</ul>
</li>
</ul>
<p>` + prose + `</p>
</article></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Ticket 101 - Frost dates", "Ticket 102 - Add telemetry", "Ticket 103 - Keep the bed layout", "seed calendar shipped"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Archive") {
		t.Errorf("text holds the menu:\n%s", a.Text)
	}
}

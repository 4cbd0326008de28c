package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestNoscriptHeavy: a page rendered by script whose copy for readers
// without scripts is in a <noscript>, with a note of some length shown
// outside it (too much text for noscriptPage's empty shell): the article
// is read from the copy, not only the note shown outside it.
func TestNoscriptHeavy(t *testing.T) {
	var paras strings.Builder
	for _, p := range []string{
		"The council voted on Monday to close the old swimming baths at the end of the summer, after a survey found cracks in the main pool.",
		"Swimmers will use the leisure centre across the river until a new pool opens, which the council hopes will be in three years.",
		"The swimming club said it was sad to leave the building, where its members have trained since the nineteen-thirties.",
		"A group of residents has asked the council to keep the baths' front and its tiled hall for a library or a market.",
	} {
		paras.WriteString("<p>" + p + "</p>\n")
	}
	var menu strings.Builder
	for _, s := range []string{"local", "sport", "business", "weather", "letters", "events", "schools", "planning", "traffic", "obituaries", "jobs", "homes", "cars", "travel", "food", "music", "film", "books", "gardens", "pets"} {
		menu.WriteString(`<li class="menu-item"><a class="menu-link" href="/section/` + s + `/">` + s + `</a></li>`)
	}
	note := strings.Repeat("Our newsroom is independent and reader-funded. Read our policies on privacy, corrections and complaints. ", 3)
	doc := `<html><head><title>Old baths to close</title></head><body><div id="root"></div><script src="/app.js"></script>
<noscript><div class="page"><nav><ul class="menu">` + menu.String() + `</ul></nav><article><h1>Old baths to close</h1>` + paras.String() + `</article></div></noscript>
<div class="note"><p>` + note + `</p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"voted on Monday to close", "tiled hall for a library"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
}

// TestNoscriptCopyLazyTwins: a script-rendered page's copy in a
// <noscript> holding a lazy image's placeholder and, right after it, the
// image its own fallback held (dropLazyTwins): the picture counts once,
// and the block of the picture beside its text, no paragraph in it, stays
// in the text.
func TestNoscriptCopyLazyTwins(t *testing.T) {
	var paras, more strings.Builder
	for i, p := range []string{
		"The harbour office plans the berths, the cranes and the pilots for every ship that calls, by day and by night, all year round.",
		"Owners book a berth a week ahead, and the office tells them the tide, the pilot's hour and the crane that will unload them.",
		"Small boats, fishing boats among them, keep their own quay, where the office keeps the moorings and the fuel pump.",
		"Ferries leave from the north pier every hour, and their timetable, set with the ferry company, is posted at the gate.",
		"Visitors may walk along the south wall, but not on the working quays, where the cranes and the trucks move all day.",
	} {
		if i < 3 {
			paras.WriteString("<p>" + p + "</p>\n")
		} else {
			more.WriteString("<p>" + p + "</p>\n")
		}
	}
	doc := `<html><head><title>Harbour services</title></head><body><div id="root"></div><script src="/app.js"></script>
<noscript><div class="page"><main><h1>Harbour services</h1>` + paras.String() + `
<div class="row section-body"><div class="image-container"><img width="640" height="840" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" data-lazy-src="/i/cranes.webp" alt="Cranes"><img width="640" height="840" src="/i/cranes.webp" alt="Cranes"></div>
<div class="col"><h3>Cranes</h3><div class="col-body"><b>Four cranes unload a ship of containers in a day and a night.</b>
 Book a crane with the berth, not on the day, and pay by the hour the crane works for you. The crane drivers work in three shifts, and a ship that comes in late at night is unloaded by the morning. Ask the office for a second crane when the ship carries more than a thousand boxes.</div></div></div>
` + more.String() + `</main></div></noscript></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"harbour office plans", "Four cranes unload", "a second crane", "north pier"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
}

// TestNoscriptCopyAccordion: a script-rendered page whose whole body is
// a copy in a <noscript> (noscriptHeavy), holding a FAQ whose answers are hidden until
// their questions are clicked: the answers are read, as on the page
// served without the shell (readNoscriptCopyFirst: the questions'
// panels are found in the copy, not the empty shell).
func TestNoscriptCopyAccordion(t *testing.T) {
	faq := func(i int, q string) string {
		return fmt.Sprintf(`<div class="faq-item"><h3><button type="button" class="faq-toggle" aria-expanded="false" aria-controls="a%d">%s</button></h3><div id="a%d" class="faq-answer" hidden><p>%s</p></div></div>`,
			i, q, i, para(fmt.Sprintf("Answer %d", i)))
	}
	copy := `<main><h1>Ferry passes</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p>
		<p>` + para("Echo") + `</p><p>` + para("Foxtrot") + `</p><p>` + para("Golf") + `</p><p>` + para("Hotel") + `</p>
		<p>` + para("India") + `</p><p>` + para("Juliett") + `</p><p>` + para("Kilo") + `</p><p>` + para("Lima") + `</p>
		<section class="faq"><h2>Questions and answers</h2>` + faq(1, "How long is a monthly pass valid?") + faq(2, "Can I take my bicycle on the ferry?") + `</section></main>`
	for name, body := range map[string]string{
		"served":   copy,
		"noscript": `<div id="app"></div><script src="/app.js"></script><noscript>` + copy + `</noscript>`,
	} {
		t.Run(name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(`<html><head><title>Ferry passes</title></head><body>`+body+`</body></html>`), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"Alpha", "How long is a monthly pass valid?", "Answer 1", "Answer 2"}, nil)
		})
	}
}

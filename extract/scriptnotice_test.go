package extract

import "testing"

// TestScriptNotices: the notices a page keeps for readers without scripts
// (a player's "requires JavaScript and Adobe Flash to play", a slider's
// line that ends "Please enable JavaScript to view."), read as plain
// paragraphs where the page is served from its <noscript> copy, stay out
// of the text (scriptNotice); a paragraph of the story that speaks of
// JavaScript stays in.
func TestScriptNotices(t *testing.T) {
	checkGazettePage(t, "Harbour web site", `<div class="body"><p>`+para("Alpha")+`</p>
		<div class="warning"><p>Video requires JavaScript and Adobe Flash to play.</p>
		<p>This story contains a video that requires your computer to have Adobe Flash and JavaScript enabled.</p></div>
		<p>`+para("Bravo")+`</p>
		<p>Slider made with Kilo Slides, a free slider builder for WordPress. Please enable JavaScript to view.</p>
		<p>Lima said the new site needs JavaScript only for its map of the berths, and that the timetable, the fees and the news all load without it.</p></div>`,
		[]string{"Alpha said", "Bravo said", "needs JavaScript only"}, []string{"to play", "Adobe Flash", "Kilo Slides"})
}

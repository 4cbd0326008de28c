package extract

import (
	"strings"
	"testing"
)

// postHeaderPage is a blog post with no class or id: the post's title and
// the line beside it (line) in a block of their own above the block of
// its body, a sidebar of links beside the post.
func postHeaderPage(line string) string {
	return `<html><head><title>Tide Tables Now in the Harbour App | Coast Gadgets</title></head><body>
		<div><h2><a href="/">Coast Gadgets</a></h2></div>
		<div><div>
		<div><h1>Tide Tables Now in the Harbour App</h1>` + line + `</div>
		<div><p>The harbour's own app now shows the tide tables for the coming month, and it warns skippers an hour before the channel falls under two metres.</p>
		<p>The tables come from the port authority's gauges, not from a forecast, so they are as good as the gauges are, which the harbour master says is very good.</p>
		<p>If you have an older phone, the app still runs, though the charts of the channel take a while to load over the harbour's own network.</p></div>
		</div>
		<div><h3>Categories</h3><ul><li><a href="/apps">Apps</a></li><li><a href="/boats">Boats</a></li><li><a href="/gear">Gear</a></li></ul></div>
		</div></body></html>`
}

// TestPostHeaderAbove: a post's byline, set with its title in a block
// above the body's block (which class names such as "post" lifted the
// best block to), is kept without them too (postHeaderAbove); a dek or a
// kicker set so is not.
func TestPostHeaderAbove(t *testing.T) {
	for name, tc := range map[string]struct {
		line          string
		want, wantNot []string
	}{
		"byline": {line: `<p>By <a rel="author" href="/author/jane">Jane Doe</a> on Monday 12th November 2012 3:08 pm in <a href="/apps">Apps</a></p>`,
			want: []string{"By Jane Doe on Monday 12th November 2012", "The harbour's own app"}},
		"posted by": {line: `<div>Posted by <a href="/author/jane">Jane Doe</a> in <a href="/apps">Apps</a> at 3:08 pm</div>`,
			want: []string{"Posted by Jane Doe in Apps", "The harbour's own app"}},
		"dek": {line: `<p>Skippers get a month of tides and a warning before low water.</p>`,
			want: []string{"The harbour's own app"}, wantNot: []string{"Skippers get a month"}},
	} {
		t.Run(name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(postHeaderPage(tc.line)), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tc.want, tc.wantNot)
		})
	}
}

// TestPostHeaderAboveInOtherLanguages: a German or French post's byline
// set with its title in a block above the body's block is kept as an
// English one is ("Von Jana Müller am ...", "Publié par ...":
// bylineOpeners); a German dek set so is not. Without them the German and
// French bylines were lost.
func TestPostHeaderAboveInOtherLanguages(t *testing.T) {
	page := func(line string) string {
		return `<html lang="de"><head><title>Gezeitentafeln jetzt in der Hafen-App | Küstentechnik</title></head><body>
		<div><h2><a href="/">Küstentechnik</a></h2></div>
		<div><div>
		<div><h1>Gezeitentafeln jetzt in der Hafen-App</h1>` + line + `</div>
		<div><p>Die hafeneigene App zeigt jetzt die Gezeitentafeln für den kommenden Monat, und sie warnt Skipper eine Stunde bevor die Fahrrinne unter zwei Meter fällt.</p>
		<p>Die Tafeln stammen von den Pegeln der Hafenbehörde, nicht aus einer Vorhersage, also sind sie so gut wie die Pegel, und die sind laut Hafenmeister sehr gut.</p>
		<p>Wer ein älteres Telefon hat, kann die App trotzdem nutzen, auch wenn die Karten der Fahrrinne über das Netz des Hafens eine Weile zum Laden brauchen.</p></div>
		</div>
		<div><h3>Kategorien</h3><ul><li><a href="/apps">Apps</a></li><li><a href="/boote">Boote</a></li><li><a href="/ausruestung">Ausrüstung</a></li></ul></div>
		</div></body></html>`
	}
	for name, tc := range map[string]struct {
		line          string
		want, wantNot []string
	}{
		"von": {line: `<p>Von <a href="/autor/jana">Jana Müller</a> am Montag, 12. November 2012, 15:08 Uhr in <a href="/apps">Apps</a></p>`,
			want: []string{"Von Jana Müller am Montag, 12. November 2012", "Die hafeneigene App"}},
		"veröffentlicht von": {line: `<div>Veröffentlicht von <a href="/autor/jana">Jana Müller</a> in <a href="/apps">Apps</a> um 15:08 Uhr</div>`,
			want: []string{"Veröffentlicht von Jana Müller in Apps", "Die hafeneigene App"}},
		"publié par": {line: `<div>Publié par <a href="/auteur/jeanne">Jeanne Martin</a> dans <a href="/apps">Apps</a> à 15h08</div>`,
			want: []string{"Publié par Jeanne Martin dans Apps", "Die hafeneigene App"}},
		"dek": {line: `<p>Skipper bekommen einen Monat Gezeiten und eine Warnung vor Niedrigwasser.</p>`,
			want: []string{"Die hafeneigene App"}, wantNot: []string{"Skipper bekommen einen Monat"}},
	} {
		t.Run(name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(page(tc.line)), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tc.want, tc.wantNot)
		})
	}
}

// TestPostSignOff: an official blog's post closes with its writer's
// sign-off inside its body ("Posted by Jane Roe, Product Manager"), in a
// span named a byline or a block whose linked team name made it a box of
// links; the line is kept (signOff). The same line set above the body, the
// template's byline, is not, nor a stamp with the date and a permalink.
func TestPostSignOff(t *testing.T) {
	page := func(above, top, end string) string {
		return `<html><head><title>Tide Tables Now in the Harbour App | Coast Blog</title></head><body>
		<div class="sidebar"><h2>Archive</h2><ul><li><a href="/2012/10">October</a></li><li><a href="/2012/11">November</a></li></ul></div>
		<div class="post"><h3 class="post-title">Tide Tables Now in the Harbour App</h3>` + above + `
		<div class="post-body">` + top + `
		<p>The harbour's own app now shows the tide tables for the coming month, and it warns skippers an hour before the channel falls under two metres.</p>
		<p>The tables come from the port authority's gauges, not from a forecast, so they are as good as the gauges are, which the harbour master says is very good.</p>
		<p>If you have an older phone, the app still runs, though the charts of the channel take a while to load over the harbour's own network.</p>
		` + end + `</div>
		<div class="post-footer"><a href="/labels/apps">Labels: Apps</a></div></div>
		</body></html>`
	}
	for name, tc := range map[string]struct {
		above, top, end string
		want, wantNot   []string
	}{
		"byline span": {end: `<span class="byline-author">Posted by Jane Roe, Product Manager, Harbour Apps</span>`,
			want: []string{"The harbour's own app", "Posted by Jane Roe, Product Manager, Harbour Apps"}},
		"linked team": {end: `<div><br></div>
		<div>Visit the <a href="/community">harbour's community</a> to meet the team!</div>
		<div><br></div>
		<div>Posted by Jane Roe, <a href="/team">Harbour Apps</a> Team</div>`,
			want: []string{"The harbour's own app", "Posted by Jane Roe, Harbour Apps Team"}},
		"stamp": {end: `<span class="byline-author">Posted by Jane Roe on October 22, 2012 at 04:17 PM | Permalink</span>`,
			want: []string{"The harbour's own app"}, wantNot: []string{"Jane Roe"}},
		// Google's later posts open the body with the credit, under the
		// post's date (roleCredit) ...
		"credit above": {top: `<h2 class="date-header">Tuesday, October 22, 2012 4:17 PM</h2>
		<span class="byline-author">Posted by Jane Roe, Product Manager, Harbour Apps</span><br><br>`,
			want: []string{"The harbour's own app", "Posted by Jane Roe, Product Manager, Harbour Apps"}},
		"byline above, no role": {top: `<span class="byline-author">Posted by Jane Roe</span>`,
			want: []string{"The harbour's own app"}, wantNot: []string{"Jane Roe"}},
		"byline above the body": {above: `<span class="byline-author">Posted by Jane Roe, Product Manager, Harbour Apps</span>`,
			want: []string{"The harbour's own app"}, wantNot: []string{"Jane Roe"}},
		// ... and some before an update note (roleCredit).
		"credit before a note": {end: `<span class="byline-author">Posted by Jane Roe, Product Manager, Harbour Apps</span><br><br>
		<b>Update:</b> The tables for the outer harbour come a week later.`,
			want: []string{"Posted by Jane Roe, Product Manager, Harbour Apps", "The tables for the outer harbour"}},
		"byline before a note, no role": {end: `<span class="byline-author">Posted by Jane Roe</span><br><br>
		<b>Update:</b> The tables for the outer harbour come a week later.`,
			want: []string{"The tables for the outer harbour"}, wantNot: []string{"Jane Roe"}},
	} {
		t.Run(name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(page(tc.above, tc.top, tc.end)), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tc.want, tc.wantNot)
		})
	}
}

package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Tests of the conditional cleaning's tables and lists kept as text
// (cleanconditionally.go).

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

// TestLinkedDataTable: a chess club's report sets the evening's pairings
// in a table whose players the site links to their pages, after an empty
// paragraph (a style sheet's holder). The table is the report's data,
// though half its text is links; a table of links alone (the site's
// sections) still goes.
func TestLinkedDataTable(t *testing.T) {
	prose := "The club's autumn league went into its fourth round on Thursday evening, with every board taken and a few spectators at the back of the hall. "
	row := func(i int, a, b string) string {
		return `<tr><td>` + string(rune('0'+i)) + `. <a href="/p/` + a + `">` + a + `</a> (W) 1840</td><td>` + string(rune('0'+i)) + `. <a href="/p/` + b + `">` + b + `</a> (B) 1790</td></tr>`
	}
	doc := `<html><head><title>Round four report</title></head><body>
<table><tr><td><a href="/news">News</a></td><td><a href="/events">Events</a></td></tr><tr><td><a href="/join">Join</a></td><td><a href="/contact">Contact</a></td></tr><tr><td><a href="/shop">Shop</a></td><td><a href="/forum">Forum</a></td></tr></table>
<div class="post"><h1>Round four report</h1>
<p>` + prose + prose + `</p>
<p>Two of the top boards were decided on time, and the junior section finished early enough to watch the rest from the kitchen door with tea. </p>
<p>` + prose + prose + `</p>
<p><style>.pairings td {padding: 4px}</style></p>
<table class="pairings"><tr><th>White</th><th>Black</th></tr>` +
		row(1, "Marta Kowalczyk", "Olu Bankole") + row(2, "Henrik Dahl", "Sofia Ferreira") + row(3, "Ines Morel", "Tomas Novak") + row(4, "Ravi Menon", "Greta Lind") +
		`</table>
<p>The fifth round is on the first Thursday of next month; pairings go up on the board by the door a week before, as usual.</p>
<p>` + prose + prose + `</p>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Marta Kowalczyk (W) 1840", "Ravi Menon (W) 1840", "Greta Lind (B) 1790"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Contact") {
		t.Errorf("text holds the menu table:\n%s", a.Text)
	}
}

// TestCellContent: a blog post exported from an editor sets each cell of
// its table in a <div>, the tools' names linked to their pages. The names
// are the table's first column; without them the rows are figures about
// nothing.
func TestCellContent(t *testing.T) {
	cell := func(s string) string { return `<td><div dir="ltr">` + s + `</div></td>` }
	row := func(name, a, b, c string) string {
		return `<tr>` + cell(`<a href="/tools/`+name+`"><span>`+name+`</span></a>`) + cell(a) + cell(b) + cell(c) + `</tr>`
	}
	doc := `<html><head><title>Smaller downloads for our tools</title></head><body>
<div class="post"><h1>Smaller downloads for our tools</h1>
<p>Since the spring we ship updates to the desktop tools as differences against the version already installed, so most downloads shrink to a fraction of the full package, and slow connections finish in minutes.</p>
<p>The saving depends on how much of a tool changes between releases; tools with large bundled dictionaries gain the most, since the dictionaries rarely change at all.</p>
<p>Here are a few of the tools already updated this way, with the size of a full download and of a typical update:</p>
<div dir="ltr"><div dir="ltr"><table><tbody>
<tr>` + cell("Tool") + cell("Full download") + cell("Update (new)") + cell("Update (old)") + `</tr>` +
		row("Marsh", "71.1 MB", "8.0 MB (-89%)", "13.4 MB (-81%)") + row("Tides", "32.7 MB", "4.1 MB (-87%)", "7.9 MB (-76%)") + row("Heron", "17.8 MB", "2.2 MB (-88%)", "3.0 MB (-83%)") +
		`</tbody></table></div></div>
<p>We will move the remaining tools over the coming months, starting with the ones whose users most often report slow or failed updates on mobile connections.</p>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Marsh", "Tides", "Heron", "71.1 MB"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
}

// TestSentenceWithLinks: a club's post closes with a sentence set in a
// <div>, most of it two links ("<a>The full route card is on our
// page</a>. You can <a>print the map</a> ..."). It is the post's own
// sentence, not a box of links; a filing line that joins its links with
// a word ("Filed in <a>Walks</a> and <a>Club news</a>.") and a hatnote
// ("For the river, see <a>..</a>.") still go.
func TestSentenceWithLinks(t *testing.T) {
	prose := "The walking club met at the old mill on Saturday morning and followed the river path north for about twelve miles, stopping twice for tea and once to admire the herons. "
	doc := `<html><head><title>Autumn walk along the river</title></head><body>
<div class="post"><h1>Autumn walk along the river</h1>
<p>` + prose + prose + `</p>
<p>` + prose + `The club thanks the mill's owners for opening the yard for the start, and the café by the weir for staying open late.</p>
<div><a href="/about/river">For the mill</a> on the lower river, see <a href="/mills">Mills of the valley</a>.</div>
<p>` + prose + `Next month we will try the ridge route if the weather holds, with an early start from the station car park.</p>
<div><a href="/routes/autumn-card">The full route card is on our walks page</a>. You can <a href="/routes/autumn-map">print the map</a> before the next outing (it fits on one sheet).</div>
<div>Filed in <a href="/c/walks">Walks</a> and <a href="/c/club">Club news</a>.</div>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "You can print the map before the next outing") {
		t.Errorf("text lacks the closing sentence:\n%s", a.Text)
	}
	for _, not := range []string{"Filed in", "see Mills of the valley"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("text holds %q:\n%s", not, a.Text)
		}
	}
}

// TestSentenceUnderPicture: a craft blog's short post is a picture and,
// under it in the same <div>, one sentence broken over lines by <br>s,
// a fifth of it a link ("Visit <a>Maple Lane Makers</a> to see <br>how
// ..."): a line of the post's own, not a box of links. A "Continue
// reading:" link and a disclosure after a <br> is one too; a filing line
// under a picture, a line under two pictures and a block of paragraphs
// are not.
func TestSentenceUnderPicture(t *testing.T) {
	for div, want := range map[string]bool{
		`<a class="asset-img-link" href="/img/acorn-big.jpg"><img src="/img/acorn.jpg" alt=""></a><br>Visit <a href="http://makers.example.com/acorns">Maple Lane Makers and Friends</a> to see <br>how to print the little acorn caps <br>on a long strip of brown autumn paper.`: true,
		`<a href="http://stocks.example.com/story/acorn-fund">Continue reading: Acorn Fund Richer on the Stock</a><br>Editor Ada Birch does not hold a financial interest in any stock mentioned here.`:                                                                            true,
		`<a href="/img/p.jpg"><img src="/img/p-small.jpg" alt=""></a><br>Filed in <a href="/c/autumn">Autumn crafts</a> and <a href="/c/printing">Printing with children</a>.`:                                                                                                     false,
		`<img src="/a.jpg" alt=""><img src="/b.jpg" alt=""><br>Visit <a href="http://makers.example.com/acorns">Maple Lane Makers and Friends</a> to see how to print the little acorn caps.`:                                                                                      false,
		`<p>Visit <a href="http://makers.example.com/acorns">Maple Lane Makers and Friends</a> to see how to print the little acorn caps.</p><p>More soon.</p>`:                                                                                                                    false,
	} {
		root, err := html.Parse(strings.NewReader(`<html><body><div id="post"><div>` + div + `</div></div></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		body := findBody(root)
		ex := &extractor{hints: map[classKey]classHints{}, infos: map[*html.Node]*info{}}
		ex.stats(body)
		n := body.FirstChild.FirstChild
		if got := sentenceWithLinks(n, ex.infos[n]); got != want {
			t.Errorf("sentenceWithLinks(%.70q) = %v, want %v", div, got, want)
		}
	}
}

// TestSentenceWithAddress: a parish newsletter's post ends with two lines
// in <div>s whose links show their addresses; a reader reads an address
// as text, so each is a sentence of the post, also the one that ends
// with the address instead of a full stop.
func TestSentenceWithAddress(t *testing.T) {
	prose := "The parish hall will host the winter fair again this year, with stalls for cakes, books and knitted things, and a raffle whose takings go to the roof fund. "
	doc := `<html><head><title>Winter fair at the parish hall</title></head><body>
<div class="post"><h1>Winter fair at the parish hall</h1>
<p>` + prose + prose + `</p>
<p>` + prose + `Volunteers who can bake or carry tables should speak to the warden after Sunday service.</p>
<p>` + prose + `The doors open at ten and the raffle is drawn at three.</p>
<div>The full programme of the fair is printed on <a href="http://parish.example.org/fair-2026">http://parish.example.org/fair-2026</a>.</div>
<div>If that page does not open, try <a href="http://parish.example.org/news/">http://parish.example.org/news/</a></div>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The full programme of the fair is printed on", "If that page does not open, try"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
}

// TestLinkedParagraphs: a guide sets each paragraph in a <div> of its own
// beside an ad slot; a paragraph that cites its sources links half its
// words, which made its wrapper a box of links to clutter. A callout box
// of a heading and such a paragraph stays too, and a box of links (a
// list of teaser headlines under "More guides") still goes.
func TestLinkedParagraphs(t *testing.T) {
	prose := "A pottery course at a community college takes two terms, with one evening class a week and a weekend of glazing at the end of each term, and most students keep their own wheel time besides. "
	para := func(s string) string { return `<div><p>` + s + `</p><div id="slot"></div></div>` }
	doc := `<html><head><title>How to choose a pottery course</title></head><body>
<article><h1>How to choose a pottery course</h1>` +
		para(prose+prose) + para(prose+"Fees differ more than the teaching does.") +
		para(`You can check a college's standing in the listings of <a href="https://guild.example.org/list">the Potters' Guild</a>, which you can search by town, or in <a href="https://dept.example.gov/colleges">the education department's register</a>.`) +
		`<div class="callout"><h3>Price check</h3><div><p>A two-term course costs about $900 in fees, according to <a href="https://guild.example.org/survey">the guild's survey</a> of forty colleges.</p></div></div>` +
		para(prose+"Ask to see the kilns before you sign up.") +
		`<div class="more"><h3>More guides</h3><div><p><a href="/g/1">Choosing your first wheel for a small studio at home</a></p><p><a href="/g/2">Glazes that are safe for tableware and how to test them</a></p></div></div>
</article></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"You can check a college's standing", "A two-term course costs about $900"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Choosing your first wheel") {
		t.Errorf("text holds the teasers:\n%s", a.Text)
	}
}

// TestLinkedSentenceOpeningProse: a media blog's post sets a paragraph in
// a <div> of its own before a quoted alert; the paragraph opens with a
// long unlinked clause, and its links close it, with only "It" between
// them ("... related to the fact that <a>the agency had also called the
// race</a>. It <a>issued this correction</a>:"). Linked for over half its
// length, it read as a box of links. A prompt to follow the site on its
// networks and a line introducing the links to the post, set the same
// way, still go.
func TestLinkedSentenceOpeningProse(t *testing.T) {
	prose := "Election night passed with few errors on the news sites we watched, though a handful of calls had to be taken back within minutes of going out to readers. "
	doc := `<html><head><title>Few mistakes on election night</title></head><body>
<div class="post"><h1>Few mistakes on election night</h1>
<p>` + prose + prose + `</p>
<p>` + prose + `One paper sent an alert naming the wrong winner in the governor's race and corrected it ten minutes later.</p>
<div><p>The wrong call in the governor's race may have been related to the fact that <a href="https://agency.example.org/blog/wrong-call">the wire agency had also called the race too early</a>. It <a href="https://agency.example.org/alerts/123">issued this correction alert</a>:</p></div>
<blockquote><p>CORRECTS: The governor's race has not been called yet. (Corrects earlier alert)</p></blockquote>
<p>` + prose + `The rest of the night went by without a single correction from the big outlets.</p>
<div><p>Listed below are links to weblogs that reference <a href="/2026/11/few-mistakes">Few mistakes on election night</a>:</p></div>
<div><p>Follow the Media Desk blog of the Evening Star on <a href="https://facebook.example.com/mediadesk">Facebook</a>, <a href="https://x.example.com/mediadesk">X (@mediadesk)</a> and <a href="https://instagram.example.com/mediadesk">Instagram</a>.</p></div>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "may have been related to the fact that") {
		t.Errorf("text lacks the linked paragraph:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "Follow the Media Desk blog") {
		t.Errorf("text holds the social prompt:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "Listed below are links") {
		t.Errorf("text holds the trackbacks' line:\n%s", a.Text)
	}
}

// TestLinkedSentenceClosingOnLink: a guide sets each paragraph in a <div>
// of its own beside an ad slot; a short paragraph closes on its one link
// ("The best night courses are approved by <a>the national bookkeeping
// institute</a>."), seven words before it and none after, linked for
// nearly half its length, and read as a box of links. A line that files
// the guide under two linked categories, with as many words before its
// links, and a "Read more about" label over a link, set the same way,
// still go.
func TestLinkedSentenceClosingOnLink(t *testing.T) {
	prose := "A night course in bookkeeping teaches double entry, the ledgers and the trial balance, over two terms of weekly classes held at the college. "
	para := func(s string) string { return `<div><p>` + s + `</p><div id="slot"></div></div>` }
	doc := `<html><head><title>Choosing a night course in bookkeeping</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/courses">Courses</a> <a href="/about">About</a></div>
<div class="guide"><h1>Choosing a night course in bookkeeping</h1>
<h2>What you will learn</h2>` +
		para(prose+"Most colleges ask for no exam to enrol.") +
		para(prose+"The fees are often paid in instalments over the year.") +
		para(prose+"Classes break at Christmas and at Easter.") +
		`<h2>Recognition</h2>` +
		para(`The best night courses are approved by <a href="/bodies">the national bookkeeping institute</a>.`) +
		para(prose+"Ask the college which body approves its course before you pay.") +
		para(`This guide was filed on 3 May in <a href="/t/courses">Courses</a> and <a href="/t/money">Money</a>.`) +
		para(`Read more about <a href="/guides/fees">paying for a course</a>.`) +
		`</div>
<div class="foot"><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></div>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "The best night courses are approved by the national bookkeeping institute.") {
		t.Errorf("text lacks the sentence closing on its link:\n%s", a.Text)
	}
	for _, not := range []string{"This guide was filed", "Read more about"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("text holds %q:\n%s", not, a.Text)
		}
	}
}

// TestCopyWithLinks: a staffing firm's service page sets its services as
// cards, each a heading, a sentence or two of copy in a <span> (no <p>)
// and the roles it fills, linked ("Top roles: <a>Bookkeeper</a>"). The
// cards are the page's text, though a quarter of it is links; a box of
// linked teasers, one line each, still goes.
func TestCopyWithLinks(t *testing.T) {
	prose := "Our recruiters place finance and accounting professionals with teams of every size, for a project of a few weeks or for a permanent role, across the country. "
	card := func(head, copy string, roles ...string) string {
		s := `<div class="card"><h3>` + head + `</h3><span class="copy">` + copy + `</span><h6>Top roles:</h6>`
		for _, r := range roles {
			s += "\n" + `<a href="/jobs/` + strings.ReplaceAll(r, " ", "-") + `">` + r + `</a>`
		}
		return s + `</div>`
	}
	doc := `<html><head><title>Finance and accounting staffing</title></head><body>
<nav><a href="/a">Hire talent</a> <a href="/b">Find jobs</a> <a href="/c">About us</a></nav>
<main><h1>Finance and accounting staffing</h1>
<p>` + prose + prose + `</p>
<p>` + prose + `</p>
<div class="cards">` +
		card("Accounts payable and bookkeeping", "Focus on growth while our professionals keep your records accurate and your payments on time.", "Accounts payable manager", "Bookkeeper", "Accounts clerk") +
		card("Billing and collections", "Strengthen your cash flow with specialists who handle invoicing, credit and collections for you.", "Billing specialist", "Collections specialist", "Credit manager") +
		card("Payroll", "Pay your people on time and in full with experienced staff for payroll, tax filings and benefits.", "Payroll administrator", "Payroll specialist", "Payroll manager") +
		`</div>
<p>` + prose + `</p>
<div class="more"><ul><li><a href="/n/1">Hiring trends for the new year in finance</a></li><li><a href="/n/2">What a controller earns in each region this year</a></li><li><a href="/n/3">Five questions to ask in an interview for an auditor</a></li></ul></div>
</main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Focus on growth while our professionals", "Strengthen your cash flow", "Pay your people on time", "Billing specialist"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Hiring trends") {
		t.Errorf("text holds the teaser links:\n%s", a.Text)
	}
}

// TestBareWrapperJudgedByItsBlock: a game thread's post (a line of
// prose, the two line-ups in a table, each player linked to his page, a
// line under it) sits in a block named for the post's body, and the
// template wraps that block in a bare <aside> (or a <div class="">) of its
// own. The conditional cleaning judged the wrapper by its own class
// weight, none, and its links (over a fifth of the text) made it a box of
// links, and the lenient attempts, which climb to the page around the
// post (its sidebar's "About this blog"), were no better: the post was
// lost, its lead paragraphs alone kept. The wrapper is judged by the
// block it holds (wrappedWeight); the sidebar stays out.
func TestBareWrapperJudgedByItsBlock(t *testing.T) {
	players := [][2]string{{"Rafe Dawson", "Sam Field"}, {"Colin Rask", "Ben Upland"}, {"Ed Enberg", "Matt Joy"},
		{"Yann Escoda", "Evan Lorne"}, {"Dave Cole", "Ben Zorn"}, {"Moe Sierro", "Carl Penn"}, {"Jeff Mathers", "Jeff Kepp"}}
	rows := ""
	for i, p := range players {
		n := string(rune('1' + i))
		rows += `<tr><td>` + n + `. <a href="/players/` + n + `a">` + p[0] + `</a> (R) LF</td><td>` + n + `. <a href="/players/` + n + `b">` + p[1] + `</a> (L) CF</td></tr>`
	}
	post := `<div class="entry-body">
<p>This may be wrong as I could not check it this morning but according to <a href="/lineups">the club's notes</a> <a href="/players/5b">Ben Zorn</a> starts at short today.</p>
<table><tr><th>Visitors</th><th>Home</th></tr>` + rows + `</table>
<p>I guess they are trying to show off his range before the deadline and see what the scouts in the stands make of it.</p>
<div class="pane series"><h3>Current series</h3><table>
<tr><td>Tue 08/07</td><td>WP: <a href="/players/9a">Jim Shields</a> (10 - 7)</td><td><a href="/events/2">4 - 1 win</a></td></tr>
<tr><td>Wed 08/08</td><td>WP: <a href="/players/9b">Alex Cobbett</a> (6 - 8)</td><td><a href="/events/3">3 - 2 win</a></td></tr>
</table><p><a href="/events/1">Thursday Aug 9 2012 1:10 PM</a></p><p><a href="/events/1">Complete coverage</a></p></div>
</div>`
	chrome := `<div class="sidebar"><h3>About this blog</h3><p>We have covered the club since its first season here, through the lean years and the two pennant runs, with a game thread for every match.</p>
<p>Our writers are fans first, and the comments are open to everyone who follows the club, home or away, as long as they stay civil.</p>
<ul><li><a href="/a">Standings</a></li><li><a href="/b">Schedule</a></li><li><a href="/c">Roster</a></li></ul></div>`
	for _, wrap := range []string{"aside", `div class=""`} {
		tag := strings.Fields(wrap)[0]
		doc := `<html><head><title>Game thread: Visitors at Home</title></head><body>
<div class="content"><div class="entry"><h1>Game thread: Visitors at Home</h1>
<p class="byline">by <a href="/users/ann">Ann Lee</a> on Aug 9, 2012</p>
<p>The third game of the series starts this afternoon, with the home side two games up and their ace on the mound again after his rest.</p>
<p>Join us in the comments below for the whole afternoon and keep it civil with the visiting fans.</p>
<h3><a href="/events/1">Visitors at Home on Aug 9 at 1:10 PM</a></h3><br>
<` + wrap + `>` + post + `</` + tag + `>
</div></div>` + chrome + `</body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"starts at short today", "Rafe Dawson", "Jeff Kepp", "show off his range"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%s: text lacks %q:\n%s", wrap, want, a.Text)
			}
		}
		if strings.Contains(a.Text, "Standings") {
			t.Errorf("%s: text holds the sidebar:\n%s", wrap, a.Text)
		}
	}
}

// TestCardTitleOverCopy: a bakery's service page sets what it offers as
// cards, each a photo, its name linked to the service's page and a line
// of copy. The names are the cards', with their copy, not a box of
// links; a tab's label linked to its panel ("#allergens"), and a
// category's link set before a post's linked headline, still go.
func TestCardTitleOverCopy(t *testing.T) {
	prose := "We bake every loaf by hand in our shop on the high street, from flour milled a few miles away, and deliver across the valley six days a week. "
	card := func(slug, name, copy string) string {
		return `<div class="offer-card"><div class="offer-pic"><img src="/img/` + slug + `.jpg" width="300" height="200" alt=""></div>` +
			`<div class="offer-name"><p><a href="/services/` + slug + `">` + name + `</a></p></div>` +
			`<div class="offer-copy"><p>` + copy + `</p></div></div>`
	}
	doc := `<html><head><title>Our services - Valley Bakery</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main><h1>Our services</h1>
<p>` + prose + prose + `</p>
<h2>What we bake for you</h2>
<div class="offer-grid">` +
		card("weddings", "Wedding cakes", "Tiered cakes to order, tasted and planned with you, delivered and set up on the day.") +
		card("catering", "Office catering", "Sandwich platters, pastries and coffee for meetings of ten to two hundred people.") +
		card("classes", "Baking classes", "Evening classes in sourdough, pastry and bread shaping for beginners and keen cooks.") +
		`</div>
<div class="tab"><div class="tab-label"><a href="#allergens">Allergens</a></div><div class="tab-panel"><p>Every product lists its allergens on the shelf label and on our website, and staff can tell you more.</p></div></div>
<h2><div class="post-cat"><a href="/category/news">Bakery news</a></div> <a href="/news/new-oven">Meet our new wood-fired oven, ‘the Dragon’</a></h2>
<p>` + prose + `</p>
</main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Wedding cakes\n\nTiered cakes", "Office catering\n\nSandwich platters", "Baking classes\n\nEvening classes", "Every product lists its allergens"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, not := range []string{"Allergens\n", "Bakery news"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("text holds %q:\n%s", not, a.Text)
		}
	}
}

// TestCardTitleShapes: cardTitle on the blocks it is asked about. A
// category's link set in a <div> inside a post's <h2>, before the
// headline's own link, is no card's title: the headline is a link, not a
// block of copy (a category kept so took the headline with it, the <h2>
// no longer the headline). A tab's label linked to its panel is no
// card's title either; a card's linked name over its copy is.
func TestCardTitleShapes(t *testing.T) {
	doc := `<html><body>
<div class="post"><h2><div id="cat"><a href="/category/community">Community</a></div>
<a href="/2024/05/salute">Fans across the valley join the ‘Thousand Loaf Salute’</a></h2></div>
<div class="tab"><div id="tab"><a href="#allergens">Allergens</a></div><div><p>Every product lists its allergens on the shelf label and on our website.</p></div></div>
<div class="card"><div id="card"><a href="/services/weddings">Wedding cakes</a></div><div><p>Tiered cakes to order, tasted and planned with you, delivered on the day.</p></div></div>
</body></html>`
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	ex := &extractor{hints: map[classKey]classHints{}, infos: map[*html.Node]*info{}}
	ex.stats(findBody(root))
	byID := map[string]*html.Node{}
	for d := range descendants(root) {
		if id := attr(d, "id"); id != "" {
			byID[id] = d
		}
	}
	for id, want := range map[string]bool{"cat": false, "tab": false, "card": true} {
		n := byID[id]
		if got := ex.cardTitle(n, ex.infos[n]); got != want {
			t.Errorf("cardTitle(%s) = %v, want %v", id, got, want)
		}
	}
}

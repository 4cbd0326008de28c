package ner

import (
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// TestLineRules checks the eighth pass (b) of the document step (lines*.go)
// on made-up pages: each case fails without its rule.
func TestLineRules(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	tests := []docCase{
		{
			name:  "a name on the line after a letter's closing signs the post, a word's name too",
			text:  "See you on the retreat in Quenton!\n\nLove and Light,\n\nAutumn",
			spans: []span{{L, "Quenton"}},
			want:  []want{{L, "Quenton", 1}, {P, "Autumn", 1}},
		},
		{
			name:  "no closing, or a team's sign-off: no person",
			text:  "The mill in Quenton will close.\n\nSee you there,\n\nAutumn\n\nThanks,\n\nThe Zorb Team",
			spans: []span{{L, "Quenton"}},
			want:  []want{{L, "Quenton", 1}},
		},
		{
			name: "a headline-case line keeps the names the article confirms",
			text: "Zorblat Set to Win Bid for Quenton Nuclear Venture\n\n" +
				"Zorblat makes nuclear plants. Its bid to win the venture in Quenton is set to pass.",
			spans: []span{{O, "Zorblat Set"}, {O, "Quenton Nuclear Venture"}, {O, "Zorblat"}, {L, "Quenton"}},
			want:  []want{{O, "Zorblat", 2}, {L, "Quenton", 2}},
		},
		{
			name: "a headline-case line drops a name the article does not confirm",
			text: "Polls Show Benefit of Auto Rescue in Quenton\n\n" +
				"New polls show the auto rescue was a benefit to voters in Quenton.",
			spans: []span{{O, "Polls Show Benefit of Auto Rescue"}, {L, "Quenton"}, {L, "Quenton"}},
			want:  []want{{L, "Quenton", 2}},
		},
		{
			name: "a teaser's words the story never writes in lower case are common by the corpora: a headline-case line",
			text: "Officers found the girl in Quenton.\n\nMan Shot at Zorbville Gas Station Dies at Hospital\n\n" +
				"The video shows officers at the door.",
			spans: []span{{L, "Quenton"}, {O, "Zorbville Gas Station Dies"}},
			want:  []want{{L, "Quenton", 1}},
		},
		{
			name:  "a headline-case line keeps a short form of a name the article gives in full",
			text:  "Quimble Wins Vote in Zorbland\n\nJane Quimble, who wins votes, won the vote in Zorbland.",
			spans: []span{{P, "Quimble"}, {L, "Zorbland"}, {P, "Jane Quimble"}, {L, "Zorbland"}},
			want:  []want{{P, "Jane Quimble", 2}, {L, "Zorbland", 2}},
		},
		{
			name:  "a headline-case line keeps the start of an organization's name, not its end",
			text:  "Nations Meet as Zorbco Sets Sail\n\nThe United Nations will meet to set sail with Zorbco Inc. on a meet.",
			spans: []span{{O, "Nations"}, {O, "Zorbco"}, {O, "United Nations"}, {O, "Zorbco Inc."}},
			want:  []want{{O, "Zorbco Inc.", 2}, {O, "United Nations", 1}},
		},
		{
			name: "a headline-case line keeps a person's name that starts with a first name; a byline is no headline",
			text: "The First Ninety Days at Work, Michael Quimble\nBy Oliveira Zorb, the Quenton Futures Collective\n\n" +
				"His first ninety days at work were hard, the futures collective says.",
			spans: []span{{P, "Michael Quimble"}, {P, "Oliveira Zorb"}},
			want:  []want{{P, "Michael Quimble", 1}, {P, "Oliveira Zorb", 1}},
		},
		{
			name: "a headline in capitals, a score card and a line of names are no headline-case lines",
			text: "ZORBLAT SET TO WIN BID FOR VENTURE\n\nDid Not Bat: Quimby Set Win\nQuenton United 3 Zorbland Rovers 1\n\n" +
				"The bid was set to win the venture.",
			spans: []span{{O, "ZORBLAT SET"}, {P, "Quimby Set Win"}, {O, "Quenton United"}, {O, "Zorbland Rovers"}},
			want:  []want{{O, "ZORBLAT SET", 1}, {P, "Quimby Set Win", 1}, {O, "Quenton United", 1}, {O, "Zorbland Rovers", 1}},
		},
		{
			name:  "a line that goes on in lower case on the next is no headline",
			text:  "The Zorb Bank of Set Win\nwill bid for the venture, set to win.",
			spans: []span{{O, "Zorb Bank of Set Win"}},
			want:  []want{{O, "Zorb Bank of Set Win", 1}},
		},
		{
			name: "a headline quoted after 'with the headline:' is weak as a headline line",
			text: "Zorblat won a bid for a nuclear venture.\n\n" +
				"A version of this article appeared in print, with the headline: Zorblat Set to Win Bidding for Quenton Nuclear Venture.",
			spans: []span{{O, "Zorblat"}, {O, "Zorblat Set"}, {O, "Quenton Nuclear Venture"}},
			want:  []want{{O, "Zorblat", 2}},
		},
		{
			name:  "no name runs across a glued slash; a photo credit's name is the photographer's, its agencies organizations (slashMentions)",
			text:  "A view of the port. Jim Quimble/ Zorb News\nCarl Quimby/AFP/Getty Images\nThe CDU / CSU won.",
			spans: []span{{P, "Jim Quimble/"}, {O, "Carl Quimby/AFP/Getty Images"}, {O, "CDU / CSU"}},
			want:  []want{{P, "Jim Quimble", 1}, {P, "Carl Quimby", 1}, {O, "AFP", 1}, {O, "Getty Images", 1}, {O, "CDU / CSU", 1}},
		},
		{
			name:  "a byline in capitals names people",
			text:  "By LAURAN QUIMBLE and JOHN F. EL-ZORB\n\nWASHINGTON - The plan passed.",
			spans: []span{{O, "LAURAN"}, {P, "QUIMBLE"}, {P, "JOHN"}, {L, "WASHINGTON"}},
			want:  []want{{P, "LAURAN QUIMBLE", 1}, {P, "JOHN F. EL-ZORB", 1}, {L, "WASHINGTON", 1}},
		},
		{
			name:  "a writer's role is cut off the names of a byline",
			text:  "By Judith Quimble Education reporter\nBy Paul Quimby, Zorb Political Editor\n\nThe fight went on.",
			spans: []span{{O, "Judith Quimble Education"}, {P, "Paul Quimby"}, {O, "Zorb Political Editor"}},
			want:  []want{{P, "Judith Quimble", 1}, {P, "Paul Quimby", 1}, {O, "Zorb", 1}},
		},
		{
			name:  "an e-mail address is no name",
			text:  "Write to Jane Quimble at Jane.Quimble@zorbnews.com",
			spans: []span{{P, "Jane Quimble"}, {L, "Jane.Quimble@zorbnews.com"}},
			want:  []want{{P, "Jane Quimble", 1}},
		},
		{
			name:  "a dateline in capitals before a dash is a place if it names one",
			text:  "KABUL -- Police in the north defected.\n(AP) NEW YORK - Zorb News said so.\nNOTE - Zorbco makes parts.\nSOCCER - KABUL WIN",
			spans: []span{{O, "NEW YORK"}, {O, "Zorb News"}, {O, "NOTE"}, {O, "Zorbco"}, {L, "KABUL"}},
			want:  []want{{L, "KABUL", 2}, {L, "NEW YORK", 1}, {O, "Zorb News", 1}, {O, "NOTE", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "capitals before a listed agency's dateline in brackets are a place, known or not",
			text:  "WASHINGTON (Reuters) - Zorbco said it would cut jobs.\nQUENTON, Dec 3 (Reuters) - Zorbco said so.\nNOTE (Zorbwire) - Zorbco makes parts.",
			spans: []span{{O, "Reuters"}, {O, "Zorbco"}, {O, "Reuters"}, {O, "Zorbco"}, {O, "Zorbco"}},
			want:  []want{{L, "WASHINGTON", 1}, {O, "Reuters", 2}, {O, "Zorbco", 3}, {L, "QUENTON", 1}},
		},
		{
			name:  "each place of a dateline of places joined by slashes is a place",
			text:  "QUENTON/NEW ZORB (Reuters) - Zorbco said it would cut jobs.\nCLEVELAND/CHICAGO, USA - Zorbco said so.",
			spans: []span{{O, "QUENTON"}, {O, "Reuters"}, {O, "Zorbco"}, {O, "CLEVELAND"}, {O, "Zorbco"}},
			want:  []want{{L, "QUENTON", 1}, {L, "NEW ZORB", 1}, {O, "Reuters", 1}, {O, "Zorbco", 2}, {L, "CLEVELAND", 1}, {L, "CHICAGO", 1}},
		},
		{
			name:  "a party's adjective is no part of a legislature's name; a name's suffix alone is no name",
			text:  "A Republican House of Representatives faced John Quimble, Jr., in court.",
			spans: []span{{O, "Republican House of Representatives"}, {P, "John Quimble"}, {L, "Jr."}},
			want:  []want{{O, "House of Representatives", 1}, {P, "John Quimble", 1}},
		},
		{
			name:  "the letters of a device's or a service's common noun are no name (termAcronyms)",
			text:  "Zorbco's ATM sends an SMS by GPS and RSS.",
			spans: []span{{O, "Zorbco"}, {O, "ATM"}, {O, "SMS"}, {O, "GPS"}, {O, "RSS"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "waters and land tagged an organization are places (groundHeads)",
			text:  "Ships from Zorbland sailed the Quenton Sea to Quimby Shoal.",
			spans: []span{{L, "Zorbland"}, {O, "Quenton Sea"}, {O, "Quimby Shoal"}},
			want:  []want{{L, "Zorbland", 1}, {L, "Quenton Sea", 1}, {L, "Quimby Shoal", 1}},
		},
		{
			name:  "numbered roads and streets are places",
			text:  "Traffic on Route 9A and on 14th Street in Quenton stopped.",
			spans: []span{{O, "Route"}, {L, "Quenton"}},
			want:  []want{{L, "Route 9A", 1}, {L, "14th Street", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "a note's label opening a line is no person (noteLabelSpans)",
			text:  "Editor's note: This story has been updated with comment from Jane Quimble.\n\nQuimble said the plant in Quenton would close.",
			spans: []span{{P, "Editor"}, {P, "Jane Quimble"}, {P, "Quimble"}, {L, "Quenton"}},
			want:  []want{{P, "Jane Quimble", 2}, {L, "Quenton", 1}},
		},
		{
			name:  "an agency's photo credit names the agency and the photographer (photoCreditSpans)",
			text:  "Jane Quimble speaks in Quenton. (AP Photo/Evan Zorbin)\n\nAFP Photo/Rob Quimby Lee\n\nThe photo was taken on Monday.",
			spans: []span{{P, "Jane Quimble"}, {L, "Quenton"}, {P, "AP Photo/Evan"}, {O, "AFP"}, {P, "Lee"}},
			want: []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}, {O, "AP", 1}, {P, "Evan Zorbin", 1},
				{O, "AFP", 1}, {P, "Rob Quimby Lee", 1}},
		},
		{
			name:  "a person's span after \"The\" ending in a newspaper's word is the paper (theOutletSpans)",
			text:  "By Jane Quimble | The Quenton Ledger\n\nPhoto: Rob Zorbin / The Zorbland Bee\n\nThe council met on Monday.\n\nAl Quimby is a writer at the Herald.",
			spans: []span{{P, "Jane Quimble"}, {P, "Quenton Ledger"}, {P, "Rob Zorbin"}, {P, "Zorbland Bee"}, {P, "Al Quimby"}, {P, "Herald"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Quenton Ledger", 1}, {P, "Rob Zorbin", 1}, {O, "Zorbland Bee", 1}, {P, "Al Quimby", 1}, {O, "Herald", 1}},
		},
		{
			name:  "a picture's credit loses the \"Image\" of the caption label after it (imageCaptionSpans)",
			text:  "The council met on Monday.\n\nImage copyright Zorbco Images Image caption The council met in Quenton\n\nMore to come.",
			spans: []span{{O, "Zorbco Images Image"}, {L, "Quenton"}},
			want:  []want{{O, "Zorbco Images", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "a newsletter's title on a sign-up line is no name (newsletterSpans)",
			text:  "Jane Quimble spoke in Quenton.\n\nSign up for the Morning Zorb newsletter\n\nShe read the Quenton Digest newsletter.",
			spans: []span{{P, "Jane Quimble"}, {L, "Quenton"}, {O, "Morning Zorb"}, {O, "Quenton Digest"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}, {O, "Quenton Digest", 1}},
		},
		{
			name:  "a reading-time note is no name (readTimeSpans)",
			text:  "Quenton mill to close\n3 Min Read\nQUENTON (Zorbwire) - Jane Quimble said the mill would close.\n\nMin Read\n\nBy Rob Zorbin | 4 Min Read",
			spans: []span{{P, "Min Read"}, {L, "QUENTON"}, {O, "Zorbwire"}, {P, "Jane Quimble"}, {P, "Min Read"}, {P, "Rob Zorbin"}, {P, "4 Min Read"}},
			want:  []want{{L, "QUENTON", 1}, {O, "Zorbwire", 1}, {P, "Jane Quimble", 1}, {P, "Rob Zorbin", 1}},
		},
		{
			name:  "a line of tags holds no names (tagLineSpans)",
			text:  "Jane Quimble spoke in Quenton.\n\nFiled under: Quenton, Harbor, Zorb Council\n\nTags: Weather, Quimble",
			spans: []span{{P, "Jane Quimble"}, {L, "Quenton"}, {O, "Quenton"}, {L, "Harbor"}, {O, "Zorb Council"}, {O, "Weather"}, {P, "Quimble"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}},
		},
		{
			name: "the name after a copyright line's year is the outlet (copyrightSpans)",
			text: "Jane Quimble spoke in Quenton.\n\nCopyright © 2019 Zorbday. All rights reserved.\n" +
				"© 2019-2020 Quenton News Network. All Rights Reserved.\n(c) 2018 The Zorbton Bee",
			spans: []span{{P, "Jane Quimble"}, {L, "Quenton"}, {L, "Quenton"}, {P, "Zorbton Bee"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}, {O, "Zorbday", 1}, {O, "Quenton News Network", 1}, {O, "Zorbton Bee", 1}},
		},
		{
			name: "a sponsor's label names no one; a sentence after the sponsor keeps it (sponsorLineSpans)",
			text: "Jane Quimble spoke in Quenton.\n\nSponsored Content by Zorbola\nPromoted Stories by Quimbnet.\n" +
				"Sponsored by Zorb Bank, the fair opens on Friday.",
			spans: []span{{P, "Jane Quimble"}, {L, "Quenton"}, {L, "Zorbola"}, {P, "Quimbnet"}, {O, "Zorb Bank"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}, {O, "Zorb Bank", 1}},
		},
		{
			name:  "a table's header row of years opens with no name (yearHeaderSpans)",
			text:  "Zorbco spent more on parks.\n\nDepartment 2019 2020\nParks 1.2 1.4\nQuenton 2019 budget",
			spans: []span{{O, "Zorbco"}, {O, "Department"}, {L, "Quenton"}},
			want:  []want{{O, "Zorbco", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "a page's title above a blank line is a headline with one word the story writes in lower case (titleAlone)",
			text:  "Oil Slides as Traders Weigh Supply Glut\n\nCrude prices fell on new supply in Quenton.",
			spans: []span{{O, "Traders Weigh Supply Glut"}, {L, "Quenton"}},
			want:  []want{{L, "Quenton", 1}},
		},
		{
			name:  "a first line with no blank line after it needs two such words",
			text:  "Oil Slides as Traders Weigh Supply Glut\nCrude prices fell on new supply in Quenton.",
			spans: []span{{O, "Traders Weigh Supply Glut"}, {L, "Quenton"}},
			want:  []want{{O, "Traders Weigh Supply Glut", 1}, {L, "Quenton", 1}},
		},
	}
	runDocCases(t, tests)
}

// TestLineRulesHostileSize checks that the line rules' cost grows with the
// text, not with its square or cube: a page of 100,000 bylines in capitals
// and as many numbered streets (each replacing a tagger's span), and a
// person's name of 2,400 words beside a headline-case line. Before
// replaceSpans looked overlaps up in sorted order, and headlineSpans
// bounded its runs by maxRunWords, these took minutes (the long name
// alone two minutes through Entities); they take milliseconds. The bound
// is far above that, for a loaded machine.
func TestLineRulesHostileSize(t *testing.T) {
	const bound = 20 * time.Second
	text := strings.Repeat("By JOHN DOE\nZorbco met at 14th Street.\n", 100000)
	toks := splitText(text)
	var spans []tspan
	for i, tk := range toks {
		if tk.Text == "JOHN" || tk.Text == "Zorbco" || tk.Text == "14th" {
			spans = append(spans, tspan{typ: newsner.Organization, t0: i, t1: i + 1})
		}
	}
	start := time.Now()
	got := lineSpans(text, toks, spans)
	if d := time.Since(start); d > bound {
		t.Errorf("line rules on %d tokens, %d spans: %v", len(toks), len(spans), d)
	}
	if want := 3 * 100000; len(got) != want {
		t.Errorf("got %d spans, want %d (a byline, Zorbco, a street a line)", len(got), want)
	}

	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text = "Polls Show Benefit of Auto Rescue\n\nMr " + strings.Repeat("Michael Watkins Smith ", 800) +
		"said polls show benefit of auto rescue."
	start = time.Now()
	tg.Entities(text)
	if d := time.Since(start); d > bound {
		t.Errorf("a name of 2,400 words beside a headline: %v", d)
	}
}

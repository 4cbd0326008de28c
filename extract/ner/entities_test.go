package ner

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// entityFinder is what Tagger and Prose have in common.
type entityFinder interface {
	Name() string
	Entities(text string) []newsner.Entity
}

func finders(t testing.TB) []entityFinder {
	t.Helper()
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewProse()
	if err != nil {
		t.Fatal(err)
	}
	return []entityFinder{tg, p}
}

// checkEntities verifies the contract every entity list keeps: valid types,
// count == len(mentions), mentions in order with exact code-point offsets.
func checkEntities(t *testing.T, text string, es []newsner.Entity) {
	t.Helper()
	if es == nil {
		t.Fatal("entities: nil, want empty slice")
	}
	runes := []rune(text)
	for _, e := range es {
		if !e.Type.Valid() {
			t.Errorf("entity %q: type %q", e.Text, e.Type)
		}
		if e.Count != len(e.Mentions) || e.Count == 0 {
			t.Errorf("entity %q: count %d, %d mentions", e.Text, e.Count, len(e.Mentions))
		}
		for i, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Errorf("entity %q: mention %+v out of range", e.Text, m)
				continue
			}
			if s := string(runes[m.Start:m.End]); s != m.Text {
				t.Errorf("entity %q: mention text %q, text[%d:%d] = %q", e.Text, m.Text, m.Start, m.End, s)
			}
			if i > 0 && e.Mentions[i-1].Start >= m.Start {
				t.Errorf("entity %q: mentions out of order", e.Text)
			}
		}
	}
}

func TestBadInputNeverPanics(t *testing.T) {
	inputs := map[string]string{
		"empty":             "",
		"whitespace":        " \n\t\r\n ",
		"one 5 MB word":     strings.Repeat("a", 5<<20),
		"5 MB of brackets":  strings.Repeat(")", 5<<20),
		"emoji":             "😀😀 Paris 👩‍👩‍👧 🇺🇦 Zelensky met 🤝 Biden",
		"rtl":               "قال الرئيس محمد في القاهرة. ‏שלום ירושלים‎ and Cairo",
		"control chars":     "Berlin\x00\x01\x02 Merkel\x1b[31m \x7f Paris\u200b\u202e Macron \ufeff",
		"invalid utf-8":     "Paris \xff\xfe Berlin \xc3 Merkel",
		"lone quotes":       "' \" \u2019 \u201c '' \"\" &rsquo; &rsquo;s 's",
		"punctuation only":  "... ,,, ??? !!! --- ((( )))",
		"unterminated html": "&rsquo &rsquo; &",
	}
	for _, f := range finders(t) {
		for name, text := range inputs {
			t.Run(f.Name()+"/"+name, func(t *testing.T) {
				checkEntities(t, text, f.Entities(text))
			})
		}
	}
}

// TestLongLineWithWords runs a 5 MB line of running text (names, curly
// quotes, emoji, dropped "n't?") through the Tagger, and a shorter one
// through prose's stock model, which is ten times slower.
func TestLongLineWithWords(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	unit := "Chancellor Angela Merkel met \u201cEmmanuel Macron\u201d in Paris 🇫🇷 on Tuesday; can't? "
	for _, f := range finders(t) {
		size := 5 << 20
		if _, ok := f.(*Prose); ok {
			size = 200 << 10
		}
		text := strings.Repeat(unit, size/len(unit)+1)
		es := f.Entities(text)
		checkEntities(t, text, es)
		if len(es) == 0 {
			t.Errorf("%s: no entities in a long text full of names", f.Name())
		}
	}
}

func TestBuildEntities(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type want struct {
		typ   newsner.EntityType
		text  string
		count int
	}
	tests := []struct {
		name string
		text string
		// spans: "i:j:T" token ranges with their tagged type
		spans []tspan
		want  []want
	}{
		{
			name:  "title stripped, short form joins",
			text:  "Polish Prime Minister Donald Tusk spoke. Tusk said no.",
			spans: []tspan{{P, 0, 5}, {P, 7, 8}},
			want:  []want{{P, "Donald Tusk", 2}},
		},
		{
			name:  "roles and parties before a name are not part of it",
			text:  "Administrator Jane Doe met Democrat Walter Mondale. Emeritus Professor John Burrows said so.",
			spans: []tspan{{P, 0, 3}, {P, 4, 7}, {O, 8, 9}, {P, 10, 12}},
			want:  []want{{P, "Jane Doe", 1}, {P, "Walter Mondale", 1}, {P, "John Burrows", 1}},
		},
		{
			name:  "place tagged over a title and a person",
			text:  "French President Emmanuel Macron arrived.",
			spans: []tspan{{L, 0, 4}},
			want:  []want{{P, "Emmanuel Macron", 1}},
		},
		{
			name:  "possessive dropped",
			text:  "Russia\u2019s army left Russia.",
			spans: []tspan{{L, 0, 2}, {L, 4, 5}},
			want:  []want{{L, "Russia", 2}},
		},
		{
			name:  "a name that ends in 's keeps it",
			text:  "Moody\u2019s cut Russia's rating; McDonald's sold more. Moody's said so.",
			spans: []tspan{{O, 0, 2}, {L, 3, 4}, {O, 7, 8}, {O, 12, 14}},
			want:  []want{{O, "Moody\u2019s", 2}, {L, "Russia", 1}, {O, "McDonald's", 1}},
		},
		{
			name:  "an 's prose dropped is put back on a name that ends in it",
			text:  "Rated by Moody's.\nMore.",
			spans: []tspan{{O, 2, 3}},
			want:  []want{{O, "Moody's", 1}},
		},
		{
			name:  "a person's possessive is cut even where the name is in the list",
			text:  "Lloyd's bat broke.",
			spans: []tspan{{P, 0, 2}},
			want:  []want{{P, "Lloyd", 1}},
		},
		{
			// As CoNLL-2003 marks them: the sentence's full stop is not
			// the abbreviation's. prose splits "Corp." and keeps "Inc.".
			name:  "an abbreviation's full stop, unless it ends the sentence",
			text:  "Acme Corp. said it bought Boston Inc.\nBeta Co. fell, as did Delta Co.",
			spans: []tspan{{O, 0, 2}, {O, 6, 8}, {O, 8, 10}, {O, 14, 16}},
			want:  []want{{O, "Acme Corp.", 1}, {O, "Boston Inc", 1}, {O, "Beta Co.", 1}, {O, "Delta Co", 1}},
		},
		{
			name:  "a US state's abbreviation ending a sentence leaves the sentence's full stop out",
			text:  "He lives in Jacksonville, Fla.\nIt rained.",
			spans: []tspan{{L, 3, 4}, {L, 5, 6}},
			want:  []want{{L, "Jacksonville", 1}, {L, "Fla", 1}},
		},
		{
			name:  "a month before a name is not part of it",
			text:  "The August National Association of Purchasing Management index rose.",
			spans: []tspan{{O, 1, 7}},
			want:  []want{{O, "National Association of Purchasing Management", 1}},
		},
		{
			name:  "numbers in a name kept, a year before it and a score after it cut",
			text:  "1860 Munich beat Real Madrid 3-1 in 1979 Democracy Wall.",
			spans: []tspan{{O, 0, 2}, {O, 3, 6}, {O, 7, 10}},
			want:  []want{{O, "1860 Munich", 1}, {O, "Real Madrid", 1}, {O, "Democracy Wall", 1}},
		},
		{
			name:  "former is no title before a place; a state's and a company's full stop",
			text:  "Aid for Former Yugoslavia went to San Jose, Calif., and Sun Microsystems Inc.'s unit.",
			spans: []tspan{{L, 2, 4}, {L, 6, 8}, {L, 9, 10}, {O, 13, 17}},
			want:  []want{{L, "Former Yugoslavia", 1}, {L, "San Jose", 1}, {L, "Calif.", 1}, {O, "Sun Microsystems Inc.", 1}},
		},
		{
			name:  "a month alone is no organization; particles alone are no person",
			text:  "LONG GILT (SEP) 107\nGACETA DE LOS NEGOCIOS\nAl spoke.",
			spans: []tspan{{O, 3, 4}, {P, 7, 9}, {P, 10, 11}},
			want:  []want{{P, "Al", 1}},
		},
		{
			name:  "a tweet's retweet mark is no name; RT the broadcaster is",
			text:  "RT @Acme: we won. Pls RT http://t.co/x and watch RT reports.",
			spans: []tspan{{O, 0, 1}, {O, 7, 8}, {O, 11, 12}},
			want:  []want{{O, "RT", 1}},
		},
		{
			name:  "the letters after a person's name are no name; after a town they are its state",
			text:  "Mark Tedeschi, QC, said so, and Tom Smith, MP, agreed with the SC in Columbia, SC today.",
			spans: []tspan{{P, 0, 2}, {L, 3, 4}, {P, 9, 11}, {O, 12, 13}, {O, 17, 18}, {L, 19, 20}, {L, 21, 22}},
			want:  []want{{P, "Mark Tedeschi", 1}, {P, "Tom Smith", 1}, {O, "SC", 1}, {L, "Columbia", 1}, {L, "SC", 1}},
		},
		{
			name:  "a name a media word stands by is a newspaper; the paper's town stays a place",
			text:  "The news weekly Der Spiegel reported it, Zycie Warszawy daily said, and the Paris daily Le Monde agreed. Der Spiegel said so.",
			spans: []tspan{{P, 3, 5}, {P, 8, 10}, {L, 15, 16}, {O, 17, 19}, {P, 21, 23}},
			want:  []want{{O, "Der Spiegel", 2}, {O, "Zycie Warszawy", 1}, {L, "Paris", 1}, {O, "Le Monde", 1}},
		},
		{
			name:  "a newspaper's capitalized The is part of its name",
			text:  "The Sunday Telegraph quoted her. The Times reported it, and later the Times said so.",
			spans: []tspan{{O, 1, 3}, {O, 7, 8}, {O, 14, 15}},
			want:  []want{{O, "The Sunday Telegraph", 1}, {O, "The Times", 2}},
		},
		{
			name:  "demonym is not a place",
			text:  "The European and Ukrainian leaders met in Kyiv.",
			spans: []tspan{{L, 1, 2}, {L, 3, 4}, {L, 7, 8}},
			want:  []want{{L, "Kyiv", 1}},
		},
		{
			name:  "a name tagged a person is a person throughout",
			text:  "Kohl won. Kohl lost. Kohl drew.",
			spans: []tspan{{L, 0, 1}, {P, 3, 4}, {P, 6, 7}},
			want:  []want{{P, "Kohl", 3}},
		},
		{
			name:  "a place may also be its team",
			text:  "NEW YORK 1996. New York beat Boston. In New York, rain.",
			spans: []tspan{{L, 0, 2}, {O, 4, 6}, {O, 7, 8}, {L, 10, 12}},
			want:  []want{{L, "New York", 2}, {O, "New York", 1}, {O, "Boston", 1}},
		},
		{
			name:  "a town in a sports report is its club where it stands as a team; countries stay places",
			text:  "Italy beat Wales 2-1 in the cup match; Leeds beat Bath 3-0 and the coach hailed the goal. Fans in Leeds cheered.",
			spans: []tspan{{L, 0, 1}, {L, 2, 3}, {L, 9, 10}, {L, 11, 12}, {L, 22, 23}},
			want:  []want{{L, "Italy", 1}, {L, "Wales", 1}, {O, "Leeds", 1}, {O, "Bath", 1}, {L, "Leeds", 1}},
		},
		{
			name:  "no sports report, no clubs",
			text:  "Storms moved over Leeds; Bath beat its record.",
			spans: []tspan{{L, 3, 4}, {L, 5, 6}},
			want:  []want{{L, "Leeds", 1}, {L, "Bath", 1}},
		},
		{
			name:  "the sentence's full stop is not a person's, an abbreviation's is",
			text:  "Fans cheered for James To. Martin Luther King Jr. spoke.",
			spans: []tspan{{P, 3, 5}, {P, 5, 9}},
			want:  []want{{P, "James To", 1}, {P, "Martin Luther King Jr.", 1}},
		},
		{
			name:  "a country's name tagged a person is a place, unless it is the surname of a person of the article",
			text:  "Fans thanked Brasil, and Neil Jordan praised Jordan's film.",
			spans: []tspan{{P, 2, 3}, {P, 5, 7}, {P, 8, 10}},
			want:  []want{{L, "Brasil", 1}, {P, "Neil Jordan", 2}},
		},
		{
			name:  "a sentence's first word the article writes in lower case is no name, unless it is capitalized inside a sentence too",
			text:  "University exhibits opened. Many university collections grew at the University of Arkansas. Apple rose, and Apple shares beat an apple.",
			spans: []tspan{{O, 0, 1}, {O, 10, 13}, {O, 14, 15}, {O, 18, 19}},
			want:  []want{{O, "University of Arkansas", 1}, {O, "Apple", 2}},
		},
		{
			name:  "a building's, a road's or a ground's name is a place, and a place's formal name",
			text:  "Fans met at Elland Road and the Museum of Flight, and Crystal Palace and the Church of England spoke for the State of Texas. Domingo Hospital won. The Commonwealth of Nations met.",
			spans: []tspan{{O, 3, 5}, {P, 7, 10}, {O, 12, 14}, {O, 16, 19}, {O, 22, 25}, {P, 26, 28}, {O, 31, 34}},
			want:  []want{{L, "Elland Road", 1}, {L, "Museum of Flight", 1}, {O, "Crystal Palace", 1}, {O, "Church of England", 1}, {L, "State of Texas", 1}, {P, "Domingo Hospital", 1}, {O, "Commonwealth of Nations", 1}},
		},
		{
			name:  "a town's or a city's hall is a place, even read as a person; a person named Hall stays one (civicHall)",
			text:  "Town Hall Minutes\nThe council met. Jerry Hall spoke at City Hall.",
			spans: []tspan{{P, 0, 2}, {P, 7, 9}, {O, 11, 13}},
			want:  []want{{L, "Town Hall", 1}, {P, "Jerry Hall", 1}, {L, "City Hall", 1}},
		},
		{
			name:  "a plural before are/were at a sentence's start is no organization; a longer name's last word is (pluralSubjectStart)",
			text:  "Boats are moored in Quenton. The Zorb Rovers won. Rovers were glad.",
			spans: []tspan{{O, 0, 1}, {L, 4, 5}, {O, 7, 9}, {O, 11, 12}},
			want:  []want{{L, "Quenton", 1}, {O, "Zorb Rovers", 2}},
		},
		{
			name:  "a facility's short form stays with it as a place",
			text:  "Gunmen hit the Bardo National Museum; the Bardo reopened.",
			spans: []tspan{{O, 3, 6}, {O, 8, 9}},
			want:  []want{{L, "Bardo National Museum", 2}},
		},
		{
			name:  "an organization's head word and what it is for are one name; two companies are not",
			text:  "The Andy Warhol Foundation for the Visual Arts gave funds, and she left Deutsche Bank for Goldman Sachs.\nThe State Bank of Quenton sold bonds.",
			spans: []tspan{{O, 1, 4}, {O, 6, 8}, {O, 14, 16}, {O, 17, 19}, {O, 21, 23}, {L, 24, 25}},
			want:  []want{{O, "Andy Warhol Foundation for the Visual Arts", 1}, {O, "Deutsche Bank", 1}, {O, "Goldman Sachs", 1}, {O, "State Bank", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "a company's name through a possessive is one name, and its first word with the possessive is its short form",
			text:  "Boatmen's Bancshares Inc. rose after a bid for Boatmen's.\nGermany's Siemens AG fell, and Boatmen's was sold.",
			spans: []tspan{{P, 0, 1}, {O, 2, 4}, {P, 9, 10}, {L, 12, 13}, {O, 14, 16}, {P, 19, 20}},
			want:  []want{{O, "Boatmen's Bancshares Inc.", 3}, {L, "Germany", 1}, {O, "Siemens AG", 1}},
		},
		{
			name:  "a bracket a name opens but does not close splits it",
			text:  "Hizbollah (Party of God) gunmen fired, and Mladost (L) won.",
			spans: []tspan{{O, 0, 3}, {O, 4, 5}, {O, 10, 14}},
			want:  []want{{O, "Hizbollah", 1}, {O, "Party of God", 1}, {O, "Mladost (L)", 1}},
		},
		{
			name:  "the rest of O'Meara that prose drops is put back; a headline's possessive is not",
			text:  "Mark O'Meara won, and Marcus O'Sullivan lost. O'Sullivan said so.\nBOXING - PANAMA'S DURAN WINS.",
			spans: []tspan{{P, 0, 2}, {P, 5, 7}, {P, 9, 10}, {L, 15, 17}, {P, 17, 18}},
			want:  []want{{P, "Mark O'Meara", 1}, {P, "Marcus O'Sullivan", 2}, {L, "PANAMA", 1}, {P, "DURAN", 1}},
		},
		{
			name:  "a monarch's or pope's number is part of the name; the pronoun I is not",
			text:  "Queen Elizabeth I was born. Pope John Paul II spoke, and Smith I think agreed.",
			spans: []tspan{{P, 1, 2}, {P, 7, 9}, {P, 13, 14}},
			want:  []want{{P, "Elizabeth I", 1}, {P, "John Paul II", 1}, {P, "Smith", 1}},
		},
		{
			name:  "the sentence's full stop is no organization's either; a headline's 'S of a name that ends in it is kept",
			text:  "They beat the Chicago White Sox.\nMOODY'S: A1 for Acme Corp.",
			spans: []tspan{{O, 3, 6}, {O, 6, 7}, {O, 11, 13}},
			want:  []want{{O, "Chicago White Sox", 1}, {O, "MOODY'S", 1}, {O, "Acme Corp", 1}},
		},
		{
			name:  "a word of a person's name starting a sentence stays a name though the article writes it in lower case",
			text:  "Ginger Nut came in. Not at all. Ginger, the boy, ate a ginger cake.",
			spans: []tspan{{P, 0, 2}, {P, 9, 10}},
			want:  []want{{P, "Ginger Nut", 2}},
		},
		{
			name:  "surname typed otherwise joins the person",
			text:  "Emmanuel Macron spoke. Macron left.",
			spans: []tspan{{P, 0, 2}, {L, 4, 5}},
			want:  []want{{P, "Emmanuel Macron", 2}},
		},
		{
			name:  "shared surname joins the nearest full form before it",
			text:  "Donald Trump and Melania Trump came. Melania Trump spoke. Trump smiled.",
			spans: []tspan{{P, 0, 2}, {P, 3, 5}, {P, 7, 9}, {P, 11, 12}},
			want:  []want{{P, "Donald Trump", 1}, {P, "Melania Trump", 3}},
		},
		{
			name:  "a surname joins the name it ends before one it starts",
			text:  "Andy Warhol took Polaroids. Warhol Polaroids sold well. Warhol smiled.",
			spans: []tspan{{P, 0, 2}, {P, 5, 7}, {P, 10, 11}},
			want:  []want{{P, "Andy Warhol", 2}, {P, "Warhol Polaroids", 1}},
		},
		{
			name:  "initials join an organization",
			text:  "The European Central Bank (ECB) raised rates; the ECB said.",
			spans: []tspan{{O, 1, 4}, {O, 5, 6}, {O, 11, 12}},
			want:  []want{{O, "European Central Bank", 3}},
		},
		{
			name:  "multi-word surname",
			text:  "Ursula von der Leyen said von der Leyen would go.",
			spans: []tspan{{P, 0, 4}, {P, 5, 8}},
			want:  []want{{P, "Ursula von der Leyen", 2}},
		},
		{
			name:  "ships and spacecraft are no organizations (MISC)",
			text:  "Divers reached the RMS Titanic, and the Titanic's hull rose in Canada. Space Shuttle Atlantis flew.",
			spans: []tspan{{O, 3, 5}, {O, 8, 10}, {L, 13, 14}, {O, 15, 18}},
			want:  []want{{L, "Canada", 1}},
		},
		{
			name:  "a place and a newspaper's word after it are the newspaper",
			text:  "According to the New Zealand Herald, lines grew at the U.S. Post Office, and the Irish Times said so.",
			spans: []tspan{{L, 3, 5}, {L, 11, 12}, {misc, 17, 18}, {O, 18, 19}},
			want:  []want{{O, "New Zealand Herald", 1}, {L, "U.S.", 1}, {O, "Irish Times", 1}},
		},
		{
			name:  "a name tagged a person that ends in a company's or institution's word is an organization",
			text:  "Marvel Studios hired Peter Koros Design, Emory University and John Banks.",
			spans: []tspan{{P, 0, 2}, {P, 3, 6}, {P, 7, 9}, {P, 10, 12}},
			want:  []want{{O, "Marvel Studios", 1}, {O, "Peter Koros Design", 1}, {O, "Emory University", 1}, {P, "John Banks", 1}},
		},
		{
			name:  "a name whose last token holds the sentence's full stop is one entity with the same name without it",
			text:  "The winner was Junius Ho. Later Junius Ho spoke to the Chicago White Sox. The Chicago White Sox won. Acme Co. rose. Buy Acme Co.",
			spans: []tspan{{P, 3, 5}, {P, 6, 8}, {O, 11, 14}, {O, 15, 18}, {O, 20, 22}, {O, 25, 27}},
			want:  []want{{P, "Junius Ho", 2}, {O, "Chicago White Sox", 2}, {O, "Acme Co.", 2}},
		},
		{
			name:  "an organization's name up to its head word is a short form of the name that goes on behind of/for/on",
			text:  "The Andy Warhol Foundation for the Visual Arts gave. The Andy Warhol Foundation said the Royal Bank of Scotland and the Royal Bank rose. The Warhol Polaroids. Harvard Business School is the Harvard Business School of Texas",
			spans: []tspan{{O, 1, 8}, {O, 11, 14}, {O, 16, 20}, {O, 22, 24}, {O, 27, 29}, {O, 30, 33}, {O, 35, 40}},
			want:  []want{{O, "Andy Warhol Foundation for the Visual Arts", 2}, {O, "Royal Bank of Scotland", 2}, {O, "Warhol Polaroids", 1}, {O, "Harvard Business School", 1}, {O, "Harvard Business School of Texas", 1}},
		},
		{
			name:  "a short capitalized word the tagger left out after a person's name is the surname, but not in a title-case headline, a mail header or after a tweet's @",
			text:  "Regina Ip won, and James To was re-elected.\nObama To Visit China\nFrom: Tom Smith To: Ann\n@ Dan Smith Mo said so.",
			spans: []tspan{{P, 0, 1}, {P, 5, 6}, {P, 10, 11}, {P, 16, 18}, {P, 22, 24}},
			want:  []want{{P, "Regina Ip", 1}, {P, "James To", 1}, {P, "Obama", 1}, {P, "Tom Smith", 1}, {P, "Dan Smith", 1}},
		},
		{
			name:  "an apposition only a person takes (an age, \"an Australian woman\") makes a name tagged an organization or a place a person at every mention",
			text:  "Valda Morrow, an Australian woman, sued the firm. Later Valda Morrow spoke. Dan Kell, 29, left Corby. Kell said the town of Turnhout, a group of boy scouts, was far.",
			spans: []tspan{{O, 0, 2}, {O, 12, 14}, {L, 16, 18}, {L, 22, 23}, {L, 24, 25}, {L, 29, 30}},
			want:  []want{{P, "Valda Morrow", 2}, {P, "Dan Kell", 2}, {L, "Corby", 1}, {L, "Turnhout", 1}},
		},
		{
			name:  "a name tagged an organization more often than a place is an organization, unless it is a known place or has a dateline",
			text:  "Kestrel Quay won a contract. Kestrel Quay said profits rose. Shares in Kestrel Quay fell. Sao Paulo said so. Sao Paulo rose. Fans in Sao Paulo cheered. VARNET, Israel. Varnet rose. Varnet fell.",
			spans: []tspan{{O, 0, 2}, {O, 6, 8}, {L, 14, 16}, {O, 18, 20}, {O, 23, 25}, {L, 29, 31}, {L, 33, 34}, {L, 35, 36}, {O, 37, 38}, {O, 40, 41}},
			want:  []want{{O, "Kestrel Quay", 3}, {O, "Sao Paulo", 2}, {L, "Sao Paulo", 1}, {L, "VARNET", 1}, {L, "Israel", 1}, {O, "Varnet", 2}},
		},
		{
			name:  "a list of organizations tagged as one is split: always at an or, at and and commas where each part is one word and one stands alone elsewhere",
			text:  "Fenwick and Dorrell did not comment. The bank is Fenwick, analysts said. Watch Fenwick, Dorrell and Pask. Buy Tesco or Argos. Sold to Goldman, Sachs and Co by Goldman. The Securities and Exchange Commission and Exchange rules.",
			spans: []tspan{{O, 0, 3}, {O, 10, 11}, {O, 16, 21}, {O, 23, 26}, {O, 29, 34}, {O, 38, 42}},
			// "by Goldman", untagged, is the bank's listed short form (aliases.tsv), found by addListedVariants.
			want: []want{{O, "Fenwick", 3}, {O, "Dorrell", 2}, {O, "Pask", 1}, {O, "Tesco", 1}, {O, "Argos", 1}, {O, "Goldman, Sachs and Co", 2}, {O, "Securities and Exchange Commission", 1}},
		},
		{
			name:  "a name the article puts where only an organization stands (its chief executive, its board, analysts at it) is an organization at every mention, a known place not",
			text:  "Ferenc Tarr, chief executive officer of Kalvo, resigned. Kalvo's board met. Analysts at Brimley said Brimley would buy Kalvo from analysts at London.",
			spans: []tspan{{P, 0, 2}, {L, 7, 8}, {L, 11, 12}, {P, 18, 19}, {P, 20, 21}, {L, 23, 24}, {L, 27, 28}},
			want:  []want{{P, "Ferenc Tarr", 1}, {O, "Kalvo", 3}, {O, "Brimley", 2}, {L, "London", 1}},
		},
		{
			name:  "in a sports report a town before an 's and a player's name, or after champions, is its club",
			text:  "Leeds beat Tamworth 2-1 in the league match. Tamworth's Jim Bell scored a goal. Champions Corby then drew 1-1 at home in Corby.",
			spans: []tspan{{L, 0, 1}, {L, 2, 3}, {L, 9, 10}, {P, 11, 13}, {L, 18, 19}, {L, 25, 26}},
			want:  []want{{O, "Leeds", 1}, {O, "Tamworth", 2}, {P, "Jim Bell", 1}, {O, "Corby", 1}, {L, "Corby", 1}},
		},
		{
			name:  "a name a ship's or a film's word stands before is not emitted, at every mention, but a person's name after a book is",
			text:  "The cruise ship Norvane docked. Later the Norvane sailed. The 1969 film Iron Harvest starred him. A book John Smith wrote sold. The aircraft carrier Carl Vinson left.",
			spans: []tspan{{P, 3, 4}, {P, 8, 9}, {P, 14, 16}, {P, 21, 23}, {P, 29, 31}},
			want:  []want{{P, "John Smith", 1}},
		},
		{
			name:  "a hyphened given name the tagger left out after a surname is part of the name, but not in a title-case headline",
			text:  "Pan-democrat Lam Cheuk-ting won. Then Wong Yeung-tat lost.\nObama Re-elected In Landslide",
			spans: []tspan{{P, 1, 2}, {P, 6, 7}, {P, 10, 11}},
			want:  []want{{P, "Lam Cheuk-ting", 1}, {P, "Wong Yeung-tat", 1}, {P, "Obama", 1}},
		},
		{
			name:  "an organization a ground word heads (Park, Centre) is a place, a person named Park is not",
			text:  "Visitors at the Jasper National Park and the Brighton Detention Centre met Sung-Hee Park.",
			spans: []tspan{{O, 3, 6}, {O, 8, 11}, {P, 12, 14}},
			want:  []want{{L, "Jasper National Park", 1}, {L, "Brighton Detention Centre", 1}, {P, "Sung-Hee Park", 1}},
		},
		{
			name:  "a road's word and the number after it are the road, a place",
			text:  "Traffic on Interstate 95 and Highway 301 slowed near Route 9 Media.",
			spans: []tspan{{O, 2, 3}, {L, 5, 6}, {O, 9, 12}},
			want:  []want{{L, "Interstate 95", 1}, {L, "Highway 301", 1}, {O, "Route 9 Media", 1}},
		},
		{
			name:  "in a sports report a town coordinated with a club is a club",
			text:  "Leeds beat Tamworth 2-1 in the league match. Wins for Wasps and Corby, but Corby and Oldham drew 1-1 in Corby.",
			spans: []tspan{{L, 0, 1}, {L, 2, 3}, {O, 11, 12}, {L, 13, 14}, {L, 16, 17}, {L, 18, 19}, {L, 22, 23}},
			want:  []want{{O, "Leeds", 1}, {O, "Tamworth", 1}, {O, "Wasps", 1}, {O, "Corby", 2}, {O, "Oldham", 1}, {L, "Corby", 1}},
		},
		{
			name:  "a one-word name in brackets after a person's is the player's club or country, not the rest of his name nor the name's capitals",
			text:  "Squad: Philip Cocu (PSV), Wim Jonk (PSV), Lance Arne (USA). The regime of Saddam (Hussein) fell. PubMed Central (PMC) grew.",
			spans: []tspan{{P, 2, 4}, {P, 5, 6}, {P, 8, 10}, {P, 11, 12}, {P, 14, 16}, {P, 17, 18}, {P, 23, 24}, {P, 25, 26}, {P, 29, 31}, {O, 32, 33}},
			want: []want{{P, "Philip Cocu", 1}, {O, "PSV", 2}, {P, "Wim Jonk", 1}, {P, "Lance Arne", 1}, {L, "USA", 1},
				{P, "Saddam", 1}, {P, "Hussein", 1}, {P, "PubMed Central", 2}},
		},
		{
			name:  "a name tagged a person after a person's name and of is an organization, a known place (left to other rules) or a first name's not",
			text:  "Fans of musician Nick Rolle of Duran Duran and Ann Pike of the Kessel Trust met Tom Hale of Texas. Quelda of Henry Tudor.",
			spans: []tspan{{P, 3, 5}, {P, 6, 8}, {P, 9, 11}, {P, 13, 15}, {P, 16, 18}, {P, 19, 20}, {P, 21, 22}, {P, 23, 25}},
			want: []want{{P, "Nick Rolle", 1}, {O, "Duran Duran", 1}, {P, "Ann Pike", 1}, {O, "Kessel Trust", 1}, {P, "Tom Hale", 1}, {P, "Texas", 1},
				{P, "Quelda", 1}, {P, "Henry Tudor", 1}},
		},
		{
			name:  "a term's capitals alone are no name",
			text:  "Acme Corp sells an API and SEO tools for ROI, and Lift AI uses AI while APIs fail.",
			spans: []tspan{{O, 0, 2}, {O, 4, 5}, {O, 6, 7}, {O, 9, 10}, {O, 12, 14}, {O, 15, 16}, {O, 17, 18}},
			want:  []want{{O, "Acme Corp", 1}, {O, "Lift AI", 1}},
		},
		{
			name:  "a web or hospital term's capitals alone are no name",
			text:  "Zorbco sells WiFi routers to the ICU and RTB ads.",
			spans: []tspan{{O, 0, 1}, {O, 2, 3}, {O, 6, 7}, {O, 8, 9}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "a heading's or list item's words written in lower case elsewhere are no name",
			text:  "Wireless Earphones\nAcme sells wireless earphones. Foreign Ministry staff said the foreign ministry agreed. White House aides met at the White House with white house painters.",
			spans: []tspan{{O, 0, 2}, {O, 2, 3}, {O, 7, 9}, {L, 16, 18}, {L, 22, 24}},
			want:  []want{{O, "Acme", 1}, {O, "Foreign Ministry", 1}, {L, "White House", 2}},
		},
		{
			name:  "a given name's short form or a one-letter typo is the same person, a relative's name is not",
			text:  "Joshua Apte and Kristin Wilkins spoke. Josh Apte and Kristen Wilkins agreed. Mark Waugh and Steve Waugh batted.",
			spans: []tspan{{P, 0, 2}, {P, 3, 5}, {P, 7, 9}, {P, 10, 12}, {P, 14, 16}, {P, 17, 19}},
			want:  []want{{P, "Joshua Apte", 2}, {P, "Kristin Wilkins", 2}, {P, "Mark Waugh", 1}, {P, "Steve Waugh", 1}},
		},
		{
			name:  "given names one letter apart at their first or last letter are two people",
			text:  "Maria Rossi and Mario Rossi sang. Jason Kidd met Mason Kidd.",
			spans: []tspan{{P, 0, 2}, {P, 3, 5}, {P, 7, 9}, {P, 10, 12}},
			want:  []want{{P, "Maria Rossi", 1}, {P, "Mario Rossi", 1}, {P, "Jason Kidd", 1}, {P, "Mason Kidd", 1}},
		},
		{
			name:  "a one-word name tagged a person that starts an organization's name is its short form, not where a person has it",
			text:  "The Goddard Space Flight Center said so. Goddard scientists agreed. Bill Ford met Ford Motor staff and Ford left.",
			spans: []tspan{{O, 1, 5}, {P, 8, 9}, {P, 12, 14}, {O, 15, 17}, {P, 19, 20}},
			want:  []want{{O, "Goddard Space Flight Center", 2}, {P, "Bill Ford", 2}, {O, "Ford Motor", 1}},
		},
		{
			name:  "a feast's or season's name alone is no name",
			text:  "Pilgrims at the Hajj left Mecca before Ramadan and Easter Island.",
			spans: []tspan{{L, 3, 4}, {L, 5, 6}, {L, 7, 8}, {L, 9, 11}},
			want:  []want{{L, "Mecca", 1}, {L, "Easter Island", 1}},
		},
		{
			name:  "a people's name alone is no name",
			text:  "The Rohingya fled Myanmar as Kurds met the Tamil Tigers.",
			spans: []tspan{{L, 1, 2}, {L, 3, 4}, {O, 5, 6}, {O, 8, 10}},
			want:  []want{{L, "Myanmar", 1}, {O, "Tamil Tigers", 1}},
		},
		{
			name:  "a god's name is a person's, whatever the tagger typed it",
			text:  "They worshipped Zeus, Hera and Athena at Delphi.",
			spans: []tspan{{O, 2, 3}, {L, 4, 5}, {misc, 6, 7}, {L, 8, 9}},
			want:  []want{{P, "Zeus", 1}, {P, "Hera", 1}, {P, "Athena", 1}, {L, "Delphi", 1}},
		},
		{
			name:  "a footnote mark or bracket glued to a name's last word is no part of it",
			text:  "He left New Zealand.[16] New Zealand voted, said Dave Mandelin.[60] Tale of Jang Noksu> ran.",
			spans: []tspan{{L, 2, 4}, {L, 5, 7}, {P, 10, 12}, {P, 15, 17}},
			want:  []want{{L, "New Zealand", 2}, {P, "Dave Mandelin", 1}, {P, "Jang Noksu", 1}},
		},
		{
			name:  "a middle dot glued before a capital ends a name (gluedDot); the Catalan l·l does not",
			text:  "Jane Quimble·Follow\n\nShe studied at Col·legi Zorbland in Quenton.",
			spans: []tspan{{P, 0, 2}, {O, 5, 7}, {L, 8, 9}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Col·legi Zorbland", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "a name tagged an organization as often as a place is an organization, unless a place's context or capitals",
			text:  "Shoppers left Zorblax for Zorblax stores. In Quimby they met Quimby staff. ZELMO WINS AT ZELMO .",
			spans: []tspan{{L, 2, 3}, {O, 4, 5}, {L, 8, 9}, {O, 11, 12}, {O, 14, 15}, {L, 17, 18}},
			want:  []want{{O, "Zorblax", 2}, {L, "Quimby", 1}, {O, "Quimby", 1}, {O, "ZELMO", 1}, {L, "ZELMO", 1}},
		},
		{
			name:  "an imperative or a greeting at a line's start, or Off after a price, is no part of the name",
			text:  "Visit Hunt Electric today.\nHey Twitter, look. Save the Children helped.\n$15 Off Zorb Buds here.",
			spans: []tspan{{O, 0, 3}, {P, 5, 7}, {O, 10, 13}, {O, 17, 20}},
			want:  []want{{O, "Hunt Electric", 1}, {O, "Twitter", 1}, {O, "Save the Children", 1}, {O, "Zorb Buds", 1}},
		},
		{
			name:  "a listed news outlet is an organization, tagged or not, unless a word of a person's name",
			text:  "Zorblax shares fell, according to Bloomberg. Politifact rated the claim false, the Guardian said.\nMichael Forbes spoke. Forbes said no.",
			spans: []tspan{{O, 0, 1}, {L, 8, 9}, {P, 18, 20}},
			want:  []want{{O, "Zorblax", 1}, {O, "Bloomberg", 1}, {O, "Politifact", 1}, {O, "Guardian", 1}, {P, "Michael Forbes", 1}},
		},
		{
			name:  "a listed news site by its short name, untagged, is the site",
			text:  "The case will be familiar to Ars readers, Jane Roe said.",
			spans: []tspan{{P, 9, 11}},
			want:  []want{{O, "Ars", 1}, {P, "Jane Roe", 1}},
		},
		{
			name:  "a listed news outlet's name after an honorific is a person's, tagged or not",
			text:  "Ms Forbes said it was fair. Forbes spoke.\nMr Bloomberg spent a lot. Bloomberg lost.",
			spans: []tspan{{P, 1, 2}, {P, 7, 8}, {P, 11, 12}},
			want:  []want{{P, "Forbes", 2}, {P, "Bloomberg", 1}},
		},
		{
			name:  "a listed news outlet beside a person who shares its first word is an organization, tagged or not",
			text:  "Al Gore spoke. The talks failed, according to Al Jazeera. Al Jazeera said more.",
			spans: []tspan{{P, 0, 2}, {P, 13, 15}},
			want:  []want{{P, "Al Gore", 1}, {O, "Al Jazeera", 2}},
		},
		{
			name:  "a well-known company, platform or agency is an organization, tagged or not, but after the or before a number",
			text:  "Boeing and Airbus won orders. Spotify rose, Twitter fell.\nThe hovercraft will ply the Amazon. Amazon travel is slow. A Boeing 707 landed.",
			spans: []tspan{{L, 6, 7}, {P, 9, 10}, {L, 17, 18}, {L, 19, 20}},
			want:  []want{{O, "Boeing", 1}, {O, "Airbus", 1}, {O, "Spotify", 1}, {O, "Twitter", 1}, {L, "Amazon", 2}},
		},
		{
			name:  "a well-known company after the and before a noun of its own is the company",
			text:  "Noem saw the Twitter reaction. Twitter users laughed.",
			spans: []tspan{{P, 0, 1}, {P, 3, 4}, {P, 6, 7}},
			want:  []want{{P, "Noem", 1}, {O, "Twitter", 2}},
		},
		{
			name:  "a listed body's acronym after the is the body, though the tagger typed it MISC there",
			text:  "Jane Roe lobbied for the AARP, the report said. The AARP declined.",
			spans: []tspan{{P, 0, 2}, {misc, 5, 6}, {O, 12, 13}},
			want:  []want{{P, "Jane Roe", 1}, {O, "AARP", 2}},
		},
		{
			name:  "a planet or a moon in a text about space is a place, tagged or not",
			text:  "NASA will send astronauts to Mars. Getting to the Moon is hard.\nJupiter's moon Europa has ice, and Europa may hold life. Bruno Mars sang of the Blue Moon.",
			spans: []tspan{{O, 0, 1}, {L, 14, 15}, {O, 17, 18}, {O, 22, 23}, {P, 27, 29}},
			want:  []want{{O, "NASA", 1}, {L, "Mars", 1}, {L, "Moon", 1}, {L, "Jupiter", 1}, {L, "Europa", 2}, {P, "Bruno Mars", 1}},
		},
		{
			name:  "a town before a player's role and a name is the team",
			text:  "Fans in Pittsburgh cheered. Pittsburgh quarterback Mason Rudolph threw.",
			spans: []tspan{{L, 2, 3}, {L, 5, 6}, {P, 7, 9}},
			want:  []want{{L, "Pittsburgh", 1}, {O, "Pittsburgh", 1}, {P, "Mason Rudolph", 1}},
		},
		{
			name:  "a listed club or company of two words tagged a place is the organization, but at its ground",
			text:  "Kepa left Athletic Bilbao today. Fans met at Nottingham Forest.",
			spans: []tspan{{P, 0, 1}, {L, 2, 4}, {L, 9, 11}},
			want:  []want{{P, "Kepa", 1}, {O, "Athletic Bilbao", 1}, {L, "Nottingham Forest", 1}},
		},
		{
			name:  "a listed company's model name is a product, MISC, and the company named alone stays",
			text:  "Apple AirPods sell well. Dell G3 laptops too. Apple said so.",
			spans: []tspan{{O, 0, 2}, {O, 5, 7}, {O, 10, 11}},
			want:  []want{{O, "Apple", 1}},
		},
		{
			name:  "two entries with one key are one entity",
			text:  "Bids came from Quarvel Robotics and Zorb Systems. Quarvel Robotics Inc won.",
			spans: []tspan{{O, 3, 5}, {O, 6, 8}, {O, 9, 12}},
			want:  []want{{O, "Quarvel Robotics Inc", 2}, {O, "Zorb Systems", 1}},
		},
		{
			name:  "a car named with its body's word is a product, MISC",
			text:  "Volkswagen showed the Volkswagen Atlas Cross SUV today.",
			spans: []tspan{{O, 0, 1}, {O, 3, 7}},
			want:  []want{{O, "Volkswagen", 1}},
		},
		{
			name:  "a capitalized word and and before an organization after the are its name",
			text:  "He joined the Rock and Roll Hall of Fame. Leadership and Zorb Culture rose, as did Foreign and Commonwealth Affairs.",
			spans: []tspan{{O, 5, 9}, {O, 12, 14}, {O, 20, 22}},
			want:  []want{{O, "Rock and Roll Hall of Fame", 1}, {O, "Zorb Culture", 1}, {O, "Commonwealth Affairs", 1}},
		},
		{
			name:  "an acronym with full stops or of a name's inner capitals joins the name",
			text:  "ZorbBusiness Journal reported it. ZBJ said more.\nUnited Zorbian Nations met, and the U.Z.N. said no.",
			spans: []tspan{{O, 0, 2}, {O, 5, 6}, {O, 9, 12}, {O, 16, 17}},
			want:  []want{{O, "ZorbBusiness Journal", 2}, {O, "United Zorbian Nations", 2}},
		},
		{
			name:  "a name in capitals before a comma, a state and a dash at a line's start is a dateline's place",
			text:  "ZORBVILLE, Ohio – Quux Corp said so.\nQUARVEL, Zorbia - a new song.",
			spans: []tspan{{O, 0, 1}, {L, 2, 3}, {O, 4, 6}, {O, 9, 10}, {L, 11, 12}},
			want:  []want{{L, "ZORBVILLE", 1}, {L, "Ohio", 1}, {O, "Quux Corp", 1}, {O, "QUARVEL", 1}, {L, "Zorbia", 1}},
		},
		{
			name:  "more listed news outlets: magazines, papers, sports and tech sites",
			text:  "Rolling Stone reported details, and ESPN said so too.",
			spans: []tspan{{P, 1, 2}, {P, 6, 7}},
			want:  []want{{O, "Rolling Stone", 1}, {O, "ESPN", 1}},
		},
		{
			name:  "a listed product is MISC whatever its type, its maker named alone stays",
			text:  "Nintendo sold the Nintendo Switch and Apple AirPods sold too. Alexa answered. Matt Windows batted.",
			spans: []tspan{{O, 0, 1}, {O, 3, 5}, {O, 6, 8}, {P, 11, 12}, {P, 14, 16}},
			want:  []want{{O, "Nintendo", 1}, {P, "Matt Windows", 1}},
		},
		{
			name:  "a city named with its City and without it is one place, but not beside its state",
			text:  "He lives in New York City. In New York, he ate. He flew from Kansas City to Kansas.",
			spans: []tspan{{L, 3, 6}, {L, 8, 10}, {L, 17, 19}, {L, 20, 21}},
			want:  []want{{L, "New York City", 2}, {L, "Kansas City", 1}, {L, "Kansas", 1}},
		},
		{
			name:  "a listed club tagged a person before a plural verb is the club",
			text:  "Chelsea have paid the fee. Chelsea Clinton spoke.",
			spans: []tspan{{P, 0, 1}, {P, 6, 8}},
			want:  []want{{O, "Chelsea", 1}, {P, "Chelsea Clinton", 1}},
		},
		{
			name:  "a name tagged MISC after a company role is the organization at every mention",
			text:  "Ivan served as the CEO of Zorbcrick, a mobile firm. He sold Zorbcrick in 2011. He is chairman of the Zorbian council.",
			spans: []tspan{{P, 0, 1}, {misc, 6, 7}, {P, 14, 15}, {misc, 23, 24}},
			want:  []want{{P, "Ivan", 1}, {O, "Zorbcrick", 2}},
		},
		{
			name:  "a country and a listed organization's acronym tagged as one are the place and the organization",
			text:  "The US EPA test is strict, the U.S. Food and Drug Administration said.",
			spans: []tspan{{O, 1, 3}, {O, 8, 13}},
			want:  []want{{L, "US", 1}, {O, "EPA", 1}, {O, "U.S. Food and Drug Administration", 1}},
		},
		{
			name:  "a name a game series starts is a game, MISC",
			text:  "Zorbco sells Pokemon Sword and Shield. Fortnite grew.",
			spans: []tspan{{O, 0, 1}, {O, 2, 6}, {P, 7, 8}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "a listed car model is MISC, with its maker's word or without",
			text:  "Nissan showed the NISSAN SENTRA and the Altima.",
			spans: []tspan{{O, 0, 1}, {L, 3, 5}, {O, 7, 8}},
			want:  []want{{O, "Nissan", 1}},
		},
		{
			name:  "a legal suffix cut off its name is no name, a place named so is",
			text:  "Zorb was paid by #Quux, Inc. and its partner. Traffic is bad near Corporation, they said.",
			spans: []tspan{{O, 6, 7}, {L, 15, 16}},
			want:  []want{{L, "Corporation", 1}},
		},
		{
			name:  "a listed major league team is an organization where the tagger took its town alone",
			text:  "Kevin Durant left the Oklahoma City Thunder.",
			spans: []tspan{{P, 0, 2}, {L, 4, 6}},
			want:  []want{{P, "Kevin Durant", 1}, {O, "Oklahoma City Thunder", 1}},
		},
		{
			name:  "the people of a listed place named by a plural are no place",
			text:  "South Dakotans voted. Californians cheered. The Indians won.",
			spans: []tspan{{L, 0, 2}, {P, 4, 5}, {O, 8, 9}},
			want:  []want{{O, "Indians", 1}},
		},
		{
			name:  "an event or a law tagged an organization is MISC, not emitted",
			text:  "The Zorbville Auto Show opened. Zorbco showed a car at the Zorbville Auto Show. The Clean Water Act passed.",
			spans: []tspan{{O, 1, 4}, {O, 6, 7}, {O, 12, 15}, {O, 17, 20}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			// The organization that holds an event keeps its own mentions:
			// only the event's name is MISC.
			name:  "an organization named in its event's name stays an organization",
			text:  "Quelbix said at the Quelbix Summit on Tuesday. Quelbix shares rose.",
			spans: []tspan{{O, 0, 1}, {O, 4, 6}, {O, 9, 10}},
			want:  []want{{O, "Quelbix", 2}},
		},
		{
			name:  "an organization named in its event's name, the event first",
			text:  "The Zorbex Awards opened. Zorbex said it would grow. Zorbex Awards winners left.",
			spans: []tspan{{O, 1, 3}, {O, 5, 6}, {O, 11, 13}},
			want:  []want{{O, "Zorbex", 1}},
		},
		{
			name:  "a company descriptor capitalized at a sentence start is no part of the name",
			text:  "Drugmaker Pfizer Inc said on Monday. Retailer Zorbco rose.\nBroker Khurshid Alam said so.\nLONDON (Reuters) - Chipmaker Quarvel Corp fell.",
			spans: []tspan{{O, 0, 3}, {P, 7, 9}, {P, 11, 14}, {L, 17, 18}, {O, 18, 19}, {O, 22, 25}},
			want:  []want{{O, "Pfizer Inc", 1}, {O, "Zorbco", 1}, {P, "Khurshid Alam", 1}, {L, "LONDON", 1}, {O, "Reuters", 1}, {O, "Quarvel Corp", 1}},
		},
		{
			name:  "a name in a news agency's dateline is a place",
			text:  "KYIV (Reuters) - Zorbia said.\nMEXICO CITY, Mexico (AP) \u2014 Quux rose.\nZORBCO (AAPL.O) - Quux fell.",
			spans: []tspan{{O, 0, 1}, {O, 2, 3}, {P, 5, 6}, {O, 8, 10}, {L, 11, 12}, {O, 13, 14}, {O, 16, 17}, {O, 19, 20}, {O, 24, 25}},
			want:  []want{{L, "KYIV", 1}, {O, "Reuters", 1}, {P, "Zorbia", 1}, {L, "MEXICO CITY", 1}, {L, "Mexico", 1}, {O, "AP", 1}, {O, "Quux", 2}, {O, "ZORBCO", 1}},
		},
		{
			name:  "a web company's name without its .com is the company, but after the",
			text:  "Zorbly.com Inc said on Monday. Zorbly shares rose, and Zorbly hired more. Quelp fell.",
			spans: []tspan{{O, 0, 2}, {L, 6, 7}, {P, 11, 12}, {O, 15, 16}},
			want:  []want{{O, "Zorbly.com Inc", 3}, {O, "Quelp", 1}},
		},
		{
			name:  "a listed armed group is an organization, tagged, untagged or tagged in part",
			text:  "Troops fought al Shabaab. Boko Haram and the Taliban denied it.",
			spans: []tspan{{L, 3, 4}, {P, 5, 7}},
			want:  []want{{O, "al Shabaab", 1}, {O, "Boko Haram", 1}, {O, "Taliban", 1}},
		},
		{
			name:  "a news site's section label on a line of its own or before a colon is no name",
			text:  "World News\nRoyal Family News: Zorblax opens.\nFrance News\nSky News\nWorld News Daily reported it.",
			spans: []tspan{{O, 0, 2}, {O, 2, 5}, {O, 6, 7}, {O, 9, 11}, {O, 11, 13}, {O, 13, 16}},
			want:  []want{{O, "Zorblax", 1}, {O, "Sky News", 1}, {O, "World News Daily", 1}},
		},
		{
			name:  "a section label after a line's \"More from\" is no name (moreFromLead); in a sentence it stays",
			text:  "More from Local News\nLatest in World News\nHe read more from Quenton News today.",
			spans: []tspan{{O, 2, 4}, {O, 6, 8}, {O, 12, 14}},
			want:  []want{{O, "Quenton News", 1}},
		},
		{
			name:  "a news outlet whose name is a topic, a place or a demonym and News is no section label",
			text:  "Global News\nZorblax opens.\nArab News\nGulf News",
			spans: []tspan{{O, 0, 2}, {O, 2, 3}, {O, 5, 7}, {O, 7, 9}},
			want:  []want{{O, "Global News", 1}, {O, "Zorblax", 1}, {O, "Arab News", 1}, {O, "Gulf News", 1}},
		},
		{
			name:  "a product's name (a product's word ends it) is MISC with its short forms, its maker's name stays",
			text:  "Zorbco Pay launched. Zorbco Vision Pro sold well, Zorbco said. Blix Controller failed and Blix was fixed.",
			spans: []tspan{{O, 0, 2}, {O, 4, 7}, {O, 10, 11}, {O, 13, 15}, {O, 17, 18}},
			want:  []want{{O, "Zorbco Pay", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a name tagged a place more often than an organization, once an organization, never where a place stands, is an organization",
			text:  "Zorbix knew the fares. Zorbix boasts a filter. Zorbix sells tickets. Quelp sells. They met at Quelp and Quelp agreed.",
			spans: []tspan{{L, 0, 1}, {L, 5, 6}, {O, 10, 11}, {O, 14, 15}, {L, 20, 21}, {L, 22, 23}},
			want:  []want{{O, "Zorbix", 3}, {O, "Quelp", 1}, {L, "Quelp", 2}},
		},
		{
			name:  "a name tagged an organization more often than a place stays a place where one of its mentions is a dateline's",
			text:  "Quelp, Israel\nQuelp sells tickets. Quelp agreed.",
			spans: []tspan{{L, 0, 1}, {L, 2, 3}, {O, 3, 4}, {O, 7, 8}},
			want:  []want{{L, "Quelp", 1}, {L, "Israel", 1}, {O, "Quelp", 2}},
		},
		{
			name:  "a name after according to, published by or reported by, and before punctuation, is an organization unless it starts with a first name",
			text:  "Officials cited Zorbnews. The plan failed, according to Zorbnews. It rose, according to Jane Quimble.",
			spans: []tspan{{P, 2, 3}, {P, 10, 11}, {P, 17, 19}},
			want:  []want{{O, "Zorbnews", 2}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a surname alone after according to is no news outlet",
			text:  "The bill passed, according to Schumer. Schumer said so.",
			spans: []tspan{{P, 6, 7}, {P, 8, 9}},
			want:  []want{{P, "Schumer", 2}},
		},
		{
			name:  "a name the article calls a company, before it or in an apposition, is an organization at every mention",
			text:  "The startup Zorbly raised money. Zorbly grew. Quelbix, an Internet security firm, hired. Quelbix said so.",
			spans: []tspan{{P, 2, 3}, {L, 6, 7}, {L, 9, 10}, {P, 18, 19}},
			want:  []want{{O, "Zorbly", 2}, {O, "Quelbix", 2}},
		},
		{
			name:  "a name after a company's officer, employees or layoffs and at is an organization at every mention",
			text:  "Cuts hit staff. There were layoffs at Zorbly. Zorbly grew. He is chief technology officer at Quelbix. Quelbix agreed.",
			spans: []tspan{{L, 8, 9}, {P, 10, 11}, {L, 19, 20}, {P, 21, 22}},
			want:  []want{{O, "Zorbly", 2}, {O, "Quelbix", 2}},
		},
		{
			name:  "a name after the acquisition of, or before 's and a founder, is an organization at every mention",
			text:  "It announced the acquisition of Zorbly. Zorbly grew. Quelbix's co-founder spoke. Quelbix agreed.",
			spans: []tspan{{L, 5, 6}, {P, 7, 8}, {P, 10, 11}, {L, 15, 16}},
			want:  []want{{O, "Zorbly", 2}, {O, "Quelbix", 2}},
		},
		{
			name:  "a name after a person's role in lower case is a person at every mention, but a known place or a company's name",
			text:  "Brazil star Zorbinho came. Zorbinho left. The singer Quelbix Records spoke.",
			spans: []tspan{{L, 0, 1}, {O, 2, 3}, {O, 5, 6}, {O, 10, 12}},
			want:  []want{{L, "Brazil", 1}, {P, "Zorbinho", 2}, {O, "Quelbix Records", 1}},
		},
		{
			name:  "a name listed beside an organization with and, or or a list's comma is an organization",
			text:  "Zorbco and Quelbix sold cars. Quelbix grew. NBC, Blixo and others bid.",
			spans: []tspan{{O, 0, 1}, {P, 2, 3}, {L, 6, 7}, {O, 9, 10}, {P, 11, 12}},
			want:  []want{{O, "Zorbco", 1}, {O, "Quelbix", 2}, {O, "NBC", 1}, {O, "Blixo", 1}},
		},
		{
			name:  "no list beside an organization across a clause's comma, nor for a person named in full",
			text:  "It left Quarnville, Amtrak spokeswoman Jo Bly said. Mark Zorberg spoke. Facebook and Zorberg agreed.",
			spans: []tspan{{L, 2, 3}, {O, 4, 5}, {P, 6, 8}, {P, 10, 12}, {O, 14, 15}, {P, 16, 17}},
			want:  []want{{L, "Quarnville", 1}, {O, "Amtrak", 1}, {P, "Jo Bly", 1}, {P, "Mark Zorberg", 2}, {O, "Facebook", 1}},
		},
		{
			name:  "no list beside an organization for any word of a person's longer name",
			text:  "Jarro Quimby won. The Return of Jarro and Zorbco Prime sold.",
			spans: []tspan{{P, 0, 2}, {P, 7, 8}, {O, 9, 11}},
			want:  []want{{P, "Jarro Quimby", 2}, {O, "Zorbco Prime", 1}},
		},
		{
			name:  "an organization's span cut before an event's word is the event, MISC",
			text:  "It debuted at the LA Zorb Show this week. Quelbix came.",
			spans: []tspan{{O, 4, 6}, {O, 10, 11}},
			want:  []want{{O, "Quelbix", 1}},
		},
		{
			name:  "a theater is a place",
			text:  "They spoke at the Quelb Theater, and later at the Zorb Theatre.",
			spans: []tspan{{O, 4, 6}, {O, 11, 13}},
			want:  []want{{L, "Quelb Theater", 1}, {L, "Zorb Theatre", 1}},
		},
		{
			name:  "a name after companies' kind and like, including or such as is an organization",
			text:  "Sites like Zorbly argued. Zorbly grew. Firms such as Quelbix, Blixo and others sold.",
			spans: []tspan{{P, 2, 3}, {P, 5, 6}, {L, 11, 12}, {P, 13, 14}},
			want:  []want{{O, "Zorbly", 2}, {O, "Quelbix", 1}, {O, "Blixo", 1}},
		},
		{
			name:  "a listed brand tagged a person is an organization where its follows it in its sentence",
			text:  "Trello offers a free version of its app. Trello grew. Todoist said his plan works. Todoist spoke.",
			spans: []tspan{{P, 0, 1}, {P, 9, 10}, {P, 12, 13}, {P, 18, 19}},
			want:  []want{{O, "Trello", 2}, {P, "Todoist", 2}},
		},
		{
			name:  "a name a place noun names, before of or after it, is a place, with its mentions tagged a person",
			text:  "It sank off the Italian island of Quelb in May. Quelb is small. Zorbo has many people in the Zorbo region.",
			spans: []tspan{{P, 7, 8}, {P, 10, 11}, {O, 14, 15}, {O, 20, 21}},
			want:  []want{{L, "Quelb", 2}, {O, "Zorbo", 1}, {L, "Zorbo", 1}},
		},
		{
			name:  "a name after a printed thing and in or of is a publication, a known place only after a capitalized The",
			text:  "He wrote a cover story in Quelbist. An issue of The Atlantic said so. A story in New York ran. Pocket stories in QB ran.",
			spans: []tspan{{L, 6, 7}, {L, 12, 13}, {L, 19, 21}, {L, 26, 27}},
			want:  []want{{O, "Quelbist", 1}, {O, "Atlantic", 1}, {L, "New York", 1}, {L, "QB", 1}},
		},
		{
			name:  "after a printed thing and of a name is the story's subject or a piece's whole, but after of The; no name before 's",
			text:  "She told the story of Quelb Zorbson. A piece of Zorbu fell. An edition of Blixo's book sold. An article in Quarn's blog ran. An issue of The Atlantic ran.",
			spans: []tspan{{P, 5, 7}, {L, 11, 12}, {P, 17, 18}, {P, 25, 26}, {L, 34, 35}},
			want:  []want{{P, "Quelb Zorbson", 1}, {L, "Zorbu", 1}, {P, "Blixo", 1}, {P, "Quarn", 1}, {O, "Atlantic", 1}},
		},
		{
			name:  "an officer at a name is a company's only if a chief one",
			text:  "A security officer at Quelbrow spoke. Quelbrow grew. He is chief technology officer at Zorbsec. Zorbsec agreed.",
			spans: []tspan{{L, 4, 5}, {L, 7, 8}, {L, 16, 17}, {P, 18, 19}},
			want:  []want{{L, "Quelbrow", 2}, {O, "Zorbsec", 2}},
		},
		{
			name:  "a name before 's and subscribers may be a writer's",
			text:  "Quarn's subscribers grew. Quarn spoke.",
			spans: []tspan{{P, 0, 1}, {P, 5, 6}},
			want:  []want{{P, "Quarn", 2}},
		},
		{
			name:  "no list of organizations with a place before a noun it modifies",
			text:  "Hezbollah and Quelbieh residents fled. Quelbieh is small.",
			spans: []tspan{{O, 0, 1}, {L, 2, 3}, {L, 6, 7}},
			want:  []want{{O, "Hezbollah", 1}, {L, "Quelbieh", 2}},
		},
		{
			name:  "no company cue from an apposition whose company word modifies a person's noun",
			text:  "Quimby, an app developer, spoke. Quimby left. Zorbly, a mobile marketing company, hired.",
			spans: []tspan{{P, 0, 1}, {P, 8, 9}, {P, 11, 12}},
			want:  []want{{P, "Quimby", 2}, {O, "Zorbly", 1}},
		},
		{
			name:  "sites before like are a place's after a place's word",
			text:  "It dug at archaeological sites like Quelbtepe. Quelbtepe is old. News sites like Zorbly grew.",
			spans: []tspan{{P, 6, 7}, {P, 8, 9}, {P, 15, 16}},
			want:  []want{{P, "Quelbtepe", 2}, {O, "Zorbly", 1}},
		},
		{
			name:  "a MISC name after the is an event's, not a company's, after a kind of companies and like",
			text:  "It made apps like the Quelbiad. The Quelbiad opened.",
			spans: []tspan{{misc, 5, 6}, {misc, 8, 9}},
			want:  nil,
		},
		{
			name:  "no list of organizations after people's plural noun",
			text:  "He met friends Nadia and Quelbo. Quelbo left. Co-CEOs Zorbfield and Blixri spoke. Zorbfield left.",
			spans: []tspan{{O, 3, 4}, {P, 5, 6}, {P, 7, 8}, {P, 11, 12}, {O, 13, 14}, {P, 16, 17}},
			want:  []want{{O, "Nadia", 1}, {P, "Quelbo", 2}, {P, "Zorbfield", 2}, {O, "Blixri", 1}},
		},
		{
			// "Firms like Zorbco, Quelbo, Raleigh": a list after a kind of
			// companies makes a known town a firm too (companyLike, session
			// 27; the source's "brands like Trek, Orbea, Raleigh", bicycle
			// makers); it was left a place till then.
			name:  "no list of organizations for a town before its state or a place's formal name; a city is no state",
			text:  "It went to Selective Service, Quelbis, Mass. last week. Firms like Zorbco, Quelbo, Raleigh and others sold. Talks of the Democratic Republic of Quelbia and Zorbco ended.",
			spans: []tspan{{O, 3, 5}, {L, 6, 7}, {L, 8, 9}, {O, 15, 16}, {L, 17, 18}, {L, 19, 20}, {L, 27, 31}, {O, 32, 33}},
			want: []want{{O, "Selective Service", 1}, {L, "Quelbis", 1}, {L, "Mass.", 1}, {O, "Zorbco", 2}, {O, "Quelbo", 1}, {O, "Raleigh", 1},
				{L, "Democratic Republic of Quelbia", 1}},
		},
		{
			name:  "no company cue on a first name, a person's insurer or a place after in before an apposition",
			text:  "The startup Jane Quimble spoke. The insurer Quarn Dehaan spoke. Power failed in the Quarnest, a start-up said.",
			spans: []tspan{{P, 2, 4}, {P, 8, 10}, {L, 16, 17}},
			want:  []want{{P, "Jane Quimble", 1}, {P, "Quarn Dehaan", 1}, {L, "Quarnest", 1}},
		},
		{
			name:  "MISC never emitted",
			text:  "The World Cup in Qatar.",
			spans: []tspan{{misc, 1, 3}, {L, 4, 5}},
			want:  []want{{L, "Qatar", 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := testTokens(t, tt.text)
			for _, s := range tt.spans {
				if s.t1 > len(toks) {
					t.Fatalf("span %v beyond %d tokens", s, len(toks))
				}
			}
			es := buildEntities(tt.text, toks, tt.spans)
			checkEntities(t, tt.text, es)
			var got []want
			for _, e := range es {
				got = append(got, want{e.Type, e.Text, e.Count})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v (tokens %v)", got, tt.want, toks)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("entity %d: got %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestMentionOffsetsAreCodePoints(t *testing.T) {
	text := "Ünïcödé 🎉 “Merkel’s” visit: Merkel met Macron."
	for _, f := range finders(t) {
		es := f.Entities(text)
		checkEntities(t, text, es)
		_ = utf8.RuneCountInString(text)
	}
}

// TestNameParticlesJoinTheMention: "von der" left out of a tagged "Leyen"
// belongs to the mention, so its offsets cover "von der Leyen".
func TestNameParticlesJoinTheMention(t *testing.T) {
	text := "Ursula von der Leyen spoke. Later von der Leyen left, and de Gaulle too."
	toks := []token{}
	for _, w := range strings.Fields(strings.NewReplacer(".", " .", ",", " ,").Replace(text)) {
		toks = append(toks, token{Text: w})
	}
	// Offsets of each token in the text (ASCII, so bytes are code points).
	at := 0
	for i := range toks {
		j := strings.Index(text[at:], toks[i].Text) + at
		toks[i].Start, toks[i].End, toks[i].BStart, toks[i].BEnd = int32(j), int32(j+len(toks[i].Text)), int32(j), int32(j+len(toks[i].Text))
		at = j + len(toks[i].Text)
	}
	// Tokens: 0 Ursula 1 von 2 der 3 Leyen 4 spoke 5 . 6 Later 7 von 8 der
	// 9 Leyen 10 left 11 , 12 and 13 de 14 Gaulle 15 too 16 .
	es := buildEntities(text, toks, []tspan{{newsner.Person, 0, 4}, {newsner.Person, 9, 10}, {newsner.Person, 14, 15}})
	checkEntities(t, text, es)
	var got []string
	for _, e := range es {
		for _, m := range e.Mentions {
			got = append(got, e.Text+"="+m.Text)
		}
	}
	want := "Ursula von der Leyen=Ursula von der Leyen|Ursula von der Leyen=von der Leyen|de Gaulle=de Gaulle"
	if strings.Join(got, "|") != want {
		t.Errorf("mentions %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestFormalPlaceNameJoinsItsPlace: "the State of Texas" and "Texas" are
// one entity, under the fuller name and with Texas's key.
func TestFormalPlaceNameJoinsItsPlace(t *testing.T) {
	text := "The State of Texas sued. Texas said so. Officials in Texas agreed."
	toks := testTokens(t, text)
	es := buildEntities(text, toks, []tspan{{newsner.Organization, 1, 4}, {newsner.Location, 6, 7}, {newsner.Location, 12, 13}})
	checkEntities(t, text, es)
	if len(es) != 1 || es[0].Text != "State of Texas" || es[0].Type != newsner.Location || es[0].Count != 3 || es[0].Key != "iso3166:US-TX" {
		t.Fatalf("got %+v, want one LOCATION \"State of Texas\", 3 mentions, key iso3166:US-TX", es)
	}
}

// TestDocRulesHostileSize bounds the ninth pass's typing rules on a page
// of 300,000 names in lists, appositions and cues: each looks at a few
// tokens around a mention, so the cost grows with the text, not its square.
func TestDocRulesHostileSize(t *testing.T) {
	text := strings.Repeat("Zorbco and Quelb sold. The startup Blix offers its app in the island of Quar.\n", 75000)
	toks := splitText(text)
	var spans []tspan
	for i, tk := range toks {
		switch tk.Text {
		case "Zorbco":
			spans = append(spans, tspan{typ: newsner.Organization, t0: i, t1: i + 1})
		case "Quelb", "Blix", "Quar":
			spans = append(spans, tspan{typ: newsner.Person, t0: i, t1: i + 1})
		}
	}
	es := timedBuildEntities(t, text, toks, spans)
	got := map[string]newsner.EntityType{}
	for _, e := range es {
		got[e.Text] = e.Type
	}
	if got["Quelb"] != newsner.Organization || got["Blix"] != newsner.Organization || got["Quar"] != newsner.Location {
		t.Errorf("types %v, want Quelb and Blix organizations, Quar a place", got)
	}
}

// TestOfficeRulesHostileSize: a page of 40,000 holders' offices after a
// name ("Zorbaaaa Attorney General's Office"): addHolderOfficeSpans
// walked every span at each for one ending before the run
// (spanEndingAt); 40,000 took 6-8 times the time of 10,000.
func TestOfficeRulesHostileSize(t *testing.T) {
	var sb strings.Builder
	for i := range 40000 {
		sb.WriteString("Zorb" + hostileWord(i) + " Attorney General's Office said. ")
	}
	text := sb.String()
	toks := splitText(text)
	var spans []tspan
	for i, tk := range toks {
		if strings.HasPrefix(tk.Text, "Zorb") {
			spans = append(spans, tspan{typ: newsner.Person, t0: i, t1: i + 1})
		}
	}
	es := timedBuildEntities(t, text, toks, spans)
	if len(es) != 40000 {
		t.Errorf("%d entities, want the 40,000 names", len(es))
	}
}

// TestManyNamesHostileSize: a text of 80,000 distinct names, people who
// share a surname and companies that share a legal suffix, on one line,
// and texts of places, companies and acronyms that each join many names,
// take time in proportion to their size. Each name once met every other:
// the short-form join compared each with all (nearestFullForm), the
// given-name join each person with every earlier one of the surname, and
// the byline rule walked back to the line's start from each name; 40,000
// took 19 s, 80,000 over a minute.
func TestManyNamesHostileSize(t *testing.T) {
	if testing.Short() {
		t.Skip("a large text")
	}
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// Each kind of text is timed at two sizes: four times the text must
	// take well under the sixteen times the time a walk over every name
	// would (checkGrowth).
	const n = 80000
	for _, c := range []struct {
		what string
		line func(int) string
		// least is how many entities a line must give at the least
		least int
		// head and tail, if any, open and end the text (a sports
		// report's teams, a list's last name and head word)
		head, tail string
	}{
		// People beside companies: each name once met every other (the
		// short-form join compared each with all, nearestFullForm; the
		// given-name join each person with every earlier one of the
		// surname; the byline rule walked back to the line's start from
		// each name): 40,000 took 19 s, 80,000 over a minute.
		{"people and companies", func(i int) string {
			return "Mr Ald" + hostileWord(i) + " Smith of Zorb" + hostileWord(i*7+3) + " Corp said. "
		}, 1, "", ""},
		// Places named with their "City" beside their plain names: each
		// once met every place of the text (joinFormalPlaces; 40,000 took
		// minutes).
		{"places", func(i int) string {
			return "She flew to Zorb" + hostileWord(i) + " City and to Zorb" + hostileWord(i) + " yesterday. "
		}, 1, "", ""},
		// One-word companies beside their longer names, each once compared
		// with every name (joinShortNames; 40,000 took 25 s).
		{"one-word companies", func(i int) string {
			return "Shares of Zorb" + hostileWord(i) + " Inc rose, and Zorb" + hostileWord(i) + " said so. "
		}, 1, "", ""},
		// An acronym defined 40,000 times, each definition once walking
		// every name and the joins' chains (joinBracketAcronyms,
		// groupSets.root; 13 s).
		{"acronyms", func(i int) string {
			return "The Zorb" + hostileWord(i) + " Quix" + hostileWord(i) + " Agency (ZQA) met. "
		}, 0, "", ""},
		// A word the corpora write in lower case opening each sentence
		// of one line: each such span walked every span of the text for
		// its word (loneCommonStart), and every word of the line for a
		// heading's capitals (commonPhraseHeading's titleCaseLine);
		// 20,000 took 41 s.
		{"lone sentence starts", func(i int) string {
			return "Little did Zorb" + hostileWord(i) + " know. "
		}, 1, "", ""},
		// One list of names joined by commas and "and" before a body's
		// head ("the A, B, ... and Z Union"), and one after "known as":
		// each item walked back to the list's first (geoListItem,
		// geoKnownAsPlaces) and every word of the line (titleCaseLine);
		// 20,000 names took 5.5 s and 1.9 s.
		{"a list before Union", func(i int) string {
			return "Zorb" + hostileWord(i) + ", "
		}, 1, "The ", "and Quix Union met. "},
		{"a list after known as", func(i int) string {
			return "Zorb" + hostileWord(i) + ", "
		}, 1, "The islands are known as ", "and Blap. "},
		// Today's rules of the document step, each met many times; each
		// took time in proportion already (20,000 lines in 0.3-2.2 s):
		// "bin" names (joinBinNames), initials of many people
		// (joinPeopleByInitials), a sports report's town possessives
		// (townPossessivesAsTeams), "X, which" clauses (whichAsOrganizations), works by their
		// makers (workByLineSpans), acronyms after bodies' full names
		// (acronymsOfBodiesAsOrganizations), hyphenated names and
		// ministries named head first and head last (keyForm).
		{"bin names", func(i int) string {
			return "Ahmed bin Zorb" + hostileWord(i) + " bin Quix said. "
		}, 1, "", ""},
		{"initials", func(i int) string {
			return "Mark Jorb" + hostileWord(i) + " Dorb met MJD and Mjd" + hostileWord(i) + " Dorb. "
		}, 1, "", ""},
		{"town possessives", func(i int) string {
			return "The Zorb" + hostileWord(i) + " Quixes beat Tampa Bay. Tampa Bay's win over Zorb" + hostileWord(i) + "'s defense. "
		}, 1, "The Tampa Bay Buccaneers beat the Kansas City Chiefs 31-9 in the NFL game. ", ""},
		{"which clauses", func(i int) string {
			return "Zorb" + hostileWord(i) + ", which makes cars, said. "
		}, 1, "", ""},
		{"works by makers", func(i int) string {
			return "Zorb " + hostileWord(i) + " by Quix Blap" + hostileWord(i) + "\n"
		}, 1, "", ""},
		{"ranked titles", func(i int) string {
			// each title looked for in the whole text (rankedTitlesAsMisc)
			w := hostileWord(i)
			return "7 'Zorb" + w + " Days'\n\nZorb" + w + " Days won, Quelb" + w + " Zorbco said.\n"
		}, 1, "", ""},
		{"acronyms after names", func(i int) string {
			w := hostileWord(i)
			return "The Zorb" + w + " Confederation of Quelb Unions said ZCQU" + strings.ToUpper(w) + " met. "
		}, 1, "", ""},
		{"hyphens and ministries", func(i int) string {
			w := hostileWord(i)
			return "Jean-Zorb" + w + " Moravec and Jean Zorb" + w + " Moravec met the Ministry of Zorb" + w + " and the Zorb" + w + " Ministry. "
		}, 1, "", ""},
		// Session 16's cues, each met at every line: a name after a
		// comma and "known as" (knownAsOrganizations and knownAsPeople,
		// knownAsAfter), a short name after ", or" (orAliasOf) and a
		// long name after an organization and "and"
		// (coordinatedLongNamesAsOrganizations): each cue walked every
		// mention, the last also every person's words; 40,000 lines took
		// 8-9 times the time of 10,000 (5.0, 7.3 and 8.8 s).
		{"known as", func(i int) string {
			return "Jan Zorb" + hostileWord(i) + ", known as Quix" + hostileWord(i) + ", scored. "
		}, 1, "", ""},
		{"or aliases", func(i int) string {
			return "The Zorb" + hostileWord(i) + " Renewal Movement, or Quix" + hostileWord(i) + ", said. "
		}, 1, "", ""},
		{"long names after an organization", func(i int) string {
			return "Rivals Quelb" + hostileWord(i) + " and Zorb Quix Blap" + hostileWord(i) + " met. "
		}, 1, "", ""},
		// More of session 16's cues, each already in proportion (20,000
		// lines 3.5-4.4 times 5,000): a port's name before "said"
		// (joinPortOfNames), a disclaimer's owner
		// (disclaimerOwnersAsOrganizations), a work's author before "'s"
		// and a quote (authorsAsPeople).
		{"ports", func(i int) string {
			return "The Port of Zorb" + hostileWord(i) + " said so. "
		}, 1, "", ""},
		{"disclaimers", func(i int) string {
			return "The views do not necessarily reflect those of Zorb" + hostileWord(i) + ". "
		}, 1, "", ""},
		{"authors", func(i int) string {
			return "Umberto Zorb" + hostileWord(i) + "'s \u201cName of the Rose\u201d sold. "
		}, 1, "", ""},
	} {
		line := func(m int) func(int) string {
			return func(i int) string {
				s := c.line(i)
				if i == 0 {
					s = c.head + s
				}
				if i == m-1 {
					s += c.tail
				}
				return s
			}
		}
		small, large := hostileText(line(n/8), n/8), hostileText(line(n/2), n/2)
		var found int
		checkGrowth(t, fmt.Sprintf("%s, %d and %d lines", c.what, n/8, n/2),
			func() { tg.Entities(small) },
			func() { found = len(tg.Entities(large)) })
		if found < c.least*n/2 {
			t.Errorf("%s: %d lines gave %d entities", c.what, n/2, found)
		}
	}
}

// hostileText is a text of n lines made by line.
func hostileText(line func(int) string, n int) string {
	var sb strings.Builder
	for i := range n {
		sb.WriteString(line(i))
	}
	return sb.String()
}

// hostileWord returns the i-th of 26^4 distinct four-letter words, for the
// hostile-size tests' pages of many distinct names.
func hostileWord(i int) string {
	b := make([]byte, 4)
	for k := range b {
		b[k] = byte('a' + i%26)
		i /= 26
	}
	return string(b)
}

// TestIssue11Precision checks the eleventh issue's precision rules of the
// document step (facility lists, cosmic words, names of rules) on made-up
// articles: each case fails without its rule.
func TestIssue11Precision(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "names listed after a facility plural and a dash are places (facilityListPlaces)",
			text: "Storms shut the region's major airports -- Zorbton International, Quelb Field and Quimbley -- on Monday. " +
				"Zorbco said flights resume.",
			spans: []span{{O, "Zorbton International"}, {O, "Quelb Field"}, {P, "Quimbley"}, {O, "Zorbco"}},
			want:  []want{{L, "Zorbton International", 1}, {L, "Quelb Field", 1}, {L, "Quimbley", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a capitalised word for the universe in a text about space is no name (cosmicWordsAsNone)",
			text:  "Astronomers at Zorbco said the telescope saw stars when the Universe was young, Jane Quimble said.",
			spans: []span{{O, "Zorbco"}, {O, "Universe"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a name of three words or more ending in Policy is a rule, no name (termHeadsAsMisc)",
			text:  "Zorbco's browser enforces the Same Quelb Policy, Jane Quimble of the Center for Zorbian Policy said.",
			spans: []span{{O, "Zorbco"}, {O, "Same Quelb Policy"}, {P, "Jane Quimble"}, {O, "Center for Zorbian Policy"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}, {O, "Center for Zorbian Policy", 1}},
		},
		{
			name:  "a telescope's short name in a text about space is the telescope's (craftShortNamesAsMisc)",
			text:  "The astronomers used the Quelbi Gamma-ray Space Telescope of Zorbco. Blazars are the sources most often detected by Quelbi, Jane Quimble said.",
			spans: []span{{O, "Zorbco"}, {O, "Quelbi"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a bank named in a text about shoals is a sandbank, a place (shoalBanksAsPlaces)",
			text:  "Zorbia claims the Quelb Shoal and the Quimby Bank, Jane Quimble said.",
			spans: []span{{L, "Zorbia"}, {L, "Quelb Shoal"}, {O, "Quimby Bank"}, {P, "Jane Quimble"}},
			want:  []want{{L, "Zorbia", 1}, {L, "Quelb Shoal", 1}, {L, "Quimby Bank", 1}, {P, "Jane Quimble", 1}},
		},
	})
}

// TestPrecisionRules checks the fourteenth pass's precision rules of the
// document step on made-up articles: each case fails without its rule.
func TestPrecisionRules(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a time zone spelled out is no name (spelledTimeZone)",
			text: "The Zorbsat probe took the picture at 3:13 a.m. Eastern Daylight Time (7:13 Universal Time) over Quenton. " +
				"Launch is set for noon Pacific Time. The Zorbland Time Office said so.",
			spans: []span{{O, "Zorbsat"}, {O, "Eastern Daylight Time"}, {O, "Universal Time"}, {L, "Quenton"}, {O, "Pacific Time"}, {O, "Zorbland Time Office"}},
			want:  []want{{O, "Zorbsat", 1}, {L, "Quenton", 1}, {O, "Zorbland Time Office", 1}},
		},
		{
			name: "a title inside a body's or a place's span parts it from a person (splitAtInnerTitles)",
			text: "Zorbfield Bishop Quentin Marlowe blessed the hall. Marlowe spoke. The Zorbland Supreme Court Justice Dana Quillet agreed. " +
				"Shares of Kraft Zorb Director Foods rose at Quenton General Hospital.",
			spans: []span{{O, "Zorbfield Bishop Quentin Marlowe"}, {P, "Marlowe"}, {O, "Zorbland Supreme Court Justice Dana Quillet"},
				{O, "Kraft Zorb Director Foods"}, {O, "Quenton General Hospital"}},
			// "Zorbfield", split off a church's rank, is then the see's town (placesBeforeTitles).
			want: []want{{L, "Zorbfield", 1}, {P, "Quentin Marlowe", 2}, {O, "Zorbland Supreme Court", 1}, {P, "Dana Quillet", 1},
				{O, "Kraft Zorb Director Foods", 1}, {L, "Quenton General Hospital", 1}},
		},
		{
			name:  "a US state's postal code after a town and a comma is a place (stateCodesAsPlaces)",
			text:  "Jane Quimble spoke in Quenton, NV on Monday and in Reno, TX on Tuesday. Zorbco, NV disagreed.",
			spans: []span{{P, "Jane Quimble"}, {L, "Quenton"}, {O, "NV"}, {O, "TX"}, {O, "Zorbco"}, {O, "NV"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}, {L, "NV", 1}, {L, "TX", 1}, {O, "Zorbco", 1}, {O, "NV", 1}},
		},
		{
			name:  "a page's ask to follow it on a social network names no network (followLineSpans)",
			text:  "Zorbco posted the video on Twitter on Monday.\n\nCheck us out on Facebook and also on Instagram. Follow us @zorbnews.",
			spans: []span{{O, "Zorbco"}, {O, "Twitter"}, {O, "Facebook"}, {O, "Instagram"}},
			want:  []want{{O, "Zorbco", 1}, {O, "Twitter", 1}},
		},
		{
			name:  "a law's name that ends its sentence is no organization (eventMention, withoutSentenceDot)",
			text:  "Zorbco lobbied for the Quenton Theft Deterrence Act. Jane Quimble wrote the Zorbland Privacy Act in 2010.",
			spans: []span{{O, "Zorbco"}, {O, "Quenton Theft Deterrence Act."}, {P, "Jane Quimble"}, {O, "Zorbland Privacy Act"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name: "a law's name the tagger cuts at its \"and\" is no organization (andEventTail)",
			text: "Jane Quimble signed the Zorbland Street Reform and Quenton Protection Act on Monday. " +
				"Zorbco and Quenton Motors Cup sponsors met.",
			spans: []span{{P, "Jane Quimble"}, {O, "Zorbland Street Reform"}, {O, "Zorbco"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "an era's slump is an event, no organization (eventHeads: Depression, Recession)",
			text:  "Zorbco has not seen such losses since the Great Depression, nor Quenton since the Great Recession.",
			spans: []span{{O, "Zorbco"}, {O, "Great Depression"}, {L, "Quenton"}, {O, "Great Recession"}},
			want:  []want{{O, "Zorbco", 1}, {L, "Quenton", 1}},
		},
		{
			name: "a treaty's Convention and its subject are no names (treatyConvention, treatySubject)",
			text: "Quenton cited the Zorbland Nations Convention on the Law of the Deep in its claim. " +
				"The Quenton Party Convention on Monday backed it.",
			spans: []span{{L, "Quenton"}, {O, "Zorbland Nations Convention"}, {L, "Law of the Deep"}, {O, "Quenton Party Convention"}},
			want:  []want{{L, "Quenton", 1}, {O, "Quenton Party Convention", 1}},
		},
		{
			name:  "an honorific and a title before a name make a person, no body (honorificOrg)",
			text:  "Zorbco's founder will hear on Wednesday whether Mr Justice Quimbleton grants bail. The Mr Price Group rose.",
			spans: []span{{O, "Zorbco"}, {O, "Mr Justice Quimbleton"}, {O, "Mr Price Group"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Quimbleton", 1}, {O, "Mr Price Group", 1}},
		},
		{
			name:  "a state's name and Tech is a school, no place (techSchoolsAsOrganizations)",
			text:  "Jane Quimble coaches rowing at Georgia Tech. She grew up in Georgia.",
			spans: []span{{P, "Jane Quimble"}, {L, "Georgia Tech"}, {L, "Georgia"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Georgia Tech", 1}, {L, "Georgia", 1}},
		},
		{
			name:  "a name that is a unit or a part of a group is a company's (unitAppositive)",
			text:  "The letter came from Quimby Ross, now part of Zorbitt, and from Dana Quell, a unit of Zorbco. Dana Quell, a friend of Jane, agreed.",
			spans: []span{{P, "Quimby Ross"}, {O, "Zorbitt"}, {P, "Dana Quell"}, {O, "Zorbco"}, {P, "Dana Quell"}, {P, "Jane"}},
			want:  []want{{O, "Quimby Ross", 1}, {O, "Zorbitt", 1}, {O, "Dana Quell", 2}, {O, "Zorbco", 1}, {P, "Jane", 1}},
		},
		{
			name:  "a name a trade's plural follows after \"the\" is a firm's (firmPlural)",
			text:  "Jane Roe, a manager at Zorbitt, the shareholder advisers, said the pay matched. Dana Quell, the lawyers' client, disagreed.",
			spans: []span{{P, "Jane Roe"}, {L, "Zorbitt"}, {P, "Dana Quell"}},
			want:  []want{{P, "Jane Roe", 1}, {O, "Zorbitt", 1}, {P, "Dana Quell", 1}},
		},
		{
			name:  "a party's adjective and its members are no person (partyGroup)",
			text:  "Jane Roe met 40 Tory MPs on Monday. Tory Quimbles said so.",
			spans: []span{{P, "Jane Roe"}, {P, "Tory MPs"}, {P, "Tory Quimbles"}},
			want:  []want{{P, "Jane Roe", 1}},
		},
	})
}

// TestPrecisionRules19 checks the nineteenth pass's precision rules of the
// document step on made-up articles: each case fails without its rule.
func TestPrecisionRules19(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a quoted title whose first words the tagger left out is a title (titleLeadOpen)",
			text: "Critics mocked “The Zorbic Gate,” a thriller starring Jane Quimble. " +
				"Ads quoted Quenton’s “Let Zorbton Go Under” in full. He wrote “The Quelbist’s Dilemma.” It sold.",
			spans: []span{{L, "Zorbic Gate"}, {P, "Jane Quimble"}, {L, "Quenton"}, {L, "Zorbton Go Under"}, {O, "Dilemma"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}},
		},
		{
			name: "a name before a facility noun is the building's, a place (facilityNounPlaces)",
			text: "Police said he took the child to the Zorbly Suites hotel in Quenton. " +
				"Zorbco wants a Quelbix Lodge hotel on the Moon, and a Quelbix Lodge is planned.",
			spans: []span{{O, "Zorbly Suites"}, {L, "Quenton"}, {O, "Zorbco"}, {O, "Quelbix Lodge"}},
			// The untagged "a Quelbix Lodge is planned" is the chain's
			// repeat (addRepeatSpans): two mentions. "on the Moon" is a
			// place (theMoonAsPlace, doc37).
			want: []want{{L, "Zorbly Suites", 1}, {L, "Quenton", 1}, {O, "Zorbco", 1}, {O, "Quelbix Lodge", 2}, {L, "Moon", 1}},
		},
		{
			name:  "a business magazine's name before a number names its ranking (rankingsAsMisc)",
			text:  "Zorbco counts many Fortune 500 companies as clients, Jane Quimble told a Fortune reporter.",
			spans: []span{{O, "Zorbco"}, {O, "Fortune"}, {P, "Jane Quimble"}, {O, "Fortune"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}, {O, "Fortune", 1}},
		},
		{
			name: "names in a list of titles a work's plural opens are titles (listedWorksAsMisc)",
			text: "The box holds seven rock tracks, including Born to Ride and The Road to Zorb. " +
				"She sang songs like Quelb Moon by Jane Quimble in Quenton.",
			spans: []span{{L, "Born"}, {L, "Road"}, {L, "Zorb"}, {O, "Quelb Moon"}, {P, "Jane Quimble"}, {L, "Quenton"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "a product line the tagger names with a model's number elsewhere is a product (miscModelStems)",
			text:  "The laptop has a Quelbix 1660 card, which beats the Quelbix 1060 in Quenton's tests.",
			spans: []span{{O, "Quelbix"}, {misc, "Quelbix 1060"}, {L, "Quenton"}},
			want:  []want{{L, "Quenton", 1}},
		},
		{
			name:  "a listed president's surname before Administration is the person (presidentialSurname)",
			text:  "The Eisenhower Administration backed the Zorbland Highway Administration in Quenton.",
			spans: []span{{O, "Eisenhower Administration"}, {O, "Zorbland Highway Administration"}, {L, "Quenton"}},
			want:  []want{{P, "Eisenhower", 1}, {O, "Zorbland Highway Administration", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "what a device or its owner runs is software (runsSystem)",
			text:  "Owners running Zorb Lion can upgrade for $19. The founder running Quelbco said so in Quenton.",
			spans: []span{{O, "Zorb Lion"}, {O, "Quelbco"}, {L, "Quenton"}},
			want:  []want{{O, "Quelbco", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "an Arabic place's head and a word with the Arabic article name a place (arabicPlacesAsPlaces)",
			text:  "Fighting raged around Bab al-Zorbi, a gate of Quenton, while Beit Quelbo beat Zorbco.",
			spans: []span{{P, "Bab al-Zorbi"}, {L, "Quenton"}, {O, "Beit Quelbo"}, {O, "Zorbco"}},
			want:  []want{{L, "Bab al-Zorbi", 1}, {L, "Quenton", 1}, {O, "Beit Quelbo", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a name after \"published by\" is a publisher (publishedBy)",
			text:  "The memoir was published this month by Quelbner in Quenton. Another was published by Jane Quimble.",
			spans: []span{{P, "Quelbner"}, {L, "Quenton"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Quelbner", 1}, {L, "Quenton", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a listed name ending in 's the tagger reads as a person is the organization (listedPossessive)",
			text:  "Zorbco sold the vase through Sotheby’s, and Lloyd’s wife bought it in Quenton.",
			spans: []span{{O, "Zorbco"}, {P, "Sotheby"}, {P, "Lloyd"}, {L, "Quenton"}},
			want:  []want{{O, "Zorbco", 1}, {O, "Sotheby’s", 1}, {P, "Lloyd", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "a league's conference is a competition's part, no body (leagueNames: Western Conference)",
			text:  "Quenton remains last in the Western Conference with 10 points, Jane Quimble said.",
			spans: []span{{O, "Quenton"}, {O, "Western Conference"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Quenton", 1}, {P, "Jane Quimble", 1}},
		},
	})
}

// TestPrecisionRulesPrec4 checks the precision rules of the document step
// added by the prec4 pass (session 13) on made-up articles: each case
// fails without its rule.
func TestPrecisionRulesPrec4(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a name before platform is a product's base, MISC (productNouns)",
			text: "Zorbco will build six models on its new Quelbix platform in Quenton. " +
				"The Quelbix platform also carries a van.",
			spans: []span{{O, "Zorbco"}, {O, "Quelbix"}, {L, "Quenton"}, {O, "Quelbix"}},
			want:  []want{{O, "Zorbco", 1}, {L, "Quenton", 1}},
		},
		{
			name: "a person's span after a capitalized The inside a sentence is an outlet's or a band's (midThePersonAsOrg)",
			text: "Zorbco did not respond to The Quelbist's request for comment, Jane Quimble said in Quenton. " +
				"The Quelbist first reported the deal.",
			spans: []span{{O, "Zorbco"}, {P, "Quelbist"}, {P, "Jane Quimble"}, {L, "Quenton"}},
			want:  []want{{O, "Zorbco", 1}, {O, "The Quelbist", 1}, {P, "Jane Quimble", 1}, {L, "Quenton", 1}},
		},
		{
			name: "a sentence's first word that a name elsewhere starts is the name's (joinSentenceLead)",
			text: "The series brings players from Team Zorbia to Quenton.\n\n" +
				"Team Zorbia's two games will be shown live. Quenton Mayor Jane Quimble will attend.",
			spans: []span{{O, "Team Zorbia"}, {L, "Quenton"}, {L, "Zorbia"}, {L, "Quenton"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Team Zorbia", 2}, {L, "Quenton", 2}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a place's span after The ending in an outlet's word is the outlet (theOutletPlaces)",
			text:  "Jane Quimble wrote for The Zorbic Wire in Quenton, near the Zorbic Sea and Quenton.",
			spans: []span{{P, "Jane Quimble"}, {L, "Zorbic Wire"}, {L, "Quenton"}, {L, "Zorbic Sea"}, {L, "Quenton"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "The Zorbic Wire", 1}, {L, "Quenton", 2}, {L, "Zorbic Sea", 1}},
		},
	})
}

// TestPrecisionRulesWeb checks the web-precision pass's rules of the
// document step on made-up articles: each case fails without its rule.
func TestPrecisionRulesWeb(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a common word a sentence's capital makes a name, written once, is none (loneCommonStart)",
			text:  "Zorbco hired Jane Quimble in May.\nLittle did Quimble know what Zorbco planned.",
			spans: []span{{O, "Zorbco"}, {P, "Jane Quimble"}, {P, "Little"}, {P, "Quimble"}, {O, "Zorbco"}},
			want:  []want{{O, "Zorbco", 2}, {P, "Jane Quimble", 2}},
		},
		{
			name: "an instrument's suite and a reactor's design are products (productHeads: Suite, Radiometer, Reactor)",
			text: "The Zorbic Imaging Radiometer Suite (ZIRS), built by Zorbco, maps fires. ZIRS works. " +
				"Quelbco would build its Advanced Quelb Water Reactor, or AQWR, in Quenton.",
			spans: []span{{O, "Zorbic Imaging Radiometer Suite"}, {O, "ZIRS"}, {O, "Zorbco"}, {O, "ZIRS"},
				{O, "Quelbco"}, {O, "Advanced Quelb Water Reactor"}, {O, "AQWR"}, {L, "Quenton"}},
			want: []want{{O, "Zorbco", 1}, {O, "Quelbco", 1}, {L, "Quenton", 1}},
		},
		{
			name: "names a geographic noun is known as are places (geoKnownAsPlaces)",
			text: "Quenton claims the islands, which are known in Zorbic as Quelsha, Zorbsha and Tensha. " +
				"A district known locally as Quelbtown voted. Zorbco, known as Quelbix, voted.",
			spans: []span{{L, "Quenton"}, {O, "Quelsha"}, {O, "Zorbsha"}, {P, "Tensha"}, {O, "Quelbtown"}, {O, "Zorbco"}, {O, "Quelbix"}},
			want: []want{{L, "Quenton", 1}, {L, "Quelsha", 1}, {L, "Zorbsha", 1}, {L, "Tensha", 1}, {L, "Quelbtown", 1},
				{O, "Zorbco", 1}, {O, "Quelbix", 1}},
		},
		{
			name: "a line of a title by its maker opens with a work, not a name (workByLineSpans)",
			text: "The festival shows twenty works.\n\nPortam Lucis by Jan Vorber\n\n" +
				"Jan Vorber said the work took a year. Zorbco was bought by Quelbco.\nHe trained in\nQuenton by Tom Kell",
			spans: []span{{P, "Portam Lucis"}, {P, "Jan Vorber"}, {P, "Jan Vorber"}, {O, "Zorbco"}, {O, "Quelbco"}, {L, "Quenton"}, {P, "Tom Kell"}},
			want:  []want{{P, "Jan Vorber", 2}, {O, "Zorbco", 1}, {O, "Quelbco", 1}, {L, "Quenton", 1}, {P, "Tom Kell", 1}},
		},
		{
			name:  "a hall of fame's induction is an event (eventHeads: Induction)",
			text:  "Jane Quimble hopes to ride a Zorbic Hall of Fame Induction into a tour of Quenton.",
			spans: []span{{P, "Jane Quimble"}, {O, "Zorbic Hall of Fame Induction"}, {L, "Quenton"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}},
		},
	})
}

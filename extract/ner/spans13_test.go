package ner

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// TestListedNamesHostileSize runs the document step on a page of 40,000
// lines, each naming a listed outlet the tagger left untagged and a
// person it tagged: addListedOrgSpans once walked the whole text and every
// span for each listed name it met (personWord, plainInText, its overlap
// test), and this page took 3 min 19 s; now 0.7 s (80,000 lines 1.0 s).
func TestListedNamesHostileSize(t *testing.T) {
	if testing.Short() {
		t.Skip("a large text")
	}
	word := func(i int) string {
		b := make([]byte, 4)
		for k := range b {
			b[k] = byte('a' + i%26)
			i /= 26
		}
		return string(b)
	}
	const n = 40000
	var sb strings.Builder
	for i := range n {
		sb.WriteString("Reuters said Dana Q" + word(i) + " won.\n")
	}
	text := sb.String()
	toks := splitText(text)
	var spans []tspan
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Text == "Dana" {
			spans = append(spans, tspan{newsner.Person, k, k + 2})
		}
	}
	start := time.Now()
	es := buildEntities(text, toks, spans)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the document step on %d tokens, %d spans: %v", len(toks), len(spans), d)
	}
	if len(es) < n {
		t.Errorf("%d people and an outlet gave %d entities", n, len(es))
	}
}

// TestSpanJoinRules13 checks the thirteenth pass of the document step
// (spans and joins) on made-up articles: each case fails without its rule.
func TestSpanJoinRules13(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a time standard is no name",
			text:  "The storm reached Zorbville at 3:13 a.m. Eastern Daylight Time (7:13 Universal Time) on Monday.",
			spans: []span{{L, "Zorbville"}, {O, "Eastern Daylight Time"}, {O, "Universal Time"}},
			want:  []want{{L, "Zorbville", 1}},
		},
		{
			name:  "a listed team's town is the article's one team of that town in a sports report",
			text:  "The Browns lost 21-7 to the Steelers in the game. Cleveland had three turnovers and the season is long, 3-1 now.",
			spans: []span{{O, "Browns"}, {O, "Steelers"}, {O, "Cleveland"}},
			want:  []want{{O, "Cleveland", 2}, {O, "Steelers", 1}},
		},
		{
			name:  "not where the article names two teams of the town",
			text:  "The Giants beat the Jets 21-7 in the game. New York fans saw a season of touchdowns, 3-1 now.",
			spans: []span{{O, "Giants"}, {O, "Jets"}, {O, "New York"}},
			want:  []want{{O, "Giants", 1}, {O, "Jets", 1}, {O, "New York", 1}},
		},
		{
			name:  "a person's name never takes a capitalized The inside a sentence",
			text:  "The senator did not respond to The Zorbian's request for comment.",
			spans: []span{{P, "Zorbian"}},
			want:  []want{{O, "The Zorbian", 1}},
		},
		{
			name:  "a headline's adjective before a name is no part of it",
			text:  "Things we learned\n\nVictorious Quimbly faces old foes\n\nThe senator said Quimbly won the vote.",
			spans: []span{{P, "Victorious Quimbly"}, {P, "Quimbly"}},
			want:  []want{{P, "Quimbly", 2}},
		},
		{
			name:  "an unknown given name stays",
			text:  "Things we learned\n\nJaswant Quimbly faces old foes\n\nThe senator said Quimbly won the vote.",
			spans: []span{{P, "Jaswant Quimbly"}, {P, "Quimbly"}},
			want:  []want{{P, "Jaswant Quimbly", 2}},
		},
		{
			name:  "a listed company's national arm is one organization",
			text:  "Vodafone USA said on Sunday it had restored service in Zorbville.",
			spans: []span{{L, "USA"}, {L, "Zorbville"}},
			want:  []want{{O, "Vodafone USA", 1}, {L, "Zorbville", 1}},
		},
	})
}

// TestSpanJoinRules13HostileSize runs the thirteenth pass's rules on a page
// of 20,000 lines that each rule works on, each name tagged: their cost
// grows with the text, not its square.
func TestSpanJoinRules13HostileSize(t *testing.T) {
	const n = 20000
	var sb strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sb, "Victorious Q%d won 21-7 at 3:13 a.m. Eastern Daylight Time.\nCleveland told The Z%d of Vodafone USA that Q%d won.\n", i, i, i)
	}
	text := sb.String()
	toks := splitText(text)
	var spans []tspan
	for k := 0; k+3 < len(toks); k++ {
		switch toks[k].Text {
		case "Victorious":
			spans = append(spans, tspan{newsner.Person, k, k + 2})
			k++
		case "Eastern":
			spans = append(spans, tspan{newsner.Organization, k, k + 3})
			k += 2
		case "Cleveland":
			spans = append(spans, tspan{newsner.Organization, k, k + 1})
		case "USA":
			spans = append(spans, tspan{newsner.Location, k, k + 1})
		case "The":
			spans = append(spans, tspan{newsner.Person, k + 1, k + 2})
			k++
		case "that":
			spans = append(spans, tspan{newsner.Person, k + 1, k + 2})
			k++
		}
	}
	start := time.Now()
	es := buildEntities(text, toks, spans)
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("the document step on %d tokens, %d spans: %v", len(toks), len(spans), d)
	}
	if len(es) == 0 {
		t.Error("no entities")
	}
}
